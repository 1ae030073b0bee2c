package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestAwayFormats pins the return dates of absence notices in the formats
// mail clients and people use, against the Thursday 2027-04-08 base.
func TestAwayFormats(t *testing.T) {
	tests := []struct {
		subj, text string
		want       string // YYYY-MM-DD, "" for a notice without a date
	}{
		{"Automatic reply: x", "I am out of the office until Monday, April 26 with limited access to email.", "2027-04-26"},
		{"Automatic reply: x", "I'm currently out of office and will return on May 8th.", "2027-05-08"},
		{"Automatic reply: x", "I'm currently out of office and will return on April 12.", "2027-04-12"},
		{"Automatic reply: x", "I am on annual leave until 4/22 and will reply when I'm back.", "2027-04-22"},
		{"Automatic reply: x", "I'm away from the office and back on 19 April.", "2027-04-19"},
		{"Automatic reply: x", "I'm away from the office and back on the 19th of April.", "2027-04-19"},
		{"Out of Office: x", "I am travelling with limited access to email until April 20, 2027.", "2027-04-20"},
		{"Re: x", "Thanks for your message. I'm on vacation through Friday 4/16.", "2027-04-16"},
		{"Re: x", "I'm on vacation through April 16.", "2027-04-16"},
		{"Re: x", "I'm on parental leave and returning Monday, Apr 26.", "2027-04-26"},
		{"Re: x", "I am currently out of the office, returning 2027-04-21.", "2027-04-21"},
		{"Re: x", "I'm out of the office until Tuesday.", "2027-04-13"},
		{"Re: x", "I'm OOO, back Monday.", "2027-04-12"},
		{"Re: x", "I will be out of the office from April 5 to April 16.", "2027-04-16"},
		{"Re: x", "I'm out of office April 5-16 and will respond when I return.", "2027-04-16"},
		{"Re: x", "I am out of the office and will be back in the office on Wednesday, 21 April 2027.", "2027-04-21"},
		{"Re: x", "I'm out of the office with limited access to email. I will respond as soon as possible.", ""},
		{"Abwesenheitsnotiz: x", "Ich bin bis zum 26.04.2027 nicht im Büro.", "2027-04-26"},
		{"Abwesenheitsnotiz: x", "Vielen Dank für Ihre Nachricht. Ich bin bis 23. April im Urlaub.", "2027-04-23"},
		{"Abwesenheitsnotiz", "Ich bin ab dem 19.4. wieder erreichbar.", "2027-04-19"},
		{"Abwesenheitsnotiz", "Ich bin außer Haus und ab Montag, 19. April zurück.", "2027-04-19"},
		{"Automatische Antwort: x", "Ich bin bis einschließlich 16. April abwesend.", "2027-04-16"},
		{"Réponse automatique : x", "Je suis absente du bureau jusqu'au 30 avril.", "2027-04-30"},
		{"Réponse automatique : x", "Je suis en congés jusqu'au lundi 19 avril inclus.", "2027-04-19"},
		{"Absence du bureau", "Je serai de retour le 19/04/2027.", "2027-04-19"},
		{"Réponse automatique", "Absent jusqu'au 16/4, je traiterai votre message à mon retour.", "2027-04-16"},
		{"Respuesta automática: x", "Estoy fuera de la oficina hasta el 19 de abril.", "2027-04-19"},
		{"Fuera de la oficina", "Estaré de vacaciones hasta el 19/4/2027.", "2027-04-19"},
		{"Respuesta automática", "Regreso el lunes 19 de abril.", "2027-04-19"},
		{"Respuesta automática", "Me encuentro ausente hasta el 16 de abril; responderé a mi regreso.", "2027-04-16"},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: tt.subj, Date: base,
			AutoSubmitted: "auto-replied", Excerpt: tt.text + "\n\nJane"}
		v := Classify(m)
		got := ""
		if v.AwayUntil != nil {
			got = v.AwayUntil.Format("2006-01-02")
		}
		if !v.AutoReply || got != tt.want {
			t.Errorf("away(%q) = %q (auto %v), want %q; reasons %q", tt.text, got, v.AutoReply, tt.want, v.Reasons)
		}
	}
}
