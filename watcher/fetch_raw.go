package watcher

import (
	"context"
	"fmt"

	"github.com/emersion/go-imap/v2"
)

// maxRawDraft bounds FetchRaw: hearback's drafts are a few kilobytes, and
// a message far larger than that is not one hearback wrote untouched.
const maxRawDraft = 1 << 20

// FetchRaw returns the full raw message at uid in mailbox, exactly as the
// server stores it, read with BODY.PEEK[] so that no flag changes. It is
// how hearback tells its untouched draft (same bytes as appended, same
// hash) from one the user edited. A message no longer at uid gives
// ErrNotFound.
func (s *Session) FetchRaw(ctx context.Context, mailbox string, uid uint32) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if uid == 0 {
		return nil, fmt.Errorf("watcher: %s: fetch from %q: no UID", s.acct.Name, mailbox)
	}
	if _, err := s.selectBox(ctx, mailbox, true, false); err != nil {
		return nil, err
	}
	// One byte more than a draft can be: the server never sends more
	// (the connection's bound, wireguard.go, holds it to that), and a
	// message larger is told by its size.
	section := &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: maxRawDraft + 1}}
	lim := wireLimits{literal: maxRawDraft + 1, asked: true, answer: maxRawDraft + 1<<20, what: "a fetch of one draft"}
	var raw []byte
	found := false
	err := s.doLimited(ctx, s.dialer.CommandTimeout, lim, func() error {
		bufs, err := s.c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{
			UID: true, RFC822Size: true, BodySection: []*imap.FetchItemBodySection{section},
		}).Collect()
		for _, b := range bufs {
			if b.UID != imap.UID(uid) {
				continue
			}
			raw, found = b.FindBodySection(section), true
			if b.RFC822Size > maxRawDraft || len(raw) > maxRawDraft {
				return fmt.Errorf("message is %d bytes, more than the %d a draft of hearback's can be", max(b.RFC822Size, int64(len(raw))), maxRawDraft)
			}
		}
		return err
	})
	if err != nil {
		return nil, s.errorf(err, "fetch uid %d from %q", uid, mailbox)
	}
	if !found {
		return nil, fmt.Errorf("watcher: %s: fetch uid %d from %q: %w", s.acct.Name, uid, mailbox, ErrNotFound)
	}
	return raw, nil
}
