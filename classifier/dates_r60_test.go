package classifier

import "testing"

// The promises and false promises r60 missed, by form. Every case fails
// on the code before this round. Dates are from base, Thursday
// 2027-04-08.

// TestR60Promises: "as soon as I do" stands for the news awaited earlier
// in its sentence, as "as soon as I have it" does; and "feedback with"
// holds no "back" of a return, so a writer going on leave who hands the
// answer to a colleague still promises it.
func TestR60Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Sam's notes are in but Lee is away this week. I expect to have both sets of feedback early next week and " +
			"will phone you as soon as I do.", "2027-04-13"},
		{"Thanks for meeting Maya this morning. She will share her feedback with the panel tomorrow. I'm on leave " +
			"from tomorrow, so my colleague Tom will let you know the outcome by the end of the week.", "2027-04-09"},
	})
}

// TestR60Undated: a clause of time whose subject is how things stand
// ends before the "and" of the writer's own verb; and contact timed by a
// day the reader knows ("closer to your start date") is awaited even
// after an offer, as contact said to come shortly is.
func TestR60Undated(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thanks for the portfolio! We're flat out with the spring launch, but I'll read it properly once things " +
			"settle down and get back to you.", "undated"},
		{"I'm delighted to confirm your offer of employment is unchanged and your start date moves to 3 May. Our " +
			"resourcing team will be in touch closer to your start date to discuss your first project.", "undated"},
	})
}

// TestR60NoPromise: what r60 took for promises. A passive of telling
// whose subject is someone else, about the reader's thing, tells them,
// not the reader; instructions sent are how to do a step; and a message
// that offers two dates to choose from arranges a meeting, whose
// description promises nothing.
func TestR60NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Your employer has asked us to run a background check. Most checks take 3-5 business days, and the hiring " +
			"team will be notified when your report is ready.", ""},
		{"Fingerprinting is booked separately through the state. The school will send you instructions.", ""},
		{"We'd like to invite you to the final round. It includes a panel interview and a written case - you'll get " +
			"a data pack and an hour to prepare. Could you tell me which of the two dates, 13 or 14 April, you'd prefer?", ""},
	})
}
