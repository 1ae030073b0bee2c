package draft

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// langThread is a conversation in one language and form of address: the
// other side's message (the one replied to) and the user's before it.
type langThread struct {
	lang     string
	informal bool
	them     mailmsg.Address
	theirs   string // their message, which the draft quotes
	mine     string
	// What the draft must say.
	greet     map[string]string // tone -> greeting line
	job       string            // the job as the language names it
	quote     string            // the line above the quote
	promise   string            // April 16 2027, the local way
	interview string            // April 12 2027
}

var langThreads = []langThread{
	{lang: English, them: mailmsg.Address{Name: "Jane Doe", Email: "jane.doe@fahrwerk.de"},
		theirs: "Hi Alex,\n\nThanks for your patience. We're reviewing applications and will get back to you by April 16.\n\nBest,\nJane",
		mine:   "Hi Jane,\n\nThank you for the call today. I'm looking forward to hearing from you.\n\nBest,\nAlex",
		greet:  map[string]string{"warm": "Hi Jane,", "playful": "Hi Jane,", "formal": "Dear Jane,"},
		job:    "the Backend Engineer role at Fahrwerk", quote: "On Fri, Apr 9, 2027 at 2:05 PM, Jane Doe wrote:",
		promise: "Friday, April 16", interview: "Monday, April 12"},
	{lang: German, them: mailmsg.Address{Name: "Zoë Müller", Email: "zoe.mueller@fahrwerk.de"},
		theirs: "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung und das nette Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen.\n\nViele Grüße\nZoë Müller",
		mine:   "Hallo Zoë,\n\nvielen Dank für das Gespräch heute. Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nAlex",
		greet:  map[string]string{"warm": "Hallo Zoë,", "playful": "Hi Zoë,", "formal": "Guten Tag Zoë Müller,"},
		job:    "Stelle als Backend Engineer bei Fahrwerk", quote: "Am 9. April 2027 schrieb Zoë Müller:",
		promise: "16. April", interview: "12. April"},
	{lang: German, informal: true, them: mailmsg.Address{Name: "Jonas Becker", Email: "jonas@fahrwerk.de"},
		theirs: "Hi Alex,\n\ndanke für deine Zeit gestern! Ich melde mich nächste Woche bei dir, versprochen.\n\nLG Jonas",
		mine:   "Hallo Jonas,\n\ndanke für das Gespräch, ich freue mich auf deine Rückmeldung.\n\nViele Grüße\nAlex",
		greet:  map[string]string{"warm": "Hallo Jonas,", "playful": "Hi Jonas,", "formal": "Hallo Jonas,"},
		job:    "Stelle als Backend Engineer bei Fahrwerk", quote: "Am 9. April 2027 schrieb Jonas Becker:",
		promise: "16. April", interview: "12. April"},
	{lang: French, them: mailmsg.Address{Name: "Camille Laurent", Email: "camille.laurent@fahrwerk.de"},
		theirs: "Bonjour Alex,\n\nMerci pour votre candidature. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.\n\nCordialement,\nCamille Laurent",
		mine:   "Bonjour Camille,\n\nMerci pour votre message, j'attends votre retour avec plaisir.\n\nBien cordialement,\nAlex",
		greet:  map[string]string{"warm": "Bonjour Camille,", "playful": "Bonjour Camille,", "formal": "Bonjour Camille,"},
		job:    "poste de Backend Engineer chez Fahrwerk", quote: "Le 9 avril 2027, Camille Laurent a écrit :",
		promise: "16 avril", interview: "12 avril"},
	{lang: French, informal: true, them: mailmsg.Address{Name: "Camille Laurent", Email: "camille.laurent@fahrwerk.de"},
		theirs: "Salut Alex,\n\nMerci pour ton temps ! Je te recontacte la semaine prochaine pour la suite.\n\nCamille",
		mine:   "Salut Camille,\n\nMerci pour ton message, j'attends la suite avec plaisir.\n\nAlex",
		greet:  map[string]string{"warm": "Bonjour Camille,", "playful": "Salut Camille,", "formal": "Bonjour Camille,"},
		job:    "poste de Backend Engineer chez Fahrwerk", quote: "Le 9 avril 2027, Camille Laurent a écrit :",
		promise: "16 avril", interview: "12 avril"},
	{lang: Spanish, them: mailmsg.Address{Name: "Javier Ortega", Email: "javier.ortega@fahrwerk.de"},
		theirs: "Estimado Alex:\n\nLe agradecemos su candidatura. Nos pondremos en contacto con usted muy pronto.\n\nAtentamente,\nJavier Ortega",
		mine:   "Buenos días, Javier:\n\nMuchas gracias por su mensaje. Quedo a la espera de sus noticias.\n\nUn saludo,\nAlex",
		greet:  map[string]string{"warm": "Hola, Javier:", "playful": "¡Hola, Javier!", "formal": "Buenos días, Javier:"},
		job:    "puesto de Backend Engineer en Fahrwerk", quote: "El 9 de abril de 2027, Javier Ortega escribió:",
		promise: "16 de abril", interview: "12 de abril"},
	{lang: Spanish, informal: true, them: mailmsg.Address{Name: "Lucía Gómez", Email: "lucia@fahrwerk.de"},
		theirs: "Hola Alex:\n\nGracias por tu interés en el puesto. Te escribiremos antes del viernes con los próximos pasos.\n\nUn saludo,\nLucía",
		mine:   "Hola, Lucía:\n\nGracias a ti por tu tiempo. Quedo a la espera de tus noticias.\n\nUn saludo,\nAlex",
		greet:  map[string]string{"warm": "Hola, Lucía:", "playful": "¡Hola, Lucía!", "formal": "Buenos días, Lucía:"},
		job:    "puesto de Backend Engineer en Fahrwerk", quote: "El 9 de abril de 2027, Lucía Gómez escribió:",
		promise: "16 de abril", interview: "12 de abril"},
	// Swedish, Danish and Norwegian mail says du to everyone: so do the drafts.
	{lang: Swedish, informal: true, them: mailmsg.Address{Name: "Anna Berg", Email: "anna.berg@fahrwerk.se"},
		theirs: "Hej Alex,\n\nTack för din ansökan och för ett trevligt samtal. Vi återkommer till dig senast i slutet av nästa vecka.\n\nVänliga hälsningar\nAnna Berg",
		mine:   "Hej Anna,\n\nTack för samtalet i dag. Jag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlex",
		greet:  map[string]string{"warm": "Hej Anna,", "playful": "Hej Anna!", "formal": "Hej Anna,"},
		job:    "tjänsten som Backend Engineer på Fahrwerk", quote: "Den 9 april 2027 skrev Anna Berg:",
		promise: "16 april", interview: "12 april"},
	{lang: Danish, informal: true, them: mailmsg.Address{Name: "Mette Hansen", Email: "mette.hansen@fahrwerk.dk"},
		theirs: "Hej Alex,\n\nTak for din ansøgning og for en god samtale. Vi vender tilbage til dig inden udgangen af næste uge.\n\nMed venlig hilsen\nMette Hansen",
		mine:   "Hej Mette,\n\nTak for samtalen i dag. Jeg glæder mig til at høre fra dig.\n\nVenlig hilsen\nAlex",
		greet:  map[string]string{"warm": "Hej Mette,", "playful": "Hej Mette!", "formal": "Hej Mette,"},
		job:    "stillingen som Backend Engineer hos Fahrwerk", quote: "Den 9. april 2027 skrev Mette Hansen:",
		promise: "16. april", interview: "12. april"},
	{lang: Norwegian, informal: true, them: mailmsg.Address{Name: "Ingrid Haugen", Email: "ingrid.haugen@fahrwerk.no"},
		theirs: "Hei Alex,\n\nTakk for søknaden din og en hyggelig samtale. Vi gir deg beskjed innen utgangen av neste uke.\n\nVennlig hilsen\nIngrid Haugen",
		mine:   "Hei Ingrid,\n\nTakk for praten i dag. Jeg ser frem til å høre fra deg.\n\nVennlig hilsen\nAlex",
		greet:  map[string]string{"warm": "Hei Ingrid,", "playful": "Hei Ingrid!", "formal": "Hei Ingrid,"},
		job:    "stillingen som Backend Engineer i Fahrwerk", quote: "9. april 2027 skrev Ingrid Haugen:",
		promise: "16. april", interview: "12. april"},
}

// inputFor is a draft of a thread in lt's language, with the language
// left to the thread (auto).
func inputFor(lt langThread) Input {
	in := testInput()
	me := mailmsg.Address{Name: "Alex Rivera", Email: "me.alias@example.com"}
	theirs := &mailmsg.Message{MessageID: "m3@fahrwerk.de", From: lt.them, To: []mailmsg.Address{me},
		Date: time.Date(2027, 4, 9, 14, 5, 0, 0, testZone), Excerpt: lt.theirs}
	mine := &mailmsg.Message{MessageID: "m2@example.com", From: me, To: []mailmsg.Address{lt.them},
		Date: time.Date(2027, 4, 8, 11, 0, 0, 0, testZone), Excerpt: lt.mine}
	in.To, in.Cc, in.Counterpart = []mailmsg.Address{lt.them}, nil, lt.them
	in.Company, in.Role = "Fahrwerk", "Backend Engineer"
	in.Last = theirs
	in.Messages = []ThreadMessage{{Message: mine, Mine: true}, {Message: theirs}}
	interview := time.Date(2027, 4, 12, 15, 0, 0, 0, testZone)
	in.InterviewAt = &interview
	in.Language = LanguageAuto
	return in
}

// threadFor finds a thread id whose first nudge uses variant v of n.
func threadFor(v, n int) string {
	for i := 0; ; i++ {
		if id := fmt.Sprintf("thread%d", i); Variant(id, 1, n) == v {
			return id
		}
	}
}

// TestComposeEveryLanguage writes every situation x tone x variant in
// every language and form of address, and reads the bytes back: no mark
// of a program, format=flowed within 78 characters with the quote a
// quote, the greeting, the job, the local dates and the quote line of the
// language, the form of address of the thread.
func TestComposeEveryLanguage(t *testing.T) {
	dt, err := DefaultTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, lt := range langThreads {
		for _, tone := range []string{"warm", "playful", "formal"} {
			for _, s := range situations {
				n := dt.VariantsIn(lt.lang, tone, s)
				if min := map[bool]int{true: 4, false: 2}[lt.lang == English]; n < min {
					t.Errorf("%s/%s/%s has %d variants, want at least %d", lt.lang, tone, s, n, min)
				}
				texts := map[string]bool{}
				for v := 0; v < n; v++ {
					name := fmt.Sprintf("%s(informal %v)/%s/%s/%d", lt.lang, lt.informal, tone, s, v)
					in := inputFor(lt)
					in.Tone, in.Situation, in.ThreadID = tone, s, threadFor(v, n)
					if s == SecondNudge {
						in.Nudge = 2
						in.ThreadID = threadFor((v+n-1)%n, n) // nudge 2 takes the next variant
					}
					d, err := Compose(in)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if d.Language != lt.lang {
						t.Errorf("%s: written in %q, want %q", name, d.Language, lt.lang)
					}
					texts[d.Body] = true
					checkDraftBytes(t, name, d)
					_, body, _ := parseRaw(t, d.Raw)
					if first, _, _ := strings.Cut(body, "\n"); first != lt.greet[tone] {
						t.Errorf("%s: greeting %q, want %q", name, first, lt.greet[tone])
					}
					if lt.lang != English && !strings.Contains(d.Body, lt.job) {
						t.Errorf("%s: does not name %q:\n%s", name, lt.job, d.Body)
					}
					if lt.lang == English && strings.Contains(d.Body, "Backend Engineer") && !strings.Contains(d.Body, lt.job) {
						t.Errorf("%s: names the role but not as %q:\n%s", name, lt.job, d.Body)
					}
					if !strings.Contains(body, "\n\n"+lt.quote+"\n> ") {
						t.Errorf("%s: no quote line %q:\n%s", name, lt.quote, body)
					}
					switch s {
					case AfterPromise:
						if !strings.Contains(d.Body, lt.promise) {
							t.Errorf("%s: lacks the promised date %q:\n%s", name, lt.promise, d.Body)
						}
					case AfterInterview, ThankYou:
						if !strings.Contains(d.Body, lt.interview) {
							t.Errorf("%s: lacks the interview date %q:\n%s", name, lt.interview, d.Body)
						}
					}
					if lt.lang != English {
						if inf, ok := classifier.Informal(lt.lang, d.Body); ok && inf != lt.informal {
							t.Errorf("%s: addresses the reader informal=%v (known %v), want %v:\n%s", name, inf, ok, lt.informal, d.Body)
						}
						if got := classifier.DetectLanguage(d.Body); got != lt.lang {
							t.Errorf("%s: the text reads as %q:\n%s", name, got, d.Body)
						}
					}
					for _, a := range artifacts {
						if strings.Contains(d.Body, a) {
							t.Errorf("%s: artifact %q:\n%s", name, a, d.Body)
						}
					}
				}
				if len(texts) != n {
					t.Errorf("%s/%s/%s: %d variants give %d distinct texts", lt.lang, tone, s, n, len(texts))
				}
			}
		}
	}
}

// checkDraftBytes checks what every draft's bytes must be: no header
// that marks it as a program's, text/plain format=flowed DelSp=no, lines
// of at most 78 characters, soft breaks only within a paragraph or
// within the quote.
func checkDraftBytes(t *testing.T, name string, d Draft) {
	t.Helper()
	checkLineEnds(t, d.Raw)
	h, flowed, head := parseRawFlowed(t, d.Raw)
	for _, f := range fieldNames(head) {
		if lf := strings.ToLower(f); strings.HasPrefix(lf, "x-") || lf == "user-agent" {
			t.Errorf("%s: header %s marks the draft", name, f)
		}
	}
	if mt, p, err := h.ContentType(); err != nil || mt != "text/plain" || p["format"] != "flowed" || p["delsp"] != "no" || p["charset"] != "utf-8" {
		t.Errorf("%s: Content-Type %q %v %v", name, mt, p, err)
	}
	lines := strings.Split(strings.TrimSuffix(flowed, "\n"), "\n")
	inQuote := false
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > 78 {
			t.Errorf("%s: line %d has %d characters: %q", name, i+1, n, l)
		}
		quoted := strings.HasPrefix(l, ">")
		if inQuote && !quoted {
			t.Errorf("%s: line %d after the quote is not quoted: %q", name, i+1, l)
		}
		inQuote = inQuote || quoted
		if strings.HasSuffix(l, " ") && i+1 < len(lines) {
			next := lines[i+1]
			if next == "" || quoted != strings.HasPrefix(next, ">") {
				t.Errorf("%s: line %d flows into %q: %q", name, i+1, next, l)
			}
		}
		if !quoted && (strings.HasPrefix(l, "From ") || strings.HasPrefix(l, " ") && !strings.HasPrefix(l, " From ")) {
			t.Errorf("%s: line %d not space-stuffed right: %q", name, i+1, l)
		}
	}
	if !strings.HasPrefix(mailmsg.Unflow(flowed, false), d.Body) {
		t.Errorf("%s: the flowed text does not read back as the body", name)
	}
}

// An explicit draft.language wins over the thread's.
func TestComposeLanguageSetting(t *testing.T) {
	in := inputFor(langThreads[1]) // German
	for _, tc := range []struct{ lang, want string }{{"", German}, {"auto", German}, {"en", English}, {"fr", French}, {"ES", Spanish},
		{"sv", Swedish}, {"DA", Danish}, {"nb", Norwegian}} {
		in.Language = tc.lang
		d, err := Compose(in)
		if err != nil || d.Language != tc.want {
			t.Errorf("Language %q: written in %q, %v; want %q", tc.lang, d.Language, err, tc.want)
		}
	}
	for _, lang := range []string{"it", "no", "nn"} { // Norwegian drafts are bokmål: nb
		in.Language = lang
		if _, err := Compose(in); err == nil || !strings.Contains(err.Error(), `unknown language "`+lang+`"`) {
			t.Errorf("Language %s: %v", lang, err)
		}
	}
	// A thread in no language it knows is written in English.
	in = inputFor(langThreads[0])
	in.Messages[1].Message.Excerpt = "Grazie mille per la tua candidatura, ti contatteremo presto."
	in.Messages[0].Message.Excerpt = "Grazie!"
	if d, err := Compose(in); err != nil || d.Language != English {
		t.Errorf("Italian thread: written in %q, %v; want en", d.Language, err)
	}
}

func TestDayIn(t *testing.T) {
	now := testNow()
	cases := []struct {
		lang string
		t    time.Time
		want string
	}{
		{German, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "16. April"},
		{German, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), "1. März 2026"},
		{French, time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC), "1er avril"},
		{French, time.Date(2027, 8, 16, 12, 0, 0, 0, testZone), "16 août"},
		{Spanish, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "16 de abril"},
		{Spanish, time.Date(2028, 1, 2, 0, 0, 0, 0, time.UTC), "2 de enero de 2028"},
		{English, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "Friday, April 16"},
		{Swedish, time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "16 april"},
		{Swedish, time.Date(2028, 5, 3, 0, 0, 0, 0, time.UTC), "3 maj 2028"},
		{Swedish, time.Date(2027, 8, 1, 12, 0, 0, 0, testZone), "1 augusti"},
	}
	for _, tc := range cases {
		if got := dayIn(tc.lang, tc.t, now, now.Location()); got != tc.want {
			t.Errorf("dayIn(%s, %v) = %q, want %q", tc.lang, tc.t, got, tc.want)
		}
	}
}
