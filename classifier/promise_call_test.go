package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// A promise says whether it was a call, in each language a draft is
// written in, and only then: an email or a decision promised is none.
func TestPromiseCall(t *testing.T) {
	sent := time.Date(2027, 4, 8, 10, 0, 0, 0, time.FixedZone("EDT", -4*3600)) // a Thursday
	tests := []struct {
		body string
		day  string // the promise's day, YYYY-MM-DD
		call bool
	}{
		{"Hi Alex,\n\nThanks for interviewing with us for the Senior Backend Engineer role. I'll give you a call on Tuesday afternoon with the outcome.\n\nBest,\nDana", "2027-04-13", true},
		{"Hi Alex,\n\nThanks for the interview for the Data Analyst position. I'll ring you Friday with the decision.\n\nCheers,\nTom", "2027-04-09", true},
		{"Hi Alex,\n\nThanks for the interview for the Data Analyst position. We'll phone you next week once the team has decided.\n\nBest,\nTom", "2027-04-16", true},
		{"Hallo Herr Rivera,\n\nvielen Dank für das Vorstellungsgespräch für die Stelle als Backend-Entwickler. Ich rufe Sie am Dienstag an, sobald wir entschieden haben.\n\nViele Grüße\nJana", "2027-04-13", true},
		{"Hallo Alex,\n\ndanke für das nette Gespräch zur Stelle als Backend-Entwickler! Ich ruf dich am Dienstag an, sobald wir uns entschieden haben.\n\nLG Jana", "2027-04-13", true},
		{"Bonjour Alex,\n\nMerci pour l'entretien pour le poste de développeur. Je vous appelle mardi pour vous donner notre décision.\n\nCordialement,\nClaire", "2027-04-13", true},
		{"Hola Alex,\n\nGracias por la entrevista para el puesto de desarrollador. Te llamo el martes con la decisión.\n\nSaludos,\nLucía", "2027-04-13", true},
		{"Estimado Alex:\n\nGracias por la entrevista para el puesto de desarrollador. Le llamaré el martes con la decisión.\n\nSaludos cordiales,\nLucía", "2027-04-13", true},
		{"Hi Alex,\n\nThanks for the interview for the Senior Backend Engineer role. I'll email you by Tuesday with the outcome.\n\nBest,\nDana", "2027-04-13", false},
		{"Hi Alex,\n\nThanks for the interview for the Senior Backend Engineer role. We'll make a decision by Tuesday and I'll let you know, then we can set up a call.\n\nBest,\nDana", "2027-04-13", false},
		{"Bonjour Alex,\n\nMerci pour l'entretien pour le poste de développeur. Nous reviendrons vers vous mardi par e-mail.\n\nCordialement,\nClaire", "2027-04-13", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{Date: sent, Excerpt: tt.body, Subject: "Re: Interview",
			From: mailmsg.Address{Name: "Dana", Email: "dana@acme.example"}})
		if v.PromiseAt == nil {
			t.Errorf("%q: no dated promise; reasons %q", tt.body, v.Reasons)
			continue
		}
		if got := v.PromiseAt.Format("2006-01-02"); got != tt.day || v.PromiseCall != tt.call {
			t.Errorf("%q: promise %s, call %v; want %s, call %v; reasons %q", tt.body, got, v.PromiseCall, tt.day, tt.call, v.Reasons)
		}
		// The cache keeps it.
		if c, ok := DecodeVerdict(AppendVerdict(nil, &v)); !ok || c.PromiseCall != v.PromiseCall {
			t.Errorf("%q: cached PromiseCall %v, %v; want %v", tt.body, c.PromiseCall, ok, v.PromiseCall)
		}
	}
}

func TestCallPromiseWords(t *testing.T) {
	for cue, want := range map[string]bool{
		"give you a call on tuesday afternoon":                 true,
		" ring you friday":                                     true,
		"be in touch by phone on monday":                       true,
		"ich rufe sie am dienstag an":                          true,
		"te llamo el martes":                                   true,
		"vous appellerai mardi":                                true,
		"let you know by friday and then we can set up a call": false,
		"email you by tuesday":                                 false,
		"bring you up to speed on friday":                      false,
	} {
		if got := callPromise(cue); got != want {
			t.Errorf("callPromise(%q) = %v, want %v", cue, got, want)
		}
	}
}
