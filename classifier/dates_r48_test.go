package classifier

import "testing"

// TestR48Promises: the promises r48 (and r47's leftovers) missed, by
// form: an outcome shared with the indefinite article, which outranks a
// decision named before it; a deadline's preposition after a long object
// of a present verb of sending; the German future with its infinitive
// at the clause's end ("wird ... Sie am Donnerstag telefonisch
// kontaktieren"); the writer asking for time until a day; the Spanish
// future of "contar"; slots shared "sometime" in a span; and, for the
// learned model, a later day set as a deadline rather than an earlier one
// only mentioned. Dates are from base, Thursday 2027-04-08.
func TestR48Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The panel will meet early next week to make a decision. We expect to be able to share an outcome with you within 3-5 business days.", "2027-04-15"},
		{"Je t'envoie le contrat signé et la fiche de poste complète d'ici mardi.", "2027-04-13"},
		{"Ik stuur je het contract en de volledige functieomschrijving met alle bijlagen uiterlijk vrijdag.", "2027-04-09"},
		{"Herr Berger wird Sie am Montag telefonisch kontaktieren, um die Details zu besprechen.", "2027-04-12"},
		{"Dazu werde ich Sie morgen kurz anrufen.", "2027-04-09"},
		{"Still torn between you and one other applicant. Give me till Monday.", "2027-04-12"},
		{"Después de la entrevista te contaremos los próximos pasos.", "undated"},
		{"Our coordinator will share some interview slots sometime next week.", "2027-04-16"},
		{"Avec le jour férié du 1er mai, je dois encore réunir le jury : je vous proposerai des dates d'ici la fin de la semaine prochaine.", "2027-04-16"},
	})
}

// TestR48NoPromise: what r48 read as a promise and is none: the length of
// a meeting set aside ("please allow ... in total"), the reader asked to
// act by a day, a cue that is the verb of a clause of time ("as soon as
// they arrive"), a favour given rather than an answer, contact that
// answers a step the reader is told to take first, what the writer needs
// from the reader by a day, a day before the cue that another verb's
// booking is for.
func TestR48NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The assessment has three parts; please allow about three hours in total, including a break.", ""},
		{"We vragen je dit binnen drie werkdagen te doen, zodat we de planning rond kunnen maken.", ""},
		{"Outstanding letters of recommendation will be attached to your application automatically as soon as they arrive.", ""},
		{"Preference will be given to applicants from the local area.", ""},
		{"Reply with a phone number and a good time to call, and I'll give you the details.", ""},
		{"Damit wir Ihren Start zum 1. Juni vorbereiten können, brauchen wir bis dahin noch die Steuernummer von Ihnen.", ""},
		{"Our assistant has booked your hotel for Tuesday night and will send you the parking permit separately.", ""},
	})
}

// TestR48InterviewDays: the interview's day in the forms r48 and r47 wrote
// it: an Italian convocation's day on a line of its own after "si terrà"
// or "si svolgerà", its hour given as "alle ore"; "let's do" before the
// time agreed; a time accepted with "I'll be there" as the only word of a
// meeting.
func TestR48InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Conferma colloquio", "Gentile candidato,\n\nLe confermiamo il colloquio per la posizione di analista, che si terrà\n\n" +
			"    martedì 20 aprile 2027 alle ore 11:00 (ora italiana)\n\nin videoconferenza.", "2027-04-20"},
		{"Selezione pubblica", "Gentile candidata,\n\nIl colloquio si svolgerà in presenza il giorno\n\n" +
			"    giovedì 22 aprile 2027, alle ore 9:30\n\npresso la sede centrale.", "2027-04-22"},
		{"Re: phone screen", "Hi Alex,\n\nPerfect - let's do Monday, April 12 at 10am PT.\n\nTalk soon", "2027-04-12"},
		{"Re: Weekend shifts", "Saturday at 10 works great, I'll be there.\n\nSam", "2027-04-10"},
	})
}
