package config

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// web: loopback needs nothing; anywhere else a password and TLS or a
// proxy, and the error says which key to set.
func TestWebValidation(t *testing.T) {
	dir := isolate(t)
	pw := filepath.Join(dir, "web.password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cert := filepath.Join(dir, "cert.pem")
	if err := os.WriteFile(cert, []byte("-"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, web string
		listen    string // want Listen after load, when ok
		problem   string // a text of the problem at web.*; "" means ok
	}{
		{"default", "", DefaultWebListen, ""},
		{"off", "web:\n  listen: \"\"\n", "", ""},
		{"loopback v6", "web:\n  listen: \"[::1]:9000\"\n", "[::1]:9000", ""},
		{"localhost", "web:\n  listen: localhost:9000\n", "localhost:9000", ""},
		{"not host:port", "web:\n  listen: 127.0.0.1\n", "", "not host:port"},
		{"bad port", "web:\n  listen: 127.0.0.1:http\n", "", "no port number"},
		{"all interfaces, nothing", "web:\n  listen: \":7867\"\n", "", "without a password"},
		{"lan, no password", "web:\n  listen: 192.0.2.1:7867\n  password_file: \"\"\n", "", "without a password"},
		{"proxy, no password", "web:\n  listen: 127.0.0.1:7867\n  behind_proxy: true\n", "", "has no password"},
		{"lan, no tls", "web:\n  listen: 0.0.0.0:7867\n  password_file: " + pw + "\n", "", "without TLS"},
		{"lan, proxy", "web:\n  listen: 0.0.0.0:7867\n  password_file: " + pw + "\n  behind_proxy: true\n", "0.0.0.0:7867", ""},
		{"lan, tls", "web:\n  listen: 0.0.0.0:7867\n  password_env: WEB_PW\n  tls_cert: " + cert + "\n  tls_key: " + cert + "\n", "0.0.0.0:7867", ""},
		{"cert without key", "web:\n  listen: 0.0.0.0:7867\n  password_env: WEB_PW\n  tls_cert: " + cert + "\n", "", "go together"},
		{"missing cert", "web:\n  listen: 0.0.0.0:7867\n  password_env: WEB_PW\n  tls_cert: /nonexistent.pem\n  tls_key: " + cert + "\n", "", "cannot read"},
		{"two passwords", "web:\n  password_env: X\n  password_file: " + pw + "\n", "", "both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Load(writeConfig(t, tt.web+account(), 0o600))
			if tt.problem == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				if cfg.Web.Listen != tt.listen {
					t.Errorf("web.listen = %q, want %q", cfg.Web.Listen, tt.listen)
				}
				return
			}
			ce := mustConfigError(t, err)
			var found bool
			for _, p := range ce.Problems {
				if strings.HasPrefix(p.Key, "web.") && strings.Contains(p.Msg, tt.problem) {
					found = true
					if p.Line == 0 {
						t.Errorf("problem %q has no line", p)
					}
				}
			}
			if !found {
				t.Errorf("Load error:\n%v\nwant a web.* problem saying %q", err, tt.problem)
			}
		})
	}
}

// The password is read when the dashboard starts; a source that gives
// none is a configuration error, and a file others can read is refused.
func TestWebPassword(t *testing.T) {
	dir := isolate(t)
	pw := filepath.Join(dir, "web.password")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(writeConfig(t, "web:\n  password_file: "+pw+"\n"+account(), 0o600))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := cfg.WebPassword(context.Background()); got != "s3cret" || err != nil {
		t.Errorf("WebPassword() = %q, %v; want s3cret", got, err)
	}
	if err := os.Chmod(pw, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := cfg.WebPassword(context.Background()); !IsConfigError(err) || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("WebPassword() of a 0644 file: %v, want a config error with chmod 600", err)
	}
	if _, err := Load(writeConfig(t, "web:\n  password_file: "+pw+"\n"+account(), 0o600)); !IsConfigError(err) {
		t.Errorf("Load with a 0644 web.password_file: %v, want a config error", err)
	}

	cfg, err = Load(writeConfig(t, "web:\n  password_env: HEARBACK_TEST_WEB_PW\n"+account(), 0o600))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("HEARBACK_TEST_WEB_PW", "")
	if _, err := cfg.WebPassword(context.Background()); !IsConfigError(err) || !strings.Contains(err.Error(), "HEARBACK_TEST_WEB_PW") {
		t.Errorf("WebPassword() with the variable unset: %v, want a config error naming it", err)
	}
	t.Setenv("HEARBACK_TEST_WEB_PW", "pw")
	if got, err := cfg.WebPassword(context.Background()); got != "pw" || err != nil {
		t.Errorf("WebPassword() = %q, %v", got, err)
	}
}
