package classifier

import "testing"

// TestEightySecondRound: what r82 brought at its arrival. Latin America's
// public competitions say no in their own formulas; Germany's public
// employers say it without a cue word the rules knew; a public employer's
// appointment is its offer; a finalist's acceptance or a promotion from
// within is a no to the reader, not a search withdrawn.
func TestEightySecondRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a Chilean portal's verdict", "noreply@empleospublicos.example", "Resultado Etapa Evaluación Curricular - Proceso N° 48213",
			"Estimado(a) ALEX RIVERA:\n\nLe informamos que en el proceso de selección N° 48213 – Profesional Analista de Datos, su " +
				"postulación ha sido evaluada en la etapa de Evaluación Curricular.\n\nResultado: NO CONTINÚA EN EL PROCESO\n\n" +
				"Agradecemos su interés en formar parte del Estado.",
			true, StageRejected},
		{"a committee's list without the reader", "seleccion.adp@serviciocivil.example", "Resultado entrevista final - Jefe/a Departamento de Estudios",
			"Estimado Sr. Rivera:\n\nEl Comité de Selección entrevistó a los candidatos finalistas para el cargo. Una vez " +
				"concluidas las entrevistas, el Comité resolvió conformar la nómina con otros candidatos, razón por la cual usted " +
				"no formará parte de ella.\n\nAtentamente,\nProfesional de Selección",
			true, StageRejected},
		{"a Brazilian registration refused", "concursos@fundacao.example", "Resultado da análise de documentação - inscrição INDEFERIDA",
			"Prezado(a) ALEX RIVERA,\n\nInformamos que sua inscrição para o cargo de Especialista em Governança de Dados foi " +
				"INDEFERIDA.\n\nMotivo: diploma obtido no exterior sem revalidação.",
			true, StageRejected},
		{"the choice did not fall on the reader", "henrike.albers@ministerium.example", "AW: Strukturiertes Interview am 17. Juni – Ergebnis",
			"Sehr geehrter Herr Rivera,\n\ndie Auswahlkommission hat in dieser Woche ihre Beratungen abgeschlossen. Ich möchte " +
				"Ihnen persönlich mitteilen, dass die Wahl nicht auf Sie gefallen ist.\n\nMit freundlichen Grüßen\nHenrike Albers",
			true, StageRejected},
		{"a finalist accepted", "hr@ucascades.example", "Status update: Academic Advisor II - College of Engineering",
			"Dear Alex Rivera,\n\nThank you for your interest in the Academic Advisor II position.\n\nWe are writing to let you " +
				"know that a finalist has accepted the position and the search has now been closed.\n\nHuman Resources",
			true, StageRejected},
		{"a Peruvian public post won", "rrhh@sunasd.example", "GANADOR - Convocatoria CAS N° 044-2027 - Suscripción de contrato",
			"Estimado Sr. Rivera:\n\nEs grato comunicarle que ha resultado GANADOR de la Convocatoria CAS N° 044-2027 para el " +
				"puesto de Especialista en Analítica de Datos, con una remuneración mensual de S/ 9,500.00.\n\nPor favor confirme " +
				"que continúa interesado en el puesto.",
			true, StageOffer},
		{"a German public employer's offer", "personal@hochschule.example", "Stellenzusage – Referent/in Hochschulcontrolling (EG 13 TV-L)",
			"Sehr geehrter Herr Rivera,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die " +
				"Stelle ausgewählt hat.\n\nWir bieten Ihnen die Einstellung zu folgenden Bedingungen an:\n- Entgeltgruppe 13 TV-L\n" +
				"- unbefristetes Arbeitsverhältnis, Probezeit sechs Monate",
			true, StageOffer},
	})
}

// A search consultant's "you were a very close second" is a no said in
// words the rules now read: the rejection model refitted in 52050a53 no
// longer carried it, and its thread (r78) had got a follow-up since.
func TestCloseSecond(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a close second", "dokafor@leadership.example", "Millbrook Valley - Board decision",
			"Alex,\n\nI wanted you to hear this from me before it appears in tomorrow's Gazette. At tonight's special meeting " +
				"the Board of Education voted in open session to enter into contract negotiations with Dr. Renata Kovacs, and " +
				"the board has selected her as the district's next superintendent.\n\nYou were a very close second. I'd be " +
				"glad to walk through the board's feedback by phone whenever you're ready - no rush at all.\n\nDennis\n\n" +
				"Dennis Okafor, Ph.D.\nSearch Consultant",
			true, StageRejected},
	})
}
