package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The forty-seventh round (tune_written/r47_*: Commonwealth Asia and Africa,
// European public employers, short replies in running threads, a tech
// mailbox with many look-alikes) came in with one-line no's in seven
// languages. Each case failed on the code before but the German bakery's
// and the studio's, which held in these shorter words (guards).
func TestR47ShortNos(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a Spanish workshop's one line", "taller.ruiz@gmail.com", "Re: Ayudante de carpintería",
			"Ya tenemos a alguien, perdona.\nSuerte\n\nEnviado desde mi iPhone", true, StageRejected},
		{"a German bakery's 'schon vergeben'", "m.hartmann@baeckerei.example", "AW: Bewerbung Verkauf Aushilfe",
			"Hallo Herr Rivera,\nleider schon vergeben. Trotzdem danke und alles Gute!\nGruß\nMonika Hartmann", true, StageRejected},
		{"a Portuguese shop's closed vacancy", "rita.loja@gmail.com", "Re: vaga loja Baixa",
			"Olá Alex, desculpa, já fechámos a vaga. Fica para a próxima!\nBeijinhos\nRita", true, StageRejected},
		{"a plumber who can't take the reader on", "lou@lplumbing.example", "Re: thanks for today",
			"Alex - honestly you did fine today. Problem is we need someone with a gas license for the fall contracts, so I can't take you on right now. Sorry bud.\nLou",
			true, StageRejected},
		{"a Québec mover's 'pas pour cette fois'", "steve@demenagements.example", "Re: Emploi déménageur",
			"Salut Alex,\nC'est pas pour cette fois, désolé. On a pris un gars qui a son permis classe 3.\nBonne chance là\nSteve", true, StageRejected},
		{"a studio keeping it in-house", "w@printstudio.example", "Re: studio assistant",
			"Hey Alex — we decided to keep it in-house for now and have Jess pick up the extra days. Appreciate you coming by.\nW.", true, StageRejected},
		{"a Dutch recruiter's client chose another", "lotte@werving.example", "Re: Sollicitatie Monteur zonnepanelen",
			"Hoi Alex,\nDe klant heeft helaas voor een ander gekozen. Balen! Ik hou je op de hoogte als er nieuwe vacatures langskomen.\nLotte", true, StageRejected},
	})
	// A slot taken is no post taken, nor is a flat (guards).
	checkLetterVerdicts(t, []letterVerdict{
		{"a Wednesday slot already taken", "k.hofer@alpenstrom.example", "AW: Terminvorschlag Traineeprogramm",
			"Sehr geehrter Herr Rivera,\n\nder Mittwoch um 10 Uhr ist leider schon vergeben – ginge bei Ihnen auch 14 Uhr?\n\nFreundliche Grüße\nKatharina Hofer\nHR Recruiting",
			true, StageScheduling},
	})
}

// Stages read wrongly before: the reader's wish to go on, a search paused
// for everyone, offers in a line and the reader's yes to one.
func TestR47Stages(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a booking deadline, or the reader is taken not to wish to go on", "dsi-recrutement@mairie.example",
			"Votre candidature - Administrateur systèmes : choix d'un créneau d'entretien",
			"Bonjour Monsieur Rivera,\n\nNous avons bien reçu votre candidature au poste d'administrateur systèmes et nous souhaitons vous rencontrer. " +
				"Nous vous invitons à réserver le créneau qui vous convient via le lien suivant.\n\n" +
				"Merci d'effectuer votre réservation avant le mercredi 22 septembre. Sans réservation de votre part à cette date, nous considérerons que vous ne souhaitez pas poursuivre la procédure.",
			true, StageScheduling},
		{"hiring paused, about no one", "tariq@lumenpath.example", "Update on the Product Analytics Lead role",
			"Hi Alex,\n\nAs of this morning, Lumenpath has paused all hiring for the Product Analytics Lead position. The role as scoped won't exist in its current form. " +
				"This isn't about you or any of the finalists - no one is being hired into it.\n\nI'm sorry we can't give you a proper outcome.\n\nTariq",
			true, StageWithdrawn},
		{"a Dutch 'je mag beginnen'", "marloes@winkel.example", "Re: proefdag",
			"Hoi Alex,\n\nGoed nieuws: je mag beginnen! Maandag 1 maart om 8:00, meld je bij de balie. Contract regelen we dan.\n\nMarloes", true, StageOffer},
		{"a mover's rate and 'reply yes'", "ben@movers.example", "Re: mover job",
			"You got it. $22/hr to start, first job is Thursday 7am at the yard on Tulip St. Reply yes and I'll put you on the schedule.\nBen", true, StageOffer},
	})
	yes := &mailmsg.Message{
		From: mailmsg.Address{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}, To: []mailmsg.Address{{Email: "isabelle@boulangerie.example"}},
		Subject: "Re: Proposition – vendeur(se) boulangerie", Date: base, InReplyTo: "<p1@boulangerie.example>",
		Excerpt: "Bonjour Madame Lagarde,\n\nMerci beaucoup, j'accepte avec plaisir ! Je serai là lundi à 6h30 comme convenu.\n\nAlex Rivera\n\n" +
			"Le mar. 21 sept. 2027 à 13:02, Isabelle Lagarde a écrit :\n> Bonjour Alex,\n>\n> Suite à votre journée d'essai, nous serions ravis de vous accueillir en CDD de 6 mois, 30h par semaine. Pouvez-vous commencer lundi prochain ?\n",
	}
	if v := Classify(yes); !v.Job || v.Stage != StageOffer {
		t.Errorf("the reader's yes to the offer it quotes: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}

// A reply that says the interview is a show's makes no job-interview thread
// of a subject that names it (failed on the code before).
func TestPressInterviewThread(t *testing.T) {
	mine := &mailmsg.Message{
		From: mailmsg.Address{Email: "alex.rivera@fastmail.com"}, To: []mailmsg.Address{{Email: "derek@bizpod.example"}},
		Subject: "Interview for Small Biz Hustle", Date: base, MessageID: "<m1@fastmail.example>",
		Excerpt: "Hi Derek, I'm free Thursday afternoon or Friday morning Eastern.\n\nAlex",
	}
	theirs := &mailmsg.Message{
		From: mailmsg.Address{Name: "Derek Hwang", Email: "derek@bizpod.example"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
		Subject: "Re: Interview for Small Biz Hustle", Date: base.Add(24 * time.Hour), InReplyTo: "<m1@fastmail.example>",
		Excerpt: "Thursday at 2 your time works. The link is in the calendar invite - just headphones and a quiet room, we'll do about 40 min.\n\nDerek\n\n" +
			"On Mon, Alex Rivera wrote:\n> Hi Derek, happy to come on the show and talk about running the pop-up market.\n",
	}
	vs := []Verdict{Classify(mine), Classify(theirs)}
	if tv := ClassifyThread(vs); tv.Job {
		t.Errorf("a podcast's interview read as a job-interview thread: %+v; message verdicts %q / %q", tv, vs[0].Reasons, vs[1].Reasons)
	}
	// and it survives the verdict cache
	if got, ok := DecodeVerdict(AppendVerdict(nil, &vs[1])); !ok || !got.pressSense {
		t.Errorf("the show's sense lost in the verdict cache: ok %v, %+v", ok, got)
	}
}

// A place for the reader's child or on a degree course, in the other
// languages, is no job (failed on the code before).
func TestR47PlacesOfTheHousehold(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a Kita place offered for the child", "no-reply@kita-portal.example", "Platzangebot für Ihr Kind – bitte bis 25.05.2027 bestätigen",
			"Sehr geehrte Eltern,\n\nwir freuen uns, Ihnen für Ihr Kind einen Platz anbieten zu können. Bitte geben Sie uns bis zum 25.05.2027 Rückmeldung, ob Sie die Zusage annehmen. " +
				"Den Betreuungsvertrag besprechen wir in einem persönlichen Gespräch.\n\nIhr Kita-Team",
			false, ""},
	})
}
