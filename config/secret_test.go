package config

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

// password_cmd's stderr is captured: an error quotes its first line, never
// the secret, and never more than a short line.
func TestPasswordCmdStderr(t *testing.T) {
	const secret = "s3cr3t-stdout-value"
	long := strings.Repeat("x", 500)
	tests := []struct {
		name    string
		cmd     string
		want    []string // the error contains these
		notWant []string
	}{
		{"first line only", "echo 'gpg: decryption failed: No secret key' >&2; echo 'second line' >&2; exit 2",
			[]string{"exit status 2", "stderr: gpg: decryption failed: No secret key"}, []string{"second line"}},
		{"secret redacted", "printf " + secret + "; echo 'bad token " + secret + "' >&2; exit 1",
			[]string{"stderr: bad token <redacted>"}, []string{secret}},
		{"long line shortened", "echo " + long + " >&2; exit 1",
			[]string{"stderr: xxxx", "…"}, []string{long}},
		{"silent with stderr", "echo 'vault is locked' >&2",
			[]string{"printed nothing", "stderr: vault is locked"}, nil},
		{"no stderr", "exit 4", []string{"exit status 4"}, []string{"stderr:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Account{Name: "personal", PasswordCmd: tt.cmd}
			got, err := a.ResolvePassword(context.Background())
			if err == nil {
				t.Fatalf("ResolvePassword() = %q, nil; want an error", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(err.Error(), nw) {
					t.Errorf("error %q contains %q", err, nw)
				}
			}
		})
	}
}

// A successful password_cmd that chats on stderr still yields the password.
func TestPasswordCmdStderrOnSuccess(t *testing.T) {
	a := Account{Name: "personal", PasswordCmd: "echo 'unlocking…' >&2; echo pw-ok"}
	got, err := a.ResolvePassword(context.Background())
	if err != nil || got != "pw-ok" {
		t.Fatalf("ResolvePassword() = %q, %v; want pw-ok", got, err)
	}
}

// The keyring through the library's in-memory provider: CI has no Secret
// Service, and this must not depend on one.
func TestPasswordKeyringMock(t *testing.T) {
	keyring.MockInit()
	if err := keyring.Set("hearback", "me@example.com", "kr-secret-1"); err != nil {
		t.Fatalf("mock keyring Set: %v", err)
	}
	tests := []struct {
		name, entry, want, wantErr string
	}{
		{"found", "hearback/me@example.com", "kr-secret-1", ""},
		{"missing user", "hearback/other@example.com", "", `no entry for service "hearback", user "other@example.com"`},
		{"missing service", "nope/me@example.com", "", "no entry"},
		{"malformed", "hearback", "", "not service/user"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Account{Name: "personal", PasswordKeyring: tt.entry}
			got, err := a.ResolvePassword(context.Background())
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("ResolvePassword(%q) = %q, %v; want %q", tt.entry, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("ResolvePassword(%q) = %q, %v; want error containing %q", tt.entry, got, err, tt.wantErr)
			}
			if strings.Contains(err.Error(), "kr-secret-1") {
				t.Errorf("error %q leaks the secret", err)
			}
		})
	}
}

func TestPasswordKeyringValidation(t *testing.T) {
	isolate(t)
	path := writeConfig(t, account("-password_env", "password_keyring: no-slash"), 0o600)
	_, err := Load(path)
	p, ok := findProblem(mustConfigError(t, err), "accounts[0].password_keyring")
	if !ok || !strings.Contains(p.Msg, "service/user") {
		t.Fatalf("Load error:\n%v\nwant a problem at accounts[0].password_keyring about service/user", err)
	}
	path = writeConfig(t, account("-password_env", "password_keyring: hearback/me@example.com"), 0o600)
	if _, err := Load(path); err != nil {
		t.Fatalf("Load with password_keyring: %v", err)
	}
}

// The real OS keyring, only where one answers: a desktop session with the
// Secret Service (or macOS). CI containers have no D-Bus session bus, so
// the test says so and skips; the mock test above covers the logic.
func TestPasswordKeyringReal(t *testing.T) {
	if os.Getenv("HEARBACK_TEST_REAL_KEYRING") == "" {
		t.Skip("real OS keyring not exercised: set HEARBACK_TEST_REAL_KEYRING=1 on a machine with a Secret Service or Keychain (CI has none; TestPasswordKeyringMock covers the code)")
	}
	const service, user = "hearback-test", "keyring-test@example.com"
	if err := keyring.Set(service, user, "real-kr-secret"); err != nil {
		t.Skipf("no usable OS keyring here (%v); TestPasswordKeyringMock covers the code", err)
	}
	t.Cleanup(func() { keyring.Delete(service, user) })
	a := Account{Name: "personal", PasswordKeyring: service + "/" + user}
	got, err := a.ResolvePassword(context.Background())
	if err != nil || got != "real-kr-secret" {
		t.Fatalf("ResolvePassword() = %q, %v", got, err)
	}
}
