package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/internal/imaptest"
)

// applied is one thread: my application, sent on April 8th (due on the
// 15th without an answer), to someone at company.
func applied(id, company, person string) mailFixture {
	return mailFixture{mailbox: "Sent", from: me, to: person + " <" + strings.ToLower(person) + "@" + company + ">",
		subject: "Application: Backend Engineer at " + company, date: apr(8, 10, 0), id: id + "@example.com",
		body: "Hi " + person + ",\n\nI'd like to apply for the Backend Engineer role; my CV is attached.\n\nAlex"}
}

// answer is their reply to applied(id, ...), filed in mailbox.
func answer(mailbox, id, company, person, body string) mailFixture {
	return mailFixture{mailbox: mailbox, from: person + " <" + strings.ToLower(person) + "@" + company + ">", to: me,
		subject: "Re: Application: Backend Engineer at " + company, date: apr(12, 9, 0), id: id + "-re@" + company,
		irt: id + "@example.com", refs: "<" + id + "@example.com>", body: body}
}

// threadStates is `threads --json` as subject → state.
func threadStates(t *testing.T, cfgPath string) map[string]threadView {
	t.Helper()
	code, out, stderr := runCLI(t, "--config", cfgPath, "threads", "--json", "--now", dueNow)
	if code != 0 {
		t.Fatalf("threads: exit %d: %s", code, stderr)
	}
	var views []threadView
	if err := json.Unmarshal([]byte(out), &views); err != nil {
		t.Fatal(err)
	}
	m := map[string]threadView{}
	for _, v := range views {
		m[v.Subject] = v
	}
	return m
}

// The answers that never stay in INBOX, on a server with ordinary folders
// and a plain config: each of them now keeps its thread from a "just
// checking in" draft. Before, hearback read INBOX and Sent only and
// drafted in all of them.
func TestAnswersInFoldersDovecot(t *testing.T) {
	d := imaptest.StartDovecotLayout(t, imaptest.Folders)
	fixtures := []mailFixture{
		// A rejection a server-side rule filed into "Jobs".
		applied("a", "acme.com", "Jane"),
		answer("Jobs", "a", "acme.com", "Jane", "Hi Alex,\n\nThank you for applying. Unfortunately we have decided to move forward with other candidates whose experience more closely matches the role.\n\nBest of luck,\nJane"),
		// A question the user read on the phone and archived.
		applied("b", "globex.io", "Priya"),
		answer("Archive", "b", "globex.io", "Priya", "Hi Alex,\n\nThanks for applying! Could you send me two or three times that work for a call next week?\n\nPriya"),
		// An answer the user read and deleted.
		applied("c", "initech.com", "Tom"),
		answer("Trash", "c", "initech.com", "Tom", "Hi Alex,\n\nThanks for your application. Could you tell me your notice period and salary expectations?\n\nTom"),
		// A reply that landed in Junk is not trusted: that thread is as unanswered as the control.
		applied("j", "vandelay.com", "Art"),
		answer("Junk", "j", "vandelay.com", "Art", "Hi Alex,\n\nWe received your application.\n\nArt"),
		// The control: nobody answered.
		applied("d", "hooli.com", "Gavin"),
	}
	seed(t, d, fixtures)
	env := configureLedger(t, d, "")
	out := env.check(t, dueNow)
	byReply, total := draftsByReply(t, d)
	if total != 2 || byReply["d@example.com"] != 1 || byReply["j@example.com"] != 1 {
		t.Fatalf("Drafts holds %d (%v), want exactly one for the unanswered thread and one for the Junk-answered one:\n%s", total, byReply, out)
	}
	states := threadStates(t, env.cfg)
	for subject, want := range map[string]string{
		"Application: Backend Engineer at acme.com":    "closed",
		"Application: Backend Engineer at globex.io":   "ball_in_my_court",
		"Application: Backend Engineer at initech.com": "ball_in_my_court",
		"Application: Backend Engineer at hooli.com":   "drafted",
	} {
		if got := states[subject]; got.State != want {
			t.Errorf("%s: state %q (%s), want %q", subject, got.State, got.Reason, want)
		}
	}

	// A second check writes nothing.
	env.check(t, dueNow)
	if _, again := draftsByReply(t, d); again != 2 {
		t.Errorf("a second check left %d drafts, want still 2", again)
	}

	// The user moves the archived question back to INBOX (and away from
	// Archive): one message still, with its history.
	c := d.Client(t)
	if _, err := c.Select("Archive", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Move(imap.SeqSetNum(1), "INBOX").Wait(); err != nil {
		t.Fatalf("move: %v", err)
	}
	c.Logout().Wait()
	env.check(t, dueNow)
	states = threadStates(t, env.cfg)
	if got := states["Application: Backend Engineer at globex.io"]; got.Messages != 2 || got.State != "ball_in_my_court" {
		t.Errorf("after the move: %d messages, state %q; want 2 (one per Message-ID), ball_in_my_court", got.Messages, got.State)
	}
	if _, again := draftsByReply(t, d); again != 2 {
		t.Errorf("after the move: %d drafts, want still 2", again)
	}
}

// A Dovecot laid out like Gmail (every message in [Gmail]/All Mail, INBOX
// and Sent Mail as labels, localised special-use names) with a plain
// config: All Mail is read instead of every label.
func TestGmailLayoutDovecot(t *testing.T) {
	d := imaptest.StartDovecotLayout(t, imaptest.Gmail)
	both := func(f mailFixture, label string) []mailFixture {
		g := f
		g.mailbox = "[Gmail]/All Mail"
		f.mailbox = label
		return []mailFixture{f, g}
	}
	var fixtures []mailFixture
	// Nobody answered: one draft, into [Gmail]/Drafts.
	fixtures = append(fixtures, both(applied("d", "hooli.com", "Gavin"), "[Gmail]/Sent Mail")...)
	// An answer archived with Gmail's archive button: in All Mail only.
	fixtures = append(fixtures, both(applied("b", "globex.io", "Priya"), "[Gmail]/Sent Mail")...)
	fixtures = append(fixtures, mailFixture(answer("[Gmail]/All Mail", "b", "globex.io", "Priya",
		"Hi Alex,\n\nThanks for applying! Could you send me two or three times for a call?\n\nPriya")))
	// A rejection in both INBOX and All Mail.
	fixtures = append(fixtures, both(applied("a", "acme.com", "Jane"), "[Gmail]/Sent Mail")...)
	fixtures = append(fixtures, both(answer("INBOX", "a", "acme.com", "Jane",
		"Hi Alex,\n\nUnfortunately we will not be moving forward with your application. We wish you the best in your search.\n\nJane"), "INBOX")...)
	seed(t, d, fixtures)
	env := configureLedger(t, d, "")
	out := env.check(t, dueNow)
	if got := d.Messages(t, "[Gmail]/Drafts"); len(got) != 1 || !strings.Contains(string(got[0]), "gavin@hooli.com") {
		t.Fatalf("[Gmail]/Drafts holds %d drafts, want one to Gavin:\n%s", len(got), out)
	}
	states := threadStates(t, env.cfg)
	for subject, want := range map[string]string{
		"Application: Backend Engineer at acme.com":  "closed",
		"Application: Backend Engineer at globex.io": "ball_in_my_court",
		"Application: Backend Engineer at hooli.com": "drafted",
	} {
		if got := states[subject]; got.State != want || (want != "drafted" && got.Messages != 2) {
			t.Errorf("%s: state %q with %d messages (%s), want %q with 2 (copies counted once)", subject, got.State, got.Messages, got.Reason, want)
		}
	}
	env.check(t, dueNow)
	if got := d.Messages(t, "[Gmail]/Drafts"); len(got) != 1 {
		t.Errorf("a second check left %d drafts, want 1", len(got))
	}
	// doctor says what is read and why.
	code, doc, _ := runCLI(t, "--config", env.cfg, "doctor", "--no-append")
	if code != 0 && code != 1 {
		t.Fatalf("doctor exit %d", code)
	}
	for _, want := range []string{"[Gmail]/All Mail", "special-use \\All", "[Gmail]/Trash", "in All Mail", "[Gmail]/Spam"} {
		if !strings.Contains(doc, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, doc)
		}
	}
	t.Logf("doctor:\n%s", doc)
}

// While `hearback run` watches, an answer stored by a sync withdraws the
// untouched hearback draft to that person within seconds, whether it
// lands in INBOX or a server rule files it into a folder — not at the next
// scheduled check, a day or a weekend later, while the user may send it.
func TestRunWithdrawsAnsweredDraftAtOnceDovecot(t *testing.T) {
	for _, mailbox := range []string{"INBOX", "Jobs"} {
		t.Run(mailbox, func(t *testing.T) {
			d := imaptest.StartDovecotLayout(t, imaptest.Folders)
			seed(t, d, recentDueThreads(1))
			env := configureLedger(t, d, `schedule: "0 9 1 1 *"`+"\npoll_interval: 5s\n")
			env.cli(t, "check")
			if _, total := draftsByReply(t, d); total != 1 {
				t.Fatalf("the first check wrote %d drafts, want 1", total)
			}
			log, stop := daemonRun(t, "--config", env.cfg, "--log-level", "debug")
			log.waitFor(t, 30*time.Second, 1, "logged in")
			time.Sleep(500 * time.Millisecond) // the first sync is done and IDLE runs
			at := time.Now()
			d.Append(t, mailbox, mailFixture{from: "Recruiter 000 <hr000@corp000.io>", to: me,
				subject: "Re: Data Engineer role at Corp000", date: at, id: "reply-000@corp000.io",
				irt: "m000@example.com", refs: "<r000@corp000.io> <m000@example.com>",
				body: "Hi Alex,\n\nThanks for getting back to me. Are you free on Thursday at 2pm for a call?\n\nSam"}.raw(), at)
			log.waitFor(t, 90*time.Second, 1, "withdrew drafts that an answer made obsolete")
			took := time.Since(at)
			if _, total := draftsByReply(t, d); total != 0 {
				t.Errorf("Drafts holds %d after the answer, want 0", total)
			}
			stop()
			if ds := env.ledger(t); len(ds) != 1 || ds[0].Status != "withdrawn" {
				t.Errorf("ledger %v, want the one draft withdrawn", statusOf(ds))
			}
			t.Logf("answer in %s: draft withdrawn %v after the APPEND", mailbox, took.Round(time.Millisecond))
		})
	}
}
