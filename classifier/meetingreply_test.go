package classifier

import "testing"

// A short reply after a meeting that promises the next contact ("the
// debrief moved to Thursday, I'll ping you right after", "du hører fra
// oss innen fredag") is a decision to come; each was a job message one
// point short on the code before (tune_written/r8_*, r32_*, r33_*, r37_*).
// A tradesman's reply after a site visit promising a quote is not.
func TestReplyAfterMeetingPromises(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a recruiter after the debrief", "jo@company.example", "Re: checking in - Lumen loop",
			"Hi Alex! All good - Dana was travelling, so our debrief is now on Thursday. I'll ping you right after.\n\nJo",
			true, StageAwaitingDecision},
		{"Swedish thanks for today", "karin@foretag.example", "SV: Tack för i dag",
			"Hej Alex,\nTack själv! Vi stämmer av i gruppen och hör av oss på torsdag.\n/Karin",
			true, ""},
		{"Norwegian debrief tomorrow", "nina@selskap.example", "Re: Takk for i dag",
			"Hei Alex, takk selv! Vi har debrief i teamet i morgen, du hører fra oss innen fredag.\nNina",
			true, ""},
		// not a reply: the first word after the meeting (tune_written/r33_*, r44_*)
		{"Danish thanks for today, not a reply", "mette@firma.example", "Tak for i dag",
			"Hej Alex,\n\nTak for i dag, det var en god snak. Vi taler det igennem internt og vender tilbage til dig senest fredag.\n\nMette",
			true, ""},
		{"French after a trial day", "patron@bistrot.example", "Samedi",
			"Bonjour Alex,\n\nMerci pour samedi. On fait le point avec l'équipe et je vous appelle mardi pour vous donner notre réponse.\n\nBruno",
			true, ""},
		// guard: a quote after a site visit is no hiring (it held before)
		{"a plumber's quote", "office@plumbing.example", "Re: Thanks for today",
			"Hi Alex, thanks for having us round this morning. We'll get the quote for the boiler over to you by Thursday.\nDave",
			false, ""},
		{"a builder's first word after a visit", "office@builders.example", "Thanks for today",
			"Hi Alex, thanks for showing us round this morning. We'll talk it over and get back to you with a price by Thursday.\nDave",
			false, ""},
	})
}

// A confirmation of an interview's time, one step short on the code
// before (tune_written/r9_*, r18_*, r44_*, r49_*): the words confirm, the
// subject or body names an interview, the time is fixed. A guest's
// booking on a show confirms in the same words and is no hiring.
func TestConfirmedInterviewTime(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"an assessment day booked", "nicole@bank.example", "Re: Superday availability",
			"Perfect, you're booked in for Thursday at 9:00am, 12 Harbour Plaza, 14th floor. Ask for me at reception and bring a photo ID.\n\nNicole\n\nSent from my iPhone",
			true, StageInterviewScheduled},
		{"a warehouse interview", "dispatch@staffing.example", "RE: Picker - 2nd shift - Concord",
			"Hi Alex, you're all set for tomorrow (Tuesday 2/9) at 10:00am at our Concord office for the interview. Ask for Luis at the front desk.",
			true, ""},
		// guard (it held before)
		{"a podcast recording", "producer@podcast.example", "Re: recording for episode 41",
			"Great, you're all set for the interview on Thursday at 9:00am. The episode will go out the week after; our listeners will love it.",
			false, ""},
	})
}
