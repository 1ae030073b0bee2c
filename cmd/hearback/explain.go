package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hearback/hearback/call"
	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/thread"
)

func cmdExplain(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "explain", "explain [--now TIME] THREAD\n\n"+
		"Shows one thread from the local store (no network): its messages, what the\n"+
		"classifier saw in each and why, the thread's verdict, and whether a follow-up\n"+
		"is due and why. THREAD is an id from 'hearback threads' (a unique prefix will do).")
	nowFlag := fs.String("now", "", "explain as if at this moment (RFC 3339)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usageError{msg: "explain: which thread? Give a thread id from 'hearback threads' (or 'hearback threads --all')"}
	case len(pos) > 1:
		return usageError{msg: fmt.Sprintf("explain: one thread at a time, got %d arguments", len(pos))}
	}
	e, now, err := g.openEngineAt(ctx, *nowFlag)
	if err != nil {
		return err
	}
	defer e.Close()

	t, err := findThread(ctx, e, pos[0], now)
	if err != nil {
		return err
	}
	policy, err := policyFor(ctx, e, t.Account, now)
	if err != nil {
		return err
	}
	d := policy.Decide(t, now)
	loc := e.Config.Location
	if loc == nil {
		loc = time.Local
	}
	printExplain(g.stdout, t, d, now, loc)
	if o, ok := followup.CallOffer(e.Config, accountNamed(e.Config, t.Account), t, d, now); ok {
		printCall(g.stdout, t, o, loc)
	}
	return nil
}

// accountNamed is the configured account called name (zero when none is:
// a thread of an account since removed from the config).
func accountNamed(cfg *config.Config, name string) config.Account {
	for _, a := range cfg.Accounts {
		if a.Name == name {
			return a
		}
	}
	return config.Account{Name: name}
}

// printCall shows the call on offer beside the follow-up: their number
// and a script, or why the email is the way.
func printCall(w io.Writer, t *thread.Thread, o call.Offer, loc *time.Location) {
	who := o.Name
	if who == "" {
		who = "They"
	}
	promised := who + " said they would call"
	if o.PromisedAt != nil {
		promised += " on " + o.PromisedAt.In(loc).Format("Monday, January 2")
	}
	if o.Name != "" {
		fmt.Fprintf(w, "\nOr call %s:\n", o.Name)
	} else {
		fmt.Fprintln(w, "\nOr call them:")
	}
	if o.Number.IsZero() {
		fmt.Fprintf(w, "    %s; %s.\n", promised, call.NoNumber)
		return
	}
	fmt.Fprintf(w, "    %s. Their number: %s (%s), from their message of %s.\n", promised, o.Number.Display, o.Number.Tel(),
		t.Messages[o.From].Date.In(loc).Format("Mon Jan 2"))
	fmt.Fprintln(w, "    A script for the call (only here: it is not in the email draft):")
	for _, l := range o.Script {
		fmt.Fprintf(w, "      %s\n", l)
	}
}

func printExplain(w io.Writer, t *thread.Thread, d followup.Decision, now time.Time, loc *time.Location) {
	day := func(tm time.Time) string { return tm.In(loc).Format("Mon 2006-01-02 15:04") }
	subject := ""
	if len(t.Messages) > 0 {
		subject = t.Messages[0].Subject
	}
	fmt.Fprintf(w, "Thread %s (account %s): %d message%s\n", t.ID, t.Account, len(t.Messages), plural(len(t.Messages)))
	fmt.Fprintf(w, "Subject: %s\n", subject)
	if d.Counterpart.Email != "" {
		fmt.Fprintf(w, "With: %s", d.Counterpart)
		if d.ReplyTarget.Email != "" && d.ReplyTarget.Email != d.Counterpart.Email {
			fmt.Fprintf(w, " (replies go to %s)", d.ReplyTarget)
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w, "\nMessages, oldest first:")
	// The user's `hearback heard` is a line of the timeline, before the
	// first message dated after it.
	heard := t.User.HeardAt
	printHeard := func() {
		fmt.Fprintf(w, "\n -. %s  you heard from them  [hearback heard]\n", day(heard))
		if t.User.HeardNote != "" {
			fmt.Fprintf(w, "    note:    %s\n", t.User.HeardNote)
		}
		if d.HeardAt.IsZero() {
			fmt.Fprintf(w, "    counts:  no: a later message of theirs supersedes it\n")
		} else {
			fmt.Fprintf(w, "    counts:  as a message from them that promises and asks nothing\n")
		}
		heard = time.Time{}
	}
	for i, m := range t.Messages {
		if !heard.IsZero() && m.Date.After(heard) {
			printHeard()
		}
		v := classifier.Verdict{Stage: classifier.StageOther}
		if i < len(t.Verdicts) {
			v = t.Verdicts[i]
		}
		role := "them"
		switch {
		case i < len(t.Mine) && t.Mine[i]:
			role = "you"
		case v.AutoReply:
			role = "them, automatic"
		}
		from := m.From.Email
		if m.From.Name != "" {
			from = m.From.Name + " <" + m.From.Email + ">"
		}
		fmt.Fprintf(w, "\n%2d. %s  %s  [%s, %s]\n", i+1, day(m.Date), from, role, m.Role)
		fmt.Fprintf(w, "    subject: %s\n", m.Subject)
		fmt.Fprintf(w, "    saw:     %s\n", verdictWords(v, loc))
		for _, r := range v.Reasons {
			fmt.Fprintf(w, "             - %s\n", r)
		}
	}
	if !heard.IsZero() {
		printHeard()
	}

	tv := t.Verdict
	fmt.Fprintln(w, "\nThread verdict:")
	verdict := "not a job-interview thread"
	if tv.Job {
		verdict = "job-interview thread, stage " + string(tv.Stage)
		if tv.Closed {
			verdict += " (closed: no more follow-ups)"
		}
	}
	fmt.Fprintf(w, "    %s\n", verdict)
	for _, r := range tv.Reasons {
		fmt.Fprintf(w, "             - %s\n", r)
	}

	fmt.Fprintf(w, "\nPolicy at %s:\n", day(now))
	tw := tabwriter.NewWriter(w, 0, 2, 1, ' ', 0)
	fmt.Fprintf(tw, "    state:\t%s\n", d.State)
	if !d.DueAt.IsZero() {
		fmt.Fprintf(tw, "    due:\t%s\n", day(d.DueAt))
	} else {
		fmt.Fprintf(tw, "    due:\t-\n")
	}
	fmt.Fprintf(tw, "    reason:\t%s\n", d.Reason)
	if d.Situation != "" {
		fmt.Fprintf(tw, "    situation:\t%s (next follow-up would be number %d)\n", d.Situation, max(d.Nudge, 1))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nIn plain words: %s\n", plainWords(d, tv, loc))
}

// verdictWords says in one line what the classifier concluded.
func verdictWords(v classifier.Verdict, loc *time.Location) string {
	var parts []string
	if v.Job {
		parts = append(parts, "job mail, stage "+string(v.Stage))
	} else {
		parts = append(parts, "not job mail")
	}
	if v.PromiseAt != nil {
		parts = append(parts, "promises contact by "+v.PromiseAt.In(loc).Format("Mon Jan 2 15:04"))
	} else if v.PromiseUndated {
		parts = append(parts, "promises contact (no date)")
	}
	if v.InterviewAt != nil {
		parts = append(parts, "interview "+v.InterviewAt.In(loc).Format("Mon Jan 2 15:04"))
	}
	if v.AutoReply {
		parts = append(parts, "automatic message")
	}
	if v.AwayUntil != nil {
		parts = append(parts, "away until "+v.AwayUntil.In(loc).Format("Mon Jan 2"))
	}
	if v.AsksMe {
		parts = append(parts, "asks you something")
	}
	if v.Bulk {
		parts = append(parts, "bulk mail")
	}
	if v.NoReply {
		parts = append(parts, "no-reply sender")
	}
	return fmt.Sprintf("%s (score %.2f)", strings.Join(parts, "; "), v.Score)
}

// plainWords is the decision in plain words (followup.PlainWords) and
// the command that changes it.
func plainWords(d followup.Decision, tv classifier.ThreadVerdict, loc *time.Location) string {
	s := followup.PlainWords(d, string(tv.Stage), loc)
	switch d.State {
	case followup.StateDue:
		s += " 'hearback check' will write a draft into your Drafts folder; nothing is sent."
	case followup.StateIgnored, followup.StateSnoozed:
		s += " 'hearback resume' undoes it."
	case followup.StateNeedsReview:
		s += " 'hearback resume' approves that recipient."
	case followup.StateAccepted:
		s += " 'hearback resume' takes it back."
	}
	return s
}
