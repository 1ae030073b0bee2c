package classifier

import "testing"

// The promises r77 misdated or found where none was made, by form. Every
// case of the first two tests fails on the code before this round; the
// near-misses hold before and after. Dates are from base, Thursday
// 2027-04-08.

// TestR77RelayedNewsDated: an agency's "as soon as I have their answer"
// waits on the answer the client said it would give, and the client says
// so in the conditional of reported speech, or as coming back to the
// writer, as often as in the future of answering.
func TestR77RelayedNewsDated(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Ils doivent encore voir un autre candidat lundi et m'ont dit qu'ils reviendraient vers moi d'ici le milieu de semaine prochaine. Je vous tiens au courant dès que j'ai leur réponse.", "2027-04-14"},
		{"Le client m'a dit qu'il me répondrait vendredi. Je vous appelle dès que j'ai du nouveau.", "2027-04-09"},
		{"Me dijeron que me responderían a mediados de la semana que viene. Te llamo en cuanto sepa algo.", "2027-04-14"},
	})
}

// TestR77ReadersWindow: what the reader may ask for within a span is
// their window, not the writer's answer coming.
func TestR77ReadersWindow(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Candidates who reached the final interview stage may ask for informal feedback within 10 calendar days of receiving this message by writing to us.", ""},
	})
}

// TestR77NearMisses: the writer's own sending of the same things keeps
// its day, and a window the reader is given without a promise cue stays
// none.
func TestR77NearMisses(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We will send you feedback within 10 calendar days.", "2027-04-18"},
		{"Los candidatos pueden solicitar una revisión de su calificación en un plazo de 10 días hábiles.", ""},
		{"Ils me répondront lundi. Je vous tiens au courant dès que j'ai leur réponse.", "2027-04-12"},
	})
}
