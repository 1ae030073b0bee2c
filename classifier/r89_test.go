package classifier

import "testing"

// TestEightyNinthRound: what r89 brought at its arrival, the third blind
// set's personas a fourth time. A no said as the seat gone, the reader's
// name left off a certificate, a disqualification, and a choice relayed
// under a job board's own quote line; a fit "for someone who" is the
// post's ideal and an agency's own name hires no one; offers made in a
// line, by a union's committee and by a staffing agency in Spanish.
func TestEightyNinthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the seat gone", "pietro@ferrous.example", "Re: Founding Data Lead",
			"Alex - honest answer: we hired a friend-of-the-company we'd been chasing for months, and she said yes last week. " +
				"So the seat's gone. Nothing to do with your work sample.\n\nPietro",
			true, StageRejected},
		{"a name left off the certificate", "no-reply@usastaffing.gov", "Your application for Electrician (Power Plant)",
			"Dear Alex Rivera,\n\nThank you for your interest in the following position. Your application has been reviewed. " +
				"Applicants in a higher quality category were referred to the selecting official. Your name was not included on " +
				"the certificate of eligibles for this announcement.",
			true, StageRejected},
		{"a background disqualification", "recruiting@portalder-pd.example", "Background investigation - Police Officer Recruit",
			"Mr. Rivera,\n\nThe background investigation phase of your application for Police Officer Recruit has been completed. " +
				"You have been disqualified from further consideration in this hiring process.",
			true, StageRejected},
		{"an owner's no under a job board's quote line", "reply-7c2f@indeedemail.com", "RE: Social Media & Brand Coordinator - Osteria Lumaca",
			"hey alex sorry for the late reply.\n\nwe went with somebody who already works the floor and knows our regulars.\n\n" +
				"gianni\n\n--- Original message from Alex Rivera via Indeed ---\nHi Gianni, just following up on my application for " +
				"the Social Media & Brand Coordinator role.",
			true, StageRejected},
		{"a fit for someone who", "derrick@prairiegrain.example", "Commodity Risk Internship - summer 2028",
			"Hi Alex,\n\nI'm the campus recruiter for Prairie Grain. We're hiring four Commodity Risk Interns for summer 2028. It's " +
				"a good fit for someone who likes markets. Would you be open to a 20-minute call?",
			true, StageOutreach},
		{"an agency's own name", "agnieszka@baltichire.example", "Remote Analytics Lead - shipping client",
			"Hello Alex,\n\nI am a recruiter at Baltic Hire, we are agency from Gdańsk. Currently I am supporting our client in " +
				"hiring an Analytics Lead. Would you be open to have a short call this week?",
			true, StageOutreach},
		{"a producer's offer in a line", "gabe@switchback.example", "Re: quick call?",
			"Short version: we'd like you. Numbers are in the attached letter, and yes, the start date can move if you need it " +
				"to. Read it, then call me.\n\nGabe",
			true, StageOffer},
		{"a union's apprentice selected", "jatc@ualocal.example", "Apprenticeship Selection - Class of 2032",
			"Dear Alex Rivera,\n\nThe Joint Apprenticeship and Training Committee has selected you for indenture as a first-year " +
				"Plumber/Pipefitter apprentice.\n\nStarting rate: 45% of journeyman wage ($22.68/hr) plus benefits\n\nPlease confirm " +
				"by June 4 that you accept this selection.",
			true, StageOffer},
		{"a shift offered in Spanish", "asignaciones@fronterastaffing.example", "Turno disponible para ti - Operador de montacargas",
			"Hola Alex!\n\nTenemos un turno para ti con nuestro cliente:\n\n  Puesto: Operador de montacargas\n  Pago: $19.50/hr\n" +
				"  Inicio: lunes 24 de mayo\n\n¿Lo tomas? Contesta SÍ o NO a este correo antes del jueves.",
			true, StageOffer},
	})
}
