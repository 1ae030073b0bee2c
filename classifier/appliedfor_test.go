package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestAppliedForAnotherKind: a decline whose application was for a
// course, a loan, a flat or a fellowship, named right after "applying
// for", "Ihre Bewerbung um", "tu solicitud de" or in the subject beside
// "application", is no job mail however many hiring words it has; the
// near-misses name a post (anywhere, or where the thing applied for is
// named) and stay rejections.
func TestAppliedForAnotherKind(t *testing.T) {
	from := mailmsg.Address{Name: "Admissions", Email: "office@institute.example"}
	for _, c := range []struct {
		name, subject, body string
		want                Stage // "" for no job mail
	}{
		{"an evening course", "Your application", "Dear Alex,\n\nThank you for applying for the Beginners' Portuguese evening course starting in March. We had far more applications than places and unfortunately cannot offer you a place this term. We will keep your details in case a place becomes free.\n\nKind regards,\nThe Language Centre", ""},
		{"a course in the subject", "Data Visualisation short course - your application", "Dear Alex,\n\nWe regret to inform you that your application was not successful this time. Competition was strong and the selection committee had difficult choices to make. You are welcome to apply again next year.\n\nBest wishes,\nContinuing Education", ""},
		{"a loan, in German", "Ihr Antrag", "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihren Antrag auf einen Privatkredit. Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag nicht entsprechen können.\n\nMit freundlichen Grüßen\nIhre Bank", ""},
		{"a fellowship, in German", "Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung um ein Forschungsfellowship der Stiftung. Leider können wir Ihnen in diesem Jahr kein Fellowship anbieten. Wir freuen uns über eine erneute Bewerbung.\n\nMit freundlichen Grüßen\nDie Programmleitung", ""},
		{"a flat, in Spanish", "Su solicitud", "Hola Alex:\n\nGracias por tu solicitud de alquiler del piso de la calle Mayor. Lamentamos informarte que el propietario ha decidido seguir con otro candidato.\n\nSaludos,\nInmobiliaria Sol", ""},
		{"a certificate, in French", "Votre candidature", "Cher Monsieur Rivera,\n\nNous vous remercions pour votre candidature au certificat en gestion de projet. Nous avons le regret de vous informer que votre candidature n'a pas pu être retenue pour cette session.\n\nLe secrétariat", ""},
		{"a fund's round, signed by its manager", "Spring round - outcome of your application", "Dear Alex,\n\nThank you for applying to the Open Tools Fund spring round with your project. The review board considered 120 applications against a budget for 15 grants, and we are sorry to tell you that your application was not successful this time. You are welcome to apply again in the autumn.\n\nKind regards,\nMaria Lind\nProgramme Manager, Open Tools Fund", ""},
		{"an abstract to a forum", "Submission #214 - decision", "Dear Alex Rivera,\n\nThank you for submitting an abstract to the Care Practice Forum 2027. The scientific committee received more than 300 submissions, and we regret to inform you that your abstract has not been accepted for presentation.\n\nThe Forum team", ""},
		// near-misses: a post named where the application is, or anywhere
		{"a take-home submitted for a post", "Your application", "Dear Alex,\n\nThank you for submitting your take-home exercise for the Data Engineer role. Unfortunately we have decided not to move forward with your application.\n\nTalent Team", StageRejected},
		{"a course coordinator's post", "Your application", "Dear Alex,\n\nThank you for applying for the Course Coordinator position. Unfortunately we have decided to proceed with other applicants.\n\nKind regards,\nMaria Lind\nProgramme Manager", StageRejected},
		{"a teacher pool", "Substitute Teacher Pool - application update", "Hello Alex,\n\nThank you for applying to the Lakeview School District substitute teacher pool for the coming school year. We have reviewed your application. At this time you have not been placed in the pool, as we could not verify a valid teaching credential. You are welcome to submit a new application in the future.\n\nPersonnel Services", StageRejected},
		{"a school's post", "Your application", "Dear Alex,\n\nThank you for your application to Hillcrest School. Unfortunately we have appointed another candidate to the post.\n\nKind regards,\nHR", StageRejected},
		{"an analyst on a credit team", "Your application", "Dear Alex,\n\nThank you for applying for the Credit Risk Analyst role. Unfortunately we have decided to move forward with other candidates.\n\nBest,\nTalent Team", StageRejected},
		{"an internship programme", "Your application", "Dear Alex,\n\nThank you for applying to our Summer Internship Programme. Unfortunately we will not be moving forward with your application.\n\nCampus Recruiting", StageRejected},
	} {
		v := Classify(&mailmsg.Message{From: from, Subject: c.subject, Date: base, Excerpt: c.body})
		got := jobStage(v)
		if got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestTitleUnderSignature: application words ("next steps", "references")
// from a writer who signs with a job title are an employer's, as a flat's
// or a course's letters are not: they name the flat or the course.
func TestTitleUnderSignature(t *testing.T) {
	checkLetters(t, "sender@company.example", []letterCase{
		{"references after a final round", "References", "Hi Alex,\n\nThanks again for Thursday - the team enjoyed it and we're keen on next steps.\n\nCould you send me contact details for two references, ideally a former manager and a peer?\n\nBest,\nMarta Kowalczyk\nVP Engineering, Fieldnote", true},
		{"a course office's next steps", "Next steps", "Dear Alex,\n\nThank you for applying for the evening course in bookkeeping. As next steps, please send us two references and a copy of your ID before the course starts.\n\nBest regards,\nJune Park\nProgramme Manager, Adult Learning Centre", false},
		{"a landlord's references", "Next steps", "Hi Alex,\n\nThanks for viewing the apartment on Saturday. As next steps the landlord would like two references and proof of income.\n\nRegards,\nTom Reyes\nProperty Manager", false},
	})
}

// TestLocationIsFrenchForRent: "location" is a rental only in French; in
// English it is where the interview is.
func TestLocationIsFrenchForRent(t *testing.T) {
	checkLetters(t, "sender@company.example", []letterCase{
		{"a meeting's location", "Confirmed: Coffee - Junior Designer with Sam Ortiz", "Hi Alex,\n\nA new event has been scheduled.\n\nWhen: 10:00 - 10:30, Tuesday, June 8\nLocation: Ortiz Studio, 88 Mill Lane\n\nCancel or reschedule from your calendar invitation.", true},
		{"a rental in French", "Votre dossier de location", "Bonjour Monsieur Rivera,\n\nNous vous remercions pour votre dossier de location pour l'appartement de la rue Sainte-Catherine. Malheureusement, le propriétaire a retenu un autre dossier.\n\nCordialement,\nAgence du Centre", false},
	})
}
