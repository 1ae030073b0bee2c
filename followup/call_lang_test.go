package followup

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/call"
	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
)

// A call promised in a Swedish, Danish or Norwegian thread: the draft is
// in the thread's language, and so is the call script, with the job and
// the day as that language says them (du, the first name, "i fredags").
// A thread in a language hearback drafts no letter in (Italian) gets an
// English draft and an English script.
func TestCallOfferScriptLanguage(t *testing.T) {
	tests := []struct {
		name, mine, theirs, number string
		lang                       string
		want, not                  []string
	}{
		{
			name: "swedish",
			mine: "Hej Jane,\n\nTack för samtalet i dag. Jag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlex",
			theirs: "Hej Alex,\n\nTack för att du kom på intervjun. Jag ringer dig på fredag när jag vet mer.\n\n" +
				"Vänliga hälsningar\nJane Doe\n+46 70 123 45 67",
			number: "+46 70 123 45 67",
			lang:   draft.Swedish,
			want: []string{"Hej Jane, det är Alex Rivera.", "Du nämnde att du skulle ringa mig i fredags,",
				"tjänsten som Backend Engineer på Acme"},
			not: []string{"Friday", "role", "fredag,"},
		},
		{
			name: "danish",
			mine: "Hej Jane,\n\nTak for samtalen i dag. Jeg ser frem til at høre fra dig.\n\nVenlig hilsen\nAlex",
			theirs: "Hej Alex,\n\nTak for en rigtig god samtale i dag. Jeg ringer til dig på fredag, når jeg ved noget mere om forløbet.\n\n" +
				"Venlig hilsen\nJane Doe\n+45 20 12 34 56",
			number: "+45 20 12 34 56",
			lang:   draft.Danish,
			want: []string{"Hej Jane, det er Alex Rivera.", "Du nævnte, at du ville ringe til mig i fredags,",
				"stillingen som Backend Engineer hos Acme"},
			not: []string{"Friday", "role"},
		},
		{
			name: "norwegian",
			mine: "Hei Jane,\n\nTakk for praten i dag. Jeg ser frem til å høre fra deg.\n\nVennlig hilsen\nAlex",
			theirs: "Hei Alex,\n\nTakk for at du kom på intervjuet. Jeg ringer deg på fredag når jeg vet mer.\n\n" +
				"Vennlig hilsen\nJane Doe\n+47 412 34 567",
			number: "+47 41 23 45 67",
			lang:   draft.Norwegian,
			want: []string{"Hei Jane, det er Alex Rivera.", "Du nevnte at du skulle ringe meg på fredag,",
				"stillingen som Backend Engineer i Acme"},
			not: []string{"Friday", "role"},
		},
		{
			// no Italian drafts, so no Italian script: English, as the draft
			name: "italian",
			mine: "Ciao Jane,\n\ngrazie per il colloquio di oggi. Resto in attesa di una tua risposta.\n\nCordiali saluti\nAlex",
			theirs: "Ciao Alex,\n\ngrazie per essere venuto al colloquio. Ti chiamo venerdì quando so qualcosa di più.\n\n" +
				"Cordiali saluti\nJane Doe\n+39 312 345 6789",
			number: "+39 312 345 6789",
			lang:   draft.English,
			want:   []string{"Hi Jane, it's Alex Rivera.", "call on Friday,", "the Backend Engineer role at Acme"},
			not:    []string{"venerdì", "Ciao"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			promised := at(4, 16, 17) // a Friday
			th := buildThread(
				step{mine: true, date: at(4, 8, 9)},
				step{date: at(4, 12, 10), v: classifier.Verdict{Job: true, Stage: classifier.StageAwaitingDecision,
					PromiseAt: &promised, PromiseCall: true}},
			)
			th.Messages[0].Excerpt, th.Messages[1].Excerpt = tt.mine, tt.theirs
			cfg := config.Default()
			d := Decision{State: StateDue, Situation: draft.AfterPromise, LastHuman: 1, Latest: 1, TargetFrom: -1}
			o, ok := CallOffer(cfg, config.Account{Name: "p", FromName: "Alex Rivera"}, th, d, at(4, 19, 9)) // Monday
			if !ok {
				t.Fatal("no call offered")
			}
			if o.Language != tt.lang {
				t.Errorf("script language %q, want %q", o.Language, tt.lang)
			}
			if o.Number.Display != tt.number {
				t.Errorf("number %q, want %q", o.Number.Display, tt.number)
			}
			script := strings.Join(o.Script, "\n")
			if len(o.Script) < 3 {
				t.Fatalf("want a script of 3 or 4 lines, got %q", o.Script)
			}
			for _, w := range tt.want {
				if !strings.Contains(script, w) {
					t.Errorf("no %q in the script\n%s", w, script)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(script, n) {
					t.Errorf("%q in the script\n%s", n, script)
				}
			}
		})
	}
}

// The call script is written in the draft's language, whose job phrase,
// date and name it takes as they are: every language a draft can be
// written in needs its script.
func TestEveryDraftLanguageHasACallScript(t *testing.T) {
	for _, lang := range draft.Languages {
		if !call.Speaks(lang) {
			t.Errorf("drafts are written in %q, call scripts are not", lang)
		}
	}
}
