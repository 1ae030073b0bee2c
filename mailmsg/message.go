// Package mailmsg is the one place where hearback reads RFC 5322 messages
// (with go-message) and groups them into conversation threads.
package mailmsg

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers non-UTF-8 charsets for decoding
	gomail "github.com/emersion/go-message/mail"
)

// MaxExcerpt bounds the text hearback keeps of a message body. Promises,
// questions and rejections live in the first few paragraphs.
const MaxExcerpt = 4096

// MaxCalendar bounds an attached text/calendar part.
const MaxCalendar = 16 * 1024

// Address is one mailbox: a display name and an address, lower-cased
// domain. Email is never empty for a parsed address.
type Address struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email"`
}

func (a Address) String() string {
	if a.Name == "" {
		return a.Email
	}
	return fmt.Sprintf("%s <%s>", a.Name, a.Email)
}

// Message is what hearback knows about one message: the headers threading,
// classification and drafting need, and a bounded plain-text excerpt.
type Message struct {
	MessageID  string    `json:"message_id"` // without angle brackets
	InReplyTo  string    `json:"in_reply_to,omitempty"`
	References []string  `json:"references,omitempty"`
	From       Address   `json:"from"`
	ReplyTo    []Address `json:"reply_to,omitempty"`
	To         []Address `json:"to,omitempty"`
	Cc         []Address `json:"cc,omitempty"`
	Date       time.Time `json:"date"`
	Subject    string    `json:"subject"`

	// Header evidence for the classifier, raw values (trimmed).
	AutoSubmitted   string `json:"auto_submitted,omitempty"`
	XAutoreply      string `json:"x_autoreply,omitempty"` // X-Autoreply or X-Autorespond
	Precedence      string `json:"precedence,omitempty"`
	ListID          string `json:"list_id,omitempty"`
	ListUnsubscribe string `json:"list_unsubscribe,omitempty"`
	// HearbackThread is the X-Hearback-Thread header: set on drafts hearback wrote.
	HearbackThread string `json:"hearback_thread,omitempty"`

	Excerpt  string `json:"excerpt"`             // decoded text, at most MaxExcerpt bytes
	HTMLOnly bool   `json:"html_only,omitempty"` // excerpt was derived from HTML
	Calendar string `json:"calendar,omitempty"`  // first text/calendar part, bounded

	// Problems records what was malformed but survivable, for logs.
	Problems []string `json:"problems,omitempty"`
}

// ErrNotMessage means the input has no usable header at all.
var ErrNotMessage = errors.New("not an RFC 5322 message")

// Parse reads a message, which may be truncated (IMAP partial fetch), and
// keeps what it can. It only fails when there is no header to speak of.
func Parse(r io.Reader) (*Message, error) {
	raw, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("mailmsg: read: %w", err)
	}
	return ParseBytes(raw)
}

// ParseBytes is Parse for bytes already in memory.
func ParseBytes(raw []byte) (*Message, error) {
	raw, repaired := repairHeader(raw)
	ent, err := gomessage.Read(bytes.NewReader(raw))
	if ent == nil {
		return nil, fmt.Errorf("mailmsg: %w: %v", ErrNotMessage, err)
	}
	m := &Message{}
	if repaired != "" {
		m.Problems = append(m.Problems, repaired)
	}
	if err != nil && !gomessage.IsUnknownCharset(err) && !gomessage.IsUnknownEncoding(err) {
		m.Problems = append(m.Problems, "header: "+err.Error())
	}
	h := gomail.Header{Header: ent.Header}
	if len(h.Map()) == 0 {
		return nil, fmt.Errorf("mailmsg: %w: empty header", ErrNotMessage)
	}
	m.readHeader(h)
	var text, html strings.Builder
	walkBody(ent, &text, &html, m, 0)
	switch {
	case text.Len() > 0:
		m.Excerpt = truncate(normalizeText(text.String()), MaxExcerpt)
	case html.Len() > 0:
		m.Excerpt = truncate(normalizeText(HTMLToText(html.String())), MaxExcerpt)
		m.HTMLOnly = true
	}
	return m, nil
}

func (m *Message) readHeader(h gomail.Header) {
	m.MessageID = firstMsgID(h.Get("Message-Id"))
	m.InReplyTo = firstMsgID(h.Get("In-Reply-To"))
	m.References = msgIDList(h.Get("References"))
	m.Subject = Clean(decodeHeader(h, "Subject"))
	if from := addressList(h, "From", m); len(from) > 0 {
		m.From = from[0]
	} else if s := addressList(h, "Sender", m); len(s) > 0 {
		m.From = s[0]
	}
	m.ReplyTo = addressList(h, "Reply-To", m)
	m.To = addressList(h, "To", m)
	m.Cc = addressList(h, "Cc", m)
	if d, err := mail.ParseDate(h.Get("Date")); err == nil {
		m.Date = d
	} else if h.Get("Date") != "" {
		m.Problems = append(m.Problems, "date: "+err.Error())
	}
	m.AutoSubmitted = Clean(h.Get("Auto-Submitted"))
	m.XAutoreply = Clean(h.Get("X-Autoreply"))
	if m.XAutoreply == "" {
		m.XAutoreply = Clean(h.Get("X-Autorespond"))
	}
	m.Precedence = Clean(h.Get("Precedence"))
	m.ListID = Clean(h.Get("List-Id"))
	m.ListUnsubscribe = Clean(h.Get("List-Unsubscribe"))
	m.HearbackThread = Clean(h.Get("X-Hearback-Thread"))
}

var wordDecoder = &mime.WordDecoder{CharsetReader: gomessage.CharsetReader}

func decodeHeader(h gomail.Header, key string) string {
	v := h.Get(key)
	if d, err := wordDecoder.DecodeHeader(v); err == nil {
		return d
	}
	return v
}

// addressList parses an address header leniently: a malformed list falls
// back to picking out anything that looks like an address.
func addressList(h gomail.Header, key string, m *Message) []Address {
	v := h.Get(key)
	if strings.TrimSpace(v) == "" {
		return nil
	}
	parser := mail.AddressParser{WordDecoder: wordDecoder}
	list, err := parser.ParseList(v)
	if err != nil {
		m.Problems = append(m.Problems, strings.ToLower(key)+": "+err.Error())
		return scrapeAddresses(v)
	}
	out := make([]Address, 0, len(list))
	for _, a := range list {
		if a.Address == "" {
			continue
		}
		out = append(out, Address{Name: Clean(a.Name), Email: NormalizeEmail(a.Address)})
	}
	return out
}

// scrapeAddresses finds word@domain tokens in a header that did not parse.
func scrapeAddresses(v string) []Address {
	var out []Address
	for _, f := range strings.FieldsFunc(v, func(r rune) bool {
		return r == ',' || r == ';' || r == '<' || r == '>' || r == ' ' || r == '"' || r == '\t'
	}) {
		if i := strings.IndexByte(f, '@'); i > 0 && i < len(f)-1 {
			out = append(out, Address{Email: NormalizeEmail(f)})
		}
	}
	return out
}

// NormalizeEmail lower-cases an address for comparison.
func NormalizeEmail(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), "<>"))
}

// Domain returns the part after the last @, lower-cased.
func Domain(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		return strings.ToLower(email[i+1:])
	}
	return ""
}

func firstMsgID(v string) string {
	ids := msgIDList(v)
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// msgIDList extracts <...> message ids; clients that omit the brackets still
// get a single id.
func msgIDList(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	var ids []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := cleanID(v[i+1 : i+j]); id != "" {
			ids = append(ids, id)
		}
		v = v[i+j+1:]
	}
	if len(ids) == 0 {
		for _, f := range strings.Fields(v) {
			if id := cleanID(f); strings.Contains(id, "@") {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

func cleanID(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\r\n\x00<> \t") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n', 0, '<', '>', ' ', '\t':
				return -1
			}
			return r
		}, s)
	}
	if len(s) > 250 {
		s = s[:250]
	}
	return s
}

// Clean makes a header value safe to store and to reuse in a new header:
// control characters (CR and LF above all) become spaces, runs of white
// space collapse, invalid UTF-8 is replaced.
func Clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' {
			r = ' '
		}
		if r == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

const maxDepth = 8

// walkBody collects text/plain and text/html content and the first
// text/calendar part, skipping attachments. Errors inside the body are
// recorded, never fatal: a truncated partial fetch is expected.
func walkBody(e *gomessage.Entity, text, html *strings.Builder, m *Message, depth int) {
	if depth > maxDepth {
		return
	}
	mt, params, err := e.Header.ContentType()
	if err != nil || mt == "" {
		mt = "text/plain"
	}
	if mr := e.MultipartReader(); mr != nil {
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				return
			}
			if err != nil {
				if p == nil {
					if !errors.Is(err, io.ErrUnexpectedEOF) {
						m.Problems = append(m.Problems, "multipart: "+err.Error())
					}
					return
				}
			}
			walkBody(p, text, html, m, depth+1)
			if text.Len() >= MaxExcerpt && m.Calendar != "" {
				return
			}
		}
	}
	disp, _, _ := e.Header.ContentDisposition()
	attachment := disp == "attachment"
	_ = params
	switch {
	case mt == "text/calendar" && m.Calendar == "":
		b, _ := io.ReadAll(io.LimitReader(e.Body, MaxCalendar))
		m.Calendar = string(b)
	case attachment:
		return
	case mt == "text/plain" && text.Len() < MaxExcerpt:
		readInto(e.Body, text, MaxExcerpt*2, m)
	case mt == "text/html" && html.Len() < MaxExcerpt*4:
		readInto(e.Body, html, MaxExcerpt*8, m)
	case mt == "message/rfc822" || mt == "message/global":
		// forwarded message: not the sender's own words
	}
}

func readInto(r io.Reader, b *strings.Builder, limit int, m *Message) {
	buf, err := io.ReadAll(io.LimitReader(r, int64(limit)))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		m.Problems = append(m.Problems, "body: "+err.Error())
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(strings.ToValidUTF8(string(buf), "\uFFFD"))
}

func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// OwnWords returns the excerpt without quoted replies and signatures, so that
// classification looks only at what the sender wrote in this message.
func (m *Message) OwnWords() string {
	return StripQuoted(m.Excerpt)
}

// StripQuoted cuts a reply's text at the first quote marker: a "> " line,
// an "On ... wrote:" attribution, an Outlook "-----Original Message-----" or
// "From:" block, or a "-- " signature delimiter.
func StripQuoted(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, ">"),
			t == "--",
			strings.HasPrefix(t, "-----Original Message"),
			strings.HasPrefix(t, "________________________________"),
			strings.HasPrefix(t, "On ") && strings.HasSuffix(t, "wrote:"),
			strings.HasPrefix(t, "Am ") && strings.HasSuffix(t, "schrieb:"),
			strings.HasPrefix(t, "Le ") && strings.HasSuffix(t, "a écrit :"),
			strings.HasPrefix(t, "El ") && strings.HasSuffix(t, "escribió:"),
			i > 0 && strings.HasPrefix(t, "From:") && i+1 < len(lines) && (strings.HasPrefix(strings.TrimSpace(lines[i+1]), "Sent:") || strings.HasPrefix(strings.TrimSpace(lines[i+1]), "Date:")):
			return strings.TrimSpace(strings.Join(lines[:i], "\n"))
		}
		// "On Tue, Apr 6, 2027 at 10:00 AM Jane <j@x.com>" can wrap before "wrote:".
		if strings.HasPrefix(t, "On ") && i+1 < len(lines) && strings.HasSuffix(strings.TrimSpace(lines[i+1]), "wrote:") {
			return strings.TrimSpace(strings.Join(lines[:i], "\n"))
		}
	}
	return s
}

// repairHeader makes a damaged header section readable by go-message: an
// mbox "From " line or other junk before the first field is dropped, a
// stray continuation line at the top is unfolded, and a line that is not a
// field ends the header (the body evidently started without a blank line).
// It says what it changed, or "" when nothing.
func repairHeader(raw []byte) ([]byte, string) {
	var out bytes.Buffer
	var problem string
	rest := raw
	started := false
	for len(rest) > 0 {
		i := bytes.IndexByte(rest, '\n')
		line := rest
		next := []byte(nil)
		if i >= 0 {
			line, next = rest[:i+1], rest[i+1:]
		}
		trimmed := bytes.TrimRight(line, "\r\n")
		switch {
		case len(trimmed) == 0:
			if !started {
				rest = next
				continue
			}
			out.Write(line)
			out.Write(next)
			return out.Bytes(), problem
		case trimmed[0] == ' ' || trimmed[0] == '\t':
			if !started {
				if isField(bytes.TrimLeft(trimmed, " \t")) {
					out.Write(bytes.TrimLeft(line, " \t"))
					started = true
					problem = "header: leading white space removed"
				} else {
					problem = "header: junk before the first field dropped"
				}
				rest = next
				continue
			}
			out.Write(line)
		case isField(trimmed):
			started = true
			out.Write(line)
		case !started:
			problem = "header: junk before the first field dropped"
		default:
			// Not a field: the header ended without its blank line.
			problem = "header: not terminated by a blank line"
			out.WriteString("\r\n")
			out.Write(rest)
			return out.Bytes(), problem
		}
		rest = next
	}
	if problem == "" {
		return raw, ""
	}
	return out.Bytes(), problem
}

// isField reports whether a line starts like a header field: printable
// name characters, then a colon.
func isField(line []byte) bool {
	for i, c := range line {
		if c == ':' {
			return i > 0
		}
		if c <= ' ' || c > '~' {
			return false
		}
	}
	return false
}
