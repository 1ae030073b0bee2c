package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"

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

var (
	deflaters = sync.Pool{New: func() any {
		w, _ := flate.NewWriterDict(nil, flate.BestSpeed, dataDict)
		return w
	}}
	bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}
)

// Rows written from this version on hold the headers threading needs
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

// encodeMessage is what SaveMessages stores in the data column.
func encodeMessage(m *mailmsg.Message, verdict []byte) ([]byte, error) {
	date, err := m.Date.MarshalText()
	if err != nil {
		return nil, err
	}
	rest := *m
	rest.MessageID, rest.InReplyTo, rest.References, rest.From, rest.To, rest.Subject, rest.Date, rest.HearbackThread =
		"", "", nil, mailmsg.Address{}, nil, "", time.Time{}, ""
	js, err := json.Marshal(&rest)
	if err != nil {
		return nil, err
	}
	buf := bufs.Get().(*bytes.Buffer)
	defer bufs.Put(buf)
	buf.Reset()
	head := make([]byte, 0, 256)
	str := func(s string) {
		head = binary.AppendUvarint(head, uint64(len(s)))
		head = append(head, s...)
	}
	str(m.MessageID)
	str(m.InReplyTo)
	head = binary.AppendUvarint(head, uint64(len(m.References)))
	for _, r := range m.References {
		str(r)
	}
	str(m.From.Name)
	str(m.From.Email)
	head = binary.AppendUvarint(head, uint64(len(m.To)))
	for _, a := range m.To {
		str(a.Name)
		str(a.Email)
	}
	str(m.Subject)
	str(string(date))
	str(m.HearbackThread)
	str(string(verdict))
	buf.WriteByte(dataHead)
	buf.Write(binary.AppendUvarint(nil, uint64(len(head))))
	buf.Write(head)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(buf)
	if _, err := w.Write(js); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

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

// decodeHead reads the head of a dataHead row into m and returns the
// cached verdict and the compressed rest. ok is false for rows of
// another format.
func decodeHead(data []byte, m *mailmsg.Message) (verdict string, rest []byte, ok bool, err error) {
	if len(data) == 0 || data[0] != dataHead {
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

var inflaters sync.Pool

// decodeMessage reads a data column written by any version.
func decodeMessage(data []byte, m *mailmsg.Message) error {
	var head mailmsg.Message
	_, rest, isHead, err := decodeHead(data, &head)
	if err != nil {
		return err
	}
	if isHead {
		if err := inflateJSON(rest, m); err != nil {
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
	src := bytes.NewReader(data)
	var r io.ReadCloser
	if v := inflaters.Get(); v != nil {
		r = v.(io.ReadCloser)
		if err := r.(flate.Resetter).Reset(src, dataDict); err != nil {
			return err
		}
	} else {
		r = flate.NewReaderDict(src, dataDict)
	}
	defer inflaters.Put(r)
	buf := bufs.Get().(*bytes.Buffer)
	defer bufs.Put(buf)
	buf.Reset()
	if _, err := buf.ReadFrom(r); err != nil {
		return fmt.Errorf("inflate: %w", err)
	}
	return json.Unmarshal(buf.Bytes(), m)
}
