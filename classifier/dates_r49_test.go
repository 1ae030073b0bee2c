package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestR49Promises: the promises r49 missed, by form: a step asked of the
// reader set off by a dash, whose answer is what the promise after it
// hangs on; the Spanish courtesy "si te parece," asking leave for a call;
// the reader's answer named as what a promise goes on ("con base en tu
// respuesta"), which asks nothing; how long the other side usually takes
// ("she usually confirms a slot within 3-5 working days"); the hire's
// letter by its other names, with an aside between it and its verb; the
// employer's answer to "us" in Italian; the spec and the start date as
// what is sent or confirmed; a person's no that still promises a call
// soon or the formal word. Dates are from base, Thursday 2027-04-08.
func TestR49Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Same as last time - just reply \"yes\" and I'll send your profile today. I'm seeing their director on Wednesday, " +
			"so I'll come back to you with next steps by Friday.", "2027-04-09"},
		{"Si te parece, te llamo mañana a las 10:00 para contarte los detalles.", "2027-04-09"},
		{"Con base en tu respuesta, te confirmo día y hora a más tardar el martes.", "2027-04-13"},
		{"Based on your answer, I'll confirm the day and time by Tuesday.", "2027-04-13"},
		{"Their assistant books all interviews, and she usually confirms a slot within 3-5 working days.", "2027-04-15"},
		{"Your letter of employment, with your joining port and travel details, will be issued within 10 working days.", "2027-04-22"},
		{"Ho sentito il cliente: mi hanno detto che ci faranno sapere entro fine mese.", "2027-04-30"},
		{"The client is still finalising the brief, so I'll send the full spec over as soon as it's signed off.", "undated"},
		{"Once the results are in, I'll confirm your start date.", "undated"},
		{"Helaas, ze gaan verder met een andere kandidaat. Baal ervan! Ik bel je binnenkort even.", "undated"},
		{"Sorry - we decided not to proceed with your application. Recruiting will follow up formally.", "undated"},
	})
}

// TestR49PromiseInReply: the German present of sending in the third
// person, its particle at the end, in a reply above the meeting it
// answers: the day is the contract's, not a meeting the reply confirms.
func TestR49PromiseInReply(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "j.reuter@sternfeld.example"}, Subject: "AW: Terminvorschlag Fachgespräch",
		InReplyTo: "<a@sternfeld.example>", Date: base,
		Excerpt: "Hallo Herr Rivera,\n\nwir möchten Ihnen die Stelle als Data Engineer anbieten! Den Vertragsentwurf sendet " +
			"Ihnen unsere Personalabteilung bis Freitag zu.\n\nBeste Grüße\nJonas Reuter\n\n> Hallo Herr Rivera,\n>\n" +
			"> passt, dann bis Dienstag um 16 Uhr.\n"}
	v := Classify(&m)
	if got := dateOf(v.PromiseAt); got != "2027-04-09" || v.InterviewAt != nil {
		t.Errorf("promise = %s, interview = %s, want 2027-04-09 and none; reasons %q", got, dateOf(v.InterviewAt), v.Reasons)
	}
}

// TestR49NoPromise: the reader receiving a link or an invite is what a
// step or a meeting needs, as its passive is ("the link will be sent
// today"), not an answer awaited.
func TestR49NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Next is a short online test - you'll get an email from Criteria today with a link.", ""},
		{"Thanks! Wednesday at 11am is booked - you'll get a calendar invite from me shortly.", ""},
	})
}

// TestR49InterviewDays: the interview's day as r49 confirmed it: the
// writer's own "I've locked in" above the day, the diary it is in, and a
// reply that takes the proposed time before a dash.
func TestR49InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Interview confirmed", "Hi Alex,\n\nI've locked in the interview with Priya (our CFO) and Martin Cole " +
			"(head of finance operations):\n\n  Tuesday 13 April, 3:30pm (60 mins)\n\nGood luck!", "2027-04-13"},
		{"Re: Coordinator interview", "Morning Alex,\n\nGreat, it's in the diary: Friday 9 April, 14:00.\n\nCéline", "2027-04-09"},
		{"Re: Interview - Analytics Lead", "Friday at 10 works - sending the Teams invite now.\n\nPriya", "2027-04-09"},
	})
}

// TestR49SlotPromise: a reply under a post's subject whose dated promise
// brings the meeting's slots is arranging that meeting, not an answer on
// the post awaited.
func TestR49SlotPromise(t *testing.T) {
	checkJobStage(t, "slots promised", mailmsg.Message{From: mailmsg.Address{Email: "ana@acme.example"},
		Subject: "Re: Analista de Datos Sr.", InReplyTo: "<x@fastmail.com>",
		Excerpt: "Hola Alex, gracias. Te mando los horarios disponibles el lunes.\n\nAna"}, true, StageScheduling)
}
