package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hearback/hearback/internal/imaptest"
)

// The golden outputs pin what hearback prints and writes, byte for byte
// (after masking what differs from run to run: ports, the drafts' random
// Message-IDs): a refactoring must leave them alone, and a change that
// means to change them says so by updating them:
//
//	go test ./cmd/hearback -run Golden -update
//	git diff cmd/hearback/testdata/golden
var updateGolden = flag.Bool("update", false, "rewrite the golden files of TestGolden*")

var goldenMasks = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`127\.0\.0\.1:[0-9]+`), "127.0.0.1:PORT"},
	// hearback's own Message-IDs: a random part on the user's domain.
	{regexp.MustCompile(`\b[a-z0-9]{4,}\.[a-z0-9]{16,}@example\.(com|org)\b`), "DRAFT-MESSAGE-ID"},
	{regexp.MustCompile(`(?m)^(Message-Id|Message-ID): .*$`), "$1: <DRAFT-MESSAGE-ID>"},
	{regexp.MustCompile(`message_id=\S+`), "message_id=MASKED"},
	// The ledger records when a draft was written by the wall clock, not
	// --now.
	{regexp.MustCompile(`\(written [A-Z][a-z]{2} [A-Z][a-z]{2} \d+\)`), "(written DAY)"},
}

func maskGolden(s string) string {
	for _, m := range goldenMasks {
		s = m.re.ReplaceAllString(s, m.with)
	}
	return s
}

// golden compares got (masked) with testdata/golden/name, or writes it
// there with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	got = maskGolden(got)
	path := filepath.Join("testdata", "golden", name)
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run with -update to write it)", name, err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; diff with:\n  go test ./cmd/hearback -run %s -update && git diff %s\ngot:\n%s",
			name, t.Name(), path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first differing line and a little context.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return "(equal lines, different length)"
}

// TestGoldenCheck runs the end-to-end mailbox of check_test.go in every
// tone: the dry run's report, the drafts' raw bytes as the server holds
// them, and threads --json before and after.
func TestGoldenCheck(t *testing.T) {
	for _, tone := range []string{"warm", "playful", "formal"} {
		t.Run(tone, func(t *testing.T) {
			d := imaptest.StartDovecot(t)
			cfgPath, _ := seedAndConfigure(t, d)
			b, err := os.ReadFile(cfgPath)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cfgPath, append(b, []byte("draft:\n  tone: "+tone+"\n")...), 0o600); err != nil {
				t.Fatal(err)
			}
			code, dry, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow, "--dry-run")
			if code != 0 {
				t.Fatalf("check --dry-run: exit %d: %s", code, stderr)
			}
			golden(t, "check-dry-run-"+tone+".txt", dry)
			if tone == "warm" {
				_, threads, _ := runCLI(t, "--config", cfgPath, "threads", "--json", "--now", dueNow)
				golden(t, "threads.json", threads)
				_, all, _ := runCLI(t, "--config", cfgPath, "threads", "--all", "--json", "--now", dueNow)
				golden(t, "threads-all.json", all)
			}
			if code, _, stderr := runCLI(t, "--config", cfgPath, "check", "--now", dueNow); code != 0 {
				t.Fatalf("check: exit %d: %s", code, stderr)
			}
			var raws bytes.Buffer
			for _, raw := range d.Messages(t, "Drafts") {
				raws.WriteString("-----\n")
				raws.Write(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")))
			}
			golden(t, "drafts-"+tone+".txt", raws.String())
			if tone == "warm" {
				_, threads, _ := runCLI(t, "--config", cfgPath, "threads", "--json", "--now", dueNow)
				golden(t, "threads-after-check.json", threads)
			}
		})
	}
}

// TestGoldenDemo pins `hearback demo --now` in every tone.
func TestGoldenDemo(t *testing.T) {
	for _, tone := range []string{"warm", "playful", "formal"} {
		code, out, stderr := runCLI(t, "demo", "--now", "2027-04-21T10:00:00-04:00", "--tone", tone)
		if code != 0 {
			t.Fatalf("demo --tone %s: exit %d: %s", tone, code, stderr)
		}
		golden(t, "demo-"+tone+".txt", out)
	}
}
