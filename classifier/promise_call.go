package classifier

import "strings"

// A promise of a call ("I'll give you a call on Tuesday afternoon", "ich
// rufe Sie am Dienstag an", "je vous appelle mardi", "te llamo el martes")
// is one the user can answer by phone when it passes (package call), so
// the verdict says so: Verdict.PromiseCall.

// callWords start the words that name a call, in the languages of the
// promise cues: a verb (call, ring, anrufen, appeler, llamar, chiamare,
// bellen, ligar) or "by phone" after another cue.
var callWords = []string{
	"call", "ring", "phone", "telephone", "bell", "buzz",
	"anruf", "rufe", "rufen", "ruft", "ruf", "telefon",
	"appel", "rappel", "téléphon", "coup de fil",
	"llam", "teléfon", "telefón",
	"chiam", "richiam",
	"bel ", "belt", "bellen",
	"ligo", "ligar", "ligação",
}

// callPromise reports whether the promise whose cue starts cue is a call:
// a call word among its first words ("give you a call on tuesday", "be in
// touch by phone"). Words further on belong to something else ("let you
// know by friday, and we can set up a call").
func callPromise(cue string) bool {
	words := strings.Fields(cue)
	if len(words) > 5 {
		words = words[:5]
	}
	head := " " + strings.Join(words, " ") + " "
	for _, w := range callWords {
		if strings.Contains(head, " "+w) {
			return true
		}
	}
	return false
}
