package classifier

//go:generate go run ./internal/trainpromise -exclude r22_*,r23_*,r24_*,r25_*,r26_*,r27_*,r28_*,r29_*,r30_*,r31_*,r32_*,r33_*,r34_*,r35_*,r36_*,r37_*,r38_*,r39_*,r40_*,r41_*,r42_*,r43_*,r44_*,r45_*,r46_*,r47_*,r48_*,r49_*,r50_*,r51_*,r52_*,r53_*,r54_*,r55_*,r56_*,r57_*,r58_*,r59_*,r60_*,r61_*,r62_*,r63_*,r64_*,r65_*,r66_*,r67_*,r68_*,r69_*,r70_*,r71_*,r72_*,r73_*,r74_*,r75_*,r76_*,r77_*,r78_*,r79_*,r80_*,r81_*,r82_*,r83_*,r84_*,r85_*,r86_*,r87_*,r88_*,r89_*,r90_*,r91_* -out promisemodel_table.go

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/hearback/hearback/classifier/internal/modelhook"
	"github.com/hearback/hearback/mailmsg"
)

// The learned promise model reads a sentence that names a day to come,
// when the promise rules (promise.go, promise_cues.go) found no dated
// promise in the message: each new writer brings promise forms the cue
// lists lack ("wir gehen davon aus, dass wir Ihnen bis Freitag ...",
// "de uitslag wordt u binnen tien werkdagen bezorgd"), and the rules reach
// them only after that writer has been read.
//
// It is a logistic regression over the sentence's words and adjacent
// pairs, the day itself replaced by one token ("ddd"), fitted by
// internal/trainpromise on the tuning mail's sentences that name a day
// (positive: the day is the one the message's label promises). Its table
// is promisemodel_table.go. A sentence counts when its log-odds reach
// promiseModelMin; the reason names the words that weighed most. Chosen on
// fresh rounds before their tuning: on r21 and r22 at their arrival,
// trained without them, it found 5 of 15 and 3 of 10 of the dated
// promises the rules missed, and no promise where none was made.
const promiseModelMin = 2.0

// promiseSentence is a sentence that names a day to come, as the model
// reads it.
type promiseSentence struct {
	text  string
	feats []string
	hit   dateHit // the first day to come it names
	dates []string
}

// promiseSentences are the sentences of d that name a day to come (not
// "then", not today), with the model's features.
func promiseSentences(d *doc) []promiseSentence {
	base := d.m.Date
	if base.IsZero() {
		return nil
	}
	today := startOfDay(base)
	lg := d.lang()
	var out []promiseSentence
	for _, s := range d.sentences() {
		if s.question {
			continue
		}
		var hs []dateHit
		for _, h := range scanDates(s.text, base, lg) {
			if !h.then && !h.t.Before(today) && h.rule != "today" {
				hs = append(hs, h)
			}
		}
		if len(hs) == 0 || underCondition(s.text, hs[0].start, lg) {
			continue
		}
		ps := promiseSentence{text: s.text, feats: promiseFeatures(s.text, hs), hit: answeredDay(s.text, hs)}
		for _, h := range hs {
			ps.dates = append(ps.dates, h.t.Format("2006-01-02"))
		}
		out = append(out, ps)
	}
	return out
}

// answeredDay is the day a sentence the model reads as a promise names
// for the answer: the first after a word for the answer when a day
// comes before that word too ("they're interviewing three more this
// week and next, and they'll give me an answer on all candidates within
// two weeks"), else its first day to come.
func answeredDay(s string, hs []dateHit) dateHit {
	if len(hs) > 1 && !ruleOff("answered-day") {
		if i := answerNouns.index(s); i > hs[0].start {
			for _, h := range hs[1:] {
				if h.start > i {
					return h
				}
			}
		}
	}
	if len(hs) > 1 && !deadlineRightBefore(s[:hs[0].start]) && !ruleOff("deadline-day") {
		// a later day set as a deadline ("d'ici", "by", "bis") is the
		// answer's, not an earlier one the sentence only mentions:
		// "avec le férié du 1er mai, je vous proposerai des dates d'ici
		// la fin de la semaine prochaine"
		// So is a later day said to be the latest: "lo vemos mañana en la
		// reunión, así que el viernes como muy tarde te digo algo".
		for _, h := range hs[1:] {
			if deadlineRightBefore(s[:h.start]) || latestDate(s, h) && !ruleOff("latest-day") {
				return h
			}
		}
	}
	return hs[0]
}

// underCondition: what the promise rules make no promise of, whatever
// the model would say: a condition ("should you be shortlisted, we will
// contact you by 20 April", "Falls Sie in die engere Wahl kommen, ..."),
// contact with the selected only, a request or a deadline for the reader
// ("Wir ersuchen Sie, den Vertrag bis 20.04. zu retournieren"). day is
// where the sentence's first day to come starts.
func underCondition(s string, day int, lg lang) bool {
	if ifWords.wordIndex(s) >= 0 || (lg == langIT || lg == langPT) && ifWordsItPt.contains(" "+s) ||
		lg == langNL && ifWordsNL.contains(" "+s) || (lg == langFR || lg == langES) && ifWordsFrEs.contains(" "+s) {
		return true
	}
	if negatedDay(s, day) || mayBeforeDay(s, day) || notPromise.contains(s) || deadlineCues.contains(s) || expiryCues.contains(s) || conditionalCues.contains(s) ||
		selectionCues.contains(s) || silenceCues.contains(s) || modelStops.contains(" "+s+" ") || pastTense.contains(" "+s+" ") ||
		referencesObject.contains(s) || awaitsThirdPartyIn(s) {
		return true
	}
	kind, _, _, _ := promiseIn(s, lg)
	return kind == conditional || kind == contingent || kind == readerAsked
}

// negatedDay: a negation in the clause that names the day, before it
// ("Leider ist nicht sicher, dass ich Ihnen bis Freitag ...", "keine
// andere Nachricht bis Ende der Woche"), not one in another clause.
func negatedDay(s string, day int) bool {
	return negations.contains(" " + s[clauseStart(s, day):min(len(s), day+40)] + " ")
}

// mayBeforeDay: a modal of possibility in the clause before the day ("we
// will review your application and might contact you next week").
func mayBeforeDay(s string, day int) bool {
	return mayBetween.contains(" " + s[clauseStart(s, day):day] + " ")
}

// modelStops make a sentence no promise of the writer's for the model:
// what the reader is asked ("we'd love to hear back from you by Friday",
// "Wir ersuchen Sie, ... bis 20.04. zu retournieren"), a day that has been
// ("nous vous avons appelé mardi"), someone else contacted ("we will
// contact the successful candidate by Friday").
var modelStops = cues(
	"hear back from you", "hear from you", "let us know", "let me know", "please", "ersuchen", "bitten sie", "bitte",
	"geben sie uns", "teilen sie uns", "lassen sie uns", "laat ons weten", "laat me weten", "merci de", "veuillez",
	"por favor", "fateci sapere", "ci faccia sapere", "nos avise", "nos informe",
	// past forms beside pastTense's (context.go)
	" had ", " did ", " yesterday ", " avons ", " ai ", " avez ", " hat ", " haben ", " hatte ",
	" wurde ", " gestern ", " heeft ", " hebben ", " gisteren ", " hemos ", " ayer ", " abbiamo ", " ieri ",
	" temos ", " ontem ",
	"successful candidate", "the selected candidate", "other candidates",
	// a request as thanks in advance, the reader's availability: "wir
	// wären dankbar, dass Sie uns bis Freitag ...", "I'll confirm you are
	// free on Monday" (the reader's references: referencesObject)
	"dankbar", "grateful", "appreciate it", "confirm you",
	// the writer asking the reader to act by a day: "we vragen je dit
	// binnen drie werkdagen te doen", "nous vous demandons de ...", "we ask
	// you to ..."
	"vragen je ", "vragen u ", "verzoeken je ", "verzoeken u ", "vraag je om", "vraag u om", "vous demandons",
	"vous demande de", "te demandons", "te demande de", "ask you to", "asking you to", "bitten wir sie",
	"le pedimos", "te pedimos", "le solicitamos", "ti chiediamo", "le chiediamo", "pedimos-lhe", "pedimos que",
	// r80: the singular, and thanks in advance for the reader's step: "te
	// pido que me regreses la carta firmada a más tardar el martes", "le
	// agradecemos confirmar la aceptación ... a más tardar el 12 de octubre"
	"te pido", "le pido", "les pido", "os pido", "te agradecemos", "le agradecemos", "les agradecemos",
	"te agradecería", "le agradecería", "te agradeceríamos", "le agradeceríamos", "ti chiedo", "le chiedo",
	"te peço", "lhe peço", "agradecemos que",
	// what the writer needs from the reader by a day: "damit wir Ihren
	// Start zum 1. Juni vorbereiten können, brauchen wir noch ... von
	// Ihnen"
	" von ihnen", " von dir", " from you ", " de votre part ", " de ta part ", " van u ", " van je ",
)

// promiseFeatures are the words and adjacent pairs of s, each day in it
// replaced by "ddd".
func promiseFeatures(s string, hs []dateHit) []string {
	var b strings.Builder
	at := 0
	for _, h := range hs {
		if h.start < at || h.end > len(s) || h.start >= h.end {
			continue
		}
		b.WriteString(s[at:h.start])
		b.WriteString(" ddd ")
		at = h.end
	}
	b.WriteString(s[at:])
	words := strings.FieldsFunc(b.String(), func(r rune) bool {
		return !(r == '\'' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	feats := make([]string, 0, 2*len(words))
	for i, w := range words {
		feats = append(feats, "w:"+w)
		if i > 0 {
			feats = append(feats, "b:"+words[i-1]+"_"+w)
		}
	}
	return feats
}

// promiseScore is the model's log-odds for a sentence's features, and the
// words that weighed most for it.
func promiseScore(feats []string) (float64, []string) {
	z := promiseModelBias
	type part struct {
		f string
		w float64
	}
	var parts []part
	for _, f := range feats {
		if w, ok := promiseModelWeights[f]; ok {
			z += w
			if w > 0 {
				parts = append(parts, part{f, w})
			}
		}
	}
	slices.SortFunc(parts, func(a, b part) int { return cmp.Compare(b.w, a.w) })
	var top []string
	for _, p := range parts {
		_, w, _ := strings.Cut(p.f, ":")
		if w = strings.ReplaceAll(w, "_", " "); !slices.Contains(top, w) {
			top = append(top, w)
		}
		if len(top) == 3 {
			break
		}
	}
	return z, top
}

// learnedPromise sets the day of the sentence the model reads as a
// promise, when the rules set none: the first day to come of the sentence
// with the highest log-odds at or above promiseModelMin.
func (b *verdictBuilder) learnedPromise(d *doc) {
	if b.v.PromiseAt != nil || b.readersOwn || ruleOff("promise-model") {
		return
	}
	best, bestZ := -1, math.Inf(-1)
	var bestTop []string
	sents := promiseSentences(d)
	for k, s := range sents {
		if z, top := promiseScore(s.feats); z >= promiseModelMin && z > bestZ {
			best, bestZ, bestTop = k, z, top
		}
	}
	if best < 0 {
		return
	}
	s := sents[best]
	if iv := b.v.InterviewAt; iv != nil && sameDay(s.hit.t, *iv) {
		return // the interview's day
	}
	t := s.hit.t
	b.v.PromiseAt = &t
	b.v.PromiseUndated = false
	b.v.PromiseCall = callPromise(s.text)
	b.note("promise by the learned model (log-odds %.2g, top words %s): %q -> %s (%s)", bestZ, quoteList(bestTop),
		clip(s.text), t.Format("Mon 2006-01-02 15:04"), s.hit.rule)
}

func init() {
	modelhook.PromiseSentences = func(raw []byte) []modelhook.PromiseSentence {
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			return nil
		}
		var d doc
		d.prepare(m)
		defer d.release()
		var out []modelhook.PromiseSentence
		for _, s := range promiseSentences(&d) {
			out = append(out, modelhook.PromiseSentence{Features: s.feats, Dates: s.dates})
		}
		return out
	}
}
