package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/faultproxy"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// recentDueThreads is dueThreads dated by the real clock: `run` checks at
// time.Now(), with no --now. A recruiter wrote three weeks ago, I
// answered two weeks ago, nothing since: due now.
func recentDueThreads(n int) []mailFixture {
	now := time.Now()
	out := dueThreads(n)
	for i := range out {
		if out[i].mailbox == "INBOX" {
			out[i].date = now.AddDate(0, 0, -21)
		} else {
			out[i].date = now.AddDate(0, 0, -14)
		}
	}
	return out
}

// checkRuns is the account's recorded checks, oldest first.
func checkRuns(t *testing.T, dbPath string) []store.CheckRun {
	t.Helper()
	st := openTestStore(t, dbPath)
	runs, err := st.CheckHistory(context.Background(), "personal", 100)
	if err != nil {
		t.Fatal(err)
	}
	for i, j := 0, len(runs)-1; i < j; i, j = i+1, j-1 {
		runs[i], runs[j] = runs[j], runs[i]
	}
	return runs
}

// recordCheck writes a finished check into the database, as an earlier
// process would have.
func recordCheck(t *testing.T, dbPath string, at time.Time) {
	t.Helper()
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id, err := st.StartCheck(context.Background(), "personal", "scheduled", at)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.FinishCheck(context.Background(), id, at.Add(time.Second), store.CheckOK, 0, ""); err != nil {
		t.Fatal(err)
	}
}

// hourAgoSchedule is a daily cron spec for the time an hour ago: its time
// has passed today, and hearback was not running then.
func hourAgoSchedule() string {
	t := time.Now().In(ny).Add(-time.Hour)
	return fmt.Sprintf("%d %d * * *", t.Minute(), t.Hour())
}

// A restart after a missed scheduled time runs one check at start, and
// records it. The check lock keeps it and a `hearback check` the user
// starts at the same moment from drafting twice: the realistic case of
// issue 11, where 60 of 60 threads got two drafts.
func TestRunCatchesUpAtStartDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	const n = 60
	seed(t, d, recentDueThreads(n))
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: d.Port()}},
		"")
	setSchedule(t, cfgPath, hourAgoSchedule())
	recordCheck(t, dbPath, time.Now().Add(-26*time.Hour))
	bin := buildHearback(t)

	run := startProc(t, bin, nil, "--config", cfgPath, "run")
	run.log.waitFor(t, 60*time.Second, 1, "catching up")
	// The user starts a check by hand while run's is under way.
	manual := startProc(t, bin, nil, "--config", cfgPath, "check")
	run.log.waitFor(t, 60*time.Second, 1, "check done", "trigger=catch-up")
	if code, _ := manual.wait(t, 60*time.Second); code != exitOK {
		t.Fatalf("manual check: exit %d; log:\n%s", code, manual.log.String())
	}
	run.cmd.Process.Signal(syscall.SIGTERM)
	run.wait(t, 15*time.Second)

	byReply, total := draftsByReply(t, d)
	if total != n {
		t.Errorf("Drafts holds %d after run's catch-up and a manual check at once, want %d", total, n)
	}
	for i := range n {
		if irt := fmt.Sprintf("m%03d@example.com", i); byReply[irt] != 1 {
			t.Errorf("thread %d has %d drafts, want 1", i, byReply[irt])
		}
	}
	runs := checkRuns(t, dbPath)
	var triggers []string
	for _, r := range runs {
		triggers = append(triggers, r.Trigger+"/"+r.Result)
	}
	got := strings.Join(triggers, " ")
	if !strings.Contains(got, "catch-up/ok") || !strings.Contains(got, "manual/ok") || len(runs) != 3 {
		t.Errorf("recorded checks %q, want the old one, one catch-up and one manual, all ok", got)
	}
	if c := run.log.count("check done"); c != 1 {
		t.Errorf("run checked %d times, want 1 (the catch-up)", c)
	}

	// Restarted again at once: nothing was missed, no check.
	run = startProc(t, bin, nil, "--config", cfgPath, "--log-level", "debug", "run")
	run.log.waitFor(t, 30*time.Second, 1, "hearback running")
	run.log.waitFor(t, 30*time.Second, 1, "logged in")
	time.Sleep(time.Second)
	run.cmd.Process.Signal(syscall.SIGTERM)
	run.wait(t, 15*time.Second)
	if c := run.log.count("check done"); c != 0 {
		t.Errorf("a restart with nothing missed checked %d times:\n%s", c, run.log.String())
	}
	if _, out, _ := runCLI(t, "--config", cfgPath, "threads"); !strings.Contains(out, "last check: personal: ") ||
		!strings.Contains(out, "next check: ") {
		t.Errorf("threads does not show the last and next check:\n%s", out)
	}
}

// A `hearback run` stopped (SIGSTOP) across a scheduled minute runs that
// check once when it continues; the connection that died silently while
// it was stopped is replaced at once, so mail that arrives right after is
// stored within seconds, not after TCP gives up.
func TestRunResumesAfterStopDovecot(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for a minute boundary")
	}
	d := imaptest.StartDovecot(t)
	seed(t, d, recentDueThreads(2))
	px := faultproxy.Start(t, d.Addr())
	cfgPath, dbPath := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: px.Port()}}, "")
	setSchedule(t, cfgPath, "* * * * *")
	bin := buildHearback(t)

	// Stop 10 s before a minute boundary, continue 15 s after it: the
	// scheduled minute passes while the process cannot run.
	boundary := time.Now().Truncate(time.Minute).Add(time.Minute)
	if time.Until(boundary) < 14*time.Second {
		boundary = boundary.Add(time.Minute)
	}
	run := startProc(t, bin, nil, "--config", cfgPath, "--log-level", "debug", "run")
	run.log.waitFor(t, 30*time.Second, 1, "logged in")
	time.Sleep(time.Until(boundary.Add(-10 * time.Second)))
	before := run.log.count("check done")
	if err := run.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	px.Blackhole() // the old connection dies without a word
	time.Sleep(time.Until(boundary.Add(15 * time.Second)))
	if err := run.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	resumed := time.Now()
	run.log.waitFor(t, 20*time.Second, before+1, "check done")
	run.log.waitFor(t, 20*time.Second, 1, "reconnecting after the machine woke up")
	run.log.waitFor(t, 20*time.Second, 3, "logged in") // the watcher's first, the check's, the watcher's again

	// New mail after the resume is stored within seconds.
	st := openTestStore(t, dbPath)
	had, err := st.CountMessages(context.Background(), "personal", store.RoleInbox)
	if err != nil {
		t.Fatal(err)
	}
	arrived := time.Now()
	d.Append(t, "INBOX", mailFixture{from: "Sam Lee <sam@corp.io>", to: me, subject: "Hello again", date: arrived,
		id: "after-resume@corp.io", body: "Hi Alex,\n\nAre you free on Monday?\n\nSam"}.raw(), arrived)
	for {
		n, err := st.CountMessages(context.Background(), "personal", store.RoleInbox)
		if err != nil {
			t.Fatal(err)
		}
		if n > had {
			break
		}
		if time.Since(arrived) > 10*time.Second {
			t.Fatalf("mail appended %v after the resume not stored within 10s; log:\n%s", arrived.Sub(resumed), run.log.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	stored := time.Since(arrived)

	// Exactly one check stands for the minute that passed while stopped.
	time.Sleep(time.Until(boundary.Add(30 * time.Second)))
	after := run.log.count("check done")
	run.cmd.Process.Signal(syscall.SIGTERM)
	run.wait(t, 15*time.Second)
	if after-before != 1 {
		t.Errorf("%d checks between the stop and %s, want 1; log:\n%s", after-before, boundary.Add(30*time.Second).Format(time.TimeOnly), run.log.String())
	}
	t.Logf("resumed 15s after the scheduled minute; check and reconnect followed, new mail stored %v after its APPEND", stored.Round(time.Millisecond))
	t.Logf("log excerpt:\n%s", excerpt(run.log.String(), "woke up", "scheduled check", "reconnecting after", "check done"))
}

// setSchedule replaces the schedule of a config writeTestConfig wrote.
func setSchedule(t *testing.T, cfgPath, spec string) {
	t.Helper()
	b, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `schedule: "0 9 * * 1-5"`, fmt.Sprintf("schedule: %q", spec), 1)
	if err := os.WriteFile(cfgPath, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// excerpt is the log lines that contain any of subs.
func excerpt(log string, subs ...string) string {
	var b strings.Builder
	for _, line := range strings.Split(log, "\n") {
		for _, s := range subs {
			if strings.Contains(line, s) {
				b.WriteString(line + "\n")
				break
			}
		}
	}
	return b.String()
}
