// Package engine is what hearback does, apart from how it is asked: one
// check (sync every account, plan, draft, record it), and the service
// that keeps the store fresh and checks on the schedule until stopped.
// cmd/hearback drives it from the command line, cmd/hearback-bench from
// its measurements.
package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
	"github.com/hearback/hearback/watcher"
)

// Engine runs sync and check for the accounts of one configuration.
type Engine struct {
	Config   *config.Config
	Store    *store.Store
	Log      *slog.Logger
	Notifier notify.Notifier
	// Dialer connects the accounts' sessions; its zero value has the
	// production time limits (tests shorten them).
	Dialer watcher.Dialer
}

// Open opens the configuration's database and its notifiers. A read-only
// or locked database fails here, naming the file, before any server is
// contacted.
func Open(ctx context.Context, cfg *config.Config, log *slog.Logger) (*Engine, error) {
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return nil, err
	}
	if err := st.CheckWritable(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return &Engine{Config: cfg, Store: st, Log: log, Notifier: notify.New(cfg.Notify, log)}, nil
}

// Close closes the database.
func (e *Engine) Close() error { return e.Store.Close() }

// AccountResult is one account's part of a check.
type AccountResult struct {
	Account string
	Synced  watcher.SyncStats
	Report  followup.Report
	Err     error
	// Timing is where the check's time went; RoundTrips counts the
	// commands exchanged with the server, login included.
	Timing     Timing
	RoundTrips int
}

// Timing splits a check of one account into its phases.
type Timing struct {
	Connect, Sync, Plan time.Duration
}

// Fetched is how much new mail the sync stored (watcher.SyncStats.Fetched).
func (r AccountResult) Fetched() int { return r.Synced.Fetched() }

// SyncWindowStart is where the first sync of a mailbox starts looking: the
// lookback before the earlier of now and the check's time, so that a
// preview in the future does not make a later real check miss mail.
func (e *Engine) SyncWindowStart(now time.Time) time.Time {
	if real := time.Now(); real.Before(now) {
		now = real
	}
	return followup.Since(e.Config, now)
}

// CheckAccount syncs one account and drafts what is due at now; dryRun
// writes nothing to the server or the ledger.
func (e *Engine) CheckAccount(ctx context.Context, acct config.Account, now time.Time, dryRun bool) AccountResult {
	res := AccountResult{Account: acct.Name}
	start := time.Now()
	sess, err := Connect(ctx, e.Dialer, acct, e.Log)
	if err != nil {
		res.Err = err
		if errors.Is(err, watcher.ErrAuth) {
			e.Notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot log in: " + err.Error()})
		}
		return res
	}
	defer sess.Close()
	res.Timing.Connect = time.Since(start)
	t := time.Now()
	res.Synced, err = sess.Sync(ctx, e.Store, acct.Name, e.SyncWindowStart(now))
	res.Timing.Sync = time.Since(t)
	if err != nil {
		res.Err = err
		return res
	}
	t = time.Now()
	c := &followup.Checker{Store: e.Store, Config: e.Config, Account: acct, Log: e.Log, Notifier: e.Notifier}
	var mailer followup.Mailer = sess
	if dryRun {
		mailer = nil
	}
	res.Report, res.Err = c.Check(ctx, mailer, res.Synced.Mailboxes.Drafts, now, dryRun)
	res.Timing.Plan = time.Since(t)
	res.RoundTrips = sess.RoundTrips()
	return res
}

// CheckLockWait is how long a check waits by default for another one (the
// scheduled check of `hearback run`, a `hearback check` by hand) to
// finish before it gives up: longer than a check with drafts takes.
const CheckLockWait = 2 * time.Minute

// Run says how one check runs.
type Run struct {
	DryRun bool
	// Who names the check for one that has to wait for it ("hearback check").
	Who string
	// Trigger is recorded with the check (store.CheckRun): manual,
	// scheduled, catch-up, demo.
	Trigger string
	// Wait bounds the wait for another check to finish.
	Wait time.Duration
}

// CheckAll checks every account; one account's failure does not stop the
// others. Unless it is a dry run, it holds the database's check lock
// throughout (store.LockCheck): two checks at once would both draft every
// due thread; and it records each account's check in the store, which is
// how the service knows after a restart or a suspend that a check was
// missed.
func (e *Engine) CheckAll(ctx context.Context, now time.Time, how Run) ([]AccountResult, error) {
	if !how.DryRun {
		lock, err := e.Store.LockCheck(ctx, how.Who, how.Wait, func(holder string) {
			e.Log.Info("waiting for another check to finish", "holder", holder, "max_wait", how.Wait.String())
		})
		if err != nil {
			return nil, err
		}
		defer lock.Release()
	}
	var out []AccountResult
	for _, acct := range e.Config.Accounts {
		var id int64
		if !how.DryRun {
			var err error
			if id, err = e.Store.StartCheck(ctx, acct.Name, how.Trigger, time.Now()); err != nil {
				e.Log.Warn("cannot record the check", "account", acct.Name, "err", err)
			}
		}
		r := e.CheckAccount(ctx, acct, now, how.DryRun)
		if r.Err != nil {
			e.Log.Error("check failed", "account", acct.Name, "err", r.Err)
		} else {
			e.Log.Info("check done", "account", acct.Name, "threads", r.Report.Threads, "due", r.Report.Due,
				"drafted", len(r.Report.Drafts), "dry_run", how.DryRun, "trigger", how.Trigger)
		}
		if id != 0 {
			result, errText := store.CheckOK, ""
			if err := errors.Join(append([]error{r.Err}, r.Report.Errors...)...); err != nil {
				result, errText = store.CheckFailed, err.Error()
			}
			// Recorded even when ctx ended: the check did start.
			if err := e.Store.FinishCheck(context.WithoutCancel(ctx), id, time.Now(), result, len(r.Report.Drafts), errText); err != nil {
				e.Log.Warn("cannot record the end of the check", "account", acct.Name, "err", err)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// Forgotten is what Forget purged of one account.
type Forgotten struct {
	Account string
	store.ForgetStats
}

// Forget purges, for every account, threads whose latest message is older
// than days before now.
func (e *Engine) Forget(ctx context.Context, days int, now time.Time) ([]Forgotten, error) {
	cutoff := now.AddDate(0, 0, -days)
	var out []Forgotten
	for _, acct := range e.Config.Accounts {
		st, err := e.Store.ForgetThreads(ctx, acct.Name, cutoff, thread.MeOf(acct).Is)
		if err != nil {
			return out, fmt.Errorf("forget threads of %s: %w", acct.Name, err)
		}
		if st.Threads > 0 {
			e.Log.Info("forgot old threads", "account", acct.Name, "threads", st.Threads, "messages", st.Messages,
				"older_than_days", days)
		}
		out = append(out, Forgotten{acct.Name, st})
	}
	return out, nil
}
