// Package imaptest starts IMAP servers for tests: a real Dovecot (the
// server most users' providers resemble) and go-imap's in-memory server
// (fast, but without special-use attributes). Both listen on 127.0.0.1 only.
package imaptest

import (
	"bytes"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hearback/hearback/config"
)

// Default credentials of the test user.
const (
	Username = "me@example.com"
	Password = "secret-pass-123"
)

// Server is what tests need from either test server.
type Server interface {
	Addr() string
	Host() string
	Port() int
	Password() string
	Account(name string) config.Account
	Append(t testing.TB, mailbox string, raw []byte, internalDate time.Time, flags ...imap.Flag) imap.UID
	Messages(t testing.TB, mailbox string) [][]byte
	CreateMailbox(t testing.TB, name string)
	DeleteMailbox(t testing.TB, name string)
}

// base holds what both servers share: an address and a way to log in.
type base struct {
	addr     string
	username string
	password string
}

func (b *base) Addr() string     { return b.addr }
func (b *base) Password() string { return b.password }

func (b *base) Host() string {
	h, _, _ := net.SplitHostPort(b.addr)
	return h
}

func (b *base) Port() int {
	_, p, _ := net.SplitHostPort(b.addr)
	var n int
	fmt.Sscanf(p, "%d", &n)
	return n
}

// Account is a config for the test user over plain TCP on loopback.
func (b *base) Account(name string) config.Account {
	return config.Account{
		Name:      name,
		Host:      b.Host(),
		Port:      b.Port(),
		TLS:       "none",
		Username:  b.username,
		Addresses: []string{b.username},
	}
}

// Client logs in as the test user with a plain go-imap client, standing in
// for "another mail client" of the user.
func (b *base) Client(t testing.TB) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(b.addr, nil)
	if err != nil {
		t.Fatalf("imaptest: dial %s: %v", b.addr, err)
	}
	if err := c.Login(b.username, b.password).Wait(); err != nil {
		c.Close()
		t.Fatalf("imaptest: login: %v", err)
	}
	return c
}

func (b *base) withClient(t testing.TB, f func(c *imapclient.Client)) {
	t.Helper()
	c := b.Client(t)
	defer func() {
		c.Logout().Wait()
		c.Close()
	}()
	f(c)
}

// Append stores raw in mailbox as another client would (a delivery, the
// user's own mail program) and returns its UID when the server says.
func (b *base) Append(t testing.TB, mailbox string, raw []byte, internalDate time.Time, flags ...imap.Flag) imap.UID {
	t.Helper()
	var uid imap.UID
	b.withClient(t, func(c *imapclient.Client) {
		cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: flags, Time: internalDate})
		if _, err := cmd.Write(raw); err != nil {
			t.Fatalf("imaptest: append to %q: %v", mailbox, err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("imaptest: append to %q: %v", mailbox, err)
		}
		data, err := cmd.Wait()
		if err != nil {
			t.Fatalf("imaptest: append to %q: %v", mailbox, err)
		}
		uid = data.UID
	})
	return uid
}

// Messages reads back every message of mailbox, whole, in UID order,
// without setting \Seen.
func (b *base) Messages(t testing.TB, mailbox string) [][]byte {
	t.Helper()
	var out [][]byte
	b.withClient(t, func(c *imapclient.Client) {
		sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
		if err != nil {
			t.Fatalf("imaptest: examine %q: %v", mailbox, err)
		}
		if sel.NumMessages == 0 {
			return
		}
		section := &imap.FetchItemBodySection{Peek: true}
		var all imap.SeqSet
		all.AddRange(1, 0)
		msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
		if err != nil {
			t.Fatalf("imaptest: fetch %q: %v", mailbox, err)
		}
		sortByUID(msgs)
		for _, m := range msgs {
			out = append(out, bytes.Clone(m.FindBodySection(section)))
		}
	})
	return out
}

// Flags returns the flags of every message of mailbox by UID.
func (b *base) Flags(t testing.TB, mailbox string) map[imap.UID][]imap.Flag {
	t.Helper()
	out := map[imap.UID][]imap.Flag{}
	b.withClient(t, func(c *imapclient.Client) {
		sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
		if err != nil {
			t.Fatalf("imaptest: examine %q: %v", mailbox, err)
		}
		if sel.NumMessages == 0 {
			return
		}
		var all imap.SeqSet
		all.AddRange(1, 0)
		msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
		if err != nil {
			t.Fatalf("imaptest: fetch flags %q: %v", mailbox, err)
		}
		for _, m := range msgs {
			out[m.UID] = m.Flags
		}
	})
	return out
}

// CreateMailbox creates a mailbox (a new UIDVALIDITY when recreated).
func (b *base) CreateMailbox(t testing.TB, name string) {
	t.Helper()
	b.withClient(t, func(c *imapclient.Client) {
		if err := c.Create(name, nil).Wait(); err != nil {
			t.Fatalf("imaptest: create %q: %v", name, err)
		}
	})
}

// DeleteMailbox deletes a mailbox and its messages.
func (b *base) DeleteMailbox(t testing.TB, name string) {
	t.Helper()
	b.withClient(t, func(c *imapclient.Client) {
		if err := c.Delete(name).Wait(); err != nil {
			t.Fatalf("imaptest: delete %q: %v", name, err)
		}
	})
}

func sortByUID(msgs []*imapclient.FetchMessageBuffer) {
	for i := 1; i < len(msgs); i++ {
		for j := i; j > 0 && msgs[j].UID < msgs[j-1].UID; j-- {
			msgs[j], msgs[j-1] = msgs[j-1], msgs[j]
		}
	}
}

// freePort asks the kernel for an unused loopback port. Another process
// could take it before the server binds; good enough for tests.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("imaptest: find a free port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
