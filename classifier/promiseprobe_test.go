package classifier

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestPromiseOf prints what the promise rules make of PR_TEXT (or of the
// file PR_FILE), sentence by sentence: the cue found and its kind, the
// dates scanned and the date the promise takes; then the verdict.
//
//	PR_FILE=testdata/tune_written/r7_.../012.eml go test -count=1 -run PromiseOf -v ./classifier
func TestPromiseOf(t *testing.T) {
	txt := os.Getenv("PR_TEXT")
	m := &mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Re: your application", Date: base, Excerpt: txt}
	if f := os.Getenv("PR_FILE"); f != "" {
		raw, _ := os.ReadFile(f)
		pm, err := mailmsg.ParseBytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		m = pm
	}
	if m.Excerpt == "" && m.OwnWords() == "" {
		t.Skip("set PR_TEXT or PR_FILE")
	}
	var d doc
	d.prepare(m)
	defer d.release()
	var b strings.Builder
	fmt.Fprintf(&b, "\nlang %d date %s\n", d.lang(), m.Date.Format("Mon 2006-01-02 15:04"))
	sents := joinDateBreaks(d.sentences())
	for n, s := range sents {
		kind, start, end, why := promiseIn(s.text, d.lang())
		fmt.Fprintf(&b, "[%d] q=%v %q\n", n, s.question, s.text)
		for _, h := range scanDates(s.text, m.Date, d.lang()) {
			fmt.Fprintf(&b, "     date %q -> %s (%s) then=%v\n", s.text[h.start:h.end], h.t.Format("Mon 2006-01-02"), h.rule, h.then)
		}
		if kind != noPromise || why != "" {
			fmt.Fprintf(&b, "     kind %d cue %q why %q\n", kind, s.text[start:end], why)
			prev := ""
			if n > 0 {
				prev = sents[n-1].text
			}
			if h, ok := promiseDate(s.text, start, end, prev, m.Date, d.lang()); ok {
				fmt.Fprintf(&b, "     promise date %s (%s)\n", h.t.Format("Mon 2006-01-02"), h.rule)
			}
		} else if st, en, ok := awaitedFuture(s.text, d.lang()); ok {
			fmt.Fprintf(&b, "     awaited future %q\n", s.text[st:en])
		}
	}
	v := Classify(m)
	fmt.Fprintf(&b, "verdict job=%v stage=%s promise=%s interview=%s score=%.2f\n  %q\n", v.Job, v.Stage, promiseOf(v), dateOf(v.InterviewAt), v.Score, v.Reasons)
	t.Log(b.String())
}
