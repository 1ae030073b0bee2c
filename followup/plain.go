package followup

import (
	"fmt"
	"strings"
	"time"

	"github.com/hearback/hearback/draft"
)

// PlainWords is d as a sentence for the user, lower-case first, for
// `hearback explain` and the dashboard's thread page alike. It says what
// hearback will do, not how the user changes it: each of them adds that
// in its own words (a command, a button). stage is the thread's stage.
func PlainWords(d Decision, stage string, loc *time.Location) string {
	when := func(t time.Time) string { return t.In(loc).Format("Monday, January 2") }
	switch d.State {
	case StateDue:
		return fmt.Sprintf("%s is due now (since %s): %s.", Describe(d.Situation), when(d.DueAt), d.Reason)
	case StateWaiting:
		if d.DueAt.IsZero() {
			return fmt.Sprintf("nothing to do yet: %s.", d.Reason)
		}
		return fmt.Sprintf("nothing to do yet: %s. If nothing new arrives, a follow-up becomes due on %s.", d.Reason, when(d.DueAt))
	case StateDrafted:
		what := "follow-up draft"
		if d.Pending != nil {
			if s := draft.Situation(d.Pending.Situation); Describe(s) != Describe("") {
				what = "draft (" + Describe(s) + ")"
			}
		}
		return "hearback's " + what + " is waiting in your Drafts folder: review it, edit it and send it from your mail program, or delete it to say no."
	case StateMyTurn:
		return fmt.Sprintf("the ball is in your court (%s); hearback drafts nothing.", d.Reason)
	case StateClosed:
		return fmt.Sprintf("the process is over (%s); hearback will not follow up.", strings.ReplaceAll(stage, "_", " "))
	case StateGoneQuiet:
		return fmt.Sprintf("this thread has gone quiet: %s. hearback will not nudge again.", d.Reason)
	case StateDismissed:
		return "you deleted hearback's draft; it writes nothing new here until the thread changes."
	case StateIgnored:
		return "hearback ignores this thread (" + d.Reason + ")."
	case StateSnoozed:
		return fmt.Sprintf("snoozed until %s.", when(d.DueAt))
	case StateNoReply:
		return "there is no person to write to (a no-reply or bulk sender), so hearback will not draft."
	case StateNeedsReview:
		return "hearback holds this thread: " + d.Reason + "."
	case StateUnclear:
		return "hearback leaves this thread alone: " + d.Reason + "."
	case StateAccepted:
		return "congratulations: " + d.Reason + "."
	case StateSearchOver:
		return "the search is over: " + d.Reason + "."
	case StateNotJob:
		return "hearback does not think this is a job-interview thread, so it will not follow up."
	}
	return d.Reason
}
