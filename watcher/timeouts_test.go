package watcher

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/faultproxy"
	"github.com/hearback/hearback/internal/imaptest"
)

func TestDialerDefaults(t *testing.T) {
	tests := []struct {
		name string
		in   Dialer
		want Dialer
	}{
		{"zero is production", Dialer{}, Dialer{CommandTimeout: 2 * time.Minute, AppendTimeout: 5 * time.Minute, IdleStopTimeout: 30 * time.Second, IdleSlice: 5 * time.Minute}},
		{"short command bounds idle stop", Dialer{CommandTimeout: time.Second, AppendTimeout: time.Second},
			Dialer{CommandTimeout: time.Second, AppendTimeout: time.Second, IdleStopTimeout: time.Second, IdleSlice: 5 * time.Minute}},
		{"all set", Dialer{CommandTimeout: 3 * time.Second, AppendTimeout: 4 * time.Second, IdleStopTimeout: 2 * time.Second, IdleSlice: time.Second},
			Dialer{CommandTimeout: 3 * time.Second, AppendTimeout: 4 * time.Second, IdleStopTimeout: 2 * time.Second, IdleSlice: time.Second}},
		{"negative is default", Dialer{CommandTimeout: -1}, Dialer{CommandTimeout: 2 * time.Minute, AppendTimeout: 5 * time.Minute, IdleStopTimeout: 30 * time.Second, IdleSlice: 5 * time.Minute}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.withDefaults(); got != tt.want {
				t.Errorf("%+v.withDefaults() = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// A session keeps its dialer's command timeout: against a server that
// stopped answering, a command fails after it, naming the server.
func TestDialerCommandTimeout(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	p := faultproxy.Start(t, srv.Addr())
	acct := srv.Account("personal")
	acct.Port = p.Port()
	s, err := Dialer{CommandTimeout: 300 * time.Millisecond}.Dial(testCtx(t), acct, srv.Password(), nil)
	if err != nil {
		t.Fatalf("Dial() = %v", err)
	}
	defer s.Close()
	p.Stall()
	defer p.Resume()
	start := time.Now()
	_, err = s.Mailboxes(testCtx(t))
	if took := time.Since(start); err == nil || !strings.Contains(err.Error(), "no answer from") || took > 5*time.Second {
		t.Errorf("Mailboxes() on a stalled server = %v after %v, want a timeout after 300ms", err, took)
	}
}
