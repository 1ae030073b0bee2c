package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The promises of the twelfth round's writers, by grammar. Each table
// names the rule; its cases fail on the code before the rule, its
// near-misses (a condition, a deadline for the reader, a meeting's
// logistics) must stay what they are. Dates are from base, Thursday
// 2027-04-08.

func checkPromises(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// checkInterviewDays classifies each case as a first message from an
// employer on base and checks the interview day it reads ("-" for none).
func checkInterviewDays(t *testing.T, tests []struct{ subject, body, want string }) {
	t.Helper()
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body}
		v := Classify(&m)
		if got := dateOf(v.InterviewAt); got != tt.want {
			t.Errorf("interview(%q, %q) = %s, want %s; reasons %q", tt.subject, tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestWrappedPromise: a mail program wraps a line inside a cue; the first
// look at the body must see the cue all the same.
func TestWrappedPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Still with the panel I'm afraid - one of them has been on leave. I'll come\nback to you next week.", "2027-04-16"},
		{"Thanks for your patience. We will be in\ntouch by Tuesday.", "2027-04-13"},
		// near-miss: wrapped, and still a condition
		{"The role is closed for now. We'll get\nback to you if it reopens.", ""},
	})
}

// TestPublicationCountedFrom: a span counted from a publication is a
// deadline after it (an appeal's), not when the publication comes.
func TestPublicationCountedFrom(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni dalla data di pubblicazione della graduatoria.", ""},
		{"Un recours peut être formé dans un délai de deux mois à compter de la publication des résultats.", ""},
		// still a promise: the publication's own date
		{"La pubblicazione della graduatoria è prevista entro il 30 aprile.", "2027-04-30"},
	})
}

// TestConfirmedInterviewForms: an interview's day in the forms the twelfth
// round wrote it: a portal's "Date:" line behind an emoji, Google
// Calendar's Spanish "Cuándo:", the Italian first person "confermo", and
// a short reply that agrees ("passt, dann ...", "va bene, ...") with an
// hour after its preposition ("alle 15", "om 10 uur").
func TestConfirmedInterviewForms(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Sua entrevista foi agendada", "Olá, Alex! Sua entrevista para a vaga foi agendada. Confira os detalhes:\n\n📅 Data: 21/04/2027 (quarta-feira)\n🕑 Horário: 14h00", "2027-04-21"},
		{"Fwd: Invitación: Entrevista final", "Entrevista final - Responsable de analítica\n\nCuándo: viernes, 16 de abril de 2027 · 12:00 - 13:00\nDónde: Google Meet", "2027-04-16"},
		{"Re: Colloquio tecnico", "Perfetto, confermo martedì alle 15. A presto!", "2027-04-13"},
		{"Re: Zweitgespräch", "Passt, dann Montag um 9 Uhr bei uns im Büro.", "2027-04-12"},
		{"Re: Secondo colloquio", "Va bene, allora lunedì alle 15 ci colleghiamo su Teams.", "2027-04-12"},
		// near-misses: slots offered, a day that has passed
		{"Re: Colloquio tecnico", "Va bene, potremmo fare martedì alle 15 o mercoledì alle 10?", "-"},
		{"Re: Colloquio", "Confermo la ricezione del CV che mi ha inviato il 2 aprile.", "-"},
		{"Re: Zweitgespräch", "Passt, ich melde mich mit Terminvorschlägen.", "-"},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: tt.subject, Date: base,
			InReplyTo: "<a1@mail.example>", Excerpt: tt.body}
		v := Classify(&m)
		if got := dateOf(v.InterviewAt); got != tt.want {
			t.Errorf("interview(%q) = %s, want %s; reasons %q", tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestOfferReplyAndAfter: a reply under the offer's subject that answers
// what the reader asked of its terms is still the offer; what comes once
// the reader has signed (the countersigned copy, the first day's details)
// is none.
func TestOfferReplyAndAfter(t *testing.T) {
	quote := func(q string) string {
		return "\n\nOn Thu, Apr 8, 2027 at 9:02 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> " + q
	}
	tests := []struct {
		subject, body string
		offer         bool
	}{
		{"Re: Offer - Senior Data Engineer", "Fair ask. Let me check with Hana and get back to you tomorrow." +
			quote("Thank you for the offer! Would there be room to move the base salary to $175k?"), true},
		{"Re: Proposta - Analista de Dados Sênior", "Show, Alex! Vou confirmar com o RH e te respondo amanhã." +
			quote("Obrigado pela proposta! A data de início pode ser 4 de outubro?"), true},
		// near-misses: the reader has accepted; the steps after signing
		{"Re: Offer - Senior Data Engineer", "Wonderful news, thank you. I'll let the team know tomorrow." +
			quote("I'm happy to accept the offer and the base salary as written."), false},
		{"RE: Signed offer letter", "Thanks Alex, received. I'll send the countersigned version back to you tomorrow.", false},
		{"Re: Offer letter - signed", "Got it, thank you! Welcome aboard. I'll send over first-day details before your start date.", false},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "noah@gridline.example"}, Subject: tt.subject, Date: base,
			InReplyTo: "<a1@mail.example>", Excerpt: tt.body}
		v := Classify(&m)
		if got := v.Stage == StageOffer; got != tt.offer {
			t.Errorf("offer(%q) = %v (stage %s), want %v; reasons %q", tt.body, got, v.Stage, tt.offer, v.Reasons)
		}
	}
}

// TestConcessiveIf: "even if" in the languages ("ook als", "auch wenn",
// "même si", "anche se") makes no condition: the contact holds either
// way.
func TestConcessiveIf(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We verwachten eind van de maand meer duidelijkheid en laten het je dan weten, ook als de vacature definitief vervalt.", "2027-04-30"},
		{"Auch wenn die Stelle gestrichen wird, melden wir uns bis Freitag bei Ihnen.", "2027-04-09"},
		{"Nous reviendrons vers vous d'ici vendredi, même si le poste est supprimé.", "2027-04-09"},
		// near-misses: the plain conditions
		{"We laten het je weten als de vacature weer opengaat.", ""},
		{"Wir melden uns bei Ihnen, wenn eine passende Stelle frei wird.", ""},
		{"Nous reviendrons vers vous si un poste correspondant à votre profil se libère.", ""},
	})
}

// TestFrenchReturnAdverb: an adverb between the French future of coming
// back and its complement ("nous reviendrons donc vers vous").
func TestFrenchReturnAdverb(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Le comité rencontre un dernier candidat lundi. Nous reviendrons donc vers vous en milieu de semaine prochaine.", "2027-04-14"},
		{"Je reviendrai rapidement vers vous, au plus tard vendredi.", "2027-04-09"},
		// near-miss: the adverb, and a condition about another post
		{"Nous reviendrons bien sûr vers vous si un autre poste se libère.", ""},
	})
}

// TestGroupContact: contact with every candidate as its object is the
// reader's too.
func TestGroupContact(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"A real person reads every application, and we aim to get back to every applicant within two weeks, whatever the outcome.", "2027-04-22"},
		{"We will update all candidates on the status of the role by 30 June.", "2027-06-30"},
		// near-misses: a condition, only those selected
		{"We will contact every candidate if the role reopens.", ""},
		{"Only shortlisted candidates will be contacted; we will update all candidates in the pool if the role reopens.", ""},
	})
}

// TestWritingNow: a present-tense verb of writing or sending is this
// message unless its time follows it, right after the verb or right
// after its object ("te envío la carta oferta formal el lunes").
func TestWritingNow(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Te escribo con una sonrisa: después de la reunión de hoy con dirección, nos encantaría que te unieras al equipo. Te envío la carta oferta formal el lunes, en cuanto legal la revise.", "2027-04-12"},
		{"Ti scrivo personalmente perché dopo tre colloqui e la giornata di martedì meritavi una risposta diretta: abbiamo scelto un altro candidato.", ""},
		// near-misses kept: the time right after the verb; a date of a noun
		{"Te escribo el lunes con la decisión.", "2027-04-12"},
		{"Je vous envoie ci-joint le planning de l'entretien du mardi 13 avril.", ""},
	})
}
