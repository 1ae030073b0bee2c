package mailmsg

import (
	"strings"
	"testing"
	"time"
)

// forbidden are the characters no name or subject may keep: C0 and C1
// controls (U+009B is a terminal's CSI, U+0085 NEL a line break), DEL,
// the bidi embeddings, overrides and isolates, and the bidi marks.
func forbidden(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029
}

func hasForbidden(s string) bool { return strings.IndexFunc(s, forbidden) >= 0 }

// TestCleanStripsControlAndBidi: Clean removes C1 controls and bidi
// formatting characters (and turns line-breaking ones into a space), so a
// name or subject cannot move a terminal's cursor, inject escape
// sequences, or show text reversed ("fdp.exe" for "exe.pdf").
func TestCleanStripsControlAndBidi(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"CSI (U+009B) escape", "Jane\u009b31mDoe", "Jane31mDoe"},
		{"NEL (U+0085) is a line break", "Jane\u0085Doe", "Jane Doe"},
		{"other C1", "a\u0080b\u009fc\u008dd", "abcd"},
		{"RLO override (U+202E)", "Invoice \u202Efdp.exe", "Invoice fdp.exe"},
		{"LRE, RLE, PDF, LRO", "\u202Aa\u202Bb\u202Cc\u202Dd", "abcd"},
		{"isolates U+2066-U+2069", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"marks LRM, RLM, ALM", "a\u200eb\u200fc\u061cd", "abcd"},
		{"C0 and DEL become spaces", "a\x1b[2Jb\x07c\x7fd", "a [2Jb c d"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a b c"},
		{"no double space left behind", "a \u202e b", "a b"},
		{"ordinary text kept", "Zoë Ælfríc — 面试 👩‍💻", "Zoë Ælfríc — 面试 👩‍💻"},
		{"Arabic and Hebrew letters kept", "مرحبا שלום", "مرحبا שלום"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestParseStripsControlAndBidi: names and subjects of a parsed message,
// raw or RFC 2047-encoded, keep none of those characters, whichever way
// they arrive.
func TestParseStripsControlAndBidi(t *testing.T) {
	tests := []struct {
		name, from, to, subject string
	}{
		{"encoded words",
			`=?utf-8?q?Jane=E2=80=AE_Doe=C2=9B2J?= <jane@acme.example>`,
			`=?utf-8?q?Alex=C2=85Rivera=E2=81=A6?= <alex@example.com>`,
			`=?utf-8?q?Interview=E2=80=AE_txt.exe_=C2=9B31m_red=E2=80=8E?=`},
		{"raw UTF-8 in quotes", "\"Jane \u202eDoe\u0085\" <jane@acme.example>", "\"Alex \u2067Rivera\u2069\" <alex@example.com>", "Interview \u202etxt.exe \u009b31m\u061c"},
		{"raw UTF-8 unquoted, comma list", "Jane \u200fDoe <jane@acme.example>", "Alex \u202dRivera <alex@example.com>, Bob\u009b <bob@example.com>", "Re: \u2066Offer\u2069"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: " + tt.from + "\r\nTo: " + tt.to + "\r\nSubject: " + tt.subject +
				"\r\nDate: Thu, 08 Apr 2027 09:30:00 -0400\r\nMessage-ID: <p1@acme.example>\r\n\r\nHello.\r\n"
			m, err := ParseBytes([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if m.From.Email != "jane@acme.example" || len(m.To) == 0 {
				t.Fatalf("From %+v To %+v", m.From, m.To)
			}
			fields := []string{m.Subject, m.From.Name}
			for _, a := range m.To {
				fields = append(fields, a.Name, a.Email)
			}
			for _, f := range fields {
				if hasForbidden(f) {
					t.Errorf("parsed field %q (%+q) keeps a control or bidi character", f, f)
				}
			}
			if !strings.Contains(m.Subject, "exe") && !strings.Contains(m.Subject, "Offer") {
				t.Errorf("Subject %q lost its text", m.Subject)
			}
		})
	}
}

// TestParseDateOutOfRange: a Date header outside 1970-2200 is ignored (the
// message counts as undated, so the store uses its INTERNALDATE) and the
// reason is recorded in Problems; dates inside are kept.
func TestParseDateOutOfRange(t *testing.T) {
	tests := []struct {
		date    string
		want    time.Time // zero: ignored
		problem string
	}{
		{"Fri, 31 Dec 9999 23:59:59 +0000", time.Time{}, "9999-12-31T23:59:59Z is outside 1970-2200, ignored"},
		{"Mon, 01 Jan 2201 00:00:00 +0000", time.Time{}, "outside 1970-2200"},
		{"Wed, 31 Dec 1969 23:59:59 +0000", time.Time{}, "outside 1970-2200"},
		{"Thu, 1 Jan 1970 00:00:00 +0100", time.Time{}, "outside 1970-2200"}, // 23:00 UTC the day before
		{"1 Jan 1601 00:00:00 +0000", time.Time{}, "outside 1970-2200"},
		{"Thu, 1 Jan 1970 00:00:00 +0000", time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"Wed, 31 Dec 2200 23:59:59 +0000", time.Date(2200, 12, 31, 23, 59, 59, 0, time.UTC), ""},
		{"Thu, 08 Apr 2027 09:30:00 -0400", time.Date(2027, 4, 8, 13, 30, 0, 0, time.UTC), ""},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			m, err := ParseBytes([]byte("From: a@example.com\r\nSubject: x\r\nDate: " + tt.date + "\r\n\r\nbody\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if !m.Date.Equal(tt.want) || m.Date.IsZero() != tt.want.IsZero() {
				t.Errorf("Date = %v, want %v", m.Date, tt.want)
			}
			got := strings.Join(m.Problems, "; ")
			if tt.problem == "" && got != "" || tt.problem != "" && !strings.Contains(got, "date: ") || !strings.Contains(got, tt.problem) {
				t.Errorf("Problems = %q, want one containing %q", got, tt.problem)
			}
		})
	}
}
