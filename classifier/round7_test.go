package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// promiseDateOf is the promise Classify reads in text sent on base under
// an interview's subject: a date, "undated" or "".
func promiseDateOf(text string) (string, Verdict) {
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Backend Engineer interview",
		Date: base, Excerpt: text + "\n\nJane"})
	got := dateOf(v.PromiseAt)
	if v.PromiseUndated {
		got = "undated"
	} else if got == "-" {
		got = ""
	}
	return got, v
}

// TestSeventhRoundPromises: promises in the forms the seventh round found,
// by grammar: a commitment or forecast before an infinitive of giving or
// having ("ci impegniamo a darle", "nossa previsão é dar", "te vamos a
// dar", "devemos ter uma definição"), the employer's answer relayed ("dá
// uma resposta"), telling and sending in the present ("te digo algo",
// "je t'envoie d'ici lundi", "te la mando el lunes"), Québec's "nous
// communiquerons avec vous", "je vous reviens", "communicating the
// decision", "be back to you", a verb of sending whose object goes to the
// reader or is what the reader waits for, all the candidates contacted
// by a date, and "in any case" that is no condition. Near-misses: this
// message telling or sending ("te cuento cómo ...:", "je vous envoie
// ci-joint"), sending to someone else or a meeting's logistics, the
// candidates contacted with no date, an infinitive with no intent and a
// condition in its own coordinated clause. Written for this test.
func TestSeventhRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Nossa previsão é dar um retorno a todos os candidatos em até duas semanas.", "2027-04-22"},
		{"Ci impegniamo in ogni caso a darle una risposta entro 5 giorni lavorativi.", "2027-04-15"},
		{"Nos comprometemos a darte una respuesta dentro de los próximos 3 días hábiles.", "2027-04-13"},
		{"Te cuento cómo sigue: esta semana cerramos las entrevistas y te vamos a dar una respuesta a más tardar el viernes 16 de abril.", "2027-04-16"},
		{"Devemos ter uma definição até sexta-feira.", "2027-04-09"},
		{"O cliente me disse que dá uma resposta em até 5 dias úteis.", "2027-04-15"},
		{"Lo hablo con el equipo y te digo algo a mediados de la semana que viene.", "2027-04-14"},
		{"Je t'envoie d'ici lundi un retour écrit sur l'étude de cas.", "2027-04-12"},
		{"Te la mando el lunes, en cuanto la firme la directora.", "2027-04-12"},
		{"Je vous reviens au plus tard à la fin de la semaine prochaine.", "2027-04-16"},
		{"Nous communiquerons avec vous dans les cinq jours ouvrables.", "2027-04-15"},
		{"Binnen 3 werkdagen laten we je weten of we je graag willen uitnodigen.", "2027-04-13"},
		{"We anticipate communicating the decision to all finalists by 23 April 2027.", "2027-04-23"},
		{"I expect to be back to you by Wednesday.", "2027-04-14"},
		{"I'll send my written notes and the panel's comments to you on Monday.", "2027-04-12"},
		{"I'll send the proper paperwork tomorrow once legal has looked at it.", "2027-04-09"},
		{"The hiring committee will contact candidates within the next two weeks.", "2027-04-22"},
		{"Your written contract will be in your inbox tomorrow.", "2027-04-09"},
		// near-misses
		{"Te cuento cómo sigue el proceso: el viernes cerramos las entrevistas.", ""},
		{"Je vous envoie ci-joint le planning de mardi.", ""},
		{"I'll send him the rejection today.", ""},
		{"I'll send over the invite for Tuesday.", ""},
		{"The recruiting team will contact candidates directly.", ""},
		{"Para dar seguimiento a tu candidatura, necesitamos tu respuesta antes del viernes.", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}
