package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// reply is a short reply from a person with the message it answers quoted
// below it.
// letter is a first message from sender to the reader, dated base.
func letter(sender, subject, body string) *mailmsg.Message {
	return &mailmsg.Message{From: mailmsg.Address{Email: sender}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
		Subject: subject, Date: base, Excerpt: body}
}

// letterCase is a first message to the reader and whether it is job mail.
type letterCase struct {
	name, subject, body string
	job                 bool
}

// checkLetters classifies each case as a first message from sender
// (letter) and checks its job verdict.
func checkLetters(t *testing.T, sender string, cases []letterCase) {
	t.Helper()
	for _, c := range cases {
		if v := Classify(letter(sender, c.subject, c.body)); v.Job != c.job {
			t.Errorf("%s: job %v, want %v; stage %s, reasons %q", c.name, v.Job, c.job, v.Stage, v.Reasons)
		}
	}
}

func reply(subject, own, quoted string) *mailmsg.Message {
	return &mailmsg.Message{From: mailmsg.Address{Name: "Dana", Email: "dana@orbitlabs.example"}, Subject: subject,
		InReplyTo: "a1@fastmail.example", Date: base, Excerpt: own + "\n\n" + quoted}
}

func TestQuotedPart(t *testing.T) {
	for _, c := range []struct{ name, excerpt, want string }{
		{"gmail", "Sounds good!\n\nDana\n\nOn Tue, Apr 6, 2027 at 2:05 PM Alex <a@x.example> wrote:\n\n> Hi Dana,\n>\n> Thursday at 1pm works for the panel.\n",
			"hi dana,\n\nthursday at 1pm works for the panel."},
		{"outlook", "Nothing yet, I'm afraid.\n\nHannah\n\n-----Original Message-----\nFrom: Alex <a@x.example>\nSent: Monday, July 19, 2027 09:01 AM\nTo: Hannah <h@y.example>\nSubject: Finance Business Partner\n\nAny word on the second interview? Alex",
			"any word on the second interview? alex"},
		{"german", "Dann bleibt es bei Freitag.\n\n________________________________\nVon: Alex <a@x.example>\nGesendet: 16.02.2027 19:00\nAn: Katrin <k@z.example>\nBetreff: Online interview\n\nFreitag um 11:00 passt mir gut.",
			"freitag um 11:00 passt mir gut."},
		{"spanish", "Perfecto, nos vemos el jueves.\n\nDe: Alex <a@x.example>\nEnviado el: martes, 6 de abril de 2027 10:00\nPara: Lucía <l@w.example>\nAsunto: Entrevista\n\nEl jueves a las 10 me viene bien.",
			"el jueves a las 10 me viene bien."},
	} {
		m := &mailmsg.Message{Subject: "Re: x", InReplyTo: "x@y", Date: base, Excerpt: c.excerpt}
		var d doc
		d.prepare(m)
		got := d.quotedText()
		d.release()
		if got != c.want {
			t.Errorf("%s: quoted %q, want %q", c.name, got, c.want)
		}
	}
}

func TestIsReply(t *testing.T) {
	for subj, want := range map[string]bool{"Re: Interview": true, "AW: Ihre Bewerbung": true, "SV: Intervju": true,
		"RE : Entretien": true, "Fwd: Interview": false, "Interview next week": false, "Regarding your application": false} {
		if got := isReply(&mailmsg.Message{Subject: subj}); got != want {
			t.Errorf("isReply(%q) = %v, want %v", subj, got, want)
		}
	}
}

func TestThreadReplies(t *testing.T) {
	// A short reply is job mail by the message it quotes.
	v := Classify(reply("Re: Product design - next steps", "Sounds good, talk Friday!\n\nDana",
		"On Tue, Apr 6, 2027 at 2:05 PM Alex <a@x.example> wrote:\n> Hi Dana, Friday at 1pm works great for the portfolio review with the panel.\n> Alex"))
	if !v.Job || v.Stage != StageInterviewScheduled || v.InterviewAt == nil || v.InterviewAt.Format("2006-01-02") != "2027-04-09" {
		t.Errorf("confirming reply: %+v", v)
	}
	if !strings.Contains(strings.Join(v.Reasons, " "), "a reply in a job conversation") {
		t.Errorf("reasons do not name the conversation: %q", v.Reasons)
	}
	// A question about a time below the role it is about.
	v = Classify(reply("Re: Quick call this week?", "Can you do 3pm instead? Something came up at 2.\n\nP.",
		"On Mon, Apr 5, 2027 at 8:11 PM Alex <a@x.example> wrote:\n> Hi Priya, I'd love to learn more about the analytics engineer role. Wednesday at 2pm works for me.\n> Alex"))
	if !v.Job {
		t.Errorf("time question in a job conversation: %+v", v)
	}
	// A promise of an answer in a reply: the other side has the next word.
	v = Classify(reply("RE: Program Analyst - status", "Good afternoon,\n\nThe packet is with HR for final review. I'll get back to you by Friday.\n\nKaren",
		"________________________________\nFrom: Alex <a@x.example>\nSent: Tuesday, April 6, 2027 10:00 AM\nSubject: Program Analyst - status\n\nI'm writing to ask about the status of the Program Analyst vacancy after my interview."))
	if !v.Job || v.Stage != StageAwaitingDecision || v.PromiseAt == nil {
		t.Errorf("promise in a reply: %+v", v)
	}
	// A friend's reply quoting plans is no job mail, nor a dentist's.
	for _, m := range []*mailmsg.Message{
		reply("Re: dinner?", "Sounds good, talk Thursday! x", "On Tue, Apr 6, 2027 at 8:00 PM Alex <a@x.example> wrote:\n> Can't do this weekend, my parents are in town. Let's figure out a date when we talk Thursday?"),
		reply("Re: Appointment", "Can you do 3pm instead? Please reply to confirm.", "On Tue, Apr 6, 2027 at 8:00 PM Alex <a@x.example> wrote:\n> Hi, I need to move my cleaning appointment on Thursday."),
	} {
		if v := Classify(m); v.Job {
			t.Errorf("%q taken for job mail: %q", m.Subject, v.Reasons)
		}
	}
}

func TestPromiseFollowingWeek(t *testing.T) {
	m := &mailmsg.Message{From: mailmsg.Address{Email: "grace@stonebridge.example"}, Subject: "Re: Academic Advisor interview",
		Date: base, Excerpt: "Hi Alex, thanks for your patience after the interview. The committee meets on April 12 and we will share a decision the following week.\n\nGrace"}
	v := Classify(m)
	if v.PromiseAt == nil || v.PromiseAt.Format("2006-01-02") != "2027-04-23" {
		t.Errorf("the week after April 12: %v; %q", v.PromiseAt, v.Reasons)
	}
}

// TestReplyReadsTheQuoteBelowTheQuote: a short reply above my short answer
// is about what the message I answered says, one quote further down; a
// chat between friends stays no job mail however deep it goes.
func TestReplyReadsTheQuoteBelowTheQuote(t *testing.T) {
	for _, c := range []struct {
		name, own, quoted string
		job               bool
	}{
		{"spanish", "Va, jueves 21 a las 4pm hora CDMX. Ahorita te llega el invite\n\nDiego",
			"El mar, 19 ene 2027 a las 12:47, Alex Rivera (<alex@x.example>) escribió:\n> Hola Diego, ¡gracias por escribir!\n> Puedo el jueves o el viernes a partir de las 3pm.\n> Alex\n>\n> El lun, 18 ene 2027 a las 18:20, Diego (<diego@y.example>) escribió:\n>> Qué onda Alex, queremos pasar a la entrevista técnica (1h, con dos personas del equipo de pagos).\n>> ¿Qué días te quedan esta semana?",
			true},
		{"english", "Perfect, Thursday 2pm it is.\n\nSam",
			"On Tue, Apr 6, 2027 at 9:00 AM Alex <alex@x.example> wrote:\n> Thursday after 1 works for me.\n>\n> On Mon, Apr 5, 2027 at 4:00 PM Sam <sam@y.example> wrote:\n>> Hi Alex, the hiring manager would like a second interview for the Data Engineer role. When are you free?",
			true},
		// near-miss: friends all the way down
		{"friends", "Perfect, Thursday 2pm it is.\n\nSam",
			"On Tue, Apr 6, 2027 at 9:00 AM Alex <alex@x.example> wrote:\n> Thursday after 1 works for me.\n>\n> On Mon, Apr 5, 2027 at 4:00 PM Sam <sam@y.example> wrote:\n>> Hi Alex, fancy a coffee and a walk by the river this week? When are you free?",
			false},
	} {
		if v := Classify(reply("Re: Next step", c.own, c.quoted)); v.Job != c.job {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.job, v.Reasons)
		}
	}
}

// TestReplyPromisingInAWeakContext: a reply that promises the answer
// after a meeting, below a message that tells how the meeting went (1.5
// points with it), is job mail; the same promise to a friend is not.
func TestReplyPromisingInAWeakContext(t *testing.T) {
	for _, c := range []struct {
		name, subject, own, quoted string
		job                        bool
	}{
		{"debrief", "Re: Halden - next step", "Great, thanks Alex - sounds like it went well. I've passed your notes to Marta's team and will let you know as soon as I hear anything.\n\nOrla",
			"On Wed, Apr 7, 2027 at 6:00 PM Alex <alex@x.example> wrote:\n> Hi Orla, a quick debrief on today's call: I think it went well. Marta asked a lot about audit trails and we ran ten minutes over. She said they are seeing two others this week.\n> Alex",
			true},
		// near-miss: a friend's news, the same promise
		{"friend", "Re: the flat", "Great, thanks Alex - sounds like it went well. I've passed your notes to the landlord and will let you know as soon as I hear anything.\n\nOrla",
			"On Wed, Apr 7, 2027 at 6:00 PM Alex <alex@x.example> wrote:\n> Hi Orla, a quick note on today's viewing: I think it went well. The agent asked a lot about pets and we ran ten minutes over. She said they are showing it to two others this week.\n> Alex",
			false},
	} {
		if v := Classify(reply(c.subject, c.own, c.quoted)); v.Job != c.job {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.job, v.Reasons)
		}
	}
}

// A reply's stage that only its subject gives ("Re: Thank you for
// today": the reader's own words) is marked, for the policy to hold it;
// one its sender's words give is not.
func TestStageFromSubject(t *testing.T) {
	for _, c := range []struct {
		name, subject, own string
		want               bool
	}{
		{"subject alone", "Re: Tack för i dag", "Hej Alex, efter ett långt samtal i teamet landade vi någon annanstans den här gången. Ha det fint! /Sofia", true},
		{"the sender's own words", "Re: Thank you for today", "Hi Alex, thanks for taking the time to speak with us. The panel is meeting on Friday. Dana", false},
	} {
		v := Classify(reply(c.subject, c.own, "> Hi Sofia, thank you for today's interview for the Data Analyst role.\n> Alex"))
		if v.Stage != StageAwaitingDecision || v.StageFromSubject != c.want {
			t.Errorf("%s: stage %s, from subject %v, want awaiting_decision, %v; reasons %q", c.name, v.Stage, v.StageFromSubject, c.want, v.Reasons)
		}
	}
}

// An acknowledgement that only thanks for the application, nothing
// received, reviewed or promised, is marked: it opens a no as often; so
// is a word after an interview that only thanks for it.
func TestThanksOnly(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                bool
	}{
		{"sv thanks then words unknown", "Ang. din ansökan – sommarsäsong",
			"Hej Alex,\n\nTack för din ansökan till sommarsäsongen hos oss! Restaurangen har öppet hela sommaren i år.\n\nHa en fin vår!\nIda", true},
		{"en thanks then words unknown", "Your application to Northwind",
			"Hi Alex,\n\nThank you for your application to the Data Analyst role. We enjoyed reading about your project work.\n\nKind regards,\nNorthwind Talent", true},
		{"sv received", "Bekräftelse på mottagen ansökan",
			"Hej Alex,\n\nTack för din ansökan till tjänsten som undersköterska. Vi har tagit emot din ansökan och går igenom alla ansökningar efter sista ansökningsdag.\n\nRegion Norrbacka", false},
		{"en received and reviewed", "Your application to Northwind",
			"Hi Alex,\n\nThank you for your application to the Data Analyst role. We have received your application and our team will review it carefully.\n\nNorthwind Talent", false},
	} {
		v := Classify(letter("jobs@northwind.example", c.subject, c.body))
		if v.Stage != StageApplicationAck || v.ThanksOnly != c.want {
			t.Errorf("%s: stage %s, thanks only %v, want application_ack, %v; reasons %q", c.name, v.Stage, v.ThanksOnly, c.want, v.Reasons)
		}
	}
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"nn thanks, then words unknown", "Hei Alex,\n\nTakk for intervjuet 7. juni. Det var kjekt å bli kjend med deg. Det vog tungt for oss no.\n\nHelsing Ragnhild", true},
		{"en thanks and what comes next", "Hi Alex,\n\nThank you for taking the time to speak with us today. The panel meets on Friday to make a final decision.\n\nDana", false},
	} {
		v := Classify(letter("ragnhild@kommune.example", "Intervju", c.body))
		if v.Stage != StageAwaitingDecision || v.ThanksOnly != c.want {
			t.Errorf("%s: stage %s, thanks only %v, want awaiting_decision, %v; reasons %q", c.name, v.Stage, v.ThanksOnly, c.want, v.Reasons)
		}
	}
}
