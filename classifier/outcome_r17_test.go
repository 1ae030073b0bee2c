package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestSeventeenthRoundNos: the two rejections of the seventeenth round
// that would have got a follow-up at its arrival, in words written for
// this test: an application excluded from a provisional list, and one
// that cannot be accepted for an internal posting. The near-misses are a
// list still to come, a resubmission asked for and a policy on late
// applications in an acknowledgement.
func TestSeventeenthRoundNos(t *testing.T) {
	tests := []struct {
		subject, body string
		rejected      bool
	}{
		{"Bolsa de empleo de conserjes - lista provisional",
			"Estimado aspirante: se ha publicado la lista provisional de admitidos y excluidos. Su solicitud figura como EXCLUIDA por no aportar el título exigido en las bases de la convocatoria. Dispone de diez días hábiles para subsanar.", true},
		{"Application - Payroll Assistant (Promotional)",
			"We received your application for Payroll Assistant. This posting was open only to current County employees, so your application can't be accepted for this posting. Other openings are listed on our website.", true},
		// near-misses
		{"Bolsa de empleo de conserjes - lista provisional",
			"Estimado aspirante: la lista provisional de admitidos y excluidos se publicará el lunes en la sede electrónica. Le avisaremos cuando esté disponible.", false},
		{"Your application for Payroll Assistant",
			"We received your application for Payroll Assistant. Your application cannot be accepted without a cover letter; please upload one and resubmit by Friday.", false},
		{"Your application for Payroll Assistant",
			"Thank you for your application for Payroll Assistant. Please note that late applications cannot be accepted. We will review yours and be in touch.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Personnel Office", Email: "personnel@county.example"},
			To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if got := v.Job && v.Stage == StageRejected; got != tt.rejected {
			t.Errorf("%q: rejected %v (job %v, stage %s), want %v; reasons %q", tt.body, got, v.Job, v.Stage, tt.rejected, v.Reasons)
		}
	}
}
