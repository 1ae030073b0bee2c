package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// passwordCmdTimeout bounds password_cmd: a password manager waiting for
// a PIN nobody will type must not hang the daemon. A variable for tests.
var passwordCmdTimeout = 30 * time.Second

// ResolvePassword returns the account's password from whichever source is
// configured. It is called at connect time, not at load, so a rotated
// password file or a password manager that unlocks later is picked up.
// Errors name the source (variable, file, exit status) but never contain
// the secret or the output of password_cmd.
func (a *Account) ResolvePassword(ctx context.Context) (string, error) {
	srcs := a.passwordSources()
	if len(srcs) != 1 {
		return "", fmt.Errorf("account %q: need exactly one of password, password_env, password_file, password_cmd, have %d", a.Name, len(srcs))
	}
	switch srcs[0] {
	case "password":
		return a.Password, nil
	case "password_env":
		v := os.Getenv(a.PasswordEnv)
		if v == "" {
			return "", fmt.Errorf("account %q: password_env: environment variable %s is not set or empty", a.Name, a.PasswordEnv)
		}
		return v, nil
	case "password_file":
		data, err := os.ReadFile(a.PasswordFile)
		if err != nil {
			// The *PathError names the file and the reason, never content.
			return "", fmt.Errorf("account %q: password_file: %w", a.Name, err)
		}
		pw := trimNewline(string(data))
		if pw == "" {
			return "", fmt.Errorf("account %q: password_file %s is empty", a.Name, a.PasswordFile)
		}
		return pw, nil
	default:
		return a.runPasswordCmd(ctx)
	}
}

func (a *Account) runPasswordCmd(parent context.Context) (string, error) {
	ctx, cancel := context.WithTimeout(parent, passwordCmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", a.PasswordCmd)
	cmd.Dir = a.baseDir
	var out bytes.Buffer
	cmd.Stdout = &out
	// Stderr is the command's own diagnostics ("gpg: decryption failed"):
	// pass it through for the user, while stdout, the secret, stays here.
	cmd.Stderr = os.Stderr
	killGroup(cmd)
	// Should a child escape the kill, do not wait for its stdout forever.
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		if parent.Err() != nil {
			return "", fmt.Errorf("account %q: password_cmd: %w", a.Name, parent.Err())
		}
		return "", fmt.Errorf("account %q: password_cmd did not finish within %s: %w", a.Name, passwordCmdTimeout, ctx.Err())
	}
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			// ExitError's text is only "exit status N" (or the signal);
			// its Stderr field is empty since Stderr is not captured.
			return "", fmt.Errorf("account %q: password_cmd failed: %s", a.Name, exit.ProcessState.String())
		}
		return "", fmt.Errorf("account %q: password_cmd: %w", a.Name, err)
	}
	pw := trimNewline(out.String())
	if pw == "" {
		return "", fmt.Errorf("account %q: password_cmd printed nothing", a.Name)
	}
	return pw, nil
}

// trimNewline removes the line end that files and commands add, but keeps
// other whitespace, which may be part of the password.
func trimNewline(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return strings.TrimSuffix(s, "\r")
}
