package main

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

// fakeMX answers MX lookups from a table; anything else is "not found",
// so no test ever asks real DNS.
func fakeMX(table map[string]string) mxLookup {
	return func(ctx context.Context, domain string) ([]*net.MX, error) {
		if h, ok := table[domain]; ok {
			return []*net.MX{{Host: h, Pref: 10}}, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: domain, IsNotFound: true}
	}
}

func TestDetectProvider(t *testing.T) {
	lookup := fakeMX(map[string]string{
		"acme.com":    "aspmx.l.google.com.",
		"contoso.com": "contoso-com.mail.protection.outlook.com.",
		"tiny.org":    "in1-smtp.messagingengine.com.",
		"other.net":   "mx.other.net.",
	})
	tests := []struct{ email, id, how string }{
		{"me@gmail.com", "gmail", "domain gmail.com"},
		{"me@Hotmail.com", "outlook", "domain hotmail.com"},
		{"me@icloud.com", "icloud", "domain icloud.com"},
		{"me@fastmail.com", "fastmail", "domain fastmail.com"},
		{"me@yahoo.com", "yahoo", "domain yahoo.com"},
		{"me@proton.me", "proton", "domain proton.me"},
		{"me@gmx.de", "gmx", "domain gmx.de"},
		{"me@mailbox.org", "mailbox.org", "domain mailbox.org"},
		{"me@acme.com", "gmail", "MX aspmx.l.google.com"},
		{"me@contoso.com", "outlook", "MX contoso-com.mail.protection.outlook.com"},
		{"me@tiny.org", "fastmail", "MX in1-smtp.messagingengine.com"},
		{"me@other.net", "", ""},
		{"me@nowhere.example", "", ""},
	}
	for _, tt := range tests {
		p, how, ok, err := detectProvider(context.Background(), tt.email, lookup)
		if err != nil || p.ID != tt.id || how != tt.how || ok != (tt.id != "") {
			t.Errorf("DetectProvider(%q) = %q, %q, %v, %v; want %q, %q", tt.email, p.ID, how, ok, err, tt.id, tt.how)
		}
	}
	failing := func(ctx context.Context, domain string) ([]*net.MX, error) { return nil, errors.New("timeout") }
	if _, _, ok, err := detectProvider(context.Background(), "me@acme.com", failing); ok || err == nil {
		t.Errorf("a failed MX lookup: ok %v err %v, want not ok and an error", ok, err)
	}
}

func noNetwork(t *testing.T) {
	old, oldTTY := lookupMX, stdinIsTTY
	lookupMX = fakeMX(map[string]string{"acme.com": "aspmx.l.google.com."})
	stdinIsTTY = func() bool { return false }
	t.Cleanup(func() { lookupMX, stdinIsTTY = old, oldTTY })
}

// TestInitFlags writes configs non-interactively for several providers
// and loads each back.
func TestInitFlags(t *testing.T) {
	noNetwork(t)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"gmail app password", []string{"--email", "me@gmail.com", "--password-env", "GMAIL_PW"},
			[]string{`host: "imap.gmail.com"`, "port: 993", `password_env: "GMAIL_PW"`, "apppasswords"}},
		{"workspace by MX", []string{"--email", "me@acme.com", "--password-file", "/tmp/pw"},
			[]string{`host: "imap.gmail.com"`, "recognised by MX aspmx.l.google.com"}},
		{"outlook is oauth2", []string{"--email", "me@outlook.com", "--oauth-client-id", "abc"},
			[]string{"auth: oauth2", `oauth_provider: "microsoft"`, `oauth_client_id: "abc"`}},
		{"proton bridge", []string{"--email", "me@proton.me", "--password-cmd", "pass bridge"},
			[]string{`host: "127.0.0.1"`, "port: 1143", `tls: "starttls"`, "tls_ca_file"}},
		{"other provider", []string{"--email", "me@other.net", "--host", "mail.other.net", "--tls", "starttls", "--password-env", "X"},
			[]string{`host: "mail.other.net"`, "port: 143"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "hb", "config.yaml")
			code, out, errOut := runCLI(t, append([]string{"--config", path, "init", "--timezone", "Europe/Berlin", "--name", "Alex"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("init exit %d\n%s\n%s", code, out, errOut)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(data)+out, w) {
					t.Errorf("config/output lacks %q:\n%s\n%s", w, data, out)
				}
			}
			if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
				t.Errorf("config mode %04o, want 0600", st.Mode().Perm())
			}
			if _, err := config.Load(path); err != nil {
				t.Errorf("the written config does not load: %v\n%s", err, data)
			}
		})
	}

	t.Run("refuses to overwrite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "config.yaml")
		os.WriteFile(path, []byte("mine"), 0o600)
		code, _, errOut := runCLI(t, "--config", path, "init", "--email", "me@gmail.com")
		if code != exitConfig || !strings.Contains(errOut, "--force") {
			t.Errorf("exit %d, %s", code, errOut)
		}
		if b, _ := os.ReadFile(path); string(b) != "mine" {
			t.Errorf("existing config was changed")
		}
	})
	t.Run("unknown provider needs host", func(t *testing.T) {
		code, _, errOut := runCLI(t, "--config", filepath.Join(t.TempDir(), "c.yaml"), "init", "--email", "me@other.net")
		if code != exitConfig || !strings.Contains(errOut, "--host") {
			t.Errorf("exit %d, %s", code, errOut)
		}
	})
}

// TestInitInteractive answers the prompts as a user would.
func TestInitInteractive(t *testing.T) {
	noNetwork(t)
	stdinIsTTY = func() bool { return true }
	readPassword = func(in *bufio.Reader) (string, error) {
		s, err := in.ReadString('\n')
		return strings.TrimSpace(s), err
	}
	t.Cleanup(func() { readPassword = readPasswordNoEcho })
	answers := strings.Join([]string{
		"me@icloud.com", // email
		"Alex Rivera",   // name
		"",              // time zone: default
		"playful",       // tone
		"1",             // password: type it now
		"app-pass-123",  // the password
		"n",             // no doctor
	}, "\n") + "\n"
	stdin = strings.NewReader(answers)
	t.Cleanup(func() { stdin = os.Stdin })
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	code, out, errOut := runCLI(t, "--config", path, "init")
	if code != 0 {
		t.Fatalf("init exit %d\n%s\n%s", code, out, errOut)
	}
	data, _ := os.ReadFile(path)
	for _, w := range []string{`host: "imap.mail.me.com"`, `tone: "playful"`, `from_name: "Alex Rivera"`, "App-Specific Passwords"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("config lacks %q:\n%s", w, data)
		}
	}
	pw, err := os.ReadFile(filepath.Join(dir, "password"))
	if err != nil || string(pw) != "app-pass-123\n" {
		t.Errorf("password file = %q, %v", pw, err)
	}
	if st, _ := os.Stat(filepath.Join(dir, "password")); st.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %04o", st.Mode().Perm())
	}
	if strings.Contains(out, "app-pass-123") {
		t.Errorf("the password was echoed:\n%s", out)
	}
}

// TestInitDoctorDovecot is the README's set-up path against a real
// server: init with flags, then doctor, all ✓, the test draft removed.
func TestInitDoctorDovecot(t *testing.T) {
	noNetwork(t)
	d := imaptest.StartDovecot(t)
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	pwFile := filepath.Join(dir, "password")
	os.WriteFile(pwFile, []byte(d.Password()+"\n"), 0o600)
	path := filepath.Join(dir, "config.yaml")
	code, out, errOut := runCLI(t, "--config", path, "init", "--email", imaptest.Username, "--name", "Alex Rivera",
		"--timezone", "America/New_York", "--host", d.Host(), "--port", itoa(d.Port()), "--tls", "none",
		"--password-file", pwFile, "--doctor")
	t.Logf("transcript:\n%s%s", out, errOut)
	if code != 0 {
		t.Fatalf("init --doctor exit %d\n%s\n%s", code, out, errOut)
	}
	for _, w := range []string{"✓ login", `Drafts "Drafts" (special-use \Drafts)`, `Sent "Sent" (special-use \Sent)`, "removed again", "next check"} {
		if !strings.Contains(out, w) {
			t.Errorf("doctor output lacks %q", w)
		}
	}
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("Drafts holds %d messages after doctor, want 0", n)
	}

	// A wrong password: ✗ with a fix, exit 1, the password never shown.
	os.WriteFile(pwFile, []byte("wrong-pass-99\n"), 0o600)
	code, out, _ = runCLI(t, "--config", path, "doctor")
	if code != exitRuntime || !strings.Contains(out, "✗ login") || !strings.Contains(out, "fix:") || strings.Contains(out, "wrong-pass-99") {
		t.Errorf("doctor with a wrong password: exit %d\n%s", code, out)
	}
	// Nothing listening: ✗ TCP.
	d.Stop()
	code, out, _ = runCLI(t, "--config", path, "doctor")
	if code != exitRuntime || !strings.Contains(out, "✗ TCP") {
		t.Errorf("doctor with the server down: exit %d\n%s", code, out)
	}
}

func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish"} {
		code, out, errOut := runCLI(t, "completion", sh)
		if code != 0 {
			t.Fatalf("completion %s: exit %d %s", sh, code, errOut)
		}
		for _, c := range []string{"init", "doctor", "check", "--dry-run", "--device"} {
			if sh == "fish" {
				c = strings.TrimPrefix(c, "--") // fish spells long flags "-l dry-run"
			}
			if !strings.Contains(out, c) {
				t.Errorf("%s completion lacks %q", sh, c)
			}
		}
	}
	// Every flag the completion offers exists on the command.
	for cmd, flags := range commandFlags {
		for _, f := range flags {
			if !strings.HasPrefix(f, "--") {
				continue
			}
			_, _, errOut := runCLI(t, cmd, "--help")
			if cmd == "auth" {
				_, _, errOut = runCLI(t, "auth", "login", "--help")
			}
			if !strings.Contains(errOut, "-"+strings.TrimPrefix(f, "--")) {
				t.Errorf("hearback %s --help does not know %s", cmd, f)
			}
		}
	}
	if code, _, _ := runCLI(t, "completion", "tcsh"); code != exitConfig {
		t.Errorf("completion tcsh: exit %d, want %d", code, exitConfig)
	}
}
