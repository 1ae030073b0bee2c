package followup

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/classifier"

	"github.com/hearback/hearback/mailmsg"
)

// Who a draft may go to (recipient.go): the thread is Jane at acme.com
// writing, me answering, and then the message under test from the other
// side, whose sender the draft would answer.
// awaiting is their word in a process under way: a decision to come, so a
// nudge is due after a while (unlike an unclear last word, policy.go).
var awaiting = classifier.Verdict{Job: true, Stage: classifier.StageAwaitingDecision}

func TestRecipientSafety(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	now := at(5, 10, 10)
	tests := []struct {
		name        string
		last        step
		subjectOnly bool
		approved    string
		state       string
		why         string
		to          string
	}{
		{"the same person", step{v: awaiting, date: at(4, 12, 9)}, false, "", StateDue, "", "jane@acme.com"},
		{"a colleague at the same organisation", step{v: awaiting, date: at(4, 12, 9), from: "sam@acme.com"}, false, "", StateDue, "", "sam@acme.com"},
		{"a colleague on a subdomain", step{v: awaiting, date: at(4, 12, 9), from: "sam@eu.acme.com"}, false, "", StateDue, "", "sam@eu.acme.com"},
		{"Reply-To on the same organisation", step{v: awaiting, date: at(4, 12, 9), replyTo: "maria@careers.acme.com"}, false, "", StateDue, "", "maria@careers.acme.com"},
		{"an ATS relay's Reply-To is the person",
			step{v: awaiting, date: at(4, 12, 9), from: "no-reply@us.greenhouse-mail.io", replyTo: "maria@acme.com"}, false, "", StateDue, "", "maria@acme.com"},
		{"Reply-To pointing at another domain", step{v: awaiting, date: at(4, 12, 9), replyTo: "jane.recruiting@gmail.com"}, false, "",
			StateNeedsReview, "reply-to points elsewhere", ""},
		{"a stranger answering in the thread", step{v: awaiting, date: at(4, 12, 9), from: "bob@elsewhere.example"}, false, "",
			StateNeedsReview, "new in this thread", ""},
		{"joined by subject only from another organisation", step{v: awaiting, date: at(4, 12, 9), from: "bob@elsewhere.example"}, true, "",
			StateNeedsReview, "joined by subject only", ""},
		{"a stranger the user approved", step{v: awaiting, date: at(4, 12, 9), from: "bob@elsewhere.example"}, false, "bob@elsewhere.example",
			StateDue, "", "bob@elsewhere.example"},
		{"approval is for that address only", step{v: awaiting, date: at(4, 12, 9), from: "eve@other.example"}, false, "bob@elsewhere.example",
			StateNeedsReview, "new in this thread", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := buildThread(step{date: at(4, 8, 9)}, step{mine: true, date: at(4, 9, 9)}, tt.last)
			th.SubjectOnly = []bool{false, false, tt.subjectOnly}
			th.User.ApprovedRecipient = tt.approved
			d := policy.Decide(th, now)
			if d.State != tt.state || !strings.Contains(d.Reason, tt.why) {
				t.Fatalf("Decide() = %s (%s), want %s (%q)", d.State, d.Reason, tt.state, tt.why)
			}
			if tt.to != "" && d.ReplyTarget.Email != tt.to {
				t.Errorf("draft goes to %s, want %s", d.ReplyTarget.Email, tt.to)
			}
			if tt.state == StateNeedsReview && !strings.Contains(d.Reason, "hearback resume t1") {
				t.Errorf("reason %q does not say how to go on", d.Reason)
			}
		})
	}
}

// A Reply-To elsewhere is fine when I wrote to that address myself.
func TestRecipientIWroteTo(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny, Calendar: weekdays()}
	th := buildThread(step{date: at(4, 8, 9)}, step{mine: true, date: at(4, 9, 9)},
		step{v: awaiting, date: at(4, 12, 9), replyTo: "jane.recruiting@gmail.com"})
	th.Messages[1].Cc = []mailmsg.Address{{Email: "jane.recruiting@gmail.com"}}
	if d := policy.Decide(th, at(5, 10, 10)); d.State != StateDue {
		t.Errorf("Decide() = %s (%s), want due", d.State, d.Reason)
	}
}
