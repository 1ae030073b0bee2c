package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/mailmsg"
)

// rejectionFiles are the messages labelled rejected under the classifier's
// testdata/dir (labelledFiles).
func rejectionFiles(t *testing.T, dir string) []string {
	return labelledFiles(t, dir, func(cols []string) bool { return cols[1] == "1" && cols[2] == "rejected" })
}

// labelledFiles are the messages under the classifier's testdata/dir
// whose labels.tsv line (one a writer; columns as its README says) keep
// accepts. A dir with a slash names writers itself: "tune_written/r6_*".
func labelledFiles(t *testing.T, dir string, keep func(cols []string) bool) []string {
	t.Helper()
	pattern := filepath.Join("..", "..", "classifier", "testdata", dir, "*", "labels.tsv")
	if strings.Contains(dir, "/") {
		pattern = filepath.Join("..", "..", "classifier", "testdata", dir, "labels.tsv")
	}
	labels, _ := filepath.Glob(pattern)
	if len(labels) == 0 {
		t.Fatalf("no labels under classifier/testdata/%s", dir)
	}
	var out []string
	for _, l := range labels {
		f, err := os.Open(l)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) >= 9 && cols[0] != "file" && keep(cols) {
				out = append(out, filepath.Join(filepath.Dir(l), cols[0]))
			}
		}
		f.Close()
	}
	return out
}

// asAnswer makes a rejection the answer to an application of mine: my
// message in Sent to its sender a week earlier, and the rejection in
// INBOX replying to it.
func asAnswer(t *testing.T, n int, raw []byte) (sent, inbox []byte, date time.Time) {
	return asAnswerTo(t, n, raw, applicationNote)
}

// applicationNote is my application, the message asAnswer's answer to;
// plainNote a word of mine that says nothing of hiring.
const (
	applicationNote = "Hello,\r\n\r\nPlease find my application for the role attached. I look forward to hearing from you.\r\n\r\nAlex Rivera\r\n"
	plainNote       = "Hi,\r\n\r\nThanks for your note, that sounds good.\r\n\r\nAlex\r\n"
)

// asAnswerTo is asAnswer with mine the message of mine it answers.
func asAnswerTo(t *testing.T, n int, raw []byte, mine string) (sent, inbox []byte, date time.Time) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("rejection %d: %v", n, err)
	}
	date, err = m.Header.Date()
	if err != nil {
		t.Fatalf("rejection %d: date: %v", n, err)
	}
	to := m.Header.Get("Reply-To")
	if to == "" {
		to = m.Header.Get("From")
	}
	subject := strings.TrimSpace(m.Header.Get("Subject"))
	for _, p := range []string{"Re:", "RE:", "AW:", "Aw:", "TR:", "RV:", "R:"} {
		subject = strings.TrimSpace(strings.TrimPrefix(subject, p))
	}
	id := fmt.Sprintf("application-%d@fastmail.com", n)
	sent = []byte(fmt.Sprintf("From: Alex Rivera <alex.rivera@fastmail.com>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s",
		to, subject, date.AddDate(0, 0, -7).Format(time.RFC1123Z), id, mine))
	// Their message answers mine: In-Reply-To and References first, so
	// that its own (if any) come after and are still read as written.
	inbox = append([]byte(fmt.Sprintf("In-Reply-To: <%s>\r\nReferences: <%s>\r\n", id, id)), raw...)
	return sent, inbox, date
}

// Every rejection of the blind evaluation set (written by people who had
// not seen the classifier), put in a thread as the answer to my
// application: a check two weeks after the latest of them drafts a
// follow-up in at most 1 % of those threads (the third blind set: held at
// 2.5 % until it is met). Before issue 15 it drafted
// "I'm still very interested" to companies that said no. The same for the
// written tuning set, for comparison.
//
// REJECTION_SETS=tune_written/r6_* runs those writers instead (a new
// tuning round, measured as it arrives); REJECTION_SHOW=1 lists the
// threads that would get a draft, for tuning sets only (=threads: every
// thread; =explain: and each one's explain).
func TestRejectionsGetNoDraftDovecot(t *testing.T) {
	for _, part := range answerSets() {
		t.Run(part, func(t *testing.T) {
			files := rejectionFiles(t, part)
			drafted := answeredThreads(t, part, files, 14)
			share := float64(drafted) / float64(len(files))
			t.Logf("%s: %d rejections as answers to my applications; %d would get a follow-up (%.1f %%)", part, len(files), drafted, 100*share)
			// The issue asks for at most 1 %. The third blind set, written
			// after the first two were met, came in at 4 of 181 (2.2 %) at
			// its freeze and after the fifth round; after the sixth and
			// seventh rounds' rejection model it is 0 of 181 (blind 1 of
			// 185, blind2 0 of 123).
			limit := map[string]float64{"blind": 0.01, "blind2": 0.01, "blind3": 0.01}[part]
			if limit > 0 && share > limit {
				t.Errorf("%d of %d threads answered with a rejection would get a follow-up draft (%.1f %%), want at most %.1f %%",
					drafted, len(files), 100*share, 100*limit)
			}
		})
	}
}

// What holding threads costs: every message of the same sets that leaves
// the user waiting on the other side (a decision to come, or a promise
// of news in a process still open, and no question to the user), put in
// a thread as the answer to my application, should get a follow-up once
// a month has passed without a word. A policy that holds more threads to spare the user a nudge after
// a no would show here as follow-ups missed.
func TestWaitingThreadsGetDraftDovecot(t *testing.T) {
	for _, part := range answerSets() {
		t.Run(part, func(t *testing.T) {
			files := labelledFiles(t, part, func(cols []string) bool {
				stage, promise, auto, asks := cols[2], cols[3], cols[5], cols[7]
				if cols[1] != "1" || auto == "1" || asks == "1" {
					// a question to me leaves the ball in my court: no
					// follow-up is owed there
					return false
				}
				return stage == "awaiting_decision" || promise != "-" && (stage == "application_ack" || stage == "outreach")
			})
			drafted := answeredThreads(t, part, files, 30)
			share := float64(drafted) / float64(len(files))
			t.Logf("%s: %d messages that leave me waiting, as answers to my applications; %d would get a follow-up (%.1f %%)",
				part, len(files), drafted, 100*share)
			// With the sixth round's rejection model: blind 45 of 60,
			// blind2 31 of 41, blind3 39 of 51, tune_written 151 of 176 (r6's
			// own 48 came in at 36 before it). The rest are held: the last
			// word reads partly like a no, the classifier reads no step of
			// a process in it, or it asks the user something after all.
			// After rounds eight to eleven: blind 45 of 60, blind2 33 of
			// 41, blind3 41 of 51, tune_written 361 of 405.
			// Floors about two threads under those, so that holding more
			// cannot go unnoticed.
			floor := map[string]float64{"blind": 0.71, "blind2": 0.75, "blind3": 0.76, "tune_written": 0.88}
			if limit := floor[part]; share < limit {
				t.Errorf("%d of %d threads waiting on the other side would get a follow-up (%.1f %%), want at least %.1f %%",
					drafted, len(files), 100*share, 100*limit)
			}
		})
	}
}

// Mail that only looks like hiring (job=0 in the same sets: the reader on
// an interview panel at work, an admission, a podcast's "interview", a
// newsletter about hiring), each alone in INBOX as it arrives, and each as
// the answer to a word of mine that says nothing of hiring: a check two
// weeks later drafts nothing for any of it. A draft there would put words
// of a job search into a conversation that is none.
//
// Only a reply ("Re: ...") is put under a word of mine: the others are
// first messages, a newsletter or an invitation that answers nothing, and
// under my word with their subject they would read as my own mail about it.
func TestLookalikesGetNoDraftDovecot(t *testing.T) {
	for _, part := range answerSets() {
		files := labelledFiles(t, part, func(cols []string) bool { return cols[1] == "0" })
		for _, c := range []struct{ name, mine string }{{"alone", ""}, {"answering me", plainNote}} {
			t.Run(part+"/"+c.name, func(t *testing.T) {
				files := files
				if c.mine != "" {
					files = replies(t, files)
				}
				drafted := draftedThreads(t, part, files, 14, c.mine)
				t.Logf("%s: %d messages that are not my own hiring, %s; %d would get a follow-up", part, len(files), c.name, drafted)
				// Two of the tuning set's replies are still read as
				// hiring: a club committee's "social secretary role" and a
				// school's place for a child ("vaga para o Theo").
				// When this test was written (r39) they were 5 of 1,397
				// alone and 9 of 176 answering me.
				allowed := 0
				if part == "tune_written" && c.mine != "" {
					allowed = 2
				}
				if drafted > allowed {
					t.Errorf("%d of %d look-alikes would get a follow-up draft, want at most %d", drafted, len(files), allowed)
				}
			})
		}
	}
}

// replies are those of files whose subject is a reply's, by the prefixes
// threading knows (mailmsg.IsReplyPrefix), forwards left out.
func replies(t *testing.T, files []string) []string {
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		p, _, ok := strings.Cut(m.Subject, ":")
		if ok && mailmsg.IsReplyPrefix(strings.ToLower(strings.TrimSpace(p))) && !mailmsg.IsForwardSubject(m.Subject) {
			out = append(out, f)
		}
	}
	return out
}

// answerSets are the labelled sets the two tests above run on: the held-back
// ones and the written tuning set, or REJECTION_SETS (comma-separated).
func answerSets() []string {
	if sets := os.Getenv("REJECTION_SETS"); sets != "" {
		return strings.Split(sets, ",")
	}
	return []string{"blind", "blind2", "blind3", "tune_written"}
}

// answeredThreads puts each of files in a thread of its own as the answer
// to an application of mine (asAnswer), in a real Dovecot, runs `check
// --dry-run` days after the latest of them, and returns how many threads
// would get a follow-up. REJECTION_SHOW=1 logs them, for tuning sets only
// (REJECTION_SHOW=threads: every thread's state and why as well).
func answeredThreads(t *testing.T, part string, files []string, days int) int {
	return draftedThreads(t, part, files, days, applicationNote)
}

// draftedThreads is answeredThreads with mine the message of mine each
// file answers, or with mine "" each message alone in INBOX, unprompted.
func draftedThreads(t *testing.T, part string, files []string, days int, mine string) int {
	t.Helper()
	d := imaptest.StartDovecot(t)
	var latest time.Time
	var delivered []imaptest.Delivery
	for n, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var boxes []imaptest.Delivery
		if mine != "" {
			sent, inbox, date := asAnswerTo(t, n, raw, mine)
			boxes = []imaptest.Delivery{{Box: "Sent", Date: date.AddDate(0, 0, -7), Raw: sent}, {Date: date, Raw: inbox}}
		} else {
			m, err := mail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			date, err := m.Header.Date()
			if err != nil {
				t.Fatalf("%s: date: %v", f, err)
			}
			boxes = []imaptest.Delivery{{Date: date, Raw: raw}}
		}
		if date := boxes[len(boxes)-1].Date; date.After(latest) {
			latest = date
		}
		delivered = append(delivered, boxes...)
	}
	// Straight into the Maildir, as a delivery agent files mail: APPENDs
	// one at a time cost two minutes of the tuning set under -race.
	if err := d.Deliver(imaptest.Username, delivered); err != nil {
		t.Fatal(err)
	}
	env := configureLedger(t, d, "")
	cfg, err := os.ReadFile(env.cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg = bytes.Replace(cfg, []byte("addresses: [me@example.com]"), []byte("addresses: [alex.rivera@fastmail.com]"), 1)
	cfg = bytes.Replace(cfg, []byte("  max_nudges: 2\n"), []byte("  max_nudges: 2\n  lookback_days: 400\n"), 1)
	if err := os.WriteFile(env.cfg, cfg, 0o600); err != nil {
		t.Fatal(err)
	}
	now := latest.AddDate(0, 0, days).Format(time.RFC3339)
	code, out, stderr := runCLI(t, "--config", env.cfg, "check", "--dry-run", "--now", now)
	if code != 0 {
		t.Fatalf("check: exit %d: %s", code, stderr)
	}
	if show := os.Getenv("REJECTION_SHOW"); show != "" && !strings.HasPrefix(part, "blind") {
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "would draft [") {
				t.Log(l)
			}
		}
		if show == "threads" || show == "explain" {
			// every thread's state and why, the drafted ones too
			_, threads, _ := runCLI(t, "--config", env.cfg, "threads", "--all", "--now", now)
			t.Log("\n" + threads)
		}
		if show == "explain" {
			// and each thread in detail, as the user would see it
			_, threads, _ := runCLI(t, "--config", env.cfg, "threads", "--all", "--json", "--now", now)
			for _, id := range threadIDs(threads) {
				_, ex, _ := runCLI(t, "--config", env.cfg, "explain", "--now", now, id)
				t.Logf("$ hearback explain %s --now %s\n%s", id, now, ex)
			}
		}
	}
	return strings.Count(out, "  would draft [")
}

// threadIDs are the ids in the output of 'threads --json'.
func threadIDs(out string) []string {
	var views []threadView
	if json.Unmarshal([]byte(out), &views) != nil {
		return nil
	}
	ids := make([]string, 0, len(views))
	for _, v := range views {
		ids = append(ids, v.ID)
	}
	return ids
}
