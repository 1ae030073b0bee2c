package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestTwentyThirdRoundNos: the no's of the twenty-third round read at its
// arrival as something else, and its not-no's read as no's, by grammar, in
// lines written for this test: a post not filled externally is filled
// from within; a text's "went w someone"; an account or application not
// approved; the next step not open to the reader; and the reader's own
// withdrawal in the reflexive forms ("besloten mij terug te trekken").
func TestTwentyThirdRoundNos(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Under the collective agreement the vacancy goes first to internal bidders. A qualified internal bidder has accepted the position, and as a result it will not be filled externally.", true},
		{"hey so the client went w someone who already had their forklift cert, sorry!!", true},
		{"We've finished reviewing your courier application, including your background check, and we're unable to approve your account at this time.", true},
		{"This means you cannot take part in the next stage of the selection.", true},
		{"Dit betekent dat u niet kunt deelnemen aan de volgende ronde.", true},
		// near-misses: a post not filled at all is the post's fate; an
		// approval still to come; the next stage the reader takes part in
		{"Because of a budget freeze the position will not be filled this year; the search is paused for every candidate.", false},
		{"We're still waiting for finance to approve your relocation package.", false},
		{"We are pleased to say you will take part in the next stage: a panel interview.", false},
	} {
		if got, v := rejectedLine(c.line); got != c.want {
			t.Errorf("rejected(%q) = %v, want %v; stage %s, reasons %q", c.line, got, c.want, v.Stage, v.Reasons)
		}
	}
}

// TestOwnWithdrawalReflexive: the reader's withdrawal said reflexively,
// with a good wish for the search, is a withdrawal and no rejection.
func TestOwnWithdrawalReflexive(t *testing.T) {
	for _, text := range []string{
		"Hartelijk dank voor de uitnodiging. Na lang nadenken heb ik besloten mij terug te trekken uit de procedure: ik heb een aanbod aangenomen dat beter aansluit. Veel succes met het vinden van de juiste persoon.",
		"Merci pour votre invitation. Après réflexion, je souhaite me retirer du processus de recrutement. Je vous souhaite bonne chance dans votre recherche.",
		"Gracias por la invitación. He decidido retirarme del proceso, ya que acepté otra oferta. Mucha suerte con la búsqueda.",
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"},
			To: []mailmsg.Address{{Name: "Sanne de Wit", Email: "sanne@employer.example"}}, Subject: "Re: Uitnodiging tweede gesprek",
			Date: base, InReplyTo: "<inv@employer.example>", Excerpt: text + "\n\nAlex Rivera"})
		if v.Stage != StageWithdrawn {
			t.Errorf("%q: stage %s, want withdrawn; reasons %q", text, v.Stage, v.Reasons)
		}
	}
}
