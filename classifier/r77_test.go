package classifier

import "testing"

// TestSeventySeventhRound: what r77 brought at its arrival. A headhunter's
// privacy notice that passes no data on without consent is no no (its
// separable "weiter" eight words after "geben"); the employer's side of
// the reader's withdrawal, with the new job congratulated, is withdrawn;
// a child's academy trial, a hunting draw, a garden plot, an
// accelerator's choice of founders (accelerator.go) and a trust's board
// elections are other kinds of application; a census's "nous vous proposons un poste" is an
// offer, and the steps after a tentative offer accepted are past it.
func TestSeventySeventhRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"no data passed on", "m.keller@search.example", "Vertrauliche Anfrage: Head of Data Privacy Engineering",
			"Sehr geehrter Herr Rivera\n\nich erlaube mir, Sie direkt zu kontaktieren. Im Auftrag einer Versicherungsgruppe suche " +
				"ich eine Persönlichkeit für die Position Head of Data Privacy Engineering. Ohne Ihre ausdrückliche Zustimmung geben " +
				"wir keine Daten an unsere Auftraggeber weiter. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nMarkus Keller",
			true, StageOutreach},
		{"a withdrawal done", "hannah@racing.example", "RE: Withdrawing - Race Support Data Engineer",
			"Hi Alex,\n\nThanks for letting us know so promptly - and congratulations on the new role!\n\nI've withdrawn your " +
				"application on our system and passed your message on to Marcus.\n\nBest of luck,\nHannah",
			true, StageWithdrawn},
		{"a child's academy trial", "academy@club.example", "U12 Academy Trial - Mateo Rivera",
			"Dear Alex,\n\nThank you for bringing Mateo to the U12 academy trial sessions. After careful evaluation by our academy " +
				"coaching staff, we regret to inform you that Mateo has not been selected to progress to the next stage. Our " +
				"pre-academy development centre runs on Saturday mornings.\n\nAcademy Recruitment",
			false, ""},
		{"a hunting draw", "draw@wildlife.example", "Your 2027 Controlled Hunt draw results",
			"Hello Alex Rivera,\n\nThe 2027 controlled hunt drawing has been completed. Unfortunately, your application was not " +
				"selected this year. You have been awarded 1 preference point.\n\nLicensing",
			false, ""},
		{"an accelerator's interviews", "hello@northstar.example", "Thanks for interviewing with Northstar Works",
			"Hi Alex,\n\nThanks for interviewing with us this week. The partners really enjoyed meeting you.\n\nWe'll email every " +
				"founder we interviewed with a decision by 5pm PT on Friday. If we'd like to make you an offer to join the batch, " +
				"one of the partners will also call you that afternoon.\n\nThe Northstar Works team",
			false, ""},
		{"a trust's board elections", "secretary@trust.example", "Trust Board elections 2027 - candidates and how to vote",
			"Dear member,\n\nVoting is now open in the supporters' trust board elections. Four candidates are standing for three " +
				"vacancies. Voting closes at 5pm on Friday 14 May, and results will be announced at the AGM the following " +
				"Tuesday.\n\nVote online: https://trust.example/vote\n\nTrust secretary",
			false, ""},
		{"a garden plot", "plots@garden.example", "Your 2027 garden plot application",
			"Dear Alex,\n\nThank you for applying for a plot at the Riverside Community Garden. Unfortunately we are not able to " +
				"offer you a plot this season.\n\nThe garden committee",
			false, ""},
		{"un poste d'agent recenseur", "rh@mairie.example", "Recensement 2028 – votre candidature d'agent recenseur",
			"Bonjour Monsieur Rivera,\n\nSuite à notre entretien du 23 septembre, j'ai le plaisir de vous informer que votre " +
				"candidature a été retenue. Nous vous proposons un poste d'agent recenseur pour le recensement de la population " +
				"2028, rémunéré à la feuille de logement.\n\nLe service des ressources humaines",
			true, StageOffer},
		{"a tentative offer accepted", "hr@survey.example", "Next steps: background check & fingerprinting",
			"Hi Alex,\n\nThanks for accepting our tentative offer for the telephone interviewer position. Before we can give you a " +
				"start date, please complete the background check form and book your fingerprinting appointment.\n\nHR",
			true, StageOther},
	})
}
