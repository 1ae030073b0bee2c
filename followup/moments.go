package followup

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// The moments of a search (README.md, "When does hearback draft?"): the
// wait before a first nudge depends on where a thread stands; an offer
// with a deadline asks the other active threads for news; an accepted
// offer ends every nudge and asks the other threads to withdraw the
// application; a thread gone quiet gets one last, gracious note; a
// person's "no" may get a short thank-you. Each is a draft like any
// other, written once: the ledger (store.Draft.Situation and Cause)
// remembers it.

// Search is what the account's threads say that matters to every one of
// them.
type Search struct {
	// Offer is the latest offer whose stated deadline is still ahead and
	// that the user has not accepted; nil when there is none.
	Offer *Offer
	// Accepted is the offer the user accepted, by a message of theirs or
	// `hearback accepted`; nil while the search goes on.
	Accepted *Accepted
	// NoDeadline holds the threads of offers that name no date to answer
	// by: they ask nobody for news, which explain says.
	NoDeadline map[string]bool
}

// Offer is an offer with a deadline.
type Offer struct {
	ThreadID  string
	MessageID string    // the offer's message: an expedite note's Cause
	At        time.Time // when it came
	Deadline  time.Time // the day to answer by
}

// Accepted is the user's acceptance of an offer.
type Accepted struct {
	ThreadID string
	// Cause is the Message-ID of the message that accepted, "" when the
	// user said so with `hearback accepted`.
	Cause string
	At    time.Time
}

// SearchOf reads the account's threads (and the user's choices, which
// may name an accepted thread the threads leave out) at now.
func SearchOf(threads []*thread.Thread, states map[string]store.ThreadState, now time.Time) *Search {
	s := &Search{NoDeadline: map[string]bool{}}
	accept := func(a Accepted) {
		if a.At.After(now) {
			return
		}
		if s.Accepted == nil || a.At.Before(s.Accepted.At) {
			s.Accepted = &a
		}
	}
	for id, st := range states {
		if !st.AcceptedAt.IsZero() {
			accept(Accepted{ThreadID: id, At: st.AcceptedAt})
		}
	}
	for _, t := range threads {
		if !t.User.AcceptedAt.IsZero() {
			accept(Accepted{ThreadID: t.ID, At: t.User.AcceptedAt})
		}
		if !t.Verdict.Job {
			continue
		}
		offer := -1
		for i := range t.Messages {
			if t.Messages[i].Date.After(now) {
				break
			}
			if !t.Mine[i] && t.Verdicts[i].Stage == classifier.StageOffer {
				offer = i
			}
		}
		if offer < 0 {
			continue
		}
		accepted := false
		for j := offer + 1; j < len(t.Messages) && !t.Messages[j].Date.After(now); j++ {
			if t.Mine[j] && classifier.AcceptsOffer(&t.Messages[j].Message) {
				accept(Accepted{ThreadID: t.ID, Cause: t.Messages[j].MessageID, At: t.Messages[j].Date})
				accepted = true
				break
			}
		}
		if accepted {
			continue
		}
		m := &t.Messages[offer]
		by, ok := classifier.ReplyBy(&m.Message)
		if !ok {
			s.NoDeadline[t.ID] = true
			continue
		}
		// The deadline is a day: it holds until that day ends.
		if !by.AddDate(0, 0, 1).After(now) {
			continue
		}
		if s.Offer == nil || m.Date.After(s.Offer.At) {
			s.Offer = &Offer{ThreadID: t.ID, MessageID: m.MessageID, At: m.Date, Deadline: by}
		}
	}
	return s
}

// WithSearch is p knowing what threads (all of an account's, or a
// check's) and states say about the search.
func (p Policy) WithSearch(threads []*thread.Thread, states map[string]store.ThreadState, now time.Time) Policy {
	p.Search = SearchOf(threads, states, now)
	return p
}

// PolicyAt is the policy of cfg for acct at now, knowing the search: what
// `explain` and the thread actions decide with when they have one thread
// in hand. It reads the threads a check reads (snapshot.go).
func PolicyAt(ctx context.Context, st *store.Store, cfg *config.Config, acct config.Account, now time.Time, log *slog.Logger) (Policy, error) {
	threads, _, err := loadCheckThreads(ctx, st, cfg, acct, now, log)
	if err != nil {
		return Policy{}, fmt.Errorf("followup: %s: %w", acct.Name, err)
	}
	states, err := st.ThreadStates(ctx, acct.Name)
	if err != nil {
		return Policy{}, err
	}
	return PolicyFor(cfg).WithSearch(threads, states, now), nil
}

// IsMoment reports whether s is one of the moments' drafts rather than
// a nudge or a thank-you note.
func IsMoment(s draft.Situation) bool {
	switch s {
	case draft.Expedite, draft.Withdraw, draft.CloseLoop, draft.AfterRejection:
		return true
	}
	return false
}

// wait is the business days before a first nudge where t stands: after
// an application only, after an interview, after a final round. Without
// waits by stage (first_after given) it is FirstAfter.
func (p Policy) wait(t *thread.Thread) int {
	if p.After == (config.StageWaits{}) {
		return p.FirstAfter
	}
	interviewed := t.Verdict.Stage == classifier.StageInterviewScheduled || t.Verdict.Stage == classifier.StageAwaitingDecision
	if !interviewed {
		_, interviewed = t.Interview(p.loc())
	}
	if !interviewed {
		return p.After.Application
	}
	for i := range t.Messages {
		if !t.Verdicts[i].AutoReply && classifier.FinalRound(&t.Messages[i].Message) {
			return p.After.Final
		}
	}
	return p.After.Interview
}

// inProcess reports whether t is a hiring process under way: an
// interview set or done, or a decision awaited. These are the threads an
// expedite note goes to.
func (p Policy) inProcess(t *thread.Thread) bool {
	switch t.Verdict.Stage {
	case classifier.StageInterviewScheduled, classifier.StageAwaitingDecision:
		return true
	}
	_, ok := t.Interview(p.loc())
	return ok
}

// tookPart reports whether the user has written in t: an application
// of theirs to withdraw.
func tookPart(t *thread.Thread) bool {
	for i := range t.Mine {
		if t.Mine[i] {
			return true
		}
	}
	return false
}

// momentOf is the ledger's latest draft of situation s (for cause, when
// cause is not ""), nil if none.
func momentOf(t *thread.Thread, s draft.Situation, cause string) *store.Draft {
	for i := len(t.Drafts) - 1; i >= 0; i-- {
		dr := &t.Drafts[i]
		if dr.Situation == string(s) && (cause == "" || dr.Cause == cause) && dr.Status != store.DraftDuplicate {
			return dr
		}
	}
	return nil
}

// waiting reports whether dr is still waiting in Drafts (or about to be).
func waiting(t *thread.Thread, dr *store.Draft) bool {
	switch dr.Status {
	case store.DraftPending:
		return true
	case store.DraftAppended, store.DraftEdited:
		// UID 0: appended without UIDPLUS, not seen by a Drafts sync yet.
		return t.InDrafts[dr.MessageID] || dr.UID == 0
	}
	return false
}

// moments applies the search's moments to the thread's own decision d.
func (p Policy) moments(t *thread.Thread, d Decision, now time.Time) Decision {
	s := p.Search
	if s == nil {
		return d
	}
	if a := s.Accepted; a != nil && (p.OnAccept == "withdraw" || p.OnAccept == "stop") {
		if t.ID == a.ThreadID {
			d.State, d.DueAt, d.Pending = StateAccepted, time.Time{}, nil
			d.Reason = "you accepted this offer on " + p.day(a.At)
			return d
		}
		return p.afterAccepting(t, d, *a, now)
	}
	if o := s.Offer; o != nil && t.ID == o.ThreadID && p.Expedite {
		d.Reason += fmt.Sprintf("; it asks for your answer by %s, so hearback asks your other active threads for news", p.day(o.Deadline))
	}
	if s.NoDeadline[t.ID] && p.Expedite {
		d.Reason += "; the offer names no date to answer by, so hearback drafts no notes to your other threads"
	}
	if o := s.Offer; o != nil && t.ID != o.ThreadID && p.Expedite && p.inProcess(t) {
		return p.expedite(t, d, *o, now)
	}
	return d
}

// afterAccepting is a thread's decision once the user accepted another
// offer: one note withdrawing the application (on_accept: withdraw) to a
// thread still under way, then nothing.
func (p Policy) afterAccepting(t *thread.Thread, d Decision, a Accepted, now time.Time) Decision {
	switch {
	case t.Verdict.Closed: // a no, another offer, a withdrawal: nothing to stop
		return d
	case d.State == StateNotJob || d.State == StateIgnored || d.State == StateNoReply:
		return d
	}
	if p.OnAccept == "withdraw" && (tookPart(t) || p.inProcess(t)) && t.Messages[0].Date.Before(a.At) {
		switch d.State {
		case StateWaiting, StateDue, StateDrafted, StateMyTurn, StateDismissed, StateSnoozed, StateNeedsReview:
			if md, ok := p.momentDue(t, d, draft.Withdraw, "", a.At, now); ok {
				if md.State == StateDue || md.State == StateWaiting {
					md.Reason = fmt.Sprintf("you accepted an offer on %s; a short note asks them to withdraw your application", p.day(a.At))
				}
				md.Cause = a.Cause
				return md
			}
		}
	}
	d.State, d.DueAt, d.Pending, d.Situation = StateSearchOver, time.Time{}, nil, ""
	d.Reason = fmt.Sprintf("you accepted an offer on %s; no more follow-ups", p.day(a.At))
	if dr := momentOf(t, draft.Withdraw, ""); dr != nil {
		d.Reason += fmt.Sprintf(" (the note withdrawing your application was drafted on %s)", p.day(dr.CreatedAt))
	}
	return d
}

// expedite is the note to a thread under way when another offer names a
// deadline: once per offer, due at once.
func (p Policy) expedite(t *thread.Thread, d Decision, o Offer, now time.Time) Decision {
	switch d.State {
	case StateWaiting, StateDue, StateDrafted, StateDismissed, StateSnoozed, StateNeedsReview:
	default:
		return d
	}
	md, ok := p.momentDue(t, d, draft.Expedite, o.MessageID, o.At, now)
	if !ok {
		return d
	}
	deadline := o.Deadline
	md.OfferDeadline = &deadline
	if md.State == StateDue || md.State == StateWaiting {
		md.Reason = fmt.Sprintf("another offer asks for your answer by %s; a short note asks whether there is news here first",
			p.day(o.Deadline))
	}
	return md
}

// momentDue is the decision to draft the moment s (for cause) at at, on
// top of the thread's own decision base; ok is false when the ledger
// says the moment has had its draft (sent, deleted or withdrawn: once is
// enough). A nudge waiting in Drafts does not stand in its way: a check
// withdraws it when untouched (Checker.clearDrafts). A draft the user
// edited or wrote does: it is theirs.
func (p Policy) momentDue(t *thread.Thread, base Decision, s draft.Situation, cause string, at, now time.Time) (Decision, bool) {
	d := base
	d.Situation, d.Cause, d.Pending, d.hold, d.Nudge, d.DueAt = s, cause, nil, "", 0, at
	if dr := momentOf(t, s, cause); dr != nil {
		if !waiting(t, dr) {
			return base, false
		}
		d.Pending, d.State = dr, StateDrafted
		d.Reason = p.waitingReason(*dr)
		return d, true
	}
	for i := range t.Drafts {
		if dr := &t.Drafts[i]; dr.Status == store.DraftEdited && t.InDrafts[dr.MessageID] {
			d.State, d.Reason = StateMyTurn, "you edited hearback's earlier draft; it is waiting in Drafts"
			return d, true
		}
	}
	if t.DraftFromUser {
		d.State, d.Reason = StateMyTurn, "you already have a draft reply in this thread"
		return d, true
	}
	if risk := t.RecipientRisk(d.ReplyTarget.Email, d.TargetFrom); risk != "" {
		d.State = StateNeedsReview
		d.Reason = risk + "; no draft until you check it ('hearback resume " + shortID(t.ID) + "' drafts to them anyway)"
		return d, true
	}
	if now.Before(at) {
		d.State = StateWaiting
		return d, true
	}
	d.State = StateDue
	return d, true
}

// closeLoopDue says when a thread that went quiet gets its last note:
// close_after business days after the day the next nudge would have been
// due. Before then d stays gone quiet with DueAt that day; once its draft
// has been written, never again.
func (p Policy) closeLoopDue(t *thread.Thread, d *Decision, lastAt, now time.Time) (time.Time, bool) {
	if p.CloseAfter <= 0 {
		return time.Time{}, false
	}
	at := p.addBusinessDays(p.addBusinessDays(lastAt, p.NextAfter), p.CloseAfter)
	if dr := momentOf(t, draft.CloseLoop, ""); dr != nil && !(waiting(t, dr) && dr.ReplyTo == t.Messages[d.Latest].MessageID) {
		d.Reason += fmt.Sprintf("; your last note was drafted on %s, and hearback drafts nothing more here", p.day(dr.CreatedAt))
		return time.Time{}, false
	}
	if now.Before(at) {
		d.DueAt = at
		d.Reason += fmt.Sprintf("; one last, short note on %s", p.day(at))
		return time.Time{}, false
	}
	d.Situation, d.Nudge = draft.CloseLoop, 0
	d.Reason = fmt.Sprintf("no answer after %s, the last on %s: one last, short note closes the loop",
		followUps(p.MaxNudges), p.day(lastAt))
	return at, true
}

// thankAfterNoWindow is how long after a "no" a reply to it still reads
// as one: turning after_rejection on does not answer last season's.
const thankAfterNoWindow = 14 * 24 * time.Hour

// thankAfterNo says whether a rejected thread gets a short thank-you
// (after_rejection: thank): the no came from a person, not a program or
// a no-reply address, the user has not answered it, it is recent, and no
// such draft was written before. It is due at once.
func (p Policy) thankAfterNo(t *thread.Thread, d *Decision, now time.Time) (time.Time, bool) {
	if !p.ThankAfterNo || t.Verdict.Stage != classifier.StageRejected {
		return time.Time{}, false
	}
	no := -1
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if !t.Mine[i] && t.Verdicts[i].Stage == classifier.StageRejected {
			no = i
			break
		}
	}
	if no < 0 {
		return time.Time{}, false
	}
	m, v := &t.Messages[no], t.Verdicts[no]
	switch {
	case v.Automated || v.AutoReply || v.Bulk || classifier.IsNoReply(m.From.Email) || d.ReplyTarget.Email == "":
		d.Reason += "; an automated no gets no reply"
		return time.Time{}, false
	case now.Sub(m.Date) > thankAfterNoWindow:
		return time.Time{}, false
	}
	for i := no + 1; i < len(t.Messages); i++ {
		if t.Mine[i] {
			return time.Time{}, false
		}
	}
	if dr := momentOf(t, draft.AfterRejection, ""); dr != nil && !waiting(t, dr) {
		d.Reason += fmt.Sprintf("; your reply to it was drafted on %s", p.day(dr.CreatedAt))
		return time.Time{}, false
	}
	d.Situation, d.Nudge = draft.AfterRejection, 0
	d.Reason = fmt.Sprintf("%s said no on %s; a short reply thanks them and asks for brief feedback (after_rejection: thank)",
		nameOf(d.Counterpart), p.day(m.Date))
	return m.Date, true
}
