package classifier

import "testing"

// TestR53Promises: the promises r53 and r54 missed, by form: the reader's
// answers as the object of the writer's reading ("will review your
// answers and reach out"), which asks nothing; a question aside in a
// parenthesis the sentence splits at; a bare verb after "and" that a time
// clause's "he" or "she" cannot take, so the future's; the Dutch third
// person sending ("stuurt je morgen"); "have clarity" as "have a clearer
// picture"; an automatic reply's "if you have sent an application",
// which is the reader's case; "confirm exact times" with no article; a
// question whose "if" asks whether the time suits, which accepts no
// meeting. Dates are from base, Thursday 2027-04-08.
func TestR53Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thanks for applying for the picker role. A recruiter will review your answers and reach out within 3-5 business days " +
			"with next steps.", "2027-04-15"},
		{"Ik bel je morgen om 14:00 uur (dat is 8:00 uur bij jou, toch?) op je mobiele nummer.", "2027-04-09"},
		{"My dad makes the call on hiring, so I'll talk to him when he's back on Tuesday and give you a call that afternoon.",
			"2027-04-13"},
		{"Goed nieuws: we willen je graag een aanbod doen! Sanne van HR stuurt je morgen het voorstel.", "2027-04-09"},
		{"We are re-checking the last two candidates against the new scope. We should have clarity in the next week or two.",
			"2027-04-22"},
		{"This is an automated reply. If you have sent a CV or an application for one of our coaching roles, it will be read by " +
			"our manager and we aim to respond to all applicants within 3 working days.", "2027-04-13"},
		{"The client is finalising the partners' diaries and will confirm exact times to me this week.", "2027-04-09"},
		{"I'll give you a call on Monday to talk it through - let me know if early evening your time still works.", "2027-04-12"},
	})
}

// TestR53UndatedPromises: promises with no day of their own. A day named
// before "as soon as" in a clause of the past ("two of the panel were off
// sick this week") is no day the news waits on; German "wir werden Sie
// ... informieren" with its verb last; a step given its own time ("which
// should be sometime in May") is awaited, not a condition; "zeitnah" is
// soon, also where the reader's availability is matched.
func TestR53UndatedPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We're still collecting feedback, and two of the panel were off sick this week. We'll get back to you as soon as " +
			"we've had a chance to meet.", "undated"},
		{"Die Auswahlkommission entscheidet nach Ablauf der Bewerbungsfrist über das weitere Vorgehen; wir werden Sie danach " +
			"unaufgefordert über den Stand des Verfahrens informieren.", "undated"},
		{"The role is on hold. I'll get back to you once we have the final budget figures, which should be sometime in May.",
			"undated"},
		{"Ihre Unterlagen sind vollständig eingegangen. Ihr Disponent prüft nun, welche Einsätze zu Ihrem Profil und Ihrer " +
			"Verfügbarkeit passen, und meldet sich zeitnah bei Ihnen.", "undated"},
	})
}

// TestR53NoPromise: what r53 and r54 took for promises. French Outlook
// spaces the colon of its quote header ("De : ... Envoyé : ..."), and the
// promise below it is an old one; a promise quoted after a past verb of
// saying is someone's on a day gone by; "we can offer" offers times; a
// message that asks whether a time suits arranges the call it promises;
// a brief sent before a session whose slots are asked for ("which of
// those"); results the reader sees in a portal.
func TestR53NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Mauvaise nouvelle : le poste est gelé jusqu'à nouvel ordre.\n\nBien à vous,\nClaire\n\nDe : Claire Martin\n" +
			"Envoyé : lundi 29 mars 2027 10:00\nÀ : Alex\nObjet : RE: candidature\n\nMerci pour votre message. " +
			"Je reviens vers vous en début de semaine prochaine.", ""},
		{"Final round was six weeks ago. The recruiter said \"we'll be in touch by end of next week\" and then... nothing.", ""},
		{"The team would like to invite you to a panel day at our campus. We can offer Tuesday 20 April or Thursday 22 April.", ""},
		{"Would Thursday, 15 April at 15:00 CET suit you for a first conversation of about 45 minutes? I will call you on the " +
			"number in your CV unless you prefer Teams.", ""},
		{"Our next step is a practical session. We'll send a brief beforehand. We have three slots free:\n\n" +
			"- Tuesday 13 April, 6:30pm\n- Wednesday 14 April, 6:30pm\n\nCould you let me know which of those works best for you?", ""},
		{"Please complete your drug screen within 48 hours. Results usually come back within 2-3 business days and you'll see " +
			"them in your portal.", ""},
		{"Please complete your drug screen within 48 hours. Results typically come back within 3 business days and appear in " +
			"your portal.", ""},
	})
}

// TestR53InterviewDays: the interview's day as r53 and r54 wrote it: the
// French invitation with its day in the clause, an acceptance with an
// adverb ("works really well for us"), a trainer's Probetraining under
// "Wann:", a calendar invite "for your interview" above its day, the
// slot the reader booked, the French "vous avez rendez-vous demain"; and
// a call whose time is asked about ("let me know if ... still works"),
// which sets no meeting.
func TestR53InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Invitation – journée d'évaluation", "Nous avons le plaisir de vous inviter à une journée d'évaluation sur notre site " +
			"le mardi 13 avril 2027, de 9h00 à 16h00.", "2027-04-13"},
		{"Re: Lab visit", "Perfect - Monday 12 April works really well for us. You will meet the team over lunch.", "2027-04-12"},
		{"Bestätigung Probetraining", "Super, hiermit bestätige ich dir dein Probetraining:\n\nWann: Samstag, 17. April, " +
			"10:00 Uhr\nWo: Kletterhalle Kempten", "2027-04-17"},
		{"Interview: Senior Mechanical Designer", "Thanks for confirming. This invite is for your interview for the senior " +
			"mechanical designer position:\n\nTuesday, April 13, 2027\n11:00 am - 12:00 pm", "2027-04-13"},
		{"Next step: video call", "Thanks, looking forward to it! I just booked a slot through the link: Tuesday, April 13, 2027, " +
			"16:00 CET.", "2027-04-13"},
		{"Rappel : votre entretien de demain", "Nous vous rappelons que vous avez rendez-vous demain, vendredi 9 avril 2027 " +
			"à 15h00 pour un entretien.", "2027-04-09"},
		{"Letter of offer", "I'll give you a call on Monday to talk it through - let me know if early evening your time " +
			"still works.", "-"},
	})
}
