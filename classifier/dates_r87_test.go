package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The promises r87 and the rounds before it missed or misread, by form.
// Every case of the first three tests fails on the code before this round;
// the near-misses hold before and after. Dates are from base, Thursday
// 2027-04-08.

// TestR87PromisesDated: verb forms no list had, a subject of the cue's own
// before referees named as an object, feedback put where a candidate
// looks, and a step of the selection finished in Portuguese.
func TestR87PromisesDated(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		// the writer is the subject: the referees are called, not the
		// ones who receive
		{"Reçu, merci! J'appelle tes références demain pis je te reviens d'ici lundi au plus tard.", "2027-04-12"},
		// the courtesy "Le" sends as "ti" does
		{"Perfetto, grazie! Le mando il contratto definitivo domani in mattinata, così può firmarlo con calma.", "2027-04-09"},
		// "contar" for telling, in the future under way
		{"Ellos revisan y te estaremos contando en los próximos 3 a 5 días hábiles si seguimos con la prueba técnica.", "2027-04-15"},
		// a candidate's account, no entrant's dashboard
		{"We regret that we are unable to offer you a place. Written feedback from your assessors will be available in your candidate account within the next five working days.", "2027-04-15"},
		{"Ainda temos algumas entrevistas finais a decorrer e contamos fechar o processo em duas a três semanas.", "2027-04-29"},
		// the time right after the verb makes the confirming later
		{"Je regarde son agenda avec elle ce soir et je vous confirme demain un créneau précis.", "2027-04-09"},
		{"Vou confirmar com os dois engenheiros do painel qual dos horários funciona melhor e envio o convite até amanhã.", "2027-04-09"},
		// what a case interview is prepared from
		{"The final round is on Thursday, April 15 at our office. We'll share the prompt for the case presentation on Monday.", "2027-04-12"},
	})
}

// TestR87WhichPromise: of two cues, the one that is the reader's contact:
// a chase of the employer joined to the word back, and someone else's
// answer before the writer's call.
func TestR87WhichPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I'll chase their HR on the sign-on question today and come back to you tomorrow with whatever they say.", "2027-04-09"},
		{"Spoke to the unit manager. She's finalizing things with her director and should have an answer by end of day. I'll call you tomorrow afternoon either way.", "2027-04-09"},
	})
}

// TestR87NoPromise: the reader's answer wished for, and the reader on
// the panel, sent what an interviewer scores with.
func TestR87NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Your formal offer letter and contract are attached. We'd be grateful for an answer by Friday 16 April.", ""},
		{"Tomasz is sick, so could you replace him on the panel? I will send you the CV and the scorecard in Greenhouse.", ""},
	})
}

// TestR87RescueService: "rescue" after "fire" is the employer, a public
// service, not an animal's rescue whose words would take the promise's
// hiring evidence away.
func TestR87RescueService(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "awhitaker@greystone.example"}, Subject: "Background status", Date: base,
		Excerpt: "Alex,\n\nQuick update so you're not left wondering. The last piece is the polygraph report, which is due back from the county tomorrow. Once I have that I sit down with the chief.\n\nExpect a call from me early next week.\n\nLt. Sam Reyes\nRecruitment Coordinator\nHollis Fire-Rescue"}
	if v := Classify(&m); dateOf(v.PromiseAt) != "2027-04-13" {
		t.Errorf("promise = %s, want 2027-04-13; reasons %q", dateOf(v.PromiseAt), v.Reasons)
	}
}

// TestR87NearMisses: the same forms where they promise nothing or still
// promise: a meeting confirmed for tomorrow at an hour, a chase alone, the
// writer's own answer by a day, the Portuguese present sending an
// attachment now, an answer wished for that no cue named before.
func TestR87NearMisses(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Je vous confirme demain à 10 h pour l'entretien.", ""},
		{"No news yet from the client. I'll chase them on Monday.", "2027-04-12"},
		{"We'll give you an answer by Friday 16 April.", "2027-04-16"},
		{"Envio o contrato em anexo.", ""},
		{"We would appreciate an answer by Monday 12 April, as the other finalists are waiting.", ""},
		{"I'd appreciate a decision by Monday so I can update the client.", ""},
		{"I will send you the offer letter tomorrow.", "2027-04-09"},
	})
}
