package classifier

import "testing"

// TestSixtyThirdRound: what r63 brought at its arrival. A no sent in error
// and taken back ("was sent in error ... Please disregard it. Your
// application is still very much active") says the application goes on,
// in English and French; a correction that keeps the no stays a no.
func TestSixtyThirdRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a no taken back", "dana@analytics.example", "Your application - Senior Data Analyst",
			"Hi Alex,\n\nI'm so sorry about this. The email you received from our system yesterday saying we were moving forward with " +
				"other candidates was sent in error. Please disregard it. Your application for the Senior Data Analyst role is still very much " +
				"active, and I expect to have an update for you by Tuesday.\n\nDana",
			true, StageAwaitingDecision},
		{"filled, said in error", "jobs@housing.example", "Correction: Senior Analyst role",
			"Dear Alex,\n\nThis morning you may have received an email from us saying that the Senior Analyst position had been filled. " +
				"This message was sent to every applicant in error. The role has not been filled. Your application is with the shortlisting " +
				"panel, and we will be in touch by 30 April.\n\nPeople Team",
			true, StageAwaitingDecision},
		{"un refus envoyé par erreur", "recrutement@conseil.example", "Message envoyé par erreur - votre candidature",
			"Bonjour Alex,\n\nVous avez reçu hier soir un courriel automatique vous indiquant que votre candidature au poste de Consultant " +
				"n'était pas retenue. Ce message vous a été envoyé par erreur : je vous prie de ne pas en tenir compte. Votre candidature " +
				"est bien toujours en cours, et nous vous communiquerons notre réponse sous 5 jours ouvrés.\n\nSophie",
			true, StageAwaitingDecision},
		{"the no stands", "tom@health.example", "Re: Your application at Meridian",
			"Hi Alex,\n\nApologies - the email you got from us this morning had someone else's name on it, sent in error. To say it properly: " +
				"the hiring team has decided to offer the role to another candidate. That decision does stand, I'm afraid.\n\nTom",
			true, StageRejected},
	})
}
