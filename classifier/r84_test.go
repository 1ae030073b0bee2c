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
