//go:build unix

package oauth

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/oauth2"
)

// TestTokenFilePrivateUnderUmask: the OAuth2 token file is 0600 (and a
// directory it creates 0700) whatever the umask, also when it replaces a
// token file that others could read. The umask is process-wide, so the
// cases run in a child process (this test again) under umask 022, in a
// world-readable directory.
func TestTokenFilePrivateUnderUmask(t *testing.T) {
	if os.Getenv("HEARBACK_UMASK_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestTokenFilePrivateUnderUmask$", "-test.v")
		cmd.Env = append(os.Environ(), "HEARBACK_UMASK_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestTokenFilePrivateUnderUmask") {
			t.Fatalf("under umask 022: %v\n%s", err, out)
		}
		return
	}
	syscall.Umask(0o022)
	tests := []struct {
		name     string
		path     func(public string) string
		existing bool // a 0644 token file is there already
		newDir   string
	}{
		{"new file in a public directory", func(d string) string { return filepath.Join(d, "tok.json") }, false, ""},
		{"new file in a new directory", func(d string) string { return filepath.Join(d, "oauth", "tok.json") }, false, "oauth"},
		{"replaces a 0644 file", func(d string) string { return filepath.Join(d, "tok.json") }, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			public := filepath.Join(t.TempDir(), "public")
			os.Mkdir(public, 0o755)
			os.Chmod(public, 0o755)
			path := tt.path(public)
			if tt.existing {
				os.WriteFile(path, []byte("{}"), 0o644)
				os.Chmod(path, 0o644)
			}
			if err := (&FileStore{Path: path}).Save(context.Background(), &oauth2.Token{RefreshToken: "r"}); err != nil {
				t.Fatal(err)
			}
			if st, err := os.Stat(path); err != nil {
				t.Error(err)
			} else if st.Mode().Perm() != 0o600 {
				t.Errorf("token file mode %04o, want 0600", st.Mode().Perm())
			}
			if tt.newDir != "" {
				if st, err := os.Stat(filepath.Join(public, tt.newDir)); err != nil {
					t.Error(err)
				} else if st.Mode().Perm() != 0o700 {
					t.Errorf("token directory mode %04o, want 0700", st.Mode().Perm())
				}
			}
		})
	}
}
