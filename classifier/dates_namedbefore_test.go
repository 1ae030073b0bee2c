package classifier

import "testing"

// TestDayNamedBefore: a promise that points back at a day its sentence
// named ("on that date", "then and let you know", "as soon as I've got
// it" after the day the news is expected) is a promise for that day; a day
// of something else before "as soon as I hear" is not when the news comes.
// Dates are from base, Thursday 2027-04-08. Written for this test; the
// kinds are tune_written misses (r15, r17, r18).
func TestDayNamedBefore(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The eligibility list is scheduled to be certified on April 19, and all applicants will be notified of their status by email on that date.", "2027-04-19"},
		{"GM's off till Monday, I'll chase her then and let you know.", "2027-04-12"},
		{"Realistically I'm expecting feedback from them early next week - I'll ring you as soon as I've got it.", "2027-04-13"},
		// near-misses: a day of travel, not of news; the reader's
		// deadline; then and there
		{"She's travelling this week, so I'll ping you as soon as I hear.", "undated"},
		{"Please send the signed form by Friday; we will contact you as soon as we have it.", "undated"},
		{"We met on Monday and agreed then and there to keep going.", ""},
	})
}
