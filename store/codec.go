package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"sync"

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

// encodeMessage is what SaveMessages stores in the data column.
func encodeMessage(m *mailmsg.Message) ([]byte, error) {
	js, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	buf := bufs.Get().(*bytes.Buffer)
	defer bufs.Put(buf)
	buf.Reset()
	buf.WriteByte(dataDeflate)
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

var inflaters sync.Pool

// decodeMessage reads a data column written by any version.
func decodeMessage(data []byte, m *mailmsg.Message) error {
	if len(data) == 0 || data[0] != dataDeflate {
		return json.Unmarshal(data, m)
	}
	src := bytes.NewReader(data[1:])
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
