package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	gomail "github.com/emersion/go-message/mail"

	"github.com/hearback/hearback/internal/imaptest"
)

var ny, _ = time.LoadLocation("America/New_York")

func apr(day, hour, min int) time.Time { return time.Date(2027, 4, day, hour, min, 0, 0, ny) }

// mailFixture is one message seeded into the test mailbox.
type mailFixture struct {
	mailbox string
	from    string
	to      string
	cc      string
	replyTo string
	subject string
	date    time.Time
	id      string
	irt     string
	refs    string
	extra   string
	body    string
}

func (f mailFixture) raw() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\n", f.from, f.to)
	if f.cc != "" {
		fmt.Fprintf(&b, "Cc: %s\r\n", f.cc)
	}
	if f.replyTo != "" {
		fmt.Fprintf(&b, "Reply-To: %s\r\n", f.replyTo)
	}
	fmt.Fprintf(&b, "Subject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n", f.subject, f.date.Format(time.RFC1123Z), f.id)
	if f.irt != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\n", f.irt)
	}
	if f.refs != "" {
		fmt.Fprintf(&b, "References: %s\r\n", f.refs)
	}
	b.WriteString(f.extra)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	b.WriteString(strings.ReplaceAll(f.body, "\n", "\r\n") + "\r\n")
	return b.Bytes()
}

const (
	me    = "Alex Rivera <me@example.com>"
	alias = "Alex Rivera <me.alias@example.com>"
)

// interviewMailbox is a job search in April 2027; at 2027-04-21 10:00 New
// York time exactly four threads are due: A (promise passed), B (my
// message unanswered), C (ATS relay, promise passed) and I (undated
// promise, reply without threading headers).
var interviewMailbox = []mailFixture{
	// A: a dated promise that passed; I wrote from an alias with a Cc.
	{mailbox: "Sent", from: alias, to: "Jane Doe <jane.doe@acme.com>", cc: "Pat Friend <pat@example.org>",
		subject: "Senior Backend Engineer interview", date: apr(7, 16, 0), id: "a1@example.com",
		body: "Hi Jane,\n\nThank you for the interview today for the Senior Backend Engineer role.\n\nAlex"},
	{mailbox: "INBOX", from: "Jane Doe <jane.doe@acme.com>", to: alias, cc: "Pat Friend <pat@example.org>",
		subject: "Re: Senior Backend Engineer interview", date: apr(8, 9, 30), id: "a2@acme.com", refs: "<a1@example.com>",
		body: "Hi Alex,\n\nThanks for interviewing with us. We'll get back to you by the end of next week.\n\nJane"},
	// B: my message, unanswered for more than five business days.
	{mailbox: "INBOX", from: "Priya Patel <priya@globex.io>", to: me, subject: "Data Engineer role at Globex",
		date: apr(8, 11, 0), id: "b1@globex.io",
		body: "Hi Alex,\n\nI'm a recruiter at Globex. We're hiring a Data Engineer and your background looks like a great fit. Would you be open to a call?\n\nPriya"},
	{mailbox: "Sent", from: me, to: "Priya Patel <priya@globex.io>", subject: "Re: Data Engineer role at Globex",
		date: apr(9, 10, 0), id: "b2@example.com", irt: "b1@globex.io", refs: "<b1@globex.io>",
		body: "Hi Priya,\n\nYes, I'd love to chat about the role. I'm free most afternoons next week.\n\nAlex"},
	// C: an ATS relay; the person is the Reply-To.
	{mailbox: "INBOX", from: "Globex Recruiting <no-reply@greenhouse-mail.io>", to: me,
		replyTo: "Sam Ortiz <sam.ortiz@initech.com>", subject: "Your application for Product Manager at Initech",
		date: apr(1, 12, 0), id: "c1@greenhouse-mail.io",
		body: "Hi Alex,\n\nThank you for applying for the Product Manager position and for the phone screen. You should hear back from us within two weeks.\n\nSam"},
	// D: they asked me something: my turn.
	{mailbox: "Sent", from: me, to: "Tom Becker <tom@hooli.com>", subject: "Platform Engineer application",
		date: apr(12, 9, 0), id: "d1@example.com", body: "Hello Tom,\n\nI applied for the Platform Engineer position and wanted to introduce myself.\n\nAlex"},
	{mailbox: "INBOX", from: "Tom Becker <tom@hooli.com>", to: me, subject: "Re: Platform Engineer application",
		date: apr(19, 15, 0), id: "d2@hooli.com", irt: "d1@example.com", refs: "<d1@example.com>",
		body: "Hi Alex,\n\nWe'd like to set up an interview. Could you share a few times that work for you next week?\n\nTom"},
	// E: a rejection: closed.
	{mailbox: "Sent", from: me, to: "Maya Chen <maya@umbrella.com>", subject: "QA Lead interview follow-up",
		date: apr(5, 9, 0), id: "e1@example.com", body: "Hi Maya,\n\nI wanted to follow up on my interview for the QA Lead role.\n\nAlex"},
	{mailbox: "INBOX", from: "Maya Chen <maya@umbrella.com>", to: me, subject: "Re: QA Lead interview follow-up",
		date: apr(12, 9, 0), id: "e2@umbrella.com", irt: "e1@example.com", refs: "<e1@example.com>",
		body: "Hi Alex,\n\nUnfortunately, we have decided to move forward with other candidates for the position. We wish you all the best.\n\nMaya"},
	// F: an interview ahead.
	{mailbox: "INBOX", from: "Gavin Ross <gavin@pied-piper.com>", to: me, subject: "Interview confirmation: Engineering Manager",
		date: apr(14, 10, 0), id: "f1@pied-piper.com",
		body: "Hi Alex,\n\nYour interview for the Engineering Manager position is confirmed for Tuesday, April 27 at 2:00 PM ET.\n\nGavin"},
	{mailbox: "Sent", from: me, to: "Gavin Ross <gavin@pied-piper.com>", subject: "Re: Interview confirmation: Engineering Manager",
		date: apr(14, 11, 0), id: "f2@example.com", irt: "f1@pied-piper.com", refs: "<f1@pied-piper.com>",
		body: "Thanks Gavin, see you then!\n\nAlex"},
	// G: a job-alert newsletter.
	{mailbox: "INBOX", from: "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", to: me,
		subject: "30 new jobs for Backend Engineer", date: apr(16, 7, 0), id: "g1@linkedin.com",
		extra: "List-Unsubscribe: <https://www.linkedin.com/unsub>\r\nPrecedence: bulk\r\n",
		body:  "New jobs for you: Backend Engineer at Initrode. Apply now!"},
	// H: my message of two days ago: waiting.
	{mailbox: "Sent", from: me, to: "Kim Wu <kim@soylent.com>", subject: "Frontend Developer application",
		date: apr(19, 9, 0), id: "h1@example.com", body: "Hi Kim,\n\nI applied for the Frontend Developer role and wanted to share my portfolio.\n\nAlex"},
	// I: an undated promise in a reply whose client dropped the threading headers.
	{mailbox: "Sent", from: me, to: "Lee Park <lee@initrode.com>", subject: "Design Lead application",
		date: apr(5, 9, 0), id: "i1@example.com", body: "Hi Lee,\n\nI'm applying for the Design Lead position; my portfolio is attached.\n\nAlex"},
	{mailbox: "INBOX", from: "Lee Park <lee@initrode.com>", to: me, subject: "RE: Design Lead application",
		date: apr(6, 14, 0), id: "i2@initrode.com",
		body: "Hi Alex,\n\nThanks for applying for the Design Lead role. We'll review your application and be in touch soon.\n\nLee"},
	// J: out of office until after now.
	{mailbox: "Sent", from: me, to: "Bruce Kim <bruce@wayne.com>", subject: "Data Analyst interview",
		date: apr(12, 15, 0), id: "j1@example.com", body: "Hi Bruce,\n\nThank you for the interview for the Data Analyst role.\n\nAlex"},
	{mailbox: "INBOX", from: "Bruce Kim <bruce@wayne.com>", to: me, subject: "Automatic reply: Data Analyst interview",
		date: apr(12, 15, 1), id: "j2@wayne.com", irt: "j1@example.com", refs: "<j1@example.com>",
		extra: "Auto-Submitted: auto-replied\r\n",
		body:  "I am out of the office until Monday, April 26 with limited access to email."},
}

// seedAndConfigure fills the Dovecot mailbox and writes a config for it.
func seedAndConfigure(t *testing.T, d *imaptest.Dovecot) (cfgPath, dbPath string) {
	t.Helper()
	for _, f := range interviewMailbox {
		d.Append(t, f.mailbox, f.raw(), f.date, imap.FlagSeen)
	}
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(d.Password()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dbPath = filepath.Join(dir, "state", "hearback.db")
	cfg := fmt.Sprintf(`database: %s
timezone: America/New_York
schedule: "0 9 * * 1-5"
followup:
  first_after: 5
  next_after: 7
  max_nudges: 2
  lookback_days: 120
accounts:
  - name: personal
    host: 127.0.0.1
    port: %d
    tls: none
    username: %s
    password_file: %s
    from_name: Alex Rivera
    addresses: [me@example.com, me.alias@example.com]
`, dbPath, d.Port(), imaptest.Username, pwFile)
	cfgPath = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfgPath, dbPath
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb, func() {})
	return code, out.String(), errb.String()
}

func parseDrafts(t *testing.T, raws [][]byte) map[string]*gomail.Header {
	t.Helper()
	out := map[string]*gomail.Header{}
	for _, raw := range raws {
		if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
			t.Errorf("draft has a bare LF line ending:\n%s", raw)
		}
		r, err := gomail.CreateReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("draft does not parse: %v\n%s", err, raw)
		}
		irt, _ := r.Header.MsgIDList("In-Reply-To")
		if len(irt) != 1 {
			t.Fatalf("draft In-Reply-To = %v\n%s", irt, raw)
		}
		out[irt[0]] = &r.Header
	}
	return out
}

func TestCheckEndToEndDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	cfgPath, _ := seedAndConfigure(t, d)
	now := "2027-04-21T10:00:00-04:00"

	code, stdout, stderr := runCLI(t, "--config", cfgPath, "check", "--now", now)
	if code != 0 {
		t.Fatalf("check exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	drafts := d.Messages(t, "Drafts")
	byReply := parseDrafts(t, drafts)
	want := map[string]struct{ to, from, subject string }{
		"a2@acme.com":           {"jane.doe@acme.com", "me.alias@example.com", "Re: Senior Backend Engineer interview"},
		"b2@example.com":        {"priya@globex.io", "me@example.com", "Re: Data Engineer role at Globex"},
		"c1@greenhouse-mail.io": {"sam.ortiz@initech.com", "me@example.com", "Re: Your application for Product Manager at Initech"},
		"i2@initrode.com":       {"lee@initrode.com", "me@example.com", "Re: Design Lead application"},
	}
	if len(drafts) != len(want) {
		t.Errorf("Drafts holds %d messages, want %d\nstdout:\n%s\nstderr:\n%s", len(drafts), len(want), stdout, stderr)
	}
	for irt, w := range want {
		h, ok := byReply[irt]
		if !ok {
			t.Errorf("no draft replying to %s\nstdout:\n%s", irt, stdout)
			continue
		}
		to, _ := h.AddressList("To")
		from, _ := h.AddressList("From")
		subject, _ := h.Subject()
		if len(to) != 1 || to[0].Address != w.to {
			t.Errorf("draft for %s: To = %v, want %s", irt, to, w.to)
		}
		if len(from) != 1 || from[0].Address != w.from || from[0].Name != "Alex Rivera" {
			t.Errorf("draft for %s: From = %v, want Alex Rivera <%s>", irt, from, w.from)
		}
		if subject != w.subject {
			t.Errorf("draft for %s: Subject = %q, want %q", irt, subject, w.subject)
		}
		// Nothing marks the draft as a program's: the recipient sees what
		// any mail client would send.
		for f := h.Fields(); f.Next(); {
			if k := strings.ToLower(f.Key()); strings.HasPrefix(k, "x-") || k == "user-agent" {
				t.Errorf("draft for %s carries %s: %s", irt, f.Key(), f.Value())
			}
		}
		if mt, p, _ := h.ContentType(); h.Get("MIME-Version") != "1.0" || mt != "text/plain" || p["format"] != "flowed" {
			t.Errorf("draft for %s: MIME-Version %q, Content-Type %q %v", irt, h.Get("MIME-Version"), mt, p)
		}
		refs, _ := h.MsgIDList("References")
		if len(refs) == 0 || refs[len(refs)-1] != irt {
			t.Errorf("draft for %s: References = %v, want the chain ending in it", irt, refs)
		}
		if id, _ := h.MessageID(); !strings.HasSuffix(id, "@"+strings.SplitN(w.from, "@", 2)[1]) {
			t.Errorf("draft for %s: Message-ID %q not on the user's domain", irt, id)
		}
	}
	if h, ok := byReply["a2@acme.com"]; ok {
		cc, _ := h.AddressList("Cc")
		if len(cc) != 1 || cc[0].Address != "pat@example.org" {
			t.Errorf("draft for thread A: Cc = %v, want pat@example.org kept", cc)
		}
	}
	for uid, flags := range d.Flags(t, "Drafts") {
		if !hasFlag(flags, imap.FlagDraft) {
			t.Errorf("draft uid %d flags %v lack \\Draft", uid, flags)
		}
	}
	// The user's mail is untouched: same count, nothing flagged deleted.
	for _, mbox := range []string{"INBOX", "Sent"} {
		for uid, flags := range d.Flags(t, mbox) {
			if hasFlag(flags, imap.FlagDeleted) || hasFlag(flags, imap.FlagDraft) {
				t.Errorf("%s uid %d flags changed to %v", mbox, uid, flags)
			}
		}
	}

	// Again: idempotent, and nothing new fetched.
	code, stdout, stderr = runCLI(t, "--config", cfgPath, "check", "--now", now)
	if code != 0 {
		t.Fatalf("second check exit %d\n%s\n%s", code, stdout, stderr)
	}
	if n := len(d.Messages(t, "Drafts")); n != len(want) {
		t.Errorf("after a second check Drafts holds %d, want %d", n, len(want))
	}
	if !strings.Contains(stdout, "fetched 0 new") {
		t.Errorf("second check output does not say nothing new was fetched:\n%s", stdout)
	}

	// A dry run a week later shows H and J due, writes nothing.
	code, stdout, stderr = runCLI(t, "--config", cfgPath, "check", "--now", "2027-04-28T10:00:00-04:00", "--dry-run")
	if code != 0 {
		t.Fatalf("dry run exit %d\n%s\n%s", code, stdout, stderr)
	}
	if n := len(d.Messages(t, "Drafts")); n != len(want) {
		t.Errorf("after a dry run Drafts holds %d, want %d", n, len(want))
	}
	for _, s := range []string{"kim@soylent.com", "bruce@wayne.com", "Subject: Re: Frontend Developer application", "Hi Kim"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("dry-run output lacks %q:\n%s", s, stdout)
		}
	}

	// threads --json tells each thread's state.
	code, stdout, stderr = runCLI(t, "--config", cfgPath, "threads", "--json", "--now", now)
	if code != 0 {
		t.Fatalf("threads exit %d\n%s", code, stderr)
	}
	var views []threadView
	if err := json.Unmarshal([]byte(stdout), &views); err != nil {
		t.Fatalf("threads --json: %v\n%s", err, stdout)
	}
	states := map[string]string{}
	for _, v := range views {
		states[v.Counterpart] = v.State
		if v.Reason == "" || v.Stage == "" || v.ID == "" {
			t.Errorf("thread %+v lacks id, stage or reason", v)
		}
	}
	wantStates := map[string]string{
		"jane.doe@acme.com":     "drafted",
		"priya@globex.io":       "drafted",
		"sam.ortiz@initech.com": "drafted",
		"lee@initrode.com":      "drafted",
		"tom@hooli.com":         "ball_in_my_court",
		"maya@umbrella.com":     "closed",
		"gavin@pied-piper.com":  "waiting_on_them",
		"kim@soylent.com":       "waiting_on_them",
		"bruce@wayne.com":       "waiting_on_them",
	}
	for who, st := range wantStates {
		if states[who] != st {
			t.Errorf("thread with %s: state %q, want %q", who, states[who], st)
		}
	}
	if _, ok := states["jobalerts-noreply@linkedin.com"]; ok {
		t.Errorf("the job-alert newsletter is listed without --all")
	}
	if len(views) != len(wantStates) {
		t.Errorf("threads lists %d threads, want %d: %v", len(views), len(wantStates), states)
	}
}

func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	for _, x := range flags {
		if strings.EqualFold(string(x), string(f)) {
			return true
		}
	}
	return false
}

func TestCheckWrongPasswordDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	cfgPath, _ := seedAndConfigure(t, d)
	pwFile := filepath.Join(filepath.Dir(cfgPath), "password")
	if err := os.WriteFile(pwFile, []byte("not-the-password-42\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "--config", cfgPath, "check")
	if code != exitRuntime {
		t.Errorf("exit = %d, want %d", code, exitRuntime)
	}
	all := stdout + stderr
	if !strings.Contains(all, "login") || strings.Contains(all, "not-the-password-42") {
		t.Errorf("output should explain the login failure without the password:\n%s", all)
	}
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("Drafts holds %d after a failed login", n)
	}
}

func TestBadConfigExits2(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	os.WriteFile(path, []byte("timezone: Mars/Olympus\nschedule: every day\naccounts:\n  - name: x\n    host: imap.example.com\n    tls: none\n    username: me@example.com\n    password_env: HB_TEST_UNSET\n"), 0o600)
	code, _, stderr := runCLI(t, "--config", path, "check")
	if code != exitConfig {
		t.Errorf("exit = %d, want %d", code, exitConfig)
	}
	for _, key := range []string{"timezone", "schedule", "accounts[0].tls"} {
		if !strings.Contains(stderr, key) {
			t.Errorf("error output does not name %s:\n%s", key, stderr)
		}
	}
}

func TestContractFlagsInHelp(t *testing.T) {
	for _, c := range []struct{ cmd, flag string }{{"check", "--now"}, {"check", "--dry-run"}, {"threads", "--json"}, {"threads", "--all"}} {
		_, _, stderr := runCLI(t, c.cmd, "--help")
		if !strings.Contains(stderr, c.flag) {
			t.Errorf("'hearback %s --help' does not mention %s:\n%s", c.cmd, c.flag, stderr)
		}
	}
	_, stdout, stderr := runCLI(t, "--help")
	if !strings.Contains(stdout+stderr, "--config") {
		t.Errorf("'hearback --help' does not mention --config")
	}
}
