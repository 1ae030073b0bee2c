package classifier

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The forty-fourth round (tune_written/r44_*: Iberian and Latin American
// owners, German-speaking crafts, francophone small employers, a mailbox
// half look-alikes) came in with no's said in an owner's own words and
// offers without the word "offer". Each case failed on the code before.
func TestR44Rejections(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a Meister's no in one line", "info@kfz-yilmaz.example", "Rückmeldung Probearbeiten",
			"Hallo Herr Rivera,\n\nSie, leider wird das nichts. Ich brauch jemanden, der sich mit unseren Diagnosegeräten schon auskennt.\n\n" +
				"Menschlich hat's gepasst, daran lag's nicht. Viel Glück weiterhin!\n\nGruß\nMurat",
			true, StageRejected},
		{"the post filled from within, in French", "rh@ateliers-pyrene.example", "RE: Votre entretien du 21 juillet – poste ADV",
			"Bonjour Monsieur Rivera,\n\nComme convenu, je reviens vers vous concernant le poste d'assistant ADV.\n\n" +
				"Entre-temps, une de nos assistantes a fait part de son souhait d'évoluer vers ce poste, et la direction a décidé de privilégier cette mobilité interne. " +
				"Nous ne poursuivrons donc pas le processus avec les candidats externes.\n\nBien cordialement,\nNathalie",
			true, StageRejected},
		{"the post filled from within, in Québec", "rh@fromagerie-rang.example", "Poste de coordonnateur(trice) des ventes",
			"Bonjour Alex,\n\nTel que promis, un petit suivi concernant votre candidature au poste de coordonnateur des ventes.\n\n" +
				"Le poste a été comblé à l'interne : notre représentante de la Rive-Sud a manifesté son intérêt la semaine dernière.\n\nJulie",
			true, StageRejected},
		{"a Mexican owner's filled post", "hector@latapatia.example", "RE: Solicitud gerente de piso",
			"Hola Alex, que tal.\n\nGracias por mandar tu CV. Ya cubrimos el puesto de gerente de piso, pero te tengo en cuenta por si en verano abrimos la sucursal de Zapopan.\n\nSaludos\nHéctor",
			true, StageRejected},
		{"a commune's laureate and its reserve list", "grh@commune-example.example", "Recrutement d'un employé d'administration – résultat",
			"Monsieur,\n\nNous faisons suite à l'épreuve orale du 7 octobre dernier. En séance du 13 octobre 2027, le Collège communal a désigné la lauréate classée première. " +
				"Vous avez réussi l'examen et êtes classé en troisième position ; vous êtes dès lors versé dans la réserve de recrutement constituée pour une durée de deux ans.\n\nLa Directrice générale",
			true, StageRejected},
	})
	// A customer who takes another contractor's quote is no employer.
	checkLetterVerdicts(t, []letterVerdict{
		{"a customer's no to a quote", "h.marchetti@verizon.net", "Re: Deck quote - 88 Woodward Ave",
			"Hi Alex,\n\nThank you for coming out last week and for the detailed quote on the deck.\n\n" +
				"After talking it over we've decided to go with another contractor - mainly because they can start in March. It was a hard choice, your price was very fair.\n\nAll the best,\nHelen",
			false, ""},
	})
	// A job board's notice that the application was sent on is a step taken,
	// not a no, however warmly it wishes luck (a guard: this shorter notice
	// held before too; the tuning set's own was read as a no).
	sent := &mailmsg.Message{
		From: mailmsg.Address{Name: "InfoJobs", Email: "noreply@infojobs.net"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
		Subject: "Tu candidatura a \"Camarero/a de sala\" se ha enviado correctamente", Date: base,
		ListUnsubscribe: "<https://www.infojobs.net/candidate/notifications/unsubscribe?t=a81f0c>",
		Excerpt: "Hola Alex,\n\nTu candidatura a la oferta Camarero/a de sala de Casa Lucio Hostelería S.L. se ha enviado correctamente.\n\n" +
			"La empresa ya puede ver tu CV. A partir de ahora podrás seguir el estado de tu proceso desde Mis candidaturas.\n\n¡Mucha suerte!\nEl equipo de InfoJobs",
	}
	if v := Classify(sent); v.Stage == StageRejected {
		t.Errorf("an application sent on, read as a no: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}

// Offers said as the wish to take the reader on, with pay, a contract, a
// first day or a question whether they accept. The Austrian garage's is a
// guard (its shorter form here held before too); the other two failed.
func TestR44Offers(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an Austrian garage's offer", "personal@autohaus-wels.example", "Ihre Bewerbung als Kfz-Techniker – Angebot",
			"Sehr geehrter Herr Rivera,\n\nwie versprochen melden wir uns bei Ihnen: Wir würden Sie sehr gerne als Kfz-Techniker in unserem Team in Wels begrüßen.\n\n" +
				"- Dienstbeginn nach Vereinbarung, frühestens 1. Mai 2027\n- EUR 3.150,- brutto monatlich\n- Unterstützung bei der Wohnungssuche in Wels\n\n" +
				"Bitte lassen Sie uns bis 2. April wissen, ob Sie das Angebot annehmen möchten. Danach erstellen wir den Dienstvertrag.\n\nMit freundlichen Grüßen",
			true, StageOffer},
		{"a Belgian association's offer", "direction@maison-tilleuls.example", "Proposition d'engagement – Coordinateur administratif",
			"Bonjour Monsieur Rivera,\n\nLe Conseil d'administration a validé la proposition du jury : nous souhaitons vous engager en qualité de coordinateur administratif à mi-temps.\n\n" +
				"  - contrat à durée déterminée de 6 mois ;\n  - entrée en fonction souhaitée le mardi 1er juin 2027 ;\n  - rémunération selon le barème de la CP 329.02 ;\n" +
				"  - remboursement à 100 % de l'abonnement STIB.\n\nPourriez-vous nous faire part de votre décision d'ici le vendredi 23 avril ?\n\nVéronique",
			true, StageOffer},
		{"an Argentine grill's offer", "martin@parrilla-despacho.example", "Re: Prueba en cocina",
			"Alex!\n\nChe, muy bien lo del sábado. Los chicos de cocina quedaron contentos. Te queremos en el equipo.\n\n" +
				"La propuesta es: cocinero de línea, turno noche. Arrancarías el martes 16 si te sirve.\n\n" +
				"Pasame por favor tu CUIL y una foto del DNI para el alta. Avisame si estás de acuerdo así lo cerramos.\n\nMartín",
			true, StageOffer},
	})
}

// r44's mailbox of look-alikes: a customer asking for a job of work, a
// friend's own interview, the reader's resignation accepted at their
// current job, a colleague asking the reader onto someone else's panel in
// Spanish. None is the reader's own hiring; each was read as it before.
func TestR44Lookalikes(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a customer asking for a job of work", "marcyk1961@yahoo.com", "Back door job?",
			"Hi Alex,\n\nHope you and the family had a good holiday. Are you able to fit a job in for us sometime next week? The back door has started sticking really badly.\n\n" +
				"Could you let me know when you could come and take a look and roughly what it might cost?\n\nThanks!\nMarcy",
			false, ""},
		{"a friend's own interview", "jessamato.bflo@gmail.com", "interview tomorrow!!",
			"Eeek Alex! Got the interview at Lincoln, it's tomorrow at 10. Panel of three, the principal and a parent.\n\n" +
				"They said if it goes well they'll contact my references Friday so heads up, you might get a call!!\n\nWish me luck\nJ x",
			false, ""},
		{"the reader's resignation accepted", "sdelgado@riverside-living.example", "RE: Notice",
			"Hi Alex,\n\nThank you for your letter. I'm sorry to be losing you, and congratulations on the new job.\n\n" +
				"I've passed your resignation to HR and confirmed your last working day as Friday, July 30. You'll need to do a short exit interview with HR before you go.\n\nSharon\nFacilities Manager",
			false, ""},
		{"a seat on someone else's panel, in Spanish", "rrhh@empresa-ejemplo.example", "Entrevistas para el puesto de recepcionista",
			"Hola Alex,\n\nEl jueves tenemos las entrevistas con los tres candidatos finalistas para el puesto de recepcionista. " +
				"Marta está de baja, ¿te puedes sumar al panel? Te paso los CV de los candidatos mañana.\n\nGracias,\nLucía",
			false, ""},
	})
}

// A trial day in French weighs what "trial shift" does: the owner's
// word after it, with its promise, is job mail.
func TestR44TrialDay(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the word after a French trial day", "julien@comptoir-halles.example", "Journée d'essai samedi",
			"Salut Alex,\n\nMerci encore pour samedi, tu as tenu le rythme du service du midi sans broncher.\n\n" +
				"Je dois encore faire tourner une autre personne demain midi, je te redis ça d'ici jeudi.\n\nJulien",
			true, ""},
	})
}

// Help with the flat hunt that a recruiter or an employer offers a new
// hire ("Unterstützung bei der Wohnungssuche") is no flat applied for.
func TestR44FlatSearchHelp(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a recruiter's approach with help to move", "k.brandl@personalberatung-inn.example", "Servicetechniker Kältetechnik – Raum Innsbruck",
			"Guten Tag Herr Rivera,\n\nich bin Personalberaterin und suche für einen Kunden im Raum Innsbruck einen Servicetechniker Kältetechnik. " +
				"Ihr Profil passt sehr gut. Mein Kunde unterstützt bei der Wohnungssuche und beim Umzug.\n\n" +
				"Hätten Sie Lust auf ein kurzes, unverbindliches Telefonat?\n\nBeste Grüße\nKatrin Brandl",
			true, ""},
	})
}

// A job board's word that the application went to the employer, under
// the board's mailing footer, is about the reader's own application:
// "Indeed Application: ...", "Ihre Bewerbung wurde an ... gesendet",
// "Postulación enviada: ..." (the tuning round's own three messages).
func TestR44BoardAcknowledgements(t *testing.T) {
	for _, f := range []string{"r43_care_hospitality/061.eml", "r44_dach_handwerk/058.eml", "r44_iberia_latam_small/011.eml"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "tune_written", f))
		if err != nil {
			t.Fatal(err)
		}
		if v, _, err := ClassifyBytes(raw); err != nil || !v.Job || v.Stage != StageApplicationAck {
			t.Errorf("%s: job %v stage %s (%v); reasons %q", f, v.Job, v.Stage, err, v.Reasons)
		}
	}
}
