package classifier

import "testing"

// TestR50Promises: the promises r50 missed, by form: the French span
// with "de" elided before its article ("dans un délai d'une semaine");
// the Spanish "le respondo" of the formal "usted"; a place confirmed
// and telling the reader where things stand, both the answer itself; a
// start date aimed at, which is no answer, before the letter promised;
// a later day said to be the latest after a day only mentioned; an
// invite sent "tomorrow", which is the writer's next message, not a slot.
// Dates are from base, Thursday 2027-04-08.
func TestR50Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Le service juridique prépare votre contrat ; nous vous l'enverrons dans un délai d'une semaine.", "2027-04-15"},
		{"Estoy revisando el tema con el equipo; le respondo con los detalles el próximo lunes.", "2027-04-12"},
		{"Whatever happens I will confirm your place (or tell you where things stand) by next Friday.", "2027-04-16"},
		{"We'll tell you whether you're through by Monday.", "2027-04-12"},
		{"Here is the verbal offer again:\n\n  Start date:   targeting Monday, April 26, 2027\n\n" +
			"You'll get the formal offer letter through the portal tomorrow.", "2027-04-09"},
		{"El lunes lo hablo con mi socio, así que el viernes como muy tarde te digo algo.", "2027-04-09"},
		{"Our product lead wants to join, so I'll send an invite tomorrow once I've seen her calendar.", "2027-04-09"},
	})
}

// TestR50NoPromise: what is sent after the reader's own step (a slot
// booked, a CV sent "in return") answers that step, no news awaited.
func TestR50NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The full instructions will be sent once you have booked a slot.", ""},
		{"Could you send me your latest CV? I'll share the job description in return.", ""},
	})
}

// TestR50InterviewDays: a time settled by the writer ("let's lock in",
// "on se voit le") and the slot the reader took on a booking page.
func TestR50InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: interview", "Hi Alex, thanks for the times. Let's lock in Tuesday, April 13 at 3:30pm ET. An invite follows.", "2027-04-13"},
		{"Interview with Dana", "Hi Alex,\n\nI see you grabbed Tuesday, April 13 at 10:00 AM on our calendar, so you are all set.", "2027-04-13"},
		{"Interview with Dana", "I see you picked Tuesday, April 13 at 10:00 AM on our booking page. Come to the front desk.", "2027-04-13"},
		{"Entretien - Data scientist", "Bonjour Alex, on se voit le mardi 13 avril à 15h en visio.", "2027-04-13"},
	})
}
