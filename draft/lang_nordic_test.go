package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/hearback/hearback/classifier"
)

// TestNordicPhrases: what a Swedish, Danish or Norwegian draft says
// outside its templates: the job and the team with the article on the
// noun and without the company's legal form, lists of names, dates, the
// line above the quote.
func TestNordicPhrases(t *testing.T) {
	for _, tc := range []struct {
		lang, role, company, job, team string
	}{
		{Swedish, "Backend Engineer", "Fahrwerk", "tjänsten som Backend Engineer på Fahrwerk", "teamet på Fahrwerk"},
		{Swedish, "Systemutvecklare", "Ljusvik Energy AB (publ)", "tjänsten som Systemutvecklare på Ljusvik Energy", "teamet på Ljusvik Energy"},
		{Swedish, "", "Nordvik Data AB", "tjänsten på Nordvik Data", "teamet på Nordvik Data"},
		{Swedish, "Dataanalytiker", "", "tjänsten som Dataanalytiker", "teamet"},
		{Swedish, "", "", "tjänsten", "teamet"},
		{Danish, "Backend Engineer", "Fahrwerk", "stillingen som Backend Engineer hos Fahrwerk", "teamet hos Fahrwerk"},
		{Danish, "Dataanalytiker", "Nordlys Energi A/S", "stillingen som Dataanalytiker hos Nordlys Energi", "teamet hos Nordlys Energi"},
		{Danish, "", "Vinkel Security ApS", "stillingen hos Vinkel Security", "teamet hos Vinkel Security"},
		{Danish, "", "", "stillingen", "teamet"},
		{Norwegian, "Backend Engineer", "Fahrwerk", "stillingen som Backend Engineer i Fahrwerk", "teamet i Fahrwerk"},
		{Norwegian, "Utvikler", "Fjordkraft ASA", "stillingen som Utvikler i Fjordkraft", "teamet i Fjordkraft"},
		{Norwegian, "", "Bryggen Forsikring AS", "stillingen i Bryggen Forsikring", "teamet i Bryggen Forsikring"},
		{Norwegian, "Rådgiver", "", "stillingen som Rådgiver", "teamet"},
		// A name that is all legal form stays as it is.
		{Norwegian, "", "AS", "stillingen i AS", "teamet i AS"},
	} {
		if got := jobNoun(tc.lang, tc.role, tc.company); got != tc.job {
			t.Errorf("jobNoun(%s, %q, %q) = %q, want %q", tc.lang, tc.role, tc.company, got, tc.job)
		}
		if got := teamNoun(tc.lang, tc.company); got != tc.team {
			t.Errorf("teamNoun(%s, %q) = %q, want %q", tc.lang, tc.company, got, tc.team)
		}
	}

	for _, tc := range []struct {
		lang  string
		names []string
		want  string
	}{
		{Swedish, []string{"Anna", "Erik"}, "Anna och Erik"},
		{Swedish, []string{"Anna", "Erik", "Sara"}, "Anna, Erik och Sara"},
		{Danish, []string{"Anna", "Erik"}, "Anna og Erik"},
		{Norwegian, []string{"Anna", "Erik", "Ida"}, "Anna, Erik og Ida"},
		{Norwegian, []string{"Anna"}, "Anna"},
	} {
		if got := joinNames(tc.lang, tc.names); got != tc.want {
			t.Errorf("joinNames(%s, %q) = %q, want %q", tc.lang, tc.names, got, tc.want)
		}
	}

	now := testNow() // 2027
	for _, tc := range []struct {
		lang string
		t    time.Time
		want string
	}{
		{Swedish, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "16 april"},
		{Swedish, time.Date(2028, 1, 2, 0, 0, 0, 0, time.UTC), "2 januari 2028"},
		{Danish, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "16. april"},
		{Danish, time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), "1. marts"},
		{Danish, time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC), "31. oktober 2026"},
		{Norwegian, time.Date(2027, 5, 17, 0, 0, 0, 0, time.UTC), "17. mai"},
		{Norwegian, time.Date(2028, 12, 24, 0, 0, 0, 0, time.UTC), "24. desember 2028"},
		// An instant is the day where the user is (EDT): 02:00 UTC on
		// the 1st is the evening of the 31st.
		{Norwegian, time.Date(2027, 8, 1, 2, 0, 0, 0, time.UTC), "31. juli"},
	} {
		if got := dayIn(tc.lang, tc.t, now, now.Location()); got != tc.want {
			t.Errorf("dayIn(%s, %v) = %q, want %q", tc.lang, tc.t, got, tc.want)
		}
	}

	date := time.Date(2027, 5, 3, 14, 5, 0, 0, testZone)
	for _, tc := range []struct {
		lang string
		date time.Time
		want string
	}{
		{Swedish, date, "Den 3 maj 2027 skrev Anna Berg:"},
		{Danish, date, "Den 3. maj 2027 skrev Anna Berg:"},
		{Norwegian, date, "3. mai 2027 skrev Anna Berg:"},
		{Norwegian, time.Time{}, "Anna Berg skrev:"},
	} {
		if got := attribution(tc.lang, "Anna Berg", tc.date, testZone); got != tc.want {
			t.Errorf("attribution(%s, %v) = %q, want %q", tc.lang, tc.date, got, tc.want)
		}
	}
}

// englishLeftovers are English words no text in another language has.
var englishLeftovers = []string{"the", "and", "you", "your", "with", "role", "dear", "regards", "thanks", "best", "please"}

// nordicLowerStart is a sentence that starts small: a phrase (.Job,
// .TeamNoun) put first in a sentence, or a lost capital. The full stop of
// a Danish or Norwegian date ("16. april") ends no sentence.
var nordicLowerStart = regexp.MustCompile(`(?:^|[^\d\s][.!?]\s+)\p{Ll}`)

// TestTemplatesEveryLanguage runs every template of every language but
// English (TestTemplatesAllVariants) for every tone, situation and
// variant, with everything known and with nothing known, in both forms
// of address: text in its language, no placeholder or English left, no
// line missing, the greeting, the sign-off and the signature in place.
// A Swedish, Danish or Norwegian text also starts every sentence with a
// capital and says du.
func TestTemplatesEveryLanguage(t *testing.T) {
	dt, err := DefaultTemplates()
	if err != nil {
		t.Fatal(err)
	}
	update := map[string]string{German: "Ich habe inzwischen meine Zertifizierung abgeschlossen.",
		French: "J'ai terminé ma certification entre-temps.", Spanish: "Mientras tanto terminé mi certificación.",
		Swedish: "Jag har nyligen blivit klar med min certifiering.", Danish: "Jeg har lige afsluttet min certificering.",
		Norwegian: "Jeg har nettopp fullført sertifiseringen min."}
	for _, lang := range Languages[1:] {
		tones := dt.TonesIn(lang)
		if got := strings.Join(tones, ","); got != "formal,playful,warm" {
			t.Errorf("%s: tones %q, want formal,playful,warm", lang, got)
			continue
		}
		full, empty := sampleData(lang), emptyData(lang)
		full.Names, full.FullNames, full.Update, full.Team = "Jane", "Jane Doe", update[lang], ""
		for _, tone := range tones {
			for _, s := range append(situations[:len(situations):len(situations)], moments...) {
				n := dt.VariantsIn(lang, tone, s)
				if n < 2 {
					t.Errorf("%s/%s/%s has %d variants, want at least 2", lang, tone, s, n)
				}
				for _, inf := range []bool{false, true} {
					texts := map[string]bool{}
					for v := 0; v < n; v++ {
						for i, d := range []Data{full, empty} {
							d.Informal = inf
							name := fmt.Sprintf("%s (informal %v, data %d)", templateNameIn(lang, tone, s, v), inf, i)
							text, err := dt.TextIn(lang, tone, s, v, d)
							if err != nil {
								t.Fatalf("%s: %v", name, err)
							}
							if i == 0 {
								texts[text] = true
							}
							checkLanguageText(t, name, lang, s, text, d)
						}
					}
					if len(texts) != n {
						t.Errorf("%s/%s/%s (informal %v): %d variants give %d distinct texts", lang, tone, s, inf, n, len(texts))
					}
				}
			}
		}
	}
}

// checkLanguageText checks the text of a template in lang for s with d.
func checkLanguageText(t *testing.T, name, lang string, s Situation, text string, d Data) {
	t.Helper()
	for _, a := range append(artifacts, "<no value>", "\n\n\n") {
		if strings.Contains(text, a) {
			t.Errorf("%s: artifact %q:\n%s", name, a, text)
		}
	}
	if w := wordCount(text); w >= 120 || w < 25 {
		t.Errorf("%s: %d words, want 25 to 119:\n%s", name, w, text)
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		for _, e := range englishLeftovers {
			if w == e {
				t.Errorf("%s: English %q:\n%s", name, e, text)
			}
		}
	}
	if got := classifier.DetectLanguage(text); got != lang {
		t.Errorf("%s: reads as %q:\n%s", name, got, text)
	}
	// Greeting, text, sign-off: paragraphs apart, none of them empty or
	// only punctuation.
	paras := strings.Split(text, "\n\n")
	if len(paras) < 3 {
		t.Errorf("%s: %d paragraphs, want greeting, text and sign-off:\n%s", name, len(paras), text)
		return
	}
	first := paras[0]
	if strings.Contains(first, "\n") || !strings.ContainsAny(first[len(first)-1:], ",:!") {
		t.Errorf("%s: greeting %q", name, first)
	}
	if d.Names != "" && !strings.Contains(first, d.Names) {
		t.Errorf("%s: greeting %q does not name %s", name, first, d.Names)
	}
	for _, p := range paras {
		for _, l := range strings.Split(p, "\n") {
			if !strings.ContainsFunc(l, unicode.IsLetter) {
				t.Errorf("%s: a line without words %q:\n%s", name, l, text)
			}
		}
	}
	last := paras[len(paras)-1]
	if d.Signature != "" && !strings.HasSuffix(last, "\n"+d.Signature) {
		t.Errorf("%s: does not end with a sign-off and the signature:\n%s", name, text)
	}
	if d.Signature == "" && strings.Contains(last, "\n") {
		t.Errorf("%s: more than the sign-off below the text without a signature:\n%s", name, text)
	}
	// What is known is said: the job (or, in a moment, the team), the
	// date the situation turns on, the update (which fits no moment).
	if !strings.Contains(text, d.Job) && !(slices.Contains(moments, s) && strings.Contains(text, d.TeamNoun)) {
		t.Errorf("%s: does not name %q:\n%s", name, d.Job, text)
	}
	if date := map[Situation]string{AfterPromise: d.PromiseDate, AfterInterview: d.InterviewDate, ThankYou: d.InterviewDate,
		Expedite: d.OfferDeadline}[s]; !strings.Contains(text, date) {
		t.Errorf("%s: lacks the date %q:\n%s", name, date, text)
	}
	if inUpdate := d.Update != "" && strings.Contains(text, d.Update); inUpdate == slices.Contains(moments, s) && d.Update != "" {
		t.Errorf("%s: update given, in the text %v:\n%s", name, inUpdate, text)
	}
	if !nordic(lang) {
		return
	}
	for _, p := range paras[1 : len(paras)-1] {
		if m := nordicLowerStart.FindString(p); m != "" {
			t.Errorf("%s: a sentence starts small (%q):\n%s", name, m, text)
		}
	}
	if inf, ok := classifier.Informal(lang, text); !ok || !inf {
		t.Errorf("%s: does not say du (informal %v, known %v):\n%s", name, inf, ok, text)
	}
}

// TestLoadNordicTemplates: a user's template named sv/, da/ or nb/
// replaces the built-in text of that name; a Nordic tone of the user's own
// must cover every situation, as any other language's.
func TestLoadNordicTemplates(t *testing.T) {
	custom := fstest.MapFS{"mine.tmpl": {Data: []byte(
		`{{define "sv/warm/unanswered/0"}}Hej {{.FirstName}}! Hur går det med {{.Job}}?{{end}}` +
			`{{define "nb/formal/thank_you/1"}}Hei {{.FirstName}}, takk for {{.InterviewDate}}.{{end}}`)}}
	dt, err := LoadTemplates(custom, "*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	d := Data{FirstName: "Anna", Job: jobNoun(Swedish, "Backend Engineer", "Acme"), InterviewDate: "12. april"}
	if got, err := dt.TextIn(Swedish, "warm", Unanswered, 0, d); err != nil || got != "Hej Anna! Hur går det med tjänsten som Backend Engineer på Acme?" {
		t.Errorf("sv/warm/unanswered/0 = %q, %v", got, err)
	}
	if got, err := dt.TextIn(Norwegian, "formal", ThankYou, 1, d); err != nil || got != "Hei Anna, takk for 12. april." {
		t.Errorf("nb/formal/thank_you/1 = %q, %v", got, err)
	}
	if got, _ := dt.TextIn(Danish, "warm", Unanswered, 0, sampleData(Danish)); !strings.Contains(got, "stillingen som Backend Engineer hos Acme") {
		t.Errorf("da/warm/unanswered/0 is no longer the built-in text:\n%s", got)
	}
	bad := fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "da/kort/unanswered/0"}}Hej!{{end}}`)}}
	if _, err := LoadTemplates(bad, "*.tmpl"); err == nil || !strings.Contains(err.Error(), `da tone "kort" has no template "da/kort/after_promise/0"`) {
		t.Errorf("an incomplete Danish tone: %v", err)
	}
}
