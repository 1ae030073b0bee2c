package thread

import "testing"

// A reply from someone else at the organisation I wrote to is the other
// side's answer: they are the counterpart a draft answers, a draft to
// them is safe, and it counts as a reply after my message.
func TestColleagueIsTheCounterpart(t *testing.T) {
	for _, colleague := range []string{"sam@acme.com", "scheduling@talent.acme.com"} {
		th := threadOf(msg{mine: true, from: "me@example.com", to: []string{"jane@acme.com"}}, msg{from: colleague})
		th.Messages[0].MessageID, th.Messages[1].MessageID = "m1@example.com", "c1@acme.com"
		who, target, from := th.Counterpart()
		if who.Email != colleague || target.Email != colleague || from != 1 {
			t.Errorf("%s: Counterpart() = %s, %s, %d; want the colleague, from message 1", colleague, who.Email, target.Email, from)
		}
		if risk := th.RecipientRisk(target.Email, from); risk != "" {
			t.Errorf("%s: RecipientRisk = %q, want none: same organisation as the address I wrote to", colleague, risk)
		}
		if !th.RepliedAfter("m1@example.com") {
			t.Errorf("%s: RepliedAfter(my message) = false, want their answer seen", colleague)
		}
	}
	// Someone from elsewhere is no colleague: held for review.
	th := threadOf(msg{mine: true, from: "me@example.com", to: []string{"jane@acme.com"}}, msg{from: "bob@elsewhere.example"})
	if risk := th.RecipientRisk("bob@elsewhere.example", 1); risk == "" {
		t.Error("a stranger answering in the thread: no risk, want one")
	}
}
