package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// A no on the reader's own internal application comes from a colleague
// at the same company, to the reader alone (tune_written/r52_internal_*):
// on the code before, mail between colleagues counted as someone else's
// hiring however it was addressed. The same colleague telling the reader
// of another candidate's no, or a team of finalists let go, is still
// someone else's hiring (guards: they held before).
func TestColleagueNoToTheReader(t *testing.T) {
	cases := []struct {
		name, to, subject, body string
		job                     bool
	}{
		{"a hiring manager's two lines", "alex.rivera@bigbank.example", "RE: Sr Manager, Treasury Analytics",
			"Hi Alex - thanks for the chat last week. We're going to go in a different direction on this one, but I really enjoyed meeting you. Let's stay in touch.\n\nB",
			true},
		{"another candidate's no, in Dutch", "alex.rivera@bigbank.example", "Sollicitatiegesprek kandidaat Data Engineer - wil jij het technische deel doen?",
			"Hoi Alex,\nDe kandidaat van vorige week hebben we afgewezen, te weinig ervaring met streaming. Donderdag om 16:00 staat er een nieuwe kandidaat voor de vacature. Zou jij het technische deel van het gesprek willen doen?\nEva",
			false},
		{"finalists told to a team list", "data-platform@bigbank.example", "Hiring update: Senior Data Engineer",
			"Hi all,\nThanks to everyone who sat on the interview loops. We've extended an offer to Katarzyna and she accepted. I've told the two other finalists that we won't be moving forward with them.\nDana",
			false},
	}
	for _, c := range cases {
		m := letter("bree.lindgren@bigbank.example", c.subject, c.body)
		m.To = []mailmsg.Address{{Name: "Alex Rivera", Email: c.to}}
		v := Classify(m)
		if v.Job != c.job || c.job && v.Stage != StageRejected {
			t.Errorf("%s: job %v stage %s, want job %v; reasons %q", c.name, v.Job, v.Stage, c.job, v.Reasons)
		}
	}
}
