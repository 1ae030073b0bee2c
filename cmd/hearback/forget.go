package main

import (
	"context"
	"fmt"
	"time"
)

func cmdForget(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "forget --older-than DAYS", "forget --older-than DAYS\n\nPurges from hearback's database every thread whose latest message is older than DAYS days:\nits stored headers and excerpts, its draft history and your choices about it.\nNothing on the mail server changes. Without the flag, forget_after_days from the config is used.")
	days := fs.Int("older-than", 0, "forget threads whose latest message is older than this many days")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *days < 0 {
		return usageError{msg: fmt.Sprintf("forget: --older-than %d: want a positive number of days", *days)}
	}
	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	defer e.Close()
	n := *days
	if n == 0 {
		n = e.Config.ForgetAfterDays
	}
	if n <= 0 {
		return usageError{msg: "forget: say how old: --older-than DAYS (or set forget_after_days in the config)"}
	}
	stats, err := e.Forget(ctx, n, time.Now())
	if err != nil {
		return err
	}
	for _, s := range stats {
		fmt.Fprintf(g.stdout, "%s: forgot %d thread(s), %d message(s), %d draft record(s) older than %d days\n",
			s.Account, s.Threads, s.Messages, s.Drafts, n)
	}
	return nil
}
