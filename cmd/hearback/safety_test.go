package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

// safetyConfig writes a config with one account on 127.0.0.1:port (tls
// none) whose password line is pwLine, and returns its path.
func safetyConfig(t *testing.T, dir string, port int, pwLine, extra string) string {
	t.Helper()
	cfg := fmt.Sprintf(`database: %s
timezone: America/New_York
%saccounts:
  - name: personal
    host: 127.0.0.1
    port: %d
    tls: none
    username: me@example.com
    %s
    from_name: Alex Rivera
`, filepath.Join(dir, "hearback.db"), extra, port, pwLine)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestLogLevelValidated: an unknown --log-level (before or after the
// command) or log_level is a usage/config error, exit 2, naming the value
// and the levels there are. Before: `--log-level bogus` was taken silently
// as info.
func TestLogLevelValidated(t *testing.T) {
	dir := t.TempDir()
	good := safetyConfig(t, dir, 143, "password_env: HB_SAFETY_PW", "")
	bad := safetyConfig(t, t.TempDir(), 143, "password_env: HB_SAFETY_PW", "log_level: bogus\n")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"global flag", []string{"--config", good, "--log-level", "bogus", "config"}, exitConfig},
		{"command flag", []string{"config", "--config", good, "--log-level=bogus"}, exitConfig},
		{"config key", []string{"--config", bad, "config"}, exitConfig},
		{"config key, good flag", []string{"--config", bad, "--log-level", "debug", "config"}, exitConfig},
		{"WARNING is warn", []string{"--config", good, "--log-level", "WARNING", "config"}, exitOK},
		{"debug", []string{"config", "--config", good, "--log-level", "debug"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
			if tt.code == exitConfig && (!strings.Contains(stderr, `"bogus"`) || !strings.Contains(stderr, "debug, info, warn or error")) {
				t.Errorf("stderr does not name the value and the levels:\n%s", stderr)
			}
		})
	}
}

// TestConfigFileNotRegular: --config /dev/zero, a directory or a file over
// 1 MiB is a config error (exit 2) naming the file, not a Go stack trace
// after reading until memory runs out.
func TestConfigFileNotRegular(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, make([]byte, 2<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/dev/zero", t.TempDir(), big} {
		t.Run(path, func(t *testing.T) {
			code, _, stderr := runCLI(t, "--config", path, "config")
			if code != exitConfig || !strings.Contains(stderr, path+": cannot read config") || strings.Contains(stderr, "goroutine") {
				t.Errorf("exit %d, want %d and the file named\n%s", code, exitConfig, stderr)
			}
		})
	}
}

// TestPasswordEnvMissingExits2: `check` with a password_env variable that
// is not set is a configuration error, exit 2, naming the account, the
// key and the variable; no server is contacted. Before: exit 1, and `run`
// took it for a lost connection.
func TestPasswordEnvMissingExits2(t *testing.T) {
	for _, unset := range []bool{true, false} {
		name := map[bool]string{true: "variable unset", false: "variable empty"}[unset]
		t.Run(name, func(t *testing.T) {
			t.Setenv("HB_SAFETY_PW_MISSING", "")
			if unset {
				os.Unsetenv("HB_SAFETY_PW_MISSING") // t.Setenv restores it
			}
			path := safetyConfig(t, t.TempDir(), 1, "password_env: HB_SAFETY_PW_MISSING", "")
			code, stdout, stderr := runCLI(t, "--config", path, "check", "--now", dueNow)
			if code != exitConfig {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, exitConfig, stdout, stderr)
			}
			for _, w := range []string{`account "personal"`, "accounts[0].password_env", "HB_SAFETY_PW_MISSING", "not set or empty"} {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestThreadsJSONFarDates: `threads --json` (and explain) cannot fail on
// a time JSON cannot write: a Date header in year 9999 is ignored at
// parse, and a year-9999 date stored before that, or a server's
// INTERNALDATE in 9999, is clamped for JSON. Before: "json: error calling
// MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range
// [0,9999]".
func TestThreadsJSONFarDates(t *testing.T) {
	far := time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC)
	parse := func(t *testing.T, date string) store.Message {
		raw := "From: Jane Miller <jane@acme.example>\r\nTo: alex@example.com\r\nSubject: Senior Backend Engineer interview\r\n" +
			date + "Message-ID: <p1@acme.example>\r\n\r\nThanks for interviewing with us. We'll get back to you by the end of next week.\r\n"
		m, err := mailmsg.ParseBytes([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		return store.Message{Message: *m, InternalDate: time.Date(2027, 4, 8, 13, 30, 0, 0, time.UTC)}
	}
	tests := []struct {
		name string
		msg  func(t *testing.T) store.Message
	}{
		{"Date header in 9999", func(t *testing.T) store.Message {
			return parse(t, "Date: Fri, 31 Dec 9999 23:00:00 -2359\r\n")
		}},
		{"stored Date in 9999", func(t *testing.T) store.Message {
			m := parse(t, "")
			m.Date = far
			return m
		}},
		{"INTERNALDATE in 9999, no Date", func(t *testing.T) store.Message {
			m := parse(t, "")
			m.InternalDate = far
			return m
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cfgPath := safetyConfig(t, dir, 143, "password_env: HB_SAFETY_PW", "")
			ctx := context.Background()
			st, err := store.Open(ctx, filepath.Join(dir, "hearback.db"))
			if err != nil {
				t.Fatal(err)
			}
			m := tt.msg(t)
			m.Account, m.Role, m.Mailbox, m.UIDValidity, m.UID = "personal", store.RoleInbox, "INBOX", 1, 1
			if err := st.SaveMessages(ctx, store.Mailbox{Account: "personal", Role: store.RoleInbox, Name: "INBOX", UIDValidity: 1}, []store.Message{m}, 1); err != nil {
				t.Fatal(err)
			}
			st.Close()

			code, stdout, stderr := runCLI(t, "--config", cfgPath, "threads", "--json", "--all", "--now", "2027-04-12T10:00:00-04:00")
			if code != exitOK {
				t.Fatalf("threads --json: exit %d\n%s\n%s", code, stdout, stderr)
			}
			var views []map[string]any
			if err := json.Unmarshal([]byte(stdout), &views); err != nil || len(views) != 1 {
				t.Fatalf("threads --json printed %d threads, %v:\n%s", len(views), err, stdout)
			}
			id, _ := views[0]["id"].(string)
			if code, out, stderr := runCLI(t, "--config", cfgPath, "explain", id, "--now", "2027-04-12T10:00:00-04:00"); code != exitOK {
				t.Errorf("explain: exit %d\n%s\n%s", code, out, stderr)
			}
		})
	}
}
