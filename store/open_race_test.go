package store

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// openChildEnv makes the test binary a child that opens one database and
// exits: SQLite's locks are between processes, so the race needs processes.
const openChildEnv = "HEARBACK_TEST_OPEN_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(openChildEnv); path != "" {
		os.Exit(openChild(path))
	}
	os.Exit(m.Run())
}

func openChild(path string) int {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err == nil {
		err = s.CheckWritable(ctx)
		s.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// Processes that open a new database at the same moment all get it: each
// switches it to WAL as it connects, and SQLite refuses one of them at once
// ("database is locked", without the busy timeout). Before the retry this
// failed in about one round in eight, as four `hearback check` started
// together did in CI.
func TestOpenNewDatabaseFromManyProcesses(t *testing.T) {
	const rounds, procs = 40, 4
	for round := range rounds {
		path := filepath.Join(t.TempDir(), "hearback.db")
		var wg sync.WaitGroup
		for range procs {
			wg.Go(func() {
				cmd := exec.Command(os.Args[0])
				cmd.Env = append(os.Environ(), openChildEnv+"="+path)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("round %d: a process opening the new database failed (%v): %s", round, err, out)
				}
			})
		}
		wg.Wait()
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		var version int
		if err := s.db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil || version != len(migrations) {
			t.Errorf("round %d: schema version %d (%v), want %d", round, version, err, len(migrations))
		}
		s.Close()
	}
}
