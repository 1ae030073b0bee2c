package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/internal/demo"
	"github.com/hearback/hearback/web"
)

// The dashboard and the command line are one: a snooze pressed on the
// dashboard is in `threads --json`, an `ignore` typed on the command line
// moves the card on the board.
func TestDashboardAndCLIAgree(t *testing.T) {
	const now = "2027-04-21T10:00:00-04:00"
	at, _ := time.Parse(time.RFC3339, now)
	mb, err := demo.Start(at)
	if err != nil {
		t.Fatal(err)
	}
	defer mb.Close()
	dir := t.TempDir()
	cfgPath := writeDemoConfig(t, dir, mb, "web:\n  listen: \"127.0.0.1:0\"\n")
	if code, out, errb := runCLI(t, "--config", cfgPath, "check", "--now", now); code != 0 {
		t.Fatalf("check: exit %d\n%s\n%s", code, out, errb)
	}
	views := threadsJSON(t, cfgPath, now)
	jane, priya := views["jane.doe@acme-robotics.com"], views["priya@globex.io"]
	if jane.State != "drafted" || priya.State != "drafted" {
		t.Fatalf("before: jane %s, priya %s; want both drafted", jane.State, priya.State)
	}

	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	e, err := engine.Open(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	h := web.New(web.Options{Config: cfg, Store: e.Store, Now: func() time.Time { return at }})

	// The dashboard's snooze, as a browser on this machine posts it.
	form := url.Values{"for": {"3d"}}
	r := httptest.NewRequest(http.MethodPost, "/thread/"+jane.ID+"/snooze", strings.NewReader(form.Encode()))
	r.Host = "127.0.0.1:7867"
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("POST snooze: %d\n%s", w.Code, w.Body)
	}
	jane = threadsJSON(t, cfgPath, now)["jane.doe@acme-robotics.com"]
	if jane.State != "snoozed" || jane.Due == nil || !jane.Due.Equal(at.Add(72*time.Hour)) {
		t.Errorf("threads --json after the dashboard's snooze: %s due %v; want snoozed until %v", jane.State, jane.Due, at.Add(72*time.Hour))
	}

	// The command line's ignore, on the board.
	if code, out, errb := runCLI(t, "--config", cfgPath, "ignore", priya.ID[:7], "--now", now); code != 0 || !strings.Contains(out, "ignored") {
		t.Fatalf("ignore: exit %d\n%s\n%s", code, out, errb)
	}
	r = httptest.NewRequest(http.MethodGet, "/", nil)
	r.Host = "127.0.0.1:7867"
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	closed := regexp.MustCompile(`(?s)<section class="column col-closed".*?</section>`).FindString(w.Body.String())
	if !strings.Contains(closed, "Priya Patel") || !strings.Contains(closed, "ignored") {
		t.Errorf("after 'hearback ignore', Priya's card is not in Closed, marked ignored:\n%s", closed)
	}
}

// writeDemoConfig writes a config file for the demo mailbox, with extra
// top-level YAML.
func writeDemoConfig(t *testing.T, dir string, mb *demo.Mailbox, extra string) string {
	t.Helper()
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte(mb.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	host, port, _ := strings.Cut(mb.Addr, ":")
	cfg := fmt.Sprintf(`database: %s
timezone: America/New_York
%saccounts:
  - name: demo
    host: %s
    port: %s
    tls: none
    username: %s
    password_file: %s
    from_name: Alex Rivera
`, filepath.Join(dir, "hearback.db"), extra, host, port, demo.User, pw)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// threadsJSON is `threads --json` at now, by counterpart.
func threadsJSON(t *testing.T, cfgPath, now string) map[string]threadView {
	t.Helper()
	code, out, errb := runCLI(t, "--config", cfgPath, "threads", "--json", "--now", now)
	if code != 0 {
		t.Fatalf("threads --json: exit %d\n%s", code, errb)
	}
	var views []threadView
	if err := json.Unmarshal([]byte(out), &views); err != nil {
		t.Fatal(err)
	}
	m := map[string]threadView{}
	for _, v := range views {
		m[v.Counterpart] = v
	}
	return m
}

// `hearback serve` refuses, with exit 2 and the reason, a dashboard off
// loopback without a password or without TLS; it serves one on loopback
// until stopped.
func TestServe(t *testing.T) {
	at := time.Now()
	mb, err := demo.Start(at)
	if err != nil {
		t.Fatal(err)
	}
	defer mb.Close()
	for name, tc := range map[string]struct{ web, want string }{
		"no password": {"web:\n  listen: \"0.0.0.0:7867\"\n", "without a password"},
		"proxy":       {"web:\n  listen: \"127.0.0.1:7867\"\n  behind_proxy: true\n", "web.behind_proxy: a reverse proxy"},
		"no tls":      {"web:\n  listen: \"0.0.0.0:7867\"\n  password_env: HB_WEB_PW\n", "without TLS"},
		"off":         {"web:\n  listen: \"\"\n", "turned off"},
	} {
		cfgPath := writeDemoConfig(t, t.TempDir(), mb, tc.web)
		code, _, errb := runCLI(t, "--config", cfgPath, "serve")
		if code != exitConfig || !strings.Contains(errb, "web.") || !strings.Contains(errb, tc.want) {
			t.Errorf("%s: serve exit %d, stderr %q; want exit 2 saying %q", name, code, errb, tc.want)
		}
	}

	// A password variable that is not set: exit 2 before listening, for
	// serve and for run alike.
	cfgPath := writeDemoConfig(t, t.TempDir(), mb, "web:\n  listen: \"127.0.0.1:0\"\n  password_env: HB_WEB_PW_UNSET\n")
	for _, cmd := range []string{"serve", "run"} {
		if code, _, errb := runCLI(t, "--config", cfgPath, cmd); code != exitConfig || !strings.Contains(errb, "HB_WEB_PW_UNSET") {
			t.Errorf("%s with an unset password variable: exit %d, %q; want exit 2 naming it", cmd, code, errb)
		}
	}

	cfgPath = writeDemoConfig(t, t.TempDir(), mb, "web:\n  listen: \"127.0.0.1:0\"\n")
	ctx, cancel := context.WithCancel(context.Background())
	out := newLogSink()
	done := make(chan int, 1)
	go func() {
		done <- runWith(ctx, &globals{stdout: out, stderr: io.Discard, stopSignals: func() {}}, []string{"--config", cfgPath, "serve"})
	}()
	out.waitFor(t, 10*time.Second, 1, "the dashboard is at")
	u := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(out.String())
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte("Board")) {
		t.Errorf("GET %s: %d\n%s", u, res.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exited %d after cancel, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10s")
	}
}

// `hearback demo --web` prints the dashboard's URL and serves the demo
// mailbox there until stopped.
func TestDemoWeb(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := newLogSink()
	done := make(chan int, 1)
	go func() {
		done <- runWith(ctx, &globals{stdout: out, stderr: io.Discard, stopSignals: func() {}},
			[]string{"demo", "--web", "--listen", "127.0.0.1:0", "--now", "2027-04-21T10:00:00-04:00"})
	}()
	out.waitFor(t, 30*time.Second, 1, "The dashboard of the demo mailbox: http://127.0.0.1:")
	u := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(out.String())
	for _, p := range []string{"", "numbers"} {
		res, err := http.Get(u + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte("demo mailbox")) || !bytes.Contains(body, []byte("Acme Robotics")) && p == "" {
			t.Errorf("GET %s%s: %d\n%s", u, p, res.StatusCode, body)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("demo --web exited %d after Ctrl-C, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo --web did not stop within 10s")
	}
	if code, _, errb := runCLI(t, "demo", "--web", "--listen", "0.0.0.0:7867"); code != exitConfig || !strings.Contains(errb, "loopback") {
		t.Errorf("demo --web --listen 0.0.0.0:7867: exit %d, %q; want exit 2, loopback only", code, errb)
	}
}
