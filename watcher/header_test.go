package watcher

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

// received is n Received: lines of a relay chain, as Microsoft 365 adds
// them (about 150 bytes each).
func received(n int, marker string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Received: from relay%03d.%s.prod.outlook.example (2603:10b6:208:%x::%x) by\r\n"+
			" relay%03d.prod.outlook.example with HTTPS; Tue, 13 Apr 2027 10:%02d:00 +0000\r\n", i, marker, i, i, i+1, i%60)
	}
	return b.String()
}

const rejectionBody = "Dear Alex,\r\n\r\n" +
	"Thank you for taking the time to interview for the Data Engineer position at Acme. " +
	"After careful consideration, we have decided to move forward with other candidates " +
	"whose experience more closely matches our needs.\r\n\r\n" +
	"We wish you the best of luck in your job search.\r\n\r\nJane Smith\r\nTalent Acquisition, Acme\r\n"

// storedMessage syncs the account and returns its one stored message of
// role.
func storedMessage(t *testing.T, srv imaptest.Server, role string) (store.Message, *syncBuffer) {
	t.Helper()
	st := openStore(t)
	s, logs := dial(t, srv)
	if _, err := s.Sync(testCtx(t), st, "personal", time.Now().AddDate(0, 0, -30)); err != nil {
		t.Fatalf("Sync() = %v", err)
	}
	msgs, err := st.Messages(testCtx(t), "personal", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	msgs = slices.DeleteFunc(msgs, func(m store.Message) bool { return m.Role != role })
	if len(msgs) != 1 {
		t.Fatalf("%d %s messages stored, want 1", len(msgs), role)
	}
	return msgs[0], logs
}

// A rejection behind an 18 KB header (Received: lines first, as they
// are) is stored with its body and classified as a rejection; with only
// the first 16 KB of the message it was an empty message that was no job.
func TestDovecotLargeHeaderRejection(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	head := received(120, "eur05")
	raw := head + "From: Jane Smith <jane@acme.example>\r\n" +
		"To: Alex Rivera <me@example.com>\r\n" +
		"Subject: Your application for Data Engineer at Acme\r\n" +
		"Date: " + now.Format(time.RFC1123Z) + "\r\n" +
		"Message-ID: <reject-1@acme.example>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + rejectionBody
	if n := strings.Index(raw, "\r\n\r\n"); n < 18<<10 || n > headerMax {
		t.Fatalf("header is %d bytes, want about 18 KB", n)
	}
	d.Append(t, "INBOX", []byte(raw), now)

	m, _ := storedMessage(t, d, store.RoleInbox)
	if m.MessageID != "reject-1@acme.example" || m.From.Email != "jane@acme.example" {
		t.Errorf("stored Message-ID %q, From %q; want the header's", m.MessageID, m.From.Email)
	}
	if !strings.Contains(m.Excerpt, "decided to move forward with other candidates") {
		t.Errorf("stored excerpt %q lacks the body", m.Excerpt)
	}
	if v := classifier.Classify(&m.Message); v.Stage != classifier.StageRejected {
		t.Errorf("classified as stage %q (job %v), want %q; reasons %v", v.Stage, v.Job, classifier.StageRejected, v.Reasons)
	}
}

// My own Sent message with a 20 KB Cc keeps its threading headers (after
// the Cc) and its body.
func TestDovecotLargeCcSent(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	var cc strings.Builder
	cc.WriteString("Cc: ")
	for i := range 440 {
		if i > 0 {
			cc.WriteString(",\r\n ")
		}
		fmt.Fprintf(&cc, "Panel Member %03d <panel%03d@bigcorp.example>", i, i)
	}
	cc.WriteString("\r\n")
	if cc.Len() < 20<<10 {
		t.Fatalf("Cc is %d bytes, want 20 KB", cc.Len())
	}
	raw := "From: Alex Rivera <me@example.com>\r\n" +
		"To: Jane Smith <jane@acme.example>\r\n" + cc.String() +
		"Subject: Re: Interview on Tuesday\r\n" +
		"Date: " + now.Format(time.RFC1123Z) + "\r\n" +
		"Message-ID: <sent-1@example.com>\r\n" +
		"In-Reply-To: <invite-1@acme.example>\r\n" +
		"References: <invite-1@acme.example>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hi Jane,\r\n\r\nThank you for the invitation, Tuesday at 10 works for me.\r\n\r\nAlex\r\n"
	d.Append(t, "Sent", []byte(raw), now)

	m, _ := storedMessage(t, d, store.RoleSent)
	if m.InReplyTo != "invite-1@acme.example" || !slices.Equal(m.References, []string{"invite-1@acme.example"}) {
		t.Errorf("stored In-Reply-To %q, References %v; want <invite-1@acme.example>", m.InReplyTo, m.References)
	}
	if !strings.Contains(m.Excerpt, "Tuesday at 10 works for me") {
		t.Errorf("stored excerpt %q lacks the body", m.Excerpt)
	}
	if len(m.Cc) != 440 {
		t.Errorf("stored %d Cc addresses, want 440", len(m.Cc))
	}
}

// A 400 KB header is cut at headerMax: the message is stored, with the
// fields before the cut and its text, and the cut is logged by UID,
// mailbox and size, without the header's content.
func TestDovecotHugeHeaderCut(t *testing.T) {
	d := imaptest.StartDovecot(t)
	now := time.Now()
	raw := "From: Jane Smith <jane@acme.example>\r\n" +
		"To: Alex Rivera <me@example.com>\r\n" +
		"Subject: Your application for Data Engineer at Acme\r\n" +
		"Date: " + now.Format(time.RFC1123Z) + "\r\n" +
		"Message-ID: <huge-1@acme.example>\r\n" +
		received(2700, "secretrelay") + "\r\n" + rejectionBody
	if n := strings.Index(raw, "\r\n\r\n"); n < 400<<10 {
		t.Fatalf("header is %d bytes, want 400 KB", n)
	}
	uid := d.Append(t, "INBOX", []byte(raw), now)

	m, logs := storedMessage(t, d, store.RoleInbox)
	if m.MessageID != "huge-1@acme.example" || m.Subject != "Your application for Data Engineer at Acme" {
		t.Errorf("stored Message-ID %q, Subject %q; want the header's", m.MessageID, m.Subject)
	}
	if !strings.Contains(m.Excerpt, "decided to move forward with other candidates") {
		t.Errorf("stored excerpt %q lacks the body", m.Excerpt)
	}
	var warn string
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, "level=WARN") && strings.Contains(line, "header") {
			warn = line
		}
	}
	for _, want := range []string{"uid=" + itoa(uint32(uid)), "mailbox=INBOX", fmt.Sprintf("size=%d", len(raw)), fmt.Sprintf("header_read=%d", headerMax)} {
		if !strings.Contains(warn, want) {
			t.Errorf("warning %q lacks %s; log:\n%s", warn, want, logs.String())
		}
	}
	if strings.Contains(logs.String(), "secretrelay") {
		t.Errorf("log contains the header's content")
	}
}

func TestJoinHeaderText(t *testing.T) {
	long := strings.Repeat("X-Filler: "+strings.Repeat("f", 90)+"\r\n", headerMax/100+10)
	tests := []struct {
		name         string
		header, text string
		want         string
	}{
		{"whole header", "Subject: a\r\n\r\n", "body\r\n", "Subject: a\r\n\r\nbody\r\n"},
		{"whole header, LF", "Subject: a\n\n", "body\n", "Subject: a\n\nbody\n"},
		{"header without its blank line", "Subject: a\r\n", "", "Subject: a\r\n\r\n"},
		{"header without a line end", "Subject: a", "", "Subject: a\r\n\r\n"},
		{"no header fields", "\r\n", "body\r\n", "\r\nbody\r\n"},
		{"no header at all", "", "Subject: not a header\r\n", "\r\nSubject: not a header\r\n"},
		{"cut to its last whole line", long[:headerMax+1], "body", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(joinHeaderText([]byte(tt.header), []byte(tt.text), len(tt.header) > headerMax))
			want := tt.want
			if want == "" {
				cut := long[:headerMax]
				want = cut[:strings.LastIndex(cut, "\n")+1] + "\r\n" + tt.text
			}
			if got != want {
				t.Errorf("joinHeaderText() = %.80q (%d bytes), want %.80q (%d bytes)", got, len(got), want, len(want))
			}
		})
	}
}

// Lists beyond maxListed are cut into arrays of their own; References
// keep the thread's root and the latest ids.
func TestBoundLists(t *testing.T) {
	var m mailmsg.Message
	for i := range maxListed + 500 {
		m.Cc = append(m.Cc, mailmsg.Address{Email: fmt.Sprintf("p%d@c.io", i)})
		m.References = append(m.References, fmt.Sprintf("r%d@c.io", i))
	}
	m.To = []mailmsg.Address{{Email: "me@example.com"}}
	parsed := m.Cc
	if !boundLists(&m) {
		t.Fatal("boundLists() = false, want a cut")
	}
	if len(m.Cc) != maxListed || &m.Cc[0] == &parsed[0] || m.Cc[0].Email != "p0@c.io" {
		t.Errorf("Cc: %d entries, first %q; want the first %d in an array of their own", len(m.Cc), m.Cc[0].Email, maxListed)
	}
	last := fmt.Sprintf("r%d@c.io", maxListed+499)
	if len(m.References) != maxListed || m.References[0] != "r0@c.io" || m.References[maxListed-1] != last || m.References[1] != "r501@c.io" {
		t.Errorf("References: %d, %q ... %q; want r0, then r501 to %s", len(m.References), m.References[0], m.References[len(m.References)-1], last)
	}
	if len(m.To) != 1 || boundLists(&m) {
		t.Error("a message within the bounds was cut")
	}
}

func TestNextBatchLen(t *testing.T) {
	msgs := func(n, size int) []*imapclient.FetchMessageBuffer {
		var out []*imapclient.FetchMessageBuffer
		for range n {
			out = append(out, &imapclient.FetchMessageBuffer{BodySection: []imapclient.FetchBodySectionBuffer{
				{Section: headerSection, Bytes: make([]byte, size/2)}, {Section: textSection, Bytes: make([]byte, size-size/2)}}})
		}
		return out
	}
	tests := []struct {
		name string
		bufs []*imapclient.FetchMessageBuffer
		want int
	}{
		{"typical mail", msgs(200, 20<<10), fetchBatch},
		{"nothing fetched", nil, fetchBatch},
		{"headers at the limit", msgs(200, headerMax+textSize), fetchBytes / (headerMax + textSize)},
		{"larger than fetchBytes", msgs(1, 2*fetchBytes), 1},
	}
	for _, tt := range tests {
		if got := nextBatchLen(tt.bufs); got != tt.want {
			t.Errorf("%s: nextBatchLen() = %d, want %d", tt.name, got, tt.want)
		}
	}
}
