package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// TestGreeting: whom a draft greets, in the words of its language.
func TestGreeting(t *testing.T) {
	lena := mailmsg.Address{Name: "Lena Park", Email: "lena.park@acme.com"}
	raj := mailmsg.Address{Name: "Raj Mehta", Email: "raj.mehta@acme.com"}
	ana := mailmsg.Address{Name: "Ana Ruiz", Email: "ana.ruiz@acme.com"}
	isabel := mailmsg.Address{Name: "Isabel Soto", Email: "isabel@acme.com"}
	me := mailmsg.Address{Name: "Alex Rivera", Email: "me.alias@example.com"}
	cases := []struct {
		name   string
		lang   string
		tone   string
		to, cc []mailmsg.Address
		mine   string // my last message
		theirs string // their last message (from to[0])
		want   string
	}{
		{"addressed to both", English, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hi Lena and Raj,\n\nThanks for the call today.\n\nBest,\nAlex", "Hi Alex,\n\nThanks, we'll be in touch.\n\nLena", "Hi Lena and Raj,"},
		{"signed by both", English, "formal", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hi Lena,\n\nThank you.\n\nAlex", "Hi Alex,\n\nGreat talking to you.\n\nBest,\nLena & Raj", "Dear Lena and Raj,"},
		{"the other one only in Cc", English, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hi Lena,\n\nThank you.\n\nAlex", "Hi Alex,\n\nThanks.\n\nBest,\nLena", "Hi Lena,"},
		{"named but not on the reply", English, "warm", []mailmsg.Address{lena}, nil,
			"Hi Lena and Raj,\n\nThank you.\n\nAlex", "Hi Alex,\n\nThanks.\n\nLena", "Hi Lena,"},
		{"three", English, "playful", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Hi Lena, Raj and Ana,\n\nThank you all.\n\nAlex", "Hi Alex,\n\nThanks.\n\nLena", "Hi all,"},
		{"three, formal", English, "formal", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Hi Lena, Raj and Ana,\n\nThank you all.\n\nAlex", "Hi Alex,\n\nThanks.\n\nLena", "Dear all,"},
		{"a role address is never named", English, "warm", []mailmsg.Address{lena}, []mailmsg.Address{{Name: "Raj Mehta", Email: "talent@acme.com"}},
			"Hi Lena and Raj,\n\nThank you.\n\nAlex", "Hi Alex,\n\nThanks.\n\nLena", "Hi Lena,"},
		{"a role address alone", English, "warm", []mailmsg.Address{{Name: "Acme Careers", Email: "careers@acme.com"}}, nil,
			"Hello,\n\nI applied last week.\n\nAlex", "", "Hi there,"},
		{"German, both", German, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hallo Lena und Raj,\n\nvielen Dank für das nette Gespräch, ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nAlex",
			"Hallo Alex,\n\nvielen Dank, wir melden uns bei Ihnen.\n\nViele Grüße\nLena", "Hallo Lena und Raj,"},
		{"German, three", German, "formal", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Hallo Lena, Raj und Ana,\n\nvielen Dank für das Gespräch, ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nAlex",
			"Hallo Alex,\n\nvielen Dank, wir melden uns bei Ihnen.\n\nViele Grüße\nLena", "Guten Tag zusammen,"},
		{"French, both", French, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Bonjour Lena et Raj,\n\nMerci pour votre temps, j'attends votre retour avec plaisir.\n\nBien cordialement,\nAlex",
			"Bonjour Alex,\n\nMerci, nous revenons vers vous très vite.\n\nCordialement,\nLena", "Bonjour Lena et Raj,"},
		{"Spanish, y before i", Spanish, "warm", []mailmsg.Address{lena}, []mailmsg.Address{isabel},
			"Hola, Lena e Isabel:\n\nMuchas gracias por su tiempo, quedo a la espera de sus noticias.\n\nUn saludo,\nAlex",
			"Hola Alex:\n\nGracias por su interés, le escribiremos muy pronto.\n\nUn saludo,\nLena", "Hola, Lena e Isabel:"},
	}
	for _, tc := range cases {
		in := testInput()
		in.Tone, in.To, in.Cc, in.Counterpart = tc.tone, tc.to, tc.cc, tc.to[0]
		mine := &mailmsg.Message{MessageID: "m2@example.com", From: me, To: tc.to, Cc: tc.cc,
			Date: time.Date(2027, 4, 8, 11, 0, 0, 0, testZone), Excerpt: tc.mine}
		in.Messages = []ThreadMessage{{Message: mine, Mine: true}}
		in.Last = mine
		if tc.theirs != "" {
			theirs := &mailmsg.Message{MessageID: "m3@acme.com", From: tc.to[0], To: []mailmsg.Address{me}, Cc: tc.cc,
				Date: time.Date(2027, 4, 9, 11, 0, 0, 0, testZone), Excerpt: tc.theirs}
			in.Messages = append(in.Messages, ThreadMessage{Message: theirs})
			in.Last = theirs
		}
		in.Language = tc.lang
		d, err := Compose(in)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got, _, _ := strings.Cut(d.Body, "\n"); got != tc.want {
			t.Errorf("%s: greeting %q, want %q", tc.name, got, tc.want)
		}
	}
}
