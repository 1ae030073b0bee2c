package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"os/signal"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/schedule"
	"github.com/hearback/hearback/watcher"
)

// shutdownGrace bounds a graceful stop: SIGTERM must end the process well
// within 5 s (and systemd's TimeoutStopSec), even with a check running.
const shutdownGrace = 4 * time.Second

// Reconnect backoff: the first retry is immediate (a blip, a server
// restart), then doubling from backoffBase with jitter, capped so that a
// laptop back on the network catches up within minutes.
const (
	backoffBase = 2 * time.Second
	backoffCap  = 5 * time.Minute
)

// idleMaxWait is the longest one WaitForChange call lasts; after it the
// account syncs anyway (cheap: UIDNEXT says whether anything is new), which
// also proves the connection still works.
const idleMaxWait = 10 * time.Minute

func cmdRun(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "run", "run\n\nRuns until SIGTERM or SIGINT: keeps the store fresh (IDLE or polling) and checks on the configured schedule.\nSIGHUP reloads the configuration; a bad new configuration is reported and the running one kept.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// Registered before anything slow, so that an early SIGHUP (systemctl
	// reload right after start) is not the default action: exit.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	d := &service{g: g, sd: sdNotifier{}, wake: schedule.WatchLogind(ctx, e.log)}
	defer func() { d.e.st.Close() }()
	if err := d.start(ctx, e); err != nil {
		return err
	}

	// The watchdog ping comes from this loop, which also serves signals:
	// if it wedges, systemd restarts the service (WatchdogSec in the unit).
	var wdTick <-chan time.Time
	if iv, err := daemon.SdWatchdogEnabled(false); err == nil && iv > 0 {
		t := time.NewTicker(iv / 2)
		defer t.Stop()
		wdTick = t.C
		d.e.log.Debug("systemd watchdog enabled", "interval", iv.String())
	}
	d.sd.notify(daemon.SdNotifyReady, "STATUS="+d.status())
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-wdTick:
			d.sd.notify(daemon.SdNotifyWatchdog)
		case <-hup:
			d.reload(ctx)
		}
	}
	// From here a second signal kills the process the default way.
	g.stopSignals()
	d.sd.notify(daemon.SdNotifyStopping, "STATUS=stopping")
	d.e.log.Info("stopping", "grace", shutdownGrace.String())
	if d.stop(shutdownGrace) {
		d.e.log.Info("stopped")
	} else {
		d.e.log.Warn("stopped with work still running (grace period over)")
	}
	return nil
}

// service is the running daemon: one generation of scheduler and
// watchers per configuration, replaced whole on reload.
type service struct {
	g  *globals
	sd sdNotifier
	e  *engine
	// zone follows the machine's time zone for a config without one.
	zone schedule.LocalZone
	// wake, when set, is logind's "resumed from sleep" (logind_linux.go).
	wake <-chan struct{}

	cancel context.CancelFunc
	done   chan struct{} // closed when the generation's goroutines are gone

	mu       sync.Mutex
	spec     schedule.Spec
	loc      func() *time.Location
	accounts map[string]string // account → state, for STATUS=
	// woke is closed (and replaced) when the machine comes back from a
	// suspend or the process from a stop: the watchers' connections may
	// be dead, so they reconnect at once.
	woke chan struct{}
}

// start runs a generation for e: the wall-clock scheduler and one watcher
// per account, all under a context that stop cancels.
func (d *service) start(parent context.Context, e *engine) error {
	ctx, cancel := context.WithCancel(parent)
	spec, err := schedule.Parse(e.cfg.Schedule)
	if err != nil {
		cancel()
		return err
	}
	// timezone: "" means the machine's zone, which may change while we
	// run (the user travels); a named zone stays.
	loc := func() *time.Location { return e.cfg.Location }
	if e.cfg.Timezone == "" {
		loc = d.zone.Location
	}
	d.e, d.cancel = e, cancel
	d.mu.Lock()
	// Under the lock: watchers of a previous generation that outlived
	// the grace period may still be reading it for STATUS=.
	d.spec, d.loc = spec, loc
	d.accounts = map[string]string{}
	for _, a := range e.cfg.Accounts {
		d.accounts[a.Name] = "connecting"
	}
	if d.woke == nil {
		d.woke = make(chan struct{})
	}
	d.mu.Unlock()
	e.log.Info("hearback running", "accounts", len(e.cfg.Accounts), "schedule", e.cfg.Schedule,
		"timezone", loc().String(), "next_check", d.nextCheck().Format(time.RFC3339), "database", e.st.Path())

	runner := &schedule.Runner{
		Spec:      spec,
		Location:  loc,
		LastCheck: e.st.LastCheck,
		Check: func(ctx context.Context, trigger schedule.Trigger, at time.Time) {
			d.scheduledCheck(ctx, e, trigger, at)
		},
		Woke: d.wokeUp,
		Wake: d.wake,
		Log:  e.log,
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		runner.Run(ctx)
	}()
	for _, acct := range e.cfg.Accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.watch(ctx, acct, func(state string) { d.setState(acct.Name, state) }, d.wokeSignal)
		}()
	}
	done := make(chan struct{})
	d.done = done
	go func() {
		wg.Wait()
		close(done)
	}()
	return nil
}

// wokeUp tells the watchers that the machine was away (suspend, SIGSTOP):
// their connections may have died without a word, so they reconnect now
// rather than after TCP keepalive gives up.
func (d *service) wokeUp(away time.Duration) {
	d.mu.Lock()
	close(d.woke)
	d.woke = make(chan struct{})
	d.mu.Unlock()
}

// wokeSignal is the channel the next wake closes.
func (d *service) wokeSignal() <-chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.woke
}

// nextCheck is when the schedule next runs a check, by the wall clock.
func (d *service) nextCheck() time.Time {
	d.mu.Lock()
	spec, loc := d.spec, d.loc
	d.mu.Unlock()
	if loc == nil {
		return time.Time{}
	}
	return spec.Next(time.Now(), loc())
}

// stop cancels the generation and waits up to grace for it to end; it
// reports whether everything ended in time.
func (d *service) stop(grace time.Duration) bool {
	d.cancel()
	select {
	case <-d.done:
		return true
	case <-time.After(grace):
		return false
	}
}

// reload rereads the configuration. A configuration that does not load,
// or a database that does not open, is reported and the running
// generation is left alone: a typo must not take the service down.
func (d *service) reload(ctx context.Context) {
	// MONOTONIC_USEC goes with RELOADING=1 from systemd 253 on; older
	// versions ignore it.
	d.sd.notify(daemon.SdNotifyReloading, strings.TrimSpace(daemon.SdNotifyMonotonicUsec()))
	defer func() { d.sd.notify(daemon.SdNotifyReady, "STATUS="+d.status()) }()
	old := d.e
	old.log.Info("reloading configuration", "config", d.g.configPath)
	cfg, err := d.g.loadConfig()
	if err != nil {
		old.log.Error("configuration reload failed; keeping the running configuration", "err", err)
		return
	}
	// A new engine (store handle, logger, notifiers) is built before the
	// old generation stops, so that a database that does not open keeps it.
	ne, err := d.g.engineFor(ctx, cfg)
	if err != nil {
		old.log.Error("configuration reload failed; keeping the running configuration", "err", err)
		return
	}
	if !d.stop(shutdownGrace) {
		old.log.Warn("previous configuration's work still running after the grace period; starting the new one anyway")
	}
	old.st.Close()
	if err := d.start(ctx, ne); err != nil {
		// Cannot happen for a validated config (the schedule was parsed
		// at load); should it, running the old one beats running nothing.
		ne.log.Error("new configuration does not start; restarting the previous one", "err", err)
		ne.st.Close()
		if old, err = d.g.engineFor(ctx, old.cfg); err != nil {
			d.e.log.Error("cannot reopen the previous configuration's database", "err", err)
			return
		}
		if err := d.start(ctx, old); err != nil {
			old.log.Error("cannot restart the previous configuration", "err", err)
		}
		return
	}
	ne.log.Info("configuration reloaded", "accounts", len(cfg.Accounts))
}

// scheduledLockWait is how long a scheduled check waits for a check the
// user started by hand; after that it is skipped (and logged): the user's
// check has just done the same work.
const scheduledLockWait = 10 * time.Minute

// scheduledCheck is the scheduler's job: check every account, then purge
// old threads when forget_after_days asks for it.
func (d *service) scheduledCheck(ctx context.Context, e *engine, trigger schedule.Trigger, at time.Time) {
	d.sd.notify("STATUS=checking; " + d.status())
	e.log.Info("scheduled check", "trigger", string(trigger), "scheduled", at.Format(time.RFC3339))
	if _, err := e.checkAll(ctx, time.Now(), checkRun{who: "hearback run (" + string(trigger) + " check)",
		trigger: string(trigger), wait: scheduledLockWait}); err != nil {
		e.log.Error("scheduled check skipped", "err", err)
	}
	if days := e.cfg.ForgetAfterDays; days > 0 && ctx.Err() == nil {
		if _, err := e.forget(ctx, days, time.Now()); err != nil {
			e.log.Error("forget old threads", "err", err)
		}
	}
	d.sd.notify("STATUS=" + d.status())
}

func (d *service) setState(account, state string) {
	d.mu.Lock()
	changed := d.accounts[account] != state
	d.accounts[account] = state
	d.mu.Unlock()
	if changed {
		d.sd.notify("STATUS=" + d.status())
	}
}

// status is one line for `systemctl status`: each account's state and
// when the next check runs.
func (d *service) status() string {
	d.mu.Lock()
	names := make([]string, 0, len(d.accounts))
	for n := range d.accounts {
		names = append(names, n)
	}
	slices.Sort(names)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n + ": " + d.accounts[n]
	}
	d.mu.Unlock()
	s := strings.Join(parts, ", ")
	if next := d.nextCheck(); !next.IsZero() {
		s += "; next check " + next.Format("2006-01-02 15:04 MST")
	}
	return s
}

// sdNotifier speaks systemd's notify protocol when NOTIFY_SOCKET is set
// (Type=notify) and does nothing otherwise (a terminal, launchd).
type sdNotifier struct{}

func (sdNotifier) notify(states ...string) {
	// The environment is kept: a reload or the watchdog notifies again.
	daemon.SdNotify(false, strings.Join(states, "\n"))
}

// errWoke ends a session that the machine's wake made suspect.
var errWoke = errors.New("woke up: reconnecting")

// watch keeps one account's store fresh: sync, wait for a change (IDLE or
// polling), sync again. Connection failures are retried with backoff; a
// rejected login, or a configuration that cannot work (a password
// variable that is not set), is permanent and stops this account only,
// until a restart or a reload. state reports what the account is doing;
// woke gives the channel the next wake from a suspend closes.
func (e *engine) watch(ctx context.Context, acct config.Account, state func(string), woke func() <-chan struct{}) {
	log := e.log.With("account", acct.Name)
	var failures int
	for ctx.Err() == nil {
		state("connecting")
		err := e.watchSession(ctx, acct, func() { failures = 0; state("watching") }, woke())
		if ctx.Err() != nil {
			return
		}
		switch {
		case errors.Is(err, errWoke):
			// Not a failure: the connection is replaced at once.
			log.Info("reconnecting after the machine woke up")
			continue
		case errors.Is(err, watcher.ErrAuth):
			state("login rejected")
			log.Error("login rejected; not retrying this account until hearback restarts or reloads", "err", err)
			e.notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot log in to " + acct.Name + ": check the password"})
			return
		case config.IsConfigError(err):
			state("configuration error")
			log.Error("configuration error; not retrying this account until hearback restarts or reloads", "err", err)
			e.notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot use " + acct.Name + ": " + err.Error()})
			return
		}
		wait := backoff(failures)
		failures++
		state("reconnecting")
		log.Warn("connection lost; reconnecting", "err", err, "attempt", failures, "retry_in", wait.Round(time.Millisecond).String())
		if wait == 0 {
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// watchSession is one connection's life. A wake ends it: after a suspend
// the connection may be dead without a word (the server dropped it, the
// network changed), and waiting for TCP to notice takes minutes.
func (e *engine) watchSession(ctx context.Context, acct config.Account, healthy func(), wake <-chan struct{}) error {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var woken atomic.Bool
	var mu sync.Mutex
	var sess *watcher.Session
	go func() {
		select {
		case <-wake:
			woken.Store(true)
			mu.Lock()
			if sess != nil {
				// Not Close: its LOGOUT would wait on a dead connection.
				sess.Abort()
			}
			mu.Unlock()
			cancel()
		case <-sctx.Done():
		}
	}()
	err := e.session(sctx, acct, healthy, func(s *watcher.Session) {
		mu.Lock()
		sess = s
		mu.Unlock()
	})
	if woken.Load() && ctx.Err() == nil {
		return errWoke
	}
	return err
}

// session is one connection: sync, wait for a change, sync again, until
// an error. connected is told the session once it is logged in.
func (e *engine) session(ctx context.Context, acct config.Account, healthy func(), connected func(*watcher.Session)) error {
	sess, err := e.connect(ctx, acct)
	if err != nil {
		return err
	}
	defer sess.Close()
	connected(sess)
	for {
		stats, err := sess.Sync(ctx, e.st, acct.Name, e.syncWindowStart(time.Now()))
		if err != nil {
			return err
		}
		// After the first Sync, which lists the mailboxes: cached.
		mbs, err := sess.Mailboxes(ctx)
		if err != nil {
			return err
		}
		healthy()
		if n := fetchedCount(stats); n > 0 {
			e.log.Info("synced", "account", acct.Name, "new", n)
		}
		if err := sess.WaitForChange(ctx, mbs.Inbox, idleMaxWait); err != nil {
			return err
		}
	}
}

// backoff is the wait before reconnect attempt n (0-based, counted since
// the last healthy session): the first retry is immediate, then doubling
// from backoffBase, capped at backoffCap, each drawn uniformly from
// [d/2, d) so that accounts on one server do not reconnect in lockstep.
func backoff(n int) time.Duration {
	if n <= 0 {
		return 0
	}
	d := backoffBase << min(n-1, 16)
	if d > backoffCap || d <= 0 {
		d = backoffCap
	}
	return d/2 + rand.N(d/2)
}
