package classifier

import "testing"

// TestEightyFourthRound: what r84 brought at its arrival. A board's
// committee that will not put the reader forward, a candidate who took
// the post, American Spanish's application "no será considerada" and its
// place already given, and the offer a Spanish clitic puts before the
// verb that wants.
func TestEightyFourthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a committee will not recommend the reader", "secretary@harborlight.example", "Executive Director Search",
			"Dear Mr. Rivera,\n\nI write on behalf of the Executive Director Search Committee. Having weighed the candidates " +
				"interviewed in the second round, the Committee will not be recommending your candidacy to the Board for the " +
				"final stage.\n\nWith the Committee's thanks,\nEleanor Pruitt",
			true, StageRejected},
		{"a candidate accepted the offer", "search.chair@hollisford.example", "Associate Director, Institutional Research",
			"Dear Alex Rivera,\n\nOn behalf of the search committee, thank you for your application. The committee has " +
				"completed its review, and a candidate has accepted the university's offer of appointment. We are therefore " +
				"closing the search.\n\nDr. Katherine Ames",
			true, StageRejected},
		{"an application not to be considered", "talento@sangabriel.example", "Actualización de su solicitud - Intérprete Médico",
			"Estimado/a Alex Rivera:\n\nGracias por postularse para el puesto de Intérprete Médico. Le informamos que su " +
				"solicitud no será considerada para este puesto, ya que se requiere una certificación vigente.\n\nAdquisición de Talento",
			true, StageRejected},
		{"a place already given", "chuy@trestaquitos.example", "Re: gerente de turno",
			"Hola Alex\n\ngracias x venir el sabado. Ya agarramos a alguien para el turno de la mañana, un muchacho de " +
				"la otra sucursal.\n\nChuy\nLos Tres Gallos Taquería",
			true, StageRejected},
		{"an offer with the clitic first", "rigo@fuenteslawn.example", "el puesto de crew lead",
			"Alex que tal\n\nYa hablé con mi esposa y te quiero ofrecer el puesto de crew lead. Serian $22 la hora, 45 horas " +
				"a la semana. Empiezas el lunes 22 si puedes.\n\nRigo",
			true, StageOffer},
	})
}

// A body that only points at a letter attached about the application
// says nothing of what the letter decides: the verdict says the answer is
// in the attachment (attached.go), which the follow-up policy holds. An
// attached offer, or the reader's own cover letter sent back, is not one.
func TestAnswerAttached(t *testing.T) {
	tests := []struct {
		name, from, subject, body string
		want                      bool
	}{
		{"an English letter", "talent@harrowgate.example", "Business Intelligence Lead - your application",
			"Dear Alex,\n\nPlease see the attached letter regarding your application.\n\nKind regards,\nHelen\nTalent Acquisition Partner", true},
		{"a French answer", "recrutement@altair.example", "Votre candidature – Analyste Données Senior",
			"Monsieur,\n\nVeuillez trouver ci-joint notre réponse concernant votre candidature au poste d'Analyste Données Senior.\n\nLe service Recrutement", true},
		{"a Dutch letter", "hr@westerkamp.example", "Uw sollicitatie naar de functie Informatieadviseur Data",
			"Geachte heer Rivera,\n\nIn de bijlage treft u een brief aan over uw sollicitatie naar de functie Informatieadviseur Data.\n\nTeam Werving & Selectie", true},
		{"a Spanish resolution", "seleccion@valdelinares.example", "Comunicación sobre su candidatura - Ref. GV-2027-112",
			"Estimado Sr. Rivera:\n\nLe adjuntamos la carta con la resolución del proceso de selección para el puesto de Responsable de BI.\n\nRecursos Humanos", true},
		{"an attached offer letter", "talent@harrowgate.example", "Your offer - Business Intelligence Lead",
			"Dear Alex,\n\nCongratulations! Please find attached your offer letter regarding your application for the role.\n\nHelen", false},
		{"the reader's own papers sent back", "privacy@kestrel.example", "Auskunftsersuchen - Bewerbung Senior Data Engineer",
			"Dear Mr Rivera,\n\nA copy of your CV and cover letter is attached as an encrypted PDF, as held for your application.\n\n" +
				"Regarding the status of your application: the selection is still ongoing and we will contact you once the interviews are done.", false},
	}
	for _, tt := range tests {
		v := Classify(letter(tt.from, tt.subject, tt.body))
		if v.AnswerAttached != tt.want {
			t.Errorf("%s: answer attached %v, want %v; job %v stage %s; reasons %q", tt.name, v.AnswerAttached, tt.want, v.Job, v.Stage, v.Reasons)
		}
	}
}
