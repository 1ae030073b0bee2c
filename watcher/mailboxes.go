package watcher

import (
	"context"
	"fmt"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// Mailboxes are the names of an account's mailboxes by role. Sent is ""
// when the server has none (hearback then syncs the inbox only).
type Mailboxes struct {
	Inbox, Sent, Drafts string
	// How says, by role ("inbox", "sent", "drafts"), how each was found:
	// `special-use \Sent`, "name Sent Items" or "config".
	How map[string]string
}

// Fallback names, in order of preference, for servers without SPECIAL-USE
// (or folders created before it). Compared case-insensitively.
var (
	sentNames   = []string{"Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent"}
	draftsNames = []string{"Drafts", "[Gmail]/Drafts", "INBOX.Drafts"}
)

// Mailboxes finds the inbox, Sent and Drafts: the account's configured
// names first, then SPECIAL-USE attributes, then well-known names. A
// missing Drafts mailbox is an error (hearback cannot do its job); a
// missing Sent is logged and tolerated. The answer is cached for the
// session.
func (s *Session) Mailboxes(ctx context.Context) (Mailboxes, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mailboxes(ctx)
}

func (s *Session) mailboxes(ctx context.Context) (Mailboxes, error) {
	if s.boxes != nil {
		return *s.boxes, nil
	}
	var opts *imap.ListOptions
	caps := s.c.Caps()
	// RETURN (SPECIAL-USE) is LIST-EXTENDED syntax; a server with only
	// SPECIAL-USE includes the attributes in a plain LIST anyway.
	if caps.Has(imap.CapSpecialUse) && caps.Has(imap.CapListExtended) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	var list []*imap.ListData
	err := s.do(ctx, s.dialer.CommandTimeout, func() error {
		var err error
		list, err = s.c.List("", "*", opts).Collect()
		return err
	})
	if err != nil {
		return Mailboxes{}, s.errorf(err, "list mailboxes")
	}
	mb, err := pickMailboxes(s.acct.Name, list, s.acct.Inbox, s.acct.Sent, s.acct.Drafts)
	if err != nil {
		return Mailboxes{}, err
	}
	if mb.Sent == "" {
		s.log.Warn("no Sent mailbox found; syncing the inbox only, so your own replies will not be seen",
			"looked_for", `\Sent attribute, `+strings.Join(sentNames, ", "), "hint", "set sent: in the account config")
	}
	s.log.Debug("mailboxes", "inbox", mb.Inbox, "sent", mb.Sent, "drafts", mb.Drafts,
		"inbox_how", mb.How["inbox"], "sent_how", mb.How["sent"], "drafts_how", mb.How["drafts"])
	s.boxes = &mb
	return mb, nil
}

// pickMailboxes applies the discovery rules to a LIST answer.
func pickMailboxes(account string, list []*imap.ListData, inbox, sent, drafts string) (Mailboxes, error) {
	mb := Mailboxes{How: map[string]string{}}
	selectable := make([]*imap.ListData, 0, len(list))
	for _, l := range list {
		if hasAttr(l, imap.MailboxAttrNoSelect) || hasAttr(l, imap.MailboxAttrNonExistent) {
			continue
		}
		selectable = append(selectable, l)
	}
	find := func(name string) string {
		for _, l := range selectable {
			if strings.EqualFold(l.Mailbox, name) {
				return l.Mailbox
			}
		}
		return ""
	}
	configured := func(role, name string) (string, error) {
		if got := find(name); got != "" {
			mb.How[role] = "config"
			return got, nil
		}
		return "", fmt.Errorf("watcher: %s: configured %s mailbox %q does not exist on the server", account, role, name)
	}
	bySpecialUse := func(role string, attr imap.MailboxAttr) string {
		for _, l := range selectable {
			if hasAttr(l, attr) {
				mb.How[role] = "special-use " + string(attr)
				return l.Mailbox
			}
		}
		return ""
	}
	byName := func(role string, names []string) string {
		for _, n := range names {
			if got := find(n); got != "" {
				mb.How[role] = "name " + got
				return got
			}
		}
		return ""
	}
	var err error
	if inbox != "" {
		if mb.Inbox, err = configured("inbox", inbox); err != nil {
			return Mailboxes{}, err
		}
	} else {
		// INBOX is case-insensitive and always exists (RFC 9051 §5.1).
		mb.Inbox = "INBOX"
		mb.How["inbox"] = "name INBOX"
	}
	if sent != "" {
		if mb.Sent, err = configured("sent", sent); err != nil {
			return Mailboxes{}, err
		}
	} else if mb.Sent = bySpecialUse("sent", imap.MailboxAttrSent); mb.Sent == "" {
		mb.Sent = byName("sent", sentNames)
	}
	if drafts != "" {
		if mb.Drafts, err = configured("drafts", drafts); err != nil {
			return Mailboxes{}, err
		}
	} else if mb.Drafts = bySpecialUse("drafts", imap.MailboxAttrDrafts); mb.Drafts == "" {
		mb.Drafts = byName("drafts", draftsNames)
	}
	if mb.Drafts == "" {
		return Mailboxes{}, fmt.Errorf(`watcher: %s: no Drafts mailbox: none has the \Drafts attribute and none is named %s; set drafts: in the account config`,
			account, strings.Join(draftsNames, ", "))
	}
	return mb, nil
}

func hasAttr(l *imap.ListData, attr imap.MailboxAttr) bool {
	for _, a := range l.Attrs {
		if strings.EqualFold(string(a), string(attr)) {
			return true
		}
	}
	return false
}
