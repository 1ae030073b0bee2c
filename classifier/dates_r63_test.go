package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The promises and interview days r63 missed, by form. Every case fails
// on the code before this round. Dates are from base, Thursday
// 2027-04-08.

// TestR63SpanBeforeQuestion: a span that opens the clause times the
// answer; a day inside the question answered is the day of what is
// asked about (the audition, the interview), not the answer's.
func TestR63SpanBeforeQuestion(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Binnen tien werkdagen laten we je weten of je door bent naar de auditie op 3 en 4 juni.", "2027-04-22"},
		{"Within ten working days we'll let you know whether you're invited to the trial week on 20 May.", "2027-04-22"},
	})
}

// TestR63ParaRecipient: the Brazilian "retornar para" names who hears
// back; only a verb after "para" makes it a purpose.
func TestR63ParaRecipient(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Retornamos para todos os candidatos em até 5 dias úteis, aprovados ou não.", "2027-04-15"},
	})
}

// TestR63NoPromise: what lands in the inbox within minutes is sent
// already; "to allow us" is a purpose; a length in hours and minutes is
// time set aside for a meeting, not a wait.
func TestR63NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I've re-sent the test, which should be in your inbox in the next few minutes.", ""},
		{"To allow us to complete your file, please sign both copies of the contract.", ""},
		{"Time: 2pm - please allow 1 hour 30 minutes.", ""},
	})
}

// TestR63InterviewDays: today named as a message's day ("the email of
// this morning") is when the mistake was sent, not the meeting a reply
// corrects.
func TestR63InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: Entrevista confirmada", "Alex, perdão!\n\nMandei o horário errado no e-mail de hoje cedo. A entrevista " +
			"continua na terça-feira, 13/04, mas começa às 15h (hora de Brasília), ou seja, 14h em Nova York.\n\n" +
			"O link é o mesmo; já atualizei o convite.\n\nPode me confirmar se funciona para você?\n\n" +
			"Em qui., 8 de abr. de 2027 às 09:00, Rafael <rafael@acme.example> escreveu:\n> Sua entrevista está confirmada:", "2027-04-13"},
	})
}

// TestR63AfterTheRound: contact placed after the meeting being confirmed
// is about how it went, whatever the meeting is called: an answer
// awaited, though undated.
func TestR63AfterTheRound(t *testing.T) {
	for _, body := range []string{
		"Your second round is confirmed for Tuesday 13 April, 14:00-15:30 CEST; the invite is on its way.\n\n" +
			"After the second round we'll get back to you once the whole team has talked.",
		"Your audition is confirmed for Tuesday 13 April at 10:00 in Studio 2. After the audition we will be in touch.",
	} {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Second round confirmed", Date: base, Excerpt: body}
		if v := Classify(&m); !v.PromiseUndated || v.PromiseAt != nil {
			t.Errorf("Classify(%q): undated %v, at %v, want an undated promise; reasons %q", body, v.PromiseUndated, v.PromiseAt, v.Reasons)
		}
	}
}

// TestR63DateChosen: a message that asks which of the dates offered the
// reader prefers arranges a meeting; what it promises to send beforehand
// is what the meeting needs, no answer awaited.
func TestR63DateChosen(t *testing.T) {
	body := "Il colloquio durerà circa un'ora; Le chiederemo di commentare una scheda, che Le invieremo il giorno " +
		"prima.\n\nLe proponiamo due date:\n\n  - martedì 13 aprile, ore 10:00\n  - giovedì 15 aprile, ore 15:00\n\n" +
		"Ci indichi quale data preferisce."
	m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Colloquio", Date: base, Excerpt: body}
	if v := Classify(&m); v.PromiseUndated || v.PromiseAt != nil {
		t.Errorf("Classify(%q): undated %v, at %v, want no promise; reasons %q", body, v.PromiseUndated, v.PromiseAt, v.Reasons)
	}
}

// TestR63DayPutRight: German "stattfinden" split around a denied day
// ("findet nicht am Dienstag statt, sondern am Donnerstag") takes the day
// after "sondern", also when it stands on a line of its own below.
func TestR63DayPutRight(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Korrektur: Ihr Vorstellungsgespräch", "Entschuldigung, gestern habe ich mich vertan. Das Gespräch findet " +
			"nicht am Montag, 12.04., statt, sondern am\n\nMittwoch, 14.04.2027, um 10:00 Uhr.\n\nDer Link bleibt gleich.",
			"2027-04-14"},
		{"Termin", "Ihr Gespräch findet nicht am Dienstag statt, sondern erst am Freitag, 16.04., um 9 Uhr.", "2027-04-16"},
	})
}
