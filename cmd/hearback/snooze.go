package main

import (
	"context"
	"flag"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/store"
)

// The user's own decisions about a thread: snooze it for a while, ignore
// it for good, or take either back. They are stored per thread, so they
// survive restarts and apply to `run` as much as to `check`.

func cmdSnooze(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "snooze", "snooze THREAD DURATION\n\nNo draft for THREAD (an id or a unique prefix of one, as 'hearback threads'\nshows) until DURATION from now: e.g. 36h, 3d, 2w, 1w2d.")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 2)
	if err != nil {
		return err
	}
	d, err := parseSnooze(pos[1])
	if err != nil {
		return usageError{msg: err.Error()}
	}
	return changeThread(ctx, g, pos[0], *nowFlag, func(ts *store.ThreadState, now time.Time) string {
		ts.SnoozedUntil = now.Add(d).Truncate(time.Second)
		return "snoozed until " + ts.SnoozedUntil.Format("Mon Jan 2 15:04 MST")
	})
}

func cmdIgnore(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "ignore", "ignore THREAD\n\nNever draft for THREAD again (until 'hearback resume THREAD').")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, func(ts *store.ThreadState, _ time.Time) string {
		ts.Ignored = true
		return "ignored: hearback will not draft for it"
	})
}

func cmdResume(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "resume", "resume THREAD\n\nUndo 'snooze' and 'ignore' for THREAD: the normal schedule applies again.\nFor a thread held for review (state needs_review: a Reply-To that points elsewhere,\na message that joined by subject only, a newcomer from another organisation),\nresume approves the recipient hearback would write to. For a thread hearback leaves\nalone as unclear (they wrote last without a promise, a question or a next step),\nresume lets it be nudged.")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, func(ts *store.ThreadState, now time.Time) string {
		ts.Ignored, ts.SnoozedUntil = false, time.Time{}
		// A thread held as unclear is nudged from now on (policy.go).
		ts.ResumedAt = now.Truncate(time.Second)
		return "resumed: follow-ups as usual"
	}, func(ts *store.ThreadState, d followup.Decision) string {
		if d.State != followup.StateNeedsReview {
			return ""
		}
		ts.ApprovedRecipient = d.ReplyTarget.Email
		return "; drafts may go to " + d.ReplyTarget.Email
	})
}

// addNowFlag is check's --now: a snooze previewed with 'check --now'
// must count from the same moment.
func addNowFlag(fs *flag.FlagSet) *string {
	return fs.String("now", "", "act as if it were `TIME` (RFC 3339), as 'check --now' does")
}

// parseWithArgs parses flags that may come before, between or after
// exactly n positional arguments, and returns those.
func parseWithArgs(fs *flag.FlagSet, args []string, n int) ([]string, error) {
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) != n {
		fs.Usage()
		return nil, usageError{msg: fmt.Sprintf("%s: want %d argument(s), got %d", fs.Name(), n, len(pos))}
	}
	return pos, nil
}

var snoozeRE = regexp.MustCompile(`^(?:\d+[wdhm])+$`)
var snoozePartRE = regexp.MustCompile(`(\d+)([wdhm])`)

// maxSnooze is a year: a longer pause is what ignore is for.
const maxSnooze = 366 * 24 * time.Hour

// parseSnooze reads 36h, 3d, 2w, 90m or a combination such as 1w2d. Days
// and weeks are calendar days: a snooze is about when to think again, not
// business days.
func parseSnooze(s string) (time.Duration, error) {
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
	case total > maxSnooze:
		return 0, fmt.Errorf("snooze: %q is more than a year; use 'hearback ignore' instead", s)
	}
	return total, nil
}

// changeThread finds the one thread whose id starts with prefix, in any
// account, applies change to its stored state and saves it. decided, if
// given, may change it further knowing the policy's decision before the
// change (resume approves the recipient of a thread held for review).
func changeThread(ctx context.Context, g *globals, prefix, nowText string, change func(*store.ThreadState, time.Time) string,
	decided ...func(*store.ThreadState, followup.Decision) string) error {
	now, err := parseNow(nowText)
	if err != nil {
		return err
	}
	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	defer e.Close()
	t, err := findThread(ctx, e, prefix, now)
	if err != nil {
		return err
	}
	ts := t.User
	ts.ThreadID, ts.Account = t.ID, t.Account
	d := followup.PolicyFor(e.Config).Decide(t, now)
	what := change(&ts, now)
	for _, f := range decided {
		what += f(&ts, d)
	}
	if err := e.Store.SetThreadState(ctx, ts); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "%s %q: %s\n", t.ID, t.Messages[0].Subject, what)
	return nil
}
