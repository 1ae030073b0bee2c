package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// The kinds of dated promise the sixteenth round brought at its arrival,
// by grammar. Each case before the near-misses fails on the code before
// its rule; the near-misses stay what they were. Dates are from base,
// Thursday 2027-04-08. Written for these tests.

// TestCountedDaysWritten: "calendar days" are days as they come, and a
// number repeated in figures after its word ("ten (10)") is one number.
func TestCountedDaysWritten(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"All interviewed candidates will be notified in writing within ten (10) calendar days.", "2027-04-18"},
		{"We will get back to you within 10 calendar days.", "2027-04-18"},
		// near-miss: the reader's right, not a promise
		{"You may request a review of the committee's decision within 10 calendar days of this message.", ""},
	})
}

// TestMexicanNextWeek: "la semana que entra" is next week, as "la semana
// que viene" is, and the polite conditional of a future under way ("te
// estaríamos dando respuesta") promises.
func TestMexicanNextWeek(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"El comité se reúne el martes, por lo que te estaríamos dando respuesta a mediados de la semana que entra.", "2027-04-14"},
		{"Te estaríamos contactando el lunes que entra para la segunda entrevista.", "2027-04-12"},
		{"Te escribo la semana que entra con la decisión.", "2027-04-16"},
	})
}

// TestPresentAndPassiveToEveryone: a recruiter's English present ("I'm
// back to you on Thursday", "we contact all candidates in one to two
// weeks"), times promised for the reader, a passive whose object is every
// interviewed candidate, and contact with everyone before a later step
// for the selected few.
func TestPresentAndPassiveToEveryone(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The committee meets Wednesday, and I'm back to you on Friday with the outcome.", "2027-04-09"},
		{"After that the recommendation goes for approval and we contact all candidates in one to two weeks with an outcome.", "2027-04-22"},
		{"He's on nights till the weekend, so I'll have a couple of interview times for you by the middle of next week.", "2027-04-14"},
		{"A final decision will be communicated to all interviewed candidates no later than Friday, April 16.", "2027-04-16"},
		{"What happens next: we'll let everyone know the outcome of the sift by 23 April, and shortlisted candidates will be invited to a short exercise.", "2027-04-23"},
		// near-misses: no time, the selected first, contact with everyone negated
		{"I'm back to you about the role I mentioned.", ""},
		{"Only shortlisted candidates will be contacted; we will update all candidates in the pool if the role reopens.", ""},
		{"We're not able to respond to everyone individually - only shortlisted candidates will be contacted by 23 April.", ""},
	})
}

// TestItalianWhetherAfterTelling: "se" after "far sapere" is "whether"
// when what follows is a step of the process; "if there is news" stays a
// condition.
func TestItalianWhetherAfterTelling(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"L'ing. Ruggeri sta completando gli ultimi colloqui e le farà sapere entro venerdì se procedere con il secondo incontro.", "2027-04-09"},
		// near-miss: a condition
		{"Le farò sapere entro venerdì se ci sono novità.", ""},
	})
}

// TestJobBoardUpdatePromise: a job board's update on the reader's own
// application is no bulk mail, and its promise counts like any other
// (it was read as bulk, and its promise skipped, until the end).
func TestJobBoardUpdatePromise(t *testing.T) {
	m := &mailmsg.Message{From: mailmsg.Address{Name: "Harbourside Kitchen", Email: "noreply@shiftboard.example"},
		Subject: "Thanks for applying to Harbourside Kitchen!", ListUnsubscribe: "<https://shiftboard.example/unsub>",
		Date:    base,
		Excerpt: "Hi Alex,\n\nThanks for applying for Line Cook at Harbourside Kitchen!\n\nYour application has been sent to the hiring manager. They'll review your profile and we'll be in touch within 5 working days to let you know what happens next.\n\nCheers,\nThe Harbourside Kitchen team\n\nUnsubscribe from these emails."}
	v := Classify(m)
	if !v.Job || v.PromiseAt == nil || v.PromiseAt.Format("2006-01-02") != "2027-04-15" {
		t.Errorf("job %v, promise %v, want job and 2027-04-15; reasons %q", v.Job, v.PromiseAt, v.Reasons)
	}
}
