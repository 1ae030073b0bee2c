package classifier

import "testing"

// The interview days and promises r89 missed, by form: short replies in
// a thread that answer the reader's question about a meeting, grant the
// slot asked for or note the time confirmed; a talk agreed for a day; a
// promise to every candidate whatever the way it reaches them. Every case
// fails on the code before this round. Dates are from base, Thursday
// 2027-04-08.

// TestR89ReplyMeetings: a reply to the reader's question about the
// meeting (what to bring, wear, where to park) keeps the meeting the
// quote dates, though neither names it.
func TestR89ReplyMeetings(t *testing.T) {
	const q = "On Tue, Apr 6, 2027 at 8:00 PM Alex <a@x.example> wrote:\n> "
	for _, c := range []struct{ subject, own, quoted, want string }{
		// what to bring, answered
		{"RE: Laptop for Monday?", "Yes please - fully charged, there are only a few sockets in the room. The Wi-Fi details will be on your desk.\n\nFiona",
			q + "Quick question about Monday's assessment centre (12 April, 9:30) - should I bring my own laptop?", "2027-04-12"},
		// where to park, answered without a word of the meeting
		{"Re: Parking", "Visitor spots are on P2 of the garage. Tell the guard you're here for me and he'll wave you through.\n\nG.",
			q + "Is there parking on site for Tuesday at 10, or should I take the shuttle?", "2027-04-13"},
		// what to wear
		{"RE: Quick question about Friday", "A tie isn't required, but most candidates do wear one. Wear whatever you're comfortable in.\n\nOlivia",
			q + "For the Superday this Friday, April 9 - is a tie expected?", "2027-04-09"},
		// the time asked for a day the quote names by "tomorrow"
		{"Re: tomorrow", "6:30 at the trailer. Steel toes, bring your own tape.",
			q + "What time do you want me at the site tomorrow, and anything I should bring?", "2027-04-09"},
		// the slot asked for, granted
		{"RE: Welding instructor - Friday", "Yes - the 10:30 is yours. Room B114, Building B.\n\nKaren",
			q + "I'd like to take the 10:30 slot on Friday the 9th if it's still open.", "2027-04-09"},
		// the time the reader confirmed, noted
		{"Re: Technical interview on Monday", "Noted with thanks. Could you kindly join 10 minutes earlier? Our IT colleague will check your screen sharing.\n\nEmre",
			q + "Confirmed, I will join on Monday April 12 at 16:00.", "2027-04-12"},
		// the formal Italian "ask for me" with the day
		{"R: Colloquio in sede", "Grazie a Lei, tutto chiaro.\n\nAllora a lunedì 12 alle 9.30. Chieda di me alla ricezione al secondo piano.\n\nSara",
			q + "Confermo volentieri lunedì alle 9.30.", "2027-04-12"},
		// an "or" between things in a question asks for no other time
		{"Re: Next steps", "Monday at 2 works. Should I bring printed work or is the iPad fine?\n\nAlex",
			q + "The team would love to meet you in person. Could you do Monday afternoon, say 2pm?", "2027-04-12"},
	} {
		v := Classify(reply(c.subject, c.own, c.quoted))
		if got := dateOf(v.InterviewAt); got != c.want {
			t.Errorf("interview(%q) = %s, want %s; reasons %q", c.own, got, c.want, v.Reasons)
		}
	}
}

// TestR89TalkAgreed: a talk between writer and reader set for a day, in
// English and in Quebec French, is the next contact.
func TestR89TalkAgreed(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Lovely to meet you too. We'll talk Monday.", "2027-04-12"},
		{"Je fais le tour avec Stéphane et Karine, pis on se reparle mardi.", "2027-04-13"},
	})
}

// TestR89EveryCandidate: the selected named only for how they hear back
// leave every candidate told the outcome.
func TestR89EveryCandidate(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Once all interviews are complete we aim to let every candidate know the outcome by the end of next week, either by phone (successful candidates) or by email.", "2027-04-16"},
	})
}

// TestR89NoNews: posts to come and a meeting's own material promise the
// reader no news.
func TestR89NoNews(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Unfortunately this time it is a no. Feel free to apply again in 6 months, the team is growing and we will have more openings next year.", ""},
		{"Your interview is on Monday 12 April at 9:00. You will receive a short written scenario 20 minutes before the interview start.", ""},
	})
}

// TestR89TalkNearMiss: a talk with others than the reader promises none.
func TestR89TalkNearMiss(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thanks for the conversation yesterday. We will talk to two more candidates this week.", ""},
	})
}
