package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

func TestGuessFirstName(t *testing.T) {
	cases := []struct {
		name, email, sig, want string
	}{
		{"Jane Doe", "jane.doe@acme.com", "", "Jane"},
		{"Doe, Jane", "jd@acme.com", "", "Jane"},
		{"Jane Doe, PhD", "jd@acme.com", "", "Jane"},
		{"Dr. Jane Doe", "jd@acme.com", "", "Jane"},
		// a title in another language or of the clergy is no first name
		{"Herr Thomas Müller", "t.mueller@fahrwerk.de", "", "Thomas"},
		{"Frau Dr. Anna Weber", "weber@klinik.de", "", "Anna"},
		{"Mme Claire Dubois", "cdubois@atelier.fr", "", "Claire"},
		{"Dott.ssa Giulia Rossi", "g.rossi@studio.it", "", "Giulia"},
		{"Sra. Ana López", "ana@clinica.es", "", "Ana"},
		{"Dhr. Jan de Vries", "jan@bureau.nl", "", "Jan"},
		{"The Revd Dr Philippa Grant", "chaplain@school.edu.au", "", "Philippa"},
		{"Rabbi Sarah Klein", "office@shul.org", "", "Sarah"},
		{"Father Michael Byrne", "parish@church.ie", "", "Michael"},
		{"J. Robert Smith", "rs@acme.com", "", "Robert"},
		{"JANE DOE", "x@acme.com", "", "Jane"},
		{"anne-marie o'neil", "x@acme.com", "", "Anne-Marie"},
		{"José García", "x@acme.com", "", "José"},
		{"Jane Doe via Greenhouse", "no-reply@greenhouse.io", "", "Jane"},
		{"Jane Doe (Acme)", "x@acme.com", "", "Jane"},
		{"\"Jane\r\nBcc: x\" Doe", "x@acme.com", "", "Jane"},
		{"Acme Recruiting", "recruiting@acme.com", "", ""},
		{"Acme", "jobs@acme.com", "", ""},
		{"Talent Team", "talent@acme.com", "", ""},
		{"jane@acme.com", "jane@acme.com", "", "Jane"},
		{"Acme Careers", "careers@acme.com", "Thanks,\nPriya\nRecruiter", "Priya"},
		{"", "no-reply@acme.com", "Best regards,\n\nSam Lee\nAcme", "Sam"},
		{"", "hr@acme.com", "Let me know.\n- Tom", "Tom"},
		{"", "hr@acme.com", "Best,\nThe Acme Team", ""},
		{"", "hr@acme.com", "> Best,\n> Jane", ""},
		{"", "hr@acme.com", "Thanks!\nWe'd like to schedule a call.\n\nBest,\nDr. Sam Lee", "Sam"},
		{"", "hr@acme.com", "Thanks!\n\nBest,\nJ. Robert Smith", "Robert"},
		{"", "hr@acme.com", "Thanks,\nAcme Talent Team", ""},
		{"", "jane.doe@acme.com", "", "Jane"},
		{"", "jane_doe+jobs@acme.com", "", "Jane"},
		{"", "jane@acme.com", "", "Jane"},
		{"", "chris@acme.com", "", "Chris"},
		{"", "jdoe@acme.com", "", ""},
		{"", "j.doe@acme.com", "", ""},
		{"", "jane123@acme.com", "", ""},
		{"", "no-reply@acme.com", "", ""},
		{"", "noreply@acme.com", "", ""},
		{"", "do-not-reply@acme.com", "", ""},
		{"", "recruiting@acme.com", "", ""},
		{"", "careers@acme.com", "", ""},
		{"", "jobs@acme.com", "", ""},
		{"", "talent@acme.com", "", ""},
		{"", "hr@acme.com", "", ""},
		{"", "info@acme.com", "", ""},
		{"", "team@acme.com", "", ""},
		{"", "hello@acme.com", "", ""},
		{"", "notifications@acme.com", "", ""},
		{"", "talent-acquisition@acme.com", "", ""},
	}
	for _, tc := range cases {
		if got := GuessFirstName(mailmsg.Address{Name: tc.name, Email: tc.email}, tc.sig); got != tc.want {
			t.Errorf("GuessFirstName(%q <%s>, %q) = %q, want %q", tc.name, tc.email, tc.sig, got, tc.want)
		}
	}
}

func TestGuessCompany(t *testing.T) {
	cases := []struct{ email, want string }{
		{"jane@acme-corp.com", "Acme Corp"},
		{"jane@acme.com", "Acme"},
		{"jane@mail.acme.io", "Acme"},
		{"jane@jobs.acme.co.uk", "Acme"},
		{"jane@northwind_traders.de", "Northwind Traders"},
		{"jane@acme-hq.com", "Acme"},
		{"jane@37signals.com", "37signals"},
		{"JANE@ACME.COM", "Acme"},
		{"no-reply@greenhouse.io", ""},
		{"x@us.greenhouse-mail.io", ""},
		{"x@hire.lever.co", ""},
		{"x@acme.myworkdayjobs.com", ""},
		{"x@ashbyhq.com", ""},
		{"x@smartrecruiters.com", ""},
		{"x@icims.com", ""},
		{"jane@gmail.com", ""},
		{"jane@yahoo.co.uk", ""},
		{"jane@outlook.fr", ""},
		{"jane@proton.me", ""},
		{"jane@comcast.net", ""},
		{"jane@xn--mller-kva.de", ""},
		{"jane@localhost", ""},
		{"", ""},
	}
	for _, tc := range cases {
		if got := GuessCompany(mailmsg.Address{Email: tc.email}); got != tc.want {
			t.Errorf("GuessCompany(%q) = %q, want %q", tc.email, got, tc.want)
		}
	}
}

func TestGuessRole(t *testing.T) {
	cases := []struct{ subject, want string }{
		{"Interview for Senior Backend Engineer at Acme", "Senior Backend Engineer"},
		{"Re: RE: Interview for the Senior Backend Engineer position at Acme", "Senior Backend Engineer"},
		{"Your application for Product Designer (Remote)", "Product Designer"},
		{"Your application: Product Designer (Remote)", "Product Designer"},
		{"Senior Backend Engineer Interview - Acme", "Senior Backend Engineer"},
		{"Acme | Data Scientist | Next steps", "Data Scientist"},
		{"Following up on the Staff Engineer role", "Staff Engineer"},
		{"Invitation: Interview with Jane (Senior Backend Engineer) @ Tue Apr 6, 2027 10am - 11am (EDT)", "Senior Backend Engineer"},
		{"Next steps: Frontend/Fullstack Developer at Acme", "Frontend/Fullstack Developer"},
		{"Phone screen for Head of Engineering", "Head of Engineering"},
		{"Fwd: Application as Marketing Manager, Berlin", "Marketing Manager"},
		{"Thank you for applying to Acme", ""},
		{"Thanks for your time today!", ""},
		{"Interview with Jane Doe", ""},
		{"Quick question", ""},
		{"Interview for the position", ""},
		{"", ""},
	}
	for _, tc := range cases {
		if got := GuessRole(tc.subject); got != tc.want {
			t.Errorf("GuessRole(%q) = %q, want %q", tc.subject, got, tc.want)
		}
	}
}

// TestTitleWordsOnce: titleWords is one list; a word stands in one of its
// groups only, so that where it counts is decided in one place.
func TestTitleWordsOnce(t *testing.T) {
	seen := map[string]string{}
	for group, words := range map[string][]string{"both": titleWords.both, "evidenceOnly": titleWords.evidenceOnly, "roleOnly": titleWords.roleOnly} {
		for _, w := range words {
			stem := strings.TrimSuffix(w, "*")
			if g, ok := seen[stem]; ok {
				t.Errorf("title word %q is in %s and in %s", stem, g, group)
			}
			seen[stem] = group
		}
	}
}

func TestCleanSubject(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Re: RE: Fwd: Backend Engineer", "Backend Engineer"},
		{"AW: WG: Bewerbung als Backend Engineer (m/w/d)", "Bewerbung als Backend Engineer"},
		{"TR: Développeuse Go (H/F) – Paris", "Développeuse Go – Paris"},
		{"Invitation: Interview with Acme @ Wed Apr 7, 2027 2pm - 3pm (EDT) (alex@example.com)", "Interview with Acme"},
		{"Updated invitation: Onsite @ Mon Apr 12, 2027 10am - 2pm (PDT)", "Onsite"},
		{"Senior Software Engineer II - Payments (Req #R-10234)", "Senior Software Engineer II - Payments"},
		{"Product Designer – London (Hybrid) | Ref: 4411", "Product Designer – London (Hybrid)"},
		{"JR-2031 Principal Engineer, Infrastructure", "Principal Engineer, Infrastructure"},
		{"[External] Data Engineer @ Kitebird", "Data Engineer @ Kitebird"},
		{"Teamleiter IT | Stellen-ID 5567", "Teamleiter IT"},
		{"Backend Engineer @ Helix Pay", "Backend Engineer @ Helix Pay"},
	}
	for _, tc := range cases {
		if got := CleanSubject(tc.in); got != tc.want {
			t.Errorf("CleanSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// GuessJob in short; draft's TestPositionTable has the long table.
func TestGuessJob(t *testing.T) {
	cases := []struct {
		subject       string
		senders       []mailmsg.Address
		text          string
		company, role string
	}{
		{"Senior Backend Engineer opportunity at Helix Pay", []mailmsg.Address{{Name: "Tom", Email: "tom@talentbridge.io"}},
			"I'm a recruiter at Talentbridge working with Helix Pay.", "Helix Pay", "Senior Backend Engineer"},
		{"Quantic ML Engineer role", []mailmsg.Address{{Name: "Priya", Email: "priya@quantic.ai"}}, "", "Quantic", "ML Engineer"},
		{"Fahrwerk GmbH · Backend Engineer", []mailmsg.Address{{Email: "zoe@fahrwerk.de"}}, "", "Fahrwerk", "Backend Engineer"},
		{"Quick chat?", []mailmsg.Address{{Email: "ben@hunter-recruitment.com"}}, "I have a role that could suit you.", "", ""},
		{"Interview with Jane Doe", []mailmsg.Address{{Name: "Jane Doe", Email: "jane@acme.com"}}, "", "Acme", ""},
		{"Hello", []mailmsg.Address{{Email: "x@gmail.com"}}, "Hi!", "", ""},
	}
	for _, tc := range cases {
		got := GuessJob(JobClues{Subject: tc.subject, Senders: tc.senders, Texts: []string{tc.text}, Mine: []bool{false}})
		if got.Company != tc.company || got.Role != tc.role {
			t.Errorf("GuessJob(%q) = %+v, want %q, %q", tc.subject, got, tc.company, tc.role)
		}
	}
}

func TestIsRoleAddress(t *testing.T) {
	for email, want := range map[string]bool{
		"jobs@acme.com": true, "talent@acme.com": true, "careers@acme.com": true, "recruiting@acme.com": true,
		"talent-acquisition@acme.com": true, "no-reply@acme.com": true, "acme.careers@acme.com": true, "hr@acme.de": true,
		"jane.doe@acme.com": false, "raj@acme.com": false, "lena@talent.io": false,
	} {
		if got := IsRoleAddress(email); got != want {
			t.Errorf("IsRoleAddress(%q) = %v, want %v", email, got, want)
		}
	}
}

func TestGuessFullName(t *testing.T) {
	for _, tc := range []struct{ name, email, want string }{
		{"Zoë Müller", "zoe@fahrwerk.de", "Zoë Müller"},
		{"Müller, Zoë", "zoe@fahrwerk.de", "Zoë Müller"},
		{"Dr. Jane Doe, PhD", "jane@acme.com", "Jane Doe"},
		{"Herr Thomas Müller", "t.mueller@fahrwerk.de", "Thomas Müller"},
		{"Dhr. Jan de Vries", "jan@bureau.nl", "Jan de Vries"},
		{"Ana dos Santos", "ana@empresa.pt", "Ana dos Santos"},
		{"Jan Van Damme", "jan@bureau.be", "Jan Van Damme"}, // a Flemish particle written upper case stays so
		{"The Revd Dr Philippa Grant", "chaplain@school.edu.au", "Philippa Grant"},
		{"Jane", "jane@acme.com", ""},
		{"Acme Recruiting", "recruiting@acme.com", ""},
		{"", "jane.doe@acme.com", ""},
	} {
		if got := GuessFullName(mailmsg.Address{Name: tc.name, Email: tc.email}); got != tc.want {
			t.Errorf("GuessFullName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAddressedAndSignedNames(t *testing.T) {
	for _, tc := range []struct {
		text              string
		addressed, signed string
	}{
		{"Hi Lena and Raj,\n\nThanks for the call.\n\nBest,\nAlex", "Lena Raj", "Alex"},
		{"Hallo Lena und Raj,\n\ndanke!\n\nViele Grüße\nAlex", "Lena Raj", "Alex"},
		{"Hola, Lucía:\n\ngracias.\n\nUn saludo,\nJavier", "Lucía", "Javier"},
		{"Hi Alex,\n\nGreat talking.\n\nBest,\nLena & Raj", "Alex", "Lena Raj"},
		{"Hi all,\n\nThanks.", "", ""},
		{"Dear Mr. Rivera,\n\nThank you.", "", ""},
		{"Thanks for the update, see you soon.", "", ""},
	} {
		if got := strings.Join(AddressedNames(tc.text), " "); got != tc.addressed {
			t.Errorf("AddressedNames(%q) = %q, want %q", tc.text, got, tc.addressed)
		}
		if got := strings.Join(SignedNames(tc.text), " "); got != tc.signed {
			t.Errorf("SignedNames(%q) = %q, want %q", tc.text, got, tc.signed)
		}
	}
}
