package classifier

import "testing"

// The promises r84 missed, by form: an assistant relays the promise of
// the one who decides. Every case of the first test fails on the code
// before this round; the near-misses hold before and after. Dates are
// from base, Thursday 2027-04-08.

// TestR84PromisesDated: a relayed promise in a form no rule read.
func TestR84PromisesDated(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		// "telephone" is a verb of calling, as "phone" is
		{"He will telephone you tomorrow morning to discuss the details.", "2027-04-09"},
		// a subordinate clause puts the future's "wird" after its
		// infinitive; the third person singular is never the reader
		{"Sie hat mich gebeten, Ihnen auszurichten, dass sie sich innerhalb von zehn Arbeitstagen persönlich bei Ihnen melden wird.", "2027-04-22"},
	})
}

// TestR84NearMisses: "werden" after the infinitive may be the reader's
// "Sie"; the main clause's future still promises.
func TestR84NearMisses(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Wir freuen uns, wenn Sie sich innerhalb von zehn Arbeitstagen bei uns melden werden.", ""},
		{"Sie wird sich innerhalb von zehn Arbeitstagen persönlich bei Ihnen melden.", "2027-04-22"},
	})
}

// TestR84DutchLetBare: "laat ... weten" with a named subject and no
// pronoun for the reader is the one who decides telling the reader (the
// Dutch test messages of checkPromises read as English, so the cue is
// checked in Dutch directly); at the clause's start it is the imperative.
func TestR84DutchLetBare(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"thijs laat begin volgende week weten of en wanneer dat gesprek kan plaatsvinden.", true},
		{"de manager laat uiterlijk vrijdag weten of je door bent.", true},
		// near-misses: the imperative asks; the reader who tells
		{"laat uiterlijk vrijdag weten of je de opdracht wilt doen.", false},
		{"als je uiterlijk vrijdag laat weten of je komt, plannen we het in.", false},
	} {
		kind, _, _, _ := promiseIn(tt.text, langNL)
		if got := kind == isPromise; got != tt.want {
			t.Errorf("promiseIn(%q) = %v, want promise %v", tt.text, kind, tt.want)
		}
	}
}
