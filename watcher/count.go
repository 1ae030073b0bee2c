package watcher

import (
	"context"

	"github.com/emersion/go-imap/v2"
)

// MessageCount asks STATUS how many messages a mailbox holds.
func (s *Session) MessageCount(ctx context.Context, mailbox string) (uint32, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var data *imap.StatusData
	err := s.do(ctx, s.dialer.CommandTimeout, func() error {
		var err error
		data, err = s.c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
		return err
	})
	if err != nil {
		return 0, s.errorf(err, "status %q", mailbox)
	}
	if data.NumMessages == nil {
		return 0, nil
	}
	return *data.NumMessages, nil
}
