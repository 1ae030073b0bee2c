package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The thirty-ninth round (tune_written/r39_*) came in with every rejection
// read, and its misses were of other kinds: a decision said to go to a
// committee read as the post gone to someone else, a platform's newsletter
// read as a no, a school's admission read as a post because its programme
// is called "Data Engineering", the employer's own reader of applications
// read as the reader on someone else's hiring team. Each case failed on
// the code before.
func TestR39Letters(t *testing.T) {
	for _, c := range []struct {
		name, from, subject, body string
		job                       bool
		stage                     Stage
	}{
		{"the decision goes to a committee", "isolberg@corbelhealth.example", "Corbel Health - next steps after your panel",
			"Hi Alex,\n\nThank you for meeting with the panel yesterday. I've collected feedback from everyone and it was positive across the board.\n\n" +
				"Because this is a director-level hire, the final decision goes to our leadership committee, which only meets every other week. " +
				"Realistically you should expect to hear from us in two to three weeks.\n\nBest regards,\nIngrid",
			true, StageAwaitingDecision},
		{"a programme named after a field is no post", "admissions@esid-paris.example", "Résultat de votre candidature - Mastère Spécialisé Data Engineering",
			"Monsieur,\n\nNous accusons réception de votre dossier de candidature au Mastère Spécialisé « Data Engineering » (promotion 2027-2028).\n\n" +
				"Après examen de votre dossier par le jury d'admission, nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\n" +
				"Service des Admissions\nÉcole Supérieure d'Ingénierie des Données",
			false, ""},
		{"someone of the employer's on the hiring team", "jobs@fjordbyte.example", "Your application: Senior Product Manager",
			"Hi there,\n\nThanks for writing to Fjordbyte Careers; your email has landed safely with us. Every application is read by a person on the hiring team, " +
				"which is why it takes a little while. We aim to get back to every applicant within 10 working days.\n\nThe Fjordbyte People team",
			true, ""},
	} {
		v := Classify(letter(c.from, c.subject, c.body))
		if v.Job != c.job || c.stage != "" && v.Stage != c.stage {
			t.Errorf("%s: job %v stage %s, want job %v stage %s; reasons %q", c.name, v.Job, v.Stage, c.job, c.stage, v.Reasons)
		}
	}
}

// A platform that is also an ATS sends its newsletter from a mailing
// mailbox: its list header counts there, and a no quoted as an article's
// title ("« Votre candidature n'a pas été retenue » : comment rebondir")
// decides nothing.
func TestR39PlatformNewsletter(t *testing.T) {
	m := &mailmsg.Message{
		From:            mailmsg.Address{Name: "Welcome to the Jungle", Email: "newsletter@welcometothejungle.com"},
		To:              []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
		Subject:         "L'interview de la semaine : comment Ardoise recrute ses product managers",
		Date:            base,
		ListUnsubscribe: "<https://www.welcometothejungle.com/fr/newsletter/unsubscribe?u=e91c>",
		Excerpt: "L'interview de la semaine\n\n« Chez nous, un entretien commence toujours par un café »\n\n" +
			"Nadia Benali, CTO d'Ardoise, nous raconte comment sa start-up recrute ses product managers.\n\nAussi cette semaine\n\n" +
			"- Négocier son salaire après une offre : le guide 2027\n- « Votre candidature n'a pas été retenue » : comment rebondir après un refus\n\n" +
			"Tu reçois cet e-mail car tu es inscrit(e) à la newsletter Welcome to the Jungle. Se désabonner",
	}
	if v := Classify(m); v.Job || !v.Bulk {
		t.Errorf("a platform's newsletter: job %v bulk %v stage %s; reasons %q", v.Job, v.Bulk, v.Stage, v.Reasons)
	}
	// The same platform's own notice of one application still counts.
	m.From.Email = "no-reply@welcometothejungle.com"
	m.Subject = "Votre candidature chez Ardoise"
	m.Excerpt = "Bonjour Alex,\n\nMerci pour votre candidature au poste de Product Manager chez Ardoise. Après examen, nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nL'équipe Ardoise"
	if v := Classify(m); !v.Job || v.Stage != StageRejected {
		t.Errorf("the platform's notice of a no: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
