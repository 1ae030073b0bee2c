package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The dated promises the twenty-first round brought at its arrival (65 of
// 80 read exactly), by grammar, in sentences written for this test. Each
// case before the near-misses fails on the code before its rule; the
// near-misses stay what they were. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyFirstRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		// a call in the present after "and I", the cue beginning with its
		// space, and a tag question "ok?"
		{"The panel decides on Wednesday and I call you on Thursday, ok?", "2027-04-15"},
		// the present of receiving, as a non-native writer says it
		{"We will speak with two more people this week. You get our feedback until 23.04. at the latest.", "2027-04-23"},
		// results sent to everyone
		{"Results of the assessment centre go out on Friday to every candidate.", "2027-04-09"},
		{"Given the number of candidates we interviewed this week, we will share first-round results with all candidates by the middle of next week.", "2027-04-14"},
		// the day of a meeting to be confirmed, the invite sent by a day
		{"Both afternoons work for us; I'll confirm the day and send the invite by Tuesday.", "2027-04-13"},
		// the Dutch and Flemish passive, the participle last
		{"De uitslag wordt u binnen de tien werkdagen per e-mail toegestuurd.", "2027-04-22"},
		{"U wordt uiterlijk vrijdag gebeld door onze consultant.", "2027-04-09"},
		// the call after what the writer learns first
		{"Ik hoor maandag meer van de klant en bel je dan meteen.", "2027-04-12"},
		// the thing confirmed as a pronoun
		{"Seguimos esperando la aprobación; te lo confirmo el martes sin falta.", "2027-04-13"},
		// back to every candidate on the day named before
		{"Le jury se réunira le mardi 13 avril. Nous reviendrons vers chacun des candidats le jour même.", "2027-04-13"},
		// the Québec "revenir" with its pronoun first
		{"Elle attend encore deux collègues; on devrait pouvoir te revenir d'ici la fin de la semaine prochaine.", "2027-04-16"},
		// German sending in the present, its particle last
		{"Den Vertragsentwurf schickt Ihnen unsere Personalabteilung bis Mittwoch zu.", "2027-04-14"},
		// the German subordinate clause, its verb last
		{"Wir gehen davon aus, dass wir Ihnen bis spätestens Freitag, den 16.04., eine Rückmeldung geben können.", "2027-04-16"},
		// Italian: the reader receiving from us, in the subjunctive
		{"Riteniamo che entro cinque giorni lavorativi Lei possa ricevere da parte nostra una comunicazione.", "2027-04-15"},
		// the Italian five and pair, the Belgian "endéans", "il giorno stesso"
		{"Ti diamo una risposta definitiva entro un paio di settimane.", "2027-04-22"},
		{"Nous vous tiendrons informé de notre décision endéans les deux semaines.", "2027-04-22"},
		{"La commissione si riunirà martedì 13 aprile; Le daremo riscontro il giorno stesso.", "2027-04-13"},
		// early next month is no day, in Spanish and Portuguese too
		{"Te vamos a dar una respuesta a principios del mes que viene.", "undated"},
		{"Entraremos em contacto consigo no início do próximo mês.", "undated"},
		// near-misses: the meeting's own day, an invite for a day, a
		// passive under a condition, this message sending
		{"I will confirm the date of your interview on Monday.", ""},
		{"I'll send the invite for Tuesday.", ""},
		{"Indien u geslaagd bent, wordt u binnen vijf werkdagen gebeld.", ""},
		{"We know it was a long week: I know you had three interviews by Friday.", ""},
	})
}

// TestTwentyFirstRoundOutcomes: what the twenty-first round said that the
// rules read wrong at its arrival, in messages written for this test: no's
// said as screened out or ranked too low, an offer whose only "decline" is
// the choice it gives, another employer's offer, an offer already
// accepted, an offer confirmed in writing after a call, and a trial shift
// as the interview it is.
func TestTwentyFirstRoundOutcomes(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"screened out of a public-service process",
			mailmsg.Message{From: mailmsg.Address{Name: "GC Jobs", Email: "no-reply@jobs.example"}, Subject: "Notification - Selection process 27-XY-123",
				Excerpt: "Dear Alex Rivera,\n\nA new message has been added to your account regarding the selection process for the position of Compliance Inspector.\n\nMessage from the hiring organization:\nThank you for your interest in this selection process. Your application has been reviewed against the essential qualifications for the position. Based on the information provided, you have been screened out of this process. No further consideration will be given to your application in this process."},
			true, StageRejected},
		{"ranked too low for the vacancies, placed in a pool",
			mailmsg.Message{From: mailmsg.Address{Name: "Recruitment", Email: "recruitment@agency.example"}, Subject: "Outcome of your application - Policy Officer",
				Excerpt: "Dear Alex,\n\nThank you for applying for the Policy Officer position. I am pleased to let you know that the panel assessed you as suitable for the role. However, there were a number of very strong applicants, and on this occasion you were not ranked highly enough to be offered one of the current vacancies. Your name has been placed in a merit pool for 12 months."},
			true, StageRejected},
		{"an offer in a portal, to accept or decline",
			mailmsg.Message{From: mailmsg.Address{Name: "Studio Nord via Personio", Email: "noreply@personio.example"}, Subject: "Your offer from Studio Nord",
				Excerpt: "Dear Alex,\n\nWe are very happy to offer you the position of Senior UI Designer at Studio Nord! Your offer letter with salary and start date is in the portal. Please review it and accept or decline the offer there.\n\nBest regards\nTheresa"},
			true, StageOffer},
		{"an offer confirmed in writing after a call",
			mailmsg.Message{From: mailmsg.Address{Name: "Rachel Osei", Email: "rachel@dental.example"}, Subject: "Trainee Dental Nurse - following our call",
				Excerpt: "Hi Alex,\n\nLovely to speak to you this afternoon, and I'm so glad you're happy to accept! To put in writing what we discussed:\n- Salary: £23,400 per year\n- Proposed start date: Monday 4 October\nOur HR provider will send you the written contract by Thursday.\n\nWelcome to the team!\nRachel"},
			true, StageOffer},
	})
	// near-misses: another employer's offer, an offer accepted, are no
	// offer (what stage they are instead is not asked here)
	for _, c := range []jobCase{
		{"another employer's offer under a condition, in Dutch",
			mailmsg.Message{From: mailmsg.Address{Name: "Fatima El Amrani", Email: "fatima@havensoft.example"}, Subject: "Stand van zaken - Backend Developer",
				Excerpt: "Hoi Alex,\n\nWe ronden deze week de eerste gesprekken af. Je hoort uiterlijk donderdag 15 april van ons of je door bent naar de laatste ronde. Mocht je in de tussentijd een ander aanbod krijgen, laat het me dan weten.\n\nGroetjes,\nFatima"},
			true, StageOffer},
		{"references after an offer accepted",
			mailmsg.Message{From: mailmsg.Address{Name: "Graduate Recruitment", Email: "graduates@firm.example"}, Subject: "Action required: referee details",
				Excerpt: "Dear Alex,\n\nThank you for accepting your offer to join the Graduate Programme in September. As part of our pre-employment checks we now need the details of two referees. Please add them in the candidate portal within five working days."},
			true, StageOffer},
	} {
		if v := Classify(&c.m); !v.Job || v.Stage == StageOffer {
			t.Errorf("%s: job %v stage %s, want job and no offer; reasons %q", c.name, v.Job, v.Stage, v.Reasons)
		}
	}
	trial := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Lena Hart", Email: "lena@ryehouse.example"}, Subject: "Trial shift Saturday",
		Date:    time.Date(2027, 7, 6, 15, 12, 0, 0, time.FixedZone("-0400", -4*3600)),
		Excerpt: "Hi Alex,\n\nGreat talking yesterday. As discussed, we'd like you to do a paid trial shift with us on Saturday 10 July, 9am to 1pm - you'll be on the floor for brunch, and we'll talk after service about the socials side of the job.\n\nLena"})
	if !trial.Job || dateOf(trial.InterviewAt) != "2027-07-10" {
		t.Errorf("a trial shift on a day: job %v, interview %s, want job and 2027-07-10; reasons %q", trial.Job, dateOf(trial.InterviewAt), trial.Reasons)
	}
}

// TestShortRepliesToTheReadersChase: a person's short reply that promises
// an answer to the reader's thanks for a conversation ("thanks so much for
// taking the time today") is the hiring conversation, with no hiring word
// of its own, as a chase after an interview already was; and a sender whose
// surname is a word of another kind of application ("Olivia Grant") is
// no grant office. Near-misses: the same promise to a chase about a flat,
// and a grants office by its name. Written for this test.
func TestShortRepliesToTheReadersChase(t *testing.T) {
	on := time.Date(2027, 4, 8, 17, 31, 0, 0, time.FixedZone("-0400", -4*3600))
	quote := func(q string) string {
		return "\n\nOn Wed, Apr 7, 2027 at 11:20 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> " + q + "\n> Alex"
	}
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		job  bool
	}{
		{"thanks for the time", mailmsg.Message{From: mailmsg.Address{Name: "Sofia Brandt", Email: "sofia@films.example"}, Subject: "Re: Thanks for today", Date: on, InReplyTo: "<a2@fastmail.com>",
			Excerpt: "Thanks Alex - really enjoyed it too. We're seeing one more person Thursday, so you'll hear from me early next week.\n\nS." + quote("Hi Sofia, thanks so much for taking the time today. It was great to see the edit suite.")}, true},
		{"a recruiter named Grant", mailmsg.Message{From: mailmsg.Address{Name: "Olivia Grant", Email: "olivia.grant@bank.example"}, Subject: "RE: Superday follow-up", Date: on, InReplyTo: "<a3@fastmail.com>",
			Excerpt: "Hi Alex - still finalizing with the committee. I'll have an answer for you tomorrow.\n\nOlivia Grant\nCampus Recruiting | Harbor & Vane" + quote("Hi Olivia, I wanted to follow up on last Thursday's Superday - I'd love to know where things stand.")}, true},
		{"near-miss: a chase about a flat", mailmsg.Message{From: mailmsg.Address{Name: "Tom Reyes", Email: "tom@lettings.example"}, Subject: "Re: Flat on Elm Street", Date: on, InReplyTo: "<a4@fastmail.com>",
			Excerpt: "Still waiting on the landlord, sorry. You'll have an answer tomorrow at the latest.\n\nTom" + quote("Hi Tom, any update on the flat? Happy to send anything else.")}, false},
		{"near-miss: a grants office", mailmsg.Message{From: mailmsg.Address{Name: "Foundation Grants Office", Email: "grants@fdn.example"}, Subject: "Your grant application", Date: on,
			Excerpt: "Dear Alex, thank you for your grant application. The panel meets next week and we will let you know the outcome by 30 April."}, false},
	} {
		if v := Classify(&c.m); v.Job != c.job {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.job, v.Reasons)
		}
	}
}

// TestTwentyFirstRoundNos: the no's the twenty-first round said in words
// the rules did not read at its arrival, by grammar, in lines written for
// this test; the near-misses stay no no.
func TestTwentyFirstRoundNos(t *testing.T) {
	for _, c := range []struct {
		line string
		no   bool
	}{
		{"La informiamo che la posizione per la quale si è candidato è stata chiusa, in quanto è stata individuata la risorsa idonea.", true},
		{"O gestor gostou muito da conversa, mas acabou fechando com uma pessoa que já mora em Lisboa.", true},
		{"Te cuento corto: nos vamos a ir con alguien que ya lideró equipos de pagos. Gracias por todo.", true},
		{"Nous avons le regret de vous informer que vous n'avez pas réussi l'épreuve écrite du 23 février.", true},
		// near-misses: a colleague to finish with, a test passed
		{"Ainda tô fechando com o Diego e com mais dois candidatos; te dou um retorno até quarta.", false},
		{"Bonne nouvelle : vous avez réussi l'épreuve écrite et vous êtes invité à l'entretien oral.", false},
	} {
		if got, v := rejectedLine(c.line); got != c.no {
			t.Errorf("rejected(%q) = %v, want %v; reasons %q", c.line, got, c.no, v.Reasons)
		}
	}
}

// TestRelayedAndInterviewedBy: a messaging service's notice carries the
// message it introduces with "X, Recruiter at Y, wrote:" (no date, no
// address), which is no quote under a reply; and "I interviewed by video"
// is the candidate's interview, not the press's. Near-misses: a real
// reply's attribution still starts the quote, and "interviewed by the
// Guardian" is the press. Written for this test.
func TestRelayedAndInterviewedBy(t *testing.T) {
	for _, c := range []struct {
		name  string
		m     mailmsg.Message
		job   bool
		stage Stage
	}{
		{"a recruiter's no relayed by a campus platform", mailmsg.Message{From: mailmsg.Address{Name: "Handshake", Email: "notifications@mail.campus.example"},
			Subject: "New message from Tasha Greene at Corbin Media", ListUnsubscribe: "<https://campus.example/unsub>",
			Excerpt: "Hi Alex,\n\nYou have a new message on Handshake.\n\nTasha Greene, Early Talent Recruiter at Corbin Media, wrote:\n\"Hi Alex - thank you for interviewing with us last week for the Audience Analytics Intern role. I wanted to let you know personally that we've filled the position with another candidate.\"\n\nView and reply to this message."},
			true, StageRejected},
		{"a candidate's chase after a video interview", mailmsg.Message{From: mailmsg.Address{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"},
			To: []mailmsg.Address{{Name: "Joanne Hale", Email: "joanne.hale@trust.example"}}, Subject: "Staff Nurse AMU - checking in",
			Excerpt: "Hi Joanne,\n\nI just wanted to check in on the Staff Nurse post on AMU - I interviewed by video on 1 April and wondered whether there's any news yet?\n\nBest wishes,\nAlex Rivera"},
			true, ""},
		{"near-miss: the press", mailmsg.Message{From: mailmsg.Address{Name: "Sam Okoro", Email: "sam@paper.example"}, Subject: "Your piece",
			Excerpt: "Hi Alex,\n\nYou were interviewed by the Guardian last year about open data - would you write 800 words for our magazine?\n\nSam"},
			false, ""},
	} {
		v := Classify(&c.m)
		if v.Job != c.job || c.stage != "" && v.Stage != c.stage {
			t.Errorf("%s: job %v stage %s, want job %v stage %q; reasons %q", c.name, v.Job, v.Stage, c.job, c.stage, v.Reasons)
		}
	}
}

// TestInterviewAndTestWords: the Québec "entrevue" is an interview, and
// the test a candidate does at home is a step of hiring in each
// language's name for it ("test project", "prueba técnica", "teste
// técnico", "Probeaufgabe", "thuisopdracht"). Near-miss: a school's test
// project. Written for this test.
func TestInterviewAndTestWords(t *testing.T) {
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		job  bool
	}{
		{"an interview in Québec French", mailmsg.Message{From: mailmsg.Address{Name: "Jean-Philippe Roy", Email: "jp@studio.example"}, Subject: "Re: Suivi – entrevue avec Marie-Ève", Date: base, InReplyTo: "<b1@fastmail.com>",
			Excerpt: "Salut Alex! Merci pour ta patience. Marie-Ève attend encore le retour de deux collègues; on devrait pouvoir te revenir d'ici la fin de la semaine prochaine.\n\nJP"}, true},
		{"a test project received", mailmsg.Message{From: mailmsg.Address{Name: "Pieter de Wit", Email: "pieter@bureau.example"}, Subject: "Re: Test project - files", Date: base, InReplyTo: "<b2@fastmail.com>",
			Excerpt: "Received, thanks! I'll look at it properly with Anouk and come back to you.\n\nPieter"}, true},
		{"a technical test in Spanish", mailmsg.Message{From: mailmsg.Address{Name: "Marc Soler", Email: "marc@tramonta.example"}, Subject: "Re: Prueba técnica", Date: base, InReplyTo: "<b3@fastmail.com>",
			Excerpt: "¡Recibida, gracias! La revisamos con el equipo y te decimos algo.\n\nMarc"}, true},
		{"near-miss: a school's test project", mailmsg.Message{From: mailmsg.Address{Name: "Westfield Primary", Email: "office@school.example"}, Subject: "Science fair",
			Excerpt: "Dear parents, the science fair test project boxes go home on Friday. Please return the signed slip.", Date: base}, false},
	} {
		if v := Classify(&c.m); v.Job != c.job {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.job, v.Reasons)
		}
	}
}
