package followup

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

var ny, _ = time.LoadLocation("America/New_York")

func at(month time.Month, day, hour int) time.Time {
	return time.Date(2027, month, day, hour, 0, 0, 0, ny)
}

func ptr(t time.Time) *time.Time { return &t }

const me = "alex@example.com"

// step is one message of a test thread.
type step struct {
	mine    bool
	date    time.Time
	v       classifier.Verdict
	from    string // overrides the counterpart's address
	replyTo string
}

func buildThread(steps ...step) *thread.Thread {
	t := &thread.Thread{ID: "t1", Account: "p", InDrafts: map[string]bool{}, Me: thread.NewMe(me),
		Verdict: classifier.ThreadVerdict{Job: true, Stage: classifier.StageOutreach}}
	for i, s := range steps {
		m := store.Message{Role: store.RoleInbox}
		m.MessageID = "m" + string(rune('a'+i)) + "@x"
		m.Date = s.date
		m.Subject = "Backend Engineer"
		if s.mine {
			m.Role = store.RoleSent
			m.From = mailmsg.Address{Name: "Alex", Email: me}
			m.To = []mailmsg.Address{{Name: "Jane Doe", Email: "jane@acme.com"}}
		} else {
			m.From = mailmsg.Address{Name: "Jane Doe", Email: "jane@acme.com"}
			if s.from != "" {
				m.From = mailmsg.Address{Email: s.from}
			}
			if s.replyTo != "" {
				m.ReplyTo = []mailmsg.Address{{Name: "Maria", Email: s.replyTo}}
			}
			m.To = []mailmsg.Address{{Email: me}}
		}
		t.Messages = append(t.Messages, m)
		t.Verdicts = append(t.Verdicts, s.v)
		t.Mine = append(t.Mine, s.mine)
	}
	return t
}

func TestDecide(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	usPolicy := policy
	usPolicy.Calendar = weekdays()
	usPolicy.Calendar.AddHoliday(us.MemorialDay)

	mine := func(d time.Time) step { return step{mine: true, date: d} }
	theirs := func(d time.Time, v classifier.Verdict) step { return step{date: d, v: v} }

	tests := []struct {
		name      string
		policy    Policy
		thread    *thread.Thread
		now       time.Time
		state     string
		due       time.Time
		situation draft.Situation
		nudge     int
	}{
		{"my message unanswered, not yet", policy, buildThread(mine(at(4, 5, 10))), at(4, 11, 10),
			StateWaiting, at(4, 12, 0), draft.Unanswered, 1},
		{"my message unanswered, due after 5 business days", policy, buildThread(mine(at(4, 5, 10))), at(4, 12, 9),
			StateDue, at(4, 12, 0), draft.Unanswered, 1},
		{"holiday pushes the due day", usPolicy, buildThread(mine(at(5, 25, 10))), at(6, 1, 10),
			StateWaiting, at(6, 2, 0), draft.Unanswered, 1},
		{"second nudge after next_after", policy, buildThread(
			theirs(at(4, 1, 9), classifier.Verdict{Job: true}), mine(at(4, 5, 10)), mine(at(4, 12, 10))), at(4, 21, 9),
			StateDue, at(4, 21, 0), draft.SecondNudge, 2},
		{"max nudges: gone quiet", policy, buildThread(
			mine(at(4, 5, 10)), mine(at(4, 12, 10)), mine(at(4, 21, 10))), at(5, 20, 9),
			StateGoneQuiet, time.Time{}, "", 3},
		{"dated promise plus grace", policy, buildThread(
			mine(at(4, 5, 10)), theirs(at(4, 8, 9), classifier.Verdict{Job: true, PromiseAt: ptr(at(4, 16, 17))})), at(4, 19, 9),
			StateDue, at(4, 19, 0), draft.AfterPromise, 1},
		{"dated promise not yet passed", policy, buildThread(
			mine(at(4, 5, 10)), theirs(at(4, 8, 9), classifier.Verdict{Job: true, PromiseAt: ptr(at(4, 16, 17))})), at(4, 16, 18),
			StateWaiting, at(4, 19, 0), draft.AfterPromise, 1},
		{"undated promise counts as first_after", policy, buildThread(
			mine(at(4, 5, 10)), theirs(at(4, 8, 9), classifier.Verdict{Job: true, PromiseUndated: true})), at(4, 15, 9),
			StateDue, at(4, 15, 0), draft.AfterPromise, 1},
		{"they asked me: my turn", policy, buildThread(
			mine(at(4, 5, 10)), theirs(at(4, 6, 9), classifier.Verdict{Job: true, AsksMe: true})), at(4, 30, 9),
			StateMyTurn, time.Time{}, "", 0},
		{"out of office defers until after the return", policy, buildThread(
			mine(at(4, 5, 10)), theirs(at(4, 5, 10), classifier.Verdict{AutoReply: true, AwayUntil: ptr(at(4, 16, 0))})), at(4, 16, 9),
			StateWaiting, at(4, 19, 0), draft.Unanswered, 1},
		{"future interview: nothing before it", policy, buildThread(
			theirs(at(4, 6, 9), classifier.Verdict{Job: true, InterviewAt: ptr(at(4, 20, 14))}), mine(at(4, 6, 12))), at(4, 19, 9),
			StateWaiting, at(4, 27, 0), draft.AfterInterview, 1},
		{"their promise still ahead of my thank-you", policy, buildThread(
			theirs(at(4, 8, 9), classifier.Verdict{Job: true, PromiseAt: ptr(at(4, 30, 17))}), mine(at(4, 8, 12))), at(4, 20, 9),
			StateWaiting, at(5, 3, 0), draft.AfterPromise, 1},
		{"promise without my participation still counts", policy, buildThread(
			theirs(at(4, 8, 9), classifier.Verdict{Job: true, PromiseAt: ptr(at(4, 9, 17))})), at(4, 13, 9),
			StateDue, at(4, 12, 0), draft.AfterPromise, 1},
		{"no participation and no promise: not mine to chase", policy, buildThread(
			theirs(at(4, 8, 9), classifier.Verdict{Job: true})), at(4, 30, 9),
			StateMyTurn, time.Time{}, "", 0},
		{"no-reply sender without Reply-To: unanswerable", policy, buildThread(
			step{date: at(4, 8, 9), from: "no-reply@ats.example", v: classifier.Verdict{Job: true, NoReply: true, PromiseUndated: true}}), at(4, 30, 9),
			StateNoReply, time.Time{}, "", 0},
		{"ATS relay with a person's Reply-To", policy, buildThread(
			step{date: at(4, 8, 9), from: "no-reply@hire.lever.co", replyTo: "maria@vandelay.com",
				v: classifier.Verdict{Job: true, NoReply: true, PromiseAt: ptr(at(4, 22, 17))}}), at(4, 23, 9),
			StateDue, at(4, 23, 0), draft.AfterPromise, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.policy.Decide(tt.thread, tt.now)
			if d.State != tt.state {
				t.Errorf("state = %q, want %q (reason %q)", d.State, tt.state, d.Reason)
			}
			if !tt.due.IsZero() && !d.DueAt.Equal(tt.due) {
				t.Errorf("due = %v, want %v (reason %q)", d.DueAt, tt.due, d.Reason)
			}
			if tt.situation != "" && d.Situation != tt.situation {
				t.Errorf("situation = %q, want %q", d.Situation, tt.situation)
			}
			if tt.nudge != 0 && d.Nudge != tt.nudge {
				t.Errorf("nudge = %d, want %d", d.Nudge, tt.nudge)
			}
			if d.Reason == "" {
				t.Error("empty reason")
			}
		})
	}
}

func TestDecideReplyTarget(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny}
	th := buildThread(step{date: at(4, 8, 9), from: "no-reply@hire.lever.co", replyTo: "maria@vandelay.com",
		v: classifier.Verdict{Job: true, NoReply: true, PromiseUndated: true}})
	d := policy.Decide(th, at(4, 30, 9))
	if d.ReplyTarget.Email != "maria@vandelay.com" {
		t.Errorf("reply target = %q, want the Reply-To maria@vandelay.com", d.ReplyTarget.Email)
	}
}

func TestDecideClassAndUserChoices(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny}
	now := at(4, 30, 9)
	base := func() *thread.Thread { return buildThread(step{mine: true, date: at(4, 5, 10)}) }
	tests := []struct {
		name   string
		change func(*thread.Thread)
		state  string
	}{
		{"not a job thread", func(t *thread.Thread) { t.Verdict.Job = false }, StateNotJob},
		{"closed by rejection", func(t *thread.Thread) { t.Verdict.Closed, t.Verdict.Stage = true, classifier.StageRejected }, StateClosed},
		{"ignored", func(t *thread.Thread) { t.User.Ignored = true }, StateIgnored},
		{"snoozed", func(t *thread.Thread) { t.User.SnoozedUntil = at(5, 10, 0) }, StateSnoozed},
		{"snooze over", func(t *thread.Thread) { t.User.SnoozedUntil = at(4, 20, 0) }, StateDue},
		{"my own draft in Drafts", func(t *thread.Thread) { t.DraftFromUser = true }, StateMyTurn},
		{"hearback draft waiting", func(t *thread.Thread) {
			t.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: t.Messages[0].MessageID, Status: store.DraftAppended, UID: 7}}
			t.InDrafts["d@x"] = true
		}, StateDrafted},
		{"hearback draft deleted by me", func(t *thread.Thread) {
			t.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: t.Messages[0].MessageID, Status: store.DraftAppended, UID: 7}}
		}, StateDismissed},
		{"draft the user deleted, seen by reconcile", func(t *thread.Thread) {
			t.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: t.Messages[0].MessageID, Status: store.DraftDeleted}}
		}, StateDismissed},
		{"appended without a UID, not synced yet", func(t *thread.Thread) {
			t.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: t.Messages[0].MessageID, Status: store.DraftAppended}}
		}, StateDrafted},
		{"draft for an older state of the thread", func(t *thread.Thread) {
			t.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: "older@x", Status: store.DraftDeleted}}
		}, StateDue},
	}
	for _, tt := range tests {
		th := base()
		tt.change(th)
		if d := policy.Decide(th, now); d.State != tt.state {
			t.Errorf("%s: state = %q, want %q (%s)", tt.name, d.State, tt.state, d.Reason)
		}
	}
}

func weekdays() *cal.BusinessCalendar { return cal.NewBusinessCalendar() }
