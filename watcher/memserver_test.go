package watcher

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

func TestMemServerNameFallback(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	s, _ := dial(t, srv)
	mb, err := s.Mailboxes(testCtx(t))
	if err != nil {
		t.Fatalf("Mailboxes() = %v", err)
	}
	if mb.Sent != "Sent" || mb.How["sent"] != "name Sent" || mb.Drafts != "Drafts" || mb.How["drafts"] != "name Drafts" {
		t.Errorf("Mailboxes() = %+v, want Sent and Drafts found by name", mb)
	}
}

func TestMemServerNoSentSyncsInbox(t *testing.T) {
	srv := imaptest.StartMemServerWith(t, imaptest.MemServerOptions{Mailboxes: []string{"Drafts"}})
	now := time.Now()
	srv.Append(t, "INBOX", mail("a@acme.example", "Hi", now), now)
	s, logs := dial(t, srv)
	st := openStore(t)
	stats, err := s.Sync(testCtx(t), st, "personal", now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Inbox.Fetched != 1 || stats.Sent.Mailbox != "" {
		t.Errorf("Sync() = %+v, want inbox 1 and no sent", stats)
	}
	if !strings.Contains(logs.String(), "no Sent mailbox") {
		t.Errorf("no warning about the missing Sent mailbox:\n%s", logs)
	}
}

func TestMemServerNoDraftsIsError(t *testing.T) {
	srv := imaptest.StartMemServerWith(t, imaptest.MemServerOptions{Mailboxes: []string{"Sent"}})
	s, _ := dial(t, srv)
	_, err := s.Mailboxes(testCtx(t))
	if err == nil || !strings.Contains(err.Error(), "[Gmail]/Drafts") {
		t.Errorf("Mailboxes() = %v, want an error naming what was looked for", err)
	}
}

func TestMemServerSync(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	now := time.Now()
	srv.Append(t, "INBOX", mail("m1@acme.example", "Interview", now), now)
	srv.Append(t, "INBOX", mail("m2@acme.example", "Re: Interview", now), now)
	srv.Append(t, "Sent", mail("s1@example.com", "Re: Interview", now), now)
	s, _ := dial(t, srv)
	st := openStore(t)
	ctx := testCtx(t)
	stats, err := s.Sync(ctx, st, "personal", now.AddDate(0, 0, -7))
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Inbox.Fetched != 2 || stats.Sent.Fetched != 1 {
		t.Errorf("Sync() = %+v, want inbox 2, sent 1", stats)
	}
	msgs, err := st.Messages(ctx, "personal", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		if m.UID == 0 || m.UIDValidity == 0 || m.Subject == "" || m.From.Email != "jane@acme.example" || m.InternalDate.IsZero() {
			t.Errorf("stored message %+v lacks UID, UIDVALIDITY, subject, sender or date", m)
		}
	}
	stats, err = s.Sync(ctx, st, "personal", now.AddDate(0, 0, -7))
	if err != nil || stats.Inbox.Fetched+stats.Sent.Fetched != 0 {
		t.Errorf("second Sync() = %+v, %v; want nothing fetched", stats, err)
	}
	if got := count(t, st, ""); got != 3 {
		t.Errorf("stored rows = %d, want 3", got)
	}
}

func TestMemServerWaitForChangeIdle(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	s, _ := dial(t, srv)
	testWaitForChange(t, srv, s)
}

func TestMemServerWaitForChangePolling(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	s, _ := dial(t, srv)
	// imapserver always offers IDLE; polling is forced instead.
	s.NoIdle = true
	s.PollInterval = 100 * time.Millisecond
	testWaitForChange(t, srv, s)
}

// testWaitForChange checks the three ways out of WaitForChange: new mail,
// maxWait, and the context.
func testWaitForChange(t *testing.T, srv imaptest.Server, s *Session) {
	t.Helper()
	ctx := testCtx(t)
	start := time.Now()
	if err := s.WaitForChange(ctx, "INBOX", 300*time.Millisecond); err != nil {
		t.Fatalf("WaitForChange(nothing happens) = %v", err)
	}
	if el := time.Since(start); el < 250*time.Millisecond || el > 5*time.Second {
		t.Errorf("WaitForChange(maxWait 300ms) took %v", el)
	}

	done := make(chan error, 1)
	go func() { done <- s.WaitForChange(ctx, "INBOX", 30*time.Second) }()
	time.Sleep(300 * time.Millisecond)
	srv.Append(t, "INBOX", mail("w@acme.example", "New", time.Now()), time.Now())
	appended := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("WaitForChange() = %v", err)
		}
		t.Logf("WaitForChange() returned %v after the APPEND", time.Since(appended))
		if el := time.Since(appended); el > 2*time.Second {
			t.Logf("server log:\n%s", logOf(srv))
			t.Errorf("WaitForChange() returned %v after the APPEND, want within 2s", el)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WaitForChange() did not return within 5s of an APPEND")
	}

	// Mail arrived since the last look (the wait before): at once.
	start = time.Now()
	if err := s.WaitForChange(ctx, "INBOX", 20*time.Second); err != nil || time.Since(start) > 5*time.Second {
		t.Errorf("WaitForChange(after unseen change) = %v after %v, want nil at once", err, time.Since(start))
	}

	cctx, cancel := context.WithCancel(ctx)
	go func() { done <- s.WaitForChange(cctx, "INBOX", 30*time.Second) }()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("WaitForChange(cancelled) = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WaitForChange() ignored its cancelled context")
	}
	// The session stays usable after a cancelled wait.
	if _, found, err := s.FindByMessageID(ctx, "INBOX", "w@acme.example"); err != nil || !found {
		t.Errorf("FindByMessageID() after cancelled wait = %v, %v; want the new message found", found, err)
	}
}

func TestDialRefusesPlainTextToRemoteHosts(t *testing.T) {
	for _, host := range []string{"imap.example.com", "192.0.2.10", "::ffff:8.8.8.8"} {
		t.Run(host, func(t *testing.T) {
			acct := config.Account{Name: "personal", Host: host, Port: 143, TLS: "none", Username: "me@example.com"}
			_, err := Dial(testCtx(t), acct, "secret", nil)
			if err == nil || !strings.Contains(err.Error(), "loopback") {
				t.Errorf("Dial(tls none, %s) = %v, want a refusal mentioning loopback", host, err)
			}
		})
	}
}

func TestDialUnknownTLSMode(t *testing.T) {
	acct := config.Account{Name: "personal", Host: "127.0.0.1", Port: 1, TLS: "maybe"}
	if _, err := Dial(testCtx(t), acct, "x", nil); err == nil || !strings.Contains(err.Error(), "maybe") {
		t.Errorf("Dial(tls maybe) = %v, want an error naming the mode", err)
	}
}

func TestDialCancelled(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Dial(ctx, srv.Account("personal"), srv.Password(), nil)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), srv.Addr()) {
		t.Errorf("Dial(cancelled) = %v, want context.Canceled naming %s", err, srv.Addr())
	}
}

func TestMemServerWrongPassword(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	_, err := Dial(testCtx(t), srv.Account("personal"), "nope-nope", nil)
	if !errors.Is(err, ErrAuth) || strings.Contains(err.Error(), "nope-nope") {
		t.Errorf("Dial(wrong password) = %v, want ErrAuth without the password", err)
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.1.2.3", true},
		{"::1", true},
		{"[::1]", true},
		{"localhost", true},
		{"LOCALHOST", true},
		{"localhost.example.com", false},
		{"10.0.0.1", false},
		{"imap.example.com", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isLoopback(tt.host); got != tt.want {
			t.Errorf("isLoopback(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}

func TestPickMailboxes(t *testing.T) {
	l := func(name string, attrs ...imap.MailboxAttr) *imap.ListData {
		return &imap.ListData{Mailbox: name, Attrs: attrs, Delim: '/'}
	}
	tests := []struct {
		name               string
		list               []*imap.ListData
		cfgSent, cfgDrafts string
		sent, drafts       string
		sentHow, draftsHow string
		wantErr            string
	}{
		{
			name: "special-use beats names",
			list: []*imap.ListData{l("INBOX"), l("Sent"), l("Gesendet", imap.MailboxAttrSent), l("Drafts"), l("Entwürfe", imap.MailboxAttrDrafts)},
			sent: "Gesendet", sentHow: `special-use \Sent`, drafts: "Entwürfe", draftsHow: `special-use \Drafts`,
		},
		{
			name: "gmail names",
			list: []*imap.ListData{l("INBOX"), l("[Gmail]", imap.MailboxAttrNoSelect), l("[Gmail]/Sent Mail"), l("[Gmail]/Drafts")},
			sent: "[Gmail]/Sent Mail", sentHow: "name [Gmail]/Sent Mail", drafts: "[Gmail]/Drafts", draftsHow: "name [Gmail]/Drafts",
		},
		{
			name: "order of names, case-insensitive",
			list: []*imap.ListData{l("INBOX"), l("INBOX.Sent"), l("sent items"), l("INBOX.Drafts")},
			sent: "sent items", sentHow: "name sent items", drafts: "INBOX.Drafts", draftsHow: "name INBOX.Drafts",
		},
		{
			name:    "config wins",
			list:    []*imap.ListData{l("INBOX"), l("Sent", imap.MailboxAttrSent), l("Drafts", imap.MailboxAttrDrafts), l("Work/Drafts"), l("Work/Sent")},
			cfgSent: "work/sent", cfgDrafts: "Work/Drafts",
			sent: "Work/Sent", sentHow: "config", drafts: "Work/Drafts", draftsHow: "config",
		},
		{
			name:      "configured mailbox missing",
			list:      []*imap.ListData{l("INBOX"), l("Drafts")},
			cfgDrafts: "Entwürfe",
			wantErr:   `configured drafts mailbox "Entwürfe" does not exist`,
		},
		{
			name:    "noselect is not a mailbox",
			list:    []*imap.ListData{l("INBOX"), l("Drafts", imap.MailboxAttrNoSelect)},
			wantErr: `no Drafts mailbox: none has the \Drafts attribute and none is named Drafts, [Gmail]/Drafts, INBOX.Drafts`,
		},
		{
			name:   "no sent is fine",
			list:   []*imap.ListData{l("INBOX"), l("Drafts")},
			drafts: "Drafts", draftsHow: "name Drafts",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mb, err := pickMailboxes(config.Account{Name: "personal", Sent: tt.cfgSent, Drafts: tt.cfgDrafts}, tt.list)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("pickMailboxes() = %v, want error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("pickMailboxes() = %v", err)
			}
			if mb.Inbox != "INBOX" || mb.Sent != tt.sent || mb.Drafts != tt.drafts || mb.How["sent"] != tt.sentHow || mb.How["drafts"] != tt.draftsHow {
				t.Errorf("pickMailboxes() = %+v, want sent %q (%s), drafts %q (%s)", mb, tt.sent, tt.sentHow, tt.drafts, tt.draftsHow)
			}
		})
	}
}

func TestIdleRestartsWithWatchdog(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	s, _ := dialWith(t, srv, Dialer{IdleSlice: 100 * time.Millisecond})
	ctx := testCtx(t)
	before := s.RoundTrips()
	if err := s.WaitForChange(ctx, "INBOX", 1500*time.Millisecond); err != nil {
		t.Fatalf("WaitForChange() = %v", err)
	}
	// SELECT, then per slice IDLE, DONE and a watchdog NOOP.
	t.Logf("%d round trips", s.RoundTrips()-before)
	if n := s.RoundTrips() - before; n < 7 {
		t.Errorf("WaitForChange() made %d round trips in 1.5s of 100ms slices, want IDLE restarted with NOOPs", n)
	}
	done := make(chan error, 1)
	go func() { done <- s.WaitForChange(ctx, "INBOX", 10*time.Second) }()
	time.Sleep(250 * time.Millisecond)
	srv.Append(t, "INBOX", mail("late@acme.example", "Late", time.Now()), time.Now())
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("WaitForChange() = %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("WaitForChange() missed an APPEND between IDLE restarts")
	}
}
