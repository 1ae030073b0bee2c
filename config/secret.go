package config

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zalando/go-keyring"
)

// passwordCmdTimeout bounds password_cmd: a password manager waiting for
// a PIN nobody will type must not hang the daemon. A variable for tests.
var passwordCmdTimeout = 30 * time.Second

// keyringTimeout bounds a keyring lookup: the Secret Service may sit
// behind a locked collection whose unlock prompt nobody answers, and the
// library call takes no context.
var keyringTimeout = 30 * time.Second

// stderrLineMax bounds how much of password_cmd's stderr an error quotes:
// enough for "gpg: decryption failed: No secret key", not a whole dump.
const stderrLineMax = 160

// ResolvePassword returns the account's password from whichever source is
// configured. It is called at connect time, not at load, so a rotated
// password file or a password manager that unlocks later is picked up.
// Errors name the source (variable, file, exit status, keyring entry) but
// never contain the secret.
func (a *Account) ResolvePassword(ctx context.Context) (string, error) {
	srcs := a.passwordSources()
	if len(srcs) != 1 {
		return "", fmt.Errorf("account %q: need exactly one of password, password_env, password_file, password_cmd, password_keyring, have %d", a.Name, len(srcs))
	}
	switch srcs[0] {
	case "password":
		return a.Password, nil
	case "password_env":
		v := os.Getenv(a.PasswordEnv)
		if v == "" {
			// A configuration error (exit 2, not retried): the setting names
			// a variable the environment hearback runs in does not have.
			return "", a.problem("password_env",
				fmt.Sprintf("account %q: environment variable %s is not set or empty", a.Name, a.PasswordEnv),
				fmt.Sprintf("set %s in the environment hearback runs in (for a systemd service: Environment= or EnvironmentFile=), or use another password source", a.PasswordEnv))
		}
		return v, nil
	case "password_file":
		data, mode, err := readSecretFile(a.PasswordFile)
		if err != nil {
			// The *PathError names the file and the reason, never content.
			return "", fmt.Errorf("account %q: password_file: %w", a.Name, err)
		}
		if readableByOthers(mode) {
			// Load refuses it too; this catches a file changed since.
			msg, hint := secretModeProblem("password_file", a.PasswordFile, mode)
			return "", a.problem("password_file", fmt.Sprintf("account %q: %s", a.Name, msg), hint)
		}
		pw := trimNewline(string(data))
		if pw == "" {
			return "", fmt.Errorf("account %q: password_file %s is empty", a.Name, a.PasswordFile)
		}
		return pw, nil
	case "password_keyring":
		return a.keyringPassword(ctx)
	default:
		return a.runPasswordCmd(ctx)
	}
}

// keyringEntry splits password_keyring "service/user" at the first slash:
// service names rarely hold one, user names (email addresses) never need
// to be split.
func (a *Account) keyringEntry() (service, user string, err error) {
	service, user, ok := strings.Cut(a.PasswordKeyring, "/")
	if !ok || strings.TrimSpace(service) == "" || strings.TrimSpace(user) == "" {
		return "", "", fmt.Errorf("%q is not service/user", a.PasswordKeyring)
	}
	return service, user, nil
}

// keyringPassword reads the password from the OS keyring: the Secret
// Service over D-Bus on Linux, the Keychain on macOS.
func (a *Account) keyringPassword(ctx context.Context) (string, error) {
	service, user, err := a.keyringEntry()
	if err != nil {
		return "", fmt.Errorf("account %q: password_keyring: %w", a.Name, err)
	}
	type result struct {
		pw  string
		err error
	}
	// Buffered: a lookup that outlives the timeout must not leak a
	// goroutine blocked on the send.
	ch := make(chan result, 1)
	go func() {
		pw, err := keyring.Get(service, user)
		ch <- result{pw, err}
	}()
	timer := time.NewTimer(keyringTimeout)
	defer timer.Stop()
	var r result
	select {
	case r = <-ch:
	case <-ctx.Done():
		return "", fmt.Errorf("account %q: password_keyring %s: %w", a.Name, a.PasswordKeyring, ctx.Err())
	case <-timer.C:
		return "", fmt.Errorf("account %q: password_keyring %s: no answer from the keyring within %s (is it locked?)", a.Name, a.PasswordKeyring, keyringTimeout)
	}
	switch {
	case errors.Is(r.err, keyring.ErrNotFound):
		return "", fmt.Errorf("account %q: password_keyring: no entry for service %q, user %q (store one, e.g. secret-tool store --label=hearback service %s username %s)",
			a.Name, service, user, service, user)
	case r.err != nil:
		// The library's errors describe the keyring (no D-Bus session,
		// locked collection), never the secret.
		return "", fmt.Errorf("account %q: password_keyring %s: %w", a.Name, a.PasswordKeyring, r.err)
	case r.pw == "":
		return "", fmt.Errorf("account %q: password_keyring %s holds an empty password", a.Name, a.PasswordKeyring)
	}
	return r.pw, nil
}

// problem is a configuration error about one of the account's keys, found
// when a secret is read: it names the file, line and key path the account
// was loaded from, like the errors of Load.
func (a *Account) problem(key, msg, hint string) error {
	path := key
	if a.src.key != "" {
		path = a.src.key + "." + key
	}
	ps := &problems{file: a.src.file, lines: a.src.lines}
	ps.add(path, msg, hint)
	return ps.err()
}

// maxSecretFile bounds what is read of a password file: a password is
// short, and password_file: /dev/zero must not fill the memory.
const maxSecretFile = 64 << 10

// readSecretFile reads a file holding a secret and returns its mode, that
// of the file actually read.
func readSecretFile(path string) ([]byte, fs.FileMode, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	if st.IsDir() {
		return nil, 0, &fs.PathError{Op: "read", Path: path, Err: errors.New("is a directory")}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxSecretFile+1))
	if err != nil {
		return nil, 0, err
	}
	if len(data) > maxSecretFile {
		return nil, 0, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("longer than %d bytes: not a password", maxSecretFile)}
	}
	return data, st.Mode(), nil
}

// checkSecretFiles refuses, at load, a password_file or an OAuth2 token
// file that group or others can read, as checkSecretMode refuses a
// readable config with an inline password. Files that do not exist yet
// are left to ResolvePassword and `hearback auth login`.
func (c *Config) checkSecretFiles(ps *problems) {
	for i, a := range c.Accounts {
		key := indexKey("accounts", i)
		check := func(k, what, path string) {
			if path == "" {
				return
			}
			if st, err := os.Stat(path); err == nil && readableByOthers(st.Mode()) {
				msg, hint := secretModeProblem(what, path, st.Mode())
				ps.add(key+"."+k, msg, hint)
			}
		}
		if a.Auth == AuthOAuth2 {
			if a.OAuthTokenStore != TokenStoreKeyring {
				check("oauth_token_file", "the OAuth2 token file", a.OAuthTokenFile)
			}
			continue
		}
		check("password_file", "password_file", a.PasswordFile)
	}
}

// maxPasswordCmdOutput bounds what is kept of password_cmd's stdout.
const maxPasswordCmdOutput = 64 << 10

func (a *Account) runPasswordCmd(parent context.Context) (string, error) {
	ctx, cancel := context.WithTimeout(parent, passwordCmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", a.PasswordCmd)
	cmd.Dir = a.baseDir
	var out limitedBuffer
	out.max = maxPasswordCmdOutput
	cmd.Stdout = &out
	// Stderr is the command's own diagnostics ("gpg: decryption failed").
	// It is captured, not passed to the daemon's stderr: a careless script
	// may echo the secret there, and under systemd stderr is the journal.
	// Only a short first line reaches an error, with the secret redacted.
	var errOut limitedBuffer
	errOut.max = 4096
	cmd.Stderr = &errOut
	killGroup(cmd)
	// Should a child escape the kill, do not wait for its stdout forever.
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	// Everything the command printed is redacted from stderr quotes, not
	// only the password: the other lines may be as sensitive.
	stdout := string(out.Bytes())
	if ctx.Err() != nil {
		if parent.Err() != nil {
			return "", fmt.Errorf("account %q: password_cmd: %w", a.Name, parent.Err())
		}
		return "", fmt.Errorf("account %q: password_cmd did not finish within %s: %w%s", a.Name, passwordCmdTimeout, ctx.Err(), stderrHint(errOut.Bytes(), stdout))
	}
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			// ExitError's text is only "exit status N" (or the signal).
			return "", fmt.Errorf("account %q: password_cmd failed: %s%s", a.Name, exit.ProcessState.String(), stderrHint(errOut.Bytes(), stdout))
		}
		return "", fmt.Errorf("account %q: password_cmd: %w", a.Name, err)
	}
	pw := firstLine(stdout)
	if pw == "" {
		what := "printed nothing"
		if stdout != "" {
			what = "printed an empty first line (the first line is the password)"
		}
		return "", fmt.Errorf("account %q: password_cmd %s%s", a.Name, what, stderrHint(errOut.Bytes(), stdout))
	}
	return pw, nil
}

// firstLine is password_cmd's password: the first line of its output, as
// `pass show` and most password managers print the password first and
// then "login: …", "url: …" lines. The line end (LF or CRLF) is dropped;
// any other white space is kept, as it may be part of the password.
func firstLine(out string) string {
	if i := strings.IndexByte(out, '\n'); i >= 0 {
		out = out[:i]
	}
	return strings.TrimRight(out, "\r")
}

// stderrHint is the first non-empty line of a command's stderr, shortened
// and with secret (whatever the command printed on stdout, possibly a
// partial password) redacted, formatted to follow an error message; "" if
// there is nothing to say.
func stderrHint(stderr []byte, secret string) string {
	var line string
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(make([]byte, 0, 4096), 4096)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			line = l
			break
		}
	}
	if line == "" {
		return ""
	}
	// Redact every line of stdout too: a multi-line output's first line is
	// the password, the rest may be as sensitive.
	for _, s := range strings.Split(secret, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			line = strings.ReplaceAll(line, s, "<redacted>")
		}
	}
	if len(line) > stderrLineMax {
		cut := stderrLineMax
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	return fmt.Sprintf(" (stderr: %s)", line)
}

// limitedBuffer keeps the first max bytes written and discards the rest,
// so a chatty command cannot grow the daemon's memory.
type limitedBuffer struct {
	buf bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) Bytes() []byte { return b.buf.Bytes() }

// trimNewline removes the line end that files and commands add, but keeps
// other whitespace, which may be part of the password.
func trimNewline(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return strings.TrimSuffix(s, "\r")
}
