package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The forty-third round (tune_written/r43_*: care and hospitality, arts and
// non-profits, early careers, small practices) came in with its no's read
// and these misses: an assessment day's running order ("13:30 Close")
// read as the post closed for someone else, a trial day's "sit in on the
// morning huddle" read as a seat on someone else's panel, a pub's offer
// in its own words, a contingency of any offer read as one, and an
// internship board's status update sunk by its footer. Each case failed
// on the code before.
func TestR43Letters(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an assessment day's running order", "earlycareers@castlemere-bank.example", "Confirmed: Virtual Assessment Centre - Wednesday 14 April",
			"Dear Alex,\n\nWe're pleased to confirm your virtual assessment centre for the 2027 Summer Internship Programme on Wednesday 14 April 2027.\n\n" +
				"Running order\n  08:45  Welcome and introductions\n  09:05  Group exercise\n  12:15  Q&A with current interns\n  13:30  Close\n\n" +
				"We look forward to meeting you.\n\nEarly Careers Team",
			true, StageInterviewScheduled},
		{"a trial day that sits in on the team's huddle", "recruitment@ainsley-rowe.example", "Trial day confirmed - Friday 9 July",
			"Dear Alex,\n\nWe are pleased to confirm your trial day for the position of Optical Practice Manager at our York branch on Friday 9 July 2027, 8:45am - 4:30pm.\n\n" +
				"During the day you'll spend time on the shop floor with our dispensing team, sit in on the morning huddle, and have a conversation with Helen in the afternoon.\n\n" +
				"Please bring photo ID.\n\nRecruitment Team",
			true, StageInterviewScheduled},
		{"a pub's offer in its own words", "fergal@cobbledyard.example", "Bar job",
			"Alex,\n\nGreat to have you in on Friday, the lads were delighted with you. The job is yours if you want it - Thursday, Friday and Saturday nights, " +
				"7 till close, €15.50 an hour plus tips.\n\nLet me know are you on for it and I'll stick you on the rota from next week.\n\nFergal",
			true, StageOffer},
	})
	wait := letter("gbaptiste@maplewood-gardens.example", "Thank you for interviewing with Maplewood Gardens",
		"Dear Alex,\n\nThank you for participating in the final interview for the Certified Nursing Assistant position.\n\n"+
			"We anticipate making a decision and will contact you within two weeks.\n\n"+
			"Please note that any offer of employment will be contingent on a clear background check and a negative drug screen.\n\nGregory")
	if v := Classify(wait); !v.Job || v.Stage == StageOffer {
		t.Errorf("a contingency of any offer: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	board := &mailmsg.Message{
		From: mailmsg.Address{Name: "Internshala", Email: "student@internshala.com"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
		Subject: "Update on your application for Digital Marketing internship at Kavya Foods", Date: base,
		ListUnsubscribe: "<https://internshala.com/unsubscribe/student/a81fc0>",
		Excerpt: "Hi Alex,\n\nThank you for applying to the Digital Marketing internship at Kavya Foods Pvt. Ltd. (Work from home, 3 months, stipend Rs 8,000/month).\n\n" +
			"The employer has reviewed your application and has decided not to move ahead with it at this time. Your application status has been updated to \"Not selected\".\n\n" +
			"Don't be disheartened - companies post new internships on Internshala every day. Here are a few things that can improve your chances:\n" +
			" * Add work samples or a portfolio link to your resume\n * Apply early - many employers shortlist within the first few days\n\n" +
			"Browse internships matching your preferences: https://internshala.com/internships/matching-preferences\n\nAll the best,\nTeam Internshala\n\n" +
			"You are receiving this email because you applied to an internship on Internshala. Unsubscribe from application updates.",
	}
	if v := Classify(board); !v.Job || v.Stage != StageRejected {
		t.Errorf("an internship board's no: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
