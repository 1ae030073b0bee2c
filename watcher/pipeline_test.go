package watcher

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	_ "modernc.org/sqlite"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// appendMany adds n messages to INBOX over one connection.
func appendMany(t *testing.T, srv *imaptest.MemServer, n int, now time.Time) {
	t.Helper()
	c := srv.Client(t)
	defer c.Close()
	for i := range n {
		raw := mail(fmt.Sprintf("bulk%d@acme.example", i), fmt.Sprintf("Message %d", i), now)
		cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: now})
		if _, err := cmd.Write(raw); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
}

// A first sync of several batches stores every message once, in order,
// and shows its progress on a terminal.
func TestSyncPipelineBatchesAndProgress(t *testing.T) {
	var out bytes.Buffer
	oldOut, oldOn := progressOut, progressOn
	progressOut, progressOn = &out, func() bool { return true }
	defer func() { progressOut, progressOn = oldOut, oldOn }()

	srv := imaptest.StartMemServer(t)
	now := time.Now()
	const n = progressMin + 7 // several batches of fetchBatch, and enough for a progress line
	appendMany(t, srv, n, now)
	s, _ := dial(t, srv)
	st := openStore(t)
	ctx := testCtx(t)
	stats, err := s.Sync(ctx, st, "personal", now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	if stats.Inbox.Fetched != n {
		t.Errorf("Sync() fetched %d, want %d", stats.Inbox.Fetched, n)
	}
	if ids := storedIDs(t, st, store.RoleInbox); len(ids) != n {
		t.Errorf("%d distinct messages stored, want %d", len(ids), n)
	}
	pos, _, err := st.Mailbox(ctx, "personal", store.RoleInbox)
	if err != nil || pos.LastUID < n {
		t.Errorf("position after sync = %+v, %v; want at least %d", pos, err, n)
	}
	if want := fmt.Sprintf("INBOX: first sync %s / %s messages", thousands(n), thousands(n)); !strings.Contains(out.String(), want) {
		t.Errorf("progress output %q lacks %q", out.String(), want)
	}
}

// When storing fails, the transactions before it stay stored with their
// position, none after are, the error is returned, and the connection
// still works: the next sync picks up where the store stopped.
func TestSyncPipelineStoreFailure(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	now := time.Now()
	// One transaction saves storeBatch messages (whole batches); the
	// failure is in the second.
	const saved = storeBatch / fetchBatch * fetchBatch
	const n = saved + fetchBatch + 50
	appendMany(t, srv, n, now)
	s, _ := dial(t, srv)
	dbPath := filepath.Join(t.TempDir(), "hearback.db")
	ctx := testCtx(t)
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	raw, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// The second transaction cannot be stored.
	if _, err := raw.Exec(`CREATE TRIGGER inject_failure BEFORE INSERT ON messages WHEN NEW.uid > ` + fmt.Sprint(saved) +
		` BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sync(ctx, st, "personal", now.AddDate(0, 0, -1)); err == nil || !strings.Contains(err.Error(), "injected failure") {
		t.Fatalf("Sync() = %v, want the injected store failure", err)
	}
	if got := count(t, st, store.RoleInbox); got != saved {
		t.Errorf("stored %d messages after the failure, want the first transaction's (%d)", got, saved)
	}
	pos, _, _ := st.Mailbox(ctx, "personal", store.RoleInbox)
	if pos.LastUID != saved {
		t.Errorf("position after the failure = %d, want %d", pos.LastUID, saved)
	}
	if _, err := raw.Exec(`DROP TRIGGER inject_failure`); err != nil {
		t.Fatal(err)
	}
	stats, err := s.Sync(context.Background(), st, "personal", now.AddDate(0, 0, -1))
	if err != nil {
		t.Fatalf("Sync() after the failure = %v (the connection must survive a store error)", err)
	}
	if stats.Inbox.Fetched != n-saved || count(t, st, store.RoleInbox) != n {
		t.Errorf("second Sync() fetched %d (stored %d), want %d (%d)", stats.Inbox.Fetched, count(t, st, store.RoleInbox), n-saved, n)
	}
}
