package config

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestPasswordCmdFirstLine: password_cmd's password is the first line of
// its output, as `pass show` prints it (password, then "login: …" lines);
// the line end is dropped, other white space kept.
func TestPasswordCmdFirstLine(t *testing.T) {
	tests := []struct {
		name, cmd, want string
	}{
		{"pass show shape", `printf 'hunter2\nlogin: me@example.com\nurl: https://mail.example.com\n'`, "hunter2"},
		{"CRLF", `printf 'hunter2\r\nlogin: me\r\n'`, "hunter2"},
		{"one line, no newline", `printf 'hunter2'`, "hunter2"},
		{"one line with newline", `printf 'hunter2\n'`, "hunter2"},
		{"spaces kept", `printf '  pw with spaces \t\nsecond line\n'`, "  pw with spaces \t"},
		{"second line never joins", `printf 'a\nb\n'`, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Account{Name: "personal", PasswordCmd: tt.cmd}
			got, err := a.ResolvePassword(context.Background())
			if err != nil || got != tt.want {
				t.Fatalf("ResolvePassword() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	// An empty first line is an error that says what the first line is for,
	// and quotes nothing of the output.
	a := Account{Name: "personal", PasswordCmd: `printf '\nhunter2\n'`}
	if got, err := a.ResolvePassword(context.Background()); err == nil || !strings.Contains(err.Error(), "empty first line") || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("ResolvePassword(empty first line) = %q, %v; want an error about the first line", got, err)
	}
}

// TestSecretFileModeRefused: a password_file or OAuth2 token file that
// group or others can read is refused at load like a readable config with
// an inline password: a config error naming the key, the file, its mode
// and the chmod fix. ResolvePassword refuses one that became readable
// after the load.
func TestSecretFileModeRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has ACLs, not modes")
	}
	isolate(t)
	tests := []struct {
		name string
		key  string // the account key that names the file
		mode fs.FileMode
		ok   bool
	}{
		{"password_file 0600", "password_file", 0o600, true},
		{"password_file 0400", "password_file", 0o400, true},
		{"password_file 0644", "password_file", 0o644, false},
		{"password_file 0640", "password_file", 0o640, false},
		{"password_file 0604", "password_file", 0o604, false},
		{"oauth_token_file 0600", "oauth_token_file", 0o600, true},
		{"oauth_token_file 0644", "oauth_token_file", 0o644, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			secret := filepath.Join(dir, "secret file")
			if err := os.WriteFile(secret, []byte("pw-mode-test\n"), tt.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(secret, tt.mode); err != nil {
				t.Fatal(err)
			}
			overrides := []string{"-password_env", "password_file: " + secret}
			if tt.key == "oauth_token_file" {
				overrides = []string{"-password_env", "auth: oauth2", "oauth_provider: microsoft", "oauth_client_id: cid", "oauth_token_file: " + secret}
			}
			path := writeConfig(t, account(overrides...), 0o600)
			_, err := Load(path)
			if tt.ok {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			p, ok := findProblem(mustConfigError(t, err), "accounts[0]."+tt.key)
			if !ok {
				t.Fatalf("Load error:\n%v\nwant a problem at accounts[0].%s", err, tt.key)
			}
			for _, w := range []string{secret, fmt.Sprintf("mode %04o", tt.mode), "readable by group or others"} {
				if !strings.Contains(p.Msg, w) {
					t.Errorf("problem %q lacks %q", p, w)
				}
			}
			if want := "chmod 600 '" + secret + "'"; !strings.Contains(p.Hint, want) || p.Line == 0 {
				t.Errorf("problem %q (line %d), want hint %q and a line", p, p.Line, want)
			}
			if strings.Contains(err.Error(), "pw-mode-test") {
				t.Errorf("error leaks the file's content: %v", err)
			}
		})
	}

	// Made readable after the load: ResolvePassword refuses it, as a config error.
	secret := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(secret, []byte("pw-mode-test\n"), 0o600)
	path := writeConfig(t, account("-password_env", "password_file: "+secret), 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(secret, 0o644)
	pw, err := cfg.Accounts[0].ResolvePassword(context.Background())
	if err == nil || !IsConfigError(err) || !strings.Contains(err.Error(), "chmod 600 "+secret) || pw != "" {
		t.Fatalf("ResolvePassword(0644 file) = %q, %v; want a config error with the chmod fix", pw, err)
	}
}

// TestPasswordEnvMissingIsConfigError: a password_env variable that is not
// set, or empty, is a configuration error (IsConfigError: exit 2, and `run`
// does not retry it), naming the account, the key and the variable, with
// the config file and line when the account came from one.
func TestPasswordEnvMissingIsConfigError(t *testing.T) {
	isolate(t)
	t.Setenv("HB_TEST_PW_EMPTY", "")
	tests := []struct {
		name, variable string
	}{
		{"unset", "HB_TEST_PW_UNSET_7c1"},
		{"empty", "HB_TEST_PW_EMPTY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, account("password_env: "+tt.variable), 0o600)
			cfg, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = cfg.Accounts[0].ResolvePassword(context.Background())
			if !IsConfigError(fmt.Errorf("account personal: %w", err)) {
				t.Fatalf("ResolvePassword() error %v (%T) is not a config error", err, err)
			}
			p := mustConfigError(t, err).Problems[0]
			if p.File != path || p.Line != 5 || p.Key != "accounts[0].password_env" {
				t.Errorf("problem at %s:%d %s, want %s:5 accounts[0].password_env", p.File, p.Line, p.Key, path)
			}
			for _, w := range []string{`account "personal"`, tt.variable, "not set or empty"} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}

			// Built in code: still a config error, with the key.
			a := Account{Name: "personal", PasswordEnv: tt.variable}
			_, err = a.ResolvePassword(context.Background())
			if !IsConfigError(err) || !strings.Contains(err.Error(), "password_env") || !strings.Contains(err.Error(), tt.variable) {
				t.Errorf("in-code account: error %v, want a config error naming password_env and %s", err, tt.variable)
			}
		})
	}
}

// TestConfigFileNotRegularOrTooLarge: --config /dev/zero (or a pipe, or a
// huge file) is a config error naming the file, not an out-of-memory crash.
func TestConfigFileNotRegularOrTooLarge(t *testing.T) {
	isolate(t)
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, []byte("# "+strings.Repeat("x", MaxConfigSize)+"\n"+account()), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"dev zero", "/dev/zero", "not a regular file (a character device)"},
		{"directory", t.TempDir(), "directory"},
		{"larger than 1 MiB", big, "more than the 1048576"},
	}
	if runtime.GOOS == "windows" {
		tests = tests[1:]
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			ce := mustConfigError(t, err)
			if len(ce.Problems) != 1 || ce.Problems[0].File != tt.path || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load(%s) = %v; want one problem naming the file and %q", tt.path, err, tt.want)
			}
		})
	}
}

// TestRedactURL is the one redaction of configured URLs for logs, errors
// and `hearback config`: scheme and host, nothing else.
func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://ntfy.sh", "https://ntfy.sh"},
		{"https://ntfy.sh/", "https://ntfy.sh"},
		{"https://hooks.example.com/hearback", "https://hooks.example.com/…"},
		{"https://hooks.slack.com/services/T0/B0/XYZSECRET", "https://hooks.slack.com/…"},
		{"http://user:PASS@127.0.0.1:8080/x?token=abc#frag", "http://127.0.0.1:8080/…"},
		{"https://h.example.com?token=abc", "https://h.example.com/…"},
		{"https://user@h.example.com", "https://h.example.com/…"},
		{"http://[::1]:9/p", "http://[::1]:9/…"},
		{"hooks.example.com/SECRET", "(invalid URL)"},
		{"http://h.example.com/\x7fSECRET", "(invalid URL)"},
		{"mailto:SECRET@example.com", "(invalid URL)"},
		{"", "(invalid URL)"},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDumpRedactsSecrets: `hearback config` hides what config.example.yaml
// calls secret — inline passwords, the ntfy topic — and shows the webhook
// and ntfy URLs as the logs do, without user info, path or query.
func TestDumpRedactsSecrets(t *testing.T) {
	isolate(t)
	const (
		pw    = "dump-inline-pw"
		topic = "dump-secret-topic"
		userP = "DUMPUSERPASS"
		token = "DUMPQUERYTOKEN"
		pathT = "DUMPPATHTOKEN"
	)
	body := "notify:\n  ntfy:\n    server: https://u:" + userP + "@ntfy.example.com/?auth=" + token + "\n    topic: " + topic +
		"\n  webhook:\n    url: https://hook:" + userP + "@hooks.example.com/services/" + pathT + "?token=" + token + "\n" +
		account("-password_env", "password: "+pw)
	cfg, err := Load(writeConfig(t, body, 0o600))
	if err != nil {
		t.Fatal(err)
	}
	out, err := cfg.Dump()
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{pw, topic, userP, token, pathT} {
		if strings.Contains(string(out), secret) {
			t.Errorf("Dump() shows %q:\n%s", secret, out)
		}
	}
	for _, w := range []string{"url: https://hooks.example.com/…", "server: https://ntfy.example.com/…", "topic: '" + Redacted + "'", "password: '" + Redacted + "'"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("Dump() lacks %q:\n%s", w, out)
		}
	}
	// The config itself is untouched.
	if cfg.Notify.Ntfy.Topic != topic || !strings.Contains(cfg.Notify.Webhook.URL, token) || cfg.Accounts[0].Password != pw {
		t.Errorf("Dump() changed the config: %+v", cfg.Notify)
	}
}

// TestConfigErrorsRedactURLs: a bad webhook or ntfy URL, or a bad topic, is
// reported without the token or the topic.
func TestConfigErrorsRedactURLs(t *testing.T) {
	isolate(t)
	tests := []struct {
		name, body, key, secret string
	}{
		{"http webhook off loopback", "notify:\n  webhook:\n    url: http://hooks.example.com/services/PATHSECRET?token=QSECRET\n", "notify.webhook.url", "SECRET"},
		{"webhook without scheme", "notify:\n  webhook:\n    url: hooks.example.com/PATHSECRET\n", "notify.webhook.url", "SECRET"},
		{"ntfy topic", "notify:\n  ntfy:\n    topic: \"TOPICSECRET with space\"\n", "notify.ntfy.topic", "TOPICSECRET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeConfig(t, tt.body+account(), 0o600))
			if _, ok := findProblem(mustConfigError(t, err), tt.key); !ok {
				t.Fatalf("Load error:\n%v\nwant a problem at %s", err, tt.key)
			}
			if strings.Contains(err.Error(), tt.secret) {
				t.Errorf("error shows %q:\n%v", tt.secret, err)
			}
		})
	}
}
