package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/internal/demo"
	"github.com/hearback/hearback/web"
)

// demoNow is the moment of the tests' demo mailbox, as in the golden demo.
var demoNow = mustTime("2027-04-21T10:00:00-04:00")

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// demoEnv is the demo mailbox after a real check, as `hearback demo --web`
// serves it.
type demoEnv struct {
	cfg *config.Config
	e   *engine.Engine
	h   *web.Server
}

func newDemoEnv(t testing.TB) *demoEnv {
	t.Helper()
	mb, err := demo.Start(demoNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mb.Close() })
	cfg, err := mb.Config(t.TempDir(), "")
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	ctx := context.Background()
	e, err := engine.Open(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	res, err := e.CheckAll(ctx, demoNow, engine.Run{Who: "test", Trigger: "demo", Wait: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	return &demoEnv{cfg: cfg, e: e, h: web.New(web.Options{Config: cfg, Store: e.Store, Log: log, Now: func() time.Time { return demoNow }, Demo: true})}
}

// request is one request as a browser on this machine sends it: Host
// 127.0.0.1, and for a POST the same-origin fetch metadata.
func request(method, target string, form url.Values) *http.Request {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:7867"
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if method == http.MethodPost {
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		r.Header.Set("Origin", "http://127.0.0.1:7867")
	}
	return r
}

// serve answers r and returns the response with its body read.
func serve(h http.Handler, r *http.Request) (*http.Response, string) {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	res := w.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}
