package classifier

import "testing"

// TestFiftyEighthRound: what r58 brought at its arrival, by form. A crew
// or team already complete is the seasonal word for a post filled ("ya
// hemos completado la cuadrilla para la vendimia", "já completámos a
// equipa"); a clerkship is a post ("The Judge has filled her clerkship for
// the 2028 term"); an offer's words before a poster or a ticket offer no
// post; a reply that quotes an offer still open goes on in its thread.
func TestFiftyEighthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a harvest crew complete", "rrhh@bodega.example", "Tu candidatura - Vendimia 2027",
			"Hola, Alex:\n\nMuchas gracias por enviarnos tu candidatura para la vendimia de este año.\n\nTe escribimos para contarte que ya hemos completado la cuadrilla para la vendimia 2027. " +
				"Hemos dado prioridad a las personas que ya vendimiaron con nosotros.\n\nTe deseamos mucha suerte.\n\nMarta",
			true, StageRejected},
		{"a clerkship filled", "chambers@court.example", "Clerkship application",
			"Dear Mr. Rivera:\n\nThank you for your application for a term clerkship with Judge Okafor. The Judge has filled her clerkship for the 2028 term.\n\nJudge Okafor received a great many applications from highly qualified candidates this year and she appreciates the time you took to apply. She wishes you the very best in your career.\n\nChambers of Judge Okafor",
			true, StageRejected},
		{"an offer's thread goes on", "jonas@software.example", "Re: Danke für das Gespräch",
			"Hallo Jonas,\n\ndas freut mich riesig, vielen Dank! Morgen passt gut – wie wäre es um 16 Uhr Eurer Zeit? Ich schaue mir das Angebot dann in Ruhe an.\n\nViele Grüße\nAlex\n\n" +
				"On Wed, Mar 3, 2027, at 09:20, Jonas Petersen wrote:\n> Moin Alex,\n> wir würden Dich sehr gerne an Bord holen! Das schriftliche Angebot schicke ich Dir bis Freitag.\n> Gruß\n> Jonas",
			true, StageOffer},
	})
	// a conference's poster offered is no post; the step after an offer
	// accepted goes on in no offer's thread (it held before)
	after := Classify(letter("hr@company.example", "Re: Offer - Data Engineer",
		"Hi Alex,\n\nGreat to hear! Next step is the background check: you'll get an email from our screening provider today.\n\nJo\n\n"+
			"On Mon, Jun 7, 2027, Jo wrote:\n> Hi Alex, we'd love you to join us as our Data Engineer. The offer letter is attached.\n> Jo"))
	if after.Stage == StageOffer {
		t.Errorf("a check after the offer: stage %s; reasons %q", after.Stage, after.Reasons)
	}
	v := Classify(letter("abstracts@conference.example", "Decision on abstract 0412",
		"Dear Alex Rivera,\n\nThank you for submitting your abstract. We are sorry to tell you that we are unable to accept your contribution for an oral presentation. "+
			"However, we are happy to offer you a poster presentation in the poster session on Wednesday.\n\nPlease confirm whether you accept the poster slot via the conference portal by 3 May.\n\nThe Scientific Committee"))
	if v.Stage == StageOffer {
		t.Errorf("a poster offered: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}

// TestLinguistsHiringTest: a translator is hired by a test translation,
// as an engineer by a technical test ("your test translation did not meet
// our quality threshold on this occasion"); a client's order for a
// translation is no hiring (tune_written/r58_*).
func TestLinguistsHiringTest(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a test translation not passed", "vendors@agency.example", "RE: Freelance ES>EN translator – legal",
			"Hi Alex,\n\nThank you for sending your test translation back on time. I'm sorry to say that, unfortunately, your test did not meet our quality threshold on this occasion. " +
				"The reviewers noted that defined terms of the contract (the Seller, the Buyer) were rendered inconsistently. You are welcome to reapply in six months' time.\n\nHannah",
			true, StageRejected},
		// guard (it held before)
		{"a client's order", "procurement@client.example", "PO 4471 - translation DE>EN",
			"Hello,\n\nPlease find attached our purchase order for the translation of the three manuals, language pair DE>EN, delivery by 14 May. Please confirm receipt.\n\nRegards,\nPurchasing",
			false, ""},
	})
}

// TestSeasonFilled: the posts of a season filled, in the plural ("ya
// cubrimos los puestos de cosecha"), and hiring completed for a term
// ("The Justice has completed hiring for the 2028-2029 term") are a no
// (tune_written/r58_*).
func TestSeasonFilled(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"harvest posts filled", "nico@finca.example", "Re: Cosecha 2027 - consulta",
			"Hola Alex, ¿cómo andás?\n\nGracias por escribirnos. Te cuento que ya cubrimos los puestos de cosecha para esta temporada; empezamos antes por el calor.\n\nAbrazo,\nNico",
			true, StageRejected},
		{"a term's hiring completed", "chambers@courts.example", "Clerkship Applications",
			"Thank you for your interest in clerking for Justice Harlan. The Justice has completed hiring for the 2028-2029 term. We regret that we are unable to respond to inquiries individually.\n\nChambers of Justice Harlan",
			true, StageRejected},
	})
}

// TestTestBelowLevel: a linguist's test below the level asked, in
// Italian ("la prova non ha raggiunto il livello richiesto"), is a no:
// read as job mail by its test's name alone it got a follow-up draft.
func TestTestBelowLevel(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a subtitling test below the level", "selezione@sottotitoli.example", "Esito test di sottotitolazione IT>EN",
			"Gentile Alex,\n\ngrazie per aver svolto il nostro test di sottotitolazione. Purtroppo, la prova non ha raggiunto il livello richiesto per entrare nel nostro gruppo di sottotitolatori.\n\nCordiali saluti,\nPaolo",
			true, StageRejected},
	})
}
