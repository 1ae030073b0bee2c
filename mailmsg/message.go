// Package mailmsg is the one place where hearback reads RFC 5322 messages
// (with go-message) and groups them into conversation threads, and where it
// writes the header of one (writer.go).
package mailmsg

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers non-UTF-8 charsets for decoding
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
	// HearbackThread is the X-Hearback-Thread header, which drafts written
	// by earlier versions of hearback carry (a draft is hearback's by the
	// ledger now: its Message-ID and content hash).
	HearbackThread string `json:"hearback_thread,omitempty"`
	// ThreadIndex and ThreadTopic are Outlook's conversation headers, for
	// a reply to join the sender's Outlook conversation (threadindex.go).
	ThreadIndex string `json:"thread_index,omitempty"`
	ThreadTopic string `json:"thread_topic,omitempty"`

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
	m := &Message{}
	var (
		ent  *gomessage.Entity
		vals *headerValues
		err  error
		ch   cleanHeader
	)
	if scanCleanHeader(raw, &ch) {
		// The common case: nothing to repair, and go-message needs to see
		// only the fields that describe the body.
		var br *bufio.Reader
		ent, vals, br, err = readClean(raw, &ch)
		defer releaseReader(br)
	} else {
		var repaired string
		raw, repaired = repairHeader(raw)
		ent, err = gomessage.Read(bytes.NewReader(raw))
		if ent == nil {
			return nil, fmt.Errorf("mailmsg: %w: %v", ErrNotMessage, err)
		}
		if repaired != "" {
			m.Problems = append(m.Problems, repaired)
		}
		if ent.Header.Len() == 0 {
			return nil, fmt.Errorf("mailmsg: %w: empty header", ErrNotMessage)
		}
		vals = valuesFromHeader(&ent.Header)
	}
	if err != nil && !gomessage.IsUnknownCharset(err) && !gomessage.IsUnknownEncoding(err) {
		m.Problems = append(m.Problems, "header: "+err.Error())
	}
	m.readHeader(vals)
	body := bodyPool.Get().(*bodyText)
	defer body.release()
	body.text, body.html = body.text[:0], body.html[:0]
	walkBody(ent, body, m, 0)
	switch {
	case len(body.text) > 0 && len(body.html) > 0 && fewWords(body.text, stubWords):
		// a marketing tool's plain part that only points at the HTML one
		// ("Open this email in your browser to read it: https://...")
		// says less than a mail program shows: the HTML part is the
		// message, when it says much more
		m.Excerpt = excerpt(body.text)
		if h := truncate(normalizeText(HTMLToText(string(body.html))), MaxExcerpt); !fewWords([]byte(h), stubMargin(body.text)) {
			m.Excerpt = h
		}
	case len(body.text) > 0:
		m.Excerpt = excerpt(body.text)
	case len(body.html) > 0:
		m.Excerpt = truncate(normalizeText(HTMLToText(string(body.html))), MaxExcerpt)
		m.HTMLOnly = true
	}
	return m, nil
}

// stubWords is the most words a plain part may have and still be only a
// pointer to the HTML part.
const stubWords = 40

// stubMargin is how many words the HTML part must pass to be the message
// rather than the plain one. A plain part that is one link and a line
// ("Bekijk deze e-mail in je browser: https://...") says nothing of its
// own, so a short notice in the HTML part (a receipt of three sentences)
// is already much more.
func stubMargin(text []byte) int {
	n := wordCount(text)
	if n <= bareLinkWords && bytes.Contains(text, []byte("http")) {
		return 2*n + bareLinkWords
	}
	return 3*n + stubWords
}

// bareLinkWords is the most words, links left out, of a plain part that
// is only a line pointing at the browser.
const bareLinkWords = 12

// wordCount counts the words of a text, links left out.
func wordCount(b []byte) int {
	return wordsUpTo(b, len(b))
}

// fewWords reports a text of at most max words, links left out.
func fewWords(b []byte, max int) bool {
	return wordsUpTo(b, max) <= max
}

// wordsUpTo counts the words of b that are no link, stopping once there
// are more than max: every multipart message asks about its plain part,
// and a long one need not be read to the end (nor split into fields).
func wordsUpTo(b []byte, max int) int {
	n := 0
	for i := 0; i < len(b) && n <= max; {
		for i < len(b) && asciiSpace(b[i]) {
			i++
		}
		start := i
		for i < len(b) && !asciiSpace(b[i]) {
			i++
		}
		if w := b[start:i]; len(w) > 0 && !bytes.HasPrefix(w, []byte("http")) && !bytes.HasPrefix(w, []byte("<http")) {
			n++
		}
	}
	return n
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func (m *Message) readHeader(h *headerValues) {
	m.MessageID = firstMsgID(h[hMessageID])
	m.InReplyTo = firstMsgID(h[hInReplyTo])
	m.References = msgIDList(h[hReferences])
	m.Subject = Clean(decodeHeader(h[hSubject]))
	if from := addressList(h[hFrom], "from", m); len(from) > 0 {
		m.From = from[0]
	} else if s := addressList(h[hSender], "sender", m); len(s) > 0 {
		m.From = s[0]
	}
	m.ReplyTo = addressList(h[hReplyTo], "reply-to", m)
	m.To = addressList(h[hTo], "to", m)
	m.Cc = addressList(h[hCc], "cc", m)
	if d, err := parseDate(h[hDate]); err == nil {
		if DateInRange(d) {
			m.Date = d
		} else {
			// Year 9999 or 1601: a broken or hostile client. The date is
			// treated as absent, so the store dates the message by its
			// INTERNALDATE, and nothing computes days from it.
			m.Problems = append(m.Problems, fmt.Sprintf("date: %s is outside %d-%d, ignored", d.Format(time.RFC3339), MinYear, MaxYear))
		}
	} else if h[hDate] != "" {
		m.Problems = append(m.Problems, "date: "+err.Error())
	}
	m.AutoSubmitted = Clean(h[hAutoSubmitted])
	m.XAutoreply = Clean(h[hXAutoreply])
	if m.XAutoreply == "" {
		m.XAutoreply = Clean(h[hXAutorespond])
	}
	m.Precedence = Clean(h[hPrecedence])
	m.ListID = Clean(h[hListID])
	m.ListUnsubscribe = Clean(h[hListUnsubscribe])
	m.HearbackThread = Clean(h[hHearbackThread])
	if v := h[hThreadIndex]; v != "" {
		if _, ok := ParseThreadIndex(v); ok {
			m.ThreadIndex = strings.Join(strings.Fields(v), "")
		}
	}
	m.ThreadTopic = Clean(decodeHeader(h[hThreadTopic]))
}

var wordDecoder = &mime.WordDecoder{CharsetReader: gomessage.CharsetReader}

func decodeHeader(v string) string {
	if d, err := wordDecoder.DecodeHeader(v); err == nil {
		return d
	}
	return v
}

// The years a message date may have; a Date header outside them is
// ignored (DateInRange).
const (
	MinYear = 1970
	MaxYear = 2200
)

var (
	minDate = time.Date(MinYear, 1, 1, 0, 0, 0, 0, time.UTC)
	maxDate = time.Date(MaxYear+1, 1, 1, 0, 0, 0, 0, time.UTC)
)

// DateInRange reports whether t lies in the years MinYear to MaxYear (UTC):
// a date hearback can reason about, compute business days from, and
// print. Mail dated outside is damaged, or written to confuse.
func DateInRange(t time.Time) bool {
	return !t.Before(minDate) && t.Before(maxDate)
}

// parseDate is mail.ParseDate, with a shortcut for the usual
// "Mon, 2 Jan 2006 15:04:05 -0700" form.
func parseDate(v string) (time.Time, error) {
	if isPlainDate(v) {
		// mail.ParseDate would try the same layout after twelve without the
		// day of the week, which cannot match a value starting with a letter.
		if t, err := time.Parse("Mon, 2 Jan 2006 15:04:05 -0700", v); err == nil {
			return t, nil
		}
	}
	return mail.ParseDate(v)
}

// isPlainDate matches "Www, D Mmm YYYY hh:mm:ss +hhmm" exactly, with a one
// or two digit day and nothing around it.
func isPlainDate(v string) bool {
	const pattern = "Aaa, 99 Aaa 9999 99:99:99 +9999"
	if len(v) == len(pattern)-1 {
		v = v[:5] + "0" + v[5:] // a one digit day
	} else if len(v) != len(pattern) {
		return false
	}
	for i := 0; i < len(pattern); i++ {
		c := v[i]
		switch pattern[i] {
		case 'A', 'a':
			if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
				return false
			}
		case '9':
			if c < '0' || c > '9' {
				return false
			}
		case '+':
			if c != '+' && c != '-' {
				return false
			}
		default:
			if c != pattern[i] {
				return false
			}
		}
	}
	return true
}

// addressList parses an address header leniently: a malformed list falls
// back to picking out anything that looks like an address.
func addressList(v, key string, m *Message) []Address {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	if out, ok := simpleAddressList(v); ok {
		return out
	}
	parser := mail.AddressParser{WordDecoder: wordDecoder}
	list, err := parser.ParseList(v)
	if err != nil {
		m.Problems = append(m.Problems, key+": "+err.Error())
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
	id, _ := msgIDs(v, true)
	return id
}

// msgIDList extracts <...> message ids; clients that omit the brackets still
// get a single id.
func msgIDList(v string) []string {
	_, ids := msgIDs(v, false)
	return ids
}

// msgIDs does the work of msgIDList; with first set it returns the first id
// instead of the list, allocating nothing.
func msgIDs(v string, first bool) (string, []string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil
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
			if first {
				return id, nil
			}
			ids = append(ids, id)
		}
		v = v[i+j+1:]
	}
	if len(ids) == 0 {
		for _, f := range strings.Fields(v) {
			if id := cleanID(f); strings.Contains(id, "@") {
				if first {
					return id, nil
				}
				ids = append(ids, id)
			}
		}
	}
	return "", ids
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

// Clean makes a header value safe to store, to print on a terminal and to
// reuse in a new header: control characters that break lines (C0 controls
// such as CR and LF, DEL, NEL, the Unicode line and paragraph separators)
// become spaces, other C1 controls (U+0080-U+009F: U+009B is a terminal's
// CSI) and the bidirectional formatting characters (U+202A-U+202E
// embeddings and overrides, U+2066-U+2069 isolates, the marks U+200E,
// U+200F and U+061C) are removed, runs of white space collapse, invalid
// UTF-8 is replaced. Names and subjects go through it when a message is
// parsed, and again when a draft is composed.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return cleanSlow(s)
}

// cleanRune is what Clean makes of r: r, a space, or -1 to drop it.
func cleanRune(r rune) rune {
	switch {
	case r < 0x20, r == 0x7f, r == 0x85, r == '\u2028', r == '\u2029':
		return ' '
	case r >= 0x80 && r <= 0x9f,
		r >= '\u202a' && r <= '\u202e',
		r >= '\u2066' && r <= '\u2069',
		r == '\u200e', r == '\u200f', r == '\u061c':
		return -1
	}
	return r
}

func cleanSlow(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r = cleanRune(r); r < 0 {
			continue
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

// isClean reports whether Clean would return s unchanged because it is
// printable ASCII with single spaces between words.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

const maxDepth = 8

// bodyText collects the text of a message's parts; pooled, since most of
// a message is read into it and then dropped.
type bodyText struct {
	text, html []byte
}

var bodyPool = sync.Pool{New: func() any { return new(bodyText) }}

func (b *bodyText) release() {
	if cap(b.text) > 64<<10 || cap(b.html) > 256<<10 {
		return
	}
	bodyPool.Put(b)
}

// walkBody collects text/plain and text/html content and the first
// text/calendar part, skipping attachments. Errors inside the body are
// recorded, never fatal: a truncated partial fetch is expected.
func walkBody(e *gomessage.Entity, body *bodyText, m *Message, depth int) {
	if depth > maxDepth {
		return
	}
	mt, ok := simpleMediaType(e.Header.Get("Content-Type"))
	if !ok {
		var err error
		if mt, _, err = e.Header.ContentType(); err != nil || mt == "" {
			mt = "text/plain"
		}
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
			walkBody(p, body, m, depth+1)
			if len(body.text) >= MaxExcerpt && m.Calendar != "" {
				return
			}
		}
	}
	disp, ok := simpleMediaType(e.Header.Get("Content-Disposition"))
	if !ok {
		disp, _, _ = e.Header.ContentDisposition()
	}
	attachment := disp == "attachment"
	switch {
	case mt == "text/calendar" && m.Calendar == "":
		b, _ := io.ReadAll(io.LimitReader(e.Body, MaxCalendar))
		m.Calendar = string(b)
	case attachment:
		return
	case mt == "text/plain" && len(body.text) < MaxExcerpt:
		body.text = readInto(e.Body, body.text, MaxExcerpt*2, m)
	case mt == "text/html" && len(body.html) < MaxExcerpt*4:
		body.html = readInto(e.Body, body.html, MaxExcerpt*8, m)
	case mt == "message/rfc822" || mt == "message/global":
		// forwarded message: not the sender's own words
	}
}

// readInto appends up to limit bytes of r to b, after a newline if b is
// not empty, with invalid UTF-8 replaced.
func readInto(r io.Reader, b []byte, limit int, m *Message) []byte {
	if len(b) > 0 {
		b = append(b, '\n')
	}
	start := len(b)
	b, err := readLimited(r, b, limit)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		m.Problems = append(m.Problems, "body: "+err.Error())
	}
	if !utf8.Valid(b[start:]) {
		b = append(b[:start], bytes.ToValidUTF8(b[start:], []byte("\uFFFD"))...)
	}
	return b
}

const maxReadLimit = 64 << 10

// readAllSizes are the capacities of the buffers io.ReadAll reads into
// after its first 512 bytes, computed as io.ReadAll computes them, enough
// for any limit readLimited is given.
var readAllSizes = func() []int {
	var sizes []int
	total := 512
	for next := 256; total < 2*maxReadLimit; next += next / 2 { // chunks are left up to 1/16 empty
		c := cap(append([]byte(nil), make([]byte, next)...))
		sizes = append(sizes, c)
		total += c
	}
	return sizes
}()

// readLimited appends to b what io.ReadAll(io.LimitReader(r, limit)) would
// return, and its error. It makes the very same Read calls, with the same
// buffer lengths, because what a decoder reports can depend on them (the
// offset in a base64 error), but reads straight into b.
func readLimited(r io.Reader, b []byte, limit int) ([]byte, error) {
	if limit > maxReadLimit {
		panic("mailmsg: readLimited limit too large")
	}
	b = slices.Grow(b, limit)
	start := len(b)
	chunk, used, next := 512, 0, 0
	for {
		left := limit - (len(b) - start)
		if left <= 0 {
			return b, nil // io.LimitReader's EOF
		}
		want := min(chunk-used, left)
		n, err := r.Read(b[len(b) : len(b)+want])
		b = b[:len(b)+n]
		used += n
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if chunk-used < chunk/16 {
			chunk = readAllSizes[next]
			used = 0
			next++
		}
	}
}

// excerpt is truncate(normalizeText(string(text)), MaxExcerpt), computed in
// place on text, which must be valid UTF-8.
func excerpt(text []byte) string {
	if i := bytes.IndexByte(text, '\r'); i >= 0 {
		// \r\n and lone \r become \n, moving the text down in place.
		w := i
		for i < len(text) {
			text[w] = '\n'
			w++
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
			j := bytes.IndexByte(text[i:], '\r')
			if j < 0 {
				j = len(text) - i
			}
			w += copy(text[w:], text[i:i+j])
			i += j
		}
		text = text[:w]
	}
	text = bytes.TrimSpace(text)
	if len(text) > MaxExcerpt {
		text = text[:MaxExcerpt]
		for !utf8.Valid(text) {
			text = text[:len(text)-1]
		}
	}
	return string(text)
}

func normalizeText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
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

// nordicHeaderBlock reports the header block a Swedish, Danish or
// Norwegian Outlook puts above the message a reply quotes: "Från:" /
// "Fra:" / "Frå:" and, on the next line, "Skickat:" or "Sendt:".
func nordicHeaderBlock(line string, next []string) bool {
	if len(next) == 0 || !(strings.HasPrefix(line, "Från:") || strings.HasPrefix(line, "Fra:") || strings.HasPrefix(line, "Frå:")) {
		return false
	}
	n := strings.TrimSpace(next[0])
	return strings.HasPrefix(n, "Skickat:") || strings.HasPrefix(n, "Sendt:") || strings.HasPrefix(n, "Datum:") ||
		strings.HasPrefix(n, "Dato:")
}

// StripQuoted returns what the sender wrote in a message: the text above
// the first quote marker, and the answers written between the quoted lines
// below it (SplitQuoted).
func StripQuoted(s string) string {
	own, _ := SplitQuoted(s)
	return own
}

// SplitQuoted cuts a reply's text at the first quote marker: a "> " line,
// an "On ... wrote:" attribution (and its German, French, Spanish and
// Scandinavian forms), an Outlook "-----Original Message-----" or
// "From:" block (and "Från:", "Fra:", "Frå:"), or a "-- " signature
// delimiter. own is the text above it, with the sender's answers written
// between the "> " lines of the quote after a blank line ("answers inline
// below"); quoted is the rest from the marker on, without those answers.
// A text without a marker is all own words.
func SplitQuoted(s string) (own, quoted string) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case attribution(t), strings.HasPrefix(t, ">") && attribution(strings.TrimSpace(t[1:])):
			// a quote whose attribution says who wrote it (Apple Mail
			// quotes its own): the sender may answer between its lines
			return withInlineAnswers(lines, i)
		case strings.HasPrefix(t, ">") && inlineAnnounced(lines[:i]):
			// "Hi Alex, answers inline below." above the reader's
			// questions quoted one by one, with no attribution (r91)
			return withInlineAnswers(lines, i)
		case strings.HasPrefix(t, ">"), t == "--", separatorLine(t), i > 0 && headerBlockAt(t, lines[i+1:]):
			return strings.TrimSpace(strings.Join(lines[:i], "\n")), strings.Join(lines[i:], "\n")
		}
		// "On Tue, Apr 6, 2027 at 10:00 AM Jane <j@x.com>" can wrap before "wrote:".
		if strings.HasPrefix(t, "On ") && i+1 < len(lines) && strings.HasSuffix(strings.TrimSpace(lines[i+1]), "wrote:") {
			return withInlineAnswers(lines, i)
		}
	}
	return s, ""
}

// attribution is the line a mail program puts above the message a reply
// quotes: "On ... wrote:" and its German, French, Spanish and
// Scandinavian forms ("Den tir. 1. jun. 2027 kl. 17.30 skrev Kirsten Hvid
// <khvi@ucvesterhav.dk>:", "24 maj 2027 kl. 15:02 skrev Alex Rivera
// <alex@example.com>:").
func attribution(t string) bool {
	return strings.HasPrefix(t, "On ") && strings.HasSuffix(t, "wrote:") ||
		strings.HasPrefix(t, "Am ") && strings.HasSuffix(t, "schrieb:") ||
		strings.HasPrefix(t, "Le ") && strings.HasSuffix(t, "a écrit :") ||
		strings.HasPrefix(t, "El ") && strings.HasSuffix(t, "escribió:") ||
		strings.HasSuffix(t, ":") && strings.Contains(t, " skrev ") && (strings.HasPrefix(t, "Den ") || strings.Contains(t, "@"))
}

// inlineCues announce answers written between the quoted lines.
var inlineCues = []string{"inline", "in line", "answers below", "answered below", "responses below", "replies below",
	"between the lines", "entre líneas", "entre lineas", "entre les lignes", "zwischen den zeilen", "tra le righe",
	"tussen de regels", "entre linhas"}

// inlineAnnounced reports words above a quote that say the answers are
// written into it.
func inlineAnnounced(top []string) bool {
	t := strings.ToLower(strings.Join(top, " "))
	for _, c := range inlineCues {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// withInlineAnswers splits lines at from, the start of a quote its "> "
// marks, and keeps as the sender's own the paragraphs below it that are
// not quoted: answers between the quoted lines, or below them all. Such a
// paragraph starts after a blank line that follows a quoted line; a line
// without "> " right below a quoted one is the quoted line wrapped by a
// mail program, not an answer. A signature delimiter, a further
// attribution or header block, or unquoted text before any quoted line
// (a quote some program did not mark) ends the search.
func withInlineAnswers(lines []string, from int) (own, quoted string) {
	top := strings.TrimSpace(strings.Join(lines[:from], "\n"))
	var answers, quote []string
	seenQuote, afterBlank, inAnswer, wrapped := false, false, false, false
	for i := from; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(t, ">"):
			seenQuote, afterBlank, inAnswer, wrapped = true, false, false, false
		case t == "":
			afterBlank, inAnswer, wrapped = seenQuote, false, false
			if len(answers) > 0 && answers[len(answers)-1] != "" {
				answers = append(answers, "")
			}
		case i == from || i == from+1 && !seenQuote && strings.HasSuffix(t, "wrote:"):
			// the attribution line itself
		case !seenQuote || t == "--" || endsOwnWords(t, lines[i+1:]):
			quote = append(quote, lines[i:]...)
			return joinOwn(top, answers), strings.Join(quote, "\n")
		case inAnswer:
			answers = append(answers, lines[i])
			continue
		case wrapped:
		case afterBlank:
			inAnswer = true
			answers = append(answers, lines[i])
			continue
		default:
			wrapped = true
		}
		quote = append(quote, lines[i])
	}
	return joinOwn(top, answers), strings.Join(quote, "\n")
}

// endsOwnWords is a line that starts another message below a quote: an
// attribution, a separator or a header block.
func endsOwnWords(t string, next []string) bool {
	return attribution(t) || strings.HasPrefix(t, "On ") && len(next) > 0 && strings.HasSuffix(strings.TrimSpace(next[0]), "wrote:") ||
		separatorLine(t) || headerBlockAt(t, next)
}

// separatorLine is the line a mail program puts above the message it
// quotes or forwards: "-----Original Message-----" (and its Nordic
// forms), Outlook's row of underscores, and a job board's relay of the
// reader's message below an employer's reply ("--- Original message from
// Alex Rivera via Indeed ---").
func separatorLine(t string) bool {
	return strings.HasPrefix(t, "-----Original Message") || strings.HasPrefix(t, "-----Ursprungligt meddelande") ||
		strings.HasPrefix(t, "-----Oprindelig meddelelse") || strings.HasPrefix(t, "-----Opprinnelig melding") ||
		strings.HasPrefix(t, "-----Opphavleg melding") || strings.HasPrefix(t, "--- Original message") ||
		strings.HasPrefix(t, "________________________________")
}

// headerBlockAt reports the header block Outlook puts above a quoted
// message, "From:" over "Sent:" or "Date:" (and the Nordic forms), at
// line t with next the lines below it.
func headerBlockAt(t string, next []string) bool {
	if strings.HasPrefix(t, "From:") && len(next) > 0 {
		n := strings.TrimSpace(next[0])
		return strings.HasPrefix(n, "Sent:") || strings.HasPrefix(n, "Date:")
	}
	return nordicHeaderBlock(t, next)
}

func joinOwn(top string, answers []string) string {
	a := strings.TrimSpace(strings.Join(answers, "\n"))
	switch {
	case a == "":
		return top
	case top == "":
		return a
	}
	return top + "\n\n" + a
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
