package classifier

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// The fast text helpers must give exactly what the plain versions they
// replaced gave: verdicts, reasons included, may not change. The plain
// versions stay here as the reference.

func normalizeRef(s string) string { return strings.ToLower(foldPunctRef.Replace(s)) }

var foldPunctRef = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u00b4", "'", "`", "'",
	"\u201c", "\"", "\u201d", "\"", "\u00ab", "\"", "\u00bb", "\"",
	"\u00a0", " ", "\u202f", " ", "\u2009", " ",
	"\u2013", "-", "\u2014", "-",
	"\r\n", "\n", "\r", "\n",
)

func containsAnyRef(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func indexAnyRef(s string, subs []string) int {
	best := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

var allCueSets = map[string]*cueSet{
	"returnCues": returnCues, "contactCues": contactCues, "futureMarkers": futureMarkers,
	"standaloneCues": standaloneCues, "notPromise": notPromise, "conditionalCues": conditionalCues,
	"interviewCues": interviewCues, "promiseGate": promiseGate, "requestCues": requestCues,
	"askExclusions": askExclusions,
}

// sampleTexts are the texts of the test messages, raw, normalized and as
// sentences, plus the cue phrases themselves glued together, so that every
// phrase occurs somewhere, overlapping others.
func sampleTexts(t testing.TB) []string {
	var out []string
	var files []string
	for _, dir := range []string{"testdata", "testdata/tune", "testdata/heldout", "testdata/public"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*"))
		files = append(files, fs...)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		out = append(out, string(raw))
		if m, err := mailmsg.ParseBytes(raw); err == nil {
			out = append(out, m.Subject, m.Excerpt, normalize(m.Excerpt))
			for _, s := range splitSentences(normalize(m.OwnWords())) {
				out = append(out, s.text)
			}
		}
	}
	for _, c := range allCueSets {
		out = append(out, strings.Join(c.phrases, ""), strings.Join(c.phrases, " x"))
	}
	if len(out) < 100 {
		t.Fatalf("only %d sample texts", len(out))
	}
	return out
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Héllo\r\nWorld\r", "It\u2019s \u201cOK\u201d \u2013 \xc3(", "\xe2\x80", "İSTANBUL \u212a", "a\r\r\nb`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestNormalizeSamples(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range sampleTexts(t) {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%.60q...) differs from the reference", s)
		}
		// Cut anywhere, even inside a UTF-8 sequence.
		if len(s) > 2 {
			i := r.IntN(len(s))
			j := i + r.IntN(len(s)-i)
			if got, want := normalize(s[i:j]), normalizeRef(s[i:j]); got != want {
				t.Errorf("normalize(%q) = %q, want %q", s[i:j], got, want)
			}
		}
	}
}

func checkCues(t *testing.T, s string) {
	for name, c := range allCueSets {
		if got, want := c.contains(s), containsAnyRef(s, c.phrases); got != want {
			t.Fatalf("%s.contains(%q) = %v, want %v", name, s, got, want)
		}
		if got, want := c.index(s), indexAnyRef(s, c.phrases); got != want {
			t.Fatalf("%s.index(%q) = %v, want %v", name, s, got, want)
		}
	}
}

func TestCueSetSamples(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range sampleTexts(t) {
		checkCues(t, s)
		checkCues(t, normalize(s))
		for range 5 {
			i := r.IntN(len(s) + 1)
			j := i + r.IntN(len(s)-i+1)
			checkCues(t, s[i:j])
		}
	}
}

func TestCueSetOverlaps(t *testing.T) {
	c := cues("abcd", "bc", "cd", "d", "bcdx")
	for _, tc := range []struct {
		s     string
		index int
	}{
		{"", -1}, {"abc", 1}, {"xabcd", 1}, {"xxd", 2}, {"abcbcdx", 1}, {"aabcd", 1}, {"zzz", -1},
	} {
		if got := c.index(tc.s); got != tc.index {
			t.Errorf("index(%q) = %d, want %d", tc.s, got, tc.index)
		}
		if got := c.contains(tc.s); got != (tc.index >= 0) {
			t.Errorf("contains(%q) = %v, want %v", tc.s, got, tc.index >= 0)
		}
	}
}

func FuzzCueSet(f *testing.F) {
	f.Add("we will get back to you by friday", "back,get back to you, will ")
	f.Add("aaab", "ab,aab,b")
	f.Fuzz(func(t *testing.T, s, list string) {
		var phrases []string
		for _, p := range strings.Split(list, ",") {
			if p != "" {
				phrases = append(phrases, p)
			}
		}
		if len(phrases) == 0 {
			return
		}
		c := cues(phrases...)
		if got, want := c.contains(s), containsAnyRef(s, phrases); got != want {
			t.Errorf("contains(%q) with %q = %v, want %v", s, phrases, got, want)
		}
		if got, want := c.index(s), indexAnyRef(s, phrases); got != want {
			t.Errorf("index(%q) with %q = %v, want %v", s, phrases, got, want)
		}
	})
}

func tokenizeRef(s string) []string {
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

func checkText(t *testing.T, s string) {
	t.Helper()
	if got, want := tokenize(s), tokenizeRef(s); !slices.Equal(got, want) {
		t.Errorf("tokenize(%q) = %q, want %q", s, got, want)
	}
	if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"we'll l'entretien d'' ''x 'n' qu'il", "a  b\u00a0c\u2028 d\t", " x ", "\xff é1"} {
		f.Add(s)
	}
	f.Fuzz(checkText)
}

func TestTokenizeSamples(t *testing.T) {
	for _, s := range sampleTexts(t) {
		checkText(t, s)
		checkText(t, normalize(s))
	}
}

// A hiring phrase of several words matches its plural too: writers say
// "final rounds" and "hiring managers" as often as the singular the
// lexicon lists. Single words, phrases already listed in the plural and
// words whose plural is not a plain "s" keep to what is written.
func TestLexiconPlurals(t *testing.T) {
	matched := func(text, phrase string) bool {
		found := false
		lex.scan(tokenize(normalize(text)), func(h hit) {
			if h.t.text == phrase {
				found = true
			}
		})
		return found
	}
	for _, tc := range []struct {
		text, phrase string
		want         bool
	}{
		{"they wrap up final rounds tomorrow", "final round", true},
		{"they wrap up the final round tomorrow", "final round", true},
		{"both hiring managers liked you", "hiring manager", true},
		{"the final roundsman", "final round", false},
		{"campus visits start in March", "campus visit", false}, // listed itself
		{"our phone screens", "phone screen*", true},
	} {
		if got := matched(tc.text, tc.phrase); got != tc.want {
			t.Errorf("%q matches %q: %v, want %v", tc.text, tc.phrase, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text    string
		wantJob bool
	}{
		{"Hey Alex, heard from Karen this afternoon. They wrap up final rounds tomorrow and will make the call early next week. I'll let you know the minute I have it.", true},
	} {
		if v := Classify(letter("marcus@talentbridge.example", "Re: any feedback?", tc.text)); v.Job != tc.wantJob {
			t.Errorf("%q: job %v, want %v (%q)", tc.text, v.Job, tc.wantJob, v.Reasons)
		}
	}
}

// A short reply whose only words of a hiring process are a graduate
// scheme's assessment centre. It weighs little on its own: benefit claims
// and courses have them too.
func TestAssessmentCentre(t *testing.T) {
	for _, tc := range []struct {
		from, subject, text string
		wantJob             bool
	}{
		{"lydia.marsh@stonebridge.example", "RE: Assessment centre - any news?", "Hi Alex,\nNo news yet I'm afraid - still waiting on sign-off from the practice lead. Will shout as soon as I hear.\nLydia", true},
		{"noreply@pip-assessments.example", "Your PIP assessment appointment", "Dear Alex Rivera,\n\nYour face-to-face assessment for your Personal Independence Payment claim will take place at the Leeds assessment centre on Tuesday 16 March at 10:30am. Please bring photo ID and a list of your medication.", false},
		{"noreply@dvsa.example", "Assessment day confirmed", "Hi Alex,\n\nYour assessment day for the motorcycle course is confirmed for Saturday 13 March at 8am. Bring your provisional licence.", false},
	} {
		m := letter(tc.from, tc.subject, tc.text)
		if strings.HasPrefix(tc.subject, "R") {
			m.InReplyTo = "<a1@fastmail.com>"
		}
		if v := Classify(m); v.Job != tc.wantJob {
			t.Errorf("%q: job %v, want %v (%q)", tc.subject, v.Job, tc.wantJob, v.Reasons)
		}
	}
}
