package classifier

import "testing"

// TestEightyFifthRound: what r85 brought at its arrival. Italy's public
// selections say no in administrative formulas; a job board's status and
// a post filled "in the meantime" say it in German and Portuguese; an
// offer goes on in replies under a subject that names the company's offer
// or the offer revised, and is made in Portugal's and Italy's own words.
// A "job offer" in the subject is an advert, no offer.
func TestEightyFifthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"not among those admitted", "noreply.concorsi@ente.example", "Concorso pubblico 180 Analisti - elenco ammessi alla prova orale",
			"Gentile candidata/o,\n\nsi comunica che è stato pubblicato l'elenco dei candidati ammessi alla prova orale. Dalla " +
				"consultazione dell'elenco risulta che il Suo codice identificativo non è ricompreso tra i candidati ammessi.",
			true, StageRejected},
		{"not placed in the ranking", "personale@enteparco.example", "Approvazione graduatoria - Guardiaparco t.d.",
			"Si trasmette la determinazione di approvazione della graduatoria finale della selezione pubblica per l'assunzione " +
				"di n. 4 Guardiaparco. In base alla graduatoria approvata, la S.V. non figura tra i candidati utilmente collocati.",
			true, StageRejected},
		{"a German board's status", "noreply@jobboard.example", "Ihre Bewerbung bei Lindenhof Pharma – Statusmeldung",
			"Hallo Alex,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung als Data Scientist (m/w/d). Der Arbeitgeber hat Ihre " +
				"Bewerbung als \"nicht ausgewählt\" markiert.",
			true, StageRejected},
		{"a post filled in the meantime", "talent@laurissilva.example", "Processo de recrutamento - Revenue Manager",
			"Estimado Alex,\n\nagradecemos a sua participação no processo de recrutamento para a função de Revenue Manager. " +
				"Cumpre-nos informar que a posição foi entretanto preenchida através de um processo de mobilidade interna.",
			true, StageRejected},
		{"a reply under the offer revised", "priya@lumenfold.example", "Re: Revised offer - Lumenfold",
			"Alex,\n\nTotally fair, and thanks for asking. Jonah is fine with Monday the 26th at noon - I've updated the expiry " +
				"of the offer in Ashby.\n\nPriya",
			true, StageOffer},
		{"the team wants the reader, in Portugal", "mariana@gaivota.example", "Queremos-te na gaivota!",
			"Olá Alex,\n\nComo te disse ao telefone, queremos muito ter-te na equipa como ML Engineer!\n\n- 60.000 EUR brutos/ano\n" +
				"- 100% remoto\n\nEnvio-te a proposta formal por escrito na segunda-feira.\n\nMariana",
			true, StageOffer},
		{"a school's substitute post offered", "personale@icdonmilani.example", "Proposta di contratto a tempo determinato - AB25",
			"Gentile Alex Rivera,\n\nLe proponiamo un contratto a tempo determinato per supplenza temporanea fino al 30/06/2028 " +
				"per 12 ore settimanali di Lingua inglese. La preghiamo di comunicare l'accettazione entro le ore 12:00 di domani.",
			true, StageOffer},
		{"a job offer that is an advert", "rekrutacja@agency.example", "RE: Job offer - Warehouse Worker - invitation for interview",
			"Dear Alex,\n\nThank you for your answer. We invite you to an interview for the Warehouse Worker position on Monday, " +
				"8th March 2027 at 10:00. Please confirm your presence answering to this e-mail.",
			true, StageInterviewScheduled},
	})
}
