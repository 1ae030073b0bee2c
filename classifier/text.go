package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize lower-cases once and folds the typographic variants mail clients
// insert (curly apostrophes, non-breaking spaces, dashes), so that every rule
// can be written in plain ASCII-ish lower case.
func normalize(s string) string {
	return strings.ToLower(foldPunct.Replace(s))
}

var foldPunct = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u00b4", "'", "`", "'",
	"\u201c", "\"", "\u201d", "\"", "\u00ab", "\"", "\u00bb", "\"",
	"\u00a0", " ", "\u202f", " ", "\u2009", " ",
	"\u2013", "-", "\u2014", "-",
	"\r\n", "\n", "\r", "\n",
)

// elisions are French clitics glued to the next word by an apostrophe
// ("l'entretien", "d'embauche"); the rules want the word itself.
var elisions = map[string]bool{"l": true, "d": true, "j": true, "qu": true, "n": true, "s": true, "c": true, "m": true, "t": true}

// tokenize splits normalized text into words (letters and digits; an
// apostrophe inside a word is kept so that "we'll" stays one token).
func tokenize(s string) []string {
	toks := make([]string, 0, len(s)/5)
	start := -1
	emit := func(end int) {
		w := s[start:end]
		start = -1
		w = strings.Trim(w, "'")
		if w == "" {
			return
		}
		if i := strings.IndexByte(w, '\''); i > 0 && elisions[w[:i]] {
			w = w[i+1:]
		}
		toks = append(toks, w)
	}
	for i := 0; i < len(s); {
		c := s[i]
		var isWord bool
		size := 1
		if c < utf8.RuneSelf {
			isWord = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if isWord {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			emit(i)
		}
		i += size
	}
	if start >= 0 {
		emit(len(s))
	}
	return toks
}

// class groups lexicon terms by what they are evidence of.
type class uint8

const (
	clsHiring        class = iota // hiring-process vocabulary (job evidence)
	clsInterview                  // the word "interview": hiring or press sense
	clsOtherSense                 // press, podcast, research: "interview" not about a job
	clsAlert                      // job-alert and job-board marketing
	clsNewsletter                 // newsletters and digests
	clsMarketing                  // marketing and spam language
	clsReceipt                    // orders, invoices, payments
	clsOOO                        // out-of-office text
	clsRejectStrong               // a rejection on its own
	clsRejectHedge                // "unfortunately": a rejection only near clsRejectContext
	clsRejectContext              // decision words that turn a hedge into a rejection
	clsOffer                      // an offer is being made or answered
	clsWithdrawn                  // the candidate withdraws
	clsHoldEvent                  // "put on hold": closes the process near clsPostNoun
	clsPostNoun                   // position, role, requisition...
	clsScheduled                  // a time is confirmed
	clsScheduling                 // a time is being found
	clsAwaiting                   // after an interview, waiting for a decision
	clsAck                        // the application was received
	clsOutreach                   // someone reaching out about a role
	clsTitle                      // the head noun of a job title: engineer, designer, lead
	clsTitleContext               // role, position, interview: what a job title stands next to
	numClasses
)

// term is one phrase of the lexicon. A word ending in "*" matches any word
// with that prefix; a leading wildcard word is expanded at compile time.
type term struct {
	text   string
	words  []string
	weight float64
	cls    class
}

type lexicon struct {
	byFirst map[string][]*term
}

// wildcardSuffixes expands "interview*" in first position, where the index
// needs exact words.
var wildcardSuffixes = []string{"", "s", "es", "ed", "d", "ing", "er", "ers", "e", "en", "n", "a", "as", "o", "os"}

func newLexicon(groups ...[]term) *lexicon {
	l := &lexicon{byFirst: map[string][]*term{}}
	for _, g := range groups {
		for i := range g {
			t := g[i]
			t.words = tokenizePattern(t.text)
			if len(t.words) == 0 {
				panic("classifier: empty lexicon term")
			}
			first := t.words[0]
			if strings.HasSuffix(first, "*") {
				stem := strings.TrimSuffix(first, "*")
				for _, suf := range wildcardSuffixes {
					l.byFirst[stem+suf] = append(l.byFirst[stem+suf], &t)
				}
			} else {
				l.byFirst[first] = append(l.byFirst[first], &t)
			}
		}
	}
	return l
}

// tokenizePattern tokenizes a lexicon phrase the same way as text, keeping
// a trailing "*" on words.
func tokenizePattern(p string) []string {
	var out []string
	for _, f := range strings.Fields(normalize(p)) {
		star := strings.HasSuffix(f, "*")
		ws := tokenize(strings.TrimSuffix(f, "*"))
		if star && len(ws) > 0 {
			ws[len(ws)-1] += "*"
		}
		out = append(out, ws...)
	}
	return out
}

// hit is a matched term and the token index where it starts.
type hit struct {
	t   *term
	pos int
}

// scan reports every term occurrence in toks.
func (l *lexicon) scan(toks []string, fn func(h hit)) {
	for i, tok := range toks {
		cands := l.byFirst[tok]
		for _, t := range cands {
			if matchAt(toks, i, t.words) {
				fn(hit{t, i})
			}
		}
	}
}

func matchAt(toks []string, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		w, tok := words[k], toks[i+k]
		if strings.HasSuffix(w, "*") {
			if !strings.HasPrefix(tok, w[:len(w)-1]) {
				return false
			}
		} else if w != tok {
			return false
		}
	}
	return true
}

// sentence is a piece of normalized text ending at ".", "!", "?" or a blank
// line. question records a "?" ending.
type sentence struct {
	text     string
	question bool
}

// abbreviations never end a sentence even when followed by a space.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"e.g": true, "i.e": true, "etc": true, "vs": true, "no": true, "a.m": true, "p.m": true,
	"approx": true, "inc": true, "ltd": true, "co": true, "z.b": true, "bzw": true, "ca": true,
}

// splitSentences works on normalized text. Single newlines are hard wraps,
// not boundaries; blank lines are.
func splitSentences(s string) []sentence {
	var out []sentence
	start := 0
	add := func(end int, q bool) {
		t := strings.Join(strings.Fields(s[start:end]), " ")
		if t != "" {
			out = append(out, sentence{text: t, question: q})
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '?', '!':
			add(i+1, s[i] == '?')
			start = i + 1
		case '.':
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' {
				continue // 4.22, example.com
			}
			j := i
			for j > start && s[j-1] != ' ' && s[j-1] != '\n' {
				j--
			}
			if abbreviations[strings.TrimLeft(s[j:i], "(\"'")] {
				continue
			}
			if isOrdinalDate(s[j:i], s[i+1:]) {
				continue // German "am 9. April", "bis zum 14. Mai"
			}
			add(i+1, false)
			start = i + 1
		case '\n':
			if i+1 < len(s) && s[i+1] == '\n' {
				add(i, false)
				start = i + 1
			}
		}
	}
	add(len(s), false)
	return out
}

// containsAny is the cheap gate in front of regular expressions.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isOrdinalDate reports a German ordinal day ("9.") followed by a month
// name, which is no sentence end.
func isOrdinalDate(word, rest string) bool {
	if len(word) == 0 || len(word) > 2 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	for name := range foreignMonths {
		if strings.HasPrefix(rest, name) {
			return true
		}
	}
	return false
}
