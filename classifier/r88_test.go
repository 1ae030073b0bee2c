package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestEightyEighthRound: what r88 brought at its arrival, the third blind
// set's personas a third time. A no said as the reader's name not on a
// list, as nothing left to offer, and as the post offered to someone the
// writer describes; an award's entrant is no candidate; an offer in a line
// or two, its pay by the hour and its start by the weekday.
func TestEightyEighthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the reader's name not on the shortlist", "campus@pratham.example", "Global Graduate Hiring Challenge – Results",
			"Dear Alex,\n\nThank you for taking part in our Graduate Hiring Challenge. The list of candidates shortlisted for " +
				"technical interviews has now been finalised, and your name is not on it for this hiring cycle.",
			true, StageRejected},
		{"a university's list without the reader", "convocatorias@unparamo.example", "Resultados Convocatoria Docente 2027-1",
			"Respetado señor Rivera:\n\nUna vez surtidas las etapas de valoración de hoja de vida y entrevista ante el Comité de " +
				"Selección, nos permitimos informarle que su nombre no quedó incluido en la lista de elegibles.",
			true, StageRejected},
		{"nothing left to offer", "bec@fathom.example", "Re: Summer vacation student enquiry",
			"Hi Alex,\n\nThanks for reaching out. We only take two vac students a year and both spots for this summer went in " +
				"June, so there's nothing I can offer you I'm afraid.\n\nBec",
			true, StageRejected},
		{"the opening offered to a member", "training@trirver-jatc.example", "Evening instructor opening",
			"Alex,\n\nThank you for applying for the part-time evening instructor opening. The Committee met on Tuesday and " +
				"voted to offer the opening to a current member of this local.",
			true, StageRejected},
		{"an award's entrant", "entries@designawards.example", "Your 2027 entry: results of the first round of judging",
			"Dear Alex Rivera,\n\nThank you for entering your packaging system in the 2027 Northeast Design Awards. We're sorry " +
				"to let you know that your entry was not shortlisted for the second round. Jury comments will be available in your " +
				"entrant dashboard, and we hope to see you at the awards night.",
			false, ""},
		{"an offer in a line, by the hour", "dwayne@builders.example", "job",
			"You're hired if you want it. $48/hr, start Monday the 14th, 6:30 at the site trailer. Let me know by tomorrow.\n\nDwayne",
			true, StageOffer},
		{"an offer in two lines", "bea@cornbread.example", "so...",
			"We'd love to have you. $72k, health insurance, and all the cornbread you can eat. Start whenever you can. Say yes?\n\nBea",
			true, StageOffer},
		{"a committee that wants the reader", "priya@gulfpetro.example", "Good news",
			"Alex — happy to say the committee wants you for the Commercial Analytics internship this summer! $38/hr, 11 weeks " +
				"starting June 1 in Houston. Formal letter will come through the portal tomorrow.\n\nPriya",
			true, StageOffer},
		// a guard: the final round wanted is no offer
		{"the final round wanted", "recruiting@firm.example", "Next steps",
			"Hi Alex,\n\nGreat news, the team wants you for the final round! Could you share your availability next week?",
			true, StageScheduling},
	})
}

// A friend's own no, forwarded to the reader, greets the friend; an
// agency forwarding its client's word greets the recruiter too, but names
// the reader.
func TestForwardersOwnNo(t *testing.T) {
	fwd := func(from mailmsg.Address, subject, excerpt string) *mailmsg.Message {
		return &mailmsg.Message{From: from, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
			Subject: subject, Date: base, Excerpt: excerpt}
	}
	friend := fwd(mailmsg.Address{Name: "Jordan Castellanos", Email: "jcastellanos@uni.example"}, "Fwd: my turn lol",
		"welp. at least they were quick about it. drinks friday?\n\n---------- Forwarded message ---------\n"+
			"From: Sterling & Pryce Campus Recruiting <no-reply@sterlingpryce.example>\nSubject: Your application to the 2027 "+
			"Summer Analyst Program\n\nDear Jordan,\n\nThank you for your interest. After reviewing your application, we will not be "+
			"moving forward with your candidacy for the 2027 Summer Analyst Program.")
	if v := Classify(friend); v.Job {
		t.Errorf("a friend's own no forwarded: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
	agency := fwd(mailmsg.Address{Name: "Ondřej Havel", Email: "ondrej.havel@techsearch.example"}, "FW: Candidate Alex Rivera – Data Platform Lead",
		"Alex, FYI below. Not the outcome we wanted - call me.\n\nOndřej\n\nFrom: Klára Benešová <klara@insurer.example>\n"+
			"Sent: Monday, September 27, 2027 10:58 AM\nTo: Ondřej Havel <ondrej.havel@techsearch.example>\nSubject: RE: Candidate\n\n"+
			"Dear Ondřej,\n\nThank you for presenting Mr. Rivera. After the final panel we have decided to pursue other candidates "+
			"whose insurance domain knowledge is stronger.")
	if v := Classify(agency); !v.Job || v.Stage != StageRejected {
		t.Errorf("an agency forwarding its client's no on the reader: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
