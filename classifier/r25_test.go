package classifier

import (
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// TestTwentyFifthRoundOffers: the offers r25 brought at its arrival (10 of
// 13 read), by form, in messages written for this test: a reply under a
// subject whose topic is the offer itself ("Re: Offer - a couple of
// questions"), as a post's title would make it, with one of the offer's
// terms; and the choice to accept written with a bracket ("accept (or
// decline) the offer"), which is no withdrawal.
func TestTwentyFifthRoundOffers(t *testing.T) {
	on := time.Date(2027, 9, 27, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		m    mailmsg.Message
		want Stage
	}{
		{"a reply about the offer's terms", mailmsg.Message{From: mailmsg.Address{Name: "Owen Hart", Email: "owen@startup.example"}, Subject: "Re: Offer - a couple of questions", Date: on, InReplyTo: "<q@fastmail.com>",
			Excerpt: "Totally fair ask. Let me take the equity piece back to Sofia - I should have an answer for you on Wednesday.\n\nOwen"}, StageOffer},
		{"accept (or decline)", mailmsg.Message{From: mailmsg.Address{Name: "Harbourline Insurance", Email: "harbourline@myworkday.com"}, Subject: "Your offer from Harbourline Insurance is ready", Date: on, AutoSubmitted: "auto-generated",
			Excerpt: "Congratulations! We're delighted to offer you the position of Senior Manager, Data Engineering. Please review and accept (or decline) the offer within 5 business days in the candidate portal."}, StageOffer},
		// near-miss: the offer's topic with a word after it is some other offer
		{"an offer on a flat", mailmsg.Message{From: mailmsg.Address{Name: "Kim Agent", Email: "kim@homes.example"}, Subject: "Re: Offer on 12 Elm Street", Date: on, InReplyTo: "<h@fastmail.com>",
			Excerpt: "Yes, that's the asking price; the contract comes Monday."}, ""},
	} {
		v := Classify(&c.m)
		got := jobStage(v)
		if got != c.want {
			t.Errorf("%s: job %v stage %q, want %q; reasons %q", c.name, v.Job, v.Stage, c.want, v.Reasons)
		}
	}
}

// TestTwentyFifthRoundNosAndPanels: r25's no's and look-alikes at its
// tuning: a promotion from within is someone else's hire ("they're
// promoting internally"), and the reader asked to take a candidate's
// technical round as "second panelist", with the scorecard template, is on
// the employer's side of someone else's hiring.
func TestTwentyFifthRoundNosAndPanels(t *testing.T) {
	if got, v := rejectedLine("Just had the call from the client. They're promoting internally - their midweight has been covering the role since January. Gutted for you."); !got {
		t.Errorf("promoting internally: rejected false, want true; stage %s, reasons %q", v.Stage, v.Reasons)
	}
	// near-miss: going outside instead of promoting is no no to the reader
	if got, v := rejectedLine("Rather than promoting from within, they've decided to look outside, which is where you come in. Are you free Thursday?"); got {
		t.Errorf("looking outside: rejected true, want false; stage %s, reasons %q", v.Stage, v.Reasons)
	}
	v := Classify(&mailmsg.Message{From: mailmsg.Address{Name: "Shreya Kapoor", Email: "shreya.kapoor@ledger.example"}, To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex.rivera@fastmail.com"}},
		Subject: "Panel request: Technical round for Sr. Data Engineer candidate - Thursday", Date: base,
		Excerpt: "Hi Alex,\n\nWe have shortlisted a candidate for the Sr. Data Engineer opening - Rohan, 7 yrs exp. Can you please take his technical round on Thursday 7 PM IST? Harish will be second panelist. His CV and the scorecard template are in Darwinbox.\n\nThanks,\nShreya"})
	if v.Job {
		t.Errorf("panel request: job true, want false; reasons %q", v.Reasons)
	}
}

// TestTwentyFifthRoundPromises: a day named in one sentence and the answer
// to every candidate right after it in the next, as r25's public bodies
// and panels wrote it: the German verb before its subject ("Unmittelbar
// danach schreiben wir allen Kandidatinnen"), "im Anschluss daran erhalten
// alle Bewerberinnen", and Québec's "nous communiquerons avec chacun des
// finalistes dès le lendemain". Dates are from base, Thursday 2027-04-08.
func TestTwentyFifthRoundPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Zum weiteren Ablauf: unser Auswahlgremium tagt am 20. April. Unmittelbar danach schreiben wir allen Kandidatinnen und Kandidaten, die wir kennenlernen durften.", "2027-04-20"},
		{"Die Begutachtungskommission tritt am 26. April 2027 zusammen. Unmittelbar im Anschluss daran erhalten alle Bewerberinnen und Bewerber eine schriftliche Verständigung.", "2027-04-26"},
		{"Le comité de sélection se réunit le jeudi 15 avril. Nous communiquerons avec chacun des finalistes dès le lendemain, que la réponse soit positive ou non.", "2027-04-16"},
		// near-miss: right after it, the reader is the one to write
		{"Unser Auswahlgremium tagt am 20. April. Unmittelbar danach schreiben Sie uns bitte Ihre Gehaltsvorstellung.", ""},
	})
}
