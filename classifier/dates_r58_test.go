package classifier

import "testing"

// The promises, interview days and false promises r57 and r58 missed, by
// form. Every case fails on the code before this round. Dates are from
// base, Thursday 2027-04-08.

// TestR58Promises: a Romance decision being taken names no contact, so the
// contact promised after it gives the day; what "issues" to every
// candidate reaches the reader, and the window before a cue that starts
// inside a word ("online") reads no negation ("ne") into it; an offer's
// papers "in the coming days" are awaited however long the object that
// stands between.
func TestR58Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Il nous reste deux entretiens à mener cette semaine et la décision sera prise en comité. Nous reviendrons " +
			"vers vous d'ici la fin du mois.", "2027-04-30"},
		{"Invitations to the online assessment will issue to every eligible applicant within 3-5 working days.",
			"2027-04-15"},
		{"Nos complace ofrecerte el puesto de Traductora. Te enviaremos el contrato y toda la documentación de " +
			"incorporación en los próximos días.", "undated"},
	})
}

// TestR58NoPromise: what r57 and r58 took for promises. A present cue after
// "as promised" is the promise kept by this message; what starting the job
// or sitting a meeting needs (onboarding, induction, prep notes) is
// logistics, no answer; a request for feedback within some days is the
// reader's deadline.
func TestR58NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Como te prometimos, te escribimos antes del fin de semana. Hemos decidido seguir adelante con otra " +
			"candidata para el puesto.", ""},
		{"Welcome aboard! The background check usually clears in 2-3 days. After that I'll send over the onboarding " +
			"packet (tax forms, direct deposit, laptop address).", ""},
		{"Welcome to the team! We'll be in touch separately about your induction week.", ""},
		{"Could you let me know which slot you prefer? I'll send over some prep notes once it's booked.", ""},
		{"I regret to inform you that you have not been placed on the panel. Requests for feedback should be made " +
			"in writing within 5 working days.", ""},
	})
}

// TestR58InterviewDays: a message confirming the interview in the third
// person, the candidate's French "je vous confirme", and an Outlook
// invitation pasted below the note, its zone after the span. ("which will
// take place in person ... on Monday" was left out: it also read a window
// to book, "will be held between 3 and 28 May", as a fixed day.)
func TestR58InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Interview confirmation - Clerkship", "Dear Mr. Rivera,\n\nThis email confirms your interview with Judge Ortiz " +
			"on Friday, April 16, 2027, at 2:30 p.m. in chambers.\n\nRegards,\nDeborah", "2027-04-16"},
		{"Re: Candidature", "Bonjour Madame,\n\nJe vous confirme avec plaisir ma disponibilité pour un entretien en " +
			"visio le jeudi 15 avril à 15h30.\n\nAlex", "2027-04-15"},
		{"Interview: Service Advisor", "Hi Alex,\n\nPlease see the invite below for your interview for the Service " +
			"Advisor position.\n\nFriday, April 16, 2027\n1:30 PM – 2:15 PM (UTC-05:00) Eastern Time (US & Canada)\n\nMorgan",
			"2027-04-16"},
		{"Re: Tractor driver interview", "Alex,\n\nGrand, Wednesday 14 April at 11 suits. Come to the yard and ask " +
			"for Paddy.\n\nSeán", "2027-04-14"},
	})
}
