package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestPostOfReply: a person's short reply under a subject naming a post
// is job mail when its own words fix, ask for or promise a time; a
// colleague's reply under a title, a reply with nothing of a time and a
// title in mail about something else are not. Written for this test.
func TestPostOfReply(t *testing.T) {
	tests := []struct {
		subject, body string
		job           bool
	}{
		{"Re: Halden Logistics - Platform Engineer (remote)", "No worries, thanks for the nudge. You'll hear from me by Friday either way.", true},
		{"Re: Checking in - Finance Manager", "Still waiting on sign-off from the board. Hoping to have news for you in the next week or two.", true},
		{"Re: next step for Account Manager", "Great - you're all set for Tuesday at 2pm with Dana. Invite just went out.", true},
		{"Re: Senior Analyst @ Brightwater", "Could you do Thursday at 11 for 30 minutes with our VP?", true},
		{"Re: Data Engineer II", "Sorry for the radio silence, we're still talking it through. I'll get back to you by Wednesday.", true},
		{"Re: Staff Data Engineer - next conversation", "Thanks for your patience.\n\nWould either of these work for you?\n  - Thursday Apr 15, between 2 and 4pm ET\n  - Friday Apr 16, 9:30am to 12pm ET", true},
		{"Re: References", "Got them, thanks. I'll call both today and come back to you by the end of next week.", true},
		// near-misses
		{"Re: Engineering Manager offsite", "Sounds good, see you there.", false},
		{"Re: Senior Analyst @ Brightwater", "Thanks Alex, noted.", false},
		{"Re: Product Designer portfolio review", "Could you do Thursday at 11? Our user research participants get a gift card.", false},
		{"Re: the radio show", "Thanks, I'll get back to you by Wednesday.", false},
		{"Re: References for the flat", "Got them, thanks. I'll call your previous landlord today and come back to you by Friday about the tenancy.", false},
		{"Re: Engineering Manager offsite", "Would either of these work for you?\n  - Thursday dinner\n  - Friday lunch", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "dana@brightwater.example"}, Subject: tt.subject,
			InReplyTo: "<a@fastmail.com>", Date: base, Excerpt: tt.body})
		if v.Job != tt.job {
			t.Errorf("Classify(%q, %q) job %v, want %v; reasons %q", tt.subject, tt.body, v.Job, tt.job, v.Reasons)
		}
	}
}

// TestSixthRoundPromises: promises in the forms the sixth round found, in
// sentences written for this test: a time said back ("at that point",
// "then either way", "à ce moment-là"), a German infinitive after its
// time, the Romance first person plural in the present, "communicate the
// outcome", contact with someone else before the promise to the reader, a
// sentence after a whole date ("closes on 30 April.") and a statement with
// a question tagged on ("..., if that suits?"); near-misses promise
// nothing.
func TestSixthRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"We expect leadership to finalize the plan by the end of the month, and I'll let you know either way at that point.", "2027-04-30"},
		{"I won't have anything concrete for you until the end of next week. I'll give you a call then either way.", "2027-04-16"},
		{"Le comité se réunit le 20 avril et je vous recontacte à ce moment-là.", "2027-04-20"},
		{"Wir werden uns innerhalb der nächsten fünf Arbeitstage bei Ihnen melden.", "2027-04-15"},
		{"Lo revisamos con el equipo y te escribimos en una o dos semanas para contarte cómo seguimos.", "2027-04-22"},
		{"Ne parliamo in team e ti facciamo sapere entro venerdì.", "2027-04-09"},
		{"We expect to communicate the outcome to all interviewed candidates by the end of next week.", "2027-04-16"},
		{"Got them, thanks. I'll reach out to both today. We'll aim to come back to you by the end of next week.", "2027-04-16"},
		{"The application period closes on 30 April. We will get back to all applicants no later than 21 May. You can log in and view your application at any time: https://jobs.example/candidate?", "2027-05-21"},
		{"I've got other clients hiring, so I'll give you a bell next week to run through them, if that suits?", "2027-04-16"},
		// near-misses
		{"Could you give me a call next week, if that suits?", ""},
		{"I'll reach out to the hiring manager today.", ""},
		{"Te escribimos porque tu perfil nos parece interesante.", ""},
		{"At that point we were still hiring for the team.", ""},
		{"Bitte melden Sie sich bis Freitag bei uns.", ""},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Backend Engineer interview",
			Date: base, Excerpt: tt.text + "\n\nJane"})
		got := dateOf(v.PromiseAt)
		if v.PromiseUndated {
			got = "undated"
		} else if got == "-" {
			got = ""
		}
		if got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestSixthRoundOffers: an offer relayed in the third person ("Kestrel
// want you") with pay and a start date, and a reply under a subject naming
// the offer and the post that talks about its terms, are at stage offer;
// a house's offer, a no under an offer subject, "we want you to know" and a
// screening provider's invitation are not. Written for this test.
func TestSixthRoundOffers(t *testing.T) {
	tests := []struct {
		subject, body string
		reply         bool
		offer         bool
	}{
		{"Re: Kestrel Freight - Operations Manager", "Great news - Kestrel want you. They're coming in at $118k base + 10% bonus, start date is flexible.", true, true},
		{"Re: Senior Engineering Manager - offer", "Yes, that's gross monthly, and the allowance is on top.", true, true},
		{"Re: Offer - Founding Data Engineer at Tidewell", "Happy to talk through the equity on Thursday.", true, true},
		// near-misses
		{"Re: Offer on 12 Elm Street", "Yes, that's the asking price; the contract comes Monday.", true, false},
		{"Re: Senior Engineering Manager - offer", "Unfortunately we've decided to go with another candidate and won't extend the offer, sorry.", true, false},
		{"Your application", "They want you to know your application was received; salary expectations and start date are on the form.", false, false},
		{"Action required: background check", "Please complete your background check authorization as part of your offer of employment before your start date.", false, false},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "kim@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body}
		if tt.reply {
			m.InReplyTo = "<a@fastmail.com>"
		}
		v := Classify(m)
		if got := v.Job && v.Stage == StageOffer; got != tt.offer {
			t.Errorf("Classify(%q, %q) offer %v, want %v; stage %s, reasons %q", tt.subject, tt.body, got, tt.offer, v.Stage, v.Reasons)
		}
	}
}

// TestSixthRoundInterviewDates: a confirmation whose day stands on a line
// of its own below the post's title, and a time accepted as "... it is"
// before an emoji; a later sentence about something else, and "it is"
// inside a sentence, set no interview. Written for this test.
func TestSixthRoundInterviewDates(t *testing.T) {
	tests := []struct {
		subject, body string
		reply         bool
		want          string
	}{
		{"Bestätigung Vorstellungsgespräch", "Gerne bestätigen wir Ihnen hiermit den Termin für Ihr Vorstellungsgespräch für die Position\n\nSenior Scientist Analytik (m/w/d)\n\nam Donnerstag, 15. April 2027, um 09:30 Uhr\nOrt: Basel", false, "2027-04-15"},
		{"Re: Staff Data Engineer - chat with the team", "Friday 10:30 it is 👍 Invite's in your inbox.", true, "2027-04-09"},
		// near-misses
		{"Your interview", "We confirm your interview for the Data Analyst position.\n\nPlease bring your slides.\n\nOn Thursday we also host a meetup for the whole community in our office.", false, ""},
		{"Re: Staff Data Engineer - chat with the team", "Friday was busy, it is what it is.", true, ""},
	}
	for _, tt := range tests {
		got, v := interviewDateOf(tt.subject, tt.body, tt.reply)
		if got != tt.want {
			t.Errorf("Classify(%q) interview %q, want %q; reasons %q", tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestOthersMet: a reply to the reader's thanks after meeting that names
// the candidates still to be seen promises a decision, however short; a
// friend's reply to thanks that names none does not. Written for this test.
func TestOthersMet(t *testing.T) {
	tests := []struct {
		body string
		job  bool
	}{
		{"Likewise, thanks Alex! Enjoyed it. We'll be in touch once we've seen the last two candidates.\n\nOn Feb 25, Alex wrote:\n> Thank you for taking the time today. I really enjoyed the discussion.\n> Looking forward to hearing from you.", true},
		{"Likewise, thanks Alex! Enjoyed it. We'll be in touch about the next dinner.\n\nOn Feb 25, Alex wrote:\n> Thank you for taking the time today. I really enjoyed the discussion.\n> Looking forward to hearing from you.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "mikko@lumo.example"}, Subject: "Re: Thank you",
			InReplyTo: "<a@fastmail.com>", Date: base, Excerpt: tt.body})
		if v.Job != tt.job {
			t.Errorf("Classify(%q) job %v, want %v; reasons %q", tt.body, v.Job, tt.job, v.Reasons)
		}
	}
}

// TestRelayedFirstMessage: a person's first message relayed by a
// messaging service that takes replies at its address (an InMail) is no
// bulk mail; the service's notifications from a no-reply address stay
// bulk. Written for this test.
func TestRelayedFirstMessage(t *testing.T) {
	tests := []struct {
		from mailmsg.Address
		body string
		job  bool
	}{
		{mailmsg.Address{Name: "Priya Ramanathan via LinkedIn", Email: "inmail-hit-reply@linkedin.example"},
			"Hi Alex, I'm hiring a Senior Analytics Engineer for our Care Insights team, a fully remote role. Would you be open to a 20-minute intro call this week?", true},
		{mailmsg.Address{Name: "Priya Ramanathan via LinkedIn", Email: "messages-noreply@linkedin.example"},
			"Priya Ramanathan is hiring a Senior Analytics Engineer. See who's hiring in your network and similar jobs.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: tt.from, Subject: "Senior Analytics Engineer - Tessellate Health (remote, US)",
			ListUnsubscribe: "<https://linkedin.example/unsub>", Date: base, Excerpt: tt.body})
		if v.Job != tt.job {
			t.Errorf("Classify(from %q) job %v, want %v; reasons %q", tt.from.Email, v.Job, tt.job, v.Reasons)
		}
	}
}
