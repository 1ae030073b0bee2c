package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The three no's r41 brought that the code at its arrival missed, one of
// which would have got a follow-up in its thread. Each case failed on the
// code before.
func TestR41Rejections(t *testing.T) {
	for _, c := range []struct {
		name string
		m    *mailmsg.Message
	}{
		{"the news said to be bad above a letter attached", letter("harbourside.recruitment@nhs.net", "Outcome of interview - Data Quality Lead (Band 6) - HCH-27-332",
			"Dear Alex,\n\nPlease see the attached letter regarding the outcome of your recent interview for the post of Data Quality Lead (Band 6).\n\n"+
				"I'm sorry it isn't better news on this occasion. Dr Kwame Osei, who chaired the panel, has said he would be happy to give you feedback over the phone if you would find that helpful.\n\nKind regards,\nJoanne Tilbury\nRecruitment Administrator")},
		{"a corporate no that points at job alerts", letter("no-reply@careers.arcturuscloud.example", "Your Arcturus Cloud application (Job ID 2710458)",
			"Dear Alex,\n\nThank you for your interest in career opportunities at Arcturus Cloud and for taking the time to apply for the role of Senior Software Development Engineer.\n\n"+
				"We have carefully reviewed your qualifications in relation to the requirements of this position. At this time, we have decided to pursue other candidates whose background and experience more closely match our needs for this role.\n\n"+
				"We encourage you to create job alerts and to apply for additional roles for which you feel qualified. We wish you success in your job search.\n\nSincerely,\nArcturus Cloud Recruiting")},
		{"a founder's message relayed by a platform", &mailmsg.Message{
			From: mailmsg.Address{Name: "Sam Okafor (Orbitkit) via Wellfound", Email: "notifications@wellfound.com"}, To: []mailmsg.Address{{Email: "alex.rivera@fastmail.com"}},
			Subject: "Message from Sam at Orbitkit", Date: base, ListUnsubscribe: "<https://wellfound.com/settings/notifications>",
			Excerpt: "Sam Okafor from Orbitkit sent you a message:\n\n\"Hey Alex - appreciate you applying. We're a 6 person team and I need someone who's shipped React Native apps end to end, which doesn't look like your background. Going to pass on this one. Good luck with the search.\"\n\n" +
				"Reply on Wellfound: https://wellfound.com/messages/a81f22c0\n\nYou're receiving this because you applied to Founding Engineer (Mobile) at Orbitkit. Notification settings: https://wellfound.com/settings/notifications"}},
	} {
		if v := Classify(c.m); !v.Job || v.Stage != StageRejected {
			t.Errorf("%s: job %v stage %s; reasons %q", c.name, v.Job, v.Stage, v.Reasons)
		}
	}
	delayed := "Dear Alex,\n\nI'm sorry it isn't better news yet: the panel's decision has been delayed by a week. We'll write to you by Friday 24 September.\n\nKind regards,\nJoanne"
	if v := Classify(letter("harbourside.recruitment@nhs.net", "Your interview - Data Quality Lead", delayed)); v.Stage == StageRejected || v.Outcome >= 2 {
		t.Errorf("a delay said as no better news: stage %s outcome %.2g; reasons %q", v.Stage, v.Outcome, v.Reasons)
	}
}

// A word asked for only if something changes on the reader's side while
// they wait is no question that leaves the next move to them: the thread
// is still owed its follow-up (followup/policy.go skips a thread whose
// last message asks the reader something). Each case failed on the code
// before.
func TestAsksOnlyIfSomethingChanges(t *testing.T) {
	for _, body := range []string{
		"Hi Alex,\n\nThe panel meets on Monday and I expect to have an answer for you in 3-5 business days. If anything comes up on your end in the meantime (other offers, timing constraints), please let me know so we can move faster if needed.\n\nBest,\nNadia",
		"Dear Alex,\n\nWe will inform you of the result within two weeks. Meanwhile, if there is any change in your situation (for example other offers), please kindly tell me. It is important for the timing.\n\nBest regards,\nKenji",
		"Bonjour,\n\nNous accusons réception de votre candidature. Veuillez noter que la maîtrise du français à l'oral et à l'écrit est exigée pour ce poste; une évaluation pourrait être requise.\n\nService des ressources humaines",
	} {
		if v := Classify(letter("hr@example.com", "Re: your application", body)); v.AsksMe {
			t.Errorf("read as asking the reader: %q; reasons %q", body[:60], v.Reasons)
		}
	}
	if v := Classify(letter("hr@example.com", "Re: your application", "Hi Alex,\n\nIf Tuesday works for you, please confirm by reply.\n\nNadia")); !v.AsksMe {
		t.Errorf("a real request under a condition lost; reasons %q", v.Reasons)
	}
}

// A responder's acknowledgement of an emailed application, under an
// "Automatic reply:" subject, in words other than "we received your
// application": still about the application (job mail), not an absence
// notice. Each case failed on the code before.
func TestAutomaticAcknowledgementInOtherWords(t *testing.T) {
	for _, body := range []string{
		"This is an automated acknowledgement. Please do not reply to this message.\n\nThank you for your interest in employment at Mount Alder University Library. Your email and attachments have been received by the search committee mailbox.\n\nReview of applications for Posting #2027-0142 will begin on February 8, 2027.",
		"Hi there,\n\nThanks for writing to Fjordbyte Careers. This is an automatic reply to let you know your email has landed safely with us - no need to send it again.\n\nEvery application is read by a person on the hiring team. We aim to get back to every applicant within 10 working days.",
	} {
		m := letter("careers@example.edu", "Automatic reply: Application – Research Data Coordinator", body)
		m.AutoSubmitted = "auto-replied"
		if v := Classify(m); !v.Job || v.Stage != StageApplicationAck {
			t.Errorf("job %v stage %s, want an acknowledgement: %q; reasons %q", v.Job, v.Stage, body[:50], v.Reasons)
		}
	}
}
