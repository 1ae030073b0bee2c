package classifier

import (
	"slices"
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestR45Promises: the promises r45 missed, by form: an "if" that only
// asks the reader's leave ("if that's ok", also as a tag with no comma),
// a request put as "if you could ...", a time that is the reader's reply
// ("once you do, ..."), the Spanish futures of "contestar" and
// "notificar", the Dutch present for the reader receiving, the Dutch
// modal inside an infinitive cluster ("te kunnen laten weten"),
// "anticipate" for "expect", each candidate's times confirmed, a purpose
// clause that has the reader use what is sent, and a contact after a step
// of the process in an offer. Dates are from base, Thursday 2027-04-08.
func TestR45Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"I'll give you a ring tomorrow around ten if that's ok, it should only take a few minutes.", "2027-04-09"},
		{"I'll call you on Monday afternoon (around 3pm your time) if that works?", "2027-04-12"},
		{"If you could send me two referees by Monday, we expect to come back to you with our decision next week.", "2027-04-16"},
		{"Could you confirm whether you accept? Once you do, our HR team will send your contract within 3 working days.", "2027-04-13"},
		{"Revisaremos tu perfil con calma y te contestaremos en un plazo de 5 días hábiles.", "2027-04-15"},
		{"Hemos recibido su solicitud. Le notificaremos el estado de su solicitud dentro de 10 días hábiles.", "2027-04-22"},
		{"Bedankt voor het gesprek van gisteren. Je ontvangt de arbeidsovereenkomst binnen 5 werkdagen per e-mail, samen met het reglement.", "2027-04-15"},
		{"Daarna zitten we als commissie bij elkaar, en ik verwacht je begin volgende week te kunnen laten weten hoe het verder gaat.", "2027-04-13"},
		{"The department will hold final interviews this week, and we anticipate a final selection within two weeks.", "2027-04-22"},
		{"We'll confirm individual times and the video links to everyone shortlisted on Tuesday.", "2027-04-13"},
		{"I'll send the start form and the checklist tomorrow so you can look them over.", "2027-04-09"},
		{"We'd like to offer you the role. Once your references are back, we'll be in touch about your start date.", "undated"},
	})
}

// TestR45NotPromises: what r45 took for promises. A job board's word that
// the employer will contact the reader directly; a working week ("Monday
// to Friday") and a "contractor" read as a contract to come; a cue inside
// a "whether" clause; the hour of something sent on a confirmed
// interview's day; and a time confirmed "by return", once the reader has
// written.
func TestR45NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"We have forwarded your CV and cover letter to the employer. The employer will contact you directly.", ""},
		{"In short:\n\n- Start: Monday 3 May\n- Fee: £2,000 a month (you'll be a contractor while you're abroad)\n- Remote, Monday to Friday, from 9am your time", ""},
		{"I wanted to check whether there is any news on the timeline for a decision.", ""},
		{"This email confirms your interview.\n\nDate: Tuesday, April 20, 2027\n\nThe case study will be emailed to you at 10:00 a.m. and is due back by 11:00 a.m.", ""},
		{"Slots are given out in order of replies and we will confirm your time by return.", ""},
	})
}

// TestR45InterviewDays: a short reply under a subject that names the post
// and takes a time ("2:30 Friday it is", "3pm Tuesday is fine"), a
// booking tool's card with its label above the day, and a casual opener
// before the day agreed ("Sweet, locked in.").
func TestR45InterviewDays(t *testing.T) {
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: Line cook", "Perfect, 2:30 Friday it is. Come to the side door.\n\nD", "2027-04-09"},
		{"Re: Line cook", "3pm Tuesday is fine. Bring your knives.\n\nD", "2027-04-13"},
		{"Confirmed: Portfolio review", "A new event has been scheduled.\n\nEvent Date/Time:\n11:00am - 11:30am on Friday, April 16, 2027\n\nLocation:\nGoogle Meet", "2027-04-16"},
		{"Re: Trial day", "Sweet, locked in.\n\nMonday 12th, 7am at the Elm St site.\n\nMick", "2027-04-12"},
	})
}

// TestR45VisaGrant: the grant of a visa is no grant applied for.
func TestR45VisaGrant(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Name: "Leah Nguyen", Email: "leah@bakehouse.example"}, Subject: "RE: Pastry cook",
		Date: base, Excerpt: "Hi Alex,\n\nBefore your first shift, could you send us a copy of your visa grant notice?\n\nLeah"}
	v := Classify(&m)
	if slices.ContainsFunc(v.Reasons, func(r string) bool { return strings.Contains(r, "another kind of application") }) {
		t.Errorf("Classify(visa grant) reasons %q, want no other kind of application", v.Reasons)
	}
}

// TestR45OthersLeft: a note that narrows the choice to the reader and
// someone else ("it's between you and one other") promises its answer,
// undated, however little of a job it names.
func TestR45OthersLeft(t *testing.T) {
	m := mailmsg.Message{From: mailmsg.Address{Name: "Travis", Email: "travis@smokehouse.example"}, Subject: "Re: Thanks for today",
		InReplyTo: "<a@fastmail.example>", Date: base,
		Excerpt: "Hey Alex,\n\nWe saw three people this week and it's between you and one other cook now. I'll talk it over " +
			"with my partner after the weekend and we'll be in touch soon.\n\nTravis"}
	if v := Classify(&m); !v.PromiseUndated {
		t.Errorf("Classify(between you and one other) undated = false, want true; reasons %q", v.Reasons)
	}
}
