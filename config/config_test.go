package config

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// account renders a config with one account. Each override "key: value"
// replaces the line with that key or is appended; "-key" removes it.
func account(overrides ...string) string {
	keys := []string{"name", "host", "username", "password_env"}
	vals := map[string]string{
		"name":         "personal",
		"host":         "imap.example.com",
		"username":     "me@example.com",
		"password_env": "HEARBACK_TEST_PASSWORD",
	}
	for _, o := range overrides {
		if k, ok := strings.CutPrefix(o, "-"); ok {
			keys = slices.DeleteFunc(keys, func(s string) bool { return s == k })
			continue
		}
		k, v, _ := strings.Cut(o, ":")
		if _, ok := vals[k]; !ok || !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
		vals[k] = strings.TrimSpace(v)
	}
	var b strings.Builder
	b.WriteString("accounts:\n")
	for i, k := range keys {
		prefix := "    "
		if i == 0 {
			prefix = "  - "
		}
		fmt.Fprintf(&b, "%s%s: %s\n", prefix, k, vals[k])
	}
	return b.String()
}

// writeConfig writes body to a fresh config.yaml with the given mode.
func writeConfig(t *testing.T, body string, mode fs.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
	// WriteFile's mode passes through the umask; the tests need it exact.
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

// isolate points the XDG and home directories at a temporary directory so
// that defaults do not depend on the machine running the tests.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "cfg"))
	return dir
}

func mustConfigError(t *testing.T, err error) *Error {
	t.Helper()
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v (%T), want *config.Error", err, err)
	}
	if !IsConfigError(err) {
		t.Fatalf("IsConfigError(%v) = false", err)
	}
	return ce
}

func findProblem(ce *Error, key string) (Problem, bool) {
	for _, p := range ce.Problems {
		if p.Key == key {
			return p, true
		}
	}
	return Problem{}, false
}

func TestValidationErrors(t *testing.T) {
	isolate(t)
	tests := []struct {
		name string
		yaml string
		key  string // key path the problem must name
		msg  string // text the problem must contain
	}{
		{"timezone", "timezone: Mars/Olympus_Mons\n" + account(), "timezone", "unknown time zone"},
		{"schedule", "schedule: \"0 9 * *\"\n" + account(), "schedule", "invalid cron spec"},
		{"schedule words", "schedule: every morning\n" + account(), "schedule", "invalid cron spec"},
		{"first_after zero", "followup:\n  first_after: 0\n" + account(), "followup.first_after", "at least 1"},
		{"next_after negative", "followup:\n  next_after: -2\n" + account(), "followup.next_after", "at least 1"},
		{"max_nudges negative", "followup:\n  max_nudges: -1\n" + account(), "followup.max_nudges", "at least 0"},
		{"lookback zero", "followup:\n  lookback_days: 0\n" + account(), "followup.lookback_days", "between 1 and 3650"},
		{"lookback huge", "followup:\n  lookback_days: 4000\n" + account(), "followup.lookback_days", "between 1 and 3650"},
		{"promise_grace negative", "followup:\n  promise_grace: -1\n" + account(), "followup.promise_grace", "at least 0"},
		{"tone", "draft:\n  tone: grumpy\n" + account(), "draft.tone", "playful, warm or formal"},
		{"language", "draft:\n  language: italian\n" + account(), "draft.language", "auto (each thread's own language), en, de, fr, es, sv, da or nb"},
		{"language nynorsk", "draft:\n  language: nn\n" + account(), "draft.language", `unknown language "nn"`},
		{"log level", "log_level: loud\n" + account(), "log_level", "unknown level"},
		{"holidays", "holidays: XX\n" + account(), "holidays", "no holiday calendar"},
		{"no accounts", "accounts: []\n", "accounts", "no accounts"},
		{"accounts missing", "timezone: UTC\n", "accounts", "no accounts"},
		{"host missing", account("-host"), "accounts[0].host", "missing"},
		{"host url", account("host: imaps://imap.example.com"), "accounts[0].host", "URL"},
		{"host with port", account("host: imap.example.com:993"), "accounts[0].host", "port: 993"},
		{"port too big", account("port: 70000"), "accounts[0].port", "between 1 and 65535"},
		{"port zero", account("port: 0"), "accounts[0].port", "between 1 and 65535"},
		{"port not a number", account("port: imaps"), "accounts[0].port", "expected a whole number"},
		{"tls unknown", account("tls: ssl"), "accounts[0].tls", "unknown mode"},
		{"tls none remote", account("tls: none"), "accounts[0].tls", "clear text"},
		{"ca file with none", account("host: localhost", "tls: none", "tls_ca_file: ca.pem"), "accounts[0].tls_ca_file", "no effect"},
		{"username missing", account("-username"), "accounts[0].username", "missing"},
		{"username not email", account("username: alex"), "accounts[0].addresses", "not an email address"},
		{"no password", account("-password_env"), "accounts[0]", "no password source"},
		{"two passwords", account("password_file: /run/pw"), "accounts[0].password_file", "both password_env and password_file"},
		{"bad address", account("addresses: [me@example.com, \"Alex <alex@example.com>\"]"), "accounts[0].addresses[1]", "not an email address"},
		{"address not a list", account("addresses: {a: b}"), "accounts[0].addresses", "expected a list"},
		{"quote not bool", "draft:\n  quote: maybe\n" + account(), "draft.quote", "expected true or false"},
		{"followup not a mapping", "followup: 5\n" + account(), "followup", "expected a mapping"},
		{"unknown top-level key", "databse: x.db\n" + account(), "databse", `did you mean "database"?`},
		{"unknown nested key", account("pasword: x"), "accounts[0].pasword", `did you mean "password"?`},
		{"duplicate key", "timezone: UTC\ntimezone: UTC\n" + account(), "timezone", "duplicate key"},
		{"duplicate names", account() + "  - name: Personal\n    host: h\n    username: u@example.com\n    password_env: X\n",
			"accounts[1].name", "already used"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.yaml, 0o600)
			cfg, err := Load(path)
			if err == nil {
				t.Fatalf("Load(%q) = %+v, nil; want error at %s", tt.yaml, cfg, tt.key)
			}
			ce := mustConfigError(t, err)
			p, ok := findProblem(ce, tt.key)
			if !ok {
				t.Fatalf("Load(%q) error:\n%v\nwant a problem at key %q", tt.yaml, err, tt.key)
			}
			if !strings.Contains(p.String(), tt.msg) {
				t.Errorf("problem = %q, want it to contain %q", p, tt.msg)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file %s", err, path)
			}
			// A problem points at its key, or at the enclosing mapping when
			// the key is missing; only a missing top-level key has no line.
			top := strings.FieldsFunc(tt.key, func(r rune) bool { return r == '.' || r == '[' })[0]
			if p.Line == 0 && strings.Contains(tt.yaml, top+":") {
				t.Errorf("problem %q has no line, but the file has %s", p, top)
			}
		})
	}
}

// TestDraftLanguages: every language drafts are written in is a valid
// draft.language, in any case.
func TestDraftLanguages(t *testing.T) {
	isolate(t)
	for _, tt := range []struct{ yaml, want string }{
		{"auto", "auto"}, {"en", "en"}, {"de", "de"}, {"fr", "fr"}, {"es", "es"},
		{"sv", "sv"}, {"da", "da"}, {"nb", "nb"}, {"SV", "sv"}, {" Nb ", "nb"},
	} {
		path := writeConfig(t, "draft:\n  language: \""+tt.yaml+"\"\n"+account(), 0o600)
		cfg, err := Load(path)
		if err != nil {
			t.Errorf("language %q: %v", tt.yaml, err)
			continue
		}
		if cfg.Draft.Language != tt.want {
			t.Errorf("language %q = %q, want %q", tt.yaml, cfg.Draft.Language, tt.want)
		}
	}
}

func TestUnknownKeyLine(t *testing.T) {
	isolate(t)
	body := `timezone: UTC
accounts:
  - name: personal
    host: imap.example.com
    username: me@example.com
    # the typo below is on line 7
    pasword: hunter2
`
	path := writeConfig(t, body, 0o600)
	_, err := Load(path)
	ce := mustConfigError(t, err)
	want := path + `:7: accounts[0].pasword: unknown key; did you mean "password"?`
	if p, ok := findProblem(ce, "accounts[0].pasword"); !ok || p.String() != want {
		t.Errorf("Load error:\n%v\nwant a line %q", err, want)
	}
	// The misspelt key does not count as a password, so that is reported too.
	if _, ok := findProblem(ce, "accounts[0]"); !ok {
		t.Errorf("Load error:\n%v\nwant the missing password source reported as well", err)
	}
}

func TestAllProblemsCollected(t *testing.T) {
	isolate(t)
	body := `timezone: Nowhere/Special
colour: blue
followup:
  max_nudges: -3
accounts:
  - name: one
    host: imap.example.com
    username: me@example.com
    password_env: PW
  - name: two
    host: mail.example.org
    tls: tcp
    password_env: PW
`
	path := writeConfig(t, body, 0o600)
	_, err := Load(path)
	ce := mustConfigError(t, err)
	want := map[string]int{
		"timezone":             1,
		"colour":               2,
		"followup.max_nudges":  4,
		"accounts[1].tls":      12,
		"accounts[1].username": 0, // missing: reported without a line
	}
	for key, line := range want {
		p, ok := findProblem(ce, key)
		if !ok {
			t.Errorf("no problem for %s in:\n%v", key, err)
			continue
		}
		if line != 0 && p.Line != line {
			t.Errorf("problem %q: line = %d, want %d", p, p.Line, line)
		}
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(ce.Problems) || len(lines) < len(want) {
		t.Errorf("Error() has %d lines for %d problems:\n%v", len(lines), len(ce.Problems), err)
	}
	// File order, keys without a line last.
	last := 0
	for _, p := range ce.Problems {
		if p.Line != 0 && p.Line < last {
			t.Errorf("problems out of order:\n%v", err)
		}
		if p.Line == 0 {
			last = 1 << 30
		} else {
			last = p.Line
		}
	}
}

func TestDefaults(t *testing.T) {
	home := isolate(t)
	path := writeConfig(t, `accounts:
  - host: imap.example.com
    username: Me@Example.com
    password_env: PW
  - host: localhost
    tls: none
    username: local@example.com
    password_env: PW
  - host: mail.example.org
    tls: starttls
    port: 1143
    username: other@example.org
    password_env: PW
`, 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if want := filepath.Join(home, "state", "hearback", "hearback.db"); cfg.Database != want {
		t.Errorf("Database = %q, want %q", cfg.Database, want)
	}
	if cfg.Location != time.Local {
		t.Errorf("Location = %v, want time.Local", cfg.Location)
	}
	if cfg.Schedule != "0 9 * * 1-5" || cfg.LogLevel != "info" || cfg.Holidays != "" {
		t.Errorf("schedule/log_level/holidays = %q/%q/%q", cfg.Schedule, cfg.LogLevel, cfg.Holidays)
	}
	wantF := Followup{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, LookbackDays: 120, PromiseGrace: 1, ThankYouHours: 24,
		After: StageWaits{Application: 7, Interview: 5, Final: 4}, OnAccept: "withdraw", CloseAfter: 10}
	if !cfg.ThankYouEnabled() {
		t.Error("thank_you is off by default, want on")
	}
	gotF := cfg.Followup
	gotF.ThankYou = nil
	if gotF != wantF {
		t.Errorf("Followup = %+v, want %+v", cfg.Followup, wantF)
	}
	if cfg.Draft.Tone != "warm" || cfg.Draft.Quote == nil || !*cfg.Draft.Quote || cfg.Draft.Language != "auto" {
		t.Errorf("Draft = %+v, want tone warm, quote true, language auto", cfg.Draft)
	}
	a := cfg.Accounts[0]
	if a.Name != "Me@Example.com" || a.Port != 993 || a.TLS != "implicit" ||
		!slices.Equal(a.Addresses, []string{"me@example.com"}) {
		t.Errorf("account 0 = name %q port %d tls %q addresses %q", a.Name, a.Port, a.TLS, a.Addresses)
	}
	if got := cfg.Accounts[1]; got.Port != 143 || got.Name != "local@example.com" {
		t.Errorf("account 1: port %d name %q, want 143 local@example.com", got.Port, got.Name)
	}
	if got := cfg.Accounts[2]; got.Port != 1143 {
		t.Errorf("account 2: port %d, want the explicit 1143", got.Port)
	}
	if got := a.HostPort(); got != "imap.example.com:993" {
		t.Errorf("HostPort() = %q", got)
	}
}

func TestExplicitZeroKept(t *testing.T) {
	isolate(t)
	path := writeConfig(t, "followup:\n  max_nudges: 0\n  promise_grace: 0\n  first_after: ~\n"+account(), 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Followup.MaxNudges != 0 || cfg.Followup.PromiseGrace != 0 {
		t.Errorf("explicit zeros became %+v", cfg.Followup)
	}
	if cfg.Followup.FirstAfter != DefaultFirstAfter {
		t.Errorf("first_after: ~ gave %d, want the default %d", cfg.Followup.FirstAfter, DefaultFirstAfter)
	}
}

func TestDefaultAndInMemory(t *testing.T) {
	isolate(t)
	d := Default()
	if len(d.Accounts) != 0 || d.Followup.MaxNudges != DefaultMaxNudges || d.Location != time.Local || d.Database == "" {
		t.Errorf("Default() = %+v", d)
	}
	err := d.Validate()
	ce := mustConfigError(t, err)
	if len(ce.Problems) != 1 || ce.Problems[0].Key != "accounts" {
		t.Errorf("Default().Validate() = %v, want only the missing accounts", err)
	}

	// What the demo command builds for its embedded server.
	c := &Config{Accounts: []Account{{
		Name: "demo", Host: "127.0.0.1", Port: 1143, TLS: "none",
		Username: "demo@example.com", Password: "demo",
	}}}
	c.ApplyDefaults()
	if err := c.Validate(); err != nil {
		t.Fatalf("in-memory loopback config: %v", err)
	}
	c.Accounts[0].Host = "192.0.2.10"
	err = c.Validate()
	p, ok := findProblem(mustConfigError(t, err), "accounts[0].tls")
	if !ok || p.File != "" || p.Line != 0 {
		t.Errorf("Validate() = %v, want accounts[0].tls without file or line", err)
	}
}

func TestLoopbackRule(t *testing.T) {
	isolate(t)
	tests := []struct {
		host string
		ok   bool
	}{
		{"localhost", true},
		{"LOCALHOST.", true},
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"[::1]", true},
		{"imap.example.com", false},
		{"10.0.0.1", false},
		{"0.0.0.0", false},
		{"localhost.example.com", false},
		{"128.0.0.1", false},
		{"::2", false},
	}
	for _, tt := range tests {
		c := &Config{Accounts: []Account{{Host: tt.host, TLS: "none", Username: "me@example.com", Password: "pw"}}}
		c.ApplyDefaults()
		err := c.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("tls none with host %q: Validate() = %v, want ok=%v", tt.host, err, tt.ok)
			continue
		}
		if err != nil {
			msg := err.Error()
			for _, want := range []string{"accounts[0].tls", "clear text", "starttls", "implicit"} {
				if !strings.Contains(msg, want) {
					t.Errorf("host %q: error %q does not mention %q", tt.host, msg, want)
				}
			}
		}
	}
}

func TestResolvePassword(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("s3cret file\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HEARBACK_TEST_PW", "s3cret env")
	tests := []struct {
		name string
		acct Account
		want string
	}{
		{"inline", Account{Password: "s3cret inline"}, "s3cret inline"},
		{"env", Account{PasswordEnv: "HEARBACK_TEST_PW"}, "s3cret env"},
		{"file", Account{PasswordFile: pwFile}, "s3cret file"},
		{"cmd", Account{PasswordCmd: `printf 's3cret cmd\n'`}, "s3cret cmd"},
		{"cmd keeps inner spaces", Account{PasswordCmd: `printf ' a b '`}, " a b "},
		{"cmd in config dir", Account{PasswordCmd: "cat pw", baseDir: dir}, "s3cret file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.acct.ResolvePassword(context.Background())
			if err != nil || got != tt.want {
				t.Errorf("ResolvePassword() = %q, %v, want %q", got, err, tt.want)
			}
		})
	}
}

func TestResolvePasswordErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HEARBACK_TEST_EMPTY", "")
	old := passwordCmdTimeout
	passwordCmdTimeout = 200 * time.Millisecond
	t.Cleanup(func() { passwordCmdTimeout = old })
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	const secret = "topsecret-value"
	tests := []struct {
		name string
		ctx  context.Context
		acct Account
		want string // the error must contain this
	}{
		{"env unset", nil, Account{PasswordEnv: "HEARBACK_TEST_UNSET_VAR"}, "HEARBACK_TEST_UNSET_VAR is not set"},
		{"env empty", nil, Account{PasswordEnv: "HEARBACK_TEST_EMPTY"}, "HEARBACK_TEST_EMPTY is not set or empty"},
		{"file missing", nil, Account{PasswordFile: filepath.Join(dir, "nope")}, filepath.Join(dir, "nope")},
		{"file empty", nil, Account{PasswordFile: empty}, empty + " is empty"},
		{"cmd fails", nil, Account{PasswordCmd: "printf " + secret + "; exit 3"}, "exit status 3"},
		{"cmd silent", nil, Account{PasswordCmd: "true"}, "printed nothing"},
		{"cmd slow", nil, Account{PasswordCmd: "printf " + secret + "; sleep 5"}, "did not finish within 200ms"},
		{"cmd canceled", canceled, Account{PasswordCmd: "printf " + secret}, "context canceled"},
		{"no source", nil, Account{}, "need exactly one"},
		{"two sources", nil, Account{Password: secret, PasswordEnv: "X"}, "need exactly one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.acct.Name = "personal"
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			got, err := tt.acct.ResolvePassword(ctx)
			if err == nil {
				t.Fatalf("ResolvePassword() = %q, nil; want error", got)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, `"personal"`) {
				t.Errorf("error %q, want it to contain %q and the account name", msg, tt.want)
			}
			if strings.Contains(msg, secret) {
				t.Errorf("error %q leaks the secret", msg)
			}
		})
	}
}

func TestSecretsNotInErrors(t *testing.T) {
	isolate(t)
	const secret = "hunter2-very-secret"
	body := "timezone: Bad/Zone\n" + account("-password_env", "password: "+secret, "tls: none", "port: x") +
		"  - name: two\n    host: h.example.com\n    username: u@example.com\n    password: [" + secret + "]\n"
	path := writeConfig(t, body, 0o644)
	_, err := Load(path)
	mustConfigError(t, err)
	if strings.Contains(err.Error(), secret) {
		t.Errorf("Load error leaks the password:\n%v", err)
	}
}

func TestInlinePasswordNeedsPrivateFile(t *testing.T) {
	isolate(t)
	inline := account("-password_env", "password: pw-inline")
	tests := []struct {
		name string
		body string
		mode fs.FileMode
		ok   bool
	}{
		{"private", inline, 0o600, true},
		{"owner read only", inline, 0o400, true},
		{"world readable", inline, 0o644, false},
		{"group readable", inline, 0o640, false},
		{"no inline password", account(), 0o644, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.body, tt.mode)
			_, err := Load(path)
			if tt.ok {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			p, ok := findProblem(mustConfigError(t, err), "accounts[0].password")
			if !ok {
				t.Fatalf("Load error:\n%v\nwant a problem at accounts[0].password", err)
			}
			if !strings.Contains(p.Hint, "chmod 600 "+path) || p.Line == 0 {
				t.Errorf("problem %q (line %d), want hint chmod 600 %s and a line", p, p.Line, path)
			}
		})
	}
}

func TestExampleConfig(t *testing.T) {
	isolate(t)
	const path = "../config.example.yaml"
	cfg, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	if len(cfg.Accounts) == 0 || cfg.Accounts[0].Name != "personal" || cfg.Accounts[0].PasswordEnv != "HEARBACK_PASSWORD" {
		t.Errorf("example account = %+v, want the account of config.example.yaml", cfg.Accounts)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	checkDocumented(t, doc.Content[0], reflect.TypeOf(Config{}), "")
}

// checkDocumented asserts that every yaml key of t appears in the mapping
// n, with a comment, so that config.example.yaml cannot fall behind the
// structs.
func checkDocumented(t *testing.T, n *yaml.Node, typ reflect.Type, path string) {
	t.Helper()
	if n.Kind != yaml.MappingNode {
		t.Errorf("example: %s is not a mapping", path)
		return
	}
	keys := map[string][2]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		keys[n.Content[i].Value] = [2]*yaml.Node{n.Content[i], n.Content[i+1]}
	}
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		key, ok := yamlKey(f)
		if !ok {
			continue
		}
		kp := joinKey(path, key)
		kv, ok := keys[key]
		if !ok {
			t.Errorf("config.example.yaml lacks %s", kp)
			continue
		}
		// The comment above a list item's first key belongs to the item.
		itemComment := n.Content[0] == kv[0] && n.HeadComment != ""
		if kv[0].HeadComment == "" && kv[0].LineComment == "" && kv[1].LineComment == "" && !itemComment {
			t.Errorf("config.example.yaml: %s (line %d) has no comment", kp, kv[0].Line)
		}
		ft := f.Type
		switch {
		case ft.Kind() == reflect.Struct:
			checkDocumented(t, kv[1], ft, kp)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			if len(kv[1].Content) == 0 {
				t.Errorf("config.example.yaml: %s is empty", kp)
			}
			for j, item := range kv[1].Content {
				checkDocumented(t, item, ft.Elem(), indexKey(kp, j))
			}
		}
	}
}

func TestDump(t *testing.T) {
	isolate(t)
	const secret = "dump-secret-pw"
	path := writeConfig(t, "holidays: de\ntimezone: Europe/Berlin\n"+account("-password_env", "password: "+secret), 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := cfg.Dump()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), secret) || !strings.Contains(string(out), "password: '"+Redacted+"'") {
		t.Errorf("Dump() does not redact the password:\n%s", out)
	}
	// The dump is the effective config: loading it gives the same settings.
	again, err := Load(writeConfig(t, string(out), 0o600))
	if err != nil {
		t.Fatalf("loading the dump: %v\n%s", err, out)
	}
	again.Accounts[0].Password = secret
	for _, c := range []*Config{cfg, again} {
		c.Path, c.lines, c.set = "", nil, nil
		for i := range c.Accounts {
			c.Accounts[i].baseDir, c.Accounts[i].src = "", accountSource{}
		}
	}
	if !reflect.DeepEqual(cfg, again) {
		t.Errorf("Dump round trip changed the config:\n%+v\n%+v", cfg, again)
	}

	local := Default()
	out, err = local.Dump()
	if err != nil || !strings.Contains(string(out), "timezone: Local") {
		t.Errorf("Dump() of the default = %s, %v; want timezone: Local", out, err)
	}
}

func TestHolidaysCaseInsensitive(t *testing.T) {
	isolate(t)
	cfg, err := Load(writeConfig(t, "holidays: de\n"+account(), 0o600))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Holidays != "DE" {
		t.Errorf("Holidays = %q, want DE", cfg.Holidays)
	}
}

func TestLoadFileProblems(t *testing.T) {
	isolate(t)
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	_, err := Load(missing)
	mustConfigError(t, err)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("Load(missing) = %v, want a not-exist error naming the file", err)
	}
	if !IsConfigError(fmt.Errorf("starting: %w", err)) {
		t.Errorf("IsConfigError does not see through wrapping")
	}
	if IsConfigError(errors.New("other")) || IsConfigError(nil) {
		t.Errorf("IsConfigError is true for a non-config error")
	}

	tests := []struct {
		name, body, want string
	}{
		{"tab indentation", "accounts:\n\t- name: x\n", "spaces, not tabs"},
		{"bad syntax", "accounts:\n  - name: [x\n", "invalid YAML"},
		{"not a mapping", "- a\n- b\n", "must be a mapping"},
		{"two documents", account() + "---\ntimezone: UTC\n", "more than one YAML document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeConfig(t, tt.body, 0o600))
			mustConfigError(t, err)
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%q) = %v, want %q", tt.body, err, tt.want)
			}
		})
	}
}

func TestPathsAndMerge(t *testing.T) {
	home := isolate(t)
	body := `database: state/hb.db
accounts:
  - &base
    name: one
    host: imap.example.com
    username: me@example.com
    password_file: ~/pw
    tls_ca_file: certs/ca.pem
  - <<: *base
    name: two
    password_file: pw2
`
	path := writeConfig(t, body, 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	if want := filepath.Join(dir, "state", "hb.db"); cfg.Database != want {
		t.Errorf("Database = %q, want %q (relative to the config file)", cfg.Database, want)
	}
	if a := cfg.Accounts[0]; a.PasswordFile != filepath.Join(home, "pw") || a.TLSCAFile != filepath.Join(dir, "certs", "ca.pem") {
		t.Errorf("account one: password_file %q tls_ca_file %q", a.PasswordFile, a.TLSCAFile)
	}
	if a := cfg.Accounts[1]; a.Name != "two" || a.Host != "imap.example.com" || a.PasswordFile != filepath.Join(dir, "pw2") {
		t.Errorf("merged account two = %+v", a)
	}
}

func TestDefaultPath(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", "/etc/xdg-test")
	if got, want := DefaultPath(), "/etc/xdg-test/hearback/config.yaml"; got != want {
		t.Errorf("DefaultPath() = %q, want %q", got, want)
	}
	// The XDG spec says a relative value is to be ignored.
	t.Setenv("XDG_CONFIG_HOME", "relative/dir")
	if got, want := DefaultPath(), filepath.Join(home, ".config", "hearback", "config.yaml"); got != want {
		t.Errorf("DefaultPath() = %q, want %q", got, want)
	}
	t.Setenv("XDG_STATE_HOME", "")
	if got, want := defaultDatabase(), filepath.Join(home, ".local", "state", "hearback", "hearback.db"); got != want {
		t.Errorf("defaultDatabase() = %q, want %q", got, want)
	}
}

func TestLevel(t *testing.T) {
	isolate(t)
	for _, lvl := range []string{"debug", "info", "warn", "WARNING", "error"} {
		c := &Config{LogLevel: lvl}
		c.ApplyDefaults()
		var want string
		switch strings.ToLower(lvl) {
		case "warning":
			want = "WARN"
		default:
			want = strings.ToUpper(lvl)
		}
		if got := c.Level().String(); got != want {
			t.Errorf("log_level %q: Level() = %s, want %s", lvl, got, want)
		}
	}
}
