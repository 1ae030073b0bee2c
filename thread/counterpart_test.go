package thread

import (
	"testing"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

// msg is one message of a test thread: mine or theirs, with its sender,
// recipients and Reply-To as "name <email>" strings.
type msg struct {
	mine     bool
	from     string
	to       []string
	replyTo  string
	auto     bool
	noReply  bool
	bulk     bool
	fromName string
}

func threadOf(msgs ...msg) *Thread {
	t := &Thread{ID: "t", Me: NewMe("me@example.com")}
	for _, m := range msgs {
		sm := store.Message{}
		sm.From = mailmsg.Address{Name: m.fromName, Email: m.from}
		for _, to := range m.to {
			sm.To = append(sm.To, mailmsg.Address{Email: to})
		}
		if m.replyTo != "" {
			sm.ReplyTo = []mailmsg.Address{{Name: "Reply", Email: m.replyTo}}
		}
		t.Messages = append(t.Messages, sm)
		t.Mine = append(t.Mine, m.mine)
		t.Verdicts = append(t.Verdicts, classifier.Verdict{AutoReply: m.auto, NoReply: m.noReply, Bulk: m.bulk})
	}
	return t
}

func TestCounterpart(t *testing.T) {
	mine := func(to ...string) msg { return msg{mine: true, from: "me@example.com", to: to} }
	tests := []struct {
		name        string
		thread      *Thread
		who, target string
		from        int
	}{
		{"they wrote last", threadOf(mine("jane@acme.com"), msg{from: "jane@acme.com", fromName: "Jane"}), "jane@acme.com", "jane@acme.com", 1},
		{"I wrote last: the latest of theirs", threadOf(msg{from: "jane@acme.com"}, mine("jane@acme.com")), "jane@acme.com", "jane@acme.com", 0},
		{"only mine: my first recipient", threadOf(mine("hr@acme.com")), "hr@acme.com", "hr@acme.com", 0},
		{"an ATS relay: its Reply-To is the person", threadOf(msg{from: "no-reply@greenhouse-mail.io", replyTo: "sam@acme.com"}),
			"sam@acme.com", "sam@acme.com", 0},
		{"a named sender keeps the name, the Reply-To is the target", threadOf(msg{from: "jane@acme.com", fromName: "Jane", replyTo: "jobs@acme.com"}),
			"jane@acme.com", "jobs@acme.com", 0},
		{"a no-reply Reply-To is ignored", threadOf(msg{from: "jane@acme.com", fromName: "Jane", replyTo: "noreply@acme.com"}),
			"jane@acme.com", "jane@acme.com", 0},
		{"an auto-reply is skipped", threadOf(msg{from: "jane@acme.com"}, mine("jane@acme.com"), msg{from: "jane@acme.com", auto: true}),
			"jane@acme.com", "jane@acme.com", 0},
		{"a no-reply sender: an earlier person", threadOf(msg{from: "jane@acme.com"}, msg{from: "notifications@acme.com", noReply: true}),
			"jane@acme.com", "jane@acme.com", 0},
		{"only bulk: nobody to write to", threadOf(msg{from: "news@acme.com", bulk: true}), "news@acme.com", "", -1},
		{"my Reply-To is not theirs", threadOf(msg{from: "jane@acme.com", replyTo: "me@example.com"}), "jane@acme.com", "jane@acme.com", 0},
	}
	for _, tt := range tests {
		who, target, from := tt.thread.Counterpart()
		if who.Email != tt.who || target.Email != tt.target || from != tt.from {
			t.Errorf("%s: Counterpart() = %s, %s, %d; want %s, %s, %d", tt.name, who.Email, target.Email, from, tt.who, tt.target, tt.from)
		}
	}
}
