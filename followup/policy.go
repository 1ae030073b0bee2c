package followup

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
	"github.com/hearback/hearback/workdays"
)

// Thread states shown by `hearback threads`.
const (
	StateWaiting   = "waiting_on_them"  // nothing to do yet; DueAt says when
	StateDue       = "due"              // a nudge should be drafted now
	StateDrafted   = "drafted"          // hearback's draft is waiting in Drafts
	StateMyTurn    = "ball_in_my_court" // they asked me something
	StateClosed    = "closed"           // rejected, offer, withdrawn
	StateGoneQuiet = "gone_quiet"       // max_nudges sent, no answer
	StateDismissed = "dismissed"        // I deleted hearback's draft: a decision
	StateIgnored   = "ignored"          // I told hearback to ignore the thread
	StateSnoozed   = "snoozed"
	StateNoReply   = "unanswerable" // nobody a person can write to
	StateNotJob    = "not_job"
	// StateUnclear holds a thread whose other side wrote last without a
	// promise, a question or a step of a process under way: it may be a
	// rejection hearback did not recognise, so no nudge unless the user
	// says `hearback resume THREAD`.
	StateUnclear = "unclear"
	// StateNeedsReview holds a thread whose draft would go to someone
	// hearback cannot tie to the conversation (thread.RecipientRisk): no
	// draft until the user looks and says `hearback resume THREAD`, which
	// approves that recipient.
	StateNeedsReview = "needs_review"
	// StateAccepted is the thread of the offer the user accepted, and
	// StateSearchOver every other thread after it: no nudges any more
	// (moments.go).
	StateAccepted   = "accepted"
	StateSearchOver = "search_over"
)

// Policy holds the follow-up rules (README.md, "When does hearback
// draft?"), in business days.
type Policy struct {
	// FirstAfter is the wait before a first nudge when After is zero (the
	// user's first_after overrides the waits by stage), and after a word
	// heard outside the mailbox.
	FirstAfter int
	// After are the waits before a first nudge by where the thread stands
	// (wait).
	After        config.StageWaits
	NextAfter    int
	MaxNudges    int
	PromiseGrace int
	Calendar     *cal.BusinessCalendar
	Location     *time.Location
	// ThankYou drafts a thank-you note ThankYouAfter the end of an
	// interview the user has not written about yet.
	ThankYou      bool
	ThankYouAfter time.Duration
	// Ignore holds the config's ignore lists; nil ignores nothing.
	Ignore *IgnoreRules

	// The moments of a search (moments.go). Expedite drafts a note to the
	// active threads when an offer names a deadline; OnAccept is
	// config's withdraw, stop or nothing ("" is nothing); CloseAfter the
	// business days after a thread went quiet before a last note (0:
	// none); ThankAfterNo a reply to a person's "no".
	Expedite     bool
	OnAccept     string
	CloseAfter   int
	ThankAfterNo bool
	// Search is what the account's other threads say (SearchOf); nil
	// knows of no offer.
	Search *Search
}

// Decision is what the policy concluded about a thread at a moment.
type Decision struct {
	State       string
	DueAt       time.Time // zero when nothing is scheduled
	Reason      string
	Situation   draft.Situation
	Nudge       int // the number the next nudge would have (1 = first)
	Counterpart mailmsg.Address
	// ReplyTarget is the address a draft goes to (Reply-To when set).
	ReplyTarget mailmsg.Address
	// TargetFrom is the index of the message ReplyTarget was taken from,
	// -1 if none.
	TargetFrom int
	Latest     int // index of the latest message, -1 if none
	LastHuman  int // index of the latest human (not automatic) message
	// HeardAt is when the user heard from the other side outside the
	// mailbox (`hearback heard`), while that is their latest word: zero
	// once a message of theirs is as recent. A draft records it
	// (store.Draft.HeardAt): one that answered an earlier state is obsolete.
	HeardAt time.Time
	// Pending is hearback's draft for the current state of the thread, if any.
	Pending *store.Draft
	// Cause is what a moment's draft answers besides the thread: the
	// Message-ID of the offer an expedite note is for, or of the message
	// that accepted an offer (store.Draft.Cause).
	Cause string
	// OfferDeadline is the date the other offer must be answered by, for
	// an expedite note.
	OfferDeadline *time.Time
	// hold is why a thread whose other side wrote last is left alone
	// (StateUnclear), "" when it is not.
	hold string
}

// word is the latest human word in a thread, as the policy reads it: a
// message, or what the user told hearback with `hearback heard`.
type word struct {
	at   time.Time
	mine bool
	// v is the message's verdict; zero for a heard, which counts as a
	// message from them that promises nothing and asks nothing.
	v     classifier.Verdict
	heard bool
}

// heardAt is t's `hearback heard` while it is the other side's latest
// word: later than every human message of theirs. Zero otherwise: a real
// message supersedes it.
func heardAt(t *thread.Thread) time.Time {
	h := t.User.HeardAt
	if h.IsZero() {
		return h
	}
	for i := range t.Messages {
		if !t.Mine[i] && !t.Verdicts[i].AutoReply && !h.After(t.Messages[i].Date) {
			return time.Time{}
		}
	}
	return h
}

// lastWord is the thread's latest human word: the latest human message
// (lastHuman, -1 if none), or the heard (heardAt) when that came later.
func lastWord(t *thread.Thread, lastHuman int, heard time.Time) word {
	var w word
	if lastHuman >= 0 {
		w = word{at: t.Messages[lastHuman].Date, mine: t.Mine[lastHuman], v: t.Verdicts[lastHuman]}
	}
	if !heard.IsZero() && (lastHuman < 0 || heard.After(w.at)) {
		w = word{at: heard, heard: true}
	}
	return w
}

// heardReason says where the heard came from, with the user's note.
func (p Policy) heardReason(t *thread.Thread) string {
	r := "you heard from them on " + p.day(t.User.HeardAt)
	if note := strings.TrimSpace(t.User.HeardNote); note != "" {
		r += " (" + note + ")"
	}
	return r
}

// unclear says why their last message, which neither promised anything
// nor asked the user anything, is no reason to nudge, or "" when it is
// one: a step of a hiring process under way (scheduling, an interview, a
// decision to come, an application being reviewed). Anything else — a
// message the classifier could not place, a polite note, a "we'll be in
// touch if something comes up" — may be a no in words hearback does not
// know.
func unclear(v classifier.Verdict) string {
	if why := partlyNo(v); why != "" {
		return why
	}
	if v.AnswerAttached {
		// the decision is in a letter hearback cannot read: a nudge
		// would ask for news the user may already have
		return "their answer is in the letter attached to it, which hearback does not read: open it to see where you stand"
	}
	if v.JobByModel {
		// Its stage rests on the job model's reading of its words alone
		// (classifier/jobmodel.go): too little to answer it with a
		// nudge, which after an unrecognised no costs the most.
		return "only its wording ties it to your application, not a step hearback recognises"
	}
	if v.StageFromSubject {
		// "Re: Thank you for today" over words the rules could not
		// place: the subject is the user's own
		return "only the subject, your own words, says where it stands, not anything they wrote"
	}
	switch v.Stage {
	case classifier.StageScheduling, classifier.StageInterviewScheduled:
		return ""
	case classifier.StageAwaitingDecision:
		if v.ThanksOnly {
			return "they only thanked you for the interview, which is how a no after one begins too"
		}
		return ""
	case classifier.StageApplicationAck:
		if v.ConditionalFuture {
			return "they said they would write only if your profile matches"
		}
		if v.ThanksOnly {
			return "they only thanked you for applying, which is how a no begins too"
		}
		return ""
	}
	if v.ConditionalFuture {
		return "they said they would write only if something comes up, which reads like a no"
	}
	return "it is neither a promise, a question nor a step of an interview process"
}

// partlyNo says why a message with a promise is still no reason to
// nudge: it reads partly like a no; "" when it does not.
func partlyNo(v classifier.Verdict) string {
	if v.Outcome >= partialNo {
		return "their message reads partly like a no"
	}
	return ""
}

// holdFor is the reason a thread is held (unclear) when the last message
// of who, sent at, is no reason to nudge (why), unless the user resumed
// the thread since; "" when it is not held.
func holdFor(t *thread.Thread, who mailmsg.Address, at time.Time, why string, day func(time.Time) string) string {
	if why == "" || !t.User.ResumedAt.Before(at) {
		return ""
	}
	return fmt.Sprintf("%s wrote last on %s, and %s; hearback does not nudge that ('hearback resume %s' nudges anyway)",
		nameOf(who), day(at), why, shortID(t.ID))
}

// partialNo is the rejection evidence (classifier.Verdict.Outcome) at
// which a last message that is not a clear no (classifier.RejectThreshold)
// still holds the thread: "unfortunately" and "best of luck" together, say.
// Whatever its stage says, a nudge after it risks answering a no.
const partialNo = 2

// Decide applies the policy to a thread at now: the follow-up rules, then
// the moments of the search as a whole (moments.go).
func (p Policy) Decide(t *thread.Thread, now time.Time) Decision {
	return p.moments(t, p.decide(t, now), now.In(p.loc()))
}

// decide is Decide for the thread on its own.
func (p Policy) decide(t *thread.Thread, now time.Time) Decision {
	d := Decision{Latest: t.Latest(), LastHuman: -1, TargetFrom: -1}
	now = now.In(p.loc())
	if len(t.Messages) == 0 {
		d.State, d.Reason = StateNotJob, "no messages"
		return d
	}
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if !t.Verdicts[i].AutoReply {
			d.LastHuman = i
			break
		}
	}
	d.HeardAt = heardAt(t)
	d.Counterpart, d.ReplyTarget, d.TargetFrom = t.Counterpart()

	switch {
	case !t.Verdict.Job:
		d.State, d.Reason = StateNotJob, "not a job-interview thread"
		return d
	case t.User.Ignored:
		d.State, d.Reason = StateIgnored, "you asked hearback to ignore this thread"
		return d
	case p.Ignore.match(t) != "":
		d.State, d.Reason = StateIgnored, "ignored by your config: "+p.Ignore.match(t)
		return d
	case t.Verdict.Closed:
		d.State, d.Reason = StateClosed, "closed: "+string(t.Verdict.Stage)
		if due, ok := p.thankAfterNo(t, &d, now); ok {
			return p.finish(t, d, due, now)
		}
		return d
	case d.LastHuman < 0 && d.HeardAt.IsZero():
		d.State, d.Reason = StateWaiting, "only automatic replies so far"
		return d
	case d.ReplyTarget.Email == "":
		d.State, d.Reason = StateNoReply, "no person to write to (no-reply or bulk sender)"
		return d
	}

	// Who had the last word, and when: every rule below reads it here.
	last := lastWord(t, d.LastHuman, d.HeardAt)

	// A thank-you note comes before everything else: the interview makes
	// earlier questions and turns moot.
	if due, ok := p.thankYouDue(t, &d, last, now); ok {
		return p.finish(t, d, due, now)
	}

	tookPart, promised := false, false
	for i := range t.Messages {
		if t.Mine[i] {
			tookPart = true
		} else if t.Verdicts[i].PromiseAt != nil || t.Verdicts[i].PromiseUndated {
			promised = true
		}
	}
	if !tookPart && !promised {
		d.State, d.Reason = StateMyTurn, "you have not written in this thread yet"
		return d
	}

	lastV := last.v
	var due time.Time
	firstAfter := p.wait(t)
	if !last.mine {
		// The counterpart had the last word.
		switch {
		case last.heard:
			// As if they had written then: no promise, no question.
			due = p.addBusinessDays(last.at, firstAfter)
			d.Situation = draft.Unanswered
			// After an interview: the after-interview check-in.
			if iv, ok := t.Interview(p.loc()); (ok && !iv.End.After(last.at)) || t.Verdict.Stage == classifier.StageAwaitingDecision {
				d.Situation = draft.AfterInterview
			}
			d.Reason = p.heardReason(t)
		case lastV.AsksMe:
			d.State, d.Reason = StateMyTurn, fmt.Sprintf("%s asked you something on %s", nameOf(d.Counterpart), p.day(last.at))
			return d
		case lastV.PromiseAt != nil:
			due = p.addBusinessDays(*lastV.PromiseAt, p.PromiseGrace)
			d.Situation = draft.AfterPromise
			d.Reason = fmt.Sprintf("%s promised to %s by %s", nameOf(d.Counterpart), promiseVerb(lastV), p.day(*lastV.PromiseAt))
			// A promise inside a message that reads partly like a no
			// ("we went another way; I'll send the panel's feedback by
			// Friday") is no reason to ask for news either.
			d.hold = holdFor(t, d.Counterpart, last.at, partlyNo(lastV), p.day)
		case lastV.PromiseUndated:
			due = p.addBusinessDays(last.at, firstAfter)
			d.Situation = draft.AfterPromise
			d.Reason = fmt.Sprintf("%s said they would be in touch (no date) on %s", nameOf(d.Counterpart), p.day(last.at))
			d.hold = holdFor(t, d.Counterpart, last.at, partlyNo(lastV), p.day)
		default:
			due = p.addBusinessDays(last.at, firstAfter)
			d.Situation = draft.Unanswered
			d.Reason = fmt.Sprintf("%s wrote last on %s; no date promised", nameOf(d.Counterpart), p.day(last.at))
			// Asymmetric on purpose: a nudge after a "no" that was not
			// recognised costs the user far more than a nudge not
			// drafted, which `threads` still shows (finish decides).
			d.hold = holdFor(t, d.Counterpart, last.at, unclear(lastV), p.day)
		}
		d.Nudge = 1
		if lastV.Stage == classifier.StageAwaitingDecision && d.Situation != draft.AfterPromise {
			d.Situation = draft.AfterInterview
		}
	} else {
		// I wrote last: count my nudges since my first unanswered message
		// (since their last word: a heard after their last message counts).
		lastTheirs := -1
		for i := d.LastHuman; i >= 0; i-- {
			if !t.Mine[i] && !t.Verdicts[i].AutoReply {
				lastTheirs = i
				break
			}
		}
		mineAfter, mineSinceInterview := 0, 0
		iv, hadInterview := t.Interview(p.loc())
		hadInterview = hadInterview && !iv.End.After(now)
		for i := lastTheirs + 1; i < len(t.Messages); i++ {
			if t.Mine[i] && !t.Messages[i].Date.Before(d.HeardAt) {
				mineAfter++
				if hadInterview && t.Messages[i].Date.After(iv.End) {
					mineSinceInterview++
				}
			}
		}
		// An interview starts the count afresh: "see you Thursday" before it
		// is not a nudge, the thank-you note after it is the first message
		// waiting for an answer.
		if mineSinceInterview > 0 {
			mineAfter = mineSinceInterview
		}
		nudges := mineAfter - 1
		d.Nudge = nudges + 1
		// After the last note nothing more, whatever the lookback window
		// still shows of the nudges before it.
		if dr := momentOf(t, draft.CloseLoop, ""); dr != nil && !waiting(t, dr) &&
			(lastTheirs < 0 || t.Messages[lastTheirs].Date.Before(dr.CreatedAt)) {
			nudges = max(nudges, p.MaxNudges)
		}
		if nudges >= p.MaxNudges {
			d.State = StateGoneQuiet
			d.Reason = fmt.Sprintf("no answer after %s; the last on %s", followUps(nudges), p.day(last.at))
			if due, ok := p.closeLoopDue(t, &d, last.at, now); ok {
				return p.finish(t, d, due, now)
			}
			return d
		}
		if nudges == 0 {
			due = p.addBusinessDays(last.at, firstAfter)
			d.Situation = draft.Unanswered
			d.Reason = fmt.Sprintf("you wrote on %s and have had no answer", p.day(last.at))
			if !d.HeardAt.IsZero() {
				d.Reason += "; " + p.heardReason(t) + " before that"
			}
		} else {
			due = p.addBusinessDays(last.at, p.NextAfter)
			d.Situation = draft.SecondNudge
			d.Reason = fmt.Sprintf("no answer to your follow-up of %s (%d of %d sent)", p.day(last.at), nudges, p.MaxNudges)
		}
		// An earlier dated promise that still lies ahead wins (unless a
		// heard came after it).
		if lastTheirs >= 0 && d.HeardAt.IsZero() {
			if pv := t.Verdicts[lastTheirs]; pv.PromiseAt != nil {
				if pd := p.addBusinessDays(*pv.PromiseAt, p.PromiseGrace); pd.After(due) {
					due = pd
					d.Reason = fmt.Sprintf("%s promised to %s by %s", nameOf(d.Counterpart), promiseVerb(pv), p.day(*pv.PromiseAt))
					if nudges == 0 {
						d.Situation = draft.AfterPromise
					}
				}
			}
		}
	}

	// An interview ahead: nothing is due until it has happened.
	for i := range t.Messages {
		if iv := t.Verdicts[i].InterviewAt; iv != nil && iv.After(last.at.Add(-24*time.Hour)) {
			if after := p.addBusinessDays(*iv, firstAfter); after.After(due) {
				due = after
				if d.Nudge <= 1 {
					d.Situation = draft.AfterInterview
				}
				// An interview in the thread is a process under way, unless
				// the last word reads partly like a no.
				if last.v.Outcome < partialNo {
					d.hold = ""
				}
				if iv.After(now) {
					d.Reason = fmt.Sprintf("interview on %s; nothing to do before it", p.day(*iv))
				} else {
					d.Reason = fmt.Sprintf("interviewed on %s; no word since", p.day(*iv))
				}
			}
		}
	}
	// An out-of-office reply after the last human word defers until they are back.
	for i := d.LastHuman + 1; i < len(t.Messages); i++ {
		if last.heard && !t.Messages[i].Date.After(last.at) {
			continue
		}
		if away := t.Verdicts[i].AwayUntil; away != nil {
			if back := p.addBusinessDays(*away, 1); back.After(due) {
				due = back
				d.Reason += fmt.Sprintf("; out of office until %s", p.day(*away))
			}
		}
	}
	return p.finish(t, d, due, now)
}

// thankYouDue reports whether the thread wants a thank-you note: an
// interview has ended, nobody has written since, the user has written
// nothing since it began, and the regular after-interview nudge is not yet
// due (after that a thank-you would read oddly late). The note is due
// ThankYouAfter the end, giving the user time to write their own.
func (p Policy) thankYouDue(t *thread.Thread, d *Decision, last word, now time.Time) (time.Time, bool) {
	if !p.ThankYou {
		return time.Time{}, false
	}
	iv, ok := t.Interview(p.loc())
	if !ok || iv.End.After(now) {
		return time.Time{}, false
	}
	if last.at.After(iv.End) {
		return time.Time{}, false
	}
	for i := range t.Messages {
		if t.Mine[i] && t.Messages[i].Date.After(iv.Start) {
			return time.Time{}, false
		}
	}
	if !now.Before(p.addBusinessDays(iv.End, p.wait(t))) {
		return time.Time{}, false
	}
	d.Situation, d.Nudge = draft.ThankYou, 1
	due := iv.End.Add(p.ThankYouAfter)
	d.Reason = fmt.Sprintf("interviewed on %s; no thank-you note from you yet", p.day(iv.Start))
	return due, true
}

// finish applies what holds for every due time: snoozing, the draft
// ledger, a draft of the user's own, and whether the time has come.
// dismissed is the state of a thread whose hearback draft left Drafts
// unsent. A client that re-saved it as the user's own draft (Thunderbird
// gives an edited draft a new Message-ID) left one in its place: that
// says more than "you deleted it".
func dismissed(t *thread.Thread, d Decision) Decision {
	if t.DraftFromUser {
		d.State, d.Reason = StateMyTurn, "you already have a draft reply in this thread"
		return d
	}
	d.State = StateDismissed
	d.Reason = "you deleted hearback's draft; nothing new until the thread changes"
	return d
}

func (p Policy) finish(t *thread.Thread, d Decision, due, now time.Time) Decision {
	if !t.User.SnoozedUntil.IsZero() && t.User.SnoozedUntil.After(due) {
		due = t.User.SnoozedUntil
		if now.Before(due) {
			d.DueAt = due
			d.State, d.Reason = StateSnoozed, fmt.Sprintf("snoozed until %s", p.day(due))
			return d
		}
	}
	d.DueAt = due

	// The ledger: a hearback draft that answers the thread as it is now
	// (its latest message, and the heard, if any, that came after it).
	latestID := t.Messages[d.Latest].MessageID
	for i := len(t.Drafts) - 1; i >= 0; i-- {
		dr := t.Drafts[i]
		if dr.ReplyTo != latestID || !dr.HeardAt.Equal(d.HeardAt) || dr.Status == store.DraftDuplicate {
			continue
		}
		switch dr.Status {
		case store.DraftPending, store.DraftAppended, store.DraftEdited:
			// UID 0: appended without UIDPLUS, not seen by a Drafts sync yet.
			if dr.Status == store.DraftPending || t.InDrafts[dr.MessageID] || dr.UID == 0 {
				d.Pending = &t.Drafts[i]
				d.State = StateDrafted
				d.Reason = p.waitingReason(dr)
				return d
			}
			return dismissed(t, d)
		case store.DraftDeleted, store.DraftWithdrawn:
			return dismissed(t, d)
		}
	}
	// A draft for an earlier state of the thread that is still in Drafts:
	// hearback withdraws its untouched ones when a reply comes; one the user
	// edited is theirs now, and a second draft beside it would only confuse.
	for i := len(t.Drafts) - 1; i >= 0; i-- {
		dr := t.Drafts[i]
		if !t.InDrafts[dr.MessageID] {
			continue
		}
		switch dr.Status {
		case store.DraftEdited:
			d.State, d.Reason = StateMyTurn, "you edited hearback's earlier draft; it is waiting in Drafts"
			return d
		case store.DraftAppended, store.DraftDuplicate:
			d.Pending = &t.Drafts[i]
			d.State = StateDrafted
			d.Reason = "an earlier " + strings.TrimPrefix(p.waitingReason(dr), "a ")
			return d
		}
	}
	if t.DraftFromUser {
		d.State, d.Reason = StateMyTurn, "you already have a draft reply in this thread"
		return d
	}
	if risk := t.RecipientRisk(d.ReplyTarget.Email, d.TargetFrom); risk != "" {
		d.State = StateNeedsReview
		d.Reason = risk + "; no draft until you check it ('hearback resume " + shortID(t.ID) + "' drafts to them anyway)"
		return d
	}
	if d.hold != "" {
		d.State, d.Reason = StateUnclear, d.hold
		return d
	}
	if now.Before(due) {
		d.State = StateWaiting
		return d
	}
	d.State = StateDue
	return d
}

func (p Policy) loc() *time.Location {
	if p.Location == nil {
		return time.Local
	}
	return p.Location
}

// addBusinessDays returns the start of the day n business days after t, in
// the policy's zone and calendar. Due times are whole days: a check at 9:00
// on the due day drafts the nudge.
func (p Policy) addBusinessDays(t time.Time, n int) time.Time {
	return workdays.Add(t, n, p.Calendar, p.loc())
}

func (p Policy) day(t time.Time) string {
	return t.In(p.loc()).Format("Mon Jan 2")
}

// nameOf is how a reason names a person: display name, else address.
func nameOf(a mailmsg.Address) string {
	if a.Name != "" {
		return a.Name
	}
	if a.Email != "" {
		return a.Email
	}
	return "they"
}

// shortID is how hearback's messages write a thread id: any unique prefix
// works on the command line, and the first six characters nearly always are.
func shortID(id string) string {
	if len(id) > 6 {
		return id[:6]
	}
	return id
}

// waitingReason says which draft waits in Drafts: a follow-up, or the
// note of a moment by its name (a thank-you for their answer, a last
// note), so the board and `threads` tell them apart.
func (p Policy) waitingReason(dr store.Draft) string {
	what := Describe(draft.Situation(dr.Situation))
	if what == Describe("") {
		what += " draft"
	}
	return fmt.Sprintf("%s is waiting in Drafts (written %s)", what, p.day(dr.CreatedAt))
}

// promiseVerb is what they promised to do: call (a phone call, for which
// `explain` offers a script) or be in touch.
func promiseVerb(v classifier.Verdict) string {
	if v.PromiseCall {
		return "call"
	}
	return "be in touch"
}

// followUps counts follow-ups in words a person writes: "1 follow-up",
// "2 follow-ups".
func followUps(n int) string {
	if n == 1 {
		return "1 follow-up"
	}
	return fmt.Sprintf("%d follow-ups", n)
}
