package classifier

import "testing"

// TestEightiethRound: what r80 brought at its arrival. French puts the
// pronoun object before its verb; a negation of several words reaches
// from its last; a meeting cancelled beside a norm for all candidates is
// no search stopped; thanks for an application sent;
// the reader's own no to going on; the first day's papers in three
// languages; the reader as an interviewer; admissions, contests,
// accelerators and associations as other kinds of application.
func TestEightiethRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a curt no with the pronoun before the verb", "p.lemaire@menuiseries.fr", "RE: Candidature - Chef de projet digital",
			"Bonjour,\n\nMerci pour votre candidature, mais nous ne la retiendrons pas.\n\nCordialement,\nP. Lemaire",
			true, StageRejected},
		{"no grounds to go on together", "beatrice.longo@verani.example", "Il nostro confronto per il ruolo di Merchandise Planner",
			"Ciao Alex,\n\nvolevo ringraziarti per il confronto di venerdì.\n\nCi abbiamo riflettuto con calma e, per come si sta " +
				"evolvendo il ruolo, al momento non ci sono i presupposti per proseguire insieme in questo percorso.\n\nMi " +
				"dispiace comunicartelo via mail.\n\nBeatrice",
			true, StageRejected},
		{"an interview cancelled, a norm for all", "hanneke@groenhart.example", "Uitslag assessment en tweede gesprek",
			"Hoi Alex,\n\nOp de capaciteitentest lag je score onder de norm die we voor deze functie vooraf hebben vastgesteld. " +
				"Die norm hanteren we voor alle kandidaten gelijk, en daarom hebben we besloten het tweede gesprek van maandag " +
				"te annuleren en je sollicitatie niet verder in behandeling te nemen.\n\nVeel succes met je verdere zoektocht.\n\nHanneke",
			true, StageRejected},
		{"a no after thanks for the application sent", "recruiting@alpina.example", "Candidatura Rif. CP-22 Back Office Sinistri (categorie protette)",
			"Gentile Alex Rivera,\n\nLa ringraziamo per la candidatura inviata per la posizione di Addetto/a Back Office " +
				"Sinistri.\n\nLa ricerca è riservata esclusivamente a persone appartenenti alle categorie protette. Dalla " +
				"documentazione ricevuta non risulta l'iscrizione a tali elenchi; non ci è quindi possibile procedere con la Sua " +
				"candidatura per questa specifica posizione.\n\nUfficio Selezione",
			true, StageRejected},
		{"the reader steps back in Dutch", "alex.rivera@fastmail.com", "Re: Voorstel opdracht BI-consultant Groningen",
			"Hoi Ruud,\n\nDank voor je bericht en dat je me hebt voorgesteld bij de klant.\n\nIk wil me toch terugtrekken voor " +
				"deze opdracht. Ik heb inmiddels een vaste baan aangenomen, dus het zou niet correct zijn om verder te gaan in " +
				"het proces.\n\nGroet,\nAlex",
			true, StageWithdrawn},
		{"the reader prefers not to go on", "alex.rivera@fastmail.com", "Re: Proposta colloquio cliente Treviso",
			"Ciao Giulia,\n\ngrazie mille per aver pensato a me per la posizione di Planner a Treviso.\n\nCi ho riflettuto nel " +
				"weekend e preferisco non proseguire: il cliente chiede presenza in stabilimento cinque giorni su cinque.\n\nGrazie ancora,\nAlex",
			true, StageWithdrawn},
		{"papers before the contract", "valerie.dumont@ardennes.example", "Documents avant établissement du contrat",
			"Bonjour Monsieur Rivera,\n\nMerci pour votre accord de principe. Avant l'établissement de votre contrat, nous devons " +
				"vérifier quelques éléments. Pourriez-vous nous faire parvenir un extrait de casier judiciaire et une copie de " +
				"votre diplôme ?\n\nValérie Dumont",
			true, ""},
		{"papers for the Mexican social security", "nominas@quetzal.example", "Documentación para tu alta en el IMSS y nómina",
			"Estimado Alex Rivera:\n\nBienvenido. Para poder realizar tu alta en el IMSS antes de tu fecha de ingreso y darte de " +
				"alta en nómina, necesitamos que nos envíes tu CURP y tu comprobante de domicilio.\n\nAdministración de Personal",
			true, ""},
		{"a Dutch panel seat", "femke@brightline.example", "Panel sollicitatiegesprekken junior analist – kun jij?",
			"Hoi Alex,\n\nVoor de vacature junior analist hebben we vier kandidaten geselecteerd voor een eerste gesprek. Ik zou " +
				"het fijn vinden als jij in het panel plaatsneemt voor het technische deel.\n\nDe gesprekken zijn volgende week " +
				"woensdag. Lukt dat? Dan stuur ik je de cv's en het beoordelingsformulier.\n\nFemke",
			false, ""},
		{"a master's admission refused", "toelating@amstelland.example", "Besluit toelating masteropleiding Data Science & Society",
			"Beste Alex Rivera,\n\nJe hebt je via Studielink aangemeld voor de masteropleiding Data Science & Society. De " +
				"toelatingscommissie heeft je aanvraag beoordeeld.\n\nBesluit: je wordt niet toegelaten tot de opleiding.",
			false, ""},
		{"a photo contest", "info@obiettivolario.example", "Concorso fotografico «Luci del Lago 2027» - comunicazione esito",
			"Gentile partecipante,\n\nla giuria del concorso fotografico si è riunita il 18 settembre.\n\nCi dispiace informarLa " +
				"che la Sua opera non è stata selezionata tra le 20 finaliste.",
			false, ""},
		{"an accelerator's cohort", "hola@impulsa.example", "Resultado de tu postulación – Generación 14 Impulsa Emprende",
			"Hola Alex,\n\nGracias por postular tu proyecto a la Generación 14 del programa de aceleración Impulsa Emprende.\n\n" +
				"Lamentamos contarte que tu proyecto no fue seleccionado para esta generación.",
			false, ""},
		{"a residents' election", "junta@vecinos.example", "Elección de la junta de vecinos",
			"Hola Alex,\n\nGracias por presentar su candidatura a la junta de vecinos del edificio. La asamblea votará el " +
				"próximo sábado.\n\nSaludos",
			false, ""},
	})
}

// The employer books the reader's travel to the interview: its flight
// is no trip applied for (classifier.go, withoutTravelForPost; r40's
// day-before logistics had been read as not job mail for it); an
// airline's booking with no interview or post keeps it.
func TestTravelForTheInterview(t *testing.T) {
	for _, c := range []struct {
		name, body string
		travel     bool
	}{
		{"the interview's travel", "Hi Alex,\n\nLooking forward to seeing you Thursday! Your flight lands Wednesday at 6:05 PM. " +
			"Nobody on the panel will be wearing a tie. For the system design interview there's a whiteboard.\n\nDana", false},
		{"an airline's booking", "Dear customer,\n\nYour flight to Denver is confirmed. Your booking reference is QX7T2P.", true},
	} {
		var d doc
		d.prepare(letter("sender@example.com", "Thursday", c.body))
		got := false
		for _, h := range d.bodyHits[clsElsewhere] {
			got = got || h.t.text == "flight"
		}
		d.release()
		if got != c.travel {
			t.Errorf("%s: flight read as another kind of application %v, want %v", c.name, got, c.travel)
		}
	}
}
