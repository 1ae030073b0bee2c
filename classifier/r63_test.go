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

// TestSixtyThirdRoundNo: no one appointed ("not able to reach a decision to
// offer the position to any of the three finalists") and a process
// stopped with the reader ("we're going to stop the process here") are
// no's; "you'd be a strong fit" for a post being hired for says the
// reader fits, of no one else.
func TestSixtyThirdRoundNo(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"no one appointed", "personnel@orchestra.example", "Principal Cello audition - outcome",
			"Dear Alex,\n\nThank you again for playing in the final round of our Principal Cello audition. After extended deliberation, " +
				"the committee was not able to reach a decision to offer the position to any of the three finalists. I know it is a " +
				"disappointing outcome.\n\nDenise",
			true, StageRejected},
		{"stopped here", "friederike@startup.example", "Stackhaus <> Alex - compensation",
			"Hi Alex,\n\nWe set our salary bands per country, and your number is well above the band for this level. So, reluctantly, " +
				"we're going to stop the process here. I didn't want you to spend three more hours on interviews.\n\nFriederike",
			true, StageRejected},
		{"the reader fits", "dana@remote.example", "Platform role at Tidewater Labs - worth a chat?",
			"Hi Alex,\n\nI run talent at Tidewater Labs. We're hiring a Senior Platform Engineer and I think you'd be a strong fit. " +
				"Would you be open to a 20-minute intro call sometime in the next week or so?\n\nDana",
			true, StageOutreach},
	})
}

// TestSixtyThirdRoundPayroll: an employer of record's onboarding after an
// agreement "signed by both parties" is the steps after a yes, and the
// payroll it names is the new employer's.
func TestSixtyThirdRoundPayroll(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a new employer's payroll", "no-reply@eor.example", "Welcome! Complete your onboarding for Halcyon Grid",
			"Hi Alex,\n\nYour employment agreement with us (as employer of record for Halcyon Grid) has been signed by both parties. " +
				"Before your start date on October 4, 2027, please verify your identity, add your bank account for payroll and choose " +
				"your benefits plan. If you have questions, please contact Halcyon Grid directly.",
			true, StageOther},
	})
}

// TestSixtyThirdRoundPanel: the employer's trustees who "sit on the panel"
// of the reader's interview put no one else's hiring in the message.
func TestSixtyThirdRoundPanel(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"trustees on the panel", "hannah@heritage.example", "Thank you for coming to interview",
			"Hi Alex,\n\nThank you for your interview on Tuesday and for your presentation. We've now seen all the candidates. " +
				"Two of our trustees sit on the panel and can't meet until Monday evening, so we won't have a decision before then, " +
				"but we'll let everyone know by the middle of next week at the latest.\n\nHannah",
			true, StageAwaitingDecision},
	})
}
