package watcher

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/faultproxy"
	"github.com/hearback/hearback/internal/imaptest"
)

// A wait that is cancelled while a poll's NOOP is in flight ends with the
// context's error and leaves the session usable: the NOOP is let finish
// rather than cut short, which would close the connection.
func TestPollCancelledDuringNoop(t *testing.T) {
	srv := imaptest.StartMemServer(t)
	p := faultproxy.Start(t, srv.Addr())
	acct := srv.Account("personal")
	acct.Port = p.Port()
	s, err := Dialer{}.Dial(testCtx(t), acct, srv.Password(), nil)
	if err != nil {
		t.Fatalf("Dial() = %v", err)
	}
	defer s.Close()
	s.NoIdle = true
	s.PollInterval = 50 * time.Millisecond

	p.StallOn(faultproxy.FromClient, []byte("NOOP"))
	ctx, cancel := context.WithCancel(testCtx(t))
	done := make(chan error, 1)
	go func() { done <- s.WaitForChange(ctx, "INBOX", 30*time.Second) }()
	for start := time.Now(); !p.Stalled(); time.Sleep(10 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatal("no NOOP within 5s of polling")
		}
	}
	cancel() // the NOOP is in flight, held by the proxy
	time.Sleep(100 * time.Millisecond)
	p.Resume()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("WaitForChange(cancelled during a poll) = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("WaitForChange() did not return after its context was cancelled")
	}
	if _, err := s.Mailboxes(testCtx(t)); err != nil {
		t.Errorf("Mailboxes() after a wait cancelled during a poll = %v, want the session usable", err)
	}
}
