package store

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"
)

// privateMode is the mode of the database and the files SQLite keeps
// beside it: they hold headers and excerpts of the user's mail.
const privateMode fs.FileMode = 0o600

// makePrivate creates the database file at path with mode 0600 if it does
// not exist, before SQLite does: SQLite would create it 0644 (less the
// umask), and gives the -wal and -shm files it creates later the mode of
// the database file. An existing database, -wal or -shm file that group or
// others may read is tightened to 0600, silently (Open has no logger; the
// change is documented in config.example.yaml). A file that cannot be
// changed (another owner, immutable) is left to SQLite to report on.
func makePrivate(path string) error {
	// O_RDONLY|O_CREATE: a read-only database in a read-only directory
	// still opens (SQLite then says it cannot write, naming the file).
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, privateMode)
	if err != nil {
		return fmt.Errorf("store: create %s: %w", path, err)
	}
	f.Close()
	if runtime.GOOS == "windows" {
		return nil
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		st, err := os.Stat(p)
		if err != nil || !st.Mode().IsRegular() {
			continue // not there (yet): SQLite creates it with the database's mode
		}
		if st.Mode().Perm()&^privateMode != 0 {
			os.Chmod(p, st.Mode().Perm()&privateMode)
		}
	}
	return nil
}
