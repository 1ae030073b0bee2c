package mailmsg

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"sync"

	gomessage "github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// The header fields hearback reads, in canonical form (as go-message's
// Header.Get looks them up).
const (
	hMessageID = iota
	hInReplyTo
	hReferences
	hSubject
	hFrom
	hSender
	hReplyTo
	hTo
	hCc
	hDate
	hAutoSubmitted
	hXAutoreply
	hXAutorespond
	hPrecedence
	hListID
	hListUnsubscribe
	hHearbackThread
	hThreadIndex
	hThreadTopic
	numFields
)

// Only go-message itself reads these, to decode the body.
const (
	hContentType = numFields + iota
	hContentTransferEncoding
	hContentDisposition
	numKeys
)

var headerKeys = [numKeys]string{
	hMessageID:               "Message-Id",
	hInReplyTo:               "In-Reply-To",
	hReferences:              "References",
	hSubject:                 "Subject",
	hFrom:                    "From",
	hSender:                  "Sender",
	hReplyTo:                 "Reply-To",
	hTo:                      "To",
	hCc:                      "Cc",
	hDate:                    "Date",
	hAutoSubmitted:           "Auto-Submitted",
	hXAutoreply:              "X-Autoreply",
	hXAutorespond:            "X-Autorespond",
	hPrecedence:              "Precedence",
	hListID:                  "List-Id",
	hListUnsubscribe:         "List-Unsubscribe",
	hHearbackThread:          "X-Hearback-Thread",
	hThreadIndex:             "Thread-Index",
	hThreadTopic:             "Thread-Topic",
	hContentType:             "Content-Type",
	hContentTransferEncoding: "Content-Transfer-Encoding",
	hContentDisposition:      "Content-Disposition",
}

// headerValues holds the first value of each field hearback reads, as
// go-message's Header.Get returns it.
type headerValues [numFields]string

func valuesFromHeader(h *gomessage.Header) *headerValues {
	var v headerValues
	for i := range v {
		v[i] = h.Get(headerKeys[i])
	}
	return &v
}

// keyIndex returns the index in headerKeys of a field name, or -1. The name
// consists of printable ASCII without colon (isField), so an ASCII
// case-insensitive match is exactly a match of its canonical form.
func keyIndex(name []byte) int {
	for i, k := range headerKeys {
		if len(k) == len(name) && asciiEqualFold(name, k) {
			return i
		}
	}
	return -1
}

func asciiEqualFold(b []byte, s string) bool {
	for i := range b {
		c, d := b[i], s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// readerSize is the size of the bufio.Reader gomessage.Read reads through.
const readerSize = 4096

// cleanHeader describes a header section that needs no repair and that
// go-message reads without error: every line a field or a continuation,
// no stray CR, no line longer than the reader's buffer, ended by a blank
// line. For such a header the fast path gives go-message only the fields
// it needs and the body reader in the state gomessage.Read leaves it in.
type cleanHeader struct {
	body     int // offset of the body, after the blank line
	buffered int // bytes gomessage.Read's bufio.Reader had taken from the input
	fields   int // number of fields
	// first occurrence of each field: start of its line and end of its
	// last continuation line; end is 0 when absent.
	span [numKeys]struct{ start, end int }
}

// scanCleanHeader reports whether raw starts with a clean header and
// describes it. On false the caller takes the general path.
func scanCleanHeader(raw []byte, h *cleanHeader) bool {
	n := len(raw)
	if n == 0 || raw[0] == ' ' || raw[0] == '\t' {
		return false
	}
	// Follow the reads of gomessage.Read's bufio.Reader (bufio.NewReader over
	// a bytes.Reader): it peeks first, then refills from the start of the
	// line it is looking at whenever the line's end is not buffered yet.
	buffered := min(readerSize, n)
	cur := -1 // index of the field being read, in headerKeys; -1 for others
	pos := 0
	for {
		i := bytes.IndexByte(raw[pos:], '\n')
		if i < 0 || i >= readerSize {
			return false // no blank line, or a line bufio returns in pieces
		}
		nl := pos + i
		if nl >= buffered {
			buffered = min(pos+readerSize, n)
		}
		line := raw[pos:nl]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if bytes.IndexByte(line, '\r') >= 0 {
			return false
		}
		next := nl + 1
		if len(line) == 0 {
			h.body = next
			h.buffered = buffered
			if h.fields == 0 || buffered > 1<<20 {
				return false
			}
			return true
		}
		switch {
		case line[0] == ' ' || line[0] == '\t':
			// continuation: the first line is never one (checked above)
		case isField(line):
			h.fields++
			cur = keyIndex(line[:bytes.IndexByte(line, ':')])
			if cur >= 0 && h.span[cur].end != 0 {
				cur = -1 // only the first occurrence counts
			}
			if cur >= 0 {
				h.span[cur].start = pos
			}
		default:
			return false
		}
		if cur >= 0 {
			h.span[cur].end = next
		}
		// After each field line the reader looks at the next byte for a
		// continuation, refilling if it has none buffered.
		if next == buffered {
			buffered = min(next+readerSize, n)
		}
		pos = next
	}
}

// fieldValue is go-message's value for a raw field (textproto's
// trimAroundNewlines): lines joined with one space, each trimmed.
func fieldValue(kv []byte) string {
	v := kv[bytes.IndexByte(kv, ':')+1:]
	if i := bytes.IndexByte(v, '\n'); i == len(v)-1 {
		// the common single line: no joining
		return string(trimLine(v[:i]))
	}
	var b strings.Builder
	b.Grow(len(v))
	for len(v) > 0 {
		l := v
		if i := bytes.IndexByte(v, '\n'); i >= 0 {
			l, v = v[:i], v[i+1:]
		} else {
			v = nil
		}
		l = trimLine(l)
		if len(l) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(l)
	}
	return b.String()
}

// trimLine drops one trailing CR, then spaces and tabs at both ends.
func trimLine(l []byte) []byte {
	if len(l) > 0 && l[len(l)-1] == '\r' {
		l = l[:len(l)-1]
	}
	return bytes.Trim(l, " \t")
}

// readClean is gomessage.Read for a clean header: the same entity, header
// values and body reader, without parsing and indexing the fields nobody
// reads. The returned reader is pooled; release it after the body is read.
func readClean(raw []byte, h *cleanHeader) (*gomessage.Entity, *headerValues, *bufio.Reader, error) {
	var v headerValues
	for i := range v {
		if s := h.span[i]; s.end != 0 {
			v[i] = fieldValue(raw[s.start:s.end])
		}
	}
	var th textproto.Header
	for i := numKeys - 1; i >= hContentType; i-- {
		if s := h.span[i]; s.end != 0 {
			th.AddRaw(raw[s.start:s.end])
		}
	}
	// gomessage.Read leaves the body in its bufio.Reader with raw[body:buffered]
	// buffered. The body's decoders (quoted-printable reuses that very reader)
	// and the multipart reader see the same sequence of reads from one in the
	// same state.
	br := readerPool.Get().(*bufio.Reader)
	br.Reset(&primedReader{first: raw[h.body:h.buffered], rest: raw[h.buffered:]})
	if h.buffered > h.body {
		br.Peek(h.buffered - h.body)
	}
	ent, err := gomessage.New(gomessage.Header{Header: th}, br)
	return ent, &v, br, err
}

var readerPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, readerSize) }}

func releaseReader(br *bufio.Reader) {
	br.Reset(nil)
	readerPool.Put(br)
}

// primedReader returns first in one read, then reads rest like a
// bytes.Reader.
type primedReader struct {
	first, rest []byte
}

func (r *primedReader) Read(p []byte) (int, error) {
	if len(r.first) > 0 {
		n := copy(p, r.first)
		r.first = r.first[n:]
		return n, nil
	}
	if len(r.rest) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

// simpleMediaType returns what go-message's Header.ContentType and
// ContentDisposition return as the type for a value of the usual shape,
// type/subtype followed by distinct token or quoted parameters: the type,
// lower-cased, and no error. ok is false for any other value; the caller
// then asks go-message (and mime.ParseMediaType).
func simpleMediaType(v string) (mt string, ok bool) {
	typ := mimeToken(v)
	if typ == "" || len(typ) == len(v) || v[len(typ)] != '/' {
		return "", false
	}
	sub := mimeToken(v[len(typ)+1:])
	if sub == "" {
		return "", false
	}
	base := v[:len(typ)+1+len(sub)]
	var keys [4]string
	nkeys := 0
	for p := v[len(base):]; p != ""; {
		if p[0] != ';' {
			return "", false
		}
		p = strings.TrimLeft(p[1:], " \t")
		key := mimeToken(p)
		if key == "" || strings.IndexByte(key, '*') >= 0 || len(key) == len(p) || p[len(key)] != '=' || nkeys == len(keys) {
			return "", false
		}
		for _, k := range keys[:nkeys] {
			if strings.EqualFold(k, key) {
				return "", false
			}
		}
		keys[nkeys] = key
		nkeys++
		p = p[len(key)+1:]
		if p != "" && p[0] == '"' {
			end := strings.IndexAny(p[1:], "\"\\\r\n")
			if end < 0 || p[1+end] != '"' {
				return "", false
			}
			p = p[end+2:]
		} else if val := mimeToken(p); val != "" {
			p = p[len(val):]
		} else {
			return "", false
		}
		p = strings.TrimLeft(p, " \t")
	}
	return strings.ToLower(base), true
}

// mimeToken returns the leading run of MIME token characters of s.
func mimeToken(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>@,;:\"/[]?=`, c) >= 0 {
			return s[:i]
		}
	}
	return s
}
