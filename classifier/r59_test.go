package classifier

import "testing"

// TestFiftyNinthRound: what r59 brought at its arrival. A portal's line
// on how to withdraw ("To update your profile or withdraw your
// application, visit our career portal") is the reader's option, no
// decline; a reminder's negation ("Vergeet je geen legitimatiebewijs mee
// te nemen") refuses nothing, and a welcome to the office offers no post;
// a search committee "has discerned another candidate".
func TestFiftyNinthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"how to withdraw", "talent@telecom.example", "Thank you for applying - Field Technician",
			"Hi Alex,\n\nThank you for your interest in the Field Technician position. Our talent team will review your application; if you are selected for an interview, a member of our team will contact you.\n\n" +
				"To update your profile or withdraw your application, visit our career portal.\n\nTalent Acquisition",
			true, StageApplicationAck},
		{"a reminder and a welcome", "sanne@schoonmaak.example", "Re: Uitnodiging kennismakingsgesprek",
			"Hoi Alex,\n\nTop, vrijdag 14 mei om 10.00 uur staat genoteerd! Je bent van harte welkom op ons kantoor in Nieuwegein.\n\n" +
				"Je spreekt met de regiomanager en mij. Vergeet je geen legitimatiebewijs mee te nemen.\n\nTot vrijdag!\nSanne",
			true, StageInterviewScheduled},
		{"a committee's discernment", "search@parish.example", "Director of Formation",
			"Dear Alex,\n\nOn behalf of the Search Committee I want to thank you for your participation in our search. " +
				"After many weeks of conversation and prayer, the committee has discerned another candidate to recommend to the Rector, and that candidate has accepted the call.\n\nWith every blessing,\nMargaret",
			true, StageRejected},
	})
}

// TestFiftyNinthRoundRest: a recruiter's "I'll send them your way when the
// reqs drop" offers the reader roles, no requisition of the reader's own;
// a parish that had "varias candidaturas" speaks of applications.
func TestFiftyNinthRoundRest(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"roles your way", "troy@cleared-staffing.example", "re: avionics role",
			"hey Alex -\n\nheard back from the client. they passed, they want someone who has done the whole certification. " +
				"bummer. I've got a couple of test roles opening in May, I'll send them your way when the reqs drop.\n\nTroy",
			true, StageRejected},
		{"applications counted", "secretaria@parroquia.example", "Plaza de organista",
			"Estimado Alex:\n\nGracias por su interés en la plaza de organista. Hemos tenido varias candidaturas y, tras pensarlo con calma, " +
				"hemos optado por otra persona que ya colaboraba con el coro.\n\nUn saludo cordial,\nMercedes",
			true, StageRejected},
	})
}
