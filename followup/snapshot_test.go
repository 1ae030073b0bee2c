package followup

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

func snapMsg(t *testing.T, role string, uid uint32, raw string) store.Message {
	t.Helper()
	m, err := mailmsg.ParseBytes([]byte(raw))
	if err != nil {
		t.Fatalf("parse uid %d: %v", uid, err)
	}
	return store.Message{Account: "a", Role: role, Mailbox: role, UIDValidity: 1, UID: uid, InternalDate: m.Date, Message: *m}
}

func snapMail(from, to, subject, id, inReplyTo string, date time.Time, body string) string {
	s := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s>\r\nDate: %s\r\n", from, to, subject, id, date.Format(time.RFC1123Z))
	if inReplyTo != "" {
		s += fmt.Sprintf("In-Reply-To: <%s>\r\nReferences: <%s>\r\n", inReplyTo, inReplyTo)
	}
	return s + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
}

// snapSetup is an empty store, a configuration with a 120-day window, the
// account "a" (me@example.com) and the time of the check.
func snapSetup(t *testing.T) (*store.Store, *config.Config, config.Account, time.Time) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := config.Default()
	cfg.Followup.LookbackDays = 120
	acct := config.Account{Name: "a", Username: "me@example.com", Addresses: []string{"me@example.com"}}
	return st, cfg, acct, time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)
}

// The snapshot must give a check exactly the job threads a full build
// gives, and a new message must invalidate it.
func TestCheckThreadsSnapshot(t *testing.T) {
	ctx := context.Background()
	st, cfg, acct, now := snapSetup(t)
	day := 24 * time.Hour
	inbox := []store.Message{
		snapMsg(t, store.RoleInbox, 1, snapMail("Dana Recruiter <dana@acme.example>", "me@example.com", "Interview for the Backend Engineer role",
			"r1@acme.example", "", now.Add(-20*day), "Hi, we would like to schedule an interview for the Backend Engineer position. Could you share your availability?")),
		snapMsg(t, store.RoleInbox, 2, snapMail("News <news@lists.example>", "me@example.com", "Weekly digest",
			"n1@lists.example", "", now.Add(-15*day), "Top stories of the week.")),
		snapMsg(t, store.RoleInbox, 3, snapMail("Sam Friend <sam@friends.example>", "me@example.com", "Dinner",
			"f1@friends.example", "", now.Add(-10*day), "Dinner on Friday?")),
		snapMsg(t, store.RoleInbox, 5, snapMail("Globex Recruiting <kim@globex.example>", "me@example.com", "Your application for the Data Analyst role",
			"g1@globex.example", "", now.Add(-8*day), "Thank you for interviewing for the Data Analyst position. Unfortunately, we have decided not to move forward with your application.")),
	}
	sent := []store.Message{
		snapMsg(t, store.RoleSent, 1, snapMail("me@example.com", "Dana Recruiter <dana@acme.example>", "Re: Interview for the Backend Engineer role",
			"m1@example.com", "r1@acme.example", now.Add(-19*day), "Thanks! I am free Tuesday afternoon for the interview.")),
	}
	save := func(role string, msgs []store.Message) {
		t.Helper()
		mb := store.Mailbox{Account: "a", Role: role, Name: role, UIDValidity: 1}
		if err := st.SaveMessages(ctx, mb, msgs, msgs[len(msgs)-1].UID); err != nil {
			t.Fatal(err)
		}
	}
	save(store.RoleInbox, inbox)
	save(store.RoleSent, sent)

	want := func() ([]*thread.Thread, int) {
		t.Helper()
		all, err := thread.Load(ctx, st, acct, Since(cfg, now))
		if err != nil {
			t.Fatal(err)
		}
		var job []*thread.Thread
		closed := 0
		for _, th := range all {
			switch PolicyFor(cfg).Decide(th, now).State {
			case StateNotJob:
			case StateClosed:
				closed++
			default:
				job = append(job, th)
			}
		}
		if closed != 1 {
			t.Errorf("%d closed threads, want the rejection", closed)
		}
		return job, len(all)
	}
	compare := func(name string, got []*thread.Thread, gotTotal int) {
		t.Helper()
		wantThreads, wantTotal := want()
		if gotTotal != wantTotal {
			t.Errorf("%s: total = %d, want %d", name, gotTotal, wantTotal)
		}
		if len(got) != len(wantThreads) || len(got) == 0 {
			t.Fatalf("%s: %d threads, want %d (and at least one)", name, len(got), len(wantThreads))
		}
		for i := range got {
			if got[i].ID != wantThreads[i].ID {
				t.Errorf("%s: thread %d = %s, want %s", name, i, got[i].ID, wantThreads[i].ID)
			}
			if !reflect.DeepEqual(got[i].Messages, wantThreads[i].Messages) {
				t.Errorf("%s: thread %s messages differ from a full build", name, got[i].ID)
			}
			if !reflect.DeepEqual(got[i].Verdicts, wantThreads[i].Verdicts) || !reflect.DeepEqual(got[i].Verdict, wantThreads[i].Verdict) {
				t.Errorf("%s: thread %s verdicts differ from a full build", name, got[i].ID)
			}
			if !reflect.DeepEqual(got[i].Mine, wantThreads[i].Mine) {
				t.Errorf("%s: thread %s Mine = %v, want %v", name, got[i].ID, got[i].Mine, wantThreads[i].Mine)
			}
		}
	}

	first, total, err := loadCheckThreads(ctx, st, cfg, acct, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	compare("full build", first, total)
	snap, ok, err := st.LoadCheckSnapshot(ctx, "a")
	if err != nil || !ok {
		t.Fatalf("LoadCheckSnapshot = %v, %v; want a snapshot", ok, err)
	}
	if msgs, verdicts, err := decodeSnapshotData(snap.Data); err != nil || len(snap.Threads) != 1 || len(msgs) != 2 || len(verdicts) != 2 {
		t.Errorf("snapshot has %d threads, %d messages and %d verdicts (%v), want 1, 2 and 2", len(snap.Threads), len(msgs), len(verdicts), err)
	}

	// Nothing new: served from the snapshot, same result. A check an hour
	// later moves the window without dropping anything.
	second, total, err := loadCheckThreads(ctx, st, cfg, acct, now.Add(time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	compare("snapshot", second, total)
	gen, _ := st.MessagesGeneration(ctx)
	if _, why, err := fromSnapshot(ctx, st, acct, snap, snapshotFingerprint(acct, cfg), gen, Since(cfg, now.Add(time.Hour)), nil, nil); err != nil || why != "" {
		t.Errorf("fromSnapshot: why %q, err %v; want it used", why, err)
	}

	// Their answer arrives: the snapshot is stale and the thread grows.
	save(store.RoleInbox, []store.Message{snapMsg(t, store.RoleInbox, 4, snapMail("Dana Recruiter <dana@acme.example>", "me@example.com",
		"Re: Interview for the Backend Engineer role", "r2@acme.example", "m1@example.com", now.Add(-day),
		"Great, Tuesday at 2pm works. We will send an invite."))})
	newGen, _ := st.MessagesGeneration(ctx)
	if newGen == gen {
		t.Errorf("generation %d did not change with a new message", gen)
	}
	if _, why, _ := fromSnapshot(ctx, st, acct, snap, snapshotFingerprint(acct, cfg), newGen, Since(cfg, now), nil, nil); why == "" {
		t.Error("a snapshot with an old generation was used")
	}
	third, total, err := loadCheckThreads(ctx, st, cfg, acct, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	compare("after new mail", third, total)
	if n := len(third[0].Messages); n != 3 {
		t.Errorf("thread has %d messages after the reply, want 3", n)
	}

	// Another account's addresses, or a window that drops a message, are
	// not the snapshot's.
	snap, _, _ = st.LoadCheckSnapshot(ctx, "a")
	gen, _ = st.MessagesGeneration(ctx)
	other := acct
	other.Addresses = []string{"other@example.com"}
	if _, why, _ := fromSnapshot(ctx, st, acct, snap, snapshotFingerprint(other, cfg), gen, Since(cfg, now), nil, nil); why == "" {
		t.Error("snapshot used for other addresses")
	}
	if _, why, _ := fromSnapshot(ctx, st, acct, snap, snapshotFingerprint(acct, cfg), gen, Since(cfg, now.Add(101*day)), nil, nil); why == "" {
		t.Error("snapshot used after the window dropped the thread's first message")
	}
}

// Bulk mail is only screened at ingest (watcher, classifier.Ingest). In a
// thread that may be a job thread, its text still counts: here a
// scheduling tool's list-style notification names the interview, which
// holds the follow-up back until after it.
func TestScreenedBulkInJobThread(t *testing.T) {
	ctx := context.Background()
	st, cfg, acct, now := snapSetup(t)
	day := 24 * time.Hour
	ingest := func(m store.Message) store.Message {
		v := classifier.Ingest(&m.Message)
		m.CachedVerdict = classifier.AppendVerdict(nil, &v)
		return m
	}
	recruiter := ingest(snapMsg(t, store.RoleInbox, 1, snapMail("Dana Recruiter <dana@acme.example>", "me@example.com",
		"Interview for the Backend Engineer role", "r1@acme.example", "", now.Add(-12*day),
		"Hi, we would like to schedule an interview for the Backend Engineer position. Please pick a time with the link below.")))
	notice := snapMail("Acme Scheduling <invites@scheduling.example>", "me@example.com", "Re: Interview for the Backend Engineer role",
		"s1@scheduling.example", "m1@example.com", now.Add(-9*day),
		"Your interview is confirmed for Tuesday, April 27 at 10:00 AM.")
	notice = strings.Replace(notice, "Content-Type:", "List-Unsubscribe: <https://scheduling.example/u/1>\r\nContent-Type:", 1)
	bulk := ingest(snapMsg(t, store.RoleInbox, 2, notice))
	if v, _ := classifier.DecodeVerdict(bulk.CachedVerdict); !v.Screened() {
		t.Fatalf("the notification was not screened: %+v", v)
	}
	reply := ingest(snapMsg(t, store.RoleSent, 1, snapMail("me@example.com", "Dana Recruiter <dana@acme.example>",
		"Re: Interview for the Backend Engineer role", "m1@example.com", "r1@acme.example", now.Add(-10*day),
		"Thanks, I booked a slot.")))
	for _, m := range []store.Message{recruiter, bulk, reply} {
		mb := store.Mailbox{Account: "a", Role: m.Role, Name: m.Role, UIDValidity: 1}
		if err := st.SaveMessages(ctx, mb, []store.Message{m}, m.UID); err != nil {
			t.Fatal(err)
		}
	}

	// The first check builds the snapshot, the second reads it.
	for _, pass := range []string{"full build", "snapshot"} {
		threads, _, err := loadCheckThreads(ctx, st, cfg, acct, now, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(threads) != 1 || len(threads[0].Messages) != 3 {
			t.Fatalf("%s: %d check threads, want the one job thread of 3 messages", pass, len(threads))
		}
		d := PolicyFor(cfg).Decide(threads[0], now)
		if d.State != StateWaiting || !strings.Contains(d.Reason, "interview on") {
			t.Errorf("%s: Decide() = %s (%s), want waiting_on_them until the interview the notification names", pass, d.State, d.Reason)
		}
	}
}
