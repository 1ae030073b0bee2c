package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/s2"

	"github.com/hearback/hearback/mailmsg"
)

// A message's data column is its mailmsg.Message as JSON. Rows written
// from schema version 2 on hold that JSON DEFLATE-compressed behind a
// one-byte tag, with a preset dictionary of the field names and values
// every message repeats: that halves the database of a big mailbox. JSON
// always starts with '{', so older rows stay readable as they are.
const dataDeflate byte = 0x01

// dataDict primes the compressor: the field names of mailmsg.Message and
// header values common in mail. Never change it: stored rows depend on it
// (add a new tag with a new dictionary instead).
var dataDict = []byte(`{"message_id":"","in_reply_to":"","references":["@mail.gmail.com"],` +
	`"from":{"name":"","email":"@gmail.com"},"reply_to":[{"name":"","email":""}],"to":[{"name":"","email":""}],` +
	`"cc":[{"name":"","email":""}],"date":"2026-01-01T00:00:00Z","subject":"Re: ","auto_submitted":"auto-generated",` +
	`"x_autoreply":"yes","precedence":"bulk","list_id":"<.lists.>","list_unsubscribe":"<https://unsubscribe>, <mailto:",` +
	`"hearback_thread":"","excerpt":"Hi ,\n\nThank you for the interview. We will get back to you. Best regards,\n","html_only":true,"calendar":"BEGIN:VCALENDAR",` +
	`"problems":[]}`)

var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Rows written by schema version 2 hold the headers threading needs
// apart, uncompressed, so that a pass over every message (the first
// thread build) reads them without inflating and parsing the rest:
//
//	0x02, uvarint len(head), head, DEFLATE (as 0x01) of the JSON of the rest
//
// head is a sequence of uvarint-length-prefixed strings: Message-ID,
// In-Reply-To, the number of References then each, From name and
// address, the number of To addresses then name and address of each,
// Subject, Date (as its JSON text), X-Hearback-Thread, and the message's cached verdict
// (opaque here, Message.CachedVerdict). The rest is the message with
// those fields zeroed.
const dataHead byte = 0x02

// Rows written from schema version 3 on hold the same head as dataHead
// rows and the rest in a binary layout instead of JSON, which cost a
// first sync more CPU than anything but DEFLATE itself:
//
//	0x03, uvarint len(head), head (as 0x02), method, body
//
// method is restRaw (body is the rest as it is: compressing a short rest
// does not pay), restS2 (body is the rest as an S2 block) or restDeflate
// (body is the rest DEFLATE-compressed with restDict as the preset
// dictionary; no longer written). The rest is a sequence of
// uvarint-length-prefixed strings and uvarint counts: the number of
// Reply-To addresses then name and address of each, the same for Cc,
// Auto-Submitted, X-Autoreply, Precedence, List-Id, List-Unsubscribe, the
// excerpt, a uvarint of flags (restHTMLOnly), the calendar, the number of
// problems then each.
//
// Unlike JSON, the layout does not follow mailmsg.Message by itself:
// TestCodecCoversMessage fails when the struct gains a field, which then
// needs a new tag (old tags must stay readable as they are).
const dataHeadV3 byte = 0x03

// Rows of messages that carry Outlook's conversation headers hold, from
// the same schema version on, what a dataHeadV3 row holds with the rest
// followed by two more strings, Thread-Index and Thread-Topic:
//
//	0x04, uvarint len(head), head (as 0x02), method, body
//
// Every other row is still written as dataHeadV3.
const dataHeadV4 byte = 0x04

// restDict primes the compressor of dataHeadV3 rests: values common in
// the headers kept there, and in short mail. Field names, which most of
// dataDict is, are not in the binary layout, and the compressor reads
// the dictionary in for every row. Never change it: stored rows depend
// on it.
var restDict = []byte("auto-generatedauto-repliedyesbulklist<.lists.>" +
	"<https://unsubscribe>, <mailto:unsubscribe@?subject=unsubscribe>" +
	"Hi ,\n\nThank you for the interview. We will get back to you. Best regards,\n" +
	"BEGIN:VCALENDAR")

// Compression methods of a dataHeadV3 rest. Rows are written with
// restS2 (or restRaw when compressing does not pay): on the 60k benchmark
// mailbox S2 took a sixth of DEFLATE's CPU (0.12 s against 0.74 s, the
// biggest cost of storing a message after SQLite itself) for 106 more
// bytes per message (399 against 293 of a 670-byte average rest).
// restDeflate rows, written by earlier builds, stay readable.
const (
	restRaw     byte = 0
	restDeflate byte = 1
	restS2      byte = 2
)

// Flags of a dataHeadV3 rest.
const restHTMLOnly = 1 << 0

// maxRest bounds a rest's decoded size, so that a damaged length cannot
// make a read allocate without limit: an excerpt, a calendar part and
// the other fields are far below it.
const maxRest = 4 << 20

// minCompress is the rest below which compressing is not tried.
const minCompress = 64

// appender is an io.Writer that appends to b.
type appender struct{ b []byte }

func (a *appender) Write(p []byte) (int, error) {
	a.b = append(a.b, p...)
	return len(p), nil
}

// encoder holds the buffers of encode, reused from row to row.
type encoder struct {
	head, rest, date, s2 []byte
	out                  appender
}

func appendStr[S string | []byte](b []byte, s S) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendAddrs(b []byte, as []mailmsg.Address) []byte {
	b = binary.AppendUvarint(b, uint64(len(as)))
	for _, a := range as {
		b = appendStr(b, a.Name)
		b = appendStr(b, a.Email)
	}
	return b
}

// encode returns what SaveMessages stores in the data column for m. The
// result is valid until the next call.
func (e *encoder) encode(m *mailmsg.Message, verdict []byte) ([]byte, error) {
	h := e.head[:0]
	h = appendStr(h, m.MessageID)
	h = appendStr(h, m.InReplyTo)
	h = binary.AppendUvarint(h, uint64(len(m.References)))
	for _, r := range m.References {
		h = appendStr(h, r)
	}
	h = appendStr(h, m.From.Name)
	h = appendStr(h, m.From.Email)
	h = appendAddrs(h, m.To)
	h = appendStr(h, m.Subject)
	// The date as its JSON text, as in dataHead rows.
	date, err := m.Date.AppendText(e.date[:0])
	if err != nil {
		return nil, err
	}
	e.date = date
	h = appendStr(h, date)
	h = appendStr(h, m.HearbackThread)
	h = appendStr(h, verdict)
	e.head = h

	r := e.rest[:0]
	r = appendAddrs(r, m.ReplyTo)
	r = appendAddrs(r, m.Cc)
	r = appendStr(r, m.AutoSubmitted)
	r = appendStr(r, m.XAutoreply)
	r = appendStr(r, m.Precedence)
	r = appendStr(r, m.ListID)
	r = appendStr(r, m.ListUnsubscribe)
	r = appendStr(r, m.Excerpt)
	var flags uint64
	if m.HTMLOnly {
		flags |= restHTMLOnly
	}
	r = binary.AppendUvarint(r, flags)
	r = appendStr(r, m.Calendar)
	r = binary.AppendUvarint(r, uint64(len(m.Problems)))
	for _, p := range m.Problems {
		r = appendStr(r, p)
	}
	tag := dataHeadV3
	if m.ThreadIndex != "" || m.ThreadTopic != "" {
		tag = dataHeadV4
		r = appendStr(r, m.ThreadIndex)
		r = appendStr(r, m.ThreadTopic)
	}
	e.rest = r

	out := append(e.out.b[:0], tag)
	out = appendStr(out, h)
	n := len(out)
	if len(r) >= minCompress {
		e.s2 = s2.Encode(e.s2[:cap(e.s2)], r)
		if len(e.s2) < len(r) {
			e.out.b = append(append(out, restS2), e.s2...)
			return e.out.b, nil
		}
	}
	e.out.b = append(append(out[:n], restRaw), r...)
	return e.out.b, nil
}

var encoders = sync.Pool{New: func() any { return new(encoder) }}

// uvarintString is binary.Uvarint of a string.
func uvarintString(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// decodeHead reads the head of a dataHead, dataHeadV3 or dataHeadV4 row
// into m and returns the cached verdict and what follows the head. ok is
// false for rows of another format.
func decodeHead(data []byte, m *mailmsg.Message) (verdict string, rest []byte, ok bool, err error) {
	if !hasHead(data) {
		return "", nil, false, nil
	}
	n, k := binary.Uvarint(data[1:])
	if k <= 0 || n > uint64(len(data)-1-k) {
		return "", nil, true, errors.New("bad head length")
	}
	// One string for the whole head: its fields are slices of it.
	hs := string(data[1+k : 1+k+int(n)])
	rest = data[1+k+int(n):]
	bad := false
	num := func() int {
		x, k := uvarintString(hs)
		if k <= 0 || x > uint64(len(hs)) {
			bad = true
			return 0
		}
		hs = hs[k:]
		return int(x)
	}
	str := func() string {
		l := num()
		if bad || l > len(hs) {
			bad = true
			return ""
		}
		s := hs[:l]
		hs = hs[l:]
		return s
	}
	m.MessageID = str()
	m.InReplyTo = str()
	if nr := num(); nr > 0 && !bad {
		m.References = make([]string, nr)
		for i := range m.References {
			m.References[i] = str()
		}
	}
	m.From.Name = str()
	m.From.Email = str()
	if nt := num(); nt > 0 && !bad {
		m.To = make([]mailmsg.Address, nt)
		for i := range m.To {
			m.To[i].Name = str()
			m.To[i].Email = str()
		}
	}
	m.Subject = str()
	date := str()
	m.HearbackThread = str()
	verdict = str()
	if bad || len(hs) != 0 {
		return "", nil, true, errors.New("bad head")
	}
	if err := m.Date.UnmarshalText([]byte(date)); err != nil {
		return "", nil, true, err
	}
	return verdict, rest, true, nil
}

// hasHead reports whether data is a row with a head (dataHead,
// dataHeadV3 or dataHeadV4).
func hasHead(data []byte) bool {
	return len(data) > 0 && (data[0] == dataHead || data[0] == dataHeadV3 || data[0] == dataHeadV4)
}

var inflaters sync.Pool

// decodeMessage reads a data column written by any version.
func decodeMessage(data []byte, m *mailmsg.Message) error {
	var head mailmsg.Message
	_, rest, isHead, err := decodeHead(data, &head)
	if err != nil {
		return err
	}
	if isHead {
		if data[0] == dataHeadV3 || data[0] == dataHeadV4 {
			err = decodeRest(rest, m, data[0] == dataHeadV4)
		} else {
			err = inflateJSON(rest, m)
		}
		if err != nil {
			return err
		}
		m.MessageID, m.InReplyTo, m.References, m.From, m.To, m.Subject, m.Date, m.HearbackThread =
			head.MessageID, head.InReplyTo, head.References, head.From, head.To, head.Subject, head.Date, head.HearbackThread
		return nil
	}
	if len(data) == 0 || data[0] != dataDeflate {
		return json.Unmarshal(data, m)
	}
	return inflateJSON(data[1:], m)
}

// inflateJSON decodes DEFLATE-compressed (with dataDict) JSON into m.
func inflateJSON(data []byte, m *mailmsg.Message) error {
	buf := bufs.Get().(*bytes.Buffer)
	defer bufs.Put(buf)
	if err := inflate(data, dataDict, buf); err != nil {
		return err
	}
	return json.Unmarshal(buf.Bytes(), m)
}

// inflate replaces the content of buf with data, DEFLATE-decompressed
// with the preset dictionary dict.
func inflate(data, dict []byte, buf *bytes.Buffer) error {
	src := bytes.NewReader(data)
	var r io.ReadCloser
	if v := inflaters.Get(); v != nil {
		r = v.(io.ReadCloser)
		if err := r.(flate.Resetter).Reset(src, dict); err != nil {
			return err
		}
	} else {
		r = flate.NewReaderDict(src, dict)
	}
	defer inflaters.Put(r)
	buf.Reset()
	if _, err := buf.ReadFrom(r); err != nil {
		return fmt.Errorf("inflate: %w", err)
	}
	return nil
}

// decodeRest decodes the rest of a dataHeadV3 row into m, or with
// outlook that of a dataHeadV4 row.
func decodeRest(data []byte, m *mailmsg.Message, outlook bool) error {
	if len(data) == 0 {
		return errors.New("bad rest: empty")
	}
	body := data[1:]
	switch data[0] {
	case restRaw:
	case restDeflate:
		buf := bufs.Get().(*bytes.Buffer)
		defer bufs.Put(buf)
		if err := inflate(body, restDict, buf); err != nil {
			return err
		}
		body = buf.Bytes()
	case restS2:
		n, err := s2.DecodedLen(body)
		if err != nil {
			return fmt.Errorf("bad rest: %w", err)
		}
		if n > maxRest {
			return fmt.Errorf("bad rest: %d bytes", n)
		}
		buf := bufs.Get().(*bytes.Buffer)
		defer bufs.Put(buf)
		buf.Reset()
		buf.Grow(n)
		if body, err = s2.Decode(buf.AvailableBuffer()[:n], body); err != nil {
			return fmt.Errorf("bad rest: %w", err)
		}
	default:
		return fmt.Errorf("bad rest: method %d", data[0])
	}
	// One string for the whole rest: its fields are slices of it.
	rs := string(body)
	bad := false
	num := func() int {
		x, k := uvarintString(rs)
		if k <= 0 || x > uint64(len(rs)) {
			bad = true
			return 0
		}
		rs = rs[k:]
		return int(x)
	}
	str := func() string {
		l := num()
		if bad || l > len(rs) {
			bad = true
			return ""
		}
		s := rs[:l]
		rs = rs[l:]
		return s
	}
	addrs := func() []mailmsg.Address {
		n := num()
		if n == 0 || bad {
			return nil
		}
		as := make([]mailmsg.Address, n)
		for i := range as {
			as[i].Name = str()
			as[i].Email = str()
		}
		return as
	}
	m.ReplyTo = addrs()
	m.Cc = addrs()
	m.AutoSubmitted = str()
	m.XAutoreply = str()
	m.Precedence = str()
	m.ListID = str()
	m.ListUnsubscribe = str()
	m.Excerpt = str()
	flags, k := uvarintString(rs)
	if k <= 0 {
		return errors.New("bad rest: flags")
	}
	rs = rs[k:]
	m.HTMLOnly = flags&restHTMLOnly != 0
	m.Calendar = str()
	if n := num(); n > 0 && !bad {
		m.Problems = make([]string, n)
		for i := range m.Problems {
			m.Problems[i] = str()
		}
	}
	if outlook {
		m.ThreadIndex = str()
		m.ThreadTopic = str()
	}
	if bad || len(rs) != 0 {
		return errors.New("bad rest")
	}
	return nil
}
