package store

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

func TestMessagesByKeysAndGeneration(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	inbox := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	sent := Mailbox{Account: "p", Role: RoleSent, Name: "Sent", UIDValidity: 8}
	drafts := Mailbox{Account: "p", Role: RoleDrafts, Name: "Drafts", UIDValidity: 9}
	gen0, err := st.MessagesGeneration(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveMessages(ctx, inbox, []Message{msg(1, "a@x", 1), msg(2, "b@x", 3), msg(3, "c@x", 5)}, 3); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveMessages(ctx, sent, []Message{msg(1, "d@x", 2)}, 1); err != nil {
		t.Fatal(err)
	}
	gen1, _ := st.MessagesGeneration(ctx)
	if gen1 == gen0 {
		t.Errorf("generation %d unchanged by new inbox and Sent messages", gen1)
	}
	if err := st.SaveMessages(ctx, drafts, []Message{msg(4, "e@x", 4)}, 4); err != nil {
		t.Fatal(err)
	}
	if gen, _ := st.MessagesGeneration(ctx); gen != gen1 {
		t.Errorf("generation %d → %d by a draft; drafts must not count", gen1, gen)
	}

	since := time.Date(2027, 4, 2, 0, 0, 0, 0, time.UTC)
	got, err := st.MessagesByKeys(ctx, "p", since, []MessageKey{{RoleInbox, 1}, {RoleInbox, 3}, {RoleSent, 1}, {RoleInbox, 99}}, RoleDrafts)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range got {
		ids = append(ids, m.MessageID)
	}
	// Inbox 1 is older than since; 99 does not exist; the draft comes by role.
	if want := []string{"d@x", "e@x", "c@x"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("MessagesByKeys = %v, want %v (date order)", ids, want)
	}
	all, err := st.Messages(ctx, "p", since)
	if err != nil {
		t.Fatal(err)
	}
	var each []Message
	if err := st.EachMessage(ctx, "p", since, func(m *Message) error { each = append(each, *m); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(each, all) {
		t.Errorf("EachMessage gives %d messages unlike Messages' %d", len(each), len(all))
	}

	if has, err := st.HasMessagesBetween(ctx, "p", time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC), since); err != nil || !has {
		t.Errorf("HasMessagesBetween(1st, 2nd) = %v, %v; want true", has, err)
	}
	if has, err := st.HasMessagesBetween(ctx, "p", time.Date(2027, 4, 3, 12, 0, 0, 0, time.UTC), time.Date(2027, 4, 4, 23, 0, 0, 0, time.UTC)); err != nil || has {
		t.Errorf("HasMessagesBetween over the draft only = %v, %v; want false", has, err)
	}

	if _, err := st.PruneMessages(ctx, "p", RoleInbox, []uint32{1, 2}); err != nil {
		t.Fatal(err)
	}
	if gen, _ := st.MessagesGeneration(ctx); gen == gen1 {
		t.Error("generation unchanged by a deleted inbox message")
	}
}

func TestCheckSnapshotRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	if _, ok, err := st.LoadCheckSnapshot(ctx, "p"); ok || err != nil {
		t.Fatalf("LoadCheckSnapshot on a new database = %v, %v; want none", ok, err)
	}
	snap := &CheckSnapshot{Account: "p", Fingerprint: "f", Generation: 42, Since: time.Unix(1700000000, 0), Total: 9,
		Threads: []string{"t1", "t2"}, Ledger: []string{"t9"}, Data: []byte("opaque")}
	for range 2 { // saving again replaces
		if err := st.SaveCheckSnapshot(ctx, snap); err != nil {
			t.Fatal(err)
		}
	}
	got, ok, err := st.LoadCheckSnapshot(ctx, "p")
	if err != nil || !ok {
		t.Fatalf("LoadCheckSnapshot = %v, %v", ok, err)
	}
	if !reflect.DeepEqual(got, snap) {
		t.Errorf("LoadCheckSnapshot = %+v, want %+v", got, snap)
	}
}

// Rows written before compression (plain JSON) stay readable, and new
// rows are smaller than their JSON.
func TestMessageDataCodec(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	m := msg(1, "a@x", 1)
	m.Excerpt = strings.Repeat("Thank you for your interest in the role. ", 40)
	mb := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	if err := st.SaveMessages(ctx, mb, []Message{m}, 1); err != nil {
		t.Fatal(err)
	}
	var stored []byte
	if err := st.db.QueryRowContext(ctx, `SELECT data FROM messages WHERE uid = 1`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	plain, _ := json.Marshal(&m.Message)
	if stored[0] != dataHeadV3 || len(stored) >= len(plain)/2 {
		t.Errorf("stored data: tag %#x, %d bytes for %d of JSON; want compressed", stored[0], len(stored), len(plain))
	}
	got, err := st.Messages(ctx, "p", time.Time{})
	if err != nil || len(got) != 1 {
		t.Fatalf("Messages = %d, %v", len(got), err)
	}
	if want, _ := json.Marshal(&m.Message); !bytes.Equal(mustJSON(t, &got[0].Message), want) {
		t.Errorf("row read back as %+v, want %+v", got[0].Message, m.Message)
	}
	// A row of schema version 2: head apart, compressed JSON of the rest.
	v2, err := encodeV2ForTest(&m.Message, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.ExecContext(ctx, `UPDATE messages SET data = ? WHERE uid = 1`, v2); err != nil {
		t.Fatal(err)
	}
	if got, err := st.Messages(ctx, "p", time.Time{}); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Message, m.Message) {
		t.Errorf("0x02 row read back as %+v (%v), want %+v", got, err, m.Message)
	}
	// A row of the first compressed format: compressed JSON of the whole message.
	old, err := inflateOldForTest(&m.Message)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.ExecContext(ctx, `UPDATE messages SET data = ? WHERE uid = 1`, old); err != nil {
		t.Fatal(err)
	}
	if got, err := st.Messages(ctx, "p", time.Time{}); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Message, m.Message) {
		t.Errorf("0x01 row read back as %+v (%v), want %+v", got, err, m.Message)
	}
	// An old row: plain JSON.
	if _, err := st.db.ExecContext(ctx, `UPDATE messages SET data = ? WHERE uid = 1`, plain); err != nil {
		t.Fatal(err)
	}
	got, err = st.Messages(ctx, "p", time.Time{})
	if err != nil || len(got) != 1 {
		t.Fatalf("Messages = %d, %v", len(got), err)
	}
	if !reflect.DeepEqual(got[0].Message, m.Message) {
		t.Errorf("old JSON row read back as %+v, want %+v", got[0].Message, m.Message)
	}
}

func mustJSON(t *testing.T, m *mailmsg.Message) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// inflateOldForTest encodes m as rows of schema version 2 were: tag 0x01
// and the DEFLATE of the whole JSON.
func inflateOldForTest(m *mailmsg.Message) ([]byte, error) {
	js, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteByte(dataDeflate)
	return deflateDictForTest(&buf, js)
}

// deflateDictForTest appends p to buf DEFLATE-compressed with dataDict, as
// rows of tags 0x01 and 0x02 hold their JSON, and returns buf's bytes.
func deflateDictForTest(buf *bytes.Buffer, p []byte) ([]byte, error) {
	w, err := flate.NewWriterDict(buf, flate.BestSpeed, dataDict)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(p); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// EachHead reads the headers and cached verdict of new rows without the
// rest, and any row whose verdict is refused in full.
func TestEachHead(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	a, b := msg(1, "a@x", 1), msg(2, "b@x", 2)
	a.Excerpt, b.Excerpt = "excerpt a", "excerpt b"
	a.References = []string{"r1@x", "r2@x"}
	a.To = []mailmsg.Address{{Name: "Me", Email: "me@x"}}
	a.CachedVerdict, b.CachedVerdict = []byte("good"), []byte("stale")
	mb := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	if err := st.SaveMessages(ctx, mb, []Message{a, b}, 2); err != nil {
		t.Fatal(err)
	}
	var got []Message
	var fulls []bool
	err := st.EachHead(ctx, "p", time.Time{}, func(v []byte) bool { return string(v) == "good" }, func(m *Message, full bool) error {
		got = append(got, *m)
		fulls = append(fulls, full)
		return nil
	})
	if err != nil || len(got) != 2 {
		t.Fatalf("EachHead = %d, %v", len(got), err)
	}
	h := got[0]
	if fulls[0] || h.Excerpt != "" || string(h.CachedVerdict) != "good" || h.MessageID != a.MessageID ||
		!reflect.DeepEqual(h.References, a.References) || !reflect.DeepEqual(h.To, a.To) || h.From != a.From ||
		h.Subject != a.Subject || !h.Date.Equal(a.Date) || h.Role != RoleInbox || h.UID != 1 {
		t.Errorf("head row = %+v, full %v", h, fulls[0])
	}
	if !fulls[1] || got[1].Excerpt != "excerpt b" || got[1].CachedVerdict != nil {
		t.Errorf("refused row = %+v, full %v", got[1], fulls[1])
	}
}

// DraftHeads reads what a check needs of drafts, from new and old rows.
func TestDraftHeads(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	a, b, old := msg(1, "a@x", 1), msg(2, "b@x", 2), msg(3, "c@x", 3)
	a.HearbackThread, a.InReplyTo = "t1", "r@x"
	mb := Mailbox{Account: "p", Role: RoleDrafts, Name: "Drafts", UIDValidity: 7}
	if err := st.SaveMessages(ctx, mb, []Message{a, b, old}, 3); err != nil {
		t.Fatal(err)
	}
	plain, _ := json.Marshal(&old.Message)
	if _, err := st.db.ExecContext(ctx, `UPDATE messages SET data = ? WHERE uid = 3`, plain); err != nil {
		t.Fatal(err)
	}
	got, err := st.DraftHeads(ctx, "p", time.Date(2027, 4, 2, 0, 0, 0, 0, time.UTC))
	if err != nil || len(got) != 2 {
		t.Fatalf("DraftHeads = %d, %v", len(got), err)
	}
	if got[0].UID == 3 {
		got[0], got[1] = got[1], got[0]
	}
	if got[0].MessageID != "b@x" || got[1].MessageID != "c@x" || got[1].Excerpt != "hello" || got[0].Role != RoleDrafts {
		t.Errorf("DraftHeads = %+v", got)
	}
	all, _ := st.DraftHeads(ctx, "p", time.Time{})
	for _, m := range all {
		if m.UID == 1 && (m.HearbackThread != "t1" || m.InReplyTo != "r@x" || m.Excerpt != "") {
			t.Errorf("draft 1 = %+v", m)
		}
	}
}
