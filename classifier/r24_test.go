package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestTwentyFourthRoundReplies: the short replies of r24 (a round on
// arranging interviews) read at its arrival as no job mail or without
// their meeting's day, by their form, in messages written for this test:
// an occupation in a reply's subject names the post ("Re: Studio
// assistant"), though a parent's meeting with a teacher is none; and a
// reply sent from a phone, which quotes nothing, still confirms the
// meeting it answers ("perfect, see you thursday at 2"). Dates are from
// base, Thursday 2027-04-08.
func TestTwentyFourthRoundReplies(t *testing.T) {
	reply := func(from, subj, text string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Name: from, Email: "owner@smallfirm.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: subj, Date: base, InReplyTo: "<a@fastmail.com>", Excerpt: text}
	}
	for _, c := range []struct {
		name      string
		m         *mailmsg.Message
		job       bool
		interview string
	}{
		{"an occupation in the subject", reply("Rosie", "Re: Studio assistant", "Booked! Monday 3pm at the studio - the buzzer says kiln room. Ring me if you get lost.\n\nrosie x"), true, "2027-04-12"},
		{"a supervisor's post", reply("Marisol", "Re: Bakery café supervisor", "Hey Alex! Quick q before I send you times - are you still in NYC, and could you do a video call on Tuesday?"), true, "-"},
		{"a phone reply confirms", reply("Tessa", "Re: Bakery Manager position", "perfect, see you thursday at 2 👍\n\ntessa"), true, "2027-04-15"},
		// near-misses: a parent's meeting with a teacher, a club's "see
		// you" under no post: their meetings, and no job mail
		{"a parent-teacher conference", reply("Ms Alvarez", "Re: Parent-teacher conference", "Tuesday at 4 works - see you then in room 12."), false, "2027-04-13"},
		{"a club's meeting", reply("Sam", "Re: Saturday ride", "perfect, see you saturday at 8 at the café 👍"), false, "2027-04-10"},
	} {
		v := Classify(c.m)
		if v.Job != c.job || dateOf(v.InterviewAt) != c.interview {
			t.Errorf("%s: job %v interview %s, want %v %s; reasons %q", c.name, v.Job, dateOf(v.InterviewAt), c.job, c.interview, v.Reasons)
		}
	}
}

// TestTwentyFourthRoundPromises: r24's promises at its tuning: Québec's
// "nous vous reviendrons au plus tard le vendredi", and the reader's own
// silence ("if I haven't heard from you by then") is no condition on the
// writer's promise, as the writer's silence would be. Dates are from base,
// Thursday 2027-04-08.
func TestTwentyFourthRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Le comité de sélection se réunit mercredi prochain pour comparer les candidatures finalistes, et nous vous reviendrons au plus tard le vendredi 16 avril.", "2027-04-16"},
		{"I'll call you on Friday either way; if I haven't heard from you by then I'll try your mobile.", "2027-04-09"},
		// "shout" for letting the reader know, as British writers say it
		{"No news yet I'm afraid - still waiting on sign-off from the practice lead. Will shout as soon as I hear.", "undated"},
		// near-miss: the writer's own silence still means no
		{"If you haven't heard from us by Friday, please assume your application has not been successful.", ""},
	})
}

// TestTwentyFourthRoundJobMail: r24's job mail and look-alikes at its
// tuning. A promise of an answer said by its two outcomes or as word from
// the writer ("you'll hear from me by Tuesday at the latest, either way"),
// after meeting, is a decision to come; the reader asked to sit on a panel
// or to cover one, a friend asking how the interview went and a webinar
// about interviews are no hiring of the reader's.
func TestTwentyFourthRoundJobMail(t *testing.T) {
	msg := func(from, email, subj, text string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Name: from, Email: email}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: subj, Date: base, Excerpt: text}
	}
	for _, c := range []struct {
		name string
		m    *mailmsg.Message
		want bool
	}{
		{"an answer either way after meeting", msg("Jo Baker", "jo@bakery.example", "thanks for today!", "Hi Alex,\n\nThanks so much for coming in today - the team loved meeting you. You'll hear from me by Tuesday at the latest, either way.\n\nJo"), true},
		{"asked to sit on a panel", msg("Dana Kim", "dana@employer.example", "Can you cover a panel Thursday?", "Hey Alex, any chance you could sit on the panel for the analytics engineer candidates on Thursday at 2? Priya is out.\n\nDana"), false},
		{"a friend's question", msg("Mia", "mia.r@gmail.example", "how'd it go??", "alex!! how did the interview go?? did they make you teach or was it just the panel thing? call me this weekend"), false},
		{"a webinar about interviews", msg("Global Teachers Network", "no-reply@teachersnetwork.example", "Acing the Panel Interview – Webinar Confirmation", "Hi Alex, you're registered for our free webinar, Thursday 15 April at 7pm. Join the link below to hear how recruiters run a panel interview.\n\nYou are receiving this email because you registered on our website."), false},
		{"an answer after meeting, the meeting said as meeting the reader", msg("Tessa", "tessa@bramblebakery.example", "thanks for today!", "Hi Alex,\n\nThanks for coming in today, it was really great to meet you. We've got one more person to see tomorrow and then Jake and I will talk it over. You'll hear from me by Tuesday at the latest.\n\nTessa"), true},
		{"a portfolio review", msg("Hannah Ferris", "hannah@ferrisandoak.example", "Ferris & Oak – portfolio review", "Hi Alex,\n\nThank you for sending your portfolio through for the mid-weight designer role. Next step is a portfolio review: about 45 minutes on video with me and Dom. Pop yourself into a slot here: https://calendly.com/ferris-oak/portfolio-review\n\nHannah"), true},
		// near-miss: the reader's own panel interview confirmed
		{"the reader's panel interview", msg("HR Team", "recruitment@school.example", "Invitation to interview – Class Teacher", "Dear Alex, following shortlisting I am pleased to invite you to interview for the post of Class Teacher on Thursday 15 April. The panel will be the Head and two governors."), true},
	} {
		if v := Classify(c.m); v.Job != c.want {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.want, v.Reasons)
		}
	}
}

// TestLongReplyWithoutQuoteIsNoMeetingConfirmation: only a short reply that
// quotes nothing is read as confirming the meeting it answers; a letter
// without a quote that names a day to see the reader (a careers fair after
// a decision) confirms no interview.
func TestLongReplyWithoutQuoteIsNoMeetingConfirmation(t *testing.T) {
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Graduate Recruitment", Email: "graduates@bank.example"},
		To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: "Re: Graduate Analyst Programme",
		Date: base, InReplyTo: "<app@fastmail.com>",
		Excerpt: "Dear Alex,\n\nThank you for the time you have given to our process this spring. We have now completed this stage and we are keeping the group small for the final step. " +
			"Our careers evening is on Thursday 15 April at 6pm, for everyone who applied this year, and it would be great to see you there.\n\nWith best wishes,\nGraduate Recruitment"})
	if v.InterviewAt != nil {
		t.Errorf("interview %s, want none; reasons %q", dateOf(v.InterviewAt), v.Reasons)
	}
}
