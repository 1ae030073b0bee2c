package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The forty-second round (tune_written/r42_*: trades, schools, owner-run
// businesses, local government) came in with its no's said in an owner's
// own voice: a negation raised onto "think", European Portuguese past
// tenses and wishes, an Italian "inserirti", the answer to an application
// nobody advertised for. Each case failed on the code before.
func TestR42Rejections(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a negation raised onto a verb of thinking", "ros@crookedspinebooks.example", "The Crooked Spine",
			"Dear Alex,\n\nI'm so sorry it has taken me longer than I said to write.\n\n" +
				"I loved talking to you on the phone last Tuesday. But I don't think I'm going to be able to offer you the Saturday position after all. " +
				"Our Saturday girl from last year has asked whether she could come back, and she knows the shop, so it felt right to say yes to her.\n\nWarmly,\nRos",
			true, StageRejected},
		{"a European Portuguese past tense and its wishes", "ines.carvalho@atelierfonte.example", "Candidatura - Arquiteto(a) Júnior",
			"Caro Alex,\n\nAgradecemos mais uma vez a sua disponibilidade para a entrevista e o interesse demonstrado pelo Atelier Fonte.\n\n" +
				"Depois de concluído o processo de seleção, informamos que optámos por outro candidato, cujo percurso em obra se adequa melhor às necessidades do atelier.\n\n" +
				"Desejamos-lhe as maiores felicidades profissionais.\n\nCom os melhores cumprimentos,\nInês Carvalho",
			true, StageRejected},
		{"no place in the team this time, in Italian", "info@pasticceria-ornaghi.example", "Re: candidatura banco",
			"Ciao Alex,\n\nscusa se ti rispondo solo adesso.\n\nTi ringrazio tanto per esserti proposto per il posto al banco. " +
				"Purtroppo non siamo riusciti a inserirti questa volta: alla fine abbiamo preso una ragazza che può coprire anche i turni della domenica.\n\n" +
				"Ti auguro di trovare presto il posto giusto.\n\nGiovanna",
			true, StageRejected},
		{"not hiring, to an application nobody advertised for", "office@macisaacelectric.example", "Re: Electrician - resume",
			"Hi Alex,\n\nThanks for reaching out. Unfortunately we're not hiring right now - we've got a full crew through the winter and nothing new starting until spring.\n\n" +
				"Feel free to try us again in March or April.\n\nThanks,\nHeather",
			true, StageRejected},
	})
	// Still an offer, and still congratulations.
	checkLetterVerdicts(t, []letterVerdict{
		{"an offer after a thought", "ros@crookedspinebooks.example", "The Crooked Spine",
			"Dear Alex,\n\nI think I'm going to be able to offer you the Saturday position after all - would you like it?\n\nWarmly,\nRos",
			true, StageOffer},
	})
	if v := Classify(letter("rh@atelierfonte.example", "Proposta - Arquiteto(a) Júnior",
		"Caro Alex,\n\nFelicidades! Temos o prazer de lhe apresentar a nossa proposta para a posição de Arquiteto Júnior.\n\nInês")); v.Stage == StageRejected {
		t.Errorf("congratulations on an offer read as a no: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}

// Real applicant-tracking systems beyond the big American ones (JobAdder,
// NEOGOV, Varbi, ...): an employer's word through them is about an
// application even under the platform's unsubscribe footer, and the
// vendor's own mail in its own name (a job alert) is a mailing.
func TestR42TrackingSystems(t *testing.T) {
	no := &mailmsg.Message{
		From:    mailmsg.Address{Name: "Redgum Mining Services", Email: "notifications@jobadder.com"},
		ReplyTo: []mailmsg.Address{{Email: "talent@redgummining.example"}},
		To:      []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}}, Date: base,
		Subject:         "Heavy Duty Diesel Fitter – FIFO 2/1 (Pilbara) – Application Update",
		ListUnsubscribe: "<https://app.jobadder.com/unsubscribe/c/8812a71>",
		Excerpt: "Hi Alex,\n\nThank you for applying for the Heavy Duty Diesel Fitter role with Redgum Mining Services.\n\n" +
			"We have now reviewed all applications and unfortunately on this occasion you have not been successful in progressing to the next stage.\n\n" +
			"We wish you all the best in your future endeavours.\n\nTalent Acquisition Team\n\nTo unsubscribe from future emails, click here: https://app.jobadder.com/unsubscribe/c/8812a71",
	}
	if v := Classify(no); !v.Job || v.Stage != StageRejected {
		t.Errorf("a no through JobAdder: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	alert := &mailmsg.Message{
		From: mailmsg.Address{Name: "Varbi Jobbevakning", Email: "noreply@varbi.com"},
		To:   []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}}, Date: base,
		Subject:         "3 nya jobb som matchar din bevakning",
		ListUnsubscribe: "<https://www.varbi.com/se/bevakning/unsubscribe/?u=a7c19f>",
		Excerpt: "Hej Alex,\n\nHär är nya lediga tjänster som matchar din bevakning:\n\n- Forskningsingenjör, Institutionen för fysik\n- Postdoktor i materialvetenskap\n- Systemutvecklare, IT-avdelningen\n\n" +
			"Sök tjänsten senast sista ansökningsdag.\n\nAvsluta bevakningen: https://www.varbi.com/se/bevakning/unsubscribe/?u=a7c19f",
	}
	if v := Classify(alert); v.Job || !v.Bulk {
		t.Errorf("the vendor's own job alert: job %v bulk %v; reasons %q", v.Job, v.Bulk, v.Reasons)
	}
	// An employer's name "via" the vendor is the employer's word.
	via := *no
	via.From = mailmsg.Address{Name: "Maple Hollow Public Schools via SchoolSpring", Email: "noreply@schoolspring.com"}
	if v := Classify(&via); !v.Job {
		t.Errorf("an employer via SchoolSpring: job %v; reasons %q", v.Job, v.Reasons)
	}
}

// A school hiring a teacher is the employer, not a place applied for for a
// child; an application to volunteer, said so, is none to a post; a post
// the employer will not fill is withdrawn, not a no to the reader.
func TestR42OtherKinds(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a school's vetting request for its new teacher", "office@kilbrennan-school.example", "Garda Vetting - NVB1 invitation form",
			"Dear Alex,\n\nCongratulations again on your appointment to the fixed-term post of Mathematics teacher for 2027/28.\n\n" +
				"Before you can take up the post, you must be vetted by the National Vetting Bureau. Please complete the attached NVB1 form and return it to me with a copy of your passport.\n\n" +
				"You will then receive an email with a link to complete your e-vetting application online.\n\nKind regards,\nOrla Brennan\nDeputy Principal\nKilbrennan Secondary School",
			true, ""},
		{"an application to volunteer", "volontari@mezzamaratona.example", "La tua candidatura come volontario",
			"Ciao Alex,\n\ngrazie di cuore per esserti candidato come volontario per la Mezza Maratona del 17 ottobre!\n\n" +
				"Purtroppo abbiamo già coperto tutti i posti disponibili per i ristori. Non riusciamo quindi a inserirti nella squadra di questa edizione.\n\nLo staff volontari",
			false, ""},
		{"the post not filled at all", "hr@kootenayrivers-sd.example", "Carpentry/Trades Teacher 0.6 FTE (KR-27-0612)",
			"Dear Alex Rivera,\n\nThank you for applying to the Carpentry/Trades Teacher posting. Please be advised that due to lower than projected enrolment, " +
				"the District will not be filling this position for the 2027-2028 school year.\n\nHuman Resources",
			true, StageWithdrawn},
	})
}

// Offers in an owner's words: a crew boss's "keen to have you on" with the
// hourly rate and a start day, an Italian studio's proposal with its fee
// and draft agreement, a Brazilian agency's "queremos muito você no time"
// with the monthly fee; and what must come before any offer is none.
func TestR42Offers(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a crew boss's offer", "shane@summitroofing.example", "Job",
			"Alex\n\nShane here from Summit Roofing. Boys rated you so keen to have you on. $31 an hour to start going to $34 once youre signed off. " +
				"40 hrs plus whatever OT going.\n\nCan you start Monday 15th? Mere will do the employment agreement.\n\nLet me know yes or no\n\nShane",
			true, StageOffer},
		{"a studio's proposal with its fee", "chiara@officinalanterna.example", "Proposta di collaborazione - Officina Lanterna",
			"Ciao Alex,\n\neccoci! Ne abbiamo parlato a lungo e io e Davide saremmo davvero felici di averti con noi.\n\n" +
				"Ti proponiamo una collaborazione continuativa da remoto, per 25 ore a settimana, con un compenso di 1.900 € lordi al mese.\n\n" +
				"Ti allego la bozza di accordo. Facci sapere se ti va e se hai domande.\n\nChiara e Davide",
			true, StageOffer},
		{"an agency's proposal with its monthly fee", "thiago@marealta.example", "Proposta - Designer Sênior | Maré Alta",
			"Oi Alex,\n\nChegou a hora! Conseguimos a aprovação do cliente e queremos muito você no time.\n\nSegue a nossa proposta:\n" +
				"- Função: Designer Sênior\n- Valor: US$ 4.200 por mês\n- Carga: 40h semanais\n\nA proposta formal em PDF está em anexo. " +
				"Se estiver tudo certo, é só responder com o seu \"de acordo\" e a gente prepara o contrato.\n\nThiago",
			true, StageOffer},
	})
	ack := letter("recruitment.noreply@education.example", "Application received - Classroom Teacher (Mathematics) - Job ref 00148213",
		"Dear Alex Rivera\n\nThank you for applying for the position of Classroom Teacher (Mathematics) at Wattle Creek High School.\n\n"+
			"Your application has been received and will be provided to the selection panel. You can expect to hear from the panel convenor within two weeks.\n\n"+
			"Before any offer of employment can be made you will need a current Working With Children Check clearance.\n\nRecruitment")
	if v := Classify(ack); !v.Job || v.Stage == StageOffer {
		t.Errorf("what must come before any offer: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}

// What r42 read as a no that was none: a public body's interview call
// whose post is named by its title after "un puesto de" (no one hired), a
// slot given up "so that it can be given to someone else", and the
// database a recruiter found the reader in.
func TestR42NotRejections(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an interview call for a post named by its title", "seleccion@diputacion-almenara.example", "Convocatoria a entrevista personal - Técnico/a Superior de Movilidad",
			"Estimado Sr. Rivera:\n\nPor la presente le comunicamos que, una vez concluida la fase de valoración de méritos del proceso selectivo para la provisión, " +
				"mediante contratación laboral temporal, de un puesto de Técnico/a Superior de Movilidad, ha obtenido la puntuación necesaria para acceder a la fase de entrevista personal.\n\n" +
				"Se le convoca a la entrevista que tendrá lugar el jueves, 23 de septiembre de 2027, a las 11:00 horas.\n\nServicio de Recursos Humanos",
			true, ""},
		{"a slot given up for someone else", "termine@lindenbrueck-stadt.example", "Ihr Vorstellungsgespräch am Donnerstag",
			"Sehr geehrter Herr Rivera,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch für die Stelle als Sachbearbeiter am Donnerstag, 14.10.2027, um 09:20 Uhr.\n\n" +
				"Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab, damit er anderweitig vergeben werden kann.\n\nPersonalamt",
			true, ""},
	})
	found := letter("rosalind@meridian-educators.example", "Head of Mathematics - international school, Madrid",
		"Hi Alex,\n\nYour profile came up when I was searching our candidate database for experienced IB maths teachers.\n\n"+
			"I'm working on a Head of Mathematics role for a client school in Madrid. Would you be open to a quick call this week?\n\nRosalind")
	if v := Classify(found); v.Outcome > 0 {
		t.Errorf("the database a recruiter searched read as a no's: rejection points %.2g, stage %s; reasons %q", v.Outcome, v.Stage, v.Reasons)
	}
}

// A responder's acknowledgement marked only by its Auto-Submitted header
// ("your email has landed safely with us"), or under "Automatic reply:"
// in words the acknowledgements lacked ("If you have sent us an
// application for the post ..., it has been received"), is about the
// application, with its promise: no absence notice.
func TestR42AutomaticAcknowledgements(t *testing.T) {
	for _, m := range []*mailmsg.Message{
		{From: mailmsg.Address{Name: "Saltbush Studio", Email: "hello@saltbushstudio.example"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
			Subject: "Auto: Thanks for getting in touch with Saltbush Studio", Date: base, AutoSubmitted: "auto-replied", XAutoreply: "yes",
			Excerpt: "Hi there,\n\nThis is an automatic reply to let you know your email has landed safely with us.\n\n" +
				"If you're applying for our Junior Designer role: thank you! We read every application ourselves, and we'll reply to you personally within 3 working days.\n\n" +
				"If you're a client, Bec or Josh will get back to you as soon as possible.\n\nThe Saltbush Studio crew"},
		{From: mailmsg.Address{Name: "Hollinsworth Academy Recruitment", Email: "recruitment@hollinsworth-academy.example"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
			Subject: "Automatic reply: Application - Teacher of Maths - Alex Rivera", Date: base, AutoSubmitted: "auto-replied",
			Excerpt: "Thank you for your email to the Hollinsworth Academy recruitment inbox. This is an automatic reply - please do not respond to it.\n\n" +
				"If you have sent us an application for the post of Teacher of Mathematics, it has been received. We will let all applicants know whether or not they have been shortlisted by Friday 16 April.\n\n" +
				"If your email is about something else, a member of the HR team will respond during normal office hours."},
	} {
		if v := Classify(m); !v.Job || v.Stage != StageApplicationAck || v.PromiseAt == nil {
			t.Errorf("%s: job %v stage %s promise %v; reasons %q", m.Subject, v.Job, v.Stage, v.PromiseAt, v.Reasons)
		}
	}
}
