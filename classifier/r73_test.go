package classifier

import "testing"

// TestSeventyThirdRound: what r73 and r74 brought at their arrival. A
// post filled from within in Québec French or filled since in Swiss
// French, an application found ineligible, one that cannot be considered
// or was excluded at admission, a name not on the list of those approved,
// are no's; a form letter that calls its reader "o(a) candidato(a)" tells
// of the reader, no one else; an accelerator's or a literary agent's pass,
// a hackathon's placings, a photo competition and a payout method are no
// job's.
func TestSeventyThirdRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"combler à l'interne", "karine@agence.example", "Mandat Analyste principal",
			"Bonjour Alex,\n\nComme promis, je te fais un suivi sur le mandat. Mauvaise nouvelle : le client a décidé de combler " +
				"le poste à l'interne. Rien à voir avec ta candidature.\n\nKarine",
			true, StageRejected},
		{"repourvu", "p.jaquet@fiduciaire.example", "RE: Postulation Analyste financier",
			"Bonjour Monsieur,\n\nMerci pour votre postulation. Le poste a été repourvu entre-temps.\n\nMeilleures salutations\n\nP. Jaquet",
			true, StageRejected},
		{"stands rejected", "recruitment@authority.example", "Scrutiny Result - Consultant (Data Governance)",
			"Dear Sir,\n\nI am directed to refer to your application for the subject post. You are hereby informed that your " +
				"application has been found ineligible on the following ground(s): (i) candidate is not a citizen. In view of the " +
				"above, your candidature for the subject post stands rejected.\n\nDeputy Director (HR)",
			true, StageRejected},
		{"não poderá ser considerada", "rh@aguas.example", "Candidatura – Chefe de Departamento",
			"Exmo. Senhor,\n\nAcusamos a recepção da sua candidatura para o cargo de chefe de departamento. Cumpre-nos, contudo, " +
				"informar que o cargo está reservado a cidadãos nacionais. Nestes termos, a sua candidatura não poderá ser " +
				"considerada.\n\nDirecção de Recursos Humanos",
			true, StageRejected},
		{"não consta da lista", "drh@universidade.example", "Concurso Público – Docentes – Publicação de resultados",
			"Caro(a) candidato(a),\n\nA Direcção de Recursos Humanos informa que foram publicados os resultados finais do concurso " +
				"público para contratação de docentes. Após verificação, informamos que o seu nome não consta da lista de candidatos " +
				"aprovados para a vaga de professor auxiliar.\n\nDirecção de Recursos Humanos",
			true, StageRejected},
		{"the candidate is the reader", "comissao@associacao.example", "Comunicação de resultado – Oficial de Monitoria",
			"Caro(a) candidato(a) Alex Rivera,\n\nA comissão de selecção vem comunicar que concluiu o processo de selecção para o " +
				"cargo de oficial de monitoria e avaliação. Após a realização das entrevistas, o(a) candidato(a) não foi " +
				"seleccionado(a) para o cargo.\n\nA Comissão de Selecção",
			true, StageRejected},
		{"prendre en considération", "noreply@hotel.example", "Votre candidature",
			"Bonjour Monsieur Rivera,\n\nNous avons bien reçu votre candidature pour le poste d'analyste. Malheureusement, nous ne " +
				"pouvons pas prendre votre dossier en considération, n'engageant que des titulaires d'un permis de travail " +
				"valable.\n\nRessources humaines",
			true, StageRejected},
		{"a literary agent's pass", "harriet@literary.example", "Re: Query: THE TIDEWATER ALMANAC",
			"Dear Author,\n\nThank you for the chance to consider your work. I'm afraid this project isn't the right fit for my " +
				"list. Publishing is a subjective business. I wish you the very best of luck.\n\nHarriet",
			false, ""},
		{"a hackathon's placings", "jury@civichack.example", "CivicHack 2027 — results",
			"Hi Alex,\n\nThank you for hacking with us this weekend. Your team didn't place this time -- the top three were separated " +
				"by a hair. We'll pass your details along to the city unless you tell us not to.\n\nThe organizers",
			false, ""},
		{"a photo competition", "team@kulturverein.example", "Fotowettbewerb – Ergebnis der Jury",
			"Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre Teilnahme an unserem Fotowettbewerb und für Ihre Einreichung. " +
				"Leider müssen wir Ihnen mitteilen, dass Ihre Einreichung diesmal nicht berücksichtigt werden konnte.\n\nIhr Team",
			false, ""},
		{"a payout method", "payments@platform.example", "We couldn't approve your payout method change",
			"Hi Alex,\n\nUnfortunately, we weren't able to approve the change of your payout method: the name on the bank account " +
				"didn't match your verified profile.\n\nPayments",
			false, ""},
		{"a mentee not matched", "team@returners.example", "Mentoring - matching results",
			"Dear Alex,\n\nThank you for applying to be a mentee in our mentoring programme. We're sorry to let you know that we " +
				"weren't able to match you with a mentor this round.\n\nThe mentoring team",
			false, ""},
	})
}
