package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// scanTimeout bounds a streaming read of every message of an account: it
// runs while the caller classifies each one, which on a small machine with
// a big mailbox takes longer than queryTimeout.
const scanTimeout = 5 * time.Minute

// MessageKey names a stored message of an account.
type MessageKey struct {
	Role string
	UID  uint32
}

// Key is the message's MessageKey.
func (m *Message) Key() MessageKey { return MessageKey{Role: m.Role, UID: m.UID} }

// MessagesGeneration is a number that changes whenever a stored inbox or
// Sent message is added, changed or deleted. Drafts do not count: they
// are reread on every check. Every function of this package that writes
// messages bumps it in its own transaction (bumpGeneration); until schema
// version 3, triggers did, once per row.
func (s *Store) MessagesGeneration(ctx context.Context) (int64, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var gen int64
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'messages_gen'`).Scan(&gen); err != nil {
		return 0, fmt.Errorf("store: messages generation: %w", err)
	}
	return gen, nil
}

// bumpGeneration changes the messages generation, in tx that changes
// messages of role: once per transaction, not per row, so a batch of
// inserts costs one UPDATE. The caller bumps only when it changed a row
// (more bumps than changes cost a needless rebuild, fewer a stale one).
func bumpGeneration(ctx context.Context, tx *sql.Tx, role string) error {
	if role == RoleDrafts {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE store_meta SET value = value + 1 WHERE key = 'messages_gen'`); err != nil {
		return fmt.Errorf("messages generation: %w", err)
	}
	return nil
}

const messageColumns = `role, mailbox, uid_validity, uid, flags, internal_date, date, data`

// messagesSince queries an account's messages dated at or after since, in
// the order every reader of the store sees them.
func (s *Store) messagesSince(ctx context.Context, account string, since time.Time) (*sql.Rows, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+messageColumns+`
		FROM messages WHERE account = ? AND date >= ? ORDER BY date, role, uid`, account, since.Unix())
	if err != nil {
		return nil, fmt.Errorf("store: messages of %s: %w", account, err)
	}
	return rows, nil
}

func scanMessage(rows *sql.Rows, account string) (Message, int64, error) {
	m := Message{Account: account}
	var flags string
	var internal, date int64
	var data []byte
	if err := rows.Scan(&m.Role, &m.Mailbox, &m.UIDValidity, &m.UID, &flags, &internal, &date, &data); err != nil {
		return m, 0, fmt.Errorf("store: messages of %s: %w", account, err)
	}
	if flags != "" {
		m.Flags = strings.Split(flags, " ")
	}
	m.InternalDate = time.Unix(internal, 0)
	if err := decodeMessage(data, &m.Message); err != nil {
		return m, 0, fmt.Errorf("store: message %s/%s uid %d: %w", account, m.Role, m.UID, err)
	}
	return m, date, nil
}

// EachMessage calls fn for every stored message of account dated at or
// after since, in the order Messages returns them, without holding them
// all in memory. fn may keep m.
func (s *Store) EachMessage(ctx context.Context, account string, since time.Time, fn func(m *Message) error) error {
	ctx, cancel := context.WithTimeout(ctx, scanTimeout)
	defer cancel()
	rows, err := s.messagesSince(ctx, account, since)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		m, _, err := scanMessage(rows, account)
		if err != nil {
			return err
		}
		if err := fn(&m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// MessagesByKeys returns the stored messages of account dated at or after
// since that keys name, plus every such message of the given roles, in
// the order Messages returns them.
func (s *Store) MessagesByKeys(ctx context.Context, account string, since time.Time, keys []MessageKey, roles ...string) ([]Message, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	type dated struct {
		m    Message
		date int64
	}
	var out []dated
	seen := map[MessageKey]bool{}
	query := func(q string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("store: messages of %s: %w", account, err)
		}
		defer rows.Close()
		for rows.Next() {
			m, date, err := scanMessage(rows, account)
			if err != nil {
				return err
			}
			if !seen[m.Key()] {
				seen[m.Key()] = true
				out = append(out, dated{m, date})
			}
		}
		return rows.Err()
	}
	// By primary key (account, role): a condition on the date would make
	// SQLite walk the date index over the whole account instead. The date
	// is checked below.
	for _, role := range roles {
		if err := query(`SELECT `+messageColumns+` FROM messages WHERE account = ? AND role = ?`, account, role); err != nil {
			return nil, err
		}
	}
	// Likewise for keys, one statement per role with the UIDs as one JSON
	// array: a statement with a placeholder per UID costs more to compile
	// than to run.
	byRole := map[string][]uint32{}
	for _, k := range keys {
		byRole[k.Role] = append(byRole[k.Role], k.UID)
	}
	for role, uids := range byRole {
		list, err := json.Marshal(uids)
		if err != nil {
			return nil, fmt.Errorf("store: messages of %s: %w", account, err)
		}
		if err := query(`SELECT `+messageColumns+` FROM messages WHERE account = ? AND role = ?
			AND uid IN (SELECT value FROM json_each(?))`, account, role, string(list)); err != nil {
			return nil, err
		}
	}
	out = slices.DeleteFunc(out, func(d dated) bool { return d.date < since.Unix() })
	slices.SortFunc(out, func(a, b dated) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.m.Role, b.m.Role), cmp.Compare(a.m.UID, b.m.UID))
	})
	msgs := make([]Message, len(out))
	for i := range out {
		msgs[i] = out[i].m
	}
	return msgs, nil
}

// HasMessagesBetween tells whether account has an inbox or Sent message
// dated in [from, to): whether moving a lookback window from `from` to
// `to` drops anything.
func (s *Store) HasMessagesBetween(ctx context.Context, account string, from, to time.Time) (bool, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM messages
		WHERE account = ? AND date >= ? AND date < ? AND role != ? LIMIT 1)`,
		account, from.Unix(), to.Unix(), RoleDrafts).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: messages of %s: %w", account, err)
	}
	return n > 0, nil
}

// CheckSnapshot is what the last full thread build of an account found,
// so that a check with nothing new need not regroup and reclassify every
// message (followup/snapshot.go). It is valid only while Fingerprint (the
// binary and the account's addresses) and Generation match, and the
// lookback window has not dropped a message since Since.
type CheckSnapshot struct {
	Account     string    `json:"-"`
	Fingerprint string    `json:"-"`
	Generation  int64     `json:"-"`
	Since       time.Time `json:"-"`
	// Total is the number of threads in the window.
	Total int `json:"-"`
	// Threads are the threads a check must look at, by id, and Ledger
	// the thread ids the draft ledger named when the snapshot was made.
	Threads []string `json:"threads"`
	Ledger  []string `json:"ledger"`
	// Data is the caller's copy of the messages of Threads and their
	// verdicts, opaque here: one blob read in one go, where fetching the
	// same messages one by one from the messages table costs a page read
	// each.
	Data []byte `json:"-"`
}

// LoadCheckSnapshot returns the account's snapshot, if there is one.
func (s *Store) LoadCheckSnapshot(ctx context.Context, account string) (*CheckSnapshot, bool, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	snap := &CheckSnapshot{Account: account}
	var since int64
	var threads []byte
	err := s.db.QueryRowContext(ctx, `SELECT fingerprint, generation, since, total, threads, data FROM check_snapshots WHERE account = ?`,
		account).Scan(&snap.Fingerprint, &snap.Generation, &since, &snap.Total, &threads, &snap.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: check snapshot of %s: %w", account, err)
	}
	snap.Since = time.Unix(since, 0)
	if err := json.Unmarshal(threads, snap); err != nil {
		return nil, false, fmt.Errorf("store: check snapshot of %s: %w", account, err)
	}
	return snap, true, nil
}

// SaveCheckSnapshot replaces the account's snapshot.
func (s *Store) SaveCheckSnapshot(ctx context.Context, snap *CheckSnapshot) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	threads, err := json.Marshal(snap)
	if err != nil {
		return fmt.Errorf("store: check snapshot of %s: %w", snap.Account, err)
	}
	if snap.Data == nil {
		snap.Data = []byte{}
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO check_snapshots(account, fingerprint, generation, since, total, threads, data)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account) DO UPDATE SET fingerprint = excluded.fingerprint,
		generation = excluded.generation, since = excluded.since, total = excluded.total, threads = excluded.threads,
		data = excluded.data`,
		snap.Account, snap.Fingerprint, snap.Generation, snap.Since.Unix(), snap.Total, threads, snap.Data); err != nil {
		return fmt.Errorf("store: check snapshot of %s: %w", snap.Account, err)
	}
	return nil
}

// EachHead is EachMessage for a pass that needs only the threading
// headers and a verdict of each message. A row stored with its headers
// apart (codec.go) whose cached verdict keep accepts is read without
// decoding the rest: fn gets Role, UID, InternalDate, MessageID,
// InReplyTo, References, From, To, Subject, Date and CachedVerdict, and
// full false. Any other row is decoded in full (CachedVerdict nil, full
// true). fn may keep m; Role is one of the Role constants.
func (s *Store) EachHead(ctx context.Context, account string, since time.Time, keep func(verdict []byte) bool,
	fn func(m *Message, full bool) error) error {
	ctx, cancel := context.WithTimeout(ctx, scanTimeout)
	defer cancel()
	rows, err := s.messagesSince(ctx, account, since)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		m := Message{Account: account}
		var role, mailbox, flags sql.RawBytes
		var internal, date int64
		var data sql.RawBytes
		if err := rows.Scan(&role, &mailbox, &m.UIDValidity, &m.UID, &flags, &internal, &date, &data); err != nil {
			return fmt.Errorf("store: messages of %s: %w", account, err)
		}
		m.Role = internRole(role)
		m.InternalDate = time.Unix(internal, 0)
		verdict, _, isHead, err := decodeHead(data, &m.Message)
		if err != nil {
			return fmt.Errorf("store: message %s/%s uid %d: %w", account, m.Role, m.UID, err)
		}
		full := !isHead || verdict == "" || !keep([]byte(verdict))
		if full {
			m.Message = mailmsg.Message{}
			m.Mailbox = string(mailbox)
			if len(flags) > 0 {
				m.Flags = strings.Split(string(flags), " ")
			}
			if err := decodeMessage(data, &m.Message); err != nil {
				return fmt.Errorf("store: message %s/%s uid %d: %w", account, m.Role, m.UID, err)
			}
		} else {
			m.CachedVerdict = []byte(verdict)
		}
		if err := fn(&m, full); err != nil {
			return err
		}
	}
	return rows.Err()
}

func internRole(b []byte) string {
	switch string(b) {
	case RoleInbox:
		return RoleInbox
	case RoleSent:
		return RoleSent
	case RoleDrafts:
		return RoleDrafts
	}
	return string(b)
}

// CountMessagesSince returns how many messages of account (every role)
// are dated at or after since: what EachMessage and EachHead visit.
func (s *Store) CountMessagesSince(ctx context.Context, account string, since time.Time) (int, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM messages WHERE account = ? AND date >= ?`,
		account, since.Unix()).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count %s: %w", account, err)
	}
	return n, nil
}

// DraftHeads returns the account's stored Drafts-mailbox messages dated at
// or after since, for a check that needs only their Message-ID,
// In-Reply-To, X-Hearback-Thread, date and UID: rows stored with their
// headers apart (codec.go) are read without the rest (no excerpt, no Cc).
// Order is unspecified.
func (s *Store) DraftHeads(ctx context.Context, account string, since time.Time) ([]Message, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	// By primary key (account, role), as MessagesByKeys; the date below.
	rows, err := s.db.QueryContext(ctx, `SELECT `+messageColumns+` FROM messages WHERE account = ? AND role = ?`,
		account, RoleDrafts)
	if err != nil {
		return nil, fmt.Errorf("store: drafts of %s: %w", account, err)
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		m := Message{Account: account}
		var flags string
		var internal, date int64
		var data sql.RawBytes
		if err := rows.Scan(&m.Role, &m.Mailbox, &m.UIDValidity, &m.UID, &flags, &internal, &date, &data); err != nil {
			return nil, fmt.Errorf("store: drafts of %s: %w", account, err)
		}
		if date < since.Unix() {
			continue
		}
		if flags != "" {
			m.Flags = strings.Split(flags, " ")
		}
		m.InternalDate = time.Unix(internal, 0)
		_, _, isHead, err := decodeHead(data, &m.Message)
		if err == nil && !isHead {
			err = decodeMessage(data, &m.Message)
		}
		if err != nil {
			return nil, fmt.Errorf("store: message %s/%s uid %d: %w", account, m.Role, m.UID, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
