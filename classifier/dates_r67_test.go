package classifier

import "testing"

// The promises r66 and r67 missed or made up, by form. Every case fails
// on the code before these rounds. Dates are from base, Thursday
// 2027-04-08.

// TestR67DatedForms: the close of business of a named week is that week's
// end; a European Portuguese commitment to an infinitive of contact, its
// pronoun after the verb; what most candidates get, and the review a team
// aims at or usually does in a span, are what the reader may expect; a
// lone dash closes a request, and the promise after it stands.
func TestR67DatedForms(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The client has promised me an answer by end of business next week, and I'll ring you as soon as I have it.", "2027-04-16"},
		{"Comprometemo-nos a comunicar-lhe o resultado até sexta-feira desta semana.", "2027-04-09"},
		{"Most candidates hear back within 3-5 business days of the final round.", "2027-04-15"},
		{"Our hiring team aims to review every application within 10 business days.", "2027-04-22"},
		{"The team reviews applications as they arrive, usually within 3-5 business days.", "2027-04-15"},
		{"Bitte bereiten Sie eine kurze Fallstudie vor - die Unterlagen dazu senden wir Ihnen am Montag.", "2027-04-12"},
		// receiving to come, in a clause of its own (r68): no perfect
		{"Mir wurde zugesagt, dass wir Mitte nächster Woche Bescheid bekommen.", "2027-04-14"},
	})
}

// TestR67NoPromise: feedback received, in the German perfect, is news
// come in; what the writer knows, told over lunch, is no word from the
// employer; a notice once a document is available may never be about the
// post.
func TestR67NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Ich habe heute Feedback vom Kunden zu Ihrer Bewerbung bekommen.", ""},
		{"I'll tell you what I know when we meet next week.", ""},
		{"Le avisaremos cuando el certificado esté disponible para su recogida.", ""},
	})
}
