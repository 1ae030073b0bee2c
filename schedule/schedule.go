// Package schedule runs hearback's checks on a cron spec by the wall
// clock. A laptop sleeps: Go's timers follow the monotonic clock, which on
// Linux stops during a suspend, so one long timer armed at 18:00 for 09:00
// the next day fires hours late if the lid was closed overnight. The
// Runner instead wakes at least every MaxTick, asks the wall clock whether
// a scheduled time has passed since it last looked, and runs one check if
// so — however many times were missed. It also notices when it was away
// (the wall clock jumped ahead of the monotonic one: a suspend; or a tick
// came far later than asked: SIGSTOP, a frozen VM) and says so, so that
// connections that died meanwhile are replaced at once.
package schedule

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"
)

// MaxTick is the longest the Runner sleeps between looks at the wall clock.
const MaxTick = 30 * time.Second

// jumpThreshold is how far the wall clock may move beyond the monotonic
// one (or a tick come late) before it counts as having been away: far more
// than NTP ever slews, less than any suspend worth noticing. A false alarm
// (a machine so loaded a tick is ten seconds late) costs one reconnect.
const jumpThreshold = 10 * time.Second

// Clock is what the Runner reads time from. The real one is System; a test
// moves the wall and monotonic readings separately to stand in for a
// suspend.
type Clock interface {
	// Wall is the time of day, without a monotonic reading.
	Wall() time.Time
	// Mono is a reading of a clock that only moves while the machine
	// runs (it stops during a suspend).
	Mono() time.Duration
	// After is a timer on the monotonic clock, like time.After.
	After(d time.Duration) <-chan time.Time
}

// System is the machine's clock.
var System Clock = systemClock{start: time.Now()}

type systemClock struct{ start time.Time }

func (systemClock) Wall() time.Time                        { return time.Now().Round(0) }
func (c systemClock) Mono() time.Duration                  { return time.Since(c.start) }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Spec is a parsed cron spec ("0 9 * * 1-5"), read in a zone that may
// change while hearback runs (the user travels and the laptop's zone
// follows).
type Spec struct {
	text  string
	sched cron.Schedule
}

// Parse reads a standard five-field cron spec (or a descriptor such as
// @daily), as the config's schedule key holds.
func Parse(spec string) (Spec, error) {
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return Spec{}, fmt.Errorf("schedule %q: %w", spec, err)
	}
	return Spec{text: spec, sched: s}, nil
}

// String is the spec as written.
func (s Spec) String() string { return s.text }

// Next is the first scheduled time after from, reading the spec in loc.
func (s Spec) Next(from time.Time, loc *time.Location) time.Time {
	return s.sched.Next(from.In(loc))
}

// Due reports whether a scheduled time t exists with from < t <= now, and
// the latest such time: the one a check run now stands for.
func (s Spec) Due(from, now time.Time, loc *time.Location) (time.Time, bool) {
	t := s.Next(from, loc)
	if t.IsZero() || t.After(now) {
		return time.Time{}, false
	}
	// Many missed (a week switched off): name the last one.
	for i := 0; i < 100000; i++ {
		n := s.Next(t, loc)
		if n.IsZero() || n.After(now) {
			break
		}
		t = n
	}
	return t, true
}

// Trigger says why a check runs.
type Trigger string

const (
	// Scheduled: its time came while hearback was watching.
	Scheduled Trigger = "scheduled"
	// CatchUp: its time passed while hearback was not running, or while
	// the machine slept; one check stands for all that were missed.
	CatchUp Trigger = "catch-up"
)

// Runner calls Check on the Spec's schedule by the wall clock.
type Runner struct {
	Spec Spec
	// Location is asked at every look, so that a change of the machine's
	// zone (timezone: "" follows it) re-arms the schedule.
	Location func() *time.Location
	Clock    Clock
	// LastCheck is when the last check started (any process's, from the
	// store); ok false when none is recorded. Asked once, at start: a
	// scheduled time after it that has passed is caught up at once.
	LastCheck func(ctx context.Context) (time.Time, bool, error)
	// Check runs one check for the scheduled time at; it blocks until done.
	Check func(ctx context.Context, trigger Trigger, at time.Time)
	// Woke is called (if set) when the Runner finds it was away for longer
	// than jumpThreshold: connections may have died meanwhile.
	Woke func(away time.Duration)
	// Wake, if set, tells the Runner to look now (logind's resume signal).
	Wake <-chan struct{}
	Log  *slog.Logger
}

// Run looks at the clock until ctx ends.
func (r *Runner) Run(ctx context.Context) {
	clock := r.Clock
	if clock == nil {
		clock = System
	}
	log := r.Log
	if log == nil {
		log = slog.Default()
	}
	now := clock.Wall()
	from := now
	if r.LastCheck != nil {
		last, ok, err := r.LastCheck(ctx)
		switch {
		case err != nil:
			log.Warn("cannot read when the last check ran; not catching up", "err", err)
		case ok && last.Before(now):
			from = last
		}
	}
	r.look(ctx, &from, now, log)
	wall, mono := clock.Wall(), clock.Mono()
	for ctx.Err() == nil {
		wait := MaxTick
		if next := r.Spec.Next(from, r.loc()); !next.IsZero() {
			// Wake a little after the scheduled second, not up to MaxTick late.
			wait = min(MaxTick, max(next.Sub(wall)+50*time.Millisecond, 10*time.Millisecond))
		}
		select {
		case <-ctx.Done():
			return
		case <-clock.After(wait):
		case <-r.Wake:
		}
		nowWall, nowMono := clock.Wall(), clock.Mono()
		byWall, byMono := nowWall.Sub(wall), nowMono-mono
		// Away: the wall clock ran on while the monotonic one stood
		// (suspend), or the monotonic one itself ran far past the wait
		// (the process was stopped).
		if away := max(byWall-byMono, byMono-wait); away > jumpThreshold {
			log.Info("woke up: the clock moved while hearback was not running", "away", away.Round(time.Second).String(),
				"wall_clock", nowWall.Format(time.RFC3339))
			if r.Woke != nil {
				r.Woke(away)
			}
		} else if byWall < -jumpThreshold {
			log.Info("the wall clock went back; the schedule follows it", "by", (-byWall).Round(time.Second).String())
			from = nowWall
		}
		wall, mono = nowWall, nowMono
		r.look(ctx, &from, nowWall, log)
		// A long check moved the clocks on: measure the next wait from here.
		wall, mono = clock.Wall(), clock.Mono()
	}
}

// look runs a check if a scheduled time passed since from, and moves from.
func (r *Runner) look(ctx context.Context, from *time.Time, now time.Time, log *slog.Logger) {
	loc := r.loc()
	at, due := r.Spec.Due(*from, now, loc)
	if !due {
		return
	}
	trigger := Scheduled
	if now.Sub(at) > jumpThreshold+MaxTick {
		trigger = CatchUp
		log.Info("catching up: a scheduled check passed while hearback was not running", "scheduled", at.In(loc).Format(time.RFC3339),
			"now", now.In(loc).Format(time.RFC3339))
	}
	*from = now
	r.Check(ctx, trigger, at)
}

func (r *Runner) loc() *time.Location {
	if r.Location != nil {
		if l := r.Location(); l != nil {
			return l
		}
	}
	return time.Local
}
