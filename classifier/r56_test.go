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

// TestNamedAppointee: a post given to someone the writer names, told to
// those who applied or took part ("the committee has decided to appoint
// Gary Noakes", "the Board has appointed Dr. Lorraine Whitcombe to the
// role"), is a no to the reader (tune_written/r52_*, r56_*). The same
// news told to staff, or an appointment that may happen, is none.
func TestNamedAppointee(t *testing.T) {
	for _, c := range []struct {
		name, from, subject, body string
		want                      bool
	}{
		{"a club's committee", "secretary@cricketclub.example", "Bar Manager 2027 season",
			"Dear all,\n\nThank you for your applications for the position of Bar Manager for the 2027 season.\n\n" +
				"After a long discussion at Thursday's meeting, the committee has decided to appoint Gary Noakes, who most of you will know. Gary starts on 3 April.\n\nThanks again to everyone who applied.\n\nMike", true},
		{"a search firm's announcement", "mlang@search.example", "Northbrook Water Trust - appointment of President & CEO",
			"Dear Alex,\n\nI am writing to everyone who took part in the search for the President & CEO of Northbrook Water Trust to let you know that the Board of Trustees has appointed Dr. Lorraine Whitcombe to the role. " +
				"She joins from the Great Lakes Infrastructure Fund and will take up the position on March 1.\n\nThe search committee asked me to thank each of you for the time you brought to the process.\n\nMeredith", true},
		// near-misses
		{"news told to staff", "ceo@employer.example", "Welcome Kezia",
			"Hi all,\n\nI'm delighted to share that we have appointed Kezia Munro as our new Head of Sales. Kezia starts on 1 March; please make her welcome.\n\nTom", false},
		{"an appointment that may happen", "recruiter@agency.example", "Re: Head of Data - update",
			"Hi Alex,\n\nThe panel meets on Friday. They could appoint Jordan Ellis internally, but your interview went very well and they want to see you again.\n\nSam", false},
	} {
		v := Classify(letter(c.from, c.subject, c.body))
		if got := v.Job && v.Stage == StageRejected; got != c.want {
			t.Errorf("%s: job %v stage %s, want a no %v; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestSearchMandatePurpose: a search firm's approach names the hire it was
// retained to make ("retained by a global asset manager to appoint a Head
// of Regulatory Compliance"): a plan, no one chosen (tune_written/r28_*).
// A decision to hire someone else stays a no.
func TestSearchMandatePurpose(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a search firm's approach", "partner@search.example", "Confidential - Head of Regulatory Compliance, APAC",
			"Dear Alex,\n\nWe have been retained by a global asset manager to appoint a Head of Regulatory Compliance, APAC, based in Singapore. Your profile stood out.\n\nWould you be open to a 20-minute conversation this week?\n\nKind regards,\nAdaeze",
			true, StageOutreach},
		// guard (it held before)
		{"a decision to hire another", "partner@search.example", "Head of Regulatory Compliance, APAC",
			"Dear Alex,\n\nThe client has decided to appoint another candidate whose experience is closer to the brief. Thank you for your time.\n\nKind regards,\nAdaeze",
			true, StageRejected},
	})
}
