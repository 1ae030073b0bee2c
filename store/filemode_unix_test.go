//go:build unix

package store

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDatabaseFilesPrivate: the database, its -wal and -shm files and the
// check lock file are 0600 whatever the umask, and an existing database
// that others could read is tightened to 0600 when opened. The umask is
// process-wide, so the cases run in a child process (this test again,
// with HEARBACK_UMASK_CHILD set) under umask 022, in a world-readable
// directory. Before: a new database was 0644, and so were -wal and -shm.
func TestDatabaseFilesPrivate(t *testing.T) {
	if os.Getenv("HEARBACK_UMASK_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDatabaseFilesPrivate$", "-test.v")
		cmd.Env = append(os.Environ(), "HEARBACK_UMASK_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestDatabaseFilesPrivate") {
			t.Fatalf("under umask 022: %v\n%s", err, out)
		}
		t.Logf("under umask 022:\n%s", out)
		return
	}
	syscall.Umask(0o022)
	ctx := context.Background()
	tests := []struct {
		name     string
		existing fs.FileMode // mode of a database from before; 0: none
		leftover bool        // empty -wal and -shm files, 0644, left by a crash
	}{
		{"new database", 0, false},
		{"existing 0644 database", 0o644, false},
		{"existing 0640 database", 0o640, false},
		{"existing 0666 database", 0o666, false},
		{"existing 0600 database", 0o600, false},
		{"existing 0644 database, 0644 -wal and -shm left over", 0o644, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			os.Chmod(dir, 0o755)
			path := filepath.Join(dir, "hearback.db")
			if tt.existing != 0 {
				st, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				st.Close()
				os.Chmod(path, tt.existing)
				if tt.leftover {
					for _, p := range []string{path + "-wal", path + "-shm"} {
						os.WriteFile(p, nil, 0o644)
						os.Chmod(p, 0o644)
					}
				}
			}
			st, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			// A write, so that the WAL and its index exist.
			if err := st.ResetMailbox(ctx, Mailbox{Account: "a", Role: RoleInbox, Name: "INBOX", UIDValidity: 1}); err != nil {
				t.Fatal(err)
			}
			lock, err := st.LockCheck(ctx, "test", time.Second, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer lock.Release()
			for _, p := range []string{path, path + "-wal", path + "-shm", path + ".lock"} {
				fi, err := os.Stat(p)
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(p), err)
					continue
				}
				if got := fi.Mode().Perm(); got != 0o600 {
					t.Errorf("%s has mode %04o, want 0600", filepath.Base(p), got)
				}
			}
		})
	}
}
