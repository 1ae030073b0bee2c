package classifier

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// TestOrdinaryInterviewMail is the reported problem: ordinary interview
// mail from a person, without ATS headers, was scored below the job
// threshold. Hard negatives next to it must stay negative.
func TestOrdinaryInterviewMail(t *testing.T) {
	msg := func(from, subj, body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: from}, Subject: subj, Date: base, Excerpt: body}
	}
	tests := []struct {
		name    string
		m       *mailmsg.Message
		job     bool
		stage   Stage
		promise string
	}{
		{"thanks after the conversation", msg("jane@acme.example", "Senior Backend Engineer interview",
			"Thank you again for the conversation today about the Senior Backend Engineer role. I enjoyed meeting the team."),
			true, StageAwaitingDecision, ""},
		{"thanks for interviewing, promise", msg("jane@acme.example", "Re: Senior Backend Engineer interview",
			"Thanks for interviewing with us yesterday, the team enjoyed it too. We're wrapping up the last conversations and we'll get back to you by the end of next week."),
			true, StageAwaitingDecision, "2027-04-16T17:00:00-04:00"},
		{"application by the candidate", msg("alex@example.com", "Design Lead application",
			"I'm applying for the Design Lead position; my portfolio is attached."),
			true, StageOutreach, ""},
		{"podcast interview", msg("host@devweekly.example", "Interview request",
			"I host a podcast for engineers and would love to interview you for an upcoming episode."),
			false, StageOther, ""},
		{"user research interview", msg("research@app.example", "Invitation: 30-minute research interview",
			"Our UX research team is looking for participants for interviews about your experience with the app. Participants receive a gift card."),
			false, StageOther, ""},
		{"job alert with titles", &mailmsg.Message{From: mailmsg.Address{Email: "jobalerts-noreply@linkedin.com"}, Subject: "Senior Backend Engineer at Globex and 12 more jobs",
			ListUnsubscribe: "<https://linkedin.example/unsub>", Date: base,
			Excerpt: "New jobs matching your search.\nSenior Backend Engineer - Globex - Remote\nStaff Engineer - Initech - Easy Apply\nSee all jobs"},
			false, StageOther, ""},
		{"interview with grandma", msg("sam@gmail.example", "Re: the family history project",
			"I recorded the interview with grandma yesterday; two hours of stories about the farm."),
			false, StageOther, ""},
	}
	for _, tt := range tests {
		v := Classify(tt.m)
		if v.Job != tt.job || v.Stage != tt.stage || fmtTime(v.PromiseAt) != tt.promise {
			t.Errorf("%s: job %v stage %s promise %q, want %v %s %q; score %.2f reasons %q",
				tt.name, v.Job, v.Stage, fmtTime(v.PromiseAt), tt.job, tt.stage, tt.promise, v.Score, v.Reasons)
		}
	}
}

// TestThreadPromiseWithHiringWords: the counterpart's promise in a thread
// whose subject carries hiring words makes a job thread even when no
// single message reaches the threshold.
func TestThreadPromiseWithHiringWords(t *testing.T) {
	mine := &mailmsg.Message{From: mailmsg.Address{Email: "alex@example.com"}, Subject: "Data Analyst role", Date: base,
		Excerpt: "Hi Kim, any news? Thanks, Alex"}
	theirs := &mailmsg.Message{From: mailmsg.Address{Email: "kim@globex.example"}, Subject: "Re: Data Analyst role", Date: base.Add(time.Hour),
		Excerpt: "Hi Alex, I'll call you Tuesday at 2pm. Kim"}
	vs := []Verdict{Classify(mine), Classify(theirs)}
	if vs[1].PromiseAt == nil {
		t.Fatalf("no promise found: %q", vs[1].Reasons)
	}
	if tv := ClassifyThread(vs); !tv.Job {
		t.Errorf("thread = %+v (scores %.2f, %.2f)", tv, vs[0].Score, vs[1].Score)
	}
	// Below every per-message threshold, the promise decides.
	at := base.AddDate(0, 0, 5)
	weak := []Verdict{{Score: 1.5, Stage: StageOther}, {Score: 0.75, Stage: StageOther, PromiseAt: &at}}
	tv := ClassifyThread(weak)
	if !tv.Job || !strings.Contains(strings.Join(tv.Reasons, ";"), "promises contact") {
		t.Errorf("weak thread with promise = %+v", tv)
	}
	weak[1].PromiseAt = nil
	if tv := ClassifyThread(weak); tv.Job {
		t.Errorf("weak thread without promise = %+v", tv)
	}
	// The same promise without any hiring word stays personal.
	lunch := &mailmsg.Message{From: mailmsg.Address{Email: "kim@gmail.example"}, Subject: "Re: lunch", Date: base,
		Excerpt: "I'll call you Tuesday at 2pm."}
	if tv := ClassifyThread([]Verdict{Classify(lunch)}); tv.Job {
		t.Errorf("personal promise = %+v", tv)
	}
}

func TestClassifyBytesNotAMessage(t *testing.T) {
	v, m, err := ClassifyBytes([]byte("// Not an RFC-822 Document\n"))
	if err == nil || m == nil || v.Stage == "" || len(v.Reasons) == 0 || v.Job {
		t.Errorf("ClassifyBytes(junk) = %+v, %v, %v", v, m, err)
	}
	v, m, err = ClassifyBytes([]byte("From: a@b.example\r\nSubject: Your application\r\n\r\nThank you for applying to the Data Analyst role.\r\n"))
	if err != nil || m.Subject != "Your application" || !v.Job {
		t.Errorf("ClassifyBytes(message) = %+v, %v", v, err)
	}
}
