package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/s2"

	"github.com/hearback/hearback/mailmsg"
)

// fullMessage sets every field of mailmsg.Message.
func fullMessage(excerpt string) mailmsg.Message {
	return mailmsg.Message{
		MessageID:  "CAF=abc123@mail.gmail.com",
		InReplyTo:  "r2@acme.example",
		References: []string{"r1@acme.example", "r2@acme.example"},
		From:       mailmsg.Address{Name: "Dana Recruiter", Email: "dana@acme.example"},
		ReplyTo:    []mailmsg.Address{{Name: "Jobs", Email: "jobs@acme.example"}},
		To:         []mailmsg.Address{{Name: "Me", Email: "me@example.com"}, {Email: "other@example.com"}},
		Cc:         []mailmsg.Address{{Name: "Hiring Manager", Email: "hm@acme.example"}},
		Date:       time.Date(2027, 4, 3, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
		Subject:    "Re: Interview for the Backend Engineer role — nächste Schritte",

		AutoSubmitted:   "auto-replied",
		XAutoreply:      "yes",
		Precedence:      "bulk",
		ListID:          "<jobs.acme.example>",
		ListUnsubscribe: "<https://acme.example/unsubscribe?u=1>, <mailto:leave@acme.example>",
		HearbackThread:  "t-42",
		ThreadIndex:     "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A",
		ThreadTopic:     "Interview for the Backend Engineer role — nächste Schritte",

		Excerpt:  excerpt,
		HTMLOnly: true,
		Calendar: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR",
		Problems: []string{"bad date", "bad charset"},
	}
}

// withoutOutlook is m without Outlook's conversation headers: a message
// stored as a dataHeadV3 row.
func withoutOutlook(m mailmsg.Message) mailmsg.Message {
	m.ThreadIndex, m.ThreadTopic = "", ""
	return m
}

// Rows of the current formats read back as they were written, whatever
// the size of the rest: short ones stored as they are, long ones
// compressed; a message with Outlook's conversation headers as a
// dataHeadV4 row, any other as a dataHeadV3 one.
func TestCodecV3RoundTrip(t *testing.T) {
	long := strings.Repeat("Thank you for your interest in the role. We will get back to you. ", 30)
	tests := []struct {
		name   string
		m      mailmsg.Message
		method byte
	}{
		{"empty", mailmsg.Message{}, restRaw},
		{"short", mailmsg.Message{MessageID: "a@x", Excerpt: "hi", Date: time.Date(2027, 1, 2, 3, 4, 5, 6, time.UTC)}, restRaw},
		{"full", fullMessage(long), restS2},
		{"full short", fullMessage("ok"), restS2},
		{"full, not outlook", withoutOutlook(fullMessage(long)), restS2},
		{"outlook only", mailmsg.Message{MessageID: "b@x", ThreadIndex: "AdQc2DN7rLoS3hgnE/O76rpFzxN/Ew=="}, restRaw},
		{"incompressible", mailmsg.Message{Excerpt: "\x00\xff\x13\x9a\x7f\x01\xee\x42\x88\x31\xc4\x5d\x90\x0b\x6e\xa7" +
			"\x3c\xd9\x14\xf2\x65\xbb\x08\x97\x2e\xe1\x50\xac\x1f\x83\xc6\x79"}, restRaw},
	}
	var e encoder
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			verdict := []byte("verdict\x00\x01")
			data, err := e.encode(&tt.m, verdict)
			if err != nil {
				t.Fatal(err)
			}
			data = bytes.Clone(data)
			tag := dataHeadV3
			if tt.m.ThreadIndex != "" || tt.m.ThreadTopic != "" {
				tag = dataHeadV4
			}
			if data[0] != tag {
				t.Fatalf("tag %#x, want %#x", data[0], tag)
			}
			var got mailmsg.Message
			if err := decodeMessage(data, &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.m) {
				t.Errorf("decodeMessage = %+v, want %+v", got, tt.m)
			}
			var head mailmsg.Message
			v, rest, ok, err := decodeHead(data, &head)
			if !ok || err != nil || v != string(verdict) {
				t.Fatalf("decodeHead = %q, %v, %v; want verdict %q", v, ok, err, verdict)
			}
			if head.MessageID != tt.m.MessageID || head.Subject != tt.m.Subject || !head.Date.Equal(tt.m.Date) ||
				!reflect.DeepEqual(head.To, tt.m.To) || head.Excerpt != "" {
				t.Errorf("head = %+v", head)
			}
			if rest[0] != tt.method {
				t.Errorf("method %d, want %d", rest[0], tt.method)
			}
		})
	}
}

// A damaged row is an error, never a panic.
func TestCodecV3Truncated(t *testing.T) {
	var e encoder
	m := fullMessage(strings.Repeat("Best regards, ", 20))
	data, err := e.encode(&m, []byte("v"))
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n < len(data); n++ {
		var got mailmsg.Message
		if err := decodeMessage(bytes.Clone(data[:n]), &got); err == nil {
			t.Errorf("decodeMessage of %d of %d bytes succeeded", n, len(data))
		}
	}
}

// The dataHeadV3 layout names each field of mailmsg.Message: a new field
// would be dropped on the way to the database. When this fails, store
// the new field under a new tag (codec.go), keeping 0x03 readable.
func TestCodecCoversMessage(t *testing.T) {
	known := []string{"MessageID", "InReplyTo", "References", "From", "ReplyTo", "To", "Cc", "Date", "Subject",
		"AutoSubmitted", "XAutoreply", "Precedence", "ListID", "ListUnsubscribe", "HearbackThread",
		"ThreadIndex", "ThreadTopic", "Excerpt", "HTMLOnly", "Calendar", "Problems"}
	var fields []string
	typ := reflect.TypeFor[mailmsg.Message]()
	for i := range typ.NumField() {
		fields = append(fields, typ.Field(i).Name)
	}
	if !reflect.DeepEqual(fields, known) {
		t.Errorf("mailmsg.Message fields = %v, the codec knows %v", fields, known)
	}
	addr := reflect.TypeFor[mailmsg.Address]()
	if addr.NumField() != 2 {
		t.Errorf("mailmsg.Address has %d fields, the codec knows Name and Email", addr.NumField())
	}
	// fullMessage sets every field: its JSON has no zero value left out.
	m := fullMessage("x")
	var generic map[string]any
	if err := json.Unmarshal(mustJSON(t, &m), &generic); err != nil {
		t.Fatal(err)
	}
	if len(generic) != len(known) {
		t.Errorf("fullMessage sets %d fields, want %d", len(generic), len(known))
	}
}

// encodeV2ForTest encodes m as rows of schema version 2 were: tag 0x02,
// the head, then the DEFLATE of the JSON of the rest.
func encodeV2ForTest(m *mailmsg.Message, verdict []byte) ([]byte, error) {
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
	var head []byte
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
	var buf bytes.Buffer
	buf.WriteByte(dataHead)
	buf.Write(binary.AppendUvarint(nil, uint64(len(head))))
	buf.Write(head)
	return deflateDictForTest(&buf, js)
}

// Rows of schema version 2 still decode, in full and by head.
func TestCodecReadsV2Rows(t *testing.T) {
	m := fullMessage(strings.Repeat("We will get back to you. ", 10))
	data, err := encodeV2ForTest(&m, []byte("v2"))
	if err != nil {
		t.Fatal(err)
	}
	var got mailmsg.Message
	if err := decodeMessage(data, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("decodeMessage = %+v, want %+v", got, m)
	}
	var head mailmsg.Message
	if v, _, ok, err := decodeHead(data, &head); !ok || err != nil || v != "v2" || head.MessageID != m.MessageID {
		t.Errorf("decodeHead = %q, %v, %v, %+v", v, ok, err, head)
	}
}

// Rows whose rest earlier builds compressed with DEFLATE stay readable.
func TestCodecV3ReadsDeflateRests(t *testing.T) {
	var e encoder
	m := fullMessage(strings.Repeat("We will get back to you by Friday. ", 20))
	data, err := e.encode(&m, []byte("v"))
	if err != nil {
		t.Fatal(err)
	}
	var head mailmsg.Message
	_, rest, ok, err := decodeHead(bytes.Clone(data), &head)
	if !ok || err != nil || rest[0] != restS2 {
		t.Fatalf("decodeHead: ok %v, err %v, method %d", ok, err, rest[0])
	}
	plain, err := s2.Decode(nil, rest[1:])
	if err != nil {
		t.Fatal(err)
	}
	var deflated appender
	if err := flate.StatelessDeflate(&deflated, plain, true, restDict); err != nil {
		t.Fatal(err)
	}
	row := append(bytes.Clone(data[:len(data)-len(rest)]), restDeflate)
	row = append(row, deflated.b...)
	var got mailmsg.Message
	if err := decodeMessage(row, &got); err != nil {
		t.Fatalf("decodeMessage(DEFLATE rest) = %v", err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("decodeMessage(DEFLATE rest) = %+v, want %+v", got, m)
	}
}
