package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestR51Promises: the promises r51 and r52 missed, by form: the
// commitment as a noun before its infinitive ("mi compromiso es darte")
// and the first person singular of "poder"; second-language English
// that drops the verb of coming ("we will back to you"), says "contact
// with you" or "return to you"; a noun's reply sent by email ("I'll email
// the topic") or a case pack; a bare "first thing", the next morning; an
// "if" after a verb of asking, which is "whether"; the Dutch plural
// "laten jullie ... weten" with "dan" for the time named before; "volver
// a" before the Spanish verb of communicating; and a span counted from
// the reader's own submission, which has no day yet. Dates are from
// base, Thursday 2027-04-08.
func TestR51Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"La terna final ya está lista. Mi compromiso es darte una respuesta definitiva antes de que termine el mes.", "2027-04-30"},
		{"El director vuelve el lunes, así que creo que podré darte una respuesta a mediados de la semana que viene.", "2027-04-14"},
		{"There is one more candidate who will have the final interview next week. We will back to you till 20th of April " +
			"at the latest.", "2027-04-20"},
		{"Please send us the solution till Sunday 11.04, 23:59. We will review all solutions on Monday and we will contact with you " +
			"till 15.04 regarding the next step.", "2027-04-15"},
		{"Thank you for your application for the Python Developer position. Our team lead is now reviewing the applications. " +
			"We will return to you with answer till end of this week - either with invitation to the first interview or with " +
			"the information that we do not continue.", "2027-04-09"},
		{"Slides are fine, we'll have a screen. I'll email the topic on Monday 12 April.", "2027-04-12"},
		{"Confirming your interview: Wednesday 14 April, 14:00-15:00 on Teams. The second half is a short case discussion. " +
			"I'll send over the case pack on Friday so you have the weekend with it, if you want it.", "2027-04-09"},
		{"The CFO is going through the packets tonight and has promised me an answer first thing.", "2027-04-09"},
		{"The panel asked if their notes could be passed on - I'll type them up and send them to you by Friday.", "2027-04-09"},
		{"In januari weten we meer; we laten jullie dan weten of de vacature weer opengaat.", "undated"},
		{"Una vez que hayamos hablado con sus referencias, nos volveremos a comunicar con usted para indicarle los siguientes pasos.", "undated"},
		{"Once we have it, the art team will review it and we'll get back to you within five working days of your submission.", "undated"},
	})
}

// TestR51PromiseOutranked: what stood before the promise and took its
// place. "I'll be sharing them with the partners" sends to someone else;
// "go out." ends a sentence, "out" is a month only after a day number;
// "have the final" before a meeting's noun is a last round, no answer.
func TestR51PromiseOutranked(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I'll be sharing your CV with the partners this week, and we aim to come back to all applicants within 10 working days.",
			"2027-04-22"},
		{"She wants to read the reports herself before any decisions go out. She is back on Monday, and we will let you know " +
			"the outcome by the end of next week.", "2027-04-16"},
		{"One more candidate will have the final interview next week; I'll get back to you by Wednesday 21 April.", "2027-04-21"},
	})
}

// TestR51NoPromise: news the reader fetches or that is someone else's:
// feedback made available in a dashboard, the list of the selected
// published after the reader's no, a person the reader will know, the
// German reason for writing ("ich melde mich aus einem Grund"), contact
// with "them", the references; a topic sent before a meeting whose slots
// are listed below the question, a link's relative clause, a companion
// mail.
func TestR51NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Jury feedback on your entry will be available in your dashboard by May 1.", ""},
		{"Lamentamos comunicarte que tu propuesta no ha sido seleccionada. La lista de compañías seleccionadas se publicará " +
			"en nuestra web el 20 de abril.", ""},
		{"Thank you for your applications. The committee has appointed Gary, who most of you will know from the Sunday team.", ""},
		{"Ich melde mich aus einem konkreten Grund: wir bauen gerade ein neues Team auf.", ""},
		{"¿Podrías pasarme los datos de dos referencias? Nos pondremos en contacto con ellas con total confidencialidad.", ""},
		{"The second round will include a short presentation on a topic we'll send you 48 hours in advance.\n\n" +
			"Would any of the following work for you?\n\n- Tuesday 13 April, 10:00\n- Wednesday 14 April, 15:00", ""},
		{"Two things, please:\n\n1. Complete the consent form at the link our screening partner will send you today, and\n" +
			"2. reply with two references.", ""},
		{"You will receive a separate email from our vetting partner with the forms to complete.", ""},
	})
}

// TestR51OfferInOtherWords: an offer made in other words (pay, a start
// date, a subject naming it) closes the process as one in so many words
// does: what follows the reader's yes is onboarding, nothing awaited.
func TestR51OfferInOtherWords(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "kayla@nurseagency.example"}, Subject: "OFFER - ICU nights, 13 wks", Date: base,
		Excerpt: "You got it!! Here's the breakdown:\n\n  start date: mon 5/3\n  pay: $45/hr\n  housing stipend: $1,400/wk\n\n" +
			"Once you say yes I'll get the contract out and compliance will reach out about your drug screen."}
	if v := Classify(&m); v.PromiseAt != nil || v.PromiseUndated {
		t.Errorf("promise = %s (undated %v), want none; reasons %q", dateOf(v.PromiseAt), v.PromiseUndated, v.Reasons)
	}
}

// TestR51Responder: a responder's receipt with no one's absence in it
// is an acknowledgement, and its promise of a reply stands.
func TestR51Responder(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "careers@shipline.example"}, Subject: "Automatic reply: Application - Deck Officer",
		Date: base, AutoSubmitted: "auto-replied",
		Excerpt: "This is an automatic reply. We confirm that your email and any attachments, including your CV, have been " +
			"received.\n\nOur recruitment team reads every message and will reply to you within 5 working days."}
	v := Classify(&m)
	if got := dateOf(v.PromiseAt); got != "2027-04-15" {
		t.Errorf("promise = %s, want 2027-04-15; reasons %q", got, v.Reasons)
	}
}

// TestR51PaidWork: the reader's invoice for a paid test is no receipt of
// an order, and the mail keeps its promise.
func TestR51PaidWork(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "tomas@studio.example"}, Subject: "Environment Artist - art test", Date: base,
		Excerpt: "As promised, here's the paid art test. We pay a flat $600 for it regardless of the outcome; invoice details " +
			"are in the attached PDF. Our art team will get back to you on Friday either way."}
	v := Classify(&m)
	if got := dateOf(v.PromiseAt); got != "2027-04-09" {
		t.Errorf("promise = %s, want 2027-04-09; reasons %q", got, v.Reasons)
	}
}

// TestR52InterviewDays: a meeting confirmed in the first person plural,
// and the session of a group day the reader is put in.
func TestR52InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: first call for Android Developer", "Thanks for the quick reply. We confirm the meeting on Tuesday, 13 April at 14:00 CET.",
			"2027-04-13"},
		{"Re: group interview day", "Got your form, thanks. You're in the afternoon group on Thursday 15 April, 1.30pm-4pm.", "2027-04-15"},
	})
}
