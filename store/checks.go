package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// CheckRun is one check of one account, as recorded: when it ran, why,
// and how it went. `hearback run` catches up from the latest one after a
// restart or a suspend (schedule.Runner); threads and doctor show it.
type CheckRun struct {
	ID       int64
	Account  string
	Trigger  string // scheduled, catch-up, manual, demo
	Started  time.Time
	Finished time.Time // zero while running (or when the process died)
	Result   string    // ok, failed; "" while running
	Drafted  int
	Error    string
}

// Check results.
const (
	CheckOK     = "ok"
	CheckFailed = "failed"
)

// maxCheckError bounds the error text kept: it names the failure, the log
// has the rest.
const maxCheckError = 500

// StartCheck records that a check of account began.
func (s *Store) StartCheck(ctx context.Context, account, trigger string, at time.Time) (int64, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	res, err := s.db.ExecContext(ctx, `INSERT INTO checks(account, trigger, started_at) VALUES (?, ?, ?)`,
		account, trigger, at.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("store: record check of %s: %w", account, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: record check of %s: %w", account, err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM checks WHERE account = ? AND id NOT IN
		(SELECT id FROM checks WHERE account = ? ORDER BY started_at DESC, id DESC LIMIT ?)`, account, account, keptChecks); err != nil {
		return 0, fmt.Errorf("store: prune checks of %s: %w", account, err)
	}
	return id, nil
}

// keptChecks is how many checks per account the store remembers.
const keptChecks = 500

// FinishCheck records how the check id ended. errText is the error's
// message (never a secret: hearback's errors name sources, not values).
func (s *Store) FinishCheck(ctx context.Context, id int64, at time.Time, result string, drafted int, errText string) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	if len(errText) > maxCheckError {
		errText = errText[:maxCheckError] + "…"
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE checks SET finished_at = ?, result = ?, drafted = ?, error = ? WHERE id = ?`,
		at.UnixMilli(), result, drafted, errText, id); err != nil {
		return fmt.Errorf("store: record end of check %d: %w", id, err)
	}
	return nil
}

// LastCheck is the latest recorded check of any account: when it started.
func (s *Store) LastCheck(ctx context.Context) (time.Time, bool, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var ms sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(started_at) FROM checks`).Scan(&ms); err != nil {
		return time.Time{}, false, fmt.Errorf("store: last check: %w", err)
	}
	if !ms.Valid {
		return time.Time{}, false, nil
	}
	return time.UnixMilli(ms.Int64), true, nil
}

// CheckHistory is an account's recorded checks, newest first, at most limit.
func (s *Store) CheckHistory(ctx context.Context, account string, limit int) ([]CheckRun, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, `SELECT id, account, trigger, started_at, finished_at, result, drafted, error
		FROM checks WHERE account = ? ORDER BY started_at DESC, id DESC LIMIT ?`, account, limit)
	if err != nil {
		return nil, fmt.Errorf("store: checks of %s: %w", account, err)
	}
	defer rows.Close()
	var out []CheckRun
	for rows.Next() {
		c, err := scanCheck(rows)
		if err != nil {
			return nil, fmt.Errorf("store: checks of %s: %w", account, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanCheck(rows *sql.Rows) (CheckRun, error) {
	var c CheckRun
	var started int64
	var finished sql.NullInt64
	if err := rows.Scan(&c.ID, &c.Account, &c.Trigger, &started, &finished, &c.Result, &c.Drafted, &c.Error); err != nil {
		return c, err
	}
	c.Started = time.UnixMilli(started)
	if finished.Valid {
		c.Finished = time.UnixMilli(finished.Int64)
	}
	return c, nil
}

// LastChecks is each account's latest recorded check.
func (s *Store) LastChecks(ctx context.Context) (map[string]CheckRun, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.account, c.trigger, c.started_at, c.finished_at, c.result, c.drafted, c.error
		FROM checks c WHERE c.id = (SELECT id FROM checks WHERE account = c.account ORDER BY started_at DESC, id DESC LIMIT 1)`)
	if err != nil {
		return nil, fmt.Errorf("store: last checks: %w", err)
	}
	defer rows.Close()
	out := map[string]CheckRun{}
	for rows.Next() {
		c, err := scanCheck(rows)
		if err != nil {
			return nil, fmt.Errorf("store: last checks: %w", err)
		}
		out[c.Account] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: last checks: %w", err)
	}
	return out, nil
}
