package classifier

import "testing"

// TestSomeoneElseJoins: the post's new holder announced by name is a no to
// the other candidates; someone joining a call, and the reader joining,
// are not.
func TestSomeoneElseJoins(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		rejected            bool
	}{
		{"will be joining as our first", "We found our Storytelling Lead!",
			"Hi Alex,\nWe're thrilled to share that Marisol Vega will be joining Riverbend as our very first Storytelling Lead on May 17! Thank you for the care you put into your application and your writing sample.\nDenise", true},
		{"welcomed as our new", "Meet our new Account Manager (and a thank you)",
			"Hi Alex,\nI have some exciting news to share: after a lot of great conversations, we've welcomed Jordan Ellis to Copper Kettle as our new Account Manager! Meeting you was one of the highlights of this search, and choosing between our finalists was honestly hard.\nMarisol", true},
		{"who joins us", "Great news about our Community Programs Coordinator role",
			"Hi Alex,\nWe're excited to share that our search for a Community Programs Coordinator is complete - and we can't wait to introduce Jess, who joins us next month! A huge thank you for putting your hand up for the role.\nTahlia", true},
		// near-misses
		{"joining the interview", "Your interview on Thursday",
			"Hi Alex,\nQuick note for Thursday: Priya Raman will be joining us for the interview as the second panelist. See you at 10!\nMarisol", false},
		{"the reader joins", "Welcome aboard",
			"Hi Alex,\nWe're delighted that you will be joining Copper Kettle as our new Account Manager! Jordan Ellis will be in touch about your first week.\nMarisol", false},
	} {
		m := letter("marisol@copperkettle.example", c.subject, c.body)
		m.From.Name = "Marisol Vance"
		v := Classify(m)
		if got := v.Job && v.Stage == StageRejected; got != c.rejected {
			t.Errorf("%s: job %v stage %s, want rejected %v; reasons %q", c.name, v.Job, v.Stage, c.rejected, v.Reasons)
		}
	}
}
