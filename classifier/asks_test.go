package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestAsksMe: a request the reader is expected to answer asks them
// something; an offer they may take up ("if you would like feedback,
// please reply") and a notice's formulas ("Veuillez agréer ...", "kindly
// note") do not, or hearback would wait for the reader instead of
// following up.
func TestAsksMe(t *testing.T) {
	tests := []struct {
		name, body string
		asks       bool
	}{
		{"a question about times", "Thanks for your application for the Data Analyst role. Could you send me two times that work next week?", true},
		{"a condition of the process", "Thanks for your application for the Data Analyst role. If you are still interested, please confirm your availability for Thursday.", true},
		{"feedback if the reader wants it", "Thank you for interviewing for the Data Analyst role. The panel will decide by Friday. If you would like feedback on your interview, please reply to this email.", false},
		{"an informal discussion if the reader wishes", "Your application for the Data Analyst post has been shortlisted. Should you wish to have an informal discussion regarding this post, please contact Ms Byrne.", false},
		{"a French closing formula", "Nous vous remercions de votre candidature au poste de Data Analyst et reviendrons vers vous d'ici le 12 mars. Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.", false},
		{"an unsubscribe instruction", "Your application for the Data Analyst role is under review. To stop receiving candidate communications, update your preferences in the portal.", false},
		// what a portal lets the reader do whenever they like, and the
		// footers of most rounds' mail
		{"a portal's status page", "Vielen Dank für Ihre Bewerbung als Data Analyst. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.", false},
		{"a confidentiality notice", "Merci de l'intérêt que vous portez au poste d'Analyste. AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.", false},
		{"data-protection rights", "Hemos recibido tu candidatura para el puesto de Analista de Datos. Puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a privacidad@acme.example.", false},
		{"an agency's footer", "Thanks for the CV, I'll send it over for the Data Analyst role today. This email is confidential and intended solely for the addressee. If you have received it in error, please let us know and delete it.", false},
		// near-misses: a time to choose, consent asked for by a date
		{"a time to choose", "Two slots for the Data Analyst interview: Tues 26th 3.30pm or Weds 27th 10am. Which suits? Let me know a time and I'll get it locked in.", true},
		{"consent asked for", "Thank you for applying for the Data Analyst role. If you're happy for us to retain your details, please reply YES to this email by 18 May.", true},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Data Analyst", Excerpt: tt.body, Date: base}
		if v := Classify(&m); v.AsksMe != tt.asks {
			t.Errorf("%s: asks %v, want %v; reasons %q", tt.name, v.AsksMe, tt.asks, v.Reasons)
		}
	}
}

// TestConditionalOffer: an offer said to follow only if the reader is
// successful is none yet; an offer made is one.
func TestConditionalOffer(t *testing.T) {
	tests := []struct {
		name, body string
		offer      bool
	}{
		{"an offer if successful", "Thank you for attending our assessment centre for the Graduate Analyst programme. If you have been successful, Olivia will call you first and a written offer will follow by email. We will let all candidates know the outcome within 3-5 working days.", false},
		{"an offer made", "Thank you for attending our assessment centre for the Graduate Analyst programme. We are delighted to make you an offer; a written offer will follow by email this week.", true},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "graduates@firm.example"}, Subject: "Graduate Analyst programme", Excerpt: tt.body, Date: base}
		if v := Classify(&m); (v.Stage == StageOffer) != tt.offer {
			t.Errorf("%s: stage %s, want offer %v; reasons %q", tt.name, v.Stage, tt.offer, v.Reasons)
		}
	}
}
