package store

import (
	"context"
	"fmt"
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
}

func (s *Store) migrate(ctx context.Context) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var version int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return fmt.Errorf("read schema version (is this a hearback database?): %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this hearback (knows %d): upgrade hearback", version, len(migrations))
	}
	if version == len(migrations) {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
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
