package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// checkJobStage classifies m (dated base unless it has a date) and
// reports a verdict other than job, and for job mail stage; an empty stage
// checks job alone.
func checkJobStage(t *testing.T, name string, m mailmsg.Message, job bool, stage Stage) {
	t.Helper()
	if m.Date.IsZero() {
		m.Date = base
	}
	v := Classify(&m)
	if v.Job != job || job && stage != "" && v.Stage != stage {
		t.Errorf("%s: job %v stage %s, want job %v stage %s; reasons %q", name, v.Job, v.Stage, job, stage, v.Reasons)
	}
}

// jobCase is a message and the job verdict and stage it must get.
type jobCase struct {
	name  string
	m     mailmsg.Message
	job   bool
	stage Stage
}

// checkJobCases is checkJobStage for each case.
func checkJobCases(t *testing.T, cases []jobCase) {
	t.Helper()
	for _, c := range cases {
		checkJobStage(t, c.name, c.m, c.job, c.stage)
	}
}

// TestJobBoardDecision: bulk mail that decides one application of the
// reader's is job mail under any subject; bulk mail that only quotes a
// decision, or lists jobs, stays bulk.
func TestJobBoardDecision(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a recruiter's no relayed by a job board's messaging, in German",
			mailmsg.Message{From: mailmsg.Address{Name: "Katrin Vogt über XING", Email: "mailrobot@board.example"},
				Subject: "Katrin Vogt hat Ihnen eine Nachricht geschickt", ListUnsubscribe: "<https://board.example/unsub>",
				Excerpt: "Hallo Herr Rivera, vielen Dank für Ihre Bewerbung und das nette Gespräch. Wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden, deren Profil noch besser passt. Für Ihre weitere Suche wünsche ich Ihnen alles Gute."},
			true, StageRejected},
		{"a portal's decision on the reader's application, in Spanish",
			mailmsg.Message{From: mailmsg.Address{Name: "Portal de empleo", Email: "avisos@portal.example"},
				Subject: "Novedades del proceso", ListUnsubscribe: "<https://portal.example/baja>",
				Excerpt: "Hola Alex, la empresa revisó tu postulación al cargo de Analista de Datos y decidió no continuar con tu candidatura en esta ocasión. Te deseamos éxito en tu búsqueda."},
			true, StageRejected},
		{"an assessment platform's decline with an unsubscribe footer",
			mailmsg.Message{From: mailmsg.Address{Name: "Northwind Early Careers", Email: "no-reply@assess.example"},
				Subject: "Northwind 2028 Graduate Programme", ListUnsubscribe: "<https://assess.example/unsub>",
				Excerpt: "Hi Alex, thank you for completing the online assessment for the Graduate Analyst role. Unfortunately we won't be taking your application forward this year. Best of luck with your search. Unsubscribe from these emails."},
			true, StageRejected},
		{"a job board's acknowledgement of the application the subject names, under its footer",
			mailmsg.Message{From: mailmsg.Address{Name: "JobStreet", Email: "noreply@s.board.example"},
				Subject: "Your application for Operations Lead was successfully submitted", ListUnsubscribe: "<https://board.example/unsub>",
				Excerpt: "Hi Alex, your application for Operations Lead at Kencana Logistics has been received and sent to the employer. The employer will contact you directly if your profile is shortlisted. Manage your email preferences."},
			true, StageApplicationAck},
		{"jobs you may like, because you applied, stays bulk",
			mailmsg.Message{From: mailmsg.Address{Name: "CareerLoop", Email: "jobs@notify.board.example"},
				Subject: "Jobs you may like, based on your application to Orrin Health", ListUnsubscribe: "<https://board.example/unsub>",
				Excerpt: "Jobs you may like. Because you applied to Data Platform Engineer at Orrin Health.\n\nData Platform Engineer - Brackwater Systems. Company is reviewing applications - 31 applicants.\n\nLead Data Engineer - Corrigan Home Services. Interviewing now."},
			false, StageOther},
		{"a job board's decision on the application with similar jobs below",
			mailmsg.Message{From: mailmsg.Address{Name: "Monster", Email: "noreply@board.example"},
				Subject: "Update on your application: Platform Engineer", ListUnsubscribe: "<https://board.example/unsub>",
				Excerpt: "Hi Alex, an update from the recruiter: the Platform Engineer position at Kestrel Labs has now been filled. Similar jobs you may be interested in: Backend Engineer - Lumen; Site Reliability Engineer - Arcadia. Manage your email preferences."},
			true, StageRejected},
		{"a newsletter about why applications are not selected stays bulk",
			mailmsg.Message{From: mailmsg.Address{Name: "Carriere Oggi", Email: "news@carriere.example"},
				Subject: "Perché la tua candidatura non è stata selezionata: 5 motivi", ListUnsubscribe: "<https://carriere.example/unsub>",
				Excerpt: "Newsletter settimanale. 'La sua candidatura non è stata selezionata': ecco i cinque motivi più comuni e come evitarli. Unsubscribe."},
			false, StageOther},
		{"a newsletter that quotes a rejection stays bulk",
			mailmsg.Message{From: mailmsg.Address{Name: "Career Weekly", Email: "hello@careerweekly.example"},
				Subject: "Why recruiters ghost, and what to do", ListUnsubscribe: "<https://careerweekly.example/unsub>",
				Excerpt: "\"Unfortunately, we've decided to move forward with other candidates. We'll keep your resume on file for future roles.\" Sound familiar? This week: five things recruiters wish candidates knew. You're receiving this because you subscribed. Unsubscribe."},
			false, StageOther},
	})
}

// TestPastAbsence: a person back from leave who says so ("thanks for your
// patience while I was on leave") writes no absence notice; one who is
// away now does.
func TestPastAbsence(t *testing.T) {
	tests := []struct {
		name, body string
		auto       bool
	}{
		{"back from leave, confirming an interview",
			"Thanks for your patience while I was on leave. Your panel interview for the Legal Operations Manager role is confirmed for Thursday 17 June at 9:00 AEST, and I'll be back in touch with the panel's decision the week after.", false},
		{"on leave now", "I am on leave until Monday 21 June with no access to email. For urgent matters please contact recruitment@firm.example.", true},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "lachlan@firm.example"}, Subject: "Panel interview - Legal Operations Manager",
			Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if v.AutoReply != tt.auto {
			t.Errorf("%s: auto-reply %v, want %v; reasons %q", tt.name, v.AutoReply, tt.auto, v.Reasons)
		}
	}
}

// TestSearchMandate: a search firm's or agency's approach names its
// mandate ("we have been retained by", "im Auftrag eines ... suche ich");
// a lawyer's "my client" alone makes no job mail.
func TestSearchMandate(t *testing.T) {
	tests := []struct {
		name, subject, body string
		job                 bool
	}{
		{"a retained search", "Confidential - Head of Data & Evidence",
			"Dear Alex, I'm a partner at Lakeshore Executive Search and we have been retained by an international alliance to find their next Head of Data & Evidence. The role leads a team of eleven. Would you have 30 minutes for a confidential call next week?", true},
		{"a Swiss agency's mandate, in German", "Vertrauliche Anfrage – Lead Data Engineer",
			"Guten Tag Herr Rivera, ich bin über XING auf Ihr Profil aufmerksam geworden. Im Auftrag eines Zürcher Software-Unternehmens suche ich eine/n Lead Data Engineer; Ihre Erfahrung passt sehr gut zu dem, was mein Mandant sucht. Hätten Sie Interesse an einem unverbindlichen Telefonat?", true},
		{"a lawyer's client", "Re: the lease",
			"Dear Alex, my client has reviewed your comments on the lease and accepts the new break clause. Please sign and return the attached copy.", false},
	}
	for _, tt := range tests {
		checkJobStage(t, tt.name, mailmsg.Message{From: mailmsg.Address{Email: "partner@firm.example"}, Subject: tt.subject, Excerpt: tt.body}, tt.job, "")
	}
}

// TestAutomaticAcknowledgement: an "Automatic reply:" that acknowledges an
// application is an automatic reply about the application; one that says
// its writer is away says nothing about the process.
func TestAutomaticAcknowledgement(t *testing.T) {
	tests := []struct {
		name, body string
		job        bool
		stage      Stage
	}{
		{"an application acknowledged", "This is an automated response. Thank you for sending your application to Luzon Harvest Corporation. Our recruitment team will get in touch with you soon regarding the next steps.", true, StageApplicationAck},
		{"a CV acknowledged", "This is an automated response to confirm that we have received your CV. A consultant will contact you if there is a current assignment that matches your experience.", true, StageApplicationAck},
		{"the recruiter away", "I am out of the office until Monday 14 June with limited access to email. For urgent matters please contact recruitment@luzon.example.", false, StageOther},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "recruitment@luzon.example"}, Subject: "Automatic reply: Application - Supply Planning Lead",
			AutoSubmitted: "auto-replied", Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if !v.AutoReply || v.Job != tt.job || tt.job && v.Stage != tt.stage {
			t.Errorf("%s: auto-reply %v job %v stage %s, want auto-reply, job %v stage %s; reasons %q", tt.name, v.AutoReply, v.Job, v.Stage, tt.job, tt.stage, v.Reasons)
		}
	}
}

// TestAnswerToChaser: a promise in answer to the reader asking for news
// after an interview is a decision to come; the same promise after a
// question about a quote or a meeting of another kind is not job mail.
func TestAnswerToChaser(t *testing.T) {
	tests := []struct {
		name, subject, body, quoted string
		job                         bool
	}{
		{"after an interview", "Re: Ashgrove - any news?",
			"Nothing yet I'm afraid - they're seeing one more person tomorrow before they decide. I'll chase Daniel and come back to you by Thursday at the latest.",
			"Hi Sophie, hope you're having a good weekend. Any word from Ashgrove since Tuesday's interview?", true},
		{"after a panel", "Re: Marrowfield",
			"Still with the HM - he's been out on a site visit all week. I'll get back to you Monday.",
			"Hi Jenna - any word from Greg after Friday's panel?", true},
		{"a quote, not an interview", "Re: kitchen quote",
			"Nothing yet I'm afraid - the supplier is still pricing the worktops. I'll chase them and come back to you by Thursday at the latest.",
			"Hi Sophie, any news on the quote since our meeting on Tuesday?", false},
	}
	for _, tt := range tests {
		checkJobStage(t, tt.name, mailmsg.Message{From: mailmsg.Address{Email: "sophie@agency.example"}, Subject: tt.subject, InReplyTo: "<a1@fastmail.example>",
			Excerpt: tt.body + "\n\nOn Sat, 10 Apr 2027 at 15:22, Alex Rivera <alex@fastmail.example> wrote:\n> " + tt.quoted}, tt.job, "")
	}
}

// TestReplyAboutAStep: short replies about an interview step the subject
// names, or after a conversation, that fix its time or promise an answer.
func TestReplyAboutAStep(t *testing.T) {
	tests := []struct {
		name, subject, body string
		job                 bool
	}{
		{"a final round's time locked in", "Re: Final round - Marrowfield",
			"Perfect - locked in for Thursday 6 May, 10am Sydney time, with Meera and Tom. Invite to follow.", true},
		{"an answer promised after a conversation, in French", "Re: Merci",
			"Bonjour Alex, merci à vous. Suite à notre échange, je vous donne une réponse début de semaine prochaine.", true},
		{"a dinner's time locked in", "Re: Friday dinner",
			"Perfect - locked in for Thursday 6 May, 7pm at Rosie's. See you there.", false},
	}
	for _, tt := range tests {
		checkJobStage(t, tt.name, mailmsg.Message{From: mailmsg.Address{Email: "meera@firm.example"}, Subject: tt.subject, InReplyTo: "<a1@fastmail.example>",
			Excerpt: tt.body}, tt.job, "")
	}
}

// TestForwardedMessage: a forward shows the message it forwards, so an
// agency's "see below" above a client's no is that no; a friend's forward
// of a newsletter stays a newsletter.
func TestForwardedMessage(t *testing.T) {
	fwd := func(subject, note, from, inner string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Email: "aisha@agency.example"}, Subject: subject,
			Excerpt: note + "\n\n---------- Forwarded message ---------\nFrom: " + from + "\nDate: Wed, 30 Jun 2027 at 12:02\nSubject: " +
				strings.TrimPrefix(subject, "Fwd: ") + "\n\n" + inner}
	}
	checkJobStage(t, "a client's no forwarded by the agency", fwd("Fwd: Candidate feedback - A. Rivera",
		"Hi Alex, see below from Hannah - not the news we wanted, sorry. Honest feedback though.",
		"Hannah Greaves <hannah@council.example>",
		"Hi Aisha, thanks for sending Alex over for the Data Analyst role. We'll pass on this occasion: we need someone who has done stakeholder-heavy work in the public sector."),
		true, StageRejected)
	m := fwd("Fwd: Candidate feedback - A. Rivera", "Hi Alex, see below from Hannah - not the news we wanted.",
		"Hannah Greaves <hannah@council.example>", "Hi Aisha, thanks for sending Alex over for the Data Analyst role, and for sorting the interview so quickly. We'll pass on this occasion.")
	m.Date = base
	if v := Classify(&m); v.InterviewAt != nil || v.PromiseAt != nil {
		t.Errorf("a forward's header date read as a meeting or a promise: interview %v promise %v; reasons %q", v.InterviewAt, v.PromiseAt, v.Reasons)
	}
	checkJobStage(t, "a newsletter forwarded by a friend", fwd("Fwd: this week's issue",
		"ha, thought of you",
		"The Weekly Roundup <news@roundup.example>",
		"This week's issue: why your application wasn't shortlisted, and five tips. View in browser. Unsubscribe."),
		false, "")
}

// TestBoardStatusUnderFooter: a job board's word on one application of
// the reader's that only the footer of its mailings (List-Unsubscribe)
// kept short of the threshold is job mail; the same words from a platform
// that is no job board, and a board's job alert, stay bulk. Written for
// this test.
func TestBoardStatusUnderFooter(t *testing.T) {
	board := func(from, subject, body string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Name: "Board", Email: from}, Subject: subject,
			ListUnsubscribe: "<https://board.example/unsub>", Excerpt: body}
	}
	const filled = "Hi Alex, Brightline Analytics has filled the job you applied for. Thanks for using us, and good luck! Similar jobs near you. Unsubscribe."
	checkJobCases(t, []jobCase{
		{"the job filled, from a job board", board("noreply@glassdoor.com", "An update on a job you applied to", filled), true, StageRejected},
		{"the job filled, from a board's regional domain", board("noreply@naukri.com", "An update on a job you applied to", filled), true, StageRejected},
		// near-misses: the same from a platform that is no job board; a
		// job alert
		{"a platform that is no job board stays bulk", board("hello@mentors.example", "An update on a job you applied to", filled), false, ""},
		{"a job board's alert stays bulk",
			board("alerts@glassdoor.com", "New jobs for you",
				"Because you applied to Data Analyst at Brightline: 12 new jobs near you. Data Analyst - Corvane. Analytics Engineer - Lumen. Unsubscribe."),
			false, ""},
	})
}
