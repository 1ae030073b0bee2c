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
