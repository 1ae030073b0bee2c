package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

func TestReplyBy(t *testing.T) {
	sent := time.Date(2027, 4, 28, 10, 0, 0, 0, time.FixedZone("EDT", -4*3600)) // a Wednesday
	tests := []struct {
		text string
		want string // YYYY-MM-DD or ""
	}{
		{"We're delighted to offer you the role. Please let us know by Friday, May 7 whether you accept.", "2027-05-07"},
		{"The offer is valid until May 12.", "2027-05-12"},
		{"Bitte geben Sie uns bis zum 10.05. Bescheid, ob Sie das Angebot annehmen.", "2027-05-10"},
		{"Merci de nous faire part de votre décision d'ici le 6 mai.", "2027-05-06"},
		{"We are pleased to offer you the position. Take all the time you need.", ""},
		{"We'll get back to you by Friday with the contract.", ""},
	}
	for _, tt := range tests {
		got, ok := ReplyBy(&mailmsg.Message{Date: sent, Excerpt: tt.text, Subject: "Offer"})
		if s := got.Format("2006-01-02"); ok != (tt.want != "") || ok && s != tt.want {
			t.Errorf("ReplyBy(%q) = %s, %v; want %q", tt.text, s, ok, tt.want)
		}
	}
}

func TestAcceptsOffer(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Thank you so much! I'm happy to accept the offer and look forward to starting on June 1.", true},
		{"I've signed and returned the offer letter; see you soon.", true},
		{"Ich nehme das Angebot sehr gerne an.", true},
		{"J'accepte avec plaisir votre offre.", true},
		{"I accept the 2pm slot on Thursday, thanks!", false},
		{"Happy to accept the calendar invitation for the interview.", false},
		{"After a lot of thought I have to decline the offer.", false},
		{"Could I accept the offer a week later?", false},
		{"Thanks for the offer, I'll review it and come back to you by Friday.", false},
		{"I am happy to accept the full-time position.", true},
		{"I'm delighted to accept! Looking forward to joining the team.", true},
		{"I'd be glad to accept your invitation to a call on Monday to discuss the offer.", false},
		{"Gladly accept the 14:00 time on Tuesday for the interview.", false},
		{"Ich nehme den Termin um 14 Uhr gerne an.", false},
		{"I have signed the contract and sent it back.", true},
	}
	for _, tt := range tests {
		if got := AcceptsOffer(&mailmsg.Message{Excerpt: tt.text, Subject: "Re: Offer"}); got != tt.want {
			t.Errorf("AcceptsOffer(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFinalRound(t *testing.T) {
	for text, want := range map[string]bool{
		"We'd like to invite you to the final round with our CTO.": true,
		"Einladung zum finalen Gespräch":                           true,
		"Einladung zur letzten Runde":                              true,
		"Invitation: onsite interview on Tuesday":                  true,
		"Thanks for the first interview yesterday.":                false,
	} {
		if got := FinalRound(&mailmsg.Message{Excerpt: text}); got != want {
			t.Errorf("FinalRound(%q) = %v, want %v", text, got, want)
		}
	}
}
