package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
)

// `hearback digest` over a small search in a real Dovecot, read from the
// database a dry-run check filled: a promise that comes due next week, an
// answer that came this week two days after my message, a thread gone
// quiet, and a rejection, which is no longer under way.

// digestAt is the moment of the digest: Friday April 23 2027, 17:00.
const digestAt = "2027-04-23T17:00:00-04:00"

func digestDate(month time.Month, day, hour int) time.Time {
	return time.Date(2027, month, day, hour, 0, 0, 0, ny)
}

var digestMailbox = []mailFixture{
	// Jane promised an answer by Monday April 26: due Tuesday April 27.
	{mailbox: "Sent", from: me, to: "Jane Doe <jane.doe@acme.com>", subject: "Senior Backend Engineer interview",
		date: digestDate(4, 12, 16), id: "dg-a1@example.com",
		body: "Hi Jane,\n\nThank you for the interview today for the Senior Backend Engineer role.\n\nAlex"},
	{mailbox: "INBOX", from: "Jane Doe <jane.doe@acme.com>", to: me, subject: "Re: Senior Backend Engineer interview",
		date: digestDate(4, 14, 10), id: "dg-a2@acme.com", irt: "dg-a1@example.com", refs: "<dg-a1@example.com>",
		body: "Hi Alex,\n\nThanks for interviewing with us. The team meets next week and we will get back to you by April 26.\n\nJane"},
	// Kim answered this week, two days after my message, with a question.
	{mailbox: "Sent", from: me, to: "Kim Wu <kim@soylent.com>", subject: "Frontend Developer application",
		date: digestDate(4, 19, 10), id: "dg-k1@example.com",
		body: "Hi Kim,\n\nI applied for the Frontend Developer role and wanted to share my portfolio.\n\nAlex"},
	{mailbox: "INBOX", from: "Kim Wu <kim@soylent.com>", to: me, subject: "Re: Frontend Developer application",
		date: digestDate(4, 21, 10), id: "dg-k2@soylent.com", irt: "dg-k1@example.com", refs: "<dg-k1@example.com>",
		body: "Hi Alex,\n\nThanks for sending your portfolio. We'd like to set up an interview. Could you share a few times that work for you next week?\n\nKim"},
	// Sam never answered my application and two follow-ups: gone quiet.
	{mailbox: "Sent", from: me, to: "Sam Ortiz <sam@hooli.com>", subject: "Backend Engineer application",
		date: digestDate(3, 29, 9), id: "dg-s1@example.com",
		body: "Hi Sam,\n\nI'd like to apply for the Backend Engineer position. My CV is attached.\n\nAlex"},
	{mailbox: "Sent", from: me, to: "Sam Ortiz <sam@hooli.com>", subject: "Re: Backend Engineer application",
		date: digestDate(4, 5, 9), id: "dg-s2@example.com", irt: "dg-s1@example.com", refs: "<dg-s1@example.com>",
		body: "Hi Sam,\n\nIs there any news on the Backend Engineer role?\n\nAlex"},
	{mailbox: "Sent", from: me, to: "Sam Ortiz <sam@hooli.com>", subject: "Re: Backend Engineer application",
		date: digestDate(4, 14, 9), id: "dg-s3@example.com", irt: "dg-s2@example.com",
		refs: "<dg-s1@example.com> <dg-s2@example.com>",
		body: "Hi Sam,\n\nJust following up once more on the Backend Engineer role.\n\nAlex"},
	// Lee said no on April 8: closed, not under way.
	{mailbox: "Sent", from: me, to: "Lee Park <lee@umbrella.com>", subject: "Platform Engineer application",
		date: digestDate(4, 1, 10), id: "dg-l1@example.com",
		body: "Hi Lee,\n\nI'm applying for the Platform Engineer role; my CV is attached.\n\nAlex"},
	{mailbox: "INBOX", from: "Lee Park <lee@umbrella.com>", to: me, subject: "Re: Platform Engineer application",
		date: digestDate(4, 8, 11), id: "dg-l2@umbrella.com", irt: "dg-l1@example.com", refs: "<dg-l1@example.com>",
		body: "Hi Alex,\n\nThank you for your interest in the Platform Engineer role. After careful consideration, we have " +
			"decided to move forward with other candidates whose experience more closely matches our needs.\n\n" +
			"We wish you the best in your search.\n\nLee"},
}

// wantDigest is `hearback digest --now 2027-04-23T17:00:00-04:00` over
// digestMailbox.
const wantDigest = `Your job search, week of Mon Apr 19 2027

Where things stand (2 under way)
- Frontend Developer application, with Kim Wu
  your turn: Kim Wu asked you something on Wed Apr 21
- Senior Backend Engineer interview, with Jane Doe
  waiting on them: Jane Doe promised to be in touch by Mon Apr 26

Due next week
- Tue Apr 27: Senior Backend Engineer interview, with Jane Doe

Gone quiet
- Backend Engineer application, with Sam Ortiz
  no answer after 2 follow-ups; the last on Wed Apr 14; one last, short note on Fri May 7

This week
- 1 answer, 2.0 days after your message.
- No drafts written.
`

func TestDigestCommandDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, digestMailbox, "")
	// A dry run fills the database and writes nothing.
	e.cli(t, "check", "--dry-run", "--now", digestAt)
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("the dry run left %d draft(s) in Drafts", n)
	}
	got := e.cli(t, "digest", "--now", digestAt)
	if got != wantDigest {
		t.Errorf("hearback digest --now %s:\n%s\nwant:\n%s\n%s", digestAt, got, wantDigest, firstDiff(wantDigest, got))
	}
	// The numbers, on their own: one answer this week, Wednesday 10:00
	// after Monday 10:00.
	if !strings.Contains(got, "- 1 answer, 2.0 days after your message.") {
		t.Errorf("the week's answers are wrong:\n%s", got)
	}
	// The rejection is closed: not under way, not due.
	if strings.Contains(got, "Platform Engineer") {
		t.Errorf("the rejected thread is listed:\n%s", got)
	}

	// A week later Kim's answer and Jane's promise are last week's news;
	// Jane's day has come and gone.
	later := e.cli(t, "digest", "--now", "2027-04-30T17:00:00-04:00")
	for _, want := range []string{"week of Mon Apr 26 2027", "- No answers this week.",
		"a follow-up is due: Jane Doe promised to be in touch by Mon Apr 26"} {
		if !strings.Contains(later, want) {
			t.Errorf("digest a week later lacks %q:\n%s", want, later)
		}
	}
}

// An empty mailbox gets a short, friendly text, not an error.
func TestDigestEmptyMailboxDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := configureLedger(t, d, "")
	e.cli(t, "check", "--dry-run", "--now", digestAt)
	got := e.cli(t, "digest", "--now", digestAt)
	want := "Your job search, week of Mon Apr 19 2027\n\nNo job threads in your mailbox yet. When a recruiter writes or " +
		"you apply somewhere, hearback starts keeping track, and this summary fills in.\n"
	if got != want {
		t.Errorf("digest of an empty mailbox:\n%s\nwant:\n%s", got, want)
	}
}

// `hearback run` with a digest schedule sends, through the notification
// channels, the digest it missed while it was not running: once, at start,
// and remembers that it did.
func TestDigestRunCatchesUpDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, digestMailbox, "digest: \"0 17 * * 5\"\n")
	// The last digest went out eight days ago: a Friday 17:00 has passed since.
	ctx := context.Background()
	last := time.Now().Add(-8 * 24 * time.Hour).Truncate(time.Second)
	st, err := store.Open(ctx, e.db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetLastDigest(ctx, last); err != nil {
		t.Fatal(err)
	}
	st.Close()

	log, stop := daemonRun(t, "--config", e.cfg)
	log.waitFor(t, 15*time.Second, 1, "digest sent", "trigger=catch-up")
	if code, _ := stop(); code != 0 {
		t.Errorf("hearback run exited %d; log:\n%s", code, log.String())
	}
	if n := e.events.count(notify.Digest); n != 1 {
		t.Fatalf("%d digest event(s) reached the webhook, want 1; log:\n%s", n, log.String())
	}
	e.events.mu.Lock()
	for _, ev := range e.events.got {
		if ev.Kind == notify.Digest && !strings.HasPrefix(ev.Message, "Your job search, week of ") {
			t.Errorf("the digest event's message is %q", ev.Message)
		}
	}
	e.events.mu.Unlock()
	st, err = store.Open(ctx, e.db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got, ok, err := st.LastDigest(ctx); err != nil || !ok || !got.After(last) {
		t.Errorf("last digest after the catch-up = %v, %v, %v; want later than %v", got, ok, err, last)
	}
}
