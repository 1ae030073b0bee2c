package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// ForgetStats is what ForgetThreads removed.
type ForgetStats struct {
	Threads  int // threads whose stored messages were purged
	Messages int // messages deleted
	Drafts   int // draft-ledger rows deleted
}

// ForgetThreads purges from the store every thread of account whose latest
// message is dated before cutoff: its messages, its finished draft-ledger
// rows and the user's choices about it. Threads are grouped as the
// follow-up check groups them (headers first, then subject and
// counterpart), with mine telling the user's own addresses, so a thread
// with a recent message is kept whole. Sync positions stay, so purged mail
// is not fetched again; the server is not touched. A pending draft (an
// APPEND not yet confirmed) is kept: it is what makes the next check
// finish the APPEND instead of duplicating it.
func (s *Store) ForgetThreads(ctx context.Context, account string, cutoff time.Time, mine func(email string) bool) (ForgetStats, error) {
	var st ForgetStats
	msgs, err := s.Messages(ctx, account, time.Time{})
	if err != nil {
		return st, err
	}
	// Drafts in the Drafts mailbox are not part of the conversation; sync
	// prunes them when they leave the server.
	var convo []Message
	for _, m := range msgs {
		if m.Role != RoleDrafts {
			convo = append(convo, m)
		}
	}
	ptrs := make([]*mailmsg.Message, len(convo))
	for i := range convo {
		ptrs[i] = &convo[i].Message
	}
	counterpart := func(i int) string {
		m := ptrs[i]
		if mine(m.From.Email) {
			for _, a := range m.To {
				if !mine(a.Email) {
					return a.Email
				}
			}
			return ""
		}
		return m.From.Email
	}
	type doomed struct {
		id   string
		msgs []Message
	}
	var purge []doomed
	for _, g := range mailmsg.Group(ptrs, counterpart) {
		// In thread order a reply follows what it answers whatever its
		// date: the latest message is not always the last.
		if slices.ContainsFunc(g, func(i int) bool { return !ptrs[i].Date.Before(cutoff) }) {
			continue
		}
		d := doomed{id: mailmsg.ThreadID(ptrs, g)}
		for _, i := range g {
			d.msgs = append(d.msgs, convo[i])
		}
		purge = append(purge, d)
	}
	if len(purge) == 0 {
		return st, nil
	}

	ctx, cancel := withTimeout(ctx)
	defer cancel()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("store: forget threads of %s: %w", account, err)
	}
	defer tx.Rollback()
	for _, d := range purge {
		for _, m := range d.msgs {
			res, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE account = ? AND role = ? AND uid = ?`, account, m.Role, m.UID)
			if err != nil {
				return st, fmt.Errorf("store: forget thread %s: %w", d.id, err)
			}
			n, _ := res.RowsAffected()
			st.Messages += int(n)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE account = ? AND thread_id = ? AND status != ?`, account, d.id, DraftPending)
		if err != nil {
			return st, fmt.Errorf("store: forget drafts of thread %s: %w", d.id, err)
		}
		n, _ := res.RowsAffected()
		st.Drafts += int(n)
		if _, err := tx.ExecContext(ctx, `DELETE FROM threads WHERE account = ? AND thread_id = ?`, account, d.id); err != nil {
			return st, fmt.Errorf("store: forget thread %s: %w", d.id, err)
		}
		st.Threads++
	}
	if st.Messages > 0 {
		// Only inbox and Sent messages are purged (convo).
		if err := bumpGeneration(ctx, tx, RoleInbox); err != nil {
			return st, fmt.Errorf("store: forget threads of %s: %w", account, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("store: forget threads of %s: %w", account, err)
	}
	// Deleted rows linger in free pages until overwritten; forgetting
	// means they leave the file too.
	vctx, vcancel := withTimeout(context.WithoutCancel(ctx))
	defer vcancel()
	if _, err := s.db.ExecContext(vctx, `VACUUM`); err != nil {
		return st, fmt.Errorf("store: %s: vacuum after forgetting: %w", s.path, err)
	}
	return st, nil
}
