package draft

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// TestComposeHeaderLineLimits: whatever the names and the subject, every
// line of a draft's header stays within 998 octets (RFC 5322's limit) and,
// unless it holds one long address, within 78: a word too long to fold is
// split into several encoded-words, and a display name is cut to 200
// characters. Before: a display name of one 3,000-letter word gave a To
// line of 3,005 octets.
func TestComposeHeaderLineLimits(t *testing.T) {
	long := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name     string
		toName   string
		subject  string
		wantName string // the To name as a mail client decodes it
	}{
		{"one 3,000-letter word", long("A", 3000), "Interview", long("A", 200)},
		{"one 3,000-letter non-ASCII word", long("é", 3000), "Interview", long("é", 200)},
		{"long quoted-string word", long("a.b", 1000), "Interview", long("a.b", 66) + "a."},
		{"many short words", strings.TrimSpace(long("Jane ", 600)), "Interview", strings.TrimSpace(long("Jane ", 40))},
		{"199-letter word kept whole", long("B", 199), "Interview", long("B", 199)},
		{"3,000-letter subject word", "Jane Doe", long("x", 3000), "Jane Doe"},
		{"3,000-letter non-ASCII subject", "Jane Doe", long("面", 3000), "Jane Doe"},
		{"mixed scripts", long("Zoë ", 100), long("Ингénieur ", 300), strings.TrimSpace(long("Zoë ", 50))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInput()
			in.To = []mailmsg.Address{{Name: tt.toName, Email: "jane.doe@acme-corp.com"}}
			in.Cc = []mailmsg.Address{{Name: tt.toName, Email: "bob@acme-corp.com"}}
			in.Counterpart = in.To[0]
			in.Subject = tt.subject
			d, err := Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			checkLineEnds(t, d.Raw)
			h, _, head := parseRaw(t, d.Raw)
			for _, l := range strings.Split(strings.TrimSuffix(head, "\r\n"), "\r\n") {
				if len(l) > 78 {
					t.Errorf("header line of %d octets (want at most 78): %q", len(l), l)
				}
			}
			to, err := h.AddressList("To")
			if err != nil || len(to) != 1 || to[0].Address != "jane.doe@acme-corp.com" {
				t.Fatalf("To = %v, %v\n%s", to, err, head)
			}
			if to[0].Name != tt.wantName {
				t.Errorf("To name = %q (%d chars), want %q (%d chars)\n%s", to[0].Name, utf8.RuneCountInString(to[0].Name),
					tt.wantName, utf8.RuneCountInString(tt.wantName), head)
			}
			if s, err := h.Subject(); err != nil || s != mailmsg.ReplySubject(tt.subject) {
				t.Errorf("Subject = %q, %v; want %q", s, err, mailmsg.ReplySubject(tt.subject))
			}
		})
	}
}

// TestComposeStripsControlAndBidi: a message whose names and subject carry
// C1 controls (U+009B CSI, U+0085 NEL) and bidi overrides, isolates and
// marks goes through mailmsg's parser and the draft composer; the draft
// (header as decoded, and body) holds none of them. The composer cleans
// again, for what was stored before the parser did.
func TestComposeStripsControlAndBidi(t *testing.T) {
	bad := func(r rune) bool {
		return (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
			r == 0x200e || r == 0x200f || r == 0x061c
	}
	raw := "From: =?utf-8?q?Jane=E2=80=AE_Doe=C2=9B31m?= <jane.doe@acme-corp.com>\r\n" +
		"To: \"Alex \u2066Rivera\u2069\" <me.alias@example.com>\r\n" +
		"Cc: Bob\u0085Smith\u200f <bob@acme-corp.com>\r\n" +
		"Subject: =?utf-8?q?Interview=E2=80=AE_fdp.exe_=C2=9B2J_at_Acme=D8=9C?=\r\n" +
		"Date: Fri, 09 Apr 2027 14:05:00 -0400\r\nMessage-ID: <m3@acme-corp.com>\r\n\r\n" +
		"Thanks Alex, great talking today.\r\n\r\nBest,\r\nJane\r\n"
	parsed, err := mailmsg.ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	direct := mailmsg.Message{From: mailmsg.Address{Name: "Jane\u202e Doe\u009b", Email: "jane.doe@acme-corp.com"},
		Cc: []mailmsg.Address{{Name: "Bob\u2067 Smith\u0085", Email: "bob@acme-corp.com"}}, Subject: "Interview\u202e at Acme\u200e"}
	tests := []struct {
		name string
		m    *mailmsg.Message
	}{
		{"parsed", parsed},
		{"stored before the parser cleaned (composer only)", &direct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInput()
			in.To = []mailmsg.Address{tt.m.From}
			in.Cc = tt.m.Cc
			in.Counterpart = tt.m.From
			in.Subject = tt.m.Subject
			last := *tt.m
			last.Date, last.Excerpt = in.Last.Date, in.Last.Excerpt
			in.Last = &last
			d, err := Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			h, body, head := parseRaw(t, d.Raw)
			decoded := []string{body, d.Subject, d.Body}
			for _, k := range []string{"To", "Cc"} {
				list, err := h.AddressList(k)
				if err != nil {
					t.Fatalf("%s: %v\n%s", k, err, head)
				}
				for _, a := range list {
					decoded = append(decoded, a.Name)
				}
			}
			s, _ := h.Subject()
			decoded = append(decoded, s, head)
			for _, f := range decoded {
				if i := strings.IndexFunc(f, bad); i >= 0 {
					t.Errorf("draft keeps %+q in %q", []rune(f[i:])[0], f)
				}
			}
			if !strings.Contains(s, "Acme") || !strings.Contains(head, "Jane") {
				t.Errorf("the text around the stripped characters is lost: subject %q\n%s", s, head)
			}
		})
	}
}
