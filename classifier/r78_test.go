package classifier

import "testing"

// TestSeventyEighthRound: what r78 brought at its arrival. A district's
// superintendency and a school's headship are posts, which the school
// words around them do not make an admission; a post cancelled for all in
// a reorganisation is withdrawn, as is an employer's answer to the
// reader's no to its offer.
func TestSeventyEighthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a superintendency applied for", "alex.rivera@fastmail.com", "Application - Superintendent, Millbrook Valley Unified School District",
			"Dear Dr. Okafor,\n\nPlease accept the attached letter of interest, résumé, and the completed candidate questionnaire " +
				"for the position of Superintendent of the Millbrook Valley Unified School District.\n\nMy Ohio superintendent " +
				"license application is pending; I've included the receipt with my materials.\n\nThank you for your consideration.\n\nAlex Rivera",
			true, ""},
		{"a post cancelled for all", "talent@gbs.example", "Senior R2R Process Expert – position cancelled",
			"Dear Alex,\n\nI am sorry to bring you this news. Last week our group announced a reorganisation of the finance " +
				"function, and as part of it the Senior R2R Process Expert position has been cancelled. The process is closed for " +
				"all candidates, and we will not be making a hire for this role.\n\nI know you were waiting for our answer after " +
				"the second round, and I apologise that it is this one.\n\nKind regards,\nPetra",
			true, StageWithdrawn},
		{"the reader's no answered", "m.brandt@firma.example", "AW: Ihr Vertragsangebot – Teamleiter Data Platform",
			"Hallo Alex,\n\nschade - aber danke für die ehrliche und schnelle Rückmeldung. Ich kann Ihre Entscheidung sehr gut " +
				"nachvollziehen. Wir werden die Stelle nun neu ausschreiben.\n\nAlles Gute\nMartin",
			true, StageWithdrawn},
	})
}
