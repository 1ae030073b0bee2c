package followup

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
)

// A call promised in a Swedish thread: the draft is Swedish, but call
// scripts exist in English, German, French and Spanish only, so the offer
// says its script is English and the script names the day as English does.
func TestCallOfferFallsBackToEnglishScript(t *testing.T) {
	promised := at(4, 16, 17)
	th := buildThread(
		step{mine: true, date: at(4, 8, 9)},
		step{date: at(4, 12, 10), v: classifier.Verdict{Job: true, Stage: classifier.StageAwaitingDecision,
			PromiseAt: &promised, PromiseCall: true}},
	)
	th.Messages[0].Excerpt = "Hej Jane,\n\nTack för samtalet i dag. Jag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlex"
	th.Messages[1].Excerpt = "Hej Alex,\n\nTack för att du kom på intervjun. Jag ringer dig på fredag när jag vet mer.\n\n" +
		"Vänliga hälsningar\nJane Doe\n+46 70 123 45 67"
	cfg := config.Default()
	d := Decision{State: StateDue, Situation: draft.AfterPromise, LastHuman: 1, Latest: 1, TargetFrom: -1}
	o, ok := CallOffer(cfg, config.Account{Name: "p", FromName: "Alex Rivera"}, th, d, at(4, 19, 9))
	if !ok {
		t.Fatal("no call offered")
	}
	if o.Language != draft.English {
		t.Errorf("script language %q, want en", o.Language)
	}
	if script := strings.Join(o.Script, " "); len(o.Script) == 0 || strings.Contains(script, "tjänsten") || strings.Contains(script, "april ") {
		t.Errorf("want an English script, got %q", script)
	}
}
