package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
	"time"
)

// headCache keeps, for the first sync of an account into an empty store,
// what EachHead reads of each inbox and Sent message it saves: the first
// check after that sync groups every message of the window, and reading
// them all back from SQLite was the biggest serial part of a first check
// (BENCHMARKS.md). It holds a few hundred bytes per
// message, at most HeadCacheBudget in all, from the sync until that
// check, which frees each row as it goes.
//
// The cache is exact or unused. It serves one EachHead, and only while
// the store's messages generation is the one its last save produced (any
// other write, by this process or another, bumps the generation). A row
// saved again (a UID at or below one already cached), or more rows than
// the budget allows, turn it off. Drafts are never cached: EachHead reads
// them from the database.
type headCache struct {
	mu       sync.Mutex
	declined map[string]bool // accounts not cached in this process
	account  string          // the account being cached, "" for none
	gen      int64           // the generation after the last cached save
	rows     []headRow
	bytes    int
	lastUID  map[string]uint32 // by role
}

// HeadCacheBudget bounds the memory of the head cache (heads.go): about
// 70,000 messages. A bigger first sync reads the heads back from the
// database instead.
const HeadCacheBudget = 24 << 20

type headRow struct {
	role        string
	uid         uint32
	uidValidity uint32
	internal    int64
	date        int64
	head        []byte // the row's data up to the end of its head
}

// headRowSize is what a cached row costs besides its head bytes.
const headRowSize = 64

// headPrefix returns the part of a row with a head (hasHead) that
// decodeHead reads, or nil for any other row.
func headPrefix(data []byte) []byte {
	if !hasHead(data) {
		return nil
	}
	n, k := binary.Uvarint(data[1:])
	if k <= 0 || n > uint64(len(data)-1-k) {
		return nil
	}
	return data[:1+k+int(n)]
}

// begin is called in SaveMessages' transaction before it writes rows of
// account and role: it tells whether this save is cached.
func (c *headCache) begin(ctx context.Context, tx *sql.Tx, account, role string) (bool, error) {
	if role == RoleDrafts {
		return false, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.account == account {
		return true, nil
	}
	if c.account != "" || c.declined[account] {
		return false, nil
	}
	var stored bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM messages WHERE account = ?)`, account).Scan(&stored); err != nil {
		return false, fmt.Errorf("head cache: %w", err)
	}
	if stored {
		c.declineLocked(account)
		return false, nil
	}
	c.account, c.lastUID, c.rows, c.bytes = account, map[string]uint32{}, nil, 0
	return true, nil
}

// commit adds the rows of a committed save that ended with generation gen.
func (c *headCache) commit(account, role string, rows []headRow, gen int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.account != account {
		return
	}
	for _, r := range rows {
		c.bytes += headRowSize + len(r.head)
		if r.uid <= c.lastUID[role] || r.head == nil || c.bytes > HeadCacheBudget {
			c.declineLocked(account)
			return
		}
		c.lastUID[role] = r.uid
	}
	c.rows = append(c.rows, rows...)
	c.gen = gen
}

// declineLocked stops caching account for the life of the process.
func (c *headCache) declineLocked(account string) {
	if c.declined == nil {
		c.declined = map[string]bool{}
	}
	c.declined[account] = true
	if c.account == account {
		c.account, c.rows, c.lastUID, c.bytes = "", nil, nil, 0
	}
}

// take hands over the cached rows of account if the store is still at
// the generation they describe, and ends the cache either way.
func (c *headCache) take(account string, gen int64) ([]headRow, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.account != account {
		return nil, false
	}
	rows, ok := c.rows, c.gen == gen
	c.declineLocked(account)
	return rows, ok
}

// eachCachedHead is EachHead over cached rows and the account's drafts
// from the database, merged in EachHead's order (date, role, UID). It
// reports false, having called fn for nothing, when a cached row would
// have to be decoded in full (no verdict that keep accepts): the caller
// then reads the database instead.
func (s *Store) eachCachedHead(ctx context.Context, rows []headRow, account string, since time.Time, keep func(verdict []byte) bool,
	fn func(m *Message, full bool) error) (bool, error) {
	from := since.Unix()
	rows = slices.DeleteFunc(rows, func(r headRow) bool { return r.date < from })
	for _, r := range rows {
		var m Message
		verdict, _, ok, err := decodeHead(r.head, &m.Message)
		if err != nil || !ok || verdict == "" || !keep([]byte(verdict)) {
			return false, nil
		}
	}
	slices.SortFunc(rows, func(a, b headRow) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.role, b.role), cmp.Compare(a.uid, b.uid))
	})
	drafts, err := s.db.QueryContext(ctx, `SELECT `+messageColumns+`
		FROM messages WHERE account = ? AND role = ? AND date >= ? ORDER BY date, uid`, account, RoleDrafts, from)
	if err != nil {
		return true, fmt.Errorf("store: messages of %s: %w", account, err)
	}
	defer drafts.Close()
	// The next draft and its date, read one ahead.
	var draft *Message
	var draftDate int64
	nextDraft := func() error {
		draft = nil
		if !drafts.Next() {
			return drafts.Err()
		}
		m, date, err := scanMessage(drafts, account)
		if err != nil {
			return err
		}
		draft, draftDate = &m, date
		return nil
	}
	if err := nextDraft(); err != nil {
		return true, err
	}
	for i := range rows {
		r := &rows[i]
		// RoleDrafts sorts before inbox and sent.
		for draft != nil && (draftDate < r.date || draftDate == r.date && RoleDrafts < r.role) {
			if err := fn(draft, true); err != nil {
				return true, err
			}
			if err := nextDraft(); err != nil {
				return true, err
			}
		}
		m := Message{Account: account, Role: r.role, UID: r.uid, UIDValidity: r.uidValidity, InternalDate: time.Unix(r.internal, 0)}
		verdict, _, _, err := decodeHead(r.head, &m.Message)
		if err != nil {
			return true, fmt.Errorf("store: message %s/%s uid %d: %w", account, m.Role, m.UID, err)
		}
		m.CachedVerdict = []byte(verdict)
		r.head = nil // what fn keeps, it copies (EachHead's contract)
		if err := fn(&m, false); err != nil {
			return true, err
		}
	}
	for draft != nil {
		if err := fn(draft, true); err != nil {
			return true, err
		}
		if err := nextDraft(); err != nil {
			return true, err
		}
	}
	return true, nil
}
