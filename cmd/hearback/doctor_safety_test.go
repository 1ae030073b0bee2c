package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDoctorSecretFileMode: doctor shows ✗ with the chmod fix for a
// password_file or OAuth2 token file that group or others can read (the
// config is refused, exit 2), and ✗ with the fix for an unset
// password_env. Before: ✓ password for a 0644 password_file.
func TestDoctorSecretFileMode(t *testing.T) {
	// A TCP listener stands in for the server: doctor gets past DNS, TCP
	// and TLS (tls: none) to the password.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	t.Setenv("HB_SAFETY_DOCTOR_PW", "")
	os.Unsetenv("HB_SAFETY_DOCTOR_PW") // t.Setenv restores it

	tests := []struct {
		name   string
		pwLine func(dir string) (line, file string) // file: the secret file, "" for none
		code   int
		want   []string
	}{
		{"password_file 0644", func(dir string) (string, string) {
			f := filepath.Join(dir, "password")
			return "password_file: " + f, f
		}, exitConfig, []string{"✗ config", "password_file", "mode 0644", "fix: run: chmod 600 "}},
		{"oauth token file 0640", func(dir string) (string, string) {
			f := filepath.Join(dir, "token.json")
			return "auth: oauth2\n    oauth_provider: microsoft\n    oauth_client_id: cid\n    oauth_token_file: " + f, f
		}, exitConfig, []string{"✗ config", "oauth_token_file", "mode 0640", "fix: run: chmod 600 "}},
		{"password_env unset", func(string) (string, string) {
			return "password_env: HB_SAFETY_DOCTOR_PW", ""
		}, exitRuntime, []string{"✓ TCP", "✗ password", "HB_SAFETY_DOCTOR_PW is not set or empty", "fix: set HB_SAFETY_DOCTOR_PW in the environment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			line, file := tt.pwLine(dir)
			if file != "" {
				mode := os.FileMode(0o644)
				if strings.HasSuffix(file, ".json") {
					mode = 0o640
				}
				os.WriteFile(file, []byte("pw-doctor-secret\n"), mode)
				os.Chmod(file, mode)
				tt.want = append(tt.want, file)
			}
			path := safetyConfig(t, dir, port, line, "")
			code, out, stderr := runCLI(t, "--config", path, "doctor", "--no-append")
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s\n%s", code, tt.code, out, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("doctor output lacks %q:\n%s", w, out)
				}
			}
			if strings.Contains(out+stderr, "pw-doctor-secret") || strings.Contains(out, "✓ password") {
				t.Errorf("doctor shows the secret or accepts the file:\n%s", out)
			}
		})
	}
}
