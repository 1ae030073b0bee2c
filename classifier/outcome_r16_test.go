package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestDutchOfferedToAnother: Dutch puts whom the post was offered to
// before the verb at the end of its clause ("dat we de functie aan een
// andere kandidaat hebben aangeboden"): a no. The sixteenth round's one
// rejection that would get a follow-up at its arrival said it so; the
// case is written for this test. The post offered to the reader is no no.
func TestDutchOfferedToAnother(t *testing.T) {
	from := mailmsg.Address{Name: "Ineke Bos", Email: "ineke@bos-ingenieurs.example"}
	checkJobCases(t, []jobCase{
		{"offered to another candidate",
			mailmsg.Message{From: from, Subject: "Terugkoppeling sollicitatie werkvoorbereider",
				Excerpt: "Beste Alex,\n\nZoals net telefonisch besproken, bevestig ik hierbij dat we de functie van werkvoorbereider aan een andere kandidaat hebben aangeboden. Hij is inmiddels akkoord.\n\nGroet,\nIneke Bos"},
			true, StageRejected},
	})
	// near-miss: the post offered to the reader is no no
	m := &mailmsg.Message{From: from, Subject: "Re: Sollicitatie werkvoorbereider",
		Excerpt: "Beste Alex,\n\nZoals net telefonisch besproken bevestig ik hierbij dat we jou de functie van werkvoorbereider hebben aangeboden. Gefeliciteerd! Het contract volgt morgen per mail.\n\nGroet,\nIneke"}
	if v := Classify(m); v.Stage == StageRejected {
		t.Errorf("offered to the reader: stage %s; reasons %q", v.Stage, v.Reasons)
	}
}

// TestHiringCommitteeOnTheReadersInterviews: a committee's no that quotes
// its interviewers' jargon ("lean no hire") is about the reader when it
// weighs the reader's interviews ("your interview packet", "all five of
// your interviews"); the same jargon asked of the reader as an
// interviewer is someone else's hiring.
func TestHiringCommitteeOnTheReadersInterviews(t *testing.T) {
	from := mailmsg.Address{Name: "Dana Whit", Email: "recruiting@orbitworks.example"}
	checkJobCases(t, []jobCase{
		{"the committee's no on the reader",
			mailmsg.Message{From: from, Subject: "Orbitworks - hiring committee outcome",
				Excerpt: "Hi Alex,\n\nThank you for your patience while your interview packet went through our hiring committee. The committee reviewed the feedback from all four of your interviews and decided not to extend an offer for the Platform Engineer role: two of the interviewers rated the coding round lean no hire. We understand this is disappointing.\n\nBest,\nDana"},
			true, StageRejected},
		// near-miss: the reader on the panel
		{"the reader as an interviewer",
			mailmsg.Message{From: from, Subject: "Scorecard reminder: Jordan Lee",
				Excerpt: "Hi Alex,\n\nThe hiring committee meets tomorrow. Please submit your scorecard for the candidate you interviewed on Tuesday - the other interviewers are at lean no hire and we need every vote.\n\nThanks,\nDana"},
			false, StageOther},
	})
}

// TestGermanCoursePlace: a place on a certificate course or a degree
// declined in German is another kind of application; a post named in
// the same words keeps a job's no a job's.
func TestGermanCoursePlace(t *testing.T) {
	from := mailmsg.Address{Name: "Studienbüro", Email: "studium@akademie.example"}
	checkJobCases(t, []jobCase{
		{"a certificate course's no",
			mailmsg.Message{From: from, Subject: "Ihre Bewerbung für den Zertifikatslehrgang Datenrecht",
				Excerpt: "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung um einen Platz im Zertifikatslehrgang Datenrecht. Nach Abschluss des Auswahlverfahrens können wir Ihnen leider keinen Studienplatz anbieten. Die Bewerbungsphase für den nächsten Jahrgang beginnt im März.\n\nMit freundlichen Grüßen\nStudienbüro"},
			false, ""},
		// near-miss: a post at the same academy
		{"a lecturer's post at the academy",
			mailmsg.Message{From: from, Subject: "Ihre Bewerbung als Dozent für Datenrecht",
				Excerpt: "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Dozent für den Zertifikatslehrgang Datenrecht. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nPersonalabteilung"},
			true, StageRejected},
	})
}

// TestProcedureCompounds: Dutch and German name the procedure, its
// interview and its reference check in compounds ("Stand van zaken
// sollicitatieprocedure", "Referenzauskünfte einholen"): hiring words; a
// job board's tips on the same words stay bulk.
func TestProcedureCompounds(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a Dutch procedure's update",
			mailmsg.Message{From: mailmsg.Address{Name: "Zorggroep Veen - P&O", Email: "po@zorggroepveen.example"},
				Subject: "Stand van zaken sollicitatieprocedure Teamleider Data",
				Excerpt: "Geachte heer Rivera,\n\nDank voor uw komst op het selectiegesprek van 2 april. De procedure wordt uitgebreid met een assessment voor de laatste twee kandidaten, waaronder u. Over de uitkomst nemen wij uiterlijk 30 april contact met u op.\n\nMet vriendelijke groet,\nP&O"},
			true, StageAwaitingDecision},
		// near-miss: a job board's newsletter
		{"tips on the procedure",
			mailmsg.Message{From: mailmsg.Address{Name: "Werkzoeken.nl", Email: "nieuwsbrief@werkzoeken.example"},
				Subject: "5 tips voor je sollicitatieprocedure", ListUnsubscribe: "<https://werkzoeken.example/afmelden>",
				Excerpt: "Deze week in onze nieuwsbrief: zo bereid je je voor op een selectiegesprek, en de nieuwste vacatures bij jou in de buurt. Afmelden voor deze nieuwsbrief kan hier."},
			false, ""},
	})
	// a reference check is job mail; its stage is no concern here
	ref := &mailmsg.Message{From: mailmsg.Address{Name: "Alpenlab AG - HR", Email: "hr@alpenlab.example"},
		Subject: "Referenzauskünfte",
		Excerpt: "Sehr geehrter Herr Rivera\n\nVielen Dank für die Gespräche der letzten Wochen. Wir möchten nun gerne Referenzauskünfte einholen. Dürfen wir Sie bitten, uns die Kontaktangaben von zwei Referenzpersonen zu senden?\n\nFreundliche Grüsse\nHR"}
	if v := Classify(ref); !v.Job {
		t.Errorf("a German reference check: not job mail; reasons %q", v.Reasons)
	}
}
