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
