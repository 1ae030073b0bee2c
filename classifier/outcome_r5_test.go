package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestFifthRoundCues: the fifth round's general cues, each in sentences
// written for this test (none a tuning message's words), with the
// near-misses that share their words and must not say no. The message is
// a reply whose subject names only the post, as most of the round's
// misses were.
func TestFifthRoundCues(t *testing.T) {
	tests := []struct {
		cue  string
		rej  []string
		near []string
	}{
		{"a step in the present or the first person plural",
			[]string{
				"Abbiamo parlato con il team e per ora non andiamo avanti con la tua candidatura.",
				"Lo hemos hablado y no seguimos adelante, gracias por tu tiempo.",
				"Après réflexion, nous n'avançons pas avec votre candidature.",
				"Depois da conversa com a equipa, não avançamos com o processo.",
			},
			[]string{
				"Andiamo avanti con il colloquio tecnico giovedì alle 10?",
				"Seguimos adelante con la entrevista final el martes.",
			}},
		{"a choice set on someone else",
			[]string{
				"Alla fine abbiamo deciso di puntare su un profilo più senior.",
				"Finalement, on part sur quelqu'un qui connaît déjà notre stack.",
				"Hemos apostado por otra persona con más experiencia en pagos.",
				"A decisão acabou por recair noutro candidato.",
			},
			[]string{
				"Vogliamo puntare su di te per il nuovo team.",
				"On part sur un call mardi à 14h ?",
			}},
		{"the post offered to someone else, in any inflection",
			[]string{
				"Hemos decidido ofrecer la posición a otra candidata.",
				"Abbiamo offerto il ruolo a un'altra persona.",
				"Nous avons proposé le poste à une autre personne.",
			},
			[]string{
				"Queremos ofrecer el puesto a ti: ¿cuándo podrías empezar?",
			}},
		{"someone brought in",
			[]string{
				"The manager decided to bring in someone with more healthcare reporting experience.",
				"They've brought in someone from their Boston office instead.",
			},
			[]string{
				"We'd like to bring you in for a final interview on Thursday.",
			}},
		{"a profile not submitted",
			[]string{
				"The client only takes W2 now, so I can't submit your profile for this one.",
			},
			[]string{
				"Please submit your availability for next week's interview.",
			}},
		{"the search kept open or continued",
			[]string{
				"The panel has decided to keep the search open for a candidate with deeper ML experience.",
				"Hemos decidido seguir buscando un perfil con más experiencia en Kotlin.",
				"Wir werden weiter suchen und wünschen Ihnen alles Gute.",
			},
			[]string{
				"We're still looking for a data engineer; would you be open to a chat?",
			}},
		{"not on the shortlist",
			[]string{
				"We sent four names to the board and your profile isn't among them.",
			},
			[]string{
				"You're among the final three, and the board meets on Friday.",
			}},
		{"excluded from a competition",
			[]string{
				"O júri deliberou propor a sua exclusão do concurso por falta de documentos.",
				"You have been excluded from the selection process for missing the deadline.",
			},
			nil},
		{"who it will not be",
			[]string{
				"We decided this morning and it isn't going to be you, sorry.",
			},
			[]string{
				"It's going to be you and two others in the final round.",
			}},
		{"someone else with more, as a mismatch",
			[]string{
				"Gracias por la charla. Ahora mismo necesitamos a alguien con bastante más experiencia en pagos. ¡Mucha suerte!",
				"In the end the founders want someone with deeper embedded experience. Best of luck with the search.",
			},
			[]string{
				"We're looking for someone with more backend experience; would you be open to a chat on Tuesday?",
				"If you know someone with more Kotlin experience, send them our way!",
			}},
		{"stop here, in the other languages",
			[]string{
				"Necesitamos a alguien presencial en Bilbao, así que lo dejamos aquí. ¡Suerte!",
				"Helaas vraagt de rol vier dagen op kantoor, dus we stoppen hier.",
				"Per questa posizione ci fermiamo qui, ma restiamo in contatto.",
				"Pour ce poste on s'arrête là, merci pour ton temps.",
			},
			nil},
		{"passing said of this candidacy, not of someone else",
			[]string{
				"Heard back from the client: they're passing on this one.",
			},
			[]string{
				"I'm going to pass on the second candidate; let's go with her.",
				"I'll pass on your CV to the hiring manager today.",
			}},
		{"the seat spoken for",
			[]string{
				"They converted a contractor, so the seat is spoken for.",
			},
			[]string{
				"We've spoken for an hour about the role and I'd love to continue on Tuesday.",
				"Friday at 2 is spoken for, could we do Monday instead?",
			}},
	}
	msg := func(body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Data Engineer",
			InReplyTo: "<a@fastmail.com>", Date: base, Excerpt: "Hi Alex,\n\n" + body + "\n\nJane"}
	}
	for _, tt := range tests {
		for _, b := range tt.rej {
			if v := Classify(msg(b)); v.Stage != StageRejected {
				t.Errorf("%s: Classify(%q) = stage %s, want rejected; reasons %q", tt.cue, b, v.Stage, v.Reasons)
			}
		}
		for _, b := range tt.near {
			if v := Classify(msg(b)); v.Stage == StageRejected {
				t.Errorf("%s: Classify(%q) = rejected, want no rejection; reasons %q", tt.cue, b, v.Reasons)
			}
		}
	}
}

// TestFifthRoundMessages: the cues that read a message's structure.
func TestFifthRoundMessages(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a bare 'filled' in a reply about a post",
			mailmsg.Message{From: mailmsg.Address{Email: "rick@agency.example"}, Subject: "Re: Go developer role - still open?",
				InReplyTo: "<a@fastmail.com>", Excerpt: "Already filled, sorry. Will ping you on the next one."},
			true, StageRejected},
		{"a bare 'filled' in a reply about a form is no rejection",
			mailmsg.Message{From: mailmsg.Address{Email: "anna@example.org"}, Subject: "Re: volunteer form",
				InReplyTo: "<a@fastmail.com>", Excerpt: "Filled in and sent back. See you Saturday!"},
			false, StageOther},
		{"a portal's status table",
			mailmsg.Message{From: mailmsg.Address{Email: "no-reply@staffing.example"}, Subject: "Your submission status has changed",
				Excerpt: "There has been an update to one of your job submissions.\n\nJob\nBI Developer (Contract)\nNew status\nClient Rejected\n"},
			true, StageRejected},
		{"a payment's status is no rejection",
			mailmsg.Message{From: mailmsg.Address{Email: "billing@shop.example"}, Subject: "Your order",
				Excerpt: "Order 1182\nPayment status\nDeclined\nPlease update your card."},
			false, StageOther},
		{"a person's reply relayed by a messaging service",
			mailmsg.Message{From: mailmsg.Address{Name: "Dana Lee via LinkedIn", Email: "inmail-hit-reply@linkedin.example"},
				Subject: "Re: Platform Engineer (Acme)", ListUnsubscribe: "<https://linkedin.example/unsub>",
				Excerpt: "Hi Alex, I spoke with the hiring manager and they won't be moving forward with your application. Let's stay in touch."},
			true, StageRejected},
		{"a mailing list's 'via' stays bulk",
			mailmsg.Message{From: mailmsg.Address{Name: "Dana Lee via golang-jobs", Email: "golang-jobs@groups.example"},
				Subject: "Re: Platform Engineer (Acme)", ListUnsubscribe: "<https://groups.example/unsub>", ListID: "<golang-jobs.groups.example>",
				Excerpt: "Unfortunately we won't be moving forward with your application."},
			false, StageOther},
		{"the writer offers to be a reference",
			mailmsg.Message{From: mailmsg.Address{Email: "vp@robots.example"}, Subject: "Staff Data Engineer",
				Excerpt: "After the onsite the team decided to keep the search open for someone with fleet telemetry experience. I'd be glad to be a reference for you anywhere."},
			true, StageRejected},
		{"the writer offers to act as a reference",
			mailmsg.Message{From: mailmsg.Address{Email: "hm@ledger.example"}, Subject: "Senior Platform Engineer",
				Excerpt: "We offered the role to a candidate with more payments experience. If it would help with anything else you're interviewing for, I'm happy to act as a reference on the parts of the process you completed with us."},
			true, StageRejected},
		{"a colleague the writer speaks for offers to be a reference",
			mailmsg.Message{From: mailmsg.Address{Email: "consultant@search.example"}, Subject: "Finance Director search",
				Excerpt: "The client decided to go with another finalist. For what it's worth, the managing partner asked me to tell you he'd be glad to be a reference point if you're considered for a similar role elsewhere."},
			true, StageRejected},
		{"asked to act as a reference for someone else, the reader is no candidate",
			mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Reference for Sam Ortiz",
				Excerpt: "Sam Ortiz is a finalist for our Data Lead role and listed you as a reference. Would you be happy to act as a reference in a 15-minute call this week?"},
			false, StageOther},
		{"a post neither filled inside nor outside is withdrawn",
			mailmsg.Message{From: mailmsg.Address{Email: "hr@chemie.example"}, Subject: "Ihre Bewerbung als Data Architect",
				Excerpt: "Wir stellen das Auswahlverfahren ein. Die ausgeschriebene Stelle entfällt im Zuge der Umstrukturierung und wird weder intern noch extern besetzt. Ich bedauere das sehr und wünsche Ihnen für Ihre weitere Suche alles Gute."},
			true, StageWithdrawn},
		{"a talk not selected, in Spanish, is no job mail",
			mailmsg.Message{From: mailmsg.Address{Email: "cfp@conf.example"}, Subject: "Sobre tu propuesta de charla",
				Excerpt: "Lamentamos comunicarte que tu propuesta no ha sido seleccionada para el programa. El comité de programa recibió 400 propuestas."},
			false, StageOther},
	})
}

// TestInterviewOfReply: a short reply under an interview subject that
// fixes, asks or promises its time is the interview being arranged; the
// same reply in a press, research or someone else's hiring conversation
// is not job mail.
func TestInterviewOfReply(t *testing.T) {
	tests := []struct {
		subject, body, quoted string
		job                   bool
	}{
		{"Re: Northwind would like to interview you", "Wednesday 14:00 it is. The coordinator sends the invite today.", "Wednesday at 2pm works for me.", true},
		{"Re: Entrevista con Grupo Delta", "¡Listo! Queda confirmada para el martes a las 9:30, te llega la liga por correo.", "El martes por la mañana me viene bien.", true},
		{"Re: Entretien technique", "Je vois avec l'équipe et je te reviens d'ici vendredi avec un créneau.", "Je suis disponible la semaine prochaine.", true},
		{"Re: Acme interview - how was it?", "They want a second round. Are you free Monday or Tuesday afternoon?", "It went well, I think.", true},
		{"Re: Interview for the DevTalk podcast", "Tuesday at 3 works, see you on the recording link.", "Happy to join the podcast episode.", false},
		{"Re: Interview", "Tuesday at 3 works. Speak then.", "Thanks for agreeing to talk to our podcast listeners about migrations.", false},
		{"Re: Quick interview about your experience with AppCo", "Thursday 10am works, thanks.", "Happy to help with your user research study.", false},
		{"Re: the interview with grandma", "Are you still up for dinner on Saturday? I booked the place for 7pm.", "I'll bring the recorder.", false},
		{"Re: interview notes", "I've attached the notes. Let's discuss the access control changes on Thursday.", "Here are my notes.", false},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "kim@example.com"}, Subject: tt.subject, InReplyTo: "<a@fastmail.com>",
			Date: base, Excerpt: tt.body + "\n\nOn Mon, Alex wrote:\n> " + tt.quoted + "\n> Alex\n"}
		if v := Classify(m); v.Job != tt.job {
			t.Errorf("Classify(%q / %q) job %v, want %v; reasons %q", tt.subject, tt.body, v.Job, tt.job, v.Reasons)
		}
	}
}

// TestFifthRoundNotJob: the reader hiring, renting or a guest on a show,
// in the words the fifth round found, each written for this test.
func TestFifthRoundNotJob(t *testing.T) {
	tests := []struct{ subject, body string }{
		{"Kandidaten data-analist", "Dank voor je hulp bij de interviews. Kun je vóór vrijdag je scorecards invullen voor Sem en Lotte? Dan stuur ik maandag de afwijzingsmail naar de kandidaten."},
		{"Re: Debrief - backend candidate", "Agreed, not a fit. Can you hit the reject button in Lever today? I'll get the other two finalists scheduled for Tuesday."},
		{"3 candidates for your open backend req", "We have three pre-vetted engineers available to interview this week. Our fee is only payable if you hire. Do you have 15 minutes on Thursday?"},
		{"Esito della sua candidatura per il trilocale", "Purtroppo il proprietario ha scelto un altro inquilino. La sua candidatura non è stata accolta. Ufficio Locazioni"},
		{"Your interview on Data Chats is confirmed", "You're booked! Your interview on the show is Thursday at 17:00. Before the recording, please send a headshot. We'll do a quick sound check first."},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "sam@example.com"}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if v.Job {
			t.Errorf("Classify(%q) is a job message; reasons %q", tt.subject, v.Reasons)
		}
	}
}

// TestFifthRoundOffers: "on board" and "on the team" in other languages,
// and an offer that names its own conditions (a background check
// pending) while it asks for the answer; an offer already accepted makes
// none, whatever it asks.
func TestFifthRoundOffers(t *testing.T) {
	tests := []struct {
		subject, body string
		offer         bool
	}{
		{"Goed nieuws", "We willen je graag aan boord hebben als data engineer. Salaris: € 70.000 bruto per jaar. Startdatum 1 maart. Het contract volgt volgende week.", true},
		{"Offer - Analytics Engineer", "Great news, the client wants you on the team. Pay rate $75/hr, start date June 2 (pending background check). I need your yes or no by Friday.", true},
		{"Unser Angebot", "Wir freuen uns, Ihnen die Position als Data Engineer anbieten zu dürfen. Jahresgehalt 80.000 EUR, Starttermin 1. Mai. Das Angebotsschreiben finden Sie im Anhang.", true},
		{"Next steps", "Thanks for accepting the offer! Please complete the background check by Friday; your start date is June 2 and the contract is attached.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "kim@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if got := v.Stage == StageOffer; got != tt.offer {
			t.Errorf("Classify(%q) stage %s, want offer %v; reasons %q", tt.subject, v.Stage, tt.offer, v.Reasons)
		}
	}
}

// TestFifthRoundPromises: promises in the forms the fifth round found (a
// verb of intent, the familiar form, news the reader will have, hearing
// from someone), in sentences written for this test; a present tense with
// no time after it promises nothing.
func TestFifthRoundPromises(t *testing.T) {
	tests := []struct {
		body    string
		promise bool
	}{
		{"Ainda estamos a falar com dois finalistas; conto dar-lhe uma resposta até sexta-feira.", true},
		{"Je vois ça avec l'équipe et je te reviens d'ici vendredi.", true},
		{"Vais ter notícias nossas no prazo de 5 dias úteis.", true},
		{"Wir sprechen morgen im Team darüber, du hörst spätestens Donnerstag von mir.", true},
		{"Du hörst dich nach einem spannenden Projekt an, danke für das Gespräch.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "kim@acme.example"}, Subject: "Re: Entrevista / Gespräch / entretien",
			InReplyTo: "<a@fastmail.com>", Date: base, Excerpt: tt.body})
		if got := v.PromiseAt != nil; got != tt.promise {
			t.Errorf("Classify(%q) promise %v, want %v; reasons %q", tt.body, got, tt.promise, v.Reasons)
		}
	}
}

// interviewDateOf classifies a message from an employer at base, a reply
// to the reader's when reply is set, and returns its interview date
// ("2006-01-02", "" for none) and the verdict.
func interviewDateOf(subject, body string, reply bool) (string, Verdict) {
	m := &mailmsg.Message{From: mailmsg.Address{Email: "kim@acme.example"}, Subject: subject, Date: base, Excerpt: body}
	if reply {
		m.InReplyTo = "<a@fastmail.com>"
	}
	v := Classify(m)
	if v.InterviewAt == nil {
		return "", v
	}
	return v.InterviewAt.Format("2006-01-02"), v
}

// TestFifthRoundInterviewDates: a calendar's invitation subject without
// its event, in any language's short month forms, and a time accepted as
// "... it is", written for this test; a subject that only looks like one
// sets nothing.
func TestFifthRoundInterviewDates(t *testing.T) {
	tests := []struct {
		subject, body string
		reply         bool
		want          string
	}{
		{"Invitación: Entrevista técnica – Alex Rivera @ mié 19 may 2027 10:00 - 11:00 (CEST)", "Hola Alex, entrevista técnica con el equipo.", false, "2027-05-19"},
		{"Einladung: Zweitgespräch @ Do 22. Apr. 2027 14:00 - 15:00 (MESZ)", "Hallo Alex, anbei die Einladung zum Gespräch.", false, "2027-04-22"},
		{"Re: Acme would like to interview you", "Friday 14:00 it is. The coordinator sends the invite today.", true, "2027-04-09"},
		{"Dinner @ Luigi's", "See you at the interview dinner on Friday!", false, ""},
	}
	for _, tt := range tests {
		got, v := interviewDateOf(tt.subject, tt.body, tt.reply)
		if tt.want != "" && got != tt.want || tt.want == "" && strings.Contains(strings.Join(v.Reasons, " "), "calendar invitation subject") {
			t.Errorf("Classify(%q) interview %q, want %q; reasons %q", tt.subject, got, tt.want, v.Reasons)
		}
	}
}

// TestFifthRoundJobWords: an agency's contract words, finalists and the
// reader as the one interviewed make job mail; a payroll's W-2 does not.
func TestFifthRoundJobWords(t *testing.T) {
	tests := []struct {
		subject, body string
		job           bool
	}{
		{"Re: Snowflake Developer - Remote - 6 months", "85/hr C2C is the max the end client will go. Can you work with that? If yes send the signed RTR today.", true},
		{"Atualização sobre o processo", "Concluímos as entrevistas finais e o painel está a avaliar todos os finalistas; conto dar-lhe uma resposta até ao final do mês.", true},
		{"Thanks for today!", "The interviewers submit their scorecards tomorrow and the debrief is Thursday. I'll call you Friday to let you know where things stand. Any questions after your conversations, send them my way.", true},
		{"Your W2 is ready", "Your 2026 W2 is ready to download from the payroll portal.", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "kim@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if v.Job != tt.job {
			t.Errorf("Classify(%q) job %v, want %v; reasons %q", tt.subject, v.Job, tt.job, v.Reasons)
		}
	}
}
