package main

import (
	"context"

	"github.com/hearback/hearback/actions"
)

// cmdHeard records that the other side of a thread answered outside the
// mailbox: a call, a message on LinkedIn. The policy counts it as a
// message from them at that moment (followup/policy.go).
func cmdHeard(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "heard", "heard THREAD [--note TEXT] [--now TIME]\n\n"+
		"You heard from the other side of THREAD some other way: they called you, they\n"+
		"answered on LinkedIn. hearback counts it as a message from them at that moment\n"+
		"that promises and asks nothing: the next follow-up is due first_after business\n"+
		"days later, and an untouched hearback draft still in Drafts is withdrawn at the\n"+
		"next check. A later message of theirs supersedes it; resume leaves it.")
	note := fs.String("note", "", "what happened in a few words, e.g. \"they called me\" (threads and explain show the `TEXT`)")
	nowFlag := fs.String("now", "", "when you heard from them, as `TIME` (RFC 3339; default: now)")
	pos, err := parseWithArgs(fs, args, 1)
	if err != nil {
		return err
	}
	return changeThread(ctx, g, pos[0], *nowFlag, actions.Action{Name: actions.Heard, Note: *note})
}
