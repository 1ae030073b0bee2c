package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
)

type request struct {
	path   string
	header http.Header
	body   []byte
}

// recorder is a loopback HTTP server that keeps what it was sent.
func recorder(t *testing.T, status int, delay time.Duration) (*httptest.Server, func() []request) {
	t.Helper()
	var mu sync.Mutex
	var got []request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, request{r.URL.Path, r.Header.Clone(), body})
		mu.Unlock()
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []request {
		mu.Lock()
		defer mu.Unlock()
		return append([]request(nil), got...)
	}
}

var event = Event{Kind: Drafted, Account: "personal", ThreadID: "abc123", Subject: "Re: Backend Engineer",
	To: "jane@acme.com", Message: `drafted a follow-up to jane@acme.com: "Re: Backend Engineer"`,
	At: time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)}

func TestNtfyAndWebhook(t *testing.T) {
	ntfySrv, ntfyGot := recorder(t, http.StatusOK, 0)
	hookSrv, hookGot := recorder(t, http.StatusNoContent, 0)
	t.Setenv("HB_TEST_NTFY_TOKEN", "tk_ntfy")
	t.Setenv("HB_TEST_HOOK_TOKEN", "tk_hook")
	var logs bytes.Buffer
	n := New(config.NotifySettings{
		Ntfy:            config.NtfySettings{Server: ntfySrv.URL, Topic: "hb-test-topic", TokenEnv: "HB_TEST_NTFY_TOKEN"},
		Webhook:         config.WebhookSettings{URL: hookSrv.URL + "/hook", TokenEnv: "HB_TEST_HOOK_TOKEN"},
		TimeoutDuration: 5 * time.Second,
	}, slog.New(slog.NewTextHandler(&logs, nil)))
	n.Notify(context.Background(), event)

	nr := ntfyGot()
	if len(nr) != 1 {
		t.Fatalf("ntfy got %d requests, want 1", len(nr))
	}
	if nr[0].path != "/hb-test-topic" || string(nr[0].body) != event.Message {
		t.Errorf("ntfy request = %s %q, want /hb-test-topic %q", nr[0].path, nr[0].body, event.Message)
	}
	if got := nr[0].header.Get("Title"); got != "hearback: follow-up drafted" {
		t.Errorf("ntfy Title = %q", got)
	}
	if got := nr[0].header.Get("Authorization"); got != "Bearer tk_ntfy" {
		t.Errorf("ntfy Authorization = %q", got)
	}

	hr := hookGot()
	if len(hr) != 1 {
		t.Fatalf("webhook got %d requests, want 1", len(hr))
	}
	var back Event
	if err := json.Unmarshal(hr[0].body, &back); err != nil {
		t.Fatalf("webhook body %q: %v", hr[0].body, err)
	}
	if back != event {
		t.Errorf("webhook event = %+v, want %+v", back, event)
	}
	if hr[0].header.Get("Content-Type") != "application/json" || hr[0].header.Get("Authorization") != "Bearer tk_hook" {
		t.Errorf("webhook headers = %v", hr[0].header)
	}
	if !strings.Contains(logs.String(), "drafted a follow-up") {
		t.Errorf("the event did not reach the log:\n%s", logs.String())
	}
}

// A failing or hanging channel is logged, bounded by the timeout, and does
// not stop the other channels.
func TestFailingChannelsDoNotBlock(t *testing.T) {
	hang, _ := recorder(t, http.StatusOK, time.Minute)
	broken, _ := recorder(t, http.StatusInternalServerError, 0)
	good, goodGot := recorder(t, http.StatusOK, 0)
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	n := Multi{
		Guarded{Sender: &Webhook{URL: hang.URL}, Timeout: 200 * time.Millisecond, Log: log},
		Guarded{Sender: &Ntfy{Server: broken.URL, Topic: "t"}, Timeout: time.Second, Log: log},
		Guarded{Sender: &Webhook{URL: "http://127.0.0.1:1/closed"}, Timeout: time.Second, Log: log},
		Guarded{Sender: &Webhook{URL: good.URL}, Timeout: time.Second, Log: log},
	}
	start := time.Now()
	n.Notify(context.Background(), event)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Notify took %v with a hanging channel", d)
	}
	if len(goodGot()) != 1 {
		t.Errorf("the working webhook got %d requests, want 1", len(goodGot()))
	}
	out := logs.String()
	for _, want := range []string{"channel=webhook", "channel=ntfy", "500 Internal Server Error"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if c := strings.Count(out, "notification failed"); c != 3 {
		t.Errorf("%d failures logged, want 3:\n%s", c, out)
	}
}

// The desktop channel runs notify-send with the title and message as
// separate arguments after "--"; a fake notify-send on PATH records them.
func TestDesktopNotifySend(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("notify-send is the Linux/BSD channel")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + out + "\n"
	if err := os.WriteFile(filepath.Join(dir, "notify-send"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	d, err := NewDesktop()
	if err != nil {
		t.Fatal(err)
	}
	e := event
	e.Kind, e.Message = NeedsUser, "-rf `cannot log in`; $(whoami)"
	if err := d.Send(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := "--app-name=hearback\n--urgency=critical\n--\nhearback needs you\n" + e.Message + "\n"
	if string(got) != want {
		t.Errorf("notify-send args =\n%s\nwant\n%s", got, want)
	}

	t.Setenv("PATH", t.TempDir())
	if _, err := NewDesktop(); err == nil {
		t.Error("NewDesktop() without notify-send on PATH: no error")
	}
}

func TestAppleString(t *testing.T) {
	cases := []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`say "hi" \ bye`, `"say \"hi\" \\ bye"`},
		{"two\nlines", `"two lines"`},
	}
	for _, c := range cases {
		if got := appleString(c.in); got != c.want {
			t.Errorf("appleString(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// A digest goes out whole, on several lines, titled as the week's summary;
// the log shows its first line, and ntfy gets one that fits as text.
func TestDigestEvent(t *testing.T) {
	ntfySrv, ntfyGot := recorder(t, http.StatusOK, 0)
	var logs bytes.Buffer
	n := New(config.NotifySettings{Ntfy: config.NtfySettings{Server: ntfySrv.URL, Topic: "week"}, TimeoutDuration: 5 * time.Second},
		slog.New(slog.NewTextHandler(&logs, nil)))
	text := "Your job search, week of Mon Apr 19 2027\n\nThis week\n- No answers this week.\n"
	n.Notify(context.Background(), Event{Kind: Digest, Message: text, At: event.At})
	got := ntfyGot()
	if len(got) != 1 || string(got[0].body) != text || got[0].header.Get("Title") != "hearback: your week" {
		t.Fatalf("ntfy got %+v, want the digest whole, titled 'hearback: your week'", got)
	}
	if !strings.Contains(logs.String(), `msg="Your job search, week of Mon Apr 19 2027" event=digest`) {
		t.Errorf("log:\n%s", logs.String())
	}

	line := strings.Repeat("x", 99) + "\n"
	long := strings.Repeat(line, 60) // 6000 bytes
	tests := []struct {
		name string
		e    Event
		want string
	}{
		{"short digest", Event{Kind: Digest, Message: text}, text},
		{"long digest", Event{Kind: Digest, Message: long},
			strings.Repeat(line, 40) + "…\n(more in 'hearback digest')\n"},
		{"long other event", Event{Kind: Drafted, Message: long}, long},
		{"one long line", Event{Kind: Digest, Message: strings.Repeat("é", 3000)},
			strings.Repeat("é", (ntfyMax-len("…\n(more in 'hearback digest')\n"))/2) + "…\n(more in 'hearback digest')\n"},
	}
	for _, tt := range tests {
		if got := ntfyBody(tt.e); got != tt.want {
			t.Errorf("%s: ntfyBody is %d bytes, want %d:\n%.200s", tt.name, len(got), len(tt.want), got)
		}
		if tt.e.Kind == Digest && len(ntfyBody(tt.e)) > ntfyMax {
			t.Errorf("%s: %d bytes, more than ntfy shows", tt.name, len(ntfyBody(tt.e)))
		}
	}
}
