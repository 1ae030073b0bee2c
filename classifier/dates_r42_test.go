package classifier

import (
	"testing"
)

// TestR42Promises: the promises r42 and r43 missed, by structure: a span
// after a present verb of sending however long its object ("enviamos-te a
// proposta formal e a minuta do contrato em 3 dias úteis"), the awaited
// thing as a long subject of "will follow", a condition on how fast a
// step goes, which sets the day and not whether contact comes, and an
// exact time confirmed tomorrow. Dates are from base, Thursday 2027-04-08.
func TestR42Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Enviamos-te o contrato de trabalho e o manual de acolhimento em 2 dias úteis.", "2027-04-12"},
		{"Your written contract with the revised salary and the agreed start date will follow within a week.", "2027-04-15"},
		{"If the reference checks go smoothly, we'll let you know by Friday.", "2027-04-09"},
		{"Als de referentiechecks snel rond zijn, hopen we je aan het eind van volgende week te laten weten of je door bent.", "2027-04-16"},
		{"I'll confirm an exact start time tomorrow once I've checked the rota.", "2027-04-09"},
	})
}

// TestR42NotPromises: what r42 and r43 took for promises. The interview
// confirmed in the present ("te confirmo la entrevista el jueves"), what a
// visit or a trial shift hands out on the day ("we'll give you an
// apron"), a noun cue that is the verb of someone's obligation ("an offer
// I need to answer by Friday"), a day that something begins on ("from 1
// May") and the link of a convocation whose day is named before it.
func TestR42NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Te confirmo la entrevista el jueves 15 de abril a las 10:00 por Teams.", ""},
		{"Le confirmamos su entrevista para el martes 13 de abril a las 9:30.", ""},
		{"Come in black trousers and non-slip shoes and we'll give you an apron.", ""},
		{"Just ask for me at reception, we'll give you a visitor pass when you get here.", ""},
		{"I have another offer that I need to answer by Friday, so any news would really help.", ""},
		{"Unfortunately the cleaning contract will be taken over by the council from 1 May.", ""},
		{"Nous avons le plaisir de vous convier à un entretien avec le jury :\n\nle jeudi 15 avril 2027 à 10h00\nen visioconférence – le lien de connexion vous sera adressé par courriel la veille.", ""},
	})
}

// TestR42Guards: what the rules above must leave alone (these held before
// them too): the answer confirmed by a pronoun, a condition on whether
// the reader goes on, the awaited thing arriving on its day, a span right
// after its verb and a wish for an answer of the writer's own.
func TestR42Guards(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Te lo confirmo el martes.", "2027-04-13"},
		{"If we decide to move forward, we'll be in touch to set up the next round.", ""},
		{"Your contract will arrive by courier on 20 April.", "2027-04-20"},
		{"Enviamos-te a proposta em 3 dias úteis.", "2027-04-13"},
		{"We hope to have an answer by Friday.", "2027-04-09"},
	})
}

// TestR42InterviewDays: a convocation's day on a line of its own below
// the summons, after an article ("le jeudi 15 avril 2027 à 10h00") or
// under a label for the day ("Día: martes, 20 de abril de 2027").
func TestR42InterviewDays(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Convocation à un entretien", "Madame,\n\nNous avons le plaisir de vous convier à un entretien avec le jury de sélection :\n\n  le jeudi 15 avril 2027 à 10h00\n  dans nos locaux, salle 2.\n\nCordialement", "2027-04-15"},
		{"Convocatoria a entrevista", "Estimada Sra. Rivera:\n\nSe le convoca a la entrevista personal:\n\n   Día:  martes, 20 de abril de 2027\n   Hora: 10:00 horas\n\nAtentamente", "2027-04-20"},
	}
	checkInterviewDays(t, tests)
}
