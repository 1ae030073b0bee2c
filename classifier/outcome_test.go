package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// rejections are ways to say no that no tuning message uses word for
// word, written for this test: every one must be a rejection.
var rejections = []string{
	// English: outright, hedged, indirect
	"We will not be moving forward with your application.",
	"Unfortunately, we have decided not to progress your candidacy any further.",
	"After careful review, we've chosen to proceed with applicants whose background is a closer fit.",
	"I'm sorry to let you know that the team has decided to pursue another candidate for this role.",
	"We regret that we are unable to offer you a position at this time.",
	"It isn't a match for what we're looking for this time around.",
	"Your experience is not a fit for the Data Engineer role at this point.",
	"We're unfortunately unable to move forward with your candidacy.",
	"We have decided to pursue candidates whose skills better match the needs of the team.",
	"Thank you for applying. We have now filled the position and wish you the best of luck in your search.",
	"The hiring manager has decided to go with a candidate who has more fintech experience.",
	"You were not selected to continue in the interview process.",
	"I wanted to let you know we won't be taking things further with your application.",
	"We've made the difficult decision to move ahead with other finalists.",
	"Regrettably, your application was not among those chosen for interview.",
	"We've offered the role to someone else, who has accepted.",
	"The team felt another applicant was a stronger fit, so we won't be extending an offer.",
	"This time we will not be proceeding with your application, but we'll keep your CV on file.",
	"Sadly, we won't be able to take you forward to the next round.",
	"We decided to hire an internal candidate for the position.",
	"Unfortunately we have selected another candidate for the Product Designer position.",
	"We appreciate your interest, but we are going to pursue other applicants at this time.",
	"Our client has decided not to take your application any further.",
	"I'm afraid the client went with another candidate for the Analytics Lead role.",
	"Thank you for interviewing with us. We have decided not to extend an offer.",
	"Your candidacy for the Staff Engineer role will not be progressed.",
	"We are sorry to inform you that you were unsuccessful on this occasion.",
	"Your application will not be taken further.",
	"The hiring manager has made a decision and it wasn't in your favour.",
	"We've reviewed your profile and decided it isn't the right fit for the team right now.",
	"After much consideration we've decided to proceed with a candidate whose experience is more aligned.",
	"Please accept our thanks for applying; the position has now been closed to new candidates and filled.",
	"We won't be able to move you to the next stage of the process.",
	"At this time, we have decided to focus on other candidates.",
	"We've decided to continue our search.",
	"You did not pass the technical assessment, so we will close your application.",
	"Your application has been declined.",
	"We'll be passing on your application for now.",
	"I'm sorry it didn't work out this time; the team went with someone more senior.",
	"We have found a candidate who better matches the requirements.",
	"We've made an offer to another candidate.",
	"Your profile doesn't meet our current requirements for the role.",
	"Thank you for your interest; we will not be scheduling an interview.",
	"We have chosen not to move your application forward.",
	"Application status: Not selected",
	"We've decided to go a different way with this hire.",
	"Unfortunately, you did not progress to the next stage.",
	"Leider können wir Ihnen keine positive Rückmeldung geben.",
	"Ihre Bewerbung konnte leider nicht berücksichtigt werden.",
	"Die Wahl fiel auf einen anderen Kandidaten.",
	"Nous avons décidé de ne pas poursuivre le processus avec vous.",
	"Nous avons retenu une autre candidature pour ce poste.",
	"Votre profil ne correspond pas aux attentes du poste.",
	"El puesto ya ha sido cubierto.",
	"No vamos a continuar contigo en el proceso.",
	"Abbiamo individuato un altro candidato per la posizione.",
	"Non sei stato selezionato per il prossimo colloquio.",
	"We hebben de vacature ingevuld met een andere kandidaat.",
	"We gaan niet verder met je sollicitatie.",
	"A vaga já foi preenchida.",
	"Não foi possível dar continuidade à sua candidatura.",
	// German, French, Spanish, Italian, Dutch, Portuguese
	"Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
	"Nach reiflicher Überlegung haben wir beschlossen, Ihre Bewerbung nicht weiter zu berücksichtigen.",
	"Wir haben uns für eine Kandidatin entschieden, deren Profil besser zu unseren Anforderungen passt.",
	"Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
	"Après étude de votre dossier, nous ne pouvons pas donner une suite favorable à votre candidature.",
	"Nous avons choisi de poursuivre avec un autre candidat dont le profil correspond davantage au poste.",
	"Lamentablemente, hemos decidido continuar el proceso con otros candidatos.",
	"Te informamos que tu candidatura no ha sido seleccionada para la siguiente fase.",
	"Hemos decidido seguir adelante con otra persona para el puesto.",
	"Purtroppo abbiamo deciso di proseguire con altri candidati per la posizione.",
	"Ci dispiace comunicarti che la tua candidatura non è stata selezionata.",
	"Helaas hebben we besloten om niet verder te gaan met je sollicitatie.",
	"We hebben gekozen voor een andere kandidaat die beter aansluit bij de functie.",
	"Infelizmente, decidimos seguir com outro candidato para a vaga.",
	"Informamos que você não foi selecionado para a próxima etapa do processo seletivo.",
	// someone else chosen, a post filled, an application's final state,
	// an answer said as a noun (issue 15, second round)
	"We've gone with another applicant whose experience is closer to what we need.",
	"The committee has chosen a different candidate for the post.",
	"Another finalist has been offered the role and has accepted.",
	"The position was filled internally last week.",
	"We have now filled this vacancy.",
	"Your application has been rejected.",
	"Your candidacy is now closed.",
	"They decided to hire a candidate with more Kubernetes experience.",
	"It's going to be a no from us this time.",
	"Die Stelle ist mittlerweile besetzt.",
	"Hemos optado por una candidata con más experiencia en el sector.",
	"Abbiamo scelto un altro profilo per questa posizione.",
	"We hebben iemand anders aangenomen.",
	"Optamos por seguir com outro candidato.",
	"The hiring manager went with someone who has run a team before.",
	"We've decided to continue with applicants who have more retail experience.",
}

// notRejections share words with rejections and say something else.
var notRejections = []string{
	"We are not moving forward with the role's posting until next quarter; your interview is still on for Tuesday.",
	"Unfortunately I can't make Tuesday. Could we move the interview to Wednesday at 10?",
	"Thank you for applying. Only shortlisted candidates will be contacted; if you are not selected you will hear from us by email.",
	"We'd like to move forward with your application and invite you to a final interview next week.",
	"Congratulations! We are delighted to offer you the Senior Engineer position.",
	"Thanks for your time today. We are still interviewing other candidates and will make a decision next week.",
	"We won't be able to hold the call tomorrow, sorry; can we do Thursday instead?",
	"Thank you for your application. We will review it and get back to you within two weeks.",
	"We cannot proceed with the interview on Friday because the office is closed; please pick another slot.",
	"Please do not reply to this email. Unsuccessful applicants will be notified once the shortlisting is complete.",
	"We hope to have the role filled by the end of June, so we'd like to move quickly with you.",
	"Once the position is filled we will close the posting; until then you're very much in the running.",
	"Please fill in the attached form before your interview.",
	"The Tuesday slots have all been filled, so could you do Wednesday at 10?",
	"The position hasn't been filled yet and you're still very much in the running.",
	"We are still interviewing other candidates and expect to decide next week.",
	"Other candidates are still in the process, so the decision will take another two weeks.",
	"We're looking to hire a senior engineer who can lead the platform team; would you be open to a chat?",
	"Only candidates who are shortlisted will be contacted.",
	"Candidates who are selected for interview will hear from us by Friday.",
	"Your application has been received and is under review.",
	"The application portal is closed for maintenance this weekend, so send your documents on Monday.",
	"We'd like to offer the role to you, and the panel recommended you unanimously.",
	"We went with your suggestion and booked Thursday at 2pm.",
	"We're going with a video call rather than an onsite visit for the first round.",
	"We can usually find another way to verify your employment.",
	"It's not a no, we just need a bit more time to decide.",
	"We have decided to invite you to a final interview with another member of the team.",
	"The hiring manager is going with a panel of three for your final interview.",
}

func TestRejectionPhrasings(t *testing.T) {
	msg := func(body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Your application: Data Engineer",
			Date: base, Excerpt: "Hi Alex,\n\n" + body + "\n\nBest regards,\nJane"}
	}
	for _, body := range rejections {
		v := Classify(msg(body))
		if !v.Job || v.Stage != StageRejected {
			t.Errorf("Classify(%q) = job %v stage %s, want a rejection; reasons %q", body, v.Job, v.Stage, v.Reasons)
		}
	}
	for _, body := range notRejections {
		v := Classify(msg(body))
		if v.Stage == StageRejected {
			t.Errorf("Classify(%q) = rejected, want no rejection; reasons %q", body, v.Reasons)
		}
	}
}

// TestRejectionNotJobElsewhere: a "no" about a flat, a talk or a club is no
// job message, and a newsletter quoting "unfortunately" is none either.
func TestRejectionNotJobElsewhere(t *testing.T) {
	tests := []struct{ subject, body string }{
		{"Your application for Apartment 4B", "Unfortunately the landlord has decided to proceed with another applicant. Your application fee will be refunded."},
		{"CFP decision: your talk", "We regret that we are unable to include your talk in this year's program. The program committee received many proposals."},
		{"Your membership application", "I'm sorry to say we can't offer you a membership this season; we will keep your application on file."},
		{"Career Digest #41", "This week: how to answer 'unfortunately, we have decided to move forward with other candidates'. Read more in this week's issue of our newsletter. Unsubscribe."},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "info@example.org"}, Subject: tt.subject, Date: base, Excerpt: tt.body})
		if v.Job {
			t.Errorf("Classify(%q) is a job message; reasons %q", tt.subject, v.Reasons)
		}
	}
}

// TestRejectionReasons: the reasons name each cue and its weight.
func TestRejectionReasons(t *testing.T) {
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Your application",
		Date: base, Excerpt: "Unfortunately, we will not be moving forward with your application. We wish you the best of luck in your search."})
	want := `rejection cues: declined "not be moving forward with your" (+3), hedge "unfortunately" (+1), luck "wish you the best" (+1) (+3)`
	found := false
	for _, r := range v.Reasons {
		if r == want {
			found = true
		}
	}
	if !found {
		t.Errorf("reasons %q, want %q among them", v.Reasons, want)
	}
}

// TestRejectionsInReplies: more ways to say no, and near-misses for the
// rules that read who a step is about (people.go), written for this test
// in a reply whose subject names only the post.
func TestRejectionsInReplies(t *testing.T) {
	rej := []string{
		"After reviewing your qualifications, we have determined that other candidates more closely meet the needs of this position.",
		"While your background is impressive, we've decided to pursue other applicants for this role.",
		"We have carefully reviewed your application and regret to inform you that we will not be proceeding further.",
		"The hiring team has decided not to advance your application at this time.",
		"We are unable to offer you an interview on this occasion.",
		"You have not been successful in progressing to the next stage of the recruitment process.",
		"We have now completed the selection process and I am sorry to tell you that you have not been successful.",
		"Thank you for your interest; the requisition has been filled.",
		"We've decided to move in a different direction for this role.",
		"Unfortunately we've had a very strong response and your application has not been shortlisted.",
		"Your application for the role of Data Analyst has been reviewed and will not be progressed.",
		"We've chosen to proceed with candidates who have more direct experience in healthcare.",
		"We won't be moving you on to the next round.",
		"Following your interview, we have decided not to offer you the position.",
		"I'm afraid we won't be able to take your application further on this occasion.",
		"The team has decided to go with an internal applicant.",
		"Sadly you weren't successful this time around.",
		"Unfortunately you did not meet the minimum requirements for this position.",
		"We have decided that your skills and experience are not the right match for this position.",
		"Your profile does not match what we are looking for at the moment.",
		"We decided to close the role with a candidate who was further along in our process.",
		"At this stage we will not be progressing your application.",
		"We have decided to offer the role to a candidate whose experience more closely matches our requirements.",
		"Please be advised that your application was not selected for further consideration.",
		"We've extended an offer to another candidate, who has accepted.",
		"Your application status has been updated to 'Not Selected'.",
		"We're going to hold off on moving forward with your candidacy.",
		"We have decided against progressing your application.",
		"Ultimately, another applicant's experience aligned more closely with what we need.",
		"La informiamo che la sua candidatura non è stata ritenuta in linea con il profilo ricercato.",
		"Helaas moeten wij u mededelen dat wij uw sollicitatie niet in behandeling nemen.",
		"Agradecemos o seu interesse, mas optamos por outros candidatos.",
		"We're not able to offer you a place on the graduate scheme this year.",
		"We went with a more senior profile in the end. Sorry!",
		"The client picked another contractor.",
		"They hired someone internally.",
		"We've made an offer to someone else.",
		"Unfortunately, you were not chosen to proceed.",
		"This position has been closed and filled.",
		"It didn't work out this time, the team went another way.",
		"We've reviewed your application against the requirements and unfortunately it hasn't progressed.",
		"Thank you for your patience. The decision was made to progress with other applicants.",
		"I wanted to let you know that the role has gone to another candidate.",
		"Regrettably, on this occasion your application has not been taken forward.",
		"The team felt that a candidate with more hands-on Python would be a better fit.",
		"We are going to keep looking for someone with more leadership experience.",
		"We received over 300 applications and, after much deliberation, you have not been selected for interview.",
		"You did not make it through to the next round this time.",
		"Ultimately the client felt your experience wasn't quite right for this particular role.",
		"Sorry Alex, they've offered it to someone with fintech experience.",
		"We've now made our selection for this role and won't be taking your application further.",
		"I'm sorry to say that you haven't been successful in securing this position.",
		"Your application was reviewed but not progressed to interview.",
		"We have appointed a candidate and the role is now closed.",
		"Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden.",
		"Nous avons choisi un autre profil pour ce poste.",
		"Hemos seleccionado a otra persona para el puesto.",
		"Abbiamo preferito un candidato con più esperienza.",
		"Wij hebben gekozen voor een kandidaat met meer ervaring.",
		"Optámos por avançar com outro candidato.",
		"After careful thought, the team has decided your skills don't quite match what we need right now.",
		"We're moving forward with a candidate who's further along in our process.",
		"This one's not going to work out, sorry.",
		"The vacancy has been filled by an internal candidate.",
	}
	near := []string{
		"We will not be able to meet on Friday; could you do Monday instead?",
		"I'm sorry I haven't replied sooner - the team is still deciding and I'll update you next week.",
		"We've decided to move you forward to the final round!",
		"Unfortunately the hiring manager went with a later start time for the interview, so it's now 3pm.",
		"We have filled in the details of your interview in the attached invite.",
		"The other candidate dropped out, so we'd love to move forward with you.",
		"Our client has chosen you for the final interview!",
		"We hired two engineers last quarter and now we're growing the team again; your profile looks like a great fit.",
		"Another candidate withdrew, which means we can invite you to the final round.",
		"If you are not selected for the next stage, we'll let you know by email.",
		"The role was on hold but has now been reopened, and we'd like to schedule your interview.",
		"We decided to go with your suggested time of 2pm.",
		"I'm going with the team to the offsite, so I'll reply next week.",
		"We'd like to proceed with a second interview with another member of the team.",
		"Sadly our office will be closed on Monday; can we move your onsite to Tuesday?",
		"Congratulations! You have been selected for the next round.",
		"We're still waiting on another candidate's references before making a final decision.",
		"We have not yet made a decision, and you're still in the running.",
		"Your application has been forwarded to the hiring manager.",
		"The panel recommended that we invite you back for a second conversation.",
		"We'll be making our decision next week and will let all candidates know.",
		"Thanks for applying! Unfortunately the role you applied for is based in Berlin, so could you confirm you're open to relocating?",
		"We are interviewing a few other candidates this week and will come back to you by Friday.",
		"The client wants someone who can start in March - would that work for you?",
		"We'd love to hire someone like you, are you open to a chat?",
		"We're going with a two-stage process this time: a call with me, then a panel.",
		"Your references came back and the team would like to offer you the role.",
		"Sorry, it's been a crazy week! No decision yet, I'll chase the hiring manager.",
		"Another applicant asked the same question, so here's the answer for everyone: the role is hybrid.",
		"We filled the Tuesday slot, but Wednesday at 11 is still open for you.",
		"I'm against scheduling on Fridays, so let's do Thursday.",
		"We'll hold off on booking the onsite until your references are back.",
		"Please hold off on accepting other offers until we make our decision next week.",
		"We are closing the shortlist this week and you're on it.",
		"I picked your CV out of a big pile - are you free for a call?",
		"We're prioritizing candidates who can start in January - when could you start?",
		"Your background doesn't match the job description exactly, but the team would like to meet you anyway.",
		"The role suits someone with strong SQL - does that sound like you?",
		"We're going to close the position on Friday, so please send your documents by Thursday.",
		"Against all odds we managed to find a slot on Tuesday for your interview.",
		"The hiring manager picked Thursday for your final interview.",
		"We made it through the first round of budget approval, so the role is still open for you.",
		"I favoured your application in the debrief; the final call is next week.",
		"Unfortunately I can't make our call at 3, could we push it to 4?",
		"The times you sent don't match our calendar, could you send a few more?",
		"We can't fit you in on Tuesday, but Wednesday works.",
		"We won't be able to meet you on Friday, the office is closed.",
	}
	msg := func(body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Data Engineer",
			Date: base, Excerpt: "Hi Alex,\n\n" + body + "\n\nBest,\nJane"}
	}
	for _, b := range rej {
		if v := Classify(msg(b)); v.Stage != StageRejected {
			t.Errorf("Classify(%q) = stage %s, want rejected; reasons %q", b, v.Stage, v.Reasons)
		}
	}
	for _, b := range near {
		if v := Classify(msg(b)); v.Stage == StageRejected {
			t.Errorf("Classify(%q) = rejected, want no rejection; reasons %q", b, v.Reasons)
		}
	}
}

// TestRejectionsInOtherLanguages: the same in the six other languages,
// with near-misses that share their hedges and verbs.
func TestRejectionsInOtherLanguages(t *testing.T) {
	rej := []string{
		"Leider haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung besser zu unseren Anforderungen passt.",
		"Wir müssen Ihnen leider mitteilen, dass Ihre Bewerbung nicht in die engere Auswahl gekommen ist.",
		"Die Position wurde bereits intern besetzt.",
		"Wir haben entschieden, den Prozess mit Ihnen nicht fortzusetzen.",
		"Ihr Profil passt leider nicht zu der ausgeschriebenen Stelle.",
		"Après examen de votre dossier, nous sommes au regret de ne pas pouvoir donner suite à votre candidature.",
		"Le poste a été pourvu en interne.",
		"Nous avons décidé de poursuivre avec un candidat dont l'expérience correspond davantage à nos besoins.",
		"Votre candidature n'a pas été retenue pour la suite du processus.",
		"Lamentablemente, hemos decidido avanzar con otra candidata.",
		"Tu perfil no encaja con lo que buscamos en este momento.",
		"La vacante ya ha sido cubierta.",
		"Te agradecemos tu interés, pero no seguirás en el proceso.",
		"Purtroppo la posizione è già stata coperta.",
		"Abbiamo deciso di non procedere con la tua candidatura.",
		"Abbiamo individuato un profilo più in linea con le nostre esigenze.",
		"Helaas hebben we besloten je sollicitatie niet verder in behandeling te nemen.",
		"De functie is inmiddels vervuld.",
		"We hebben gekozen voor iemand met meer ervaring.",
		"Infelizmente a vaga já foi preenchida.",
		"Decidimos seguir com outro perfil.",
		"O seu perfil não está alinhado com o que procuramos neste momento.",
		// fourth round: a choice said as a noun or a leaning, a step that
		// goes no further
		"Après réflexion, notre choix s'est porté sur une candidate ayant davantage d'expérience en audit.",
		"L'équipe a fait le choix d'un profil plus orienté finance de marché.",
		"Al final nos hemos inclinado por otro candidato con más experiencia en banca.",
		"Ci dispiace, ma la tua candidatura non potrà avere seguito per questa posizione.",
		"Na het assessment nemen we je helaas niet mee naar de volgende ronde.",
		"We've decided to bring on someone with more retail experience.",
		"They chose to promote someone from the analytics team, so your candidacy won't go further.",
		"Unfortunately we have asked another finalist to join the team.",
		"Die Position wurde zwischenzeitlich vergeben.",
		"Le poste a finalement été attribué à une candidate interne.",
		"La posición ya ha sido asignada a otra persona.",
		"Je profiel sluit helaas onvoldoende aan bij wat we zoeken.",
		"Leider fiel unsere Wahl auf eine andere Bewerberin.",
		"Malheureusement, nous avons privilégié un autre profil.",
		"Nous ne retiendrons pas votre candidature pour ce poste.",
		"Helaas is de keuze op een andere kandidaat gevallen.",
		"Infelizmente a escolha recaiu sobre outro candidato.",
		"No hemos podido considerar tu candidatura en esta ocasión.",
		"Hemos decidido tomar otra dirección con esta posición.",
		"Abbiamo deciso di andare in un'altra direzione.",
		"Nous avons décidé d'aller dans une autre direction.",
		"We hebben besloten een andere richting in te slaan.",
		"Decidimos seguir em outra direção.",
		"Il processo di selezione si è concluso e purtroppo non potremo offrirti la posizione.",
		"De selectieprocedure is afgerond en helaas kunnen we je geen aanbod doen.",
	}
	near := []string{
		"Ons gesprek van dinsdag kan helaas niet doorgaan; past woensdag om 10:00 uur?",
		"We'd love to bring on someone like you; are you free for a call on Thursday?",
		"Die Termine für die Gespräche werden nächste Woche vergeben; wir melden uns bei Ihnen.",
		"Nos hemos inclinado por tu perfil y queremos avanzar a la entrevista final.",
		"Siamo felici di comunicarti che la tua candidatura avrà seguito: ti invitiamo al colloquio finale.",
		"We've asked another finalist and you to prepare a short presentation for Friday.",
		"We recently promoted someone internally, so we're hiring for her old role and would like to interview you.",
		"Nous avons privilégié votre profil et aimerions vous rencontrer jeudi.",
		"De keuze is op jou gevallen: kun je dinsdag langskomen?",
		"Le poste sera rattaché à une autre direction ; pouvons-nous fixer l'entretien jeudi ?",
		"Leider muss ich unser Gespräch am Dienstag verschieben, passt Ihnen Donnerstag?",
		"Malheureusement, je ne suis pas disponible mardi ; pouvons-nous décaler l'entretien ?",
		"Lamentablemente la entrevista del martes no podrá ser; ¿te viene bien el jueves?",
		"Purtroppo il colloquio di giovedì salta, possiamo spostarlo a lunedì?",
		"Helaas kan ik dinsdag niet, zullen we het gesprek naar donderdag verzetten?",
		"Infelizmente não consigo na terça; podemos remarcar a entrevista para quinta?",
		"Die Stelle ist noch nicht besetzt, wir würden Sie gerne kennenlernen.",
		"Le poste n'est pas encore pourvu et votre profil nous intéresse beaucoup.",
		"Wir haben uns für Sie entschieden!",
		"Hemos seleccionado tu perfil para la siguiente fase.",
	}
	msg := func(body string) *mailmsg.Message {
		return &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Data Engineer",
			Date: base, Excerpt: "Hallo Alex,\n\n" + body + "\n\nJane"}
	}
	for _, b := range rej {
		if v := Classify(msg(b)); v.Stage != StageRejected {
			t.Errorf("Classify(%q) = stage %s, want rejected; reasons %q", b, v.Stage, v.Reasons)
		}
	}
	for _, b := range near {
		if v := Classify(msg(b)); v.Stage == StageRejected {
			t.Errorf("Classify(%q) = rejected, want no rejection; reasons %q", b, v.Reasons)
		}
	}
}

// TestOutcomePoints: Verdict.Outcome carries the rejection points, partial
// evidence included, for the policy to weigh.
func TestOutcomePoints(t *testing.T) {
	tests := []struct {
		body     string
		min, max float64
	}{
		{"Unfortunately, we will not be moving forward with your application. Best of luck in your search.", RejectThreshold, 99},
		{"Unfortunately the team is still deciding. Best of luck with the move!", 1.5, 2.5},
		{"Thanks for your time today. We'll be in touch next week.", 0, 0},
		{"We'd like to invite you to a final interview next week.", -99, -1},
	}
	for _, tt := range tests {
		v := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Data Engineer interview",
			Date: base, Excerpt: tt.body})
		if v.Outcome < tt.min || v.Outcome > tt.max {
			t.Errorf("Classify(%q).Outcome = %.2f, want within [%g, %g]; reasons %q", tt.body, v.Outcome, tt.min, tt.max, v.Reasons)
		}
	}
}

func TestCutQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"vielen dank, montag passt.\n\n-----ursprüngliche nachricht-----\nvon: alex\nleider nicht", "vielen dank, montag passt."},
		{"ciao alex, ti confermo il colloquio.\nil giorno mer 5 mag 2027 alle 09:12 alex <a@b.c> ha scritto:\n> grazie", "ciao alex, ti confermo il colloquio."},
		{"obrigada pelo contacto e pela paciência.\nde: alex rivera <a@b.c>\nenviada: sexta-feira\nassunto: vaga", "obrigada pelo contacto e pela paciência."},
		{"hoi alex, zoals ik schreef in mijn vorige mail blijft dinsdag staan.", "hoi alex, zoals ik schreef in mijn vorige mail blijft dinsdag staan."},
		{"de: nothing to cut here at all", "de: nothing to cut here at all"},
	}
	for _, tt := range tests {
		if got := cutQuoted(tt.in); got != tt.want {
			t.Errorf("cutQuoted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReportedNewsIsNoPromise: news someone else already gave ("they let
// me know this afternoon that ...") is a report, not a promise to let the
// reader know; a rejection told that way is no promise.
func TestReportedNewsIsNoPromise(t *testing.T) {
	m := &mailmsg.Message{From: mailmsg.Address{Email: "olivia@agency.example"}, Subject: "Re: Finance Lead - client update", Date: base,
		Excerpt: "Hi Alex,\n\nMy client let me know this morning that they've decided to hire someone from within, so your candidacy won't go further.\n\nOlivia"}
	v := Classify(m)
	if v.Stage != StageRejected || v.PromiseAt != nil || v.PromiseUndated {
		t.Errorf("stage %s, promise %v/%v; want a rejection and no promise; %q", v.Stage, v.PromiseAt, v.PromiseUndated, v.Reasons)
	}
}
