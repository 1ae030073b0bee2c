package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/internal/imaptest"
)

// oauthSetup is a Dovecot that takes bearer tokens, a fake provider whose
// access tokens Dovecot's introspection accepts, and a config written by
// 'hearback init --auth oauth2' pointing at both.
type oauthSetup struct {
	d         *imaptest.OAuthDovecot
	p         *imaptest.Provider
	cfgPath   string
	tokenFile string
}

func newOAuthSetup(t *testing.T) *oauthSetup {
	t.Helper()
	d := imaptest.StartDovecotOAuth(t)
	p := imaptest.StartProvider(t, imaptest.Username)
	p.OnIssue = func(access, user string) { d.Introspection.Allow(access, user) }
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	cfgPath := filepath.Join(dir, "config.yaml")
	code, out, errOut := runCLI(t, "--config", cfgPath, "init", "--email", imaptest.Username, "--name", "Alex Rivera",
		"--timezone", "America/New_York", "--host", d.Host(), "--port", itoa(d.Port()), "--tls", "none",
		"--auth", "oauth2", "--provider", "gmail", "--oauth-client-id", p.ClientID)
	t.Logf("init transcript:\n%s%s", out, errOut)
	if code != 0 {
		t.Fatalf("init exit %d\n%s\n%s", code, out, errOut)
	}
	// Point the Google preset's endpoints at the fake provider.
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	tokenFile := filepath.Join(dir, "token.json")
	extra := "    oauth_auth_url: " + p.URL + "/authorize\n    oauth_token_url: " + p.URL + "/token\n    oauth_device_url: " + p.URL + "/device\n    oauth_token_file: " + tokenFile + "\n"
	conf := strings.Replace(string(data), "    from_name:", extra+"    from_name:", 1)
	if err := os.WriteFile(cfgPath, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	return &oauthSetup{d: d, p: p, cfgPath: cfgPath, tokenFile: tokenFile}
}

func itoa(n int) string { return strconv.Itoa(n) }

func (s *oauthSetup) writeToken(t *testing.T, access, refresh string, expiry time.Time) {
	t.Helper()
	data, _ := json.Marshal(map[string]any{"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expiry": expiry})
	if err := os.WriteFile(s.tokenFile, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func (s *oauthSetup) storedToken(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(s.tokenFile)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(s.tokenFile)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("token file mode %04o, want 0600", st.Mode().Perm())
	}
	var m map[string]any
	json.Unmarshal(data, &m)
	return m
}

// TestOAuthDoctorDovecot runs doctor (and check) against Dovecot's oauth2
// passdb: a valid stored token logs in without a refresh, an expired one
// is refreshed (and the rotated refresh token stored), a token the server
// refuses before its expiry is refreshed once, and a revoked refresh
// token fails cleanly as an authentication error with the fix.
func TestOAuthDoctorDovecot(t *testing.T) {
	s := newOAuthSetup(t)
	past, future := time.Now().Add(-time.Hour), time.Now().Add(time.Hour)
	tests := []struct {
		name        string
		access      string
		allow       bool
		refresh     string
		expiry      time.Time
		wantCode    int
		wantOut     []string
		wantRefresh bool
	}{
		{"valid", "valid-access", true, "rt-valid", future, 0, []string{"✓ login", "OAUTHBEARER", "removed again"}, false},
		{"expired refreshes", "old-access", false, "rt-expired", past, 0, []string{"✓ login"}, true},
		{"refused before expiry refreshes", "early-revoked", false, "rt-early", future, 0, []string{"✓ login"}, true},
		{"revoked", "old-access-2", false, "rt-revoked", past, 1, []string{"✗ token", "revoked", "hearback auth login personal"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.allow {
				s.d.Introspection.Allow(tt.access, imaptest.Username)
			}
			if tt.name != "revoked" {
				s.p.AddRefreshToken(tt.refresh)
			}
			s.writeToken(t, tt.access, tt.refresh, tt.expiry)
			forgetSources(t, s.cfgPath)
			before := len(s.p.Grants())
			code, out, errOut := runCLI(t, "--config", s.cfgPath, "doctor")
			t.Logf("transcript (%s):\n%s%s", tt.name, out, errOut)
			if code != tt.wantCode {
				t.Fatalf("doctor exit %d, want %d\n%s\n%s\n%s", code, tt.wantCode, out, errOut, s.d.Log())
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("doctor output lacks %q:\n%s", w, out)
				}
			}
			if refreshed := len(s.p.Grants()) > before; refreshed != tt.wantRefresh {
				t.Errorf("refreshed = %v, want %v (grants %v)", refreshed, tt.wantRefresh, s.p.Grants())
			}
			if strings.Contains(out+errOut, tt.refresh) {
				t.Errorf("output shows the refresh token:\n%s%s", out, errOut)
			}
			if tt.wantRefresh && tt.wantCode == 0 {
				if rt := s.storedToken(t)["refresh_token"]; rt == tt.refresh {
					t.Errorf("the rotated refresh token was not stored (still %v)", rt)
				}
			}
		})
	}

	// check, the daemon's path, reports the revoked token as a login
	// failure (exit 1) with the fix, after one refresh attempt.
	s.writeToken(t, "gone", "rt-gone", past)
	forgetSources(t, s.cfgPath)
	before := len(s.p.Grants())
	code, out, errOut := runCLI(t, "--config", s.cfgPath, "check", "--dry-run")
	if code != exitRuntime || !strings.Contains(out+errOut, "auth login personal") {
		t.Errorf("check with a revoked token: exit %d\n%s\n%s", code, out, errOut)
	}
	if n := len(s.p.Grants()) - before; n != 1 {
		t.Errorf("check asked the token endpoint %d times, want exactly 1 (no retry storm)", n)
	}
}

// forgetSources drops the process's token sources of the config's
// accounts, as a new process would start without them.
func forgetSources(t *testing.T, cfgPath string) {
	t.Helper()
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range cfg.Accounts {
		engine.ForgetTokenSource(a)
	}
}

// TestAuthLoginDovecot signs in with both flows against the fake provider
// and then logs in to Dovecot with the stored token.
func TestAuthLoginDovecot(t *testing.T) {
	s := newOAuthSetup(t)
	// The "browser" follows the sign-in URL: the fake provider approves
	// and redirects to hearback's loopback listener.
	openBrowser = func(ctx context.Context, url string) error {
		go func() {
			resp, err := http.Get(url)
			if err == nil {
				resp.Body.Close()
			}
		}()
		return nil
	}
	t.Cleanup(func() { openBrowser = nil })
	for _, args := range [][]string{{"auth", "login", "personal"}, {"auth", "login", "--device"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			os.Remove(s.tokenFile)
			code, out, errOut := runCLI(t, append([]string{"--config", s.cfgPath}, args...)...)
			if code != 0 {
				t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errOut)
			}
			if !strings.Contains(out, "Signed in as "+imaptest.Username) {
				t.Errorf("output:\n%s", out)
			}
			if args[len(args)-1] == "--device" && !strings.Contains(out, "WDJB-MJHT") {
				t.Errorf("device flow did not show the user code:\n%s", out)
			}
			if tok := s.storedToken(t); tok["refresh_token"] == "" {
				t.Errorf("no refresh token stored: %v", tok)
			}
			code, out, errOut = runCLI(t, "--config", s.cfgPath, "doctor", "--no-append")
			if code != 0 {
				t.Fatalf("doctor after login: exit %d\n%s\n%s", code, out, errOut)
			}
		})
	}
	code, out, _ := runCLI(t, "--config", s.cfgPath, "auth", "logout")
	if code != 0 || !strings.Contains(out, "deleted") {
		t.Errorf("logout: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(s.tokenFile); !os.IsNotExist(err) {
		t.Errorf("token file still there after logout: %v", err)
	}
	code, _, errOut := runCLI(t, "--config", s.cfgPath, "auth", "status")
	if code == 0 || !strings.Contains(errOut, "auth login") {
		t.Errorf("status after logout: exit %d\n%s", code, errOut)
	}
}
