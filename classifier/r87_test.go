package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestEightySeventhRound: what r87 brought at its arrival, five more
// writers with the third blind set's personas. A no said as an offer not
// extended after an internship, as a couple chosen, as a candidacy that
// ends at a failed step, as no adjunct brought on, and as a post given to
// another competitor; a travel award and a radio programme's interview
// are no hiring; an offer's details, a census post offered, an offer
// confirmed once a freeze is lifted, and Portugal's polite wish.
func TestEightySeventhRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"no offer after the internship", "campus@kaveri.example", "Summer Internship 2027 - PPO decision",
			"Dear Alex,\n\nThank you for your eight weeks with the marketing team. The PPO committee met yesterday and has " +
				"decided not to extend a pre-placement offer to you.\n\nRitika",
			true, StageRejected},
		{"a couple chosen, the reader put forward elsewhere", "sinead@chalkandcompass.example", "Doha - Grade 4 homeroom update",
			"Hi Alex,\n\nHeard back from the school about the Grade 4 homeroom post after your interview. They've gone with a " +
				"teaching couple they met at the London fair. I'm putting you forward for two other schools this week.\n\nSinéad",
			true, StageRejected},
		{"a candidacy that ends at a step", "testing@cedarhollowfire.example", "Firefighter/EMT Entry Process - CPAT Result",
			"Mr. Rivera,\n\nResult: DID NOT COMPLETE WITHIN TIME LIMIT.\n\nSuccessful completion of the CPAT is required to " +
				"advance to the oral board. Your candidacy for the 2027 entry-level process therefore ends at this step.",
			true, StageRejected},
		{"no adjunct brought on", "felix@prairievista.example", "Adjunct Instructor - Phlebotomy (Fall 2027)",
			"Dear Alex,\n\nWe ended up covering all four fall sections with returning faculty, so I won't be bringing on a new " +
				"adjunct this term. I've added you to the department's adjunct pool. When enrollment lets us add a section, " +
				"that's the first list I look at.\n\nFelix",
			true, StageRejected},
		{"a post given to another competitor", "ximena@cinav.example", "Convocatoria CINAV-INV-04/2027: dictamen de la Comisión Dictaminadora",
			"Estimado Dr. Rivera:\n\nTras la revisión de expedientes y la réplica oral, la Comisión resolvió por mayoría otorgar " +
				"la plaza a otro de los concursantes.",
			true, StageRejected},
		{"an offer's details answered", "rachel.cho@everlink.example", "Re: Offer details",
			"Yep, 128 base is right. Target bonus is 10% and the relocation stipend is separate - it's all spelled out on page 2 " +
				"of the letter.\n\nRachel",
			true, StageOffer},
		{"a census post offered", "recruitment@census.example", "Offer of Temporary Employment – Census Enumerator",
			"Dear Alex Rivera,\n\nI am pleased to offer you temporary employment as a Census Enumerator for Census 2027.\n\n" +
				"Your contract will be issued within 5 working days. Please read it carefully, sign it and return it through " +
				"the Census Staff Portal within 7 days of receiving it.",
			true, StageOffer},
		{"an offer once the freeze is lifted", "giulia@studio.example", "Aggiornamento - Senior Data Engineer",
			"Ciao Alex,\n\nil consiglio ha revocato il blocco delle assunzioni. Siamo quindi felici di confermarti l'offerta per " +
				"la posizione di Senior Data Engineer.\n\nGiulia",
			true, StageOffer},
		{"Portugal's polite wish", "ines@douro.example", "Re: Product Analyst",
			"Olá Alex,\n\nBoas notícias: gostaríamos muito de o ter na equipa como Product Analyst!\nEnvio-lhe amanhã a proposta " +
				"por escrito.\n\nInês",
			true, StageOffer},
		{"the final interviews in Flemish", "pieter@waterlab.example", "Stand van zaken - Data Engineer",
			"Dag Alex,\n\nde directie heeft de eindgesprekken vorige week geëvalueerd. Je krijgt van mij ten laatste tegen " +
				"vrijdag een definitief antwoord.\n\nPieter",
			true, ""},
		{"a fire service's background check", "awhitaker@greystonefire.example", "Background status",
			"Alex,\n\nThe background investigators have finished your reference and employment checks, and the last piece is " +
				"the polygraph report. Expect a call from me early next week.",
			true, ""},
		{"a travel award", "gradtravel@university.example", "Travel Award - Spring 2027 cycle",
			"Dear Alex,\n\nThank you for applying to the Graduate Student Travel Award. We regret that your application was " +
				"unsuccessful in this round.",
			false, ""},
		{"a radio programme's interview", "maya@valleyradio.example", "Interview request: teacher shortage segment",
			"Hi Alex,\n\nWe're putting together a segment on how career changers are filling shop and CTE teaching jobs. Would " +
				"you be open to a 20-minute recorded interview with our host? The segment would air in mid-March.",
			false, ""},
		// guards: a few weeks more is no one with more; the writer's own
		// filling is a decision (and the radio programme above was no
		// hiring before either)
		{"a couple more weeks", "hr@lab.example", "Update on your application",
			"Hi Alex,\n\nThanks for your patience after the interview. The committee needs a couple more weeks to finish; I'll " +
				"write by the end of the month.",
			true, ""},
		{"the writer filling the post", "hr@firm.example", "Your application - Analyst",
			"Dear Alex,\n\nThank you for interviewing for the Analyst role. We are filling the role with an internal candidate.",
			true, StageRejected},
	})
}

// An outreach sequence sent through a sourcing tool from the recruiter's
// own address carries the tool's unsubscribe link: one person's outreach,
// not a mailing. A mailing from the tool's own domain stays one.
func TestSequenceToolUnsubscribe(t *testing.T) {
	m := &mailmsg.Message{
		From:            mailmsg.Address{Name: "Jenna Park", Email: "jenna.park@arcadiansemi.example"},
		To:              []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
		Subject:         "Arcadian Semiconductor - Technical Marketing Engineer, Edge AI",
		Date:            base,
		ListUnsubscribe: "<https://app.gem.com/unsubscribe/ab12>",
		Excerpt: "Hi Alex,\n\nI'm a recruiter at Arcadian Semiconductor. Your background in analytics for hardware teams caught " +
			"my eye, and I think you could be a strong fit for our Technical Marketing Engineer role.\n\nWould you be open to " +
			"a 20-minute call next week to learn more?\n\nBest,\nJenna Park\nSenior Technical Recruiter",
	}
	if v := Classify(m); !v.Job || v.Bulk {
		t.Errorf("a recruiter's sequence through Gem: job %v bulk %v; reasons %q", v.Job, v.Bulk, v.Reasons)
	}
	m.From = mailmsg.Address{Name: "Marloes from Recruitee", Email: "research@recruitee.com"}
	m.ListUnsubscribe = "<https://recruitee.com/research/unsubscribe?u=ar55>"
	m.Subject = "Help us improve Recruitee: 20 minutes of your time?"
	m.Excerpt = "Hi Alex,\n\nYou recently applied for a job through Recruitee. Would you be open to a 20-minute interview " +
		"about your experience as a candidate? We'll send a gift card as thanks.\n\nUnsubscribe from research emails"
	if v := Classify(m); v.Job {
		t.Errorf("an ATS vendor's research mailing: job %v; reasons %q", v.Job, v.Reasons)
	}
}

// A school counselor's post is a post, not a school applied to.
func TestSchoolCounselorPost(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the reader's thanks after a school counselor interview", "alex.rivera@fastmail.com", "Thank you - School Counselor interview",
			"Dear Ms. Gaudet,\n\nThank you for meeting with me this afternoon, and please pass my thanks on to the two students " +
				"on the panel. I left even more excited about the advisory program.\n\nWith appreciation,\nAlex Rivera",
			true, ""},
	})
}
