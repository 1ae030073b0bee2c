package followup

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/store"
)

// Their last word neither promised, asked nor moved a process on: it may
// be a "no" in words the classifier does not know, so hearback leaves the
// thread alone (unclear) unless the user resumes it. A step under way is
// nudged as before.
func TestUnclearLastWord(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	now := at(4, 30, 10)
	mine := step{mine: true, date: at(4, 5, 10)}
	theirs := func(v classifier.Verdict) step { v.Job = true; return step{date: at(4, 8, 9), v: v} }
	tests := []struct {
		name    string
		last    step
		resumed time.Time
		state   string
		why     string
	}{
		{"a polite note that places nothing", theirs(classifier.Verdict{Stage: classifier.StageOther}), time.Time{}, StateUnclear, "neither a promise, a question nor a step"},
		{"an outreach-like reply", theirs(classifier.Verdict{Stage: classifier.StageOutreach}), time.Time{}, StateUnclear, "neither a promise"},
		{"a conditional future", theirs(classifier.Verdict{Stage: classifier.StageOther, ConditionalFuture: true}), time.Time{}, StateUnclear, "only if something comes up"},
		{"an acknowledgement that writes only on a match", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck, ConditionalFuture: true}), time.Time{}, StateUnclear, "only if your profile matches"},
		{"an acknowledgement", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck}), time.Time{}, StateDue, ""},
		{"scheduling", theirs(classifier.Verdict{Stage: classifier.StageScheduling}), time.Time{}, StateDue, ""},
		{"a decision to come", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision}), time.Time{}, StateDue, ""},
		{"an undated promise", theirs(classifier.Verdict{Stage: classifier.StageOther, PromiseUndated: true}), time.Time{}, StateDue, ""},
		{"resumed after their word", theirs(classifier.Verdict{Stage: classifier.StageOther}), at(4, 20, 9), StateDue, ""},
		{"resumed before their word", theirs(classifier.Verdict{Stage: classifier.StageOther}), at(4, 7, 9), StateUnclear, "resume"},
		{"an interview in the thread is a step under way",
			theirs(classifier.Verdict{Stage: classifier.StageOther, InterviewAt: ptr(at(4, 12, 14))}), time.Time{}, StateDue, ""},
		// Partial rejection evidence holds whatever the stage says.
		{"a decision to come that reads partly like a no",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, Outcome: 2}), time.Time{}, StateUnclear, "partly like a no"},
		{"an undated promise that reads partly like a no",
			theirs(classifier.Verdict{Stage: classifier.StageOther, PromiseUndated: true, Outcome: 2.5}), time.Time{}, StateUnclear, "partly like a no"},
		{"a dated promise that reads partly like a no",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, PromiseAt: ptr(at(4, 9, 17)), Outcome: 2}), time.Time{}, StateUnclear, "partly like a no"},
		{"a dated promise", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, PromiseAt: ptr(at(4, 9, 17))}), time.Time{}, StateDue, ""},
		{"resumed, a dated promise that reads partly like a no is nudged",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, PromiseAt: ptr(at(4, 9, 17)), Outcome: 2}), at(4, 20, 9), StateDue, ""},
		{"after an interview, a last word that reads partly like a no",
			theirs(classifier.Verdict{Stage: classifier.StageOther, InterviewAt: ptr(at(4, 6, 14)), Outcome: 2}), time.Time{}, StateUnclear, "partly like a no"},
		{"a hedge alone is no no", theirs(classifier.Verdict{Stage: classifier.StageScheduling, Outcome: 1}), time.Time{}, StateDue, ""},
		{"resumed, a partial no is nudged", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, Outcome: 2}), at(4, 20, 9), StateDue, ""},
		// A stage that rests on the job model's reading of the words alone
		// holds too; a promise or a question from such a message still
		// counts, as they do from any message.
		{"an acknowledgement only the job model places", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck, JobByModel: true}),
			time.Time{}, StateUnclear, "only its wording ties it to your application"},
		{"a decision to come only the job model places", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, JobByModel: true}),
			time.Time{}, StateUnclear, "only its wording"},
		{"resumed, a step only the job model places is nudged",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, JobByModel: true}), at(4, 20, 9), StateDue, ""},
		{"a dated promise in a message only the job model places",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, PromiseAt: ptr(at(4, 9, 17)), JobByModel: true}), time.Time{}, StateDue, ""},
		// A reply whose stage only its subject (the user's own words) gives
		// holds too; resumed, or with a promise, it is nudged.
		{"a decision to come only the subject says", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, StageFromSubject: true}),
			time.Time{}, StateUnclear, "only the subject"},
		{"resumed, a stage only the subject says is nudged",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, StageFromSubject: true}), at(4, 20, 9), StateDue, ""},
		{"an acknowledgement that only thanks", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck, ThanksOnly: true}),
			time.Time{}, StateUnclear, "only thanked you for applying"},
		{"a word after the interview that only thanks", theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, ThanksOnly: true}),
			time.Time{}, StateUnclear, "only thanked you for the interview"},
		{"an acknowledgement of an application received", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck}),
			time.Time{}, StateDue, ""},
		// The answer in an attached letter hearback does not read: held,
		// and the user told to open it, whatever the stage says.
		{"an answer in an attached letter", theirs(classifier.Verdict{Stage: classifier.StageApplicationAck, AnswerAttached: true}),
			time.Time{}, StateUnclear, "letter attached to it"},
		{"resumed, an answer in an attached letter is nudged",
			theirs(classifier.Verdict{Stage: classifier.StageOutreach, AnswerAttached: true}), at(4, 20, 9), StateDue, ""},
		{"a dated promise under a subject that gives the stage",
			theirs(classifier.Verdict{Stage: classifier.StageAwaitingDecision, PromiseAt: ptr(at(4, 9, 17)), StageFromSubject: true}), time.Time{}, StateDue, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := buildThread(mine, tt.last)
			th.User.ResumedAt = tt.resumed
			d := policy.Decide(th, now)
			if d.State != tt.state || !strings.Contains(d.Reason, tt.why) {
				t.Errorf("Decide() = %s (%s), want %s (%q)", d.State, d.Reason, tt.state, tt.why)
			}
		})
	}
	// An edited draft of hearback's in Drafts says more than unclear.
	th := buildThread(mine, theirs(classifier.Verdict{Stage: classifier.StageOther}))
	th.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: th.Messages[0].MessageID, Status: store.DraftEdited}}
	th.InDrafts["d@x"] = true
	if d := policy.Decide(th, now); d.State != StateMyTurn {
		t.Errorf("with an edited draft: %s (%s), want %s", d.State, d.Reason, StateMyTurn)
	}
}
