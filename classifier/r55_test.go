package classifier

import "testing"

// r55 at arrival: a consultancy's mission offered in French ("Proposition
// de mission ... TJM : 620 € HT ... Démarrage : lundi 5 juillet") read as
// a wait; a vacancy closed, told "to you, and everyone else who applied",
// and a post "no se va a cubrir con nadie" read as no's; an awards
// entry not shortlisted read as a job no.
func TestR55(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a mission offered", "recrutement@esn.example", "Proposition de mission - Data Engineer - démarrage 5 juillet",
			"Bonjour Alex,\nExcellente nouvelle : notre client a validé votre profil suite à l'entretien de jeudi, et souhaite vous confier la mission.\n  - Démarrage : lundi 5 juillet 2027\n  - Durée : 6 mois\n  - TJM : 620 € HT, contrat de sous-traitance\nPouvez-vous me confirmer votre accord ?\nCamille",
			true, StageOffer},
		{"a vacancy closed for all", "hr@herald.example", "Digital Editor vacancy - closed",
			"Dear Alex,\nThank you for your application for the post of Digital Editor. I am writing to let you, and everyone else who applied, know that the company has decided not to appoint to this role and the vacancy has now been withdrawn.\nWe are sorry for the inconvenience.\nLesley",
			true, StageWithdrawn},
		{"filled by nobody", "agencia@talento.example", "RE: Proyecto freelance Data Engineer",
			"Hola Alex:\nEl cliente ha congelado el proyecto de datos y eso incluye esta posición. No se va a cubrir con nadie por ahora. Lo siento de verdad.\nMarta",
			true, StageWithdrawn},
		{"an awards entry", "awards@journalism.example", "Your 2027 entry: judging update",
			"Dear Alex Rivera,\nThank you for entering the 2027 Mid-Atlantic Journalism Awards. Our judges have completed the first round. We are sorry to let you know that your entry has not been shortlisted in the Investigative category.\nThe Awards Team",
			false, ""},
	})
}

// The German "go with" said with the adverbs between ("Wir gehen jetzt
// doch mit jemand Internem", tune_written/r53_short_*) was no step on the
// code before; "wir gehen davon aus, dass jemand ..." is no choice
// (guard: it held before).
func TestGehenMit(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"someone internal", "kai@startup.example", "Re: Case Study - Growth Analyst",
			"Hallo Alex,\nblöde Nachricht: Wir gehen jetzt doch mit jemand Internem, Anna aus dem Ops-Team wechselt rüber. Sorry, dass Du dafür den ganzen Case gemacht hast!\nLG Kai",
			true, StageRejected},
		{"an assumption", "hr@firma.example", "Re: Ihr Vorstellungsgespräch",
			"Hallo Herr Rivera,\nwir gehen davon aus, dass jemand aus dem Team sich bis Freitag bei Ihnen wegen des Vorstellungsgesprächs meldet.\nViele Grüße",
			true, ""},
	})
}
