package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/watcher"
)

// engine runs sync and check for the accounts of one configuration.
type engine struct {
	cfg      *config.Config
	st       *store.Store
	log      *slog.Logger
	notifier notify.Notifier
}

// accountResult is one account's part of a check.
type accountResult struct {
	Account string
	Synced  watcher.SyncStats
	Report  followup.Report
	Err     error
}

// connect resolves the account's password and logs in.
func (e *engine) connect(ctx context.Context, acct config.Account) (*watcher.Session, error) {
	if acct.Auth == config.AuthOAuth2 {
		return dialOAuth(ctx, acct, e.log) // auth.go
	}
	pw, err := acct.ResolvePassword(ctx)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", acct.Name, err)
	}
	return watcher.Dial(ctx, acct, pw, e.log)
}

// syncWindowStart is where the first sync of a mailbox starts looking: the
// lookback before the earlier of now and the check's time, so that a
// preview in the future does not make a later real check miss mail.
func (e *engine) syncWindowStart(now time.Time) time.Time {
	if real := time.Now(); real.Before(now) {
		now = real
	}
	return followup.Since(e.cfg, now)
}

// checkAccount syncs one account and drafts what is due at now.
func (e *engine) checkAccount(ctx context.Context, acct config.Account, now time.Time, dryRun bool) accountResult {
	res := accountResult{Account: acct.Name}
	sess, err := e.connect(ctx, acct)
	if err != nil {
		res.Err = err
		if errors.Is(err, watcher.ErrAuth) {
			e.notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot log in: " + err.Error()})
		}
		return res
	}
	defer sess.Close()
	// Sync before Mailboxes: Sync asks what it needs before listing
	// (watcher.Session.Sync), and Mailboxes then answers from its LIST.
	res.Synced, err = sess.Sync(ctx, e.st, acct.Name, e.syncWindowStart(now))
	if err != nil {
		res.Err = err
		return res
	}
	mbs, err := sess.Mailboxes(ctx)
	if err != nil {
		res.Err = err
		return res
	}
	c := &followup.Checker{Store: e.st, Config: e.cfg, Account: acct, Log: e.log, Notifier: e.notifier}
	var mailer followup.Mailer = sess
	if dryRun {
		mailer = nil
	}
	res.Report, res.Err = c.Check(ctx, mailer, mbs.Drafts, now, dryRun)
	return res
}

// checkLockWait is how long a check waits by default for another one (the
// scheduled check of `hearback run`, a `hearback check` by hand) to
// finish before it gives up: longer than a check with drafts takes.
const checkLockWait = 2 * time.Minute

// checkRun says how one check runs.
type checkRun struct {
	dryRun bool
	// who names the check for one that has to wait for it ("hearback check").
	who string
	// trigger is recorded with the check (store.CheckRun): manual,
	// scheduled, catch-up, demo.
	trigger string
	// wait bounds the wait for another check to finish.
	wait time.Duration
}

// checkAll checks every account; one account's failure does not stop the
// others. Unless it is a dry run, it holds the database's check lock
// throughout (store.LockCheck): two checks at once would both draft every
// due thread; and it records each account's check in the store, which is
// how `run` knows after a restart or a suspend that a check was missed.
func (e *engine) checkAll(ctx context.Context, now time.Time, how checkRun) ([]accountResult, error) {
	if !how.dryRun {
		lock, err := e.st.LockCheck(ctx, how.who, how.wait, func(holder string) {
			e.log.Info("waiting for another check to finish", "holder", holder, "max_wait", how.wait.String())
		})
		if err != nil {
			return nil, err
		}
		defer lock.Release()
	}
	var out []accountResult
	for _, acct := range e.cfg.Accounts {
		var id int64
		if !how.dryRun {
			var err error
			if id, err = e.st.StartCheck(ctx, acct.Name, how.trigger, time.Now()); err != nil {
				e.log.Warn("cannot record the check", "account", acct.Name, "err", err)
			}
		}
		r := e.checkAccount(ctx, acct, now, how.dryRun)
		if r.Err != nil {
			e.log.Error("check failed", "account", acct.Name, "err", r.Err)
		} else {
			e.log.Info("check done", "account", acct.Name, "threads", r.Report.Threads, "due", r.Report.Due,
				"drafted", len(r.Report.Drafts), "dry_run", how.dryRun, "trigger", how.trigger)
		}
		if id != 0 {
			result, errText := store.CheckOK, ""
			if err := errors.Join(append([]error{r.Err}, r.Report.Errors...)...); err != nil {
				result, errText = store.CheckFailed, err.Error()
			}
			// Recorded even when ctx ended: the check did start.
			if err := e.st.FinishCheck(context.WithoutCancel(ctx), id, time.Now(), result, len(r.Report.Drafts), errText); err != nil {
				e.log.Warn("cannot record the end of the check", "account", acct.Name, "err", err)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// openEngineAt is openEngine for commands with a --now flag: the moment
// they act at (now when the flag is empty), then the engine.
func (g *globals) openEngineAt(ctx context.Context, nowText string) (*engine, time.Time, error) {
	now, err := parseNow(nowText)
	if err != nil {
		return nil, time.Time{}, err
	}
	e, err := g.openEngine(ctx)
	return e, now, err
}

// openEngine loads what every command needs.
func (g *globals) openEngine(ctx context.Context) (*engine, error) {
	cfg, err := g.loadConfig()
	if err != nil {
		return nil, err
	}
	return g.engineFor(ctx, cfg)
}

func (g *globals) engineFor(ctx context.Context, cfg *config.Config) (*engine, error) {
	log := g.logger(cfg)
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return nil, err
	}
	// A read-only or locked database fails here, naming the file, before
	// any server is contacted (and nothing is written to one).
	if err := st.CheckWritable(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return &engine{cfg: cfg, st: st, log: log, notifier: notify.New(cfg.Notify, log)}, nil
}

// fetchedCount is how much new mail a sync stored: inbox and Sent. Drafts
// are not mail, and hearback's own drafts show up there after each check.
func fetchedCount(s watcher.SyncStats) int {
	return s.Inbox.Fetched + s.Sent.Fetched
}

// findThread finds, across all accounts, the thread whose id is id or the
// one thread whose id starts with it. Not finding exactly one is a usage
// error that says how to list the ids.
func (e *engine) findThread(ctx context.Context, id string, now time.Time) (*followup.Thread, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return nil, usageError{msg: "no thread id given; 'hearback threads' lists them"}
	}
	var matches []*followup.Thread
	total := 0
	for _, acct := range e.cfg.Accounts {
		threads, err := followup.LoadThreads(ctx, e.st, e.cfg, acct, now)
		if err != nil {
			return nil, err
		}
		total += len(threads)
		for _, t := range threads {
			if t.ID == id {
				return t, nil
			}
			if strings.HasPrefix(t.ID, id) {
				matches = append(matches, t)
			}
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return nil, usageError{msg: fmt.Sprintf("no thread %q among the %d thread(s) of the last %d days; "+
			"'hearback threads' lists job threads with their ids, 'hearback threads --all' every thread "+
			"(run 'hearback check' first if the store is empty)", id, total, e.cfg.Followup.LookbackDays)}
	}
	ids := make([]string, 0, len(matches))
	for _, t := range matches {
		ids = append(ids, t.ID+" ("+t.Messages[0].Subject+")")
	}
	sort.Strings(ids)
	if len(ids) > 8 {
		ids = append(ids[:8], "...")
	}
	return nil, usageError{msg: fmt.Sprintf("%q matches %d threads: %s; give more of the id", id, len(matches), strings.Join(ids, ", "))}
}
