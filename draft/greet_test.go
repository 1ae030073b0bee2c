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
		{"a title in the display name", German, "warm", []mailmsg.Address{{Name: "Herr Thomas Müller", Email: "t.mueller@fahrwerk.de"}}, nil,
			"Hallo Thomas,\n\nvielen Dank für das Gespräch.\n\nViele Grüße\nAlex",
			"Hallo Alex,\n\nvielen Dank, wir melden uns.\n\nViele Grüße\nThomas", "Hallo Thomas,"},
		{"a clergy title in the display name", English, "warm", []mailmsg.Address{{Name: "The Revd Dr Philippa Grant", Email: "chaplain@stcolumbs.example"}}, nil,
			"Dear Philippa,\n\nThank you for the interview.\n\nAlex", "", "Hi Philippa,"},
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
		{"Swedish, both", Swedish, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hej Lena och Raj,\n\nTack för ett trevligt samtal i dag, jag ser fram emot att höra från er.\n\nHälsningar\nAlex",
			"Hej Alex,\n\nTack själv, vi återkommer till dig nästa vecka.\n\nVänliga hälsningar\nLena", "Hej Lena och Raj,"},
		{"Swedish, three", Swedish, "formal", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Hej Lena, Raj och Ana,\n\nTack för samtalet i dag.\n\nVänliga hälsningar\nAlex",
			"Hej Alex,\n\nTack, vi återkommer till dig.\n\nVänliga hälsningar\nLena", "Hej alla,"},
		{"Swedish, signed by both", Swedish, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hej Lena,\n\nTack för samtalet.\n\nHälsningar\nAlex", "Hej Alex,\n\nTack själv!\n\nVänliga hälsningar\nLena och Raj", "Hej Lena och Raj,"},
		{"Swedish, a role address signed by a person", Swedish, "formal", []mailmsg.Address{{Name: "Fahrwerk", Email: "rekrytering@fahrwerk.se"}}, nil,
			"Hej,\n\nJag skickar här mitt CV.\n\nVänliga hälsningar\nAlex",
			"Hej Alex,\n\nTack, vi har tagit emot ditt CV.\n\nMed vänliga hälsningar\nAnna Berg\nRekryterare", "Hej Anna,"},
		{"Danish, both", Danish, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hej Lena og Raj\n\nTak for en god samtale i dag. Jeg glæder mig til at høre fra jer.\n\nVenlig hilsen\nAlex",
			"Hej Alex\n\nTak, vi vender tilbage i næste uge.\n\nMed venlig hilsen\nLena", "Hej Lena og Raj,"},
		{"Danish, three", Danish, "playful", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Kære Lena, Raj og Ana\n\nTak for i dag.\n\nVenlig hilsen\nAlex",
			"Hej Alex\n\nTak, vi vender tilbage.\n\nMvh\nLena", "Hej allesammen!"},
		{"Norwegian, signed by both", Norwegian, "formal", []mailmsg.Address{lena}, []mailmsg.Address{raj},
			"Hei Lena,\n\nTakk for praten.\n\nVennlig hilsen\nAlex", "Hei Alex,\n\nTakk i like måte!\n\nMed vennlig hilsen\nLena og Raj", "Hei Lena og Raj,"},
		{"Norwegian, three", Norwegian, "warm", []mailmsg.Address{lena}, []mailmsg.Address{raj, ana},
			"Hei Lena, Raj og Ana,\n\nTakk for en hyggelig samtale.\n\nHilsen\nAlex",
			"Hei Alex,\n\nTakk, vi tar kontakt.\n\nHilsen\nLena", "Hei alle sammen,"},
		{"Swedish, playful", Swedish, "playful", []mailmsg.Address{lena}, nil,
			"Hej Lena,\n\nTack för samtalet!\n\nHälsningar\nAlex", "Hej Alex,\n\nTack, vi hör av oss.\n\nHälsningar\nLena", "Hej Lena!"},
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
