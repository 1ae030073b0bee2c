package classifier

import "testing"

// TestTwentyNinthRoundPromises: r29's promises at its tuning. Every
// candidate receiving an answer in English ("a written response", "an
// answer", "a decision") on a day named before; and the shortlisted named
// as those a step is taken for ("reference checks for our shortlisted
// candidates") are no "only the selected hear back", so the decision's
// day in the same sentence counts. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyNinthRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The hiring committee convenes on Thursday, April 15 to review the full slate. Every interviewed candidate will receive a written response from us that same day.", "2027-04-15"},
		{"We are completing reference checks for our shortlisted candidates now, and we expect to make our decision by the end of the month. I will let you know the outcome either way.", "2027-04-30"},
		// near-misses: only the shortlisted hear, said after a step
		// taken with them; the reader deciding
		{"Interviews with shortlisted candidates take place next week, and only those selected for the final round will hear from us by the end of the month.", ""},
		{"Shortlisted candidates will be contacted by the end of the month.", ""},
		{"Please let us know your decision by Friday.", ""},
	})
}

// TestTwentyNinthRoundModelDay: a sentence only the learned model reads as
// a promise names the answer's day after the word for the answer, not the
// day of the interviews before it. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyNinthRoundModelDay(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Just had Phil on the phone - he said Monday was a really good conversation. They're interviewing three more this week and next, and they've said they'll give me an answer on all candidates within two weeks. As soon as I hear, I'll be straight on to you.", "2027-04-22"},
		// near-miss: the answer's word before its day
		{"Just had Phil on the phone - he said Monday was a really good conversation. They've said they'll give me an answer on all candidates by Friday, after their last interviews next week.", "2027-04-09"},
	})
}
