//go:build unix

package store

import (
	"errors"
	"io"
	"os"
	"syscall"
)

// tryLockFile takes an exclusive flock on path without waiting. It returns
// a release function when it got the lock (and writes note into the file
// for whoever waits next), or the note of the holder when it did not.
// flock locks belong to the open file, not the process: a second open in
// the same process conflicts too, which keeps two checks of one `run` apart.
func tryLockFile(path, note string) (release func(), holder string, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, "", err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			b, _ := io.ReadAll(io.LimitReader(f, 512))
			return nil, string(b), nil
		}
		return nil, "", err
	}
	// The note is best effort: it only improves the message of a waiter.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(note+"\n"), 0)
	}
	return func() {
		f.Truncate(0)
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, "", nil
}
