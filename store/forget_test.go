package store

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

func TestForgetThreads(t *testing.T) {
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2027, 1, d, 9, 0, 0, 0, time.UTC) }
	m := func(uid uint32, id, irt, from, to, subject string, d int, excerpt string) Message {
		mm := mailmsg.Message{MessageID: id, InReplyTo: irt, Subject: subject, Date: day(d),
			From: mailmsg.Address{Email: from}, To: []mailmsg.Address{{Email: to}}, Excerpt: excerpt}
		if irt != "" {
			mm.References = []string{irt}
		}
		return Message{UID: uid, InternalDate: day(d), Message: mm}
	}
	mine := func(e string) bool { return e == "me@x.com" }

	st := openTemp(t)
	inbox := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 1}
	sent := Mailbox{Account: "p", Role: RoleSent, Name: "Sent", UIDValidity: 1}
	// old: both messages before the cutoff. mixed: old start, recent
	// reply (linked by subject and counterpart only). recent: new.
	// skewed: a recent message and an old-dated reply to it.
	mustForget(t, st.SaveMessages(ctx, inbox, []Message{
		m(1, "old1@c.com", "", "hr@c.com", "me@x.com", "Old role", 1, "FORGET-ME-EXCERPT"),
		m(2, "mix1@d.com", "", "hr@d.com", "me@x.com", "Mixed role", 2, "keep a"),
		m(3, "new1@e.com", "", "hr@e.com", "me@x.com", "New role", 25, "keep b"),
		m(4, "skew1@f.com", "", "hr@f.com", "me@x.com", "Skewed role", 22, "keep d"),
	}, 4))
	mustForget(t, st.SaveMessages(ctx, sent, []Message{
		m(1, "old2@x.com", "old1@c.com", "me@x.com", "hr@c.com", "Re: Old role", 3, "FORGET-ME-TOO"),
		m(2, "mix2@x.com", "", "me@x.com", "hr@d.com", "Re: Mixed role", 28, "keep c"),
		// A reply whose clock was weeks behind: it sorts after the recent
		// message it answers, and the thread is recent.
		m(3, "skew2@x.com", "skew1@f.com", "me@x.com", "hr@f.com", "Re: Skewed role", 4, "keep e"),
	}, 3))
	mustForget(t, st.AddDraft(ctx, Draft{MessageID: "d1@x.com", ThreadID: threadOf(t, st, "old1@c.com", mine), Account: "p",
		Status: DraftSent, Raw: []byte("draft"), Subject: "Re: Old role"}))
	mustForget(t, st.AddDraft(ctx, Draft{MessageID: "d2@x.com", ThreadID: threadOf(t, st, "old1@c.com", mine), Account: "p",
		Status: DraftPending, Raw: []byte("pending"), Subject: "Re: Old role"}))
	mustForget(t, st.SetThreadState(ctx, ThreadState{ThreadID: threadOf(t, st, "old1@c.com", mine), Account: "p", Ignored: true}))

	tests := []struct {
		name                 string
		cutoff               time.Time
		threads, msgs, drfts int
		left                 []string
	}{
		{"nothing that old", day(1), 0, 0, 0, []string{"old1@c.com", "old2@x.com", "mix1@d.com", "mix2@x.com", "new1@e.com", "skew1@f.com", "skew2@x.com"}},
		{"old thread only", day(20), 1, 2, 1, []string{"mix1@d.com", "mix2@x.com", "new1@e.com", "skew1@f.com", "skew2@x.com"}},
		{"again: idempotent", day(20), 0, 0, 0, []string{"mix1@d.com", "mix2@x.com", "new1@e.com", "skew1@f.com", "skew2@x.com"}},
	}
	for _, tt := range tests {
		got, err := st.ForgetThreads(ctx, "p", tt.cutoff, mine)
		if err != nil {
			t.Fatalf("%s: ForgetThreads: %v", tt.name, err)
		}
		if got.Threads != tt.threads || got.Messages != tt.msgs || got.Drafts != tt.drfts {
			t.Errorf("%s: ForgetThreads = %+v, want %d threads, %d messages, %d drafts", tt.name, got, tt.threads, tt.msgs, tt.drfts)
		}
		msgs, _ := st.Messages(ctx, "p", time.Time{})
		var ids []string
		for _, m := range msgs {
			ids = append(ids, m.MessageID)
		}
		if len(ids) != len(tt.left) {
			t.Errorf("%s: left %v, want %v", tt.name, ids, tt.left)
		}
	}
	drafts, _ := st.Drafts(ctx, "p")
	if len(drafts) != 1 || drafts[0].Status != DraftPending {
		t.Errorf("drafts after forgetting = %+v, want only the pending one (it finishes an APPEND)", drafts)
	}
	states, _ := st.ThreadStates(ctx, "p")
	if len(states) != 0 {
		t.Errorf("thread choices after forgetting = %v, want none", states)
	}
	// Forgetting means the bytes leave the file (VACUUM), not just the rows.
	st.Close()
	for _, f := range []string{st.Path(), st.Path() + "-wal"} {
		data, _ := os.ReadFile(f)
		if bytes.Contains(data, []byte("FORGET-ME")) {
			t.Errorf("%s still holds a forgotten excerpt", f)
		}
	}
}

func threadOf(t *testing.T, st *Store, messageID string, mine func(string) bool) string {
	t.Helper()
	msgs, err := st.Messages(context.Background(), "p", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ptrs := make([]*mailmsg.Message, len(msgs))
	for i := range msgs {
		ptrs[i] = &msgs[i].Message
	}
	for _, g := range mailmsg.Group(ptrs, func(i int) string {
		if mine(ptrs[i].From.Email) {
			return ptrs[i].To[0].Email
		}
		return ptrs[i].From.Email
	}) {
		for _, i := range g {
			if ptrs[i].MessageID == messageID {
				return mailmsg.ThreadID(ptrs, g)
			}
		}
	}
	t.Fatalf("no thread holds %s", messageID)
	return ""
}

func mustForget(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
