package store

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLockCheckOneAtATime(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"file", ":memory:"} {
		t.Run(path, func(t *testing.T) {
			var st *Store
			if path == ":memory:" {
				var err error
				if st, err = Open(ctx, ":memory:"); err != nil {
					t.Fatal(err)
				}
				defer st.Close()
			} else {
				st = openTemp(t)
			}
			first, err := st.LockCheck(ctx, "first check", time.Second, nil)
			if err != nil {
				t.Fatalf("LockCheck() = %v", err)
			}
			var told string
			start := time.Now()
			_, err = st.LockCheck(ctx, "second check", 300*time.Millisecond, func(h string) { told = h })
			if !errors.Is(err, ErrCheckRunning) {
				t.Fatalf("second LockCheck() = %v, want ErrCheckRunning", err)
			}
			if waited := time.Since(start); waited < 300*time.Millisecond || waited > 3*time.Second {
				t.Errorf("second LockCheck() gave up after %v, want about 300ms", waited)
			}
			if path == "file" && (!strings.Contains(told, "first check") || !strings.Contains(err.Error(), "first check")) {
				t.Errorf("waiter told %q, error %q; want both to name the holder %q", told, err, "first check")
			}

			// Released while the second one waits: it gets in.
			go func() {
				time.Sleep(200 * time.Millisecond)
				first.Release()
			}()
			second, err := st.LockCheck(ctx, "second check", 5*time.Second, nil)
			if err != nil {
				t.Fatalf("LockCheck() after Release = %v", err)
			}
			second.Release()
			second.Release() // twice is harmless

			cctx, cancel := context.WithCancel(ctx)
			held, _ := st.LockCheck(ctx, "held", time.Second, nil)
			cancel()
			if _, err := st.LockCheck(cctx, "cancelled", time.Minute, nil); !errors.Is(err, context.Canceled) {
				t.Errorf("LockCheck(cancelled ctx) = %v, want context.Canceled", err)
			}
			held.Release()
		})
	}
}

// Two store handles of one file (two processes, or `run` and a check in
// one) exclude each other.
func TestLockCheckTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	la, err := a.LockCheck(ctx, "a", time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.LockCheck(ctx, "b", 100*time.Millisecond, nil); !errors.Is(err, ErrCheckRunning) {
		t.Errorf("second handle's LockCheck() = %v, want ErrCheckRunning", err)
	}
	la.Release()
	lb, err := b.LockCheck(ctx, "b", time.Second, nil)
	if err != nil {
		t.Errorf("second handle after release: %v", err)
	}
	lb.Release()
	if fi, err := os.Stat(path + ".lock"); err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("lock file mode = %v, %v; want no access for group and others", fi.Mode(), err)
	}
}

// A check process that dies (SIGKILL) releases the lock with it.
func TestLockCheckAcrossProcesses(t *testing.T) {
	if os.Getenv("HEARBACK_LOCK_HELPER") != "" {
		return
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldCheckLock$")
	cmd.Env = append(os.Environ(), "HEARBACK_LOCK_HELPER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "locked" {
	}
	_, err = st.LockCheck(ctx, "parent", 200*time.Millisecond, nil)
	if !errors.Is(err, ErrCheckRunning) || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", cmd.Process.Pid)) {
		t.Fatalf("LockCheck() while the child holds it = %v, want ErrCheckRunning naming pid %d", err, cmd.Process.Pid)
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := st.LockCheck(ctx, "parent", 2*time.Second, nil)
	if err != nil {
		t.Fatalf("LockCheck() after the holder was killed = %v", err)
	}
	l.Release()
}

// TestHelperHoldCheckLock is the child of TestLockCheckAcrossProcesses.
func TestHelperHoldCheckLock(t *testing.T) {
	path := os.Getenv("HEARBACK_LOCK_HELPER")
	if path == "" {
		t.Skip("helper process of TestLockCheckAcrossProcesses")
	}
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.LockCheck(context.Background(), "child", time.Second, nil); err != nil {
		t.Fatal(err)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
}

func openDraft(thread, id string, created int64) Draft {
	return Draft{MessageID: id, ThreadID: thread, Account: "p", ReplyTo: "r@x", Situation: "unanswered", Nudge: 1,
		Status: DraftPending, Subject: "Re: s", Raw: []byte("x"), ContentHash: "h", CreatedAt: time.Unix(created, 0)}
}

// The schema allows one open draft per thread, whatever the code does.
func TestOneOpenDraftPerThread(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	if err := st.AddDraft(ctx, openDraft("t1", "<a@x>", 100)); err != nil {
		t.Fatal(err)
	}
	err := st.AddDraft(ctx, openDraft("t1", "<b@x>", 101))
	if !errors.Is(err, ErrDraftOpen) {
		t.Fatalf("second open draft of a thread: AddDraft() = %v, want ErrDraftOpen", err)
	}
	if err := st.AddDraft(ctx, openDraft("t2", "<c@x>", 102)); err != nil {
		t.Errorf("another thread's draft: %v", err)
	}
	// Once the first is settled (sent, deleted, withdrawn), the next may come.
	if err := st.SetDraftStatus(ctx, "<a@x>", DraftSent, 0); err != nil {
		t.Fatal(err)
	}
	if err := st.AddDraft(ctx, openDraft("t1", "<b@x>", 103)); err != nil {
		t.Errorf("after the first was sent: AddDraft() = %v", err)
	}
	// A reused Message-ID is another error, not "the thread has one".
	if err := st.AddDraft(ctx, openDraft("t3", "<c@x>", 104)); err == nil || errors.Is(err, ErrDraftOpen) {
		t.Errorf("duplicate Message-ID: AddDraft() = %v, want a primary-key error", err)
	}
}

// A version-3 database with two open drafts of one thread (written by two
// checks at once before the lock) migrates: the later one becomes
// "duplicate", and the unique index holds from then on.
func TestMigrateMarksDuplicateDrafts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:3] {
		if _, err := raw.Exec(m); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`PRAGMA user_version = 3`); err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct {
		id, thread, status string
		created            int64
	}{
		{"<a1@x>", "t1", DraftAppended, 100}, {"<a2@x>", "t1", DraftAppended, 100}, {"<a3@x>", "t1", DraftPending, 101},
		{"<b1@x>", "t2", DraftSent, 90}, {"<b2@x>", "t2", DraftAppended, 95},
	} {
		if _, err := raw.Exec(`INSERT INTO drafts(message_id, thread_id, account, reply_to, situation, nudge, status,
			subject, raw, content_hash, uid, created_at, updated_at) VALUES (?, ?, 'p', 'r', 'unanswered', 1, ?, 's', x'00', 'h', 0, ?, ?)`,
			d.id, d.thread, d.status, d.created, d.created); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(v3 with duplicates) = %v", err)
	}
	defer st.Close()
	ds, err := st.Drafts(ctx, "p")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range ds {
		got[d.MessageID] = d.Status
	}
	want := map[string]string{"<a1@x>": DraftAppended, "<a2@x>": DraftDuplicate, "<a3@x>": DraftDuplicate,
		"<b1@x>": DraftSent, "<b2@x>": DraftAppended}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("after migration %s is %q, want %q", id, got[id], w)
		}
	}
	if err := st.AddDraft(ctx, openDraft("t1", "<a4@x>", 200)); !errors.Is(err, ErrDraftOpen) {
		t.Errorf("AddDraft() after migration = %v, want ErrDraftOpen", err)
	}
}
