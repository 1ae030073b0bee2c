package thread

import (
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

func stored(role, id, from, to, subject, irt string, day int) store.Message {
	m := store.Message{Role: role}
	m.MessageID, m.InReplyTo, m.Subject = id, irt, subject
	m.From = mailmsg.Address{Email: from}
	m.To = []mailmsg.Address{{Email: to}}
	m.Date = time.Date(2027, 4, day, 9, 0, 0, 0, time.UTC)
	if irt != "" {
		m.References = []string{irt}
	}
	return m
}

func TestBuild(t *testing.T) {
	me := NewMe("me@example.com")
	msgs := []store.Message{
		stored(store.RoleInbox, "a1@acme.com", "jane@acme.com", "me@example.com", "Backend role", "", 1),
		stored(store.RoleSent, "a2@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a1@acme.com", 2),
		// The same message again (All Mail, a Bcc to myself): counted once.
		stored(store.RoleInbox, "a2@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a1@acme.com", 2),
		// A reply whose client dropped the headers joins by subject and person.
		stored(store.RoleInbox, "a3@acme.com", "jane@acme.com", "me@example.com", "RE: Backend role", "", 3),
		// The same subject from someone else is another thread.
		stored(store.RoleInbox, "b1@other.com", "bob@other.com", "me@example.com", "Re: Backend role", "", 4),
		// My own draft replying in the first thread.
		stored(store.RoleDrafts, "d1@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a3@acme.com", 5),
	}
	threads := Build(Input{Account: "p", Me: me, Messages: msgs,
		Verdicts: func(m *store.Message) classifier.Verdict { return classifier.Verdict{Job: true} }})
	if len(threads) != 2 {
		t.Fatalf("Build() made %d threads, want 2", len(threads))
	}
	// Newest first.
	bob, jane := threads[0], threads[1]
	if len(bob.Messages) != 1 || bob.Messages[0].From.Email != "bob@other.com" {
		t.Errorf("first thread = %+v, want Bob's alone", bob.Messages)
	}
	if len(jane.Messages) != 3 || !jane.Mine[1] || jane.Mine[0] || !jane.DraftFromUser {
		t.Errorf("Jane's thread: %d messages, mine %v, my draft %v; want 3, [false true false], true", len(jane.Messages), jane.Mine, jane.DraftFromUser)
	}
	if got := jane.SubjectOnly; len(got) != 3 || got[0] || got[1] || !got[2] {
		t.Errorf("Jane's thread SubjectOnly = %v, want [false false true]", got)
	}
	if !jane.RepliedAfter("a2@example.com") || jane.RepliedAfter("a3@acme.com") {
		t.Errorf("RepliedAfter: Jane's header-less answer not seen after my message, or seen after itself")
	}
	kept := Build(Input{Account: "p", Me: me, Messages: msgs, Keep: func(t *Thread) bool { return len(t.Messages) > 1 }})
	if len(kept) != 1 || kept[0].ID != jane.ID {
		t.Errorf("Build(Keep) kept %d threads, want Jane's only", len(kept))
	}
}

// A message reusing another's Message-ID from another sender is not a
// copy of it; the same message in two mailboxes is.
func TestCopies(t *testing.T) {
	me := NewMe("me@example.com")
	real := stored(store.RoleInbox, "x1@acme.com", "jane@acme.com", "me@example.com", "Offer", "", 1)
	copyInFolder := stored("folder:Jobs", "x1@acme.com", "jane@acme.com", "me@example.com", "Offer", "", 1)
	spoof := stored(store.RoleInbox, "x1@acme.com", "eve@evil.example", "me@example.com", "Offer", "", 2)
	threads := Build(Input{Account: "p", Me: me, Messages: []store.Message{real, copyInFolder, spoof}})
	if len(threads) != 1 || len(threads[0].Messages) != 2 {
		t.Fatalf("Build() = %d threads, %d messages; want one thread of 2 (the copy counted once, the spoof kept)", len(threads), len(threads[0].Messages))
	}
}

// A draft in Drafts is hearback's by the ledger (or, from an earlier
// version, by X-Hearback-Thread); any other draft that replies in a
// thread, by its In-Reply-To or its References, is the user's own.
func TestDraftFromUser(t *testing.T) {
	me := NewMe("me@example.com")
	convo := []store.Message{
		stored(store.RoleInbox, "a1@acme.com", "jane@acme.com", "me@example.com", "Backend role", "", 1),
		stored(store.RoleSent, "a2@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a1@acme.com", 2),
	}
	hearbacks := stored(store.RoleDrafts, "hb1@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a2@example.com", 3)
	old := stored(store.RoleDrafts, "hb0@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a2@example.com", 3)
	old.HearbackThread = "t-old"
	// Thunderbird keeps In-Reply-To and References and writes a new Message-ID.
	resaved := stored(store.RoleDrafts, "tb1@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "a2@example.com", 3)
	byRefs := stored(store.RoleDrafts, "tb2@example.com", "me@example.com", "jane@acme.com", "Re: Backend role", "", 3)
	byRefs.References = []string{"a1@acme.com"}
	elsewhere := stored(store.RoleDrafts, "x@example.com", "me@example.com", "bob@other.com", "Hello", "b1@other.com", 3)
	ledger := []store.Draft{{MessageID: "hb1@example.com", ThreadID: "whatever"}}
	cases := []struct {
		name  string
		draft store.Message
		want  bool
	}{
		{"hearback's, by the ledger", hearbacks, false},
		{"hearback's, by an earlier version's header", old, false},
		{"re-saved under a new Message-ID", resaved, true},
		{"the user's, by References", byRefs, true},
		{"in another thread", elsewhere, false},
	}
	for _, tc := range cases {
		msgs := append(append([]store.Message(nil), convo...), tc.draft)
		threads := Build(Input{Account: "p", Me: me, Messages: msgs, Ledger: ledger,
			Verdicts: func(m *store.Message) classifier.Verdict { return classifier.Verdict{Job: true} }})
		var jane *Thread
		for _, th := range threads {
			if th.Messages[0].MessageID == "a1@acme.com" {
				jane = th
			}
		}
		if jane == nil || jane.DraftFromUser != tc.want {
			t.Errorf("%s: DraftFromUser = %v, want %v", tc.name, jane != nil && jane.DraftFromUser, tc.want)
		}
	}
}
