package main

import (
	"context"
	"time"

	"github.com/hearback/hearback/actions"
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
// one thread whose id starts with it (actions.Find). Not finding exactly
// one is a usage error that says how to list the ids.
func findThread(ctx context.Context, e *engine.Engine, id string, now time.Time) (*thread.Thread, error) {
	t, err := actions.Find(ctx, e.Store, e.Config, id, now)
	if actions.IsRequestError(err) {
		return nil, usageError{msg: err.Error()}
	}
	return t, err
}

// policyFor is the policy a thread of account is decided with at now,
// knowing the rest of the search (an offer's deadline, an accepted offer).
func policyFor(ctx context.Context, e *engine.Engine, account string, now time.Time) (followup.Policy, error) {
	for _, acct := range e.Config.Accounts {
		if acct.Name == account {
			return followup.PolicyAt(ctx, e.Store, e.Config, acct, now, e.Log)
		}
	}
	return followup.PolicyFor(e.Config), nil
}
