package classifier

import "testing"

// TestSixtySeventhRound: what r67 brought at its arrival. An application
// turned away for its form ("your application could not be considered for
// the following reasons"), a name left off a reserve list, a candidate not
// admitted to the next stage ("dat u niet bent toegelaten tot de volgende
// fase") and "I don't think this is the right moment for us to bring you
// on" are no's; a post's tuition remission is its benefit, no school
// applied to; a German "Ihren Lebenslauf" capitalised inside a sentence is
// the reader's, not hers.
func TestSixtySeventhRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"not considered for its form", "recruitment@province.example", "Application Outcome - Ref ED/2026/112",
			"Dear Applicant\n\nPOST: DEPUTY DIRECTOR: MONITORING & EVALUATION\n\nThe Department acknowledges receipt of your application " +
				"for the above post. Please be advised that your application could not be considered for the following reason(s): the " +
				"application form was not fully completed and signed.\n\nRecruitment & Selection Unit",
			true, StageRejected},
		{"late applications, said in an acknowledgement", "recruitment@province.example", "Your application - Ref ED/2026/112",
			"Dear Applicant\n\nThe Department acknowledges receipt of your application for the post of Deputy Director. Please note " +
				"that late applications will not be considered. Shortlisted candidates will be contacted within three months.\n\nRecruitment Unit",
			true, StageApplicationAck},
		{"off the reserve list, in Italian", "no-reply@selection.example", "AST/165/26 - Esito del concorso",
			"Gentile candidato/a,\n\nA seguito delle prove svolte presso il centro di valutazione, la commissione giudicatrice ha redatto " +
				"l'elenco di riserva del concorso. Le comunichiamo con rammarico che il suo nome non è stato iscritto nell'elenco di " +
				"riserva.\n\nDistinti saluti",
			true, StageRejected},
		{"not admitted to the next stage, in Dutch", "no-reply@selection.example", "AST/170/27 - Resultaten van de meerkeuzetests",
			"Geachte kandidaat,\n\nHet spijt ons u te moeten meedelen dat u niet bent toegelaten tot de volgende fase van de " +
				"selectieprocedure.\n\nMet vriendelijke groet",
			true, StageRejected},
		{"not the right moment to bring you on", "chris@health.example", "Re: Referral from Meghan - Staff Engineer",
			"Hey Alex,\n\nReally appreciated the conversation on Monday. I don't think this is the right moment for us to bring you on. " +
				"The role as it's shaped today is more hands-on than what you're looking for.\n\nAll the best,\nChris",
			true, StageRejected},
		{"an assistantship with its tuition remission", "admin@university.example", "Teaching Assistantship offer - GEOG 1020, Fall 2027",
			"Dear Alex,\n\nOn behalf of the Department of Geography, I am pleased to offer you a Teaching Assistant appointment for the " +
				"Fall 2027 semester.\n\n- Stipend: $12,450 for the semester\n- Full tuition remission and graduate health insurance\n\nPlease " +
				"let me know whether you accept by March 19.\n\nDenise",
			true, StageOffer},
		{"the polite your, capitalised", "katharina.brandt@mobility.example", "Empfehlung durch Markus Weber - Senior Backend Engineer (m/w/d)",
			"Sehr geehrter Herr Rivera,\n\nIhr ehemaliger Kollege Markus Weber hat Sie uns wärmstens empfohlen und uns Ihren Lebenslauf " +
				"weitergeleitet. Wir suchen derzeit eine/n Senior Backend Engineer für unser Plattform-Team. Hätten Sie Interesse an einem " +
				"ersten Kennenlerngespräch?\n\nMit freundlichen Grüßen\nKatharina Brandt",
			true, StageOutreach},
		{"her CV, in lower case", "lea@firma.example", "Re: Bewerberin für das Team",
			"Hallo Alex,\n\nich habe mir ihren Lebenslauf angesehen, sie passt gut ins Team. Kannst du das Gespräch mit ihr am Donnerstag " +
				"führen?\n\nLea",
			false, ""},
	})
}
