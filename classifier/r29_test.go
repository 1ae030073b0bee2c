package classifier

import "testing"

// TestTwentyNinthRoundPromises: r29's promises at its tuning. Every
// candidate receiving an answer in English ("a written response", "an
// answer", "a decision") on a day named before; and the shortlisted named
// as those a step is taken for ("reference checks for our shortlisted
// candidates") are no "only the selected hear back", so the decision's
// day in the same sentence counts. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyNinthRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The hiring committee convenes on Thursday, April 15 to review the full slate. Every interviewed candidate will receive a written response from us that same day.", "2027-04-15"},
		{"We are completing reference checks for our shortlisted candidates now, and we expect to make our decision by the end of the month. I will let you know the outcome either way.", "2027-04-30"},
		// near-misses: only the shortlisted hear, said after a step
		// taken with them; the reader deciding
		{"Interviews with shortlisted candidates take place next week, and only those selected for the final round will hear from us by the end of the month.", ""},
		{"Shortlisted candidates will be contacted by the end of the month.", ""},
		{"Please let us know your decision by Friday.", ""},
	})
}

// TestTwentyNinthRoundModelDay: a sentence only the learned model reads as
// a promise names the answer's day after the word for the answer, not the
// day of the interviews before it. Dates are from base, Thursday
// 2027-04-08.
func TestTwentyNinthRoundModelDay(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Just had Phil on the phone - he said Monday was a really good conversation. They're interviewing three more this week and next, and they've said they'll give me an answer on all candidates within two weeks. As soon as I hear, I'll be straight on to you.", "2027-04-22"},
		// near-miss: the answer's word before its day
		{"Just had Phil on the phone - he said Monday was a really good conversation. They've said they'll give me an answer on all candidates by Friday, after their last interviews next week.", "2027-04-09"},
	})
}

// TestTwentyNinthRoundOfferThread: a reply under a subject that names the
// offer and the post goes on with that offer when nothing in it or below
// it settles the offer: the employer's "no rush at all", the candidate's
// "I'll talk it through at home", a revised letter promised. A subject
// that proposes an interview ("Proposta di colloquio"), a history that
// accepted the offer, and an offer on a flat stay what they are.
func TestTwentyNinthRoundOfferThread(t *testing.T) {
	for _, c := range []struct {
		name, subject, own, quoted string
		want                       Stage // "": anything but an offer
		job                        bool
	}{
		{"revised letter", "Re: Offer – Senior Data Analyst", "Yes, we can do 140 base. Updated letter coming tomorrow morning.\nGreg\nSent from my iPhone", "", StageOffer, true},
		{"no rush", "Re: Offer – Founding Data Engineer at Loomwise", "No rush at all. Enjoy your evening :)\nT\nSent from my iPhone",
			"> On 24 Jun 2027, at 20:02, Alex Rivera <alex.rivera@fastmail.com> wrote:\n>\n> Tom,\n> Thank you – this genuinely made my day. I'm going to sit down with the details tonight and talk it through at home, and I'll come back to you early next week.\n> Alex",
			StageOffer, true},
		{"talk it through", "Re: Offer – Founding Data Engineer at Loomwise", "Tom,\nThank you – this genuinely made my day. I'm going to sit down with the details tonight and talk it through at home, and I'll come back to you early next week.\nAlex", "", StageOffer, true},
		// near-misses
		{"interview proposed", "Re: Proposta di colloquio - Data Engineer", "Perfetto, confermo martedì alle 15. A presto!\nAlex",
			"Il giorno mer 7 apr 2027 alle ore 17:44 Valentina Greco <valentina.greco@portolabs.it> ha scritto:\n> Ciao Alex,\n> ti proporrei il colloquio tecnico con Stefano martedì 13 aprile alle 15:00 su Google Meet. Mi confermi se ti va bene?\n> Valentina",
			"", true},
		{"accepted below", "Re: Offer – Principal Data Engineer, Cobalt Re", "Perfect, thanks Alex – referee details received. I'll get those out today and let you know as soon as they're back.\nT",
			"On Tue, 6 Apr 2027 at 21:48, Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Tom – delighted to accept, thank you! Referees below:\n> 1. Marcy Oduya, Director of Engineering\n> Alex",
			"", true},
	} {
		m := reply(c.subject, c.own, c.quoted)
		v := Classify(m)
		if v.Job != c.job || c.want != "" && v.Stage != c.want || c.want == "" && v.Stage == StageOffer {
			t.Errorf("%s: job %v stage %s, want job %v stage %s; reasons %q", c.name, v.Job, v.Stage, c.job, c.want, v.Reasons)
		}
	}
	flat := reply("Re: Offer - 2BR apartment, Elm Street", "No rush at all, take the weekend to think it over.\nDana", "")
	if v := Classify(flat); v.Job && v.Stage == StageOffer {
		t.Errorf("offer on a flat: job, offer; reasons %q", v.Reasons)
	}
}

// TestTwentyNinthRoundTwoZoneTime: a short reply that says the meeting's
// time in two zones ("3.30pm UK / 10.30am yours") has agreed it, as r29's
// agencies and recruiters in Asia wrote from their phones; the same time
// asked as a question, and a date with a slash, fix nothing.
func TestTwentyNinthRoundTwoZoneTime(t *testing.T) {
	for _, c := range []struct {
		name, subject, own, quoted string
		want                       string // the interview's day, "" for none
	}{
		{"sorted", "Re: Senior Data Engineer – Manchester fintech", "Sorted – Tues 13th, 3.30pm UK / 10.30am yours. Sophie's EA is sending the invite over this morning.\nGood luck mate\nD\nSent from my iPhone",
			"> On 7 Apr 2027, at 21:12, Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Danny, Tuesday at 3:30pm UK time would be perfect if it's still free. Thanks! Alex", "2027-04-13"},
		{"locked in with", "Re: Interview with client – timing", "Tuesday works - locked in with Wei Ling for 9pm SG / 9am your time. Invite will come from her EA.\nDaryl",
			"On Wed, Apr 7, 2027 at 1:12 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Daryl, Monday is tough for me but Tuesday 13 April at 9am ET (9pm SGT) would work. Let me know.\n> Alex", "2027-04-13"},
		{"I'll join", "Re: Interview Schedule - Technical Round - Lead Data Engineer", "Dear Lakshmi,\nThank you - confirmed. I'll join at 11:00 AM ET / 8:30 PM IST on 14 April and will keep my ID handy.\nBest regards,\nAlex", "", "2027-04-14"},
		// near-misses
		{"asked", "Re: Senior Data Engineer – Manchester fintech", "Would Tues 13th, 3.30pm UK / 10.30am yours work for you?\nD", "", ""},
		{"a date with a slash", "Re: Senior Data Engineer – Manchester fintech", "Thanks, noted. The deadline for the test is 4/20.\nD", "", ""},
	} {
		v := Classify(reply(c.subject, c.own, c.quoted))
		if got := dateOf(v.InterviewAt); got != c.want && !(c.want == "" && got == "-") {
			t.Errorf("%s: interview %s, want %q; reasons %q", c.name, got, c.want, v.Reasons)
		}
	}
}

// TestTwentyNinthRoundWhoseDecision: r29's no's and not-no's. The post
// filled said as the hire made ("We've hired for the Senior Product
// Analyst role") is a no; all recruitment paused, this post with it, is
// the post withdrawn; a manager asking the reader to take a panelist's
// slot or run a round, with the scorecard, is someone else's hiring.
func TestTwentyNinthRoundWhoseDecision(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		job                 bool
		stage               Stage
	}{
		{"hired for the role", "Senior Product Analyst – an update from Northwind",
			"Hi Alex,\nI wanted to reach out personally. We've hired for the Senior Product Analyst role, and Sam Okafor will be joining the team in April.\nYou made this a hard decision, and the panel enjoyed every conversation with you. Our analytics team will be adding headcount later this year, and I'll be thinking of you as those roles take shape.\nWarmly,\nJess",
			true, StageRejected},
		{"all recruitment paused", "Performance and Intelligence Lead (HBC-0427) – recruitment paused",
			"Dear Mr Rivera,\nThank you for your application for the above post. Following the Council's in-year budget review, the Corporate Management Team has taken the decision to pause all recruitment to non-frontline posts, including this one. As a result we are not able to progress applications for this vacancy at present. We recognise that this is disappointing. We will write to you again once the position is clearer.\nYours sincerely,\nLorraine Pickup\nHR Business Partner",
			true, StageWithdrawn},
		{"take her slot", "Panel for the Data Analyst II candidate tomorrow?",
			"Hi Alex,\nPriyanka had to drop off the interview panel for Jordan Blake (Data Analyst II candidate) tomorrow at 3pm. Could you take her slot? It's the SQL and metrics section, 45 minutes, and the scorecard is already in Greenhouse.\nLet me know either way so I can update the hiring team.\nRenee",
			false, ""},
		{"run the round", "Singapore hire – can you take the system design round?",
			"Hi Alex,\nWe've got a strong final-stage candidate for the Singapore data engineer opening. Could you run the system design round on Thursday at 8pm ET? It's 8am Friday for him. Recruiting will send you the scorecard and the take-home he submitted.\nThanks!\nPriya",
			false, ""},
		// near-misses: the panel's scorecards in the candidate's own
		// process; hires made before, in an approach
		{"scorecards in", "Data Analyst – next steps",
			"Hi Alex,\nThanks again for Tuesday. The panel is submitting scorecards today and we expect to have a decision for you by Friday.\nBest,\nRenee",
			true, StageAwaitingDecision},
		{"hired before", "Analytics Lead role at Brightwater",
			"Hi Alex,\nI came across your profile and wanted to reach out about our Analytics Lead opening. We have hired for roles like this twice before and know exactly what the team needs. Would you be open to a short call this week?\nBest,\nRenee",
			true, StageOutreach},
	} {
		v := Classify(letter("renee@brightwater.example", c.subject, c.body))
		if v.Job != c.job || c.job && v.Stage != c.stage {
			t.Errorf("%s: job %v stage %s, want job %v stage %s; reasons %q", c.name, v.Job, v.Stage, c.job, c.stage, v.Reasons)
		}
	}
}
