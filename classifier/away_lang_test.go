package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// TestAwayLanguages: return dates of absence notices in the seven
// languages, against the Thursday base. "Until" names the last day away,
// "back on" the first day back; when a notice names both, the first day
// back (testdata/blind/BRIEF.md).
func TestAwayLanguages(t *testing.T) {
	tests := []struct{ subj, text, want string }{
		{"Automatic reply: x", "I'm on annual leave until 6/12 and will reply when I'm back.", "2027-06-12"},
		{"Automatic reply: x", "I'm out of the office through EOW with limited access to email.", "2027-04-09"},
		{"Automatic reply: x", "OOO till Wed 4/14, slow to respond.", "2027-04-14"},
		{"Automatic reply: x", "I'm away until Friday 16 April and back on Monday 19 April.", "2027-04-19"},
		{"Automatic reply: x", "I'm out of the office today with limited access to email.", ""},
		{"Automatic reply: x", "I'm travelling this week and will be back next week.", "2027-04-12"},
		{"Automatische Antwort: x", "Ich bin bis einschließlich Freitag, 16. April 2027, nicht im Büro. Ab Montag, dem 19. April, bin ich wieder für Sie da.", "2027-04-19"},
		{"Abwesenheitsnotiz: x", "Ich bin bis einschließlich 14.05. nicht erreichbar.", "2027-05-14"},
		{"Réponse automatique : x", "Je suis absente du bureau jusqu'au lundi 19 avril inclus.", "2027-04-19"},
		{"Réponse automatique : x", "Je suis en congé du 12 au 16 avril.", "2027-04-16"},
		{"Respuesta automática: x", "Estoy de vacaciones y regreso a la oficina el lunes 19 de abril.", "2027-04-19"},
		{"Respuesta automática: x", "Me encuentro de licencia hasta el lunes 19 de abril inclusive.", "2027-04-19"},
		{"Risposta automatica: x", "Sarò fuori ufficio fino al 16 aprile compreso.", "2027-04-16"},
		{"Risposta automatica: x", "Sono in ferie e rientrerò in ufficio lunedì 19 aprile.", "2027-04-19"},
		{"Automatisch antwoord: x", "Ik ben afwezig tot en met vrijdag 16 april.", "2027-04-16"},
		{"Automatisch antwoord: x", "Ik ben op vakantie en vanaf maandag 19 april weer aanwezig.", "2027-04-19"},
		{"Resposta automática: x", "Estou de férias até o dia 16 de abril, sem acesso ao e-mail.", "2027-04-16"},
		{"Resposta automática: x", "Estou de férias e retorno no dia 19 de abril.", "2027-04-19"},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: tt.subj, Date: base,
			AutoSubmitted: "auto-replied", Excerpt: tt.text + "\n\nJane"}
		v := Classify(m)
		got := ""
		if v.AwayUntil != nil {
			got = v.AwayUntil.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("away(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestInterviewDates: the date of a confirmed interview, in the forms
// confirmations take, and none where times are only proposed or a past
// meeting is thanked for.
func TestInterviewDates(t *testing.T) {
	tests := []struct{ subj, text, want string }{
		{"Interview confirmation", "I'm pleased to confirm your interview as follows:\n\nDate: Tuesday 13 April 2027\nTime: 15:00", "2027-04-13"},
		{"Interview booking confirmed", "Your interview booking has been confirmed.\n\nDate Wednesday 14 April 2027\nTime 14:00", "2027-04-14"},
		{"Re: Phone screen", "Perfect - you're confirmed for Tuesday, April 13 at 11:00 AM Eastern.", "2027-04-13"},
		{"Interview rescheduled", "Your interview earlier scheduled for Tuesday, 13th April 2027 has been rescheduled to Friday, 16th April 2027.", "2027-04-16"},
		{"Re: Interview", "No worries! Thursday 3pm works, see you then.", "2027-04-15"},
		{"New link", "The link for our interview tomorrow is not working, please use this one.", "2027-04-09"},
		{"AW: Kennenlerngespräch", "Vielen Dank für die schnelle Rückmeldung. Dann halten wir fest:\n\nMontag, 12.04.2027, 16:00 Uhr", "2027-04-12"},
		{"Terminbestätigung: Ihr Vorstellungsgespräch am 20.04.2027", "Wir freuen uns, Ihnen den Termin bestätigen zu können.", "2027-04-20"},
		{"Confirmation de votre entretien", "Nous avons le plaisir de vous confirmer votre entretien :\n\nDate : jeudi 15 avril 2027", "2027-04-15"},
		{"Entretien", "Voici les détails.\n\nDate et heure : jeudi 15 avril 2027, 14h00", "2027-04-15"},
		{"Confirmación de entrevista", "Le confirmamos su entrevista para el cargo:\n\nFecha: martes 13 de abril de 2027", "2027-04-13"},
		{"Conferma colloquio", "Con la presente Le confermiamo il colloquio:\n\ngiovedì 15 aprile 2027, ore 10:30", "2027-04-15"},
		{"Bevestiging: gesprek", "Hierbij bevestig ik je gesprek:\n\nDatum: dinsdag 13 april 2027", "2027-04-13"},
		{"Confirmação de entrevista", "Confirmamos a sua entrevista:\n\nData: sexta-feira, 16 de abril de 2027", "2027-04-16"},
		// No interview confirmed.
		{"Re: Interview", "Would Tuesday at 2pm or Wednesday at 10am work for you?", ""},
		{"AW: Unser Gespräch", "Vielen Dank für das angenehme Gespräch am Dienstag.", ""},
		{"Re: Backend Engineer", "It was great speaking with you on Tuesday.", ""},
		{"Gracias", "Gracias por la entrevista de hoy para el puesto de analista.", ""},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: tt.subj, Date: base,
			Excerpt: tt.text + "\n\nJane"}
		v := Classify(m)
		got := ""
		if v.InterviewAt != nil {
			got = v.InterviewAt.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("interview(%q, %q) = %q, want %q; reasons %q", tt.subj, tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestCalendarVTimezone: a VTIMEZONE's DTSTART (1970) is not the meeting.
func TestCalendarVTimezone(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID=America/New_York:20270416T140000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	got, ok := calendarStart(ics, base)
	if want := time.Date(2027, 4, 16, 14, 0, 0, 0, base.Location()); !ok || !got.Equal(want) {
		t.Errorf("calendarStart = %v, %v; want %v", got, ok, want)
	}
}
