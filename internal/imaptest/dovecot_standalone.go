package imaptest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
)

// StartDovecotDir starts a throwaway Dovecot with its configuration, log
// and mail under dir, for programs that are not tests (the benchmark
// command). dir must be empty or new, and every directory above it must
// be traversable by the mail user. The caller stops it with Stop. The
// server listens on 127.0.0.1 only and knows the user Username.
func StartDovecotDir(dir string) (*Dovecot, error) {
	return StartDovecotDirLayout(dir, Plain)
}

// StartDovecotDirLayout is StartDovecotDir with the given mailboxes.
func StartDovecotDirLayout(dir string, layout []Mailbox) (*Dovecot, error) {
	if dovecotBinary() == "" {
		return nil, errors.New("imaptest: dovecot is not installed (apt-get install dovecot-imapd)")
	}
	mailUID, mailGID, internalUser, loginUser, err := findDovecotUsers()
	if err != nil {
		return nil, err
	}
	for _, sub := range []string{"run", "state", "home"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("imaptest: %v", err)
		}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, fmt.Errorf("imaptest: %v", err)
	}
	if err := os.Chown(filepath.Join(dir, "home"), mailUID, mailGID); err != nil {
		return nil, fmt.Errorf("imaptest: chown home: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("imaptest: find a free port: %v", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	d := &Dovecot{
		base:   base{addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), username: Username, password: Password},
		dir:    dir,
		conf:   filepath.Join(dir, "dovecot.conf"),
		passwd: filepath.Join(dir, "passwd"),
	}
	if err := os.WriteFile(d.passwd, nil, 0o644); err != nil {
		return nil, fmt.Errorf("imaptest: %v", err)
	}
	if err := d.addUser(Username, Password); err != nil {
		return nil, err
	}
	conf := fmt.Sprintf(dovecotConf, dir, d.Port(), internalUser, loginUser, mailUID, mailGID, namespaceMailboxes(layout))
	if err := os.WriteFile(d.conf, []byte(conf), 0o644); err != nil {
		return nil, fmt.Errorf("imaptest: write dovecot.conf: %v", err)
	}
	if err := d.start(); err != nil {
		return nil, err
	}
	return d, nil
}

// AddLogin adds a user (StartDovecotDir's counterpart of AddUser).
func (d *Dovecot) AddLogin(username, password string) error {
	return d.addUser(username, password)
}

// MailOwner is the uid and gid that own the users' mail: files written
// straight into a Maildir (MaildirPath) must belong to them.
func (d *Dovecot) MailOwner() (uid, gid int, err error) {
	uid, gid, _, _, err = findDovecotUsers()
	return uid, gid, err
}

// MaildirPath is where Dovecot keeps username's Maildir. A mailbox other
// than INBOX is the subdirectory "."+name (Maildir++ layout).
func (d *Dovecot) MaildirPath(username string) string {
	return filepath.Join(d.dir, "home", username, "Maildir")
}

// Restart stops the server if it runs and starts it again.
func (d *Dovecot) Restart() error {
	d.Stop()
	return d.start()
}
