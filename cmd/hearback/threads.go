package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// threadView is one line of `hearback threads`; its JSON is a contract.
type threadView struct {
	ID              string     `json:"id"`
	Account         string     `json:"account"`
	Subject         string     `json:"subject"`
	Counterpart     string     `json:"counterpart"` // email address of the other party
	CounterpartName string     `json:"counterpart_name,omitempty"`
	Stage           string     `json:"stage"`
	State           string     `json:"state"`
	Due             *time.Time `json:"due"`
	DueAt           *time.Time `json:"due_at"` // same as due
	Reason          string     `json:"reason"`
	Job             bool       `json:"job"`
	Messages        int        `json:"messages"`
	LastMessageAt   time.Time  `json:"last_message_at"`
	Nudges          int        `json:"nudges"`
	Situation       string     `json:"situation,omitempty"`
	DraftMessageID  string     `json:"draft_message_id,omitempty"`
	// HeardAt and HeardNote are the user's `hearback heard`, if any.
	HeardAt   *time.Time `json:"heard_at,omitempty"`
	HeardNote string     `json:"heard_note,omitempty"`
}

func cmdThreads(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "threads", "threads [--all] [--json] [--now TIME]\n\nLists tracked job threads from the local store (no network): stage, state, due time, why.")
	all := fs.Bool("all", false, "also list threads that are not job threads")
	asJSON := fs.Bool("json", false, "print JSON (an array of thread objects)")
	nowFlag := fs.String("now", "", "evaluate as if at this `TIME` (RFC 3339)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, now, err := g.openEngineAt(ctx, *nowFlag)
	if err != nil {
		return err
	}
	defer e.Close()
	views, err := collectThreads(ctx, e.Store, e.Config, now, *all)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if views == nil {
			views = []threadView{}
		}
		return enc.Encode(views)
	}
	printThreads(g.stdout, views, e.Config.Location)
	return printCheckSummary(ctx, g.stdout, e.Store, e.Config, now)
}

func collectThreads(ctx context.Context, st *store.Store, cfg *config.Config, now time.Time, all bool) ([]threadView, error) {
	var views []threadView
	for _, acct := range cfg.Accounts {
		threads, err := thread.Load(ctx, st, acct, followup.Since(cfg, now))
		if err != nil {
			return nil, err
		}
		states, err := st.ThreadStates(ctx, acct.Name)
		if err != nil {
			return nil, err
		}
		policy := followup.PolicyFor(cfg).WithSearch(threads, states, now)
		for _, t := range threads {
			d := policy.Decide(t, now)
			if !all && (d.State == followup.StateNotJob) {
				continue
			}
			views = append(views, viewOf(t, d))
		}
	}
	return views, nil
}

func viewOf(t *thread.Thread, d followup.Decision) threadView {
	v := threadView{
		ID:              t.ID,
		Account:         t.Account,
		Subject:         mailmsg.Clean(t.Messages[0].Subject), // rows stored before Clean stripped controls
		Counterpart:     d.ReplyTarget.Email,
		CounterpartName: mailmsg.Clean(d.Counterpart.Name),
		Stage:           string(t.Verdict.Stage),
		State:           d.State,
		Reason:          d.Reason,
		Job:             t.Verdict.Job,
		Messages:        len(t.Messages),
		LastMessageAt:   t.LastDate(),
		Nudges:          max(d.Nudge-1, 0),
		Situation:       string(d.Situation),
	}
	if v.Counterpart == "" {
		v.Counterpart = d.Counterpart.Email
	}
	if !d.DueAt.IsZero() {
		due := d.DueAt
		v.Due, v.DueAt = &due, &due
	}
	if d.Pending != nil {
		v.DraftMessageID = d.Pending.MessageID
	}
	if heard := t.User.HeardAt; !heard.IsZero() {
		v.HeardAt, v.HeardNote = &heard, t.User.HeardNote
	}
	return v
}

func printThreads(w io.Writer, views []threadView, loc *time.Location) {
	if len(views) == 0 {
		fmt.Fprintln(w, "no job threads tracked yet (run 'hearback check' first; 'hearback threads --all' lists every thread)")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "THREAD\tSTATE\tSTAGE\tDUE\tWITH\tSUBJECT\tWHY")
	for _, v := range views {
		due := "-"
		if v.Due != nil {
			due = v.Due.In(loc).Format("Mon Jan 2")
		}
		with := v.Counterpart
		if v.CounterpartName != "" {
			with = v.CounterpartName
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.ID, v.State, v.Stage, due, clip(with, 24), clip(v.Subject, 40), v.Reason)
	}
	tw.Flush()
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
