package draft

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// momentWords are words a text in the language cannot do without; a
// draft of a moment has at least three of them.
var momentWords = map[string][]string{
	English:   {"i", "the", "and", "you", "to", "for", "my", "of"},
	German:    {"ich", "und", "die", "der", "mich", "für", "mit", "zu", "nicht", "gern", "Stelle", "Bewerbung"},
	French:    {"je", "et", "le", "la", "pour", "de", "mon", "ma", "ce", "une", "poste", "candidature"},
	Spanish:   {"me", "el", "la", "de", "que", "por", "mi", "y", "una", "para", "puesto", "candidatura"},
	Swedish:   {"jag", "och", "att", "det", "för", "inte", "min", "mig", "dig", "till", "tjänsten", "ansökan"},
	Danish:    {"jeg", "og", "at", "det", "for", "ikke", "min", "mig", "dig", "til", "stillingen", "ansøgning"},
	Norwegian: {"jeg", "og", "å", "det", "for", "ikke", "min", "meg", "deg", "til", "stillingen", "søknaden"},
}

// momentGendered are words that would make a French or Spanish text
// depend on the writer's gender (or the reader's), or a Spanish one
// depend on the reader's country: the texts avoid them.
// Whole words: "se prête", "bien sûr" and "une situation heureuse" are
// no one's.
var momentGendered = map[string][]string{
	French: {"ravi", "ravie", "déçu", "déçue", "reconnaissant", "reconnaissante", "intéressé", "intéressée",
		"heureux", "désolé", "désolée", "tenu informé", "tenue informée", "prêt", "suis sûr", "conscient",
		"consciente", "certain que", "content", "contente", "motivé", "motivée", "engagé", "engagée"},
	Spanish: {"interesado", "interesada", "agradecido", "agradecida", "encantado", "encantada", "contento",
		"contenta", "decepcionado", "decepcionada", "dispuesto", "dispuesta", "seguro de", "segura de",
		"preparado", "juntos", "juntas", "ilusionado", "ilusionada",
		// and vosotros, which only Spain says
		"vosotros", "vuestro", "vuestra", "vuestros", "vuestras", "os"},
}

// momentDangling is a preposition or article left before punctuation by
// an omitted date or phrase: "bis zum .", "d'ici le .", "antes del ,",
// "senast den .".
var momentDangling = regexp.MustCompile(`(?i)\b(bis zum|zum|vom|am|bis|le|du|au|d'ici|del|el|hasta|antes|para|by|the|den|senast|senest|innan|inden|innen)\s*[.,;:!?)]`)

// TestComposeMoments composes every moment of a search (expedite,
// withdraw, close_loop, after_rejection) in every tone, variant, language
// and form of address, with everything known and with nothing known: a
// text in the language and the thread's form of address, under 120 words
// above the quote, greeting and signature in place, no placeholder
// artefacts, the offer's deadline in an expedite note when given and no
// trace of it when not, the job named in German, French and Spanish, no
// gendered forms in French and Spanish.
func TestComposeMoments(t *testing.T) {
	dt, err := DefaultTemplates()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Date(2027, 4, 30, 0, 0, 0, 0, testZone)
	deadlineIn := map[string]string{English: "Friday, April 30", German: "30. April", French: "30 avril", Spanish: "30 de abril",
		Swedish: "30 april", Danish: "30. april", Norwegian: "30. april"}
	update := "I have since finished my AWS certification."
	for _, lt := range langThreads {
		for _, tone := range []string{"warm", "playful", "formal"} {
			for _, s := range moments {
				n := dt.VariantsIn(lt.lang, tone, s)
				if n < 2 {
					t.Errorf("%s/%s/%s has %d variants, want at least 2", lt.lang, tone, s, n)
					continue
				}
				texts := map[string]bool{}
				for v := 0; v < n; v++ {
					var withDeadline string // the variant's text with the deadline known
					for _, known := range []bool{true, false} {
						name := fmt.Sprintf("%s(informal %v)/%s/%s/%d (known %v)", lt.lang, lt.informal, tone, s, v, known)
						in := momentInput(lt, s, known)
						in.Tone, in.Situation, in.ThreadID = tone, s, threadFor(v, n)
						if known {
							in.Update = update
							if s == Expedite {
								in.OfferDeadline = &deadline
							}
						}
						d, err := Compose(in)
						if err != nil {
							t.Fatalf("%s: %v", name, err)
						}
						if d.Language != lt.lang {
							t.Errorf("%s: written in %q, want %q", name, d.Language, lt.lang)
						}
						checkDraftBytes(t, name, d)
						checkMoment(t, name, lt, d.Body)
						if known {
							texts[d.Body] = true
							if first, _, _ := strings.Cut(d.Body, "\n"); first != lt.greet[tone] {
								t.Errorf("%s: greeting %q, want %q", name, first, lt.greet[tone])
							}
							if lt.lang != English && !strings.Contains(d.Body, lt.job) && !strings.Contains(d.Body, teamNoun(lt.lang, "Fahrwerk")) {
								t.Errorf("%s: names neither %q nor the team:\n%s", name, lt.job, d.Body)
							}
							if strings.Contains(d.Body, update) {
								t.Errorf("%s: carries the update, which fits no moment:\n%s", name, d.Body)
							}
						}
						switch {
						case s == Expedite && known:
							withDeadline = d.Body
							if !strings.Contains(d.Body, deadlineIn[lt.lang]) {
								t.Errorf("%s: lacks the offer's deadline %q:\n%s", name, deadlineIn[lt.lang], d.Body)
							}
						case s == Expedite:
							checkNoDeadline(t, name, withDeadline, deadlineIn[lt.lang], d.Body)
						}
					}
				}
				if len(texts) != n {
					t.Errorf("%s(informal %v)/%s/%s: %d variants give %d distinct texts", lt.lang, lt.informal, tone, s, n, len(texts))
				}
			}
		}
	}
}

// momentInput is a draft of a moment in lt's thread. With nothing known:
// no company, no role, a counterpart without a name, the language set
// rather than read from the thread. A close_loop note follows my own
// unanswered message.
func momentInput(lt langThread, s Situation, known bool) Input {
	in := inputFor(lt)
	in.InterviewAt = nil
	if s == CloseLoop {
		nudge := *in.Messages[0].Message // mine
		nudge.MessageID, nudge.Date = "m4@example.com", time.Date(2027, 4, 13, 10, 0, 0, 0, testZone)
		in.Messages = append(in.Messages, ThreadMessage{Message: &nudge, Mine: true})
		in.Last = &nudge
		in.InReplyTo = nudge.MessageID
	}
	if !known {
		in.Company, in.Role = "", ""
		nameless := mailmsg.Address{Email: lt.them.Email}
		in.To, in.Counterpart = []mailmsg.Address{nameless}, nameless
		in.Language = lt.lang
	}
	return in
}

// checkMoment checks the text above the quote of a moment's draft.
func checkMoment(t *testing.T, name string, lt langThread, body string) {
	t.Helper()
	if w := wordCount(body); w >= 120 {
		t.Errorf("%s: %d words, want < 120:\n%s", name, w, body)
	}
	if !strings.HasSuffix(body, "\nAlex Rivera") {
		t.Errorf("%s: does not end with the signature:\n%s", name, body)
	}
	for _, a := range append(artifacts, "<no value>", " ,", "  ") {
		if strings.Contains(body, a) {
			t.Errorf("%s: artifact %q:\n%s", name, a, body)
		}
	}
	if m := momentDangling.FindString(body); m != "" {
		t.Errorf("%s: dangling %q:\n%s", name, m, body)
	}
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, w := range momentWords[lt.lang] {
			if f == strings.ToLower(w) {
				seen[w] = true
			}
		}
	}
	if len(seen) < 3 {
		t.Errorf("%s: only %d of the words %v; not %s?\n%s", name, len(seen), momentWords[lt.lang], lt.lang, body)
	}
	if lt.lang == English {
		return
	}
	if got := classifier.DetectLanguage(body); got != lt.lang {
		t.Errorf("%s: the text reads as %q:\n%s", name, got, body)
	}
	// The thread's form of address, and it must tell.
	if inf, ok := classifier.Informal(lt.lang, body); !ok || inf != lt.informal {
		t.Errorf("%s: addresses the reader informal=%v (known %v), want %v:\n%s", name, inf, ok, lt.informal, body)
	}
	words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	for _, g := range momentGendered[lt.lang] {
		if strings.Contains(words, " "+g+" ") {
			t.Errorf("%s: %q depends on a gender:\n%s", name, g, body)
		}
	}
}

// datePreposition are the words that lead up to a date in a sentence.
var datePreposition = map[string]bool{
	"zum": true, "am": true, "vom": true, "bis": true, "le": true, "du": true, "au": true, "del": true, "el": true,
	"de": true, "by": true, "of": true, "on": true, "until": true, "before": true, "for": true,
	"den": true, "senast": true, "senest": true, "innan": true, "inden": true, "innen": true, "till": true, "til": true,
}

// checkNoDeadline checks an expedite text written without a deadline
// (without) against the same variant's text with one (with): nothing of
// a date, and none of the three words that lead up to it in with when
// they end in a preposition ("mich bis zum", "répondre d'ici le",
// "pendiente para el"), which without a date would dangle.
func checkNoDeadline(t *testing.T, name, with, deadline, without string) {
	t.Helper()
	if strings.ContainsAny(without, "0123456789") {
		t.Errorf("%s: a date without a deadline given:\n%s", name, without)
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	ww, first := words(with), words(deadline)[0]
	plain := " " + strings.Join(words(without), " ") + " "
	found := false
	for i, w := range ww {
		if w != first || i < 3 {
			continue
		}
		found = true
		if !datePreposition[ww[i-1]] {
			continue // "a clock attached (April 30)": nothing dangles without it
		}
		if lead := strings.Join(ww[i-3:i], " "); strings.Contains(plain, " "+lead+" ") {
			t.Errorf("%s: %q without the date that follows it:\n%s", name, lead, without)
		}
	}
	if !found {
		t.Errorf("%s: no deadline %q in the text with one:\n%s", name, deadline, with)
	}
}
