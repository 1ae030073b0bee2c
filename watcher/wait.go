package watcher

import (
	"context"
	"errors"
	"time"
)

// WaitForChange returns when mailbox gets new messages (or loses some),
// when maxWait has passed (nil error either way), or when ctx ends
// (ctx.Err()). It uses IDLE when the server has it and NOOP polling every
// PollInterval otherwise (or when NoIdle is set). It also returns at once when the mailbox's
// UIDNEXT moved since this session last selected it, so mail that came in
// between a Sync and this call is not missed.
func (s *Session) WaitForChange(ctx context.Context, mailbox string, maxWait time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	deadline := time.Now().Add(maxWait)
	prev, known := s.uidNext[mailbox]
	s.drainSignal()
	sel, err := s.selectBox(ctx, mailbox, true, true)
	if err != nil {
		return err
	}
	if known && sel.UIDNext != prev {
		return nil
	}
	s.drainSignal() // what SELECT itself reported is no change
	if s.SupportsIdle() && !s.NoIdle {
		return s.idle(ctx, mailbox, deadline)
	}
	return s.poll(ctx, mailbox, deadline)
}

func (s *Session) idle(ctx context.Context, mailbox string, deadline time.Time) error {
	for {
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var cmd interface {
			Close() error
			Wait() error
		}
		// Starting IDLE is not cut short by the context either (the
		// select below sees it end): ending a command in flight closes
		// the connection, and a loaded machine can take a while to see
		// the server's continuation.
		err := s.do(context.WithoutCancel(ctx), s.dialer.CommandTimeout, func() error {
			c, err := s.c.Idle()
			if c != nil {
				cmd = c
			}
			return err
		})
		if err != nil {
			return s.errorf(err, "idle on %q", mailbox)
		}
		timer := time.NewTimer(min(remaining, s.dialer.IdleSlice))
		changed, lost := false, false
		select {
		case <-s.changed:
			changed = true
		case <-ctx.Done():
		case <-timer.C:
		case <-s.c.Closed():
			lost = true
		}
		timer.Stop()
		if lost {
			return s.errorf(wireFailure(s.guard, errors.New("connection lost")), "idle on %q", mailbox)
		}
		// DONE, then the server's OK. A context that has ended must not
		// cut this short: leaving IDLE cleanly keeps the session usable.
		stopCtx := context.WithoutCancel(ctx)
		err = s.do(stopCtx, s.dialer.IdleStopTimeout, func() error {
			if err := cmd.Close(); err != nil {
				return err
			}
			return cmd.Wait()
		})
		if err != nil {
			return s.errorf(err, "stop idle on %q", mailbox)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if changed || s.takeSignal() {
			return nil
		}
		if err := s.noop(ctx); err != nil {
			return s.errorf(err, "check connection while idling on %q", mailbox)
		}
		if s.takeSignal() {
			return nil
		}
	}
}

func (s *Session) poll(ctx context.Context, mailbox string, deadline time.Time) error {
	interval := s.PollInterval
	if interval <= 0 {
		interval = time.Minute
	}
	for {
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil
		}
		timer := time.NewTimer(min(remaining, interval))
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
		// On a selected mailbox, NOOP is how the server tells of new
		// messages (EXISTS) to a client without IDLE. Like IDLE's start
		// and stop, it is not cut short by the context (its own time
		// limit still holds): ending a command in flight closes the
		// connection, and a wait cancelled just as a poll went out must
		// leave the session usable.
		if err := s.noop(context.WithoutCancel(ctx)); err != nil {
			return s.errorf(err, "poll %q", mailbox)
		}
		if s.takeSignal() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

func (s *Session) noop(ctx context.Context) error {
	return s.do(ctx, s.dialer.CommandTimeout, func() error { return s.c.Noop().Wait() })
}

func (s *Session) takeSignal() bool {
	select {
	case <-s.changed:
		return true
	default:
		return false
	}
}
