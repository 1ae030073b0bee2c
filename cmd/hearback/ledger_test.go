package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	gomail "github.com/emersion/go-message/mail"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/store"
)

// The draft ledger against a real Dovecot: withdrawal, edits, deletions,
// sends, escalation, thank-you notes and the user's snooze/ignore. Events
// are read back from a webhook on loopback, as a user's would receive them.

// hookEvents is a loopback webhook receiver.
type hookEvents struct {
	mu  sync.Mutex
	got []notify.Event
}

func (h *hookEvents) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var e notify.Event
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &e); err == nil {
		h.mu.Lock()
		h.got = append(h.got, e)
		h.mu.Unlock()
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *hookEvents) count(kind notify.Kind) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, e := range h.got {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

// ledgerEnv is one Dovecot mailbox with a config pointing at it.
type ledgerEnv struct {
	d      *imaptest.Dovecot
	cfg    string
	db     string
	events *hookEvents
}

func newLedgerEnv(t *testing.T, d *imaptest.Dovecot, fixtures []mailFixture, extra string) *ledgerEnv {
	t.Helper()
	for _, f := range fixtures {
		d.Append(t, f.mailbox, f.raw(), f.date, imap.FlagSeen)
	}
	return configureLedger(t, d, extra)
}

// configureLedger writes a config (with its own database) for d; extra is
// YAML appended at the top level.
func configureLedger(t *testing.T, d *imaptest.Dovecot, extra string) *ledgerEnv {
	t.Helper()
	return configureFollowup(t, d, "  first_after: 5\n  next_after: 7\n  max_nudges: 2\n", extra)
}

// configureFollowup is configureLedger with followup, the lines of the
// followup block (indented two spaces).
func configureFollowup(t *testing.T, d *imaptest.Dovecot, followup, extra string) *ledgerEnv {
	t.Helper()
	ev := &hookEvents{}
	hook := httptest.NewServer(ev)
	t.Cleanup(hook.Close)
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(d.Password()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "hearback.db")
	cfg := fmt.Sprintf(`database: %s
timezone: America/New_York
followup:
%snotify:
  timeout: 5s
  webhook:
    url: %s/events
accounts:
  - name: personal
    host: 127.0.0.1
    port: %d
    tls: none
    username: %s
    password_file: %s
    from_name: Alex Rivera
    addresses: [me@example.com]
%s`, db, followup, hook.URL, d.Port(), imaptest.Username, pwFile, extra)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return &ledgerEnv{d: d, cfg: path, db: db, events: ev}
}

func (e *ledgerEnv) check(t *testing.T, now string) string {
	t.Helper()
	code, stdout, stderr := runCLI(t, "--config", e.cfg, "check", "--now", now)
	if code != 0 {
		t.Fatalf("check --now %s: exit %d\nstdout:\n%s\nstderr:\n%s", now, code, stdout, stderr)
	}
	return stdout
}

func (e *ledgerEnv) cli(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := runCLI(t, append([]string{"--config", e.cfg}, args...)...)
	if code != 0 {
		t.Fatalf("hearback %v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, stdout, stderr)
	}
	return stdout
}

// ledger is the draft ledger in the database, oldest first.
func (e *ledgerEnv) ledger(t *testing.T) []store.Draft {
	t.Helper()
	st, err := store.Open(context.Background(), e.db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ds, err := st.Drafts(context.Background(), "personal")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// states is `threads --json` as counterpart -> state, plus the ids.
func (e *ledgerEnv) states(t *testing.T, now string) (state, id map[string]string) {
	t.Helper()
	var views []threadView
	if err := json.Unmarshal([]byte(e.cli(t, "threads", "--all", "--json", "--now", now)), &views); err != nil {
		t.Fatal(err)
	}
	state, id = map[string]string{}, map[string]string{}
	for _, v := range views {
		state[v.Counterpart], id[v.Counterpart] = v.State, v.ID
	}
	return state, id
}

// draftUIDs lists the UIDs in Drafts.
func draftUIDs(t *testing.T, d *imaptest.Dovecot) []imap.UID {
	t.Helper()
	var out []imap.UID
	for uid := range d.Flags(t, "Drafts") {
		out = append(out, uid)
	}
	return out
}

// userExpunge removes one message as the user's mail client would.
func userExpunge(t *testing.T, d *imaptest.Dovecot, mailbox string, uid imap.UID) {
	t.Helper()
	c := d.Client(t)
	defer c.Close()
	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	set := imap.UIDSetNum(uid)
	if err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.UIDExpunge(set).Collect(); err != nil {
		t.Fatal(err)
	}
}

// userSends moves the only draft to Sent, as sending it would.
func userSends(t *testing.T, d *imaptest.Dovecot, at time.Time) []byte {
	t.Helper()
	uids := draftUIDs(t, d)
	raws := d.Messages(t, "Drafts")
	if len(uids) != 1 || len(raws) != 1 {
		t.Fatalf("Drafts holds %d messages, want the one to send", len(raws))
	}
	d.Append(t, "Sent", raws[0], at, imap.FlagSeen)
	userExpunge(t, d, "Drafts", uids[0])
	return raws[0]
}

func draftText(t *testing.T, raw []byte) string {
	t.Helper()
	r, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(p.Body)
	text := string(b)
	if i := strings.Index(text, "\nOn "); i >= 0 {
		text = text[:i] // above the quote
	}
	return text
}

// kimThread: my application, unanswered; the first nudge is due on
// Monday April 12 2027 (five business days after Monday April 5).
var kimThread = []mailFixture{
	{mailbox: "Sent", from: me, to: "Kim Wu <kim@soylent.com>", subject: "Frontend Developer application",
		date: apr(5, 9, 0), id: "p1@example.com",
		body: "Hi Kim,\n\nI applied for the Frontend Developer role and wanted to share my portfolio.\n\nAlex"},
}

// kimReplies is Kim's real reply, with a dated promise.
var kimReplies = mailFixture{mailbox: "INBOX", from: "Kim Wu <kim@soylent.com>", to: me,
	subject: "Re: Frontend Developer application", date: apr(14, 9, 0), id: "p2@soylent.com",
	irt: "p1@example.com", refs: "<p1@example.com>",
	body: "Hi Alex,\n\nThanks for your patience! We're reviewing applications and will get back to you by April 23.\n\nKim"}

func statusOf(ds []store.Draft) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Status)
	}
	return out
}

func TestLedgerWithdrawsUntouchedDraftDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Fatalf("first check: Drafts holds %d, want 1", n)
	}
	d.Append(t, "INBOX", kimReplies.raw(), kimReplies.date, imap.FlagSeen)
	out := e.check(t, "2027-04-14T12:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("after Kim replied Drafts holds %d, want hearback's draft withdrawn\n%s", n, out)
	}
	if got := statusOf(e.ledger(t)); len(got) != 1 || got[0] != store.DraftWithdrawn {
		t.Errorf("ledger = %v, want [withdrawn]", got)
	}
	if e.events.count(notify.Withdrawn) != 1 {
		t.Errorf("withdrawn events = %d, want 1", e.events.count(notify.Withdrawn))
	}
	// The user's mail is untouched.
	if n := len(d.Messages(t, "INBOX")); n != 1 {
		t.Errorf("INBOX holds %d, want 1", n)
	}
	if n := len(d.Messages(t, "Sent")); n != 1 {
		t.Errorf("Sent holds %d, want 1", n)
	}
	state, _ := e.states(t, "2027-04-14T12:00:00-04:00")
	if state["kim@soylent.com"] != "waiting_on_them" {
		t.Errorf("after the reply the thread is %q, want waiting_on_them", state["kim@soylent.com"])
	}
}

func TestLedgerKeepsEditedDraftDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	uids, raws := draftUIDs(t, d), d.Messages(t, "Drafts")
	if len(raws) != 1 {
		t.Fatalf("first check: Drafts holds %d, want 1", len(raws))
	}
	// The user edits the draft: their client saves a new copy (same
	// Message-ID and headers, new text) and removes the old one.
	edited := bytes.Replace(raws[0], []byte("Hi Kim,"), []byte("Hello Kim,"), 1)
	if bytes.Equal(edited, raws[0]) {
		t.Fatalf("draft has no %q to edit:\n%s", "Hi Kim,", raws[0])
	}
	d.Append(t, "Drafts", edited, apr(13, 11, 0), imap.FlagDraft, imap.FlagSeen)
	userExpunge(t, d, "Drafts", uids[0])

	d.Append(t, "INBOX", kimReplies.raw(), kimReplies.date, imap.FlagSeen)
	e.check(t, "2027-04-14T12:00:00-04:00")
	after := d.Messages(t, "Drafts")
	if len(after) != 1 || !bytes.Equal(after[0], edited) {
		t.Fatalf("Drafts after the reply = %d message(s), want the user's edited draft kept as it is", len(after))
	}
	if got := statusOf(e.ledger(t)); len(got) != 1 || got[0] != store.DraftEdited {
		t.Errorf("ledger = %v, want [edited]", got)
	}
	if e.events.count(notify.Kept) != 1 {
		t.Errorf("draft_kept events = %d, want 1", e.events.count(notify.Kept))
	}
	// Later, with Kim's promised date passed, no second draft joins it,
	// and the user is not told again.
	e.check(t, "2027-04-27T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Errorf("later check: Drafts holds %d, want only the edited draft", n)
	}
	if e.events.count(notify.Kept) != 1 {
		t.Errorf("draft_kept events after another check = %d, want 1", e.events.count(notify.Kept))
	}
}

func TestLedgerDeletedDraftNotRecreatedDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	uids := draftUIDs(t, d)
	if len(uids) != 1 {
		t.Fatalf("first check: Drafts holds %d, want 1", len(uids))
	}
	userExpunge(t, d, "Drafts", uids[0])
	for _, now := range []string{"2027-04-13T11:00:00-04:00", "2027-04-20T10:00:00-04:00", "2027-05-03T10:00:00-04:00"} {
		e.check(t, now)
		if n := len(d.Messages(t, "Drafts")); n != 0 {
			t.Errorf("check at %s recreated a draft the user deleted (%d in Drafts)", now, n)
		}
	}
	if got := statusOf(e.ledger(t)); len(got) != 1 || got[0] != store.DraftDeleted {
		t.Errorf("ledger = %v, want [deleted]", got)
	}
	if state, _ := e.states(t, "2027-05-03T10:00:00-04:00"); state["kim@soylent.com"] != "dismissed" {
		t.Errorf("thread state = %q, want dismissed", state["kim@soylent.com"])
	}
}

func TestLedgerSentNudgesEscalateToGoneQuietDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")

	e.check(t, "2027-04-13T10:00:00-04:00")
	first := userSends(t, d, apr(13, 10, 30))
	e.check(t, "2027-04-13T11:00:00-04:00")
	ds := e.ledger(t)
	if got := statusOf(ds); len(got) != 1 || got[0] != store.DraftSent {
		t.Fatalf("after sending, ledger = %v, want [sent]", got)
	}
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("right after sending, Drafts holds %d, want 0", n)
	}
	// The sent draft counts as the first nudge: the second is due seven
	// business days later (Thursday April 22), not before.
	e.check(t, "2027-04-21T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("before next_after passed, Drafts holds %d, want 0", n)
	}
	e.check(t, "2027-04-22T10:00:00-04:00")
	ds = e.ledger(t)
	if len(ds) != 2 || ds[1].Nudge != 2 || ds[1].Situation != "second_nudge" {
		t.Fatalf("ledger after the second nudge = %+v, want a second_nudge with nudge 2", ds)
	}
	second := userSends(t, d, apr(22, 10, 30))
	if a, b := draftText(t, first), draftText(t, second); a == b || !strings.Contains(b, "Kim") {
		t.Errorf("second nudge repeats the first or lost the greeting:\n--- first\n%s\n--- second\n%s", a, b)
	}

	// Two nudges sent, max_nudges 2: gone quiet, told once, nothing drafted
	// until close_after (10 business days after the day a third nudge would
	// have been due, Monday May 3): Monday May 17 brings the last note.
	for _, now := range []string{"2027-04-22T11:00:00-04:00", "2027-05-06T10:00:00-04:00", "2027-05-14T10:00:00-04:00"} {
		e.check(t, now)
	}
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("after max_nudges, Drafts holds %d, want 0", n)
	}
	if got := e.events.count(notify.GoneQuiet); got != 1 {
		t.Errorf("gone_quiet events = %d, want exactly 1", got)
	}
	if state, _ := e.states(t, "2027-05-14T10:00:00-04:00"); state["kim@soylent.com"] != "gone_quiet" {
		t.Errorf("thread state = %q, want gone_quiet", state["kim@soylent.com"])
	}
	if e.events.count(notify.Drafted) != 2 {
		t.Errorf("drafted events = %d, want 2", e.events.count(notify.Drafted))
	}
	e.check(t, "2027-05-17T10:00:00-04:00")
	if ds := e.ledger(t); len(ds) != 3 || ds[2].Situation != "close_loop" {
		t.Errorf("on May 17 the ledger is %+v, want the last note (close_loop) third", ds)
	}
}

// omarInvite is an interview invitation with a text/calendar part: the
// interview is Thursday April 15 2027, 14:00-15:00 New York time.
func omarInvite() mailFixture {
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Soylent//Scheduler//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:iv-42@soylent.com", "DTSTAMP:20270412T140000Z",
		"DTSTART;TZID=America/New_York:20270415T140000", "DTEND;TZID=America/New_York:20270415T150000",
		"SUMMARY:Interview: Staff Product Designer", "ORGANIZER;CN=Omar Haddad:mailto:omar@soylent.com",
		"ATTENDEE;CN=Alex Rivera:mailto:me@example.com", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	return mailFixture{mailbox: "INBOX", from: "Omar Haddad <omar@soylent.com>", to: me,
		subject: "Invitation: Interview for Staff Product Designer", date: apr(12, 10, 0), id: "o1@soylent.com",
		extra: "Content-Type: multipart/alternative; boundary=\"b1\"\r\n",
		body: "--b1\nContent-Type: text/plain; charset=utf-8\n\nHi Alex,\n\nYour interview for the Staff Product Designer role is booked for Thursday, April 15 at 2:00 PM ET.\n\nOmar\n" +
			"--b1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n" + strings.ReplaceAll(ics, "\r\n", "\n") + "--b1--"}
}

func TestThankYouFromInviteDovecot(t *testing.T) {
	inv := omarInvite()
	// mailFixture.raw writes its own Content-Type after extra; the
	// multipart one must win, so drop the plain one from this fixture.
	raw := bytes.Replace(inv.raw(), []byte("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"), []byte("MIME-Version: 1.0\r\n"), 1)
	d := imaptest.StartDovecot(t)
	d.Append(t, "INBOX", raw, inv.date, imap.FlagSeen)
	reply := mailFixture{mailbox: "Sent", from: me, to: "Omar Haddad <omar@soylent.com>",
		subject: "Re: Invitation: Interview for Staff Product Designer", date: apr(12, 11, 0), id: "o2@example.com",
		irt: "o1@soylent.com", refs: "<o1@soylent.com>", body: "Thanks Omar, see you Thursday!\n\nAlex"}
	d.Append(t, "Sent", reply.raw(), reply.date, imap.FlagSeen)

	// thank_you: false turns it off.
	off := configureLedger(t, d, "")
	offCfg, _ := os.ReadFile(off.cfg)
	os.WriteFile(off.cfg, bytes.Replace(offCfg, []byte("  max_nudges: 2\n"), []byte("  max_nudges: 2\n  thank_you: false\n"), 1), 0o600)
	off.check(t, "2027-04-16T16:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("with thank_you: false, Drafts holds %d, want 0", n)
	}

	e := configureLedger(t, d, "")
	// 24 hours after the end (Friday 15:00) have not passed at 10:00.
	e.check(t, "2027-04-16T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Fatalf("before thank_you_hours passed, Drafts holds %d, want 0", n)
	}
	e.check(t, "2027-04-16T16:00:00-04:00")
	drafts := d.Messages(t, "Drafts")
	if len(drafts) != 1 {
		t.Fatalf("after the interview, Drafts holds %d, want the thank-you note", len(drafts))
	}
	text := draftText(t, drafts[0])
	for _, want := range []string{"Omar", "Thursday, April 15", "Staff Product Designer"} {
		if !strings.Contains(text, want) {
			t.Errorf("thank-you note lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(strings.ToLower(text), "thank") {
		t.Errorf("thank-you note does not thank:\n%s", text)
	}
	if ds := e.ledger(t); len(ds) != 1 || ds[0].Situation != "thank_you" {
		t.Errorf("ledger = %+v, want one thank_you draft", ds)
	}
	if e.events.count(notify.ThankYou) != 1 {
		t.Errorf("thank_you_drafted events = %d, want 1", e.events.count(notify.ThankYou))
	}
}

func TestSnoozeIgnoreResumeDovecot(t *testing.T) {
	threads := append(append([]mailFixture(nil), kimThread...),
		mailFixture{mailbox: "Sent", from: me, to: "Lee Park <lee@initrode.com>", subject: "Design Lead application",
			date: apr(5, 9, 30), id: "q1@example.com", body: "Hi Lee,\n\nI'm applying for the Design Lead position; my portfolio is attached.\n\nAlex"},
		mailFixture{mailbox: "Sent", from: me, to: "Ana Ruiz <ana@jobs.umbrella.com>", subject: "Data Analyst application",
			date: apr(5, 10, 0), id: "r1@example.com", body: "Hi Ana,\n\nI applied for the Data Analyst role and wanted to introduce myself.\n\nAlex"},
		mailFixture{mailbox: "Sent", from: me, to: "Bo Chen <bo@hooli.com>", subject: "Platform Engineer application",
			date: apr(5, 10, 30), id: "s1@example.com", body: "Hi Bo,\n\nI applied for the Platform Engineer role last week.\n\nAlex"},
	)
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, threads, "ignore:\n  domains: [umbrella.com]\n  companies: [Hooli]\n")
	const mon = "2027-04-13T10:00:00-04:00"
	code, out, errb := runCLI(t, "--config", e.cfg, "check", "--now", mon, "--dry-run")
	if code != 0 {
		t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errb)
	}
	state, id := e.states(t, mon)
	for who, want := range map[string]string{"kim@soylent.com": "due", "lee@initrode.com": "due",
		"ana@jobs.umbrella.com": "ignored", "bo@hooli.com": "ignored"} {
		if state[who] != want {
			t.Errorf("before snoozing: %s is %q, want %q", who, state[who], want)
		}
	}

	e.cli(t, "snooze", id["kim@soylent.com"][:7], "3d", "--now", mon)
	e.cli(t, "ignore", id["lee@initrode.com"][:7])
	e.check(t, mon)
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("with kim snoozed and lee ignored, Drafts holds %d, want 0", n)
	}
	state, _ = e.states(t, mon)
	if state["kim@soylent.com"] != "snoozed" || state["lee@initrode.com"] != "ignored" {
		t.Errorf("states = %v, want kim snoozed, lee ignored", state)
	}

	// The snooze ends on Friday 10:00; lee stays ignored until resumed.
	e.check(t, "2027-04-16T11:00:00-04:00")
	byReply := parseDrafts(t, d.Messages(t, "Drafts"))
	if len(byReply) != 1 || byReply["p1@example.com"] == nil {
		t.Errorf("after the snooze, drafts reply to %v, want only kim's thread", keys(byReply))
	}
	e.cli(t, "resume", id["lee@initrode.com"])
	e.check(t, "2027-04-16T11:00:00-04:00")
	byReply = parseDrafts(t, d.Messages(t, "Drafts"))
	if len(byReply) != 2 || byReply["q1@example.com"] == nil {
		t.Errorf("after resume, drafts reply to %v, want kim's and lee's threads", keys(byReply))
	}

	// Unknown ids and bad durations are usage errors.
	for _, args := range [][]string{{"snooze", "zzzzzz", "3d"}, {"snooze", id["kim@soylent.com"], "3 days"}, {"ignore"}} {
		if code, _, _ := runCLI(t, append([]string{"--config", e.cfg}, args...)...); code != exitConfig {
			t.Errorf("hearback %v: exit %d, want %d", args, code, exitConfig)
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A broken user template is a config error (exit 2) naming the file and
// line, found at load time rather than in a 9am draft.
func TestTemplateErrorExits2(t *testing.T) {
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "tmpl")
	os.Mkdir(tmpl, 0o700)
	os.WriteFile(filepath.Join(tmpl, "warm.tmpl"), []byte("{{/* my texts */}}\n{{define \"warm/unanswered/0\"}}\nHi {{.FirstNmae}},\n{{end}}\n"), 0o600)
	path := filepath.Join(dir, "config.yaml")
	os.WriteFile(path, []byte("draft:\n  templates: tmpl\naccounts:\n  - name: x\n    host: imap.example.com\n    username: me@example.com\n    password_env: HB_TEST_UNSET\n"), 0o600)
	code, _, stderr := runCLI(t, "--config", path, "check")
	if code != exitConfig {
		t.Errorf("exit = %d, want %d", code, exitConfig)
	}
	if want := filepath.Join(tmpl, "warm.tmpl") + ":3: draft.templates:"; !strings.Contains(stderr, want) || !strings.Contains(stderr, "FirstNmae") {
		t.Errorf("error output does not point at %s ... FirstNmae:\n%s", want, stderr)
	}
}

// A draft hearback wrote carries nothing that marks it: hearback knows it
// by the ledger. Thunderbird, editing a draft, saves it under a new
// Message-ID (In-Reply-To and References kept) and removes the old one:
// that is the user's own reply now. No second draft joins it, and a reply
// from Kim leaves it alone.
func TestLedgerClientResavedDraftDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-13T10:00:00-04:00")
	uids, raws := draftUIDs(t, d), d.Messages(t, "Drafts")
	if len(raws) != 1 {
		t.Fatalf("first check: Drafts holds %d, want 1", len(raws))
	}
	if bytes.Contains(raws[0], []byte("X-Hearback")) || bytes.Contains(bytes.ToLower(raws[0]), []byte("user-agent:")) {
		t.Fatalf("hearback's draft carries a mark of its own:\n%s", raws[0])
	}
	resaved := regexp.MustCompile(`(?m)^Message-I[Dd]: <[^>]+>`).ReplaceAll(raws[0], []byte("Message-ID: <tb-7a1c@example.com>"))
	resaved = bytes.Replace(resaved, []byte("Hi Kim,"), []byte("Hello Kim,"), 1)
	if bytes.Equal(resaved, raws[0]) || !bytes.Contains(resaved, []byte("<tb-7a1c@example.com>")) {
		t.Fatalf("could not re-save the draft:\n%s", raws[0])
	}
	d.Append(t, "Drafts", resaved, apr(13, 10, 30), imap.FlagDraft, imap.FlagSeen)
	userExpunge(t, d, "Drafts", uids[0])

	for _, now := range []string{"2027-04-13T11:00:00-04:00", "2027-04-20T10:00:00-04:00"} {
		e.check(t, now)
		if got := d.Messages(t, "Drafts"); len(got) != 1 || !bytes.Equal(got[0], resaved) {
			t.Fatalf("check at %s: Drafts holds %d message(s), want only the user's re-saved draft", now, len(got))
		}
	}
	// hearback's own draft left Drafts (the ledger says so); the user's
	// reply waits there: either way nothing is drafted.
	state, _ := e.states(t, "2027-04-20T10:00:00-04:00")
	if s := state["kim@soylent.com"]; s != "dismissed" && s != "ball_in_my_court" {
		t.Errorf("with the user's draft in Drafts the thread is %q, want dismissed or ball_in_my_court", s)
	}
	// Kim answers: the user's draft is theirs to keep or drop.
	d.Append(t, "INBOX", kimReplies.raw(), kimReplies.date, imap.FlagSeen)
	e.check(t, "2027-04-14T12:00:00-04:00")
	if got := d.Messages(t, "Drafts"); len(got) != 1 || !bytes.Equal(got[0], resaved) {
		t.Errorf("after Kim's reply Drafts holds %d message(s), want the user's re-saved draft untouched", len(got))
	}
	if n := e.events.count(notify.Withdrawn); n != 0 {
		t.Errorf("withdrawn events = %d, want 0", n)
	}
	if n := len(e.ledger(t)); n != 1 {
		t.Errorf("ledger has %d drafts, want hearback's one", n)
	}
}

// A draft an earlier version of hearback wrote still carries
// X-Hearback-Thread: it is hearback's (no second draft beside it) and is
// withdrawn, untouched, when Kim answers.
func TestLedgerDraftOfEarlierVersionDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, kimThread, "")
	e.check(t, "2027-04-06T10:00:00-04:00") // nothing due yet: syncs
	_, ids := e.states(t, "2027-04-06T10:00:00-04:00")
	id := ids["kim@soylent.com"]
	if id == "" {
		t.Fatal("no thread with kim@soylent.com")
	}
	raw := []byte("From: Alex Rivera <me@example.com>\r\nTo: Kim Wu <kim@soylent.com>\r\n" +
		"Subject: Re: Frontend Developer application\r\nDate: Mon, 12 Apr 2027 09:00:00 -0400\r\n" +
		"Message-ID: <old.draft1@example.com>\r\nIn-Reply-To: <p1@example.com>\r\nReferences: <p1@example.com>\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
		"X-Hearback-Thread: " + id + "\r\nX-Hearback-Draft: 1\r\n\r\nHi Kim,\r\n\r\nJust checking in on my application.\r\n\r\nAlex Rivera\r\n")
	sum := sha256.Sum256(raw)
	st, err := store.Open(context.Background(), e.db)
	if err != nil {
		t.Fatal(err)
	}
	err = st.AddDraft(context.Background(), store.Draft{MessageID: "old.draft1@example.com", ThreadID: id, Account: "personal",
		ReplyTo: "p1@example.com", Situation: "unanswered", Nudge: 1, Status: store.DraftAppended,
		Subject: "Re: Frontend Developer application", Raw: raw, ContentHash: hex.EncodeToString(sum[:])})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	d.Append(t, "Drafts", raw, apr(12, 9, 0), imap.FlagDraft, imap.FlagSeen)

	e.check(t, "2027-04-13T10:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 1 {
		t.Fatalf("with the earlier version's draft in Drafts, Drafts holds %d, want 1", n)
	}
	if state, _ := e.states(t, "2027-04-13T10:00:00-04:00"); state["kim@soylent.com"] != "drafted" {
		t.Errorf("thread is %q, want drafted", state["kim@soylent.com"])
	}
	d.Append(t, "INBOX", kimReplies.raw(), kimReplies.date, imap.FlagSeen)
	e.check(t, "2027-04-14T12:00:00-04:00")
	if n := len(d.Messages(t, "Drafts")); n != 0 {
		t.Errorf("after Kim's reply Drafts holds %d, want the earlier version's untouched draft withdrawn", n)
	}
	if got := statusOf(e.ledger(t)); len(got) != 1 || got[0] != store.DraftWithdrawn {
		t.Errorf("ledger = %v, want [withdrawn]", got)
	}
}

// A reply to a message from Outlook joins its conversation: the draft
// carries a child of the message's Thread-Index and its Thread-Topic,
// read from the server and kept in the store like any header.
func TestOutlookConversationDovecot(t *testing.T) {
	const index = "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A"
	kim := mailFixture{mailbox: "INBOX", from: "Kim Wu <kim@soylent.com>", to: me,
		subject: "RE: Frontend Developer application", date: apr(6, 9, 0), id: "p2@soylent.com",
		irt: "p1@example.com", refs: "<p1@example.com>",
		extra: "Thread-Topic: Frontend Developer application\r\nThread-Index: " + index + "\r\n",
		body:  "Hi Alex,\n\nThanks for your application! We'll get back to you by April 9.\n\nKim"}
	d := imaptest.StartDovecot(t)
	e := newLedgerEnv(t, d, append(append([]mailFixture(nil), kimThread...), kim), "")
	const now = "2027-04-13T10:00:00-04:00"
	e.check(t, now)
	drafts := d.Messages(t, "Drafts")
	if len(drafts) != 1 {
		t.Fatalf("Drafts holds %d, want the follow-up to Kim", len(drafts))
	}
	h := parseDrafts(t, drafts)["p2@soylent.com"]
	if h == nil {
		t.Fatalf("no draft replying to Kim's message:\n%s", drafts[0])
	}
	child, ok := mailmsg.ParseThreadIndex(h.Get("Thread-Index"))
	parent, _ := mailmsg.ParseThreadIndex(index)
	if !ok || len(child) != len(parent)+5 || !bytes.Equal(child[:len(parent)], parent) {
		t.Fatalf("Thread-Index %q is not a child of Kim's %q", h.Get("Thread-Index"), index)
	}
	at, _ := time.Parse(time.RFC3339, now)
	times := mailmsg.ThreadIndexChildTimes(child)
	if got := times[len(times)-1]; at.Sub(got) < 0 || at.Sub(got) > time.Second {
		t.Errorf("the new child block records %v, want the draft's time %v", got, at)
	}
	if topic, _ := h.Text("Thread-Topic"); topic != "Frontend Developer application" {
		t.Errorf("Thread-Topic = %q, want Kim's", topic)
	}
}
