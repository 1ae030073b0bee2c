package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/watcher"
)

// shutdownGrace bounds a graceful stop: SIGTERM must end the process well
// within systemd's and the user's patience.
const shutdownGrace = 4 * time.Second

func cmdRun(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "run", "run\n\nRuns until SIGTERM or SIGINT: keeps the store fresh (IDLE or polling) and checks on the configured schedule.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	defer e.st.Close()

	cl := cronLogger{e.log}
	sched := cron.New(cron.WithLocation(e.cfg.Location),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	if _, err := sched.AddFunc(e.cfg.Schedule, func() { e.checkAll(ctx, time.Now(), false) }); err != nil {
		return fmt.Errorf("schedule %q: %w", e.cfg.Schedule, err)
	}
	sched.Start()
	next := sched.Entries()[0].Next
	e.log.Info("hearback running", "accounts", len(e.cfg.Accounts), "schedule", e.cfg.Schedule,
		"timezone", e.cfg.Location.String(), "next_check", next.Format(time.RFC3339), "database", e.st.Path())

	var wg sync.WaitGroup
	for _, acct := range e.cfg.Accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.watch(ctx, acct)
		}()
	}
	<-ctx.Done()
	// From here a second signal kills the process the default way.
	g.stopSignals()
	e.log.Info("stopping", "grace", shutdownGrace.String())
	done := make(chan struct{})
	go func() {
		<-sched.Stop().Done()
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		e.log.Info("stopped")
	case <-time.After(shutdownGrace):
		e.log.Warn("stopped with work still running (grace period over)")
	}
	return nil
}

// watch keeps one account's store fresh: sync, wait for a change (IDLE or
// polling), sync again. Connection failures are retried with backoff; a
// rejected login is permanent and stops this account only.
func (e *engine) watch(ctx context.Context, acct config.Account) {
	log := e.log.With("account", acct.Name)
	var failures int
	for ctx.Err() == nil {
		err := e.watchSession(ctx, acct, func() { failures = 0 })
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, watcher.ErrAuth) {
			log.Error("login rejected; not retrying this account until hearback restarts", "err", err)
			e.notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot log in to " + acct.Name + ": check the password"})
			return
		}
		wait := backoff(failures)
		failures++
		log.Warn("connection lost; reconnecting", "err", err, "retry_in", wait.Round(time.Millisecond).String())
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

func (e *engine) watchSession(ctx context.Context, acct config.Account, healthy func()) error {
	sess, err := e.connect(ctx, acct)
	if err != nil {
		return err
	}
	defer sess.Close()
	mbs, err := sess.Mailboxes(ctx)
	if err != nil {
		return err
	}
	for {
		stats, err := sess.Sync(ctx, e.st, acct.Name, e.syncWindowStart(time.Now()))
		if err != nil {
			return err
		}
		healthy()
		if n := fetchedCount(stats); n > 0 {
			e.log.Info("synced", "account", acct.Name, "new", n)
		}
		if err := sess.WaitForChange(ctx, mbs.Inbox, 10*time.Minute); err != nil {
			return err
		}
	}
}

// backoff is the wait before reconnect attempt n: the first retry is
// immediate, then doubling from 2s with jitter, capped at 5 minutes.
func backoff(n int) time.Duration {
	if n == 0 {
		return 0
	}
	d := 2 * time.Second << min(n-1, 8)
	if d > 5*time.Minute {
		d = 5 * time.Minute
	}
	return d/2 + rand.N(d/2)
}

type cronLogger struct{ log *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.log.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.log.Error("cron: "+msg, append(kv, "err", err)...)
}
