package main

import (
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/faultproxy"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/watcher"
)

// notifySocket listens where systemd would for sd_notify datagrams.
type notifySocket struct {
	path string
	mu   sync.Mutex
	msgs []string
	wake chan struct{}
}

func listenNotify(t *testing.T) *notifySocket {
	t.Helper()
	// Unix socket paths are short (108 bytes): not under t.TempDir().
	dir, err := os.MkdirTemp("", "hbn")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	ns := &notifySocket{path: filepath.Join(dir, "notify"), wake: make(chan struct{}, 1)}
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: ns.path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return
			}
			ns.mu.Lock()
			ns.msgs = append(ns.msgs, string(buf[:n]))
			ns.mu.Unlock()
			select {
			case ns.wake <- struct{}{}:
			default:
			}
		}
	}()
	return ns
}

// count is how many datagrams contain every one of subs.
func (ns *notifySocket) count(subs ...string) int {
	ns.mu.Lock()
	defer ns.mu.Unlock()
	n := 0
	for _, m := range ns.msgs {
		ok := true
		for _, s := range subs {
			ok = ok && strings.Contains(m, s)
		}
		if ok {
			n++
		}
	}
	return n
}

func (ns *notifySocket) waitFor(t *testing.T, timeout time.Duration, n int, subs ...string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for ns.count(subs...) < n {
		if time.Now().After(deadline) {
			ns.mu.Lock()
			defer ns.mu.Unlock()
			t.Fatalf("waited %v for %d notify message(s) with %q; got %q", timeout, n, subs, ns.msgs)
		}
		select {
		case <-ns.wake:
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// The real process under a pretend systemd: READY, STATUS and WATCHDOG
// over NOTIFY_SOCKET, no timestamps under journald, SIGHUP with a broken
// config keeps the running one, SIGHUP with a good one applies it, and
// SIGTERM stops it within 5 s with exit code 0.
func TestRunServiceLifecycle(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, interviewMailbox)
	dir := t.TempDir()
	cfgPath, _ := writeTestConfig(t, dir, []acctSpec{{name: "personal", port: d.Port()}}, "")
	good, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	bin := buildHearback(t)
	ns := listenNotify(t)
	hb := startProc(t, bin, []string{
		"NOTIFY_SOCKET=" + ns.path,
		"WATCHDOG_USEC=400000", // a ping every 200ms
		"JOURNAL_STREAM=8:12345",
	}, "--config", cfgPath, "run")

	ns.waitFor(t, 10*time.Second, 1, "READY=1")
	ns.waitFor(t, 10*time.Second, 1, "STATUS=personal: watching")
	ns.waitFor(t, 5*time.Second, 3, "WATCHDOG=1")
	hb.log.waitFor(t, 10*time.Second, 1, "msg=synced account=personal")
	// The dashboard runs with the service.
	hb.log.waitFor(t, 10*time.Second, 1, "dashboard listening")
	getDashboard(t, hb.log.String())

	// A broken config: reported, the running one kept.
	if err := os.WriteFile(cfgPath, []byte("schedule: every day\naccounts: []\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	hb.cmd.Process.Signal(syscall.SIGHUP)
	hb.log.waitFor(t, 10*time.Second, 1, "configuration reload failed; keeping the running configuration")
	ns.waitFor(t, 5*time.Second, 1, "RELOADING=1")
	ns.waitFor(t, 5*time.Second, 2, "READY=1")
	if !strings.Contains(hb.log.String(), "schedule") {
		t.Errorf("the reload error does not name the bad key:\n%s", hb.log.String())
	}

	// A good config with a new schedule: applied.
	changed := strings.Replace(string(good), `schedule: "0 9 * * 1-5"`, `schedule: "30 8 * * *"`, 1)
	if err := os.WriteFile(cfgPath, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	hb.cmd.Process.Signal(syscall.SIGHUP)
	hb.log.waitFor(t, 10*time.Second, 1, "configuration reloaded")
	hb.log.waitFor(t, 10*time.Second, 1, `schedule="30 8 * * *"`)
	ns.waitFor(t, 10*time.Second, 3, "READY=1")
	ns.waitFor(t, 10*time.Second, 1, "next check", ":30")
	// A reload restarts the dashboard with the new configuration.
	hb.log.waitFor(t, 10*time.Second, 2, "dashboard listening")
	getDashboard(t, hb.log.String())

	hb.cmd.Process.Signal(syscall.SIGTERM)
	code, took := hb.wait(t, 10*time.Second)
	if code != exitOK || took > 5*time.Second {
		t.Errorf("after SIGTERM: exit %d in %v, want 0 within 5s", code, took)
	}
	if ns.count("STOPPING=1") != 1 {
		t.Errorf("no STOPPING=1 sent")
	}
	// journald adds its own timestamps: hearback must not add a second.
	for _, line := range strings.Split(strings.TrimSpace(hb.log.String()), "\n") {
		if strings.HasPrefix(line, "time=") || strings.Contains(line, " time=") {
			t.Errorf("a log line under JOURNAL_STREAM has a timestamp: %s", line)
		}
		if !strings.HasPrefix(line, "level=") {
			t.Errorf("log line not in logfmt: %s", line)
		}
	}
	t.Logf("log:\n%s", hb.log.String())
}

// Outside journald, log lines carry their own timestamp.
func TestLogTimestampsOutsideJournald(t *testing.T) {
	t.Setenv("JOURNAL_STREAM", "")
	var b strings.Builder
	g := &globals{stderr: &b}
	g.logger(nil).Info("hello")
	if !strings.HasPrefix(b.String(), "time=") {
		t.Errorf("log line %q lacks a timestamp", b.String())
	}
	b.Reset()
	t.Setenv("JOURNAL_STREAM", "8:1234")
	g.logger(nil).Info("hello")
	if strings.Contains(b.String(), "time=") {
		t.Errorf("log line %q under journald has a timestamp", b.String())
	}
}

// A rejected login stops that account only: no retries for it, while the
// other account keeps syncing (and picks up new mail).
func TestRunAuthFailureIsPermanentPerAccount(t *testing.T) {
	d := imaptest.StartDovecot(t)
	seed(t, d, interviewMailbox)
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{
		{name: "good", port: d.Port()},
		{name: "bad", port: d.Port(), password: "wrong-password-77"},
	}, "")
	log, stop := daemonRun(t, "--config", cfgPath)
	log.waitFor(t, 10*time.Second, 1, "login rejected", "account=bad")
	log.waitFor(t, 10*time.Second, 1, "msg=synced account=good")
	// Long enough for several backoff rounds (1-2s, 2-4s) had it retried.
	time.Sleep(3 * time.Second)
	if n := log.count("login rejected", "account=bad"); n != 1 {
		t.Errorf("login rejected logged %d times for the bad account, want 1 (no retries)", n)
	}
	if n := strings.Count(d.Log(), "auth failed"); n > 1 {
		t.Errorf("Dovecot saw %d failed logins, want 1", n)
	}
	late := mailFixture{mailbox: "INBOX", from: "Kay <kay@k.io>", to: me, subject: "Call?", date: apr(20, 9, 0),
		id: "late@k.io", body: "Free for a call?"}
	d.Append(t, "INBOX", late.raw(), late.date)
	log.waitFor(t, 15*time.Second, 1, "msg=synced account=good new=1")
	if strings.Contains(log.String(), "wrong-password-77") {
		t.Errorf("the log holds the password")
	}
	if code, took := stop(); code != exitOK || took > 5*time.Second {
		t.Errorf("stop: exit %d in %v", code, took)
	}
}

// A server that goes silent while hearback idles (a NAT that keeps the TCP
// connection but forwards nothing: keepalive cannot see it): the IDLE
// watchdog's NOOP times out, hearback reconnects once traffic flows again,
// and new mail arrives in the store. Watchdog and timeouts are shortened
// from minutes to a second.
func TestRunIdleWatchdogNoticesSilentServer(t *testing.T) {
	d := imaptest.StartDovecot(t)
	p := faultproxy.Start(t, d.Addr())
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: p.Port()}}, "")
	short := watcher.Dialer{CommandTimeout: time.Second, AppendTimeout: time.Second, IdleSlice: time.Second}
	log, stop := daemonRunWith(t, short, "--config", cfgPath)
	log.waitFor(t, 10*time.Second, 1, "hearback running")
	// Let it settle into IDLE, then silence the line.
	time.Sleep(500 * time.Millisecond)
	p.Stall()
	start := time.Now()
	log.waitFor(t, 10*time.Second, 1, "connection lost; reconnecting", "no answer from")
	noticed := time.Since(start)
	p.Resume()
	late := mailFixture{mailbox: "INBOX", from: "Kay <kay@k.io>", to: me, subject: "Call?", date: apr(20, 9, 0),
		id: "late@k.io", body: "Free for a call?"}
	d.Append(t, "INBOX", late.raw(), late.date)
	st := openTestStore(t, dbPath)
	waitForCount(t, st, "personal", 1, 15*time.Second, log)
	if code, took := stop(); code != exitOK || took > 5*time.Second {
		t.Errorf("stop: exit %d in %v", code, took)
	}
	t.Logf("silence noticed after %v", noticed.Round(time.Millisecond))
}

// getDashboard GETs the board at the URL of the last "dashboard listening"
// line of log.
func getDashboard(t *testing.T, log string) {
	t.Helper()
	urls := regexp.MustCompile(`msg="dashboard listening" url=(http://127\.0\.0\.1:\d+/)`).FindAllStringSubmatch(log, -1)
	if len(urls) == 0 {
		t.Fatalf("no dashboard URL in the log:\n%s", log)
	}
	u := urls[len(urls)-1][1]
	res, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %d", u, res.StatusCode)
	}
}
