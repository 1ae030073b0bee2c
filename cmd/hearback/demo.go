package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/digest"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/internal/demo"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/web"
)

func cmdDemo(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "demo", "demo [--web] [--keep DIR] [--tone TONE] [--now TIME]\n\nStarts an embedded IMAP server on 127.0.0.1 with a handful of realistic\ninterview threads, runs a real check against it, and prints the threads\nand the drafts hearback wrote. Needs no account and no configuration.\nWith --web it then serves the dashboard over the demo mailbox and prints\nits URL, until Ctrl-C.")
	keep := fs.String("keep", "", "keep the demo database in this directory (default: a temporary one, removed)")
	tone := fs.String("tone", "", "`TONE` of the drafts: playful | warm | formal (default warm)")
	nowFlag := fs.String("now", "", "run the demo as of `TIME` (RFC 3339) instead of now: the same TIME gives the same drafts")
	withWeb := fs.Bool("web", false, "then serve the dashboard over the demo mailbox (until Ctrl-C)")
	listen := fs.String("listen", config.DefaultWebListen, "with --web: the dashboard's loopback `ADDRESS` (a free port when it is taken)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *withWeb && !(config.WebSettings{Listen: *listen}).Loopback() {
		return usageError{msg: fmt.Sprintf("demo: --listen %q is not a loopback address such as 127.0.0.1:7867", *listen)}
	}
	now, err := parseNow(*nowFlag)
	if err != nil {
		return err
	}
	dir := *keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "hearback-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}

	mb, err := demo.Start(now)
	if err != nil {
		return err
	}
	defer mb.Close()
	cfg, err := mb.Config(dir, *tone)
	if err != nil {
		return err
	}
	if g.logLevel == "" {
		g.logLevel = "warn"
	}
	e, err := g.engineFor(ctx, cfg)
	if err != nil {
		return err
	}
	defer e.Close()

	out := g.stdout
	fmt.Fprintf(out, "hearback demo: an embedded IMAP server on %s holds %d messages in %d conversations for %s.\n",
		mb.Addr, mb.Messages, demo.Conversations, demo.User)
	fmt.Fprintf(out, "Running a real check now (%s): sync INBOX and Sent, thread, classify, draft what is due.\n\n", now.Format("Mon Jan 2 15:04 MST"))
	results, err := e.CheckAll(ctx, now, engine.Run{Who: "hearback demo", Trigger: "demo", Wait: engine.CheckLockWait})
	if err != nil {
		return err
	}
	printResults(out, results, false)
	for _, r := range results {
		if r.Err != nil {
			return r.Err
		}
	}

	fmt.Fprintln(out, "\nThe threads hearback tracks ('hearback threads'):")
	fmt.Fprintln(out)
	views, err := collectThreads(ctx, e.Store, cfg, now, false)
	if err != nil {
		return err
	}
	printThreads(out, views, cfg.Location)

	drafts, err := demo.ReadMailbox(mb.Addr, mb.Password, "Drafts")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nThe Drafts folder now holds %d draft(s), exactly as your mail client will show them:\n", len(drafts))
	for i, raw := range drafts {
		fmt.Fprintf(out, "\n----- draft %d -----\n%s\n", i+1, renderDraft(raw))
	}

	again, err := e.CheckAll(ctx, now, engine.Run{Who: "hearback demo", Trigger: "demo", Wait: engine.CheckLockWait})
	if err != nil {
		return err
	}
	n := 0
	for _, r := range again {
		n += len(r.Report.Drafts)
	}
	fmt.Fprintf(out, "\nA second check right away drafted %d more: each thread gets at most one pending draft.\n", n)
	week, err := digest.Build(ctx, e.Store, cfg, now)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nWith digest: \"0 17 * * 5\" your notifications get the week's summary every Friday; 'hearback digest' prints it any time:\n\n%s", week.Text())
	if err := demoOffer(ctx, out, e, mb, now); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nNothing was sent. To use your own mailbox: 'hearback init' writes a configuration, 'hearback doctor' checks it, and 'hearback check --dry-run' shows what hearback would draft.")
	if !*withWeb {
		return nil
	}
	return serveDemo(ctx, g, e, now, *listen)
}

// demoOffer tells the rest of the story: an offer with a deadline
// arrives (notes asking the other active threads for news), then the
// user accepts it (notes withdrawing the application everywhere else).
func demoOffer(ctx context.Context, out io.Writer, e *engine.Engine, mb *demo.Mailbox, now time.Time) error {
	step := func(at time.Time, seed []demo.Message, intro, what string) error {
		if err := demo.Seed(mb.Addr, mb.Password, seed); err != nil {
			return err
		}
		before, err := withdrawnDrafts(ctx, e)
		if err != nil {
			return err
		}
		results, err := e.CheckAll(ctx, at, engine.Run{Who: "hearback demo", Trigger: "demo", Wait: engine.CheckLockWait})
		if err != nil {
			return err
		}
		var written []followup.Written
		for _, r := range results {
			if r.Err != nil {
				return r.Err
			}
			written = append(written, r.Report.Drafts...)
		}
		after, err := withdrawnDrafts(ctx, e)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\n%s\n\nhearback withdrew %d of its untouched drafts and wrote %d %s:\n", intro, after-before, len(written), what)
		for _, w := range written {
			fmt.Fprintf(out, "  to %s  %q\n", w.To, w.Subject)
		}
		if len(written) > 0 {
			fmt.Fprintf(out, "\n----- the first of them -----\n%s\n", renderDraft(written[0].Raw))
		}
		return nil
	}
	offerAt := now.Add(10 * time.Minute)
	if err := step(now.Add(20*time.Minute), demo.Offer(offerAt),
		"A little later an offer arrives, with a date to answer by (the demo adds it to INBOX and checks again).",
		"notes asking the other threads under way for news first, without naming the offer (followup.expedite)"); err != nil {
		return err
	}
	return step(now.Add(40*time.Minute), demo.Acceptance(now.Add(30*time.Minute)),
		"You accept it: your reply \"I'm happy to accept the offer\" is in Sent. The search is over.",
		"notes withdrawing your application, one to each other active thread (followup.on_accept: withdraw)")
}

// withdrawnDrafts counts the ledger's withdrawn drafts.
func withdrawnDrafts(ctx context.Context, e *engine.Engine) (int, error) {
	n := 0
	for _, acct := range e.Config.Accounts {
		ds, err := e.Store.Drafts(ctx, acct.Name)
		if err != nil {
			return 0, err
		}
		for _, d := range ds {
			if d.Status == store.DraftWithdrawn {
				n++
			}
		}
	}
	return n, nil
}

// serveDemo serves the dashboard over the demo's store until ctx ends. Its
// clock starts at the demo's moment (--now) and runs on from there.
func serveDemo(ctx context.Context, g *globals, e *engine.Engine, now time.Time, listen string) error {
	start := time.Now()
	opts := web.StartOptions{Config: e.Config, Store: e.Store, Log: e.Log, Demo: true, Listen: listen,
		Now: func() time.Time { return now.Add(time.Since(start)) }}
	srv, err := web.Start(ctx, opts)
	var inUse *web.ListenError
	if errors.As(err, &inUse) {
		// Another hearback (or demo) has the port: any free one will do.
		opts.Listen = "127.0.0.1:0"
		srv, err = web.Start(ctx, opts)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "\nThe dashboard of the demo mailbox: %s\nOpen it in your browser; Ctrl-C stops it.\n", srv.URL())
	<-ctx.Done()
	srv.Stop(engine.ShutdownGrace)
	return nil
}

// randomHex is n random bytes in hex (doctor's test draft id).
func randomHex(n int) string { return demo.RandomHex(n) }
