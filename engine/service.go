package engine

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hearback/hearback/digest"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/schedule"
	"github.com/hearback/hearback/web"
)

// ShutdownGrace bounds a graceful stop: SIGTERM must end the process well
// within 5 s (and systemd's TimeoutStopSec), even with a check running.
const ShutdownGrace = 4 * time.Second

// scheduledLockWait is how long a scheduled check waits for a check the
// user started by hand; after that it is skipped (and logged): the user's
// check has just done the same work.
const scheduledLockWait = 10 * time.Minute

// Service is the running daemon: one generation of scheduler and watchers
// per configuration, replaced whole by Reload.
type Service struct {
	// Load reads the configuration anew and opens an engine for it; Reload
	// calls it.
	Load func(ctx context.Context) (*Engine, error)
	// Status, if set, is told the one-line status (each account's state,
	// the next check) whenever it changes: systemd's STATUS=.
	Status func(line string)
	// Wake, if set, tells the scheduler to look at the clock now (logind's
	// resumed-from-sleep signal).
	Wake <-chan struct{}

	e      *Engine
	cancel context.CancelFunc
	done   chan struct{} // closed when the generation's goroutines are gone
	// dashboard is the generation's web server (web.listen), nil when
	// it is off or could not listen.
	dashboard *web.Running
	// zone follows the machine's time zone for a config without one.
	zone schedule.LocalZone

	mu       sync.Mutex
	spec     schedule.Spec
	loc      func() *time.Location
	accounts map[string]string // account → state
	// woke is closed (and replaced) when the machine comes back from a
	// suspend or the process from a stop: the watchers' connections may
	// be dead, so they reconnect at once.
	woke chan struct{}
}

// Engine is the running generation's engine.
func (s *Service) Engine() *Engine { return s.e }

// Start runs a generation for e: the wall-clock scheduler, one watcher
// per account, all under a context that Stop cancels, and the dashboard
// (web.listen). A dashboard whose password cannot be read is a
// configuration error and nothing starts; one that cannot listen (the
// port is taken) is logged, and the rest runs without it.
func (s *Service) Start(parent context.Context, e *Engine) error {
	ctx, cancel := context.WithCancel(parent)
	spec, err := schedule.Parse(e.Config.Schedule)
	if err != nil {
		cancel()
		return err
	}
	// The weekly digest, when the config asks for one (validated at load).
	var digestSpec *schedule.Spec
	if e.Config.Digest != "" {
		ds, err := schedule.Parse(e.Config.Digest)
		if err != nil {
			cancel()
			return err
		}
		digestSpec = &ds
	}
	// Set before anything can fail: the caller closes Engine() on the way out.
	s.e = e
	s.dashboard = nil
	if e.Config.Web.Enabled() {
		d, err := web.Start(ctx, web.StartOptions{Config: e.Config, Store: e.Store, Log: e.Log})
		var listen *web.ListenError
		switch {
		case errors.As(err, &listen):
			e.Log.Error("dashboard not started; hearback runs on without it", "err", err)
		case err != nil:
			cancel()
			return err
		default:
			s.dashboard = d
		}
	}
	// timezone: "" means the machine's zone, which may change while we
	// run (the user travels); a named zone stays.
	loc := func() *time.Location { return e.Config.Location }
	if e.Config.Timezone == "" {
		loc = s.zone.Location
	}
	s.e, s.cancel = e, cancel
	s.mu.Lock()
	// Under the lock: watchers of a previous generation that outlived
	// the grace period may still be reading it for the status line.
	s.spec, s.loc = spec, loc
	s.accounts = map[string]string{}
	for _, a := range e.Config.Accounts {
		s.accounts[a.Name] = "connecting"
	}
	if s.woke == nil {
		s.woke = make(chan struct{})
	}
	s.mu.Unlock()
	e.Log.Info("hearback running", "accounts", len(e.Config.Accounts), "schedule", e.Config.Schedule,
		"timezone", loc().String(), "next_check", s.NextCheck().Format(time.RFC3339), "database", e.Store.Path())

	runner := &schedule.Runner{
		Spec:      spec,
		Location:  loc,
		LastCheck: e.Store.LastCheck,
		Check: func(ctx context.Context, trigger schedule.Trigger, at time.Time) {
			s.scheduledCheck(ctx, e, trigger, at)
		},
		Woke: s.wokeUp,
		Wake: s.Wake,
		Log:  e.Log,
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		runner.Run(ctx)
	}()
	if digestSpec != nil {
		dr := s.digestRunner(e, *digestSpec, loc, nil)
		e.Log.Info("weekly digest on", "digest", e.Config.Digest, "next_digest", digestSpec.Next(time.Now(), loc()).Format(time.RFC3339))
		wg.Add(1)
		go func() {
			defer wg.Done()
			dr.Run(ctx)
		}()
	}
	for _, acct := range e.Config.Accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.Watch(ctx, acct, func(state string) { s.setState(acct.Name, state) }, s.wokeSignal)
		}()
	}
	done := make(chan struct{})
	s.done = done
	go func() {
		wg.Wait()
		close(done)
	}()
	return nil
}

// Stop cancels the generation and waits up to grace for it to end; it
// reports whether everything ended in time. The dashboard gets a second
// for the requests under way.
func (s *Service) Stop(grace time.Duration) bool {
	deadline := time.Now().Add(grace)
	s.cancel()
	if d := s.dashboard; d != nil {
		d.Stop(min(grace, time.Second))
		s.dashboard = nil
	}
	select {
	case <-s.done:
		return true
	case <-time.After(time.Until(deadline)):
		return false
	}
}

// Reload rereads the configuration (Load). A configuration that does not
// load, or a database that does not open, is reported and the running
// generation is left alone: a typo must not take the service down.
func (s *Service) Reload(ctx context.Context) {
	old := s.e
	old.Log.Info("reloading configuration", "config", old.Config.Path)
	// A new engine (store handle, logger, notifiers) is built before the
	// old generation stops, so that a database that does not open keeps it.
	ne, err := s.Load(ctx)
	if err != nil {
		old.Log.Error("configuration reload failed; keeping the running configuration", "err", err)
		return
	}
	if !s.Stop(ShutdownGrace) {
		old.Log.Warn("previous configuration's work still running after the grace period; starting the new one anyway")
	}
	old.Close()
	if err := s.Start(ctx, ne); err != nil {
		// Cannot happen for a validated config (the schedule was parsed
		// at load); should it, running the old one beats running nothing.
		ne.Log.Error("new configuration does not start; restarting the previous one", "err", err)
		ne.Close()
		d := old.Dialer
		if old, err = Open(ctx, old.Config, old.Log); err != nil {
			ne.Log.Error("cannot reopen the previous configuration's database", "err", err)
			return
		}
		old.Dialer = d
		if err := s.Start(ctx, old); err != nil {
			old.Log.Error("cannot restart the previous configuration", "err", err)
		}
		return
	}
	ne.Log.Info("configuration reloaded", "accounts", len(ne.Config.Accounts))
}

// scheduledCheck is the scheduler's job: check every account, then purge
// old threads when forget_after_days asks for it.
func (s *Service) scheduledCheck(ctx context.Context, e *Engine, trigger schedule.Trigger, at time.Time) {
	s.status("checking; ")
	e.Log.Info("scheduled check", "trigger", string(trigger), "scheduled", at.Format(time.RFC3339))
	if _, err := e.CheckAll(ctx, time.Now(), Run{Who: "hearback run (" + string(trigger) + " check)",
		Trigger: string(trigger), Wait: scheduledLockWait}); err != nil {
		e.Log.Error("scheduled check skipped", "err", err)
	}
	if days := e.Config.ForgetAfterDays; days > 0 && ctx.Err() == nil {
		if _, err := e.Forget(ctx, days, time.Now()); err != nil {
			e.Log.Error("forget old threads", "err", err)
		}
	}
	s.status("")
}

// digestRunner runs the weekly digest on spec, by the wall clock like
// the checks, in the same zone. A digest missed while the machine slept
// or hearback was stopped is sent once when it runs again (the store
// remembers the last one). It has no Wake: a value on that channel
// reaches one receiver, the check scheduler, and this runner looks at
// the clock every schedule.MaxTick anyway.
// clock is the runner's and the digest's clock; nil is schedule.System.
func (s *Service) digestRunner(e *Engine, spec schedule.Spec, loc func() *time.Location, clock schedule.Clock) *schedule.Runner {
	if clock == nil {
		clock = schedule.System
	}
	return &schedule.Runner{
		Spec:      spec,
		Location:  loc,
		Clock:     clock,
		LastCheck: e.Store.LastDigest,
		Check: func(ctx context.Context, trigger schedule.Trigger, at time.Time) {
			sendDigest(ctx, e, trigger, at, clock.Wall())
		},
		Log: e.Log,
	}
}

// sendDigest builds the digest at now and sends it through the
// notification channels. A failure is logged, never fatal: the next one
// comes next week.
func sendDigest(ctx context.Context, e *Engine, trigger schedule.Trigger, at, now time.Time) {
	d, err := digest.Build(ctx, e.Store, e.Config, now)
	if err != nil {
		e.Log.Error("digest not sent", "scheduled", at.Format(time.RFC3339), "err", err)
		return
	}
	e.Notifier.Notify(ctx, notify.Event{Kind: notify.Digest, Message: d.Text(), At: now})
	if err := e.Store.SetLastDigest(ctx, now); err != nil {
		e.Log.Warn("cannot record the digest; it may be sent again after a restart", "err", err)
	}
	e.Log.Info("digest sent", "active_threads", d.Active(), "trigger", string(trigger), "scheduled", at.Format(time.RFC3339))
}

// ScheduledCheck runs the scheduler's job once, now.
func (s *Service) ScheduledCheck(ctx context.Context, e *Engine) {
	s.scheduledCheck(ctx, e, schedule.Scheduled, time.Now())
}

// wokeUp tells the watchers that the machine was away (suspend, SIGSTOP):
// their connections may have died without a word, so they reconnect now
// rather than after TCP keepalive gives up.
func (s *Service) wokeUp(time.Duration) {
	s.mu.Lock()
	close(s.woke)
	s.woke = make(chan struct{})
	s.mu.Unlock()
}

// wokeSignal is the channel the next wake closes.
func (s *Service) wokeSignal() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.woke
}

// NextCheck is when the schedule next runs a check, by the wall clock.
func (s *Service) NextCheck() time.Time {
	s.mu.Lock()
	spec, loc := s.spec, s.loc
	s.mu.Unlock()
	if loc == nil {
		return time.Time{}
	}
	return spec.Next(time.Now(), loc())
}

func (s *Service) setState(account, state string) {
	s.mu.Lock()
	changed := s.accounts[account] != state
	s.accounts[account] = state
	s.mu.Unlock()
	if changed {
		s.status("")
	}
}

func (s *Service) status(prefix string) {
	if s.Status != nil {
		s.Status(prefix + s.StatusLine())
	}
}

// StatusLine is one line for `systemctl status`: each account's state and
// when the next check runs.
func (s *Service) StatusLine() string {
	s.mu.Lock()
	names := make([]string, 0, len(s.accounts))
	for n := range s.accounts {
		names = append(names, n)
	}
	slices.Sort(names)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n + ": " + s.accounts[n]
	}
	s.mu.Unlock()
	line := strings.Join(parts, ", ")
	if next := s.NextCheck(); !next.IsZero() {
		line += "; next check " + next.Format("2006-01-02 15:04 MST")
	}
	return line
}
