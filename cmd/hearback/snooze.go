package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/hearback/hearback/actions"
)

// The user's own decisions about a thread: snooze it for a while, ignore
// it for good, or take either back. They are stored per thread, so they
// survive restarts and apply to `run` as much as to `check`; package
// actions makes them, for these commands and for the dashboard alike.

func cmdSnooze(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "snooze", "snooze THREAD DURATION\n\nNo draft for THREAD (an id or a unique prefix of one, as 'hearback threads'\nshows) until DURATION from now: e.g. 36h, 3d, 2w, 1w2d.")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 2)
	if err != nil {
		return err
	}
	d, err := actions.ParseSnooze(pos[1])
	if err != nil {
		return usageError{msg: err.Error()}
	}
	return changeThread(ctx, g, pos[0], *nowFlag, actions.Action{Name: actions.Snooze, For: d})
}

func cmdIgnore(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "ignore", "ignore THREAD\n\nNever draft for THREAD again (until 'hearback resume THREAD').")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, actions.Action{Name: actions.Ignore})
}

func cmdResume(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "resume", "resume THREAD\n\nUndo 'snooze' and 'ignore' for THREAD: the normal schedule applies again.\nFor a thread held for review (state needs_review: a Reply-To that points elsewhere,\na message that joined by subject only, a newcomer from another organisation),\nresume approves the recipient hearback would write to. For a thread hearback leaves\nalone as unclear (they wrote last without a promise, a question or a next step),\nresume lets it be nudged.")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, actions.Action{Name: actions.Resume})
}

func cmdAccepted(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "accepted", "accepted THREAD\n\nYou accepted the offer of THREAD: the search is over. hearback stops every\nfollow-up, withdraws its own untouched drafts, and (followup.on_accept: withdraw)\ndrafts one short note to each other active thread withdrawing your application.\nA message of yours accepting the offer in the thread does the same.\n'hearback resume THREAD' takes it back.")
	nowFlag := addNowFlag(fs)
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, actions.Action{Name: actions.Accepted})
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

// changeThread finds the one thread whose id starts with prefix, in any
// account, and applies the action to it (actions.Do: the dashboard's
// buttons do the same).
func changeThread(ctx context.Context, g *globals, prefix, nowText string, a actions.Action) error {
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
	res, err := actions.Do(ctx, e.Store, e.Config, t, a, now)
	if err != nil {
		if actions.IsRequestError(err) {
			return usageError{msg: err.Error()}
		}
		return err
	}
	fmt.Fprintf(g.stdout, "%s %q: %s\n", t.ID, t.Messages[0].Subject, res.What)
	return nil
}
