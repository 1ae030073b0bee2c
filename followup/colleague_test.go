package followup

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
)

// A reply in the thread from someone else at the organisation I wrote to
// (a coordinator, a scheduler, the hiring manager) is an answer: it
// resets the clock like one from the person I wrote to, and a draft
// would go to whoever wrote last.
func TestColleagueAnswers(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	mine := step{mine: true, date: at(4, 5, 10)} // to jane@acme.com; the first nudge is due on April 12
	tests := []struct {
		name   string
		reply  step
		state  string
		due    time.Time
		target string
		why    string
	}{
		{"a coordinator at the same domain", step{date: at(4, 9, 9), from: "sam@acme.com", v: classifier.Verdict{Job: true, Stage: classifier.StageScheduling}},
			StateWaiting, at(4, 16, 0), "sam@acme.com", "sam@acme.com wrote last on Fri Apr 9"},
		{"a scheduler on a subdomain", step{date: at(4, 9, 9), from: "scheduling@talent.acme.com", v: classifier.Verdict{Job: true, Stage: classifier.StageScheduling}},
			StateWaiting, at(4, 16, 0), "scheduling@talent.acme.com", "wrote last on Fri Apr 9"},
		{"the hiring manager promises a date", step{date: at(4, 9, 9), from: "lee@acme.com",
			v: classifier.Verdict{Job: true, PromiseAt: ptr(at(4, 20, 17))}},
			StateWaiting, at(4, 21, 0), "lee@acme.com", "promised to be in touch by Tue Apr 20"},
		{"a colleague asks me something", step{date: at(4, 9, 9), from: "sam@acme.com", v: classifier.Verdict{Job: true, AsksMe: true}},
			StateMyTurn, time.Time{}, "sam@acme.com", "asked you something"},
		{"a colleague's out-of-office is no answer", step{date: at(4, 5, 10), from: "sam@acme.com",
			v: classifier.Verdict{AutoReply: true}},
			StateDue, at(4, 12, 0), "jane@acme.com", "you wrote on Mon Apr 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := buildThread(mine, tt.reply)
			d := policy.Decide(th, at(4, 12, 10))
			if d.State != tt.state || !d.DueAt.Equal(tt.due) || !strings.Contains(d.Reason, tt.why) {
				t.Errorf("Decide() = %s due %v (%s), want %s due %v (%q)", d.State, d.DueAt, d.Reason, tt.state, tt.due, tt.why)
			}
			if d.ReplyTarget.Email != tt.target {
				t.Errorf("a draft would go to %s, want %s", d.ReplyTarget.Email, tt.target)
			}
			if colleague := !tt.reply.v.AutoReply; th.RepliedAfter(th.Messages[0].MessageID) != colleague {
				t.Errorf("RepliedAfter(my message) = %v, want %v: a draft waiting for Jane must be withdrawn", !colleague, colleague)
			}
		})
	}
}
