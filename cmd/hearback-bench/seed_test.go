package main

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The synthetic mailbox has the shape the issue asks for, and every
// message is one hearback can parse.
func TestGeneratorShape(t *testing.T) {
	now := time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)
	g := newGenerator(1, now)
	g.mailbox(2000, 400)
	if g.c.Inbox != 2000 || g.c.Sent != 400 {
		t.Errorf("mailbox(2000, 400) made %d INBOX + %d Sent", g.c.Inbox, g.c.Sent)
	}
	if share := float64(g.c.Interview) / 2400; share < 0.05 || share > 0.06 {
		t.Errorf("%.1f%% of messages in interview threads, want 5%%", share*100)
	}
	if g.c.Large == 0 {
		t.Error("no large multipart message")
	}
	oldest := now
	for _, m := range g.out {
		if m.Date.After(now) {
			t.Fatalf("message dated %v, after now", m.Date)
		}
		if m.Date.Before(oldest) {
			oldest = m.Date
		}
		raw := m.Raw
		if len(raw) > 16*1024 {
			raw = raw[:16*1024] // what the sync fetches
		}
		if _, err := mailmsg.ParseBytes(raw); err != nil {
			t.Fatalf("generated message does not parse: %v", err)
		}
	}
	if span := now.Sub(oldest); span < 600*24*time.Hour {
		t.Errorf("dates span %v, want about two years", span)
	}

	d := newGenerator(2, now)
	d.dueThreads(10)
	if d.c.Inbox != 10 || d.c.Sent != 10 {
		t.Errorf("dueThreads(10) made %d INBOX + %d Sent, want 10 + 10", d.c.Inbox, d.c.Sent)
	}
}
