package watcher

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hearback/hearback/store"
)

const (
	// fetchBatch bounds one UID FETCH, and so one store transaction.
	fetchBatch = 200
	// textSize is how much of each message's text (what follows its
	// header) is fetched: the start of the body is what classification
	// needs; attachments never.
	textSize = 16 * 1024
	// headerMax is how much of each message's header is fetched. The
	// header is fetched on its own, whole up to this: a header larger
	// than the fixed part of the message fetched before (Microsoft 365
	// mail with dozens of Received: lines, a Cc of hundreds) hid the
	// body. Larger headers are cut, and logged.
	headerMax = 256 * 1024
)

// RoleStats is what a sync did to one mailbox.
type RoleStats struct {
	Mailbox  string
	Fetched  int  // messages parsed and stored
	Skipped  int  // messages that could not be parsed (logged by UID)
	Pruned   int  // stored messages gone from the server (drafts only)
	Resynced bool // UIDVALIDITY (or the mailbox name) changed: stored copies were dropped
}

// SyncStats is what Sync did.
type SyncStats struct {
	Inbox, Sent, Drafts RoleStats
	// Folders are the other mailboxes read (Archive, Trash, the user's
	// folders, All Mail), in Mailboxes.Read's order.
	Folders    []RoleStats
	RoundTrips int // commands exchanged with the server
	// Mailboxes are the account's mailboxes as this sync found them: the
	// Drafts mailbox to write to, the inbox to wait on.
	Mailboxes Mailboxes
}

// Fetched is how many new messages of the conversation the sync stored:
// every mailbox but Drafts (hearback's own drafts show up there after
// each check).
func (st SyncStats) Fetched() int {
	n := st.Inbox.Fetched + st.Sent.Fetched
	for _, f := range st.Folders {
		n += f.Fetched
	}
	return n
}

// Sync brings the store up to date with every mailbox the account reads
// (Mailboxes.Read: INBOX, Sent, Archive, the user's folders, Trash; All
// Mail and Trash on Gmail) and with Drafts. Mailboxes are examined
// read-only and bodies fetched with BODY.PEEK, so no flag of the user's
// mail changes. The first sync of a mailbox only looks at messages
// received since `since` (the date; IMAP SINCE ignores the time); later
// syncs fetch UIDs above the stored position. Drafts are also pruned, so a
// draft the user deleted leaves the store; other mailboxes are not: a
// message moved or deleted stays a fact of its thread.
func (s *Session) Sync(ctx context.Context, st *store.Store, account string, since time.Time) (SyncStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var stats SyncStats
	start := s.roundTrips
	defer func() { s.early = nil }()
	if err := s.statusAll(ctx, st, account); err != nil {
		return stats, err
	}
	mb, err := s.mailboxes(ctx)
	if err != nil {
		return stats, err
	}
	stats.Mailboxes = mb
	stats.Folders = make([]RoleStats, 0, len(mb.Read))
	for _, f := range mb.Read {
		rs := &RoleStats{}
		switch f.Role {
		case store.RoleInbox:
			rs = &stats.Inbox
		case store.RoleSent:
			rs = &stats.Sent
		}
		rs.Mailbox = f.Name
		err := s.syncMailbox(ctx, st, account, f.Role, f.Name, since, rs)
		if f.Role != store.RoleInbox && f.Role != store.RoleSent {
			stats.Folders = append(stats.Folders, *rs)
		}
		if err != nil {
			stats.RoundTrips = s.roundTrips - start
			return stats, err
		}
	}
	stats.Drafts.Mailbox = mb.Drafts
	if err := s.syncMailbox(ctx, st, account, store.RoleDrafts, mb.Drafts, since, &stats.Drafts); err != nil {
		stats.RoundTrips = s.roundTrips - start
		return stats, err
	}
	stats.RoundTrips = s.roundTrips - start
	return stats, nil
}

func (s *Session) syncMailbox(ctx context.Context, st *store.Store, account, role, name string, since time.Time, rs *RoleStats) error {
	log := s.log.With("mailbox", name, "role", role)
	pos, found, err := st.Mailbox(ctx, account, role)
	if err != nil {
		return err
	}
	if found && pos.Name == name {
		unchanged, err := s.unchangedSince(ctx, st, account, role, name, pos)
		if err != nil {
			return err
		}
		if unchanged {
			return nil
		}
	}
	sel, err := s.selectBox(ctx, name, true, true)
	if err != nil {
		return err
	}
	mb := store.Mailbox{Account: account, Role: role, Name: name, UIDValidity: sel.UIDValidity}
	if found && (pos.UIDValidity != sel.UIDValidity || pos.Name != name) {
		// The server renumbered the mailbox (or the role now points at
		// another one): stored UIDs mean nothing any more.
		log.Info("mailbox changed identity, resyncing", "old_uidvalidity", pos.UIDValidity,
			"uidvalidity", sel.UIDValidity, "old_name", pos.Name)
		if err := st.ResetMailbox(ctx, mb); err != nil {
			return err
		}
		rs.Resynced = true
		pos.LastUID = 0
	}
	first := pos.LastUID == 0

	var uids []imap.UID
	switch {
	case sel.UIDNext != 0 && uint32(sel.UIDNext) <= pos.LastUID+1:
		// Nothing new: UIDNEXT says so without a search.
	case first:
		criteria := &imap.SearchCriteria{Since: since}
		if since.IsZero() {
			criteria = &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: 1, Stop: 0}}}}
		}
		if uids, err = s.searchUIDs(ctx, criteria); err != nil {
			return s.errorf(err, "search %q since %s", name, since.Format(time.DateOnly))
		}
	default:
		criteria := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(pos.LastUID + 1), Stop: 0}}}}
		if uids, err = s.searchUIDs(ctx, criteria); err != nil {
			return s.errorf(err, "search %q for new mail", name)
		}
		// "n:*" always matches the highest UID, even an old one.
		uids = slices.DeleteFunc(uids, func(u imap.UID) bool { return uint32(u) <= pos.LastUID })
	}
	slices.Sort(uids)

	// Fetch, parse and store in batches, overlapped (pipeline.go).
	if err := s.fetchAll(ctx, st, mb, uids, first, rs, log); err != nil {
		return err
	}
	if first && sel.UIDNext > 1 {
		// Everything below UIDNEXT at SELECT time was either fetched or
		// deliberately left out as older than since: start from there.
		if err := st.SaveMessages(ctx, mb, nil, uint32(sel.UIDNext)-1); err != nil {
			return err
		}
	} else if first && !found {
		if err := st.SaveMessages(ctx, mb, nil, 0); err != nil {
			return err
		}
	}

	if role == store.RoleDrafts {
		all, err := s.searchUIDs(ctx, &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: 1, Stop: 0}}}})
		if err != nil {
			return s.errorf(err, "list drafts in %q", name)
		}
		present := make([]uint32, len(all))
		for i, u := range all {
			present[i] = uint32(u)
		}
		if rs.Pruned, err = st.PruneMessages(ctx, account, role, present); err != nil {
			return err
		}
	}
	if rs.Fetched+rs.Skipped+rs.Pruned > 0 || rs.Resynced {
		log.Info("synced", "fetched", rs.Fetched, "skipped", rs.Skipped, "pruned", rs.Pruned, "resynced", rs.Resynced)
	}
	return nil
}

func (s *Session) searchUIDs(ctx context.Context, criteria *imap.SearchCriteria) ([]imap.UID, error) {
	var data *imap.SearchData
	err := s.do(ctx, s.dialer.CommandTimeout, func() error {
		var err error
		data, err = s.c.UIDSearch(criteria, nil).Wait()
		return err
	})
	if err != nil {
		return nil, err
	}
	return data.AllUIDs(), nil
}

// unchangedSince asks STATUS whether a mailbox still is what the store
// saw: same UIDVALIDITY, nothing above the stored position, and (for
// Drafts, where deletions matter) the same number of messages. A check
// with nothing new then costs one cheap command per mailbox instead of an
// EXAMINE, which makes the server look at the whole mailbox.
func (s *Session) unchangedSince(ctx context.Context, st *store.Store, account, role, name string, pos store.Mailbox) (bool, error) {
	if s.selected == name {
		// STATUS of the selected mailbox may answer from the session's
		// own view, which misses what other clients did since (RFC 3501,
		// 6.3.10): Dovecot kept counting a draft expunged elsewhere.
		return false, nil
	}
	data := s.early[name]
	delete(s.early, name)
	if data == nil {
		err := s.do(ctx, s.dialer.CommandTimeout, func() error {
			var err error
			data, err = s.c.Status(name, statusItems).Wait()
			return err
		})
		if err != nil {
			return false, s.errorf(err, "status %q", name)
		}
	}
	if data.UIDValidity != pos.UIDValidity || data.UIDNext == 0 || uint32(data.UIDNext) != pos.LastUID+1 {
		return false, nil
	}
	s.uidNext[name] = data.UIDNext
	if role != store.RoleDrafts {
		return true, nil
	}
	if data.NumMessages == nil {
		return false, nil
	}
	stored, err := st.CountMessages(ctx, account, role)
	if err != nil {
		return false, err
	}
	return uint32(stored) == *data.NumMessages, nil
}

var statusItems = &imap.StatusOptions{UIDNext: true, UIDValidity: true, NumMessages: true}

// statusAll asks STATUS of every mailbox the store has a position for,
// all at once: one round trip, however many folders are read, and every
// unchanged mailbox then costs nothing more (unchangedSince). In a new
// session it runs before the first LIST: on Dovecot with Maildir, a
// STATUS that follows a LIST in the same session rescans the mailbox
// directory (a cost that grows with the mailbox) while one before it is
// answered from the index (BENCHMARKS.md). A mailbox that is gone answers
// NO, which is no error here: the regular path after LIST decides what
// that means.
func (s *Session) statusAll(ctx context.Context, st *store.Store, account string) error {
	stored, err := st.Mailboxes(ctx, account)
	if err != nil {
		return err
	}
	var names []string
	for _, pos := range stored {
		// STATUS of the selected mailbox may answer from the session's own
		// view (unchangedSince): no use asking.
		if pos.Name != "" && pos.Name != s.selected {
			names = append(names, pos.Name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	s.early = make(map[string]*imap.StatusData, len(names))
	return s.do(ctx, s.dialer.CommandTimeout, func() error {
		cmds := make([]*imapclient.StatusCommand, len(names))
		for i, name := range names {
			cmds[i] = s.c.Status(name, statusItems)
		}
		for i, cmd := range cmds {
			data, err := cmd.Wait()
			var imapErr *imap.Error
			switch {
			case err == nil:
				s.early[names[i]] = data
			case !errors.As(err, &imapErr):
				return s.errorf(err, "status %q", names[i])
			}
		}
		return nil
	})
}
