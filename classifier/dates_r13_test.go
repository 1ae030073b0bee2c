package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The kinds of promise and interview date the thirteenth round brought at
// its arrival, by grammar. Each case before the near-misses fails on the
// code before its rule; the near-misses stay what they were. Dates are
// from base, Thursday 2027-04-08. Written for these tests.

// TestConfirmAClause: "confirm" with a clause for its object is news for
// the reader, after a time or not; a thing confirmed is none.
func TestConfirmAClause(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"They are finalising the shortlist now. I'll confirm by end of next week whether you're through to the final round.", "2027-04-16"},
		{"We'll reach out to them early next week, and I'll confirm everything is wrapped up by Wednesday.", "2027-04-14"},
		{"I'll confirm that the panel has signed off by Monday.", "2027-04-12"},
		// near-misses: a thing confirmed, the reader asked, the reader's part
		{"I'll confirm the room tomorrow.", ""},
		{"Please confirm by Friday whether you accept.", ""},
		{"I'll confirm you are free on Monday with the team.", ""},
	})
}

// TestReaderWillHaveFrom: the reader having something from the writer's
// side ("you'll have a note from me by Friday"); what the reader will have
// from no one is none.
func TestReaderWillHaveFrom(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Two more conversations this week and then we regroup - you'll have a note from me by Friday.", "2027-04-09"},
		{"You will have a quick line from us on Monday either way.", "2027-04-12"},
		// near-misses: time to review, a meeting, negated
		{"You'll have a week to review and sign.", ""},
		{"You'll have a chance to meet the team on Monday.", ""},
	})
}

// TestTagAfterDash: a promise with a question about when it suits tagged
// on after a dash or a comma, in English and the other languages, asks
// only the tag.
func TestTagAfterDash(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I'll give you a ring tomorrow to go through the package - what time suits you?", "2027-04-09"},
		{"Ainda não tive retorno do cliente. Assim que ele voltar te dou um retorno, combinado?", "undated"},
		// near-misses: the reader asked to call, a real question
		{"Could you give me a ring tomorrow - what time suits you?", ""},
		{"Will you be able to send it over tomorrow?", ""},
	})
}

// TestThirdPersonPresent: Portuguese and Spanish say the next contact of
// someone on the writer's side in the present, with its time after it.
func TestThirdPersonPresent(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Recebi tudo, obrigada! Vou passar pro time de DP e eles te ligam até sexta.", "2027-04-09"},
		{"Los de RRHH te llaman el lunes para los papeles.", "2027-04-12"},
		// near-miss: no time, a habit
		{"Eles te ligam sempre que surge uma vaga.", ""},
	})
}

// TestPresentTellingNow: a present-tense cue that a colon soon follows
// opens what this message tells, and the date after it is no promise's;
// one that closes a sentence after the writer's first step, or that a
// conjunction of time opens, is the next contact.
func TestPresentTellingNow(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Te cuento en qué vamos: la conversación del martes salió muy bien. Te daremos una respuesta a mediados de la próxima semana.", "2027-04-14"},
		{"Estamos terminando de ver a los otros candidatos y apenas tengamos novedades te aviso.", "undated"},
		{"Recibido, gracias! Lo reviso con Felipe y te cuento.", "undated"},
		// near-misses: this message telling, no contact to come
		{"Te cuento que el equipo quedó muy contento con tu presentación.", ""},
		{"Te aviso que la vacante sigue abierta.", ""},
	})
}

// TestReplyForms: "write back" is a reply promised; "you can expect to
// receive" tells the reader what comes and asks nothing; the French
// future of receiving takes the written offer for its object.
func TestReplyForms(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Going through everything this weekend and I'll write back Monday either way.", "2027-04-12"},
		{"You can expect to receive the results of the screening within 3 to 4 weeks.", "2027-05-06"},
		{"Vous recevrez la lettre d'offre officielle au plus tard mercredi prochain.", "2027-04-14"},
		// near-misses: the reader asked, a meeting described, the offer's terms
		{"Please write back by Monday.", ""},
		{"You can expect a 45-minute conversation with two engineers.", ""},
		{"Vous aurez un contrat de 12 mois.", ""},
	})
}

// TestThatAfternoon: "that afternoon", "that morning" are a part of the
// day named before.
func TestThatAfternoon(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The committee meets on Tuesday the 13th to finalize its recommendation, and I'll write to you that afternoon.", "2027-04-13"},
		{"The panel debriefs on Monday, and I'll call you that evening.", "2027-04-12"},
		// near-miss: no day before it
		{"The panel will debrief, and I'll write to you that afternoon.", "undated"},
	})
}

// TestPortugueseEnclisis: European Portuguese puts the pronoun after the
// infinitive of a "going to" future.
func TestPortugueseEnclisis(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Vamos contactá-lo amanhã.", "2027-04-09"},
		{"O Rui vai escrever-lhe amanhã.", "2027-04-09"},
		{"A Marta vai enviar-lhe a proposta formal por escrito nos próximos dias.", "undated"},
		// near-miss: a condition
		{"Caso surja outra vaga, vamos contactá-lo.", ""},
	})
}

// TestBareRaNoFuture: a bare "-ra" is the future only in French; in
// Portuguese and Spanish it ends a weekday's name, a noun or a past.
func TestBareRaNoFuture(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Estou fora do escritório esta semana. Retorno na segunda-feira, 12/04.", ""},
		// near-misses: the French future, the Portuguese one
		{"La décision sera prise d'ici vendredi.", "2027-04-09"},
		{"A decisão será tomada até sexta-feira.", "2027-04-09"},
	})
}

// TestAfterTheScreen: in a message confirming an interview, contact after
// the screen is about how it went.
func TestAfterTheScreen(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Your interview is confirmed for Tuesday, April 13 at 1:00 pm. After the screen, Nadia will follow up with you about next steps.", "undated"},
		// near-miss: what the meeting needs
		{"Your interview is confirmed for Tuesday, April 13 at 1:00 pm. Before the screen, Nadia will follow up with you about the Zoom details.", "-"},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Interview confirmed: Data Engineer", Date: base,
			Excerpt: tt.body}
		v := Classify(&m)
		got := dateOf(v.PromiseAt)
		if v.PromiseUndated {
			got = "undated"
		}
		if got != tt.want {
			t.Errorf("promise(%q) = %s, want %s; reasons %q", tt.body, got, tt.want, v.Reasons)
		}
	}
}
