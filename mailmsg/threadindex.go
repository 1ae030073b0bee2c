package mailmsg

// Outlook conversations: the Thread-Index header carries the MAPI
// conversation index (PidTagConversationIndex) in base64, and a reply
// joins the sender's Outlook conversation when its index is the parent's
// with one more 5-byte child block (and its Thread-Topic is the parent's).
//
// The layout, from [MS-OXOMSG] 2.2.1.3 "PidTagConversationIndex Property"
// and the MAPI reference "Tracking Conversations" (ScCreateConversationIndex):
//
//   - a 22-byte header block: the delivery time as a FILETIME (100 ns ticks
//     since 1601-01-01 UTC) without its 16 least significant bits, as six
//     big-endian bytes (the first is 0x01 for every date from 1829 to 2057,
//     which [MS-OXOMSG] names the reserved byte), then a 16-byte GUID;
//   - per reply or forward, a 5-byte child block, big-endian: 1 bit
//     DeltaCode, 31 bits TimeDelta, 8 bits random. The difference between
//     the reply's time and the header's time, in FILETIME ticks, is stored
//     as its bits 48-18 with DeltaCode 0 when it is below 2^49 ticks (about
//     1.8 years), else as its bits 53-23 with DeltaCode 1.
//
// Checked against a Thread-Index Outlook wrote (decoded in
// mailmsg/threadindex_test.go): AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A is a
// header of 2018-07-16 07:40:00.2799616 UTC and one child 14:03:22.5476096
// later, DeltaCode 0, random 0.

import (
	"encoding/base64"
	"strings"
	"time"
)

const (
	threadIndexHeader = 22
	threadIndexChild  = 5
	// maxThreadIndex bounds an index hearback extends: a header and 200
	// replies is more than any conversation has.
	maxThreadIndex = threadIndexHeader + 200*threadIndexChild
	// filetimeEpoch is 1970-01-01 in FILETIME ticks.
	filetimeEpoch = 116444736000000000
)

// ParseThreadIndex decodes a Thread-Index value: base64 (folding spaces
// and missing padding tolerated) of a 22-byte header and whole 5-byte
// child blocks. ok is false for anything else.
func ParseThreadIndex(v string) (_ []byte, ok bool) {
	v = strings.Join(strings.Fields(v), "")
	if v == "" || len(v) > 2*maxThreadIndex {
		return nil, false
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		if b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(v, "=")); err != nil {
			return nil, false
		}
	}
	if len(b) < threadIndexHeader || len(b) > maxThreadIndex || (len(b)-threadIndexHeader)%threadIndexChild != 0 {
		return nil, false
	}
	return b, true
}

// ThreadIndexTime is the time in the header block of a conversation index.
func ThreadIndexTime(index []byte) time.Time {
	var ft uint64
	for _, c := range index[:6] {
		ft = ft<<8 | uint64(c)
	}
	return fromFiletime(ft << 16)
}

// ChildThreadIndex is the Thread-Index of a reply written at to a message
// whose Thread-Index is parent: the parent's index and one child block
// with the time since the parent's header and random as its last byte,
// base64. ok is false when parent is not a conversation index.
func ChildThreadIndex(parent string, at time.Time, random byte) (_ string, ok bool) {
	idx, ok := ParseThreadIndex(parent)
	if !ok {
		return "", false
	}
	block := childBlock(idx, at, random)
	out := append(append([]byte(nil), idx...), block[:]...)
	return base64.StdEncoding.EncodeToString(out), true
}

// childBlock encodes at, relative to the header time of idx.
func childBlock(idx []byte, at time.Time, random byte) [threadIndexChild]byte {
	var head uint64
	for _, c := range idx[:6] {
		head = head<<8 | uint64(c)
	}
	head <<= 16
	now := filetime(at)
	var delta uint64
	if now > head {
		delta = now - head
	}
	var v uint64 // 40 bits: DeltaCode, TimeDelta, random
	if delta < 1<<49 {
		v = ((delta>>18)&0x7fffffff)<<8 | uint64(random)
	} else {
		v = 1<<39 | ((delta>>23)&0x7fffffff)<<8 | uint64(random)
	}
	var b [threadIndexChild]byte
	for i := threadIndexChild - 1; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
	return b
}

// ThreadIndexChildTimes are the times the child blocks of index record,
// the header's time plus each one's difference.
func ThreadIndexChildTimes(index []byte) []time.Time {
	var head uint64
	for _, c := range index[:6] {
		head = head<<8 | uint64(c)
	}
	head <<= 16
	var out []time.Time
	for off := threadIndexHeader; off+threadIndexChild <= len(index); off += threadIndexChild {
		var v uint64
		for _, c := range index[off : off+threadIndexChild] {
			v = v<<8 | uint64(c)
		}
		td := (v >> 8) & 0x7fffffff
		shift := uint(18)
		if v>>39 == 1 {
			shift = 23
		}
		out = append(out, fromFiletime(head+(td<<shift)))
	}
	return out
}

func filetime(t time.Time) uint64 {
	s := t.Unix() + filetimeEpoch/1e7
	if s < 0 {
		return 0 // before 1601
	}
	return uint64(s)*1e7 + uint64(t.Nanosecond()/100)
}

func fromFiletime(ft uint64) time.Time {
	ticks := int64(ft) - filetimeEpoch
	return time.Unix(ticks/1e7, ticks%1e7*100).UTC()
}
