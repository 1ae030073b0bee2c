package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/watcher"
)

// rawBatch is watcher's fetchBatch; the items of each message are
// watcher.SyncFetchOptions: the baseline asks the server for exactly what
// hearback asks for.
const rawBatch = 200

// rawPass is the batched baseline: a minimal go-imap client doing
// hearback's first-sync IMAP work (LIST, then per mailbox EXAMINE, UID
// SEARCH SINCE, UID FETCH in batches of the same items) and nothing else:
// no parsing, no storage. It returns the number of messages fetched.
func rawPass(addr, user, pass string, since time.Time, boxes []string) (int, error) {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	if err := c.Login(user, pass).Wait(); err != nil {
		return 0, err
	}
	if _, err := c.List("", "*", nil).Collect(); err != nil {
		return 0, err
	}
	opts := watcher.SyncFetchOptions()
	n := 0
	for _, box := range boxes {
		if _, err := c.Select(box, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			return n, err
		}
		data, err := c.UIDSearch(&imap.SearchCriteria{Since: since}, nil).Wait()
		if err != nil {
			return n, err
		}
		uids := data.AllUIDs()
		slices.Sort(uids)
		for len(uids) > 0 {
			k := min(len(uids), rawBatch)
			msgs, err := c.Fetch(imap.UIDSetNum(uids[:k]...), opts).Collect()
			if err != nil {
				return n, err
			}
			n += len(msgs)
			uids = uids[k:]
		}
	}
	return n, c.Logout().Wait()
}

// rawSingle is the fastest raw client the issue measured against: per
// mailbox one EXAMINE and one
// UID FETCH 1:* (UID INTERNALDATE BODY.PEEK[HEADER] BODY.PEEK[TEXT]<0.8192>),
// read as it streams (each message dropped once read), nothing else.
func rawSingle(addr, user, pass string, boxes []string) (int, error) {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	if err := c.Login(user, pass).Wait(); err != nil {
		return 0, err
	}
	opts := &imap.FetchOptions{UID: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{
		{Specifier: imap.PartSpecifierHeader, Peek: true},
		{Specifier: imap.PartSpecifierText, Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: 8192}},
	}}
	n := 0
	for _, box := range boxes {
		if _, err := c.Select(box, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			return n, err
		}
		cmd := c.Fetch(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}, opts)
		for {
			m := cmd.Next()
			if m == nil {
				break
			}
			if _, err := m.Collect(); err != nil {
				return n, err
			}
			n++
		}
		if err := cmd.Close(); err != nil {
			return n, err
		}
	}
	return n, c.Logout().Wait()
}

// childRun runs the real hearback binary and reports its wall time and
// peak resident set size (the kernel's ru_maxrss of the child).
type childRun struct {
	Wall   time.Duration
	MaxRSS int64 // bytes
	Out    string
}

func runHearback(bin, cfgPath, logPath string, env []string, args ...string) (childRun, error) {
	var r childRun
	cmd := exec.Command(bin, append([]string{"--config", cfgPath}, args...)...)
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return r, err
	}
	defer logf.Close()
	out, err := os.CreateTemp(filepath.Dir(logPath), "stdout-*")
	if err != nil {
		return r, err
	}
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, logf
	cmd.Env = append(append(os.Environ(), "JOURNAL_STREAM="), env...) // JOURNAL_STREAM: no progress line
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return r, err
	}
	// The peak RSS is read from /proc/<pid>/status (VmHWM) while the
	// child runs. rusage's ru_maxrss would not do: Go starts a child with
	// vfork semantics, so until exec the child shares the benchmark's own
	// (big) memory, and ru_maxrss keeps that high-water mark.
	stopPoll := make(chan struct{})
	polled := make(chan int64)
	go func() {
		var hwm int64
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			if v := vmHWM(cmd.Process.Pid); v > hwm {
				hwm = v
			}
			select {
			case <-stopPoll:
				polled <- hwm
				return
			case <-t.C:
			}
		}
	}()
	err = cmd.Wait()
	r.Wall = time.Since(start)
	close(stopPoll)
	r.MaxRSS = <-polled
	r.Out = out.Name()
	if err != nil {
		return r, fmt.Errorf("hearback %v: %w (log: %s)", args, err, logPath)
	}
	return r, nil
}

// vmHWM is a process's peak resident set size in bytes, 0 if unknown.
func vmHWM(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// benchEnv is one seeded server and the configuration pointing at it.
type benchEnv struct {
	dir     string
	dove    *imaptest.Dovecot
	cfgPath string
	cfg     *config.Config
	log     *slog.Logger
}

func writeConfig(path, db string, port int, user string) error {
	y := fmt.Sprintf(`# written by hearback-bench
database: %s
timezone: UTC
schedule: "0 9 * * 1-5"
log_level: info
followup:
  lookback_days: 800
accounts:
  - name: bench
    host: 127.0.0.1
    port: %d
    tls: none
    username: %s
    password: %s
    from_name: Alex Rivera
    addresses: [%s]
`, db, port, user, imaptest.Password, me)
	return os.WriteFile(path, []byte(y), 0o600)
}

// checkResult is what one check measured.
type checkResult struct {
	Total, Connect, Sync, Plan time.Duration
	SyncRoundTrips, AllTrips   int
	Fetched, Threads, Due      int
}

// check is one check of acct in process, exactly as `hearback check` runs
// it (engine.CheckAccount: connect, sync, plan), with the phases timed.
// dry plans without drafting: the seeded mailbox has due threads that a
// real check would draft.
func (e *benchEnv) check(ctx context.Context, st *store.Store, acct config.Account, dry bool) (checkResult, error) {
	eng := &engine.Engine{Config: e.cfg, Store: st, Log: e.log, Notifier: notify.New(e.cfg.Notify, e.log)}
	start := time.Now()
	res := eng.CheckAccount(ctx, acct, time.Now(), dry)
	r := checkResult{Total: time.Since(start), Connect: res.Timing.Connect, Sync: res.Timing.Sync, Plan: res.Timing.Plan,
		SyncRoundTrips: res.Synced.RoundTrips, AllTrips: res.RoundTrips, Fetched: res.Fetched(),
		Threads: res.Report.Threads, Due: res.Report.Due}
	if res.Err != nil {
		return r, res.Err
	}
	rep := res.Report
	if len(rep.Errors) > 0 {
		return r, fmt.Errorf("check: %d error(s), first: %w", len(rep.Errors), rep.Errors[0])
	}
	if !dry && len(rep.Drafts) != rep.Due {
		return r, fmt.Errorf("check: %d due but %d drafted", rep.Due, len(rep.Drafts))
	}
	return r, nil
}

// profileFirstSync repeats the first sync on a fresh database under the
// CPU profiler, timing sync and planning separately. It runs in a child
// process of this binary (profileChild): in the benchmark's own process
// the sync's heap cap sits under the benchmark's much bigger heap, and the
// GC would run almost all the time.
func (e *benchEnv) profileFirstSync(ctx context.Context, profPath string) (checkResult, error) {
	var r checkResult
	cfgPath := filepath.Join(e.dir, "profile.yaml")
	if err := writeConfig(cfgPath, filepath.Join(e.dir, "profile.db"), e.dove.Port(), imaptest.Username); err != nil {
		return r, err
	}
	self, err := os.Executable()
	if err != nil {
		return r, err
	}
	cmd := exec.CommandContext(ctx, self)
	cmd.Env = append(os.Environ(), profileChildEnv+"="+cfgPath+"\n"+profPath)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return r, fmt.Errorf("profile child: %w", err)
	}
	err = json.Unmarshal(out, &r)
	return r, err
}

// profileChildEnv makes this binary the child of profileFirstSync: the
// config and the profile's path, NUL-separated.
const profileChildEnv = "HEARBACK_BENCH_PROFILE_CHILD"

// profileChild is a first sync in process as `hearback check --dry-run`
// runs it, under the CPU profiler, printing its timings as JSON.
func profileChild(spec string) error {
	cfgPath, profPath, _ := strings.Cut(spec, "\n")
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return err
	}
	ctx := context.Background()
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return err
	}
	defer st.Close()
	f, err := os.Create(profPath)
	if err != nil {
		return err
	}
	defer f.Close()
	e := &benchEnv{cfg: cfg, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	r, err := e.check(ctx, st, cfg.Accounts[0], true)
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

// appendLatency runs the watch loop of `hearback run` (Sync, then
// WaitForChange on the inbox, IDLE on Dovecot) and appends a new message
// from another connection, n times: each latency is from the APPEND's OK
// to the end of the Sync that stored the message.
func (e *benchEnv) appendLatency(ctx context.Context, st *store.Store, n int) ([]time.Duration, error) {
	acct := e.cfg.Accounts[0]
	sess, err := watcher.Dial(ctx, acct, imaptest.Password, e.log)
	if err != nil {
		return nil, err
	}
	defer sess.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	synced := make(chan int, 16)
	loopErr := make(chan error, 1)
	go func() {
		for {
			stats, err := sess.Sync(ctx, st, acct.Name, followup.Since(e.cfg, time.Now()))
			if err != nil {
				loopErr <- err
				return
			}
			synced <- stats.Inbox.Fetched
			if err := sess.WaitForChange(ctx, stats.Mailboxes.Inbox, 10*time.Minute); err != nil {
				loopErr <- err
				return
			}
		}
	}()
	select { // the initial sync (nothing new)
	case <-synced:
	case err := <-loopErr:
		return nil, err
	}
	c, err := imapclient.DialInsecure(e.dove.Addr(), nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.Login(imaptest.Username, imaptest.Password).Wait(); err != nil {
		return nil, err
	}
	var out []time.Duration
	for i := range n {
		time.Sleep(700 * time.Millisecond) // let the watcher settle in IDLE
		now := time.Now()
		raw := fmt.Appendf(nil, "From: Jordan Lee <jordan.lee@acme.example>\r\nTo: %s\r\nSubject: Next steps for the Backend Engineer role (%d)\r\nDate: %s\r\nMessage-ID: <latency-%d-%d@acme.example>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHi Alex, we would like to schedule your second interview. Could you share times that work next week?\r\n",
			imaptest.Username, i, now.Format(time.RFC1123Z), now.UnixNano(), i)
		cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: now})
		if _, err := cmd.Write(raw); err != nil {
			return out, err
		}
		if err := cmd.Close(); err != nil {
			return out, err
		}
		if _, err := cmd.Wait(); err != nil {
			return out, err
		}
		landed := time.Now()
		timeout := time.After(30 * time.Second)
	wait:
		for {
			select {
			case got := <-synced:
				if got > 0 {
					out = append(out, time.Since(landed))
					break wait
				}
			case err := <-loopErr:
				return out, err
			case <-timeout:
				return out, fmt.Errorf("message %d not synced within 30s", i)
			}
		}
	}
	c.Logout().Wait()
	return out, nil
}
