package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/schedule"
	"github.com/hearback/hearback/store"
)

// stepClock is a schedule.Clock that jumps ahead by each wait it is asked
// for, at once, until it reaches until; then it reports on idle and its
// timers never fire.
type stepClock struct {
	mu         sync.Mutex
	wall       time.Time
	mono       time.Duration
	until      time.Time
	idle       chan struct{}
	idleClosed bool
}

func (c *stepClock) Wall() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.wall
}

func (c *stepClock) Mono() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.mono
}

func (c *stepClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.wall.Before(c.until) {
		if !c.idleClosed {
			close(c.idle)
			c.idleClosed = true
		}
		return nil
	}
	c.wall, c.mono = c.wall.Add(d), c.mono+d
	ch := make(chan time.Time, 1)
	ch <- c.wall
	return ch
}

// webhook receives events on loopback, as a user's webhook would.
type webhook struct {
	mu  sync.Mutex
	got []notify.Event
}

func (h *webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var e notify.Event
	if err := json.Unmarshal(body, &e); err == nil {
		h.mu.Lock()
		h.got = append(h.got, e)
		h.mu.Unlock()
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *webhook) events() []notify.Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]notify.Event(nil), h.got...)
}

// The digest runner of `hearback run` (Fridays at 17:00 here): it sends
// the digest through the notification channels when its time comes,
// catches up once on one missed while hearback was not running, and
// sends nothing merely for starting.
func TestDigestRunner(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, hour, min, sec int) time.Time { return time.Date(2027, 4, day, hour, min, sec, 0, ny) }
	tests := []struct {
		name       string
		start, end time.Time
		last       time.Time // the last digest recorded; zero for none
		trigger    string    // of the digest sent; "" for none
		sent       time.Time // when it was sent, by the clock
		week       string    // its heading
	}{
		{"its time comes", at(23, 16, 59, 58), at(23, 17, 1, 0), time.Time{}, "scheduled", at(23, 17, 0, 0), "Mon Apr 19 2027"},
		{"missed while away", at(26, 9, 0, 0), at(26, 9, 1, 0), at(16, 17, 0, 3), "catch-up", at(26, 9, 0, 0), "Mon Apr 26 2027"},
		{"already sent", at(24, 10, 0, 0), at(24, 10, 1, 0), at(23, 17, 0, 3), "", time.Time{}, ""},
		{"first start", at(24, 10, 0, 0), at(24, 10, 1, 0), time.Time{}, "", time.Time{}, ""},
		{"not yet", at(23, 16, 0, 0), at(23, 16, 59, 0), at(16, 17, 0, 3), "", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			hook := &webhook{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			st, err := store.Open(ctx, filepath.Join(t.TempDir(), "hearback.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if !tt.last.IsZero() {
				if err := st.SetLastDigest(ctx, tt.last); err != nil {
					t.Fatal(err)
				}
			}
			cfg := config.Default()
			cfg.Timezone, cfg.Location, cfg.Digest = "America/New_York", ny, "0 17 * * 5"
			cfg.Notify.Webhook.URL = srv.URL + "/events"
			cfg.Accounts = []config.Account{{Name: "personal", Addresses: []string{"me@example.com"}}}
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			e := &Engine{Config: cfg, Store: st, Log: log, Notifier: notify.New(cfg.Notify, log)}
			spec, err := schedule.Parse(cfg.Digest)
			if err != nil {
				t.Fatal(err)
			}
			s := &Service{}
			clock := &stepClock{wall: tt.start, until: tt.end, idle: make(chan struct{})}
			r := s.digestRunner(e, spec, func() *time.Location { return ny }, clock)
			runCtx, cancel := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() {
				defer close(done)
				r.Run(runCtx)
			}()
			select {
			case <-clock.idle:
			case <-time.After(10 * time.Second):
				t.Fatal("the runner did not reach the end of the test's time")
			}
			cancel()
			<-done

			got := hook.events()
			if tt.trigger == "" {
				if len(got) != 0 || strings.Contains(logs.String(), "digest sent") {
					t.Fatalf("sent %d digest(s), want none; log:\n%s", len(got), logs.String())
				}
				if last, ok, _ := st.LastDigest(ctx); ok != !tt.last.IsZero() || (ok && !last.Equal(tt.last)) {
					t.Errorf("last digest = %v (%v), want %v", last, ok, tt.last)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("sent %d digest(s), want 1; log:\n%s", len(got), logs.String())
			}
			if got[0].Kind != notify.Digest || !got[0].At.Truncate(time.Second).Equal(tt.sent) || !strings.HasPrefix(got[0].Message, "Your job search, week of "+tt.week+"\n") ||
				!strings.Contains(got[0].Message, "No job threads in your mailbox yet.") {
				t.Errorf("the digest event is %+v", got[0])
			}
			if n := strings.Count(logs.String(), "msg=\"digest sent\" active_threads=0 trigger="+tt.trigger); n != 1 {
				t.Errorf("%d 'digest sent' line(s) with trigger %s, want 1; log:\n%s", n, tt.trigger, logs.String())
			}
			// The Runner wakes 50 ms after the scheduled second; the store keeps seconds.
			if last, ok, err := st.LastDigest(ctx); err != nil || !ok || !last.Equal(tt.sent) {
				t.Errorf("last digest = %v, %v, %v; want %v", last, ok, err, tt.sent)
			}
		})
	}
}
