// Package actions is the user's word about a thread: snooze it for a
// while, ignore it for good, take either back (resume), say that the
// other side answered some other way (heard), or that the user accepted
// its offer (accepted). It is the one code path for
// `hearback snooze|ignore|resume|heard` and for the dashboard's buttons
// (package web): both find the thread, call Do, and Do records the change
// in the store, where `threads`, a check and the dashboard read it.
//
// An action is one entry of the kinds table: its change, and the button
// the dashboard shows for it (Buttons). The command line calls Do with
// its name.
package actions

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// The actions there are.
const (
	Snooze = "snooze"
	Ignore = "ignore"
	Resume = "resume"
	Heard  = "heard"
	// Accepted says the user accepted the offer of the thread: the search
	// is over (followup/moments.go).
	Accepted = "accepted"
)

// Action is one request: its Name, and what the action takes besides the
// thread (For: snooze; Note: heard).
type Action struct {
	Name string
	// For is how long a snooze lasts (ParseSnooze).
	For time.Duration
	// Note is heard's few words ("they called me"); Do cleans and bounds it.
	Note string
}

// Result is what Do changed.
type Result struct {
	Thread *thread.Thread
	// What says it in one line: "snoozed until Mon Apr 19 10:00 EDT".
	What string
	// State is the stored state after the change.
	State store.ThreadState
}

// kind is one action: how it changes the stored state, knowing the
// policy's decision before the change, and the dashboard's button.
type kind struct {
	change func(ts *store.ThreadState, a Action, d followup.Decision, now time.Time) (string, error)
	button *Button
}

// Button is how the dashboard offers an action without arguments beyond
// the thread (snooze and heard have their own controls).
type Button struct {
	Name  string // the action's name: the form posts to .../Name
	Label string // the button's text
	Help  string // one line under it
	// Offer says whether the button is shown for a thread in this state.
	Offer func(t *thread.Thread, d followup.Decision) bool
}

var kinds = map[string]kind{
	Snooze: {change: func(ts *store.ThreadState, a Action, _ followup.Decision, now time.Time) (string, error) {
		if a.For <= 0 || a.For > MaxSnooze {
			return "", &Error{fmt.Sprintf("snooze: %s is not between a minute and a year", a.For)}
		}
		ts.SnoozedUntil = now.Add(a.For).Truncate(time.Second)
		return "snoozed until " + ts.SnoozedUntil.Format("Mon Jan 2 15:04 MST"), nil
	}},
	Ignore: {change: func(ts *store.ThreadState, _ Action, _ followup.Decision, _ time.Time) (string, error) {
		ts.Ignored = true
		return "ignored: hearback will not draft for it", nil
	}, button: &Button{Name: Ignore, Label: "Ignore", Help: "never draft for this thread (until you resume it)",
		Offer: func(t *thread.Thread, d followup.Decision) bool { return !t.User.Ignored }}},
	Resume: {change: func(ts *store.ThreadState, _ Action, d followup.Decision, now time.Time) (string, error) {
		if !ts.AcceptedAt.IsZero() {
			// Said by mistake: the search goes on.
			ts.AcceptedAt = time.Time{}
			return "the search goes on: this offer is no longer marked accepted", nil
		}
		ts.Ignored, ts.SnoozedUntil = false, time.Time{}
		// A thread held as unclear is nudged from now on (policy.go).
		ts.ResumedAt = now.Truncate(time.Second)
		what := "resumed: follow-ups as usual"
		if d.State == followup.StateNeedsReview {
			ts.ApprovedRecipient = d.ReplyTarget.Email
			what += "; drafts may go to " + d.ReplyTarget.Email
		}
		return what, nil
	}, button: &Button{Name: Resume, Label: "Resume", Help: "undo snooze and ignore; approve the recipient of a thread held for review; nudge an unclear one",
		Offer: func(t *thread.Thread, d followup.Decision) bool {
			return t.User.Ignored || !t.User.SnoozedUntil.IsZero() || d.State == followup.StateNeedsReview || d.State == followup.StateUnclear ||
				!t.User.AcceptedAt.IsZero()
		}}},
	Accepted: {change: func(ts *store.ThreadState, _ Action, _ followup.Decision, now time.Time) (string, error) {
		if !ts.AcceptedAt.IsZero() {
			return "already marked accepted on " + ts.AcceptedAt.Format("Mon Jan 2"), nil
		}
		ts.AcceptedAt = now.Truncate(time.Second)
		return "accepted: congratulations! No more follow-ups; the next check drafts a note withdrawing your application " +
			"to every other active thread (followup.on_accept)", nil
	}, button: &Button{Name: Accepted, Label: "I accepted this offer", Help: "the search is over: no more follow-ups, and a withdrawal note to each other active thread",
		Offer: func(t *thread.Thread, d followup.Decision) bool {
			return t.User.AcceptedAt.IsZero() && d.State != followup.StateSearchOver &&
				(t.Verdict.Stage == classifier.StageOffer || t.Verdict.Stage == classifier.StageAwaitingDecision)
		}}},
	Heard: {change: func(ts *store.ThreadState, a Action, _ followup.Decision, now time.Time) (string, error) {
		note := CleanNote(a.Note)
		ts.HeardAt, ts.HeardNote = now.Truncate(time.Second), note
		what := "heard from them on " + ts.HeardAt.Format("Mon Jan 2 15:04 MST")
		if note != "" {
			what += fmt.Sprintf(" (%s)", note)
		}
		return what + ": follow-ups count from then", nil
	}},
}

// buttonOrder is the order of the dashboard's buttons.
var buttonOrder = []string{Accepted, Ignore, Resume}

// Buttons are the one-click actions the dashboard offers for t in state d.
func Buttons(t *thread.Thread, d followup.Decision) []Button {
	var out []Button
	for _, name := range buttonOrder {
		if b := kinds[name].button; b != nil && (b.Offer == nil || b.Offer(t, d)) {
			out = append(out, *b)
		}
	}
	return out
}

// Known reports whether name is an action.
func Known(name string) bool {
	_, ok := kinds[name]
	return ok
}

// Error is a request that cannot be done as asked: an unknown thread or
// action, a duration out of range. The command line exits 2 on it, the
// dashboard answers 400 or 404.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

// Do applies the action a to t at now and records it: the thread's stored
// choices are read afresh (so that a change made meanwhile elsewhere is
// kept), changed, and written back. cfg gives the policy whose decision
// some actions read (resume approves the recipient of a thread held for
// review).
func Do(ctx context.Context, st *store.Store, cfg *config.Config, t *thread.Thread, a Action, now time.Time) (Result, error) {
	k, ok := kinds[a.Name]
	if !ok {
		return Result{}, &Error{fmt.Sprintf("no action %q", a.Name)}
	}
	states, err := st.ThreadStates(ctx, t.Account)
	if err != nil {
		return Result{}, err
	}
	ts, ok := states[t.ID]
	if !ok {
		ts = t.User
	}
	ts.ThreadID, ts.Account = t.ID, t.Account
	// The decision before the change, on the choices as they are now.
	t.User = ts
	d := followup.PolicyFor(cfg).Decide(t, now)
	what, err := k.change(&ts, a, d, now)
	if err != nil {
		return Result{}, err
	}
	if err := st.SetThreadState(ctx, ts); err != nil {
		return Result{}, err
	}
	t.User = ts
	return Result{Thread: t, What: what, State: ts}, nil
}

// Find finds, across cfg's accounts, the thread whose id is id or the one
// thread whose id starts with it, among the threads of the lookback window
// at now. Not finding exactly one is an *Error that says how to list the
// ids.
func Find(ctx context.Context, st *store.Store, cfg *config.Config, id string, now time.Time) (*thread.Thread, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return nil, &Error{"no thread id given; 'hearback threads' lists them"}
	}
	var matches []*thread.Thread
	total := 0
	for _, acct := range cfg.Accounts {
		threads, err := thread.Load(ctx, st, acct, followup.Since(cfg, now))
		if err != nil {
			return nil, err
		}
		total += len(threads)
		for _, t := range threads {
			if t.ID == id {
				return t, nil
			}
			if strings.HasPrefix(t.ID, id) {
				matches = append(matches, t)
			}
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return nil, &Error{fmt.Sprintf("no thread %q among the %d thread(s) of the last %d days; "+
			"'hearback threads' lists job threads with their ids, 'hearback threads --all' every thread "+
			"(run 'hearback check' first if the store is empty)", id, total, cfg.Followup.LookbackDays)}
	}
	ids := make([]string, 0, len(matches))
	for _, t := range matches {
		ids = append(ids, t.ID+" ("+t.Messages[0].Subject+")")
	}
	sort.Strings(ids)
	if len(ids) > 8 {
		ids = append(ids[:8], "...")
	}
	return nil, &Error{fmt.Sprintf("%q matches %d threads: %s; give more of the id", id, len(matches), strings.Join(ids, ", "))}
}

// IsRequestError reports whether err is a request that cannot be done as
// asked (*Error), rather than a failure of the store.
func IsRequestError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// MaxSnooze is a year: a longer pause is what ignore is for.
const MaxSnooze = 366 * 24 * time.Hour

var (
	snoozeRE     = regexp.MustCompile(`^(?:\d+[wdhm])+$`)
	snoozePartRE = regexp.MustCompile(`(\d+)([wdhm])`)
)

// ParseSnooze reads 36h, 3d, 2w, 90m or a combination such as 1w2d. Days
// and weeks are calendar days: a snooze is about when to think again, not
// business days.
func ParseSnooze(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if !snoozeRE.MatchString(s) {
		return 0, fmt.Errorf("snooze: %q is not a duration; write e.g. 36h, 3d, 2w or 1w2d", s)
	}
	var total time.Duration
	for _, m := range snoozePartRE.FindAllStringSubmatch(s, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil || n > 100000 {
			return 0, fmt.Errorf("snooze: %q is too long", s)
		}
		unit := map[string]time.Duration{"w": 7 * 24 * time.Hour, "d": 24 * time.Hour, "h": time.Hour, "m": time.Minute}[m[2]]
		total += time.Duration(n) * unit
	}
	switch {
	case total <= 0:
		return 0, fmt.Errorf("snooze: %q is no time at all", s)
	case total > MaxSnooze:
		return 0, fmt.Errorf("snooze: %q is more than a year; use 'hearback ignore' instead", s)
	}
	return total, nil
}

// SnoozeChoices are the dashboard's snooze buttons, as ParseSnooze reads them.
var SnoozeChoices = []string{"1d", "3d", "1w"}

// MaxHeardNote bounds heard's note: a few words, shown on one line of
// `threads`.
const MaxHeardNote = 200

// CleanNote is heard's note as it is stored: control characters gone,
// trimmed, at most MaxHeardNote characters.
func CleanNote(note string) string {
	text := strings.TrimSpace(mailmsg.Clean(note))
	if r := []rune(text); len(r) > MaxHeardNote {
		text = strings.TrimSpace(string(r[:MaxHeardNote-1])) + "…"
	}
	return text
}
