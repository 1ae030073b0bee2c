package main

// Hostile-server tests: the real binary against internal/hostileimap, a
// server that announces a 100 GB literal or sends a line without end at
// each point of a session. hearback must drop the connection with an
// error that says what was too large, within seconds, at a bounded peak
// RSS, and `hearback run` must retry with backoff rather than grow.

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/hostileimap"
)

const (
	// hostileMaxRSS is the most a hearback process may hold against a
	// hostile server (issue 11).
	hostileMaxRSS = 256 << 20
	// hostileKillRSS ends a child that has clearly lost (the code before
	// the guard reached 3 GB): far enough above the limit to measure by
	// how much it failed, without taking the machine's memory.
	hostileKillRSS = 1 << 30
)

// rssWatch polls a child's resident set and kills it above limit; it
// records the highest high-water mark (VmHWM) it saw, in bytes: the
// child's own, where the rusage of a child also counts the peak of this
// process, which it was forked from.
type rssWatch struct {
	mu     sync.Mutex
	peak   int64
	killed bool
	stop   chan struct{}
	done   chan struct{}
}

func watchRSS(p *os.Process, limit int64) *rssWatch {
	w := &rssWatch{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		path := "/proc/" + strconv.Itoa(p.Pid) + "/status"
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-tick.C:
			}
			rss, hwm, ok := procRSS(path)
			if !ok {
				continue
			}
			w.mu.Lock()
			w.peak = max(w.peak, hwm)
			if rss > limit && !w.killed {
				w.killed = true
				p.Kill()
			}
			w.mu.Unlock()
		}
	}()
	return w
}

func (w *rssWatch) end() (peak int64, killed bool) {
	close(w.stop)
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.peak, w.killed
}

// procRSS reads VmRSS and VmHWM from /proc/PID/status, in bytes.
func procRSS(path string) (rss, hwm int64, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	found := 0
	for sc.Scan() {
		key, rest, _ := strings.Cut(sc.Text(), ":")
		if key != "VmRSS" && key != "VmHWM" {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
		if err != nil {
			return 0, 0, false
		}
		if key == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
		found++
	}
	return rss, hwm, found == 2
}

// maxRSS is the kernel's peak resident set of an ended child, in bytes
// (ru_maxrss is in KB on Linux). It is the higher of the child's own
// peak and this process's peak when it forked the child (exec keeps the
// high-water mark of the memory it replaces): an upper bound, tight
// while the test process stays small.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10
	}
	return 0
}

// hostileWant is what the error must say for each attack.
var hostileWant = map[hostileimap.Attack]string{
	hostileimap.GreetingLiteral: "server sent a 99999999999-byte literal",
	hostileimap.LoginLine:       "server sent a line longer than",
	hostileimap.ListLiteral:     "server sent a 99999999999-byte literal",
	hostileimap.ListEndless:     "server sent a line longer than",
	hostileimap.FetchLiteral:    "server sent a 99999999999-byte literal, more than the",
}

// `hearback check --dry-run` against each attack: a non-zero exit within
// seconds, an error naming the account and what was too large, and a
// peak RSS within hostileMaxRSS.
func TestHostileServerCheck(t *testing.T) {
	bin := buildHearback(t)
	for _, attack := range hostileimap.Attacks {
		t.Run(string(attack), func(t *testing.T) {
			srv := hostileimap.Start(t, attack)
			cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: srv.Port()}}, "")
			cmd := exec.Command(bin, "--config", cfgPath, "check", "--dry-run")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			start := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			watch := watchRSS(cmd.Process, hostileKillRSS)
			timer := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
			cmd.Wait()
			timer.Stop()
			took := time.Since(start)
			hwm, killed := watch.end()
			rss := maxRSS(cmd.ProcessState)
			t.Logf("%s: exit %d after %v, peak RSS %d MB (ru_maxrss; VmHWM polled: %d MB)", attack, cmd.ProcessState.ExitCode(),
				took.Round(time.Millisecond), rss>>20, hwm>>20)
			if killed {
				t.Fatalf("hearback grew past %d MB against the %s attack and was killed after %v", hostileKillRSS>>20, attack, took.Round(time.Millisecond))
			}
			if code := cmd.ProcessState.ExitCode(); code == exitOK || code < 0 {
				t.Errorf("exit code %d, want a failure; output:\n%s", code, out.String())
			}
			if took > 10*time.Second {
				t.Errorf("took %v, want a few seconds", took)
			}
			if rss > hostileMaxRSS {
				t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, hostileMaxRSS>>20)
			}
			text := out.String()
			for _, line := range strings.Split(text, "\n") {
				if strings.Contains(line, "failed") {
					t.Logf("%s", line)
				}
			}
			if !strings.Contains(text, "watcher: personal") || !strings.Contains(text, hostileWant[attack]) || !strings.Contains(text, "connection dropped") {
				t.Errorf("output does not name the account and say %q; output:\n%s", hostileWant[attack], text)
			}
		})
	}
}

// `hearback run` against a server that attacks every connection: each
// attempt is logged with the reason, retried with growing waits, and the
// process does not grow.
func TestHostileServerRunBacksOff(t *testing.T) {
	bin := buildHearback(t)
	srv := hostileimap.Start(t, hostileimap.FetchLiteral)
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: srv.Port()}}, "")
	hb := startProc(t, bin, nil, "--config", cfgPath, "run")
	watch := watchRSS(hb.cmd.Process, hostileKillRSS)
	// Attempts 1 and 2 back to back, then waits of [1s, 2s) and [2s, 4s).
	hb.log.waitFor(t, 20*time.Second, 3, "connection lost; reconnecting", "account=personal", "99999999999-byte literal")
	deadline := time.Now().Add(10 * time.Second)
	for len(srv.Accepted()) < 4 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	hb.cmd.Process.Signal(syscall.SIGTERM)
	code, _ := hb.wait(t, 10*time.Second)
	peak, killed := watch.end()
	rss := max(maxRSS(hb.cmd.ProcessState), peak)
	at := srv.Accepted()
	t.Logf("%d connections, peak RSS %d MB; log:\n%s", len(at), rss>>20, hb.log.String())
	if killed {
		t.Fatalf("hearback run grew past %d MB and was killed", hostileKillRSS>>20)
	}
	if code != exitOK {
		t.Errorf("exit %d after SIGTERM, want 0", code)
	}
	if rss > hostileMaxRSS {
		t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, hostileMaxRSS>>20)
	}
	if len(at) < 4 {
		t.Fatalf("%d connections, want at least 4", len(at))
	}
	if gap := at[2].Sub(at[1]); gap < time.Second {
		t.Errorf("third attempt %v after the second, want a backoff of at least 1s", gap)
	}
	if gap := at[3].Sub(at[2]); gap < 2*time.Second {
		t.Errorf("fourth attempt %v after the third, want a backoff of at least 2s", gap)
	}
	if n := hb.log.count("login rejected"); n != 0 {
		t.Errorf("a hostile server was taken for a rejected login (%d times)", n)
	}
}

// A server within every bound, at its limit: 2,000 messages, each with
// a header of the most hearback asks for (a Cc of thousands) and 16 KB
// of text. The sync completes, logs every cut header, and stays within
// hostileMaxRSS.
func TestHostileServerLargestAnswers(t *testing.T) {
	bin := buildHearback(t)
	srv := hostileimap.Start(t, hostileimap.FetchLargest)
	cfgPath, _ := writeTestConfig(t, t.TempDir(), []acctSpec{{name: "personal", port: srv.Port()}}, "")
	cmd := exec.Command(bin, "--config", cfgPath, "check", "--dry-run", "--now", dueNow)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	watch := watchRSS(cmd.Process, hostileKillRSS)
	timer := time.AfterFunc(120*time.Second, func() { cmd.Process.Kill() })
	cmd.Wait()
	timer.Stop()
	hwm, killed := watch.end()
	rss := maxRSS(cmd.ProcessState)
	t.Logf("exit %d after %v, peak RSS %d MB (ru_maxrss; VmHWM polled: %d MB)", cmd.ProcessState.ExitCode(),
		time.Since(start).Round(time.Millisecond), rss>>20, hwm>>20)
	if killed {
		t.Fatalf("hearback grew past %d MB and was killed", hostileKillRSS>>20)
	}
	if code := cmd.ProcessState.ExitCode(); code != exitOK {
		t.Errorf("exit %d, want 0; output:\n%.3000s", code, out.String())
	}
	if rss > hostileMaxRSS {
		t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, hostileMaxRSS>>20)
	}
	// The inbox's messages, and the one in Sent and in Drafts.
	if n := strings.Count(out.String(), "message header larger than hearback reads"); n != hostileimap.LargestMessages+2 {
		t.Errorf("%d cut headers logged, want %d", n, hostileimap.LargestMessages+2)
	}
}
