package classifier

import "testing"

// TestSixtySixthRound: what r66 brought at its arrival. Austrian
// officialese ("dass wir Ihrer Bewerbung nicht näher treten konnten") and a
// placement not made ("keine Assistenzstelle zuweisen konnten") are no's;
// a pronoun that decides ("she's decided to hold off on moving forward")
// is no one decided on.
func TestSixtySixthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"nicht näher treten", "personalamt@gemeinde.example", "Ausschreibung IT-Fachkraft - Mitteilung",
			"Sehr geehrter Herr Rivera!\n\nBezugnehmend auf Ihre Bewerbung um die ausgeschriebene Stelle teilen wir Ihnen mit, dass der " +
				"Gemeinderat die Aufnahme einer anderen Bewerberin beschlossen hat. Wir ersuchen um Verständnis, dass wir Ihrer Bewerbung " +
				"nicht näher treten konnten.\n\nMit freundlichen Grüßen",
			true, StageRejected},
		{"keine Stelle zugewiesen", "assistenz@austausch.example", "Ihre Bewerbung als Sprachassistenz - Nachrückverfahren",
			"Sehr geehrter Herr Rivera,\n\ndas Nachrückverfahren ist nun abgeschlossen. Wir müssen Ihnen leider mitteilen, dass wir " +
				"Ihnen keine Assistenzstelle zuweisen konnten.\n\nMit freundlichen Grüßen",
			true, StageRejected},
		{"the hiring manager decides", "priya@cloud.example", "Re: Storage Infra - quick question",
			"Hi Alex,\n\nI shared your background with the Queues hiring manager, and after a closer look she's decided to hold off on " +
				"moving forward right now. The team has re-scoped the role.\n\nPriya",
			true, StageRejected},
		{"a colleague decided on", "priya@cloud.example", "Re: Storage Infra - quick question",
			"Hi Alex,\n\nThanks for the reference on Jordan. After the onsite, she was not selected, so we'll keep looking for the Queues " +
				"role. Could you tell me who else you'd recommend?\n\nPriya",
			false, ""},
	})
}

// TestSixtySixthRoundPermit: an employer's mail about the visa its post
// needs, after the contract is signed, is the employer's, however many
// embassies it names; the reader's own lawyer's pre-check, which names a
// permit but no post won, is not hiring mail.
func TestSixtySixthRoundPermit(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"documents for the post's permit", "hr@bilingual-school.example", "Pre-employment documents - Alex Rivera (Grade 4-6 English)",
			"Dear Mr. Alex Rivera,\n\nWelcome to the school, and thank you for returning the signed contract. For your work permit, please " +
				"prepare the following: a criminal record check, apostilled and legalized by the Royal Thai Embassy or a Thai consulate; " +
				"a medical certificate; your degree certificate, legalized by the consulate.\n\nSiriporn Wattana\nHR Officer",
			true, ""},
		{"the reader's lawyer's pre-check", "k.voss@immigration-law.example", "Blue Card pre-check - documents received",
			"Dear Mr. Rivera,\n\nthank you for sending the documents for the EU Blue Card pre-assessment. For the salary threshold we will " +
				"need a concrete contract offer from a German employer. I will send you the list of documents for the visa appointment at " +
				"the consulate in New York by Friday.\n\nKatharina Voss\nRechtsanwältin",
			false, ""},
		{"a life policy applied for", "service@mutual-life.example", "We received your application (Policy application #EML-5531207)",
			"Hi Alex,\n\nThank you for choosing Evergreen Mutual. We've received your application for a 20-Year Term Life policy " +
				"($500,000 face amount).\n\nWhat happens next\n1. Our underwriting team will review your application.\n2. A paramedical " +
				"examiner will contact you to schedule a free 30-minute exam at your home or office.\n3. You'll receive a decision from " +
				"underwriting, typically within 3-4 weeks after your exam.\n\nSincerely,\nNew Business Team",
			false, ""},
	})
}

// TestSixtySixthRoundOffer: a startup's offer names its pay by the month
// and its tokens ("USD 12,500/month ... 3 years vesting"); the steps after
// the reader's yes ("so happy you said yes!!") are no offer.
func TestSixtySixthRoundOffer(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"pay by the month and tokens", "wanjiru@chain.example", "Jenga - offer for Senior Backend Engineer",
			"Hi Alex,\n\nWe'd love you to join Jenga as our first Senior Backend Engineer!\n\n- USD 12,500/month, paid as a contractor\n" +
				"- 0.5% of the token supply, 3 years vesting with a 1 year cliff\n\nI'll send the full paperwork next Tuesday.\n\nWanjiru",
			true, StageOffer},
	})
	// the steps after the yes: job mail, at any stage but the offer
	v := Classify(letter("ravi@labs.example", "Re: Tidewater - offer :)",
		"Amazing, so happy you said yes!!\n\nA few admin things before you start on April 5: the contract is in Deel for signature, "+
			"and our lawyer will send the token warrant separately. USD 3k for a laptop, and the vesting contract needs your wallet "+
			"address.\n\nRavi"))
	if !v.Job || v.Stage == StageOffer {
		t.Errorf("after the yes: job %v stage %s, want job mail that is no offer; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
