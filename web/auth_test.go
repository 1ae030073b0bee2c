package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/web"
)

// Off loopback every request needs the password; wrong ones are counted
// per client, and a client that used up its attempts is refused before
// its password is looked at.
func TestAuthOffLoopback(t *testing.T) {
	env := newDemoEnv(t)
	cfg := *env.cfg
	cfg.Web.Listen, cfg.Web.BehindProxy = "0.0.0.0:7867", true
	h := web.New(web.Options{Config: &cfg, Store: env.e.Store, Password: "s3cret", Now: func() time.Time { return demoNow }})
	get := func(client, user, pass string) *http.Response {
		r := request(http.MethodGet, "/", nil)
		r.Host = "hearback.example.org" // a proxy's name: fine off loopback
		r.RemoteAddr = "10.0.0.1:5555"
		r.Header.Set("X-Forwarded-For", "198.51.100.7, "+client)
		if user != "" || pass != "" {
			r.SetBasicAuth(user, pass)
		}
		res, _ := serve(h, r)
		return res
	}
	res := get("192.0.2.1", "", "")
	if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Basic ") {
		t.Fatalf("no password: %d %q, want 401 with a Basic challenge", res.StatusCode, res.Header.Get("WWW-Authenticate"))
	}
	if res := get("192.0.2.1", "alex", "s3cret"); res.StatusCode != http.StatusOK {
		t.Fatalf("right password: %d, want 200", res.StatusCode)
	}
	for i := range 10 {
		if res := get("192.0.2.1", "alex", "guess"); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password %d: %d, want 401", i+1, res.StatusCode)
		}
	}
	res = get("192.0.2.1", "alex", "s3cret")
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Errorf("after 10 wrong passwords, even the right one: %d (Retry-After %q), want 429", res.StatusCode, res.Header.Get("Retry-After"))
	}
	// The limit is per client: another address (as the proxy reports it)
	// is not held up by the first one's guesses.
	if res := get("192.0.2.2", "alex", "s3cret"); res.StatusCode != http.StatusOK {
		t.Errorf("another client with the right password: %d, want 200", res.StatusCode)
	}
}

// Start refuses to serve beyond loopback without a password, whatever the
// configuration let through.
func TestStartRefusesOpenDashboard(t *testing.T) {
	env := newDemoEnv(t)
	cfg := *env.cfg
	// Behind a proxy, even on loopback, others can reach it.
	cfg.Web.Listen, cfg.Web.BehindProxy = "127.0.0.1:0", true
	if srv, err := web.Start(context.Background(), web.StartOptions{Config: &cfg, Store: env.e.Store}); err == nil {
		srv.Stop(time.Second)
		t.Fatal("Start served behind a proxy without a password")
	}
	cfg.Web.Listen, cfg.Web.BehindProxy = "0.0.0.0:0", false
	if srv, err := web.Start(context.Background(), web.StartOptions{Config: &cfg, Store: env.e.Store}); err == nil {
		srv.Stop(time.Second)
		t.Fatal("Start served 0.0.0.0 without a password")
	}
	cfg.Web.Listen = "127.0.0.1:0"
	srv, err := web.Start(context.Background(), web.StartOptions{Config: &cfg, Store: env.e.Store})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop(time.Second)
	res, err := http.Get(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %d", srv.URL(), res.StatusCode)
	}
}
