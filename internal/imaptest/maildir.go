package imaptest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Delivery is a message to put straight into a user's Maildir: Box is
// "" for INBOX, else the folder's name ("Sent"; Maildir++ keeps it in
// "."+Box), Date its INTERNALDATE.
type Delivery struct {
	Box  string
	Date time.Time
	Raw  []byte
}

// Deliver puts msgs into username's Maildir as a delivery agent would,
// each marked seen, while the server runs: one file per message in cur/,
// named by date (Dovecot numbers new files in name order, so UIDs follow
// dates), with S= and W= sizes so Dovecot need not read them to answer
// RFC822.SIZE, and the mtime as INTERNALDATE. Tens of thousands of
// messages take a second this way, where APPENDs one by one took minutes
// of a test under -race; hearback still reads every one over IMAP.
func (d *Dovecot) Deliver(username string, msgs []Delivery) error {
	if len(msgs) == 0 {
		return nil
	}
	uid, gid, err := d.MailOwner()
	if err != nil {
		return err
	}
	root := d.MaildirPath(username)
	msgs = slices.Clone(msgs)
	slices.SortStableFunc(msgs, func(a, b Delivery) int { return a.Date.Compare(b.Date) })
	made := map[string]bool{}
	for i, m := range msgs {
		dir := root
		if m.Box != "" {
			dir = filepath.Join(root, "."+m.Box)
		}
		if !made[dir] {
			for _, sub := range []string{"cur", "new", "tmp"} {
				if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
					return fmt.Errorf("imaptest: deliver: %w", err)
				}
			}
			if m.Box != "" {
				if err := os.WriteFile(filepath.Join(dir, "maildirfolder"), nil, 0o600); err != nil {
					return fmt.Errorf("imaptest: deliver: %w", err)
				}
			}
			made[dir] = true
		}
		name := fmt.Sprintf("%d.M%06dP%d.imaptest,S=%d,W=%d:2,S", m.Date.Unix(), i%1_000_000, i, len(m.Raw), crlfSize(m.Raw))
		p := filepath.Join(dir, "cur", name)
		if err := os.WriteFile(p, m.Raw, 0o600); err != nil {
			return fmt.Errorf("imaptest: deliver: %w", err)
		}
		if err := os.Chtimes(p, m.Date, m.Date); err != nil {
			return fmt.Errorf("imaptest: deliver: %w", err)
		}
	}
	return filepath.Walk(filepath.Dir(root), func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	})
}

// crlfSize is raw's size with every line ending CRLF, the size IMAP
// reports (Maildir's W=): a bare LF counts two.
func crlfSize(raw []byte) int {
	return len(raw) + bytes.Count(raw, []byte("\n")) - bytes.Count(raw, []byte("\r\n"))
}
