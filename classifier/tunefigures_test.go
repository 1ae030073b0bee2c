package classifier

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTuneFigures prints, for each writer of tune_written/ (and tune/),
// the figures of what promise.go, interview.go and offer*.go decide:
// dated promises exact, undated promises flagged, promises where none was
// made, interview dates exact, offers found and offers wrongly found. It
// reads only the tuning parts, like TestTuneParts.
//
//	TUNE_FIGURES=1 go test -count=1 -run TuneFigures -v ./classifier
func TestTuneFigures(t *testing.T) {
	if os.Getenv("TUNE_FIGURES") == "" {
		t.Skip("set TUNE_FIGURES=1")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-42s %9s %9s %5s %9s %9s %4s\n", "part", "dated", "undated", "false", "interview", "offer", "ofp")
	line := func(name string, r *report) {
		of := r.stages[StageOffer]
		fmt.Fprintf(&b, "%-42s %4d/%-4d %4d/%-4d %5d %4d/%-4d %4d/%-4d %4d\n", name, r.dated.ok, r.dated.n, r.undated.ok, r.undated.n,
			r.falsePromis, r.interview.ok, r.interview.n, of.tp, of.tp+of.fn, of.fp)
	}
	var written, r7 []classified
	var misses []string
	classifyTuningParts(t, func(d string, cs []classified) {
		if d != "tune" {
			written = append(written, cs...)
			if strings.HasPrefix(filepath.Base(d), "r7_") {
				r7 = append(r7, cs...)
			}
		}
		line(d, evaluate(d, cs))
		for _, c := range cs {
			if m := figureMiss(os.Getenv("FIG_MISSES"), c); m != "" {
				misses = append(misses, fmt.Sprintf("%s %s/%s [%s] %s\n    %q%s", strings.ToUpper(os.Getenv("FIG_MISSES")), d, c.file, c.kind, m, c.v.Reasons, bodyOf(d, c.file)))
			}
		}
	})
	line("r7 (all six writers)", evaluate("r7", r7))
	line("tune_written (all)", evaluate("tune_written", written))
	t.Log(b.String() + strings.Join(misses, "\n"))
}

// figureMiss says how c is wrong for the figure named (FIG_MISSES=dated,
// undated, falsepromise, interview, offer), or "" when it is right.
func figureMiss(which string, c classified) string {
	got := promiseOf(c.v)
	switch which {
	case "dated":
		if c.promise != "-" && c.promise != "" && c.promise != "undated" && dateOf(c.v.PromiseAt) != c.promise {
			return "want " + c.promise + " got " + got
		}
	case "undated":
		if c.promise == "undated" && got != "undated" {
			return "want undated got " + got
		}
	case "falsepromise":
		if (c.promise == "-" || c.promise == "") && got != "-" {
			return "got " + got
		}
	case "interview":
		if c.interview != "-" && c.interview != "" && dateOf(c.v.InterviewAt) != c.interview {
			return "want " + c.interview + " got " + dateOf(c.v.InterviewAt)
		}
	case "offer":
		want, have := c.job == "1" && c.stage == StageOffer, c.v.Job && c.v.Stage == StageOffer
		if want != have && c.job != "-" {
			return fmt.Sprintf("want %s/%s got job=%v stage=%s", c.job, c.stage, c.v.Job, c.v.Stage)
		}
	}
	return ""
}
