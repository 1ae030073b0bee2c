package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "hearback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func msg(uid uint32, id string, day int) Message {
	return Message{UID: uid, InternalDate: time.Date(2027, 4, day, 0, 0, 0, 0, time.UTC),
		Message: mailmsg.Message{MessageID: id, Subject: "s " + id, Date: time.Date(2027, 4, day, 9, 0, 0, 0, time.UTC),
			From: mailmsg.Address{Name: "A", Email: "a@x.com"}, Excerpt: "hello"}}
}

func TestSyncPositionAndMessages(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	mb := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	if _, ok, err := st.Mailbox(ctx, "p", RoleInbox); ok || err != nil {
		t.Fatalf("Mailbox before sync = %v, %v; want not found", ok, err)
	}
	if err := st.SaveMessages(ctx, mb, []Message{msg(1, "a@x", 1), msg(2, "b@x", 2)}, 2); err != nil {
		t.Fatal(err)
	}
	// Saving the same UIDs again (a retried batch) must not duplicate.
	if err := st.SaveMessages(ctx, mb, []Message{msg(2, "b@x", 2), msg(5, "c@x", 3)}, 5); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.Mailbox(ctx, "p", RoleInbox)
	if err != nil || !ok || got.LastUID != 5 || got.UIDValidity != 7 {
		t.Fatalf("Mailbox = %+v, %v, %v; want last uid 5, validity 7", got, ok, err)
	}
	msgs, err := st.Messages(ctx, "p", time.Date(2027, 4, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[0].MessageID != "b@x" || msgs[1].MessageID != "c@x" || msgs[0].From.Email != "a@x.com" {
		t.Fatalf("Messages since Apr 2 = %+v, want b@x, c@x", msgs)
	}
	// The position never moves backwards.
	if err := st.SaveMessages(ctx, mb, nil, 3); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := st.Mailbox(ctx, "p", RoleInbox); got.LastUID != 5 {
		t.Errorf("last uid after older batch = %d, want 5", got.LastUID)
	}
	// A new UIDVALIDITY forgets the mailbox's messages.
	mb.UIDValidity = 8
	if err := st.ResetMailbox(ctx, mb); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.CountMessages(ctx, "p", RoleInbox); n != 0 {
		t.Errorf("messages after reset = %d, want 0", n)
	}
	if got, _, _ := st.Mailbox(ctx, "p", RoleInbox); got.LastUID != 0 || got.UIDValidity != 8 {
		t.Errorf("mailbox after reset = %+v", got)
	}
}

func TestPruneMessages(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	mb := Mailbox{Account: "p", Role: RoleDrafts, Name: "Drafts", UIDValidity: 1}
	if err := st.SaveMessages(ctx, mb, []Message{msg(1, "a@x", 1), msg(2, "b@x", 2), msg(3, "c@x", 3)}, 3); err != nil {
		t.Fatal(err)
	}
	n, err := st.PruneMessages(ctx, "p", RoleDrafts, []uint32{1, 3})
	if err != nil || n != 1 {
		t.Fatalf("PruneMessages = %d, %v; want 1", n, err)
	}
	if c, _ := st.CountMessages(ctx, "p", RoleDrafts); c != 2 {
		t.Errorf("drafts left = %d, want 2", c)
	}
}

func TestDraftLedger(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	d := Draft{MessageID: "d1@x", ThreadID: "t1", Account: "p", ReplyTo: "b@x", Situation: "unanswered", Nudge: 1,
		Status: DraftPending, Subject: "Re: s", Raw: []byte("raw"), ContentHash: "h"}
	if err := st.AddDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := st.AddDraft(ctx, d); err == nil {
		t.Error("second AddDraft with the same Message-ID succeeded, want error")
	}
	if err := st.SetDraftStatus(ctx, "d1@x", DraftAppended, 42); err != nil {
		t.Fatal(err)
	}
	if err := st.SetDraftStatus(ctx, "missing@x", DraftAppended, 1); err == nil {
		t.Error("SetDraftStatus of an unknown draft succeeded, want error")
	}
	got, err := st.Drafts(ctx, "p")
	if err != nil || len(got) != 1 || got[0].Status != DraftAppended || got[0].UID != 42 || string(got[0].Raw) != "raw" {
		t.Fatalf("Drafts = %+v, %v", got, err)
	}
}

func TestThreadStates(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	until := time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC)
	if err := st.SetThreadState(ctx, ThreadState{ThreadID: "t1", Account: "p", SnoozedUntil: until}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetThreadState(ctx, ThreadState{ThreadID: "t1", Account: "p", Ignored: true, SnoozedUntil: until}); err != nil {
		t.Fatal(err)
	}
	m, err := st.ThreadStates(ctx, "p")
	if err != nil || !m["t1"].Ignored || !m["t1"].SnoozedUntil.Equal(until) {
		t.Fatalf("ThreadStates = %+v, %v", m, err)
	}
	if !m["t1"].HeardAt.IsZero() || m["t1"].HeardNote != "" {
		t.Errorf("never heard, but HeardAt = %v, HeardNote = %q", m["t1"].HeardAt, m["t1"].HeardNote)
	}
	// `hearback heard`, and later a resume: the heard stays.
	heard := time.Date(2027, 4, 20, 14, 30, 0, 0, time.UTC)
	ts := m["t1"]
	ts.HeardAt, ts.HeardNote = heard, "they called me"
	if err := st.SetThreadState(ctx, ts); err != nil {
		t.Fatal(err)
	}
	ts.Ignored, ts.SnoozedUntil = false, time.Time{}
	if err := st.SetThreadState(ctx, ts); err != nil {
		t.Fatal(err)
	}
	m, err = st.ThreadStates(ctx, "p")
	if got := m["t1"]; err != nil || got.Ignored || !got.SnoozedUntil.IsZero() || !got.HeardAt.Equal(heard) || got.HeardNote != "they called me" {
		t.Fatalf("ThreadStates after heard and resume = %+v, %v", got, err)
	}
}

// A draft keeps the heard it answered.
func TestDraftHeardAt(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	heard := time.Date(2027, 4, 20, 14, 30, 0, 0, time.UTC)
	for _, d := range []Draft{
		{MessageID: "d1@x", ThreadID: "t1", Account: "p", Status: DraftWithdrawn, Raw: []byte("raw")},
		{MessageID: "d2@x", ThreadID: "t1", Account: "p", Status: DraftPending, Raw: []byte("raw"), HeardAt: heard},
	} {
		if err := st.AddDraft(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.Drafts(ctx, "p")
	if err != nil || len(got) != 2 {
		t.Fatalf("Drafts = %+v, %v", got, err)
	}
	for _, d := range got {
		if want := map[string]time.Time{"d2@x": heard}[d.MessageID]; !d.HeardAt.Equal(want) {
			t.Errorf("draft %s: HeardAt = %v, want %v", d.MessageID, d.HeardAt, want)
		}
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, err = Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open(newer schema) error = %v, want one naming the file and 'newer'", err)
	}
}

func TestOpenCorruptFileNamesIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not sqlite ", 300)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open(corrupt) error = %v, want one naming %s", err, path)
	}
}
