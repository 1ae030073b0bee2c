package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/zalando/go-keyring"

	"github.com/hearback/hearback/internal/imaptest"
)

// A whole check with debug logging, once per password source, and once
// with a wrong password: the password appears in no log line, no output,
// no error and nowhere in the database files (bytes, so WAL and free
// pages count too).
func TestPasswordNeverLeaks(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const user = "leak-test@example.com"
	const password = "Pw-LeakCanary-7f3a9c"
	const wrong = "Wrong-LeakCanary-55e1"
	d.AddUser(t, user, password)
	keyring.MockInit() // CI has no Secret Service; the mock is the library's own
	if err := keyring.Set("hearback-test", user, password); err != nil {
		t.Fatal(err)
	}
	seedUser(t, d, user, password)

	tests := []struct {
		name   string
		source func(dir string) string // the account's password line
		env    string                  // value for HB_LEAK_PW
		wantOK bool
	}{
		{"password_file", func(dir string) string {
			f := filepath.Join(dir, "pw")
			os.WriteFile(f, []byte(password+"\n"), 0o600)
			return "password_file: " + f
		}, "", true},
		{"password_env", func(string) string { return "password_env: HB_LEAK_PW" }, password, true},
		{"password_cmd", func(dir string) string {
			// The command also chats on stderr, secret included.
			f := filepath.Join(dir, "vault")
			os.WriteFile(f, []byte(password+"\n"), 0o600)
			return fmt.Sprintf(`password_cmd: "echo unlocking $(cat %s) >&2; cat %s"`, f, f)
		}, "", true},
		{"password inline", func(string) string { return "password: " + password }, "", true},
		{"password_keyring", func(string) string { return "password_keyring: hearback-test/" + user }, "", true},
		{"wrong password", func(string) string { return "password: " + wrong }, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HB_LEAK_PW", tt.env)
			dir := t.TempDir()
			dbPath := filepath.Join(dir, "hearback.db")
			cfg := fmt.Sprintf(`database: %s
timezone: America/New_York
log_level: debug
accounts:
  - name: leak
    host: 127.0.0.1
    port: %d
    tls: none
    username: %s
    %s
    addresses: [me@example.com]
`, dbPath, d.Port(), user, tt.source(dir))
			cfgPath := filepath.Join(dir, "config.yaml")
			if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCLI(t, "--config", cfgPath, "--log-level", "debug", "check", "--now", dueNow)
			if tt.wantOK != (code == exitOK) {
				t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
			}
			if tt.wantOK && !strings.Contains(stderr, "level=DEBUG") {
				t.Errorf("no debug lines logged: the test would prove little\n%s", stderr)
			}
			for _, secret := range []string{password, wrong} {
				if strings.Contains(stdout+stderr, secret) {
					t.Errorf("output holds the password:\n%s\n%s", stdout, stderr)
				}
				for _, f := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
					data, err := os.ReadFile(f)
					if err != nil {
						continue
					}
					if bytes.Contains(data, []byte(secret)) {
						t.Errorf("%s holds the password", filepath.Base(f))
					}
				}
			}
			// The config dump hides an inline password too.
			_, dump, _ := runCLI(t, "--config", cfgPath, "config")
			if strings.Contains(dump, password) || strings.Contains(dump, wrong) {
				t.Errorf("hearback config prints the password:\n%s", dump)
			}
		})
	}
}

// seedUser puts one due thread into user's mailbox, so that the check
// syncs, classifies and drafts: every code path that could log runs.
func seedUser(t *testing.T, d *imaptest.Dovecot, user, password string) {
	t.Helper()
	c, err := imapclient.DialInsecure(d.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, password).Wait(); err != nil {
		t.Fatal(err)
	}
	for _, f := range dueThreads(1) {
		raw := f.raw()
		cmd := c.Append(f.mailbox, int64(len(raw)), &imap.AppendOptions{Time: f.date})
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	c.Logout().Wait()
}
