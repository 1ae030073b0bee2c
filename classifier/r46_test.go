package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The forty-sixth round (tune_written/r46_*: remote startups, creative
// agencies, US trades and public works, health services) came in with no's
// for freelancers' held dates, a foreman's "a guy who already had his CDL",
// and acknowledgements read as no's. Each case failed on the code before
// but the BambooHR acknowledgement, which held in these shorter words (a
// guard; the round's own, longer, was read as a no).
func TestR46Verdicts(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a producer releasing a freelancer's hold", "keziah@mothlantern.example", "Re: Avail check 3-7 May - motion",
			"Hi Alex,\n\nSorry, not the email I wanted to send -- I'm releasing your hold on 3-7 May.\n\n" +
				"The director's decided to stay with the animator who did the titles on the pilot. Nothing to do with your reel.\n\nKeziah",
			true, StageRejected},
		{"a studio that won't be booking the pencilled dates", "sasha@brightwater.example", "University rebrand - client decision",
			"Hi Alex,\n\nThe university went with the other team we put forward.\n\nSo I'm afraid we won't be booking you for the August-September dates we'd pencilled.\n\nSasha",
			true, StageRejected},
		{"a foreman's guy with a CDL", "dale@pinebrook.example", "Re: Laborer/driver spot",
			"Alex - appreciate you coming by the yard Saturday.\n\nHonestly we went with a guy who already had his CDL, so he can move the lowboy from day one. Nothing against you.\n\nDale",
			true, StageRejected},
		{"an apprenticeship committee's receipt that says how openings are filled", "applications@jatc.example", "Application Received - 2027 Inside Wireman Apprenticeship",
			"Dear Alex Rivera,\n\nThis email confirms that the JATC has received your application for the 2027 apprenticeship intake.\n\n" +
				"Applicants who achieve a qualifying score are scheduled for an interview. Scores are combined into a ranked list, and openings are filled from that list in rank order as contractors request apprentices.\n\n" +
				"Apprenticeship Intake Office",
			true, StageApplicationAck},
	})
	ack := &mailmsg.Message{
		From: mailmsg.Address{Name: "Kestrel Post", Email: "no-reply@bamboohr.com"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
		Subject: "Thank you for applying to Kestrel Post", Date: base,
		Excerpt: "Hi Alex,\n\nThanks for applying for the Motion Designer (Promos & Titles) position at Kestrel Post. We've got your application, reel link and resume.\n\n" +
			"Our team reviews applications on a rolling basis while the posting is open. If your experience lines up with what we're looking for, someone from our team will reach out to set up a conversation.\n\n" +
			"Thanks again for your interest in Kestrel.\n\nThe Kestrel Post team",
	}
	if v := Classify(ack); !v.Job || v.Stage != StageApplicationAck {
		t.Errorf("an acknowledgement with a condition for later contact: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	status := &mailmsg.Message{
		From: mailmsg.Address{Name: "Mandy", Email: "noreply@mandy.com"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
		Subject: "Application update: Motion Graphics Designer - Documentary Series", Date: base,
		ListUnsubscribe: "<https://www.mandy.com/account/email-preferences>",
		Excerpt: "Hi Alex,\n\nThere's an update on a job you applied for:\n\nJob Motion Graphics Designer\nCompany Lowlight Pictures\nStatus Unsuccessful\n\n" +
			"Lowlight Pictures have let us know that this position has now been filled, and your application has not been taken forward.\n\n" +
			"Browse similar jobs\n\nYou're receiving this email because you applied for a job on Mandy. Email preferences",
	}
	if v := Classify(status); !v.Job || v.Stage != StageRejected {
		t.Errorf("a film board's status on the application: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}

// Offers said in the words of a health authority, a clinic, an
// apprenticeship committee and a hiring hall; each failed on the code
// before.
func TestR46Offers(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an offer that asks for the signed letter and names the onboarding package to come", "colleen@atlanticshore.example",
			"Offer of Employment - Medical Radiation Technologist",
			"Dear Alex,\n\nI am very pleased to offer you the position of Medical Radiation Technologist at Cape Breton Regional Hospital.\n\n" +
				"Rate of pay: $39.84/hour\nStart date: Monday, September 13, 2027\n\nPlease confirm your acceptance by signing and returning the letter by Wednesday, July 21. " +
				"HR will also email your onboarding package within 3-5 business days.\n\nSincerely,\nColleen",
			true, StageOffer},
		{"a verbal offer whose letter is being prepared", "dwhitcombe@harborview.example", "Following up on our call - Physical Therapist offer",
			"Hi Alex,\n\nIt was great speaking with you this afternoon - the whole team is thrilled that we can extend you an offer for the Outpatient Physical Therapist position!\n\n" +
				"Base salary: $92,500/year\nTarget start date: Monday, October 18\n\nHR is preparing the formal offer letter now and you'll have it by Wednesday. " +
				"It will include the background check authorization.\n\nDanielle",
			true, StageOffer},
		{"a place in an apprenticeship class, its letter wrapped", "office@sheetmetaljatc.example", "Congratulations - Selected for the Fall 2027 Apprenticeship Class",
			"Dear Alex Rivera,\n\nI am pleased to inform you that you have been selected for the Fall 2027 apprenticeship class.\n\n" +
				"Your starting wage will be 45% of the journeyperson rate (currently $21.38/hr) plus fringe benefits.\n\n" +
				"  1. Call the JATC office to confirm that you accept your\n     place in the class no later than September 8.\n",
			true, StageOffer},
	})
}

// No's in a crew boss's and a business agent's words, a union's and an
// apprenticeship committee's hiring words, a hospital's automatic receipt
// of a CV, and look-alikes of the reader's hiring; each failed on the code
// before.
func TestR46JobAndLookalikes(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a crew full for the season", "chris@greenwayhardscapes.example", "Re: laborer / paver install",
			"Hey Alex thanks for reaching out. Crew is full for the season, sorry man.\nWe do all our hiring in March. If you're still looking next Feb hit me up.\n\nChris",
			true, StageRejected},
		{"a business agent with nothing for the reader this year", "dkowal@carpenters417.example", "Re: Getting into Local 417",
			"Alex,\n\nRight now we've got about 60 members sitting on the out-of-work list, and the apprenticeship class for this year filled back in the spring.\n" +
				"So there's nothing I can do for you this year.\n\nIntake for the 2028 apprentice class opens in January.\n\nDennis Kowal\nBusiness Agent",
			true, StageRejected},
		{"the reader asked to score someone else's shortlist", "marcus@lumen.example", "Junior designer shortlist - can you take a look?",
			"Hey Alex,\n\nWe're finally hiring the junior designer, and I'd really value your eye on the shortlist. Could you give each portfolio a quick score (1-5) and a line on whether you'd interview them?\n\n" +
				"We're planning to send interview invites on Monday.\n\nMarcus",
			false, ""},
		{"a friend asking to be referred", "priscilla.dev@gmail.com", "favour to ask (referral?)",
			"Hey Alex!!\n\nRandom question - didn't you interview at Fernhill earlier this year? They've opened a Senior Frontend role.\n\n" +
				"Would you be comfortable putting me in touch with the recruiter you dealt with or passing my CV along?\n\nP x",
			false, ""},
		{"the current employer's open shift", "staffing@lakeshorehealth.example", "Open shift available: CT Technologist - Sat 8/14",
			"OPEN SHIFT - FIRST COME, FIRST SERVED\n\nRole: CT Technologist\nIncentive: Critical shift differential + $150 pickup bonus\n\n" +
				"Alex,\n\nThis shift is being offered to all credentialed CT technologists. To claim it, log in to the staffing app and tap \"Request shift\".",
			false, ""},
	})
}
