// Package digest is the weekly summary of a job search (config's digest
// key, `hearback digest`): where every active thread stands, what comes
// due in the week ahead, what went quiet, and the numbers of the week
// just past. It reads the store alone, the way `hearback threads` does,
// and decides each thread with the follow-up policy at a moment; Text
// writes it as plain text short enough for a phone notification.
package digest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// Week is the span the digest looks back over (its numbers) and ahead
// (what comes due).
const Week = 7 * 24 * time.Hour

// Digest is the summary of every account at one moment.
type Digest struct {
	// At is the moment it describes, in the config's zone.
	At       time.Time
	Accounts []Account
}

// Account is one account's part of the digest.
type Account struct {
	Name string
	// JobThreads counts the account's job threads in the lookback
	// window, whatever their state.
	JobThreads int
	// Accepted is the thread of the offer the user accepted (the search
	// is over), nil while the search goes on.
	Accepted *Line
	// AcceptedAt is when the offer was accepted (with Accepted).
	AcceptedAt time.Time
	// Active are the threads still under way, the ones that need the user
	// first; Due those of them that come due in the week ahead, soonest
	// first; Quiet the threads that went quiet.
	Active []Line
	Due    []Line
	Quiet  []Line
	// Answers are the waits for the answers of the week past: for each
	// human answer from the other side, the time since the user's latest
	// message before it.
	Answers []time.Duration
	// Drafts counts the drafts hearback wrote in the week past.
	Drafts int
}

// Line is one thread as the digest shows it.
type Line struct {
	ThreadID string
	Subject  string
	Who      string
	State    string
	Reason   string
	DueAt    time.Time
}

// Build decides every thread of every account of cfg at now, from the
// store alone (no IMAP), and gathers the digest.
func Build(ctx context.Context, st *store.Store, cfg *config.Config, now time.Time) (Digest, error) {
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	dg := Digest{At: now.In(loc)}
	for _, acct := range cfg.Accounts {
		a, err := buildAccount(ctx, st, cfg, acct, now)
		if err != nil {
			return Digest{}, fmt.Errorf("digest: %s: %w", acct.Name, err)
		}
		dg.Accounts = append(dg.Accounts, a)
	}
	return dg, nil
}

func buildAccount(ctx context.Context, st *store.Store, cfg *config.Config, acct config.Account, now time.Time) (Account, error) {
	a := Account{Name: acct.Name}
	threads, err := thread.Load(ctx, st, acct, followup.Since(cfg, now))
	if err != nil {
		return a, err
	}
	states, err := st.ThreadStates(ctx, acct.Name)
	if err != nil {
		return a, err
	}
	policy := followup.PolicyFor(cfg).WithSearch(threads, states, now)
	type active struct {
		line Line
		rank int
	}
	var act []active
	for _, t := range threads {
		if !t.Verdict.Job {
			continue
		}
		a.Answers = append(a.Answers, answers(t, now)...)
		d := policy.Decide(t, now)
		if d.State == followup.StateNotJob || len(t.Messages) == 0 {
			continue
		}
		a.JobThreads++
		l := lineOf(t, d)
		switch d.State {
		case followup.StateAccepted:
			a.Accepted = &l
			if s := policy.Search; s != nil && s.Accepted != nil {
				a.AcceptedAt = s.Accepted.At
			}
		case followup.StateGoneQuiet:
			a.Quiet = append(a.Quiet, l)
		case followup.StateClosed, followup.StateIgnored, followup.StateSearchOver:
		case followup.StateDrafted:
			// A draft waits, but a reply to their no or the last note to a
			// thread gone quiet does not make the thread under way again.
			switch ended(d) {
			case draft.AfterRejection:
			case draft.CloseLoop:
				a.Quiet = append(a.Quiet, l)
			default:
				act = append(act, active{l, rank(d.State)})
			}
		default:
			act = append(act, active{l, rank(d.State)})
			switch d.State {
			case followup.StateWaiting, followup.StateSnoozed, followup.StateDue:
				if !d.DueAt.Before(now) && d.DueAt.Before(now.Add(Week)) {
					a.Due = append(a.Due, l)
				}
			}
		}
	}
	// The threads that ask something of the user first; within a rank,
	// the newest first (thread.Load's order).
	sort.SliceStable(act, func(i, j int) bool { return act[i].rank < act[j].rank })
	for _, x := range act {
		a.Active = append(a.Active, x.line)
	}
	sort.SliceStable(a.Due, func(i, j int) bool { return a.Due[i].DueAt.Before(a.Due[j].DueAt) })

	ledger, err := st.Drafts(ctx, acct.Name)
	if err != nil {
		return a, err
	}
	for _, dr := range ledger {
		if inWeek(dr.CreatedAt, now) && dr.Status != store.DraftDuplicate {
			a.Drafts++
		}
	}
	return a, nil
}

// ended is the situation of d's waiting draft when it is one that
// follows the end of a thread (a reply to a no, a last note), else "".
func ended(d followup.Decision) draft.Situation {
	if d.Pending == nil {
		return ""
	}
	switch s := draft.Situation(d.Pending.Situation); s {
	case draft.AfterRejection, draft.CloseLoop:
		return s
	}
	return ""
}

// rank orders the active threads: the ones waiting for the user, then
// the ones waiting for the other side, then the ones on hold.
func rank(state string) int {
	switch state {
	case followup.StateDue, followup.StateDrafted, followup.StateMyTurn, followup.StateNeedsReview:
		return 0
	case followup.StateWaiting, followup.StateSnoozed:
		return 1
	}
	return 2
}

// inWeek reports whether t lies in the week before now: (now-7d, now].
func inWeek(t, now time.Time) bool {
	return t.After(now.Add(-Week)) && !t.After(now)
}

// answers are the waits for t's answers of the week before now: human
// messages from the other side (no automatic reply, no bulk mail) after
// a message of the user's, each measured from the user's latest message
// before it.
func answers(t *thread.Thread, now time.Time) []time.Duration {
	var out []time.Duration
	mine := -1
	for i := range t.Messages {
		m, v := &t.Messages[i], t.Verdicts[i]
		if t.Mine[i] {
			if !m.Date.After(now) {
				mine = i
			}
			continue
		}
		if mine < 0 || v.AutoReply || v.Bulk || !inWeek(m.Date, now) {
			continue
		}
		out = append(out, max(m.Date.Sub(t.Messages[mine].Date), 0))
	}
	return out
}

func lineOf(t *thread.Thread, d followup.Decision) Line {
	l := Line{
		ThreadID: t.ID,
		Subject:  strings.TrimSpace(mailmsg.Clean(t.Messages[0].Subject)),
		Who:      strings.TrimSpace(mailmsg.Clean(d.Counterpart.Name)),
		State:    d.State,
		Reason:   strings.TrimSpace(mailmsg.Clean(d.Reason)),
		DueAt:    d.DueAt,
	}
	if l.Subject == "" {
		l.Subject = "(no subject)"
	}
	for _, e := range []string{d.ReplyTarget.Email, d.Counterpart.Email} {
		if l.Who == "" {
			l.Who = e
		}
	}
	return l
}

// Active counts the active threads of every account.
func (d Digest) Active() int {
	n := 0
	for _, a := range d.Accounts {
		n += len(a.Active)
	}
	return n
}

// Limits of a line, in runes: a digest is read on a phone.
const (
	maxSubject = 60
	maxWho     = 40
	maxReason  = 120
)

// Text is the digest as plain text: no colours, no markup, lines a phone
// notification and a terminal both show as they are.
func (d Digest) Text() string {
	var b strings.Builder
	loc := d.At.Location()
	day := time.Date(d.At.Year(), d.At.Month(), d.At.Day(), 0, 0, 0, 0, loc)
	monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	fmt.Fprintf(&b, "Your job search, week of %s\n", monday.Format("Mon Jan 2 2006"))

	jobs := 0
	for _, a := range d.Accounts {
		jobs += a.JobThreads
		if a.Accepted != nil {
			fmt.Fprintf(&b, "\nThe search is over: you accepted the offer in \"%s\" (%s) on %s. Congratulations.\n",
				clip(a.Accepted.Subject, maxSubject), clip(a.Accepted.Who, maxWho), a.AcceptedAt.In(loc).Format("Mon Jan 2"))
		}
	}
	if jobs == 0 {
		b.WriteString("\nNo job threads in your mailbox yet. When a recruiter writes or you apply somewhere, " +
			"hearback starts keeping track, and this summary fills in.\n")
		return b.String()
	}
	several := len(d.Accounts) > 1
	for _, a := range d.Accounts {
		if several {
			fmt.Fprintf(&b, "\n== %s ==\n", a.Name)
			if a.JobThreads == 0 {
				b.WriteString("No job threads here yet.\n")
				continue
			}
		}
		a.write(&b, d.At)
	}
	return b.String()
}

func (a Account) write(b *strings.Builder, now time.Time) {
	loc := now.Location()
	if len(a.Active) == 0 {
		b.WriteString("\nWhere things stand: nothing under way right now.\n")
	} else {
		fmt.Fprintf(b, "\nWhere things stand (%d under way)\n", len(a.Active))
		for _, l := range a.Active {
			fmt.Fprintf(b, "- %s, with %s\n  %s\n", clip(l.Subject, maxSubject), clip(l.Who, maxWho), clip(stateLine(l), maxReason))
		}
	}

	if len(a.Due) == 0 {
		if len(a.Active) > 0 {
			b.WriteString("\nDue next week: nothing.\n")
		}
	} else {
		b.WriteString("\nDue next week\n")
		for _, l := range a.Due {
			fmt.Fprintf(b, "- %s: %s, with %s\n", l.DueAt.In(loc).Format("Mon Jan 2"), clip(l.Subject, maxSubject), clip(l.Who, maxWho))
		}
	}

	if len(a.Quiet) > 0 {
		b.WriteString("\nGone quiet\n")
		for _, l := range a.Quiet {
			fmt.Fprintf(b, "- %s, with %s\n  %s\n", clip(l.Subject, maxSubject), clip(l.Who, maxWho), clip(l.Reason, maxReason))
		}
	}

	b.WriteString("\nThis week\n")
	switch n := len(a.Answers); n {
	case 0:
		b.WriteString("- No answers this week.\n")
	case 1:
		fmt.Fprintf(b, "- 1 answer, %s days after your message.\n", days(a.Answers[0]))
	default:
		fmt.Fprintf(b, "- %d answers; the median wait after your message was %s days.\n", n, days(Median(a.Answers)))
	}
	switch a.Drafts {
	case 0:
		b.WriteString("- No drafts written.\n")
	case 1:
		b.WriteString("- 1 draft written for you.\n")
	default:
		fmt.Fprintf(b, "- %d drafts written for you.\n", a.Drafts)
	}
}

// stateLine is a thread's state in words, then why: the state is left
// out where the reason already says it.
func stateLine(l Line) string {
	w := stateWords(l.State)
	if w == "" || strings.HasPrefix(strings.ToLower(l.Reason), w) {
		return l.Reason
	}
	if l.Reason == "" {
		return w
	}
	return w + ": " + l.Reason
}

// stateWords names a state for people.
func stateWords(state string) string {
	switch state {
	case followup.StateWaiting:
		return "waiting on them"
	case followup.StateDue:
		return "a follow-up is due"
	case followup.StateDrafted:
		return "draft ready"
	case followup.StateMyTurn:
		return "your turn"
	case followup.StateSnoozed:
		return "snoozed"
	case followup.StateDismissed, followup.StateUnclear:
		return "on hold"
	case followup.StateNoReply:
		return "no one to write to"
	case followup.StateNeedsReview:
		return "needs your look"
	}
	return strings.ReplaceAll(state, "_", " ")
}

// Median is the median of ds (the mean of the middle two for an even
// count); 0 for none.
func Median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// days writes d in days with one decimal.
func days(d time.Duration) string {
	return fmt.Sprintf("%.1f", d.Hours()/24)
}

// clip shortens s to n runes, with an ellipsis.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
