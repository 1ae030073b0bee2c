package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// jobStage is a verdict's stage, "" when it is no job mail.
func jobStage(v Verdict) Stage {
	if !v.Job {
		return ""
	}
	return v.Stage
}

// TestOutcomeStillToCome: r26's search chairs, panels and founders named
// the choice still to be made in words that also say no ("meets to choose
// the candidates", "close this fast" beside "the other candidate",
// "weren't able to take" a copy) and promised the outcome itself: one cue
// of a no, nothing else of one, and a promise of the outcome is a decision
// to come. The near-misses say the no outright, or promise feedback on a
// no made.
func TestOutcomeStillToCome(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                Stage
	}{
		{"a committee still to choose", "Search update", "Dear Alex,\n\nThank you for meeting the committee on Monday. We finish the remaining first interviews this week; the committee then meets to choose the candidates it will invite for the final round, and I will write to everyone with the outcome by the end of the month.\n\nBest regards,\nDana Whitfield\nChair, Search Committee", StageAwaitingDecision},
		{"a founder closing fast", "Next steps", "Hi Alex,\n\nThanks for the session with the team yesterday, the feedback was strong. You are one of two finalists; we meet the other candidate tomorrow and I want to close this quickly. I'll come back to you on Monday latest with an answer, either way.\n\nOren", StageAwaitingDecision},
		// near-misses: the no said, then feedback promised
		{"a no, feedback to follow", "Re: Thanks for today", "Hey Alex,\n\nI owe you an answer so I'll be quick: it's a no, sorry. The panel wanted more depth on the data modelling round.\n\nI'll write up the proper feedback and send it over tomorrow.\n\nKim", StageRejected},
		{"another candidate chosen, feedback by Friday", "Your interview", "Hi Alex,\n\nWe've chosen another candidate for the role. I'll send you the panel's notes by Friday.\n\nBest,\nKim", StageRejected},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "sender@employer.example"}, Subject: c.subject, Date: base, Excerpt: c.body})
		got := jobStage(v)
		if got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestTwentySixthRoundOffers: r26's offers and a no said of the offer, in
// messages written for this test: the team or crew the reader joins ("we
// would like to have you in our team as ..."), an invitation to join with
// its contract promised in the next line, and "not going to be able to
// make you an offer" as a no. The near-misses: an offer letter named in an
// onboarding note, and an offer that waits on something ("until the budget
// is signed off").
func TestTwentySixthRoundOffers(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                Stage
	}{
		{"in our team as", "Re: Final interview", "Dear Alex,\n\nThank you for visiting the plant last week. I am glad to write that we would like to have you in our team as Senior Automation Engineer. The conditions are as we discussed (salary in the agreed range and the relocation package), and HR will prepare the formal offer letter after our call.\n\nBest regards,\nPiotr", StageOffer},
		{"on the crew", "Re: warehouse", "Hey Alex, Dana from the Elm Rd site. We'd like to have you on the night crew, $19/hr to start. Could you do your first shift Sunday night? Let me know and I'll start your paperwork.", StageOffer},
		{"join, contract promised", "Good news", "Alex,\n\nAs discussed just now on the phone - we'd like you to join the team. Priya will send the contract over by Friday.\n\nRob", StageOffer},
		{"no offer this round", "Re: final round", "Alex - wanted you to hear it from me first: we're not going to be able to make you an offer this round. It was close.\n\nGT", StageRejected},
		// near-misses: no offer in them (want "" is "not an offer")
		{"an offer letter in an onboarding note", "Re: laptop", "Shipping Monday! The address on your offer letter is the old one, can you confirm the new one? I'll send the tracking number tomorrow.\n\nsam", ""},
		{"an offer waiting on the budget", "Update", "Hi Alex,\n\nThe team is keen. We won't be able to make you an offer until the budget is signed off next week; I'll call you as soon as it is.\n\nMaya", ""},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "sender@employer.example"}, Subject: c.subject, Date: base, Excerpt: c.body, InReplyTo: "<x@fastmail.com>"})
		got := jobStage(v)
		if c.want == "" && (got == StageOffer || got == StageRejected) || c.want != "" && got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestInterviewPeopleAreNoMeeting: "interviewee" and "interviewer" name
// the people of an interview, not the meeting, so the day beside them is
// not the interview's: here the day the answer comes (r26). The near-miss
// names the interview itself.
func TestInterviewPeopleAreNoMeeting(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thank you for your time yesterday. The panel meets again on Thursday, and we phone every interviewee on Friday 9 July with the outcome.", "2027-07-09"},
	})
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "HR", Email: "hr@institute.example"}, Subject: "Your interview", Date: base,
		Excerpt: "Dear Alex,\n\nThank you for applying. Your interview is on Friday 9 July at 10:00 with the panel.\n\nKind regards,\nHR"})
	if v.InterviewAt == nil || v.InterviewAt.Format("2006-01-02") != "2027-07-09" {
		t.Errorf("the interview's own day: interview %v, want 2027-07-09; reasons %q", v.InterviewAt, v.Reasons)
	}
}

// TestOffersGoOut: the present for the future of the answer sent to
// everyone ("offers go out Monday", "decisions go out Friday"), as r26's
// warehouse supervisor wrote it; the near-miss tells how it went last
// year.
func TestOffersGoOut(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thanks for coming in. We see the last two people tomorrow and offers go out Monday.", "2027-04-12"},
		{"Interviews wrap up this week; decisions go out Friday.", "2027-04-09"},
		// near-miss: how it went last year is no promise for this one
		{"Last year the offers went out on a Monday, so it may be similar.", ""},
	})
}

// TestCleanDeclineUnderListHeader: a no whose text has nothing of a
// mailing in it is one person's word to the reader, whatever
// List-Unsubscribe header its platform adds; a digest with the same words
// and an unsubscribe line stays bulk.
func TestCleanDeclineUnderListHeader(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"a sourcer's no through a relay", "Hi Alex,\n\nCircling back as promised. I shared your profile with the hiring manager for the Staff Engineer role, and she has decided to prioritise candidates with deeper hands-on Kubernetes experience for this hire, so we won't set up the technical screen. Sorry to bring this news.\n\nMarcus", true},
		// near-miss: the same words in a mailing
		{"a digest", "This week's reads for job seekers: what to do when a hiring manager has decided to prioritise candidates with deeper experience. Plus 12 new roles for you.\n\nYou are receiving this because you subscribed. Unsubscribe | Email preferences", false},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Marcus via Talentbridge", Email: "no-reply@talentbridge.example"}, Subject: "Staff Engineer at Fathom Labs", Date: base,
			ListUnsubscribe: "<https://talentbridge.example/u/1>", Excerpt: c.body})
		if got := v.Job && v.Stage == StageRejected; got != c.want {
			t.Errorf("%s: rejected %v, want %v; job %v stage %s reasons %q", c.name, got, c.want, v.Job, v.Stage, v.Reasons)
		}
	}
}

// TestRelayedMessageFooter: a person's message relayed by a service
// ("Jo Park sent you a message") keeps its words whatever the service's
// footer says; the service's own digest under the same footer stays bulk.
func TestRelayedMessageFooter(t *testing.T) {
	footer := "\n\nReply on Portfolia\n\nYou're receiving this because message notifications are on for your account. Manage email preferences · Unsubscribe"
	for _, c := range []struct {
		name, subject, body string
		want                bool
	}{
		{"a person's no", "Jo Park sent you a message", "Hi Alex - thanks for applying for the Motion Designer role through Portfolia. We had a great response and have decided to go in another direction for this one. Good luck with the search!\n\nJo" + footer, true},
		{"the service's digest", "Jobs picked for you this week", "12 new design roles match your profile, from studios in Bristol, Leeds and London. See all matching jobs." + footer, false},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Portfolia", Email: "no-reply@portfolia.example"}, Subject: c.subject, Date: base,
			ListUnsubscribe: "<https://portfolia.example/u/1>", Excerpt: c.body})
		if v.Job != c.want {
			t.Errorf("%s: job %v, want %v; stage %s reasons %q", c.name, v.Job, c.want, v.Stage, v.Reasons)
		}
	}
}

// TestPortugueseRelative: "candidatos cujo percurso ..." are someone else
// in Portuguese as "candidatos cuyos perfiles" are in Spanish; the
// near-miss keeps the reader as the one going on.
func TestPortugueseRelative(t *testing.T) {
	if got, v := rejectedLine("Terminadas as entrevistas, decidimos avançar com candidatos cuja experiência no setor é mais direta."); !got {
		t.Errorf("candidatos cuja: rejected false, want true; stage %s, reasons %q", v.Stage, v.Reasons)
	}
	if got, v := rejectedLine("Terminadas as entrevistas, decidimos avançar com a sua candidatura para a fase final."); got {
		t.Errorf("a sua candidatura: rejected true, want false; stage %s, reasons %q", v.Stage, v.Reasons)
	}
}

// TestPastWeekday: a weekday after a verb of something finished ("that
// planning cycle concluded on Friday", "the call was on Monday") has been,
// so the promise is the day the rest of the sentence names (r26); the
// near-misses are days to come ("once the review has concluded on
// Friday", "it will be held on Monday").
func TestPastWeekday(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Our planning cycle concluded on Friday, and we expect to confirm outcomes to all final-round candidates by the end of the month.", "2027-04-30"},
		{"The debrief was on Monday; I'll come back to you by Friday.", "2027-04-09"},
		{"The panel's review concluded on Friday and we will confirm the outcome to every candidate shortly.", ""},
		// near-misses
		{"Once the review has concluded on Tuesday, I'll write to you.", "2027-04-13"},
	})
}

// TestHiringPanelFeedbackSession: a hiring panel's feedback session is
// the panel deciding, not a user-research session (r26); a product team's
// feedback session stays research.
func TestHiringPanelFeedbackSession(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"the hiring panel's", "Morning Alex,\n\nQuick update from Ashdown. They finished first interviews on Thursday and the hiring panel has its feedback session on Wednesday. I'll ring you that evening with where they've landed.\n\nOllie", true},
		{"a product team's", "Hi Alex,\n\nThanks for signing up! Our product team runs a feedback session on Wednesday for people who use the app. I'll send the video link that morning.\n\nOllie", false},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Ollie Brandt", Email: "ollie@search.example"}, Subject: "Update", Date: base, Excerpt: c.body})
		if v.Job != c.want {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.want, v.Reasons)
		}
	}
}

// TestPleasedIsNoPlease: "pleased" begins like "please" but asks the
// reader nothing, so a promise later in its sentence stands; the
// near-miss does ask.
func TestPleasedIsNoPlease(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We have been really pleased with the standard of candidates for this post, and we still have two interviews to hold this week, so it is taking a little longer, but you will have our decision by the end of the month whichever way it goes.", "2027-04-30"},
		// near-miss: the reader asked for theirs by that day
		{"Please let us know your decision by the end of the month.", ""},
	})
}

// TestGermanAnswerReceived: the reader receiving the answer from the
// writer with the verb last, the deadline set off by commas ("dass Sie bis
// spätestens Freitag, 2. Juli, einen definitiven Bescheid von mir
// erhalten"), as r25's Swiss bank wrote it; the near-miss thanks for a
// meeting on a day before its promise.
func TestGermanAnswerReceived(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Das nimmt etwas Zeit in Anspruch, ich kann Ihnen aber zusichern, dass Sie bis spätestens Freitag, 16. April, einen definitiven Bescheid von mir erhalten – und falls es schneller geht, umso besser.", "2027-04-16"},
		// near-miss: a day before the cue that is no deadline
		{"Danke für das Gespräch am Montag, 12. April, Sie hören von uns.", ""},
	})
}

// TestDayNamedThenEveryoneTold: a day named in one sentence and everyone
// told right after it in the next, in Spanish and Portuguese as r22's and
// r23's and r25's public bodies wrote it ("Inmediatamente después le
// escribiremos a cada uno", "Todos os candidatos serão notificados nessa
// mesma data", "Alle kandidaten krijgen diezelfde dag nog bericht"); the
// near-misses name no day before, or give the candidates no answer.
func TestDayNamedThenEveryoneTold(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"El comité se reúne el martes 13 de abril para revisar a los finalistas. Inmediatamente después le escribiremos a cada uno para comunicarle el resultado.", "2027-04-13"},
		{"A lista final será homologada no dia 30 de abril de 2027. Todos os candidatos serão notificados nessa mesma data, por correio eletrónico.", "2027-04-30"},
		{"De commissie komt op donderdag 15 april bijeen. Alle kandidaten krijgen diezelfde dag nog bericht over de uitkomst.", "2027-04-15"},
		// near-misses: "that same date" with no date before it; candidates
		// who get something else
		{"Obrigado pela entrevista. Todos os candidatos serão notificados nessa mesma data.", "undated"},
		{"Alle kandidaten krijgen op donderdag 15 april een rondleiding door het gebouw.", ""},
	})
}

// TestNewslettersInTheirLanguages: a newsletter and its way out in Dutch,
// French, Spanish, Portuguese and Italian are a mailing's, so a career
// newsletter quoting a typical no ("We hebben gekozen voor een andere
// kandidaat" - zo ga je om met een afwijzing) is no decision (r27); a
// portal's status line that ends the process for the reader decides it
// under the same footer ("Status: Processo finalizado para você").
func TestNewslettersInTheirLanguages(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                bool // rejected
	}{
		{"a Dutch career newsletter", "5 vragen voor je sollicitatiegesprek", "Carrièrewijzer – nieuwsbrief week 30\n\nHoi Alex,\n\n1. Vijf vragen voor het eind van een sollicitatiegesprek.\n2. \"We hebben gekozen voor een andere kandidaat\" – zo ga je om met een afwijzing.\n\nAfmelden: https://carrierewijzer.example/afmelden", false},
		{"a portal's status line", "Atualização sobre o processo: Analista de Dados", "Olá, Alex.\n\nObrigado pelo tempo dedicado ao processo seletivo e pela sua candidatura à vaga de Analista de Dados. Depois de uma análise cuidadosa, seguimos com outros perfis neste momento, e o seu cadastro continua no nosso banco de talentos.\n\nEtapa: Avaliação curricular  Status: Processo finalizado para você\n\nDesejamos muito sucesso!\n\nMensagem automática. Cancelar inscrição", true},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "no-reply@portal.example"}, Subject: c.subject, Date: base,
			ListUnsubscribe: "<https://portal.example/u>", Excerpt: c.body})
		if got := v.Job && v.Stage == StageRejected; got != c.want {
			t.Errorf("%s: rejected %v, want %v; job %v stage %s reasons %q", c.name, got, c.want, v.Job, v.Stage, v.Reasons)
		}
	}
}

// TestTwentySeventhRoundAtTuning: r27's flats declined under "Application
// for Unit 4B" and an offer in full that one phrase read as someone else
// hired ("contratación como contractor"); the near-misses name a post in
// the same words, or hire someone else for real.
func TestTwentySeventhRoundAtTuning(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                Stage // "" for no job mail
	}{
		{"a flat's unit", "Re: Application for Unit 2C - 14 Oak St", "Hi Alex, thanks for sending everything so quickly. The owner went with another applicant who can move in on the 1st, sorry! I'll let you know if a similar unit comes up.\n\nDana", ""},
		{"an offer in full", "Carta oferta – Analytics Lead", "Hola Alex,\n\nNos da mucho gusto ofrecerte el puesto de Analytics Lead. La carta formal te llega por DocuSign.\n\n- Puesto: Analytics Lead (reporta a Rodrigo Saldívar, Head of Data)\n- Modalidad: remoto, contratación como contractor internacional a través de Deel\n- Compensación: USD 8,000 mensuales brutos\n- Fecha de inicio propuesta: lunes 3 de mayo\n\nTe pedimos confirmar tu aceptación antes del viernes.\n\nDaniela", StageOffer},
		// near-misses
		{"a business unit's post", "Application for Business Unit Analyst", "Hi Alex, thanks for applying. The hiring manager went with another applicant who has more SAP experience, sorry!\n\nDana", StageRejected},
		{"an offer made to someone else", "Your application", "Hi Alex,\n\nThank you for interviewing for the Analytics Lead role. We have extended an offer to another candidate, who has accepted.\n\nBest,\nDaniela", StageRejected},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "sender@company.example"}, Subject: c.subject, Date: base, Excerpt: c.body})
		got := jobStage(v)
		if got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestTwentySeventhRoundNos: r27's no's in the words people use: the
// other one taken said the way people talk ("they've gone with the other
// lad"), Rioplatense "vamos a ir por alguien que ...", and a job board's
// decline under "Tu solicitud para <post> en <employer>" beside its
// similar jobs. The near-misses go on for the reader.
func TestTwentySeventhRoundNos(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Alex, just heard back. They've gone with the other lad, he had a couple of years of Go in production. Gutted for you.", true},
		{"Che Alex, te debo una respuesta. Al final vamos a ir por alguien que esté acá en Buenos Aires, necesitamos a la persona en la oficina.", true},
		// near-misses
		{"Alex, just heard back. They're keen to meet you again, the other lad dropped out, so it's down to you now.", false},
		{"Che Alex, vamos por buen camino: la semana que viene te paso la propuesta.", false},
	} {
		if got, v := rejectedLine(c.text); got != c.want {
			t.Errorf("rejected(%q) = %v, want %v; stage %s, reasons %q", c.text, got, c.want, v.Stage, v.Reasons)
		}
	}
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Tomás Ferreyra", Email: "tomas@matelabs.example"}, Subject: "Re: Data Lead en Mate Labs", Date: base, InReplyTo: "<q@fastmail.com>",
		Excerpt: "Che Alex, te debo una respuesta y no quería dejarte colgado.\n\nCon Sofi le dimos muchas vueltas. Al final vamos a ir por alguien que esté acá en Buenos Aires: necesitamos a la persona en la oficina.\n\nAbrazo,\nTomás"})
	if !v.Job || v.Stage != StageRejected {
		t.Errorf("ir por alguien: job %v stage %s, want rejected; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	v = Classify(&mailmsg.Message{From: mailmsg.Address{Name: "LinkedIn", Email: "jobs-noreply@linkedin.com"}, Subject: "Tu solicitud para Analista de Datos en Sur Cloud", Date: base,
		ListUnsubscribe: "<https://linkedin.com/u>", Excerpt: "Actualización de tu solicitud\n\nGracias por tu interés en Sur Cloud. Tras revisar tu solicitud con atención, el equipo ha decidido no continuar con tu candidatura para este puesto. Te animamos a que vuelvas a solicitar en el futuro otros empleos que se ajusten a tu perfil.\n\nVer empleos similares: https://www.linkedin.com/jobs/\n\nCancelar suscripción"})
	if !v.Job || v.Stage != StageRejected {
		t.Errorf("a job board's decline: job %v stage %s, want rejected; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}

// TestTwentySeventhRoundPromises: r27's promises in German and Spanish, in
// sentences written for this test: "Direkt im Anschluss melde ich mich"
// after a day named before, the third person's "esta Oficina comunicará
// ... a cada uno" after "inmediatamente después", "a principios de la
// próxima semana ... te confirmo si pasamos a la etapa de oferta" (a
// "whether", not a condition), and "se notificará a cada persona candidata
// ... dentro de ese mismo plazo". The near-miss's "im Anschluss" is the
// reader's.
func TestTwentySeventhRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Die Partnerrunde findet am Dienstag, den 13. April, statt. Direkt im Anschluss melde ich mich bei Ihnen, so oder so.", "2027-04-13"},
		{"El comité se reúne el 13 de abril. Inmediatamente después, esta Oficina comunicará por correo electrónico a cada uno de los aspirantes la decisión.", "2027-04-13"},
		{"Ella regresa el lunes, así que a principios de la próxima semana te comparto su opinión y te confirmo si pasamos a la etapa de oferta.", "2027-04-13"},
		{"La comisión dispone de un plazo máximo de diez días naturales, y la resolución se notificará a cada persona candidata dentro de ese mismo plazo.", "2027-04-18"},
		// near-miss: right after it, the reader is the one to write
		{"Das Gespräch ist am Dienstag, den 13. April. Direkt im Anschluss schicken Sie uns bitte Ihre Unterlagen.", ""},
	})
}

// TestTalkSomeoneSaw: "your talk" someone saw ("I came across your talk
// on ...") opens a sourcer's message; a talk not accepted for a
// programme stays another kind of application.
func TestTalkSomeoneSaw(t *testing.T) {
	checkLetters(t, "priya@helioscale.example", []letterCase{
		{"a sourcer's opening", "Storage engineering at Helioscale", "Hi Alex,\n\nI'm a technical sourcer on the storage org here. I came across your talk on multi-region replication and thought of the team right away, as we're hiring. Would you be open to a quick 20-minute call in the next week or two?\n\nPriya", true},
		{"a talk declined", "Your submission to DataConf", "Hi Alex,\n\nThank you for submitting. After much deliberation, the programme committee was not able to accept your talk for this year's programme.\n\nThe DataConf team", false},
	})
}

// TestPublicSectorChecks: the public sector's checks before a post starts
// ("a background investigation for your tentative appointment", "your
// entry on duty date") are hiring; a background investigation in the
// news is not.
func TestPublicSectorChecks(t *testing.T) {
	checkLetters(t, "security@agency.example", []letterCase{
		{"the investigation form", "ACTION REQUIRED: questionnaire", "Mr. Rivera,\n\nYou have been initiated in the questionnaire system in support of a background investigation for your tentative appointment. Please complete it within 10 calendar days so that your entry on duty date is not delayed.\n\nOffice of Security", true},
		{"the news", "This week in policy", "Our weekly roundup: the committee opened a background investigation into the contractor's accounting, and the city council debated its budget.\n\nRead more on our site.", false},
	})
}

// TestTrialDayCompounds: a trial day's compounds ("Probearbeitstag",
// "Probearbeiten") and someone sought for a team ("we zoeken iemand die
// ook de frontend kan oppakken") are hiring words; a brewery's open day
// is not.
func TestTrialDayCompounds(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                bool
	}{
		{"a trial day confirmed", "AW: Probearbeitstag bei uns?", "Sehr schön, dann machen wir das so: Donnerstag, 10.6., 8 Uhr. Melden Sie sich einfach an der Pforte.\n\nGruß\nT. Vogt", true},
		{"a Dutch owner's no", "Re: Opdracht: datamodel", "Hoi Alex, netjes gedaan! Maar we gaan het toch niet doen, we zoeken iemand die ook de frontend kan oppakken. Succes verder!\n\nMark", true},
		// near-miss
		{"an open day", "Tag der offenen Tür", "Am Samstag laden wir zum Tag der offenen Tür ein: Führungen durch das Sudhaus um 11 und 14 Uhr.\n\nIhre Brauerei", false},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "t.vogt@brauerei.example"}, Subject: c.subject, Date: base, Excerpt: c.body})
		if v.Job != c.want {
			t.Errorf("%s: job %v, want %v; reasons %q", c.name, v.Job, c.want, v.Reasons)
		}
	}
}

// TestPromiseMadeBefore: a promise named as made before and kept by this
// message ("I promised you an answer by Friday and wanted to keep that
// promise", "Ik had je beloofd te bellen, maar ik krijg je vandaag niet te
// pakken") sets none; the near-miss promises now.
func TestPromiseMadeBefore(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I promised you an answer by Friday and I wanted to keep that promise, even though it's not the news you hoped for.", ""},
		{"Ik had je beloofd te bellen vandaag, maar ik krijg je niet te pakken, dus dan maar even zo.", ""},
		// near-miss
		{"I promise you an answer by Friday, whichever way it goes.", "2027-04-09"},
	})
}

// TestConfirmationsAtTuning: confirmations in the words of r26's and
// r27's coordinators and owners: "Locked in Option B - Thu 25 Feb, 8:00am
// your time", "je vous confirme votre journée d'essai ... le samedi 5
// juin", "Sehr schön, dann machen wir das so: Donnerstag, 10.6., 8 Uhr".
// The near-miss locks in nothing yet (want "": no confirmation).
func TestConfirmationsAtTuning(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		want                Stage
	}{
		{"locked in", "Re: Hiring Manager interview - availability", "Thanks Alex! Locked in Option B - Fri 16 Apr, 8:00am your time. Invite with the Meet link is on its way.\n\nFarhan", StageInterviewScheduled},
		{"je vous confirme", "Confirmation journée d'essai", "Bonjour Alex,\n\nComme convenu au téléphone, je vous confirme votre journée d'essai au poste d'équipier le samedi 17 avril, de 7h à 15h.\n\nNadia", StageInterviewScheduled},
		// near-miss
		{"nothing locked in", "Where things are at", "Hi Alex,\n\nYou're one of two people they're taking to the final stage; they need to run it past the GM before anything is locked in. They'll have an outcome for you in the next week or two.\n\nMitch", ""},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "sender@company.example"}, Subject: c.subject, Date: base, Excerpt: c.body, InReplyTo: "<x@fastmail.com>"})
		if c.want == "" && v.Stage == StageInterviewScheduled || c.want != "" && (!v.Job || v.Stage != c.want) {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestConvocationsAtTuning: r28's convocations and agreements: the day on
// a line of its own after "convoqué à un entretien de recrutement le :",
// a public competition's oral examination as its interview ("ammesso
// alla prova orale: martedì 20 aprile"), and the time agreed in Italian
// ("Martedì alle 15 va benissimo"). The near-miss proposes two times.
func TestConvocationsAtTuning(t *testing.T) {
	for _, c := range []struct {
		name, subject, body, want string
	}{
		{"a convocation's line", "Convocation à un entretien", "Monsieur,\n\nSuite à l'examen de votre candidature au poste de chargé d'études, j'ai le plaisir de vous informer que vous êtes convoqué à un entretien de recrutement le :\n\nmardi 20 avril 2027 à 14 h 30\n\nMerci de confirmer votre présence.", "2027-04-20"},
		{"agreed in Italian", "Re: Colloquio tecnico", "Martedì alle 15 (ora italiana) va benissimo. Domattina ti giro il link di Meet.\n\nD.", "2027-04-13"},
		// near-miss: two times proposed
		{"two times proposed", "Re: Colloquio tecnico", "Va bene, potremmo fare martedì alle 15 o mercoledì alle 10?\n\nD.", "-"},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Sender", Email: "selezione@ente.example"}, Subject: c.subject, Date: base, Excerpt: c.body, InReplyTo: "<x@fastmail.com>"})
		if got := dateOf(v.InterviewAt); got != c.want {
			t.Errorf("%s: interview %q, want %q; reasons %q", c.name, got, c.want, v.Reasons)
		}
	}
}

// TestEligibleListVacancyFilled: a civil-service list's letter whose one
// vacancy was filled from the ranks above the reader ("the appointment has
// been made from that certification", "your name will remain on the
// eligible list") reads at least partly as a no, whatever its
// "congratulations" on the exam, so its thread is held, not nudged
// (followup/policy.go's partialNo); the near-miss is a list with the
// reader at its top.
func TestEligibleListVacancyFilled(t *testing.T) {
	for _, c := range []struct {
		name, body string
		no         bool
	}{
		{"the vacancy filled", "Dear Alex Rivera,\n\nCongratulations on successfully completing the examination for Management Analyst I. Rank on eligible list: 4.\n\nThe department requested certification of the top three ranks to fill its one vacancy. Interviews have been completed and the appointment has been made from that certification.\n\nYour name will remain on the eligible list until it expires. If additional vacancies occur and your rank is reached, the hiring department may contact you to schedule an interview.", true},
		{"the reader at the top", "Dear Alex Rivera,\n\nCongratulations on successfully completing the examination for Management Analyst I. Rank on eligible list: 1.\n\nThe department has requested certification of the top three ranks, and the hiring manager will contact you next week to schedule an interview.", false},
	} {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "County Human Resources", Email: "hr-noreply@county.example"}, Subject: "Examination Results and Eligible List", Date: base, Excerpt: c.body})
		if got := v.Outcome >= 2; got != c.no {
			t.Errorf("%s: outcome %.2g (a no at least partly: %v), want %v; reasons %q", c.name, v.Outcome, got, c.no, v.Reasons)
		}
	}
}

// TestTwentyEighthRoundPromises: r28's promises, in sentences written for
// this test: the end of a meeting named before ("à l'issue de ses
// délibérations", "al termine della seduta"), the third person in the
// present ("Notre DRH vous appelle jeudi"), a long statement before a
// closing question after a semicolon, "all the shortlisted candidates"
// who were met (no "only the selected"), and every candidate receiving
// the answer. The near-miss's shortlisted candidates are the only ones
// to hear.
func TestTwentyEighthRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Le jury se réunira le mardi 13 avril. Une réponse sera adressée à chacun des candidats à l'issue de ses délibérations.", "2027-04-13"},
		{"La Commissione si riunirà martedì 13 aprile. Al termine della seduta daremo comunicazione scritta dell'esito a ciascun candidato.", "2027-04-13"},
		{"Je débriefe cet après-midi avec les RH. Notre DRH vous appelle lundi pour faire le point.", "2027-04-12"},
		{"We have now interviewed all four shortlisted candidates, which means we'll be in a position to let you know the outcome by the middle of next week; I'd also like to use that call to talk about training, so could you tell me which days suit you?", "2027-04-14"},
		{"The panel has now seen all the shortlisted candidates, and all candidates will receive written feedback from me by the end of the month.", "2027-04-30"},
		// near-miss: only the shortlisted hear
		{"Shortlisted candidates will be contacted by the end of the month.", ""},
	})
}

// TestTwentyEighthRoundShortPromises: short replies' promises in the
// present, as r28's writers wrote them: "Le N+2 tranche lundi, je
// t'appelle dans la foulée", "na segunda-feira digo-lhe algo", "She's back
// tomorrow and I call you right after we speak". The near-miss's "dans la
// foulée" is right away: the invitation sent now for a meeting named in
// the sentence before.
func TestTwentyEighthRoundShortPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Retours très positifs des deux côtés. Le N+2 tranche lundi, je t'appelle dans la foulée.", "2027-04-12"},
		{"Recebido, obrigado! Vejo com calma durante o fim de semana e na segunda-feira digo-lhe algo.", "2027-04-12"},
		{"Our CTO has the final sign-off and she's out today. She's back tomorrow and I call you right after we speak.", "2027-04-09"},
		// near-miss
		{"Parfait, c'est noté pour jeudi 14h. Je t'envoie l'invitation Meet dans la foulée.", ""},
	})
}
