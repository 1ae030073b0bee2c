package classifier

import "testing"

// TestFiftySixthRoundOffers: what r56 brought at its arrival, by form. An
// offer's words followed in their sentence by a meeting ("le plaisir de
// vous proposer un premier entretien") invite to that meeting; an
// employer relayed as wanting the reader "as interim COO" makes the offer
// with its terms; an invitation to join under a subject naming the offer
// is the offer, whatever onboarding it looks ahead to. An offer whose
// sentence goes on to a call ("They want to make you an offer. Free for a
// call?") stays one.
func TestFiftySixthRoundOffers(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a first interview proposed", "rh@donnees.example", "Votre candidature – Consultant BI – proposition d'entretien",
			"Bonjour Monsieur Rivera,\n\nSuite à votre candidature pour le poste de Consultant BI, nous avons le plaisir de vous proposer un premier entretien par Teams.\n\n" +
				"Seriez-vous disponible jeudi 11 mars à 15h00 ou vendredi 12 mars à 14h30 ?\n\nBien cordialement,\nLies",
			true, StageScheduling},
		{"an interim post relayed", "rob@interim.example", "Valdris - confirmed!",
			"Alex,\n\nGreat news - Valdris have confirmed they want you as interim COO.\n\n- Start: Wednesday 1 September, Antwerp\n- Initial term 6 months\n- Day rate EUR 1,950\n\n" +
				"Our contract for services will follow by Wednesday. Could you confirm you're happy with the start date?\n\nRob",
			true, StageOffer},
		{"an offer looking ahead to onboarding", "henrik@pharma.example", "Offer – Clinical Data Analyst",
			"Dear Alex,\n\nWe would love for you to join Gudena Therapeutics as our Clinical Data Analyst.\n\nMonthly salary: DKK 54,000 plus pension.\n\n" +
				"Mette from HR will send you the written contract by Friday. Could you let me know your earliest possible start date? It will help us plan the onboarding.\n\nHenrik",
			true, StageOffer},
		// guard (it held before): the offer, then a call
		{"an offer, then a call", "priya@agency.example", "Re: Okapi round 2",
			"Alex!! They want to make you an offer. Free for a call this afternoon? Tell me when and I'll ring you.\n\nP",
			true, StageOffer},
	})
}
