package classifier

import "testing"

// TestNotAmongThem: "not among those chosen" in the other languages, as
// r32's Italian public research institute wrote it in a two-line reply
// to the reader's request for news; 'not among the priorities' of
// something else is no no.
func TestNotAmongThem(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		rejected            bool
	}{
		{"Italian", "R: Selezione Rif. INRSC-TD-03/2027 - richiesta aggiornamento",
			"Gentile Alex,\nla commissione ha chiuso i lavori venerdì; il Suo nominativo non è tra quelli proposti per l'assunzione. La ringrazio per la disponibilità e Le auguro buon proseguimento.\nG. Ferraresi", true},
		{"Spanish", "Proceso de selección - Analista de Datos",
			"Estimado Alex:\nTras la entrevista, le informamos de que su candidatura no figura entre las seleccionadas para la siguiente fase del proceso de selección. Le deseamos mucho éxito.\nRecursos Humanos", true},
		{"French", "Recrutement - Chargé d'études",
			"Monsieur,\nÀ l'issue des entretiens, votre candidature ne figure pas parmi celles retenues par le jury pour le poste de chargé d'études. Nous vous souhaitons une bonne continuation.\nLe service RH", true},
		// near-miss: something else not among the priorities
		{"priorities", "Selezione Data Analyst - aggiornamento",
			"Gentile Alex,\nil tema del budget non è tra le priorità di questa settimana: la commissione si riunisce lunedì e Le scriverò subito dopo con l'esito del colloquio.\nG. Ferraresi", false},
	} {
		v := Classify(letter("rh@selezione.example", c.subject, c.body))
		if got := v.Job && v.Stage == StageRejected; got != c.rejected {
			t.Errorf("%s: job %v stage %s, want rejected %v; reasons %q", c.name, v.Job, v.Stage, c.rejected, v.Reasons)
		}
	}
}
