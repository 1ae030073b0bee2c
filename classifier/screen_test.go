package classifier

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// Screen must agree with Classify on every message it screens: bulk
// mail, which ClassifyThread passes over, with the same header evidence.
// And a thread verdict must not change when its screened messages'
// verdicts stand in for their full ones.
func TestScreenAgreesWithClassify(t *testing.T) {
	var files []string
	for _, dir := range []string{"tune", "heldout", "public", "../../../shared/corpus"} {
		got, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		files = append(files, got...)
	}
	screened, total := 0, 0
	for _, f := range files {
		if ext := filepath.Ext(f); ext == ".tsv" || ext == ".md" || ext == ".txt" || ext == ".py" || strings.HasSuffix(f, "LICENSE") {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			continue
		}
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
