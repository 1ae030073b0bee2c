package store

import (
	"context"
	"fmt"
)

// CheckWritable takes and releases the write lock, so that a database
// that is read-only, or locked by another process for longer than the
// busy timeout, is reported up front, naming the file, before hearback
// talks to any server, rather than halfway through a sync.
func (s *Store) CheckWritable(ctx context.Context) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	// BEGIN IMMEDIATE (the DSN's _txlock) takes the write lock; a write
	// inside proves the file and its directory (WAL, -shm) accept writes.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: database %s is not writable: %w", s.path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `PRAGMA user_version = `+fmt.Sprint(len(migrations))); err != nil {
		return fmt.Errorf("store: database %s is not writable: %w", s.path, err)
	}
	return nil
}
