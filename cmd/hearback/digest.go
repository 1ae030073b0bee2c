package main

import (
	"context"
	"fmt"

	"github.com/hearback/hearback/digest"
)

// cmdDigest prints the weekly digest (the digest key sends it through the
// notification channels on its schedule) from the local store, no IMAP.
func cmdDigest(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "digest", "digest [--now TIME]\n\nPrints the weekly summary from the local store (no network): where every active thread stands,\n"+
		"what comes due in the week ahead, what went quiet, and the week's numbers.")
	nowFlag := fs.String("now", "", "summarise as if at this `TIME` (RFC 3339)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, now, err := g.openEngineAt(ctx, *nowFlag)
	if err != nil {
		return err
	}
	defer e.Close()
	d, err := digest.Build(ctx, e.Store, e.Config, now)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(g.stdout, d.Text())
	return err
}
