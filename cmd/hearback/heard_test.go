package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// Answers that are not a reply from the person I wrote to (issue 14):
// `hearback heard`, a colleague's reply, and an out-of-office reply in
// the same minute as my nudge, against a real Dovecot.

// threadViews is `threads --all --json` at now, by counterpart.
func (e *ledgerEnv) threadViews(t *testing.T, now string) map[string]threadView {
	t.Helper()
	var views []threadView
	if err := json.Unmarshal([]byte(e.cli(t, "threads", "--all", "--json", "--now", now)), &views); err != nil {
		t.Fatal(err)
	}
	out := map[string]threadView{}
	for _, v := range views {
		out[v.Counterpart] = v
	}
	return out
}

// `heard` on a due thread: no draft at the next check; due again
// first_after business days after the heard day; resume keeps it.
func TestHeardDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	const tue = "2027-04-13T10:00:00-04:00"
	if code, out, errb := runCLI(t, "--config", e.cfg, "check", "--now", tue, "--dry-run"); code != 0 {
		t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errb)
	}
	kim := e.threadViews(t, tue)["kim@soylent.com"]
	if kim.State != "due" {
		t.Fatalf("before heard: kim's thread is %q, want due", kim.State)
	}
	out := e.cli(t, "heard", kim.ID[:7], "--note", "they called me", "--now", "2027-04-13T09:30:00-04:00")
	if !strings.Contains(out, "heard from them on Tue Apr 13 09:30") || !strings.Contains(out, "(they called me)") {
		t.Errorf("heard says:\n%s", out)
	}
	e.check(t, tue)
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("the check after heard wrote %d draft(s), want none", n)
	}
	kim = e.threadViews(t, tue)["kim@soylent.com"]
	if kim.State != "waiting_on_them" || kim.Due == nil || kim.Due.Format("2006-01-02") != "2027-04-20" ||
		kim.Reason != "you heard from them on Tue Apr 13 (they called me)" {
		t.Errorf("after heard: %s due %v (%s); want waiting_on_them until 2027-04-20, the reason naming the call", kim.State, kim.Due, kim.Reason)
	}
	if kim.HeardAt == nil || kim.HeardNote != "they called me" {
		t.Errorf("threads --json: heard_at %v, heard_note %q", kim.HeardAt, kim.HeardNote)
	}
	if text := e.cli(t, "threads", "--now", tue); !strings.Contains(text, "you heard from them on Tue Apr 13 (they called me)") {
		t.Errorf("threads does not show the heard:\n%s", text)
	}
	text := e.cli(t, "explain", kim.ID, "--now", tue)
	for _, want := range []string{"Tue 2027-04-13 09:30  you heard from them  [hearback heard]", "note:    they called me",
		"counts:  as a message from them", "reason:    you heard from them on Tue Apr 13 (they called me)", "becomes due on Tuesday, April 20"} {
		if !strings.Contains(text, want) {
			t.Errorf("explain lacks %q:\n%s", want, text)
		}
	}

	// resume undoes snooze and ignore, not what the user heard.
	e.cli(t, "resume", kim.ID)
	e.check(t, "2027-04-19T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("after resume, the check of Monday April 19 wrote %d draft(s), want none", n)
	}
	// Five business days after the call: one draft, and a second check
	// writes nothing more.
	for _, now := range []string{"2027-04-20T10:00:00-04:00", "2027-04-20T11:00:00-04:00"} {
		e.check(t, now)
		if byReply := parseDrafts(t, d.Messages(t, "Drafts")); len(byReply) != 1 || byReply["p1@example.com"] == nil {
			t.Fatalf("check at %s: drafts reply to %v, want one to kim's thread", now, keys(byReply))
		}
	}
	if ds := e.ledger(t); len(ds) != 1 || ds[0].Status != store.DraftAppended || ds[0].HeardAt.IsZero() {
		t.Errorf("ledger = %+v, want one appended draft answering the heard", ds)
	}

	// Unknown threads and missing ids are usage errors.
	for _, args := range [][]string{{"heard", "zzzzzz"}, {"heard"}, {"heard", kim.ID, "--now", "yesterday"}} {
		if code, _, _ := runCLI(t, append([]string{"--config", e.cfg}, args...)...); code != exitConfig {
			t.Errorf("hearback %v: exit %d, want %d", args, code, exitConfig)
		}
	}
}

// `heard` after hearback drafted: the untouched draft is withdrawn like
// after a reply, and the next one comes first_after business days later.
func TestHeardWithdrawsDraftDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Fatalf("first check: Drafts holds %d, want 1", n)
	}
	kim := e.threadViews(t, "2027-04-13T10:00:00-04:00")["kim@soylent.com"]
	e.cli(t, "heard", kim.ID, "--note", "answered on LinkedIn", "--now", "2027-04-13T12:00:00-04:00")
	e.check(t, "2027-04-13T12:30:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("after heard, Drafts holds %d, want hearback's draft withdrawn", n)
	}
	if got := statusOf(e.ledger(t)); len(got) != 1 || got[0] != store.DraftWithdrawn {
		t.Errorf("ledger = %v, want [withdrawn]", got)
	}
	for _, now := range []string{"2027-04-19T10:00:00-04:00", "2027-04-20T10:00:00-04:00", "2027-04-20T11:00:00-04:00"} {
		e.check(t, now)
	}
	if got := statusOf(e.ledger(t)); len(got) != 2 || got[1] != store.DraftAppended || len(d.Messages(t, "Drafts")) != 1 {
		t.Errorf("ledger = %v with %d in Drafts; want one new draft, due on April 20", got, len(d.Messages(t, "Drafts")))
	}
}

// An out-of-office reply to my nudge, dated in the same second as the
// nudge or a few seconds before it: no second nudge while they are away.
func TestSameMinuteOutOfOfficeDovecot(t *testing.T) {
	var fixtures []mailFixture
	for _, f := range []struct {
		person, id string
		skew       int // seconds from my nudge to the auto-reply's Date
	}{{"Bruce Kim <bruce@wayne.com>", "w", 0}, {"Dana Reyes <dana@acme.com>", "a", -3}} {
		fixtures = append(fixtures,
			mailFixture{mailbox: "Sent", from: me, to: f.person, subject: "Data Analyst application", date: apr(5, 9, 0),
				id: f.id + "1@example.com", body: "Hi,\n\nI applied for the Data Analyst role and wanted to introduce myself.\n\nAlex"},
			mailFixture{mailbox: "Sent", from: me, to: f.person, subject: "Re: Data Analyst application", date: apr(12, 15, 0),
				id: f.id + "2@example.com", irt: f.id + "1@example.com", refs: "<" + f.id + "1@example.com>",
				body: "Hi,\n\nI wanted to follow up on my application for the Data Analyst role.\n\nAlex"},
			mailFixture{mailbox: "INBOX", from: f.person, to: me, subject: "Automatic reply: Data Analyst application",
				date: apr(12, 15, 0).Add(time.Duration(f.skew) * time.Second), id: f.id + "3@" + strings.Split(strings.TrimSuffix(f.person, ">"), "@")[1],
				irt: f.id + "2@example.com", refs: "<" + f.id + "1@example.com> <" + f.id + "2@example.com>",
				extra: "Auto-Submitted: auto-replied\r\n",
				body:  "I am out of the office until Monday, April 26 with limited access to email."})
	}
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, fixtures, "")
	// The second nudge would be due on Wednesday April 21, seven business
	// days after the first; they are back on Monday April 26.
	for _, now := range []string{"2027-04-21T10:00:00-04:00", "2027-04-23T10:00:00-04:00", "2027-04-26T10:00:00-04:00"} {
		e.check(t, now)
		if n := len(d.Messages(t, "Drafts")); n != 0 {
			t.Fatalf("check at %s: Drafts holds %d, want no second nudge while they are away", now, n)
		}
	}
	views := e.threadViews(t, "2027-04-26T10:00:00-04:00")
	for _, who := range []string{"bruce@wayne.com", "dana@acme.com"} {
		if v := views[who]; v.State != "waiting_on_them" || v.Due == nil || v.Due.Format("2006-01-02") != "2027-04-27" ||
			!strings.Contains(v.Reason, "out of office until Mon Apr 26") {
			t.Errorf("%s: %s due %v (%s); want waiting_on_them until 2027-04-27, out of office", who, v.State, v.Due, v.Reason)
		}
	}
	// Back: one second nudge each, and a second check writes nothing more.
	for _, now := range []string{"2027-04-27T10:00:00-04:00", "2027-04-27T11:00:00-04:00"} {
		e.check(t, now)
		byReply := parseDrafts(t, d.Messages(t, "Drafts"))
		if len(byReply) != 2 || byReply["w3@wayne.com"] == nil || byReply["a3@acme.com"] == nil {
			t.Fatalf("check at %s: drafts reply to %v, want one in each thread, after the auto-reply", now, keys(byReply))
		}
	}
}

// A reply from someone else at the organisation I wrote to is an answer:
// hearback's draft to the person I wrote to is withdrawn, and the next
// nudge waits first_after business days after the colleague's reply.
func TestColleagueReplyDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Fatalf("first check: Drafts holds %d, want the nudge to Kim", n)
	}
	colleague := mailFixture{mailbox: "INBOX", from: "Sam Lee <sam.lee@talent.soylent.com>", to: me,
		subject: "Re: Frontend Developer application", date: apr(13, 14, 0), id: "c1@talent.soylent.com",
		irt: "p1@example.com", refs: "<p1@example.com>",
		body: "Hi Alex,\n\nI coordinate the Frontend Developer hiring with Kim. Thanks for the portfolio: the team is reviewing applications and we will be in touch soon.\n\nSam"}
	d.Append(t, "INBOX", colleague.raw(), colleague.date, imap.FlagSeen)
	e.check(t, "2027-04-14T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("after Sam's reply Drafts holds %d, want the nudge to Kim withdrawn", n)
	}
	v := e.threadViews(t, "2027-04-19T10:00:00-04:00")["sam.lee@talent.soylent.com"]
	if v.State != "waiting_on_them" || v.Due == nil || v.Due.Format("2006-01-02") != "2027-04-20" {
		t.Errorf("after Sam's reply: %q due %v (%s); want waiting_on_them until 2027-04-20", v.State, v.Due, v.Reason)
	}
	e.check(t, "2027-04-20T10:00:00-04:00")
	raws := d.Messages(t, "Drafts")
	if len(raws) != 1 {
		t.Fatalf("on April 20 Drafts holds %d, want one nudge", len(raws))
	}
	if to := strings.SplitN(string(raws[0]), "\r\nTo: ", 2); len(to) != 2 || !strings.HasPrefix(to[1], "Sam Lee <sam.lee@talent.soylent.com>") {
		t.Errorf("the nudge does not go to Sam, who answered last:\n%s", bytes.SplitN(raws[0], []byte("\r\n\r\n"), 2)[0])
	}
}

// explain shows a heard in its place in the timeline, and says so when a
// later message of theirs supersedes it. (No IMAP: the store alone.)
func TestHeardExplainSuperseded(t *testing.T) {
	cfgPath, id := explainFixture(t) // my message of April 7, Jane's promise of April 8
	code, out, errb := runCLI(t, "--config", cfgPath, "heard", id, "--note", "she called me", "--now", "2027-04-07T18:00:00-04:00")
	if code != 0 {
		t.Fatalf("heard: exit %d\n%s%s", code, out, errb)
	}
	code, out, errb = runCLI(t, "--config", cfgPath, "explain", id, "--now", "2027-04-12T10:00:00-04:00")
	if code != 0 {
		t.Fatalf("explain: exit %d\n%s%s", code, out, errb)
	}
	mine, heard, jane := strings.Index(out, "[you, sent]"), strings.Index(out, "you heard from them  [hearback heard]"), strings.Index(out, "[them, inbox]")
	if mine < 0 || heard < mine || jane < heard {
		t.Errorf("the heard is not between my message and Jane's:\n%s", out)
	}
	for _, want := range []string{"note:    she called me", "counts:  no: a later message of theirs supersedes it",
		"Jane Miller promised to be in touch by"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}
