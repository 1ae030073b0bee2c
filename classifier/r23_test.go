package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestTwentyThirdRoundNos: the no's of the twenty-third round read at its
// arrival as something else, and its not-no's read as no's, by grammar, in
// lines written for this test: a post not filled externally is filled
// from within; a text's "went w someone"; an account or application not
// approved; the next step not open to the reader; and the reader's own
// withdrawal in the reflexive forms ("besloten mij terug te trekken").
func TestTwentyThirdRoundNos(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Under the collective agreement the vacancy goes first to internal bidders. A qualified internal bidder has accepted the position, and as a result it will not be filled externally.", true},
		{"hey so the client went w someone who already had their forklift cert, sorry!!", true},
		{"We've finished reviewing your courier application, including your background check, and we're unable to approve your account at this time.", true},
		{"This means you cannot take part in the next stage of the selection.", true},
		{"Dit betekent dat u niet kunt deelnemen aan de volgende ronde.", true},
		// near-misses: a post not filled at all is the post's fate; an
		// approval still to come; the next stage the reader takes part in
		{"Because of a budget freeze the position will not be filled this year; the search is paused for every candidate.", false},
		{"We're still waiting for finance to approve your relocation package.", false},
		{"We are pleased to say you will take part in the next stage: a panel interview.", false},
	} {
		if got, v := rejectedLine(c.line); got != c.want {
			t.Errorf("rejected(%q) = %v, want %v; stage %s, reasons %q", c.line, got, c.want, v.Stage, v.Reasons)
		}
	}
}

// TestOwnWithdrawalReflexive: the reader's withdrawal said reflexively,
// with a good wish for the search, is a withdrawal and no rejection.
func TestOwnWithdrawalReflexive(t *testing.T) {
	for _, text := range []string{
		"Hartelijk dank voor de uitnodiging. Na lang nadenken heb ik besloten mij terug te trekken uit de procedure: ik heb een aanbod aangenomen dat beter aansluit. Veel succes met het vinden van de juiste persoon.",
		"Merci pour votre invitation. Après réflexion, je souhaite me retirer du processus de recrutement. Je vous souhaite bonne chance dans votre recherche.",
		"Gracias por la invitación. He decidido retirarme del proceso, ya que acepté otra oferta. Mucha suerte con la búsqueda.",
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"},
			To: []mailmsg.Address{{Name: "Sanne de Wit", Email: "sanne@employer.example"}}, Subject: "Re: Uitnodiging tweede gesprek",
			Date: base, InReplyTo: "<inv@employer.example>", Excerpt: text + "\n\nAlex Rivera"})
		if v.Stage != StageWithdrawn {
			t.Errorf("%q: stage %s, want withdrawn; reasons %q", text, v.Stage, v.Reasons)
		}
	}
}

// TestTwentyThirdRoundPromises: the promises r23 brought at its arrival
// (55 of 66 read exactly), by grammar, in sentences written for this test:
// the present for the future in the third person ("everyone hears back on
// Tuesday", "the contract draft follows by Wednesday", Dutch "weet je
// meer"), "a yes or no", and an "if" answered "or not", which is
// "whether": the call comes either way. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyThirdRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Received with all attachments. We close the shortlist on Monday and everyone hears back on Tuesday.", "2027-04-13"},
		{"The site manager goes through CVs on Wednesdays, and I'll have a yes or no from him on yours by Fri 16 April.", "2027-04-16"},
		{"Ze zitten maandag samen, dus begin volgende week weet je meer.", "2027-04-13"},
		{"Thanks, noted - and welcome aboard! The contract draft follows by Wednesday.", "2027-04-14"},
		{"Gracias por venir hoy. El viernes le llamo para decirle si quedó o no.", "2027-04-09"},
		{"I'll call you on Friday to tell you if you got it or not.", "2027-04-09"},
		// "confirm one way or the other" in a long sentence, and a third
		// person's call in the present on the day named before ("that
		// afternoon")
		{"What I can tell you is that you are one of two finalists, that the committee was very taken with your plan, and that I expect to be able to confirm one way or the other by the end of the month, when the board holds its last session before the summer break.", "2027-04-30"},
		{"Diane, our Executive Director, signs off on all new hires. She is back from vacation Monday and calls all the finalists that afternoon.", "2027-04-12"},
		// a day of the month after a past verb has been ("since we spoke
		// on the 28th"): "then" cannot be it
		{"Since we spoke on the 28th, the committee has been busy, and I will write to you then.", "undated"},
		{"I'll call you on the 28th, as we said.", "2027-04-28"}, // near-miss: the same day to come
		// a modal of possibility after the future marker: "will review
		// your profile and may reach out" promises nothing
		{"The employer will review your profile and may reach out by phone, text or email.", ""},
		{"We will review your application and might contact you next week.", ""},
		// near-misses: an "if" with no "or not" still makes the call
		// depend on it; "may" before the marker does not undo it
		{"You may have seen the news; we will reach out by Friday with the decision.", "2027-04-09"},
		{"Le llamo el viernes si hay novedades.", ""},
		{"I'll call you on Friday if the client comes back to me.", ""},
	})
}

// TestOthersStillInterviewed: a sentence about other people still to be
// interviewed names their day, not the reader's interview.
func TestOthersStillInterviewed(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Alex, gracias por venir hoy. Todavía me faltan dos personas por entrevistar mañana.", "-"},
		{"Thanks for coming in. We're interviewing two more candidates on Monday.", "-"},
		// near-miss: the reader's own interview beside the others'
		{"Confirmamos: tu entrevista es mañana a las 10:00 en la tienda; también vienen otras dos personas por la tarde.", "2027-04-09"},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Yesenia Ortiz", Email: "yesenia@brillo.example"},
			Subject: "Re: Entrevista – Brillo Total Cleaning", Date: base, InReplyTo: "<a1@fastmail.com>", Excerpt: c.text + "\n\nYesenia"})
		if got := dateOf(v.InterviewAt); got != c.want {
			t.Errorf("%q: interview %s, want %s; reasons %q", c.text, got, c.want, v.Reasons)
		}
	}
}

// TestTwentyThirdRoundJobMail: the job mail r23 brought at its arrival
// read as none, and its look-alike read as job mail, by their words: a job
// board's "Application sent" under its footer, with the employer named
// between "your application for ..." and "was sent"; a technical exercise
// named in Italian; an agency that sent the reader on to its client; and
// the reader asked to sit in on someone else's interview.
func TestTwentyThirdRoundJobMail(t *testing.T) {
	on := base
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		want bool
	}{
		{"a job board's application sent", mailmsg.Message{From: mailmsg.Address{Name: "Snagajob", Email: "noreply@snagajob.com"}, Subject: "Application sent: Unarmed Security Officer at Sentinel Guard Services", Date: on,
			ListUnsubscribe: "<https://www.snagajob.com/unsubscribe>",
			Excerpt:         "You applied! Hi Alex, Your application for Unarmed Security Officer – Weekends at Sentinel Guard Services in Jersey City, NJ was sent on Feb 8, 2027. Sentinel Guard Services will review your profile and may reach out by phone, text or email.\n\nYou received this email because you applied for a job on Snagajob. Notification settings · Unsubscribe · Privacy Policy"}, true},
		{"an exercise named in Italian", mailmsg.Message{From: mailmsg.Address{Name: "Giulia Neri", Email: "giulia@dataflow.example"}, Subject: "Re: Esercizio tecnico", Date: on, InReplyTo: "<e1@fastmail.com>",
			Excerpt: "Ricevuto, grazie mille! Lo giro subito a Marco, che se lo guarda con calma nel weekend.\n\nGiulia"}, true},
		{"an agency sent the reader on", mailmsg.Message{From: mailmsg.Address{Name: "Tasha", Email: "tasha@staffpoint.example"}, Subject: "Re: 2nd shift warehouse – Carteret", Date: on, InReplyTo: "<e2@fastmail.com>",
			Excerpt: "just picking, no cert needed 👍 submitted u to the client this morning. they usually get back to me same day"}, true},
		{"asked to sit in on an interview", mailmsg.Message{From: mailmsg.Address{Name: "Nate Sorensen", Email: "nate@controls.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: "Can you sit in on Thursday's interview?", Date: on,
			Excerpt: "Hey Alex,\n\nWe've got the final interview for the controls technician opening on Thursday at 1pm. Could you sit in for 30 minutes and do the troubleshooting exercise with him? You ran it last time and HR liked the structure.\n\nLet me know either way so I can update the panel.\n\nNate"}, false},
		{"near-miss: the reader's own panel, sat in on by others", mailmsg.Message{From: mailmsg.Address{Name: "Nate Sorensen", Email: "nate@controls.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: "Your final interview - Controls Technician", Date: on,
			Excerpt: "Hi Alex,\n\nYour final interview for the controls technician opening is confirmed for Thursday at 1pm. Our HR partner will also join.\n\nNate"}, true},
	} {
		if v := Classify(&c.m); v.Job != c.want {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.want, v.Reasons)
		}
	}
}

// TestOthersHiringPromisesNothing: in a message about someone else's hiring
// (the reader on the panel, a colleague's debrief), a day to decide or to
// write is that hiring's, not a promise of news to the reader as a
// candidate: across the rounds' look-alikes, the writers labelled none.
func TestOthersHiringPromisesNothing(t *testing.T) {
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		want string
	}{
		{"a colleague's debrief", mailmsg.Message{From: mailmsg.Address{Name: "Priya Shah", Email: "priya@employer.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@employer.example"}},
			Subject: "Debrief - Staff SRE candidate", Date: base,
			Excerpt: "Hi Alex,\n\nThanks for your scorecard on Jordan. Please get your scorecards in by Thursday. We're not moving forward with Jordan; the recruiter will send the rejection, and we'll make a decision on the other candidate by Friday.\n\nPriya"}, "-"},
		// near-miss: the reader's own process, the same day promised
		{"the reader's own process", mailmsg.Message{From: mailmsg.Address{Name: "Priya Shah", Email: "priya@employer.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: "Your interview - Staff SRE", Date: base,
			Excerpt: "Hi Alex,\n\nThanks for your time with the panel yesterday. We'll make a decision by Friday and I'll let you know straight away.\n\nPriya"}, "2027-04-09"},
	} {
		if v := Classify(&c.m); dateOf(v.PromiseAt) != c.want {
			t.Errorf("%s: promise %s, want %s; reasons %q", c.name, dateOf(v.PromiseAt), c.want, v.Reasons)
		}
	}
}
