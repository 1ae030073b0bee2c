// Command hearback-bench measures hearback on a big synthetic mailbox,
// side by side with the raw IMAP fetch that is the server's floor.
//
// For each size it seeds a throwaway Dovecot on 127.0.0.1 (Maildir files
// written straight into its mail directory), then measures in the same
// run: a raw pass of the same IMAP fetch (baseline); hearback's first
// sync (`hearback check --dry-run` as a child process: sync, thread,
// classify, store; wall time and peak RSS); a second check with nothing
// new (time and IMAP round trips); the delay from an APPEND to the store
// while the watch loop idles; and planning plus drafting 500 due threads.
//
//	go run ./cmd/hearback-bench -sizes 10000,50000,100000 -out BENCHMARKS.md
//
// It needs Dovecot (apt-get install dovecot-imapd) and, as root, creates
// the unprivileged mail user the test suite uses. Nothing leaves loopback.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

type options struct {
	sizes       []int // INBOX sizes
	sentRatio   float64
	drafts      int
	latencyRuns int
	profileN    int
	out         string
	keep        bool
	bin         string
	seed        uint64
	args        []string
	memLimit    string
	rounds      int
	mixes       []string
	mixSizes    map[string][]int // -mix-sizes: a mix's own sizes
	rtt         time.Duration
	// extras are the mixes that get more than the first sync measured
	// (check with nothing new, APPEND latency, drafting, profiles).
	extras map[string]bool
}

// mixes are the kinds of mailbox the bench seeds: "current" (the
// original mix: 1.5 KB transport headers, 6% of bulk mail 20-200 KB),
// "small" (short headers, mostly small plain text, a quarter multipart
// with a 20-100 KB HTML part, a third with list headers) and "gmail"
// (the current mix laid out as Gmail: every message in All Mail, the
// inbox's again in INBOX, the sent ones in Sent Mail).
var knownMixes = []string{"current", "small", "gmail"}

// readBoxes are the mailboxes a first sync of mix reads (Drafts last),
// for the raw baselines to fetch the same.
func readBoxes(mix string) []string {
	if mix == "gmail" {
		return []string{"[Gmail]/All Mail", "[Gmail]/Trash", "[Gmail]/Drafts"}
	}
	return []string{"INBOX", "Sent", "Drafts"}
}

// result is everything measured at one size.
type result struct {
	Mix             string
	Inbox, Sent     int
	RTTSingle       time.Duration // raw single FETCH through the -rtt proxy
	RTTBatched      time.Duration // raw batched through it
	RTTFirst        time.Duration // first sync through it
	Single          time.Duration // median of SingleRuns
	SingleRuns      []time.Duration
	SingleMsgs      int
	Corpus          corpus
	SeedTime        time.Duration
	Baseline        time.Duration // median of BaselineRuns
	BaselineRuns    []time.Duration
	BaselineMsgs    int
	First           childRun // median wall, highest peak RSS of FirstRuns
	FirstRuns       []childRun
	Limited         childRun // first sync under GOMEMLIMIT
	StoredMsgs      int
	DBBytes         int64
	Second          childRun
	SecondIn        checkResult
	Settle          checkResult
	Profile         *checkResult
	ProfileTop      string
	Stages          string // where the profiled first sync's CPU went, by stage
	SecondTop       string
	Latency         []time.Duration
	DraftSync       time.Duration
	Drafting        checkResult
	DraftsInMailbox int
}

func main() {
	if spec := os.Getenv(profileChildEnv); spec != "" {
		if err := profileChild(spec); err != nil {
			fmt.Fprintf(os.Stderr, "hearback-bench (profile child): %v\n", err)
			os.Exit(1)
		}
		return
	}
	if spec := os.Getenv("HEARBACK_BENCH_PROXY"); spec != "" {
		if err := proxyMain(spec); err != nil {
			fmt.Fprintf(os.Stderr, "hearback-bench (proxy): %v\n", err)
			os.Exit(1)
		}
		return
	}
	if spec := os.Getenv(rawChildEnv); spec != "" {
		// One raw pass on its own, to time as a process beside a first
		// sync (farm-bench style pairs): "batched|single ADDR MIX".
		f := strings.Fields(spec)
		var err error
		if len(f) == 3 && f[0] == "single" {
			_, err = rawSingle(f[1], imaptest.Username, imaptest.Password, readBoxes(f[2]))
		} else if len(f) == 3 {
			_, err = rawPass(f[1], imaptest.Username, imaptest.Password, time.Time{}, readBoxes(f[2]))
		}
		if err != nil || len(f) != 3 {
			fmt.Fprintf(os.Stderr, "hearback-bench: %s=%q: %v\n", rawChildEnv, spec, err)
			os.Exit(1)
		}
		return
	}
	var o options
	n := flag.Int("n", 50000, "messages in INBOX (ignored when -sizes is set)")
	sent := flag.Int("sent", 10000, "messages in Sent; with -sizes, Sent keeps this ratio to INBOX")
	sizes := flag.String("sizes", "", "comma-separated INBOX sizes to run, e.g. 10000,50000,100000")
	flag.IntVar(&o.drafts, "drafts", 500, "due threads to plan and draft (a second account)")
	flag.IntVar(&o.latencyRuns, "latency-runs", 5, "APPENDs to time while the watch loop idles")
	flag.IntVar(&o.profileN, "profile-n", -1, "INBOX size at which to CPU-profile the first sync in process (-1: the size closest to 50000, 0: never)")
	flag.StringVar(&o.out, "out", "", "write the report (markdown) to this `file`, e.g. BENCHMARKS.md")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directories (Dovecot, databases, logs)")
	flag.StringVar(&o.bin, "hearback", "", "hearback binary to measure (default: go build ./cmd/hearback)")
	seed := flag.Uint64("seed", 1, "seed of the synthetic mailbox")
	flag.IntVar(&o.rounds, "rounds", 3, "alternating rounds of baseline and first sync (medians are reported)")
	flag.StringVar(&o.memLimit, "memlimit", "64MiB", "also measure the first sync with GOMEMLIMIT set to this (\"\" to skip)")
	mixes := flag.String("mix", "current", "comma-separated mailbox mixes: current, small, gmail")
	mixSizes := flag.String("mix-sizes", "", "sizes for one mix instead of -sizes, e.g. gmail=10000,50000 (repeat with ';')")
	extras := flag.String("extras", "current", "mixes that also get the check with nothing new, APPEND latency, drafting and profiles")
	flag.DurationVar(&o.rtt, "rtt", 0, "also time one raw single FETCH, raw batched and first sync through a proxy adding this round trip (e.g. 10ms)")
	flag.Parse()
	for _, m := range strings.Split(*mixes, ",") {
		if m = strings.TrimSpace(m); !slices.Contains(knownMixes, m) {
			fmt.Fprintf(os.Stderr, "hearback-bench: -mix: %q is not one of %v\n", m, knownMixes)
			os.Exit(2)
		}
		o.mixes = append(o.mixes, m)
	}
	o.mixSizes = map[string][]int{}
	for _, spec := range strings.Split(*mixSizes, ";") {
		mix, list, ok := strings.Cut(strings.TrimSpace(spec), "=")
		if !ok {
			continue
		}
		for _, v := range strings.Split(list, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n <= 0 {
				fmt.Fprintf(os.Stderr, "hearback-bench: -mix-sizes: %q is not a positive number\n", v)
				os.Exit(2)
			}
			o.mixSizes[mix] = append(o.mixSizes[mix], n)
		}
	}
	o.extras = map[string]bool{}
	for _, m := range strings.Split(*extras, ",") {
		o.extras[strings.TrimSpace(m)] = true
	}
	o.seed = *seed
	o.args = os.Args[1:]
	o.sentRatio = float64(*sent) / float64(max(*n, 1))
	if *sizes == "" {
		o.sizes = []int{*n}
	} else {
		for _, s := range strings.Split(*sizes, ",") {
			v, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || v <= 0 {
				fmt.Fprintf(os.Stderr, "hearback-bench: -sizes: %q is not a positive number\n", s)
				os.Exit(2)
			}
			o.sizes = append(o.sizes, v)
		}
	}
	if o.profileN < 0 {
		best := o.sizes[0]
		for _, s := range o.sizes {
			if abs(s-50000) < abs(best-50000) {
				best = s
			}
		}
		o.profileN = best
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintf(os.Stderr, "hearback-bench: %v\n", err)
		os.Exit(1)
	}
}

// rawChildEnv runs one raw pass and nothing else (see main).
const rawChildEnv = "HEARBACK_BENCH_RAW"

// analysisMarker starts the part of the report file that is written by
// hand and kept when the figures are regenerated.
const analysisMarker = "<!-- analysis: kept when the figures above are regenerated -->"

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func run(ctx context.Context, o options) error {
	work, err := os.MkdirTemp("", "hearback-bench-")
	if err != nil {
		return err
	}
	// Dovecot's unprivileged processes must reach the mail below it.
	if err := os.Chmod(work, 0o755); err != nil {
		return err
	}
	if !o.keep {
		defer os.RemoveAll(work)
	} else {
		fmt.Fprintf(os.Stderr, "keeping %s\n", work)
	}
	if o.bin == "" {
		o.bin = filepath.Join(work, "hearback")
		fmt.Fprintln(os.Stderr, "building ./cmd/hearback")
		build := exec.Command("go", "build", "-o", o.bin, "./cmd/hearback")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build ./cmd/hearback (run from the module root): %w", err)
		}
	}
	machine := describeMachine()
	var results []result
	for _, mix := range o.mixes {
		sizes := o.sizes
		if s, ok := o.mixSizes[mix]; ok {
			sizes = s
		}
		for _, n := range sizes {
			if err := ctx.Err(); err != nil {
				return err
			}
			sent := int(float64(n)*o.sentRatio + 0.5)
			fmt.Fprintf(os.Stderr, "== %s: %d INBOX + %d Sent\n", mix, n, sent)
			r, err := runSize(ctx, o, work, mix, n, sent)
			if err != nil {
				return fmt.Errorf("%s %d+%d: %w", mix, n, sent, err)
			}
			results = append(results, r)
			fmt.Println(firstTable(results))
		}
	}
	report := renderReport(o, machine, results)
	fmt.Println(report)
	if o.out != "" {
		// A hand-written analysis below the marker survives regeneration.
		if old, err := os.ReadFile(o.out); err == nil {
			if i := strings.Index(string(old), analysisMarker); i >= 0 {
				report += "\n" + string(old[i:])
			}
		}
		if err := os.WriteFile(o.out, []byte(report), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", o.out)
	}
	return nil
}

func runSize(ctx context.Context, o options, work, mix string, nInbox, nSent int) (result, error) {
	r := result{Mix: mix, Inbox: nInbox, Sent: nSent}
	dir := filepath.Join(work, fmt.Sprintf("%s-n%d", mix, nInbox))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return r, err
	}
	log := slog.New(slog.NewTextHandler(mustCreate(filepath.Join(dir, "bench.log")), &slog.HandlerOptions{Level: slog.LevelWarn}))
	layout := imaptest.Plain
	if mix == "gmail" {
		layout = imaptest.Gmail
	}
	boxes := readBoxes(mix)
	dove, err := imaptest.StartDovecotDirLayout(filepath.Join(dir, "dovecot"), layout)
	if err != nil {
		return r, err
	}
	defer dove.Stop()
	now := time.Now()

	// Seed: the main mailbox, and a second account with due threads.
	t := time.Now()
	g := newGenerator(o.seed, now)
	g.mix = mix
	g.mailbox(nInbox, nSent)
	r.Corpus = g.c
	if mix == "gmail" {
		g.out = gmailLayout(g.out)
	}
	if err := dove.Deliver(imaptest.Username, g.out); err != nil {
		return r, fmt.Errorf("seed: %w", err)
	}
	g.out = nil
	const drafter = "drafter@example.com"
	if err := dove.AddLogin(drafter, imaptest.Password); err != nil {
		return r, err
	}
	dg := newGenerator(o.seed+1, now)
	dg.dueThreads(o.drafts)
	if err := dove.Deliver(drafter, dg.out); err != nil {
		return r, fmt.Errorf("seed: %w", err)
	}
	r.SeedTime = time.Since(t)
	fmt.Fprintf(os.Stderr, "seeded %d INBOX + %d Sent (%d in interview threads, %d large, %.0f MB) in %v\n",
		g.c.Inbox, g.c.Sent, g.c.Interview, g.c.Large, float64(g.c.Bytes)/1e6, r.SeedTime.Round(time.Millisecond))

	cfgPath := filepath.Join(dir, "config.yaml")
	db := filepath.Join(dir, "hearback.db")
	if err := writeConfig(cfgPath, db, dove.Port(), imaptest.Username); err != nil {
		return r, err
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return r, err
	}
	env := &benchEnv{dir: dir, dove: dove, cfgPath: cfgPath, cfg: cfg, log: log}
	since := now.AddDate(0, 0, -cfg.Followup.LookbackDays)

	// Warm-up pass (untimed): Dovecot indexes the new Maildir and the page
	// cache holds the files, for the baseline and hearback alike.
	if _, err := rawPass(dove.Addr(), imaptest.Username, imaptest.Password, since, boxes); err != nil {
		return r, fmt.Errorf("warm-up: %w", err)
	}
	hbLog := filepath.Join(dir, "hearback.log")
	// Baseline and first sync alternate, o.rounds times each, and each
	// side's median is reported: the machine is shared (its speed drifts
	// by tens of percent over minutes), and a pair measured back to back
	// sees the same machine. Round 0's database is the one measured on.
	for i := range o.rounds {
		t = time.Now()
		if r.BaselineMsgs, err = rawPass(dove.Addr(), imaptest.Username, imaptest.Password, since, boxes); err != nil {
			return r, fmt.Errorf("baseline: %w", err)
		}
		r.BaselineRuns = append(r.BaselineRuns, time.Since(t))
		t = time.Now()
		if r.SingleMsgs, err = rawSingle(dove.Addr(), imaptest.Username, imaptest.Password, boxes); err != nil {
			return r, fmt.Errorf("single-FETCH baseline: %w", err)
		}
		r.SingleRuns = append(r.SingleRuns, time.Since(t))
		rcfg, rdb := cfgPath, db
		if i > 0 {
			rcfg, rdb = filepath.Join(dir, "round.yaml"), filepath.Join(dir, "round.db")
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(rdb + suffix)
			}
			if err := writeConfig(rcfg, rdb, dove.Port(), imaptest.Username); err != nil {
				return r, err
			}
		}
		run, err := runHearback(o.bin, rcfg, hbLog, nil, "check", "--dry-run")
		if err != nil {
			return r, err
		}
		r.FirstRuns = append(r.FirstRuns, run)
		fmt.Fprintf(os.Stderr, "round %d: baseline %v (%d messages), single FETCH %v (%d), first sync %v, peak RSS %.1f MB\n", i+1,
			r.BaselineRuns[i].Round(time.Millisecond), r.BaselineMsgs, r.SingleRuns[i].Round(time.Millisecond), r.SingleMsgs,
			run.Wall.Round(time.Millisecond), float64(run.MaxRSS)/(1<<20))
	}
	r.Baseline = median(r.BaselineRuns)
	r.Single = median(r.SingleRuns)
	walls := make([]time.Duration, len(r.FirstRuns))
	for i, run := range r.FirstRuns {
		walls[i] = run.Wall
		r.First.MaxRSS = max(r.First.MaxRSS, run.MaxRSS)
	}
	r.First.Wall = median(walls)

	if o.rtt > 0 {
		// A server that is not on loopback: what waiting between
		// commands costs.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return r, err
		}
		go delayProxy(ln, dove.Addr(), o.rtt/2)
		paddr := ln.Addr().String()
		t = time.Now()
		if _, err := rawSingle(paddr, imaptest.Username, imaptest.Password, boxes); err != nil {
			ln.Close()
			return r, err
		}
		r.RTTSingle = time.Since(t)
		t = time.Now()
		if _, err := rawPass(paddr, imaptest.Username, imaptest.Password, since, boxes); err != nil {
			ln.Close()
			return r, err
		}
		r.RTTBatched = time.Since(t)
		pcfg := filepath.Join(dir, "rtt.yaml")
		port := ln.Addr().(*net.TCPAddr).Port
		if err := writeConfig(pcfg, filepath.Join(dir, "rtt.db"), port, imaptest.Username); err != nil {
			ln.Close()
			return r, err
		}
		run, err := runHearback(o.bin, pcfg, hbLog, nil, "check", "--dry-run")
		ln.Close()
		if err != nil {
			return r, err
		}
		r.RTTFirst = run.Wall
		fmt.Fprintf(os.Stderr, "with %v round trip: raw single FETCH %v, raw batched %v, first sync %v\n", o.rtt,
			r.RTTSingle.Round(time.Millisecond), r.RTTBatched.Round(time.Millisecond), r.RTTFirst.Round(time.Millisecond))
	}
	if o.memLimit != "" {
		// The same first sync into a fresh database under a soft memory
		// limit (the Go runtime collects harder near it): what RSS costs in
		// time.
		mcfg := filepath.Join(dir, "memlimit.yaml")
		if err := writeConfig(mcfg, filepath.Join(dir, "memlimit.db"), dove.Port(), imaptest.Username); err != nil {
			return r, err
		}
		if r.Limited, err = runHearback(o.bin, mcfg, hbLog, []string{"GOMEMLIMIT=" + o.memLimit}, "check", "--dry-run"); err != nil {
			return r, err
		}
		fmt.Fprintf(os.Stderr, "first sync with GOMEMLIMIT=%s: %v, peak RSS %.1f MB\n", o.memLimit, r.Limited.Wall.Round(time.Millisecond), float64(r.Limited.MaxRSS)/(1<<20))
	}
	fmt.Fprintf(os.Stderr, "baseline median %v, first sync median %v (ratio %.2f), peak RSS (max) %.1f MB\n", r.Baseline.Round(time.Millisecond),
		r.First.Wall.Round(time.Millisecond), r.First.Wall.Seconds()/r.Baseline.Seconds(), float64(r.First.MaxRSS)/(1<<20))

	st, err := store.Open(ctx, db)
	if err != nil {
		return r, err
	}
	defer st.Close()
	if r.StoredMsgs, err = st.CountMessages(ctx, "bench", ""); err != nil {
		return r, err
	}
	if o.profileN == nInbox {
		prof := filepath.Join(dir, "cpu.pprof")
		p, err := env.profileFirstSync(ctx, prof)
		if err != nil {
			return r, fmt.Errorf("profile: %w", err)
		}
		r.Profile = &p
		top, err := exec.Command("go", "tool", "pprof", "-top", "-nodecount=25", prof).Output()
		if err != nil {
			return r, fmt.Errorf("go tool pprof: %w", err)
		}
		r.ProfileTop = string(top)
		r.Stages = stageShares(prof)
		cum, err := exec.Command("go", "tool", "pprof", "-top", "-cum", "-nodecount=40", prof).Output()
		if err == nil {
			r.ProfileTop += "\n--- by cumulative time ---\n" + string(cum)
		}
		fmt.Fprintf(os.Stderr, "profiled first sync: sync %v, plan %v; %s\n", p.Sync.Round(time.Millisecond), p.Plan.Round(time.Millisecond), r.Stages)
	}

	if !o.extras[mix] {
		return r, nil
	}
	if r.StoredMsgs, err = st.CountMessages(ctx, "bench", ""); err != nil {
		return r, err
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(db + suffix); err == nil {
			r.DBBytes += fi.Size()
		}
	}
	// The steady state of `hearback run`: a real check drafts what the
	// seeded mailbox has due, the next one picks those drafts up from
	// Drafts; from then on a check has nothing new and nothing to draft.
	for range 2 {
		if r.Settle, err = env.check(ctx, st, cfg.Accounts[0], false); err != nil {
			return r, fmt.Errorf("settling check: %w", err)
		}
	}
	// The best of three in-process checks with nothing new: the machine is
	// shared, and one check is a few milliseconds of work.
	for i := range 3 {
		c, err := env.check(ctx, st, cfg.Accounts[0], false)
		if err != nil {
			return r, fmt.Errorf("second check: %w", err)
		}
		if c.Fetched != 0 {
			return r, fmt.Errorf("second check fetched %d messages", c.Fetched)
		}
		if i == 0 || c.Total < r.SecondIn.Total {
			r.SecondIn = c
		}
	}
	// The same as a whole process, in the same steady state (right after
	// the first sync it would still have the seeded due threads to
	// compose), best of three as well.
	for i := range 3 {
		c, err := runHearback(o.bin, cfgPath, hbLog, nil, "check", "--dry-run")
		if err != nil {
			return r, err
		}
		if i == 0 || c.Wall < r.Second.Wall {
			r.Second = c
		}
	}
	fmt.Fprintf(os.Stderr, "second check (process): %v\n", r.Second.Wall.Round(time.Millisecond))
	if o.profileN == nInbox {
		// Where the time of a check with nothing new goes: 50 checks
		// under the profiler.
		prof := filepath.Join(dir, "cpu-second.pprof")
		f, err := os.Create(prof)
		if err != nil {
			return r, err
		}
		// The hearback processes above rebuilt the thread snapshot for
		// their binary (the classifier's build id is part of it): one
		// check rebuilds it for this one first, outside the profile.
		if _, err := env.check(ctx, st, cfg.Accounts[0], false); err != nil {
			return r, err
		}
		pprof.StartCPUProfile(f)
		for range 50 {
			if _, err := env.check(ctx, st, cfg.Accounts[0], false); err != nil {
				pprof.StopCPUProfile()
				return r, err
			}
		}
		pprof.StopCPUProfile()
		f.Close()
		if top, err := exec.Command("go", "tool", "pprof", "-top", "-cum", "-nodecount=45", prof).Output(); err == nil {
			r.SecondTop = string(top)
		}
	}
	fmt.Fprintf(os.Stderr, "second check (in process): %v (sync %v, %d round trips; plan %v)\n", r.SecondIn.Total.Round(time.Microsecond),
		r.SecondIn.Sync.Round(time.Microsecond), r.SecondIn.SyncRoundTrips, r.SecondIn.Plan.Round(time.Microsecond))

	if r.Latency, err = env.appendLatency(ctx, st, o.latencyRuns); err != nil {
		return r, fmt.Errorf("latency: %w", err)
	}
	fmt.Fprintf(os.Stderr, "APPEND to stored: %v\n", r.Latency)

	// Drafting: a fresh account whose threads are all due.
	dcfgPath := filepath.Join(dir, "drafter.yaml")
	if err := writeConfig(dcfgPath, filepath.Join(dir, "drafter.db"), dove.Port(), drafter); err != nil {
		return r, err
	}
	dcfg, err := config.Load(dcfgPath)
	if err != nil {
		return r, err
	}
	denv := &benchEnv{dir: dir, dove: dove, cfgPath: dcfgPath, cfg: dcfg, log: log}
	dst, err := store.Open(ctx, dcfg.Database)
	if err != nil {
		return r, err
	}
	defer dst.Close()
	if _, err := rawPass(dove.Addr(), drafter, imaptest.Password, since, readBoxes("current")); err != nil { // warm-up, as above
		return r, err
	}
	sync, err := denv.check(ctx, dst, dcfg.Accounts[0], true) // sync only; dry planning
	if err != nil {
		return r, fmt.Errorf("drafting account sync: %w", err)
	}
	r.DraftSync = sync.Sync
	if r.Drafting, err = denv.check(ctx, dst, dcfg.Accounts[0], false); err != nil {
		return r, fmt.Errorf("drafting: %w", err)
	}
	r.DraftsInMailbox = countMailbox(dove.Addr(), drafter, "Drafts")
	fmt.Fprintf(os.Stderr, "drafting: %d due, plan+draft %v, %d in Drafts\n", r.Drafting.Due, r.Drafting.Plan.Round(time.Millisecond), r.DraftsInMailbox)
	return r, nil
}

// gmailLayout files msgs as Gmail shows them over IMAP: every message in
// All Mail, the inbox's also in INBOX and the sent ones in Sent Mail (the
// same message twice, as Gmail's labels are).
func gmailLayout(msgs []mail) []mail {
	out := make([]mail, 0, 2*len(msgs))
	for _, m := range msgs {
		all := m
		all.Box = "[Gmail].All Mail"
		if m.Box == "Sent" {
			m.Box = "[Gmail].Sent Mail"
		}
		out = append(out, m, all)
	}
	return out
}

// stages are the functions whose cumulative CPU time a profile of the
// first sync is summed by: one stage each.
var stages = []struct{ name, fn string }{
	{"IMAP read (go-imap's reader)", "imapclient.(*Client).read"},
	{"parse", "watcher.parseBuffers"},
	{"classify at ingest", "watcher.classifyAll"},
	{"store", "store.(*Store).SaveMessages"},
	{"thread index + plan", "followup.(*Checker).Check"},
	{"GC (background)", "runtime.gcBgMarkWorker"},
}

// stageShares is the profile's CPU by stage, from pprof's cumulative
// figures.
func stageShares(prof string) string {
	out, err := exec.Command("go", "tool", "pprof", "-top", "-cum", "-nodecount=100000", prof).Output()
	if err != nil {
		return ""
	}
	var total string
	var parts []string
	for _, l := range strings.Split(string(out), "\n") {
		if i := strings.Index(l, "Total samples = "); i >= 0 {
			total = strings.Fields(l[i+len("Total samples = "):])[0]
		}
	}
	for _, st := range stages {
		for _, l := range strings.Split(string(out), "\n") {
			f := strings.Fields(l)
			if len(f) >= 6 && strings.HasSuffix(f[5], st.fn) {
				parts = append(parts, fmt.Sprintf("%s %s (%s)", st.name, f[3], f[4]))
				break
			}
		}
	}
	return fmt.Sprintf("CPU %s: %s", total, strings.Join(parts, ", "))
}

func mustCreate(p string) *os.File {
	f, err := os.Create(p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "hearback-bench: %v\n", err)
		os.Exit(1)
	}
	return f
}

// countMailbox is the number of messages in a mailbox, -1 on error.
func countMailbox(addr, user, mailbox string) int {
	r, err := rawCount(addr, user, mailbox)
	if err != nil {
		return -1
	}
	return r
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func describeMachine() string {
	var b strings.Builder
	cpu := "unknown"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "model name") {
				cpu = strings.TrimSpace(l[strings.IndexByte(l, ':')+1:])
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "MemTotal:") {
				f := strings.Fields(l)
				if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
					mem = fmt.Sprintf("%.0f GiB", kb/(1<<20))
				}
			}
		}
	}
	dv, _ := exec.Command("dovecot", "--version").Output()
	kernel, _ := exec.Command("uname", "-sr").Output()
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(&b, "- CPUs: %d (nproc), model: %s\n", runtime.NumCPU(), cpu)
	fmt.Fprintf(&b, "- memory: %s\n", mem)
	fmt.Fprintf(&b, "- kernel: %s\n", strings.TrimSpace(string(kernel)))
	fmt.Fprintf(&b, "- Go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "- Dovecot: %s (Maildir, 127.0.0.1, no TLS)\n", strings.TrimSpace(string(dv)))
	fmt.Fprintf(&b, "- load average when the run started: %s\n", strings.Join(strings.Fields(string(load))[:3], " "))
	return b.String()
}
