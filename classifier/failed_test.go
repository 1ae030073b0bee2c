package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestClassifyRecovers: a bug in the rules on one message gives that
// message a verdict that says so (not job mail, Failed set) instead of
// stopping the program that classifies a mailbox; the next message is
// classified as usual.
func TestClassifyRecovers(t *testing.T) {
	failHook = func(m *mailmsg.Message) {
		if strings.Contains(m.Subject, "boom") {
			var s []int
			_ = s[3] // an index out of range, as a rule's bug would be
		}
	}
	defer func() { failHook = nil }()
	v := Classify(&mailmsg.Message{Subject: "boom: Your application", Excerpt: "Unfortunately we will not be moving forward."})
	if v.Failed == "" || v.Job || len(v.Reasons) != 1 || !strings.Contains(v.Reasons[0], "classifier failed") {
		t.Errorf("failed message: %+v, want Failed set, no job, one reason saying so", v)
	}
	ok := Classify(&mailmsg.Message{From: mailmsg.Address{Email: "hr@acme.example"}, Subject: "Your application for Data Analyst",
		Excerpt: "Unfortunately we will not be moving forward with your application for the Data Analyst role."})
	if ok.Failed != "" || !ok.Job || ok.Stage != StageRejected {
		t.Errorf("next message: %+v, want a rejection", ok)
	}
}
