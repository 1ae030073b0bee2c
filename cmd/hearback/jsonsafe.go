package main

import (
	"bytes"
	"encoding/json"
	"time"
)

// MarshalJSON writes the view as its fields say, with every time made one
// that encoding/json can write: time.Time refuses a year outside 0-9999
// ("year outside of range"), and one such time (a Date header in year
// 9999, a server's INTERNALDATE, a due day computed from either) must not
// fail the whole `threads --json`. mailmsg already ignores Date headers
// outside 1970-2200; this is the second line of defence.
func (v threadView) MarshalJSON() ([]byte, error) {
	type plain threadView // no MarshalJSON: no recursion
	p := plain(v)
	p.LastMessageAt = jsonTime(p.LastMessageAt)
	p.Due, p.DueAt = jsonTimePtr(p.Due), jsonTimePtr(p.DueAt)
	// Unescaped HTML characters, as `threads --json` writes them: the
	// caller's encoder escapes them again if it is set to.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// JSON's limits on a time: RFC 3339 has four-digit years.
var (
	jsonTimeMin = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
	jsonTimeMax = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
)

// jsonTime returns t if json can write it, else t in UTC if that can be
// written, else the nearest time that can.
func jsonTime(t time.Time) time.Time {
	if y := t.Year(); y >= 0 && y <= 9999 {
		return t
	}
	switch t = t.UTC(); {
	case t.Before(jsonTimeMin):
		return jsonTimeMin
	case t.After(jsonTimeMax):
		return jsonTimeMax
	}
	return t
}

func jsonTimePtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := jsonTime(*t)
	return &c
}
