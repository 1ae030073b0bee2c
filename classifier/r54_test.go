package classifier

import "testing"

// Messages of r52 and r54 read as no's on the code before: an
// applicant-tracking system confirming the reader's own withdrawal, a
// delay whose news is that the reader is "noch im Rennen" beside a post
// filled elsewhere in the company, and a recruitment suspended for every
// candidate.
func TestR54NotNos(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a withdrawal confirmed", "noreply@myworkday.example", "Application withdrawn: Director, Model Risk",
			"Hi Alex,\nThis confirms that you have withdrawn your application for Director, Model Risk (R-25560).\nYour recruiter and the hiring manager have been notified.\nThank you for your interest in this role.\nTalent Acquisition",
			true, StageWithdrawn},
		{"a withdrawal confirmed in German", "jobs@software.example", "Ihre Bewerbung als Senior BI Developer",
			"Hallo Herr Rivera,\nhiermit bestätigen wir, dass Sie Ihre Bewerbung als Senior BI Developer (m/w/d) zurückgezogen haben.\nIhre Unterlagen werden gelöscht. Wir bedauern Ihre Entscheidung, respektieren sie aber. Alles Gute für Sie!\nIhr Recruiting-Team",
			true, StageWithdrawn},
		{"still in the running", "hr@firma.example", "Ihre Bewerbung – Zwischenstand",
			"Sehr geehrter Herr Rivera,\nentschuldigen Sie die lange Funkstille nach unserem Gespräch. Die Teamleitung ist neu besetzt worden, und der neue Kollege möchte sich vor einer finalen Entscheidung ein eigenes Bild machen.\nIhre Bewerbung ist ausdrücklich noch im Rennen. Wir melden uns spätestens bis zum 12.03. mit einer Rückmeldung.\nMit freundlichen Grüßen",
			true, StageAwaitingDecision},
		{"recruitment suspended for everyone", "recruit@heavy.example", "Data Engineer recruitment",
			"Dear Mr. Rivera,\nThank you for attending the first interview in May. Following a review of our business plan, the recruitment for the position of Data Engineer has been suspended as of today. As a result, we will not be able to continue the selection process for any candidates for this position.\nThis is in no way related to the evaluation of your application.\nSincerely,\nHR",
			true, StageWithdrawn},
	})
}

// A small organisation's post that will not be filled after all, told to
// every applicant: "we will not be filling the Administrator post" (the
// title between the article and the post noun), "we have taken the
// difficult decision to stop the recruitment ... this is the case for
// everyone who applied" (tune_written/r52_small_orgs_*).
func TestPostNotFilledForEveryone(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"roles merged", "secretary@association.example", "Part-time Administrator post",
			"Dear applicant,\nThank you for applying for the post of Part-time Administrator. The committee has decided to merge the two roles, and we will not be filling the Administrator post.\nWe are sorry for any disappointment this causes.\nMaureen",
			true, StageWithdrawn},
		{"funding fell through", "nadia@arts.example", "Youth Arts Worker post",
			"Dear all,\nThank you for applying for our Youth Arts Worker post. I'm very sorry to tell you that our funding bid has not been successful this time. Without that money we can't employ a Youth Arts Worker, so we have taken the difficult decision to stop the recruitment. We won't be holding any interviews, and this is the case for everyone who applied.\nNadia",
			true, StageWithdrawn},
	})
}

// A hold that is over is no news: the no after the search restarted
// (tune_written/r54_long_silences_*) read as the post withdrawn on the
// code before; a hold with its restart only possible ("if the position
// is reopened") is still the post's fate (guard: it held before). A user
// researcher's "£40 voucher" for an interview is no hiring.
func TestHoldOver(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a no after the restart", "noreply@workablemail.example", "Your application for Lead Data Engineer",
			"Hi Alex,\nThank you for applying for the Lead Data Engineer position, and for waiting while we paused hiring over the winter.\nNow that we've restarted the search, we've reviewed all applications again and we've decided not to progress your application to the next stage.\nWe wish you the best of luck.",
			true, StageRejected},
		{"a hold with a possible restart", "hr@district.example", "Recruitment update: Analyst",
			"Dear Alex,\nWe regret to tell you that the Analyst position has been put on hold for all candidates due to a hiring freeze. If the position is reopened, we will reach out to you.\nHR",
			true, StageWithdrawn},
		{"a researcher's voucher", "ruby@atsvendor.example", "Could we interview you about your job search? (30 mins, £40 voucher)",
			"Hi Alex,\nI'm Ruby, a user researcher at Foundry Hire - we make the applicant tracking software some practices use (you may have applied to a role through us). Would you be up for a 30-minute video interview about applying for jobs? We'll send a £40 voucher as thanks.\nRuby",
			false, ""},
	})
}
