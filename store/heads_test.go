package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

type headVisit struct {
	m    Message
	full bool
}

func collectHeads(t *testing.T, st *Store, since time.Time) []headVisit {
	t.Helper()
	var got []headVisit
	keep := func(v []byte) bool { return string(v) == "ok" }
	if err := st.EachHead(context.Background(), "p", since, keep, func(m *Message, full bool) error {
		got = append(got, headVisit{*m, full})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return got
}

func saveRole(t *testing.T, st *Store, role string, uidValidity uint32, msgs []Message) {
	t.Helper()
	mb := Mailbox{Account: "p", Role: role, Name: role, UIDValidity: uidValidity}
	if err := st.SaveMessages(context.Background(), mb, msgs, msgs[len(msgs)-1].UID); err != nil {
		t.Fatal(err)
	}
}

// A first sync into an empty store leaves EachHead's rows in memory; read
// from there they are exactly what the database gives, drafts included
// and in the same order, and a write the cache did not see makes EachHead
// read the database again.
func TestEachHeadAfterFirstSyncMatchesDatabase(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	var inbox, sent, drafts []Message
	for i := range 40 {
		// Dates repeat, so the order falls back to role and UID.
		m := msg(uint32(i+1), fmt.Sprintf("in-%d@x", i), 1+i%5)
		m.CachedVerdict = []byte("ok")
		m.References = []string{fmt.Sprintf("r-%d@x", i/3)}
		m.To = []mailmsg.Address{{Name: "Me", Email: "me@x"}}
		m.Flags = []string{`\Seen`}
		if i%7 == 0 {
			m.Date = time.Time{} // the internal date is the stored date
		}
		inbox = append(inbox, m)
	}
	for i := range 12 {
		m := msg(uint32(i+1), fmt.Sprintf("sent-%d@x", i), 1+i%5)
		m.CachedVerdict = []byte("ok")
		sent = append(sent, m)
	}
	for i := range 4 {
		drafts = append(drafts, msg(uint32(i+1), fmt.Sprintf("draft-%d@x", i), 1+i%5))
	}
	saveRole(t, st, RoleInbox, 7, inbox[:25])
	saveRole(t, st, RoleInbox, 7, inbox[25:])
	saveRole(t, st, RoleSent, 8, sent)
	saveRole(t, st, RoleDrafts, 9, drafts)
	if st.heads.account != "p" || len(st.heads.rows) != len(inbox)+len(sent) {
		t.Fatalf("head cache holds %q with %d rows, want p with %d", st.heads.account, len(st.heads.rows), len(inbox)+len(sent))
	}

	// Another Store on the same file has no cache: the database's answer.
	other, err := Open(ctx, st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	since := time.Date(2027, 4, 2, 0, 0, 0, 0, time.UTC)
	want := collectHeads(t, other, since)
	got := collectHeads(t, st, since)
	if len(want) == 0 || len(want) == len(inbox)+len(sent)+len(drafts) {
		t.Fatalf("the database gave %d rows: the window should cut some", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("row %d from memory = %+v, from the database %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("%d rows from memory, %d from the database", len(got), len(want))
	}
	if st.heads.account != "" || st.heads.rows != nil {
		t.Error("the head cache outlived the EachHead it served")
	}
	if again := collectHeads(t, st, since); !reflect.DeepEqual(again, want) {
		t.Error("a second EachHead (from the database) differs")
	}

	// A write the cache did not see: the database is read.
	st2 := openTemp(t)
	saveRole(t, st2, RoleInbox, 7, inbox[:10])
	other2, err := Open(ctx, st2.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other2.Close()
	saveRole(t, other2, RoleSent, 8, sent[:3])
	if other2.heads.account != "" || !other2.heads.declined["p"] {
		t.Error("an account that had stored messages is cached")
	}
	if got, want := collectHeads(t, st2, time.Time{}), collectHeads(t, other2, time.Time{}); !reflect.DeepEqual(got, want) || len(got) != 13 {
		t.Errorf("after another writer: %d rows, want the database's %d (13)", len(got), len(want))
	}

	// A UID saved again turns the cache off.
	st3 := openTemp(t)
	saveRole(t, st3, RoleInbox, 7, inbox[:10])
	saveRole(t, st3, RoleInbox, 7, inbox[5:12])
	if st3.heads.account != "" {
		t.Error("the cache survived a UID saved twice")
	}
}

// More than HeadCacheBudget of heads: the cache lets go, EachHead reads
// the database.
func TestHeadCacheBudget(t *testing.T) {
	st := openTemp(t)
	ref := strings.Repeat("x", 4000) + "@x"
	per := headRowSize + 4000 // at least, per row
	var batch []Message
	for i := range HeadCacheBudget/per/2 + 1 {
		m := msg(uint32(i+1), fmt.Sprintf("m-%d@x", i), 1+i%5)
		m.CachedVerdict = []byte("ok")
		m.References = []string{ref}
		batch = append(batch, m)
	}
	saveRole(t, st, RoleInbox, 7, batch)
	if st.heads.account != "p" {
		t.Fatal("half the budget: not cached")
	}
	for i := range batch {
		batch[i].UID += uint32(len(batch))
	}
	saveRole(t, st, RoleInbox, 7, batch)
	if st.heads.account != "" || st.heads.rows != nil {
		t.Errorf("over the budget: %d rows still cached", len(st.heads.rows))
	}
	if got := collectHeads(t, st, time.Time{}); len(got) != 2*len(batch) {
		t.Errorf("EachHead gave %d rows, want %d", len(got), 2*len(batch))
	}
}
