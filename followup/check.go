package followup

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/internal/gcpace"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
	"github.com/hearback/hearback/workdays"
)

// Mailer is the part of an IMAP session drafting needs. watcher.Session
// implements it; a dry run passes nil.
type Mailer interface {
	FindByMessageID(ctx context.Context, mailbox, messageID string) (uint32, bool, error)
	AppendDraft(ctx context.Context, mailbox string, raw []byte, messageID string) (uint32, error)
	// FetchRaw and DeleteDraft serve withdrawal: hearback may remove only
	// its own draft, and only when the bytes on the server are exactly
	// the bytes it appended.
	FetchRaw(ctx context.Context, mailbox string, uid uint32) ([]byte, error)
	DeleteDraft(ctx context.Context, mailbox string, uid uint32, messageID string) error
}

// Checker decides which threads of an account are due and drafts them.
type Checker struct {
	Store    *store.Store
	Config   *config.Config
	Account  config.Account
	Log      *slog.Logger
	Notifier notify.Notifier
}

// Report is what one check did (or, dry, would do).
type Report struct {
	Account string
	Threads int
	Due     int
	Drafts  []Written
	Errors  []error
}

// Written is one draft hearback wrote or would write.
type Written struct {
	ThreadID  string
	Situation draft.Situation
	Nudge     int
	To        string
	Subject   string
	Body      string
	Raw       []byte
	MessageID string
	Reason    string
	// Call is the call on offer beside it, for people ("or call Dana: +1
	// 555-555-0100, script in hearback explain 1a2b3c"), "" for none;
	// never part of the draft.
	Call string
}

// Policy builds the policy from the configuration.
func PolicyFor(cfg *config.Config) Policy {
	// first_after, when given, is the wait at every stage. (A config
	// built in code gives it by setting it to anything but the default.)
	after := cfg.Followup.After
	if cfg.FirstAfterSet() || cfg.Followup.FirstAfter != config.DefaultFirstAfter {
		after = config.StageWaits{}
	}
	return Policy{
		After:        after,
		Expedite:     cfg.ExpediteEnabled(),
		OnAccept:     cfg.Followup.OnAccept,
		CloseAfter:   cfg.Followup.CloseAfter,
		ThankAfterNo: cfg.Followup.AfterRejection == "thank",
		FirstAfter:   cfg.Followup.FirstAfter,
		NextAfter:    cfg.Followup.NextAfter,
		MaxNudges:    cfg.Followup.MaxNudges,
		PromiseGrace: cfg.Followup.PromiseGrace,
		Calendar:     workdays.Calendar(cfg.Holidays),
		Location:     cfg.Location,
		// A config built in code (ThankYou nil) gets the default: on.
		ThankYou:      cfg.ThankYouEnabled(),
		ThankYouAfter: time.Duration(cfg.Followup.ThankYouHours) * time.Hour,
		Ignore:        NewIgnoreRules(cfg.Ignore.Addresses, cfg.Ignore.Domains, cfg.Ignore.Companies),
	}
}

// Since is the start of the lookback window at now.
func Since(cfg *config.Config, now time.Time) time.Time {
	return now.AddDate(0, 0, -cfg.Followup.LookbackDays)
}

// WithdrawAnswered withdraws, right after a sync stored new mail, every
// untouched hearback draft that a real reply made obsolete, with the rules
// of a check (reconcile: an edited draft is kept and the user told). `run`
// calls it so that a draft the other side has just answered does not wait
// in Drafts until the next scheduled check, where the user might send it.
// It returns how many drafts it withdrew; without an open draft in the
// ledger it costs one query.
func (c *Checker) WithdrawAnswered(ctx context.Context, mailer Mailer, draftsMailbox string, now time.Time) (int, error) {
	ledger, err := c.Store.Drafts(ctx, c.Account.Name)
	if err != nil {
		return 0, err
	}
	open := map[string]bool{}
	for _, d := range ledger {
		if d.Status == store.DraftAppended || d.Status == store.DraftDuplicate {
			open[d.ThreadID] = true
		}
	}
	if len(open) == 0 {
		return 0, nil
	}
	threads, _, err := loadCheckThreads(ctx, c.Store, c.Config, c.Account, now, c.Log)
	if err != nil {
		return 0, fmt.Errorf("followup: %s: %w", c.Account.Name, err)
	}
	policy, err := c.policy(ctx, threads, now)
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for _, t := range threads {
		if !open[t.ID] {
			continue
		}
		before := countWithdrawn(t.Drafts)
		if _, err := c.reconcile(ctx, mailer, draftsMailbox, t, policy.Decide(t, now), now); err != nil {
			errs = append(errs, err)
		}
		n += countWithdrawn(t.Drafts) - before
	}
	return n, errors.Join(errs...)
}

func countWithdrawn(ds []store.Draft) int {
	n := 0
	for _, d := range ds {
		if d.Status == store.DraftWithdrawn {
			n++
		}
	}
	return n
}

// Check plans every thread of the account at now and appends a draft for
// each due one through mailer into draftsMailbox. With dryRun nothing is
// written, to the server or the store.
func (c *Checker) Check(ctx context.Context, mailer Mailer, draftsMailbox string, now time.Time, dryRun bool) (Report, error) {
	rep := Report{Account: c.Account.Name}
	// Only the threads that can need action, from the check snapshot when
	// nothing changed (snapshot.go); total counts every thread.
	threads, total, built, err := loadThreads(ctx, c.Store, c.Config, c.Account, now, c.Log)
	if err != nil {
		return rep, fmt.Errorf("followup: %s: %w", c.Account.Name, err)
	}
	if built {
		// After a full build (the first check after a big sync) the
		// threads that matter are all in memory while the plan drafts
		// and composes: the build's GC pace stays, or the plan's garbage
		// doubles the heap and makes the check's peak (BENCHMARKS.md). A
		// check served by the snapshot keeps the default pace.
		defer gcpace.Lower(relevantGCPercent)()
	}
	policy, err := c.policy(ctx, threads, now)
	if err != nil {
		return rep, err
	}
	rep.Threads = total
	for _, t := range threads {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		d := policy.Decide(t, now)
		if !dryRun {
			changed, err := c.reconcile(ctx, mailer, draftsMailbox, t, d, now)
			if err != nil {
				rep.Errors = append(rep.Errors, err)
				c.Log.Error("followup: reconcile drafts", "account", c.Account.Name, "thread", t.ID, "err", err)
			}
			if changed {
				// A withdrawn or edited draft changes what is due now.
				d = policy.Decide(t, now)
			}
		}
		if d.State == StateDrafted && d.Pending != nil && d.Pending.Status == store.DraftPending && !dryRun {
			// A previous run recorded this draft but may have died before APPEND.
			if err := c.finishPending(ctx, mailer, draftsMailbox, *d.Pending); err != nil {
				rep.Errors = append(rep.Errors, err)
				c.Log.Error("followup: finish pending draft", "account", c.Account.Name, "thread", t.ID, "err", err)
			}
			continue
		}
		if d.State == StateGoneQuiet && !t.User.QuietNotified && !dryRun {
			c.Notifier.Notify(ctx, notify.Event{Kind: notify.GoneQuiet, Account: c.Account.Name, ThreadID: t.ID,
				Subject: t.Messages[0].Subject, To: d.Counterpart.Email, At: now,
				Message: fmt.Sprintf("%s has gone quiet: %s", t.Messages[0].Subject, d.Reason)})
			u := t.User
			u.ThreadID, u.Account, u.QuietNotified = t.ID, c.Account.Name, true
			if err := c.Store.SetThreadState(ctx, u); err != nil {
				rep.Errors = append(rep.Errors, err)
			}
		}
		if (d.State == StateSearchOver || d.State == StateAccepted || (d.State == StateDue && IsMoment(d.Situation))) && !dryRun {
			// The search is over, or a moment's note replaces the nudge
			// waiting in Drafts: an untouched one goes.
			why, keep := "you accepted an offer", draft.Withdraw
			if d.State == StateDue && d.Situation != draft.Withdraw {
				why, keep = Describe(d.Situation)+" takes its place", d.Situation
			}
			if err := c.clearDrafts(ctx, mailer, draftsMailbox, t, now, why, keep); err != nil {
				rep.Errors = append(rep.Errors, err)
				c.Log.Error("followup: withdraw nudge", "account", c.Account.Name, "thread", t.ID, "err", err)
				continue
			}
		}
		if d.State != StateDue {
			continue
		}
		rep.Due++
		w, err := c.compose(t, d, now)
		if err != nil {
			rep.Errors = append(rep.Errors, err)
			c.Log.Error("followup: compose draft", "account", c.Account.Name, "thread", t.ID, "err", err)
			continue
		}
		// They said they would call: the phone may be the better answer.
		if o, ok := CallOffer(c.Config, c.Account, t, d, now); ok {
			w.Call = CallNotice(o, t.ID)
		}
		if dryRun {
			rep.Drafts = append(rep.Drafts, w)
			continue
		}
		if err := c.write(ctx, mailer, draftsMailbox, t, d, w, now); err != nil {
			rep.Errors = append(rep.Errors, err)
			c.Log.Error("followup: write draft", "account", c.Account.Name, "thread", t.ID, "err", err)
			continue
		}
		rep.Drafts = append(rep.Drafts, w)
		kind, what := notify.Drafted, Describe(w.Situation)
		if w.Situation == draft.ThankYou {
			kind = notify.ThankYou
		}
		msg := fmt.Sprintf("drafted %s to %s: %q", what, w.To, w.Subject)
		if w.Call != "" {
			msg += ", " + w.Call
		}
		c.Notifier.Notify(ctx, notify.Event{Kind: kind, Account: c.Account.Name, ThreadID: t.ID,
			Subject: w.Subject, To: w.To, At: now, Message: msg})
	}
	return rep, nil
}

// policy is the configured policy knowing what the threads of a check
// (and the user's choices) say about the search.
func (c *Checker) policy(ctx context.Context, threads []*thread.Thread, now time.Time) (Policy, error) {
	states, err := c.Store.ThreadStates(ctx, c.Account.Name)
	if err != nil {
		return Policy{}, err
	}
	return PolicyFor(c.Config).WithSearch(threads, states, now), nil
}

// Describe names a draft of situation s for people: notifications,
// explain, the dashboard.
func Describe(s draft.Situation) string {
	switch s {
	case draft.ThankYou:
		return "a thank-you note"
	case draft.Expedite:
		return "a note about your other offer's deadline"
	case draft.Withdraw:
		return "a note withdrawing your application"
	case draft.CloseLoop:
		return "a last note closing the loop"
	case draft.AfterRejection:
		return "a reply thanking them for their answer"
	}
	return "a follow-up"
}

// clearDrafts withdraws the thread's drafts still waiting in Drafts but
// those of situation keep, as a reply would (obsolete): untouched ones go,
// an edited one stays and the user is told.
func (c *Checker) clearDrafts(ctx context.Context, mailer Mailer, mailbox string, t *thread.Thread, now time.Time, why string, keep draft.Situation) error {
	if mailer == nil {
		return nil
	}
	for i := range t.Drafts {
		dr := &t.Drafts[i]
		if draft.Situation(dr.Situation) == keep || !t.InDrafts[dr.MessageID] ||
			(dr.Status != store.DraftAppended && dr.Status != store.DraftDuplicate) {
			continue
		}
		if _, err := c.obsolete(ctx, mailer, mailbox, t, dr, now, why); err != nil {
			return err
		}
	}
	return nil
}

// compose builds the draft for a due thread.
func (c *Checker) compose(t *thread.Thread, d Decision, now time.Time) (Written, error) {
	latest := t.Messages[d.Latest]
	from := c.fromAddress(t)
	var cc []mailmsg.Address
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if t.Mine[i] {
			for _, a := range t.Messages[i].Cc {
				if !t.Me.Is(a.Email) && a.Email != d.ReplyTarget.Email {
					cc = append(cc, a)
				}
			}
			break
		}
	}
	var last *mailmsg.Message
	if d.LastHuman >= 0 {
		last = &t.Messages[d.LastHuman].Message
	}
	var promise, interview *time.Time
	for i := range t.Verdicts {
		if t.Verdicts[i].PromiseAt != nil && !t.Mine[i] {
			promise = t.Verdicts[i].PromiseAt
		}
	}
	if iv, ok := t.Interview(PolicyFor(c.Config).loc()); ok {
		interview = &iv.Start
	}
	tmpl, err := c.templates()
	if err != nil {
		return Written{}, err
	}
	subject := t.Messages[0].Subject
	job := classifier.GuessJob(jobClues(t, d))
	quote := c.Config.Draft.Quote == nil || *c.Config.Draft.Quote
	sig := c.Config.Draft.Signature
	if sig == "" {
		sig = c.Account.FromName
	}
	in := draft.Input{
		ThreadID:    t.ID,
		From:        from,
		To:          []mailmsg.Address{d.ReplyTarget},
		Cc:          cc,
		Subject:     subject,
		InReplyTo:   latest.MessageID,
		References:  append(append([]string(nil), latest.References...), latest.MessageID),
		Situation:   d.Situation,
		Nudge:       d.Nudge,
		Counterpart: d.Counterpart,
		Company:     job.Company,
		Role:        job.Role,
		PromiseAt:   promise,
		InterviewAt: interview,
		Last:        last,
		Tone:        c.Config.Draft.Tone,
		Signature:   sig,
		Update:      c.Config.Draft.Update,
		Quote:       quote,
		Now:         now.In(PolicyFor(c.Config).loc()),
		Templates:   tmpl,
		Language:    c.Config.Draft.Language,
		Messages:    draftMessages(t),
		ThreadIndex: latest.ThreadIndex,
		ThreadTopic: latest.ThreadTopic,
	}
	if d.Situation == "" {
		in.Situation = draft.Unanswered
	}
	if d.Nudge >= 2 && d.Situation != draft.ThankYou && !IsMoment(d.Situation) {
		in.Situation = draft.SecondNudge
	}
	in.OfferDeadline = d.OfferDeadline
	dr, err := draft.Compose(in)
	if err != nil {
		return Written{}, fmt.Errorf("followup: compose for thread %s: %w", t.ID, err)
	}
	return Written{ThreadID: t.ID, Situation: in.Situation, Nudge: d.Nudge, To: d.ReplyTarget.String(),
		Subject: dr.Subject, Body: dr.Body, Raw: dr.Raw, MessageID: dr.MessageID, Reason: d.Reason}, nil
}

// draftMessages are the thread's messages for a draft to read its
// language, form of address and greeting from: every one but automatic
// replies, oldest first.
func draftMessages(t *thread.Thread) []draft.ThreadMessage {
	var out []draft.ThreadMessage
	for i := range t.Messages {
		if t.Verdicts[i].AutoReply {
			continue
		}
		out = append(out, draft.ThreadMessage{Message: &t.Messages[i].Message, Mine: t.Mine[i]})
	}
	return out
}

// jobClues is what classifier.GuessJob reads of a thread: its subject,
// the other side's addresses (the one the draft answers first) and every
// human message's own words, newest first.
func jobClues(t *thread.Thread, d Decision) classifier.JobClues {
	c := classifier.JobClues{Subject: t.Messages[0].Subject}
	seen := map[string]bool{}
	addSender := func(a mailmsg.Address) {
		if a.Email == "" || t.Me.Is(a.Email) || seen[a.Email] {
			return
		}
		seen[a.Email] = true
		c.Senders = append(c.Senders, a)
	}
	addSender(d.ReplyTarget)
	addSender(d.Counterpart)
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if t.Verdicts[i].AutoReply {
			continue
		}
		m := &t.Messages[i].Message
		if !t.Mine[i] {
			for _, a := range m.ReplyTo {
				addSender(a)
			}
			addSender(m.From)
		}
		c.Texts = append(c.Texts, m.OwnWords())
		c.Mine = append(c.Mine, t.Mine[i])
	}
	return c
}

// templates are the user's (draft.templates) or, without that setting,
// nil: Compose then uses the built-in ones.
func (c *Checker) templates() (*draft.Templates, error) {
	dir := c.Config.Draft.Templates
	if dir == "" {
		return nil, nil
	}
	dt, err := draft.CachedTemplateDir(dir)
	if err != nil {
		return nil, fmt.Errorf("followup: draft.templates: %w", err)
	}
	return dt, nil
}

// fromAddress is the address of mine the thread used: an alias stays an alias.
func (c *Checker) fromAddress(t *thread.Thread) mailmsg.Address { return fromOf(c.Account, t) }

// fromOf is the user's address a draft to t goes from: the one the thread
// used, with the account's from_name.
func fromOf(acct config.Account, t *thread.Thread) mailmsg.Address {
	name := acct.FromName
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if t.Mine[i] {
			return mailmsg.Address{Name: name, Email: t.Messages[i].From.Email}
		}
	}
	for i := len(t.Messages) - 1; i >= 0; i-- {
		for _, a := range append(append([]mailmsg.Address(nil), t.Messages[i].To...), t.Messages[i].Cc...) {
			if t.Me.Is(a.Email) {
				return mailmsg.Address{Name: name, Email: a.Email}
			}
		}
	}
	email := acct.Username
	if len(acct.Addresses) > 0 {
		email = acct.Addresses[0]
	}
	return mailmsg.Address{Name: name, Email: mailmsg.NormalizeEmail(email)}
}

// write records the draft, appends it, and records the result. Recording
// first means a crash between the two is recovered by finishPending, which
// looks for the Message-ID before appending again. The ledger dates the
// draft at the check's moment, the Date its header carries, so a check
// run at another moment (--now, the demo) tells one story.
func (c *Checker) write(ctx context.Context, mailer Mailer, mailbox string, t *thread.Thread, d Decision, w Written, now time.Time) error {
	sum := sha256.Sum256(w.Raw)
	rec := store.Draft{
		MessageID:   w.MessageID,
		ThreadID:    t.ID,
		Account:     c.Account.Name,
		ReplyTo:     t.Messages[d.Latest].MessageID,
		Situation:   string(w.Situation),
		Nudge:       w.Nudge,
		Status:      store.DraftPending,
		Subject:     w.Subject,
		Raw:         w.Raw,
		ContentHash: hex.EncodeToString(sum[:]),
		HeardAt:     d.HeardAt,
		Cause:       d.Cause,
		CreatedAt:   now,
	}
	if err := c.Store.AddDraft(ctx, rec); err != nil {
		return err
	}
	return c.finishPending(ctx, mailer, mailbox, rec)
}

func (c *Checker) finishPending(ctx context.Context, mailer Mailer, mailbox string, rec store.Draft) error {
	uid, err := mailer.AppendDraft(ctx, mailbox, rec.Raw, rec.MessageID)
	if err != nil {
		return fmt.Errorf("followup: append draft for thread %s to %q: %w", rec.ThreadID, mailbox, err)
	}
	if err := c.Store.SetDraftStatus(ctx, rec.MessageID, store.DraftAppended, uid); err != nil {
		return err
	}
	if err := c.rememberInDrafts(ctx, rec, uid); err != nil {
		return err
	}
	c.Log.Info("draft appended", "account", c.Account.Name, "thread", rec.ThreadID, "mailbox", mailbox, "uid", uid,
		"message_id", rec.MessageID)
	return nil
}

// reconcile brings the ledger up to date with what the Drafts and Sent
// mailboxes show: a draft that left Drafts was either sent (a message of
// mine followed it in the thread) or deleted by the user; a draft still in
// Drafts that a real reply (or a later `hearback heard`) made obsolete is
// withdrawn when untouched, and kept (the user told) when edited. changed
// reports that t.Drafts or t.InDrafts changed, so the caller decides again.
func (c *Checker) reconcile(ctx context.Context, mailer Mailer, mailbox string, t *thread.Thread, d Decision, now time.Time) (changed bool, err error) {
	for i := range t.Drafts {
		dr := &t.Drafts[i]
		switch dr.Status {
		case store.DraftAppended, store.DraftEdited, store.DraftDuplicate:
		case store.DraftPending:
			if d.Pending != nil && d.Pending.MessageID == dr.MessageID {
				continue // finished by Check
			}
			// Recorded for an older state of the thread: if the APPEND made it,
			// the draft is a normal appended one; otherwise it never existed.
			if mailer == nil {
				continue
			}
			uid, found, err := mailer.FindByMessageID(ctx, mailbox, dr.MessageID)
			if err != nil {
				return changed, err
			}
			status := store.DraftWithdrawn
			if found {
				status = store.DraftAppended
				t.InDrafts[dr.MessageID] = true
			}
			if err := c.Store.SetDraftStatus(ctx, dr.MessageID, status, uid); err != nil {
				return changed, err
			}
			dr.Status, dr.UID, changed = status, uid, true
			if status != store.DraftAppended {
				continue
			}
		default:
			continue
		}
		if t.InDrafts[dr.MessageID] {
			answered := t.RepliedAfter(dr.ReplyTo) || d.HeardAt.After(dr.HeardAt)
			if (dr.Status == store.DraftAppended || dr.Status == store.DraftDuplicate) && mailer != nil && answered {
				ch, err := c.obsolete(ctx, mailer, mailbox, t, dr, now, "they replied")
				changed = changed || ch
				if err != nil {
					return changed, err
				}
			}
			continue
		}
		status := store.DraftDeleted
		for i := range t.Messages {
			if t.Mine[i] && (t.Messages[i].MessageID == dr.MessageID ||
				(t.Messages[i].Date.After(dr.CreatedAt.Add(-time.Minute)) && t.Messages[i].InReplyTo == dr.ReplyTo)) {
				status = store.DraftSent
				break
			}
		}
		if err := c.Store.SetDraftStatus(ctx, dr.MessageID, status, 0); err != nil {
			return changed, err
		}
		dr.Status, changed = status, true
		c.Log.Info("draft left Drafts", "account", c.Account.Name, "thread", t.ID, "message_id", dr.MessageID, "status", status)
	}
	return changed, nil
}

// obsolete handles a draft still in Drafts that a reply overtook. It is
// withdrawn only when it is provably hearback's and untouched, by the
// ledger: found by the Message-ID this thread's ledger entry has, and
// hashing to the ledger's hash of the bytes hearback appended (drafts
// carry no mark of their own; those of earlier versions carried
// X-Hearback-Thread, which the hash covers as well). Anything else is the
// user's now: kept, and the user told once (status edited).
func (c *Checker) obsolete(ctx context.Context, mailer Mailer, mailbox string, t *thread.Thread, dr *store.Draft, now time.Time, why string) (bool, error) {
	uid, found, err := mailer.FindByMessageID(ctx, mailbox, dr.MessageID)
	if err != nil {
		return false, err
	}
	if !found {
		return false, nil // gone since the sync: the next check sees it left
	}
	raw, err := mailer.FetchRaw(ctx, mailbox, uid)
	if err != nil {
		return false, err
	}
	sum := sha256.Sum256(raw)
	untouched := dr.ThreadID == t.ID && dr.ContentHash != "" && hex.EncodeToString(sum[:]) == dr.ContentHash
	ev := notify.Event{Account: c.Account.Name, ThreadID: t.ID, Subject: dr.Subject, At: now}
	if untouched {
		if err := mailer.DeleteDraft(ctx, mailbox, uid, dr.MessageID); err != nil {
			return false, fmt.Errorf("followup: withdraw draft %s of thread %s: %w", dr.MessageID, t.ID, err)
		}
		if err := c.Store.SetDraftStatus(ctx, dr.MessageID, store.DraftWithdrawn, 0); err != nil {
			return true, err
		}
		dr.Status = store.DraftWithdrawn
		delete(t.InDrafts, dr.MessageID)
		c.Log.Info("draft withdrawn", "why", why, "account", c.Account.Name, "thread", t.ID,
			"uid", uid, "message_id", dr.MessageID)
		ev.Kind, ev.Message = notify.Withdrawn, fmt.Sprintf("%q: %s, so hearback removed its unsent follow-up draft", dr.Subject, why)
	} else {
		if err := c.Store.SetDraftStatus(ctx, dr.MessageID, store.DraftEdited, uid); err != nil {
			return false, err
		}
		dr.Status = store.DraftEdited
		c.Log.Info("draft kept: edited by the user", "account", c.Account.Name, "thread", t.ID, "uid", uid,
			"message_id", dr.MessageID)
		ev.Kind, ev.Message = notify.Kept, fmt.Sprintf("%q: %s; your edited follow-up draft is still in Drafts, check it before sending", dr.Subject, why)
	}
	c.Notifier.Notify(ctx, ev)
	return true, nil
}

// rememberInDrafts records an appended draft as a message of the Drafts
// mailbox, as the next sync would: until then `threads` must show it as
// drafted, not as a draft the user deleted.
func (c *Checker) rememberInDrafts(ctx context.Context, rec store.Draft, uid uint32) error {
	if uid == 0 {
		return nil // no UIDPLUS: the next Drafts sync picks it up
	}
	mb, ok, err := c.Store.Mailbox(ctx, c.Account.Name, store.RoleDrafts)
	if err != nil || !ok {
		return err
	}
	m, err := mailmsg.ParseBytes(rec.Raw)
	if err != nil {
		return fmt.Errorf("followup: reread own draft %s: %w", rec.MessageID, err)
	}
	sm := store.Message{Account: c.Account.Name, Role: store.RoleDrafts, Mailbox: mb.Name, UIDValidity: mb.UIDValidity,
		UID: uid, Flags: []string{`\Draft`, `\Seen`}, InternalDate: time.Now(), Message: *m}
	// Position 0: the stored position never moves backwards, and a later
	// sync that sees this UID again only updates the row.
	return c.Store.SaveMessages(ctx, mb, []store.Message{sm}, 0)
}
