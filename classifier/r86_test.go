package classifier

import "testing"

// TestEightySixthRound: what r86 brought at its arrival, five writers
// given the third blind set's personas. A no said as the next step not
// taken ("won't be extending you a ... offer", "won't be asking you to
// attend"), as the outcome not hoped for, as a right time raised onto
// "feel", as a minimum score or a rank no appointment reaches, and as
// Mexico's "irse con otro perfil"; the fire service's, the banks' and the
// schools' words for their steps; a colleague's panel the reader is asked
// onto; and a German offer with the post between its words.
func TestEightySixthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an offer not extended, its name between", "marisa@marlowstreet.example", "Marlow Street Superday",
			"Hi Alex,\n\nThe desk heads finished their wash meeting last night and, as hard as this is to write, we won't be " +
				"extending you a Summer Analyst offer. Where it came down against you was the credit interview.\n\nMarisa",
			true, StageRejected},
		{"the final round not asked of the reader", "graduates@pembrokehale.example", "Graduate Programme 2028 – Audit & Assurance",
			"Dear Alex,\n\nThank you for attending your first-round interview last week. Following a review of all first-round " +
				"interviews, we won't be asking you to attend the final round assessment. This was a difficult decision.",
			true, StageRejected},
		{"a reserve list closed", "imogen@castellanreeve.example", "Reserve list update – Technology Consulting Graduate Programme",
			"Dear Alex,\n\nWe've now confirmed all of the places for the September intake following the assessment centre. I'm sorry " +
				"that this isn't the outcome you'd hoped for, particularly after such a long wait.\n\nImogen",
			true, StageRejected},
		{"the right time raised onto feel", "careers@harbourfinch.example", "Summer Vacation Program 2027/28",
			"Dear Alex,\n\nThank you for your application. Having reviewed your application, we don't feel that now is quite the " +
				"right time for us to offer you a place in the program.",
			true, StageRejected},
		{"a minimum score not reached", "selections@spf.example", "Résultat de votre épreuve – Sélection AFG27114",
			"Monsieur,\n\nVous avez participé à l'entretien de sélection pour la fonction d'Expert cloud. Nous vous informons que " +
				"vous n'avez pas obtenu le score minimum requis pour être repris dans la liste des lauréats.",
			true, StageRejected},
		{"Mexico's going with another", "daniela@vertice.example", "RE: Seguimiento – Director de Ingeniería",
			"Hola Alex, ¿qué tal?\n\nYa tuve la retroalimentación del cliente y decidieron irse con otro perfil que ya vive en " +
				"Monterrey. Me quedo con tu CV.\n\nDaniela",
			true, StageRejected},
		{"an eligible list's rank not reached", "exams@merit.example", "Notice of Examination Results - Eligibility Specialist I",
			"You have PASSED the examination listed above.\n\nRank on Eligible List: 341\n\nBased on anticipated vacancies, " +
				"candidates ranked below 150 are not expected to be reached for appointment during the life of this list.",
			true, StageRejected},
		{"students who sat in, not the reader", "chair@lakeshore.example", "Adjunct Instructor, Anatomy & Physiology - search update",
			"Dear Alex,\n\nOn behalf of the search committee, thank you for the teaching demonstration. The students we had sit in " +
				"on the demonstration said nice things. The committee has extended the offer to another candidate, who has accepted.",
			true, StageRejected},
		{"the first day's paperwork", "hdumont@wrightsville.example", "Re: First day",
			"Yes, 8:00 on the 16th is fine. Go to the Annex building, that's where new staff orientation is. Bring two forms of " +
				"ID for your I-9.\n\nHeather",
			true, ""},
		{"a colleague's panels", "maya@univ-careers.example", "Help interviewing next year's Peer Career Advisors?",
			"Hi Maya here - we're hiring six new Peer Career Advisors and got 58 applications. Would you be willing to sit on " +
				"two interview panels with me? They're 30 minutes each.",
			false, ""},
		{"a colleague's interview in Italian", "giulia@vectrapoint.example", "Colloquio tecnico giovedì – puoi coprire tu?",
			"Ciao Alex,\n\ngiovedì alle 16 abbiamo il colloquio tecnico con la candidata per il posto di data engineer. Riesci a " +
				"coprire tu? Ti giro il CV e la scheda di valutazione.",
			false, ""},
		{"a German offer, the post between", "simon@spital.example", "Zusage - Anästhesiepflege",
			"Grüezi Herr Rivera\n\nWir möchten Ihnen die Stelle als Dipl. Experte Anästhesiepflege NDS HF (90%) anbieten!\n\n" +
				"Der Arbeitsvertrag folgt per Post. Dürfen wir bis Ende nächster Woche mit Ihrer Antwort rechnen?",
			true, StageOffer},
		// guards: the panel scoring its candidates is no colleague's
		// request; a friend's hiring the reader screened for is not theirs
		{"the panel scores its candidates", "hr@ngo.example", "Thank you - Data & Learning Lead interview",
			"Dear Alex,\n\nThank you for joining us yesterday for the interview. We completed the last interview this afternoon. " +
				"The panel will now score each candidate independently, and we aim to come back to all candidates in 3-5 working days.",
			true, ""},
		{"the tech screens run for a friend", "sarah@loopledger.example", "backend hire - decision",
			"Hey Alex,\n\nThanks again for running the tech screens for us as a favor. We're going with Priya for the backend role. " +
				"Could you drop a short note to the other two letting them know we won't be moving forward?\n\nSarah",
			false, ""},
	})
}
