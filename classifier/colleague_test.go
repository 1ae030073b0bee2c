package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestColleagueMail: hiring words in mail a person sends only to their own
// organisation are someone else's hiring; the same words sent to a
// candidate's own address, or with a colleague only in Cc, are the
// reader's application.
func TestColleagueMail(t *testing.T) {
	debrief := "Thanks for sitting in on interviews this week. We've decided not to move forward with Jamal; HR is sending him the decline today. One more candidate comes in Tuesday at 1:30 - can you take the technical portion again?"
	tests := []struct {
		name     string
		from     string
		to, cc   []string
		body     string
		job      bool
		rejected bool
	}{
		{"a debrief to colleagues", "skaur@corvane.example", []string{"arivera@corvane.example"}, nil, debrief, false, false},
		{"a debrief to a subdomain of the same organisation", "skaur@corvane.example", []string{"arivera@mail.corvane.example", "mdeluca@corvane.example"}, nil, debrief, false, false},
		{"a no to the candidate's own address, a colleague in Cc", "skaur@corvane.example", []string{"alex.rivera@fastmail.example"}, []string{"hm@corvane.example"},
			"Thank you for interviewing with us for the Reliability Tech II opening. We've decided not to move forward with your application.", true, true},
		{"an application forwarded to the hiring manager with the candidate in Cc", "jens@kolbe.example", []string{"katharina@kolbe.example"}, []string{"alex.rivera@fastmail.example"},
			"Liebe Katharina, anbei die Bewerbung von Herrn Rivera für die Stelle als Data Scientist, wie besprochen. Lebenslauf und Zeugnisse hängen an. Herr Rivera, Frau Dr. Kämmerer meldet sich nächste Woche bei Ihnen für ein erstes Gespräch.", true, false},
		{"an internal applicant told no about their own application", "talent@corvane.example", []string{"arivera@corvane.example"}, nil,
			"Thank you for applying for the internal Reliability Lead opening. After reviewing your application, we've decided not to move forward with your application this time.", true, true},
		{"the reader's interviewers turning in their scorecards", "jess@talent.example", []string{"alex.rivera@fastmail.example"}, nil,
			"Quick update after Tuesday's onsite. All four interviewers have turned in their scorecards, and the debrief went well. The hiring manager will get back to you by Friday with the decision.", true, false},
		{"two people on one free mail provider are no colleagues", "dana.lee@gmail.com", []string{"alex.rivera@gmail.com"}, nil,
			"Thank you for interviewing with us for the Reliability Tech II opening. We've decided not to move forward with your application.", true, true},
	}
	addrs := func(ss []string) []mailmsg.Address {
		var out []mailmsg.Address
		for _, s := range ss {
			out = append(out, mailmsg.Address{Email: s})
		}
		return out
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: tt.from}, To: addrs(tt.to), Cc: addrs(tt.cc),
			Subject: "Reliability Tech II - update", Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if v.Job != tt.job || (v.Job && v.Stage == StageRejected) != tt.rejected {
			t.Errorf("%s: job %v stage %s, want job %v rejected %v; reasons %q", tt.name, v.Job, v.Stage, tt.job, tt.rejected, v.Reasons)
		}
	}
}

// TestOtherKindOfApplication: beside another kind of application (a
// club's membership and waiting list), a "position" or a meeting is that
// application's; one weak word of another kind ("location") leaves a
// post a post.
func TestOtherKindOfApplication(t *testing.T) {
	tests := []struct {
		name, subject, body string
		job                 bool
	}{
		{"a rowing club's waiting list", "Your application",
			"Thank you for applying to join Liffey Tideway RC. Our novice squad is full for this season, so we aren't able to offer you a place just yet. Your position on the waiting list is 7, and places usually open up in January. Membership fees for 2027/28 are EUR 420.",
			false},
		{"a grant not awarded, in French", "Bourse Émergence 2027 – résultat de la sélection",
			"Le comité de sélection s'est réuni le 25 mars afin d'examiner les 214 dossiers de candidature. Nous sommes au regret de vous informer que votre projet n'a pas été retenu pour un financement cette année.",
			false},
		{"a refund refused, in French", "Votre demande de remboursement",
			"Nous avons bien étudié votre demande de remboursement concernant le vol du 28 juillet. Nous ne sommes malheureusement pas en mesure d'y donner une suite favorable. Si vous estimez que cette décision est erronée, vous pouvez saisir le Médiateur.",
			false},
		{"a choir's audition, in Spanish", "Resultado de tu audición",
			"¡Gracias por venir a la audición del sábado! Este año recibimos muchísimas solicitudes para la cuerda de tenores y no podemos ofrecerte un lugar en el coro principal esta temporada.",
			false},
		{"a post whose interview's train ticket is refunded, in French", "Votre candidature - Chef de projet",
			"Merci pour votre venue à l'entretien pour le poste de Chef de projet ; votre billet de train vous sera remboursé. Après réflexion, nous ne retiendrons pas votre candidature.",
			true},
		{"a pet adoption that is not the right match", "Your application for Biscuit",
			"Thank you for your application to adopt Biscuit. After reviewing it, our adoption team doesn't think we're the right match this time: he needs a home without other dogs.",
			false},
		{"a post at a location", "Your application",
			"Thank you for applying for the Site Engineer position at our Dammam location. After careful review, we are not able to offer you the position at this time.",
			true},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "membership@club.example"}, Subject: tt.subject, Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if v.Job != tt.job {
			t.Errorf("%s: job %v, want %v; reasons %q", tt.name, v.Job, tt.job, v.Reasons)
		}
	}
}
