package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// A reply to a message from Outlook carries a child of its Thread-Index
// and its Thread-Topic, so that it joins the Outlook conversation.
func TestComposeOutlookConversation(t *testing.T) {
	in := testInput()
	in.ThreadIndex = "AdQc2DN7rLoS3hgnE/O76rpFzxN/EwAddF4A"
	in.ThreadTopic = "Interview für Senior Backend Engineer – nächste Schritte"
	d, err := Compose(in)
	if err != nil {
		t.Fatal(err)
	}
	h, _, head := parseRaw(t, d.Raw)
	idx, ok := mailmsg.ParseThreadIndex(h.Get("Thread-Index"))
	if !ok || len(idx) != 32 {
		t.Fatalf("Thread-Index %q: %d bytes, ok %v; want the parent's 27 and one child block", h.Get("Thread-Index"), len(idx), ok)
	}
	parent, _ := mailmsg.ParseThreadIndex(in.ThreadIndex)
	if string(idx[:27]) != string(parent) {
		t.Errorf("Thread-Index does not extend the parent's")
	}
	times := mailmsg.ThreadIndexChildTimes(idx)
	if got := times[len(times)-1]; got.After(in.Now) || in.Now.Sub(got) > time.Second { // 0.84 s steps, the parent being years older
		t.Errorf("the child block records %v, want the draft's Date %v", got, in.Now)
	}
	if topic, err := h.Text("Thread-Topic"); err != nil || topic != in.ThreadTopic {
		t.Errorf("Thread-Topic = %q, %v; want %q", topic, err, in.ThreadTopic)
	}
	names := strings.Join(fieldNames(head), ",")
	if !strings.Contains(names, "References,Thread-Topic,Thread-Index,MIME-Version") {
		t.Errorf("header fields %s", names)
	}
	// Composing again gives the same bytes, Message-ID and Date aside.
	again, _ := Compose(in)
	h2, _, _ := parseRaw(t, again.Raw)
	if h2.Get("Thread-Index") != h.Get("Thread-Index") {
		t.Errorf("Thread-Index differs between runs: %q, %q", h.Get("Thread-Index"), h2.Get("Thread-Index"))
	}

	// Without the parent's topic, the topic is the subject's.
	in.ThreadTopic = ""
	d, _ = Compose(in)
	h, _, _ = parseRaw(t, d.Raw)
	if got, _ := h.Text("Thread-Topic"); got != "Interview for Senior Backend Engineer at Acme" {
		t.Errorf("Thread-Topic without the parent's = %q", got)
	}
	// No index, or a damaged one: neither header.
	for _, idx := range []string{"", "not an index"} {
		in.ThreadIndex = idx
		d, _ = Compose(in)
		h, _, _ = parseRaw(t, d.Raw)
		if h.Has("Thread-Index") || h.Has("Thread-Topic") {
			t.Errorf("ThreadIndex %q: the draft has Outlook headers", idx)
		}
	}
}
