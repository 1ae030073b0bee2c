// Package store keeps hearback's state in SQLite (modernc.org/sqlite, no
// cgo): synced message headers and excerpts, per-mailbox sync positions,
// the ledger of drafts hearback wrote, and the user's per-thread choices.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hearback/hearback/mailmsg"
	_ "modernc.org/sqlite"
)

// queryTimeout bounds every statement: a locked database must surface as an
// error, not a hung daemon.
const queryTimeout = 15 * time.Second

// Mailbox roles: what a mailbox is to hearback, and the key its messages
// and position are stored under. A user's folder is keyed by its name.
const (
	RoleInbox   = "inbox"
	RoleSent    = "sent"
	RoleDrafts  = "drafts"
	RoleAll     = "all" // Gmail's All Mail
	RoleArchive = "archive"
	RoleTrash   = "trash"
	RoleJunk    = "junk" // read only when folders.include asks for it
)

// FolderRole is the role of a user's folder (or of a second mailbox of a
// kind already given out).
func FolderRole(name string) string { return "folder:" + name }

// Store is an open hearback database.
type Store struct {
	db   *sql.DB
	path string
}

// Mailbox is the sync position of one mailbox of one account.
type Mailbox struct {
	Account     string
	Role        string
	Name        string
	UIDValidity uint32
	LastUID     uint32
}

// Message is one synced message: where it lives and what it says.
type Message struct {
	Account      string
	Role         string
	Mailbox      string
	UIDValidity  uint32
	UID          uint32
	Flags        []string
	InternalDate time.Time
	mailmsg.Message
	// CachedVerdict is the classifier's verdict on the message, encoded by
	// the caller (classifier.AppendVerdict) when it was synced. It is
	// stored with the threading headers and read back only by EachHead.
	CachedVerdict []byte `json:"-"`
}

// Draft statuses in the ledger.
const (
	DraftPending   = "pending"   // recorded, APPEND not confirmed yet
	DraftAppended  = "appended"  // in the Drafts mailbox
	DraftWithdrawn = "withdrawn" // hearback removed its untouched draft
	DraftDeleted   = "deleted"   // the user deleted it without sending: a decision
	DraftSent      = "sent"      // the user sent it
	DraftEdited    = "edited"    // the user changed it; hearback leaves it alone
	// DraftDuplicate is a second open draft of one thread, written before
	// the check lock existed (migration 4); treated like an appended one,
	// but it is never the thread's pending draft.
	DraftDuplicate = "duplicate"
)

// ErrDraftOpen means the thread already has an open (pending or appended)
// hearback draft: the schema allows one.
var ErrDraftOpen = errors.New("the thread already has an open hearback draft")

// Draft is one draft hearback wrote (or is about to write).
type Draft struct {
	MessageID   string
	ThreadID    string
	Account     string
	ReplyTo     string // Message-ID of the thread's latest message when drafted
	Situation   string
	Nudge       int
	Status      string
	Subject     string
	Raw         []byte
	ContentHash string
	UID         uint32
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// HeardAt is the user's `hearback heard` the draft answered (the
	// policy's Decision.HeardAt), zero when none: a later one makes the
	// draft one for an earlier state of the thread.
	HeardAt time.Time
	// Cause is what a draft answers besides the thread itself: the
	// Message-ID of the offer an expedite note is written for, or of the
	// accepting message a withdrawal note follows; "" otherwise.
	Cause string
}

// Open opens (creating if needed) the database at path and migrates it.
// The database and its -wal and -shm files are made mode 0600 (filemode.go).
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: no database path")
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("store: create directory for %s: %w", path, err)
		}
		// 0600 whatever the umask, for the -wal and -shm files too.
		if err := makePrivate(path); err != nil {
			return nil, err
		}
	}
	q := url.Values{}
	// Several processes share the database (run, a manual check, serve);
	// the check lock orders their work, but opening (WAL mode, the
	// migration check) and the dashboard's writes can meet another
	// process's write. On a loaded 2-core box or a Raspberry Pi's SD card
	// a write can stall for seconds, so wait up to 15 s before "database
	// is locked"; an uncontended database never waits.
	q.Add("_pragma", "busy_timeout(15000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	if path == ":memory:" {
		dsn = "file::memory:?" + q.Encode()
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, path: path}
	if err := s.migrateWhenFree(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	memLocks.Delete(s)
	return s.db.Close()
}

func withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, queryTimeout)
}

// Mailbox returns the sync position for an account's mailbox role.
func (s *Store) Mailbox(ctx context.Context, account, role string) (Mailbox, bool, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	mb := Mailbox{Account: account, Role: role}
	err := s.db.QueryRowContext(ctx,
		`SELECT name, uid_validity, last_uid FROM mailboxes WHERE account = ? AND role = ?`,
		account, role).Scan(&mb.Name, &mb.UIDValidity, &mb.LastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return mb, false, nil
	}
	if err != nil {
		return mb, false, fmt.Errorf("store: mailbox %s/%s: %w", account, role, err)
	}
	return mb, true, nil
}

// Mailboxes are the sync positions of every mailbox of an account.
func (s *Store) Mailboxes(ctx context.Context, account string) ([]Mailbox, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, `SELECT role, name, uid_validity, last_uid FROM mailboxes WHERE account = ? ORDER BY role`, account)
	if err != nil {
		return nil, fmt.Errorf("store: mailboxes of %s: %w", account, err)
	}
	defer rows.Close()
	var out []Mailbox
	for rows.Next() {
		mb := Mailbox{Account: account}
		if err := rows.Scan(&mb.Role, &mb.Name, &mb.UIDValidity, &mb.LastUID); err != nil {
			return nil, fmt.Errorf("store: mailboxes of %s: %w", account, err)
		}
		out = append(out, mb)
	}
	return out, rows.Err()
}

// ResetMailbox forgets every message of an account's mailbox role and starts
// it again at uidValidity: the server renumbered it (or it was renamed), so
// the old UIDs mean nothing. Draft ledger entries are kept: they are keyed
// by Message-ID, which survives a renumbering.
func (s *Store) ResetMailbox(ctx context.Context, mb Mailbox) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: reset %s/%s: %w", mb.Account, mb.Role, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE account = ? AND role = ?`, mb.Account, mb.Role)
	if err != nil {
		return fmt.Errorf("store: reset %s/%s: %w", mb.Account, mb.Role, err)
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		if err := bumpGeneration(ctx, tx, mb.Role); err != nil {
			return fmt.Errorf("store: reset %s/%s: %w", mb.Account, mb.Role, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mailboxes(account, role, name, uid_validity, last_uid) VALUES (?, ?, ?, ?, 0)
		ON CONFLICT(account, role) DO UPDATE SET name = excluded.name, uid_validity = excluded.uid_validity, last_uid = 0`,
		mb.Account, mb.Role, mb.Name, mb.UIDValidity); err != nil {
		return fmt.Errorf("store: reset %s/%s: %w", mb.Account, mb.Role, err)
	}
	return tx.Commit()
}

// SaveMessages stores a batch of messages of one mailbox and advances its
// sync position to lastUID in the same transaction, so a crash never leaves
// the position ahead of the data.
func (s *Store) SaveMessages(ctx context.Context, mb Mailbox, msgs []Message, lastUID uint32) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: save %s/%s: %w", mb.Account, mb.Role, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO messages(account, role, mailbox, uid_validity, uid, flags, internal_date,
			message_id, date, from_email, subject, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(account, role, uid) DO UPDATE SET flags = excluded.flags, data = excluded.data,
			message_id = excluded.message_id, date = excluded.date, from_email = excluded.from_email,
			subject = excluded.subject, mailbox = excluded.mailbox, uid_validity = excluded.uid_validity`)
	if err != nil {
		return fmt.Errorf("store: save %s/%s: %w", mb.Account, mb.Role, err)
	}
	defer stmt.Close()
	// The driver copies the data it binds: one buffer serves every row.
	e := encoders.Get().(*encoder)
	defer encoders.Put(e)
	// With a context that can end, the driver starts a goroutine per
	// statement to interrupt it; an insert in a transaction that holds the
	// write lock never waits for another connection, so the rows go
	// without one, and the context is checked between them.
	rowCtx := context.WithoutCancel(ctx)
	// Boxed once, not once per row.
	account, role, name, uidValidity := any(mb.Account), any(mb.Role), any(mb.Name), any(mb.UIDValidity)
	for i := range msgs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("store: save %s/%s: %w", mb.Account, mb.Role, err)
		}
		m := &msgs[i]
		data, err := e.encode(&m.Message, m.CachedVerdict)
		if err != nil {
			return fmt.Errorf("store: encode message uid %d: %w", m.UID, err)
		}
		date := m.Date
		if date.IsZero() {
			date = m.InternalDate
		}
		if _, err := stmt.ExecContext(rowCtx, account, role, name, uidValidity, m.UID,
			strings.Join(m.Flags, " "), m.InternalDate.Unix(), m.MessageID, date.Unix(), m.From.Email, m.Subject, data); err != nil {
			return fmt.Errorf("store: save %s/%s uid %d: %w", mb.Account, mb.Role, m.UID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mailboxes(account, role, name, uid_validity, last_uid) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(account, role) DO UPDATE SET name = excluded.name, uid_validity = excluded.uid_validity,
			last_uid = max(mailboxes.last_uid, excluded.last_uid)`,
		mb.Account, mb.Role, mb.Name, mb.UIDValidity, lastUID); err != nil {
		return fmt.Errorf("store: save %s/%s position: %w", mb.Account, mb.Role, err)
	}
	if len(msgs) > 0 {
		if err := bumpGeneration(ctx, tx, mb.Role); err != nil {
			return fmt.Errorf("store: save %s/%s: %w", mb.Account, mb.Role, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: save %s/%s: %w", mb.Account, mb.Role, err)
	}
	return nil
}

// PruneMessages deletes the stored messages of a mailbox role whose UID is
// not in present: the server no longer has them (a deleted draft, an
// expunged message).
func (s *Store) PruneMessages(ctx context.Context, account, role string, present []uint32) (int, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: prune %s/%s: %w", account, role, err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT uid FROM messages WHERE account = ? AND role = ?`, account, role)
	if err != nil {
		return 0, fmt.Errorf("store: prune %s/%s: %w", account, role, err)
	}
	keep := make(map[uint32]bool, len(present))
	for _, u := range present {
		keep[u] = true
	}
	var gone []uint32
	for rows.Next() {
		var u uint32
		if err := rows.Scan(&u); err != nil {
			rows.Close()
			return 0, fmt.Errorf("store: prune %s/%s: %w", account, role, err)
		}
		if !keep[u] {
			gone = append(gone, u)
		}
	}
	rows.Close()
	for _, u := range gone {
		if _, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE account = ? AND role = ? AND uid = ?`, account, role, u); err != nil {
			return 0, fmt.Errorf("store: prune %s/%s: %w", account, role, err)
		}
	}
	if len(gone) > 0 {
		if err := bumpGeneration(ctx, tx, role); err != nil {
			return 0, fmt.Errorf("store: prune %s/%s: %w", account, role, err)
		}
	}
	return len(gone), tx.Commit()
}

// Messages returns an account's stored messages dated at or after since, in
// date order.
func (s *Store) Messages(ctx context.Context, account string, since time.Time) ([]Message, error) {
	var out []Message
	err := s.EachMessage(ctx, account, since, func(m *Message) error {
		out = append(out, *m)
		return nil
	})
	return out, err
}

// CountMessages returns how many messages are stored for an account role
// ("" for all roles).
func (s *Store) CountMessages(ctx context.Context, account, role string) (int, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	// Two queries, not one with "(? = '' OR role = ?)": that form cannot use
	// the primary key's (account, role) prefix and counts the whole account,
	// and the no-news check counts the few Drafts on every run.
	q, args := `SELECT count(*) FROM messages WHERE account = ?`, []any{account}
	if role != "" {
		q, args = q+` AND role = ?`, append(args, role)
	}
	var n int
	err := s.db.QueryRowContext(ctx, q, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count %s: %w", account, err)
	}
	return n, nil
}

// AddDraft records a draft before it is appended, so that a crash between
// recording and APPEND is recovered by looking for its Message-ID.
func (s *Store) AddDraft(ctx context.Context, d Draft) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	now := time.Now().UTC()
	if d.CreatedAt.IsZero() {
		d.CreatedAt = now
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO drafts(message_id, thread_id, account, reply_to, situation, nudge,
			status, subject, raw, content_hash, uid, created_at, updated_at, heard_at, cause)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.MessageID, d.ThreadID, d.Account, d.ReplyTo, d.Situation, d.Nudge, d.Status, d.Subject, d.Raw,
		d.ContentHash, d.UID, d.CreatedAt.Unix(), now.Unix(), unixOrZero(d.HeardAt), d.Cause)
	if err != nil {
		if isUniqueViolation(err) {
			return fmt.Errorf("store: record draft %s for thread %s: %w", d.MessageID, d.ThreadID, ErrDraftOpen)
		}
		return fmt.Errorf("store: record draft %s: %w", d.MessageID, err)
	}
	return nil
}

// SetDraftStatus moves a draft through its life; uid 0 keeps the known UID.
func (s *Store) SetDraftStatus(ctx context.Context, messageID, status string, uid uint32) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	res, err := s.db.ExecContext(ctx, `UPDATE drafts SET status = ?, uid = CASE WHEN ? = 0 THEN uid ELSE ? END, updated_at = ?
		WHERE message_id = ?`, status, uid, uid, time.Now().Unix(), messageID)
	if err != nil {
		return fmt.Errorf("store: draft %s: %w", messageID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: draft %s: not in the ledger", messageID)
	}
	return nil
}

// Drafts returns an account's draft ledger, oldest first.
func (s *Store) Drafts(ctx context.Context, account string) ([]Draft, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, `SELECT message_id, thread_id, account, reply_to, situation, nudge, status,
		subject, raw, content_hash, uid, created_at, updated_at, heard_at, cause FROM drafts WHERE account = ?
		ORDER BY created_at, message_id`, account)
	if err != nil {
		return nil, fmt.Errorf("store: drafts of %s: %w", account, err)
	}
	defer rows.Close()
	var out []Draft
	for rows.Next() {
		var d Draft
		var created, updated, heard int64
		if err := rows.Scan(&d.MessageID, &d.ThreadID, &d.Account, &d.ReplyTo, &d.Situation, &d.Nudge, &d.Status,
			&d.Subject, &d.Raw, &d.ContentHash, &d.UID, &created, &updated, &heard, &d.Cause); err != nil {
			return nil, fmt.Errorf("store: drafts of %s: %w", account, err)
		}
		d.CreatedAt, d.UpdatedAt, d.HeardAt = time.Unix(created, 0), time.Unix(updated, 0), timeOrZero(heard)
		out = append(out, d)
	}
	return out, rows.Err()
}

// ThreadState is what the user decided about a thread.
type ThreadState struct {
	ThreadID      string
	Account       string
	Ignored       bool
	SnoozedUntil  time.Time
	QuietNotified bool
	// ApprovedRecipient is the address the user said a draft may go to
	// (`hearback resume`) although hearback could not tie it to the
	// thread (followup/recipient.go).
	ApprovedRecipient string
	// HeardAt is when the user heard from the other side outside the
	// mailbox (`hearback heard`: a call, an answer on LinkedIn), zero if
	// never; HeardNote is what they said about it. The policy counts it
	// as a message from them at that moment (followup/policy.go).
	HeardAt   time.Time
	HeardNote string
	// ResumedAt is when the user last said `hearback resume`, zero if
	// never: a thread hearback would leave alone as unclear is nudged
	// when the user resumed it after the other side's last word.
	ResumedAt time.Time
	// AcceptedAt is when the user said with `hearback accepted` that they
	// accepted the offer of this thread, zero if not: the search is over
	// (followup/policy.go).
	AcceptedAt time.Time
}

// ThreadStates returns the per-thread user choices of an account by thread id.
func (s *Store) ThreadStates(ctx context.Context, account string) (map[string]ThreadState, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := s.db.QueryContext(ctx, `SELECT thread_id, ignored, snoozed_until, quiet_notified, approved_recipient, heard_at, heard_note,
		resumed_at, accepted_at FROM threads WHERE account = ?`, account)
	if err != nil {
		return nil, fmt.Errorf("store: threads of %s: %w", account, err)
	}
	defer rows.Close()
	out := map[string]ThreadState{}
	for rows.Next() {
		t := ThreadState{Account: account}
		var snoozed, heard, resumed, accepted int64
		if err := rows.Scan(&t.ThreadID, &t.Ignored, &snoozed, &t.QuietNotified, &t.ApprovedRecipient, &heard, &t.HeardNote,
			&resumed, &accepted); err != nil {
			return nil, fmt.Errorf("store: threads of %s: %w", account, err)
		}
		t.SnoozedUntil, t.HeardAt, t.ResumedAt = timeOrZero(snoozed), timeOrZero(heard), timeOrZero(resumed)
		t.AcceptedAt = timeOrZero(accepted)
		out[t.ThreadID] = t
	}
	return out, rows.Err()
}

// SetThreadState saves the user's choices for a thread.
func (s *Store) SetThreadState(ctx context.Context, t ThreadState) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	_, err := s.db.ExecContext(ctx, `INSERT INTO threads(thread_id, account, ignored, snoozed_until, quiet_notified, approved_recipient,
			heard_at, heard_note, resumed_at, accepted_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(account, thread_id) DO UPDATE SET ignored = excluded.ignored, snoozed_until = excluded.snoozed_until,
			quiet_notified = excluded.quiet_notified, approved_recipient = excluded.approved_recipient,
			heard_at = excluded.heard_at, heard_note = excluded.heard_note, resumed_at = excluded.resumed_at,
			accepted_at = excluded.accepted_at`,
		t.ThreadID, t.Account, t.Ignored, unixOrZero(t.SnoozedUntil), t.QuietNotified, t.ApprovedRecipient,
		unixOrZero(t.HeardAt), t.HeardNote, unixOrZero(t.ResumedAt), unixOrZero(t.AcceptedAt))
	if err != nil {
		return fmt.Errorf("store: thread %s: %w", t.ThreadID, err)
	}
	return nil
}

// unixOrZero is how a moment that may be unset is stored: Unix seconds,
// 0 for the zero time.
func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// timeOrZero reads what unixOrZero stored.
func timeOrZero(unix int64) time.Time {
	if unix <= 0 {
		return time.Time{}
	}
	return time.Unix(unix, 0)
}

// sqliteUniqueConstraint is SQLITE_CONSTRAINT_UNIQUE, the extended code of
// a unique index's violation (a primary key's is another: 1555).
const sqliteUniqueConstraint = 2067

func isUniqueViolation(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code() == sqliteUniqueConstraint
}
