package classifier

import "testing"

// TestSixtyFirstRound: what r61 brought at its arrival. Someone else taken
// on with the pronoun inside the verb ("bring him on as the second
// driver") is a no; a field's word before the post ("property management
// roles") names the reader's trade, no flat; Dutch "of" asks whether an
// offer comes, it makes none; a German "Zusage" subject names the offer;
// a signed offer letter received closes the offer.
func TestSixtyFirstRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"him taken on", "rafael@movers.example", "Crew lead / driver spot",
			"Alex,\n\nThanks for giving us a full Saturday on the Montclair job. But my cousin's son is finishing his licence next month, " +
				"so I'm going to bring him on as the second driver. With only three trucks I can't add another position right now.\n\nRafael",
			true, StageRejected},
		{"the trade's roles", "olivia@talent.example", "Catching up - still looking?",
			"Hi Alex,\n\nAre you still open to hearing about property management roles, or have you found something? " +
				"I've had a Senior Block Manager role in Battersea and a Resident Manager job in Stratford land this week.\n\nOlivia",
			true, StageOutreach},
		{"whether an offer comes", "planning@transport.example", "Bedankt voor het gesprek van vandaag - chauffeur CE",
			"Hoi Alex,\n\nBedankt voor het gesprek van vandaag. We spreken deze week nog twee kandidaten en laten je binnen vijf werkdagen " +
				"weten of we je een aanbod kunnen doen.\n\nGroet,\nMateusz",
			true, StageAwaitingDecision},
		{"a Zusage", "t.brueckner@spedition.example", "Zusage: Berufskraftfahrer CE Nahverkehr",
			"Hallo Herr Rivera,\n\nwie gestern am Telefon angekündigt: Wir möchten Sie gerne als Berufskraftfahrer (CE) einstellen.\n\n" +
				"- Stundenlohn 19,80 EUR brutto\n- Beginn: 1. Juli 2027, Probezeit sechs Monate\n\nDen Arbeitsvertrag schicken wir Ihnen per E-Mail zu. " +
				"Bitte bestätigen Sie mir kurz, dass Sie die Stelle annehmen.\n\nMit freundlichen Grüßen\nThomas Brückner",
			true, StageOffer},
		{"signed and received", "jmoss@freight.example", "Re: Conditional Offer of Employment - next steps",
			"Hi Alex,\n\nGreat, glad to have you! Signed offer letter received.\n\nTwo things before orientation: the DOT drug screen, " +
				"walk-ins 7am-4pm, bring your photo ID; and the PSP consent form in the link below.\n\nJanelle",
			true, StageOther},
	})
}

// TestAnswerEitherWay: a promise of an answer "either way" is the yes or no
// to come on an application, whatever else the note leaves unsaid; and a
// candidate's "thanks for having me" is thanks for a meeting.
func TestAnswerEitherWay(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"either way", "duncan@tailors.example", "Following up - Thursday's call",
			"Alex,\n\nGood to talk yesterday. Mr Pryce has the final word and he's away until the 15th. " +
				"I'll sit down with him when he's back and I'll write to you by Wednesday 17th either way.\n\nDuncan",
			true, StageAwaitingDecision},
		{"thanks for having me", "rdelgado@freight.example", "Re: Road test today",
			"Alex -\n\nGood meeting you today. No decision yet, I'll get back to you by Friday.\n\nRay\n\n" +
				"> On Mar 3, 2027, at 4:48 PM, Alex Rivera <alex.rivera@fastmail.com> wrote:\n>\n> Hi Ray,\n> Thanks for having me out this afternoon.\n> Alex",
			true, StageAwaitingDecision},
	})
}
