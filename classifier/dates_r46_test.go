package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestR46Promises: the promises r46 missed, by form: the reader told to
// expect someone else's call ("expect X to call you"), the time a step
// takes set off in brackets before the contact it leads to, a review of
// the application within a span and nothing more, an invitation to a
// stage (no meeting yet arranged) sent by a day, a day in a clause said in
// the past before a dash, and what must come before an offer ("before we
// can extend you an offer"), which makes none. Dates are from base,
// Thursday 2027-04-08.
func TestR46Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"You can expect one of our coordinators to call you within the next week or two.", "2027-04-22"},
		{"Once the checks come back (typically 2-3 working days), Priya will contact you about your start date.", "2027-04-13"},
		{"Our recruiting team will review your application within 5 business days.", "2027-04-15"},
		{"Test invitations will be emailed by Friday, April 16.", "2027-04-16"},
		{"It was great catching up with you this afternoon - we're all delighted that we can extend you an offer for the night nurse post. " +
			"HR is drafting the offer letter now and you'll have it by Tuesday.", "2027-04-13"},
		{"Before we can extend you an offer, we'll need three references. Once we hear back from them we'll be in touch about next steps.", "undated"},
	})
}

// TestR46ReadersOwn: the reader's own mail restates or asks after the
// employer's promises and makes none: an application, a note after an
// interview, a question after weeks of silence, in English, Swedish and
// German.
func TestR46ReadersOwn(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I applied for the lab technician post on 3 March and wanted to ask whether there is any update, or an expected timeline.", ""},
		{"Thank you for interviewing me on Tuesday. I understand the results will be posted once all interviews are done.", ""},
		{"I'm writing to apply for the pharmacist role. The regulator has told me to expect a decision on my licence within six weeks.", ""},
		{"I had my panel interview on 2 April and wanted to ask when candidates can expect to be notified.", ""},
		{"Jag sökte tjänsten som projektledare i februari. Ni nämnde att ni hoppades kunna fatta beslut i slutet av april.", ""},
		{"Hiermit bewerbe ich mich als Elektriker. Den Bescheid der Kammer erwarte ich bis Ende April.", ""},
	})
}

// TestR46PromiseAfterModel: a note that names next to nothing of a job
// but the job model's words promises its undated contact all the same.
func TestR46PromiseAfterModel(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Name: "Vince", Email: "vince@stonebridge.example"}, Subject: "crew spot - on hold",
		Date: base, Excerpt: "Alex,\n\nNot about you - you did well on the excavator last week.\n\nThe county pushed the bridge job back to " +
			"spring so I'm not hiring anyone for that crew yet.\n\nI'll get in touch when I know the new schedule.\n\nVince"}
	if v := Classify(&m); !v.PromiseUndated {
		t.Errorf("Classify(on hold, in touch when known) promise %s undated %v, want undated; reasons %q", dateOf(v.PromiseAt),
			v.PromiseUndated, v.Reasons)
	}
}
