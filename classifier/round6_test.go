package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestPostOfReply: a person's short reply under a subject naming a post
// is job mail when its own words fix, ask for or promise a time; a
// colleague's reply under a title, a reply with nothing of a time and a
// title in mail about something else are not. Written for this test.
func TestPostOfReply(t *testing.T) {
	tests := []struct {
		subject, body string
		job           bool
	}{
		{"Re: Halden Logistics - Platform Engineer (remote)", "No worries, thanks for the nudge. You'll hear from me by Friday either way.", true},
		{"Re: Checking in - Finance Manager", "Still waiting on sign-off from the board. Hoping to have news for you in the next week or two.", true},
		{"Re: next step for Account Manager", "Great - you're all set for Tuesday at 2pm with Dana. Invite just went out.", true},
		{"Re: Senior Analyst @ Brightwater", "Could you do Thursday at 11 for 30 minutes with our VP?", true},
		{"Re: Data Engineer II", "Sorry for the radio silence, we're still talking it through. I'll get back to you by Wednesday.", true},
		// near-misses
		{"Re: Engineering Manager offsite", "Sounds good, see you there.", false},
		{"Re: Senior Analyst @ Brightwater", "Thanks Alex, noted.", false},
		{"Re: Product Designer portfolio review", "Could you do Thursday at 11? Our user research participants get a gift card.", false},
		{"Re: the radio show", "Thanks, I'll get back to you by Wednesday.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "dana@brightwater.example"}, Subject: tt.subject,
			InReplyTo: "<a@fastmail.com>", Date: base, Excerpt: tt.body})
		if v.Job != tt.job {
			t.Errorf("Classify(%q, %q) job %v, want %v; reasons %q", tt.subject, tt.body, v.Job, tt.job, v.Reasons)
		}
	}
}
