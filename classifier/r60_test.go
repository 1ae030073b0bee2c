package classifier

import "testing"

// TestSixtiethRound: what r60 brought at its arrival. A Dutch
// acknowledgement that answers "ook als het een afwijzing is" (even if it
// is a no) and a trial day "tenzij je zelf iemand wilt meenemen" (unless
// you bring someone yourself) decline nothing; a headhunter's search "on a
// Head of Credit Analytics hire." takes no one else; Italian posts "già
// state tutte coperte" are filled; a bank account or an insurance claim
// refused is no job's no; the steps after an accepted offer are neither an
// offer nor an interview.
func TestSixtiethRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a no only if it comes", "noreply@recruitee.example", "Bedankt voor je sollicitatie: Masseur",
			"Hoi Alex,\n\nBedankt voor je sollicitatie op de functie Masseur. We hebben je cv in goede orde ontvangen. " +
				"Je ontvangt binnen 5 werkdagen een reactie van ons, ook als het een afwijzing is.\n\nMet vriendelijke groet,\nTeam P&O",
			true, StageApplicationAck},
		{"unless you bring someone", "ruben@kapsalon.example", "Proefdag plannen",
			"Hoi Alex,\n\nLeuk dat je gereageerd hebt op onze vacature voor senior kapper! We willen je graag uitnodigen voor een proefdag. " +
				"We vragen je om twee modellen te knippen (modellen regelen wij, tenzij je zelf iemand wilt meenemen).\n\n" +
				"Zou je dinsdag 13 of donderdag 15 april kunnen? Laat even weten welke dag je het beste uitkomt.\n\nGroetjes,\nRuben",
			true, StageScheduling},
		{"a search's hire", "weiling@search.example", "Head of Credit Analytics - digital bank",
			"Hi Alex,\n\nYour profile came up while I was mapping credit analytics leaders. I'm partnering with a digital bank " +
				"on a Head of Credit Analytics hire. The client is open to relocating the right person.\n\n" +
				"Would you be open to a 20-minute call this week or next?\n\nBest regards,\nWei Ling",
			true, StageOutreach},
		{"posts all filled", "segreteria@centroestivo.example", "Re: candidatura animatore centro estivo",
			"Buongiorno,\n\ngrazie per la candidatura come animatore per il centro estivo 2027.\n" +
				"La informiamo che le posizioni sono già state tutte coperte.\n\nCordiali saluti\nLa Segreteria",
			true, StageRejected},
		{"a bank account refused", "no-reply@bank.example", "Decision on your Business Checking application",
			"Hello Alex,\n\nThank you for your interest in opening a Business Checking account. We've completed our review " +
				"of your application, and unfortunately we're not able to open the account at this time. You're welcome to apply again after 90 days.\n\nSincerely,\nBusiness Banking",
			false, StageOther},
		{"a claim refused", "claims@insurer.example", "Claim decision: TRV-0883",
			"Dear Alex,\n\nWe have completed our review of your trip cancellation claim. Unfortunately, we are unable to approve your claim. " +
				"A change in work commitments (including a job interview or a new job start date) is not a covered reason under your policy wording.\n\nClaims Department",
			false, StageOther},
		{"after a yes", "onboarding@securities.example", "Next step: fingerprinting for your registration",
			"Hi Alex,\n\nCongratulations again on accepting your offer to join us as an Associate. Because you'll be a registered person, " +
				"we need your fingerprints before your start date. Book an appointment at an approved location and bring an unexpired photo ID.\n\nJordan",
			true, StageOther},
	})
}
