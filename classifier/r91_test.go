package classifier

import (
	"fmt"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestNinetyFirstRound: what r91 brought at its arrival, mail as mail
// programs and platforms deliver it (other writers than r90's). A
// forward that names the reader as its candidate is the reader's own
// hiring, however much of the panel's or the referrer's words it carries;
// a platform's notice of a recruiter's message is no quoted header block;
// a no in German, French and Portuguese public and agency mail, and held
// off in English.
func TestNinetyFirstRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the other finalist", "reto@alpenkreis.example", "Feedback Kunde - Payments Lead Zug",
			"Guten Abend Alex\n\nHeute kam das definitive Feedback von der Kundin: Sie haben sich für den anderen Finalisten " +
				"entschieden.\n\nFreundliche Grüsse\nReto Andermatt",
			true, StageRejected},
		{"a recruitment finished with someone else", "thibault@example.fr", "Re: Poste Growth Manager",
			"Bonsoir Alex,\n\nMerci pour votre relance. Nous avons finalisé le recrutement la semaine dernière avec une autre " +
				"personne ; toutes mes excuses.\n\nThibault",
			true, StageRejected},
		{"a jury's exclusion", "juri@instituto.example.pt", "Notificação - Procedimento concursal",
			"Exmo. Senhor Alex Rivera,\n\nNo âmbito do procedimento concursal para um posto de trabalho na carreira de Técnico " +
				"Superior, o júri deliberou excluir a sua candidatura na fase de avaliação curricular.\n\nO Presidente do Júri",
			true, StageRejected},
		{"next steps held off", "recruiting@bluestem.example", "Bluestem - Health Economics Analyst",
			"Hi Alex,\n\nThanks again for the phone screen on Thursday. After going over the screen notes together, we're going " +
				"to hold off on next steps with your candidacy for this particular opening.\n\nDana",
			true, StageRejected},
		{"a recruiter's message inside a job board's notice", "messages@dice.example", "New message from Brandon Kessler at Apex Staffing",
			"You have a new message from a recruiter\n\nFrom: Brandon Kessler, Technical Recruiter - Apex Staffing\n" +
				"Regarding: Data Engineer (Contract-to-Hire)\nSent: June 22, 2027 9:12 AM MDT\n\n\"Hi Alex - client came back this " +
				"morning, they're filling the spot with a consultant who's already on W2 with them. Appreciate you taking the time " +
				"for the screen.\n\nBrandon\"",
			true, StageRejected},
	})
}

// A referral forwarded to the reader, with the referrer's and the hiring
// manager's words below, is the reader's own hiring when it names the
// reader; the same words about someone else are not.
func TestForwardNamingTheReader(t *testing.T) {
	fwd := func(subject, body string) *mailmsg.Message {
		return &mailmsg.Message{
			From:    mailmsg.Address{Name: "Jess Kowalczyk", Email: "jess.k@example.com"},
			To:      []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: subject, Date: base,
			Excerpt: body,
		}
	}
	below := "Begin forwarded message:\n\n> From: Ravi Menon <ravi@lumenfold.example>\n> Subject: Re: referral\n>\n" +
		"> Hi Jess, thanks for referring %s. I'm going to pass for the Infra Lead role - we need someone who has run a " +
		"large fleet.\n>\n> Ravi"
	cases := []struct {
		name, subject, who string
		job                bool
	}{
		{"the reader referred", "Fwd: Alex Rivera referral", "Alex Rivera", true},
		{"someone else referred", "Fwd: Sam Okoro referral", "Sam Okoro", false},
	}
	for _, c := range cases {
		v := Classify(fwd(c.subject, "Heard back from Ravi (below). Sorry!\n\nJ\n\n"+fmt.Sprintf(below, c.who)))
		if v.Job != c.job || c.job && v.Stage != StageRejected {
			t.Errorf("%s: job %v stage %s, want job %v; reasons %q", c.name, v.Job, v.Stage, c.job, v.Reasons)
		}
	}
}
