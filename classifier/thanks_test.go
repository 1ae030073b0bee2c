package classifier

import "testing"

// TestCandidateThanks: a candidate's thank-you after an interview is job
// mail waiting on the decision, though it names no post; a friend's
// thanks for lunch and a podcast guest's thanks are not.
func TestCandidateThanks(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		job                 bool
	}{
		{"next steps", "Thank you",
			"Hi Greg,\nThanks again for the time this afternoon, and please thank Anya for me too. I really enjoyed digging into the pipeline migration - the dual-write question has been rattling around in my head since.\nLooking forward to hearing about next steps.\nBest,\nAlex", true},
		{"pass my thanks", "Thank you – Marketing Manager",
			"Dear Niamh,\nThank you – and please pass my thanks to Conor and Aoife – for your time this afternoon. I really enjoyed hearing about the plans for the outreach programme.\nBest wishes,\nAlex", true},
		{"thank you both", "Thank you",
			"Hi Jo,\nThank you both for today - I really enjoyed hearing about the Ridgeway team and the new leg-ulcer pathway.\nBest wishes,\nAlex", true},
		// a meeting of another day (tune_written/r36_*)
		{"thanks for Monday", "Re: Follow-up",
			"Hi Sindre,\nThanks again for Monday - really enjoyed meeting you and Hanne. Looking forward to hearing from you.\nBest,\nAlex", true},
		// near-misses
		{"lunch", "Thanks!",
			"Hi Sam,\nThanks for today - lunch was lovely and I really enjoyed hearing about your trip to Lisbon. Please thank Jo for the recommendation too!\nAlex", false},
		{"podcast", "Thanks for having me",
			"Hi Priya,\nThanks for having me on the podcast this morning, I really enjoyed the conversation. Please pass my thanks to your producer, and let me know the next steps for the episode.\nAlex", false},
		{"a neighbour's Saturday", "Thanks!",
			"Hi Tom,\nThanks again for Monday - really enjoyed meeting your parents, and the barbecue was great. Looking forward to hearing from you about the allotment.\nAlex", false},
	} {
		v := Classify(letter("alex.rivera@fastmail.com", c.subject, c.body))
		if v.Job != c.job || c.job && v.Stage != StageAwaitingDecision {
			t.Errorf("%s: job %v stage %s, want job %v (awaiting_decision); reasons %q", c.name, v.Job, v.Stage, c.job, v.Reasons)
		}
	}
}
