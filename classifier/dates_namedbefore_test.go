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

// TestNewsDueNamedTheSentenceBefore: an agency's "I'll ring you the
// minute I've got it" after the sentence that says when the client's
// word comes is for that day (r22, r28 and r29 writers all wrote it); a
// sentence before that names no news, or news with no day, leaves the
// promise undated. Dates are from base, Thursday 2027-04-08.
func TestNewsDueNamedTheSentenceBefore(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"She's seeing her last two candidates tomorrow and Friday, and she's promised me a decision on who goes through by Monday. I'll ring you the minute I've got it.", "2027-04-12"},
		{"Ciarán is working through the shortlist this week and has said he'll come back to me by Monday at the latest. As soon as I've heard from him I'll give you a shout.", "2027-04-12"},
		{"They wrap up final rounds tomorrow and will make the call early next week. I'll let you know the minute I have it.", "2027-04-13"},
		// near-misses: a day of something else; news with no day; a day
		// before the "as soon as" in its own sentence that is no news's
		{"I'm in Leeds on Monday and Tuesday. I'll ring you the minute I have news.", "undated"},
		{"They want to make a decision after the panel has met. I'll call you as soon as I hear.", "undated"},
		{"She's promised me a decision by Monday. I'm off tomorrow but I'll ring you as soon as I hear.", "2027-04-12"},
	})
}
