package classifier

import "testing"

// TestEightyFirstRound: what r81 brought at its arrival. A German "kein"
// before a place reaches the verb at its clause's end; a staffing
// recruiter's "client passed"; a client's decision "to decline to
// proceed" the candidacy is its no, not the reader declining; a post
// filled by someone else beside a withdrawal word said of a colleague;
// "align internally" is a talk among the employer's people; an offer
// released in a vendor-management system; the reader's yes thanked for
// is past the offer.
func TestEightyFirstRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"no apprenticeship place to offer", "ausbildung@kaufhaus-brandt.example", "Deine Bewerbung um einen Ausbildungsplatz 2027",
			"Hallo Alex,\n\ndanke, dass du bei unserem Azubi-Tag dabei warst!\n\nWir müssen dir heute leider sagen, dass wir dir " +
				"für den Ausbildungsstart im August 2027 keinen Ausbildungsplatz als Kaufmann im Einzelhandel (m/w/d) anbieten " +
				"können. Wir hatten dieses Jahr deutlich mehr Bewerbungen als Plätze.\n\nViele Grüße\nDein Ausbildungsteam",
			true, StageRejected},
		{"the client passed", "jordan@staffing.example", "Re: Checking in - Stratwell BI Lead submittal",
			"Client passed. Sorry Alex - more next week.\n\nJ\n\nSent from my iPhone",
			true, StageRejected},
		{"the client declines to proceed", "takeda@sakura-career.example", "Aozora Systems - feedback of 2nd interview",
			"Alex-san\n\nI received the feedback from Aozora Systems about 2nd interview of last week.\n\nRegrettably, the client " +
				"has decided to decline to proceed your candidacy to the final interview.\n\nI am very sorry for this result.\n\nYuki Takeda",
			true, StageRejected},
		{"filled, from a new recruiter", "marisol.vega@cascadia.example", "Re: Checking in – Energy Data Analyst application",
			"Hi Alex,\n\nThanks for reaching out. I'm picking this up from Tom Brandt, who has moved over to our Portland office " +
				"and is no longer recruiting for Seattle roles.\n\nI checked with the hiring manager this morning, and I'm sorry " +
				"to let you know the Energy Data Analyst position has since been filled by an internal candidate.\n\nMarisol Vega\nTalent Acquisition Specialist",
			true, StageRejected},
		{"the board aligns after the other interviews", "camila@valeverde.example", "RE: Entrevista confirmada - Energy Trading Analyst",
			"Hi Alex, good afternoon!\n\nThank you for the participation in the interview yesterday, Rafael liked a lot the " +
				"conversation. We still have two interviews with other candidates on Monday and then we will align internally " +
				"with the board.\n\nWe will give you a return in the middle of next week, ok?\n\nCamila Souza\nAnalista de Recursos Humanos Sr.",
			true, ""},
		{"an offer released in the VMS", "marcus@keystone.example", "OFFER - Pinebrook Clinical Data Engineer",
			"Alex,\n\nCongratulations - Claire signed off and Pinebrook has released an offer through VNDLY!\n\n  Rate: $82.00/hr W2\n" +
				"  Term: 6 months\n\nI need your verbal yes by noon tomorrow so I can accept on your behalf in the VMS.\n\nMarcus Bell",
			true, StageOffer},
		{"the reader's yes thanked for", "claire@hotel.example", "Re: Offer of Employment – Food & Beverage Supervisor",
			"Hi Alex,\n\nThanks so much for accepting – we're thrilled!\n\nAs part of our pre-employment checks, could you send " +
				"me contact details for two referees?\n\nBest,\nClaire",
			true, StageOther},
	})
}

// The reader asked to interview someone else's candidates (r81): a seat
// at a hiring day's tables, a technical panel, a second interviewer's
// place.
func TestR81ReaderAsInterviewer(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a hiring day's tables", "ops@retailer.example", "Walk-in hiring day Sat 6/12 - need interviewers",
			"Hi Alex,\n\nWe're running the walk-in hiring day on Saturday. Could you sit on one of the interview tables for a " +
				"couple of hours? Scorecards will be on the tables.\n\nThanks,\nDee",
			false, ""},
		{"a second interviewer", "marta@northbeam.example", "Second interviewer needed - Data Engineer candidate Thursday",
			"Hi Alex,\n\nWe have a candidate for the Data Engineer position and the final interview is planned on Thursday " +
				"15:00. Tomasz is sick this week, could you please join as second interviewer instead?\n\nThanks a lot!\nMarta",
			false, ""},
		{"a technical panel", "kyle@staffing.example", "Shortlisted candidates for the Analytics Engineer req",
			"Alex,\n\nWe have three shortlisted candidates for the Analytics Engineer req. Could you sit on the technical panel " +
				"with me Thursday 8/12?\n\nKyle",
			false, ""},
	})
}
