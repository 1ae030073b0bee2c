package main

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
)

// The moments of a search (issue 17) against a real Dovecot: an offer
// with a deadline, an accepted offer, the waits by stage, the last note
// to a thread gone quiet, a reply to a no, an invitation that makes a
// nudge moot.

func mar(day, hour, min int) time.Time { return time.Date(2027, 3, day, hour, min, 0, 0, ny) }
func may(day, hour, min int) time.Time { return time.Date(2027, 5, day, hour, min, 0, 0, ny) }

// An application to Initech, and its offer with a deadline (Friday April 30).
var (
	initechApplied = mailFixture{mailbox: "Sent", from: me, to: "Priya Nair <priya@initech.com>",
		subject: "Senior Engineer application", date: apr(1, 9, 0), id: "init1@example.com",
		body: "Hi Priya,\n\nI'd like to apply for the Senior Engineer position. My CV is attached.\n\nAlex"}
	initechOffer = mailFixture{mailbox: "INBOX", from: "Priya Nair <priya@initech.com>", to: me,
		subject: "Re: Senior Engineer application", date: apr(19, 9, 0), id: "offer1@initech.com",
		irt: "init1@example.com", refs: "<init1@example.com>",
		body: "Hi Alex,\n\nI'm delighted to let you know that we would like to offer you the Senior Engineer position at Initech! " +
			"The offer letter is attached with the details of salary and benefits.\n\n" +
			"Please let us know your decision by Friday, April 30.\n\nBest,\nPriya"}
	initechOfferUndated = mailFixture{mailbox: "INBOX", from: "Priya Nair <priya@initech.com>", to: me,
		subject: "Re: Senior Engineer application", date: apr(19, 9, 0), id: "offer1@initech.com",
		irt: "init1@example.com", refs: "<init1@example.com>",
		body: "Hi Alex,\n\nI'm delighted to let you know that we would like to offer you the Senior Engineer position at Initech! " +
			"The offer letter is attached with the details of salary and benefits.\n\nBest,\nPriya"}
	iAcceptInitech = mailFixture{mailbox: "Sent", from: me, to: "Priya Nair <priya@initech.com>",
		subject: "Re: Senior Engineer application", date: apr(20, 15, 0), id: "accept1@example.com",
		irt: "offer1@initech.com", refs: "<init1@example.com> <offer1@initech.com>",
		body: "Hi Priya,\n\nThank you so much! I'm happy to accept the offer, and I've signed and returned the offer letter.\n\nAlex"}
)

// danaThread: interviewed at Globex, a decision promised for April 23: active.
var danaThread = []mailFixture{
	{mailbox: "Sent", from: me, to: "Dana Scully <dana@globex.com>", subject: "Data Engineer interview",
		date: apr(1, 9, 30), id: "dana1@example.com",
		body: "Hi Dana,\n\nThank you for setting up the interview; I'm looking forward to it.\n\nAlex"},
	{mailbox: "INBOX", from: "Dana Scully <dana@globex.com>", to: me, subject: "Re: Data Engineer interview",
		date: apr(14, 11, 0), id: "dana2@globex.com", irt: "dana1@example.com", refs: "<dana1@example.com>",
		body: "Hi Alex,\n\nThanks again for interviewing with us yesterday. The team is discussing all the candidates and " +
			"we will get back to you by April 23.\n\nBest,\nDana"},
}

// leeThread: an application to Umbrella, and Lee's own no.
var leeThread = []mailFixture{
	{mailbox: "Sent", from: me, to: "Lee Park <lee@umbrella.com>", subject: "Platform Engineer application",
		date: apr(1, 10, 0), id: "lee1@example.com",
		body: "Hi Lee,\n\nI'm applying for the Platform Engineer role; my CV is attached.\n\nAlex"},
	{mailbox: "INBOX", from: "Lee Park <lee@umbrella.com>", to: me, subject: "Re: Platform Engineer application",
		date: apr(8, 11, 0), id: "lee2@umbrella.com", irt: "lee1@example.com", refs: "<lee1@example.com>",
		body: "Hi Alex,\n\nThank you for your interest in the Platform Engineer role. After careful consideration, we have " +
			"decided to move forward with other candidates whose experience more closely matches our needs.\n\n" +
			"We wish you the best in your search.\n\nLee"},
}

// samThread: Hooli asked for an interview, I answered and nudged twice:
// gone quiet since Monday April 12.
var samThread = []mailFixture{
	{mailbox: "INBOX", from: "Sam Altmann <sam@hooli.com>", to: me, subject: "Backend Engineer interview",
		date: mar(22, 11, 0), id: "sam1@hooli.com",
		body: "Hi Alex,\n\nThanks for applying to the Backend Engineer role. Could we schedule an interview with the team " +
			"on Thursday, March 25 at 10am?\n\nSam"},
	{mailbox: "Sent", from: me, to: "Sam Altmann <sam@hooli.com>", subject: "Re: Backend Engineer interview",
		date: mar(22, 15, 0), id: "sam2@example.com", irt: "sam1@hooli.com", refs: "<sam1@hooli.com>",
		body: "Hi Sam,\n\nThursday at 10am works for me. Talk then!\n\nAlex"},
	{mailbox: "Sent", from: me, to: "Sam Altmann <sam@hooli.com>", subject: "Re: Backend Engineer interview",
		date: mar(25, 18, 0), id: "sam3@example.com", irt: "sam2@example.com", refs: "<sam1@hooli.com> <sam2@example.com>",
		body: "Hi Sam,\n\nThank you for the interview today; I enjoyed meeting the team.\n\nAlex"},
	{mailbox: "Sent", from: me, to: "Sam Altmann <sam@hooli.com>", subject: "Re: Backend Engineer interview",
		date: apr(2, 9, 0), id: "sam4@example.com", irt: "sam3@example.com",
		refs: "<sam1@hooli.com> <sam2@example.com> <sam3@example.com>",
		body: "Hi Sam,\n\nIs there any news on the Backend Engineer role?\n\nAlex"},
	{mailbox: "Sent", from: me, to: "Sam Altmann <sam@hooli.com>", subject: "Re: Backend Engineer interview",
		date: apr(12, 9, 0), id: "sam5@example.com", irt: "sam4@example.com",
		refs: "<sam1@hooli.com> <sam2@example.com> <sam3@example.com> <sam4@example.com>",
		body: "Hi Sam,\n\nJust following up once more on the Backend Engineer role.\n\nAlex"},
}

// omarThread: Wayne invited me to an interview on Monday April 26; I said yes.
var omarThread = []mailFixture{
	{mailbox: "INBOX", from: "Omar Little <omar@wayne.com>", to: me, subject: "Interview for the SRE role",
		date: apr(15, 10, 0), id: "omar1@wayne.com",
		body: "Hi Alex,\n\nThanks for applying for the SRE role at Wayne. We'd like to invite you to an interview on " +
			"Monday, April 26 at 11am with the platform team.\n\nOmar"},
	{mailbox: "Sent", from: me, to: "Omar Little <omar@wayne.com>", subject: "Re: Interview for the SRE role",
		date: apr(15, 12, 0), id: "omar2@example.com", irt: "omar1@wayne.com", refs: "<omar1@wayne.com>",
		body: "Hi Omar,\n\nMonday the 26th at 11am works well for me. See you then.\n\nAlex"},
}

func appendAll(t *testing.T, d *imaptest.Dovecot, fixtures ...[]mailFixture) {
	t.Helper()
	for _, fs := range fixtures {
		for _, f := range fs {
			d.Append(t, f.mailbox, f.raw(), f.date, imap.FlagSeen)
		}
	}
}

// bySituation counts the ledger's drafts by situation.
func bySituation(ds []store.Draft) map[string]int {
	out := map[string]int{}
	for _, d := range ds {
		out[d.Situation]++
	}
	return out
}

// draftsTo maps the recipients of the messages in Drafts to their text
// above the quote.
func draftsTo(t *testing.T, d *imaptest.Dovecot) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, raw := range d.Messages(t, "Drafts") {
		to := ""
		for _, line := range strings.Split(string(raw), "\r\n") {
			if strings.HasPrefix(line, "To: ") {
				to = line[len("To: "):]
				break
			}
		}
		out[to] = draftText(t, raw)
	}
	return out
}

func TestExpediteOnOfferWithDeadlineDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, danaThread, leeThread, samThread, []mailFixture{initechApplied, initechOffer})
	e := configureLedger(t, d, "")

	e.check(t, "2027-04-19T10:00:00-04:00")
	drafts := draftsTo(t, d)
	if len(drafts) != 1 {
		t.Fatalf("Drafts holds %d messages, want one expedite note to Dana: %v", len(drafts), drafts)
	}
	var body string
	for to, text := range drafts {
		if !strings.Contains(to, "dana@globex.com") {
			t.Fatalf("the expedite note went to %s, want dana@globex.com", to)
		}
		body = text
	}
	if strings.Contains(strings.ToLower(body), "initech") || strings.Contains(body, "Priya") {
		t.Errorf("the note names the offering company:\n%s", body)
	}
	if !strings.Contains(body, "April 30") || !strings.Contains(body, "Hi Dana") {
		t.Errorf("the note does not greet Dana and give the deadline:\n%s", body)
	}
	ledger := e.ledger(t)
	if len(ledger) != 1 || ledger[0].Situation != "expedite" || ledger[0].Cause != "offer1@initech.com" {
		t.Fatalf("ledger: %+v, want one expedite draft caused by the offer", ledger)
	}
	views := e.threadViews(t, "2027-04-19T10:00:00-04:00")
	if st := views["sam@hooli.com"].State; st != "gone_quiet" {
		t.Errorf("Sam's thread is %q, want gone_quiet (no expedite note)", st)
	}
	if st := views["lee@umbrella.com"].State; st != "closed" {
		t.Errorf("Lee's thread is %q, want closed", st)
	}
	if r := views["priya@initech.com"].Reason; !strings.Contains(r, "asks for your answer by Fri Apr 30") {
		t.Errorf("the offer's reason does not say it drives expedite notes: %q", r)
	}

	// The same offer, checked again: nothing new.
	e.check(t, "2027-04-20T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Errorf("the second check left %d drafts, want the one note", n)
	}
	if n := len(e.ledger(t)); n != 1 {
		t.Errorf("the second check recorded %d drafts in all, want 1", n)
	}
}

func TestOfferWithoutDeadlineExplainsDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, danaThread, []mailFixture{initechApplied, initechOfferUndated})
	e := configureLedger(t, d, "")
	e.check(t, "2027-04-19T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("an offer without a deadline drafted %d notes, want none", n)
	}
	views := e.threadViews(t, "2027-04-19T10:00:00-04:00")
	offer := views["priya@initech.com"]
	if !strings.Contains(offer.Reason, "names no date to answer by") {
		t.Errorf("threads does not say why no note: %q", offer.Reason)
	}
	if text := e.cli(t, "explain", offer.ID, "--now", "2027-04-19T10:00:00-04:00"); !strings.Contains(text, "names no date to answer by") {
		t.Errorf("explain does not say why no note:\n%s", text)
	}
}

func TestAcceptedOfferEndsTheSearchDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	// Kim's nudge is written first, and left untouched in Drafts.
	e.check(t, "2027-04-13T10:00:00-04:00")
	if l := e.ledger(t); len(l) != 1 || l[0].Situation != "unanswered" {
		t.Fatalf("before the offer: ledger %+v, want Kim's nudge", l)
	}
	appendAll(t, d, danaThread, omarThread, []mailFixture{initechApplied, initechOffer, iAcceptInitech})

	e.check(t, "2027-04-21T10:00:00-04:00")
	drafts := draftsTo(t, d)
	if len(drafts) != 3 {
		t.Fatalf("Drafts holds %d messages, want three withdrawal notes: %v", len(drafts), drafts)
	}
	for _, who := range []string{"kim@soylent.com", "dana@globex.com", "omar@wayne.com"} {
		found := false
		for to, text := range drafts {
			if strings.Contains(to, who) {
				found = true
				if !strings.Contains(text, "accepted") || strings.Contains(strings.ToLower(text), "initech") {
					t.Errorf("the note to %s is not a withdrawal that keeps the other company unnamed:\n%s", who, text)
				}
			}
		}
		if !found {
			t.Errorf("no withdrawal note to %s", who)
		}
	}
	ledger := e.ledger(t)
	if got := bySituation(ledger); got["withdraw"] != 3 || got["unanswered"] != 1 {
		t.Errorf("ledger by situation: %v, want 3 withdraw and Kim's nudge", got)
	}
	for _, dr := range ledger {
		if dr.Situation == "unanswered" && dr.Status != store.DraftWithdrawn {
			t.Errorf("Kim's nudge is %s, want withdrawn", dr.Status)
		}
		if dr.Situation == "withdraw" && dr.Cause != "accept1@example.com" {
			t.Errorf("a withdrawal note's cause is %q, want my acceptance", dr.Cause)
		}
	}
	if e.events.count(notify.Withdrawn) == 0 {
		t.Errorf("no notification that the nudge was withdrawn")
	}
	views := e.threadViews(t, "2027-04-21T10:00:00-04:00")
	if st := views["priya@initech.com"].State; st != "accepted" {
		t.Errorf("the offer's thread is %q, want accepted", st)
	}

	// The notes sent or not, no nudge ever again.
	for _, uid := range draftUIDs(t, d) {
		userExpunge(t, d, "Drafts", uid)
	}
	e.check(t, "2027-05-20T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("a month after accepting, the check wrote %d drafts, want none", n)
	}
	views = e.threadViews(t, "2027-05-20T10:00:00-04:00")
	for _, who := range []string{"kim@soylent.com", "dana@globex.com", "omar@wayne.com"} {
		if st := views[who].State; st != "search_over" {
			t.Errorf("%s's thread is %q, want search_over", who, st)
		}
	}
}

func TestAcceptedCommandStopsDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, kimThread, danaThread, []mailFixture{initechApplied, initechOfferUndated})
	e := configureFollowup(t, d, "  first_after: 5\n  on_accept: stop\n", "")
	e.check(t, "2027-04-13T10:00:00-04:00") // Kim's nudge
	views := e.threadViews(t, "2027-04-19T10:00:00-04:00")
	out := e.cli(t, "accepted", views["priya@initech.com"].ID[:8], "--now", "2027-04-19T12:00:00-04:00")
	if !strings.Contains(out, "accepted") {
		t.Errorf("accepted says: %s", out)
	}
	e.check(t, "2027-04-26T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("with on_accept: stop, Drafts holds %d messages, want none (the nudge withdrawn, no notes)", n)
	}
	views = e.threadViews(t, "2027-04-26T10:00:00-04:00")
	if st := views["dana@globex.com"].State; st != "search_over" {
		t.Errorf("Dana's thread is %q, want search_over", st)
	}
	// resume takes it back.
	e.cli(t, "resume", views["priya@initech.com"].ID[:8])
	views = e.threadViews(t, "2027-04-26T10:00:00-04:00")
	if st := views["dana@globex.com"].State; st == "search_over" {
		t.Errorf("after resume Dana's thread is still search_over")
	}
}

func TestAcceptingASlotIsNotAcceptingAnOfferDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	slot := []mailFixture{initechApplied, initechOfferUndated,
		{mailbox: "Sent", from: me, to: "Priya Nair <priya@initech.com>", subject: "Re: Senior Engineer application",
			date: apr(19, 12, 0), id: "slot1@example.com", irt: "offer1@initech.com", refs: "<init1@example.com> <offer1@initech.com>",
			body: "Hi Priya,\n\nThank you! I accept the 2pm slot on Thursday to go through the details.\n\nAlex"}}
	appendAll(t, d, kimThread, danaThread, slot)
	e := configureLedger(t, d, "")
	e.check(t, "2027-04-21T10:00:00-04:00")
	if got := bySituation(e.ledger(t)); got["withdraw"] != 0 || got["unanswered"] != 1 {
		t.Errorf("ledger by situation %v: want Kim's nudge and no withdrawal note", got)
	}
	for who, v := range e.threadViews(t, "2027-04-21T10:00:00-04:00") {
		if v.State == "search_over" || v.State == "accepted" {
			t.Errorf("%s's thread is %s after accepting a time slot", who, v.State)
		}
	}
}

func TestWaitsByStageDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	threads := []mailFixture{
		// An application only, Thursday April 1: seven business days.
		{mailbox: "Sent", from: me, to: "Ann Lee <ann@acme.com>", subject: "QA Engineer application",
			date: apr(1, 9, 0), id: "ann1@example.com",
			body: "Hi Ann,\n\nI'd like to apply for the QA Engineer role; my CV is attached.\n\nAlex"},
		// A first interview on Tuesday April 6, my thanks that evening: five.
		{mailbox: "INBOX", from: "Bo Chen <bo@bigco.com>", to: me, subject: "Interview for the Analyst role",
			date: apr(1, 10, 0), id: "bo1@bigco.com",
			body: "Hi Alex,\n\nThanks for applying to the Analyst role. Could you do a first interview on Tuesday, April 6 at 2pm?\n\nBo"},
		{mailbox: "Sent", from: me, to: "Bo Chen <bo@bigco.com>", subject: "Re: Interview for the Analyst role",
			date: apr(6, 18, 0), id: "bo2@example.com", irt: "bo1@bigco.com", refs: "<bo1@bigco.com>",
			body: "Hi Bo,\n\nThank you for the interview today; I enjoyed meeting the team.\n\nAlex"},
		// A final round on Thursday April 8, my thanks that evening: four.
		{mailbox: "INBOX", from: "Cy Diaz <cy@cyber.com>", to: me, subject: "Final round for the Designer role",
			date: apr(2, 10, 0), id: "cy1@cyber.com",
			body: "Hi Alex,\n\nWe'd like to invite you to the final round interview on Thursday, April 8 at 10am with our CEO.\n\nCy"},
		{mailbox: "Sent", from: me, to: "Cy Diaz <cy@cyber.com>", subject: "Re: Final round for the Designer role",
			date: apr(8, 18, 0), id: "cy2@example.com", irt: "cy1@cyber.com", refs: "<cy1@cyber.com>",
			body: "Hi Cy,\n\nThank you for the final interview today; it was great to meet everyone.\n\nAlex"},
	}
	appendAll(t, d, threads)
	e := configureFollowup(t, d, "  next_after: 7\n", "")
	e.check(t, "2027-04-09T10:00:00-04:00") // nothing due yet
	views := e.threadViews(t, "2027-04-09T10:00:00-04:00")
	for who, want := range map[string]string{"ann@acme.com": "2027-04-12", "bo@bigco.com": "2027-04-13", "cy@cyber.com": "2027-04-14"} {
		v := views[who]
		if v.Due == nil || v.Due.Format("2006-01-02") != want {
			t.Errorf("%s: %s due %v (%s), want due %s", who, v.State, v.Due, v.Reason, want)
		}
	}
	e.check(t, "2027-04-13T10:00:00-04:00")
	drafts := draftsTo(t, d)
	if len(drafts) != 2 {
		t.Errorf("on April 13 Drafts holds %d messages, want Ann's and Bo's nudges: %v", len(drafts), drafts)
	}
	for to := range drafts {
		if strings.Contains(to, "cy@cyber.com") {
			t.Errorf("the final round's nudge came a day early")
		}
	}
}

func TestCloseTheLoopOnceDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, samThread)
	e := configureLedger(t, d, "")
	// Gone quiet since April 12; the next nudge would have been due
	// April 21; ten business days later, May 5.
	e.check(t, "2027-05-04T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("May 4: %d drafts, want none yet", n)
	}
	v := e.threadViews(t, "2027-05-04T10:00:00-04:00")["sam@hooli.com"]
	if v.State != "gone_quiet" || !strings.Contains(v.Reason, "one last, short note on Wed May 5") {
		t.Errorf("May 4: %s (%s), want gone_quiet naming May 5", v.State, v.Reason)
	}
	e.check(t, "2027-05-05T10:00:00-04:00")
	drafts := draftsTo(t, d)
	if len(drafts) != 1 {
		t.Fatalf("May 5: %d drafts, want the last note", len(drafts))
	}
	for _, text := range drafts {
		low := strings.ToLower(text)
		for _, bitter := range []string{"disappoint", "unfortunately", "still waiting", "never heard", "rude"} {
			if strings.Contains(low, bitter) {
				t.Errorf("the last note sounds bitter (%q):\n%s", bitter, text)
			}
		}
	}
	if l := e.ledger(t); len(l) != 1 || l[0].Situation != "close_loop" {
		t.Fatalf("ledger %+v, want one close_loop draft", l)
	}
	userSends(t, d, may(5, 12, 0))
	for _, now := range []string{"2027-05-06T10:00:00-04:00", "2027-06-15T10:00:00-04:00", "2027-08-02T10:00:00-04:00"} {
		e.check(t, now)
		if n := len(d.Messages(t, "Drafts")); n != 0 {
			t.Fatalf("%s: %d drafts after the last note, want none ever", now, n)
		}
	}
	if v := e.threadViews(t, "2027-08-02T10:00:00-04:00")["sam@hooli.com"]; v.State != "gone_quiet" ||
		!strings.Contains(v.Reason, "drafts nothing more") {
		t.Errorf("after the last note: %s (%s)", v.State, v.Reason)
	}
}

func TestAfterRejectionThankDovecot(t *testing.T) {
	automated := []mailFixture{
		{mailbox: "Sent", from: me, to: "Careers <jobs@vandelay.com>", subject: "Importer role application",
			date: apr(1, 11, 0), id: "van1@example.com", body: "Hello,\n\nPlease find my application attached.\n\nAlex"},
		{mailbox: "INBOX", from: "Vandelay Careers <no-reply@vandelay.com>", to: me, subject: "Re: Importer role application",
			date: apr(8, 12, 0), id: "van2@vandelay.com", irt: "van1@example.com", refs: "<van1@example.com>",
			extra: "Auto-Submitted: auto-generated\r\n",
			body: "Dear Candidate,\n\nThank you for your interest in the Importer role. Unfortunately, we have decided not to move " +
				"forward with your application.\n\nVandelay Talent Team"},
	}
	for _, tt := range []struct {
		name, followup string
		want           int
	}{
		{"thank", "  first_after: 5\n  after_rejection: thank\n", 1},
		{"off", "  first_after: 5\n", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := imaptest.StartDovecot(t)
			appendAll(t, d, leeThread, automated)
			e := configureFollowup(t, d, tt.followup, "")
			e.check(t, "2027-04-08T15:00:00-04:00")
			drafts := draftsTo(t, d)
			if len(drafts) != tt.want {
				t.Fatalf("Drafts holds %d messages, want %d: %v", len(drafts), tt.want, drafts)
			}
			for to, text := range drafts {
				if !strings.Contains(to, "lee@umbrella.com") {
					t.Errorf("a reply to a no went to %s, want Lee only (never to an automated no)", to)
				}
				if !strings.Contains(strings.ToLower(text), "feedback") || !strings.Contains(text, "Hi Lee") {
					t.Errorf("the reply does not thank Lee and ask for feedback:\n%s", text)
				}
			}
			e.check(t, "2027-04-12T10:00:00-04:00")
			if n := len(e.ledger(t)); n != tt.want {
				t.Errorf("after a second check the ledger holds %d drafts, want %d", n, tt.want)
			}
		})
	}
}

func TestInterviewInviteWithdrawsNudgeDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Fatalf("want Kim's nudge in Drafts, have %d", n)
	}
	invite := mailFixture{mailbox: "INBOX", from: "Kim Wu <kim@soylent.com>", to: me,
		subject: "Re: Frontend Developer application", date: apr(13, 14, 0), id: "kiminv@soylent.com",
		irt: "p1@example.com", refs: "<p1@example.com>",
		body: "Hi Alex,\n\nWe'd love to meet you. You're confirmed for an interview on Tuesday, April 20 at 2pm with the team.\n\nKim"}
	d.Append(t, "INBOX", invite.raw(), invite.date, imap.FlagSeen)
	e.check(t, "2027-04-13T15:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("after the invitation, Drafts holds %d messages; want the nudge withdrawn", n)
	}
	if l := e.ledger(t); len(l) != 1 || l[0].Status != store.DraftWithdrawn {
		t.Fatalf("ledger %+v, want the nudge withdrawn", l)
	}
	v := e.threadViews(t, "2027-04-14T10:00:00-04:00")["kim@soylent.com"]
	if v.Due == nil || !v.Due.After(apr(20, 14, 0)) {
		t.Errorf("after the invitation Kim's thread is %s due %v (%s), want nothing due before the interview", v.State, v.Due, v.Reason)
	}
}
