package classifier

import "testing"

// TestSeventiethRound: what r70 brought at its arrival. An account not
// activated after a background check, the appointment of another finalist,
// a candidacy not ranked ("votre candidature n'a pas été classée"), a chair
// accepted by the first-placed candidate, an exclusion communicated and "non
// sei rientrato tra i selezionati" are no's; an exclusion as a rule ("la
// mancata presentazione comporta l'esclusione"), a term not offered ("not
// able to offer a reduced teaching load") and "another shortlisted
// candidate" are not. A Ruf, a first place in a French ranking and a Dutch
// "we willen je heel graag aannemen" with their terms are offers.
func TestSeventiethRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"account not activated", "drivers@rides.example", "Notice regarding your driver application",
			"Dear Alex Rivera,\n\nThis letter is to inform you that we have made a final decision regarding your application to drive " +
				"with us. Based in whole or in part on information in a consumer report, we are unable to activate your account at this " +
				"time.\n\nTrust & Safety",
			true, StageRejected},
		{"another finalist appointed", "director@literacy.example", "Director of Finance & Operations search",
			"Dear Alex,\n\nOn behalf of the search committee, thank you for your candidacy for the position of Director of Finance. " +
				"We were fortunate to have three finalists any of whom could have served our mission well. After lengthy deliberation, the committee has recommended, and the board has approved, the appointment of another " +
				"finalist.\n\nLorraine",
			true, StageRejected},
		{"pas classée", "recrutement@univ.example", "Recrutement MCF 2027 - poste 0683 - suite de votre audition",
			"Monsieur,\n\nÀ l'issue des auditions, le comité de sélection a arrêté la liste des candidats qu'il souhaite voir recruter. " +
				"Je suis au regret de vous informer que votre candidature n'a pas été classée.\n\nLe Vice-Président",
			true, StageRejected},
		{"the first-placed accepted", "dekanat@uni.example", "Berufungsverfahren W3 - Abschluss",
			"Sehr geehrter Herr Rivera,\n\nich möchte Sie über den Ausgang des Berufungsverfahrens für die W3-Professur informieren. " +
				"Die erstplatzierte Kandidatin hat den an sie ergangenen Ruf angenommen. Das Verfahren ist damit abgeschlossen.\n\nHenrike Maaßen",
			true, StageRejected},
		{"an exclusion communicated", "selezioni@consorzio.example", "Esclusione dalla selezione - Bando 2027",
			"Gentile Alex Rivera,\n\nla Sua domanda di partecipazione risulta presentata anche per un altro progetto. Siamo pertanto " +
				"tenuti a comunicarLe l'esclusione dalla selezione.\n\nIl Responsabile della selezione",
			true, StageRejected},
		{"an exclusion as a rule", "servizio@coop.example", "Convocazione al colloquio di selezione",
			"Gentile Alex Rivera,\n\nti comunichiamo che il tuo colloquio di selezione è fissato per giovedì 8 aprile 2027, ore 15:30. " +
				"La mancata presentazione al colloquio comporta l'esclusione dalla selezione.\n\nUfficio Servizio Civile",
			true, ""},
		{"non sei rientrato", "chiara@associazione.example", "Servizio civile - progetto Orti Sociali",
			"Ciao Alex,\n\ngrazie per la chiacchierata su Zoom. Purtroppo non sei rientrato tra i selezionati per il progetto: i posti " +
				"erano solo due.\n\nChiara",
			true, StageRejected},
		{"a term not offered", "dean@tech.example", "Re: Offer of appointment - Assistant Professor",
			"Dear Alex,\n\nI'm happy to say we can improve the offer: start-up increased to $490,000 and a base salary of $122,000. " +
				"Unfortunately we are not able to offer a reduced teaching load beyond what was in the original letter. I'll send the " +
				"revised letter tomorrow. Could you let me know whether April 15 works for your answer?\n\nPatricia",
			true, StageOffer},
		{"another shortlisted candidate", "oliver@mentors.example", "Learning Mentor Year - quick update",
			"Hi Alex,\n\nWe're still waiting on one of the references for another shortlisted candidate, and our panel can't finalise " +
				"decisions until all references are in. We'll be in touch as soon as the panel has met.\n\nOliver",
			true, StageAwaitingDecision},
		{"a Ruf", "praesidium@uni.example", "Ruf auf die W2-Professur Computational Social Science",
			"Sehr geehrter Herr Dr. Rivera,\n\nich freue mich, Ihnen mitteilen zu können, dass ich Ihnen hiermit den Ruf auf die " +
				"W2-Professur erteile. Das Original des Rufschreibens geht Ihnen auf dem Postweg zu. Mit dem Ruf verbunden sind " +
				"Berufungsverhandlungen über Ihre Bezüge einschließlich der Leistungsbezüge. Ich würde mich freuen, wenn Sie den Ruf " +
				"annehmen.\n\nDer Präsident",
			true, StageOffer},
		{"classé en 1re position", "recrutement-ec@univ.example", "Poste MCF 27-0231",
			"Monsieur,\n\nJ'ai le plaisir de vous informer que le comité de sélection vous a classé en 1re position. Merci de nous faire " +
				"connaître votre intention d'accepter ce poste, ainsi que votre date de prise de fonctions envisagée.\n\nLa Directrice",
			true, StageOffer},
		{"heel graag aannemen", "sanne@fietsen.example", "Goed nieuws!",
			"Hoi Alex,\n\nwe willen je heel graag aannemen als Operations Lead.\n- € 4.350 bruto per maand\n- contract voor 12 maanden\n" +
				"- startdatum bij voorkeur 1 mei\n\nHet arbeidscontract ontvang je uiterlijk vrijdag.\n\nSanne",
			true, StageOffer},
	})
}

// TestSeventiethRoundLetter: a student asking the reader for one of the
// letters of their own academic job search is someone else's hiring.
func TestSeventiethRoundLetter(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a letter for someone else's search", "jasmine@university.example", "Letter of recommendation for faculty job applications?",
			"Hi Alex,\n\nI'm going on the academic job market this fall (mostly tenure-track jobs), and I wanted to ask whether you'd be " +
				"willing to write one of my letters. Everything goes through Interfolio. I can send you my CV and a list of the " +
				"positions by Friday.\n\nThank you so much,\nJasmine",
			false, ""},
	})
}

// TestSeventiethRoundTalk: a talk people talk about is one given, at a
// campus visit, no talk submitted to a conference.
func TestSeventiethRoundTalk(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"talking about your talk", "chair@university.example", "Re: Thank you for a wonderful visit",
			"Dear Alex,\n\nThank you for the kind note. The students have not stopped talking about your talk. You were the last of " +
				"our four visits. The committee is collecting feedback now, and you should hear from me by the end of next week.\n\nRuth",
			true, StageAwaitingDecision},
	})
}
