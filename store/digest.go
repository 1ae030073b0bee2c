package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// lastDigestKey is the store_meta row of the weekly digest: when the last
// one was sent, in Unix seconds. `hearback run` catches up a digest missed
// while the machine slept or hearback was stopped (schedule.Runner).
const lastDigestKey = "last_digest"

// LastDigest is when the last digest was sent; ok is false when none was.
func (s *Store) LastDigest(ctx context.Context) (time.Time, bool, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var sec int64
	err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = ?`, lastDigestKey).Scan(&sec)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return time.Time{}, false, nil
	case err != nil:
		return time.Time{}, false, fmt.Errorf("store: last digest: %w", err)
	}
	return time.Unix(sec, 0), true, nil
}

// SetLastDigest records that a digest was sent at t.
func (s *Store) SetLastDigest(ctx context.Context, t time.Time) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	if _, err := s.db.ExecContext(ctx, `INSERT INTO store_meta(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, lastDigestKey, t.Unix()); err != nil {
		return fmt.Errorf("store: record digest: %w", err)
	}
	return nil
}
