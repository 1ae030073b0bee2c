package mailmsg

import (
	"testing"
	"time"
)

// The child blocks below follow [MS-OXOMSG] 2.2.1.3 (see threadindex.go).
// The first is a Thread-Index Outlook wrote, as decoded by Metaspike's
// conversation index analyser (community.metaspike.com, "Thread-Index
// Header Field"): header 2018-07-16 07:40:00.2799616 UTC, one child
// 14:03:22.5476096 later, DeltaCode 0, random 0. The others were computed
// by hand from the same rules (a Python transcription of the
// specification, not this code): a reply three years later (DeltaCode 1,
// bits 53-23 of the difference) and a reply to that reply.
func TestChildThreadIndex(t *testing.T) {
	const parent = "AdQc2DN7rLoS3hgnE/O76rpFzxN/Ew=="
	cases := []struct {
		name   string
		parent string
		at     time.Time
		random byte
		want   string
	}{
		{"outlook", parent, time.Date(2018, 7, 16, 21, 43, 22, 827571200, time.UTC), 0, "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A"},
		{"years later", parent, time.Date(2021, 9, 1, 12, 0, 0, 0, time.UTC), 0x3c, "AdQc2DN7rLoS3hgnE/O76rpFzxN/E4cEoWA8"},
		{"grandchild", "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A", time.Date(2018, 7, 18, 10, 40, 0, 0, time.UTC), 0x5a, "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4AAGrefVo="},
		{"folded, no padding", "AdQc2DN7rLoS3hgnE/O76rp\r\n FzxN/Ew", time.Date(2018, 7, 16, 21, 43, 22, 827571200, time.UTC), 0, "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A"},
		{"before the parent", parent, time.Date(2018, 7, 16, 7, 0, 0, 0, time.UTC), 0, "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAAAAAA"},
	}
	for _, tc := range cases {
		got, ok := ChildThreadIndex(tc.parent, tc.at, tc.random)
		if !ok || got != tc.want {
			t.Errorf("%s: ChildThreadIndex(%q, %v, %#x) = %q, %v; want %q", tc.name, tc.parent, tc.at, tc.random, got, ok, tc.want)
		}
	}

	idx, ok := ParseThreadIndex("AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A")
	if !ok {
		t.Fatal("ParseThreadIndex refuses Outlook's value")
	}
	if got, want := ThreadIndexTime(idx), time.Date(2018, 7, 16, 7, 40, 0, 279961600, time.UTC); !got.Equal(want) {
		t.Errorf("header time = %v, want %v", got, want)
	}
	if got := ThreadIndexChildTimes(idx); len(got) != 1 || !got[0].Equal(time.Date(2018, 7, 16, 21, 43, 22, 827571200, time.UTC)) {
		t.Errorf("child times = %v, want [2018-07-16 21:43:22.8275712]", got)
	}
	// A child made now records now, to the 26 ms the block resolves.
	now := time.Date(2027, 4, 21, 14, 0, 0, 0, time.UTC)
	fresh := "AQHbS0ZQ" + "zMzMzMzMzMzMzMzMzMzMzA=="
	if _, ok := ParseThreadIndex(fresh); !ok {
		t.Fatalf("test header %q is not an index", fresh)
	}
	head, _ := ParseThreadIndex(fresh)
	at := ThreadIndexTime(head).Add(36*time.Hour + 1234*time.Millisecond)
	child, ok := ChildThreadIndex(fresh, at, 7)
	if !ok {
		t.Fatal("no child")
	}
	ci, _ := ParseThreadIndex(child)
	if len(ci) != 27 || ci[26] != 7 {
		t.Errorf("child %x: want 27 bytes ending in the random byte", ci)
	}
	if got := ThreadIndexChildTimes(ci); len(got) != 1 || at.Sub(got[0]) < 0 || at.Sub(got[0]) > 27*time.Millisecond {
		t.Errorf("child time = %v, want %v", got, at)
	}

	for _, bad := range []string{"", "not base64!", "AQID", "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4=", "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAd"} {
		if got, ok := ChildThreadIndex(bad, now, 0); ok {
			t.Errorf("ChildThreadIndex(%q) = %q, want not ok", bad, got)
		}
	}
}

// Outlook's conversation headers are read with the message: the index
// unfolded, the topic decoded; an index that is not one is left out.
func TestParseOutlookHeaders(t *testing.T) {
	raw := "From: Zoe Mueller <zoe@fahrwerk.de>\r\nTo: me@example.com\r\nSubject: AW: Bewerbung\r\n" +
		"Thread-Topic: =?utf-8?q?Bewerbung_als_Backend_Engineer_=E2=80=93_n=C3=A4chste_Schritte?=\r\n" +
		"Thread-Index: AdQc2DN7rLoS3hgnE/O76rpFzxN/\r\n EwAddF4A\r\n\r\nHallo\r\n"
	m, err := ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.ThreadIndex != "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A" || m.ThreadTopic != "Bewerbung als Backend Engineer – nächste Schritte" {
		t.Errorf("ThreadIndex %q, ThreadTopic %q", m.ThreadIndex, m.ThreadTopic)
	}
	m, err = ParseBytes([]byte("From: a@b.com\r\nThread-Index: bm90IGFuIGluZGV4\r\n\r\nx\r\n"))
	if err != nil || m.ThreadIndex != "" {
		t.Errorf("ThreadIndex of a bad value = %q, %v", m.ThreadIndex, err)
	}
}
