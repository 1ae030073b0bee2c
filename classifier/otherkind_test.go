package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestOtherKindDecline: a decline whose clearest evidence is of
// another kind of application (a grant, a flat) is not job mail, even when
// a word it shares with hiring ("a job queue", "the panel") is there; a
// post, an interview or a job named in the subject keep a job's decline
// a job's.
func TestOtherKindDecline(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a grant's decline for a project that is a job queue",
			mailmsg.Message{From: mailmsg.Address{Name: "Open Code Fund", Email: "grants@fund.example"},
				Subject: "Microgrants 2027 – decision on your application",
				Excerpt: "Dear Alex, thank you for applying to the Microgrants 2027 programme with the project \"quickq - a small job queue\". This round we received 214 applications for 18 grants. After review by the programme committee we are sorry to tell you that your application was not successful and will not be funded. We encourage you to apply again when the next call for proposals opens."},
			false, ""},
		{"a grant panel's decline with the next round",
			mailmsg.Message{From: mailmsg.Address{Name: "Civic Data Trust", Email: "grants@trust.example"},
				Subject: "Outcome of your application",
				Excerpt: "Dear Alex, thank you for applying to our open data grants. The panel met on 22 March and I'm sorry to say that your application was not successful on this occasion. Each grant is small and we had many strong proposals. The next round opens in September and we would encourage you to apply again."},
			false, ""},
		{"a letting agent's no on a flat",
			mailmsg.Message{From: mailmsg.Address{Name: "Harbour Lettings", Email: "lettings@harbour.example"},
				Subject: "Your application for 4B Quay Street",
				Excerpt: "Hi Alex, thanks for your application and for coming to the viewing. The landlord has decided to go with another tenant for this apartment, so we won't be taking your application further. We'll keep your details on file for similar properties."},
			false, ""},
		{"a postdoc position's decline that mentions the grant paying for it",
			mailmsg.Message{From: mailmsg.Address{Name: "Prof. Ines Carvalho", Email: "i.carvalho@uni.example"},
				Subject: "Re: Postdoctoral position - follow up",
				Excerpt: "Dear Alex, thank you for your patience. I'm afraid we took another candidate for the position funded by the grant; it was a close decision. Your talk at the workshop was excellent and I wish you good luck."},
			true, StageRejected},
		{"a school's decline of a teaching application after an interview",
			mailmsg.Message{From: mailmsg.Address{Name: "Hillside School HR", Email: "hr@hillside.example"},
				Subject: "Your application",
				Excerpt: "Dear Alex, thank you for coming in for interview with our panel on Tuesday. Unfortunately, on this occasion we have decided to offer the post to another candidate. We were impressed by your lesson and wish you every success."},
			true, StageRejected},
		{"a funded research job's decline beside grant words",
			mailmsg.Message{From: mailmsg.Address{Name: "Lab Manager", Email: "lab@institute.example"},
				Subject: "Research Assistant vacancy (grant-funded)",
				Excerpt: "Dear Alex, thank you for applying for the Research Assistant vacancy on our grant. We received many strong applications and regret that yours was not shortlisted. The funding runs for two years and we may advertise again."},
			true, StageRejected},
	})
}

// TestDeclineOfSomeoneNamed: a decline whose object is a third person, by
// pronoun or by name, is someone else's hiring told to the reader; the
// reader's own name, a post or a status table's next cell is no third
// person.
func TestDeclineOfSomeoneNamed(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	checkJobCases(t, []jobCase{
		{"a friend's thanks for a screen, declining the candidate by name",
			mailmsg.Message{From: mailmsg.Address{Name: "Maya Lind", Email: "maya@startup.example"}, To: alex,
				Subject: "Re: candidate notes",
				Excerpt: "Hey Alex, thanks for doing that screen on Friday, your notes were super helpful. We've decided not to move forward with Jamie; we landed where you did. Would you be up for doing one more next week?"},
			false, ""},
		{"a founder's feedback on an interview the reader sat in on, in Spanish",
			mailmsg.Message{From: mailmsg.Address{Name: "Lucía F.", Email: "lucia@startup.example"}, To: alex,
				Subject: "Feedback entrevista – QA Analyst",
				Excerpt: "Hola Alex, gracias por sumarte a la entrevista técnica del jueves. Decisión: no avanzamos con ella para QA Automation, pero le vamos a proponer otro puesto. Le mandamos la devolución el miércoles."},
			false, ""},
		{"an agency forwarding the client's no on the reader by name",
			mailmsg.Message{From: mailmsg.Address{Name: "Orla Keane", Email: "orla@agency.example"}, To: alex,
				Subject: "Fwd: Platform Engineer shortlist",
				Excerpt: "Hi Alex, sorry to pass this on. The client wrote: we have decided not to move forward with Alex at this stage, as we need deeper Kubernetes experience."},
			true, StageRejected},
		{"a decline of the reader's application",
			mailmsg.Message{From: mailmsg.Address{Name: "Talent Team", Email: "jobs@firm.example"}, To: alex,
				Subject: "Your application for Data Analyst",
				Excerpt: "Dear Alex, thank you for applying for the Data Analyst position. We have decided not to move forward with your application at this time."},
			true, StageRejected},
		{"a status table whose next cell is capitalised",
			mailmsg.Message{From: mailmsg.Address{Name: "Careers", Email: "noreply@taleo.net"}, To: alex,
				Subject: "Application Status Notification - Req. 27000412",
				Excerpt: "Dear Alex,\nThe status of your application for Research Scientist has changed.\nStatus: Not Selected\nComments: The requisition has been filled.\nThank you for your interest."},
			true, StageRejected},
	})
}

// TestOtherKindInCompoundsAndCards: another kind of application named in
// a German or Dutch compound ("Sprachkursstipendium", "hypotheekaanvraag")
// or by a noun that names no job (a credit card), however often the words
// it shares with hiring come ("salary" three times): no job mail. Near
// misses: a bank's decline of a Credit Card Risk Analyst and a property
// firm's decline of a Leasing Consultant stay job rejections.
func TestOtherKindInCompoundsAndCards(t *testing.T) {
	alex := []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@mail.example"}}
	checkJobCases(t, []jobCase{
		{"a language-course scholarship, in German and English",
			mailmsg.Message{From: mailmsg.Address{Name: "Stiftung", Email: "stipendien@stiftung.example"}, To: alex,
				Subject: "Sprachkursstipendium 2027: Ergebnis Ihrer Bewerbung / Result of your application",
				Excerpt: "Sehr geehrter Herr Rivera, die Auswahlkommission hat über die Vergabe der Sprachkursstipendien entschieden. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen kein Stipendium anbieten können. Die Zahl der Bewerbungen war sehr hoch.\n\nDear Mr Rivera, we regret that we are unable to offer you a scholarship in this round. You are welcome to apply again."},
			false, ""},
		{"a mortgage application declined, in Dutch",
			mailmsg.Message{From: mailmsg.Address{Name: "Dijkstra Hypotheken", Email: "pieter@hypotheken.example"}, To: alex,
				Subject: "Uw hypotheekaanvraag – dossier 2027-58814",
				Excerpt: "Beste heer Rivera, helaas heeft de geldverstrekker besloten uw aanvraag op dit moment niet in behandeling te nemen, omdat er geen arbeidsovereenkomst met een Nederlandse werkgever kan worden overgelegd."},
			false, ""},
		{"a credit card declined over salary credits",
			mailmsg.Message{From: mailmsg.Address{Name: "Cards Services", Email: "alerts@bank.example"}, To: alex,
				Subject: "Your credit card application",
				Excerpt: "Dear Alex, thank you for applying for the Platinum Rewards credit card. We have carefully reviewed your application and regret that we are unable to approve it at this time, as we could not verify three months' salary. Once your salary is transferred, and your salary account is open, you are welcome to reapply."},
			false, ""},
		{"a bank's decline of a Credit Card Risk Analyst",
			mailmsg.Message{From: mailmsg.Address{Name: "Bank Careers", Email: "careers@bank.example"}, To: alex,
				Subject: "Your application: Credit Card Risk Analyst",
				Excerpt: "Dear Alex, thank you for applying for the Credit Card Risk Analyst position. After careful review we have decided not to move forward with your application at this time."},
			true, StageRejected},
		{"a property firm's decline of a Leasing Consultant",
			mailmsg.Message{From: mailmsg.Address{Name: "Harbour Property HR", Email: "hr@property.example"}, To: alex,
				Subject: "Leasing Consultant role",
				Excerpt: "Hi Alex, thanks for interviewing for the Leasing Consultant role at our Bondi apartments. The owner-operators have selected another candidate with more real estate experience."},
			true, StageRejected},
	})
}
