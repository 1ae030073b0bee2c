package watcher

import (
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/config"
)

// Which mailboxes a sync reads, and why the others are left out.
func TestPickRead(t *testing.T) {
	l := func(name string, attrs ...imap.MailboxAttr) *imap.ListData {
		return &imap.ListData{Mailbox: name, Delim: '/', Attrs: attrs}
	}
	dot := func(name string, attrs ...imap.MailboxAttr) *imap.ListData {
		return &imap.ListData{Mailbox: name, Delim: '.', Attrs: attrs}
	}
	folders := []*imap.ListData{l("INBOX"), l("Sent", imap.MailboxAttrSent), l("Drafts", imap.MailboxAttrDrafts),
		l("Archive", imap.MailboxAttrArchive), l("Trash", imap.MailboxAttrTrash), l("Junk", imap.MailboxAttrJunk),
		l("Jobs"), l("Jobs/Acme"), l("Newsletters"), l("Starred", imap.MailboxAttrFlagged)}
	gmail := []*imap.ListData{l("INBOX"), l("[Gmail]", imap.MailboxAttrNoSelect), l("[Gmail]/All Mail", imap.MailboxAttrAll),
		l("[Gmail]/Sent Mail", imap.MailboxAttrSent), l("[Gmail]/Entwürfe", imap.MailboxAttrDrafts),
		l("[Gmail]/Spam", imap.MailboxAttrJunk), l("[Gmail]/Papierkorb", imap.MailboxAttrTrash),
		l("[Gmail]/Markiert", imap.MailboxAttrFlagged), l("Jobs")}
	tests := []struct {
		name    string
		list    []*imap.ListData
		folders config.Folders
		read    string // name=role, in order
		skipped []string
	}{
		{"ordinary folders", folders, config.Folders{},
			"INBOX=inbox Sent=sent Archive=archive Trash=trash Jobs=folder:Jobs Jobs/Acme=folder:Jobs/Acme Newsletters=folder:Newsletters",
			[]string{"Junk", "Starred", "Drafts"}},
		{"gmail: All Mail and Trash, not every label", gmail, config.Folders{},
			"[Gmail]/All Mail=all [Gmail]/Papierkorb=trash", []string{"INBOX", "[Gmail]/Sent Mail", "Jobs", "[Gmail]/Spam", "[Gmail]/Markiert"}},
		{"exclude", folders, config.Folders{Exclude: []string{"news*", "Trash"}},
			"INBOX=inbox Sent=sent Archive=archive Jobs=folder:Jobs Jobs/Acme=folder:Jobs/Acme", []string{"Newsletters", "Trash"}},
		{"include narrows, and may widen to Junk", folders, config.Folders{Include: []string{"Jobs*", "Junk"}, Exclude: []string{"Jobs/Acme"}},
			"INBOX=inbox Sent=sent Junk=junk Jobs=folder:Jobs", []string{"Archive", "Trash", "Newsletters", "Jobs/Acme"}},
		{"exclude cannot drop INBOX or Sent", folders, config.Folders{Exclude: []string{"*"}},
			"INBOX=inbox Sent=sent", []string{"Archive", "Jobs"}},
		{"no special-use: by name", []*imap.ListData{dot("INBOX"), dot("INBOX.Sent"), dot("INBOX.Drafts"), dot("INBOX.Trash"),
			dot("INBOX.Spam"), dot("INBOX.Jobs"), dot("Deleted Items"), dot("Outbox"), dot("Sync Issues"), dot("Sync Issues.Conflicts")},
			config.Folders{},
			"INBOX=inbox INBOX.Sent=sent INBOX.Trash=trash INBOX.Jobs=folder:INBOX.Jobs Deleted Items=folder:Deleted Items",
			[]string{"INBOX.Spam", "Outbox", "Sync Issues", "Sync Issues.Conflicts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mb, err := pickMailboxes(config.Account{Name: "p", Folders: tt.folders}, tt.list)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range mb.Read {
				got = append(got, f.Name+"="+f.Role)
			}
			if g := strings.Join(got, " "); g != tt.read {
				t.Errorf("read %q\nwant %q", g, tt.read)
			}
			skipped := map[string]string{}
			for _, f := range mb.Skipped {
				skipped[f.Name] = f.Why
				if f.Why == "" {
					t.Errorf("%s skipped without a reason", f.Name)
				}
			}
			for _, n := range tt.skipped {
				if _, ok := skipped[n]; !ok {
					t.Errorf("%s not among the skipped %v", n, skipped)
				}
			}
			for _, f := range mb.Read {
				if f.Why == "" {
					t.Errorf("%s read without a reason", f.Name)
				}
			}
		})
	}
}
