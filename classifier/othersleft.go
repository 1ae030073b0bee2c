package classifier

import "strings"

// A small employer's note after the reader came in often has no hiring word
// at all: "Good talking to you this morning. I've got one more guy to see
// tomorrow and then I'll sit down with our GM. We'll have an answer for you
// by the end of the week." What makes it the reader's hiring is that the
// writer is still seeing other people for the same thing and promises the
// reader an answer: a decision among applicants to come.

// othersLeftToSee are the other people still to be seen, tried or heard,
// in the languages of the lexicon.
var othersLeftToSee = cues(
	"one more person to", "one more guy to", "one more candidate", "one more applicant", "one more interview",
	"one more trial", "one more person coming", "one more person in",
	"two more people", "couple more people", "couple of people to see", "couple of folk to see", "few more people",
	"more people coming in", "more people to see", "other people to see", "other candidates to see",
	"still seeing people", "still seeing candidates", "still have people to see", "still got people to see",
	// the one left named by the trade (r48): "We're chatting to one more
	// editor on Wednesday, so expect to hear from me by Friday"
	"chatting to one more", "chatting with one more", "talking to one more", "talking with one more",
	"speaking to one more", "speaking with one more", "meeting one more", "seeing one more", "one more to see",
	"one more to meet", "trying one more", "trialling one more", "trialing one more",
	"otras dos personas", "otra persona que", "más personas que", "otros candidatos que", "par de personas más",
	"entre tú y otra", "entre vos y otra",
	"ancora due persone", "ancora una persona", "altre persone da", "altri candidati da", "sentiamo ancora",
	"une autre personne qui", "autre personne à", "encore deux personnes", "encore une personne", "autres candidats à",
	"noch zwei bewerber", "noch einen bewerber", "noch eine bewerberin", "noch weitere bewerber", "noch zwei kandidat",
	"nog twee kandidaten", "nog een kandidaat", "nog een paar kandidaten", "nog andere kandidaten",
	"outras duas pessoas", "mais uma pessoa", "mais duas pessoas", "outros candidatos para",
	// the choice narrowed to the reader and someone else: "it's between
	// you and one other cook now"
	"between you and one other", "between you and another", "down to you and one other", "down to you and another",
	"entre tú y otra persona", "entre usted y otra persona", "entre você e outra pessoa", "entre vous et une autre personne",
	"zwischen ihnen und einer", "zwischen dir und einer", "tussen jou en nog", "tussen u en nog", "tra te e un'altra persona",
)

// othersLeftWeight lifts such a note to a job message: with a promise of an
// answer, nothing but an employer's choice among applicants says both.
const othersLeftWeight = jobThreshold

// decisionAmongOthers reports the phrase by which a personal note promising
// an answer says the writer is still seeing others; "" when it does not,
// or when the note is about a flat, a course, a customer's quote or
// someone else's hiring, which have their own applicants.
func decisionAmongOthers(d *doc) string {
	i := othersLeftToSee.index(d.body)
	if i < 0 || d.has(clsElsewhere) || d.has(clsOtherSense) || len(thirdPartyHits(d)) > 0 {
		return ""
	}
	if end := i + cueLen(othersLeftToSee, d.body[i:]); strings.HasSuffix(d.body[i:end], "one more") {
		// "talking to one more supplier": the reader quoted for work,
		// one bid among others, is no applicant
		w, _, _ := strings.Cut(strings.TrimLeft(d.body[end:], " "), " ")
		if biddersNotApplicants[strings.Trim(w, ".,;:!?")] {
			return ""
		}
	}
	return clip(d.body[i:])
}

// biddersNotApplicants are those an owner compares who are not applying
// for work with them.
var biddersNotApplicants = map[string]bool{
	"supplier": true, "vendor": true, "agency": true, "firm": true, "company": true, "quote": true, "bid": true,
	"venue": true, "flat": true, "apartment": true, "house": true, "property": true, "buyer": true, "bidder": true,
	"dealer": true, "contractor": true, "builder": true, "provider": true, "option": true,
}

// eitherWayWeight brings a promise of an answer "either way" to a job
// message on its own: the yes or no to come is the application's.
const eitherWayWeight = jobThreshold
