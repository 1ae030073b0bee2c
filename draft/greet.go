package draft

import (
	"strings"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// greeting is whom a draft greets.
type greeting struct {
	first string   // the counterpart's first name, "" when unknown
	names []string // first names of everyone greeted, the counterpart first
	full  []string // their full names where known, else their first names
	all   bool     // three or more: "Hi all,"
}

// whom decides whom the draft greets: the counterpart by first name
// (from their display name, their sign-off or their address, never a
// role address's made-up name), and with them each other person on the
// reply whom the last message from the other side was signed by or the
// user's last message greeted ("Hi Lena and Raj," with Raj in Cc). Three
// or more is "all".
func whom(in Input, to, cc []mailmsg.Address) greeting {
	cp := in.Counterpart
	if cp.Email == "" && cp.Name == "" {
		cp = to[0]
	}
	var theirs, mine *mailmsg.Message
	for i := len(in.Messages) - 1; i >= 0; i-- {
		m := in.Messages[i]
		if m.Message == nil {
			continue
		}
		if m.Mine && mine == nil {
			mine = m.Message
		}
		if !m.Mine && theirs == nil {
			theirs = m.Message
		}
	}
	if theirs == nil && in.Last != nil && !strings.EqualFold(in.Last.From.Email, in.From.Email) {
		theirs = in.Last
	}
	var g greeting
	g.first = classifier.GuessFirstName(cp, signatureOf(in, cp.Email))
	if g.first != "" {
		g.names = append(g.names, g.first)
		g.full = append(g.full, fullName(cp, g.first))
	}

	named := map[string]bool{}
	if mine != nil {
		for _, n := range classifier.AddressedNames(mine.OwnWords()) {
			named[strings.ToLower(n)] = true
		}
	}
	if theirs != nil {
		for _, n := range classifier.SignedNames(theirs.OwnWords()) {
			named[strings.ToLower(n)] = true
		}
	}
	if len(named) > 0 {
		for _, a := range append(append([]mailmsg.Address(nil), to...), cc...) {
			if strings.EqualFold(a.Email, cp.Email) || classifier.IsRoleAddress(a.Email) {
				continue
			}
			n := classifier.GuessFirstName(a, signatureOf(in, a.Email))
			if n == "" || !named[strings.ToLower(n)] || containsName(g.names, n) {
				continue
			}
			g.names = append(g.names, n)
			g.full = append(g.full, fullName(a, n))
		}
	}
	if len(g.names) >= 3 {
		g.all = true
	}
	return g
}

// signatureOf is the text of the newest message from email, where its
// sign-off may name its sender.
func signatureOf(in Input, email string) string {
	if email == "" {
		return ""
	}
	for i := len(in.Messages) - 1; i >= 0; i-- {
		if m := in.Messages[i].Message; m != nil && strings.EqualFold(m.From.Email, email) {
			return m.Excerpt
		}
	}
	if in.Last != nil && strings.EqualFold(in.Last.From.Email, email) {
		return in.Last.Excerpt
	}
	return ""
}

func fullName(a mailmsg.Address, first string) string {
	if f := classifier.GuessFullName(a); f != "" {
		return f
	}
	return first
}

func containsName(list []string, n string) bool {
	for _, x := range list {
		if strings.EqualFold(x, n) {
			return true
		}
	}
	return false
}
