package classifier

import "testing"

// The promises and interview days r61 and r62 missed, by form. Every case
// fails on the code before these rounds. Dates are from base, Thursday
// 2027-04-08.

// TestR62Promises: a yes/no question after a dash, its verb first, asks
// about something else and leaves the promise before it; "get" sends a
// document as "send" does; "adresser", the formal French "send", and the
// future of proposing times promise in French; the Portuguese passive of
// communicating does as the Italian does; and all candidates in the
// feminine are everyone, as in the masculine.
func TestR62Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The partners meet this afternoon. I'll ring you on Friday morning whatever they decide - is the number on " +
			"your application still the right one for you?", "2027-04-09"},
		{"Glad it's a yes in principle. I'll get the written contract to you no later than Tuesday.", "2027-04-13"},
		{"Le service RH vous adressera la lettre d'engagement signée sous 3 jours ouvrés.", "2027-04-13"},
		{"Votre dossier a retenu notre attention. Nous vous proposerons des créneaux d'entretien d'ici une semaine.", "2027-04-15"},
		{"Os resultados da triagem serão comunicados a cada candidato até ao dia 20 de abril.", "2027-04-20"},
		{"Nous communiquerons avec toutes les personnes candidates, retenues ou non, d'ici le mardi 20 avril.", "2027-04-20"},
	})
}

// TestR62SpanBefore: the Spanish "take" of a span names it as the
// English does, and "en ese plazo" points back at it as "by then" points
// at a day.
func TestR62SpanBefore(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"El cliente revisa todas las grabaciones. Suele tardar de 3 a 5 días hábiles, así que en ese plazo te " +
			"confirmo si pasas a la oferta.", "2027-04-15"},
	})
}

// TestR62Invitations: an invitation is the writer's next message when it
// comes by a day or on a weekday named from today with no "for" (the day
// it is sent, not the meeting's), whether sent or received.
func TestR62Invitations(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The panel's diaries are nearly settled, and I'll send the calendar invites next Tuesday with your time.", "2027-04-13"},
		{"You'll receive the video call invitation from our booking system by end of day tomorrow.", "2027-04-09"},
	})
}

// TestR62NoPromise: a decision noun in brackets describes what is sent
// to a meeting being arranged; it is no decision awaited. A cue starts at
// a word: "los voy a contactar" contacts others, not the reader.
func TestR62NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"A los otros finalistas los voy a contactar yo misma la semana que viene.", ""},
		{"Je vous confirme votre entretien le mercredi 14 avril à 15h. Je vous enverrai ensuite un dossier de " +
			"présentation (résultats 2026, organigramme).", ""},
	})
}

// TestR62InterviewDays: the reader's name put down for a slot books it,
// and a practical test of a trade is the meeting; a confirming cue that
// ends its sentence has its day set apart below it, with no colon.
func TestR62InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: HGV driver vacancy", "That's fine, I've put you down for Tuesday 13 April at 8am for the assessment " +
			"drive. Bring your licence and CPC card.", "2027-04-13"},
		{"Conferma colloquio", "Gentile Alex,\n\nLe confermiamo il colloquio con la commissione, che si terrà\n\n" +
			"  martedì 13 aprile 2027, ore 10:00 (ora italiana - 4:00 a New York)\n  in videoconferenza\n\nCordiali saluti", "2027-04-13"},
	})
}
