package classifier

import "testing"

// The promises, interview days and false promises r56 missed, by form.
// Every case fails on the code before this round. Dates are from base,
// Thursday 2027-04-08.

// TestR56Promises: dated promises in forms the rules did not read. "with
// your" before a thing the reader is sent brings the content, not a
// person to contact; a part of a week after a sending is when it comes, as
// no meeting is set for a week; "tell" joins the verbs of contact with
// every candidate; a subject whose head noun an aside follows is still
// awaited; the German subjunctive of a call proposed on a day promises
// it, the question after the dash asking only the hour; the dative
// passive has the candidates receive the outcome, and the selection
// finished in the clause before is its day; the writer's side finishing
// its own step is a weak promise; the reader's phone is the object of a
// call, and the reader's veto of it no condition.
func TestR56Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Great to have your signature back. I'll follow up with your start date details and the induction plan next Monday.",
			"2027-04-12"},
		{"Please reply by Friday with your preferred option. I'll send calendar invitations early next week once the panel's " +
			"diaries are confirmed.", "2027-04-13"},
		{"We aim to tell every applicant whether they have been shortlisted by Friday 23 April.", "2027-04-23"},
		{"Our engagement letter, plus the client's NDA for signature, will follow by Wednesday.", "2027-04-14"},
		{"Ich würde Sie am Mittwoch anrufen - wäre Ihnen 16:00 Uhr (10:00 Uhr in New York) recht?", "2027-04-14"},
		{"The selection exercise is expected to be concluded by the end of the month, and all candidates who were " +
			"interviewed will be communicated the outcome.", "2027-04-30"},
		{"We hope to complete the reference checks by Wednesday, so please send the forms over today.", "2027-04-14"},
		{"Unless you'd prefer another time, I'll try your mobile on Tuesday afternoon.", "2027-04-13"},
	})
}

// TestR56Undated: undated promises the rules dropped. A clause of "once"
// with no comma ends where the writer's future begins; contact before the
// meeting being confirmed is a contact of its own, as one after it is;
// after a no, a contact to set up the meeting it offers is awaited.
func TestR56Undated(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Sorry, we need to move your interview that was booked for Tuesday 13 April: the site is closed for the storm. " +
			"Once the port is back to normal operations I'll come back to you with new times.", "undated"},
		{"Your interview is confirmed for Tuesday 13 April at 3pm. Sam will be in touch before the interview to help you " +
			"prepare.", "undated"},
		{"I'm sorry to say the board has decided not to take your application further. Our psychologist has offered you a " +
			"feedback session, and Sam will be in touch to set that up.", "undated"},
	})
}

// TestR56NoPromise: what r56 took for promises. What the writer will say
// in the meeting named first is said there; a German participle after
// the perfect's auxiliary is done; a meeting named by the feedback given
// in it is no feedback to wait for; the reader's own answer is no contact
// of the writer's; "speak Thursday" under a time confirmed is the meeting.
func TestR56NoPromise(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We'd like to invite you to a first interview on Teams. In the interview we will go through your experience and " +
			"tell you more about the project.", ""},
		{"Heute hat der Beirat seine Entscheidung getroffen: der Mandant hat sich für eine andere Kandidatin entschieden.", ""},
		{"Before the final panel we ask all finalists to complete a leadership assessment with our psychologist. You'll " +
			"receive a full feedback session with him regardless of the outcome.", ""},
		{"You'll have 30 seconds to read each question and up to 3 minutes to respond.", ""},
		{"So to confirm: Thursday 15 April, 15:00-16:00 BST on Zoom with Oliver and me.\n\nSpeak Thursday,", ""},
	})
}

// TestR56InterviewDays: a confirmation of a meeting by any name that ends
// in a colon has its day after it, on the line below (after an icon, too)
// or right after "to confirm:"; a title before a name ("el Ing. Rodrigo
// Salinas") ends no sentence.
func TestR56InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Dinner with the chair", "Dear Alex,\n\nI'm delighted to confirm dinner with the chair on:\n\nWednesday 14 April 2027, " +
			"19:30, The Garden Room\n\nIt is an informal conversation, so there is nothing to prepare.\n\nHannah", "2027-04-14"},
		{"Re: Interview - Delivery Manager", "Hi Alex,\n\nSo to confirm: Thursday 15 April, 15:00-16:00 BST on Zoom with " +
			"Oliver and me.\n\nHannah", "2027-04-15"},
		{"Confirmación de entrevista", "Hola Alex:\n\nTe escribo para confirmarte tu entrevista con el Ing. Rodrigo Salinas, " +
			"director de operaciones:\n\n📅 Jueves 15 de abril\n🕙 10:00 a 11:00 h\n\nSaludos cordiales,\nMariana", "2027-04-15"},
	})
}
