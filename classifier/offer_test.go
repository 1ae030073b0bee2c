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
		{"Please review and sign by Wednesday, May 12.", "2027-05-12"},
		{"Kindly revert with your acceptance or any queries by Thursday, so that we may initiate the visa formalities.", "2027-04-29"},
		{"Wir würden uns freuen, wenn Sie uns bis zum 06.05.2027 mitteilen, ob Sie das Angebot annehmen.", "2027-05-06"},
		{"Agradecíamos que nos desse uma resposta até sexta-feira, dia 7 de maio.", "2027-05-07"},
		{"Our HR team is preparing the contract, and you will receive it by Friday.", ""},
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

// TestOfferInOtherWords: an offer said as an invitation to join, or under
// a subject that names it, with pay, a contract, a start date or a
// question whether the reader accepts; not the steps after an accepted
// offer, not a recruiter's first approach that names the pay.
func TestOfferInOtherWords(t *testing.T) {
	tests := []struct {
		subj, text string
		want       bool
	}{
		{"Great to speak", "Just to recap in writing: we'd love you to join us as head of data. We're offering a base of 150,000 plus equity, and our people team will send the contract this week.", true},
		{"Proposta per te", "Siamo davvero felici di proporti il ruolo di product manager! RAL 58.000 €, contratto a tempo indeterminato, data di inizio da concordare.", true},
		{"Ihr Arbeitsvertrag", "Anbei erhalten Sie Ihren Arbeitsvertrag. Eintrittsdatum: 1. Juni 2027, Bruttojahresgehalt 92.000 EUR. Bitte teilen Sie uns mit, ob Sie das Angebot annehmen.", true},
		{"Pre-employment screening", "Now that you have accepted our offer, please complete the background check before your start date; the contract follows.", false},
		{"Senior engineer role", "I'm recruiting for a senior engineer role: base salary 120k, permanent contract, start date in May. Would you be open to a call?", false},
		{"Please DocuSign: Employment Agreement", "Acme Corp sent you a document to review and sign. Please review your employment agreement and sign by May 10.", true},
		{"Re: next steps", "Great news - the team wants you on board! I'll send the contract over today: 85k base, 25 days holiday, start in September. Let me know if you accept.", true},
		{"Welcome aboard - first day", "Now that you've signed your contract, here is your first-day schedule. Your laptop will be ready on your start date.", false},
		{"Data Analyst", "Wir möchten Sie gerne einstellen! Ihr Bruttojahresgehalt beträgt 75.000 EUR, Eintrittsdatum ist der 1. Juli. Bitte teilen Sie uns bis Freitag mit, ob Sie annehmen.", true},
		{"Data Analyst", "Nous souhaitons vous accueillir dans l'équipe : salaire annuel brut de 52 000 €, date de début le 1er juin. Merci de nous confirmer votre accord avant vendredi.", true},
		{"Data Analyst", "Queremos contar contigo en el equipo: salario bruto anual de 48.000 €, fecha de incorporación el 1 de junio. ¿Nos confirmas si aceptas antes del viernes?", true},
		{"Data Analyst", "Vorremmo che entrassi a far parte del nostro team: RAL 45.000 €, data di inizio 1 giugno. Facci sapere entro venerdì se accetti.", true},
		{"Data Analyst", "We willen je graag aannemen! Salaris 4.500 euro bruto per maand, startdatum 1 juni. Laat je voor vrijdag weten of je het aanbod accepteert?", true},
		{"Data Analyst", "Gostaríamos de contar com você no time: salário de R$ 15.000, início em 1 de junho. Pode nos dizer até sexta se aceita?", true},
		{"Data Analyst", "We're looking for someone to join the team as a data analyst: salary 60k, start date ASAP. Would you be interested in a call?", false},
		{"Entrevista", "Nos gustaría contar contigo para una entrevista la próxima semana. ¿Te va bien el martes?", false},
		// r23 and earlier rounds at their tuning: pay with its benefits and the
		// letter still to come; the formal "Sie" and "gehört Ihnen"; Dutch
		// wages by the collective agreement; a screening vendor's form is
		// no offer
		{"Following up on our call", "Great speaking with you just now! Putting it in writing: we'd love you to join Field & Fork as our development manager, at $74,000 plus the benefits package we went through. The formal letter is coming from our HR consultant shortly.", true},
		{"Re: Probearbeiten", "Kurz und schmerzlos: wir wollen Sie! Die Stelle als Projektleiter gehört Ihnen, wenn Sie möchten. Gehalt wie besprochen; den Arbeitsvertrag gehen wir morgen zusammen durch.", true},
		{"Re: Proefdag vrijdag", "We willen je graag aannemen als medewerker buitenafdeling, 24 uur per week, loon volgens cao Tuincentra. Ik bel je maandag om het contract te regelen.", true},
		{"Action needed: complete your background check", "Bramwell Freight Systems has asked us to conduct a background screening as part of your offer of employment. Please complete the secure online form and schedule your drug screen.", false},
		// near-miss: a recruiter's approach that names the benefits
		{"Data Analyst role", "We're hiring a data analyst to join the team: $74,000 plus benefits. Would you be open to a call this week?", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "people@acme.example"}, Subject: tt.subj, Excerpt: tt.text,
			Date: time.Date(2027, 4, 28, 10, 0, 0, 0, time.UTC)})
		if got := v.Job && v.Stage == StageOffer; got != tt.want {
			t.Errorf("%q: offer %v, want %v (%s, %q)", tt.text, got, tt.want, v.Stage, v.Reasons)
		}
	}
}
