package watcher

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/store"
)

// Mailboxes are an account's mailboxes as hearback uses them: where new
// mail arrives (Inbox, which `run` waits on), where drafts go (Drafts),
// and Read, every mailbox a sync reads for the conversation. Sent is ""
// when the server has none.
type Mailboxes struct {
	Inbox, Sent, Drafts string
	// All is the mailbox that holds every message (Gmail's All Mail,
	// special-use \All); "" when the server has none. With one, Read is
	// All Mail and Trash instead of every folder and label.
	All string
	// Read are the mailboxes a sync reads for messages, Drafts aside, with
	// the store role each is kept under and why it is read; Skipped the
	// selectable ones left out, and why (doctor shows both).
	Read, Skipped []Folder
	// How says, by role ("inbox", "sent", "drafts"), how each was found:
	// `special-use \Sent`, "name Sent Items" or "config".
	How map[string]string
}

// Folder is one mailbox and why hearback reads it or not.
type Folder struct {
	Name string
	Role string // the store role its messages are kept under
	Why  string
}

// Fallback names, in order of preference, for servers without SPECIAL-USE
// (or folders created before it). Compared case-insensitively.
var (
	sentNames   = []string{"Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent"}
	draftsNames = []string{"Drafts", "[Gmail]/Drafts", "INBOX.Drafts"}
	allNames    = []string{"[Gmail]/All Mail", "[Google Mail]/All Mail"}
)

// Names that mark a mailbox's kind on servers without SPECIAL-USE (and
// for folders created before it), compared case-insensitively with the
// last part of the name ("INBOX.Trash" is a Trash).
var (
	junkNames    = []string{"Junk", "Spam", "Junk E-mail", "Junk Email", "Bulk Mail", "Bulk"}
	trashNames   = []string{"Trash", "Deleted Items", "Deleted Messages", "Bin"}
	archiveNames = []string{"Archive", "Archives"}
	// systemNames are the folders Exchange and Outlook show over IMAP
	// that hold no conversation (or only copies of one): never read by
	// default.
	systemNames = []string{"Outbox", "Sync Issues", "Conflicts", "Local Failures", "Server Failures",
		"Conversation History", "Calendar", "Contacts", "Tasks", "Notes", "Journal", "RSS Feeds",
		"RSS Subscriptions", "Templates", "Scheduled", "Snoozed", "Chats"}
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
	mb, err := pickMailboxes(s.acct, list)
	if err != nil {
		return Mailboxes{}, err
	}
	if mb.Sent == "" && mb.All == "" {
		s.log.Warn("no Sent mailbox found; your own replies will not be seen unless they are in a folder hearback reads",
			"looked_for", `\Sent attribute, `+strings.Join(sentNames, ", "), "hint", "set sent: in the account config")
	}
	read := make([]string, len(mb.Read))
	for i, f := range mb.Read {
		read[i] = f.Name
	}
	s.log.Debug("mailboxes", "inbox", mb.Inbox, "sent", mb.Sent, "drafts", mb.Drafts, "all", mb.All,
		"inbox_how", mb.How["inbox"], "sent_how", mb.How["sent"], "drafts_how", mb.How["drafts"], "read", strings.Join(read, ", "))
	s.boxes = &mb
	return mb, nil
}

// pickMailboxes applies the discovery rules to a LIST answer.
func pickMailboxes(acct config.Account, list []*imap.ListData) (Mailboxes, error) {
	account, inbox, sent, drafts := acct.Name, acct.Inbox, acct.Sent, acct.Drafts
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
	if mb.All = bySpecialUse("all", imap.MailboxAttrAll); mb.All == "" {
		mb.All = byName("all", allNames)
	}
	mb.Read, mb.Skipped = pickRead(mb, selectable, acct.Folders)
	return mb, nil
}

// pickRead decides which mailboxes a sync reads: every one that can hold
// the other side's answer — INBOX, Sent, Archive, the user's folders,
// Trash — or, on a server with All Mail, All Mail and Trash (All Mail
// holds INBOX, the labels and Sent); never Junk, virtual views (\Flagged,
// \Important) or Outlook's system folders; Drafts is synced as drafts.
// folders narrows or widens that; INBOX, Sent (All Mail) and Drafts are
// always read.
func pickRead(mb Mailboxes, selectable []*imap.ListData, folders config.Folders) (read, skipped []Folder) {
	taken := map[string]bool{} // fixed roles given out once
	for _, l := range selectable {
		name := l.Mailbox
		kind, how := mailboxKind(l, mb)
		role := kind
		if kind == "folder" || taken[kind] {
			role = store.FolderRole(name)
		}
		why := how
		keep := false
		switch kind {
		case "drafts":
			skipped = append(skipped, Folder{name, "", "where drafts go (" + how + "); synced as drafts"})
			continue
		case "inbox", "sent":
			keep = mb.All == ""
			if !keep {
				why = "in All Mail"
			}
		case "all":
			keep = true
		case "trash", "archive", "folder":
			keep = mb.All == "" || kind == "trash"
			if !keep {
				why = "in All Mail"
			}
		case "junk":
			why = "junk: never an answer worth trusting"
		case "virtual":
			why = "a view of messages kept elsewhere (" + how + ")"
		case "system":
			why = "a system folder without conversations"
		}
		always := (kind == "inbox" || kind == "sent") && mb.All == "" || kind == "all"
		if !always {
			switch {
			case folders.Excludes(name):
				keep, why = false, "excluded by folders.exclude"
			case len(folders.Include) > 0 && folders.Includes(name):
				keep, why = true, "included by folders.include"
			case len(folders.Include) > 0:
				keep, why = false, "not in folders.include"
			}
		}
		if keep {
			taken[kind] = true
			read = append(read, Folder{name, role, why})
		} else {
			skipped = append(skipped, Folder{name, "", why})
		}
	}
	// INBOX first, then Sent: the order a first sync stores them in.
	slices.SortStableFunc(read, func(a, b Folder) int { return cmp.Compare(readOrder(a.Role), readOrder(b.Role)) })
	return read, skipped
}

func readOrder(role string) int {
	switch role {
	case store.RoleInbox, store.RoleAll:
		return 0
	case store.RoleSent:
		return 1
	}
	return 2
}

// mailboxKind tells what a mailbox is: inbox, sent, drafts, all, trash,
// archive, junk, virtual, system or folder (the user's own), by
// SPECIAL-USE, else by name, and how that was found.
func mailboxKind(l *imap.ListData, mb Mailboxes) (kind, how string) {
	name := l.Mailbox
	switch {
	case strings.EqualFold(name, mb.Inbox):
		return "inbox", mb.How["inbox"]
	case name == mb.Sent:
		return "sent", mb.How["sent"]
	case name == mb.Drafts:
		return "drafts", mb.How["drafts"]
	case name == mb.All:
		return "all", mb.How["all"]
	}
	for _, a := range []struct {
		attr imap.MailboxAttr
		kind string
	}{{imap.MailboxAttrJunk, "junk"}, {imap.MailboxAttrTrash, "trash"}, {imap.MailboxAttrArchive, "archive"},
		{imap.MailboxAttrFlagged, "virtual"}, {imap.MailboxAttrImportant, "virtual"}, {imap.MailboxAttrSent, "sent"},
		{imap.MailboxAttrDrafts, "drafts"}, {imap.MailboxAttrAll, "all"}} {
		if hasAttr(l, a.attr) {
			return a.kind, "special-use " + string(a.attr)
		}
	}
	last := name
	if l.Delim != 0 {
		if i := strings.LastIndexByte(name, byte(l.Delim)); i >= 0 {
			last = name[i+1:]
		}
	}
	for _, n := range []struct {
		names []string
		kind  string
	}{{junkNames, "junk"}, {trashNames, "trash"}, {archiveNames, "archive"}, {systemNames, "system"}} {
		for _, candidate := range n.names {
			if strings.EqualFold(last, candidate) || strings.EqualFold(name, candidate) {
				return n.kind, "name " + name
			}
		}
	}
	// Below a system folder ("Sync Issues/Conflicts") is system too.
	for _, candidate := range systemNames {
		if l.Delim != 0 && len(name) > len(candidate) && strings.EqualFold(name[:len(candidate)], candidate) && name[len(candidate)] == byte(l.Delim) {
			return "system", "name " + name
		}
	}
	return "folder", "a folder of yours"
}

func hasAttr(l *imap.ListData, attr imap.MailboxAttr) bool {
	for _, a := range l.Attrs {
		if strings.EqualFold(string(a), string(attr)) {
			return true
		}
	}
	return false
}
