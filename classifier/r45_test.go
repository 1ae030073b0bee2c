package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// Left over from the forty-second to forty-fourth rounds: job boards'
// acknowledgements read as mailings, and mail about a child's school
// place or a building permit read as the reader's hiring. Each case failed
// on the code before.
func TestBoardAcknowledgementsUnderFooters(t *testing.T) {
	for _, tc := range []struct {
		name, from, subject, unsubscribe, body string
	}{
		{"a schools' board, its footer and header", "noreply@tes.com", "Your application to Oakfield Park School has been submitted",
			"<https://www.tes.com/account/email-preferences>",
			"Hi Alex,\n\nYour application for Teacher of Mathematics (Maternity Cover) at Oakfield Park School, Nottingham has been successfully submitted.\n\n" +
				"What happens next?\nThe school will review applications after the closing date. If you're shortlisted, the school will contact you directly about the next steps.\n\n" +
				"Good luck!\nThe Tes Jobs team\n\nYou're receiving this email because you applied for a job on tes.com. Email preferences · Privacy\n© 2027 Tes. All rights reserved."},
		{"a hospitality board's note that the application went to the employer", "noreply@caterer.com", "Application sent: Front of House Team Member",
			"<https://www.caterer.com/account/email-preferences>",
			"Your application has been sent\n\nHi Alex,\n\nGood news - your application for Front of House Team Member at The Copper Kettle Tearooms (York) has been sent to the employer.\n\n" +
				"What happens next?\nThe employer will review your CV and cover letter. If they'd like to take things further, they'll contact you directly.\n\n" +
				"Good luck!\nThe Caterer.com team\n\nYou received this email because you applied for a job on Caterer.com.\nUnsubscribe from these emails: https://www.caterer.com/account/email-preferences"},
		{"the sites a welder travels to are no job sites on the web", "indeedapply@indeed.com", "Application submitted: Pipefitter / Welder", "",
			"Your application has been submitted\n\nPipefitter / Welder\nTri-County Mechanical Services - Allentown, PA\n\n" +
				"Your application was sent to Tri-County Mechanical Services. The employer will contact you directly if they'd like to move forward.\n\n" +
				"Here's what you submitted:\n- Resume: Alex_Rivera_Pipefitter_2027.pdf\n- Willing to travel to job sites up to 60 miles? Yes\n\nTrack your application: https://myjobs.indeed.com/applied"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &mailmsg.Message{
				From: mailmsg.Address{Email: tc.from}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
				Subject: tc.subject, Date: base, ListUnsubscribe: tc.unsubscribe, Excerpt: tc.body,
			}
			if v := Classify(m); !v.Job || v.Stage != StageApplicationAck {
				t.Errorf("job %v stage %s, want an application acknowledgement; reasons %q", v.Job, v.Stage, v.Reasons)
			}
		})
	}
}

func TestOtherApplicationsOfTheHousehold(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a school place offered to the reader's child", "admissions@patricianss.example", "Offer of a place - First Year 2027/2028",
			"Dear Parent/Guardian,\n\nRe: Jamie Rivera - First Year 2027/2028\n\nFurther to your application, we are delighted to offer Jamie a place in First Year commencing in August 2027.\n\n" +
				"To accept this offer, please complete the Acceptance Form on the parent portal and pay the booking deposit no later than Friday 14th May.\n\nYours sincerely,\nMr Brendan Kinsella\nDeputy Principal\nPatrician Secondary School",
			false, ""},
		{"a building permit approved", "noreply@permits.example", "Permit application BLD-27-004419 - Approved",
			"Permit Application: BLD-27-004419\nWork Description: Interior alteration - kitchen\nApplicant/Contractor: RIVERA CARPENTRY (ALEX RIVERA)\n\n" +
				"Your application has been APPROVED. Please pay the outstanding permit fee of $185.00 through the online portal. Once paid, the permit card must be posted at the job site.",
			false, ""},
	})
}

// A small employer's note after the reader came in, with no hiring word but
// the other people still to be seen and a promise of an answer, is a
// decision to come. Each case failed on the code before; a landlord's and a
// customer's look-alikes are guards.
func TestAnswerWhileOthersAreSeen(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a shop superintendent after a call", "wade@foothills-mill.example", "Re: Millwright - Red Seal - Calgary shop",
			"Alex,\n\nGood talking to you this morning. I've got one more guy to see tomorrow and then I'll sit down with our GM. We'll have an answer for you by the end of the week.\n\nWade",
			true, StageAwaitingDecision},
		{"a hotel manager, still a couple of folk to see", "morag@glenhotel.example", "Yesterday",
			"Hi Alex,\n\nJust a wee note to say thanks for coming up to see us yesterday.\n\nWe've still got a couple of folk to see for the supervisor post, the last one's on Friday, " +
				"so I'll get back to you early next week once Graeme and I have had a blether about everyone.\n\nAll the best,\nMorag",
			true, StageAwaitingDecision},
		{"an Italian workshop, two more people to hear", "chiara@officina.example", "grazie per ieri!",
			"Ciao Alex,\n\ngrazie ancora per la chiacchierata di ieri.\n\nLa settimana prossima sentiamo ancora due persone, poi ci prendiamo qualche giorno per pensarci. Ti faremo sapere entro fine mese, in ogni caso.\n\nChiara",
			true, StageAwaitingDecision},
		{"a landlord with more people to see the flat", "landlord.bob@gmail.com", "Re: the flat on Elm Street",
			"Hi Alex,\n\nThanks for coming to the viewing. I've got two more people coming in tomorrow to see the apartment, so I'll let you know by Friday.\n\nBob",
			false, ""},
		{"a customer with another quote to get", "helen.m@verizon.net", "Re: Deck quote",
			"Hi Alex,\n\nThanks for coming out. We have one more contractor coming to quote on Thursday and will let you know by the weekend.\n\nHelen",
			false, ""},
	})
}
