package classifier

import "testing"

// TestR55Promises: the dated promises r55 missed, by form. A condition
// that trails a clause of its own and a dash ("no need to reply unless
// anything changes - I'll call you") is that clause's, not the call's;
// "as soon as it is ready" waits for the span the sentence before gives
// the thing to be done. Dates are from base, Thursday 2027-04-08.
func TestR55Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"No need to reply unless anything changes - I'll call you on Monday to go through the brief.", "2027-04-12"},
		{"Nothing to send back unless your plans change - we'll ring you on Tuesday to talk it over.", "2027-04-13"},
		{"Most reference checks are completed within 3-5 business days. We'll email you as soon as your report is ready.",
			"2027-04-15"},
		{"Most checks are processed within 10 working days. Our team will contact you as soon as your clearance is complete.",
			"2027-04-22"},
		{"Your medical is with occupational health and most assessments are completed within 5 working days. We'll be in " +
			"touch as soon as it's done.", "2027-04-15"},
	})
}

// TestR55NoPromise: what r55 took for promises. A future inside an aside
// that closes before the day ("(the paperwork will come with the
// contract) - start Monday 3 May") has no day of its own; results "are
// published" with no day are where they are put, not news to come;
// feedback "at the end" of the meeting being booked is given in it; a
// sending the writer holds until the reader answers ("can you confirm
// ... before I send it?") waits on the reader.
func TestR55NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Quick one: the client has agreed terms. Here they are:\n\n- £500 per day (the schedule will come with the contract) " +
			"- 3 months, start Monday 3 May - remote", ""},
		{"Thank you for standing as a candidate for treasurer at the club's elections. Full results are published on the " +
			"club website.", ""},
		{"Your practice interview has been confirmed for Tuesday 13 April at 11:00. The session is run as a realistic mock " +
			"and you'll get feedback at the end.", ""},
		{"I'll send the contract through DocuSign this afternoon. It's our usual agreement. Can you confirm you're happy " +
			"with the rate before I send it?", ""},
	})
}
