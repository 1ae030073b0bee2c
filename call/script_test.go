package call

import (
	"strings"
	"testing"
	"time"
)

func TestScript(t *testing.T) {
	now := time.Date(2027, 4, 15, 10, 0, 0, 0, time.UTC)  // a Thursday
	tue := time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)  // two days before
	long := time.Date(2027, 3, 30, 15, 0, 0, 0, time.UTC) // more than a week before
	langs := []struct {
		lang, job, position, day, date, longDay string
	}{
		{"en", "Senior Backend Engineer role at Acme", "the Senior Backend Engineer role at Acme", "Tuesday", "Tuesday, March 30", "March 30"},
		{"de", "Stelle als Backend-Entwickler bei Fahrwerk", "", "Dienstag", "30. März", "30. März"},
		{"fr", "poste de développeur chez Lumière", "", "mardi", "30 mars", "30 mars"},
		{"es", "puesto de desarrollador en Sol Energía", "", "martes", "30 de marzo", "30 de marzo"},
		{"sv", "tjänsten som Backend-utvecklare på Ljusvik", "", "tisdag", "30 mars", "den 30 mars"},
		{"da", "stillingen som Backend-udvikler hos Nordlys", "", "tirsdag", "30. marts", "den 30. marts"},
		{"nb", "stillingen som Backend-utvikler i Fjord Data", "", "tirsdag", "30. mars", "den 30. mars"},
	}
	for _, l := range langs {
		for _, tone := range []string{"playful", "warm", "formal"} {
			for _, informal := range []bool{false, true} {
				in := ScriptInput{Language: l.lang, Tone: tone, Informal: informal, Name: "Dana", FullName: "Dana Whitfield",
					Me: "Alex Rivera", Job: l.job, Position: l.position, PromisedAt: &tue, Now: now}
				lines := Script(in)
				text := strings.Join(lines, "\n")
				name := l.lang + "/" + tone
				if informal {
					name += "/informal"
				}
				if len(lines) < 3 || len(lines) > 4 {
					t.Errorf("%s: %d lines, want 3 or 4:\n%s", name, len(lines), text)
				}
				role := "Backend"
				if l.lang == "fr" || l.lang == "es" {
					role = "desarrollador"
					if l.lang == "fr" {
						role = "développeur"
					}
				}
				for _, want := range []string{"Dana", "Alex Rivera", role, l.day} {
					if !strings.Contains(text, want) {
						t.Errorf("%s: no %q in\n%s", name, want, text)
					}
				}
				for _, bad := range []string{"{{", "<no value>", "  ", " ,", " .", "—", "%!", "..", "[", "]"} {
					if strings.Contains(text, bad) {
						t.Errorf("%s: %q in\n%s", name, bad, text)
					}
				}
				// More than a week back, the date names the day.
				in.PromisedAt, in.Date = &long, l.date
				if text := strings.Join(Script(in), "\n"); !strings.Contains(text, l.longDay) {
					t.Errorf("%s: a call promised for March 30: no %q in\n%s", name, l.longDay, text)
				}
				// Without a day they named, the script names none.
				in.PromisedAt, in.Date = nil, ""
				if text := strings.Join(Script(in), "\n"); strings.Contains(text, l.day) || len(Script(in)) < 3 {
					t.Errorf("%s: no day promised, but\n%s", name, text)
				}
			}
		}
	}
}

// The form of address follows the thread: Sie/du, vous/tu, usted/tú;
// Swedish, Danish and Norwegian say du either way.
func TestScriptAddress(t *testing.T) {
	now := time.Date(2027, 4, 15, 10, 0, 0, 0, time.UTC)
	tue := time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		lang     string
		informal bool
		want     string
		not      string
	}{
		{"de", false, "Sie wollten mich am Dienstag anrufen", "dir"},
		{"de", true, "Du wolltest mich am Dienstag anrufen", "Ihnen"},
		{"fr", false, "Vous deviez m'appeler mardi", "t'appeler"},
		{"fr", true, "Tu devais m'appeler mardi", "vous"},
		{"es", false, "Me dijo que me llamaría el martes", "dime"},
		{"es", true, "Me dijiste que me llamarías el martes", "dígame"},
		{"sv", false, "Du nämnde att du skulle ringa mig i tisdags", " Ni "},
		{"sv", true, "Du nämnde att du skulle ringa mig i tisdags", " Ni "},
		{"da", false, "Du nævnte, at du ville ringe til mig i tirsdags", " De "},
		{"da", true, "Du nævnte, at du ville ringe til mig i tirsdags", " De "},
		{"nb", false, "Du nevnte at du skulle ringe meg på tirsdag", " De "},
		{"nb", true, "Du nevnte at du skulle ringe meg på tirsdag", " De "},
	}
	for _, tt := range tests {
		text := strings.Join(Script(ScriptInput{Language: tt.lang, Tone: "warm", Informal: tt.informal, Name: "Dana", Me: "Alex Rivera",
			Job: "Stelle", PromisedAt: &tue, Now: now}), "\n")
		if !strings.Contains(text, tt.want) || strings.Contains(text, tt.not) {
			t.Errorf("%s informal=%v: want %q and no %q in\n%s", tt.lang, tt.informal, tt.want, tt.not, text)
		}
	}
}
