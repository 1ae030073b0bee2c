package actions

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

func TestParseSnooze(t *testing.T) {
	for in, want := range map[string]time.Duration{"36h": 36 * time.Hour, "3d": 72 * time.Hour, "1w": 7 * 24 * time.Hour,
		"1w2d": 9 * 24 * time.Hour, "90m": 90 * time.Minute, " 2W ": 14 * 24 * time.Hour} {
		if got, err := ParseSnooze(in); got != want || err != nil {
			t.Errorf("ParseSnooze(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "3", "d", "tomorrow", "0d", "400d", "-1d", "1y"} {
		if got, err := ParseSnooze(in); err == nil {
			t.Errorf("ParseSnooze(%q) = %v, want an error", in, got)
		}
	}
	for _, c := range SnoozeChoices {
		if _, err := ParseSnooze(c); err != nil {
			t.Errorf("SnoozeChoices has %q: %v", c, err)
		}
	}
}

func TestCleanNote(t *testing.T) {
	if got := CleanNote("  they\tcalled\x00 me \n"); got != "they called me" {
		t.Errorf("CleanNote = %q", got)
	}
	if got := []rune(CleanNote(strings.Repeat("é", 500))); len(got) != MaxHeardNote || got[len(got)-1] != '…' {
		t.Errorf("CleanNote of 500 characters: %d, want %d ending in …", len(got), MaxHeardNote)
	}
}

// Do records each action in the store, reading the stored choices afresh:
// a snooze keeps an ignore made meanwhile elsewhere, resume undoes both.
func TestDo(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)
	cfg := config.Default()
	cfg.Location = time.UTC
	cfg.Accounts = []config.Account{{Name: "a", Username: "me@example.com", Addresses: []string{"me@example.com"}}}
	me, them := mailmsg.Address{Email: "me@example.com"}, mailmsg.Address{Name: "Jane Doe", Email: "jane@acme.example"}
	in := store.Message{Role: store.RoleInbox, Mailbox: "INBOX", UIDValidity: 1, UID: 1, InternalDate: now.AddDate(0, 0, -20),
		Message: mailmsg.Message{MessageID: "a@acme.example", From: them, To: []mailmsg.Address{me}, Date: now.AddDate(0, 0, -20),
			Subject: "Backend Engineer role", Excerpt: "Hi, we are hiring a Backend Engineer and would love to schedule an interview. Are you interested?"}}
	out := store.Message{Role: store.RoleSent, Mailbox: "Sent", UIDValidity: 1, UID: 1, InternalDate: now.AddDate(0, 0, -19),
		Message: mailmsg.Message{MessageID: "b@example.com", InReplyTo: "a@acme.example", References: []string{"a@acme.example"},
			From: me, To: []mailmsg.Address{them}, Date: now.AddDate(0, 0, -19), Subject: "Re: Backend Engineer role",
			Excerpt: "Thanks, I'm interested in the interview. I'm free Tuesday."}}
	for _, m := range []store.Message{in, out} {
		if err := st.SaveMessages(ctx, store.Mailbox{Account: "a", Role: m.Role, Name: m.Mailbox, UIDValidity: 1}, []store.Message{m}, 1); err != nil {
			t.Fatal(err)
		}
	}
	find := func() *thread.Thread {
		t.Helper()
		th, err := Find(ctx, st, cfg, "", now)
		if err == nil || !IsRequestError(err) {
			t.Fatalf("Find(\"\") = %v, %v; want a request error", th, err)
		}
		ts, err := thread.Load(ctx, st, cfg.Accounts[0], followup.Since(cfg, now))
		if err != nil || len(ts) != 1 {
			t.Fatalf("thread.Load: %d threads, %v", len(ts), err)
		}
		th, err = Find(ctx, st, cfg, ts[0].ID[:4], now)
		if err != nil {
			t.Fatal(err)
		}
		return th
	}
	state := func() followup.Decision {
		t.Helper()
		return followup.PolicyFor(cfg).Decide(find(), now)
	}
	if d := state(); d.State != followup.StateDue {
		t.Fatalf("before: %s (%s), want due", d.State, d.Reason)
	}

	th := find()
	// An ignore made elsewhere after th was loaded.
	if _, err := Do(ctx, st, cfg, find(), Action{Name: Ignore}, now); err != nil {
		t.Fatal(err)
	}
	res, err := Do(ctx, st, cfg, th, Action{Name: Snooze, For: 72 * time.Hour}, now)
	if err != nil || !strings.HasPrefix(res.What, "snoozed until Sat Apr 24 10:00") {
		t.Fatalf("snooze: %q, %v", res.What, err)
	}
	if !res.State.Ignored {
		t.Errorf("the snooze lost the ignore made meanwhile")
	}
	if d := state(); d.State != followup.StateIgnored {
		t.Errorf("after ignore and snooze: %s", d.State)
	}
	if _, err := Do(ctx, st, cfg, find(), Action{Name: Resume}, now); err != nil {
		t.Fatal(err)
	}
	if d := state(); d.State != followup.StateDue {
		t.Errorf("after resume: %s (%s), want due", d.State, d.Reason)
	}
	res, err = Do(ctx, st, cfg, find(), Action{Name: Heard, Note: " they\ncalled "}, now)
	if err != nil || !strings.Contains(res.What, "(they called)") {
		t.Fatalf("heard: %q, %v", res.What, err)
	}
	if d := state(); d.State != followup.StateWaiting || !strings.Contains(d.Reason, "you heard from them") {
		t.Errorf("after heard: %s (%s), want waiting on the heard", d.State, d.Reason)
	}
	if _, err := Do(ctx, st, cfg, find(), Action{Name: "launch"}, now); !IsRequestError(err) {
		t.Errorf("an unknown action: %v, want a request error", err)
	}
	if _, err := Do(ctx, st, cfg, find(), Action{Name: Snooze}, now); !IsRequestError(err) {
		t.Errorf("a snooze of no time: %v, want a request error", err)
	}

	// The dashboard offers ignore, and resume once there is something to undo.
	names := func() (out []string) {
		th := find()
		for _, b := range Buttons(th, followup.PolicyFor(cfg).Decide(th, now)) {
			out = append(out, b.Name)
		}
		return out
	}
	if got := strings.Join(names(), ","); got != "ignore" {
		t.Errorf("buttons of a thread as usual: %s, want ignore", got)
	}
	if _, err := Do(ctx, st, cfg, find(), Action{Name: Ignore}, now); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(names(), ","); got != "resume" {
		t.Errorf("buttons of an ignored thread: %s, want resume", got)
	}
}
