package call

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// Swedish, Danish and Norwegian scripts: du and first names whatever the
// tone, the job as the drafts name it, the day they named as the
// language says it (a recent weekday, "i går", "i dag", else the date).
func TestScriptNordic(t *testing.T) {
	now := time.Date(2027, 4, 15, 10, 0, 0, 0, time.UTC) // a Thursday
	days := map[string]*time.Time{
		"tue":   ptrTime(time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)), // two days before
		"mon":   ptrTime(time.Date(2027, 4, 12, 9, 0, 0, 0, time.UTC)),  // three days before
		"wed":   ptrTime(time.Date(2027, 4, 14, 17, 0, 0, 0, time.UTC)), // yesterday
		"today": ptrTime(time.Date(2027, 4, 15, 8, 0, 0, 0, time.UTC)),
		"long":  ptrTime(time.Date(2027, 3, 30, 15, 0, 0, 0, time.UTC)), // more than a week before
		"none":  nil,
	}
	jobs := map[string]string{
		"sv": "tjänsten som Backend-utvecklare på Ljusvik",
		"da": "stillingen som Backend-udvikler hos Nordlys",
		"nb": "stillingen som Backend-utvikler i Fjord Data",
	}
	dates := map[string]string{"sv": "30 mars", "da": "30. marts", "nb": "30. mars"}
	tests := []struct {
		lang, tone, day string
		bare            bool // no name of theirs, none of the user's, no role or company
		want, not       []string
	}{
		// Swedish
		{"sv", "warm", "tue", false, []string{"Hej Dana, det är Alex Rivera. Du nämnde att du skulle ringa mig i tisdags, så ",
			"Det gäller tjänsten som Backend-utvecklare på Ljusvik. "}, nil},
		{"sv", "playful", "tue", false, []string{"Hej Dana, det är Alex Rivera. ", "vårt samtal i tisdags inte",
			"sugen på tjänsten som Backend-utvecklare på Ljusvik."}, nil},
		{"sv", "formal", "tue", false, []string{"Hej Dana, mitt namn är Alex Rivera.\n", "ringa mig i tisdags,",
			"angående tjänsten som Backend-utvecklare på Ljusvik och"}, []string{"det är Alex"}},
		{"sv", "", "mon", false, []string{"ringa mig i måndags,"}, []string{"tisdag"}},
		{"sv", "warm", "wed", false, []string{"ringa mig i går,"}, []string{"onsdag"}},
		{"sv", "playful", "today", false, []string{"vårt samtal i dag inte"}, []string{"torsdag"}},
		{"sv", "warm", "long", false, []string{"ringa mig den 30 mars,"}, []string{"i tisdags"}},
		{"sv", "formal", "long", false, []string{"ringa mig den 30 mars,"}, nil},
		{"sv", "playful", "long", false, []string{"vårt samtal den 30 mars inte"}, nil},
		{"sv", "warm", "none", false, []string{"ringa mig, så"}, []string{"den 30", "tisdag", "mig i "}},
		{"sv", "playful", "none", true, []string{"Hej. Jag ville", "sugen på tjänsten."}, []string{"Dana", "Alex", ", det är"}},
		{"sv", "formal", "tue", true, []string{"Hej.\n", "angående tjänsten och"}, []string{"mitt namn"}},
		{"sv", "warm", "tue", true, []string{"Hej. Du nämnde", "Det gäller tjänsten. "}, nil},
		// Danish
		{"da", "warm", "tue", false, []string{"Hej Dana, det er Alex Rivera. Du nævnte, at du ville ringe til mig i tirsdags, så ",
			"Det handler om stillingen som Backend-udvikler hos Nordlys. "}, nil},
		{"da", "playful", "tue", false, []string{"Hej Dana, det er Alex Rivera. ", "vores opkald i tirsdags ikke",
			"begejstret for stillingen som Backend-udvikler hos Nordlys."}, nil},
		{"da", "formal", "tue", false, []string{"Hej Dana, mit navn er Alex Rivera.\n", "ringe til mig i tirsdags,",
			"angående stillingen som Backend-udvikler hos Nordlys og"}, []string{"det er Alex"}},
		{"da", "", "mon", false, []string{"ringe til mig i mandags,"}, []string{"tirsdag"}},
		{"da", "formal", "wed", false, []string{"ringe til mig i går,"}, []string{"onsdag"}},
		{"da", "warm", "today", false, []string{"ringe til mig i dag,"}, []string{"torsdag"}},
		{"da", "warm", "long", false, []string{"ringe til mig den 30. marts,"}, []string{"i tirsdags"}},
		{"da", "playful", "long", false, []string{"vores opkald den 30. marts ikke"}, nil},
		{"da", "formal", "none", false, []string{"ringe til mig, så"}, []string{"den 30", "tirsdag", "mig i "}},
		{"da", "warm", "none", true, []string{"Hej. Du nævnte", "Det handler om stillingen. "}, []string{"Dana", "Alex"}},
		{"da", "playful", "tue", true, []string{"Hej. Jeg ville", "begejstret for stillingen."}, nil},
		{"da", "formal", "tue", true, []string{"Hej.\n", "angående stillingen og"}, []string{"mit navn"}},
		// Norwegian
		{"nb", "warm", "tue", false, []string{"Hei Dana, det er Alex Rivera. Du nevnte at du skulle ringe meg på tirsdag, så ",
			"Det gjelder stillingen som Backend-utvikler i Fjord Data. "}, nil},
		{"nb", "playful", "tue", false, []string{"Hei Dana, det er Alex Rivera. ", "samtalen vår på tirsdag ikke",
			"gira på stillingen som Backend-utvikler i Fjord Data."}, nil},
		{"nb", "formal", "tue", false, []string{"Hei Dana, mitt navn er Alex Rivera.\n", "ringe meg på tirsdag,",
			"angående stillingen som Backend-utvikler i Fjord Data og"}, []string{"det er Alex"}},
		{"nb", "", "mon", false, []string{"ringe meg på mandag,"}, []string{"tirsdag"}},
		{"nb", "playful", "wed", false, []string{"samtalen vår i går ikke"}, []string{"onsdag"}},
		{"nb", "formal", "today", false, []string{"ringe meg i dag,"}, []string{"torsdag"}},
		{"nb", "warm", "long", false, []string{"ringe meg den 30. mars,"}, []string{"på tirsdag"}},
		{"nb", "formal", "long", false, []string{"ringe meg den 30. mars,"}, nil},
		{"nb", "playful", "none", false, []string{"samtalen vår ikke"}, []string{"den 30", "tirsdag", "vår på", "vår i "}},
		{"nb", "warm", "tue", true, []string{"Hei. Du nevnte", "Det gjelder stillingen. "}, []string{"Dana", "Alex"}},
		{"nb", "playful", "tue", true, []string{"Hei. Jeg ville", "gira på stillingen."}, nil},
		{"nb", "formal", "none", true, []string{"Hei.\n", "angående stillingen og"}, []string{"mitt navn"}},
	}
	// Words of the polite forms, English and the weekdays of the other
	// languages: none belongs in a Nordic script.
	never := []string{" the ", "role", "call", "Tuesday", "Dienstag", "{{", "<no value>",
		"  ", " ,", " .", "—", "%!", "..", "[", "]"}
	polite := map[string][]string{"sv": {" Ni ", " Er ", " Ers "}, "da": {" De ", " Dem ", " Deres "}, "nb": {" De ", " Dem ", " Deres "}}
	for _, tt := range tests {
		for _, informal := range []bool{false, true} {
			in := ScriptInput{Language: tt.lang, Tone: tt.tone, Informal: informal, Name: "Dana", FullName: "Dana Whitfield",
				Me: "Alex Rivera", Job: jobs[tt.lang], PromisedAt: days[tt.day], Now: now}
			if in.PromisedAt != nil {
				in.Date = dates[tt.lang]
			}
			if tt.bare {
				in.Name, in.FullName, in.Me, in.Job = "", "", "", ""
			}
			lines := Script(in)
			text := strings.Join(lines, "\n")
			name := tt.lang + "/" + tt.tone + "/" + tt.day
			if tt.bare {
				name += "/bare"
			}
			if informal {
				name += "/informal"
			}
			if len(lines) < 3 || len(lines) > 4 {
				t.Errorf("%s: %d lines, want 3 or 4:\n%s", name, len(lines), text)
			}
			for _, l := range lines {
				first, _ := utf8.DecodeRuneInString(l)
				if !unicode.IsUpper(first) || !strings.ContainsAny(l[len(l)-1:], ".!?") {
					t.Errorf("%s: line %q does not read as a sentence", name, l)
				}
			}
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("%s: no %q in\n%s", name, want, text)
				}
			}
			for _, bad := range append(append(tt.not, never...), polite[tt.lang]...) {
				if strings.Contains(text, bad) {
					t.Errorf("%s: %q in\n%s", name, bad, text)
				}
			}
			// du in every script: it is the form Nordic calls use.
			if !strings.Contains(strings.ToLower(text), "du ") && !strings.Contains(text, " dig") && !strings.Contains(text, " deg") {
				t.Errorf("%s: no du in\n%s", name, text)
			}
			// The informal flag changes nothing: du either way.
			in.Informal = !informal
			if other := strings.Join(Script(in), "\n"); other != text {
				t.Errorf("%s: informal=%v says\n%s\nbut informal=%v\n%s", name, informal, text, !informal, other)
			}
		}
	}
}

// The three moves in each tone: the tones say different things.
func TestScriptNordicTones(t *testing.T) {
	now := time.Date(2027, 4, 15, 10, 0, 0, 0, time.UTC)
	tue := time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)
	for _, lang := range []string{"sv", "da", "nb"} {
		seen := map[string]string{}
		for _, tone := range []string{"playful", "warm", "formal"} {
			text := strings.Join(Script(ScriptInput{Language: lang, Tone: tone, Name: "Dana", Me: "Alex Rivera",
				PromisedAt: &tue, Now: now}), "\n")
			if prev, ok := seen[text]; ok {
				t.Errorf("%s: %s and %s say the same:\n%s", lang, prev, tone, text)
			}
			seen[text] = tone
		}
		// Any other tone is warm.
		warm := strings.Join(Script(ScriptInput{Language: lang, Tone: "warm", Name: "Dana", PromisedAt: &tue, Now: now}), "\n")
		if other := strings.Join(Script(ScriptInput{Language: lang, Tone: "cheeky", Name: "Dana", PromisedAt: &tue, Now: now}), "\n"); other != warm {
			t.Errorf("%s: tone cheeky says\n%s\nwant the warm\n%s", lang, other, warm)
		}
	}
}

// A day in the user's zone: 23:30 on Tuesday in New York is Wednesday in
// UTC, and a call at 09:00 on Thursday there says "i tisdags".
func TestScriptNordicZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	now := time.Date(2027, 4, 15, 9, 0, 0, 0, ny)
	promised := time.Date(2027, 4, 14, 3, 30, 0, 0, time.UTC) // Tuesday 23:30 in New York
	text := strings.Join(Script(ScriptInput{Language: "sv", Name: "Dana", PromisedAt: &promised, Now: now}), "\n")
	if !strings.Contains(text, "ringa mig i tisdags,") {
		t.Errorf("want i tisdags in\n%s", text)
	}
}

func TestSpeaks(t *testing.T) {
	for lang, want := range map[string]bool{"en": true, "de": true, "fr": true, "es": true, "sv": true, "da": true, "nb": true,
		"nn": false, "no": false, "fi": false, "": false, "it": false} {
		if got := Speaks(lang); got != want {
			t.Errorf("Speaks(%q) = %v, want %v", lang, got, want)
		}
	}
}

func ptrTime(t time.Time) *time.Time { return &t }
