package followup

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/store"
)

// The one sentence explain and the dashboard both show: it names the
// draft that waits, and says when a follow-up becomes due.
func TestPlainWords(t *testing.T) {
	due := time.Date(2027, 4, 19, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		d     Decision
		stage string
		want  string
	}{
		{"waiting with a day", Decision{State: StateWaiting, Reason: "you wrote on Mon Apr 12", DueAt: due}, "outreach",
			"nothing to do yet: you wrote on Mon Apr 12. If nothing new arrives, a follow-up becomes due on Monday, April 19."},
		{"a follow-up waits", Decision{State: StateDrafted, Pending: &store.Draft{Situation: string(draft.Unanswered)}}, "outreach",
			"hearback's follow-up draft is waiting in your Drafts folder"},
		{"a reply to their no waits", Decision{State: StateDrafted, Pending: &store.Draft{Situation: string(draft.AfterRejection)}}, "rejected",
			"hearback's draft (a reply thanking them for their answer) is waiting"},
		{"closed", Decision{State: StateClosed}, "rejected", "the process is over (rejected)"},
		{"due", Decision{State: StateDue, Situation: draft.CloseLoop, Reason: "no answer", DueAt: due}, "outreach",
			"a last note closing the loop is due now (since Monday, April 19): no answer."},
	}
	for _, tt := range tests {
		if got := PlainWords(tt.d, tt.stage, time.UTC); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: %q, want it to start %q", tt.name, got, tt.want)
		}
	}
}
