package classifier

import "testing"

// TestSeventySecondRound: what r72 brought at its arrival. "Our offices
// were closed for Carnival" closes no application; "a much closer match to
// what you described" fits the reader; a tentative offer, a temp's post
// made permanent ("queremos ofrecerte la contratación de planta") and a
// French "Proposition de stage" with its gratification are offers.
func TestSeventySecondRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"offices closed", "hr@bank.example", "Re: Panel interview - Risk Analyst",
			"Dear Alex,\n\nKindly accept our apologies for the delay in getting back to you - our offices were closed for Carnival " +
				"Monday and Tuesday. We confirm your panel interview for the position of Risk Analyst on Wednesday 24th February, 2027 " +
				"at 10:00 a.m.\n\nHuman Resources",
			true, ""},
		{"a closer match for the reader", "ravi@health.example", "Circling back from last spring",
			"Hi Alex,\n\nWe spoke back in April when the timing wasn't right. We've since opened a Principal Engineer role, and it's a " +
				"much closer match to what you described wanting. If so, send me a couple of times that work and I'll set up 30 minutes.\n\nRavi",
			true, StageScheduling},
		{"a tentative offer", "noreply@intern.agency.example", "Tentative offer - Summer Research Internship",
			"Dear Alex,\n\nCongratulations! We are pleased to extend you a tentative offer for the Summer Research Internship, " +
				"contingent on a background investigation. Please accept or decline in the portal by March 12.\n\nInternship Office",
			true, StageOffer},
		{"a temp's post made permanent", "rh@partes.example", "Propuesta de planta - Técnico de Calidad",
			"Buenas tardes Alex,\n\nqueremos ofrecerte la contratación de planta directamente con nosotros como Técnico de Calidad, a " +
				"partir del 6 de septiembre.\n- Sueldo semanal: $4,850 MXN brutos\n\nFavor de pasar a Recursos Humanos para firmar.\n\nRH",
			true, StageOffer},
		{"une proposition de stage", "camille@labo.example", "Proposition de stage - été 2027",
			"Bonjour Alex,\n\nJ'ai le plaisir de vous confirmer que nous vous proposons le stage dans l'équipe Matière active, du 1er " +
				"juin au 31 juillet. Vous percevrez la gratification légale de stage. Le laboratoire peut vous aider à trouver un " +
				"logement. Merci de me confirmer votre accord dès que possible.\n\nCamille",
			true, StageOffer},
	})
}
