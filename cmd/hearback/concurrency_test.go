package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// Four `hearback check` processes started together on 30 due threads
// write 30 drafts, one per thread: the check lock lets one plan and draft
// at a time, and the others then find the drafts in the ledger. Before the
// lock this wrote up to four per thread.
func TestConcurrentChecksDraftOnceDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const n, procs = 30, 4
	seed(t, d, dueThreads(n))
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: d.Port()}}, "")
	bin := buildHearback(t)

	ps := make([]*proc, procs)
	for i := range ps {
		ps[i] = startProc(t, bin, nil, "--config", cfgPath, "check", "--now", dueNow)
	}
	waited := 0
	for i, p := range ps {
		if code, _ := p.wait(t, 120*time.Second); code != exitOK {
			t.Errorf("check %d exited %d; log:\n%s", i, code, p.log.String())
		}
		waited += p.log.count("waiting for another check to finish")
	}
	byReply, total := draftsByReply(t, d)
	if total != n {
		t.Errorf("Drafts holds %d messages after %d concurrent checks, want %d", total, procs, n)
	}
	for i := range n {
		if irt := fmt.Sprintf("m%03d@example.com", i); byReply[irt] != 1 {
			t.Errorf("thread %d has %d drafts, want 1", i, byReply[irt])
		}
	}
	if waited == 0 {
		t.Errorf("no check logged waiting for another: the %d checks did not overlap, the test proves nothing", procs)
	}
	st := openTestStore(t, dbPath)
	ds, err := st.Drafts(context.Background(), "personal")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != n {
		t.Errorf("ledger holds %d drafts, want %d", len(ds), n)
	}
}

// A check that cannot get the lock within --wait exits 1 and says who
// holds it; a dry run does not need the lock.
func TestCheckWaitsForLockDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, dueThreads(2))
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: d.Port()}}, "")
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lock, err := st.LockCheck(context.Background(), "hearback run (scheduled check)", time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, _, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow, "--wait", "1s")
	if code != exitRuntime || !strings.Contains(stderr, "another hearback check is running") ||
		!strings.Contains(stderr, "hearback run (scheduled check)") {
		t.Errorf("check while locked: exit %d, stderr %q; want 1 and a message naming the running check", code, stderr)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("check gave up after %v, before its --wait of 1s", took)
	}
	if code, out, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow, "--dry-run", "--wait", "0s"); code != exitOK ||
		!strings.Contains(out, "would draft") {
		t.Errorf("dry run while locked: exit %d, stdout %q, stderr %q; want 0 and the drafts it would write", code, out, stderr)
	}
	lock.Release()
	if code, _, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow, "--wait", "0s"); code != exitOK {
		t.Errorf("check after release: exit %d, stderr %q", code, stderr)
	}
	if _, total := draftsByReply(t, d); total != 2 {
		t.Errorf("Drafts holds %d, want 2", total)
	}
	if code, _, stderr := runCLI(t, "--config", cfgPath, "check", "--wait", "-1s"); code != exitConfig || !strings.Contains(stderr, "--wait") {
		t.Errorf("--wait -1s: exit %d, stderr %q; want 2 naming the flag", code, stderr)
	}
}
