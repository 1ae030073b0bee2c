package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestThirteenthRoundOutcomes: the ways of saying no the thirteenth
// round's writers found at its arrival. German puts whom it chose before
// the verb ("für einen internen Kandidaten entschieden"); Spanish and
// Portuguese stay or go with someone ("nos quedamos con otra persona",
// "fuimos con alguien", "ficamos com outro candidato"); an agency cannot
// present the reader to its client ("no voy a poder presentarte"). Near
// misses: a choice still to make ("wir werden uns für einen Kandidaten
// entscheiden") and a choice of the reader ("für Sie entschieden").
func TestThirteenthRoundOutcomes(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	msg := func(subject, body string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Name: "Recruiter", Email: "r@agency.example"}, To: alex,
			Subject: subject, InReplyTo: "<a1@mail.example>", Excerpt: body}
	}
	checkJobCases(t, []jobCase{
		{"an agency's no with the choice before the verb, in German",
			msg("AW: Rückfrage Gespräch Brandl", "Hallo Herr Rivera, kurze Rückmeldung: Brandl hat sich für einen internen Kandidaten entschieden, der die Stelle jetzt übernimmt. Sehr schade."),
			true, StageRejected},
		{"staying with someone else, in Spanish",
			msg("Re: Gracias por la entrevista", "Hola Alex: gracias a ti. Te escribo con la respuesta: al final nos quedamos con otra persona del proceso. Me habría gustado darte otra noticia."),
			true, StageRejected},
		{"going with someone, as said in Argentina",
			msg("Re: Gracias por la técnica de hoy", "Alex, al final fuimos con alguien que ya venía de la industria de juegos. Gracias por todo."),
			true, StageRejected},
		{"an agency that cannot present the reader",
			msg("RE: Rol Líder de Ingeniería de Datos", "Hola Alex, hablé hoy con el cliente. Les gustó tu perfil, pero así que no voy a poder presentarte a la entrevista con ellos."),
			true, StageRejected},
		{"a choice still to make, in German",
			msg("Ihre Bewerbung", "Sehr geehrter Herr Rivera, vielen Dank für das Gespräch. Wir werden uns für einen Kandidaten entscheiden, sobald alle Gespräche geführt sind, und melden uns dann bei Ihnen."),
			true, StageAwaitingDecision},
	})
}

// TestOfferMadeToTheReader: an offer with congratulations is made to the
// reader, whatever third-party words it shares with news of someone
// else's ("the offer for", "offer from"). Near miss: a friend's news of
// the offer they got stays someone else's.
func TestOfferMadeToTheReader(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	offer := mailmsg.Message{From: mailmsg.Address{Name: "Aisha Kamara", Email: "akamara@ledger.example"}, To: alex,
		Subject: "Great speaking with you!",
		Excerpt: "Hi Alex, great speaking with you just now, and congratulations again! As discussed, here's a summary of the offer for the Senior Analytics Engineer role:\n- Base salary: CAD 142,000\n- Start date: flexible\n\nYou'll have the formal written offer from our People team within two business days.\n\nAisha"}
	checkJobStage(t, "a verbal offer's recap", offer, true, StageOffer)

	friend := mailmsg.Message{From: mailmsg.Address{Name: "Sam", Email: "sam@mail.example"}, To: alex,
		Subject: "news!",
		Excerpt: "Alex! I got an offer from Brightline for the data lead role, I declined the offer for the other one. Drinks Friday?"}
	checkJobStage(t, "a friend's news of an offer", friend, false, "")
}

// TestAppliedPostFilledUnderAFooter: a staffing firm's note that the post
// the reader applied to is filled decides the application under its
// footer ("you are receiving this email because you applied to a job");
// a job alert that lists jobs beside a filled one stays bulk.
func TestAppliedPostFilledUnderAFooter(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	filled := mailmsg.Message{From: mailmsg.Address{Name: "Beacon Staffing", Email: "jobs@staffing.example"}, To: alex,
		ListUnsubscribe: "<https://staffing.example/unsub>",
		Subject:         "Update: Business Intelligence Analyst (Contract) – Job #BSC-11872",
		Excerpt:         "Hello Alex, thank you for applying to Job #BSC-11872, Business Intelligence Analyst (12-month contract), through Beacon Staffing. Our client has now filled this position, and the posting is closed. We'll keep your resume in our database.\n\nYou are receiving this email because you applied to a job with Beacon Staffing. Unsubscribe from job updates."}
	checkJobStage(t, "a filled post under a staffing firm's footer", filled, true, StageRejected)

	alert := mailmsg.Message{From: mailmsg.Address{Name: "JobBoard", Email: "alerts@board.example"}, To: alex,
		ListUnsubscribe: "<https://board.example/unsub>",
		Subject:         "Jobs you may like",
		Excerpt:         "Thank you for applying to Data Analyst at Orrin. That position has been filled. Jobs you may like, because you applied to Data Analyst:\n\nBI Analyst - Brackwater\nAnalytics Lead - Corrigan\n\nUnsubscribe."}
	checkJobStage(t, "a job alert beside a filled post", alert, false, "")
}

// TestClockTimeAfterWeekday: "Thursday 8.30pm" is half past eight on the
// coming Thursday, not the 8th; German "Donnerstag, 8." stays the 8th.
func TestClockTimeAfterWeekday(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Thursday 8.30pm works for us, see you then.", "2027-04-15"},
		{"Das Gespräch findet am Donnerstag, 8. April um 10 Uhr statt.", "2027-04-08"},
	} {
		m := mailmsg.Message{From: mailmsg.Address{Email: "talent@acme.example"}, Subject: "Re: Interview", Date: base, Excerpt: tt.text}
		v := Classify(&m)
		if got := dateOf(v.InterviewAt); got != tt.want {
			t.Errorf("%q: interview %s, want %s; reasons %q", tt.text, got, tt.want, v.Reasons)
		}
	}
}

// TestAcademicPosts: a lectureship is a post, and "Head of School" the
// employer's title, so a committee's outcome forwarded to the reader, who
// gave a job talk, is a job's decline; a conference's "your talk" declined
// stays another kind of application.
func TestAcademicPosts(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	fwd := mailmsg.Message{From: mailmsg.Address{Name: "Eleanor W", Email: "e.w@uni.example"}, To: alex,
		Subject: "Fwd: Lectureship in Health Data Science - committee outcome",
		Excerpt: "Alex, passing this on as I said I would. Sorry it isn't better news. I thought your talk was the strongest of the day.\n\n---------- Forwarded message ---------\nFrom: Gareth Pryce <g.p@uni.example>\nSubject: Lectureship in Health Data Science - committee outcome\n\nDear both, following the panel discussion we agreed to offer the lectureship to Dr Ilse Baumann, and she accepted verbally this afternoon.\n\nProf. Gareth Pryce\nHead of School, Population Health Sciences"}
	checkJobStage(t, "a lectureship's outcome forwarded", fwd, true, StageRejected)

	talk := mailmsg.Message{From: mailmsg.Address{Name: "Programme Committee", Email: "pc@conf.example"}, To: alex,
		Subject: "Your talk proposal",
		Excerpt: "Dear Alex, thank you for your talk proposal. We regret to inform you that your talk was not accepted for this year's programme. The School of Data Science hosts the conference again next year and we encourage you to submit a proposal."}
	checkJobStage(t, "a conference talk declined", talk, false, "")
}

// TestTryoutsAndPapers: a club's tryout and a journal's manuscript are
// other kinds of application; a take-home's submission and its reviewers
// are a job's.
func TestTryoutsAndPapers(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	checkJobCases(t, []jobCase{
		{"a club's tryout",
			mailmsg.Message{From: mailmsg.Address{Name: "Harbour FC", Email: "coach@club.example"}, To: alex, Subject: "Saturday tryouts",
				Excerpt: "Hi Alex, thanks for coming to the tryouts on Saturday. Unfortunately you haven't been selected this season."},
			false, ""},
		{"a journal's manuscript declined",
			mailmsg.Message{From: mailmsg.Address{Name: "Editorial Office", Email: "editor@journal.example"}, To: alex, Subject: "Decision on your manuscript",
				Excerpt: "Dear Dr Rivera, we regret to inform you that your manuscript has not been accepted for publication after peer review."},
			false, ""},
		{"a take-home's submission under review",
			mailmsg.Message{From: mailmsg.Address{Name: "Priya", Email: "priya@firm.example"}, To: alex, InReplyTo: "<a@mail.example>",
				Subject: "Re: Take-home submission - Senior Data Engineer",
				Excerpt: "Thanks Alex, got your submission. Our reviewers will look at it this week and the recruiter will get back to you with the outcome within two weeks."},
			true, ""},
	})
}

// TestProcessClosedWithTheReader: a process closed with the reader ("por
// ahora, cerramos aquí el proceso contigo") or a shortlist closed before
// the reader's slot is a no. Near miss: a shortlist closed with the reader
// on it, who is invited on.
func TestProcessClosedWithTheReader(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	checkJobCases(t, []jobCase{
		{"a CTO closing the process, in Spanish",
			mailmsg.Message{From: mailmsg.Address{Name: "Carlos Ferrando", Email: "carlos@startup.example"}, To: alex,
				Subject: "Pimentón – sobre la posición de Data Engineer",
				Excerpt: "Hola Alex, gracias por la llamada del lunes. Con la diferencia horaria con Nueva York no lo veo viable. Así que, por ahora, cerramos aquí el proceso contigo.\n\nCarlos"},
			true, StageRejected},
		{"a shortlist closed before the reader's slot",
			mailmsg.Message{From: mailmsg.Address{Name: "Michał Grabowski", Email: "michal@labs.example"}, To: alex, InReplyTo: "<a@mail.example>",
				Subject: "Re: Interview availability",
				Excerpt: "Dear Alex, thank you for sending your availability. In the meantime the hiring manager has closed the shortlist for the Data Engineer role with candidates already in the final stage, so we won't need the slot with you after all."},
			true, StageRejected},
		{"a shortlist closed with the reader on it",
			mailmsg.Message{From: mailmsg.Address{Name: "Talent", Email: "talent@firm.example"}, To: alex,
				Subject: "Data Engineer - final interview",
				Excerpt: "Dear Alex, the shortlist is now closed and I'm delighted to tell you that you are on it. We would like to invite you to the final interview on Thursday at 10:00."},
			true, ""},
	})
	on := mailmsg.Message{From: mailmsg.Address{Email: "talent@firm.example"}, To: alex, Subject: "Data Engineer - final interview", Date: base,
		Excerpt: "Dear Alex, the shortlist is now closed and I'm delighted to tell you that you are on it. We would like to invite you to the final interview on Thursday at 10:00."}
	if v := Classify(&on); v.Stage == StageRejected {
		t.Errorf("a shortlist closed with the reader on it read as a no; reasons %q", v.Reasons)
	}
}
