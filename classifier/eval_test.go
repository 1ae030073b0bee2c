package classifier

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The evaluation corpus (testdata/README.md):
//
//	testdata/heldout/  held-back part, written before tuning, never tuned on
//	testdata/tune/     tuning part
//	testdata/public/   real public messages (../shared/corpus), with licences
//
// TestEval prints a table per part (go test -v -run Eval ./classifier) and
// fails when the held-back part is below the thresholds.

type label struct {
	file      string
	job       string // "1", "0", "-" (not judged)
	stage     Stage
	promise   string // YYYY-MM-DD, "undated", "-"
	interview string
	auto      bool
	away      string
	asks      string // "1", "0", "-"
	kind      string
}

func readLabels(t testing.TB, dir string) []label {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		t.Fatalf("labels: %v", err)
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || len(cols) == 1 && cols[0] == "" {
			continue
		}
		if len(cols) < 9 {
			t.Fatalf("%s/labels.tsv:%d: want 9 columns, have %d", dir, line, len(cols))
		}
		out = append(out, label{file: cols[0], job: cols[1], stage: Stage(cols[2]), promise: cols[3], interview: cols[4],
			auto: cols[5] == "1", away: cols[6], asks: cols[7], kind: cols[8]})
	}
	if len(out) == 0 {
		t.Fatalf("%s: no labels", dir)
	}
	return out
}

// classified is one message of the corpus with its verdict.
type classified struct {
	label
	// generated is a message of the generated parts (tune/, heldout/),
	// whose auto_reply column marks every message a program sent
	// (Auto-Submitted), an ATS notice included; the written parts mark
	// only automatic replies (absence notices, responders), which is
	// what AutoReply means. A generated part's auto_reply is scored
	// against AutoReply || Automated.
	generated bool
	v         Verdict
	crashed   string
	parseEr   error
}

func classifyFile(path string) (c classified) {
	raw, err := os.ReadFile(path)
	if err != nil {
		c.crashed = err.Error()
		return c
	}
	defer func() {
		if r := recover(); r != nil {
			c.crashed = fmt.Sprint(r)
		}
	}()
	c.v, _, c.parseEr = ClassifyBytes(raw)
	if c.v.Failed != "" {
		c.crashed = c.v.Failed // Classify recovered: still a bug to count
	}
	return c
}

func classifyPart(t testing.TB, dir string) []classified {
	var out []classified
	for _, l := range readLabels(t, dir) {
		c := classifyFile(filepath.Join(dir, l.file))
		c.label = l
		out = append(out, c)
	}
	return out
}

// counts is a confusion count for one class.
// judged counts the messages the class was judged on (positives and
// negatives); n the labelled positives.
type counts struct{ tp, fp, fn, n, judged int }

func (c counts) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c counts) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// ratio is "k of n are right".
type ratio struct{ ok, n int }

func (r ratio) value() float64 {
	if r.n == 0 {
		return 1
	}
	return float64(r.ok) / float64(r.n)
}

type report struct {
	name        string
	msgs        int
	crashes     int
	noVerdict   int
	job         counts
	stages      map[Stage]*counts
	auto        counts
	away        ratio // exact away-until among notices that state one
	awayFalse   int   // away date where none was stated
	dated       ratio // exact date among dated promises
	undated     ratio // flagged undated among undated promises
	falsePromis int   // promise found where none was made
	interview   ratio
	asks        ratio
	misses      []string
}

func dateOf(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.Format("2006-01-02")
}

func evaluate(name string, cs []classified) *report {
	r := &report{name: name, stages: map[Stage]*counts{}}
	for _, s := range []Stage{StageOutreach, StageApplicationAck, StageScheduling, StageInterviewScheduled,
		StageAwaitingDecision, StageRejected, StageOffer, StageWithdrawn} {
		r.stages[s] = &counts{}
	}
	miss := func(c classified, format string, args ...any) {
		r.misses = append(r.misses, fmt.Sprintf("%s [%s]: %s; score %.2f; reasons %q", c.file, c.kind, fmt.Sprintf(format, args...), c.v.Score, c.v.Reasons))
	}
	for _, c := range cs {
		r.msgs++
		if c.crashed != "" {
			r.crashes++
			miss(c, "CRASH %s", c.crashed)
			continue
		}
		if c.v.Stage == "" || len(c.v.Reasons) == 0 {
			r.noVerdict++
			miss(c, "incomplete verdict")
		}
		v := c.v
		// job
		if c.job != "-" {
			r.job.judged++
			for _, sc := range r.stages {
				sc.judged++
			}
			want := c.job == "1"
			switch {
			case want && v.Job:
				r.job.tp++
			case want:
				r.job.fn++
				miss(c, "job missed")
			case v.Job:
				r.job.fp++
				miss(c, "false job")
			}
			if want {
				r.job.n++
			}
		}
		// stages, among judged messages
		if c.job == "1" {
			if sc := r.stages[c.stage]; sc != nil {
				sc.n++
				if v.Job && v.Stage == c.stage {
					sc.tp++
				} else {
					sc.fn++
					miss(c, "stage %s, want %s", v.Stage, c.stage)
				}
			}
		}
		if v.Job && c.job != "-" && (c.job == "0" || v.Stage != c.stage) {
			if sc := r.stages[v.Stage]; sc != nil {
				sc.fp++
			}
		}
		// auto-replies
		r.auto.judged++
		gotAuto := v.AutoReply || c.generated && v.Automated
		switch {
		case c.auto && gotAuto:
			r.auto.tp++
		case c.auto:
			r.auto.fn++
			miss(c, "auto-reply missed")
		case gotAuto:
			r.auto.fp++
			miss(c, "false auto-reply")
		}
		if c.auto {
			r.auto.n++
		}
		if c.away != "-" && c.away != "" {
			r.away.n++
			if dateOf(v.AwayUntil) == c.away {
				r.away.ok++
			} else {
				miss(c, "away until %s, want %s", dateOf(v.AwayUntil), c.away)
			}
		} else if v.AwayUntil != nil && c.away == "-" {
			r.awayFalse++
		}
		// promises
		switch c.promise {
		case "-", "":
			if v.PromiseAt != nil || v.PromiseUndated {
				r.falsePromis++
				miss(c, "promise %s where none was made", promiseOf(v))
			}
		case "undated":
			r.undated.n++
			if v.PromiseUndated && v.PromiseAt == nil {
				r.undated.ok++
			} else {
				miss(c, "promise %s, want undated", promiseOf(v))
			}
		default:
			r.dated.n++
			if dateOf(v.PromiseAt) == c.promise {
				r.dated.ok++
			} else {
				miss(c, "promise %s, want %s", promiseOf(v), c.promise)
			}
		}
		if c.interview != "-" && c.interview != "" {
			r.interview.n++
			if dateOf(v.InterviewAt) == c.interview {
				r.interview.ok++
			} else {
				miss(c, "interview %s, want %s", dateOf(v.InterviewAt), c.interview)
			}
		}
		if c.asks == "0" || c.asks == "1" {
			r.asks.n++
			if v.AsksMe == (c.asks == "1") {
				r.asks.ok++
			}
		}
	}
	return r
}

func promiseOf(v Verdict) string {
	if v.PromiseUndated {
		return "undated"
	}
	return dateOf(v.PromiseAt)
}

func (r *report) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n== %s: %d messages, %d crashes, %d without a verdict\n", r.name, r.msgs, r.crashes, r.noVerdict)
	tw := tabwriter.NewWriter(&b, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "class\tjudged\tlabelled\ttp\tfp\tfn\tprecision\trecall\t")
	row := func(name string, c counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t\n", name, c.judged, c.tp+c.fn, c.tp, c.fp, c.fn, c.precision(), c.recall())
	}
	row("job", r.job)
	for _, s := range []Stage{StageOutreach, StageApplicationAck, StageScheduling, StageInterviewScheduled,
		StageAwaitingDecision, StageRejected, StageOffer, StageWithdrawn} {
		row("  "+string(s), *r.stages[s])
	}
	row("auto_reply", r.auto)
	tw.Flush()
	tw = tabwriter.NewWriter(&b, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "measure\texact\tof\trate\t")
	ratioRow := func(name string, x ratio) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t\n", name, x.ok, x.n, x.value())
	}
	ratioRow("away_until date", r.away)
	ratioRow("promise date (dated)", r.dated)
	ratioRow("promise undated flagged", r.undated)
	ratioRow("interview date", r.interview)
	ratioRow("asks_me agrees", r.asks)
	tw.Flush()
	fmt.Fprintf(&b, "promises found where none was made: %d; away dates where none was stated: %d\n", r.falsePromis, r.awayFalse)
	return b.String()
}

// classifyParts classifies every labelled directory under testdata/dir
// (dir itself, or its subdirectories with a labels.tsv each).
func classifyParts(t testing.TB, dir string) []classified {
	root := filepath.Join("testdata", dir)
	if _, err := os.Stat(filepath.Join(root, "labels.tsv")); err == nil {
		return classifyPart(t, root)
	}
	subs, _ := filepath.Glob(filepath.Join(root, "*", "labels.tsv"))
	if len(subs) == 0 {
		t.Fatalf("%s: no labels.tsv", root)
	}
	var out []classified
	for _, l := range subs {
		out = append(out, classifyPart(t, filepath.Dir(l))...)
	}
	return out
}

// classifyGenerated is classifyParts for the generated parts.
func classifyGenerated(t testing.TB, dir string) []classified {
	cs := classifyParts(t, dir)
	for i := range cs {
		cs[i].generated = true
	}
	return cs
}

// TestEval runs one subtest a part, so that a part can be measured alone:
//
//	go test -v -run 'TestEval/(tune|tune_written|heldout|public)$' ./classifier
//
// measures the tuning parts and the generated held-back part without
// classifying the written held-back parts (blind/, blind2/, blind3/), whose
// tables only `-run TestEval` or `-run 'TestEval/blind'` print.
func TestEval(t *testing.T) {
	type threshold struct {
		name string
		got  float64
		min  float64
	}
	check := func(t *testing.T, part string, checks []threshold) {
		for _, c := range checks {
			if c.got < c.min {
				t.Errorf("%s: %s %.3f, want >= %.3g", part, c.name, c.got, c.min)
			}
		}
	}
	whole := func(t *testing.T, r *report) {
		if r.crashes > 0 || r.noVerdict > 0 {
			t.Errorf("%s: %d crashes, %d messages without a verdict", r.name, r.crashes, r.noVerdict)
		}
	}
	// misses prints a tuning part's misses with -v or EVAL_MISSES; never
	// the held-back parts' misses: they are not for tuning.
	misses := func(t *testing.T, r *report) {
		if testing.Verbose() || os.Getenv("EVAL_MISSES") != "" {
			sort.Strings(r.misses)
			for _, m := range r.misses {
				t.Logf("%s miss: %s", r.name, m)
			}
		}
	}
	t.Run("tune", func(t *testing.T) {
		r := evaluate("tune (generated tuning part)", classifyGenerated(t, "tune"))
		t.Log(r.table())
		misses(t, r)
		whole(t, r)
	})
	t.Run("tune_written", func(t *testing.T) {
		r := evaluate("tune_written (written tuning part)", classifyParts(t, "tune_written"))
		t.Log(r.table())
		misses(t, r)
		whole(t, r)
		// Held where the thread context of replies left them (job recall
		// 0.915, interview dates 0.796 before it), so that a change
		// elsewhere does not lose them unnoticed. The fourth round's
		// material (r4_*, written after the second blind set to cover
		// indirect no's, scheduling and offers) came in with rejection
		// recall 0.871 (81/93) and offers 0.680 on its own, before any
		// tuning; after it (offers in other words, choices said as a
		// noun, status lines) the written part's rejection recall is
		// 0.990 and its offer recall 0.964, held here.
		// The fifth round (r5_*, 210 messages by three more writers,
		// written beside the third blind set) came in with rejection
		// recall 0.838 (93/111) and job recall 0.833-0.918 per writer;
		// tuned (general cues, the model retrained), the written part
		// stands at job recall 0.961, rejection recall 0.992, offers
		// 0.969, dated promises 0.957 and interview dates 0.955.
		// The sixth round (r6_*, 480 messages by six more writers, 277
		// rejections) came in at job recall 0.907 (0.78-0.97 per writer),
		// leaving the part at job recall 0.949, offers 0.937, dated
		// promises 0.892 and interview dates 0.941. It was tuned for
		// rejections only through the model (its setting chosen on r6's
		// rejections held out), never by rejection rules, so the part's
		// rejection recall stays where the round left it (0.983); for the
		// rest (short replies under a post's subject, promise dates by
		// grammar, offers relayed or in a reply, dates on a line of their
		// own) it stands at job recall 0.959 at 0.987, offers 0.975 at
		// 0.987, dated promises 0.938 and interview dates 0.965.
		// The seventh round (r7_*, 480 messages, 277 rejections by six
		// more writers) was tuned on by nothing: it chose the rejection
		// model's setting (held out while the model was fitted on the
		// rest), and the model was then refitted with it. With it the
		// part stands at job recall 0.953 at 0.984, rejection recall
		// 0.978 at 0.982, offers 0.967 at 0.947, dated promises 0.893 and
		// interview dates 0.924, held a little under here.
		// Rounds eight to ten (r8_*, r9_*, r10_*; 1,120 messages by
		// fourteen writers) were measured at arrival and then tuned on,
		// rules and model; the eleventh (r11_*, four writers) was written
		// as a check, measured at arrival after all of that, then tuned
		// on for its two rejections that would get a follow-up and refit
		// into the model. With them the part stands at job recall 0.955
		// at 0.986, rejection recall 0.989 at 0.986, offers 0.979 at
		// 0.946, dated promises 0.961 and interview dates 0.963, held a
		// little under here. Rounds twelve to fourteen (r12 tuned on, r13
		// and r14 written as checks, measured at arrival, then tuned on)
		// leave the part at job recall 0.955 at 0.989, rejection recall
		// 0.990 at 0.992, offers 0.983 at 0.973, dated promises 0.977 and
		// interview dates 0.941. The fifteenth round (r15_*), written as
		// a check of the final classifier and tuned on only for its two
		// rejections that would get a follow-up, brings the part to job
		// recall 0.952 at 0.987, rejections 0.988 at 0.990, offers 0.964
		// at 0.974, dated promises 0.965 and interview dates 0.925, held
		// a little under here. The sixteenth (r16_*, four writers),
		// written as a check after the tuning on r15's misses and
		// measured at arrival (rejections 0.966 at 0.958, job 0.938 at
		// 0.977, dated promises 0.850), then tuned on (its one rejection
		// that would get a follow-up, its dated promises and job misses
		// by grammar, the model refitted with it), leaves the part at job
		// recall 0.955 at 0.987, rejections 0.991 at 0.989, offers 0.966
		// at 0.976, dated promises 0.979 and interview dates 0.927.
		// The seventeenth (r17_*, four writers), written as the check of
		// the job model (jobmodel.go) and kept out of its fitting, came
		// in at job recall 0.956 at 0.974 before the model and 0.971 at
		// 0.974 with it, rejections 0.966 at 0.966, dated promises 0.762
		// (48/63) and interview dates 14/18, which left the part at
		// dated promises 0.965 and interview dates 0.919; the tuning on
		// its dated promises by grammar (the answer passed on in the
		// passive, the familiar forms, a week's ending, the English
		// present with a time) brings them to 0.979.
		// Rounds 39 to 41 (non-Nordic writers, each measured at arrival
		// after the tuning on the one before) leave the part at dated
		// promises 0.970 (2,478 of 2,555): eight of r41's misses are
		// promises its look-alike writer labelled on mail that is no
		// hiring of the reader's, which hearback does not read by design
		// (promise.go's gate), so the floor is held at 0.965.
		check(t, "written tuning part", []threshold{
			{"job recall", r.job.recall(), 0.96},
			{"job precision", r.job.precision(), 0.98},
			{"rejection recall", r.stages[StageRejected].recall(), 0.985},
			{"offer recall", r.stages[StageOffer].recall(), 0.96},
			{"offer precision", r.stages[StageOffer].precision(), 0.94},
			{"rejection precision", r.stages[StageRejected].precision(), 0.985},
			{"dated promise exact", r.dated.value(), 0.965},
			{"interview date exact", r.interview.value(), 0.91},
		})
	})
	t.Run("public", func(t *testing.T) {
		pub := evaluate("public (shared corpus)", classifyPublic(t))
		t.Log(pub.table())
		misses(t, pub)
		whole(t, pub)
		if pub.msgs < 50 {
			t.Errorf("public corpus: only %d messages", pub.msgs)
		}
		if pub.job.fp > 0 {
			t.Errorf("public corpus: %d messages taken for job mail (none is)", pub.job.fp)
		}
	})
	t.Run("heldout", func(t *testing.T) {
		held := evaluate("heldout (generated held-back part)", classifyGenerated(t, "heldout"))
		t.Log(held.table())
		whole(t, held)
		if n := len(readLabels(t, filepath.Join("testdata", "heldout"))) + len(readLabels(t, filepath.Join("testdata", "tune"))); n < 200 {
			t.Errorf("corpus has %d written messages, want at least 200", n)
		}
		check(t, "held-back part", []threshold{
			{"job recall", held.job.recall(), 0.97},
			{"job precision", held.job.precision(), 0.95},
			{"rejection recall", held.stages[StageRejected].recall(), 0.95},
			{"offer recall", held.stages[StageOffer].recall(), 0.9},
			{"withdrawn recall", held.stages[StageWithdrawn].recall(), 0.9},
			{"auto-reply recall", held.auto.recall(), 0.97},
			{"away-until exact", held.away.value(), 0.9},
			{"dated promise exact", held.dated.value(), 0.9},
			{"undated promise flagged", held.undated.value(), 1.0},
		})
	})
	t.Run("blind", func(t *testing.T) {
		blind := evaluate("blind (written held-back part, the exam)", classifyParts(t, "blind"))
		t.Log(blind.table())
		whole(t, blind)
		// The written held-back part (issue 15): the issue asks for
		// rejection recall >= 0.97 at precision >= 0.97 and job recall >=
		// 0.97 at precision >= 0.95. Both precisions are reached; the
		// recalls are held where they stand until they are reached:
		// rejection 0.946 after the fourth round (0.930 after the
		// second round's rules and learned model, 0.859 before it);
		// job 0.949 (0.943 with the third round's thread context, 0.932
		// before it, 0.923 before the second).
		// After the fifth round (tuned on its own writers' mail only, not
		// on this part) rejection recall fell from 0.946 to 0.935 (173 of
		// 185, two fewer), job recall stayed at 0.949: the round's cues
		// did not carry over to this part.
		// After the sixth and seventh rounds, whose rejection model was
		// chosen on writers nothing had been tuned on and allowed to speak
		// without a rule's evidence: rejection recall 0.968 (179 of 185)
		// at precision 0.962 (it was 0.977: 7 false rejections, 4
		// before), job recall 0.960. Held there; the precision target is
		// missed by this part for now.
		// Measured once after rounds eight to eleven (293094b):
		// rejections 0.973 (180 of 185) at 0.963, job 0.966 at 0.980,
		// dated promises 0.845, interview dates 0.960; six promises read
		// where none was made (five before).
		// Measured once after rounds twelve to fourteen (04c92a1): job
		// 0.974 (343 of 352) at 0.977, the job target met;
		// rejections 0.973 at 0.957 (8 false, one more); dated promises
		// 0.879 (51 of 58); interview dates 0.960; five promises read
		// where none was made.
		check(t, "written held-back part", []threshold{
			{"rejection recall", blind.stages[StageRejected].recall(), 0.97},
			{"rejection precision", blind.stages[StageRejected].precision(), 0.955},
			{"job recall", blind.job.recall(), 0.97},
			{"job precision", blind.job.precision(), 0.95},
			// Dates (issue 15, item 5): the issue asks for dated
			// promises exact >= 0.9; held where they stand (0.828 when
			// set, 0.431 before) until reached. Interview and return
			// dates as reached (0.960, 0.906).
			{"dated promise exact", blind.dated.value(), 0.87},
			{"undated promise flagged", blind.undated.value(), 0.83},
			{"interview date exact", blind.interview.value(), 0.95},
			{"away-until exact", blind.away.value(), 0.9},
		})
		// A promise read where none was made turns a rejection into a
		// reason to nudge: near none (5 when set, 19 before; 6 after
		// rounds eight to eleven).
		if blind.falsePromis > 6 {
			t.Errorf("written held-back part: %d promises found where none was made, want <= 6", blind.falsePromis)
		}
	})
	t.Run("blind2", func(t *testing.T) {
		// The second written held-back part (issue 15), frozen before it
		// was first measured. The targets are recalls >= 0.97 and
		// dated promises >= 0.9; held where they stand until reached.
		// At its freeze (before the third round of tuning): rejection
		// 0.943 at precision 0.983, job 0.831 at 0.981, dated promises
		// 0.867, interview dates 0.480. After the third round (thread
		// context): job 0.881 at 0.982, interview dates 0.880, the rest
		// unchanged; after the fourth (indirect no's, offers): the same;
		// after the fifth: job 0.889, offers 0.706, rejections unchanged;
		// after the sixth and seventh (the rejection model chosen on
		// writers nothing had been tuned on): rejections 0.976 at 0.984,
		// the target met; job 0.909.
		b2 := evaluate("blind2 (second written held-back part)", classifyParts(t, "blind2"))
		t.Log(b2.table())
		whole(t, b2)
		// After rounds eight to eleven (293094b): rejections 0.984 at
		// 0.992, job 0.918 at 0.991, dated promises 0.844 (38 of 45, one
		// fewer than before them), interview dates 0.880. After rounds
		// twelve to fourteen (04c92a1): rejections 0.984 at 1.000, job
		// 0.918 at 0.996, dated promises 0.889 (40 of 45), interview
		// dates 0.880. After the tuning on r39 (b45cf5d): dated promises
		// 0.911 (41 of 45), the target, held here; promises where
		// none was made 6 after r40's.
		check(t, "second written held-back part", []threshold{
			{"rejection recall", b2.stages[StageRejected].recall(), 0.98},
			{"rejection precision", b2.stages[StageRejected].precision(), 0.99},
			{"job recall", b2.job.recall(), 0.91},
			{"job precision", b2.job.precision(), 0.95},
			{"dated promise exact", b2.dated.value(), 0.9},
			{"auto-reply recall", b2.auto.recall(), 0.97},
			{"interview date exact", b2.interview.value(), 0.88},
		})
		if b2.falsePromis > 6 {
			t.Errorf("second written held-back part: %d promises found where none was made, want <= 6", b2.falsePromis)
		}
	})
	t.Run("blind3", func(t *testing.T) {
		// The third written held-back part (issue 15), frozen before it
		// was first measured, written beside the fifth round of tuning
		// material by other writers.
		// At its freeze: rejection recall 0.845 (153 of 181) at precision
		// 0.962, job 0.813 at 0.971, dated promises 0.720, interview
		// dates 0.583. After the fifth round, which raised its own
		// writers' rejections from 0.838 to 1.000: rejections unchanged,
		// job 0.819, dated promises 0.740, interview dates 0.708. After
		// the sixth and seventh rounds (the rejection model chosen on
		// writers nothing had been tuned on; dates and short replies
		// tuned on r6): rejections 0.917 (166 of 181) at 0.965, job 0.843,
		// dated promises 0.760, interview dates 0.667 (16 of 24, one
		// fewer). After rounds eight to eleven (293094b): rejections 0.934
		// (169 of 181) at 0.977, job 0.855 at 0.983, dated promises 0.800,
		// interview dates 0.833. After rounds twelve to fourteen
		// (04c92a1): rejections 0.939 (170 of 181) at 0.977, job 0.858 at
		// 0.986, dated promises 0.860 (43 of 50), interview dates 0.833.
		// The targets (0.97, 0.97, 0.9) are not reached; held
		// where they stand.
		b3 := evaluate("blind3 (third written held-back part)", classifyParts(t, "blind3"))
		t.Log(b3.table())
		whole(t, b3)
		check(t, "third written held-back part", []threshold{
			{"rejection recall", b3.stages[StageRejected].recall(), 0.93},
			{"rejection precision", b3.stages[StageRejected].precision(), 0.97},
			{"job recall", b3.job.recall(), 0.86},
			{"job precision", b3.job.precision(), 0.97},
			{"dated promise exact", b3.dated.value(), 0.85},
			{"auto-reply recall", b3.auto.recall(), 0.97},
			{"interview date exact", b3.interview.value(), 0.83},
		})
		if b3.falsePromis > 3 {
			t.Errorf("third written held-back part: %d promises found where none was made, want <= 3", b3.falsePromis)
		}
	})
}

// classifyPublic runs every file of the public corpus, labelled by its
// MANIFEST.tsv: none of them is part of a hiring process.
func classifyPublic(t testing.TB) []classified {
	dir := filepath.Join("testdata", "public")
	f, err := os.Open(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatalf("public corpus: %v", err)
	}
	defer f.Close()
	var out []classified
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 || cols[0] == "file" {
			continue
		}
		c := classifyFile(filepath.Join(dir, cols[0]))
		c.label = label{file: cols[0], job: "0", promise: "-", interview: "-", away: "-", asks: "-", kind: cols[4]}
		out = append(out, c)
	}
	return out
}

// TestSharedCorpusVerdicts checks ../shared/corpus itself when it is there:
// every file gets a verdict, nothing crashes, nothing is job mail.
func TestSharedCorpusVerdicts(t *testing.T) {
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	labels := corpusLabels(t)
	n := 0
	for _, e := range entries {
		if _, ok := labels[e.Name()]; !ok {
			continue
		}
		n++
		c := classifyFile(filepath.Join(corpusDir, e.Name()))
		if c.crashed != "" || c.v.Stage == "" || len(c.v.Reasons) == 0 {
			t.Errorf("%s: crash %q or incomplete verdict %+v", e.Name(), c.crashed, c.v)
		}
		if c.v.Job {
			t.Errorf("%s: taken for job mail: %q", e.Name(), c.v.Reasons)
		}
	}
	if n != len(labels) {
		t.Errorf("verdicts for %d of %d manifest files", n, len(labels))
	}
}

// corpusFiles lists the messages under the given testdata folders: every
// file but the labels, notes and scripts beside them.
func corpusFiles(dirs ...string) []string {
	var files []string
	for _, dir := range dirs {
		got, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, f := range got {
			switch ext := filepath.Ext(f); {
			case ext == ".tsv", ext == ".md", ext == ".txt", ext == ".py", strings.HasSuffix(f, "LICENSE"):
				continue
			}
			files = append(files, f)
		}
	}
	return files
}

// corpusMessages is the mixed corpus for the benchmark: written job and
// non-job mail of both parts plus the public messages, parsed once.
func corpusMessages(b *testing.B) (msgs []*mailmsg.Message, raws [][]byte) {
	for _, f := range corpusFiles("tune", "heldout", "public") {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		if m, err := mailmsg.ParseBytes(raw); err == nil {
			msgs = append(msgs, m)
		}
	}
	if len(msgs) < 300 {
		b.Fatalf("mixed corpus has only %d messages", len(msgs))
	}
	return msgs, raws
}

// BenchmarkClassifyCorpus is the speed figure: classification of
// already parsed messages (what a sync does after fetching), one core:
//
//	go test -run x -bench ClassifyCorpus -cpu 1 ./classifier
func BenchmarkClassifyCorpus(b *testing.B) {
	msgs, _ := corpusMessages(b)
	benchClassify(b, msgs)
}

// BenchmarkParseAndClassifyCorpus adds MIME parsing, for comparison.
func BenchmarkParseAndClassifyCorpus(b *testing.B) {
	_, raws := corpusMessages(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		ClassifyBytes(raws[n%len(raws)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "msgs/s")
}
