package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestOutcomeStillToCome: r26's search chairs, panels and founders named
// the choice still to be made in words that also say no ("meets to choose
// the candidates", "close this fast" beside "the other candidate",
// "weren't able to take" a copy) and promised the outcome itself: one cue
// of a no, nothing else of one, and a promise of the outcome is a decision
// to come. The near-misses say the no outright, or promise feedback on a
// no made.
func TestOutcomeStillToCome(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                Stage
	}{
		{"a committee still to choose", "Search update", "Dear Alex,\n\nThank you for meeting the committee on Monday. We finish the remaining first interviews this week; the committee then meets to choose the candidates it will invite for the final round, and I will write to everyone with the outcome by the end of the month.\n\nBest regards,\nDana Whitfield\nChair, Search Committee", StageAwaitingDecision},
		{"a founder closing fast", "Next steps", "Hi Alex,\n\nThanks for the session with the team yesterday, the feedback was strong. You are one of two finalists; we meet the other candidate tomorrow and I want to close this quickly. I'll come back to you on Monday latest with an answer, either way.\n\nOren", StageAwaitingDecision},
		// near-misses: the no said, then feedback promised
		{"a no, feedback to follow", "Re: Thanks for today", "Hey Alex,\n\nI owe you an answer so I'll be quick: it's a no, sorry. The panel wanted more depth on the data modelling round.\n\nI'll write up the proper feedback and send it over tomorrow.\n\nKim", StageRejected},
		{"another candidate chosen, feedback by Friday", "Your interview", "Hi Alex,\n\nWe've chosen another candidate for the role. I'll send you the panel's notes by Friday.\n\nBest,\nKim", StageRejected},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "sender@employer.example"}, Subject: c.subject, Date: base, Excerpt: c.body})
		got := v.Stage
		if !v.Job {
			got = ""
		}
		if got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}
