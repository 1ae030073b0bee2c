package mailmsg

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	raw := "From: =?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <Renee@Example.COM>\r\n" +
		"To: me@example.com, \"Doe, Jane\" <jane@x.org>\r\n" +
		"Cc: boss@x.org\r\n" +
		"Reply-To: Recruiter <r@acme.com>\r\n" +
		"Subject: =?UTF-8?B?UmU6IEludGVydmlldyDigJQgbmV4dCBzdGVwcw==?=\r\n" +
		"Date: Thu, 08 Apr 2027 09:30:00 -0400\r\n" +
		"Message-ID: <abc@example.com>\r\n" +
		"In-Reply-To: <prev@example.com>\r\n" +
		"References: <root@example.com> <prev@example.com>\r\n" +
		"Auto-Submitted: auto-replied\r\n" +
		"List-Id: <jobs.example.com>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=b1\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe, we'll be in touch.\r\n" +
		"--b1\r\nContent-Type: text/html\r\n\r\n<p>ignored</p>\r\n--b1--\r\n"
	m, err := ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"from name", m.From.Name, "Renée Müller"},
		{"from email", m.From.Email, "renee@example.com"},
		{"subject", m.Subject, "Re: Interview — next steps"},
		{"message-id", m.MessageID, "abc@example.com"},
		{"in-reply-to", m.InReplyTo, "prev@example.com"},
		{"references", strings.Join(m.References, ","), "root@example.com,prev@example.com"},
		{"to[1] name", m.To[1].Name, "Doe, Jane"},
		{"cc", m.Cc[0].Email, "boss@x.org"},
		{"reply-to", m.ReplyTo[0].Email, "r@acme.com"},
		{"auto-submitted", m.AutoSubmitted, "auto-replied"},
		{"list-id", m.ListID, "<jobs.example.com>"},
		{"excerpt", m.Excerpt, "Grüße, we'll be in touch."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if want := time.Date(2027, 4, 8, 13, 30, 0, 0, time.UTC); !m.Date.Equal(want) {
		t.Errorf("date = %v, want %v", m.Date, want)
	}
}

func TestParseHTMLOnlyAndTruncated(t *testing.T) {
	raw := "From: a@b.com\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n" +
		"--zz\r\nContent-Type: text/html\r\n\r\n<html><style>p{}</style><p>Hello&nbsp;there</p><br>Bye</html>\r\n" +
		"--zz\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment\r\n\r\nJVBERi0xLjQK" // cut mid-part
	m, err := ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !m.HTMLOnly || !strings.Contains(m.Excerpt, "Hello there") || strings.Contains(m.Excerpt, "p{}") {
		t.Errorf("excerpt = %q (html only %v)", m.Excerpt, m.HTMLOnly)
	}
}

func TestParseRejectsNonMessage(t *testing.T) {
	for _, in := range []string{"", "\r\n\r\nbody only"} {
		if _, err := ParseBytes([]byte(in)); err == nil {
			t.Errorf("ParseBytes(%q) succeeded, want error", in)
		}
	}
}

func TestParseHeaderInjectionIsNeutralised(t *testing.T) {
	raw := "From: \"Evil\" <e@x.com>\r\nSubject: =?UTF-8?Q?hi=0D=0ABcc:_victim@x.com?=\r\nMessage-ID: <a\r\n b@x.com>\r\n\r\nbody\r\n"
	m, err := ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(m.Subject, "\r\n") || strings.ContainsAny(m.MessageID, "\r\n <>") {
		t.Errorf("subject %q / message-id %q keep control characters", m.Subject, m.MessageID)
	}
}

// Every message of the shared corpus, malformed MIME included, parses
// without panic; only header-less input may fail.
func TestParseCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*")
	if len(files) == 0 {
		t.Skip("shared corpus not present next to the checkout")
	}
	parsed := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".txt") || strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".md") {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseBytes(raw); err == nil {
			parsed++
		} else {
			t.Logf("%s: %v", filepath.Base(f), err)
		}
	}
	if parsed < 50 {
		t.Errorf("parsed %d corpus messages, want at least 50", parsed)
	}
}

func TestStripQuoted(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"gmail", "Sounds good.\n\nOn Tue, Apr 6, 2027 at 10:00 AM Jane <j@x.com> wrote:\n> old", "Sounds good."},
		{"wrapped attribution", "Yes!\nOn Tue, Apr 6, 2027 at 10:00 AM Jane Doe\n<j@x.com> wrote:\n> old", "Yes!"},
		{"outlook", "Thanks\n-----Original Message-----\nFrom: x", "Thanks"},
		{"signature", "See you\n--\nJane", "See you"},
		{"nothing quoted", "Plain text", "Plain text"},
		// Swedish, Danish and Norwegian mail programs
		{"outlook sv", "Tack!\nFrån: Alex Rivera <a@x.com>\nSkickat: den 4 juni 2027 13:30\nÄmne: Re: Intervju", "Tack!"},
		{"outlook nn", "Takk for svar.\n-----Opphavleg melding-----\nFrå: Alex\nSendt: laurdag 18. september", "Takk for svar."},
		{"outlook nn header only", "Takk.\nFrå: Alex Rivera\nSendt: onsdag 21. april 2027 14:10", "Takk."},
		{"gmail da", "Tak!\nDen tir. 1. jun. 2027 kl. 17.30 skrev Kirsten Hvid <k@x.dk>:\n> Kære Alex", "Tak!"},
		{"iphone sv", "Toppen!\n24 maj 2027 kl. 15:02 skrev Alex Rivera <a@x.com>:\n\n> Hej", "Toppen!"},
		{"skrev in a sentence", "Hon skrev till mig igår:\nallt är klart", "Hon skrev till mig igår:\nallt är klart"},
		{"job board relay", "we went with somebody else\n\n--- Original message from Alex Rivera via Indeed ---\nHi, following up", "we went with somebody else"},
		// answers written between the quoted lines ("answers inline
		// below"), and below them all, are the sender's
		{"inline answers", "Hi Alex, answers inline.\n\nOn Sun, Apr 25, 2027 at 7:41 PM Alex <a@x.com> wrote:\n> Hi Priya,\n>\n> 1. Will the panel include engineering?\n\nIt would have, yes.\n\n> 2. Is the role still remote?\n\nNo, and we are cancelling Thursday.\nSorry.\n\nPriya",
			"Hi Alex, answers inline.\n\nIt would have, yes.\n\nNo, and we are cancelling Thursday.\nSorry.\n\nPriya"},
		{"bottom-posted", "> On Oct 6, 2027, at 8:22 PM, Alex <a@x.com> wrote:\n> Could we meet Tuesday?\n\nTuesday works, 2pm.", "Tuesday works, 2pm."},
		// answers announced above a quote without an attribution
		{"inline announced", "Hi Alex, answers inline below.\n\nMark\n\n> 1. Is the role still open?\n\nWe've made a hire.\n\n> 2. Any feedback?\n\nThe team liked your approach.",
			"Hi Alex, answers inline below.\n\nMark\n\nWe've made a hire.\n\nThe team liked your approach."},
		// without an attribution, "> " may be no quote at all: a notice's
		// arrow ends what is read, as before
		{"arrow in a notice", "We chose others.\n\n>> Similar jobs: https://x.example/jobs\n\nGood luck!\nUnsubscribe: https://x.example/u", "We chose others."},
		// a quoted line some program wrapped is no answer
		{"wrapped quote", "Thanks!\n\nOn Tue, Apr 6, 2027 at 10:00 AM Jane <j@x.com> wrote:\n> I am still very interested in the role and would\nlove to hear about next steps.\n> Best, Alex", "Thanks!"},
		// a quote no program marked, or a further message below, is not read
		{"unmarked quote", "Thanks!\nOn Tue, Apr 6, 2027 at 10:00 AM Jane <j@x.com> wrote:\nHi, any news?", "Thanks!"},
		{"older message below", "Yes.\n\nOn Tue, Apr 6, 2027 Jane <j@x.com> wrote:\n> Any news?\n\nOn Mon, Apr 5, 2027 Bob <b@x.com> wrote:\nWe will decide soon.", "Yes."},
		{"signature below the quote", "Ok.\n\n> Any news?\n\n--\nJane Doe", "Ok."},
	}
	for _, tt := range tests {
		if got := StripQuoted(tt.in); got != tt.want {
			t.Errorf("%s: StripQuoted(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// The quote SplitQuoted gives holds the quoted lines and not the answers
// between them.
func TestSplitQuotedKeepsAnswersOutOfTheQuote(t *testing.T) {
	own, quoted := SplitQuoted("Answers below.\n\nOn Mon, Jane <j@x.com> wrote:\n> When is the interview?\n\nThursday at 10.\n\n> Who is on the panel?")
	if own != "Answers below.\n\nThursday at 10." {
		t.Errorf("own = %q", own)
	}
	if strings.Contains(quoted, "Thursday") || !strings.Contains(quoted, "> When is the interview?") || !strings.Contains(quoted, "> Who is on the panel?") {
		t.Errorf("quoted = %q", quoted)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("From: a@b.c\r\nSubject: hi\r\n\r\nbody"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n--x--"))
	f.Add([]byte("Subject: =?utf-8?q?=0D=0A?=\r\nFrom: \"a\r\n b\" <c@d>\r\n\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := ParseBytes(raw)
		if err != nil {
			return
		}
		for _, v := range []string{m.Subject, m.From.Name, m.MessageID, m.InReplyTo} {
			if strings.ContainsAny(v, "\r\n") {
				t.Fatalf("header value %q keeps CR/LF", v)
			}
		}
		if len(m.Excerpt) > MaxExcerpt {
			t.Fatalf("excerpt %d bytes > %d", len(m.Excerpt), MaxExcerpt)
		}
	})
}

// A plain part that only points at the HTML part ("open this email in your
// browser") is not what a mail program shows: the HTML part is read. A
// short plain part beside an HTML part that says no more is kept.
func TestStubPlainPartGivesWayToHTML(t *testing.T) {
	msg := func(plain, html string) []byte {
		return []byte("From: Loopcart <talent@example.com>\r\nTo: alex@example.com\r\nSubject: About your take-home\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain + "\r\n" +
			"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n")
	}
	long := "<p>Hi Alex,</p><p>" + strings.Repeat("Thank you for the time you put into the take-home exercise for the analyst role. ", 6) +
		"After a lot of thought the team has decided to move forward with other candidates.</p>"
	m, err := ParseBytes(msg("Open this email in your browser to read it:\r\nhttps://example.com/view/8f2", long))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Excerpt, "move forward with other candidates") {
		t.Errorf("a stub plain part: excerpt %q, want the HTML part's text", m.Excerpt)
	}
	m, err = ParseBytes(msg("Thursday at 2 works. See you then.", "<p>Thursday at 2 works. See you then!</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Excerpt != "Thursday at 2 works. See you then." {
		t.Errorf("a short plain part like its HTML: excerpt %q, want the plain part", m.Excerpt)
	}
}
