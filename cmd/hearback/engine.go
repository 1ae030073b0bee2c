package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/thread"
)

// openEngineAt is openEngine for commands with a --now flag: the moment
// they act at (now when the flag is empty), then the engine.
func (g *globals) openEngineAt(ctx context.Context, nowText string) (*engine.Engine, time.Time, error) {
	now, err := parseNow(nowText)
	if err != nil {
		return nil, time.Time{}, err
	}
	e, err := g.openEngine(ctx)
	return e, now, err
}

// openEngine loads what every command needs.
func (g *globals) openEngine(ctx context.Context) (*engine.Engine, error) {
	cfg, err := g.loadConfig()
	if err != nil {
		return nil, err
	}
	return g.engineFor(ctx, cfg)
}

func (g *globals) engineFor(ctx context.Context, cfg *config.Config) (*engine.Engine, error) {
	e, err := engine.Open(ctx, cfg, g.logger(cfg))
	if err != nil {
		return nil, err
	}
	e.Dialer = g.dialer
	return e, nil
}

// findThread finds, across all accounts, the thread whose id is id or the
// one thread whose id starts with it. Not finding exactly one is a usage
// error that says how to list the ids.
func findThread(ctx context.Context, e *engine.Engine, id string, now time.Time) (*thread.Thread, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return nil, usageError{msg: "no thread id given; 'hearback threads' lists them"}
	}
	var matches []*thread.Thread
	total := 0
	for _, acct := range e.Config.Accounts {
		threads, err := thread.Load(ctx, e.Store, acct, followup.Since(e.Config, now))
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
		return nil, usageError{msg: fmt.Sprintf("no thread %q among the %d thread(s) of the last %d days; "+
			"'hearback threads' lists job threads with their ids, 'hearback threads --all' every thread "+
			"(run 'hearback check' first if the store is empty)", id, total, e.Config.Followup.LookbackDays)}
	}
	ids := make([]string, 0, len(matches))
	for _, t := range matches {
		ids = append(ids, t.ID+" ("+t.Messages[0].Subject+")")
	}
	sort.Strings(ids)
	if len(ids) > 8 {
		ids = append(ids[:8], "...")
	}
	return nil, usageError{msg: fmt.Sprintf("%q matches %d threads: %s; give more of the id", id, len(matches), strings.Join(ids, ", "))}
}
