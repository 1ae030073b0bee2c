package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hearback/hearback/internal/imaptest"
)

// A draft goes only to someone the thread ties to the conversation. A
// Reply-To pointing at another domain, and a stranger answering with a
// valid In-Reply-To, hold the thread for review (needs_review, with the
// reason in threads and explain) until `hearback resume` approves the
// recipient. Before this every one of them got a draft, with no warning.
func TestRecipientSafetyDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	fixtures := append(dueThreads(1),
		// Jane writes, I answer; then a message in her name asks for
		// replies to go to a free-mail address.
		mailFixture{mailbox: "INBOX", from: "Jane Doe <jane@acme.com>", to: me, subject: "Backend Engineer at Acme",
			date: apr(6, 9, 0), id: "r1@acme.com",
			body: "Hi Alex,\n\nI'm a recruiter at Acme. We're hiring a Backend Engineer; would you like to talk?\n\nJane"},
		mailFixture{mailbox: "Sent", from: me, to: "Jane Doe <jane@acme.com>", subject: "Re: Backend Engineer at Acme",
			date: apr(6, 12, 0), id: "r2@example.com", irt: "r1@acme.com", refs: "<r1@acme.com>",
			body: "Hi Jane,\n\nYes, I'd be glad to talk. I'm free on Thursday.\n\nAlex"},
		mailFixture{mailbox: "INBOX", from: "Jane Doe <jane@acme.com>", to: me, replyTo: "Jane Doe <jane.acme.hr@gmail.com>",
			subject: "Re: Backend Engineer at Acme", date: apr(7, 9, 0), id: "r3@acme.com", irt: "r2@example.com",
			refs: "<r1@acme.com> <r2@example.com>",
			body: "Hi Alex,\n\nThanks! The team will review and we'll get back to you by Friday, April 9.\n\nJane"},
		// A stranger replies in Tom's thread with a valid In-Reply-To.
		mailFixture{mailbox: "INBOX", from: "Tom Lee <tom@initech.com>", to: me, subject: "Analyst role",
			date: apr(6, 9, 0), id: "s1@initech.com",
			body: "Hi Alex,\n\nWe have an Analyst opening at Initech; interested?\n\nTom"},
		mailFixture{mailbox: "Sent", from: me, to: "Tom Lee <tom@initech.com>", subject: "Re: Analyst role",
			date: apr(6, 12, 0), id: "s2@example.com", irt: "s1@initech.com", refs: "<s1@initech.com>",
			body: "Hi Tom,\n\nVery interested, thank you. When could we talk?\n\nAlex"},
		mailFixture{mailbox: "INBOX", from: "Max Power <max@unrelated.example>", to: me, subject: "Re: Analyst role",
			date: apr(7, 9, 0), id: "s3@unrelated.example", irt: "s2@example.com", refs: "<s1@initech.com> <s2@example.com>",
			body: "Hi Alex,\n\nThanks for your note. We will get back to you by Friday, April 9.\n\nMax"},
	)
	env := newLedgerEnv(t, d, fixtures, "")
	out := env.check(t, dueNow)
	if strings.Contains(out, "gmail.com") || strings.Contains(out, "unrelated.example") || !strings.Contains(out, "hr000@corp000.io") {
		t.Fatalf("check drafted to a stranger (or not to the control thread):\n%s", out)
	}
	if _, total := draftsByReply(t, d); total != 1 {
		t.Fatalf("Drafts holds %d, want 1 (the control thread)", total)
	}

	var views []threadView
	if err := json.Unmarshal([]byte(env.cli(t, "threads", "--json", "--now", dueNow)), &views); err != nil {
		t.Fatal(err)
	}
	held := map[string]threadView{}
	for _, v := range views {
		if v.State == "needs_review" {
			held[v.Subject] = v
		}
	}
	if v := held["Backend Engineer at Acme"]; !strings.Contains(v.Reason, "reply-to points elsewhere") {
		t.Errorf("Acme thread: state %q reason %q; want needs_review, reply-to points elsewhere", v.State, v.Reason)
	}
	if v := held["Analyst role"]; !strings.Contains(v.Reason, "max@unrelated.example is new in this thread") {
		t.Errorf("Initech thread: state %q reason %q; want needs_review naming the newcomer", v.State, v.Reason)
	}
	acme := held["Backend Engineer at Acme"].ID
	if acme == "" {
		t.Fatalf("no held Acme thread in %+v", views)
	}
	if ex := env.cli(t, "explain", acme, "--now", dueNow); !strings.Contains(ex, "reply-to points elsewhere") {
		t.Errorf("explain does not say why the thread is held:\n%s", ex)
	}

	// The user looked and agrees: the next check drafts to the Reply-To.
	if out := env.cli(t, "resume", acme[:6], "--now", dueNow); !strings.Contains(out, "drafts may go to jane.acme.hr@gmail.com") {
		t.Errorf("resume said %q; want it to name the approved recipient", out)
	}
	out = env.check(t, dueNow)
	if !strings.Contains(out, "jane.acme.hr@gmail.com") || strings.Contains(out, "unrelated.example") {
		t.Errorf("after resume, check drafted:\n%s\nwant one draft to jane.acme.hr@gmail.com and none to the stranger", out)
	}
	if _, total := draftsByReply(t, d); total != 2 {
		t.Errorf("Drafts holds %d, want 2", total)
	}
}
