package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The promises the twenty-second round brought at its arrival (58 of 68
// read exactly), by grammar, in sentences written for this test: the
// Dutch reader receiving from us, the meeting the promise follows ("im
// Anschluss an die Sitzung", "following that meeting"), and a hand-on to
// a colleague that is no promise to the reader. Dates are from base,
// Thursday 2027-04-08.
func TestTwentySecondRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Uiterlijk op 28 april ontvangt u van ons een e-mail waarin staat of u tot de proef wordt toegelaten.", "2027-04-28"},
		{"Der Betriebsrat tagt am Dienstag, den 13. April. Im Anschluss an die Sitzung melde ich mich telefonisch bei Ihnen.", "2027-04-13"},
		{"The committee will convene on Tuesday 13 April. All interviewed candidates will be informed of the outcome by email following that meeting.", "2027-04-13"},
		{"Great, got them, thanks! I'll pass them on to Sanne today. You'll hear from us end of next week.", "2027-04-16"},
		// near-miss: passing it on to the reader is still a promise
		{"I'll pass it on to you tomorrow as soon as the client sends it.", "2027-04-09"},
		// Brazilian "essa"/"nessa" for this week, as "esta"/"nesta"
		{"Vou passar pro gestor da área e te dou um retorno ainda essa semana.", "2027-04-09"},
		{"O gestor volta nessa semana e te aviso o resultado.", "2027-04-09"},
		// near-miss: this month names no day
		{"Vou passar pro gestor e te dou um retorno ainda nesse mês.", "undated"},
	})
}

// TestTwentySecondRoundMeetings: the interview days the twenty-second
// round's short replies and summonses named, read at its arrival as none:
// a public body's summons ("se le cita ... se realizará el día"), a slot
// accepted in Brazilian Portuguese, a move "it to" a day, and a time agreed
// before the writer's next step ("... then 👍 I'll send an invite"); and a
// day that has been ("You were great on Friday") is no meeting to come.
// Written for this test.
func TestTwentySecondRoundMeetings(t *testing.T) {
	on := time.Date(2027, 4, 12, 9, 40, 0, 0, time.FixedZone("-0400", -4*3600)) // a Monday
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		want string
	}{
		{"a summons in Chilean Spanish", mailmsg.Message{From: mailmsg.Address{Name: "Unidad de Personas", Email: "personas@corp.example"}, Subject: "Citación a Entrevista – Concurso Público N° 07/2027", Date: on,
			Excerpt: "Señor Alex Rivera: se informa a usted que ha superado la etapa de evaluación curricular. En virtud de lo anterior, se le cita a la Entrevista de Valoración Global, la que se realizará el día jueves 15 de abril de 2027, a las 10:00 horas, en modalidad videoconferencia."}, "2027-04-15"},
		{"a slot accepted in Portuguese", mailmsg.Message{From: mailmsg.Address{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}, Subject: "Re: Papo inicial - Staff Engineer", Date: on, InReplyTo: "<c1@pixel.example>",
			Excerpt: "Oi Larissa, perfeito, quinta (15) às 10h fica ótimo pra mim. Obrigado!\n\nAlex\n\nOn Sun, Apr 11, 2027, at 11:40, Larissa Campos wrote:\n> Bora marcar um papo inicial de 30 min? Tenho quinta (15) às 10h ou sexta (16) às 15h livres."}, "2027-04-15"},
		{"moved it to a day", mailmsg.Message{From: mailmsg.Address{Name: "Emma Lind", Email: "emma@scaleup.example"}, Subject: "Re: Next step – technical interview", Date: on, InReplyTo: "<c2@fastmail.com>",
			Excerpt: "No problem at all! Moved it to Wed 14 Apr, 16:00 CEST, new invite is on the way.\n\n/Emma"}, "2027-04-14"},
		{"a time agreed, then the invite", mailmsg.Message{From: mailmsg.Address{Name: "Mateusz Nowak", Email: "mateusz@startup.example"}, Subject: "Re: Founder chat?", Date: on, InReplyTo: "<c3@fastmail.com>",
			Excerpt: "Sounds good, Thu 4pm your time (22:00 here) then 👍 I'll send an invite.\n\nM."}, "2027-04-15"},
		{"near-miss: a day that has been", mailmsg.Message{From: mailmsg.Address{Name: "Marco Bellandi", Email: "marco@osteria.example"}, Subject: "Friday", Date: on, InReplyTo: "<c4@fastmail.com>",
			Excerpt: "Alex,\n\nYou were great on Friday. The regulars at the bar liked you. I have to be straight with you though: I'm giving the events job to Théo.\n\nMarco\n\nOn Sun, Apr 11, 2027 at 9:00 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Thanks for having me!"}, "-"},
		{"the answer's day beside a panel of another clause", mailmsg.Message{From: mailmsg.Address{Name: "Jonas Becker", Email: "jonas@halbzeit.example"}, Subject: "Thanks for today", Date: on,
			Excerpt: "Hi Alex,\n\nthanks a lot for today. Tomorrow we have the debrief with the whole interview panel and on Friday I come back to you with our decision.\n\nJonas"}, "-"},
		{"near-miss: the interview's own clause names the answer after it", mailmsg.Message{From: mailmsg.Address{Name: "Jonas Becker", Email: "jonas@halbzeit.example"}, Subject: "Next step", Date: on,
			Excerpt: "Hi Alex,\n\nyou have your interview on Friday at 10:00, and we share our decision the week after.\n\nJonas"}, "2027-04-16"},
	} {
		if v := Classify(&c.m); dateOf(v.InterviewAt) != c.want {
			t.Errorf("%s: interview %s, want %s; reasons %q", c.name, dateOf(v.InterviewAt), c.want, v.Reasons)
		}
	}
}

// TestTwentySecondRoundNos: the no's of the twenty-second round read at
// its arrival as none, and its not-no's read as no's, by grammar, in lines
// written for this test: a deal closed with someone else ("acabou fechando
// com outra pessoa": r21's cue had lacked its wildcard), a process closed
// because the post was filled; and not a no: a great fit for a "Senior Go
// Engineer role" (a title, no person), interviews with "her shortlist"
// (hers). The pronoun and "cerró la vacante" lines already read right here
// (TestApplicationPronoun shows the pronoun in its message).
func TestTwentySecondRoundNos(t *testing.T) {
	for _, c := range []struct {
		line string
		no   bool
	}{
		{"Gracias por el tiempo que has dedicado a presentar tu candidatura. Tras revisarla, hemos decidido no avanzar con ella en esta ocasión.", true},
		{"Te aviso que el cliente cerró la vacante con otro candidato, gracias por tu tiempo.", true},
		{"Então, o cliente acabou fechando com outra pessoa, mas curti muito seu perfil.", true},
		{"A vaga já foi preenchida e o processo foi encerrado. Obrigada pelo interesse e boa sorte!", true},
		// near-misses
		{"I found your talk at GopherCon and I think you'd be a great fit for a Senior Go Engineer role in our team. Would you be open to a call?", false},
		{"I submitted you to the hiring manager this morning. She's reviewing a handful of profiles this week and then booking video interviews with her shortlist.", false},
		{"Hemos decidido no avanzar con ella: la otra candidata retiró su postulación.", false},
	} {
		if got, v := rejectedLine(c.line); got != c.no {
			t.Errorf("rejected(%q) = %v, want %v; reasons %q", c.line, got, c.no, v.Reasons)
		}
	}
}

// TestApplicationPronoun: an ATS's no in Spanish whose "ella" stands for
// the application named before it, under a subject with no "your
// application" of the harness: read before as a decline of a woman, the
// message was someone else's hiring and no job mail at all. Written for
// this test.
func TestApplicationPronoun(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"the application as a pronoun", mailmsg.Message{From: mailmsg.Address{Name: "Iberlínea Telecom", Email: "no-reply@smartrecruiters.com"},
			Subject: "Tu candidatura a SRE Lead en Iberlínea Telecom", AutoSubmitted: "auto-generated",
			Excerpt: "Hola Alex:\n\nGracias por tu interés en la posición de SRE Lead y por el tiempo que has dedicado a presentar tu candidatura.\n\nTras revisarla detenidamente, hemos decidido no avanzar con ella en esta ocasión. Recibimos muchas solicitudes para cada vacante y la decisión no siempre es sencilla.\n\nUn saludo, Equipo de Adquisición de Talento\nPowered by SmartRecruiters. Por favor, no respondas a este mensaje."},
			true, StageRejected},
	})
}

// TestJobBoardAck: a job board's confirmation that it sent the reader's
// CV to one offer ("Te has inscrito en la oferta ...", "Tu CV se ha enviado
// correctamente") is the acknowledgement of that application under the
// board's footer; the board's digest of offers stays bulk. Written for this
// test.
func TestJobBoardAck(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a board's confirmation of one application", mailmsg.Message{From: mailmsg.Address{Name: "InfoJobs", Email: "noreply@infojobs.net"},
			Subject: "Te has inscrito en la oferta \"Desarrollador/a Python\" de Lusitec Ibérica", ListUnsubscribe: "<https://www.infojobs.net/baja>", AutoSubmitted: "auto-generated",
			Excerpt: "¡Inscripción realizada!\n\nHola Alex,\n\nTu CV se ha enviado correctamente a la oferta Desarrollador/a Python de Lusitec Ibérica S.L. (Madrid). Podrás seguir el estado de tu candidatura desde Mis candidaturas.\n\nRecibes este email porque estás registrado en InfoJobs."},
			true, StageApplicationAck},
		{"near-miss: the board's digest of offers", mailmsg.Message{From: mailmsg.Address{Name: "InfoJobs", Email: "alertas@infojobs.net"},
			Subject: "5 nuevas ofertas de Desarrollador/a Python para ti", ListUnsubscribe: "<https://www.infojobs.net/baja>",
			Excerpt: "Hola Alex,\n\nHemos encontrado 5 nuevas ofertas que encajan con tu alerta:\n- Desarrollador/a Python, Madrid\n- Backend Python, Valencia\n- Data Engineer, Barcelona\n\nVer todas las ofertas. Darse de baja de esta alerta."},
			false, ""},
	})
}

// TestPromiseEdges: what the battery of a promise's edges
// (testdata/battery/guards_helper3.txt, written by a helper) found at its
// arrival, by grammar, in sentences written for this test: contact with
// the reader's references is no promise to the reader; a negated contact
// "before" a day promises nothing by it, though a negation in another
// clause does not cancel the promise after it; the decision or the offer
// confirmed on a day to come is the next contact; the Dutch "we mailen je"
// after a day named before.
func TestPromiseEdges(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Nuestro equipo se pondrá en contacto con sus referencias esta semana.", ""},
		{"Nosso RH vai entrar em contato com suas referências até sexta.", ""},
		{"Nous ne serons malheureusement pas en mesure de vous faire un retour avant le 26 avril.", ""},
		{"Infelizmente não vamos conseguir dar retorno antes do dia 20.", ""},
		{"Ti confermo la decisione martedì, dopo il confronto con il team.", "2027-04-13"},
		{"Het selectiecomité komt dinsdag 13 april bijeen en we mailen je de dag erna.", "2027-04-14"},
		// near-misses: a negation in another clause, the reader's own
		// contact with the references
		{"No matter how busy the week is, you will hear back from us before the end of the month.", "2027-04-30"},
		{"Please ask your references to expect a call from us.", ""},
	})
}
