package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestDutchOfferedToAnother: Dutch puts whom the post was offered to
// before the verb at the end of its clause ("dat we de functie aan een
// andere kandidaat hebben aangeboden"): a no. The sixteenth round's one
// rejection that would get a follow-up at its arrival said it so; the
// case is written for this test. The post offered to the reader is no no.
func TestDutchOfferedToAnother(t *testing.T) {
	from := mailmsg.Address{Name: "Ineke Bos", Email: "ineke@bos-ingenieurs.example"}
	checkJobCases(t, []jobCase{
		{"offered to another candidate",
			mailmsg.Message{From: from, Subject: "Terugkoppeling sollicitatie werkvoorbereider",
				Excerpt: "Beste Alex,\n\nZoals net telefonisch besproken, bevestig ik hierbij dat we de functie van werkvoorbereider aan een andere kandidaat hebben aangeboden. Hij is inmiddels akkoord.\n\nGroet,\nIneke Bos"},
			true, StageRejected},
	})
	// near-miss: the post offered to the reader is no no
	m := &mailmsg.Message{From: from, Subject: "Re: Sollicitatie werkvoorbereider",
		Excerpt: "Beste Alex,\n\nZoals net telefonisch besproken bevestig ik hierbij dat we jou de functie van werkvoorbereider hebben aangeboden. Gefeliciteerd! Het contract volgt morgen per mail.\n\nGroet,\nIneke"}
	if v := Classify(m); v.Stage == StageRejected {
		t.Errorf("offered to the reader: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}
