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
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Data Analyst", Excerpt: tt.body, Date: base}
		if v := Classify(&m); v.AsksMe != tt.asks {
			t.Errorf("%s: asks %v, want %v; reasons %q", tt.name, v.AsksMe, tt.asks, v.Reasons)
		}
	}
}
