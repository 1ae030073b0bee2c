package web

import (
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/thread"
	"github.com/hearback/hearback/workdays"
)

// The numbers of the search, over the job threads of the lookback window:
//
//   - applications per week: new job threads by the week (Monday) of
//     their first message, those you started and those they started;
//   - answered: a thread you wrote in whose other side wrote a human
//     (not automatic) message after your first one, or that you marked
//     heard after it; the answer rate is over the threads you wrote in;
//   - days to an answer: business days from your first message to their
//     first answer after it, the median over answered threads;
//   - gone quiet: threads in state gone_quiet, over the threads you wrote in.
type numbersPage struct {
	page
	Threads, Wrote, Answered, Quiet int
	Median                          string
	Weeks                           []week
	WeekChart                       chart
	Stages                          []stageRow
	StageChart                      chart
	Since                           string
}

type week struct {
	Start        time.Time
	Label        string
	Mine, Theirs int
}

type stageRow struct {
	Stage                    string
	Threads, Wrote, Answered int
	Quiet                    int
	Median                   string
}

// chart is an inline SVG bar chart, laid out here: the template only
// draws rectangles and labels.
type chart struct {
	ID, Title, Desc string
	Width, Height   int
	Bars            []bar
	Labels          []label
	Legend          []label
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type label struct {
	X, Y   float64
	Text   string
	Anchor string
	Class  string
}

// threadStats is what the numbers read of one thread.
type threadStats struct {
	first     time.Time
	mineFirst bool
	wrote     bool
	answered  bool
	days      int // business days to the answer
	stage     string
	quiet     bool
}

func (s *Server) numbers(w http.ResponseWriter, r *http.Request) {
	now := s.now()
	items, err := s.load.all(r.Context(), now)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p := &numbersPage{page: s.pageData(r, "Numbers")}
	p.Nav = "numbers"
	p.Since = s.day(followup.Since(s.cfg, now))
	bc := workdays.Calendar(s.cfg.Holidays)
	var all []threadStats
	for _, it := range items {
		if it.d.State == followup.StateNotJob {
			continue
		}
		all = append(all, statsOf(it.t, it.d, bc, s.loc()))
	}
	p.Threads = len(all)
	var days []int
	byStage := map[string]*stageRow{}
	stageDays := map[string][]int{}
	for _, ts := range all {
		row := byStage[ts.stage]
		if row == nil {
			row = &stageRow{Stage: ts.stage}
			byStage[ts.stage] = row
		}
		row.Threads++
		if !ts.wrote {
			continue
		}
		p.Wrote++
		row.Wrote++
		if ts.quiet {
			p.Quiet++
			row.Quiet++
		}
		if ts.answered {
			p.Answered++
			row.Answered++
			days = append(days, ts.days)
			stageDays[ts.stage] = append(stageDays[ts.stage], ts.days)
		}
	}
	p.Median = median(days)
	for _, st := range stageOrder {
		if row := byStage[st]; row != nil {
			row.Median = median(stageDays[st])
			p.Stages = append(p.Stages, *row)
		}
	}
	p.Weeks = s.weeks(all, now)
	p.WeekChart = weekChart(p.Weeks)
	p.StageChart = stageChart(p.Stages)
	s.render(w, r, http.StatusOK, "numbers", p)
}

// stageOrder is the order of a hiring process, then its ends.
var stageOrder = []string{string(classifier.StageOutreach), string(classifier.StageApplicationAck), string(classifier.StageScheduling),
	string(classifier.StageInterviewScheduled), string(classifier.StageAwaitingDecision), string(classifier.StageOffer),
	string(classifier.StageRejected), string(classifier.StageWithdrawn), string(classifier.StageOther)}

func statsOf(t *thread.Thread, d followup.Decision, bc *cal.BusinessCalendar, loc *time.Location) threadStats {
	ts := threadStats{stage: string(t.Verdict.Stage), quiet: d.State == followup.StateGoneQuiet}
	if ts.stage == "" {
		ts.stage = string(classifier.StageOther)
	}
	firstMine := -1
	for i := range t.Messages {
		if ts.first.IsZero() || t.Messages[i].Date.Before(ts.first) {
			ts.first = t.Messages[i].Date
		}
		if firstMine < 0 && i < len(t.Mine) && t.Mine[i] {
			firstMine = i
		}
	}
	if len(t.Messages) > 0 && len(t.Mine) > 0 {
		ts.mineFirst = t.Mine[0]
	}
	if firstMine < 0 {
		return ts
	}
	ts.wrote = true
	sent := t.Messages[firstMine].Date
	var answer time.Time
	for i := firstMine + 1; i < len(t.Messages); i++ {
		if !t.Mine[i] && !t.Verdicts[i].AutoReply {
			answer = t.Messages[i].Date
			break
		}
	}
	if h := t.User.HeardAt; !h.IsZero() && h.After(sent) && (answer.IsZero() || h.Before(answer)) {
		answer = h
	}
	if !answer.IsZero() {
		ts.answered = true
		ts.days = businessDaysBetween(sent, answer, bc, loc)
	}
	return ts
}

// businessDaysBetween counts the business days after from's day up to and
// including to's day: 0 for an answer the same day, 1 the next workday.
func businessDaysBetween(from, to time.Time, bc *cal.BusinessCalendar, loc *time.Location) int {
	if !to.After(from) {
		return 0
	}
	n := 0
	day := workdays.Add(from, 0, bc, loc)
	for i := 0; i < 3660; i++ {
		next := workdays.Add(day, 1, bc, loc)
		if next.After(to) {
			break
		}
		day = next
		n++
	}
	return n
}

func median(xs []int) string {
	if len(xs) == 0 {
		return "–"
	}
	s := append([]int(nil), xs...)
	sort.Ints(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return fmt.Sprint(s[m])
	}
	v := float64(s[m-1]+s[m]) / 2
	if v == float64(int(v)) {
		return fmt.Sprint(int(v))
	}
	return fmt.Sprintf("%.1f", v)
}

// weeks counts new threads per week from the first week that has one (at
// most the lookback window) to this week.
func (s *Server) weeks(all []threadStats, now time.Time) []week {
	loc := s.loc()
	monday := func(t time.Time) time.Time {
		t = t.In(loc)
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	}
	if len(all) == 0 {
		return nil
	}
	start := monday(now)
	for _, ts := range all {
		if m := monday(ts.first); m.Before(start) {
			start = m
		}
	}
	var out []week
	idx := map[time.Time]int{}
	for d := start; !d.After(monday(now)); d = d.AddDate(0, 0, 7) {
		idx[d] = len(out)
		out = append(out, week{Start: d, Label: d.Format("Jan 2")})
	}
	for _, ts := range all {
		i, ok := idx[monday(ts.first)]
		if !ok {
			continue
		}
		if ts.mineFirst {
			out[i].Mine++
		} else {
			out[i].Theirs++
		}
	}
	return out
}

// Chart geometry, in SVG user units (the SVG scales to the page).
const (
	chartW     = 640
	chartH     = 220
	chartLeft  = 28
	chartBase  = 180
	chartTop   = 24
	stageRowH  = 26
	stageLeft  = 170
	stageRight = 40
)

func weekChart(weeks []week) chart {
	c := chart{ID: "weeks", Title: "New job threads per week",
		Desc: "Bars per week: threads you started, and on top those they started.", Width: chartW, Height: chartH}
	peak := 1
	for _, w := range weeks {
		peak = max(peak, w.Mine+w.Theirs)
	}
	if len(weeks) == 0 {
		return c
	}
	slot := float64(chartW-chartLeft) / float64(len(weeks))
	bw := slot * 0.7
	scale := float64(chartBase-chartTop) / float64(peak)
	for i, w := range weeks {
		x := chartLeft + float64(i)*slot + (slot-bw)/2
		hm := float64(w.Mine) * scale
		ht := float64(w.Theirs) * scale
		if w.Mine > 0 {
			c.Bars = append(c.Bars, bar{X: x, Y: chartBase - hm, W: bw, H: hm, Class: "mine",
				Title: fmt.Sprintf("week of %s: %d you started", w.Label, w.Mine)})
		}
		if w.Theirs > 0 {
			c.Bars = append(c.Bars, bar{X: x, Y: chartBase - hm - ht, W: bw, H: ht, Class: "theirs",
				Title: fmt.Sprintf("week of %s: %d they started", w.Label, w.Theirs)})
		}
		if n := w.Mine + w.Theirs; n > 0 {
			c.Labels = append(c.Labels, label{X: x + bw/2, Y: chartBase - hm - ht - 4, Text: fmt.Sprint(n), Anchor: "middle", Class: "value"})
		}
		// Every label when they fit, else every other one.
		if len(weeks) <= 10 || i%2 == 0 {
			c.Labels = append(c.Labels, label{X: x + bw/2, Y: chartBase + 16, Text: w.Label, Anchor: "middle", Class: "axis"})
		}
	}
	c.Labels = append(c.Labels, label{X: chartLeft - 4, Y: chartTop + 4, Text: fmt.Sprint(peak), Anchor: "end", Class: "axis"},
		label{X: chartLeft - 4, Y: chartBase, Text: "0", Anchor: "end", Class: "axis"})
	c.Legend = []label{{X: chartLeft, Y: 14, Text: "you started", Class: "mine"}, {X: chartLeft + 130, Y: 14, Text: "they started", Class: "theirs"}}
	return c
}

func stageChart(rows []stageRow) chart {
	c := chart{ID: "stages", Title: "Threads by stage, and how many were answered",
		Desc: "One bar per stage: all threads, and the part where they answered you.", Width: chartW}
	c.Height = chartTop + len(rows)*stageRowH + 8
	peak := 1
	for _, r := range rows {
		peak = max(peak, r.Threads)
	}
	scale := float64(chartW-stageLeft-stageRight) / float64(peak)
	for i, r := range rows {
		y := float64(chartTop + i*stageRowH)
		c.Labels = append(c.Labels, label{X: stageLeft - 8, Y: y + 15, Text: stageWords(r.Stage), Anchor: "end", Class: "axis"})
		w := float64(r.Threads) * scale
		c.Bars = append(c.Bars, bar{X: stageLeft, Y: y + 3, W: w, H: stageRowH - 8, Class: "all",
			Title: fmt.Sprintf("%s: %d thread(s)", stageWords(r.Stage), r.Threads)})
		if r.Answered > 0 {
			c.Bars = append(c.Bars, bar{X: stageLeft, Y: y + 3, W: float64(r.Answered) * scale, H: stageRowH - 8, Class: "answered",
				Title: fmt.Sprintf("%s: %d answered", stageWords(r.Stage), r.Answered)})
		}
		c.Labels = append(c.Labels, label{X: stageLeft + w + 6, Y: y + 15, Text: fmt.Sprint(r.Threads), Anchor: "start", Class: "value"})
	}
	c.Legend = []label{{X: stageLeft, Y: 14, Text: "all threads", Class: "all"}, {X: stageLeft + 130, Y: 14, Text: "answered", Class: "answered"}}
	return c
}
