package watcher

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

func TestDovecotDiscoveryBySpecialUse(t *testing.T) {
	d := imaptest.StartDovecot(t)
	s, _ := dial(t, d)
	mb, err := s.Mailboxes(testCtx(t))
	if err != nil {
		t.Fatalf("Mailboxes() = %v", err)
	}
	want := Mailboxes{Inbox: "INBOX", Sent: "Sent", Drafts: "Drafts", How: map[string]string{
		"inbox": "name INBOX", "sent": `special-use \Sent`, "drafts": `special-use \Drafts`,
	}}
	if mb.Inbox != want.Inbox || mb.Sent != want.Sent || mb.Drafts != want.Drafts {
		t.Errorf("Mailboxes() = %+v, want %+v", mb, want)
	}
	for role, how := range want.How {
		if mb.How[role] != how {
			t.Errorf("How[%q] = %q, want %q", role, mb.How[role], how)
		}
	}
}

func TestDovecotSyncSinceThenIncremental(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	old := now.AddDate(0, 0, -200)
	d.Append(t, "INBOX", mail("old-1@acme.example", "Old news", old), old)
	d.Append(t, "INBOX", mail("old-2@acme.example", "Older news", old), old)
	d.Append(t, "INBOX", mail("new-1@acme.example", "Interview", now.AddDate(0, 0, -3)), now.AddDate(0, 0, -3))
	d.Append(t, "INBOX", mail("new-2@acme.example", "Re: Interview", now.AddDate(0, 0, -1)), now.AddDate(0, 0, -1))
	d.Append(t, "Sent", mail("sent-1@example.com", "Re: Interview", now.AddDate(0, 0, -2)), now.AddDate(0, 0, -2), imap.FlagSeen)

	st := openStore(t)
	s, _ := dial(t, d)
	ctx := testCtx(t)
	since := now.AddDate(0, 0, -30)

	stats, err := s.Sync(ctx, st, "personal", since)
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Inbox.Fetched != 2 || stats.Sent.Fetched != 1 || stats.Drafts.Fetched != 0 {
		t.Errorf("first Sync() stats = %+v, want inbox 2, sent 1, drafts 0", stats)
	}
	ids := storedIDs(t, st, store.RoleInbox)
	if ids["old-1@acme.example"] != 0 || ids["old-2@acme.example"] != 0 || ids["new-1@acme.example"] != 1 || ids["new-2@acme.example"] != 1 {
		t.Errorf("stored inbox Message-IDs = %v, want only new-1 and new-2", ids)
	}
	// Reading must not have marked anything \Seen.
	for uid, flags := range d.Flags(t, "INBOX") {
		if slices.Contains(flags, imap.FlagSeen) {
			t.Errorf("INBOX uid %d flags = %v after sync, want no \\Seen", uid, flags)
		}
	}

	stats, err = s.Sync(ctx, st, "personal", since)
	if err != nil {
		t.Fatalf("second Sync() = %v", err)
	}
	if stats.Inbox.Fetched+stats.Sent.Fetched+stats.Drafts.Fetched != 0 {
		t.Errorf("second Sync() fetched %+v, want nothing", stats)
	}
	// STATUS of INBOX and Sent at once, one round trip; Drafts, still
	// selected by the first sync, is examined again (STATUS of the
	// selected mailbox may be stale) and listed for pruning.
	if stats.RoundTrips != 3 {
		t.Errorf("second Sync() took %d round trips, want 3", stats.RoundTrips)
	}

	// New mail is fetched by UID, whatever its date.
	d.Append(t, "INBOX", mail("new-3@acme.example", "Offer", now), old)
	stats, err = s.Sync(ctx, st, "personal", since)
	if err != nil {
		t.Fatalf("third Sync() = %v", err)
	}
	if stats.Inbox.Fetched != 1 || stats.Sent.Fetched != 0 {
		t.Errorf("third Sync() stats = %+v, want inbox 1", stats)
	}
	if got := count(t, st, store.RoleInbox); got != 3 {
		t.Errorf("inbox rows = %d, want 3", got)
	}
}

func TestDovecotUIDValidityChangeResyncs(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	msgs := [][]byte{mail("s1@example.com", "Thanks", now), mail("s2@example.com", "Following up", now)}
	for _, m := range msgs {
		d.Append(t, "Sent", m, now)
	}
	st := openStore(t)
	s, _ := dial(t, d)
	ctx := testCtx(t)
	since := now.AddDate(0, 0, -30)
	if _, err := s.Sync(ctx, st, "personal", since); err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	before, _, _ := st.Mailbox(ctx, "personal", store.RoleSent)

	d.DeleteMailbox(t, "Sent")
	d.CreateMailbox(t, "Sent")
	for _, m := range msgs {
		d.Append(t, "Sent", m, now)
	}
	stats, err := s.Sync(ctx, st, "personal", since)
	if err != nil {
		t.Fatalf("Sync() after recreate = %v", err)
	}
	after, _, _ := st.Mailbox(ctx, "personal", store.RoleSent)
	if !stats.Sent.Resynced || before.UIDValidity == after.UIDValidity {
		t.Errorf("Sync() sent stats = %+v, uidvalidity %d -> %d; want a resync", stats.Sent, before.UIDValidity, after.UIDValidity)
	}
	if got := count(t, st, store.RoleSent); got != 2 {
		t.Errorf("sent rows = %d, want 2 (no duplicates)", got)
	}
	for id, n := range storedIDs(t, st, store.RoleSent) {
		if n != 1 {
			t.Errorf("Message-ID %s stored %d times", id, n)
		}
	}
}

func TestDovecotMalformedMessageSkipped(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	d.Append(t, "INBOX", mail("good-1@acme.example", "One", now), now)
	broken := []byte("\r\nno header here, confidential-body-text\r\n")
	badUID := d.Append(t, "INBOX", broken, now)
	d.Append(t, "INBOX", mail("good-2@acme.example", "Two", now), now)

	st := openStore(t)
	s, logs := dial(t, d)
	stats, err := s.Sync(testCtx(t), st, "personal", now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Inbox.Fetched != 2 || stats.Inbox.Skipped != 1 {
		t.Errorf("Sync() inbox = %+v, want 2 fetched, 1 skipped", stats.Inbox)
	}
	out := logs.String()
	if !strings.Contains(out, "mailbox=INBOX") || !strings.Contains(out, "uid="+itoa(uint32(badUID))) {
		t.Errorf("log does not name the mailbox and uid %d:\n%s", badUID, out)
	}
	if strings.Contains(out, "confidential-body-text") {
		t.Errorf("log contains message content:\n%s", out)
	}
	pos, _, _ := st.Mailbox(context.Background(), "personal", store.RoleInbox)
	if pos.LastUID < uint32(badUID)+1 {
		t.Errorf("position = %d, want past the skipped uid %d", pos.LastUID, badUID)
	}
}

func TestDovecotWrongPassword(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const wrong = "not-the-password-42"
	_, err := Dial(testCtx(t), d.Account("personal"), wrong, nil)
	if !errors.Is(err, ErrAuth) {
		t.Fatalf("Dial(wrong password) = %v, want ErrAuth", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "personal") || !strings.Contains(msg, "login as me@example.com failed") || !strings.Contains(msg, "check the password") {
		t.Errorf("error %q does not say who failed to log in", msg)
	}
	if strings.Contains(msg, wrong) || strings.Contains(msg, imaptest.Password) {
		t.Errorf("error %q contains a password", msg)
	}
}

func TestDovecotStartTLSNotOffered(t *testing.T) {
	d := imaptest.StartDovecot(t)
	acct := d.Account("personal")
	acct.TLS = "starttls"
	_, err := Dial(testCtx(t), acct, d.Password(), nil)
	if err == nil {
		t.Fatal("Dial(starttls) to a server without TLS succeeded, want an error")
	}
	if errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "STARTTLS") || !strings.Contains(err.Error(), d.Addr()) {
		t.Errorf("Dial(starttls) = %v, want a STARTTLS error naming %s", err, d.Addr())
	}
	if strings.Contains(d.Log(), "Login: user=<me@example.com>") {
		t.Errorf("the password was sent although STARTTLS failed:\n%s", d.Log())
	}
}

func TestDovecotAppendDraftOnce(t *testing.T) {
	d := imaptest.StartDovecot(t)
	s, _ := dial(t, d)
	ctx := testCtx(t)
	raw := mail("draft-1@example.com", "Re: Interview", time.Now())
	uid1, err := s.AppendDraft(ctx, "Drafts", raw, "<draft-1@example.com>")
	if err != nil {
		t.Fatalf("AppendDraft() = %v", err)
	}
	uid2, err := s.AppendDraft(ctx, "Drafts", raw, "draft-1@example.com")
	if err != nil {
		t.Fatalf("second AppendDraft() = %v", err)
	}
	if uid1 == 0 || uid1 != uid2 {
		t.Errorf("AppendDraft() uids = %d, %d; want the same non-zero UID", uid1, uid2)
	}
	got := d.Messages(t, "Drafts")
	if len(got) != 1 || string(got[0]) != string(raw) {
		t.Fatalf("Drafts holds %d messages, want exactly the one draft", len(got))
	}
	flags := d.Flags(t, "Drafts")[imap.UID(uid1)]
	if !slices.Contains(flags, imap.FlagDraft) || !slices.Contains(flags, imap.FlagSeen) {
		t.Errorf("draft flags = %v, want \\Draft and \\Seen", flags)
	}

	// A draft whose ID is a substring of another's must not be mistaken
	// for it.
	raw2 := mail("1@example.com", "Other", time.Now())
	uid3, err := s.AppendDraft(ctx, "Drafts", raw2, "1@example.com")
	if err != nil || uid3 == uid1 {
		t.Errorf("AppendDraft(substring id) = %d, %v; want a new UID", uid3, err)
	}
	if _, err := s.AppendDraft(ctx, "Drafts", raw2, "other@example.com"); err == nil {
		t.Error("AppendDraft() with a Message-ID not in the message succeeded, want an error")
	}
}

func TestDovecotDeleteDraftOnlyThatOne(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	userDraft := mail("user-draft@example.com", "My own notes", now)
	d.Append(t, "Drafts", userDraft, now, imap.FlagDraft)
	// The user marked this one deleted in a client that does not expunge:
	// a plain EXPUNGE would take it too.
	markedDeleted := mail("marked@example.com", "Marked", now)
	d.Append(t, "Drafts", markedDeleted, now, imap.FlagDraft, imap.FlagDeleted)

	s, _ := dial(t, d)
	ctx := testCtx(t)
	ours, err := s.AppendDraft(ctx, "Drafts", mail("hb-1@example.com", "Re: Interview", now), "hb-1@example.com")
	if err != nil {
		t.Fatalf("AppendDraft() = %v", err)
	}
	if err := s.DeleteDraft(ctx, "Drafts", ours, "other@example.com"); err == nil {
		t.Fatal("DeleteDraft() with the wrong Message-ID succeeded, want a refusal")
	}
	if n := len(d.Messages(t, "Drafts")); n != 3 {
		t.Fatalf("after refused delete Drafts holds %d messages, want 3", n)
	}
	if err := s.DeleteDraft(ctx, "Drafts", ours, "<hb-1@example.com>"); err != nil {
		t.Fatalf("DeleteDraft() = %v", err)
	}
	got := d.Messages(t, "Drafts")
	if len(got) != 2 || string(got[0]) != string(userDraft) || string(got[1]) != string(markedDeleted) {
		t.Errorf("Drafts after delete holds %d messages, want the user's two untouched", len(got))
	}
	if err := s.DeleteDraft(ctx, "Drafts", ours, "hb-1@example.com"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DeleteDraft() again = %v, want ErrNotFound", err)
	}
}

func TestDovecotDeletedDraftPruned(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	st := openStore(t)
	s, _ := dial(t, d)
	ctx := testCtx(t)
	uid, err := s.AppendDraft(ctx, "Drafts", mail("hb-2@example.com", "Re: Hi", now), "hb-2@example.com")
	if err != nil {
		t.Fatalf("AppendDraft() = %v", err)
	}
	d.Append(t, "Drafts", mail("mine@example.com", "Mine", now), now, imap.FlagDraft)
	stats, err := s.Sync(ctx, st, "personal", now.AddDate(0, 0, -1))
	if err != nil || stats.Drafts.Fetched != 2 {
		t.Fatalf("Sync() = %+v, %v; want 2 drafts", stats.Drafts, err)
	}
	// The user deletes hearback's draft in their mail client.
	c := d.Client(t)
	if _, err := c.Select("Drafts", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if err := c.Store(imap.UIDSetNum(imap.UID(uid)), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Expunge().Close(); err != nil {
		t.Fatal(err)
	}
	c.Logout().Wait()
	c.Close()

	stats, err = s.Sync(ctx, st, "personal", now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Drafts.Pruned != 1 {
		t.Errorf("Sync() drafts = %+v, want 1 pruned", stats.Drafts)
	}
	ids := storedIDs(t, st, store.RoleDrafts)
	if ids["hb-2@example.com"] != 0 || ids["mine@example.com"] != 1 {
		t.Errorf("stored drafts = %v, want only mine@example.com", ids)
	}
}

func TestDovecotWaitForChange(t *testing.T) {
	d := imaptest.StartDovecot(t)
	s, _ := dial(t, d)
	if !s.SupportsIdle() {
		t.Fatal("Dovecot should offer IDLE")
	}
	testWaitForChange(t, d, s)
}

func TestDovecotRestartKillsSession(t *testing.T) {
	d := imaptest.StartDovecot(t)
	s, _ := dial(t, d)
	d.Stop()
	if _, _, err := s.FindByMessageID(testCtx(t), "INBOX", "x@example.com"); err == nil {
		t.Error("FindByMessageID() after the server stopped succeeded, want an error")
	}
	d.Start()
	s2, _ := dial(t, d)
	if _, err := s2.Mailboxes(testCtx(t)); err != nil {
		t.Errorf("Mailboxes() after restart = %v", err)
	}
}

func itoa(u uint32) string {
	if u == 0 {
		return "0"
	}
	var b []byte
	for ; u > 0; u /= 10 {
		b = append([]byte{byte('0' + u%10)}, b...)
	}
	return string(b)
}

// A new session with nothing new asks STATUS of the stored mailboxes
// before it lists them (one pipelined round trip, then LIST), and a stored
// mailbox that is gone from the server answers NO without failing the
// sync.
func TestSyncNewSessionStatusBeforeList(t *testing.T) {
	servers := map[string]imaptest.Server{"dovecot": imaptest.StartDovecot(t), "memserver": imaptest.StartMemServer(t)}
	for name, srv := range servers {
		t.Run(name, func(t *testing.T) {
			now := time.Now()
			srv.CreateMailbox(t, "Sent Items")
			srv.Append(t, "INBOX", mail("in-1@acme.example", "Interview", now), now)
			srv.Append(t, "Sent", mail("sent-1@example.com", "Re: Interview", now), now)
			st := openStore(t)
			ctx := testCtx(t)
			since := now.AddDate(0, 0, -30)
			first, _ := dial(t, srv)
			if _, err := first.Sync(ctx, st, "personal", since); err != nil {
				t.Fatalf("first Sync() = %v", err)
			}

			again, _ := dial(t, srv)
			stats, err := again.Sync(ctx, st, "personal", since)
			if err != nil {
				t.Fatalf("Sync() in a new session = %v", err)
			}
			if n := stats.Inbox.Fetched + stats.Sent.Fetched + stats.Drafts.Fetched; n != 0 {
				t.Errorf("Sync() in a new session fetched %d, want 0", n)
			}
			if stats.RoundTrips != 2 {
				t.Errorf("Sync() in a new session took %d round trips, want 2 (STATUS of all three at once, LIST)", stats.RoundTrips)
			}
			mb, err := again.Mailboxes(ctx)
			if err != nil || mb.Sent != "Sent" {
				t.Fatalf("Mailboxes() after Sync = %+v, %v; want Sent", mb, err)
			}

			// New mail since: the early STATUS shows it, the sync fetches it.
			srv.Append(t, "INBOX", mail("in-2@acme.example", "Re: Interview", now), now)
			third, _ := dial(t, srv)
			if stats, err = third.Sync(ctx, st, "personal", since); err != nil || stats.Inbox.Fetched != 1 {
				t.Fatalf("Sync() after new mail = %+v, %v; want 1 fetched", stats.Inbox, err)
			}

			// The stored Sent mailbox disappears: "Sent Items" takes its
			// role, or (Dovecot creates its special-use mailboxes) a new
			// Sent with another UIDVALIDITY.
			srv.DeleteMailbox(t, "Sent")
			fourth, _ := dial(t, srv)
			stats, err = fourth.Sync(ctx, st, "personal", since)
			if err != nil {
				t.Fatalf("Sync() after the Sent mailbox was deleted = %v", err)
			}
			if !stats.Sent.Resynced || stats.Sent.Mailbox != "Sent Items" && stats.Sent.Mailbox != "Sent" {
				t.Errorf("Sent stats = %+v, want Sent Items or a new Sent, resynced", stats.Sent)
			}
		})
	}
}
