package watcher

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/mailmsg"
)

// ErrNoUIDExpunge means the server cannot expunge a single UID (no
// UIDPLUS): a plain EXPUNGE would also remove every other message the user
// marked \Deleted, so hearback does not delete at all.
var ErrNoUIDExpunge = errors.New("server lacks UIDPLUS (UID EXPUNGE)")

var messageIDHeader = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, HeaderFields: []string{"Message-ID"}, Peek: true}

// cleanID strips whitespace and angle brackets: callers and headers differ
// in whether they keep them.
func cleanID(id string) string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
}

// FindByMessageID returns the UID of the message in mailbox whose
// Message-ID header is exactly messageID (with or without brackets). The
// server's HEADER search matches substrings, so candidates are checked.
func (s *Session) FindByMessageID(ctx context.Context, mailbox, messageID string) (uint32, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.findByMessageID(ctx, mailbox, messageID)
}

func (s *Session) findByMessageID(ctx context.Context, mailbox, messageID string) (uint32, bool, error) {
	id := cleanID(messageID)
	if id == "" {
		return 0, false, fmt.Errorf("watcher: %s: find in %q: empty Message-ID", s.acct.Name, mailbox)
	}
	if _, err := s.selectBox(ctx, mailbox, true, false); err != nil {
		return 0, false, err
	}
	uids, err := s.searchUIDs(ctx, &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}})
	if err != nil {
		return 0, false, s.errorf(err, "search %q for Message-ID <%s>", mailbox, id)
	}
	if len(uids) == 0 {
		return 0, false, nil
	}
	ids, err := s.messageIDs(ctx, mailbox, uids)
	if err != nil {
		return 0, false, err
	}
	slices.Sort(uids)
	for _, u := range uids {
		if ids[u] == id {
			return uint32(u), true, nil
		}
	}
	return 0, false, nil
}

// messageIDs fetches the Message-ID header of the given UIDs in the
// selected mailbox.
func (s *Session) messageIDs(ctx context.Context, mailbox string, uids []imap.UID) (map[imap.UID]string, error) {
	out := map[imap.UID]string{}
	// A Message-ID field is short; the bound is that of a whole header.
	lim := wireLimits{literal: headerMax, asked: true,
		answer: int64(len(uids))*(headerMax+literalSlack) + 1<<20, what: fmt.Sprintf("a fetch of %d Message-IDs", len(uids))}
	err := s.doLimited(ctx, s.dialer.CommandTimeout, lim, func() error {
		bufs, err := s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
			UID: true, BodySection: []*imap.FetchItemBodySection{messageIDHeader},
		}).Collect()
		for _, b := range bufs {
			if b.UID == 0 {
				continue
			}
			if m, perr := mailmsg.ParseBytes(append(b.FindBodySection(messageIDHeader), "\r\n"...)); perr == nil {
				out[b.UID] = cleanID(m.MessageID)
			} else {
				out[b.UID] = ""
			}
		}
		return err
	})
	if err != nil {
		return nil, s.errorf(err, "fetch Message-ID from %q", mailbox)
	}
	return out, nil
}

// AppendDraft stores raw in mailbox flagged \Draft and \Seen and returns
// its UID. It is idempotent by Message-ID: if a message with messageID is
// already there (a crash after APPEND, before the ledger was updated), its
// UID is returned and nothing is appended.
func (s *Session) AppendDraft(ctx context.Context, mailbox string, raw []byte, messageID string) (uint32, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := cleanID(messageID)
	if m, err := mailmsg.ParseBytes(raw); err != nil || cleanID(m.MessageID) != id || id == "" {
		// Idempotence rests on finding the draft by this ID later.
		return 0, fmt.Errorf("watcher: %s: append to %q: the draft's Message-ID header does not match %q", s.acct.Name, mailbox, messageID)
	}
	if uid, ok, err := s.findByMessageID(ctx, mailbox, id); err != nil {
		return 0, err
	} else if ok {
		s.log.Info("draft already in mailbox, not appending again", "mailbox", mailbox, "uid", uid, "message_id", id)
		return uid, nil
	}
	var data *imap.AppendData
	err := s.do(ctx, s.dialer.AppendTimeout, func() error {
		cmd := s.c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft, imap.FlagSeen}})
		if _, err := cmd.Write(raw); err != nil {
			cmd.Close()
			return err
		}
		// Close ends the literal; only then does the server answer.
		if err := cmd.Close(); err != nil {
			return err
		}
		var err error
		data, err = cmd.Wait()
		return err
	})
	if err != nil {
		return 0, s.errorf(err, "append draft <%s> to %q", id, mailbox)
	}
	if data != nil && data.UID != 0 {
		s.log.Debug("draft appended", "mailbox", mailbox, "uid", uint32(data.UID), "message_id", id)
		return uint32(data.UID), nil
	}
	// Without UIDPLUS the server does not say where it put the message.
	uid, ok, err := s.findByMessageID(ctx, mailbox, id)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("watcher: %s: appended draft <%s> to %q but cannot find it there", s.acct.Name, id, mailbox)
	}
	s.log.Debug("draft appended", "mailbox", mailbox, "uid", uid, "message_id", id)
	return uid, nil
}

// DeleteDraft removes the message at uid in mailbox, after checking that
// its Message-ID is messageID, with UID EXPUNGE of that one UID. The
// caller decides that the draft is hearback's own and untouched. Without
// UIDPLUS it refuses (ErrNoUIDExpunge) and changes nothing; a message no
// longer at uid gives ErrNotFound.
func (s *Session) DeleteDraft(ctx context.Context, mailbox string, uid uint32, messageID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := cleanID(messageID)
	if id == "" || uid == 0 {
		return fmt.Errorf("watcher: %s: delete draft in %q: need a UID and a Message-ID", s.acct.Name, mailbox)
	}
	if !s.c.Caps().Has(imap.CapUIDPlus) {
		return fmt.Errorf("watcher: %s: delete draft <%s> in %q: %w; delete it by hand", s.acct.Name, id, mailbox, ErrNoUIDExpunge)
	}
	if _, err := s.selectBox(ctx, mailbox, false, false); err != nil {
		return err
	}
	u := imap.UID(uid)
	ids, err := s.messageIDs(ctx, mailbox, []imap.UID{u})
	if err != nil {
		return err
	}
	got, ok := ids[u]
	if !ok {
		return fmt.Errorf("watcher: %s: delete draft <%s> in %q: uid %d: %w", s.acct.Name, id, mailbox, uid, ErrNotFound)
	}
	if got != id {
		return fmt.Errorf("watcher: %s: delete draft in %q: uid %d has Message-ID <%s>, not <%s>; refusing to delete", s.acct.Name, mailbox, uid, got, id)
	}
	set := imap.UIDSetNum(u)
	err = s.do(ctx, s.dialer.CommandTimeout, func() error {
		return s.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close()
	})
	if err != nil {
		return s.errorf(err, "flag draft uid %d in %q deleted", uid, mailbox)
	}
	err = s.do(ctx, s.dialer.CommandTimeout, func() error {
		_, err := s.c.UIDExpunge(set).Collect()
		return err
	})
	if err != nil {
		return s.errorf(err, "expunge draft uid %d in %q", uid, mailbox)
	}
	s.log.Info("draft deleted", "mailbox", mailbox, "uid", uid, "message_id", id)
	return nil
}
