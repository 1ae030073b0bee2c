package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// A search stopped for every candidate is a post withdrawn, not a no to
// the reader, in the words each language uses for "all the applicants"
// and for a stop; a post filled by someone else, or a no to the reader
// beside a later freeze, stays a no.
func TestSearchStoppedForEveryone(t *testing.T) {
	tests := []struct {
		name, subject, body string
		want                Stage
	}{
		{"German: ended for all applicants", "Ihre Bewerbung als Teamleiter Logistik",
			"Sehr geehrter Herr Rivera, die Geschäftsleitung hat beschlossen, die Stelle vorerst nicht zu besetzen. Das Verfahren wurde für sämtliche Bewerberinnen und Bewerber eingestellt. Wir bedauern das sehr.",
			StageWithdrawn},
		{"German: nothing to do with the person", "Ihre Bewerbung als Controller",
			"Sehr geehrter Herr Rivera, leider müssen wir Ihnen mitteilen, dass die Position aufgrund einer Umstrukturierung gestrichen wurde. Dies hat nichts mit Ihrer Person zu tun. Mit freundlichen Grüßen",
			StageWithdrawn},
		{"English: no further action on any application", "Recruitment 27-114: Planning Analyst",
			"Dear Alex, due to budget reductions this recruitment has been cancelled and the position will not be filled. No further action will be taken on any of the applications received. We apologize for the inconvenience.",
			StageWithdrawn},
		{"English: no one will be appointed", "Your application: Data Adviser",
			"We refer to your application for the Data Adviser position. The agency has decided to withdraw the position, so the recruitment is stopped and no one will be appointed. Thank you for your interest.",
			StageWithdrawn},
		{"Portuguese: cancelled for all candidates", "Processo seletivo - Analista de Crédito",
			"Olá, Alex. A requisição da vaga foi cancelada por revisão de orçamento e o processo seletivo foi encerrado para todos os candidatos. Não é uma decisão sobre o seu perfil. Um abraço.",
			StageWithdrawn},
		{"Spanish: cancelled for every applicant", "Proceso de selección - Jefe de Proyecto",
			"Hola Alex, te escribimos para avisarte que la vacante fue cancelada por una reestructuración interna y el proceso se cerró para todos los postulantes. No tiene que ver con tu perfil. Saludos.",
			StageWithdrawn},
		{"French: cancelled for all the applications", "Votre candidature - Chef de projet",
			"Bonjour Alex, suite à une réorganisation, le recrutement pour ce poste a été annulé et nous avons clos le processus pour l'ensemble des candidatures. Cette décision ne concerne pas votre profil.",
			StageWithdrawn},
		{"Italian: cancelled for all candidates", "Selezione Project Manager",
			"Gentile Alex, la posizione è stata annullata per motivi di budget e la selezione si è chiusa per tutte le candidature ricevute. La decisione non riguarda il suo profilo. Cordiali saluti.",
			StageWithdrawn},
		{"Dutch: withdrawn for all applicants", "Uw sollicitatie - Projectleider",
			"Beste Alex, door een reorganisatie is de vacature ingetrokken en de procedure voor alle sollicitanten stopgezet. Dit heeft niets met u te maken. Met vriendelijke groet.",
			StageWithdrawn},
		{"English: the requisition cancelled, applies to all candidates", "Senior Software Engineer - position update",
			"Dear Alex, following a review of our roadmap, the company has made the decision to cancel this requisition, and we will not be filling this position. This decision applies to all candidates in the process and is in no way a reflection of your interviews.",
			StageWithdrawn},
		{"English: on hold, no application progressed", "REQ0452187 - Clinical Nurse Educator - recruitment paused",
			"Dear Applicant, thank you for your application for the position of Clinical Nurse Educator. I am writing to advise that recruitment to this position has been placed on hold. No interviews will be held for this position at this time and no applications will be progressed. We understand this may be disappointing.",
			StageWithdrawn},
		{"French: cancelled, no candidate retained", "Annulation du recrutement",
			"Bonjour Monsieur Rivera, le financement de ce poste n'a pas été reconduit. La procédure de recrutement est donc annulée et le poste ne sera pas pourvu cette année ; aucun candidat n'a été retenu. Je mesure la déception que peut représenter cette annonce.",
			StageWithdrawn},
		// near misses
		{"English: an interview cancelled, then someone else taken", "Your application - Data Analyst",
			"Hi Alex, sorry again that we had to cancel the second interview last week. In the end the team has offered the role to another candidate, and we are writing to all candidates today. Best of luck.",
			StageRejected},
		{"German: filled by someone else", "Ihre Bewerbung als Teamleiter Logistik",
			"Sehr geehrter Herr Rivera, leider haben wir uns entschieden, die Stelle mit einer anderen Bewerberin zu besetzen. Das Verfahren ist damit für Sie beendet. Alles Gute.",
			StageRejected},
		{"Portuguese: someone else chosen, everyone informed", "Processo seletivo - Analista de Crédito",
			"Olá, Alex. Agradecemos sua participação. Optamos por seguir com outra candidata para a vaga e estamos comunicando todos os candidatos hoje. Desejamos sucesso.",
			StageRejected},
	}
	base := time.Date(2027, 4, 8, 10, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: tt.subject, Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if !v.Job || v.Stage != tt.want {
			t.Errorf("%s: job %v stage %s, want job, %s; reasons %q", tt.name, v.Job, v.Stage, tt.want, v.Reasons)
		}
	}
}
