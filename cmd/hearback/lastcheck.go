package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/schedule"
	"github.com/hearback/hearback/store"
)

// checkSummary says when each account was last checked and how it went,
// and when the schedule runs the next check: what `threads` prints under
// its table and `doctor` beside the schedule.
func checkSummary(ctx context.Context, st *store.Store, cfg *config.Config, now time.Time) (last []string, next string, err error) {
	runs, err := st.LastChecks(ctx)
	if err != nil {
		return nil, "", err
	}
	loc := cfg.Location
	for _, acct := range cfg.Accounts {
		r, ok := runs[acct.Name]
		if !ok {
			last = append(last, acct.Name+": never checked")
			continue
		}
		s := fmt.Sprintf("%s: %s (%s", acct.Name, r.Started.In(loc).Format("Mon 2006-01-02 15:04 MST"), r.Trigger)
		switch {
		case r.Finished.IsZero():
			s += ", did not finish"
		case r.Result == store.CheckOK:
			s += fmt.Sprintf(", ok, %d drafted", r.Drafted)
		default:
			s += ", failed: " + firstLine(r.Error)
		}
		last = append(last, s+")")
	}
	sort.Strings(last)
	if spec, err := schedule.Parse(cfg.Schedule); err == nil {
		n := spec.Next(now, loc)
		next = fmt.Sprintf("%s (%q, in %s) while 'hearback run' is running", n.Format("Mon 2006-01-02 15:04 MST"), cfg.Schedule, roundDuration(n.Sub(now)))
	}
	return last, next, nil
}

// printCheckSummary is checkSummary as lines under the threads table.
func printCheckSummary(ctx context.Context, w interface{ Write([]byte) (int, error) }, st *store.Store, cfg *config.Config, now time.Time) error {
	last, next, err := checkSummary(ctx, st, cfg, now)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nlast check: %s\n", strings.Join(last, "; "))
	if next != "" {
		fmt.Fprintf(w, "next check: %s\n", next)
	}
	return nil
}
