package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// Every function that writes inbox or Sent messages changes the
// generation, in its own transaction; Drafts and writes that change
// nothing leave it.
func TestGenerationBumps(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	inbox := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	drafts := Mailbox{Account: "p", Role: RoleDrafts, Name: "Drafts", UIDValidity: 7}
	old := msg(9, "old@x", 1)
	old.Date = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	steps := []struct {
		name   string
		write  func() error
		bumped bool
	}{
		{"insert", func() error {
			return st.SaveMessages(ctx, inbox, []Message{msg(1, "a@x", 1), msg(2, "b@x", 2), old}, 9)
		}, true},
		{"position only", func() error { return st.SaveMessages(ctx, inbox, nil, 10) }, false},
		{"update", func() error { return st.SaveMessages(ctx, inbox, []Message{msg(2, "b@x", 3)}, 10) }, true},
		{"drafts insert", func() error { return st.SaveMessages(ctx, drafts, []Message{msg(1, "d@x", 1)}, 1) }, false},
		{"drafts prune", func() error { _, err := st.PruneMessages(ctx, "p", RoleDrafts, nil); return err }, false},
		{"prune nothing", func() error { _, err := st.PruneMessages(ctx, "p", RoleInbox, []uint32{1, 2, 9}); return err }, false},
		{"prune", func() error { _, err := st.PruneMessages(ctx, "p", RoleInbox, []uint32{1, 9}); return err }, true},
		{"forget", func() error {
			s, err := st.ForgetThreads(ctx, "p", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), func(string) bool { return false })
			if err == nil && s.Messages != 1 {
				err = fmt.Errorf("forgot %d messages, want 1", s.Messages)
			}
			return err
		}, true},
		{"forget nothing", func() error {
			_, err := st.ForgetThreads(ctx, "p", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), func(string) bool { return false })
			return err
		}, false},
		{"reset", func() error {
			return st.ResetMailbox(ctx, Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 8})
		}, true},
		{"reset empty", func() error {
			return st.ResetMailbox(ctx, Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 9})
		}, false},
		{"drafts reset", func() error {
			return st.ResetMailbox(ctx, Mailbox{Account: "p", Role: RoleDrafts, Name: "Drafts", UIDValidity: 8})
		}, false},
	}
	for _, s := range steps {
		before, err := st.MessagesGeneration(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.write(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		after, _ := st.MessagesGeneration(ctx)
		if (after != before) != s.bumped {
			t.Errorf("%s: generation %d -> %d, want bumped %v", s.name, before, after, s.bumped)
		}
	}
}

// A failed batch leaves the generation as it was: the bump is in the
// batch's transaction.
func TestGenerationRollsBack(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	before, _ := st.MessagesGeneration(ctx)
	bad := msg(1, "a@x", 1)
	bad.Date = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) // no JSON text: encoding fails
	inbox := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	if err := st.SaveMessages(ctx, inbox, []Message{msg(2, "b@x", 1), bad}, 2); err == nil {
		t.Fatal("SaveMessages of an unencodable date succeeded")
	}
	if after, _ := st.MessagesGeneration(ctx); after != before {
		t.Errorf("generation %d -> %d after a failed batch", before, after)
	}
	if n, _ := st.CountMessages(ctx, "p", ""); n != 0 {
		t.Errorf("%d messages stored after a failed batch", n)
	}
}

// A database of schema version 2 (per-row triggers, the Message-ID
// index, rows with tag 0x02) migrates: its rows read back, the triggers
// and index are gone, and writes still change the generation.
func TestMigrateFromV2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:2] {
		if _, err := raw.Exec(m); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`PRAGMA user_version = 2`); err != nil {
		t.Fatal(err)
	}
	m := fullMessage("Thanks, talk soon.")
	m.Date = m.Date.UTC()
	data, err := encodeV2ForTest(&m, []byte("verdict"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO messages(account, role, mailbox, uid_validity, uid, flags, internal_date,
		message_id, date, from_email, subject, data) VALUES ('p', 'inbox', 'INBOX', 7, 1, '\Seen', 0, ?, ?, ?, ?, ?)`,
		m.MessageID, m.Date.Unix(), m.From.Email, m.Subject, data); err != nil {
		t.Fatal(err)
	}
	var genV2 int64
	if err := raw.QueryRow(`SELECT value FROM store_meta WHERE key = 'messages_gen'`).Scan(&genV2); err != nil || genV2 != 1 {
		t.Fatalf("v2 generation = %d, %v; want 1 (trigger)", genV2, err)
	}
	raw.Close()

	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var version int
	if err := st.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil || version != len(migrations) {
		t.Errorf("user_version = %d, %v; want %d", version, err, len(migrations))
	}
	var left []string
	rows, err := st.db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type IN ('trigger', 'index') AND tbl_name = 'messages'
		AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		rows.Scan(&name)
		left = append(left, name)
	}
	rows.Close()
	if want := []string{"messages_by_date"}; !reflect.DeepEqual(left, want) {
		t.Errorf("triggers and indexes on messages = %v, want %v", left, want)
	}
	gen, _ := st.MessagesGeneration(ctx)
	if gen != genV2 {
		t.Errorf("generation %d after the migration, want %d as before", gen, genV2)
	}

	got, err := st.Messages(ctx, "p", time.Time{})
	if err != nil || len(got) != 1 {
		t.Fatalf("Messages = %d, %v", len(got), err)
	}
	if !reflect.DeepEqual(got[0].Message, m) || got[0].Flags[0] != `\Seen` {
		t.Errorf("v2 row read back as %+v, want %+v", got[0].Message, m)
	}
	var heads []Message
	if err := st.EachHead(ctx, "p", time.Time{}, func([]byte) bool { return true }, func(h *Message, full bool) error {
		heads = append(heads, *h)
		return nil
	}); err != nil || len(heads) != 1 || string(heads[0].CachedVerdict) != "verdict" {
		t.Errorf("EachHead = %+v, %v", heads, err)
	}

	// New rows beside the old, and the generation moves with them.
	inbox := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	if err := st.SaveMessages(ctx, inbox, []Message{{UID: 2, InternalDate: m.Date, Message: withoutOutlook(fullMessage("New."))}}, 2); err != nil {
		t.Fatal(err)
	}
	if g, _ := st.MessagesGeneration(ctx); g == gen {
		t.Error("generation unchanged by a new message after the migration")
	}
	if got, err := st.Messages(ctx, "p", time.Time{}); err != nil || len(got) != 2 {
		t.Errorf("Messages after the migration = %d, %v", len(got), err)
	}
	var tags []byte
	rows, err = st.db.QueryContext(ctx, `SELECT substr(data, 1, 1) FROM messages ORDER BY uid`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var b []byte
		rows.Scan(&b)
		tags = append(tags, b...)
	}
	rows.Close()
	if !reflect.DeepEqual(tags, []byte{dataHead, dataHeadV3}) {
		t.Errorf("row tags = %x, want 02 03", tags)
	}
}

// A database of schema version 5 migrates: its thread choices and draft
// ledger read back as they were, never heard from, and the heard columns
// take writes.
func TestMigrateFromV5(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:5] {
		if _, err := raw.Exec(m); err != nil {
			t.Fatal(err)
		}
	}
	snoozed := time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []string{
		`PRAGMA user_version = 5`,
		fmt.Sprintf(`INSERT INTO threads(account, thread_id, ignored, snoozed_until, quiet_notified, approved_recipient)
			VALUES ('p', 't1', 0, %d, 1, 'sam@acme.com')`, snoozed.Unix()),
		`INSERT INTO drafts(message_id, thread_id, account, reply_to, situation, nudge, status, subject, raw, content_hash, uid,
			created_at, updated_at) VALUES ('d1@x', 't1', 'p', 'm1@x', 'unanswered', 1, 'appended', 'Re: Role', 'raw', 'h', 7, 100, 100)`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var version int
	if err := st.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil || version != len(migrations) {
		t.Errorf("user_version = %d, %v; want %d", version, err, len(migrations))
	}
	states, err := st.ThreadStates(ctx, "p")
	want := ThreadState{ThreadID: "t1", Account: "p", SnoozedUntil: time.Unix(snoozed.Unix(), 0), QuietNotified: true,
		ApprovedRecipient: "sam@acme.com"}
	if err != nil || !reflect.DeepEqual(states["t1"], want) {
		t.Errorf("v5 thread state read back as %+v, %v; want %+v", states["t1"], err, want)
	}
	drafts, err := st.Drafts(ctx, "p")
	if err != nil || len(drafts) != 1 || drafts[0].UID != 7 || drafts[0].Status != DraftAppended || !drafts[0].HeardAt.IsZero() {
		t.Errorf("v5 draft ledger read back as %+v, %v", drafts, err)
	}

	heard := time.Unix(time.Date(2027, 4, 20, 14, 30, 0, 0, time.UTC).Unix(), 0)
	ts := states["t1"]
	ts.HeardAt, ts.HeardNote = heard, "they answered on LinkedIn"
	if err := st.SetThreadState(ctx, ts); err != nil {
		t.Fatal(err)
	}
	if err := st.AddDraft(ctx, Draft{MessageID: "d2@x", ThreadID: "t1", Account: "p", Status: DraftWithdrawn, Raw: []byte("raw"),
		HeardAt: heard}); err != nil {
		t.Fatal(err)
	}
	states, _ = st.ThreadStates(ctx, "p")
	if got := states["t1"]; !got.HeardAt.Equal(heard) || got.HeardNote != "they answered on LinkedIn" || got.ApprovedRecipient != "sam@acme.com" {
		t.Errorf("after heard: %+v", got)
	}
	if drafts, _ := st.Drafts(ctx, "p"); len(drafts) != 2 || !drafts[1].HeardAt.Equal(heard) {
		t.Errorf("drafts after the migration = %+v, want the second answering the heard", drafts)
	}
}
