//go:build !unix

package store

import (
	"errors"
	"os"
)

// tryLockFile on systems without flock: an exclusively created file. A
// check that dies leaves it behind; the error names it so the user can
// remove it.
func tryLockFile(path, note string) (release func(), holder string, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		b, _ := os.ReadFile(path)
		return nil, string(b), nil
	}
	if err != nil {
		return nil, "", err
	}
	f.WriteString(note + "\n")
	f.Close()
	return func() { os.Remove(path) }, "", nil
}
