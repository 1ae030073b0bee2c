package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestTwelfthRoundOutcomes: the kinds of mistake the twelfth round found
// at its arrival. A post that "went on" with other people in the past
// tense is a no; a job board's update in Spanish names the application
// ("tu solicitud para el empleo ..."); a bare "against" is no negation;
// a university's "School of Nursing" is the employer, not a school place;
// an MSc and a childcare place are other kinds of application. Near
// misses: the present "seguimos entrevistando" is no choice made, and
// "decided against progressing your application" stays a no.
func TestTwelfthRoundOutcomes(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	checkJobCases(t, []jobCase{
		{"a portal's talent-pool euphemism, in Portuguese",
			mailmsg.Message{From: mailmsg.Address{Name: "Grupo Sabiá", Email: "naoresponda@portal.example"}, To: alex,
				Subject: "Seu perfil agora faz parte do nosso Banco de Talentos",
				Excerpt: "Olá, Alex! Obrigado por se candidatar à vaga de Engenheiro(a) de Dados Sênior. Nesta etapa, a vaga seguiu com outros perfis. A boa notícia é que o seu currículo agora faz parte do nosso Banco de Talentos."},
			true, StageRejected},
		{"a job board's decline in Spanish under its footer",
			mailmsg.Message{From: mailmsg.Address{Name: "Indeed", Email: "no-reply@indeed.com"}, To: alex, ListUnsubscribe: "<https://indeed.example/unsub>",
				Subject: "Actualización sobre tu solicitud: Técnico/a de Business Intelligence",
				Excerpt: "Hola, Alex: Construcciones Arganzuela ha revisado tu solicitud para el empleo Técnico/a de Business Intelligence en Madrid. Lamentablemente, la empresa ha decidido no avanzar con tu solicitud en este momento. Hay empleos parecidos esperándote. Cancelar suscripción"},
			true, StageRejected},
		{"an acknowledgement that reviews applications against the qualifications",
			mailmsg.Message{From: mailmsg.Address{Name: "Northgate Health", Email: "northgate@myworkday.com"}, To: alex,
				Subject: "Thank you for applying: Biostatistician II",
				Excerpt: "Hi Alex, thank you for applying to the Biostatistician II position. We have received your application. Our recruiters review every application against the minimum and preferred qualifications in the posting."},
			true, StageApplicationAck},
		{"a decision against progressing the application",
			mailmsg.Message{From: mailmsg.Address{Name: "Talent", Email: "talent@firm.example"}, To: alex,
				Subject: "Your application - Analyst",
				Excerpt: "Dear Alex, thank you for your interest in the Analyst role. After review we have decided against progressing your application."},
			true, StageRejected},
		{"a search chair's no, signed from a School of Nursing",
			mailmsg.Message{From: mailmsg.Address{Name: "Beatrice Nwosu", Email: "bnwosu@uni.example"}, To: alex,
				Subject: "Nursing informatics search - an update from me",
				Excerpt: "Dear Dr. Rivera, you were one of the twelve candidates we met over Zoom. The committee finalized its list of campus-visit invitations this afternoon, and it is with real regret that I tell you your name is not on it. With a strong push from the School to hire someone with an active RN license, we narrowed to three candidates.\n\nBeatrice Nwosu, Chair, Search Committee\nHarrowgate University School of Nursing"},
			true, StageRejected},
		{"an MSc programme's decline",
			mailmsg.Message{From: mailmsg.Address{Name: "Admissions", Email: "admissions@uni.example"}, To: alex,
				Subject: "Your application to MSc Health Economics and Policy",
				Excerpt: "Dear Alex, thank you for applying. We are sorry to tell you that we are unable to offer you a place on the MSc this year. Admissions to the programme were very competitive. We wish you every success."},
			false, ""},
		{"a childcare place declined, in German",
			mailmsg.Message{From: mailmsg.Address{Name: "Kita Sonnenblume", Email: "leitung@kita.example"}, To: alex,
				Subject: "Ihre Anmeldung",
				Excerpt: "Sehr geehrter Herr Rivera, leider können wir Ihnen für September keinen Betreuungsplatz anbieten. Alle Plätze in der Krippe sind vergeben."},
			false, ""},
		{"still interviewing others, in Spanish, is no choice made",
			mailmsg.Message{From: mailmsg.Address{Name: "Marta", Email: "marta@empresa.example"}, To: alex,
				Subject: "Novedades del proceso – Lead Data Analyst",
				Excerpt: "Hola Alex, seguimos entrevistando a otros candidatos para el puesto y la decisión la tendremos a finales de la semana que viene."},
			true, StageAwaitingDecision},
	})
}

// TestForwardUnderOutlookHeaders: a forward sent into the thread (reply
// headers kept) whose forwarded message opens with Outlook's header block
// instead of a separator line is read as what it forwards; a reply that
// quotes under the same block is read by its own words.
func TestForwardUnderOutlookHeaders(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	note := "Hi Alex,\n\nPassing along Marco's note below. Thank you so much for your time through the process.\n\nTessa\n\n" +
		"From: Marco Bellini <marco@studio.example>\nSent: Tuesday, June 22, 2027 6:37 PM\nTo: Tessa Grant <tessa@studio.example>\nSubject: RE: debrief\n\n" +
		"Alex, it was a close call. We need the person in this seat in the Lyon studio three days a week, and we've offered the role to a candidate who is already local.\n\nAll the best,\nMarco"
	fwd := mailmsg.Message{From: mailmsg.Address{Name: "Tessa Grant", Email: "tessa@studio.example"}, To: alex,
		Subject: "FW: Alex Rivera – debrief", InReplyTo: "<app1@mail.example>", Excerpt: note}
	checkJobStage(t, "a forward under Outlook's header block", fwd, true, StageRejected)

	reply := fwd
	reply.Subject = "RE: Alex Rivera – debrief"
	reply.Excerpt = "Hi Alex, thanks, all received. I'll be in touch by Friday.\n\nTessa\n\n" +
		"From: Alex Rivera <alex.rivera@mail.example>\nSent: Monday, June 21, 2027 9:05 AM\nTo: Tessa Grant <tessa@studio.example>\nSubject: debrief\n\n" +
		"Hi Tessa, here are the references you asked for. We've offered the role to a candidate - joking, that's your line!"
	if v := Classify(&reply); v.Stage == StageRejected {
		t.Errorf("a reply quoting under Outlook's block: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}

// TestShortRepliesInAThread: a coordinator's slots under a subject that
// names the post by rank and title, below a quoted "final loop", is job
// mail; a calendar invitation's footer ("you are receiving this ...
// because you are an attendee") is no newsletter's. Near misses: a
// newsletter's own "you are receiving this" stays, and a subject naming a
// title without a rank ("Platform engineering meetup") gets nothing.
func TestShortRepliesInAThread(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	slots := mailmsg.Message{From: mailmsg.Address{Name: "Priya N", Email: "priya@grid.example"}, To: alex,
		Subject: "Re: Halcyon Grid - Senior Platform Engineer", InReplyTo: "<c1@mail.example>",
		Excerpt: "Hi Alex, nice to e-meet!\n\nWould any of these work? It's about 3.5 hrs on Zoom.\n\n- Tue 6/22, 12:00 - 3:30pm ET\n- Wed 6/23, 9:30am - 1:00pm ET\n\nPriya\n\nOn Tue, Jun 15, 2027 at 9:12 AM Sam <sam@grid.example> wrote:\n> Great news Alex - the team would like to bring you in for the final loop. Looping in Priya, who runs our scheduling."}
	checkJobStage(t, "slots under a rank-and-title subject", slots, true, "")

	meetup := mailmsg.Message{From: mailmsg.Address{Name: "Meetup", Email: "info@meetup.example"}, To: alex,
		Subject: "Platform engineering meetup - Thursday", Excerpt: "Join us on Thursday for talks and pizza. RSVP on the page."}
	checkJobStage(t, "a meetup named for engineers", meetup, false, "")

	footer := "Invitation from Google Calendar\nYou are receiving this email at the account alex.rivera@mail.example because you are an attendee on the event."
	if toks, hits := newsletterHits(footer); len(hits) != 0 {
		t.Errorf("a calendar footer: newsletter hits %v in %q", hits, toks)
	}
	if _, hits := newsletterHits("You are receiving this newsletter because you subscribed at our website."); len(hits) == 0 {
		t.Errorf("a newsletter's footer lost its newsletter hit")
	}
}

// newsletterHits are the newsletter hits prepare keeps for body.
func newsletterHits(body string) ([]string, []string) {
	var d doc
	d.prepare(&mailmsg.Message{Subject: "x", Excerpt: body, Date: base})
	defer d.release()
	var names []string
	for _, h := range d.bodyHits[clsNewsletter] {
		names = append(names, h.t.text)
	}
	return d.bodyToks, names
}

// TestOpportunityInOtherLanguages: a headhunter's "Oportunidad Data
// Analyst" names a post by its title as "opportunity" does in English.
func TestOpportunityInOtherLanguages(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Name: "Camila Rojas", Email: "camila@headhunters.example"},
		Subject: "Oportunidad Data Analyst - fintech en Bogotá",
		Excerpt: "Hola Alex, vi tu perfil y creo que encajas muy bien en una oportunidad de Data Analyst en una fintech. ¿Tendrías 20 minutos esta semana para una llamada?"}
	checkJobStage(t, "a headhunter's opportunity in Spanish", m, true, "")
}
