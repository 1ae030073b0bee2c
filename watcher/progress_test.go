package watcher

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	oldOut, oldOn := progressOut, progressOn
	progressOut, progressOn = &buf, func() bool { return true }
	defer func() { progressOut, progressOn = oldOut, oldOn }()

	if p := newProgress("INBOX", 50000, false); p != nil {
		t.Error("progress shown for a sync that is not the first")
	}
	if p := newProgress("INBOX", progressMin-1, true); p != nil {
		t.Error("progress shown for a small mailbox")
	}
	p := newProgress("INBOX", 2000, true)
	if p == nil {
		t.Fatal("newProgress(INBOX, 2000, first) = nil, want a progress line")
	}
	p.add(1000)
	p.add(1000)
	p.done()
	out := buf.String()
	if !strings.Contains(out, "INBOX: first sync 2,000 / 2,000 messages") || !strings.HasSuffix(out, "\n") {
		t.Errorf("progress output = %q, want the final count and a newline", out)
	}

	progressOn = func() bool { return false }
	if p := newProgress("INBOX", 50000, true); p != nil {
		t.Error("progress shown when stderr is not a terminal")
	}
	var nilP *progress
	nilP.add(5) // must not panic
	nilP.done()
}

func TestThousands(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {50000, "50,000"}, {1234567, "1,234,567"}} {
		if got := thousands(tc.n); got != tc.want {
			t.Errorf("thousands(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
