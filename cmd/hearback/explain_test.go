package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// explainFixture writes a configuration and a store holding one interview
// thread (my application, their promise) and one newsletter; no IMAP.
func explainFixture(t *testing.T) (cfgPath, threadID string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "hearback.db")
	cfgPath = filepath.Join(dir, "config.yaml")
	cfgText := fmt.Sprintf(`database: %s
timezone: America/New_York
accounts:
  - name: personal
    host: 127.0.0.1
    port: 1143
    tls: none
    username: alex@example.com
    password: not-used
    from_name: Alex Rivera
`, db)
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o600); err != nil {
		t.Fatal(err)
	}
	parse := func(raw string) store.Message {
		m, err := mailmsg.ParseBytes([]byte(strings.ReplaceAll(raw, "\n", "\r\n")))
		if err != nil {
			t.Fatal(err)
		}
		return store.Message{Message: *m}
	}
	sent := parse(`From: Alex Rivera <alex@example.com>
To: Jane Miller <jane@acme.example>
Subject: Senior Backend Engineer interview
Date: Wed, 07 Apr 2027 16:12:00 -0400
Message-ID: <a1@example.com>

Hi Jane, thank you again for the conversation today about the Senior Backend Engineer role. I enjoyed meeting the team.
Alex
`)
	inbox := parse(`From: Jane Miller <jane@acme.example>
To: Alex Rivera <alex@example.com>
Subject: Re: Senior Backend Engineer interview
Date: Thu, 08 Apr 2027 09:30:00 -0400
Message-ID: <p1@acme.example>
In-Reply-To: <a1@example.com>
References: <a1@example.com>

Hi Alex,

Thanks for interviewing with us yesterday, the team enjoyed it too. We're wrapping up the last conversations and we'll get back to you by the end of next week.

Jane
`)
	news := parse(`From: Globex <news@globex.example>
To: alex@example.com
Subject: Globex monthly
Date: Thu, 08 Apr 2027 07:00:00 -0400
Message-ID: <n1@globex.example>
List-Id: <news.globex.example>

In this issue: our new product.
`)
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	save := func(role string, uid uint32, m store.Message) {
		m.Account, m.Role, m.Mailbox, m.UIDValidity, m.UID = "personal", role, role, 1, uid
		mb := store.Mailbox{Account: "personal", Role: role, Name: role, UIDValidity: 1}
		if err := st.SaveMessages(ctx, mb, []store.Message{m}, uid); err != nil {
			t.Fatal(err)
		}
	}
	save(store.RoleSent, 1, sent)
	save(store.RoleInbox, 1, news)
	save(store.RoleInbox, 2, inbox)

	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	threads, err := thread.Load(ctx, st, cfg.Accounts[0], followup.Since(cfg, time.Date(2027, 4, 12, 10, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range threads {
		if len(th.Messages) == 2 {
			threadID = th.ID
		}
	}
	if threadID == "" {
		t.Fatalf("fixture: no two-message thread among %d", len(threads))
	}
	return cfgPath, threadID
}

func TestExplainThread(t *testing.T) {
	cfgPath, id := explainFixture(t)
	var out, errb bytes.Buffer
	g := &globals{stdout: &out, stderr: &errb}
	// a unique prefix, flags after the id
	err := cmdExplain(context.Background(), g, []string{"--config", cfgPath, id[:6], "--now", "2027-04-12T10:00:00-04:00"})
	if err != nil {
		t.Fatalf("explain: %v\n%s", err, errb.String())
	}
	text := out.String()
	for _, want := range []string{
		"Thread " + id, "Subject: Senior Backend Engineer interview", "With: Jane Miller <jane@acme.example>",
		"[you, sent]", "[them, inbox]", "job mail, stage awaiting_decision", "promises contact by Fri Apr 16 17:00",
		"Thread verdict:", "job-interview thread, stage awaiting_decision",
		"state:     waiting_on_them", "due:       Mon 2027-04-19", "Jane Miller promised to be in touch by",
		"In plain words: nothing to do yet", "becomes due on Monday, April 19",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("explain output lacks %q:\n%s", want, text)
		}
	}
	// later, the promise has passed: due
	out.Reset()
	if err := cmdExplain(context.Background(), g, []string{"--config", cfgPath, "--now", "2027-04-20T09:00:00-04:00", id}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "state:     due") || !strings.Contains(out.String(), "a follow-up is due now") {
		t.Errorf("after the promise:\n%s", out.String())
	}
}

func TestExplainUnknownThread(t *testing.T) {
	cfgPath, _ := explainFixture(t)
	var out bytes.Buffer
	g := &globals{stdout: &out, stderr: &out}
	err := cmdExplain(context.Background(), g, []string{"--config", cfgPath, "--now", "2027-04-12T10:00:00-04:00", "zzzz-no-such-thread"})
	if err == nil || !strings.Contains(err.Error(), "hearback threads") || !strings.Contains(err.Error(), "zzzz-no-such-thread") {
		t.Errorf("unknown id: err = %v", err)
	}
	err = cmdExplain(context.Background(), g, []string{"--config", cfgPath, "--now", "2027-04-12T10:00:00-04:00", ""})
	if err == nil {
		t.Errorf("empty id: no error")
	}
	err = cmdExplain(context.Background(), g, []string{"--config", cfgPath})
	if _, ok := err.(usageError); !ok {
		t.Errorf("no id: err = %v, want a usage error", err)
	}
}
