package classifier

import (
	"testing"
)

// TestR44Promises: the promises r44 missed, by structure: a deadline run
// out in a compound ("bis zum Ende der Bewerbungsfrist") that asks
// nothing of the reader, the reader receiving a pronoun for the awaited
// thing named before ("Sie erhalten ihn"), a fronted German "afterwards"
// after a span counted, the familiar "te faire un retour", the number
// before "prochaines" ("dans les deux prochaines semaines"), a talk among
// the writer's own people that is no contact, and a meeting's link
// received on a day of its own. Dates are from base, Thursday 2027-04-08.
func TestR44Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Wir prüfen alle Unterlagen bis zum Ende der Bewerbungsfrist und melden uns bis zum 30.04.2027 bei Ihnen.", "2027-04-30"},
		{"Den Vertrag setzt unsere Personalabteilung gerade auf; Sie erhalten ihn Anfang nächster Woche.", "2027-04-13"},
		{"Ihre Unterlagen werden in den nächsten 3-5 Arbeitstagen geprüft. Anschließend erhalten Sie eine Nachricht von uns.", "2027-04-15"},
		{"Le cabinet s'engage à te faire un retour, positif ou négatif, sous 15 jours.", "2027-04-23"},
		{"Je te reviendrai avec une décision dans les deux prochaines semaines.", "2027-04-22"},
		{"Nos faltan dos entrevistas (el martes y el miércoles) y después lo hablamos Marta y yo. Te decimos algo el viernes 16 de abril.", "2027-04-16"},
		{"Gerne bestätigen wir Ihnen das Vorstellungsgespräch am Donnerstag, 22. April 2027, 14 Uhr. Den Webex-Link erhalten Sie morgen separat als Kalendereinladung.", "2027-04-09"},
	})
}

// TestR44NotPromises: what r44 took for promises. A promise reported as
// made before ("versprochen, dass ..."), kept by this message; the
// decision as the time of something else ("Bevor wir eine Entscheidung
// treffen, ..."); and a second cue joined by a bare "and" to one under a
// condition, which shares it.
func TestR44NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Ich habe Ihnen ja versprochen, dass Sie bis Freitag von mir hören. Leider haben wir uns für eine andere Bewerberin entschieden.", ""},
		{"Bevor wir eine Entscheidung treffen, möchten wir gerne zwei Referenzen einholen.", ""},
		{"Si me mandas tu número te llamo mañana y te cuento los detalles del puesto.", ""},
	})
}

// TestR44Guards: what the rules above must leave alone (these held before
// them too): a promise made now with "dass", "afterwards" after a span of
// no day of its own, a promise after a condition's stop, a talk agreed
// with the reader and a link sent later the same day.
func TestR44Guards(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Ich verspreche Ihnen, dass Sie diese Woche von mir hören.", "2027-04-09"},
		{"Wir führen nächste Woche die Gespräche. Danach melden wir uns bei Ihnen.", "undated"},
		{"If we move forward we'll reach out; either way you'll hear from us by Wednesday.", "2027-04-14"},
		{"Hablamos el jueves entonces.", "2027-04-15"},
		{"Parfait, c'est noté pour mercredi 14 avril à 13 h. Vous recevrez une invitation Teams d'ici la fin de la journée.", ""},
	})
}

// TestR44InterviewDays: a trial day or a test day named with no other
// word for a meeting ("Probearbeiten: Dienstag, 20. April 2027", "zum
// Einstellungstest ... Datum:", "la journée de mise en situation"), a day
// settled in Spanish ("quedamos el martes") and a slot accepted "me viene
// perfecto".
func TestR44InterviewDays(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Probearbeiten", "Hallo Herr Rivera,\n\nwie am Telefon besprochen:\n\nProbearbeiten: Dienstag, 20. April 2027\nBeginn: 7:00 Uhr\n\nGruß", "2027-04-20"},
		{"Re: Probearbeiten", "Alles klar, dann Donnerstag, 15. April, 7:30 Uhr.\n\nGruß", "2027-04-15"},
		{"Einladung zum Einstellungstest", "Sehr geehrter Herr Rivera,\n\nwir laden Sie zum schriftlichen Einstellungstest ein:\n\nDatum: Samstag, 24. April 2027\nUhrzeit: 9:00 Uhr\n\nMit freundlichen Grüßen", "2027-04-24"},
		{"RE: Votre candidature", "Bonjour,\n\nje vous confirme la journée de mise en situation le mercredi 21 avril à partir de 8h00 à l'atelier.\n\nCordialement", "2027-04-21"},
		{"Entrevista - diseñador", "Hola Alex:\n\nTe escribo para confirmar: quedamos el martes 20 de abril a las 10:00 en la oficina.\n\nSaludos", "2027-04-20"},
		{"Re: turno de prueba", "Hola, gracias por responder. El sábado 10 a las 8:30 me viene perfecto.\n\nSaludos", "2027-04-10"},
	}
	checkInterviewDays(t, tests)
}
