package main

// Fault tests against a real Dovecot: the faults a daemon that runs for
// months meets (server restarts, cut connections, a killed process, a
// renumbered mailbox, a bad database, a server that stops answering).
// Each must end with no duplicate and no lost draft.

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	_ "modernc.org/sqlite"

	"github.com/hearback/hearback/internal/faultproxy"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/watcher"
)

// Dovecot killed (process group, SIGKILL) and restarted while `hearback
// run` is in the middle of its first sync: it reconnects, finishes, and the store holds every
// message once, grouped into the right number of threads.
func TestFaultDovecotRestartMidSync(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const threads = 300 // 600 messages: several FETCH batches of 200
	fixtures := dueThreads(threads)
	seed(t, d, fixtures)
	dir := t.TempDir()
	cfgPath, dbPath := writeTestConfig(t, dir, []acctSpec{{name: "personal", port: d.Port()}}, "")

	log, stop := daemonRun(t, "--config", cfgPath)
	// Watch the store fill up from a second connection (WAL lets it read
	// while the daemon writes) and stop Dovecot once part of it is in.
	// Opened after the daemon has migrated the new database.
	log.waitFor(t, 10*time.Second, 1, "hearback running")
	st := openTestStore(t, dbPath)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if n, _ := st.CountMessages(context.Background(), "personal", ""); n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing synced within 30s; log:\n%s", log.String())
		}
		time.Sleep(2 * time.Millisecond)
	}
	d.Crash()
	after, _ := st.CountMessages(context.Background(), "personal", "")
	if after >= len(fixtures) {
		t.Fatalf("the sync finished (%d messages) before Dovecot was stopped: the fault did not land mid-sync", after)
	}
	log.waitFor(t, 10*time.Second, 1, "connection lost; reconnecting")
	d.Start()
	log.waitFor(t, 30*time.Second, 1, `msg=synced account=personal`)
	// Mail that arrives after the restart is picked up too (IDLE again).
	late := mailFixture{mailbox: "INBOX", from: "Late Larry <larry@late.io>", to: me, subject: "Backend role",
		date: apr(20, 9, 0), id: "late@late.io", body: "Hi Alex, are you free for a call?"}
	d.Append(t, late.mailbox, late.raw(), late.date, imap.FlagSeen)
	// Usually done in a second or two. But when the kill lands while
	// Dovecot is indexing a mailbox (the first EXAMINE of Sent), the
	// restarted server finds that mailbox's lock files and waits until
	// they go stale, up to two minutes; CI saw the store stop at 301 of
	// 601 for 20 s once. hearback must ride that out, not give up.
	waitForCount(t, st, "personal", len(fixtures)+1, 150*time.Second, log)

	code, took := stop()
	if code != exitOK || took > 5*time.Second {
		t.Errorf("stop: exit %d after %v, want 0 within 5s", code, took)
	}
	msgs, err := st.Messages(context.Background(), "personal", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	var ptrs []*mailmsg.Message
	for i := range msgs {
		ids[msgs[i].MessageID]++
		ptrs = append(ptrs, &msgs[i].Message)
	}
	for id, n := range ids {
		if n != 1 {
			t.Errorf("message %s stored %d times", id, n)
		}
	}
	if len(msgs) != len(fixtures)+1 {
		t.Errorf("store holds %d messages, want %d", len(msgs), len(fixtures)+1)
	}
	groups := mailmsg.Group(ptrs, func(int) string { return "" })
	if len(groups) != threads+1 {
		t.Errorf("store groups into %d threads, want %d", len(groups), threads+1)
	}
	t.Logf("killed Dovecot after %d of %d messages were stored; log:\n%s", after, len(fixtures), log.String())
}

func openTestStore(t *testing.T, path string) *store.Store {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not created", path)
		}
		time.Sleep(10 * time.Millisecond)
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func waitForCount(t *testing.T, st *store.Store, account string, want int, timeout time.Duration, log *logSink) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		inbox, _ := st.CountMessages(context.Background(), account, store.RoleInbox)
		sent, _ := st.CountMessages(context.Background(), account, store.RoleSent)
		if inbox+sent >= want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("store holds %d messages after %v, want %d; log:\n%s", inbox+sent, timeout, want, log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The connection cut in the middle of an APPEND, both ways: the literal
// cut short (the server stores nothing), and the server's OK lost (the
// server stored the draft, hearback never heard). After a second check
// every due thread has exactly one draft.
func TestFaultAppendCut(t *testing.T) {
	tests := []struct {
		name   string
		dir    faultproxy.Direction
		marker string
		n      int64
	}{
		{"literal cut", faultproxy.FromClient, "APPEND", 300},
		{"answer lost", faultproxy.FromServer, "[APPENDUID", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := imaptest.StartDovecot(t)
			seed(t, d, interviewMailbox)
			p := faultproxy.Start(t, d.Addr())
			cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: p.Port()}}, "")
			p.CutAfter(tt.dir, []byte(tt.marker), tt.n)

			code, stdout, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow)
			if p.Cuts() != 1 {
				t.Fatalf("the proxy cut %d connections, want 1\n%s\n%s", p.Cuts(), stdout, stderr)
			}
			if code != exitRuntime {
				t.Errorf("check through a cut connection: exit %d, want %d\n%s\n%s", code, exitRuntime, stdout, stderr)
			}
			code, stdout, stderr = runCLI(t, "--config", cfgPath, "check", "--now", dueNow)
			if code != exitOK {
				t.Fatalf("second check: exit %d\n%s\n%s", code, stdout, stderr)
			}
			byReply, total := draftsByReply(t, d)
			want := []string{"a2@acme.com", "b2@example.com", "c1@greenhouse-mail.io", "i2@initrode.com"}
			if total != len(want) {
				t.Errorf("Drafts holds %d messages, want %d: %v", total, len(want), byReply)
			}
			for _, irt := range want {
				if byReply[irt] != 1 {
					t.Errorf("thread replying to %s has %d drafts, want 1", irt, byReply[irt])
				}
			}
		})
	}
}

// kill -9 of `hearback check` while it appends drafts for 40 due threads,
// then a re-run: every due thread has exactly one draft. The kill lands
// mid-APPEND: after 10 drafts the proxy holds the next APPEND (recorded
// as pending in the ledger, sent, unanswered), the process is killed, and
// then the held APPEND reaches the server, so the server has a draft the
// dead process never heard about: the hardest case for duplicates.
func TestFaultKill9DuringCheck(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const n = 40
	seed(t, d, dueThreads(n))
	px := faultproxy.Start(t, d.Addr())
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: px.Port()}}, "")
	bin := buildHearback(t)

	p := startProc(t, bin, nil, "--config", cfgPath, "check", "--now", dueNow)
	p.log.waitFor(t, 60*time.Second, 10, "draft appended")
	px.StallOn(faultproxy.FromClient, []byte("APPEND"))
	deadline := time.Now().Add(20 * time.Second)
	for !px.Stalled() {
		if time.Now().After(deadline) {
			t.Fatalf("no further APPEND within 20s; log:\n%s", p.log.String())
		}
		time.Sleep(time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	code, _ := p.wait(t, 10*time.Second)
	if code != -1 {
		t.Fatalf("check exited %d before the kill; log:\n%s", code, p.log.String())
	}
	pending := pendingDrafts(t, dbPath)
	if pending != 1 {
		t.Errorf("ledger holds %d pending drafts at the kill, want 1 (the APPEND in flight)", pending)
	}
	px.Resume() // the held APPEND reaches Dovecot now
	deadline = time.Now().Add(10 * time.Second)
	var before int
	for before <= 10 && time.Now().Before(deadline) {
		_, before = draftsByReply(t, d)
		time.Sleep(20 * time.Millisecond)
	}
	if before != 11 {
		t.Fatalf("server holds %d drafts after the held APPEND went through, want 11", before)
	}

	p = startProc(t, bin, nil, "--config", cfgPath, "check", "--now", dueNow)
	if code, _ := p.wait(t, 60*time.Second); code != exitOK {
		t.Fatalf("re-run: exit %d; log:\n%s", code, p.log.String())
	}
	byReply, total := draftsByReply(t, d)
	if total != n {
		t.Errorf("Drafts holds %d messages after the re-run, want %d", total, n)
	}
	for i := range n {
		irt := fmt.Sprintf("m%03d@example.com", i)
		if byReply[irt] != 1 {
			t.Errorf("thread %d has %d drafts, want 1", i, byReply[irt])
		}
	}
	if !strings.Contains(p.log.String(), "draft already in mailbox, not appending again") {
		t.Errorf("the re-run did not find the draft the killed process left behind:\n%s", p.log.String())
	}
	if pendingDrafts(t, dbPath) != 0 {
		t.Errorf("drafts still pending after the re-run")
	}
	t.Logf("killed mid-APPEND with %d drafts on the server (1 of them unconfirmed); the re-run wrote the other %d", before, n-before)
}

// pendingDrafts counts ledger rows whose APPEND was not confirmed.
func pendingDrafts(t *testing.T, dbPath string) int {
	t.Helper()
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	drafts, err := st.Drafts(context.Background(), "personal")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range drafts {
		if d.Status == store.DraftPending {
			n++
		}
	}
	return n
}

// Sent and Drafts deleted and recreated with the same messages (new
// UIDVALIDITY, new UIDs): hearback resyncs and writes no second draft.
func TestFaultUIDValidityChange(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, interviewMailbox)
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: d.Port()}}, "")
	if code, stdout, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow); code != exitOK {
		t.Fatalf("first check: exit %d\n%s\n%s", code, stdout, stderr)
	}
	_, first := draftsByReply(t, d)
	if first != 4 {
		t.Fatalf("first check wrote %d drafts, want 4", first)
	}
	for _, box := range []string{"Sent", "Drafts"} {
		raws := d.Messages(t, box)
		d.DeleteMailbox(t, box)
		d.CreateMailbox(t, box)
		for _, raw := range raws {
			var flags []imap.Flag
			if box == "Drafts" {
				flags = []imap.Flag{imap.FlagDraft}
			}
			d.Append(t, box, raw, time.Now(), append(flags, imap.FlagSeen)...)
		}
	}
	var errb strings.Builder
	var out strings.Builder
	code := run(context.Background(), []string{"--config", cfgPath, "check", "--now", dueNow}, &out, &errb, func() {})
	if code != exitOK {
		t.Fatalf("check after the renumbering: exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	if c := strings.Count(errb.String(), "mailbox changed identity, resyncing"); c != 2 {
		t.Errorf("log reports %d resyncs, want 2 (Sent and Drafts):\n%s", c, errb.String())
	}
	byReply, total := draftsByReply(t, d)
	if total != 4 {
		t.Errorf("Drafts holds %d after the renumbering, want 4: %v\n%s", total, byReply, out.String())
	}
	for irt, c := range byReply {
		if c != 1 {
			t.Errorf("thread replying to %s has %d drafts", irt, c)
		}
	}
}

// The database locked by another process, read-only, or corrupt: the
// error names the file, the exit code is 1, and the server sees no login
// (so nothing can have been written to it).
func TestFaultDatabase(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, interviewMailbox)
	tests := []struct {
		name  string
		fault func(t *testing.T, dbPath string) (undo func())
		want  string // in the error besides the file name
	}{
		{"locked by another process", lockDatabase, "locked"},
		{"corrupt", corruptDatabase, "not a database"},
		{"read-only", readOnlyDatabase, "unable to open database file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: d.Port()}}, "")
			// A database from an earlier, good run (the usual state).
			if code, _, stderr := runCLI(t, "--config", cfgPath, "check", "--dry-run", "--now", dueNow); code != exitOK {
				t.Fatalf("dry run: %s", stderr)
			}
			logins := strings.Count(d.Log(), "Login: user=")
			undo := tt.fault(t, dbPath)
			defer undo()
			start := time.Now()
			code, stdout, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow)
			if code != exitRuntime {
				t.Errorf("exit %d, want %d\n%s\n%s", code, exitRuntime, stdout, stderr)
			}
			if !strings.Contains(stderr, dbPath) || !strings.Contains(strings.ToLower(stderr), tt.want) {
				t.Errorf("stderr does not name %s and say %q:\n%s", dbPath, tt.want, stderr)
			}
			if got := strings.Count(d.Log(), "Login: user="); got != logins {
				t.Errorf("hearback logged in to the server despite the database fault")
			}
			if n := len(d.Messages(t, "Drafts")); n != 0 {
				t.Errorf("Drafts holds %d messages", n)
			}
			t.Logf("failed in %v with: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr))
		})
	}
}

// lockDatabase holds the write lock from another process: this test
// binary, re-executed as TestHelperLockDatabase.
func lockDatabase(t *testing.T, dbPath string) func() {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperLockDatabase$")
	cmd.Env = append(os.Environ(), "HEARBACK_LOCK_DB="+dbPath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := out.Read(buf)
	if !strings.Contains(string(buf[:n]), "locked") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("lock helper said %q", buf[:n])
	}
	return func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
}

// TestHelperLockDatabase is not a test: lockDatabase runs it in a child
// process to hold a write transaction open until killed.
func TestHelperLockDatabase(t *testing.T) {
	path := os.Getenv("HEARBACK_LOCK_DB")
	if path == "" {
		t.Skip("helper process for TestFaultDatabase")
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`UPDATE mailboxes SET last_uid = last_uid`); err != nil {
		t.Fatal(err)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
}

func corruptDatabase(t *testing.T, dbPath string) func() {
	// Garbage over the header and the first pages, WAL included.
	junk := []byte(strings.Repeat("not a database, just bytes ", 400))
	for _, p := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
		os.Remove(p)
	}
	if err := os.WriteFile(dbPath, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	return func() {}
}

// readOnlyDatabase makes the database and its directory read-only. Root
// ignores file modes, so as root the file is made immutable with chattr
// when the file system allows it; otherwise the case is skipped, saying why.
func readOnlyDatabase(t *testing.T, dbPath string) func() {
	dir := filepath.Dir(dbPath)
	if os.Geteuid() != 0 {
		os.Chmod(dbPath, 0o400)
		os.Chmod(dir, 0o500)
		return func() { os.Chmod(dir, 0o700); os.Chmod(dbPath, 0o600) }
	}
	files := []string{dbPath, dbPath + "-wal", dbPath + "-shm", dir}
	var done []string
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			continue
		}
		if out, err := exec.Command("chattr", "+i", f).CombinedOutput(); err != nil {
			for _, g := range done {
				exec.Command("chattr", "-i", g).Run()
			}
			t.Skipf("read-only database as root needs chattr +i, which fails here (%v: %s); run the tests as an ordinary user to cover this case", err, strings.TrimSpace(string(out)))
		}
		done = append(done, f)
	}
	return func() {
		for _, g := range done {
			exec.Command("chattr", "-i", g).Run()
		}
	}
}

// A server that stops answering: per-command timeouts fire (shortened
// here to 1s) and the check fails instead of hanging; once the server
// answers again, every due thread ends up with exactly one draft.
func TestFaultStalledServerTimeouts(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, interviewMailbox)
	p := faultproxy.Start(t, d.Addr())
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: p.Port()}}, "")
	short := watcher.Dialer{CommandTimeout: time.Second, AppendTimeout: time.Second}

	tests := []struct{ name, marker string }{
		{"stall on fetch", "FETCH"},
		{"stall on append", "APPEND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.Resume()
			p.StallOn(faultproxy.FromClient, []byte(tt.marker))
			start := time.Now()
			code, stdout, stderr := runCLIWith(t, short, "--config", cfgPath, "check", "--now", dueNow)
			took := time.Since(start)
			if code != exitRuntime {
				t.Errorf("exit %d, want %d\n%s\n%s", code, exitRuntime, stdout, stderr)
			}
			if !strings.Contains(stdout+stderr, "no answer from") {
				t.Errorf("output does not report the timeout:\n%s\n%s", stdout, stderr)
			}
			if took > 10*time.Second {
				t.Errorf("check took %v against a stalled server with 1s timeouts", took)
			}
		})
	}
	// The server wakes up. Data held during the stall reaches it late,
	// so it may complete an APPEND hearback gave up on, like a slow
	// server would: the next check must find that draft, not add another.
	p.Resume()
	code, stdout, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow)
	if code != exitOK {
		t.Fatalf("check after the server recovered: exit %d\n%s\n%s", code, stdout, stderr)
	}
	byReply, total := draftsByReply(t, d)
	if total != 4 {
		t.Errorf("Drafts holds %d messages, want 4: %v", total, byReply)
	}
	for irt, c := range byReply {
		if c != 1 {
			t.Errorf("thread replying to %s has %d drafts", irt, c)
		}
	}
}

// `hearback run` (the real process) against a server that never answers:
// SIGTERM still ends it within 5 s, with exit code 0.
func TestFaultStalledServerSIGTERM(t *testing.T) {
	d := imaptest.StartDovecot(t)
	p := faultproxy.Start(t, d.Addr())
	p.Stall() // not even a greeting
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: p.Port()}}, "")
	bin := buildHearback(t)
	hb := startProc(t, bin, nil, "--config", cfgPath, "run")
	hb.log.waitFor(t, 10*time.Second, 1, "hearback running")
	// Let it get stuck waiting for the greeting.
	deadline := time.Now().Add(5 * time.Second)
	for p.Accepted() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	hb.cmd.Process.Signal(syscall.SIGTERM)
	code, took := hb.wait(t, 10*time.Second)
	if code != exitOK || took > 5*time.Second {
		t.Errorf("after SIGTERM: exit %d in %v, want 0 within 5s; log:\n%s", code, took, hb.log.String())
	}
	t.Logf("stopped in %v", took.Round(time.Millisecond))
}
