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

// TestEighteenthRoundNos: the eighteenth round's no that would have got a
// follow-up at its arrival, a manager's "not going to bring you on", and
// a no said as the next stage the reader does not move to (read as the
// post's fate before: 'against the needs of the role' stood before it).
// Written for this test; the near-misses are a manager still deciding
// and a move to the next stage.
func TestEighteenthRoundNos(t *testing.T) {
	tests := []struct {
		subject, body string
		rejected      bool
	}{
		{"Line cook position", "Hi Alex, thanks for the trial shift on Saturday. I've thought it over and I'm not going to bring you on as a line cook right now. That said, think about our prep cook opening. Thanks again, Marco", true},
		{"Your application to Brightcart", "Thank you for speaking with us about the Support Associate role. After reviewing your interview against the needs of the role, we've decided not to move forward to the next stage of our process. All the best, the Brightcart team", true},
		// near-misses
		{"Line cook position", "Hi Alex, thanks for the trial shift on Saturday. I haven't decided yet whether to bring you on as a line cook; I'll know by Friday. Marco", false},
		{"Your application to Brightcart", "Thank you for speaking with us about the Support Associate role. After reviewing your interview against the needs of the role, we've decided to move you forward to the next stage of our process.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Marco", Email: "marco@diner.example"},
			To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if got := v.Job && v.Stage == StageRejected; got != tt.rejected {
			t.Errorf("%q: rejected %v (job %v, stage %s), want %v; reasons %q", tt.body, got, v.Job, v.Stage, tt.rejected, v.Reasons)
		}
	}
}
