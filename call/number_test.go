package call

import (
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, region, text string
		want               []string // E.164
	}{
		{"US national, labelled", "US", "Best,\nDana Whitfield\nMobile: (555) 555-0100", []string{"+15555550100"}},
		{"US international", "US", "Dana Whitfield | Acme | +1 555-555-0100", []string{"+15555550100"}},
		{"US dotted, valid", "US", "Dana\n415.555.0132", []string{"+14155550132"}},
		{"UK national", "GB", "Kind regards,\nOliver Hughes\nTalent Partner\nT: 020 7946 0958", []string{"+442079460958"}},
		{"UK international", "GB", "Oliver Hughes, +44 20 7946 0958", []string{"+442079460958"}},
		{"UK mobile from a US default", "US", "Oliver\nM: +44 7700 900123", []string{"+447700900123"}},
		{"German national", "DE", "Viele Grüße\nJana Schmidt\nTel.: 030 12345678", []string{"+493012345678"}},
		{"German with (0)", "DE", "Jana Schmidt\nTelefon +49 (0)30 1234 5678", []string{"+493012345678"}},
		{"German slash and extension", "DE", "Fon 030/1234567-0", []string{"+493012345670"}},
		{"German two numbers", "DE", "Tel. 030 1234567 / 0151 23456789", []string{"+49301234567", "+4915123456789"}},
		{"none", "US", "Thanks for your time today! I'll give you a call on Tuesday.\n\nDana", nil},
		{"a date is none", "DE", "Bis zum 2027-04-13 melden wir uns.", nil},
		{"a register number is none", "DE", "Amtsgericht Berlin HRB 123456789", nil},
		{"an IBAN is none", "DE", "IBAN DE89 3704 0044 0532 0130 00", nil},
		{"a fax is none", "US", "Fax: (415) 555-0199", nil},
		{"an order number is none", "US", "Your reference 4155550132 is attached.", nil},
		{"a dial-in is none", "US", "Dial-in: +1 646 558 8656", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, n := range Find(tt.text, tt.region) {
				got = append(got, n.E164)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q, %s) = %v, want %v", tt.text, tt.region, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("Find(%q, %s) = %v, want %v", tt.text, tt.region, got, tt.want)
				}
			}
		})
	}
}

func TestNumberDisplay(t *testing.T) {
	n := Find("+1 555-555-0100", "US")[0]
	if n.Display != "+1 555-555-0100" || n.Tel() != "tel:+15555550100" {
		t.Errorf("number %+v, tel %s", n, n.Tel())
	}
}

func TestRegion(t *testing.T) {
	tests := []struct{ holidays, email, want string }{
		{"DE", "dana@acme.com", "DE"},
		{"", "jana@fahrwerk.de", "DE"},
		{"", "oliver@hughes.co.uk", "GB"},
		{"", "claire@lumiere.fr", "FR"},
		{"", "dana@acme.com", "US"},
		{"", "founder@startup.io", "US"},
		{"", "founder@startup.co", "US"},
		{"XX", "jana@fahrwerk.de", "DE"},
	}
	for _, tt := range tests {
		if got := Region(tt.holidays, tt.email); got != tt.want {
			t.Errorf("Region(%q, %q) = %s, want %s", tt.holidays, tt.email, got, tt.want)
		}
	}
}

// threadOf is a thread of messages, each from me or from them.
func threadOf(msgs ...struct {
	mine bool
	from string
	text string
	ics  string
}) *thread.Thread {
	t := &thread.Thread{ID: "1a2b3c4d", Me: thread.NewMe("alex@example.com")}
	at := time.Date(2027, 4, 1, 10, 0, 0, 0, time.UTC)
	for i, m := range msgs {
		from := mailmsg.Address{Email: "alex@example.com", Name: "Alex Rivera"}
		if !m.mine {
			from = mailmsg.Address{Email: m.from, Name: "Dana Whitfield"}
		}
		t.Messages = append(t.Messages, store.Message{Message: mailmsg.Message{From: from, Excerpt: m.text, Calendar: m.ics,
			Date: at.Add(time.Duration(i) * time.Hour)}})
		t.Mine = append(t.Mine, m.mine)
		t.Verdicts = append(t.Verdicts, classifier.Verdict{})
	}
	return t
}

type msg = struct {
	mine bool
	from string
	text string
	ics  string
}

func TestNumberOf(t *testing.T) {
	const dana = "dana@acme.com"
	mySig := "Alex Rivera\n+1 (415) 555-0123"
	tests := []struct {
		name string
		t    *thread.Thread
		mine []string
		want string // E.164, "" for none
		from int
	}{
		{"their signature", threadOf(
			msg{true, "", "Hi Dana, thanks for today.\n\n" + mySig, ""},
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday.\n\nDana Whitfield\nMobile: (555) 555-0100", ""},
		), nil, "+15555550100", 1},
		{"my number in their reply is not theirs", threadOf(
			msg{true, "", "Hi Dana, you can reach me on +1 (415) 555-0123.\n\n" + mySig, ""},
			msg{false, dana, "Hi Alex, great, I'll call you on 415-555-0123 on Tuesday.\n\nDana", ""},
		), nil, "", -1},
		{"my configured signature", threadOf(
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday at 415.555.0123.\n\nDana", ""},
		), []string{mySig}, "", -1},
		{"an older message of theirs", threadOf(
			msg{false, dana, "Hi Alex, lovely to meet.\n\nDana Whitfield\nDirect: +1 555-555-0100", ""},
			msg{true, "", "Thanks Dana!\n\nAlex", ""},
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday.\n\nDana", ""},
		), nil, "+15555550100", 0},
		{"the invitation they sent", threadOf(
			msg{false, dana, "Hi Alex, here's the invite.", "BEGIN:VEVENT\r\nDESCRIPTION:Dana will call you. Her number\\, in case: +1 555-555-0100\r\nEND:VEVENT\r\n"},
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday.\n\nDana", ""},
		), nil, "+15555550100", 0},
		{"a video call's dial-in is not theirs", threadOf(
			msg{false, dana, "Hi Alex, here's the invite.", "BEGIN:VEVENT\r\nDESCRIPTION:Join Zoom Meeting https://zoom.us/j/123\\n+1 646 558 8656 US (New York)\r\nEND:VEVENT\r\n"},
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday.\n\nDana", ""},
		), nil, "", -1},
		{"someone else's number is not theirs", threadOf(
			msg{false, "sam@acme.com", "Hi Alex, Sam here.\nTel: +1 555-555-0199", ""},
			msg{false, dana, "Hi Alex, I'll give you a call on Tuesday.\n\nDana", ""},
		), nil, "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, from, ok := NumberOf(tt.t, len(tt.t.Messages)-1, "US", tt.mine...)
			if ok != (tt.want != "") || n.E164 != tt.want || from != tt.from {
				t.Errorf("NumberOf = %+v from %d, %v; want %q from %d", n, from, ok, tt.want, tt.from)
			}
		})
	}
}

func TestPromiser(t *testing.T) {
	at := time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)
	th := threadOf(
		msg{false, "dana@acme.com", "I'll give you a call on Tuesday.", ""},
		msg{true, "", "Thanks!", ""},
	)
	th.Verdicts[0] = classifier.Verdict{PromiseAt: &at, PromiseCall: true}
	if i, ok := Promiser(th, 1); !ok || i != 0 {
		t.Errorf("a call promised: Promiser = %d, %v", i, ok)
	}
	th.Verdicts[0].PromiseCall = false
	if _, ok := Promiser(th, 1); ok {
		t.Error("an email promised: Promiser offers a call")
	}
}
