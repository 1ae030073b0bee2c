package classifier

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// batteryLines reads testdata/battery/name: "text|want" lines, "#" lines
// and blank ones left out.
func batteryLines(t *testing.T, name string) [][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "battery", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, ok := strings.Cut(line, "|")
		if !ok {
			t.Fatalf("%s: no '|' in %q", name, line)
		}
		out = append(out, [2]string{text, want})
	}
	return out
}

// TestPromiseBatteryFile: every promise of testdata/battery/promises.txt
// (written for these tests, in the seven languages; those that promise
// nothing included) is read with its day.
//
// The promises_helper_*.txt, promises_helper2_*.txt, nonpromises_helper2.txt
// and guards_helper3.txt files were written by helpers who saw only the
// label conventions; they run the same way.
func TestPromiseBatteryFile(t *testing.T) {
	for _, name := range []string{"promises.txt", "promises_helper_en.txt", "promises_helper_de_nl.txt",
		"promises_helper_romance.txt", "promises_helper2_de_nl.txt", "promises_helper2_romance.txt", "nonpromises_helper2.txt",
		"guards_helper3.txt"} {
		lines := batteryLines(t, name)
		if len(lines) < 60 {
			t.Fatalf("%s: %d lines, want the whole battery", name, len(lines))
		}
		for _, l := range lines {
			if got, v := promiseDateOf(l[0]); got != strings.TrimSpace(l[1]) {
				t.Errorf("%s: promise(%q) = %q, want %q; reasons %q", name, l[0], got, l[1], v.Reasons)
			}
		}
	}
}

// TestRejectionBatteryFile: every line of testdata/battery/rejections.txt,
// in an employer's message about the reader's application, is a no or not
// as labelled.
// rejections_helper.txt, written by a helper, runs the same way.
func TestRejectionBatteryFile(t *testing.T) {
	for _, name := range []string{"rejections.txt", "rejections_helper.txt"} {
		lines := batteryLines(t, name)
		if len(lines) < 90 {
			t.Fatalf("%s: %d lines, want the whole battery", name, len(lines))
		}
		for _, l := range lines {
			got, v := rejectedLine(l[0])
			if want := strings.TrimSpace(l[1]) == "1"; got != want {
				t.Errorf("%s: rejected(%q) = %v, want %v; stage %s, reasons %q", name, l[0], got, want, v.Stage, v.Reasons)
			}
		}
	}
}

// rejectedLine reports whether line, in an employer's message about the
// reader's application, makes it a rejection.
func rejectedLine(line string) (bool, Verdict) {
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Dana Whitaker", Email: "dana@lumen-analytics.example"},
		To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}}, Subject: "Your application - Data Analyst",
		Date: base, Excerpt: "Hi Alex,\n\n" + line + "\n\nBest,\nDana"})
	return v.Job && v.Stage == StageRejected, v
}
