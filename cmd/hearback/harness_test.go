package main

// Helpers for the service and fault tests: a configuration writer that
// takes any server address, seeding of many due threads, the real binary
// as a subprocess, and a log sink that tests can wait on.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/watcher"
)

// acctSpec is one account of a test configuration.
type acctSpec struct {
	name     string
	port     int
	password string // written to a password file; "" means the test user's
	extra    string // more YAML lines for the account, indented by 4
}

// writeTestConfig writes a config with the given accounts (all on
// 127.0.0.1, tls none) and returns its path and the database path.
func writeTestConfig(t *testing.T, dir string, accts []acctSpec, extra string) (cfgPath, dbPath string) {
	t.Helper()
	dbPath = filepath.Join(dir, "state", "hearback.db")
	var b strings.Builder
	// The dashboard on a free port: the service tests start and stop it
	// too, and never take the real one's.
	fmt.Fprintf(&b, "database: %s\ntimezone: America/New_York\nschedule: \"0 9 * * 1-5\"\nweb:\n  listen: \"127.0.0.1:0\"\n%s", dbPath, extra)
	b.WriteString("followup:\n  first_after: 5\n  next_after: 7\n  max_nudges: 2\n  lookback_days: 120\naccounts:\n")
	for _, a := range accts {
		pw := a.password
		if pw == "" {
			pw = imaptest.Password
		}
		pwFile := filepath.Join(dir, a.name+".password")
		if err := os.WriteFile(pwFile, []byte(pw+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, `  - name: %s
    host: 127.0.0.1
    port: %d
    tls: none
    username: %s
    password_file: %s
    from_name: Alex Rivera
    addresses: [me@example.com, me.alias@example.com]
%s`, a.name, a.port, imaptest.Username, pwFile, a.extra)
	}
	cfgPath = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfgPath, dbPath
}

// dueNow is when every thread of dueThreads is due for a first nudge.
const dueNow = "2027-04-21T10:00:00-04:00"

// dueThreads is n copies of check_test.go's thread B: a recruiter wrote,
// I answered on April 9th, nothing since: due at dueNow.
func dueThreads(n int) []mailFixture {
	var out []mailFixture
	for i := range n {
		rid := fmt.Sprintf("r%03d@corp%03d.io", i, i)
		out = append(out,
			mailFixture{mailbox: "INBOX", from: fmt.Sprintf("Recruiter %03d <hr%03d@corp%03d.io>", i, i, i), to: me,
				subject: fmt.Sprintf("Data Engineer role at Corp%03d", i), date: apr(8, 11, 0), id: rid,
				body: "Hi Alex,\n\nI'm a recruiter at Corp. We're hiring a Data Engineer and your background looks like a great fit. Would you be open to a call?\n\nSam"},
			mailFixture{mailbox: "Sent", from: me, to: fmt.Sprintf("Recruiter %03d <hr%03d@corp%03d.io>", i, i, i),
				subject: fmt.Sprintf("Re: Data Engineer role at Corp%03d", i), date: apr(9, 10, 0),
				id: fmt.Sprintf("m%03d@example.com", i), irt: rid, refs: "<" + rid + ">",
				body: "Hi,\n\nYes, I'd love to chat about the role. I'm free most afternoons next week.\n\nAlex"})
	}
	return out
}

// seed appends fixtures over one connection (a login per message would
// make seeding hundreds slow).
func seed(t *testing.T, d *imaptest.Dovecot, fixtures []mailFixture) {
	t.Helper()
	c := d.Client(t)
	defer func() {
		c.Logout().Wait()
		c.Close()
	}()
	for _, f := range fixtures {
		raw := f.raw()
		cmd := c.Append(f.mailbox, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: f.date})
		if _, err := cmd.Write(raw); err != nil {
			t.Fatalf("seed %s: %v", f.id, err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("seed %s: %v", f.id, err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("seed %s: %v", f.id, err)
		}
	}
}

// draftsByReply reads Drafts and counts drafts per In-Reply-To.
func draftsByReply(t *testing.T, d *imaptest.Dovecot) (map[string]int, int) {
	t.Helper()
	raws := d.Messages(t, "Drafts")
	out := map[string]int{}
	for _, raw := range raws {
		h := parseDrafts(t, [][]byte{raw})
		for irt := range h {
			out[irt]++
		}
	}
	return out, len(raws)
}

// logSink is a goroutine-safe writer that tests can wait on.
type logSink struct {
	mu   sync.Mutex
	b    bytes.Buffer
	wake chan struct{}
}

func newLogSink() *logSink { return &logSink{wake: make(chan struct{}, 1)} }

func (l *logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	l.b.Write(p)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// count is how many lines contain all of subs.
func (l *logSink) count(subs ...string) int {
	n := 0
	for _, line := range strings.Split(l.String(), "\n") {
		ok := line != ""
		for _, s := range subs {
			ok = ok && strings.Contains(line, s)
		}
		if ok {
			n++
		}
	}
	return n
}

// waitFor waits until n lines contain all of subs, failing the test after
// timeout.
func (l *logSink) waitFor(t *testing.T, timeout time.Duration, n int, subs ...string) {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for l.count(subs...) < n {
		select {
		case <-l.wake:
		case <-deadline.C:
			t.Fatalf("waited %v for %d log line(s) with %q; log:\n%s", timeout, n, subs, l.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// daemonRun runs `hearback run` in this process until stop is called,
// which cancels it as SIGTERM would and returns the exit code and how
// long the stop took.
func daemonRun(t *testing.T, args ...string) (log *logSink, stop func() (int, time.Duration)) {
	t.Helper()
	return daemonRunWith(t, watcher.Dialer{}, args...)
}

// daemonRunWith is daemonRun with d's IMAP time limits.
func daemonRunWith(t *testing.T, d watcher.Dialer, args ...string) (log *logSink, stop func() (int, time.Duration)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log = newLogSink()
	var out bytes.Buffer
	done := make(chan int, 1)
	g := &globals{stdout: &out, stderr: log, stopSignals: func() {}, dialer: d}
	go func() { done <- runWith(ctx, g, append(args, "run")) }()
	var once sync.Once
	var code int
	var took time.Duration
	stop = func() (int, time.Duration) {
		once.Do(func() {
			start := time.Now()
			cancel()
			select {
			case code = <-done:
			case <-time.After(15 * time.Second):
				t.Fatalf("hearback run did not stop within 15s of cancel; log:\n%s", log.String())
			}
			took = time.Since(start)
		})
		return code, took
	}
	t.Cleanup(func() { stop() })
	return log, stop
}

// runCLIWith is runCLI with d's IMAP time limits, for tests of a stalled
// or silent server that must not wait the production minutes.
func runCLIWith(t *testing.T, d watcher.Dialer, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runWith(context.Background(), &globals{stdout: &out, stderr: &errb, stopSignals: func() {}, dialer: d}, args)
	return code, out.String(), errb.String()
}

// buildHearback builds the binary into a temporary directory, without the
// race detector: subprocess tests exercise the process, not the data
// races, which the in-process tests cover.
func buildHearback(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "hearback")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is hearback running as a subprocess with its stderr in a logSink.
type proc struct {
	cmd  *exec.Cmd
	log  *logSink
	done chan struct{}
	err  error
}

func startProc(t *testing.T, bin string, env []string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), log: newLogSink(), done: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout = io.Discard
	pr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	go func() {
		// Line by line, so that waiters see whole lines.
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			p.log.Write(append(sc.Bytes(), '\n'))
		}
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// wait waits for the process to exit and returns its exit code (-1 when a
// signal ended it) and how long the wait took.
func (p *proc) wait(t *testing.T, timeout time.Duration) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	select {
	case <-p.done:
	case <-time.After(timeout):
		t.Fatalf("hearback did not exit within %v; log:\n%s", timeout, p.log.String())
	}
	return p.cmd.ProcessState.ExitCode(), time.Since(start)
}
