package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestSixtyEighthRound: what r68 brought at its arrival. A freelance
// broker's short no in German, Dutch and French ("Sie sind diesmal leider
// nicht zum Zug gekommen", "Opdracht is naar de andere kandidaat gegaan",
// "On a finalement choisi un autre freelance", a tender "niet aan u te
// gunnen") is a no; a project portal's status line under its footer
// decides one application. An acknowledgement that names the two answers
// to come ("entweder mit der Bitte um ein Telefonat oder mit einer
// Absage"), a reader asked to give no other commitments ("bitte keine
// anderen Zusagen machen"), a profile not passed on without consent ("geben
// wir Ihr Profil nicht weiter") and the client's rules "für alle Externen"
// say no no. A Spanish "propuesta formal para integrarte al proyecto" with
// its rate and contract is an offer. Both groups to be told ("all
// shortlisted and non-shortlisted candidates") and "the other shortlisted
// developers" name no one chosen.
func TestSixtyEighthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"nicht zum Zug gekommen", "s.hrdlicka@broker.example", "AW: Projekt Datasphere Graz",
			"Hallo Herr Rivera,\n\nwir sind mit der Besetzung nun durch - Sie sind diesmal leider nicht zum Zug gekommen.\n\nLG\nSabine",
			true, StageRejected},
		{"naar de andere kandidaat", "joost@broker.example", "RE: Terugkoppeling gesprek opdracht",
			"Alex,\n\nOpdracht is naar de andere kandidaat gegaan. Die had al een screening, dat woog zwaar.\n\nGroet,\nJoost",
			true, StageRejected},
		{"niet aan u te gunnen", "flexpool@gemeente.example", "Uitslag aanbesteding inhuuropdracht Data Engineer",
			"Geachte heer Rivera,\n\nNa zorgvuldige afweging van alle ontvangen aanbiedingen hebben wij besloten de opdracht niet aan u te " +
				"gunnen. Uw aanbieding (CV en motivatie) eindigde op de vierde plaats.\n\nMet vriendelijke groet",
			true, StageRejected},
		{"entweder ... oder mit einer Absage", "projekte@broker.example", "Eingangsbestätigung: Ihr Interesse an Projekt 27-0391",
			"Guten Tag Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind vollständig eingegangen. Sie erhalten von uns " +
				"innerhalb von 5 Arbeitstagen eine Rückmeldung - entweder mit der Bitte um ein kurzes Telefonat oder mit einer Absage.\n\nIhr Projektteam",
			true, ""},
		{"no other commitments", "tobias@broker.example", "Feedback Kundengespräch Köln",
			"Hallo Herr Rivera,\n\ndanke für das Gespräch. Der Kunde spricht heute noch mit einem weiteren Kandidaten. Eine Entscheidung " +
				"bekommen wir spätestens Mittwoch. Bis dahin bitte keine anderen Zusagen machen, ohne mir kurz Bescheid zu geben.\n\nTobias",
			true, ""},
		{"not passed on", "bewerbung@broker.example", "Ihre Bewerbung ist eingegangen - Projekt Q-2709",
			"Hallo Herr Rivera,\n\nvielen Dank - Ihre Bewerbung für das Projekt Q-2709 ist bei uns eingegangen. Wir prüfen Ihr Profil. " +
				"Ohne Ihre Freigabe geben wir Ihr Profil nicht weiter.\n\nIhr Team",
			true, ""},
		{"for all external contractors", "compliance@broker.example", "Onboarding Data Platform Lead - Unterlagen",
			"Grüezi Herr Rivera,\n\nHerzlichen Glückwunsch zu Ihrem neuen Mandat. Vor Einsatzbeginn benötigen wir einen Strafregisterauszug " +
				"(der Kunde verlangt dies für alle Externen mit Zugriff auf Versichertendaten) und den Nachweis Ihrer Berufshaftpflicht. Bitte laden Sie die Unterlagen bis 15.10.2027 in unserem Onboarding-Portal hoch.\n\n" +
				"Contractor Compliance Team",
			true, ""},
	})
	checkLetterVerdicts(t, []letterVerdict{
		{"una propuesta formal", "lf.ibarra@software.example", "Propuesta de colaboración - Proyecto Logística (React)",
			"Hola Alex,\n\n¡Muchas felicidades! Después de las entrevistas con el equipo del cliente, nos da gusto compartirte la propuesta " +
				"formal para integrarte al proyecto:\n- Rol: Senior Frontend Engineer\n- Tarifa: USD 72 por hora\n- Inicio propuesto: lunes 14 de " +
				"junio\n\nTe pedimos que nos confirmes si aceptas la propuesta. En cuanto la confirmes te enviamos el contrato.\n\nLuis Fernando",
			true, StageOffer},
	})
	checkLetterVerdicts(t, []letterVerdict{
		{"both groups to be told", "careers@consulting.example", "Associate Consultant - next steps",
			"Dear Alex,\n\nThank you for completing the games for the Associate Consultant role. Our recruitment team is now reviewing " +
				"results. We expect to contact all shortlisted and non-shortlisted candidates in the next week or two.\n\nJoanne",
			true, ""},
		{"the other shortlisted developers", "team@network.example", "Next steps after your interview with Northgate",
			"Hi Alex,\n\nThanks for interviewing with Northgate yesterday! They're wrapping up conversations with the other shortlisted " +
				"developers over the next few days. You'll hear from us within a week with their decision.\n\nTeam Arcline",
			true, ""},
		{"others shortlisted, the reader not", "team@network.example", "Your interview with Northgate",
			"Hi Alex,\n\nThanks for interviewing with Northgate. Unfortunately they have shortlisted other developers for the final " +
				"round, so we won't be moving forward with your application for this engagement.\n\nTeam Arcline",
			true, StageRejected},
	})
	checkJobCases(t, []jobCase{
		{"a project portal's status line",
			mailmsg.Message{From: mailmsg.Address{Name: "GULP Projektportal", Email: "noreply@gulp.de"},
				Subject: "Ihr Projektstatus hat sich geändert: 27-0522-DEV", ListUnsubscribe: "<https://www.gulp.de/profil/benachrichtigungen>",
				Excerpt: "Guten Tag Herr Rivera,\n\nzu Ihrer Bewerbung auf das Projekt 27-0522-DEV liegt eine neue Information vor:\n\n" +
					"Status: Abgesagt\nBegründung: Kunde hat sich anderweitig entschieden\n\nVielen Dank für Ihr Interesse."},
			true, StageRejected},
	})
}
