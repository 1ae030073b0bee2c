package classifier

import (
	"iter"
	"os"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// screenCorpus yields every message of the evaluation parts and the
// shared corpus (when it is there) that parses, by file name.
func screenCorpus(t *testing.T) iter.Seq2[string, *mailmsg.Message] {
	files := corpusFiles("tune", "heldout", "public", "../../../shared/corpus")
	return func(yield func(string, *mailmsg.Message) bool) {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if m, err := mailmsg.ParseBytes(raw); err == nil && !yield(f, m) {
				return
			}
		}
	}
}

// Screen must agree with Classify on every message it screens: bulk
// mail, which ClassifyThread passes over, with the same header evidence.
// And a thread verdict must not change when its screened messages'
// verdicts stand in for their full ones.
func TestScreenAgreesWithClassify(t *testing.T) {
	screened, total := 0, 0
	for f, m := range screenCorpus(t) {
		total++
		full := Classify(m)
		if full.Screened() {
			t.Errorf("%s: Classify's verdict reports Screened", f)
		}
		// (Text can make mail bulk too, "unsubscribe from this newsletter":
		// Screen leaves that to Classify.)
		sv, ok := Screen(m)
		if !ok {
			continue
		}
		screened++
		if !sv.Screened() || !sv.Bulk || sv.Job {
			t.Errorf("%s: Screen() = %+v, want a screened bulk verdict", f, sv)
		}
		if !full.Bulk || sv.AutoReply != full.AutoReply || sv.NoReply != full.NoReply {
			t.Errorf("%s: Screen() = bulk %v auto %v noreply %v, Classify = bulk %v auto %v noreply %v",
				f, sv.Bulk, sv.AutoReply, sv.NoReply, full.Bulk, full.AutoReply, full.NoReply)
		}
		// In a thread with a job message, the screened verdict changes nothing.
		job := Verdict{Job: true, Stage: StageInterviewScheduled, Score: 4}
		a := ClassifyThread([]Verdict{job, full})
		b := ClassifyThread([]Verdict{job, sv})
		if a.Job != b.Job || a.Stage != b.Stage || a.Closed != b.Closed {
			t.Errorf("%s: thread verdict with the full verdict %+v, with the screened one %+v", f, a, b)
		}
		if c := ClassifyThread([]Verdict{sv}); c.Job {
			t.Errorf("%s: a thread of the screened message alone is a job thread", f)
		}
		got, ok := DecodeVerdict(AppendVerdict(nil, &sv))
		if !ok || !got.Screened() || !got.Bulk {
			t.Errorf("%s: screened verdict after a round trip = %+v, %v", f, got, ok)
		}
	}
	t.Logf("%d of %d messages screened", screened, total)
	if screened == 0 || screened == total {
		t.Errorf("screened %d of %d messages: the corpus should hold both kinds", screened, total)
	}
}

func TestScreenLeavesATSMailAlone(t *testing.T) {
	m := &mailmsg.Message{From: mailmsg.Address{Email: "no-reply@greenhouse.io"}, ListUnsubscribe: "<https://greenhouse.io/u>",
		Subject: "Your interview with Acme", Excerpt: "We would like to schedule your interview on Tuesday."}
	if v, ok := Screen(m); ok {
		t.Errorf("Screen(ATS mail with a list header) = %+v, want not screened", v)
	}
	if v, ok := Screen(nil); ok {
		t.Errorf("Screen(nil) = %+v, true", v)
	}
}

// Ingest's verdicts stand in for Classify's wherever a thread verdict is
// decided from them, except where ThreadNeedsText says the full text is
// needed.
func TestIngestAgreesWithClassify(t *testing.T) {
	wordsOnly, total := 0, 0
	for f, m := range screenCorpus(t) {
		total++
		full, iv := Classify(m), Ingest(m)
		if !iv.Screened() {
			if iv.Job != full.Job || iv.Score != full.Score || iv.Stage != full.Stage || iv.AsksMe != full.AsksMe || (iv.PromiseAt == nil) != (full.PromiseAt == nil) {
				t.Errorf("%s: Ingest() = %+v, want Classify's %+v", f, iv, full)
			}
			continue
		}
		if iv.Bulk && !full.Bulk {
			t.Errorf("%s: screened as bulk, Classify says not bulk", f)
		}
		if !iv.Bulk {
			wordsOnly++
			if iv.Score != full.Score || iv.Job || full.Job || iv.Stage != full.Stage || iv.NoReply != full.NoReply || full.Score > 0 {
				t.Errorf("%s: words-only Ingest() = score %v job %v stage %s noreply %v; Classify = score %v job %v stage %s noreply %v",
					f, iv.Score, iv.Job, iv.Stage, iv.NoReply, full.Score, full.Job, full.Stage, full.NoReply)
			}
		}
		// Beside a job message, or with little evidence elsewhere, the
		// thread verdict is the same; with enough evidence elsewhere it is
		// the same or ThreadNeedsText says so.
		others := [][]Verdict{
			{{Job: true, Stage: StageInterviewScheduled, Score: 4}},
			{{Score: 1}},
			{{Score: 2.5, Stage: StageOther}},
		}
		for _, o := range others {
			a := ClassifyThread(append(append([]Verdict{}, o...), full))
			withIngest := append(append([]Verdict{}, o...), iv)
			b := ClassifyThread(withIngest)
			if (a.Job != b.Job || a.Stage != b.Stage || a.Closed != b.Closed) && !ThreadNeedsText(withIngest) {
				t.Errorf("%s: thread with %+v: full %+v, ingested %+v, and ThreadNeedsText is false", f, o, a, b)
			}
		}
	}
	t.Logf("%d of %d messages screened on their words", wordsOnly, total)
	if wordsOnly == 0 {
		t.Error("no message was screened on its words: the corpus should hold personal mail")
	}
}

func TestThreadNeedsText(t *testing.T) {
	words := Verdict{Score: 0, screened: true}
	bulk := Verdict{Score: -3, Bulk: true, screened: true}
	tests := []struct {
		name string
		vs   []Verdict
		want bool
	}{
		{"evidence elsewhere, a words-only message", []Verdict{{Score: 2.5}, words}, true},
		{"little evidence elsewhere", []Verdict{{Score: 1.5}, words}, false},
		{"already a job thread", []Verdict{{Job: true, Score: 4, Stage: StageOutreach}, words}, false},
		{"only bulk screened", []Verdict{{Score: 2.5}, bulk}, false},
		{"nothing screened", []Verdict{{Score: 2.5}, {Score: 0}}, false},
		{"automatic replies do not count as evidence", []Verdict{{Score: 2.5, AutoReply: true}, words}, false},
	}
	for _, tt := range tests {
		if got := ThreadNeedsText(tt.vs); got != tt.want {
			t.Errorf("%s: ThreadNeedsText() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestStatusLineDecision: a job board's notice whose status line says no
// ("Application status: Not selected") decides one application of the
// reader's, whatever list headers and footers it has; Screen leaves it to
// Classify. A job board's digest with no status line stays bulk.
func TestStatusLineDecision(t *testing.T) {
	notice := &mailmsg.Message{From: mailmsg.Address{Email: "alerts@jobsite.example"}, ListUnsubscribe: "<https://jobsite.example/u>",
		Subject: "Application status update: Senior Data Analyst", Date: base,
		Excerpt: "Hi Alex,\n\nThere is an update on your application.\n\nSenior Data Analyst\nApplication status: Not selected\n\n" +
			"Keep going! Employers are hiring for similar roles.\n\nYou are receiving this mail because you applied on Jobsite. Unsubscribe"}
	if _, ok := Screen(notice); ok {
		t.Errorf("Screen screened a status update on an application")
	}
	if v := Classify(notice); !v.Job || v.Stage != StageRejected {
		t.Errorf("status line 'Not selected': job %v stage %s, want a rejection; %q", v.Job, v.Stage, v.Reasons)
	}
	digest := &mailmsg.Message{From: mailmsg.Address{Email: "alerts@jobsite.example"}, ListUnsubscribe: "<https://jobsite.example/u>",
		Subject: "10 new jobs for you", Date: base,
		Excerpt: "Hi Alex,\n\nSenior Data Analyst at Acme\nData Engineer at Initech\n\nUnfortunately some jobs have closed. Unsubscribe"}
	if v := Classify(digest); v.Job {
		t.Errorf("a job digest is job mail: %q", v.Reasons)
	}
}

// TestTitledApplicationDecision: a job board's notice whose subject puts
// the post's title between "your" and "application" ("update on your Data
// Engineer application") names one application of the reader's; a no in
// it is that application's, under the board's suggested jobs and footer.
// A loan's application, titled no post, is left as bulk mail.
func TestTitledApplicationDecision(t *testing.T) {
	for _, c := range []struct {
		name, subj, body string
		want             bool
	}{
		{"a board's no on a titled application", "Northfield Insurance: update on your Data Engineer application",
			"Hi Alex,\n\nNorthfield Insurance reviewed your application for Data Engineer and has decided to go with other applicants for this position.\n\n" +
				"The good news: your profile matches 9 other jobs posted this week. See matching jobs\n\nUnsubscribe · Privacy", true},
		{"near-miss: a loan's application", "Update on your personal loan application",
			"Hi Alex,\n\nWe reviewed your application and have decided not to approve it at this time.\n\n" +
				"See matching offers from our partners.\n\nUnsubscribe · Privacy", false},
	} {
		m := &mailmsg.Message{From: mailmsg.Address{Name: "Jobsite", Email: "noreply@jobsite.example"}, ListUnsubscribe: "<https://jobsite.example/u>",
			Subject: c.subj, Date: base, Excerpt: c.body}
		v := Classify(m)
		if got := v.Job && v.Stage == StageRejected; got != c.want {
			t.Errorf("%s: job %v stage %s, want a no %v; %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}
