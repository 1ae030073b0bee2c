package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize lower-cases once and folds the typographic variants mail clients
// insert (curly apostrophes, non-breaking spaces, dashes), so that every rule
// can be written in plain ASCII-ish lower case.
//
// It gives exactly what strings.ToLower after a strings.Replacer of those
// variants gave (normalizeRef in text_test.go), in one pass instead of two
// copies of every body, and no copy at all when nothing changes.
func normalize(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && asciiFold[s[i]] == s[i] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++ // "\r\n" is one newline
			}
			b.WriteByte(asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case foldRune(r) != 0:
			b.WriteByte(foldRune(r))
		case r == utf8.RuneError && size == 1:
			// strings.ToLower replaces invalid UTF-8 the same way.
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// asciiFold maps each ASCII byte to what normalize makes of it.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c - 'A' + 'a')
	}
	t['`'] = '\''
	t['\r'] = '\n'
	return t
}()

// foldRune returns the ASCII stand-in of a typographic variant, or 0.
func foldRune(r rune) byte {
	switch r {
	case '\u2019', '\u2018', '\u00b4':
		return '\''
	case '\u201c', '\u201d', '\u00ab', '\u00bb':
		return '"'
	case '\u00a0', '\u202f', '\u2009':
		return ' '
	case '\u2013', '\u2014':
		return '-'
	}
	return 0
}

// elisions are French clitics glued to the next word by an apostrophe
// ("l'entretien", "d'embauche"); the rules want the word itself.
var elisions = map[string]bool{"l": true, "d": true, "j": true, "qu": true, "n": true, "s": true, "c": true, "m": true, "t": true}

// tokenize splits normalized text into words (letters and digits; an
// apostrophe inside a word is kept so that "we'll" stays one token).
func tokenize(s string) []string {
	return appendTokens(make([]string, 0, len(s)/5), s)
}

// appendTokens appends the words of s to toks.
func appendTokens(toks []string, s string) []string {
	return appendTokensMarked(toks, s, nil)
}

// appendTokensMarked is appendTokens that also appends to marks, when not
// nil, the number of tokens before each sentence end: ".", "!", "?" or
// ";" before white space (or at the end), or a blank line. Rules that
// look a few words around a cue (outcome.go) stop there.
func appendTokensMarked(toks []string, s string, marks *[]int32) []string {
	start := -1    // where the current word began, -1 between words
	quote := false // the current word has an apostrophe
	for i := 0; i < len(s); {
		c := s[i]
		isWord, size := asciiWord[c], 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case isWord && start < 0:
			start, quote = i, c == '\''
		case isWord:
			quote = quote || c == '\''
		case start >= 0:
			toks = appendWord(toks, s[start:i], quote)
			start = -1
		}
		if marks != nil && !isWord && sentenceEnd(s, i) {
			if n := int32(len(toks)); len(*marks) == 0 || (*marks)[len(*marks)-1] != n {
				*marks = append(*marks, n)
			}
		}
		i += size
	}
	if start >= 0 {
		toks = appendWord(toks, s[start:], quote)
	}
	return toks
}

// sentenceEnd reports whether s[i] ends a sentence for appendTokensMarked.
func sentenceEnd(s string, i int) bool {
	switch s[i] {
	case '.', '!', '?', ';':
		return i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n'
	case '\n':
		return i+1 < len(s) && s[i+1] == '\n'
	}
	return false
}

// asciiWord marks the ASCII bytes that belong to words.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// appendWord appends w without surrounding apostrophes and without a French
// elision ("l'entretien" is "entretien"). Words without an apostrophe, most
// of them, skip that work.
func appendWord(toks []string, w string, quote bool) []string {
	if quote {
		w = strings.Trim(w, "'")
		if w == "" {
			return toks
		}
		if i := strings.IndexByte(w, '\''); i > 0 && elisions[w[:i]] {
			w = w[i+1:]
		}
	}
	return append(toks, w)
}

// class groups lexicon terms by what they are evidence of.
type class uint8

const (
	clsHiring       class = iota // hiring-process vocabulary (job evidence)
	clsInterview                 // the word "interview": hiring or press sense
	clsOtherSense                // press, podcast, research: "interview" not about a job
	clsAlert                     // job-alert and job-board marketing
	clsNewsletter                // newsletters and digests
	clsMarketing                 // marketing and spam language
	clsReceipt                   // orders, invoices, payments
	clsOOO                       // out-of-office text
	clsOffer                     // an offer is being made or answered
	clsWithdrawn                 // the candidate withdraws
	clsHoldEvent                 // "put on hold": closes the process near clsPostNoun
	clsPostNoun                  // position, role, requisition...
	clsScheduled                 // a time is confirmed
	clsScheduling                // a time is being found
	clsAwaiting                  // after an interview, waiting for a decision
	clsAck                       // the application was received
	clsOutreach                  // someone reaching out about a role
	clsTitle                     // the head noun of a job title: engineer, designer, lead
	clsTitleContext              // role, position, interview: what a job title stands next to
	clsNeg                       // negators: not, won't, unable, nicht, pas, non, niet, não
	clsProgress                  // a step in a process: move forward, proceed, selected, invite you
	clsOtherCand                 // other candidates: another candidate, someone, candidates whose
	clsOutcomeCue                // weighted rejection cues by family (outcome.go)
	clsPositive                  // the process goes on for the reader: pleased to invite, congratulations
	clsElsewhere                 // other domains that also have applications: housing, schools, grants
	clsThirdParty                // the reader in someone else's hiring: interviewer, referee, referrer
	clsSelfCand                  // the reader as the candidate: your application, you applied
	clsAutoText                  // automatic-reply text other than absence: not monitored, ticket received
	clsState                     // a final state of an application: rejected, unsuccessful, no longer active
	numClasses
)

// term is one phrase of the lexicon. A word ending in "*" matches any word
// with that prefix; a leading wildcard word is expanded at compile time.
type term struct {
	text   string
	words  []string
	weight float64
	cls    class
	// fam groups clsOutcomeCue terms: a family counts once, by its
	// heaviest phrase (outcome.go). On clsWithdrawn terms, "reader"
	// marks what only a candidate says ("withdraw my application").
	fam string
	// prefix has bit k set when words[k] ends in "*", worked out once
	// because scan asks for every candidate.
	prefix uint64
	// plural lets the last word take an English plural "s" (pluralTerm).
	plural bool
}

type lexicon struct {
	byFirst map[string][]*term
}

// wildcardSuffixes expands "interview*" in first position, where the index
// needs exact words.
var wildcardSuffixes = []string{"", "s", "es", "ed", "d", "ing", "er", "ers", "e", "en", "n", "a", "as", "o", "os"}

func newLexicon(groups ...[]term) *lexicon {
	l := &lexicon{byFirst: map[string][]*term{}}
	texts := map[string]bool{}
	for _, g := range groups {
		for _, t := range g {
			texts[t.text] = true
		}
	}
	for _, g := range groups {
		for i := range g {
			t := g[i]
			t.words = tokenizePattern(t.text)
			if len(t.words) == 0 || len(t.words) > 64 {
				panic("classifier: lexicon term of no or too many words")
			}
			for k, w := range t.words {
				if strings.HasSuffix(w, "*") {
					t.prefix |= 1 << k
				}
			}
			t.plural = pluralTerm(&t) && !texts[t.text+"s"]
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
			if matchAt(toks, i, t) {
				fn(hit{t, i})
			}
		}
	}
}

func matchAt(toks []string, i int, t *term) bool {
	if i+len(t.words) > len(toks) {
		return false
	}
	for k := 1; k < len(t.words); k++ {
		w, tok := t.words[k], toks[i+k]
		if t.prefix&(1<<k) != 0 {
			if !strings.HasPrefix(tok, w[:len(w)-1]) {
				return false
			}
		} else if w != tok && !(t.plural && k == len(t.words)-1 && len(tok) == len(w)+1 && tok[len(w)] == 's' && strings.HasPrefix(tok, w)) {
			return false
		}
	}
	return true
}

// pluralTerm reports a hiring or interview phrase of several words whose
// last word is an English noun that takes a plain "s" plural: "final
// round" is also "final rounds", "hiring manager" "hiring managers".
func pluralTerm(t *term) bool {
	if t.cls != clsHiring && t.cls != clsInterview || len(t.words) < 2 || t.prefix != 0 {
		return false
	}
	last := t.words[len(t.words)-1]
	if len(last) < 3 {
		return false
	}
	for i := 0; i < len(last); i++ {
		if last[i] < 'a' || last[i] > 'z' {
			return false
		}
	}
	switch last[len(last)-1] {
	case 's', 'x', 'z', 'y', 'h':
		return false
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
	// Swedish, Danish, Norwegian: "besked pr. mail", "bl.a.", "f.eks.", "t.ex.", "kl. 10", "senest d. 28/6"
	"pr": true, "bl.a": true, "f.eks": true, "t.ex": true, "evt": true, "ifm": true, "kl": true, "d": true,
	// titles before a name: "tu entrevista con el Ing. Rodrigo Salinas",
	// "la Lic. Mariana Téllez", "con il Dott. Rossi", "Prof. Weber"
	"ing": true, "lic": true, "dra": true, "sra": true, "srta": true, "arq": true, "mtro": true, "mtra": true,
	"prof": true, "dott": true, "avv": true,
}

// splitSentences works on normalized text. Single newlines are hard wraps,
// not boundaries; blank lines are.
func splitSentences(s string) []sentence {
	var out []sentence
	start := 0
	add := func(end int, q bool) {
		t := squeezeSpace(s[start:end])
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
			if isOrdinalDate(s[j:i], s[i+1:]) || ordinalDayAt(s[start:j], s[j:i], s[i+1:]) {
				continue // German "am 9. April", "bis zum 14. Mai", "am 12. um 9 Uhr"
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

// squeezeSpace is strings.Join(strings.Fields(s), " "): runs of white space
// become one space, none at the ends. Most sentences only need trimming and
// are returned as substrings; the others are built in one allocation where
// Fields and Join made two.
func squeezeSpace(s string) string {
	s = strings.TrimSpace(s)
	clean := true
	prev := false // the character before was white space
	for i := 0; i < len(s) && clean; {
		space, size := spaceAt(s, i)
		clean = !space || s[i] == ' ' && !prev
		prev = space
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev = false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if !space && prev {
			b.WriteByte(' ')
		}
		if !space {
			b.WriteString(s[i : i+size])
		}
		prev = space
		i += size
	}
	return b.String()
}

// spaceAt reports whether the character at s[i] is white space in the sense
// of unicode.IsSpace, and its length.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

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

// ordinalDayAt reports a German ordinal day of this month after its
// preposition with the hour or another day after it ("dann am 12. um 9
// Uhr", "am 12. oder 13."): the dot ends the number, not the sentence.
func ordinalDayAt(before, word, rest string) bool {
	if len(word) == 0 || len(word) > 2 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	before = strings.TrimRight(before, " \n")
	k := strings.LastIndexAny(before, " \n")
	switch strings.ToLower(before[k+1:]) {
	case "am", "zum", "vom", "ab", "bis", "dem", "den":
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	for _, p := range [...]string{"um ", "ab ", "von ", "zwischen ", "oder ", "und ", "bis "} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) && rest[len(p)] >= '0' && rest[len(p)] <= '9' {
			return true
		}
	}
	return false
}

// quoteMarks start the quoted message below a reply in the languages
// mailmsg.StripQuoted does not know: "-----Ursprüngliche Nachricht-----",
// "Il giorno ... ha scritto:", "Op ... schreef ...:", "Em ... escreveu:",
// an Outlook header block "Von: ... Gesendet: ...".
var quoteMarks = cues(
	"-----ursprüngliche nachricht", "-----mensagem original", "-----message d'origine", "-----mensaje original",
	"-----messaggio originale", "-----oorspronkelijk bericht", "-----original message", "ha scritto:", "schreef ",
	"escreveu:", "a écrit", "escribió:", "schrieb:", "wrote:", "\nvon: ", "\nde: ", "\nda: ", "\nvan: ", "\nfrom: ",
	// French typography spaces the colon: Outlook's "De : Hélène Roussel"
	// over "Envoyé : lundi 21 juin 2027 09:50"
	"\nde : ",
	"skrev ", "skrev:", "\nfrån: ", "\nfra: ", "\nfrå: ", "-----ursprungligt meddelande", "-----oprindelig meddelelse",
	"-----opprinnelig melding", "-----opphavleg melding", "--- original message",
	// Central and Eastern Europe's clients (r78: "---------- Původní zpráva
	// ----------" over "Od: Alex Rivera ... Datum: 30. 3. 2027"), read
	// only on a line of dashes or over a header field
	"původní zpráva", "oryginalna wiadomość", "pôvodná správa", "eredeti üzenet", "originalna poruka",
	"izvorna poruka", "alkuperäinen viesti", "mesajul original", "\nod: ",
)

// relayedBy: an attribution with neither a date nor an address is a
// messaging service's notice introducing the message it carries ("Tasha
// Greene, Early Talent Recruiter at Corbin Media Group, wrote:"), not a
// quote under a reply ("On Tue, Apr 6, 2027 at 10:00, Jane <j@x.com>
// wrote:").
func relayedBy(line string) bool {
	return !strings.ContainsAny(line, "0123456789@<") && strings.HasSuffix(line, " wrote:")
}

// headerFollows are the second field of a quoted Outlook header block
// ("sent:", "gesendet:", "envoyé :"), from secondFields.
var headerFollows = cues(func() []string {
	var out []string
	for _, f := range secondFields {
		out = append(out, f+":")
		if f == "envoyé" {
			out = append(out, f+" :") // French typography spaces the colon
		}
	}
	return out
}()...)

// secondFields are the names a mail program gives the field below "From:"
// in the header block it quotes.
var secondFields = []string{"gesendet", "enviado", "enviada", "enviado el", "enviado em", "enviada em", "inviato",
	"verzonden", "envoyé", "sent", "date", "datum", "data", "fecha", "skickat", "sendt"}

// headerFieldLine reports a text whose first line (after the line break
// it starts with) is a field of a quoted header block: "sent: ...", "to:
// ...", "betreff: ...". A platform's notice of a person's message puts its
// own fields there ("From: Brandon Kessler, Technical Recruiter" over
// "Regarding: Data Engineer" and "Sent: June 22", r91): the message it
// carries follows, no quote.
func headerFieldLine(next string) bool {
	l := strings.TrimLeft(next, "\n ")
	if k := strings.IndexByte(l, '\n'); k >= 0 {
		l = l[:k]
	}
	k := strings.IndexByte(l, ':')
	if k <= 0 {
		return false
	}
	return mailFields[strings.TrimSpace(l[:k])]
}

// mailFields are the names of the fields a mail program's quoted header
// block shows, in the languages it writes them in: secondFields and the
// others.
var mailFields = func() map[string]bool {
	m := map[string]bool{"to": true, "cc": true, "subject": true, "reply-to": true, "importance": true, "an": true,
		"betreff": true, "à": true, "objet": true, "date d'envoi": true, "para": true, "asunto": true, "a": true,
		"oggetto": true, "aan": true, "onderwerp": true, "assunto": true, "till": true, "til": true, "ämne": true,
		"emne": true, "kopie": true, "cc/bcc": true}
	for _, f := range secondFields {
		m[f] = true
	}
	return m
}()

// cutQuoted cuts normalized text at the first line that starts a quoted
// message, keeping the text above it when there is some.
func cutQuoted(s string) string {
	for from := 0; from < len(s); {
		i := quoteMarks.index(s[from:])
		if i < 0 {
			return s
		}
		i += from
		lineStart := strings.LastIndexByte(s[:i+1], '\n') + 1
		if s[i] == '\n' {
			lineStart = i + 1
		}
		lineEnd := strings.IndexByte(s[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += lineStart
		}
		line := strings.TrimSpace(s[lineStart:lineEnd])
		ok := strings.HasPrefix(line, "-----")
		if !ok && strings.HasSuffix(line, ":") && !relayedBy(line) {
			ok = true // "Il giorno ..., X ha scritto:"
		}
		if !ok && s[i] == '\n' {
			next := s[lineEnd:min(len(s), lineEnd+120)]
			ok = headerFollows.contains(next) && (ruleOff("header-block-next-field") || headerFieldLine(next))
		}
		if ok && lineStart >= 20 {
			return strings.TrimSpace(s[:lineStart])
		}
		from = lineEnd
	}
	return s
}
