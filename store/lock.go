package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// ErrCheckRunning means another check holds the database's check lock and
// did not let go within the wait.
var ErrCheckRunning = errors.New("another hearback check is running")

// checkLockPoll is how often a waiting check tries the lock again.
const checkLockPoll = 200 * time.Millisecond

// memLocks stands in for the lock file of in-memory databases (tests and
// the demo), which have no path to lock: one lock per Store.
var memLocks sync.Map // *Store → chan struct{}

// CheckLock is the check lock held, until Release.
type CheckLock struct {
	release func()
	once    sync.Once
}

// Release lets the next check in.
func (l *CheckLock) Release() {
	if l != nil {
		l.once.Do(l.release)
	}
}

// LockCheck takes the database's check lock: only one check at a time may
// plan and write drafts, across processes (`hearback run`'s scheduled
// check and a `hearback check` by hand) and within one. Without it two
// checks both see a thread as due and both draft it. It waits up to wait
// for a running check to finish, reporting once through waiting (which may
// be nil) who holds it; after that it gives up with ErrCheckRunning. The
// lock is a file beside the database, locked with flock (lock_unix.go), so
// a check killed with SIGKILL releases it with its process. who describes
// the holder for the next one that waits ("check", "run: scheduled check").
func (s *Store) LockCheck(ctx context.Context, who string, wait time.Duration, waiting func(holder string)) (*CheckLock, error) {
	if s.path == ":memory:" {
		return s.lockMemory(ctx, wait)
	}
	path := s.path + ".lock"
	deadline := time.Now().Add(wait)
	told := false
	for {
		release, holder, err := tryLockFile(path, fmt.Sprintf("pid %d, %s, since %s", os.Getpid(), who, time.Now().Format("15:04:05")))
		if err != nil {
			return nil, fmt.Errorf("store: check lock %s: %w", path, err)
		}
		if release != nil {
			return &CheckLock{release: release}, nil
		}
		holder = strings.TrimSpace(holder)
		if holder == "" {
			holder = "another process"
		}
		if !time.Now().Before(deadline) {
			return nil, fmt.Errorf("%w (%s; lock file %s): try again when it has finished", ErrCheckRunning, holder, path)
		}
		if !told && waiting != nil {
			waiting(holder)
			told = true
		}
		t := time.NewTimer(min(checkLockPoll, time.Until(deadline)))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func (s *Store) lockMemory(ctx context.Context, wait time.Duration) (*CheckLock, error) {
	v, _ := memLocks.LoadOrStore(s, make(chan struct{}, 1))
	ch := v.(chan struct{})
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case ch <- struct{}{}:
		return &CheckLock{release: func() { <-ch }}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("%w (in this process)", ErrCheckRunning)
	}
}
