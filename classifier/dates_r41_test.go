package classifier

import (
	"testing"
)

// TestR41Promises: the promises r41 missed or misdated at its arrival, by
// structure: the feedback the interviewers hand in is no answer to the
// reader ("everyone submits written feedback by Monday night"), a date
// after "for" is what is sent is about, not when it is sent ("options for
// the week of May 10 tomorrow"), the span of "that" in the sentence after
// an undated promise ("That usually takes 3-5 business days."), and what
// "goes out to candidates". Dates are from base, Thursday 2027-04-08.
func TestR41Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Next step on our side: everyone submits written feedback by Monday night, then the panel meets Tuesday morning to debrief. I'll have an update for you by Thursday.", "2027-04-15"},
		{"The interviewers submit their feedback by Friday and we'll let you know on Monday.", "2027-04-12"},
		{"I'm pulling calendars together now and will send you a few options for the week of May 10 tomorrow.", "2027-04-09"},
		{"I'll send you some slots for next Wednesday by tomorrow.", "2027-04-09"},
		{"Here's what happens next: each interviewer submits written feedback, the panel debriefs together, and then I'll reach back out with a decision. That usually takes 3-5 business days.", "2027-04-15"},
		{"Interview confirmations with the Teams link will go out to candidates within 3-5 business days.", "2027-04-15"},
	})
}

// TestR41NotPromises: what r41 took for promises. A promise the writer
// says they made before and keep by this message ("I told you I'd have
// an answer by the 12th"), one reported with its day gone by ("the
// committee would share an outcome by 1 April", written on the 8th), a
// deadline set for the reader in the future tense ("which you will need to
// complete within 30 days") and what a call being booked through a
// scheduling link is for ("grab a time that works for you").
func TestR41NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I told you I'd have an answer by the 12th, so I wanted to get this to you before then rather than make you wait through the weekend.", ""},
		{"I understood from your last email that the committee would share an outcome by 1 April, and I appreciate the holiday may have shifted things. Is there any update?", ""},
		{"Once I've validated your ID, you will receive an e-vetting invitation link directly from the National Vetting Bureau, which you will need to complete within 30 days.", ""},
		{"I'd love to set up a 30-minute intro call so I can tell you more about the team and hear about what you're looking for next. Could you grab a time that works for you using the link below?", ""},
	})
}

// TestR41Guards: what the rules above must leave alone (these held before
// them too): feedback that is the writer's own, a day after "for" with no
// other day, an undated promise with no span after it, a promise in the
// future tense whose day has gone by (the writer's slip), a day gone by
// that is not the promise's, and a range of days a promise is kept by.
func TestR41Guards(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"You'll have our feedback by Friday.", "2027-04-09"},
		{"I'll send you the invite for Monday.", "2027-04-12"},
		{"I'll reach back out with a decision. Thanks again for coming in today.", "undated"},
		{"We'll share an outcome by 20 April.", "2027-04-20"},
		{"We'll share an outcome by 1 April.", "undated"},
		{"I know the panel met on 1 April; you'll hear from me by Friday.", "2027-04-09"},
		{"You'll hear from us on April 19-20.", "2027-04-20"},
	})
}

// TestR41InterviewDays: a visit over a range of days begins on its first
// ("Campus visit itinerary (April 19-20)"), which a promise by the same
// range is kept on its last.
func TestR41InterviewDays(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Campus visit itinerary – Public Policy search (April 19–20)", "Dear Dr. Rivera,\n\nWe are very much looking forward to welcoming you to campus. Please find your draft itinerary for the interview below.\n\nBest,\nKeely", "2027-04-19"},
		{"Your itinerary - April 19-20", "Hi Alex,\n\nHere is the plan for your onsite visit.\n\nThanks", "2027-04-19"},
	}
	checkInterviewDays(t, tests)
}
