package schedule

import (
	"context"
	"sync"
	"testing"
	"time"
)

var ny, _ = time.LoadLocation("America/New_York")
var berlin, _ = time.LoadLocation("Europe/Berlin")

// fakeClock moves its wall and monotonic readings separately: a suspend
// moves the wall only, and timers follow the monotonic one, as Go's do on
// Linux.
type fakeClock struct {
	mu     sync.Mutex
	wall   time.Time
	mono   time.Duration
	timers []fakeTimer
	afters int
	cond   *sync.Cond
}

type fakeTimer struct {
	at time.Duration
	ch chan time.Time
}

func newFakeClock(wall time.Time) *fakeClock {
	c := &fakeClock{wall: wall}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *fakeClock) Wall() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.wall
}

func (c *fakeClock) Mono() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mono
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	c.timers = append(c.timers, fakeTimer{c.mono + d, ch})
	c.afters++
	c.cond.Broadcast()
	return ch
}

// advance moves the wall clock by wall and the monotonic one by mono,
// fires the timers that are due, and when one fired waits until the
// runner is waiting again (it has done what the tick asked).
func (c *fakeClock) advance(t *testing.T, wall, mono time.Duration) {
	t.Helper()
	c.mu.Lock()
	c.wall = c.wall.Add(wall)
	c.mono += mono
	fired := false
	kept := c.timers[:0]
	for _, tm := range c.timers {
		if tm.at <= c.mono {
			tm.ch <- c.wall
			fired = true
		} else {
			kept = append(kept, tm)
		}
	}
	c.timers = kept
	if fired {
		c.waitLocked(t, c.afters+1)
	}
	c.mu.Unlock()
}

func (c *fakeClock) waitLocked(t *testing.T, afters int) {
	deadline := time.AfterFunc(5*time.Second, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer deadline.Stop()
	start := time.Now()
	for c.afters < afters {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("the runner did not wait again within 5s")
		}
		c.cond.Wait()
	}
}

// awake runs the machine for d, in steps no longer than the runner's tick.
func (c *fakeClock) awake(t *testing.T, d time.Duration) {
	t.Helper()
	for d > 0 {
		step := min(d, time.Second)
		c.advance(t, step, step)
		d -= step
	}
}

// sleep suspends the machine for d: the wall clock moves, nothing else.
func (c *fakeClock) sleep(t *testing.T, d time.Duration) { c.advance(t, d, 0) }

type recorder struct {
	mu     sync.Mutex
	checks []check
	woke   []time.Duration
}

type check struct {
	trigger Trigger
	at, ran time.Time
}

func startRunner(t *testing.T, spec string, clk *fakeClock, last time.Time, loc func() *time.Location) *recorder {
	t.Helper()
	s, err := Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	r := &Runner{Spec: s, Clock: clk, Location: loc,
		LastCheck: func(context.Context) (time.Time, bool, error) { return last, !last.IsZero(), nil },
		Check: func(_ context.Context, tr Trigger, at time.Time) {
			rec.mu.Lock()
			rec.checks = append(rec.checks, check{tr, at, clk.Wall()})
			rec.mu.Unlock()
		},
		Woke: func(d time.Duration) {
			rec.mu.Lock()
			rec.woke = append(rec.woke, d)
			rec.mu.Unlock()
		},
	}
	clk.mu.Lock()
	n := clk.afters
	clk.mu.Unlock()
	go func() {
		defer close(done)
		r.Run(ctx)
	}()
	clk.mu.Lock()
	clk.waitLocked(t, n+1)
	clk.mu.Unlock()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return rec
}

func (r *recorder) get() ([]check, []time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]check(nil), r.checks...), append([]time.Duration(nil), r.woke...)
}

func nyAt(day, hour, min int) time.Time { return time.Date(2027, 4, day, hour, min, 0, 0, ny) }

func TestRunnerFollowsTheWallClock(t *testing.T) {
	fixed := func() *time.Location { return ny }
	tests := []struct {
		name    string
		spec    string
		start   time.Time
		last    time.Time // the last recorded check; zero for none
		steps   func(t *testing.T, c *fakeClock)
		checks  []Trigger
		at      []time.Time // the scheduled times the checks stand for
		ranNear []time.Time // when each ran, within a minute
		woke    int
	}{
		{
			// The case: set at 18:00 for 09:00, asleep 23:00-08:00.
			// One long monotonic timer would fire at about 18:00 next day.
			name: "a suspend does not shift a check", spec: "0 9 * * *", start: nyAt(7, 18, 0),
			steps: func(t *testing.T, c *fakeClock) {
				c.awake(t, 5*time.Hour)
				c.sleep(t, 9*time.Hour)
				c.awake(t, 90*time.Minute)
			},
			checks: []Trigger{Scheduled}, at: []time.Time{nyAt(8, 9, 0)}, ranNear: []time.Time{nyAt(8, 9, 0)}, woke: 1,
		},
		{
			name: "a time passed asleep runs once at wake", spec: "0 9 * * *", start: nyAt(7, 22, 0),
			steps: func(t *testing.T, c *fakeClock) {
				c.awake(t, time.Hour)
				c.sleep(t, 11*time.Hour) // 23:00 to 10:00
				c.awake(t, 10*time.Minute)
			},
			checks: []Trigger{CatchUp}, at: []time.Time{nyAt(8, 9, 0)}, ranNear: []time.Time{nyAt(8, 10, 0)}, woke: 1,
		},
		{
			name: "several passed asleep: one check", spec: "0 * * * *", start: nyAt(7, 22, 30),
			steps: func(t *testing.T, c *fakeClock) {
				c.sleep(t, 9*time.Hour) // 22:30 to 07:30: nine hourly times
				c.awake(t, 10*time.Minute)
			},
			checks: []Trigger{CatchUp}, at: []time.Time{nyAt(8, 7, 0)}, ranNear: []time.Time{nyAt(8, 7, 30)}, woke: 1,
		},
		{
			name: "none passed asleep: no check", spec: "0 9 * * *", start: nyAt(7, 23, 0),
			steps: func(t *testing.T, c *fakeClock) {
				c.sleep(t, 3*time.Hour)
				c.awake(t, 10*time.Minute)
			},
			woke: 1,
		},
		{
			name: "a restart after a missed time catches up at once", spec: "0 9 * * 1-5", start: nyAt(8, 10, 15), last: nyAt(7, 9, 0),
			steps:  func(t *testing.T, c *fakeClock) { c.awake(t, time.Minute) },
			checks: []Trigger{CatchUp}, at: []time.Time{nyAt(8, 9, 0)}, ranNear: []time.Time{nyAt(8, 10, 15)},
		},
		{
			name: "a restart with nothing missed waits", spec: "0 9 * * 1-5", start: nyAt(8, 10, 15), last: nyAt(8, 9, 0),
			steps: func(t *testing.T, c *fakeClock) { c.awake(t, time.Minute) },
		},
		{
			name: "a week switched off: one check", spec: "0 9 * * 1-5", start: nyAt(19, 8, 0), last: nyAt(9, 9, 0),
			steps:  func(t *testing.T, c *fakeClock) { c.awake(t, time.Minute) },
			checks: []Trigger{CatchUp}, at: []time.Time{nyAt(16, 9, 0)}, ranNear: []time.Time{nyAt(19, 8, 0)},
		},
		{
			// SIGSTOP: both clocks run on, but the tick comes minutes late.
			name: "a stopped process runs the missed check once", spec: "*/5 * * * *", start: nyAt(7, 9, 1),
			steps: func(t *testing.T, c *fakeClock) {
				c.advance(t, 10*time.Minute, 10*time.Minute)
				c.awake(t, 30*time.Second)
			},
			checks: []Trigger{CatchUp}, at: []time.Time{nyAt(7, 9, 10)}, ranNear: []time.Time{nyAt(7, 9, 11)}, woke: 1,
		},
		{
			name: "awake all day: on the minute", spec: "30 12 * * *", start: nyAt(7, 11, 0),
			steps:  func(t *testing.T, c *fakeClock) { c.awake(t, 3*time.Hour) },
			checks: []Trigger{Scheduled}, at: []time.Time{nyAt(7, 12, 30)}, ranNear: []time.Time{nyAt(7, 12, 30)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newFakeClock(tt.start)
			rec := startRunner(t, tt.spec, clk, tt.last, fixed)
			tt.steps(t, clk)
			checks, woke := rec.get()
			if len(checks) != len(tt.checks) {
				t.Fatalf("%d check(s) %+v, want %d", len(checks), checks, len(tt.checks))
			}
			for i, c := range checks {
				if c.trigger != tt.checks[i] || !c.at.Equal(tt.at[i]) {
					t.Errorf("check %d: %s for %s, want %s for %s", i, c.trigger, c.at.In(ny), tt.checks[i], tt.at[i])
				}
				if d := c.ran.Sub(tt.ranNear[i]); d < 0 || d > time.Minute {
					t.Errorf("check %d ran at %s, want within a minute after %s", i, c.ran.In(ny), tt.ranNear[i])
				}
			}
			if len(woke) != tt.woke {
				t.Errorf("woke %d time(s) %v, want %d", len(woke), woke, tt.woke)
			}
		})
	}
}

// The zone changes while hearback runs (timezone: "" follows the
// machine's): 09:00 is then 09:00 where the user is now.
func TestRunnerFollowsZoneChange(t *testing.T) {
	var mu sync.Mutex
	zone := ny
	loc := func() *time.Location {
		mu.Lock()
		defer mu.Unlock()
		return zone
	}
	start := time.Date(2027, 4, 7, 20, 0, 0, 0, ny) // 02:00 in Berlin on the 8th
	clk := newFakeClock(start)
	rec := startRunner(t, "0 9 * * *", clk, time.Time{}, loc)
	clk.awake(t, time.Hour)
	mu.Lock()
	zone = berlin // the laptop landed in Berlin
	mu.Unlock()
	clk.awake(t, 8*time.Hour) // to 05:00 NY, 11:00 Berlin
	checks, _ := rec.get()
	want := time.Date(2027, 4, 8, 9, 0, 0, 0, berlin)
	if len(checks) != 1 || !checks[0].at.Equal(want) {
		t.Fatalf("checks %+v, want one at %s", checks, want)
	}
}

func TestSpecDue(t *testing.T) {
	s, err := Parse("0 9 * * 1-5")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		from, now time.Time
		due       bool
		at        time.Time
	}{
		{nyAt(8, 8, 0), nyAt(8, 8, 59), false, time.Time{}},
		{nyAt(8, 8, 0), nyAt(8, 9, 0), true, nyAt(8, 9, 0)},
		{nyAt(8, 9, 0), nyAt(8, 23, 0), false, time.Time{}},
		{nyAt(9, 10, 0), nyAt(13, 10, 0), true, nyAt(13, 9, 0)}, // Fri to Tue: Mon and Tue missed, Tue named
	}
	for _, tt := range tests {
		at, due := s.Due(tt.from, tt.now, ny)
		if due != tt.due || !at.Equal(tt.at) {
			t.Errorf("Due(%s, %s) = %s, %v; want %s, %v", tt.from, tt.now, at, due, tt.at, tt.due)
		}
	}
	if _, err := Parse("61 * * * *"); err == nil {
		t.Error("Parse(61 * * * *) = nil error")
	}
}
