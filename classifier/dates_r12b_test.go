package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The kinds of promise and interview date the twelfth round's first
// tuning left, by grammar. Each case before the near-misses fails on the
// code before its rule; the near-misses stay what they were. Dates are
// from base, Thursday 2027-04-08.

// TestDutchVerbFirst: the Dutch present with its verb before the subject
// promises with a time right after it ("bevestig ik je uiterlijk
// vrijdag"); "laat je ... weten" takes a word of limit before its time.
func TestDutchVerbFirst(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"De definitieve agenda en de namen van je gesprekspartners bevestig ik je uiterlijk vrijdag.", "2027-04-09"},
		{"Het contract stuur ik je maandag, zodra juridische zaken het heeft nagekeken.", "2027-04-12"},
		{"Ik bel ze morgen en laat je uiterlijk maandag iets weten.", "2027-04-12"},
		// near-misses: this message confirming, a day of the meeting, no time
		{"Hierbij bevestig ik je het gesprek op dinsdag 13 april om 10 uur.", ""},
		{"Graag bevestig ik je hierbij ons gesprek.", ""},
		{"De agenda bevestig ik je nog.", ""},
	})
}

// TestPortugueseMesoclisis: the European Portuguese future with its
// pronoun inside the verb; and "até 2 de julho." ends its sentence, so a
// deadline for the reader before it is no part of the promise after.
func TestPortugueseMesoclisis(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Pedimos que nos faça chegar a sua resposta até 2 de julho. Para que possa analisar tudo com tempo, o nosso departamento jurídico enviar-lhe-á a minuta do contrato até 30/06, independentemente da sua decisão.", "2027-06-30"},
		{"O painel reúne-se na segunda-feira e dar-lhe-emos uma resposta até sexta-feira.", "2027-04-09"},
		{"Contactá-lo-emos até ao final da próxima semana.", "2027-04-16"},
		// near-misses: a condition, the reader's deadline alone
		{"Caso surja uma vaga adequada, contactá-lo-emos.", ""},
		{"Pedimos que nos faça chegar a sua resposta até 2 de julho.", ""},
	})
}

// TestResponseTimeNoun: the writer's time to answer stated as a noun.
func TestResponseTimeNoun(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Agora o time consolida as avaliações de todos os finalistas, e o nosso prazo para retorno é de 3 a 5 dias úteis.", "2027-04-15"},
		{"Unser Ziel ist eine Rückmeldung innerhalb von 10 Tagen.", "2027-04-18"},
		{"Thanks for interviewing with us - our turnaround is 5 working days.", "2027-04-15"},
		// near-misses: the reader's time, a deadline, no time
		{"O prazo para o envio da sua resposta é de 5 dias úteis.", ""},
		{"Our goal is to find the right person, however long it takes.", ""},
		{"Our deadline for applications is 30 April.", ""},
		{"Unser Ziel ist ein fairer Prozess für alle Bewerber.", ""},
	})
}

// TestSameDayBefore: "that same day" before the cue in its clause is the
// day named in the sentence before.
func TestSameDayBefore(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"La decisión final corresponde al comité de dirección, que se reúne el jueves 15. En cuanto termine la reunión, ese mismo día te llamaremos para comunicarte la decisión.", "2027-04-15"},
		{"The committee meets on Tuesday. That same day I'll call you with the outcome.", "2027-04-13"},
		// near-miss: a day that has been
		{"The committee met last Tuesday. That same day they chose another candidate.", ""},
	})
}

// TestGermanVerbLast: German contact in a clause of "dass", its verb at
// the end, the writer its subject.
func TestGermanVerbLast(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Nach meiner Erfahrung gehe ich davon aus, dass ich Ihnen bis Ende nächster Woche eine verbindliche Rückmeldung geben kann.", "2027-04-16"},
		{"Ich bin zuversichtlich, dass wir uns bis Freitag bei Ihnen melden werden.", "2027-04-09"},
		// near-misses: the reader's part, a negation
		{"Wir wären dankbar, dass Sie uns bis Freitag eine Rückmeldung geben.", ""},
		{"Leider ist nicht sicher, dass ich Ihnen bis Freitag eine Rückmeldung geben kann.", ""},
	})
}

// TestSlotsSentOnDay: times to choose from sent by a day the writer sets
// itself are its next message; times for a day, later today or with no
// day are the meeting's arranging.
func TestSlotsSentOnDay(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I'm just confirming interviewer availability for the week of 17 May and will send over the case pre-read and two or three confirmed slots by Thursday.", "2027-04-15"},
		{"We'll send over three or four interview slots by Monday.", "2027-04-12"},
		{"I'll send the panel's availability by Tuesday at the latest.", "2027-04-13"},
		// near-misses
		{"I'll send over some times for Thursday.", ""},
		{"I'll send over a couple of new times later today.", ""},
		{"I'll send over a few options for the panel.", ""},
		{"I'll send you a few time slots shortly.", "undated"},
	})
}

// TestGermanOrdinalDay: "am 12. um 9 Uhr" is one sentence and a day of
// this month, the interview agreed after a salutation line.
func TestGermanOrdinalDay(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Guten Tag Herr Rivera\n\nPasst, dann am 12. um 9 Uhr bei uns im Büro, Bahnhofstrasse 38.\n\nFreundliche Grüsse\nC. Baumgartner", "2027-04-12"},
		// near-misses: the first working day, a proposal
		{"Guten Tag Herr Rivera\n\nPasst, dann am 1. Arbeitstag mehr dazu.", "-"},
		{"Guten Tag Herr Rivera\n\nPasst es Ihnen am 12. um 9 Uhr oder am 13. um 14 Uhr?", "-"},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "c.baumgartner@bank.example"}, Subject: "Re: Zweitgespräch Senior Portfolio Analyst",
			Date: base, InReplyTo: "<a1@mail.example>", Excerpt: tt.body}
		v := Classify(&m)
		if got := dateOf(v.InterviewAt); got != tt.want {
			t.Errorf("interview(%q) = %s, want %s; reasons %q", tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestContactAfterTheMeeting: in mail confirming an interview, contact
// placed after it is about how it went, an undated promise; what the
// meeting needs stays none.
func TestContactAfterTheMeeting(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Your interview is confirmed for Tuesday, April 13 at 10:00 AM ET on Zoom. We'll be in touch after your interview with next steps.", "undated"},
		{"Your panel interview is confirmed for Tuesday, April 13 at 2:00 PM. After the panel, Kristin will follow up with you regarding next steps.", "undated"},
		// near-misses: what the meeting needs
		{"Your interview is confirmed for Tuesday, April 13 at 10:00 AM ET. We'll be in touch with the Zoom details.", "-"},
		{"Your interview is confirmed for Tuesday, April 13 at 10:00 AM ET. I'll send the parking instructions before the interview.", "-"},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "jordan@acme.example"}, Subject: "Interview confirmed: Senior Site Reliability Engineer",
			Date: base, Excerpt: tt.body}
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
