package thread

import (
	"slices"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/mailmsg"
)

// Me is who the user is: the account's own addresses (every alias), as
// mailmsg normalises every address it reads. It is the one answer to
// "is this message mine?" for grouping, the policy and the composer.
type Me struct{ addrs map[string]bool }

// MeOf is the account's addresses, or its username when it lists none.
func MeOf(acct config.Account) Me {
	me := Me{addrs: map[string]bool{}}
	for _, a := range acct.Addresses {
		if a = mailmsg.NormalizeEmail(a); a != "" {
			me.addrs[a] = true
		}
	}
	if len(me.addrs) == 0 && acct.Username != "" {
		me.addrs[mailmsg.NormalizeEmail(acct.Username)] = true
	}
	return me
}

// Addresses are my addresses, sorted.
func (me Me) Addresses() []string {
	out := make([]string, 0, len(me.addrs))
	for a := range me.addrs {
		out = append(out, a)
	}
	slices.Sort(out)
	return out
}

// NewMe is Me of the given addresses.
func NewMe(addresses ...string) Me {
	return MeOf(config.Account{Addresses: addresses})
}

// Is reports whether email is one of mine.
func (me Me) Is(email string) bool {
	if me.addrs[email] {
		// Addresses from mailmsg are normalised already: the common case
		// costs one lookup.
		return true
	}
	n := mailmsg.NormalizeEmail(email)
	return n != email && me.addrs[n]
}

// OtherParty is the other side of one message: its sender, or, for a
// message of mine, its first recipient who is not me; "" when there is
// none. Grouping uses it to join a reply whose client dropped the
// threading headers to the thread with the same subject and person.
func (me Me) OtherParty(m *mailmsg.Message) string {
	if !me.Is(m.From.Email) {
		return m.From.Email
	}
	for _, a := range m.To {
		if !me.Is(a.Email) {
			return a.Email
		}
	}
	return ""
}
