package followup

import (
	"fmt"
	"time"

	"github.com/hearback/hearback/call"
	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/thread"
)

// CallOffer is the call hearback offers beside the follow-up of thread t
// when the promise that passed was a call (issue 21): the number of the
// person who promised it, if the thread holds one, and a script in the
// draft's language, tone and form of address. ok is false when there is
// nothing to offer: no follow-up due or waiting after a promise, or the
// promise was an email or a decision. One function for explain, the
// dashboard and the notification, so the three say the same.
func CallOffer(cfg *config.Config, acct config.Account, t *thread.Thread, d Decision, now time.Time) (call.Offer, bool) {
	if d.Situation != draft.AfterPromise || (d.State != StateDue && d.State != StateDrafted) || d.LastHuman < 0 {
		return call.Offer{}, false
	}
	i, ok := call.Promiser(t, d.LastHuman)
	if !ok {
		return call.Offer{}, false
	}
	v := t.Verdicts[i]
	promiser := t.Messages[i].From
	o := call.Offer{Promiser: i, PromisedAt: v.PromiseAt, From: -1, Language: draft.English}
	loc := PolicyFor(cfg).loc()
	job := classifier.GuessJob(jobClues(t, d))
	// (every draft language has a script: TestEveryDraftLanguageHasACallScript)
	voice, err := draft.VoiceOf(draft.Input{
		ThreadID:    t.ID,
		From:        fromOf(acct, t),
		To:          []mailmsg.Address{promiser},
		Counterpart: promiser,
		Company:     job.Company,
		Role:        job.Role,
		PromiseAt:   v.PromiseAt,
		Now:         now.In(loc),
		Language:    cfg.Draft.Language,
		Messages:    draftMessages(t),
	})
	if err != nil {
		// A promise from an address no draft could go to: the call is
		// still worth knowing about, the script is not.
		return o, true
	}
	o.Name, o.Language = voice.Data.FirstName, voice.Language
	n, from, ok := call.NumberOf(t, i, call.Region(cfg.Holidays, promiser.Email), cfg.Draft.Signature)
	if !ok {
		return o, true
	}
	o.Number, o.From = n, from
	o.Script = call.Script(call.ScriptInput{
		Language:   voice.Language,
		Tone:       cfg.Draft.Tone,
		Informal:   voice.Data.Informal,
		Name:       voice.Data.FirstName,
		FullName:   voice.Data.FullNames,
		Me:         mailmsg.Clean(acct.FromName),
		Job:        voice.Data.Job,
		Position:   voice.Data.Position,
		PromisedAt: v.PromiseAt,
		Date:       voice.Data.PromiseDate,
		Now:        now.In(loc),
	})
	return o, true
}

// CallNotice is what the "drafted" notification adds when a call is on
// offer with a number: "or call Dana: +1 555-555-0100, script in hearback
// explain 1a2b3c"; "" without a number.
func CallNotice(o call.Offer, threadID string) string {
	if o.Number.IsZero() {
		return ""
	}
	who := o.Name
	if who == "" {
		who = "them"
	}
	return fmt.Sprintf("or call %s: %s, script in hearback explain %s", who, o.Number.Display, shortID(threadID))
}
