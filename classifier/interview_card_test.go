package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestDayLineBelowConfirmation: an interview confirmation printed as a
// card has its day on a line of its own below the line that confirms
// it; a booking or a start date confirmed so is no interview.
func TestDayLineBelowConfirmation(t *testing.T) {
	for _, c := range []struct {
		name, subject, body, want string
	}{
		{"ashby card", "Interview confirmed: Loomwise - Technical deep dive", "Hi Alex,\nYour interview with Loomwise is confirmed.\nTechnical deep dive (90 min)\nThursday, April 15, 2027\n1:00 PM - 2:30 PM EDT (10:00 - 11:30 AM PDT)\nGoogle Meet: https://meet.google.com/xpk-qwra-tmd\nSee you soon!\nLoomwise Recruiting", "2027-04-15"},
		{"details below", "Interview Confirmed: Sproutly Health", "Hi Alex,\nYour interview with Sproutly Health has been confirmed. Details are below, and a calendar invitation has also been sent.\nTuesday, April 13, 2027\n1:00 PM – 2:30 PM MDT (3:00 PM – 4:30 PM EDT)\nLocation: Video call (Google Meet)", "2027-04-13"},
		// near-misses
		{"a booking", "Your table at Marlow's", "Hi Alex,\nYour booking is confirmed.\nMonday, April 12, 2027\nTable for two, 7:30 PM", "-"},
		{"a start date", "Welcome aboard", "Hi Alex,\nYour start date is confirmed.\nMonday, May 3, 2027\nPlease bring your passport on the day.", "-"},
	} {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "no-reply@ashbyhq.com"}, Subject: c.subject, Date: base, Excerpt: c.body}
		if got := dateOf(Classify(m).InterviewAt); got != c.want {
			t.Errorf("%s: interview %s, want %s", c.name, got, c.want)
		}
	}
}
