package classifier

import (
	"strings"
	"testing"
)

// TestLearnedPromise: sentences that name a day to come in promise forms
// no cue list has, read by the learned model (promisemodel.go) with its
// reason naming it; and the sentences it is never asked about, whatever
// it would say: a condition, a request or a deadline for the reader, a day
// that has been, contact with the selected only. Written for this test;
// dates are from base, Thursday 2027-04-08.
func TestLearnedPromise(t *testing.T) {
	for _, c := range []struct {
		text, want string
		model      bool // the promise is the model's
	}{
		{"Ik overleg nog met de directie, maar ik beloof je dat je uiterlijk dinsdag een bericht van ons krijgt.", "2027-04-13", true},
		{"Sie sollen bis Dienstag ein schriftliches Angebot von uns erhalten.", "2027-04-13", true},
		{"Speriamo che il comitato si esprima entro martedì, e te lo comunico subito.", "2027-04-13", true},
		// near-misses: the model is not asked
		{"Should you be shortlisted, everyone will get an outcome from us by Friday 16 April.", "", false},
		{"We'd love to hear back from you by Friday 16 April on whether the salary works.", "", false},
		{"Wir ersuchen Sie, den unterfertigten Dienstvertrag bis spätestens 16.04.2027 an uns zu retournieren.", "", false},
		{"Comme convenu, nous vous avons appelé mardi pour vous présenter l'offre.", "", false},
		{"We will contact the successful candidate by Friday 16 April.", "", false},
	} {
		got, v := promiseDateOf(c.text)
		byModel := false
		for _, r := range v.Reasons {
			byModel = byModel || strings.HasPrefix(r, "promise by the learned model")
		}
		if got != c.want || byModel != c.model {
			t.Errorf("promise(%q) = %q (by the model %v), want %q (%v); reasons %q", c.text, got, byModel, c.want, c.model, v.Reasons)
		}
	}
}
