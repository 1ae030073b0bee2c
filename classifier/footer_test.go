package classifier

import (
	"fmt"
	"testing"
)

// A small organisation's no sent to every applicant at once, with its
// mailing header and a footer that says the reader got it because they
// applied for a role (tune_written/r49_hospitality_seasonal_europe), and
// a staffing agency's automated no for a temp-to-hire assignment
// (tune_written/r49_manufacturing_engineering_agencies): both were read
// as mailings on the code before. A footer that names another kind of
// application, or none, is still a mailing's.
func TestApplicationFooter(t *testing.T) {
	festival := "Hi there,\nThanks so much for applying to work behind the bars at the Weekender with us.\n" +
		"We had over 1,100 applications for 180 bar crew spots and we're now fully staffed for the festival. " +
		"That means we can't offer you a place on the bar team this time around.\nThe Crew Team\n" +
		"You're receiving this because %s. Reply STOP to be removed."
	cases := []struct {
		name, reason string
		job          bool
	}{
		{"applied for a role", "you applied for a role with Fieldside", true},
		{"an active job application", "you have an active job application with us", true},
		{"on the crew mailing list", "you joined our crew mailing list", false},
		{"applied for a stall", "you applied for a stall at one of our markets", false},
	}
	for _, c := range cases {
		m := letter("crew@events.example", "Weekender 2027 - bar crew update", fmt.Sprintf(festival, c.reason))
		m.Precedence = "bulk"
		v := Classify(m)
		if v.Job != c.job || c.job && v.Stage != StageRejected {
			t.Errorf("%s: job %v stage %s, want job %v; reasons %q", c.name, v.Job, v.Stage, c.job, v.Reasons)
		}
	}

	// A visa service's "active application" is no post's (guard: it held
	// before).
	visa := letter("cases@visaservice.example", "Action required: your visa application",
		"Dear Alex,\nYour visa application was not successful at the first review. Please complete these steps within 14 days.\n"+
			"You are receiving this transactional email because you have an active application with Meridian Visa Services.")
	if v := Classify(visa); v.Job {
		t.Errorf("a visa service's footer: job; reasons %q", v.Reasons)
	}

	temp := letter("no-reply@staffing.example", "Assignment update: Production Planner (Temp-to-Hire) - Job #US52K7719",
		"Hi Alex,\n\nUnfortunately, you were not selected for the following assignment:\n\n  Production Planner (Temp-to-Hire)\n\n"+
			"Don't give up - new assignments are posted every day.\n\nThis is an automated message; replies are not monitored.\nManage your email preferences in your account settings.")
	temp.AutoSubmitted = "auto-generated"
	if v := Classify(temp); !v.Job || v.Stage != StageRejected {
		t.Errorf("a staffing agency's no for a temp-to-hire assignment: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
