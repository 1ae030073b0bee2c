package draft

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	gomail "github.com/emersion/go-message/mail"

	"github.com/hearback/hearback/mailmsg"
)

var testZone = time.FixedZone("EDT", -4*3600)

func testNow() time.Time { return time.Date(2027, 4, 20, 9, 30, 0, 0, testZone) }

func testInput() Input {
	now := testNow()
	promise := time.Date(2027, 4, 16, 17, 0, 0, 0, testZone)
	jane := mailmsg.Address{Name: "Jane Doe", Email: "jane.doe@acme-corp.com"}
	return Input{
		ThreadID:    "3f2a9c01de",
		From:        mailmsg.Address{Name: "Alex Rivera", Email: "me.alias@example.com"},
		To:          []mailmsg.Address{jane},
		Cc:          []mailmsg.Address{{Name: "Bob Smith", Email: "bob@acme-corp.com"}},
		Subject:     "Interview for Senior Backend Engineer at Acme",
		InReplyTo:   "m3@acme-corp.com",
		References:  []string{"m1@example.com", "m2@acme-corp.com"},
		Situation:   AfterPromise,
		Nudge:       1,
		Counterpart: jane,
		Company:     "Acme",
		Role:        "Senior Backend Engineer",
		PromiseAt:   &promise,
		Last: &mailmsg.Message{
			MessageID: "m3@acme-corp.com",
			From:      jane,
			Date:      time.Date(2027, 4, 9, 14, 5, 0, 0, testZone),
			Excerpt:   "Thanks Alex, great talking today.\n\nWe'll be in touch by Friday.\n\nBest,\nJane",
		},
		Tone:  "warm",
		Quote: true,
		Now:   now,
	}
}

// parseRaw parses raw with go-message and returns the header, the
// decoded body as a reader shows it (format=flowed joined again) and the
// raw header block.
func parseRaw(t testing.TB, raw []byte) (gomail.Header, string, string) {
	t.Helper()
	h, body, head := parseRawFlowed(t, raw)
	return h, mailmsg.Unflow(body, false), head
}

// parseRawFlowed is parseRaw with the body's lines as they are sent.
func parseRawFlowed(t testing.TB, raw []byte) (gomail.Header, string, string) {
	t.Helper()
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse draft: %v\n%s", err, raw)
	}
	defer mr.Close()
	p, err := mr.NextPart()
	if err != nil {
		t.Fatalf("draft body part: %v", err)
	}
	body, err := io.ReadAll(p.Body)
	if err != nil {
		t.Fatalf("read draft body: %v", err)
	}
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no end of header in %q", raw)
	}
	// The decoded body keeps the CRLF line ends; compare text with LF.
	return mr.Header, strings.ReplaceAll(string(body), "\r\n", "\n"), string(head) + "\r\n"
}

// fieldNames lists the header field names in order.
func fieldNames(head string) []string {
	var names []string
	for _, l := range strings.Split(strings.TrimSuffix(head, "\r\n"), "\r\n") {
		if l == "" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		name, _, _ := strings.Cut(l, ":")
		names = append(names, name)
	}
	return names
}

func checkLineEnds(t testing.TB, raw []byte) {
	t.Helper()
	for i, c := range raw {
		if c == '\n' && (i == 0 || raw[i-1] != '\r') {
			t.Fatalf("bare LF at offset %d in %q", i, raw)
		}
		if c == '\r' && (i+1 >= len(raw) || raw[i+1] != '\n') {
			t.Fatalf("bare CR at offset %d in %q", i, raw)
		}
	}
	for _, l := range bytes.Split(raw, []byte("\r\n")) {
		if len(l) > 998 {
			t.Fatalf("line of %d octets: %q", len(l), l)
		}
	}
}

func TestComposeHeaders(t *testing.T) {
	type want struct {
		from       string // "Name <email>" as decoded
		to         []string
		cc         []string
		subject    string
		inReplyTo  string
		references []string
	}
	cases := []struct {
		name string
		edit func(*Input)
		want want
	}{
		{
			name: "alias",
			edit: func(in *Input) {},
			want: want{
				from: "Alex Rivera <me.alias@example.com>", to: []string{"Jane Doe <jane.doe@acme-corp.com>"},
				cc:        []string{"Bob Smith <bob@acme-corp.com>"},
				subject:   "Re: Interview for Senior Backend Engineer at Acme",
				inReplyTo: "m3@acme-corp.com", references: []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"},
			},
		},
		{
			name: "re-re",
			edit: func(in *Input) {
				in.Subject = "RE: Re: Interview for Senior Backend Engineer at Acme"
				in.Cc = nil
			},
			want: want{
				from: "Alex Rivera <me.alias@example.com>", to: []string{"Jane Doe <jane.doe@acme-corp.com>"},
				subject:   "Re: Interview for Senior Backend Engineer at Acme",
				inReplyTo: "m3@acme-corp.com", references: []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"},
			},
		},
		{
			name: "in-reply-to-already-last",
			edit: func(in *Input) {
				in.References = []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"}
			},
			want: want{
				from: "Alex Rivera <me.alias@example.com>", to: []string{"Jane Doe <jane.doe@acme-corp.com>"},
				cc:        []string{"Bob Smith <bob@acme-corp.com>"},
				subject:   "Re: Interview for Senior Backend Engineer at Acme",
				inReplyTo: "m3@acme-corp.com", references: []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"},
			},
		},
		{
			name: "non-ascii",
			edit: func(in *Input) {
				in.From.Name = "Ålex Rivéra"
				in.To = []mailmsg.Address{{Name: "Müller, Jürgen", Email: "juergen@firma.de"}, {Name: "李小龙", Email: "li@example.cn"}}
				in.Cc = []mailmsg.Address{{Name: "José (HR) \"Pepe\" García", Email: "jose@example.es"}}
				in.Subject = "Vorstellungsgespräch: Senior Backend Engineer — nächste Schritte? =?utf-8?q?fake?= und ein sehr langer Betreff, der gefaltet werden muss"
			},
			want: want{
				from: "Ålex Rivéra <me.alias@example.com>",
				to:   []string{"Müller, Jürgen <juergen@firma.de>", "李小龙 <li@example.cn>"},
				cc:   []string{"José (HR) \"Pepe\" García <jose@example.es>"},
				subject: "Re: Vorstellungsgespräch: Senior Backend Engineer — nächste Schritte? " +
					"=?utf-8?q?fake?= und ein sehr langer Betreff, der gefaltet werden muss",
				inReplyTo: "m3@acme-corp.com", references: []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"},
			},
		},
		{
			name: "ascii-specials",
			edit: func(in *Input) {
				in.From.Name = "Alex Q. Rivera"
				in.To = []mailmsg.Address{{Name: `Doe, "JJ" \ Jane`, Email: "jane@acme.com"}, {Email: "bare@acme.com"}}
				in.Cc = nil
			},
			want: want{
				from:      "Alex Q. Rivera <me.alias@example.com>",
				to:        []string{`Doe, "JJ" \ Jane <jane@acme.com>`, "bare@acme.com"},
				subject:   "Re: Interview for Senior Backend Engineer at Acme",
				inReplyTo: "m3@acme-corp.com", references: []string{"m1@example.com", "m2@acme-corp.com", "m3@acme-corp.com"},
			},
		},
		{
			name: "injection",
			edit: func(in *Input) {
				in.From.Name = "Alex\r\nBcc: boss@example.com"
				in.To = []mailmsg.Address{{Name: "Evil\r\nBcc: x@y", Email: "jane@acme.com"}, {Name: "x", Email: "a@b.com\r\nBcc: c@d.com"}}
				in.Cc = []mailmsg.Address{{Name: "Evil\nBcc: x@y", Email: "bob@acme.com"}, {Email: "bad address@acme.com"}}
				in.Subject = "Hello\r\nBcc: x@y\r\n\r\nbody"
				in.InReplyTo = "m3@acme.com>\r\nBcc: x@y"
				in.References = []string{"ok@acme.com", "bad id@acme.com", "<x@y>\r\nBcc: z@y", "no-at-sign", "a\nb@c"}
				in.ThreadID = "3f2a9c01de"
				in.Update = "new job\r\nBcc: x@y"
				in.Signature = "Alex\r\nBcc: x@y"
			},
			want: want{
				from:       "Alex Bcc: boss@example.com <me.alias@example.com>",
				to:         []string{"Evil Bcc: x@y <jane@acme.com>"},
				cc:         []string{"Evil Bcc: x@y <bob@acme.com>"},
				subject:    "Re: Hello Bcc: x@y body",
				references: []string{"ok@acme.com"},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := testInput()
			tc.edit(&in)
			d, err := Compose(in)
			if err != nil {
				t.Fatalf("Compose: %v", err)
			}
			checkLineEnds(t, d.Raw)
			h, body, head := parseRaw(t, d.Raw)

			wantOrder := []string{"From", "To"}
			if len(tc.want.cc) > 0 {
				wantOrder = append(wantOrder, "Cc")
			}
			wantOrder = append(wantOrder, "Subject", "Date", "Message-ID")
			if tc.want.inReplyTo != "" {
				wantOrder = append(wantOrder, "In-Reply-To")
			}
			if len(tc.want.references) > 0 {
				wantOrder = append(wantOrder, "References")
			}
			wantOrder = append(wantOrder, "MIME-Version", "Content-Type", "Content-Transfer-Encoding")
			if got := fieldNames(head); strings.Join(got, ",") != strings.Join(wantOrder, ",") {
				t.Errorf("header fields = %v, want %v\n%s", got, wantOrder, head)
			}
			if h.Has("Bcc") {
				t.Errorf("draft has a Bcc header:\n%s", head)
			}

			from, err := h.AddressList("From")
			if err != nil || len(from) != 1 {
				t.Fatalf("From = %v, %v; want one address\n%s", from, err, head)
			}
			if got := from[0].Name + " <" + from[0].Address + ">"; got != tc.want.from {
				t.Errorf("From = %q, want %q", got, tc.want.from)
			}
			checkAddrs(t, h, "To", tc.want.to)
			checkAddrs(t, h, "Cc", tc.want.cc)

			subj, err := h.Subject()
			if err != nil || subj != tc.want.subject {
				t.Errorf("Subject = %q, %v; want %q", subj, err, tc.want.subject)
			}
			if subj != d.Subject {
				t.Errorf("Draft.Subject = %q, header says %q", d.Subject, subj)
			}
			if strings.Contains(strings.ToLower(subj), "re: re:") {
				t.Errorf("Subject %q repeats Re:", subj)
			}
			irt, err := h.MsgIDList("In-Reply-To")
			if err != nil || strings.Join(irt, " ") != tc.want.inReplyTo {
				t.Errorf("In-Reply-To = %q, %v; want %q", irt, err, tc.want.inReplyTo)
			}
			refs, err := h.MsgIDList("References")
			if err != nil || strings.Join(refs, " ") != strings.Join(tc.want.references, " ") {
				t.Errorf("References = %q, %v; want %q", refs, err, tc.want.references)
			}
			id, err := h.MessageID()
			if err != nil || id != d.MessageID {
				t.Errorf("Message-ID = %q, %v; want %q", id, err, d.MessageID)
			}
			if !strings.HasSuffix(id, "@example.com") || len(id) < len("x.12345678@example.com") {
				t.Errorf("Message-ID %q is not on the From domain example.com", id)
			}
			if date, err := h.Date(); err != nil || !date.Equal(in.Now) {
				t.Errorf("Date = %v, %v; want %v", date, err, in.Now)
			}
			if !strings.Contains(head, "\r\nDate: Tue, 20 Apr 2027 09:30:00 -0400\r\n") {
				t.Errorf("Date not in Now's zone:\n%s", head)
			}
			if got := h.Get("MIME-Version"); got != "1.0" {
				t.Errorf("MIME-Version = %q", got)
			}
			mt, params, err := h.ContentType()
			if err != nil || mt != "text/plain" || params["charset"] != "utf-8" || params["format"] != "flowed" || params["delsp"] != "no" {
				t.Errorf("Content-Type = %q %v, %v", mt, params, err)
			}
			for _, f := range fieldNames(head) {
				if lf := strings.ToLower(f); strings.HasPrefix(lf, "x-") || lf == "user-agent" {
					t.Errorf("header field %s marks the draft as a program's", f)
				}
			}
			if !strings.HasPrefix(body, d.Body) {
				t.Errorf("decoded body does not start with Draft.Body:\n%q\n%q", body, d.Body)
			}
			// Header lines are ASCII and folded where the value allows.
			for _, l := range strings.Split(head, "\r\n") {
				if len(l) > 78 && strings.Contains(strings.TrimSpace(l[1:]), " ") {
					t.Errorf("unfolded long header line %q", l)
				}
				for i := 0; i < len(l); i++ {
					if l[i] >= 0x80 {
						t.Errorf("8-bit header line %q", l)
						break
					}
				}
			}
			// hearback reads its own draft back: the parser agrees.
			m, err := mailmsg.ParseBytes(d.Raw)
			if err != nil {
				t.Fatalf("mailmsg.ParseBytes: %v", err)
			}
			if m.Subject != tc.want.subject || m.HearbackThread != "" || m.MessageID != d.MessageID {
				t.Errorf("mailmsg sees subject %q, thread %q, id %q", m.Subject, m.HearbackThread, m.MessageID)
			}
			if strings.TrimSpace(mailmsg.Unflow(m.OwnWords(), false)) != d.Body {
				t.Errorf("mailmsg OwnWords of the draft = %q, want the text above the quote %q", m.OwnWords(), d.Body)
			}
		})
	}
}

func checkAddrs(t *testing.T, h gomail.Header, key string, want []string) {
	t.Helper()
	list, err := h.AddressList(key)
	if err != nil {
		t.Errorf("%s: %v", key, err)
		return
	}
	var got []string
	for _, a := range list {
		if a.Name == "" {
			got = append(got, a.Address)
		} else {
			got = append(got, a.Name+" <"+a.Address+">")
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s = %q, want %q", key, got, want)
	}
}

// TestComposeExact pins the exact header bytes (Message-ID aside).
func TestComposeExact(t *testing.T) {
	in := testInput()
	in.From.Name = "Ålex Rivera"
	in.References = []string{
		"CAF=abcdefghijklmnopqrstuvwxyz0123456789@mail.gmail.com",
		"0100018e.b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6@email.amazonses.com",
		"m2@acme-corp.com",
	}
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(string(d.Raw), "\r\n\r\n")
	head = regexp.MustCompile(`Message-ID: <[^>]+>`).ReplaceAllString(head, "Message-ID: <ID>")
	want := "From: =?utf-8?q?=C3=85lex_Rivera?= <me.alias@example.com>\r\n" +
		"To: Jane Doe <jane.doe@acme-corp.com>\r\n" +
		"Cc: Bob Smith <bob@acme-corp.com>\r\n" +
		"Subject: Re: Interview for Senior Backend Engineer at Acme\r\n" +
		"Date: Tue, 20 Apr 2027 09:30:00 -0400\r\n" +
		"Message-ID: <ID>\r\n" +
		"In-Reply-To: <m3@acme-corp.com>\r\n" +
		"References: <CAF=abcdefghijklmnopqrstuvwxyz0123456789@mail.gmail.com>\r\n" +
		" <0100018e.b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6@email.amazonses.com>\r\n" +
		" <m2@acme-corp.com> <m3@acme-corp.com>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no\r\n" +
		"Content-Transfer-Encoding: quoted-printable"
	if head != want {
		t.Errorf("header =\n%s\nwant\n%s", head, want)
	}
	if !regexp.MustCompile(`^[0-9a-z]+\.[a-z2-7]{24}@example\.com$`).MatchString(d.MessageID) {
		t.Errorf("MessageID = %q", d.MessageID)
	}
}

func TestComposeMessageIDUnique(t *testing.T) {
	in := testInput()
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		d, err := Compose(in)
		if err != nil {
			t.Fatal(err)
		}
		if seen[d.MessageID] {
			t.Fatalf("Message-ID %q repeated", d.MessageID)
		}
		seen[d.MessageID] = true
	}
}

func TestComposeBody(t *testing.T) {
	in := testInput()
	in.Update = "i have since shipped a Go rewrite of our billing service"
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := parseRaw(t, d.Raw)
	for _, want := range []string{
		"Hi Jane,\n",
		"Friday, April 16",
		"the Senior Backend Engineer role at Acme",
		"I have since shipped a Go rewrite of our billing service.",
		"\nAlex Rivera\n",
		"\n\nOn Fri, Apr 9, 2027 at 2:05 PM, Jane Doe wrote:\n> Thanks Alex, great talking today.\n>\n> We'll be in touch by Friday.\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(d.Body, "wrote:") || strings.Contains(d.Body, "> ") {
		t.Errorf("Draft.Body includes the quote:\n%s", d.Body)
	}

	in.Quote = false
	d, err = Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ = parseRaw(t, d.Raw)
	if strings.Contains(body, "wrote:") || strings.TrimSpace(body) != d.Body {
		t.Errorf("Quote=false still quotes:\n%s", body)
	}
}

func TestComposeQuoteLimit(t *testing.T) {
	in := testInput()
	var lines []string
	for i := 1; i <= 100; i++ {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	lines[3] = "tab\there and a bell \a and \x1b[31mescape"
	lines[4] = strings.Repeat("very long line ", 100)
	in.Last.Excerpt = strings.Join(lines, "\n") + "\n\nOn Mon, Apr 5, 2027 Alex wrote:\n> older"
	in.Last.Date = time.Time{}
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	checkLineEnds(t, d.Raw)
	_, body, _ := parseRaw(t, d.Raw)
	quote := body[strings.Index(body, "Jane Doe wrote:\n"):]
	if got := strings.Count(quote, "\n> line "); got != 38 {
		t.Errorf("quoted %d numbered lines, want 38 (40 lines, two replaced):\n%s", got, quote)
	}
	for _, want := range []string{"> line 40\n> [...]\n", "> tab\there and a bell  and [31mescape\n"} {
		if !strings.Contains(quote, want) {
			t.Errorf("quote lacks %q:\n%s", want, quote)
		}
	}
	if strings.Contains(quote, "line 41") || strings.Contains(quote, "older") || strings.ContainsAny(quote, "\a\x1b") {
		t.Errorf("quote goes past 40 lines or keeps control characters:\n%q", quote)
	}
}

func TestComposeDeterministic(t *testing.T) {
	for _, tone := range Tones() {
		for _, s := range situations {
			in := testInput()
			in.Tone, in.Situation = tone, s
			a, err := Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Compose(in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Body != b.Body {
				t.Errorf("%s/%s: body differs between runs:\n%s\n---\n%s", tone, s, a.Body, b.Body)
			}
			strip := regexp.MustCompile(`Message-ID: <[^>]+>`)
			if x, y := strip.ReplaceAll(a.Raw, nil), strip.ReplaceAll(b.Raw, nil); !bytes.Equal(x, y) {
				t.Errorf("%s/%s: raw differs beyond Message-ID", tone, s)
			}
		}
	}
}

func TestComposeNudgeDiffers(t *testing.T) {
	for i := 0; i < 40; i++ {
		for _, tone := range Tones() {
			for _, s := range []Situation{AfterPromise, AfterInterview, Unanswered} {
				in := testInput()
				in.ThreadID = fmt.Sprintf("thread%02d", i)
				in.Tone, in.Situation, in.Nudge = tone, s, 1
				first, err := Compose(in)
				if err != nil {
					t.Fatal(err)
				}
				in.Nudge = 2
				if s == Unanswered {
					in.Situation = SecondNudge
				}
				second, err := Compose(in)
				if err != nil {
					t.Fatal(err)
				}
				if first.Body == second.Body {
					t.Errorf("%s %s/%s: nudge 2 repeats nudge 1:\n%s", in.ThreadID, tone, s, first.Body)
				}
				// Unanswered with nudge 2 is a second nudge even if the caller says otherwise.
				if s == Unanswered {
					in.Situation = Unanswered
					again, err := Compose(in)
					if err != nil {
						t.Fatal(err)
					}
					if again.Body != second.Body {
						t.Errorf("%s %s: unanswered nudge 2 is not the second-nudge text", in.ThreadID, tone)
					}
				}
			}
		}
	}
}

func TestVariant(t *testing.T) {
	counts := make([]int, 4)
	for i := 0; i < 400; i++ {
		id := fmt.Sprintf("t%d", i)
		v1 := Variant(id, 1, 4)
		if v1 != Variant(id, 1, 4) {
			t.Fatalf("Variant(%q) not stable", id)
		}
		for n := 2; n <= 4; n++ {
			if Variant(id, n, 4) == Variant(id, n-1, 4) {
				t.Errorf("Variant(%q, %d) = Variant(%q, %d)", id, n, id, n-1)
			}
		}
		counts[v1]++
	}
	for v, c := range counts {
		if c < 50 {
			t.Errorf("variant %d chosen %d times in 400: the hash does not spread", v, c)
		}
	}
}

// wordCount counts words as a person would: runs of non-space.
func wordCount(s string) int { return len(strings.Fields(s)) }

var artifacts = []string{
	"<no value>", "{{", "}}", " .", " ,", "  ", "..", ",.", "at .", "about .", "for .", "in .",
	"the  ", " role role", "position role", "()", "( )", ": .", "%!", "\n\n\n", "Hi ,", "Dear ,", "Hi no",
}

// TestTemplatesAllVariants runs every tone x situation x variant with full
// and with empty data.
func TestTemplatesAllVariants(t *testing.T) {
	dt, err := DefaultTemplates()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dt.Tones(), ","); got != "formal,playful,warm" {
		t.Fatalf("tones = %s", got)
	}
	full := Data{
		FirstName: "Anne-Marie", Company: "Northwind Traders International", Role: "Senior Staff Backend Platform Engineer",
		PromiseDate: "Wednesday, September 29, 2027", InterviewDate: "Wednesday, September 22, 2027",
		LastSent: "Wednesday, September 15, 2027", Update: "I have since completed the AWS Solutions Architect certification and shipped a payments service in Go.",
		Signature: "Alexandra Rivera-Montgomery\nhttps://linkedin.com/in/arm", Nudge: 2,
	}
	full.Position = "the " + full.Role + " role at " + full.Company
	full.Team = "the " + full.Company + " team"
	empty := Data{Team: "your team", Nudge: 1}
	greet := map[string][2]string{"warm": {"Hi Anne-Marie,", "Hi there,"}, "playful": {"Hi Anne-Marie,", "Hi there,"}, "formal": {"Dear Anne-Marie,", "Hello,"}}
	for _, tone := range dt.Tones() {
		for _, s := range situations {
			n := dt.Variants(tone, s)
			if n < 4 {
				t.Errorf("%s/%s has %d variants, want at least 4", tone, s, n)
			}
			texts := map[string]bool{}
			for v := 0; v < n; v++ {
				name := templateName(tone, s, v)
				for i, d := range []Data{full, empty} {
					text, err := dt.Text(tone, s, v, d)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if w := wordCount(text); w >= 120 {
						t.Errorf("%s: %d words, want < 120:\n%s", name, w, text)
					}
					if i == 1 && wordCount(text) < 25 {
						t.Errorf("%s: only %d words with empty data:\n%s", name, wordCount(text), text)
					}
					for _, a := range artifacts {
						if strings.Contains(text, a) {
							t.Errorf("%s (data %d): artifact %q in\n%s", name, i, a, text)
						}
					}
					if first, _, _ := strings.Cut(text, "\n"); first != greet[tone][i] {
						t.Errorf("%s (data %d): greeting %q, want %q", name, i, first, greet[tone][i])
					}
					if i == 0 {
						for _, want := range []string{full.Signature} {
							if !strings.HasSuffix(text, "\n"+want) {
								t.Errorf("%s: does not end with the signature:\n%s", name, text)
							}
						}
						if !strings.Contains(text, full.Update) {
							t.Errorf("%s: update missing:\n%s", name, text)
						}
						ctx := map[Situation]string{AfterPromise: full.PromiseDate, AfterInterview: full.InterviewDate, ThankYou: full.InterviewDate}[s]
						if ctx != "" && !strings.Contains(text, ctx) {
							t.Errorf("%s: lacks the date %q:\n%s", name, ctx, text)
						}
						if !strings.Contains(text, full.Role) && !strings.Contains(text, full.LastSent) {
							t.Errorf("%s: no added context (role or date):\n%s", name, text)
						}
					}
					if i == 1 {
						texts[text] = true
					}
				}
			}
			if len(texts) != n {
				t.Errorf("%s/%s: %d variants give only %d distinct texts", tone, s, n, len(texts))
			}
		}
	}
}

func TestComposeGreeting(t *testing.T) {
	cases := []struct {
		tone string
		cp   mailmsg.Address
		last string // excerpt of the counterpart's last message
		want string
	}{
		{"warm", mailmsg.Address{Name: "Jane Doe", Email: "jane.doe@acme.com"}, "", "Hi Jane,"},
		{"playful", mailmsg.Address{Name: "Doe, Jane", Email: "jd@acme.com"}, "", "Hi Jane,"},
		{"formal", mailmsg.Address{Name: "Jane Doe", Email: "jane.doe@acme.com"}, "", "Dear Jane,"},
		{"warm", mailmsg.Address{Email: "no-reply@acme.com"}, "", "Hi there,"},
		{"formal", mailmsg.Address{Email: "no-reply@acme.com"}, "", "Hello,"},
		{"warm", mailmsg.Address{Name: "Acme Recruiting", Email: "recruiting@acme.com"}, "Thanks!\n\nBest,\nPriya Patel\nTalent Partner", "Hi Priya,"},
		{"warm", mailmsg.Address{Email: "careers@acme.com"}, "", "Hi there,"},
		{"warm", mailmsg.Address{Email: "jane.doe@acme.com"}, "", "Hi Jane,"},
	}
	for _, tc := range cases {
		in := testInput()
		in.Tone, in.Counterpart, in.To = tc.tone, tc.cp, []mailmsg.Address{tc.cp}
		in.Last.From, in.Last.Excerpt = tc.cp, tc.last
		d, err := Compose(in)
		if err != nil {
			t.Fatal(err)
		}
		if got, _, _ := strings.Cut(d.Body, "\n"); got != tc.want {
			t.Errorf("greeting for %v (%s) = %q, want %q", tc.cp, tc.tone, got, tc.want)
		}
		if strings.Contains(strings.ToLower(d.Body), "hi no") || strings.Contains(d.Body, "Recruiting,") {
			t.Errorf("greets a role address:\n%s", d.Body)
		}
	}
}

// TestComposeSignatureNotMine: a sign-off in my own last message is not the
// counterpart's name.
func TestComposeSignatureNotMine(t *testing.T) {
	in := testInput()
	in.Situation = Unanswered
	in.Counterpart = mailmsg.Address{Email: "talent@acme.com"}
	in.To = []mailmsg.Address{in.Counterpart}
	in.Last.From = in.From
	in.Last.Excerpt = "Looking forward to it.\n\nBest,\nAlex"
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Body, "Hi there,") {
		t.Errorf("greeting from my own signature:\n%s", d.Body)
	}
}

func TestComposeEmptyContext(t *testing.T) {
	for _, tone := range Tones() {
		for _, s := range situations {
			for nudge := 1; nudge <= 4; nudge++ {
				in := testInput()
				in.Tone, in.Situation, in.Nudge = tone, s, nudge
				in.Company, in.Role, in.PromiseAt, in.InterviewAt, in.Last = "", "", nil, nil, nil
				in.From.Name, in.Signature = "", ""
				in.Counterpart = mailmsg.Address{}
				in.To = []mailmsg.Address{{Email: "noreply@greenhouse.io"}}
				d, err := Compose(in)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range artifacts {
					if strings.Contains(d.Body, a) {
						t.Errorf("%s/%s nudge %d: artifact %q:\n%s", tone, s, nudge, a, d.Body)
					}
				}
				checkLineEnds(t, d.Raw)
			}
		}
	}
}

func TestComposeErrors(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Input)
		want string
	}{
		{"zero-now", func(in *Input) { in.Now = time.Time{} }, "Now is zero"},
		{"bad-from", func(in *Input) { in.From.Email = "me example.com" }, "invalid From"},
		{"no-to", func(in *Input) { in.To = []mailmsg.Address{{Email: "x\r\n@y"}} }, "no valid To"},
		{"tone", func(in *Input) { in.Tone = "sarcastic" }, `unknown tone "sarcastic"`},
		{"situation", func(in *Input) { in.Situation = "bored" }, `unknown situation "bored"`},
		{"thread", func(in *Input) { in.ThreadID = "a b" }, "invalid thread id"},
	}
	for _, tc := range cases {
		in := testInput()
		tc.edit(&in)
		_, err := Compose(in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Compose error = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestLoadTemplates(t *testing.T) {
	custom := fstest.MapFS{
		"warm.tmpl": {Data: []byte(`{{define "warm/unanswered/0"}}Hey {{or .FirstName "you"}}, custom text about {{or .Position "it"}}.{{end}}` +
			`{{define "pirate/unanswered/0"}}Ahoy {{.FirstName}}!{{end}}` +
			`{{define "pirate/second_nudge/0"}}Ahoy again!{{end}}` +
			`{{define "pirate/after_promise/0"}}Ahoy, ye promised!{{end}}` +
			`{{define "pirate/after_interview/0"}}Ahoy, after the parley!{{end}}` +
			`{{define "pirate/thank_you/0"}}Ahoy, thanks for the parley!{{end}}`)},
	}
	dt, err := LoadTemplates(custom, "*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dt.Tones(), ","); got != "formal,pirate,playful,warm" {
		t.Errorf("tones = %s", got)
	}
	in := testInput()
	in.Templates, in.Situation = dt, Unanswered
	for i := 0; i < 200; i++ { // find a thread whose first nudge uses variant 0
		in.ThreadID = fmt.Sprintf("t%d", i)
		if Variant(in.ThreadID, 1, 4) == 0 {
			break
		}
	}
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	if d.Body != "Hey Jane, custom text about the Senior Backend Engineer role at Acme." {
		t.Errorf("custom body = %q", d.Body)
	}
	in.Tone = "pirate"
	if d, err = Compose(in); err != nil || d.Body != "Ahoy Jane!" {
		t.Errorf("pirate body = %q, %v", d.Body, err)
	}
	// The defaults are untouched.
	def, _ := DefaultTemplates()
	if def.Variants("pirate", Unanswered) != 0 {
		t.Error("LoadTemplates changed the defaults")
	}

	bad := []struct {
		fs   fstest.MapFS
		want string
	}{
		{fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "warm/unanswered/0"}}{{.Nope}}{{end}}`)}}, `template "warm/unanswered/0"`},
		{fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "solo/unanswered/0"}}hi{{end}}`)}}, `tone "solo" has no template "solo/after_promise/0"`},
		{fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "warm/unanswered/0"}}{{if}}{{end}}`)}}, "x.tmpl"},
	}
	for _, b := range bad {
		if _, err := LoadTemplates(b.fs, "*.tmpl"); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("LoadTemplates error = %v, want one containing %q", err, b.want)
		}
	}
}

func TestDay(t *testing.T) {
	now := testNow()
	cases := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2027, 4, 16, 17, 0, 0, 0, testZone), "Friday, April 16"},
		{time.Date(2027, 4, 16, 0, 0, 0, 0, time.UTC), "Friday, April 16"},               // a bare date keeps its day
		{time.Date(2027, 4, 17, 2, 0, 0, 0, time.UTC), "Friday, April 16"},               // an instant is shown in Now's zone
		{time.Date(2026, 12, 30, 15, 0, 0, 0, testZone), "Wednesday, December 30, 2026"}, // another year
	}
	for _, tc := range cases {
		if got := day(tc.t, now, now.Location()); got != tc.want {
			t.Errorf("day(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}

func FuzzCompose(f *testing.F) {
	f.Add("Jane Doe", "jane@acme.com", "Interview for Backend Engineer at Acme", "m1@acme.com", "m0@x.com", "Acme", "Engineer", "hi\n\nBest,\nJane", "warm", 1)
	f.Add("Evil\r\nBcc: x@y", "a@b.com", "Hello\r\nBcc: x@y", "x@y>\r\nBcc: z@w", "<a@b>\nBcc: q@r", "\r\nBcc:", "{{.}}", "> quoted\r\n", "formal", 2)
	f.Add("李小龙 =?utf-8?q?x?=", "li@example.cn", "面试：高级后端工程师 "+strings.Repeat("长", 200), "", "", "", "", strings.Repeat("x", 5000), "playful", 3)
	f.Add("\"\\\"", "ü@bücher.de", "=?utf-8?b?QmNjOiB4QHk=?=", "a@[1.2.3.4]", "b@c", "", "", "", "", 0)
	f.Fuzz(func(t *testing.T, name, email, subject, inReplyTo, ref, company, role, excerpt, tone string, nudge int) {
		in := testInput()
		in.To = []mailmsg.Address{{Name: name, Email: email}, {Name: name, Email: "fixed@acme.com"}}
		in.Cc = []mailmsg.Address{{Name: name, Email: email}}
		in.Counterpart = in.To[0]
		in.Subject, in.InReplyTo, in.References = subject, inReplyTo, []string{ref, inReplyTo}
		in.Company, in.Role, in.Update, in.Signature = company, role, excerpt, name
		in.Last.From, in.Last.Excerpt = in.Counterpart, excerpt
		in.Tone = []string{"warm", "playful", "formal"}[len(tone)%3]
		in.Nudge = nudge % 5
		in.Situation = situations[len(name)%len(situations)]
		d, err := Compose(in)
		if err != nil {
			t.Fatalf("Compose: %v", err)
		}
		checkLineEnds(t, d.Raw)
		h, body, head := parseRaw(t, d.Raw)
		names := fieldNames(head)
		count := map[string]int{}
		for _, n := range names {
			count[strings.ToLower(n)]++
		}
		if count["from"] != 1 || count["to"] != 1 || count["bcc"] != 0 || count["subject"] != 1 {
			t.Fatalf("header fields %v\n%s", names, head)
		}
		for n, c := range count {
			if c != 1 {
				t.Fatalf("header %q appears %d times\n%s", n, c, head)
			}
		}
		if len(names) > 15 {
			t.Fatalf("unexpected header fields %v", names)
		}
		from, err := h.AddressList("From")
		if err != nil || len(from) != 1 {
			t.Fatalf("From = %v, %v\n%s", from, err, head)
		}
		to, err := h.AddressList("To")
		if err != nil || len(to) == 0 || to[len(to)-1].Address != "fixed@acme.com" {
			t.Fatalf("To = %v, %v\n%s", to, err, head)
		}
		wantName := mailmsg.Clean(name)
		if r := []rune(wantName); len(r) > mailmsg.MaxName {
			wantName = strings.TrimSpace(string(r[:mailmsg.MaxName]))
		}
		if to[len(to)-1].Name != wantName {
			t.Fatalf("To name = %q, want %q\n%s", to[len(to)-1].Name, wantName, head)
		}
		if s, err := h.Subject(); err != nil || s != mailmsg.ReplySubject(subject) {
			t.Fatalf("Subject = %q, %v; want %q\n%s", s, err, mailmsg.ReplySubject(subject), head)
		}
		if _, err := h.MsgIDList("References"); err != nil {
			t.Fatalf("References: %v\n%s", err, head)
		}
		if !strings.HasPrefix(body, d.Body) || strings.Contains(d.Body, "<no value>") {
			t.Fatalf("body %q", body)
		}
		if strings.Contains(d.Body, "\r") {
			t.Fatalf("Draft.Body has CR: %q", d.Body)
		}
	})
}
