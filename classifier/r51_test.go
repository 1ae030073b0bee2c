package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The fifty-first round (tune_written/r51_*) came in with a creator's
// post to all patrons that the service sends "via" itself: not one
// person's message, so its mailing header and footer count, and its
// "we're hiring (kind of)" is no hiring of the reader. It failed on the
// code before: the look-alike got a follow-up draft.
func TestR51PostToFollowers(t *testing.T) {
	m := letter("bingo@patreon.example", "Devlog #42: we're hiring (kind of), the boss rework, and a release window",
		"New post from Pixel Lighthouse\n\nDevlog #42: we're hiring (kind of), the boss rework, and a release window\n"+
			"Hey everyone! The boss rework is done.\nA lot of you asked whether we're hiring - we're bringing on a contract composer for the final act, and we'll share more about that process next month.\n"+
			"You're receiving this because you're a patron of Pixel Lighthouse. Manage email settings")
	m.From = mailmsg.Address{Name: "Pixel Lighthouse via Patreon", Email: "bingo@patreon.example"}
	m.ListUnsubscribe = "<https://www.patreon.example/settings/emails>"
	if v := Classify(m); v.Job {
		t.Errorf("a creator's post to patrons: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	// One person's message relayed the same way still is one (guard).
	m.Subject = "Re: composer for the final act"
	m.Excerpt = "Hi Alex, thanks for your application for the composer role! We'd like to invite you to an interview on Friday at 3pm - does that work?\nMara"
	m.ListUnsubscribe = ""
	if v := Classify(m); !v.Job {
		t.Errorf("a person's message via the service: job %v; reasons %q", v.Job, v.Reasons)
	}
}

// No's from r51 said in a staffing agency's, a bank's and a recruiter's
// words: another traveler chosen, an appeal answered "the outcome is
// final", neither client taking the reader forward.
func TestR51Nos(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a travel recruiter's text", "tasha@travelnurse.example", "Re: tele spot",
			"Hey Alex - just heard from the MSP, Lubbock went with another traveler for the tele spot. They had someone local. Sorry!!\nTasha",
			true, StageRejected},
		{"a bank answers an appeal", "talent@bank.example", "RE: Application - Management Associate Programme",
			"Dear Alex,\nThank you for reaching out. I'm afraid the outcome communicated to you on 22 February is final for this intake, and we're not in a position to reconsider applications.\nJoanne",
			true, StageRejected},
		{"neither client goes on", "ciara@recruit.example", "Re: CV",
			"Hi Alex,\nThanks for sending on your CV. I've spoken to both of the fund administrators. Unfortunately neither is in a position to take you forward at the moment. I'll hold on to your details.\nCiara",
			true, StageRejected},
	})
}
