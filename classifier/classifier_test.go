package classifier

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// base is the reference "now" of the date examples: Thursday 2027-04-08
// 09:30 in New York summer time.
var base = time.Date(2027, 4, 8, 9, 30, 0, 0, time.FixedZone("-0400", -4*3600))

func fmtTime(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

func loadEML(t testing.TB, name string) *mailmsg.Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := mailmsg.ParseBytes(raw)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

type want struct {
	job       bool
	stage     Stage
	promise   string // RFC 3339, "" for none
	undated   bool
	interview string
	auto      bool
	away      string
	asks      bool
	bulk      bool
	noReply   bool
	automated bool
}

func check(t *testing.T, name string, v Verdict, w want) {
	t.Helper()
	got := want{v.Job, v.Stage, fmtTime(v.PromiseAt), v.PromiseUndated, fmtTime(v.InterviewAt),
		v.AutoReply, fmtTime(v.AwayUntil), v.AsksMe, v.Bulk, v.NoReply, v.Automated}
	if got != w {
		t.Errorf("Classify(%s) =\n  %+v\nwant\n  %+v\nscore %.2f reasons %q", name, got, w, v.Score, v.Reasons)
	}
	if len(v.Reasons) == 0 {
		t.Errorf("Classify(%s): no reasons", name)
	}
}

func TestClassifyFiles(t *testing.T) {
	tests := []struct {
		file string
		want want
	}{
		// after speaking with the hiring manager: waiting for their decision
		{"recruiter_promise.eml", want{job: true, stage: StageAwaitingDecision, promise: "2027-04-16T17:00:00-04:00"}},
		{"call_promise.eml", want{job: true, stage: StageOutreach, promise: "2027-04-13T15:00:00-04:00"}},
		{"awaiting.eml", want{job: true, stage: StageAwaitingDecision, promise: "2027-04-22T17:00:00-04:00"}},
		{"rejection_en.eml", want{job: true, stage: StageRejected, automated: true}},
		{"rejection_de.eml", want{job: true, stage: StageRejected}},
		{"rejection_fr.eml", want{job: true, stage: StageRejected}},
		{"rejection_es.eml", want{job: true, stage: StageRejected}},
		{"offer.eml", want{job: true, stage: StageOffer, asks: true}},
		{"scheduling.eml", want{job: true, stage: StageScheduling, asks: true}},
		{"interview_confirmed.eml", want{job: true, stage: StageInterviewScheduled, interview: "2027-04-27T14:00:00-04:00"}},
		{"calendar_invite.eml", want{job: true, stage: StageInterviewScheduled, interview: "2027-04-27T14:00:00-04:00"}},
		// An ATS notice (Auto-Submitted: auto-generated) is sent by a program
		// but is no automatic reply. A conditional "in touch if ..." is no promise.
		{"application_ack.eml", want{job: true, stage: StageApplicationAck, automated: true, noReply: true}},
		// "will reach out if the role reopens": a conditional future, no promise.
		{"withdrawn_hold.eml", want{job: true, stage: StageWithdrawn}},
		{"exchange_autoreply.eml", want{stage: StageOther, auto: true, away: "2027-04-26T17:00:00-04:00"}},
		// absence notices are not judged as job mail: the thread is
		{"gmail_vacation.eml", want{stage: StageOther, auto: true, away: "2027-04-22T17:00:00-04:00"}},
		{"linkedin_alert.eml", want{stage: StageOther, bulk: true, noReply: true}},
		{"podcast_request.eml", want{stage: StageOther, asks: true}},
		{"user_research.eml", want{stage: StageOther, asks: true}},
		{"receipt.eml", want{stage: StageOther, noReply: false}},
		{"calendar_spam.eml", want{stage: StageOther, interview: "2027-04-10T11:00:00-04:00"}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".eml"), func(t *testing.T) {
			check(t, tt.file, Classify(loadEML(t, tt.file)), tt.want)
		})
	}
}

// TestPromiseDates pins the phrase table of NOTES-dates.md and our own
// rules against the Thursday base.
func TestPromiseDates(t *testing.T) {
	tests := []struct {
		text string
		want string // RFC 3339; "undated" for an undated promise; "" for none
	}{
		{"We'll get back to you by the end of next week.", "2027-04-16T17:00:00-04:00"},
		{"I'll give you a call Tuesday afternoon.", "2027-04-13T15:00:00-04:00"},
		{"You should hear from us within two weeks.", "2027-04-22T17:00:00-04:00"},
		{"We will get back to you by Friday.", "2027-04-09T17:00:00-04:00"},
		{"We'll get back to you within the next two weeks.", "2027-04-22T17:00:00-04:00"},
		{"We'll be in touch shortly.", "undated"},
		{"We will be in touch soon!", "undated"},
		{"We'll get back to you by the end of the month.", "2027-04-30T17:00:00-04:00"},
		{"We will get back to you in the next 3-5 business days.", "2027-04-15T17:00:00-04:00"},
		{"We'll let you know early next week.", "2027-04-13T17:00:00-04:00"},
		{"I will follow up with you next week.", "2027-04-16T17:00:00-04:00"},
		{"I'll reach out tomorrow at 10am.", "2027-04-09T10:00:00-04:00"},
		// Wednesday, March 31 is a week before the message: no future day.
		{"We'll get back to you by Wednesday, March 31.", "undated"},
		{"I'll send you an update by 4/22.", "2027-04-22T17:00:00-04:00"},
		{"We will make a decision within 48 hours.", "2027-04-10T09:30:00-04:00"},
		{"We will get back to you within a week or two.", "2027-04-22T17:00:00-04:00"},
		{"I'll call you Tuesday next week.", "2027-04-13T17:00:00-04:00"},
		{"Thanks for meeting on Monday, we'll be in touch.", "undated"},
		{"By Friday, we will get back to you with feedback.", "2027-04-09T17:00:00-04:00"},
		{"Wir melden uns bis Freitag bei Ihnen.", "2027-04-09T17:00:00-04:00"},
		{"Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.", "2027-04-22T17:00:00-04:00"},
		{"Nous reviendrons vers vous d'ici deux semaines.", "2027-04-22T17:00:00-04:00"},
		{"Nous reviendrons vers vous la semaine prochaine.", "2027-04-16T17:00:00-04:00"},
		// "Next Friday" is the Friday of the following week in every language
		// (testdata/blind/BRIEF.md).
		{"Te daremos una respuesta el próximo viernes.", "2027-04-16T17:00:00-04:00"},
		{"Nos pondremos en contacto contigo en los próximos 5 días hábiles.", "2027-04-15T17:00:00-04:00"},
		// Not promises.
		{"If your profile matches, we will contact you.", ""},
		{"Please get back to me by Friday.", ""},
		{"Feel free to reach out with questions.", ""},
		{"Can I call you on Tuesday?", ""},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{
			From:    mailmsg.Address{Email: "jane@acme.example"},
			Subject: "Re: Backend Engineer interview",
			Date:    base,
			Excerpt: "Hi Alex,\n\n" + tt.text + "\n\nJane",
		}
		v := Classify(m)
		got := fmtTime(v.PromiseAt)
		if v.PromiseUndated {
			got = "undated"
		}
		if got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

func TestClassifyInline(t *testing.T) {
	msg := func(from, subj, body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: from}, Subject: subj, Date: base, Excerpt: body}
	}
	tests := []struct {
		name string
		m    *mailmsg.Message
		want want
	}{
		{"candidate outreach", msg("alex@example.com", "Backend Engineer application",
			"Hi Jane, I applied for the Backend Engineer position last week and wanted to follow up. I'm very excited about the team."),
			want{job: true, stage: StageOutreach}},
		{"recruiter outreach", msg("kim@talent.example", "Opportunity at Globex",
			"Hi Alex, I'm a recruiter at Globex and came across your profile. We have a Staff Engineer role that looks like a great fit. Would you be open to a quick chat?"),
			want{job: true, stage: StageOutreach, asks: true}},
		{"candidate withdraws", msg("alex@example.com", "Re: Application for Data Analyst",
			"Hi Tom, thank you for your time. I have accepted another offer and would like to withdraw my application."),
			want{job: true, stage: StageWithdrawn}},
		{"unfortunately is not a rejection", msg("sam@globex.example", "Re: Interview for Product Designer role",
			"Hi Alex, unfortunately the hiring manager is sick tomorrow. Could we move your interview to Monday?"),
			want{job: true, stage: StageScheduling, asks: true}}, // being moved: scheduling
		{"closing question is not asking", msg("jane@acme.example", "Re: Backend Engineer role",
			"Hi Alex, thank you for applying to the Backend Engineer role. If you have any questions, please let me know!"),
			want{job: true, stage: StageApplicationAck}},
		{"press interview", msg("editor@times.example", "Interview for our Sunday magazine",
			"Hi Alex, our journalist would like to interview you for an article in our magazine about remote work."),
			want{stage: StageOther}},
		{"marketing opportunity", msg("deals@promo.example", "An exclusive opportunity just for you",
			"Don't miss this limited time opportunity! Click here to unsubscribe. Special offer: 50% discount."),
			want{stage: StageOther}},
		{"no-reply notifications", msg("notifications@github.com", "New sign-in",
			"We noticed a new sign-in to your account."),
			want{stage: StageOther, noReply: true}},
		{"mailer daemon", msg("MAILER-DAEMON@mx.example", "Undelivered Mail Returned to Sender",
			"This is the mail system. Your message could not be delivered."),
			want{stage: StageOther, noReply: true}},
		{"out of office in German", msg("anna@firma.example", "Abwesenheitsnotiz: Ihre Bewerbung",
			"Ich bin bis 26.04.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails."),
			want{stage: StageOther, auto: true, away: "2027-04-26T17:00:00-04:00"}},
		{"out of office in French", msg("luc@societe.example", "Réponse automatique",
			"Je suis absent du bureau jusqu'au 30 avril."),
			want{stage: StageOther, auto: true, away: "2027-04-30T17:00:00-04:00"}},
		{"returning month name", msg("jo@acme.example", "Out of Office",
			"I'm on annual leave, returning April 30th."),
			want{stage: StageOther, auto: true, away: "2027-04-30T17:00:00-04:00"}},
		{"empty message", &mailmsg.Message{}, want{stage: StageOther}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.name, Classify(tt.m), tt.want)
		})
	}
}

func TestListHeadersOnATSMail(t *testing.T) {
	m := &mailmsg.Message{
		From:            mailmsg.Address{Email: "no-reply@hire.lever.co"},
		ReplyTo:         []mailmsg.Address{{Email: "jane@acme.example"}},
		ListUnsubscribe: "<https://hire.lever.co/unsubscribe>",
		Subject:         "Your application to Acme",
		Date:            base,
		Excerpt:         "Hi Alex, thanks for applying. What times work for a phone screen next week?",
	}
	v := Classify(m)
	if !v.Job || v.Bulk || v.NoReply || v.Stage != StageScheduling {
		t.Errorf("ATS mail with list header = job %v bulk %v noreply %v stage %s; reasons %q", v.Job, v.Bulk, v.NoReply, v.Stage, v.Reasons)
	}
}

func TestClassifyThread(t *testing.T) {
	job := func(s Stage) Verdict { return Verdict{Job: true, Stage: s, Score: 5} }
	tests := []struct {
		name   string
		in     []Verdict
		job    bool
		stage  Stage
		closed bool
	}{
		{"empty", nil, false, StageOther, false},
		{"progression", []Verdict{job(StageOutreach), job(StageScheduling), job(StageInterviewScheduled), job(StageOutreach)}, true, StageInterviewScheduled, false},
		{"rejection closes", []Verdict{job(StageApplicationAck), job(StageAwaitingDecision), job(StageRejected), job(StageOutreach), job(StageScheduling)}, true, StageRejected, true},
		{"second round", []Verdict{job(StageScheduling), job(StageAwaitingDecision), job(StageScheduling)}, true, StageScheduling, false},
		{"bulk only", []Verdict{{Job: true, Bulk: true, Stage: StageOutreach, Score: 6}}, false, StageOther, false},
		{"weak evidence adds up", []Verdict{{Score: 2.5, Stage: StageOther}, {Score: 2.5, Stage: StageOther}}, true, StageOutreach, false},
		{"auto-reply ignored for job", []Verdict{{Score: 2, Stage: StageOther}, {Score: 4, AutoReply: true, Stage: StageOther}}, false, StageOther, false},
		{"offer after interview", []Verdict{job(StageInterviewScheduled), job(StageOffer)}, true, StageOffer, true},
		{"a no taken back reopens", []Verdict{job(StageInterviewScheduled), job(StageRejected),
			{Job: true, Stage: StageAwaitingDecision, Score: 5, RetractsNo: true}}, true, StageAwaitingDecision, false},
		{"an offer is not taken back by a retraction", []Verdict{job(StageOffer),
			{Job: true, Stage: StageAwaitingDecision, Score: 5, RetractsNo: true}}, true, StageOffer, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClassifyThread(tt.in)
			if got.Job != tt.job || got.Stage != tt.stage || got.Closed != tt.closed {
				t.Errorf("ClassifyThread = job %v stage %s closed %v, want %v %s %v; reasons %q",
					got.Job, got.Stage, got.Closed, tt.job, tt.stage, tt.closed, got.Reasons)
			}
			if len(got.Reasons) == 0 {
				t.Errorf("ClassifyThread: no reasons")
			}
		})
	}
}

const corpusDir = "/work/shared/corpus"

// corpusLabels reads MANIFEST.tsv: file name -> label.
func corpusLabels(t testing.TB) map[string]string {
	f, err := os.Open(filepath.Join(corpusDir, "MANIFEST.tsv"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	defer f.Close()
	labels := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 5 && cols[0] != "file" {
			labels[cols[0]] = cols[4]
		}
	}
	return labels
}

// TestCorpus runs the public corpus: malformed MIME must not panic, and
// nothing in it is part of a hiring process (press interviews, recruiter
// spam, job-board marketing, list mail).
func TestCorpus(t *testing.T) {
	labels := corpusLabels(t)
	if len(labels) == 0 {
		t.Fatal("MANIFEST.tsv lists no files")
	}
	parsed := 0
	for name, label := range labels {
		raw, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			continue // not a message at all; mailmsg's concern
		}
		parsed++
		v := Classify(m)
		if v.Stage == "" || len(v.Reasons) == 0 && v.Score != 0 {
			t.Errorf("%s: incomplete verdict %+v", name, v)
		}
		if v.Job {
			t.Errorf("%s (%s, %q): Job, score %.2f, reasons %q", name, label, m.Subject, v.Score, v.Reasons)
		}
	}
	if parsed < len(labels)/2 {
		t.Errorf("only %d of %d corpus files parsed", parsed, len(labels))
	}
}

func benchSet(b *testing.B) []*mailmsg.Message {
	var msgs []*mailmsg.Message
	files, _ := filepath.Glob("testdata/*.eml")
	for _, f := range files {
		msgs = append(msgs, loadEML(b, filepath.Base(f)))
	}
	if entries, err := os.ReadDir(corpusDir); err == nil {
		for _, e := range entries {
			raw, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
			if err != nil || strings.HasSuffix(e.Name(), ".tsv") || strings.HasSuffix(e.Name(), ".md") || strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			if m, err := mailmsg.ParseBytes(raw); err == nil {
				msgs = append(msgs, m)
			}
		}
	}
	if len(msgs) == 0 {
		b.Fatal("no messages")
	}
	return msgs
}

// BenchmarkClassify runs a mixed set: the job messages of testdata (which
// exercise date parsing) and the public corpus (ham, spam, malformed).
func BenchmarkClassify(b *testing.B) {
	benchClassify(b, benchSet(b))
}

func FuzzClassify(f *testing.F) {
	f.Add("Re: Interview", "We'll get back to you by the end of next week. What times work for you?")
	f.Add("Automatic reply: x", "I am out of the office until 4/22.")
	f.Fuzz(func(t *testing.T, subj, body string) {
		v := Classify(&mailmsg.Message{Subject: subj, Excerpt: body, Date: base})
		if v.Stage == "" {
			t.Fatal("empty stage")
		}
	})
}

func TestVerdictRoundTrip(t *testing.T) {
	at := time.Date(2026, 3, 4, 5, 6, 7, 0, time.FixedZone("x", 3600))
	for _, v := range []Verdict{{}, {Job: true, Stage: StageOutreach, Score: 3.25, Outcome: 2.5, PromiseAt: &at, AwayUntil: &at, Bulk: true, NoReply: true}} {
		b := AppendVerdict(nil, &v)
		got, ok := DecodeVerdict(b)
		if !ok {
			t.Fatalf("decode %+v failed", v)
		}
		if got.Job != v.Job || got.Stage != v.Stage || got.Score != v.Score || got.Outcome != v.Outcome || got.Bulk != v.Bulk || got.NoReply != v.NoReply ||
			(got.PromiseAt == nil) != (v.PromiseAt == nil) || (got.AwayUntil == nil) != (v.AwayUntil == nil) || got.InterviewAt != nil {
			t.Fatalf("round trip: got %+v, want %+v", got, v)
		}
		if v.PromiseAt != nil && !got.PromiseAt.Equal(*v.PromiseAt) {
			t.Fatal("promise time differs")
		}
	}
	if _, ok := DecodeVerdict([]byte("garbage")); ok {
		t.Fatal("garbage decoded")
	}
}
