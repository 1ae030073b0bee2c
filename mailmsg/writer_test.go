package mailmsg

import (
	"bytes"
	"strings"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"
)

// writeAndRead writes a header with h's fields and reads it back with
// go-message, as a mail client would; it fails on a line longer than 78
// octets or any 8-bit octet.
func writeAndRead(t *testing.T, fill func(h *HeaderWriter)) gomail.Header {
	t.Helper()
	var h HeaderWriter
	fill(&h)
	var raw bytes.Buffer
	h.WriteTo(&raw)
	if !bytes.HasSuffix(raw.Bytes(), []byte("\r\n\r\n")) {
		t.Fatalf("header does not end in an empty line: %q", raw.Bytes())
	}
	for _, l := range strings.Split(strings.TrimSuffix(raw.String(), "\r\n\r\n"), "\r\n") {
		if len(l) > 78 {
			t.Errorf("line of %d octets (want at most 78): %q", len(l), l)
		}
		for i := 0; i < len(l); i++ {
			if l[i] >= 0x80 || l[i] == '\r' || l[i] == '\n' {
				t.Errorf("octet %#x in header line %q", l[i], l)
				break
			}
		}
	}
	raw.WriteString("body\r\n")
	r, err := gomail.CreateReader(&raw)
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, raw.Bytes())
	}
	return r.Header
}

func TestHeaderText(t *testing.T) {
	long := strings.Repeat
	for _, s := range []string{
		"Re: Interview for Senior Backend Engineer at Acme",
		"Re: Vorstellungsgespräch: Senior Backend Engineer — nächste Schritte? =?utf-8?q?fake?= und ein sehr langer Betreff, der gefaltet werden muss",
		"Re: " + long("x", 3000),
		"Re: " + long("面", 3000),
		"Re: " + long("Ингénieur ", 300),
		"Re:  two  spaces",
		"",
	} {
		h := writeAndRead(t, func(h *HeaderWriter) { h.AddText("Subject", s) })
		if got, err := h.Subject(); err != nil || got != s {
			t.Errorf("AddText(%q) reads back as %q, %v", s, got, err)
		}
	}
}

func TestHeaderAddresses(t *testing.T) {
	long := strings.Repeat
	list := []Address{
		{Name: "Jane Doe", Email: "jane.doe@acme-corp.com"},
		{Email: "bare@acme.com"},
		{Name: "Alex Q. Rivera", Email: "alex@example.com"},
		{Name: `Doe, "JJ" \ Jane`, Email: "jane@acme.com"},
		{Name: "Müller, Jürgen", Email: "juergen@firma.de"},
		{Name: "李小龙", Email: "li@example.cn"},
		{Name: "José (HR) \"Pepe\" García", Email: "jose@example.es"},
		{Name: "=?utf-8?q?fake?=", Email: "fake@example.com"},
		{Name: long("A", 200), Email: "a@example.com"},
		{Name: long("é", 200), Email: "e@example.com"},
		{Name: long("a.b", 66) + "a.", Email: "ab@example.com"},
		{Name: strings.TrimSpace(long("Zoë ", 50)), Email: "zoe@example.com"},
	}
	h := writeAndRead(t, func(h *HeaderWriter) { h.AddAddresses("To", list...) })
	got, err := h.AddressList("To")
	if err != nil || len(got) != len(list) {
		t.Fatalf("To = %v, %v; want %d addresses", got, err, len(list))
	}
	for i, a := range list {
		if got[i].Name != a.Name || got[i].Address != a.Email {
			t.Errorf("AddAddresses(%q <%s>) reads back as %q <%s>", a.Name, a.Email, got[i].Name, got[i].Address)
		}
	}
}

func TestHeaderFold(t *testing.T) {
	ids := []string{"m1@example.com", "m2@acme-corp.com", "0123456789abcdef0123456789abcdef@mail.example.org", "m3@acme-corp.com"}
	h := writeAndRead(t, func(h *HeaderWriter) {
		h.AddMsgIDs("References", ids...)
		h.Add("Date", "Tue, 20 Apr 2027 09:30:00 -0400")
	})
	if got, err := h.MsgIDList("References"); err != nil || strings.Join(got, " ") != strings.Join(ids, " ") {
		t.Errorf("References = %q, %v; want %q", got, err, ids)
	}
	// A value without spaces cannot be folded and stays whole.
	var w HeaderWriter
	w.Add("X-Id", strings.Repeat("x", 100))
	var raw bytes.Buffer
	w.WriteTo(&raw)
	if want := "X-Id: " + strings.Repeat("x", 100) + "\r\n\r\n"; raw.String() != want {
		t.Errorf("Add of one long word = %q, want %q", raw.String(), want)
	}
}

func TestCleanAddress(t *testing.T) {
	tests := []struct {
		in   Address
		want Address
		ok   bool
	}{
		{Address{Name: "Jane Doe", Email: " jane@acme.com "}, Address{Name: "Jane Doe", Email: "jane@acme.com"}, true},
		{Address{Name: "Evil\r\nBcc: x@y", Email: "jane@acme.com"}, Address{Name: "Evil Bcc: x@y", Email: "jane@acme.com"}, true},
		{Address{Name: "a\u202eb\u009bc", Email: "jane@acme.com"}, Address{Name: "abc", Email: "jane@acme.com"}, true},
		{Address{Name: strings.Repeat("A", 300), Email: "jane@acme.com"}, Address{Name: strings.Repeat("A", MaxName), Email: "jane@acme.com"}, true},
		{Address{Email: "jürgen@firma.de"}, Address{Email: "jürgen@firma.de"}, true},
		{Address{Email: "a@b.com\r\nBcc: c@d.com"}, Address{}, false},
		{Address{Email: "bad address@acme.com"}, Address{}, false},
		{Address{Email: `"quoted"@acme.com`}, Address{}, false},
		{Address{Email: "jane@[192.0.2.1]"}, Address{}, false},
		{Address{Email: ".jane@acme.com"}, Address{}, false},
		{Address{Email: "jane@acme..com"}, Address{}, false},
		{Address{Email: "jane@"}, Address{}, false},
		{Address{Email: "no-at-sign"}, Address{}, false},
		{Address{Email: ""}, Address{}, false},
	}
	for _, tt := range tests {
		got, ok := CleanAddress(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CleanAddress(%q <%s>) = %q <%s>, %v; want %q <%s>, %v",
				tt.in.Name, tt.in.Email, got.Name, got.Email, ok, tt.want.Name, tt.want.Email, tt.ok)
		}
	}
}

func TestParseMsgID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"m3@acme-corp.com", "m3@acme-corp.com"},
		{"<m3@acme-corp.com>", "m3@acme-corp.com"},
		{"CAF=x+y@mail.gmail.com", "CAF=x+y@mail.gmail.com"},
		{"id@[192.0.2.1]", "id@[192.0.2.1]"},
		{"m3@acme.com>\r\nBcc: x@y", ""},
		{"bad id@acme.com", ""},
		{"<x@y>\r\nBcc: z@y", ""},
		{"no-at-sign", ""},
		{"a\nb@c", ""},
		{"@acme.com", ""},
		{"x@", ""},
		{"x@[a]b]", ""},
		{"x@" + strings.Repeat("a", 250), ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := ParseMsgID(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseMsgID(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestReplyReferences(t *testing.T) {
	got := ReplyReferences([]string{"ok@acme.com", "bad id@acme.com", "<ok@acme.com>", "m3@acme.com", "no-at-sign"}, "m3@acme.com")
	if want := "ok@acme.com m3@acme.com"; strings.Join(got, " ") != want {
		t.Errorf("ReplyReferences = %q, want %q", got, want)
	}
	var chain []string
	for i := range 30 {
		chain = append(chain, "m"+string(rune('a'+i))+"@x.com")
	}
	got = ReplyReferences(chain, "last@x.com")
	if len(got) != 20 || got[0] != chain[0] || got[19] != "last@x.com" || got[18] != chain[29] {
		t.Errorf("ReplyReferences of 31 ids = %q, want the root, the 18 newest and last@x.com", got)
	}
}

func TestNewMessageID(t *testing.T) {
	now := time.Date(2027, 4, 20, 9, 30, 0, 0, time.UTC)
	a, err := NewMessageID("me.alias@Example.com", now)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewMessageID("me.alias@example.com", now)
	if a == b || !strings.HasSuffix(a, "@example.com") {
		t.Errorf("NewMessageID = %q, %q; want two different ids on example.com", a, b)
	}
	if id, ok := ParseMsgID(a); !ok || id != a {
		t.Errorf("ParseMsgID(%q) = %q, %v", a, id, ok)
	}
	if idn, _ := NewMessageID("jürgen@müller.de", now); !strings.HasSuffix(idn, "@hearback.invalid") {
		t.Errorf("NewMessageID on a non-ASCII domain = %q, want @hearback.invalid", idn)
	}
}
