package followup

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// heardThread is my message of Monday April 5, which got no answer by
// mail: the first nudge is due on Monday April 12.
func heardThread(heard time.Time, note string, more ...step) *thread.Thread {
	th := buildThread(append([]step{{mine: true, date: at(4, 5, 10)}}, more...)...)
	th.User.HeardAt, th.User.HeardNote = heard, note
	return th
}

// `hearback heard`: the user heard from them another way. It counts as a
// message from them at that moment that promises and asks nothing, until
// a real message of theirs is as recent.
func TestHeard(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays(), ThankYou: true,
		ThankYouAfter: 24 * time.Hour}
	mine := func(d time.Time) step { return step{mine: true, date: d} }
	theirs := func(d time.Time, v classifier.Verdict) step { v.Job = true; return step{date: d, v: v} }
	call := at(4, 12, 14) // Monday April 12, 14:00
	tests := []struct {
		name      string
		thread    *thread.Thread
		now       time.Time
		state     string
		due       time.Time
		situation draft.Situation
		nudge     int
		why       string
	}{
		{"due without it", heardThread(time.Time{}, ""), at(4, 12, 15),
			StateDue, at(4, 12, 0), draft.Unanswered, 1, "you wrote on Mon Apr 5"},
		{"heard on the due day: first_after business days from then", heardThread(call, "they called me"), at(4, 12, 15),
			StateWaiting, at(4, 19, 0), draft.Unanswered, 1, "you heard from them on Mon Apr 12 (they called me)"},
		{"due again first_after business days later", heardThread(call, "they called me"), at(4, 19, 9),
			StateDue, at(4, 19, 0), draft.Unanswered, 1, "you heard from them on Mon Apr 12 (they called me)"},
		{"without a note", heardThread(call, " "), at(4, 12, 15),
			StateWaiting, at(4, 19, 0), draft.Unanswered, 1, "you heard from them on Mon Apr 12"},
		{"a question of theirs before it is answered", heardThread(call, "we talked on the phone",
			theirs(at(4, 8, 9), classifier.Verdict{AsksMe: true})), at(4, 12, 15),
			StateWaiting, at(4, 19, 0), draft.Unanswered, 1, "you heard from them on Mon Apr 12"},
		{"a promise of theirs before it no longer holds", heardThread(call, "",
			theirs(at(4, 8, 9), classifier.Verdict{PromiseAt: ptr(at(4, 30, 17))})), at(4, 19, 9),
			StateDue, at(4, 19, 0), draft.Unanswered, 1, "you heard from them"},
		{"a later message of theirs supersedes it", heardThread(call, "they called me",
			theirs(at(4, 13, 9), classifier.Verdict{AsksMe: true})), at(4, 19, 9),
			StateMyTurn, time.Time{}, "", 0, "asked you something on Tue Apr 13"},
		{"a message of theirs in the same minute supersedes it", heardThread(call, "",
			theirs(call, classifier.Verdict{PromiseAt: ptr(at(4, 30, 17))})), at(4, 19, 9),
			StateWaiting, at(5, 3, 0), draft.AfterPromise, 1, "promised to be in touch by Fri Apr 30"},
		{"an older heard is no news", heardThread(at(4, 7, 9), "",
			theirs(at(4, 8, 9), classifier.Verdict{Stage: classifier.StageScheduling})), at(4, 12, 15),
			StateWaiting, at(4, 15, 0), draft.Unanswered, 1, "wrote last on Thu Apr 8"},
		// I wrote after it: my nudges count from the heard, not from my
		// first unanswered message (three of mine would be gone_quiet).
		{"my messages after it start the count afresh", heardThread(call, "they called me",
			mine(at(4, 9, 10)), mine(at(4, 13, 10))), at(4, 19, 9),
			StateWaiting, at(4, 20, 0), draft.Unanswered, 1, "you wrote on Tue Apr 13 and have had no answer; you heard from them on Mon Apr 12 (they called me) before that"},
		{"awaiting a decision: the after-interview check-in", func() *thread.Thread {
			th := heardThread(call, "they called me")
			th.Verdict.Stage = classifier.StageAwaitingDecision
			return th
		}(), at(4, 19, 9), StateDue, at(4, 19, 0), draft.AfterInterview, 1, "you heard from them on Mon Apr 12"},
		{"my message in the same minute counts after it", heardThread(call, "",
			mine(at(4, 12, 14))), at(4, 19, 9),
			StateDue, at(4, 19, 0), draft.Unanswered, 1, "you wrote on Mon Apr 12 and have had no answer"},
		{"an out-of-office reply before it defers nothing", heardThread(call, "",
			step{date: at(4, 5, 10), v: classifier.Verdict{AutoReply: true, AwayUntil: ptr(at(4, 23, 0))}}), at(4, 19, 9),
			StateDue, at(4, 19, 0), draft.Unanswered, 1, "you heard from them"},
		{"an out-of-office reply after it defers", heardThread(call, "",
			step{date: at(4, 13, 10), v: classifier.Verdict{AutoReply: true, AwayUntil: ptr(at(4, 23, 0))}}), at(4, 19, 9),
			StateWaiting, at(4, 26, 0), draft.Unanswered, 1, "out of office until Fri Apr 23"},
		{"only automatic replies, then heard", func() *thread.Thread {
			th := buildThread(step{mine: true, date: at(4, 5, 10)}, step{date: at(4, 5, 10), v: classifier.Verdict{AutoReply: true}})
			th.User.HeardAt = call
			return th
		}(), at(4, 12, 15), StateWaiting, at(4, 19, 0), draft.Unanswered, 1, "you heard from them"},
		// An interview that ended, then a call: a thank-you note would read
		// oddly after they called.
		{"no thank-you note after a call that followed the interview", heardThread(at(4, 16, 9), "they called me",
			theirs(at(4, 5, 12), classifier.Verdict{InterviewAt: ptr(at(4, 15, 14))})), at(4, 16, 16),
			StateWaiting, at(4, 23, 0), draft.AfterInterview, 1, "you heard from them on Fri Apr 16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := policy.Decide(tt.thread, tt.now)
			if d.State != tt.state || !d.DueAt.Equal(tt.due) {
				t.Errorf("Decide() = %s due %v (%s), want %s due %v", d.State, d.DueAt, d.Reason, tt.state, tt.due)
			}
			if d.Situation != tt.situation || d.Nudge != tt.nudge {
				t.Errorf("situation %q nudge %d, want %q %d", d.Situation, d.Nudge, tt.situation, tt.nudge)
			}
			if !strings.Contains(d.Reason, tt.why) {
				t.Errorf("reason %q, want %q in it", d.Reason, tt.why)
			}
		})
	}
}

// A draft written before a heard answers an earlier state of the thread:
// a deletion no longer holds the thread, and one still in Drafts is an
// earlier draft (the check withdraws it). A draft written after it is the
// current one.
func TestHeardAndTheLedger(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	call := at(4, 13, 14)
	ledger := func(th *thread.Thread, status string, heard time.Time, inDrafts bool) {
		th.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: th.Messages[0].MessageID, Status: status, UID: 7, HeardAt: heard}}
		if inDrafts {
			th.InDrafts["d@x"] = true
		}
	}
	tests := []struct {
		name     string
		heard    time.Time
		status   string
		draftFor time.Time // the heard the draft answered
		inDrafts bool
		now      time.Time
		state    string
		why      string
	}{
		{"deleted, never heard", time.Time{}, store.DraftDeleted, time.Time{}, false, at(4, 21, 9), StateDismissed, "you deleted"},
		{"deleted, then heard: due again", call, store.DraftDeleted, time.Time{}, false, at(4, 21, 9), StateDue, "you heard from them"},
		{"waiting in Drafts, then heard: an earlier draft", call, store.DraftAppended, time.Time{}, true, at(4, 13, 15),
			StateDrafted, "an earlier follow-up draft"},
		{"written after the heard: current", call, store.DraftAppended, call, true, at(4, 21, 9), StateDrafted, "a follow-up draft is waiting"},
		{"written after the heard, deleted: dismissed", call, store.DraftDeleted, call, false, at(4, 21, 9), StateDismissed, "you deleted"},
		{"written before a second heard", call.Add(24 * time.Hour), store.DraftDeleted, call, false, at(4, 22, 9), StateDue, "Wed Apr 14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := heardThread(tt.heard, "")
			ledger(th, tt.status, tt.draftFor, tt.inDrafts)
			d := policy.Decide(th, tt.now)
			if d.State != tt.state || !strings.Contains(d.Reason, tt.why) {
				t.Errorf("Decide() = %s (%s), want %s (%q)", d.State, d.Reason, tt.state, tt.why)
			}
			if !d.HeardAt.Equal(tt.heard) {
				t.Errorf("HeardAt = %v, want %v: what a draft written now records", d.HeardAt, tt.heard)
			}
		})
	}
}
