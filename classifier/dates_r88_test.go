package classifier

import "testing"

// The interview days and promises r88 missed, by form: short replies in
// a thread that keep, move or prepare for a meeting without a word of
// accepting it. Every case fails on the code before this round. Dates are
// from base, Thursday 2027-04-08.

// TestR88ReplyMeetings: a reply about how to arrive, what to bring, the
// time kept or the writer late names the meeting the thread is about.
func TestR88ReplyMeetings(t *testing.T) {
	const q = "On Tue, Apr 6, 2027 at 8:00 PM Alex <a@x.example> wrote:\n> "
	for _, c := range []struct{ subject, own, quoted, want string }{
		// the slot kept, with the way in
		{"Re: Interview - Science teacher", "Park in the visitor lot behind the gym and buzz the office. Monday at 3:15 is still good.\n\nCarol",
			q + "Quick question before Monday - where should I park?", "2027-04-12"},
		// arrival logistics alone, the day beside them
		{"Re: Trial day Saturday", "Great. Parking's behind the building, use the kitchen door. Saturday 8am, coffee's on me.\n\nBea",
			q + "Where do I park?", "2027-04-10"},
		{"Re: Assessment centre - lunch", "Hi Alex, it's 40917. Reception will have you on the list for Monday morning anyway.\n\nR.",
			q + "What's my candidate number?", "2027-04-12"},
		// "or" between things, not between times, offers no other slot
		{"RE: Interview - Surveyor", "Yes, a passport is fine. Please bring the original with you on Tuesday - we can't accept photocopies or photos on a phone.\n\nFfion",
			q + "For the ID check on Tuesday, is a passport acceptable?", "2027-04-13"},
		// a fire service's physical test is the meeting
		{"Re: CPAT - Firefighter candidate", "Bring boots and water. CPAT runs outdoors rain or shine. Check in at 0700 Saturday the 10th with your photo ID.\n\nCapt. Ray",
			q + "What do I need to bring on the 10th?", "2027-04-10"},
		// taking leave until the day
		{"RE: Entrevista – alteração de horário", "Olá Alex,\n\nsem problema nenhum, passamos então para segunda-feira, dia 12, às 15h00. O link do Teams mantém-se o mesmo.\n\nAté segunda,\nRita",
			q + "Seria possível mudar o horário?", "2027-04-12"},
		// late for today's meeting, whatever day the quote named
		{"Re: Re: Call today", "Running 5 min late, sorry!! Same link.",
			q + "Sounds good, talk at 2 your time.\n>\n> Still good for 2pm tomorrow?", "2027-04-08"},
		// the day the link is sent is not the meeting's
		{"RE: Interview availability - Coordinator", "Yes - the 0800 block is yours. I'll send the Teams link on Monday.\n\nMarcus",
			q + "Hi Marcus, I'll take the 0800 block on Tuesday, April 13.", "2027-04-13"},
	} {
		v := Classify(reply(c.subject, c.own, c.quoted))
		if got := dateOf(v.InterviewAt); got != c.want {
			t.Errorf("interview(%q) = %s, want %s; reasons %q", c.own, got, c.want, v.Reasons)
		}
	}
}

// TestR88InternalMeetingMoved: the client's approval meeting moved is
// not the reader's interview, so the call promised after it stays.
func TestR88InternalMeetingMoved(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Quick one - the client's final sign-off meeting got moved to tomorrow morning, so I'll call you tomorrow with the outcome rather than today.", "2027-04-09"},
	})
}

// TestR88ExpectFromWriter: the answer to expect named with its article
// or owner and its giver, in English and in Flemish.
func TestR88ExpectFromWriter(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The panel is still consolidating their scores, and you can expect the feedback from me by early next week.", "2027-04-13"},
		{"We zien deze week nog twee kandidaten. Ge moogt ergens in de loop van volgende week iets van mij verwachten.", "2027-04-16"},
	})
}

// TestR88ExpectNearMiss: what the feedback will be like promises none.
func TestR88ExpectNearMiss(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"You can expect the feedback to be detailed.", ""},
	})
}
