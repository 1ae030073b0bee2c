package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestJobModel: messages with some hiring evidence in their own words but
// short of the threshold, which the job model (jobmodel.go) makes job
// mail, and near-misses it must leave alone: no hiring word in the body
// (only a subject), an automatic reply, a newsletter, mail about another
// kind of interview, and mail with no hiring evidence at all. Written for
// this test; the first three are not job mail to the rules alone (0.5 to 1
// point).
func TestJobModel(t *testing.T) {
	tests := []struct {
		name, subject, body string
		autoReply           bool
		job                 bool
	}{
		{"a Spanish recruiter asking for a CV", "Re: seguimos",
			"Hola Alex, ¿me pasas tu CV actualizado? Lo comparto con el equipo mañana. Gracias, Marta", false, true},
		{"a German agency asking for a call", "Telefonat",
			"Hallo Herr Rivera, hätten Sie diese Woche Zeit für ein kurzes Telefonat? Viele Grüße, Jana Becker, +49 30 0000000", false, true},
		{"a Portuguese recruiter asking for a CV", "Oi Alex",
			"Oi Alex, tudo bem? Me manda seu CV atualizado quando puder que eu já encaminho para a gestora. Abraço, Camila\n\nCamila Souza\n+55 11 0000-0000", false, true},
		// near-misses
		{"a title in the subject, nothing in the body", "Re: Senior Analyst @ Brightwater", "Thanks Alex, noted.", false, false},
		{"an automatic reply", "Resposta automática: Analista de dados",
			"Olá! Estou fora do escritório. Para assuntos de recrutamento fale com a equipe de seleção. Abraço, Camila", true, false},
		{"a friend's plan with no hiring word", "sábado", "Hola Alex, ¿nos vemos el sábado a las 12? Te escribo el viernes. Un abrazo, Marta", false, false},
		{"a podcast interview", "Podcast episode",
			"Hi Alex, thanks again for agreeing to the interview for our podcast. We record on Thursday. Best, Jo", false, false},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Name: "Marta Ruiz", Email: "marta@talentia.example"},
			To:      []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: tt.subject, Date: base, Excerpt: tt.body}
		if tt.autoReply {
			m.AutoSubmitted = "auto-replied"
		}
		v := Classify(m)
		if v.Job != tt.job {
			t.Errorf("%s: job %v, want %v; reasons %q", tt.name, v.Job, tt.job, v.Reasons)
		}
		model := false
		for _, r := range v.Reasons {
			if strings.HasPrefix(r, "the words of a hiring conversation (log-odds ") && strings.Contains(r, "top words") {
				model = true
			}
		}
		if model != (tt.job && !tt.autoReply) {
			t.Errorf("%s: the model's reason present %v, want %v; reasons %q", tt.name, model, tt.job, v.Reasons)
		}
		if v.JobByModel != tt.job {
			t.Errorf("%s: JobByModel %v, want %v (the rules alone leave it short)", tt.name, v.JobByModel, tt.job)
		}
		if c, ok := DecodeVerdict(AppendVerdict(nil, &v)); !ok || c.JobByModel != v.JobByModel {
			t.Errorf("%s: cached JobByModel %v, %v; want %v", tt.name, c.JobByModel, ok, v.JobByModel)
		}
	}
}

// TestJobModelOnlyAdds: the job model never takes a job message's points
// away and never touches one the rules already decided.
func TestJobModelOnlyAdds(t *testing.T) {
	m := &mailmsg.Message{From: mailmsg.Address{Name: "Dana", Email: "dana@acme.example"}, Subject: "Interview for the Data Engineer role",
		Date: base, Excerpt: "Hi Alex, thanks for applying to the Data Engineer role. Could you do a call on Thursday at 3pm with our hiring manager?"}
	v := Classify(m)
	if !v.Job {
		t.Fatalf("not job: %q", v.Reasons)
	}
	for _, r := range v.Reasons {
		if strings.Contains(r, "hiring conversation") {
			t.Errorf("the model was asked about a message the rules decided: %q", v.Reasons)
		}
	}
	if v.JobByModel {
		t.Errorf("JobByModel set on a message the rules decided")
	}
}
