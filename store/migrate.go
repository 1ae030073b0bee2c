package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// migrations are applied in order; the database's PRAGMA user_version is the
// number applied. Never edit a released migration: append a new one.
var migrations = []string{
	`CREATE TABLE mailboxes (
		account      TEXT NOT NULL,
		role         TEXT NOT NULL,
		name         TEXT NOT NULL,
		uid_validity INTEGER NOT NULL,
		last_uid     INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (account, role)
	);
	CREATE TABLE messages (
		account       TEXT NOT NULL,
		role          TEXT NOT NULL,
		mailbox       TEXT NOT NULL,
		uid_validity  INTEGER NOT NULL,
		uid           INTEGER NOT NULL,
		flags         TEXT NOT NULL DEFAULT '',
		internal_date INTEGER NOT NULL,
		message_id    TEXT NOT NULL DEFAULT '',
		date          INTEGER NOT NULL,
		from_email    TEXT NOT NULL DEFAULT '',
		subject       TEXT NOT NULL DEFAULT '',
		data          BLOB NOT NULL,
		PRIMARY KEY (account, role, uid)
	);
	CREATE INDEX messages_by_date ON messages(account, date);
	CREATE INDEX messages_by_message_id ON messages(message_id);
	CREATE TABLE drafts (
		message_id   TEXT PRIMARY KEY,
		thread_id    TEXT NOT NULL,
		account      TEXT NOT NULL,
		reply_to     TEXT NOT NULL,
		situation    TEXT NOT NULL,
		nudge        INTEGER NOT NULL,
		status       TEXT NOT NULL,
		subject      TEXT NOT NULL,
		raw          BLOB NOT NULL,
		content_hash TEXT NOT NULL,
		uid          INTEGER NOT NULL DEFAULT 0,
		created_at   INTEGER NOT NULL,
		updated_at   INTEGER NOT NULL
	);
	CREATE INDEX drafts_by_thread ON drafts(account, thread_id);
	CREATE TABLE threads (
		account        TEXT NOT NULL,
		thread_id      TEXT NOT NULL,
		ignored        INTEGER NOT NULL DEFAULT 0,
		snoozed_until  INTEGER NOT NULL DEFAULT 0,
		quiet_notified INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (account, thread_id)
	);`,
	// 2: the check snapshot (cache.go), and a generation counter that any
	// change to inbox or Sent messages bumps, whoever writes them. Message
	// data written from here on is compressed (codec.go).
	`CREATE TABLE store_meta (
		key   TEXT PRIMARY KEY,
		value INTEGER NOT NULL
	);
	INSERT INTO store_meta(key, value) VALUES ('messages_gen', 0);
	CREATE TRIGGER messages_gen_insert AFTER INSERT ON messages WHEN NEW.role != 'drafts'
	BEGIN UPDATE store_meta SET value = value + 1 WHERE key = 'messages_gen'; END;
	CREATE TRIGGER messages_gen_update AFTER UPDATE ON messages WHEN NEW.role != 'drafts' OR OLD.role != 'drafts'
	BEGIN UPDATE store_meta SET value = value + 1 WHERE key = 'messages_gen'; END;
	CREATE TRIGGER messages_gen_delete AFTER DELETE ON messages WHEN OLD.role != 'drafts'
	BEGIN UPDATE store_meta SET value = value + 1 WHERE key = 'messages_gen'; END;
	CREATE TABLE check_snapshots (
		account     TEXT PRIMARY KEY,
		fingerprint TEXT NOT NULL,
		generation  INTEGER NOT NULL,
		since       INTEGER NOT NULL,
		total       INTEGER NOT NULL,
		threads     BLOB NOT NULL,
		data        BLOB NOT NULL
	);`,
	// 3: the messages generation is bumped once per write transaction by
	// the functions that write messages (cache.go bumpGeneration), not by
	// a trigger per row, which cost a first sync an UPDATE per message.
	// No query looks messages up by Message-ID: its index only cost
	// every insert a random B-tree write and the file its size.
	`DROP TRIGGER messages_gen_insert;
	DROP TRIGGER messages_gen_update;
	DROP TRIGGER messages_gen_delete;
	DROP INDEX messages_by_message_id;`,
	// 4: at most one open (pending or appended) hearback draft per thread,
	// enforced by the schema as well as by the check lock (lock.go). Two
	// checks at once could write two before there was a lock: the later
	// ones become "duplicate" (store.DraftDuplicate), which a reply
	// withdraws like any untouched draft of hearback's. And the recipient
	// the user approved for a thread (followup/recipient.go).
	`UPDATE drafts SET status = 'duplicate'
	WHERE status IN ('pending', 'appended') AND EXISTS (
		SELECT 1 FROM drafts AS older
		WHERE older.account = drafts.account AND older.thread_id = drafts.thread_id
			AND older.status IN ('pending', 'appended')
			AND (older.created_at < drafts.created_at
				OR (older.created_at = drafts.created_at AND older.message_id < drafts.message_id)));
	CREATE UNIQUE INDEX drafts_one_open ON drafts(account, thread_id) WHERE status IN ('pending', 'appended');
	ALTER TABLE threads ADD COLUMN approved_recipient TEXT NOT NULL DEFAULT '';`,
	// 5: every check, per account (checks.go): `run` catches up from the
	// last one after a restart or a suspend; the last 500 per account are kept.
	`CREATE TABLE checks (
		id          INTEGER PRIMARY KEY,
		account     TEXT NOT NULL,
		trigger     TEXT NOT NULL,
		started_at  INTEGER NOT NULL,
		finished_at INTEGER,
		result      TEXT NOT NULL DEFAULT '',
		drafted     INTEGER NOT NULL DEFAULT 0,
		error       TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX checks_by_account ON checks(account, started_at);`,
	// 6: the user heard from the other side outside the mailbox (`hearback
	// heard`): when, and their note. A draft records the heard it answered,
	// so that a later one makes it obsolete (followup/policy.go).
	`ALTER TABLE threads ADD COLUMN heard_at INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE threads ADD COLUMN heard_note TEXT NOT NULL DEFAULT '';
	ALTER TABLE drafts ADD COLUMN heard_at INTEGER NOT NULL DEFAULT 0;`,
	// 7: when the user last said `hearback resume` for a thread: it lets a
	// thread the policy holds as unclear be nudged (followup/policy.go).
	`ALTER TABLE threads ADD COLUMN resumed_at INTEGER NOT NULL DEFAULT 0;`,
	// 8: the moments of issue 17: the offer the user accepted (`hearback
	// accepted`), and what a draft answers besides its thread (the offer of
	// an expedite note).
	`ALTER TABLE threads ADD COLUMN accepted_at INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE drafts ADD COLUMN cause TEXT NOT NULL DEFAULT '';`,
}

// migrateWhenFree migrates, trying again for as long as the busy timeout
// while SQLite answers "database is locked" without waiting. Processes
// that open a new database together (four `hearback check` started at
// once, or `run` beside a manual check on first use) each switch it to WAL
// as they connect; SQLite refuses one of them at once rather than risk a
// deadlock, and its busy timeout does not apply to that refusal.
func (s *Store) migrateWhenFree(ctx context.Context) error {
	deadline := time.Now().Add(queryTimeout)
	pause := 5 * time.Millisecond
	for {
		err := s.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrate: %w (gave up waiting: %w)", err, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, 200*time.Millisecond)
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY, in any of its
// extended forms (recovery, snapshot, timeout).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

func (s *Store) migrate(ctx context.Context) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	// The version is read inside the (immediate, so write-locked)
	// transaction: two processes opening a new database at once must not
	// both apply the first migration.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return fmt.Errorf("read schema version (is this a hearback database?): %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this hearback (knows %d): upgrade hearback", version, len(migrations))
	}
	if version == len(migrations) {
		return nil
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, len(migrations))); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return tx.Commit()
}
