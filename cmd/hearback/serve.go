package main

import (
	"context"
	"fmt"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/web"
)

// cmdServe serves the dashboard from the store alone: no IMAP, no
// schedule. What it shows is as fresh as the last check or `hearback run`
// made the store; its buttons work as the commands do.
func cmdServe(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "serve", "serve\n\nServes the dashboard (web.listen of the configuration, default http://127.0.0.1:7867/)\n"+
		"from the local database alone, until SIGTERM or SIGINT: no connection to the mail server,\n"+
		"no scheduled checks ('hearback run' serves the same dashboard beside them). Off\n"+
		"loopback it needs web.password_env or web.password_file, and TLS or web.behind_proxy.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	defer e.Close()
	if !e.Config.Web.Enabled() {
		return &config.Error{Problems: []config.Problem{{File: e.Config.Path, Key: "web.listen",
			Msg: `is "": the dashboard is turned off`, Hint: `set it to e.g. "127.0.0.1:7867"`}}}
	}
	srv, err := web.Start(ctx, web.StartOptions{Config: e.Config, Store: e.Store, Log: e.Log})
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "hearback serve: the dashboard is at %s (Ctrl-C stops it)\n", srv.URL())
	<-ctx.Done()
	g.stopSignals()
	srv.Stop(engine.ShutdownGrace)
	return nil
}
