package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/hearback/hearback/engine"
	"io"
	"strings"
	"time"

	gomail "github.com/emersion/go-message/mail"
)

func cmdCheck(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "check", "check [--now TIME] [--dry-run]\n\nSyncs every account once, drafts each follow-up that is due, and exits.")
	nowFlag := fs.String("now", "", "behave as if run at this `TIME` (RFC 3339, e.g. 2027-04-21T10:00:00-04:00)")
	dryRun := fs.Bool("dry-run", false, "write nothing to the server; print the drafts that would be written")
	wait := fs.Duration("wait", engine.CheckLockWait, "how long to wait for another running check (hearback run's, or another check) to finish; `DURATION` like 30s or 5m")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *wait < 0 {
		return usageError{msg: fmt.Sprintf("--wait %v: must not be negative", *wait)}
	}
	e, now, err := g.openEngineAt(ctx, *nowFlag)
	if err != nil {
		return err
	}
	defer e.Close()
	results, err := e.CheckAll(ctx, now, engine.Run{DryRun: *dryRun, Who: "hearback check", Trigger: "manual", Wait: *wait})
	if err != nil {
		return err
	}
	printResults(g.stdout, results, *dryRun)
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
		errs = append(errs, r.Report.Errors...)
	}
	return errors.Join(errs...)
}

func parseNow(s string) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, usageError{msg: fmt.Sprintf("--now %q: want RFC 3339, like 2027-04-21T10:00:00-04:00", s)}
	}
	return t, nil
}

func printResults(w io.Writer, results []engine.AccountResult, dryRun bool) {
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(w, "%s: failed: %v\n", r.Account, r.Err)
			continue
		}
		fmt.Fprintf(w, "%s: fetched %d new message(s); %d thread(s); %d due\n",
			r.Account, r.Fetched(), r.Report.Threads, r.Report.Due)
		verb := "drafted"
		if dryRun {
			verb = "would draft"
		}
		for _, d := range r.Report.Drafts {
			fmt.Fprintf(w, "  %s [%s] %s -> %s\n    why: %s\n", verb, d.ThreadID, d.Subject, d.To, d.Reason)
			if d.Call != "" {
				fmt.Fprintf(w, "    %s\n", d.Call)
			}
			if dryRun {
				fmt.Fprintln(w, indent(renderDraft(d.Raw), "    | "))
			}
		}
		if len(r.Report.Drafts) == 0 {
			fmt.Fprintln(w, "  nothing to draft")
		}
	}
}

// renderDraft shows a draft as a mail client would: the headers that
// matter, then the decoded text.
func renderDraft(raw []byte) string {
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		return string(raw)
	}
	var b strings.Builder
	for _, k := range []string{"From", "To", "Cc", "Subject", "Date", "Message-Id", "In-Reply-To", "References"} {
		if v := mr.Header.Get(k); v != "" {
			if d, err := mr.Header.Text(k); err == nil {
				v = d
			}
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	b.WriteString("\n")
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		body, _ := io.ReadAll(p.Body)
		b.Write(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n")))
	}
	return strings.TrimRight(b.String(), "\n")
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
