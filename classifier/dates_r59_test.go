package classifier

import "testing"

// The promises, interview days and false promises r59 missed, by form.
// Every case fails on the code before this round. Dates are from base,
// Thursday 2027-04-08.

// TestR59Promises: the contract a candidate is sent is awaited as an
// answer is, with a verb of receiving ("erhalten Sie").
func TestR59Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Wie besprochen freuen wir uns, Ihnen die Stelle anzubieten. Ihren Arbeitsvertrag erhalten Sie bis Ende " +
			"nächster Woche per Post.", "2027-04-16"},
	})
}

// TestR59NoPromise: what r59 took for promises. "We confirm that" in the
// present is this message confirming; a day right after a verb of telling
// in the past is when the news was told; the "if" of a question reported
// ("I wondered if") asks, as "whether" does; and the way to a meeting's
// place, given in the passive, is its logistics.
func TestR59NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Thank you for applying. We confirm that your application has arrived and will be looked at once the " +
			"advert closes on Friday 16 April.", ""},
		{"Quick update on the supervisor role: the client told us this week that it intends to re-tender the security " +
			"contract, so timings may move.", ""},
		{"I enjoyed meeting the team last week. I wondered if there's any news on the timeline for a decision.", ""},
		{"Your site visit is confirmed. The exact address and parking instructions will be given to you by phone only.", ""},
	})
}

// TestR59InterviewDays: an invitation whose line breaks off at the day's
// preposition ("am"), the day on a line of its own below, as after a colon.
func TestR59InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Einladung zum Vorstellungsgespräch", "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir laden " +
			"Sie gern ein zum Probetag und Vorstellungsgespräch am\n\n    Dienstag, 13. April 2027, um 9:30 Uhr\n    in " +
			"unserer Werkstatt.\n\nMit freundlichen Grüßen\nAnna Berg", "2027-04-13"},
	})
}
