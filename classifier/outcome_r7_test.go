package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestSeventhRoundOutcomes: ways of saying no that the seventh to ninth
// rounds of writers used and the rules read as a post withdrawn or as
// nothing, what they read as a no and was none, and near misses.
func TestSeventhRoundOutcomes(t *testing.T) {
	tests := []struct {
		name, subject, body string
		rejected            bool
	}{
		{"a profile not in line with the post, in Italian", "La sua candidatura - Data Specialist",
			"Gentile Alex, la ringraziamo per il colloquio. Purtroppo il suo profilo non è risultato in linea con le esigenze attuali della posizione. Le auguriamo buona fortuna.",
			true},
		{"a profile in line with the post goes on, in Italian", "La sua candidatura - Data Specialist",
			"Gentile Alex, il suo profilo è risultato in linea con le esigenze della posizione: vorremmo invitarla a un secondo colloquio. Quando sarebbe disponibile?",
			false},
		{"not going further together on the post, in French", "Ta candidature - Data Analyst",
			"Bonjour Alex, merci pour ton temps lors de l'entretien. Après réflexion, nous avons décidé de ne pas aller plus loin ensemble sur ce poste. Bonne continuation !",
			true},
		{"someone taken on for the role", "Re: Speculative application - Project Manager",
			"Thank you for getting in touch. As it happens, we took someone on for this role just before Easter, so the post is no longer open. Good luck with the search.",
			true},
		{"down to the reader and one other finalist", "Re: Sales Operations Manager",
			"Quick update: the team wrapped the last final-round conversation yesterday and it's down to you and one other finalist - genuinely close. The debrief is Thursday evening, and you'll hear from me by Friday either way.",
			false},
		{"the post closed with another finalist", "Re: Sales Operations Manager",
			"Quick update: the team met yesterday and decided to close the search with another finalist whose background is closer to ours. Thank you for your time.",
			true},
		{"still interviewing two more people, in Spanish", "Novedades del proceso – Lead Data Analyst",
			"Esta semana y la que viene seguimos entrevistando a dos personas más que entraron algo más tarde, así que nos vamos a ir un poquito más allá de lo previsto. La decisión la tendremos a finales de la semana que viene.",
			false},
		{"someone with more experience chosen, in Spanish", "Novedades del proceso – Lead Data Analyst",
			"Gracias por tu tiempo. Tras las entrevistas, el equipo se ha decantado por otra persona con más experiencia en el sector. Te deseamos mucha suerte.",
			true},
		{"'you interviewed well' after a sentence ending in 'person'", "Re: Quick update?",
			"We've ended up filling the Lead Data Analyst role internally; the panel felt her knowledge of our systems tipped the balance. Not the news you were hoping for, particularly after you made the effort to come in person. You interviewed really well and I'd be pleased to stay in touch.",
			true},
		{"a telegraphic 'Position filled.' under the applicant's quote", "Re: Dishwasher",
			"Position filled. Thanks.\n\nSent from my iPhone",
			true},
		{"the applicant asking whether the post is filled yet", "Re: Dishwasher",
			"Hi, thanks for your application for the kitchen porter position. Is the position filled yet, you asked? Not yet: we are interviewing this week and will call you Friday.",
			false},
		{"a referral notice's disclaimer", "Your application for Program Specialist",
			"Your application for Program Specialist has been referred to the hiring manager. Being referred does not mean you have been selected or that you will be interviewed.",
			false},
		{"the reader's option to withdraw", "Thank you for your application for Policy Analyst",
			"Thank you for your application for the Policy Analyst position. You can update your contact details or withdraw your application at any time via the candidate portal.",
			false},
		{"the employer withdrawing the application", "Your application for Policy Analyst",
			"Thank you for your application for the Policy Analyst position. After review we have decided to withdraw your application from the process.",
			true},
		{"a search on hold for every candidate", "Analytics Manager - an update",
			"As of Monday the hospital has paused all non-clinical hiring while the budget is finalised. That includes the Analytics Manager role, so the search is on hold for every candidate, and we won't be scheduling the final round for now. This has nothing to do with your candidacy.",
			false},
		{"a post not filled at all, for all candidates, in German", "Ihre Bewerbung als Fleet Data Analyst",
			"Der Vorstand hat entschieden, die Position des Fleet Data Analyst nicht zu besetzen. Das Auswahlverfahren ist damit für alle Kandidatinnen und Kandidaten beendet. Bitte verstehen Sie das nicht als Entscheidung gegen Sie persönlich.",
			false},
		{"someone else hired, every candidate told", "Analytics Manager - an update",
			"Thank you for interviewing for the Analytics Manager role. We have now offered the role to another candidate, and we are letting every candidate know today. This is not a reflection on you.",
			true},
		{"a look taken at the application is no one hired", "Your application - Project Manager",
			"Thanks for applying. We took a look at your application and would love to set up a first interview. Could you do Tuesday or Wednesday afternoon?",
			false},
	}
	for _, tt := range tests {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: tt.subject, Excerpt: tt.body, Date: base}
		v := Classify(&m)
		if !v.Job || (v.Stage == StageRejected) != tt.rejected {
			t.Errorf("%s: job %v stage %s, want job, rejected %v; reasons %q", tt.name, v.Job, v.Stage, tt.rejected, v.Reasons)
		}
	}
}
