package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// promiseDateOf is the promise Classify reads in text sent on base under
// an interview's subject: a date, "undated" or "".
func promiseDateOf(text string) (string, Verdict) {
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Backend Engineer interview",
		Date: base, Excerpt: text + "\n\nJane"})
	got := dateOf(v.PromiseAt)
	if v.PromiseUndated {
		got = "undated"
	} else if got == "-" {
		got = ""
	}
	return got, v
}

// TestSeventhRoundPromises: promises in the forms the seventh round found,
// by grammar: a commitment or forecast before an infinitive of giving or
// having ("ci impegniamo a darle", "nossa previsão é dar", "te vamos a
// dar", "devemos ter uma definição"), the employer's answer relayed ("dá
// uma resposta"), telling and sending in the present ("te digo algo",
// "je t'envoie d'ici lundi", "te la mando el lunes"), Québec's "nous
// communiquerons avec vous", "je vous reviens", "communicating the
// decision", "be back to you", a verb of sending whose object goes to the
// reader or is what the reader waits for, all the candidates contacted
// by a date, and "in any case" that is no condition. Near-misses: this
// message telling or sending ("te cuento cómo ...:", "je vous envoie
// ci-joint"), sending to someone else or a meeting's logistics, the
// candidates contacted with no date, an infinitive with no intent and a
// condition in its own coordinated clause. Written for this test.
func TestSeventhRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Nossa previsão é dar um retorno a todos os candidatos em até duas semanas.", "2027-04-22"},
		{"Ci impegniamo in ogni caso a darle una risposta entro 5 giorni lavorativi.", "2027-04-15"},
		{"Nos comprometemos a darte una respuesta dentro de los próximos 3 días hábiles.", "2027-04-13"},
		{"Te cuento cómo sigue: esta semana cerramos las entrevistas y te vamos a dar una respuesta a más tardar el viernes 16 de abril.", "2027-04-16"},
		{"Devemos ter uma definição até sexta-feira.", "2027-04-09"},
		{"O cliente me disse que dá uma resposta em até 5 dias úteis.", "2027-04-15"},
		{"Lo hablo con el equipo y te digo algo a mediados de la semana que viene.", "2027-04-14"},
		{"Je t'envoie d'ici lundi un retour écrit sur l'étude de cas.", "2027-04-12"},
		{"Te la mando el lunes, en cuanto la firme la directora.", "2027-04-12"},
		{"Je vous reviens au plus tard à la fin de la semaine prochaine.", "2027-04-16"},
		{"Nous communiquerons avec vous dans les cinq jours ouvrables.", "2027-04-15"},
		{"Binnen 3 werkdagen laten we je weten of we je graag willen uitnodigen.", "2027-04-13"},
		{"We anticipate communicating the decision to all finalists by 23 April 2027.", "2027-04-23"},
		{"I expect to be back to you by Wednesday.", "2027-04-14"},
		{"I'll send my written notes and the panel's comments to you on Monday.", "2027-04-12"},
		{"I'll send the proper paperwork tomorrow once legal has looked at it.", "2027-04-09"},
		{"Dmitri is writing up his notes and I'll send them over by Wednesday so you've got something to take away.", "2027-04-14"},
		{"The hiring committee will contact candidates within the next two weeks.", "2027-04-22"},
		{"Your written contract will be in your inbox tomorrow.", "2027-04-09"},
		// near-misses
		{"Te cuento cómo sigue el proceso: el viernes cerramos las entrevistas.", ""},
		{"Je vous envoie ci-joint le planning de mardi.", ""},
		{"Je vous envoie le programme de la journée d'intégration du mardi 13 avril.", ""},
		{"Ich schicke Ihnen die Unterlagen zu unserem Gespräch am Dienstag.", ""},
		{"I'll send him the rejection today.", ""},
		{"I'll send over the invite for Tuesday.", ""},
		{"I'll forward your CV to the hiring manager tomorrow.", ""},
		{"The recruiting team will contact candidates directly.", ""},
		{"Para dar seguimiento a tu candidatura, necesitamos tu respuesta antes del viernes.", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestSeventhRoundPublication: the publication of results or of the list
// of those who go on is the answer awaited: a passive future or a
// schedule's line with a date, also after a span counted from today;
// what is published must be results or a list. Written for this test.
func TestSeventhRoundPublication(t *testing.T) {
	tests := []struct{ text, want string }{
		{"La liste d'admission sera publiée sur notre site le vendredi 16 avril.", "2027-04-16"},
		{"Los resultados se publicarán en la web municipal el 20 de abril.", "2027-04-20"},
		{"Cronograma:\n- Publicación de resultados: 22 de abril de 2027\n- Entrevistas: 26 de abril de 2027", "2027-04-22"},
		{"En un plazo máximo de 10 días hábiles a partir de hoy se publicará la lista de personas admitidas.", "2027-04-22"},
		// near-misses
		{"The new vacancies will be published on our careers site next week.", ""},
		{"La oferta se publicará de nuevo el 20 de abril.", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestSeventhRoundDates: a date after a label's colon and a space is a
// date ("resultados: 20 de abril"), a clock time after a colon is not; a
// span counted "a partir de hoy" is one date, not also today's.
func TestSeventhRoundDates(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"publicación de resultados: 20 de abril de 2027, en el portal", []string{"2027-04-20"}},
		{"la entrevista es a las 10:30 en punto", nil},
		{"en un plazo de 5 días hábiles a partir de hoy", []string{"2027-04-15"}},
		{"binnen 5 werkdagen vanaf vandaag", []string{"2027-04-15"}},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range scanDates(tt.text, base, langES) {
			got = append(got, h.t.Format("2006-01-02"))
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("scanDates(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSeventhRoundInterviewDates: a short reply that opens by agreeing
// ("perfect", "done", "combinado", "parfait") and names a day with a time
// in its first sentences; a time accepted as "... it is" with an aside
// and a zone between; a time taken down ("c'est noté pour jeudi 14h").
// Near-misses: a reply that agrees but proposes ("would Friday at 10 or
// Monday at 2 work?"), agrees with no time of day, or thanks for a
// meeting that has been. Written for this test.
func TestSeventhRoundInterviewDates(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Re: Technical round - availability", "Perfect, Tuesday 4:30 pm IST (7 am your time) it is. Sending the invite now.", "2027-04-13"},
		{"Re: Second interview", "Done - Monday 12 April, 10:30 UK time. Their assistant has sent the Teams invite.", "2027-04-12"},
		{"Re: Entrevista - Cobalto", "Combinado, Alex! Então nos falamos sexta às 15h, pelo Google Meet.", "2027-04-09"},
		{"Re: Échange mardi ?", "Parfait, c'est noté pour mardi 14h (heure de Paris). Je t'envoie l'invitation.", "2027-04-13"},
		// near-misses
		{"Re: Technical round - availability", "Perfect, would Friday at 10am or Monday at 2pm work for you?", ""},
		{"Re: Second interview", "Great, Monday works for the team too - I'll confirm the time tomorrow.", ""},
		{"Re: Entrevista - Cobalto", "Perfeito, obrigada pela conversa de quinta às 15h.", ""},
		{"Re: Second interview", "Great, I'll send the contract Monday at 10am.", ""},
	}
	for _, tt := range tests {
		if got, v := interviewDateOf(tt.subject, tt.body, true); got != tt.want {
			t.Errorf("interview(%q, %q) = %q, want %q; reasons %q", tt.subject, tt.body, got, tt.want, v.Reasons)
		}
	}
	// the call agreed is the interview, no promise besides it
	if got, v := promiseDateOf("Combinado! Então nos falamos sexta às 15h."); got != "" {
		t.Errorf("promise of an agreed call = %q, want none; reasons %q", got, v.Reasons)
	}
}

// TestEighthRoundPromises: promises in the forms the eighth round found,
// by grammar: German with the verb before its subject ("schicke ich
// Ihnen", "schick ich dir", "hörst du von uns"), what is sent or emailed
// to "your" login or packet, a text, an answer got to everyone, a time
// confirmed or a confirmation got from the writer, "right after" the day
// named before, "the same day", and a plan that passed ("I'd been hoping
// to call you this week") giving way to the promise after it.
// Near-misses: "melde mich heute" and "melde mich mit einer Anfrage" are
// this message, "send your CV to the client" is contact with someone
// else, a bare "after that" names no day. Written for this test.
func TestEighthRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ein schriftliches Feedback aus dem Panel schicke ich Ihnen bis Ende nächster Woche.", "2027-04-16"},
		{"Den Vertragsentwurf schick ich dir morgen.", "2027-04-09"},
		{"In den kommenden zwei Wochen hörst du von uns, wie es weitergeht.", "2027-04-22"},
		{"Payroll will email your login for the staff portal within a week.", "2027-04-15"},
		{"I'll send your onboarding packet through our HR portal by April 20.", "2027-04-20"},
		{"Let me check with the GM and I'll text you tomorrow.", "2027-04-09"},
		{"We aim to get decisions to everyone by the middle of next week.", "2027-04-14"},
		{"I'll confirm your exact timings by Friday.", "2027-04-09"},
		{"Everyone who applied will get a session confirmation from me within 3 days.", "2027-04-11"},
		{"The debrief got pushed to Monday. I'll ping you right after.", "2027-04-12"},
		{"I'd been hoping to call you with an offer this week. I'll let you know where things stand by the end of the month.", "2027-04-30"},
		{"Ich stimme gerade die Kalender ab und melde mich bis Freitag mit Terminvorschlägen bei Ihnen.", "2027-04-09"},
		// near-misses
		{"Ich melde mich heute bei Ihnen - leider nicht mit guten Nachrichten.", ""},
		{"Ich melde mich mit einer vertraulichen Anfrage zu einer Position in Zürich.", ""},
		{"I'll send your CV to the client on Monday.", ""},
		{"The calendar invite will be sent on Monday.", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestAfterThat: contact "after that" is the day named before it, but no
// day after a span ("next week ... after that").
func TestAfterThat(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The team is meeting Monday to compare notes and I'll be in touch after that.", "2027-04-12"},
		{"We'll be finishing the remaining panels next week and will reach out after that.", "undated"},
	} {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestEighthRoundOffers: an offer said as a question or in German ("want
// the job?", "wir wollen dich als ...") with pay by the hour or a salary
// and a contract is at stage offer; the steps after it (a screening
// provider's verification, thanks for the signed letter, the address on
// the offer letter) are not, nor is an offer that names its own
// background verification less of one. Written for this test.
func TestEighthRoundOffers(t *testing.T) {
	tests := []struct {
		subject, body string
		offer         bool
	}{
		{"Barista job!", "Loved meeting you Friday. Want the job? $17/hr + tips, mornings 6-12. I'll get the new hire paperwork over to you this week.", true},
		{"Wir wollen dich!", "Wir wollen dich als Data Engineer bei uns! Was wir dir anbieten: 78.000 € Fixgehalt, 30 Urlaubstage. Den Vertragsentwurf schick ich dir morgen.", true},
		{"Offer letter - DevOps Engineer", "We are pleased to offer you the position of DevOps Engineer. Salary: USD 6,000 gross monthly. Our HR team will contact you to arrange the background verification.", true},
		// near-misses
		{"Background verification - Case 4411", "We have been engaged to carry out a pre-employment background verification in connection with your offer of employment. Verification has been initiated today.", false},
		{"Welcome aboard! Next steps", "Thank you for returning your signed offer letter - we're thrilled you're joining! Please complete the consent form within 3 business days.", false},
		{"Re: laptop", "Shipping Monday! Is the address on your offer letter still right?", false},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "maria@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if got := v.Job && v.Stage == StageOffer; got != tt.offer {
			t.Errorf("Classify(%q, %q) offer %v, want %v; stage %s reasons %q", tt.subject, tt.body, got, tt.offer, v.Stage, v.Reasons)
		}
	}
	for _, tt := range []struct{ subject, body, want string }{
		{"Re: Server application", "Thursday at 11 works great for me. I'll wear black shoes like you said. See you then!", "2027-04-15"},
		{"Re: counter job", "Still on for tomorrow at 3. Come to the side door.", "2027-04-09"},
	} {
		if got, v := interviewDateOf(tt.subject, tt.body, true); got != tt.want {
			t.Errorf("interview(%q, %q) = %q, want %q; reasons %q", tt.subject, tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestUndatedPromisesOfTheNinthRound: what an offer or a meeting being
// arranged promises "shortly" or "in the next few days" is awaited; a
// time in the process ("once we know whether the role is coming back",
// "once the hiring team has reviewed applications") is no condition; a
// span before the cue and "soon" or "once" after it leave it undated; a
// weekend wished well is no date. Near-misses: a rejection's "I'll send
// some notes shortly", an offer's promise with no time, contact once a
// suitable role comes up. Written for this test.
func TestUndatedPromisesOfTheNinthRound(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Your offer - Data Engineer", "We're delighted to offer you the role of Data Engineer. Base salary: $140,000. Lilian will send you the formal contract in the next few days.", "undated"},
		{"Offre d'emploi - Analyste", "Nous souhaitons vous offrir le poste d'analyste. Salaire annuel : 90 000 $. Notre conseillère RH vous fera parvenir le contrat dans les prochains jours.", "undated"},
		{"Interview confirmed - Backend Engineer", "I'm pleased to confirm your interview on Wednesday, 14 April at 4pm. I'll send the case materials through shortly.", "undated"},
		{"Re: Data Lead - update", "The role is on hold. Once we know whether the role is coming back, I will reach back out to you directly.", "undated"},
		{"Thanks for applying", "Thanks for applying. We'll get back to you once the hiring team has reviewed applications, whichever way it goes.", "undated"},
		{"Re: Your application - Produce Clerk position", "Got your references. I'll call Dana this week and get back to you once I've spoken to her.", "undated"},
		{"Thanks from Copper Kettle", "Thanks for Tuesday. We're finishing the last interviews this week and we'll be in touch soon with next steps.", "undated"},
		{"Re: Bedankt voor het gesprek", "Vond het ook een fijn gesprek! Volgende week spreken we nog twee mensen en daarna komen we zo snel mogelijk bij je terug.", "undated"},
		{"Re: Lead Data Engineer role - Perth", "The client would like to interview you for the role. They're finalising the salary banding this week and I'll come back to you with the numbers shortly - but it's a strong package.", "undated"},
		{"Re: Grazie per la chiacchierata", "Grazie a te! Ne parlo con il team e ti faccio sapere entro venerdì, intanto buon fine settimana.", "2027-04-09"},
		// near-misses
		{"Your application - Data Engineer", "Unfortunately we have decided to move forward with another candidate. I'll send some notes from the panel shortly.", ""},
		{"Your offer - Data Engineer", "We're delighted to offer you the role of Data Engineer. Base salary: $140,000. Our immigration advisers will be in touch about your visa.", ""},
		{"Interview confirmed - Backend Engineer", "I'm pleased to confirm your interview on Wednesday, 14 April at 4pm. The calendar invitation with the link will be sent shortly.", ""},
		{"Your application - Data Engineer", "We'll keep your CV on file and contact you once a suitable role comes up.", ""},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: tt.subject, Date: base, Excerpt: tt.body + "\n\nJane"})
		got := dateOf(v.PromiseAt)
		if v.PromiseUndated {
			got = "undated"
		} else if got == "-" {
			got = ""
		}
		if got != tt.want {
			t.Errorf("promise(%q, %q) = %q, want %q; reasons %q", tt.subject, tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestNinthRoundPromises: dated promises in the forms the ninth round
// found: "write you" without "to", outcomes shared or selections out,
// results expected to be published after a verb of expectation, a
// statement with a question after a dash, a start date in what is sent
// (not when it comes), a time counted before "after that", the reader
// asked to wait for the writer's notice, and a bare time after "no update
// yet". Near-misses: a bare time with nothing awaited before it, a dash
// that is no question. Written for this test.
func TestNinthRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Still waiting for the feedback from our CTO. I will write you early next week.", "2027-04-13"},
		{"We'll share outcomes with everyone early next week.", "2027-04-13"},
		{"We wrap up the last interviews Friday; HR should have selections out by end of next week.", "2027-04-16"},
		{"Les résultats individuels, accompagnés de votre passeport de compétences, devraient être publiés dans votre compte dans un délai de deux semaines.", "2027-04-22"},
		{"I'll call you tomorrow either way - does around 11am ET work?", "2027-04-09"},
		{"I will send the revised offer letter with the 1 September start date tomorrow.", "2027-04-09"},
		{"We need two to three weeks to complete the approval, and we will give you the final result after that.", "2027-04-29"},
		{"Received with thanks. Kindly wait for our further notice latest on 30 April 2027.", "2027-04-30"},
		{"No update yet, sorry! Half the panel is out for the holiday. Early next week.", "2027-04-13"},
		// near-misses
		{"Thanks for the chat. Early next week.", ""},
		{"I'll call you tomorrow either way - the line to the office is down.", "2027-04-09"},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestNinthRoundInterviewDates: a time moved by the writer ("let's move
// it to Friday, same time"), a booking under an assessment day's subject,
// a date line labelled in Indonesian, a confirmation in the first person
// ("potwierdzam: wednesday 14 april, 15:00"). Near-misses: a move to
// another subject, a booking of something else. Written for this test.
func TestNinthRoundInterviewDates(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Re: First-round interview", "No worries at all - let's move it to Friday, same time. Updated invite on its way.", "2027-04-09"},
		{"Re: Superday availability", "Perfect - you're booked in for Tuesday at 9:00am, 1 Hanover Plaza. Bring a photo ID.", "2027-04-13"},
		{"Undangan Interview - Product Manager", "We would like to invite you to the next stage:\nhari/tanggal : senin, 12 april 2027\nwaktu : 19:00 WIB", "2027-04-12"},
		{"Re: Final interview", "Potwierdzam: Wednesday 14 April, 15:00 CEST, with Bartek and Jan.", "2027-04-14"},
		{"Re: Tidewater final round", "Legend, thanks Alex. Locked in for Thursday 15 April, 10am Sydney time, with Meera and Raj.", "2027-04-15"},
		{"Conferma colloquio - Data Analyst", "Come concordato, le confermo il colloquio per la posizione di data analyst: giovedì 15 aprile, ore 16:00.", "2027-04-15"},
		// near-misses
		{"Re: Quarterly planning", "Let's move it to Friday, same time.", ""},
		{"Re: Kitchen order", "Locked in for Thursday 15 April, delivery between 10 and 12.", ""},
		{"Re: Flights", "Perfect - you're booked on the Tuesday 9:00am flight.", ""},
	}
	for _, tt := range tests {
		if got, v := interviewDateOf(tt.subject, tt.body, true); got != tt.want {
			t.Errorf("interview(%q, %q) = %q, want %q; reasons %q", tt.subject, tt.body, got, tt.want, v.Reasons)
		}
	}
}

// TestTenthRoundPromises: dated promises in the forms the tenth round
// found: an answer given in the present with its time after it ("je vous
// donne une réponse début de semaine prochaine", "te damos una respuesta
// la semana que viene", "on revient vers vous d'ici mercredi"), "devo ter
// um retorno", "contamos comunicar a decisão", the thing sent as a
// pronoun ("je vous l'adresserai par écrit d'ici le 12 avril"), an update
// or a draft contract awaited, "un par de semanas", "will be with you",
// "I'll chase Monday", Dutch "laten je binnen 5 werkdagen weten", and a
// call "to" do something is still a call. Near-misses: an answer given
// now ("je vous donne un retour sur l'entretien :"), a deadline for the
// reader in Dutch. Written for this test.
func TestTenthRoundPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Toujours en discussion en interne. Je vous donne une réponse début de semaine prochaine.", "2027-04-13"},
		{"Ahora falta que vuelva el CTO. Te damos una respuesta la semana que viene, sea cual sea.", "2027-04-16"},
		{"Bien reçu, merci. Je transmets au DG, on revient vers vous d'ici mercredi.", "2027-04-14"},
		{"Devo ter um retorno definitivo pra você nos próximos 3 a 5 dias úteis.", "2027-04-15"},
		{"Contamos comunicar a decisão final até ao final do mês.", "2027-04-30"},
		{"Je tiens à vous faire un retour détaillé. Je vous l'adresserai par écrit d'ici le 12 avril.", "2027-04-12"},
		{"Le daremos una actualización a más tardar el 30 de abril.", "2027-04-30"},
		{"Den Vertragsentwurf erhalten Sie von Frau Haas bis Mittwoch per E-Mail.", "2027-04-14"},
		{"Esperamos tener una respuesta para ti en un par de semanas.", "2027-04-22"},
		{"Their written notes will be with you within 10 days.", "2027-04-18"},
		{"Still with the hiring manager, he's been out all week. I'll chase Monday.", "2027-04-12"},
		{"We bekijken je cv zorgvuldig en laten je binnen 5 werkdagen weten of we je uitnodigen.", "2027-04-15"},
		{"Mañana te llamo para revisar los detalles.", "2027-04-09"},
		{"We laten je voor vrijdag weten hoe het verder gaat.", "2027-04-09"},
		// near-misses
		{"Je vous donne un retour sur l'entretien : l'équipe a apprécié votre présentation.", ""},
		{"Our recruiter will be with you on Tuesday for the site tour.", ""},
		{"Te digo la verdad, el lunes fue un día difícil.", ""},
		{"Wil je ons binnen 5 werkdagen laten weten of je de functie aanneemt?", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestSendingPromises: the writer's next message on a day, by the forms
// the eleventh round found: a meeting's invitation sent on a day by the
// writer ("mañana te envío la invitación"), the day before a present-tense
// verb of sending ("el lunes te enviamos la carta"), a JD sent on a day,
// "I'll try you tomorrow", "get that out to you", and the "going to"
// futures of Spanish and Portuguese. Near-misses: an invitation "will be
// sent" or sent without a day is what a meeting needs, a planning sent
// now for an interview on a day is this message, and contact if a post
// comes up is a conditional future. Written for this test.
func TestSendingPromises(t *testing.T) {
	tests := []struct{ text, want string }{
		{"¡Perfecto! Mañana te envío la invitación con el link de Meet.", "2027-04-09"},
		{"El lunes te enviamos la carta oferta formal con todos los detalles.", "2027-04-12"},
		{"The job description is being signed off, and I'll send over the full JD on Monday.", "2027-04-12"},
		{"Would you be open to a quick call? I'll try you tomorrow afternoon around 2:00.", "2027-04-09"},
		{"Once you pick a time I'll send a calendar invite. Either way I'll get that out to you by the end of the week.", "2027-04-09"},
		{"Te vamos a escribir dentro de los próximos 7 días para contarte si avanzas.", "2027-04-15"},
		{"Vamos te escrever até sexta-feira com o resultado.", "2027-04-09"},
		// near-misses
		{"The calendar invite will be sent on Monday.", ""},
		{"Thanks for confirming, I'll send you the calendar invite.", ""},
		{"Je vous envoie ci-joint le planning de l'entretien du mardi 13 avril.", ""},
		{"Te vamos a escribir si surge otra posición que encaje con tu perfil.", ""},
	}
	for _, tt := range tests {
		if got, v := promiseDateOf(tt.text); got != tt.want {
			t.Errorf("promise(%q) = %q, want %q; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestApplicationSubjectPromise: a reply under "Re: Your application"
// that only promises an answer keeps its promise: the penalty for
// application words with no job named takes back no more than they gave.
func TestApplicationSubjectPromise(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Email: "ciara@firm.example"}, Subject: "Re: Your application", Date: base,
		InReplyTo: "<a1@mail.example>", Excerpt: "Yep - panel's meeting Monday, so you'll hear either way by Wednesday at the latest.\n\nCiara"}
	v := Classify(&m)
	if got := dateOf(v.PromiseAt); got != "2027-04-14" {
		t.Errorf("promise %s, want 2027-04-14; reasons %q", got, v.Reasons)
	}
	if v.Score < 0 {
		t.Errorf("score %.2f: application words took back more than they gave; reasons %q", v.Score, v.Reasons)
	}
}
