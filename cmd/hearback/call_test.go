package main

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/notify"
)

// When they promised to call (issue 21), against a real Dovecot: a call
// promised by someone whose signature has a number (US, UK and German
// forms) gets a call script beside the draft, in explain and in the
// "drafted" notification; one without a number says the email is the
// way; a promised email gets none; the user's own number, even written by
// them, is never taken for theirs; and the script is never in the draft.

// mySignature is the user's, with their own number.
const mySignature = "Alex Rivera\n+1 (415) 555-0123"

var callThreads = [][]mailFixture{
	{ // Dana, US: a call promised for Tuesday afternoon, her mobile in the signature.
		{mailbox: "Sent", from: me, to: "Dana Whitfield <dana@acme.com>", subject: "Senior Backend Engineer interview",
			date: apr(6, 17, 0), id: "call-dana1@example.com",
			body: "Hi Dana,\n\nThank you for the interview today about the Senior Backend Engineer role.\n\n" + mySignature},
		{mailbox: "INBOX", from: "Dana Whitfield <dana@acme.com>", to: me, subject: "Re: Senior Backend Engineer interview",
			date: apr(8, 16, 0), id: "call-dana2@acme.com", irt: "call-dana1@example.com", refs: "<call-dana1@example.com>",
			body: "Hi Alex,\n\nThanks for interviewing with us for the Senior Backend Engineer role. The panel meets on Monday, " +
				"and I'll give you a call on Tuesday afternoon with the outcome.\n\nBest,\nDana Whitfield\nEngineering Manager, Acme\nMobile: (555) 555-0100"},
	},
	{ // Oliver, UK: "I'll ring you on Friday", a London number in the national form.
		{mailbox: "Sent", from: me, to: "Oliver Hughes <oliver.hughes@brightwave.co.uk>", subject: "Data Analyst interview",
			date: apr(5, 17, 0), id: "call-oliver1@example.com",
			body: "Hi Oliver,\n\nThank you for the interview today for the Data Analyst role.\n\n" + mySignature},
		{mailbox: "INBOX", from: "Oliver Hughes <oliver.hughes@brightwave.co.uk>", to: me, subject: "Re: Data Analyst interview",
			date: apr(7, 11, 0), id: "call-oliver2@brightwave.co.uk", irt: "call-oliver1@example.com", refs: "<call-oliver1@example.com>",
			body: "Hi Alex,\n\nThanks for the interview for the Data Analyst position. I'll ring you on Friday with the panel's decision.\n\n" +
				"Kind regards,\nOliver Hughes\nTalent Partner, Brightwave\nT: 020 7946 0958"},
	},
	{ // Jana, Germany, "Sie": "Ich rufe Sie am Dienstag an", a Berlin number.
		{mailbox: "Sent", from: me, to: "Jana Schmidt <jana.schmidt@fahrwerk.de>", subject: "Bewerbung als Backend-Entwickler",
			date: apr(5, 9, 0), id: "call-jana1@example.com",
			body: "Sehr geehrte Frau Schmidt,\n\nanbei sende ich Ihnen meine Bewerbung als Backend-Entwickler. Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\n" + mySignature},
		{mailbox: "INBOX", from: "Jana Schmidt <jana.schmidt@fahrwerk.de>", to: me, subject: "AW: Bewerbung als Backend-Entwickler",
			date: apr(8, 14, 0), id: "call-jana2@fahrwerk.de", irt: "call-jana1@example.com", refs: "<call-jana1@example.com>",
			body: "Hallo Herr Rivera,\n\nvielen Dank für das angenehme Vorstellungsgespräch heute zur Stelle als Backend-Entwickler. " +
				"Ich rufe Sie am Dienstag an, sobald das Team entschieden hat.\n\nViele Grüße\nJana Schmidt\nPeople & Culture, Fahrwerk GmbH\nTel.: 030 12345678"},
	},
	{ // Tom: a call promised, and no number anywhere.
		{mailbox: "Sent", from: me, to: "Tom Becker <tom@globex.com>", subject: "Platform Engineer interview",
			date: apr(6, 17, 0), id: "call-tom1@example.com",
			body: "Hi Tom,\n\nThank you for the interview today for the Platform Engineer role.\n\nAlex"},
		{mailbox: "INBOX", from: "Tom Becker <tom@globex.com>", to: me, subject: "Re: Platform Engineer interview",
			date: apr(8, 10, 0), id: "call-tom2@globex.com", irt: "call-tom1@example.com", refs: "<call-tom1@example.com>",
			body: "Hi Alex,\n\nThanks for interviewing with us for the Platform Engineer role. We'll phone you on Tuesday with the decision.\n\nTom"},
	},
	{ // Priya: an email promised; her number does not make it a call.
		{mailbox: "Sent", from: me, to: "Priya Nair <priya@initech.com>", subject: "QA Lead interview",
			date: apr(6, 17, 0), id: "call-priya1@example.com",
			body: "Hi Priya,\n\nThank you for the interview today for the QA Lead role.\n\nAlex"},
		{mailbox: "INBOX", from: "Priya Nair <priya@initech.com>", to: me, subject: "Re: QA Lead interview",
			date: apr(8, 12, 0), id: "call-priya2@initech.com", irt: "call-priya1@example.com", refs: "<call-priya1@example.com>",
			body: "Hi Alex,\n\nThanks for interviewing with us for the QA Lead role. I'll email you by Tuesday with the outcome.\n\nPriya Nair\nTel: +1 555-555-0177"},
	},
	{ // Sam: a call promised on my own number, which Sam writes out: no number of Sam's.
		{mailbox: "Sent", from: me, to: "Sam Lee <sam@hooli.com>", subject: "Frontend Developer interview",
			date: apr(6, 17, 0), id: "call-sam1@example.com",
			body: "Hi Sam,\n\nThank you for the interview today for the Frontend Developer role.\n\n" + mySignature},
		{mailbox: "INBOX", from: "Sam Lee <sam@hooli.com>", to: me, subject: "Re: Frontend Developer interview",
			date: apr(8, 13, 0), id: "call-sam2@hooli.com", irt: "call-sam1@example.com", refs: "<call-sam1@example.com>",
			body: "Hi Alex,\n\nThanks for interviewing with us for the Frontend Developer role. I'll give you a call on Tuesday with our decision. " +
				"I have your number, (415) 555-0123.\n\nSam"},
	},
}

func TestCallScriptDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, callThreads...)
	e := configureLedger(t, d, "")
	const now = "2027-04-15T10:00:00-04:00" // Thursday: every promise has passed
	e.check(t, now)

	// Every thread has its follow-up, and none holds a script or a number.
	drafts := draftsTo(t, d)
	if len(drafts) != 6 {
		t.Fatalf("Drafts holds %d messages, want one per thread: %v", len(drafts), drafts)
	}
	for to, text := range drafts {
		// The quote of their message keeps their signature; the user's
		// own text is what must not hold the script.
		var own []string
		for _, l := range strings.Split(text, "\n") {
			if !strings.HasPrefix(l, ">") {
				own = append(own, l)
			}
		}
		text = strings.Join(own, "\n")
		for _, mark := range []string{"555-0100", "7946", "12345678", "tel:", "it's Alex Rivera", "save you the trouble", "hier ist Alex Rivera", "Telefonat"} {
			if strings.Contains(text, mark) {
				t.Errorf("the draft to %s holds %q, from the call script:\n%s", to, mark, text)
			}
		}
	}

	_, ids := e.states(t, now)
	tests := []struct {
		who    string
		want   []string // in explain
		not    []string
		notice string // in the drafted notification, "" for none
	}{
		{"dana@acme.com", []string{
			"Dana said they would call on Tuesday, April 13. Their number: +1 555-555-0100 (tel:+15555550100)",
			"Hi Dana, it's Alex Rivera. You'd mentioned you'd call on Tuesday, so I thought I'd save you the trouble.",
			"I'm calling about the Senior Backend Engineer role at Acme",
			"not in the email draft"},
			[]string{"555-0123"}, "or call Dana: +1 555-555-0100, script in hearback explain "},
		{"oliver.hughes@brightwave.co.uk", []string{
			"Oliver said they would call on Friday, April 9. Their number: +44 20 7946 0958 (tel:+442079460958)",
			"Hi Oliver, it's Alex Rivera. You'd mentioned you'd call on Friday, April 9",
			"Data Analyst"},
			nil, "or call Oliver: +44 20 7946 0958, script in hearback explain "},
		{"jana.schmidt@fahrwerk.de", []string{
			"Jana said they would call on Tuesday, April 13. Their number: +49 30 12345678 (tel:+493012345678)",
			"Hallo, hier ist Alex Rivera. Spreche ich mit Jana Schmidt? Sie wollten mich am Dienstag anrufen",
			"Backend-Entwickler"},
			nil, "or call Jana: +49 30 12345678, script in hearback explain "},
		{"tom@globex.com", []string{"Tom said they would call on Tuesday, April 13; no number in the thread: the email is the way."},
			[]string{"it's Alex Rivera", "tel:"}, ""},
		{"priya@initech.com", nil, []string{"Or call", "555-555-0177", "it's Alex Rivera"}, ""},
		{"sam@hooli.com", []string{"Sam said they would call on Tuesday, April 13; no number in the thread: the email is the way."},
			[]string{"555-0123", "tel:", "it's Alex Rivera"}, ""},
	}
	for _, tt := range tests {
		id := ids[tt.who]
		if id == "" {
			t.Errorf("no thread with %s", tt.who)
			continue
		}
		out := e.cli(t, "explain", "--now", now, id)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("explain %s (%s): no %q in\n%s", id, tt.who, w, out)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(out, n) {
				t.Errorf("explain %s (%s): %q in\n%s", id, tt.who, n, out)
			}
		}
		var msg string
		for _, ev := range e.events.all() {
			if ev.Kind == notify.Drafted && ev.ThreadID == id {
				msg = ev.Message
			}
		}
		switch {
		case msg == "":
			t.Errorf("no drafted notification for %s", tt.who)
		case tt.notice == "" && strings.Contains(msg, "or call"):
			t.Errorf("the notification for %s offers a call: %q", tt.who, msg)
		case tt.notice != "" && !strings.HasSuffix(msg, tt.notice+id[:6]):
			t.Errorf("the notification for %s is %q, want it to end %q", tt.who, msg, tt.notice+id[:6])
		}
	}
}

// all is every event the webhook received, in order.
func (h *hookEvents) all() []notify.Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]notify.Event(nil), h.got...)
}
