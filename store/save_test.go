package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// dumpMessages returns every column of every stored message, in key order.
func dumpMessages(t *testing.T, st *Store) [][]any {
	t.Helper()
	rows, err := st.db.QueryContext(context.Background(), `SELECT account, role, mailbox, uid_validity, uid, flags,
		internal_date, message_id, date, from_email, subject, data FROM messages ORDER BY account, role, uid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		row := make([]any, 12)
		ptrs := make([]any, len(row))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSaveMessagesBatchEqualsOneByOne checks that saving a batch stores
// exactly what saving its messages one at a time, in order, does: with
// UIDs repeated within a batch (the later message wins, its internal date
// stays the first one's, as for an update) and with UIDs already stored.
func TestSaveMessagesBatchEqualsOneByOne(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	mb := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	// Already stored: UIDs 1-30, saved with other content, another mailbox
	// name and UID validity.
	old := benchMessages(rng, 1, 30)
	oldMB := Mailbox{Account: "p", Role: RoleInbox, Name: "Old", UIDValidity: 6}
	// The batch: UIDs 1-230, then repeats of UIDs close together and far
	// apart, so that an implementation inserting chunks of rows per
	// statement (up to 100 or 200) has repeats within a chunk, across
	// chunks and within the remainder.
	batch := benchMessages(rng, 1, 230)
	again := func(uid uint32, subject string) {
		m := benchMessages(rng, uid, 1)[0]
		m.Subject, m.Flags = subject, []string{`\Seen`, `\Answered`}
		m.InternalDate = m.InternalDate.Add(time.Hour)
		batch = append(batch, m)
	}
	for i, uid := range []uint32{5, 5, 20, 150, 3, 229, 229, 230} {
		again(uid, fmt.Sprintf("again %d", i))
	}
	// Repeats within the first chunk and within the rest, by position.
	batch[40] = batch[10]
	batch[40].Subject = "repeat of 11 in the first chunk"
	batch[215] = batch[205]
	batch[215].Subject = "repeat of 206 in the rest"
	batch[230].Subject = "" // a zero value among repeats
	batch[231].Date = time.Time{}
	batch[232].Flags = nil
	for i := range batch {
		batch[i].From.Email = fmt.Sprintf("sender%d@x", i)
	}

	bulk, one := openTemp(t), openTemp(t)
	for _, st := range []*Store{bulk, one} {
		if err := st.SaveMessages(ctx, oldMB, old, 30); err != nil {
			t.Fatal(err)
		}
	}
	if err := bulk.SaveMessages(ctx, mb, batch, 230); err != nil {
		t.Fatal(err)
	}
	for _, m := range batch {
		if err := one.SaveMessages(ctx, mb, []Message{m}, 230); err != nil {
			t.Fatal(err)
		}
	}
	got, want := dumpMessages(t, bulk), dumpMessages(t, one)
	// UIDs 41 and 216 were replaced by repeats.
	if len(got) != 228 {
		t.Errorf("stored %d messages, want 228", len(got))
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("row %d:\n got %v\nwant %v", i, got[i][:11], want[i][:11])
			}
		}
		t.Fatalf("batch stored %d rows, one by one %d, and they differ", len(got), len(want))
	}
	// The later of two messages with one UID wins; the first save's
	// internal date stays.
	for _, c := range []struct {
		uid     uint32
		subject string
	}{{5, "again 1"}, {11, "repeat of 11 in the first chunk"}, {20, "again 2"}, {150, "again 3"},
		{206, "repeat of 206 in the rest"}, {229, "again 6"}, {230, "again 7"}} {
		var row []any
		for _, r := range got {
			if r[4] == int64(c.uid) {
				row = r
			}
		}
		if row == nil {
			t.Errorf("uid %d not stored", c.uid)
			continue
		}
		if row[10] != c.subject || row[2] != "INBOX" || row[3] != int64(7) {
			t.Errorf("uid %d stored with subject %q in %v/%v; want subject %q in INBOX/7",
				c.uid, row[10], row[2], row[3], c.subject)
		}
	}
	if d := got[4][6]; got[4][4] != int64(5) || d != old[4].InternalDate.Unix() {
		t.Errorf("internal date of updated uid 5 = %v, want the first save's %d", d, old[4].InternalDate.Unix())
	}
	ms, err := bulk.Messages(ctx, "p", time.Time{})
	if err != nil || len(ms) != 228 {
		t.Fatalf("Messages = %d, %v", len(ms), err)
	}
}
