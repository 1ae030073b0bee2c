package classifier

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// A rejection is recognised from many weak, readable cues rather than
// from one exact phrase (issue 15). Each cue belongs to a family
// (lexicon_outcome.go) and a family counts once, by its heaviest cue:
//
//	declined      3    a negated step of the process that governs the
//	                   application ("we will not be moving forward with your
//	                   application", "you have not been shortlisted"), a step
//	                   taken with someone else ("we have decided to pursue
//	                   candidates whose ...", "another candidate has been
//	                   selected"; who is someone else: people.go), the post
//	                   filled ("we filled it last week"), a final state of
//	                   the application ("your candidature stands rejected"),
//	                   or an outright phrase ("it's a no")
//	pass          3    "we're going to pass", "isn't a match"
//	mismatch      2    "candidates whose experience more closely matches"
//	hedge         1    unfortunately, regret, sadly, leider, purtroppo, helaas
//	luck          1    "best of luck in your search", "viel Erfolg"
//	future        1    keep-on-file, talent pool, future openings, apply again
//	deliberation  1    "after careful consideration", "a difficult decision"
//	decision      1    "we have decided", "our decision", "wir haben uns entschieden"
//	occasion      0.5  "on this occasion", "at this time"
//
// Words that say the process goes on for the reader ("we'd like to invite
// you", "congratulations", "moving forward with your application") count
// against. The learned model (model.go), when in use, adds its points to
// a message the rules gave partial evidence. A message whose rejection
// points, less those, reach rejectThreshold says no; Verdict.Outcome
// carries them.
const rejectThreshold = 3.0

// RejectThreshold is the Verdict.Outcome at which a message's words say no.
const RejectThreshold = rejectThreshold

// outcome is what a message's words say about the decision on the
// reader's application.
type outcome struct {
	fams     map[string]famHit
	positive float64
	posWhy   string
	onPost   string // a negated step about the post itself
	ofOther  string // a negated step about a third person named: someone else's hiring
	// self: a declined cue governs the reader's own application ("we
	// will not be moving forward with your application"), which makes
	// the reader the candidate whoever else the message names.
	self bool
	// model is the learned cue's points (model.go), positive or
	// negative; modelWhy its reason.
	model    float64
	modelWhy string
	// retracted names a no the message takes back as sent in error
	// (retraction.go): whatever cues of it the message repeats say none.
	retracted string
	// filledByOther: the post was "filled" with someone else, a no to the
	// reader whatever withdrawal word the message also has.
	filledByOther bool
}

type famHit struct {
	w   float64
	why string
}

// famOrder is the order of the families in reasons.
var famOrder = []string{"declined", "pass", "mismatch", "hedge", "luck", "future", "deliberation", "decision", "occasion"}

func (o *outcome) add(fam string, w float64, why string) {
	if o.fams == nil {
		o.fams = map[string]famHit{}
	}
	if h, ok := o.fams[fam]; !ok || w > h.w || w == h.w && len(why) > len(h.why) {
		o.fams[fam] = famHit{w, why}
	}
}

// reject is the rejection points net of the positive ones.
func (o *outcome) reject() float64 {
	var s float64
	for _, h := range o.fams {
		s += h.w
	}
	return s + o.model - o.positive
}

func (o *outcome) rejected() bool { return o.reject() >= rejectThreshold }

// decidedOnReader reports a cue that says no to the reader, not only
// regret or good wishes: declined, pass or mismatch.
func (o *outcome) decidedOnReader() bool {
	return o.fams["declined"].w > 0 || o.fams["pass"].w > 0 || o.fams["mismatch"].w > 0
}

// reason lists the cues and their weights: `declined "not ... moving
// forward ... your" (+3), hedge "unfortunately" (+1)`.
func (o *outcome) reason() string {
	var parts []string
	for _, f := range famOrder {
		if h, ok := o.fams[f]; ok {
			parts = append(parts, fmt.Sprintf("%s %s (+%.2g)", f, h.why, h.w))
		}
	}
	if o.model != 0 {
		parts = append(parts, fmt.Sprintf("model %+.2g (%s)", o.model, o.modelWhy))
	}
	if o.positive > 0 {
		parts = append(parts, fmt.Sprintf("goes on %s (-%.2g)", o.posWhy, o.positive))
	}
	return strings.Join(parts, ", ")
}

// selfWords are the reader or the reader's application as the object of a
// step: "with your application", "invite you", "votre candidature".
var selfWords = map[string]bool{
	"you": true, "your": true, "yourself": true, "application": true, "candidacy": true, "candidature": true,
	"profile": true, "cv": true, "resume": true, "sie": true, "ihnen": true, "ihre": true, "ihr": true,
	"dich": true, "dir": true, "dein": true, "deine": true, "bewerbung": true, "lebenslauf": true, "vous": true,
	"votre": true, "vos": true, "toi": true, "ton": true, "ta": true, "tes": true, "tu": true,
	"tus": true, "su": true, "sus": true, "usted": true, "contigo": true, "candidatura": true, "postulación": true,
	"perfil": true, "ti": true, "tua": true, "tuo": true, "sua": true, "suo": true, "profilo": true, "je": true,
	"jou": true, "jouw": true, "u": true, "uw": true, "sollicitatie": true, "profiel": true, "você": true,
	"seu": true, "teu": true, "la": false,
	// Swedish, Danish, Norwegian
	"dig": true, "dej": true, "din": true, "ditt": true, "dina": true, "deg": true, "dine": true, "ansökan": true,
	"ansøgning": true, "ansøgningen": true, "søknad": true, "søknaden": true,
}

// genericWords before a negation make it about candidates in general or a
// condition: "only shortlisted candidates", "if you are not selected".
var genericWords = map[string]bool{
	"if": true, "unless": true, "whether": true, "candidates": true, "applicants": true, "those": true,
	"who": true, "only": true, "should": true, "falls": true, "wenn": true, "sofern": true, "si": true,
	"se": true, "als": true, "caso": true, "qualora": true, "nur": true, "alleen": true, "seulement": true,
	"solo": true, "únicamente": true, "apenas": true, "whom": true, "once": true, "until": true,
	"enkel": true, "uniquement": true, "solamente": true, "soltanto": true, "somente": true, "lediglich": true,
	"hvis": true, "ifall": true, "dersom": true, "endast": true, "kun": true, "enbart": true,
	// "innan vi kan gå vidare med någon av kandidaterna": a step still to come
	"innan": true, "inden": true, "før": true, "förrän": true,
}

// clauseStops end the object of a step: "we've decided not to move
// forward, as we're prioritizing candidates with ..." is not about those
// candidates.
var clauseStops = map[string]bool{
	"as": true, "because": true, "since": true, "but": true, "although": true, "though": true, "while": true,
	"so": true, "porque": true, "parce": true, "weil": true, "da": true, "omdat": true, "perché": true,
	"pois": true, "car": true, "ya": true, "mais": true, "aber": true, "maar": true, "pero": true, "ma": true,
	"mas": true,
	// a new subject starts a new clause: "die Stelle ist noch nicht
	// besetzt, wir würden Sie gerne kennenlernen"
	"we": true, "wir": true, "nous": true, "wij": true, "noi": true, "nosotros": true, "nós": true, "i": true,
	"ich": true, "ik": true, "they": true, "ils": true, "elles": true, "ellos": true, "loro": true, "zij": true,
	"eftersom": true, "fordi": true, "men": true, "vi": true, "jag": true, "jeg": true,
	// an elaboration after a dash starts its own clause: "dass Ihr Profil
	// nicht zu unserem Anforderungsprofil passt – insbesondere waren uns
	// für diese Position ... wichtig" (r76)
	"insbesondere": true, "notamment": true, "especially": true, "particularly": true,
}

// thingWords are the objects of a step that is not the application: "we
// can't proceed with Tuesday's interview", "not moving forward with calls".
var thingWords = map[string]bool{
	"interview": true, "interviews": true, "call": true, "calls": true, "meeting": true, "meetings": true,
	"chat": true, "conversation": true, "session": true, "assessment": true, "test": true, "appointment": true,
	"slot": true, "time": true, "date": true, "schedule": true, "booking": true, "payment": true, "upload": true,
	"tuesday": true, "monday": true, "wednesday": true, "thursday": true, "friday": true, "today": true,
	"tomorrow": true, "until": true, "before": true, "without": true, "decisions": true, "decision": true,
	"feedback": true, "gespräch": true, "termin": true, "entretien": true, "entrevista": true, "colloquio": true,
	"gesprek": true, "reunião": true,
}

// outcomeOf analyses subject and body once per message.
func (d *doc) outcome() *outcome {
	if d.oc != nil {
		return d.oc
	}
	o := d.rulesOutcome()
	o.model, o.modelWhy = rejectModel.score(d, o)
	if o.model > 0 && acknowledgedOnly(d, o) && !ruleOff("ack-not-model") {
		// "We've got your application, reel link and resume ... If your
		// experience lines up, someone will reach out": an acknowledgement
		// whose only other words are a condition for later contact; the
		// model's words of a no ("someone", "interest", "position") are
		// an acknowledgement's too
		o.model, o.modelWhy = 0, ""
	}
	if _, own := readersOwn(d); own && !ruleOff("readers-own-no") {
		// the reader's own application or note: its "found" and "not
		// ... go on" are the writer's, who is the candidate ("auf Ihrer
		// Website habe ich die Ausschreibung ... gefunden", r79)
		o.fams, o.model, o.modelWhy, o.self, o.onPost, o.filledByOther = nil, 0, "", false, "", false
	}
	if why := retractedNo(d); why != "" {
		o.fams, o.model, o.modelWhy, o.self, o.onPost, o.filledByOther = nil, 0, "", false, "", false
		o.retracted = why
	}
	d.oc = o
	return o
}

// acknowledgedOnly reports a message that says the application arrived
// ("we've got your application", "application received") and whose rules
// found no cue of a no but later contact or the occasion.
func acknowledgedOnly(d *doc, o *outcome) bool {
	if !receivedCues.contains(d.body) && !receivedCues.contains(d.subj) {
		return false
	}
	for f, h := range o.fams {
		if h.w > 0 && f != "future" && f != "occasion" {
			return false
		}
	}
	return true
}

var receivedCues = cues("we've got your application", "we have your application", "received your application",
	"application received", "application has been received", "application was received", "got your application")

// rulesOutcome is what the rules alone make of subject and body.
func (d *doc) rulesOutcome() *outcome {
	o := &outcome{}
	lg := d.lang()
	o.scan(&ocText{toks: d.subjToks, hs: &d.subjHits, lg: lg})
	o.scan(&ocText{toks: d.bodyToks, hs: &d.bodyHits, marks: d.marks, lg: lg,
		subjPost: len(d.subjHits[clsPostNoun]) > 0 && isReply(d.m), m: d.m})
	return o
}

// ocText is one token list (subject or body) as the outcome rules read
// it: its lexicon hits, sentence ends, language, and where people other
// than the reader are named (people.go).
type ocText struct {
	toks  []string
	hs    *[numClasses][]hit
	marks []int32
	lg    lang
	ppl   people
	// subjPost: the message's subject names a post ("Re: Java/Kafka
	// role - still open?"), which a short reply's bare "Filled last
	// week." is about.
	subjPost bool
	// m is the message, whose text as written (case kept) tells a name
	// from a word, and whose recipients' names are the reader's, no
	// third person ("the client won't move forward with Alex", forwarded).
	m *mailmsg.Message
	// candidateReader caches readerIsCandidate: 0 not yet read, 1 yes, 2 no.
	candidateReader uint8
}

// selfAt is self for toks[k], unless the word is someone else's: "a
// more senior profile", "un autre profil".
func (x *ocText) selfAt(k int) bool {
	if x.toks[k] == "du" {
		// the reader in German and the Scandinavian languages, "of the"
		// in French, where a noun follows it: "at du ikke er blevet
		// udvalgt", not "le poste du candidat"
		return k+1 < len(x.toks) && duVerbs[x.toks[k+1]]
	}
	if germanPossessives[x.toks[k]] && k > 0 && (x.toks[k-1] == "die" || x.toks[k-1] == "der") && !ruleOff("relative-ihre") {
		// "für eine Bewerberin entschieden, die ihre Tätigkeit am 1.
		// September aufnimmt": her work, in the clause about her (r64)
		return false
	}
	return x.self(x.toks[k]) && !(x.ppl.other != nil && x.ppl.other[k])
}

// germanPossessives are "your" when written "Ihre" and "her" or "their"
// when written "ihre"; after a relative pronoun they are the latter.
var germanPossessives = map[string]bool{"ihre": true, "ihr": true, "ihren": true, "ihrem": true, "ihrer": true}

// duVerbs follow "du" as the reader: a negation or a verb.
var duVerbs = map[string]bool{
	"ikke": true, "inte": true, "ikkje": true, "er": true, "är": true, "har": true, "hade": true, "havde": true,
	"hadde": true, "blev": true, "ble": true, "blei": true, "blir": true, "bliver": true, "var": true, "vart": true,
	"kan": true, "kunne": true, "kunde": true, "får": true, "fick": true, "fik": true, "fikk": true, "nicht": true,
	"bist": true, "hast": true, "wirst": true, "warst": true, "kommst": true,
}

// self reports a word for the reader or the reader's application. Some
// are other words in other languages: Italian "su" is "on", French "je"
// is "I", English "u" is texting.
func (x *ocText) self(t string) bool {
	switch t {
	case "su", "sus":
		return x.lg == langES
	case "je", "u":
		return x.lg == langNL
	}
	return selfWords[t]
}

// attributiveStep: the step at toks[start:end] describes the people
// after it ("the other shortlisted candidates", "the remaining selected
// applicants"): a word that sets them apart comes before it.
func attributiveStep(toks []string, start, end int) bool {
	for k := start - 1; k >= 1 && k >= start-2; k-- {
		if (toks[k] == "som" || toks[k] == "der") && personNouns[toks[k-1]] {
			// Scandinavian "de kandidater som går vidare", "de sökande som
			// går vidare till intervju", Danish "de tre kandidater, der gik
			// videre": which of them the step describes, the relative
			// after the plural
			return true
		}
	}
	if start == 0 || end >= len(toks) {
		return false
	}
	if _, ok := personNouns[toks[end]]; !ok {
		return false
	}
	switch toks[start-1] {
	case "other", "remaining", "the", "those", "these", "all", "final", "two", "three", "four", "five", "several", "few":
		return true
	}
	return false
}

// notYet: a negated step said with "yet" or its equivalents close by
// ("has not yet decided", "hasn't sat down with the shortlist yet",
// "noch nicht", "pas encore", "todavía no", "nog niet", "ainda não"),
// in the sentence.
func notYet(toks []string, marks []int32, from, end int) bool {
	for k := max(0, from-1); k < min(len(toks), end+4); k++ {
		if crosses(marks, min(k, from), max(k, from)) {
			continue
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1]
		}
		switch toks[k] {
		case "yet", "todavía", "todavia", "aún", "aun", "ancora", "ainda", "ännu", "endnu", "ennå", "enno":
			return true
		case "till":
			// English "till the budget is signed off", not Swedish "till
			// nästa steg", "to the next step"
			if k >= end && englishAfterTill[next] {
				return true
			}
		case "until", "hasta", "innan", "förrän", "inden", "før":
			// "we won't be able to make you an offer until the budget
			// is signed off": a step waiting on something
			if k >= end {
				return true
			}
		case "encore":
			return k > 0 && toks[k-1] == "pas" // not "postuler encore"
		case "noch", "nog":
			// not "weder intern noch extern"
			return next == "nicht" || next == "niet" || strings.HasPrefix(next, "kein") || next == "geen"
		}
	}
	return false
}

// englishAfterTill start what English "till" waits for.
var englishAfterTill = map[string]bool{"the": true, "we": true, "i": true, "they": true, "it": true, "after": true,
	"next": true, "then": true, "our": true, "their": true, "she": true, "he": true, "you": true, "a": true}

// negatedCue: a cue that says an act was done ("filled the role"),
// with a negation right before it in its sentence ("we haven't filled the
// role yet"); a cue with its own negation ("not been selected") is left
// as it is.
func negatedCue(x *ocText, h hit) bool {
	for _, w := range h.t.words {
		if negWords[w] {
			return false
		}
	}
	return negatedAt(x.hs, x.toks, x.marks, h.pos, 3)
}

// crosses reports whether a sentence ends between token positions a < b.
func crosses(marks []int32, a, b int) bool {
	if len(marks) == 0 {
		return false
	}
	i := sort.Search(len(marks), func(i int) bool { return int(marks[i]) > a })
	return i < len(marks) && int(marks[i]) <= b
}

type objKind uint8

const (
	objNone objKind = iota
	objSelf
	objOther
	objPost
	objThing
	objThird // a third person by pronoun or name: "not moving forward with Jordan"
)

func (o *outcome) scan(x *ocText) {
	toks, hs, marks := x.toks, x.hs, x.marks
	if len(hs[clsProgress]) > 0 || len(hs[clsState]) > 0 || len(hs[clsOutcomeCue]) > 0 || len(hs[clsOtherCand]) > 0 {
		x.ppl = findPeople(toks, hs)
	}
	if why := x.someoneWithMore(); why != "" {
		o.add("mismatch", 2, why)
	}
	declinedAt := -1 // where the last step declined ends
	for _, p := range hs[clsProgress] {
		start, end := p.pos, p.pos+len(p.t.words)
		if start > 0 && toks[start-1] == "in" {
			continue // "disclosed in advance", "in progress"
		}
		if start > 0 && (toks[start-1] == "let's" || toks[start-1] == "lets") {
			continue // "let's go with her": a choice the reader shares, as the one hiring
		}
		if start >= 2 && isDigits(toks[start-1]) && isDigits(toks[start-2]) && !ruleOff("agenda-item") {
			continue // "12:15 Q&A with current interns / 13:30 Close": an item of a day's running order
		}
		if p.t.text == "filling" && start >= 2 && toks[start-1] == "are" && toks[start-2] != "we" && !ruleOff("others-filling") {
			// "how career changers are filling shop and CTE teaching jobs"
			// (r87): what some people do, no post filled; "we are
			// filling the role internally" is the writer's decision
			continue
		}
		if p.t.text == "picked" && end < len(toks) && toks[end] == "up" && !ruleOff("picked-up") {
			continue // "permits not picked up by 10:00 AM": collected, not chosen
		}
		if (p.t.text == "taken on" || p.t.text == "took") && actionBefore(toks, marks, start) && !ruleOff("action-taken") {
			// "no further action will be taken on them": an action, no
			// one taken on (r71)
			continue
		}
		if start > 0 && groupBefore[toks[start-1]] && !ruleOff("step-as-adjective") {
			// "wrapping up conversations with the other shortlisted
			// developers": a group still in the process, none chosen (r68)
			continue
		}
		if strings.HasSuffix(p.t.text, "offer") && x.offersThing(end) && !ruleOff("offer-a-thing") {
			// "we are not able to offer a reduced teaching load beyond
			// what was in the original letter": a term of the offer, none
			// refused to the reader (r70)
			continue
		}
		if p.t.text == "zusagen" && end < len(toks) && commitVerbs[toks[end]] && !ruleOff("zusagen-noun") {
			continue // "bitte keine anderen Zusagen machen": commitments the reader may give (r68)
		}
		if p.t.text == "weiter" && separableBefore(toks, marks, start) && !ruleOff("weiter-separable") {
			continue // "ohne Ihre Freigabe geben wir Ihr Profil nicht weiter": passed on, not pursued (r68)
		}
		neg := -1
		for _, n := range hs[clsNeg] {
			// (a negation of several words reaches from its last: "non
			// ci sono i presupposti per proseguire", r80)
			if n.pos < start && n.pos+len(n.t.words)-1 >= start-negReach(toks, n.pos) && !crosses(marks, n.pos, start) {
				neg = n.pos
			}
			// German and Dutch negate after the verb: "passt nicht".
			// French "ne ... pas" around a verb: "nous ne retiendrons pas votre candidature".
			if n.pos >= end && n.pos <= end+3 && (toks[n.pos] == "nicht" || toks[n.pos] == "niet" ||
				toks[n.pos] == "pas" && (n.pos == end || n.pos == end+1 && frenchNegAdverbs[toks[end]]) && start > 0 &&
					(frenchNegSubject[toks[start-1]] || start > 1 && frenchObjectClitics[toks[start-1]] && frenchNegSubject[toks[start-2]])) &&
				!crosses(marks, end-1, n.pos) {
				neg = n.pos
			}
		}
		if !invertedStep(p.t) && (x.genericBefore(start) || neg >= 0 && x.genericBefore(min(neg, start))) ||
			neg >= 0 && disclaimerBetween(toks, neg, start) {
			continue
		}
		if neg < 0 && decisionGoesTo(toks, marks, p) && !ruleOff("decision-goes-to") {
			if obj, _ := x.objectOf(p); obj != objOther {
				// "the final decision goes to our leadership committee":
				// who decides, not whom the post went to
				continue
			}
		}
		if neg < 0 && attributiveStep(toks, start, end) && !ruleOff("attributive-step") {
			// "the panel is interviewing the remaining shortlisted
			// candidates tomorrow": who the others are, not a choice
			continue
		}
		if neg >= 0 && reminderAt(toks, neg) && !ruleOff("reminder-negation") {
			// "Vergeet je geen legitimatiebewijs mee te nemen", "don't
			// forget to bring your ID": a reminder, not a step refused
			continue
		}
		if neg >= 0 && readerMayBefore(toks, marks, start) && !ruleOff("reader-wish") {
			// "sans réservation de votre part, nous considérerons que vous
			// ne souhaitez pas poursuivre la procédure": the reader's wish
			continue
		}
		if neg >= 0 && notYet(toks, marks, min(neg, start), end) && !ruleOff("not-yet") {
			// "the VP hasn't sat down with the shortlist yet": a step
			// still to come, not one refused
			continue
		}
		if neg >= 2 && neg < start && groupConjunctions[toks[neg-1]] && toks[neg-2] == toks[start] && !ruleOff("both-groups") {
			// "all shortlisted and non-shortlisted candidates": both
			// groups named, nobody told which (r68)
			continue
		}
		obj, objAt := x.objectOf(p)
		if obj == objNone && neg >= 0 && p.t.weight == 2 && end < len(toks) && (x.postNounAt(end) || nordicPostCompound(toks[end]) ||
			x.postAfterArticle(end)) &&
			!ruleOff("post-not-filled") {
			// "vi har därför beslutat att inte tillsätta tjänsten alls just
			// nu": the post not filled is the post's fate (objectOf reads
			// a filling step's post as its object, not whom it is about;
			// "the District will not be filling this position")
			obj = objPost
		}
		if obj == objNone && neg >= 0 && neg < start {
			// "niet met je verder gaan": the object between the two.
			for k := neg + 1; k < start; k++ {
				if x.self(toks[k]) {
					obj = objSelf
				}
			}
		}
		if neg >= 0 && obj == objNone && x.thirdPersonBefore(min(neg, start)) {
			obj, objAt = objThird, max(start, neg) // "my colleague Jordan was not selected"
		}
		if neg >= 0 && obj == objNone && p.t.fam == "fit" {
			if x.fitSubject(min(neg, start)) {
				obj = objSelf // "your profile does not match"
			}
		} else if neg >= 0 && obj == objNone {
			obj = x.subjectBefore(min(neg, start)) // "the role will not go ahead"
			if obj == objPost && matchSteps[p.t.text] && !ruleOff("post-no-match") {
				// "We've decided the role isn't quite the right match
				// right now": a post that does not match says the
				// reader does not, not that the post is gone (r48)
				obj = objSelf
			}
			if obj == objNone && p.t.fam == "fill" {
				// "die Stelle ... wird weder intern noch extern
				// besetzt": a post not filled is the post's fate
				obj = objPost
			}
		}
		if neg < 0 && obj != objSelf && x.chosenBefore(start) && !ruleOff("chosen-before") {
			// "Brandl hat sich für einen internen Kandidaten entschieden,
			// der die Stelle übernimmt": the verb last, whom it chose
			// after "für"/"voor" before it, whatever follows
			obj, objAt = objOther, start
		}
		if neg < 0 && obj == objNone && x.otherBefore(start, p.t.fam == "fill", 6) && !titleHire(x, p, start) && !x.mandateTo(start) &&
			!(matchSteps[p.t.text] && x.readerIsBefore(start)) {
			// "another candidate has been selected", "wir gehen mit
			// jemand anderem weiter": someone else is the step's subject
			obj, objAt = objOther, start
		}
		if neg >= 0 && obj == objPost && p.t.fam == "fill" && end < len(toks) && externallyWords[toks[end]] {
			// "it will not be filled externally": filled from within,
			// by someone else
			o.add("declined", 3, quoteSpan(toks, min(neg, start), end+1)+" ... from within")
			continue
		}
		switch {
		case neg >= 0 && obj == objThird:
			// "we decided not to move forward with Jordan": someone
			// else's application, told to the reader as a colleague
			if o.ofOther == "" {
				o.ofOther = quoteSpan(toks, min(neg, start), objAt+1)
			}
		case neg >= 0 && (obj == objSelf || obj == objNone && p.t.fam != "fit"):
			o.add("declined", 3, quoteSpan(toks, min(neg, start), max(end, neg+1, objAt+1)))
			o.self = o.self || obj == objSelf
			declinedAt = end
		case neg >= 0 && obj == objPost && o.onPost == "":
			o.onPost = quoteSpan(toks, min(neg, start), end)
		case neg < 0 && obj == objOther && p.t.fam != "fit" && !possibleOnly(toks, start) && !(p.t.text == "placed" && !ruleOff("placed-others")) &&
			!(fitForSomeone(toks, p, end, objAt) && !ruleOff("fit-for-someone")) &&
			!titleHire(x, p, start) && !(objAt >= 0 && toks[objAt] == "internally" && consultSteps[p.t.text] && !ruleOff("align-internally")):
			// (not what may happen, "so that the place can go to another
			// candidate", nor a recruiter's record, "I've placed people
			// with Marcus before" (r50): "placed" says a no only of the
			// reader, "you have not been placed")
			o.add("declined", 3, quoteSpan(toks, start, end)+" ... someone else")
			o.filledByOther = o.filledByOther || p.t.text == "filled"
		case neg < 0 && obj == objThird && appointSteps[p.t.text] && !possibleOnly(toks, start) && !x.planned(start) &&
			!ruleOff("named-appointee"):
			// "the committee has decided to appoint Gary Noakes", "we have
			// appointed Kezia Munro as our new Development Worker": the post
			// went to someone the writer names
			o.add("declined", 3, quoteSpan(toks, start, objAt+1)+" ... someone named")
		case neg < 0 && obj == objSelf && p.t.weight == 1 && !x.genericBefore(start) &&
			(!isInvite(p.t) || meetingAfter(toks, end, marks)) && !movedNotApplication(toks, p, end) &&
			!(declinedAt >= 0 && declinedAt <= start && !crosses(marks, declinedAt, start) && !ruleOff("step-after-declined")) &&
			!(forOthersAfter(toks, marks, end) && !ruleOff("step-for-others")) &&
			!(insideCue(hs[clsOutcomeCue], start) && !ruleOff("step-inside-cue")):
			// (a step later in the sentence of one declined is part of
			// what is declined: "we don't feel that now is quite the right
			// time for us to offer you a place", r86)
			if o.positive < 2 {
				o.positive, o.posWhy = 2, quoteSpan(toks, start, end)
			}
		}
	}
	for _, h := range hs[clsState] {
		// "your candidature stands rejected", "this application is no
		// longer active": a final state of the reader's application
		if why := x.stateOfSelf(h); why != "" {
			o.add("declined", 3, why)
			o.self = true
		} else if why := x.statusValue(h); why != "" && !ruleOff("status-value") {
			o.add("declined", 3, why)
		}
	}
	if why := x.filled(); why != "" {
		o.add("declined", 3, why)
	}
	if why := x.someoneJoins(); why != "" {
		o.add("declined", 3, why)
	}
	for _, h := range hs[clsOutcomeCue] {
		if (h.t.fam == "declined" || h.t.fam == "pass") && (x.conditionBefore(h.pos) || x.thirdPersonBefore(h.pos) ||
			readerMayBefore(toks, marks, h.pos)) {
			// "if you have not heard from us, your application has not
			// been successful"; "as you felt he wasn't the right fit"
			continue
		}
		if h.t.fam == "declined" && h.t.words[0] == "not" && h.pos > 0 && (toks[h.pos-1] == "may" || toks[h.pos-1] == "might") &&
			!ruleOff("may-not") {
			// "Applications that remain incomplete after that date may not
			// be considered further": what may happen, no decision (r71)
			continue
		}
		if (h.t.fam == "mismatch" || strings.HasSuffix(h.t.text, "match")) && matchForReader(toks, h.pos+len(h.t.words)) && !ruleOff("match-for-reader") {
			// "a much closer match to what you described wanting": the
			// post fits the reader, no one fits better (r72)
			continue
		}
		if (h.t.fam == "mismatch" || h.t.fam == "declined") && onlyAnsweredBefore(toks, marks, h.pos) && !ruleOff("only-answered") {
			// "we are only able to respond to candidates whose experience
			// closely matches": whom the sender answers, no decision (r69)
			continue
		}
		if (h.t.fam == "declined" || h.t.fam == "pass") && purposeBefore(toks, marks, h.pos) && !ruleOff("purpose-clause") {
			// "sagen Sie ihn bitte ab, damit er anderweitig vergeben
			// werden kann": what may happen to a slot given up, no decision
			continue
		}
		if h.t.fam == "declined" && h.pos+len(h.t.words) < len(toks) && vendorWords[toks[h.pos+len(h.t.words)]] && !ruleOff("vendor-chosen") {
			// "we've decided to go with another vendor for this one": a
			// bid lost, the reader's firm among firms (r49)
			continue
		}
		if h.t.fam == "future" && searchedBefore(toks, marks, h.pos) && !ruleOff("searched-pool") {
			// "your profile came up when I was searching our candidate
			// database": where a recruiter found the reader, not where
			// a no keeps them
			continue
		}
		if h.t.fam == "pass" && h.t.weight < 3 && h.pos+len(h.t.words) < len(toks) && toks[h.pos+len(h.t.words)] == "yet" {
			continue // "I'm sorry it isn't better news yet": no news so far
		}
		if (h.t.fam == "hedge" || h.t.fam == "decision" || h.t.fam == "occasion" || h.t.fam == "pass" && h.t.weight < 3) &&
			delayNear(toks, marks, h.pos) && !ruleOff("delay-hedge") {
			// "Leider verzögert sich unsere Entscheidung etwas": the
			// regret is for the wait, and the decision still to come
			continue
		}
		if h.t.fam == "declined" && negatedCue(x, h) && !ruleOff("negated-cue") {
			// "we haven't filled the role yet": the cue's act denied
			continue
		}
		if h.t.fam == "pass" && (x.passOnSomeone(h.pos+len(h.t.words)) || passedAlong(toks, marks, h)) {
			// "I'm going to pass on Kevin ... let's go with her": the
			// reader hires; "I'll pass on your CV to the hiring manager"
			// forwards it
			continue
		}
		if h.t.text == "niet door" && meetingOff(toks, marks, h.pos+2) {
			continue // "ons gesprek van donderdag kan helaas niet doorgaan"
		}
		if choiceAfter[h.t.text] && !choiceVerbBefore(toks, marks, h.pos) {
			continue // "we can usually find another way"
		}
		if h.t.fam == "mismatch" && h.pos > 0 && readerClitics[toks[h.pos-1]] && !ruleOff("mismatch-suits-reader") {
			continue // "¿cuál te encaja mejor?": which time suits the reader
		}
		if h.t.fam == "mismatch" && x.otherBefore(h.pos, false, 10) {
			// someone else fits better: "a candidate with more
			// hands-on Python would be a better fit"
			o.add("declined", 3, fmt.Sprintf("%q", h.t.text)+" ... someone else")
		}
		o.add(h.t.fam, h.t.weight, fmt.Sprintf("%q", h.t.text))
	}
	for _, h := range hs[clsPositive] {
		if negatedAt(hs, toks, marks, h.pos, 5) || isInvite(h.t) && !meetingAfter(toks, h.pos+len(h.t.words), marks) {
			continue
		}
		if h.t.text == "felicidades" && wishedBefore(toks, marks, h.pos) && !ruleOff("wished-felicidades") {
			continue // "Desejamos-lhe as maiores felicidades profissionais": a wish, the luck of a no
		}
		if consolation(hs, marks, h) && !ruleOff("consolation") {
			continue // "the good news is that your CV is now in our talent pool"
		}
		if h.t.text == "candidatura inviata" && h.pos >= 2 && toks[h.pos-2] == "per" && !ruleOff("thanks-for-sent") {
			// "La ringraziamo per la candidatura inviata per la posizione"
			// (r80): thanks for what was sent, not the sending reported
			continue
		}
		if _, no := o.fams["declined"]; no && complimentOn(toks, h) && !ruleOff("compliment") {
			// "grattis till en riktigt stark ansökan ... Valet föll till
			// slut på en sökande som": praise for how far the reader got,
			// in a message that says no
			continue
		}
		if h.t.weight > o.positive {
			o.positive, o.posWhy = h.t.weight, fmt.Sprintf("%q", h.t.text)
		}
	}
}

// wishedBefore reports a verb of wishing in the four words before pos, in
// its sentence: "le deseamos muchas felicidades", "desejamos-lhe as
// maiores felicidades".
func wishedBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4 && !crosses(marks, k, pos); k-- {
		if t := toks[k]; strings.HasPrefix(t, "desej") || strings.HasPrefix(t, "desea") || strings.HasPrefix(t, "deseá") || t == "deseo" {
			return true
		}
	}
	return false
}

// congratsWords are the positive cues that praise: a compliment when
// something the reader did follows them ("congratulations on reaching the
// final round", "grattis till en riktigt stark ansökan").
var congratsWords = map[string]bool{"congratulations": true, "grattis": true, "tillykke": true, "gratulerer": true,
	"gratulerar": true, "félicitations": true, "felicidades": true, "herzlichen glückwunsch": true}

// complimentPreps follow a word of praise before what it praises.
var complimentPreps = map[string]bool{"on": true, "for": true, "till": true, "til": true, "med": true, "på": true,
	"zu": true, "pour": true, "por": true}

// complimentOn reports a word of praise followed by what the reader did.
func complimentOn(toks []string, h hit) bool {
	end := h.pos + len(h.t.words)
	return congratsWords[h.t.text] && end < len(toks) && complimentPreps[toks[end]]
}

// consolation reports a positive cue whose sentence goes on to keeping
// the reader's details for later (a "future" cue after it: "A boa notícia
// é que o seu currículo agora faz parte do nosso Banco de Talentos"): the
// comfort a no offers, not the process going on.
func consolation(hs *[numClasses][]hit, marks []int32, p hit) bool {
	for _, h := range hs[clsOutcomeCue] {
		if h.t.fam == "future" && h.pos > p.pos && !crosses(marks, p.pos, h.pos) {
			return true
		}
	}
	return false
}

// frenchNegSubject before a verb and "pas" just after it make the French
// negation: "ne ... pas", and with "n'" elided by the tokenizer or "ne"
// dropped as people speak, the subject itself ("nous n'avançons pas",
// "on avance pas").
// frenchNegAdverbs stand between the verb and "pas": "nous ne
// poursuivrons donc pas le processus".
var frenchNegAdverbs = map[string]bool{"donc": true, "malheureusement": true, "hélas": true, "finalement": true}

// frenchObjectClitics stand between "ne" and its verb: "nous ne la
// retiendrons pas" (r80), "nous ne vous retiendrons pas".
var frenchObjectClitics = map[string]bool{"la": true, "le": true, "les": true, "l": true, "vous": true, "te": true}

var frenchNegSubject = map[string]bool{
	"ne": true, "n": true, "nous": true, "on": true, "je": true, "ils": true, "elles": true, "il": true, "elle": true,
}

// someoneWithMore finds someone else said with a comparative a few
// words after ("ahora mismo necesitamos a alguien con bastante más
// rodaje", "puntare su un profilo con un'esperienza più lunga", "someone
// with deeper Rust experience"): the reader measured against someone
// who has more, a mismatch in any words. Not a search still open ("we're
// looking for someone with more backend experience") or a condition.
func (x *ocText) someoneWithMore() string {
	toks := x.toks
	for k := range toks {
		if x.ppl.other == nil || !x.ppl.other[k] {
			continue
		}
		if x.conditionBefore(k) || x.genericBefore(k) || searchBefore(toks, k) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && !crosses(x.marks, k, j); j++ {
			if comparatives[toks[j]] {
				return quoteSpan(toks, k, j+1) + " (someone else with more)"
			}
		}
	}
	return ""
}

// comparatives say more of something: "more", "deeper", "más", "più".
var comparatives = map[string]bool{
	"more": true, "deeper": true, "stronger": true, "longer": true, "broader": true, "greater": true,
	"más": true, "più": true, "plus": true, "mehr": true, "meer": true, "mayor": true,
}

// searchBefore reports a search still going on in the three words before
// k: "looking for", "seeking", "buscamos", "cerchiamo", "wir suchen",
// "still interviewing two more people".
func searchBefore(toks []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j] {
		case "looking", "seeking", "searching", "buscamos", "buscando", "cerchiamo", "cercando", "suchen",
			"zoeken", "procuramos", "procurando", "recherchons", "cherchons", "hiring",
			// still meeting people: "seguimos entrevistando a dos personas más"
			"interviewing", "entrevistando", "intervistando", "entrevistamos", "rencontrons", "sprechen":
			return true
		}
	}
	return false
}

// passOnSomeone reports "pass" followed by "on" and a word that is
// neither the reader, the application nor this one: "I'm going to pass
// on Kevin" is a choice between the reader's own candidates.
func (x *ocText) passOnSomeone(end int) bool {
	toks := x.toks
	if end+1 >= len(toks) || toks[end] != "on" || !strings.HasSuffix(toks[end-1], "pass") {
		return false
	}
	switch t := toks[end+1]; t {
	case "the", "a", "one":
		// "pass on the second candidate", not "pass on the application"
		for k := end + 1; k < len(toks) && k <= end+3; k++ {
			if x.ppl.person[k] || x.ppl.other[k] {
				return true
			}
		}
		return false
	case "you", "your", "this", "it", "that", "moving", "yours", "him", "her":
		return false
	}
	return !selfWords[toks[end+1]]
}

// passedAlong reports "pass on your CV to the hiring manager": a pass cue
// followed, in its sentence, by "to" and who receives it.
func passedAlong(toks []string, marks []int32, h hit) bool {
	end := h.pos + len(h.t.words)
	if !strings.HasSuffix(h.t.text, " your") && !strings.HasSuffix(h.t.text, " on") {
		return false
	}
	for k := end; k < len(toks) && k < end+5 && !crosses(marks, end-1, k); k++ {
		if toks[k] == "to" || toks[k] == "along" {
			return true
		}
	}
	return false
}

// statusValue reads a final state as the value of a status line, one or
// two words after the status word, as an agency's portal lays out a
// table ("New status | Client Declined", "Status: Candidate rejected"),
// but not the status of something else ("Payment status: Declined").
func (x *ocText) statusValue(h hit) string {
	toks := x.toks
	for k := h.pos - 1; k >= 0 && k >= h.pos-3; k-- {
		if !statusWords[toks[k]] {
			continue
		}
		if k > 0 && otherThings[toks[k-1]] || negatedAt(x.hs, toks, x.marks, h.pos, 2) {
			return ""
		}
		return quoteSpan(toks, k, h.pos+len(h.t.words))
	}
	return ""
}

// destination words make the next word where a step leads.
var destination = map[string]bool{
	"for": true, "to": true, "into": true, "zum": true, "zur": true, "pour": true, "para": true, "per": true,
	"voor": true, "al": true, "au": true, "naar": true, "in": true, "zu": true, "à": true,
	// "ikke blevet udvalgt til stillingen", "inte gått vidare till tjänsten"
	"til": true, "till": true, "för": true,
}

// destinationBetween reports a destination word between end and k.
func destinationBetween(toks []string, end, k int) bool {
	for j := end; j < k; j++ {
		if destination[toks[j]] {
			return true
		}
	}
	return false
}

// stageNouns are the steps of a hiring process a candidate moves on to:
// "the next stage", "la próxima etapa", "die nächste Runde".
var stageNouns = map[string]bool{"stage": true, "round": true, "step": true, "phase": true, "etapa": true, "fase": true,
	"runde": true, "stufe": true, "étape": true, "ronde": true}

// processWords are post nouns that name the process, not the post.
var processWords = map[string]bool{"proceso": true, "search": true, "hiring": true, "recrutement": true}

// subjectBefore reads the subject of a negated step without an object,
// in the eight words before pos in its sentence: the reader's application
// ("your candidacy for the role will not be progressed") or the post
// itself ("the role will not go ahead").
func (x *ocText) subjectBefore(pos int) objKind {
	toks, hs, marks := x.toks, x.hs, x.marks
	kind := objNone
	for k := pos - 1; k >= 0 && k >= pos-8 && !crosses(marks, k, pos); k-- {
		if x.selfAt(k) {
			return objSelf
		}
		if kind == objNone && thing(toks, k) {
			kind = objThing // "the interviews scheduled for Wednesday will not go ahead"
		}
		if kind == objNone && k >= pos-4 && nordicPostCompound(toks[k]) {
			kind = objPost // "Holdlederstillingen ... bliver derfor ikke besat"
		}
		if kind == objNone && k >= pos-4 {
			for _, h := range hs[clsPostNoun] {
				if h.pos == k && !processWords[h.t.text] {
					kind = objPost
				}
			}
		}
	}
	return kind
}

// fitSubject reports the reader's profile as the subject of a match
// negated at pos: "your profile does not match", "your experience wasn't
// quite right", but not "the times you sent don't match".
func (x *ocText) fitSubject(pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-3 && !crosses(x.marks, k, pos); k-- {
		t := x.toks[k]
		if t == "you" || t == "it" {
			return t == "you" && k == pos-1 // "you don't quite match"
		}
		if !fitNouns[t] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if x.self(x.toks[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// togetherWords after a step make the writer and the reader its subject:
// "not go further together", "nicht gemeinsam weitergehen".
var togetherWords = map[string]bool{
	"together": true, "ensemble": true, "insieme": true, "juntos": true, "juntas": true, "samen": true,
	"gemeinsam": true,
}

var fitNouns = map[string]bool{
	"profile": true, "experience": true, "background": true, "skills": true, "skillset": true, "qualifications": true,
	"application": true, "cv": true, "resume": true, "candidacy": true, "expertise": true, "expectations": true,
	"profil": true, "perfil": true, "profilo": true, "profiel": true, "erfahrung": true, "expérience": true,
	"experiencia": true, "esperienza": true, "ervaring": true, "experiência": true, "candidatura": true,
	"candidature": true, "bewerbung": true, "sollicitatie": true, "kandidatuur": true,
}

// delayNear reports a word of delay in the sentence of pos, within eight
// words of it: "unfortunately our decision has been delayed", "leider
// verzögert sich unsere Entscheidung", "la decisión se retrasa".
func delayNear(toks []string, marks []int32, pos int) bool {
	for k := max(0, pos-8); k < len(toks) && k <= pos+8; k++ {
		if delayWords[toks[k]] && !crosses(marks, min(k, pos), max(k, pos)) {
			return true
		}
	}
	return false
}

var delayWords = map[string]bool{
	"delay": true, "delayed": true, "delays": true, "postpone": true, "postponed": true, "verzögert": true, "verzögerung": true,
	"verschieben": true, "verschiebt": true, "verzögern": true,
	"verschoben": true, "retrasa": true, "retraso": true, "retrasado": true, "retrasada": true, "aplazado": true,
	"retard": true, "retardée": true, "reporté": true, "reportée": true, "ritardo": true, "rinviato": true,
	"rinviata": true, "slitta": true, "vertraging": true, "vertraagd": true, "uitgesteld": true, "atraso": true,
	"atrasou": true, "atrasada": true, "adiado": true, "adiada": true, "försenat": true, "forsinket": true,
}

// readerClitics right before a word of fitting better make it what suits
// the reader, not a profile preferred: "¿cuál te encaja mejor?", "ce qui
// vous convient le mieux".
var readerClitics = map[string]bool{
	"te": true, "vous": true, "ti": true, "lhe": true, "lhes": true, "dir": true,
	"ihnen": true, "you": true, "dig": true, "deg": true,
}

// decisionGoesTo reports a step of going ("goes to", "went to") whose
// subject, in the three words before it, is the decision itself: "the
// final decision goes to the board", "the call went to the VP".
func decisionGoesTo(toks []string, marks []int32, p hit) bool {
	if !goingSteps[p.t.text] {
		return false
	}
	for k := p.pos - 1; k >= 0 && k >= p.pos-3 && !crosses(marks, k, p.pos); k-- {
		if deciders[toks[k]] {
			return true
		}
	}
	return false
}

var (
	goingSteps = map[string]bool{"goes to": true, "go to": true, "went to": true, "gone to": true}
	deciders   = map[string]bool{"decision": true, "decisions": true, "call": true, "choice": true, "approval": true, "sign-off": true, "signoff": true, "say": true, "vote": true}
)

// otherBefore reports someone other than the reader in the n words
// before a step that has no object, in its sentence, with no word for the
// reader between: the subject of a passive ("another candidate has been
// selected") or of a verb that takes no object ("wir gehen mit jemand
// anderem weiter"). For a step that fills the post (anyone) any person
// will do: "mit einer Kollegin besetzen".
func (x *ocText) otherBefore(pos int, anyone bool, n int) bool {
	for k := pos - 1; k >= 0 && k >= pos-n && !crosses(x.marks, k, pos); k-- {
		if x.selfAt(k) {
			return false
		}
		if x.ppl.other[k] || anyone && x.ppl.person[k] {
			// "kandidaten die weerhouden worden": a relative clause
			// about candidates in general
			for j := k + 1; j < pos; j++ {
				if relatives[x.toks[j]] && x.toks[j] != "with" {
					return false
				}
			}
			return !x.genericBefore(k) && !x.planned(k) && !x.besideSelf(k)
		}
	}
	return false
}

// chosenBefore reports someone else after "für" or "voor" in the five
// words before a verb at the end of its clause: German and Dutch put what
// is chosen before the verb ("für einen anderen Kandidaten entschieden",
// "voor een interne kandidaat gekozen").
func (x *ocText) chosenBefore(pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-5 && !crosses(x.marks, k, pos); k-- {
		if x.toks[k] != "für" && x.toks[k] != "voor" {
			continue
		}
		for j := k + 1; j < pos; j++ {
			if x.ppl.other[j] && !x.genericBefore(j) {
				return true
			}
			if indefiniteArticles[x.toks[j]] && j+1 < pos && !ruleOff("chosen-indefinite") {
				// "die Fachabteilung hat sich für eine Bewerberin
				// entschieden": an applicant, not the reader (r64)
				if _, ok := personNouns[x.toks[j+1]]; ok {
					return true
				}
			}
		}
	}
	return false
}

// indefiniteArticles before the person a choice fell on make them someone
// other than the reader, whom no one calls "an applicant".
var indefiniteArticles = map[string]bool{"einen": true, "eine": true, "einem": true, "een": true}

// besideSelf reports the reader joined to the person at k, in the four
// words before: "down to you and one other finalist - genuinely close",
// "entre vous et un autre candidat": both still in the running, no one
// chosen over the reader.
func (x *ocText) besideSelf(k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if conjunctions[x.toks[j]] && x.selfAt(j-1) {
			return true
		}
	}
	return false
}

var conjunctions = map[string]bool{
	"and": true, "or": true, "y": true, "e": true, "et": true, "und": true, "en": true, "o": true, "ou": true,
	"oder": true, "of": true, "ed": true,
}

// thing reports a word for a thing, not the application, at toks[k]:
// "time" in "move the time" but not in "this time".
func thing(toks []string, k int) bool {
	if !thingWords[toks[k]] {
		return false
	}
	if toks[k] == "time" && k > 0 {
		switch toks[k-1] {
		case "this", "that", "at", "next", "some", "any", "the", "a":
			return false
		}
	}
	return true
}

// purposeBefore reports a clause of purpose opened in the five words
// before pos, in its sentence: "damit", "so that", "afin que", "para que",
// "affinché", "zodat".
func purposeBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-5 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "damit", "affinché", "zodat", "afin":
			return true
		case "that", "que":
			if k > 0 && (toks[k-1] == "so" || toks[k-1] == "para" || toks[k-1] == "afin") {
				return true
			}
		}
	}
	return false
}

// searchedBefore reports a search in the three words before pos, in its
// sentence: "searching our candidate database", "came up in our talent
// pool".
func searchedBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-3 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "searching", "searched", "search", "browsing", "through", "via":
			return true
		case "up":
			if k > 0 && (toks[k-1] == "came" || toks[k-1] == "come" || toks[k-1] == "popped") {
				return true
			}
		}
	}
	return false
}

// negReach is how many words before a step of the process the negation
// at pos still governs it: five, and nine when it is raised onto a verb of
// thinking ("I don't think I'm going to be able to offer you the Saturday
// position after all").
func negReach(toks []string, pos int) int {
	if pos+1 < len(toks) && negRaisers[toks[pos+1]] && !ruleOff("neg-raising") {
		return 9
	}
	if germanKein[toks[pos]] && pos+1 < len(toks) && keinPosts(toks[pos+1]) && !ruleOff("kein-reach") {
		// German "kein" before a place or a post negates the verb at the
		// clause's end, a title between: "dass wir dir keinen
		// Ausbildungsplatz als Kaufmann im Einzelhandel (m/w/d) anbieten
		// können" (r81); not "keine andere Nachricht übermitteln zu können,
		// und bedanken uns für Ihr Interesse"
		return 10
	}
	return 5
}

var germanKein = map[string]bool{"kein": true, "keine": true, "keinen": true, "keinem": true}

// keinPosts: a word for a place or a post, which "kein" denies the reader.
func keinPosts(w string) bool {
	for _, s := range [...]string{"platz", "stelle", "position", "angebot", "vertrag"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

var negRaisers = map[string]bool{"think": true, "believe": true, "expect": true, "imagine": true, "suppose": true, "feel": true}

// negatedAt reports a negation within n tokens before pos, in its sentence.
func negatedAt(hs *[numClasses][]hit, toks []string, marks []int32, pos, n int) bool {
	for _, g := range hs[clsNeg] {
		if g.pos < pos && g.pos >= pos-n && !crosses(marks, g.pos, pos) {
			return true
		}
	}
	return false
}

// genericBefore reports a generic subject in the four words before pos, or
// a condition before it in its sentence: "only shortlisted candidates",
// "if you have not heard from us, please consider that your application
// has not been successful".
func (x *ocText) genericBefore(pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4; k-- {
		if crosses(x.marks, k, pos) {
			return false
		}
		if genericWords[x.toks[k]] && x.conditional(k) {
			return true
		}
	}
	return x.conditionBefore(pos)
}

// conditionBefore reports a condition before pos in its sentence (at most
// forty words back): "if you have not heard from us within four weeks of
// the closing date, please assume that your application has been
// unsuccessful".
func (x *ocText) conditionBefore(pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-40; k-- {
		if crosses(x.marks, k, pos) {
			return false
		}
		if contrastWords[x.toks[k]] && !ruleOff("contrast-ends-condition") {
			// "we'll reach out if something suitable comes up, but for
			// this role we're moving ahead with others": the condition
			// governs its own part
			return false
		}
		if conditionWords[x.toks[k]] && x.conditional(k) && !(shortClauseWords[x.toks[k]] && pos-k > 5) {
			return true
		}
	}
	return false
}

// invertedStep is a Scandinavian step in the V2 order, its verb before
// its subject ("endte vi med", "landet vi på"): a main clause begins at
// it, so a condition or a "would" before it governs the fronted clause
// only ("Når vi til slutt skulle velge, endte vi med en kandidat som").
func invertedStep(t *term) bool {
	return len(t.words) >= 2 && (t.words[1] == "vi" || t.words[1] == "jeg" || t.words[1] == "jag" || t.words[1] == "eg")
}

// shortClauseWords open a Scandinavian clause of time that governs only
// itself: "när tjänsten är tillsatt", but not the main clause after it
// ("Når vi til slutt skulle velge, endte vi med en kandidat som"), which
// the commas this reader does not keep would show.
var shortClauseWords = map[string]bool{"när": true, "når": true, "efter": true, "etter": true}

// contrastWords open a part of a sentence a condition before them does
// not govern.
var contrastWords = map[string]bool{"but": true, "however": true, "aber": true, "jedoch": true, "mais": true,
	"pero": true, "sino": true, "ma": true, "però": true, "maar": true, "mas": true, "porém": true}

// neitherWords open "neither ... nor": whoever follows is not singled out.
var neitherWords = map[string]bool{"neither": true, "weder": true, "hverken": true, "verken": true, "varken": true}

// nobodyWords after a step name no one taking the post: "No se va a
// cubrir con nadie por ahora" (r55) is the post's fate.
var nobodyWords = map[string]bool{"nadie": true, "nobody": true, "niemand": true, "nessuno": true, "ninguém": true}

// conditional reports whether toks[k] is a condition where it stands.
// Romance "si" and "se" are also reflexive pronouns ("o procedimento se
// destina", "se ha decantado"): they are a condition when a negation or a
// word for the reader follows within three words ("si no recibes", "se
// você não", "si vous n'avez pas").
func (x *ocText) conditional(k int) bool {
	switch x.toks[k] {
	case "si", "se":
	case "once":
		return k+1 < len(x.toks) && x.toks[k+1] != "again" && x.toks[k+1] != "more"
	case "när", "når":
		// "när tjänsten är tillsatt meddelar vi", not "nu när tjänsten är
		// tillsatt" (now that) or "Når det er sagt, har de valgt at gå
		// videre med en anden kandidat" (that said)
		if k+3 < len(x.toks) && x.toks[k+1] == "det" && (x.toks[k+3] == "sagt" || x.toks[k+3] == "sagd") {
			return false
		}
		return k == 0 || x.toks[k-1] != "nu" && x.toks[k-1] != "nå"
	case "either":
		// not "either way, we've decided to go with someone else"
		return k+1 < len(x.toks) && x.toks[k+1] != "way"
	case "entweder":
		return true
	case "sans", "sin":
		// "Sans nouvelles de notre part d'ici le 30 juin, considérez que
		// votre candidature n'a pas été retenue", "sin noticias nuestras":
		// a no only if no news comes (r64), not "sans suite"
		return k+1 < len(x.toks) && noNewsAfter[x.toks[k+1]]
	case "als":
		// Dutch "if" is also "as": "ook als we niet verder gaan" (even if
		// we do not go on), not "als data engineer"; a subject follows
		// the conjunction
		return k+1 < len(x.toks) && dutchSubjects[x.toks[k+1]]
	case "efter", "etter":
		// "slettes 6 måneder efter, at stillingen er besat", not "efter
		// att ha gått igenom ansökningarna" (after having)
		return k+2 < len(x.toks) && (x.toks[k+1] == "at" || x.toks[k+1] == "att") &&
			x.toks[k+2] != "ha" && x.toks[k+2] != "have" && x.toks[k+2] != "vi"
	default:
		return true
	}
	for j := k + 1; j < len(x.toks) && j <= k+3; j++ {
		t := x.toks[j]
		if x.self(t) || negWords[t] || t == "lei" || t == "te" || t == "le" && x.lg == langIT {
			return true
		}
	}
	return false
}

// readerIsBefore reports the reader as what a fit is said of, in the
// three words before it: "We're hiring a Senior Platform Engineer and I
// think you'd be a strong fit" says the reader fits, of no one else (r63).
func (x *ocText) readerIsBefore(pos int) bool {
	if ruleOff("reader-fits") {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-3 && !crosses(x.marks, k, pos); k-- {
		switch x.toks[k] {
		case "you'd", "you're", "you'll", "you":
			return true
		}
	}
	return false
}

// negWords are the one-word negations of negTerms, for conditional.
var negWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range slices.Concat(negTerms, negTermsNordic) {
		if !strings.Contains(t.text, " ") {
			m[t.text] = true
		}
	}
	return m
}()

var dutchSubjects = map[string]bool{"we": true, "wij": true, "je": true, "jij": true, "u": true, "er": true, "ik": true, "jouw": true, "uw": true, "het": true}

// noNewsAfter follow "sans" or "sin" when no news is the condition.
var noNewsAfter = map[string]bool{"nouvelles": true, "réponse": true, "retour": true, "noticias": true, "respuesta": true}

var conditionWords = map[string]bool{
	"if": true, "unless": true, "falls": true, "wenn": true, "sofern": true, "si": true, "se": true,
	"caso": true, "qualora": true, "indien": true, "mocht": true, "assume": true, "whether": true,
	"once": true, "until": true, "hvis": true, "ifall": true, "dersom": true, "när": true, "når": true,
	"efter": true, "etter": true, "als": true, "tenzij": true, "sans": true, "sin": true,
	// the choices of an answer to come (r68): "entweder mit der Bitte um
	// ein Telefonat oder mit einer Absage", "either an invitation or a no"
	"either": true, "entweder": true,
}

// thirdPersonBefore reports "he", "she" or "they" as the subject of a
// cue, in the three words before it: "as you felt he wasn't the right
// fit" is about another candidate.
func (x *ocText) thirdPersonBefore(pos int) bool {
	toks, marks := x.toks, x.marks
	for k := pos - 1; k >= 0 && k >= pos-3 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "he", "she", "he's", "she's":
			if k+1 < pos && deciderVerbs[toks[k+1]] && !ruleOff("third-decider") {
				// the one who decides, not the one decided on: "she's
				// decided to hold off on moving forward right now" (r66)
				return false
			}
			return true
		case "his", "her", "him":
			return true
		case "colleague", "kollege", "kollegin", "collègue", "colega", "collega", "collega's":
			// "my colleague Jordan was not selected for the other role"
			return !ruleOff("colleague-before")
		}
	}
	return theCandidateBefore(toks, marks, pos) && !x.readerIsCandidate()
}

// readerIsCandidate reports a letter that calls its reader "the
// candidate": a greeting to the candidate ("Caro(a) candidato(a) Alex
// Rivera", "Dear Candidate") or the form that leaves the gender open
// ("o(a) candidato(a) não foi seleccionado(a)"), which no one uses of a
// person they know. Its "the candidate" is the reader (r74).
func (x *ocText) readerIsCandidate() bool {
	if x.m == nil || ruleOff("reader-is-candidate") {
		return false
	}
	if x.candidateReader == 0 {
		x.candidateReader = 2
		if x.addressesCandidate() {
			x.candidateReader = 1
		}
	}
	return x.candidateReader == 1
}

// addressesCandidate is readerIsCandidate's reading, done once per text.
func (x *ocText) addressesCandidate() bool {
	end := len(x.toks)
	if len(x.marks) > 0 {
		end = int(x.marks[0]) + 1
	}
	for k := 0; k < min(end, len(x.toks), 8); k++ {
		// the noun right after the greeting, or after its "(a)"
		if greetingWords[x.toks[k]] && (k+1 < len(x.toks) && candidateNouns[x.toks[k+1]] ||
			k+2 < len(x.toks) && len(x.toks[k+1]) == 1 && candidateNouns[x.toks[k+2]]) {
			return true
		}
	}
	body := strings.ToLower(x.m.Excerpt)
	for _, f := range inclusiveCandidate {
		if strings.Contains(body, f) {
			return true
		}
	}
	return false
}

// greetingWords open a letter: "Dear", "Caro(a)", "Estimado/a".
var greetingWords = map[string]bool{
	"dear": true, "caro": true, "cara": true, "estimado": true, "estimada": true, "cher": true, "chère": true,
	"gentile": true, "beste": true, "prezado": true, "prezada": true, "exmo": true, "exma": true, "querido": true,
	"querida": true, "geachte": true,
}

// inclusiveCandidate are the written forms of "candidate" that leave the
// gender open.
var inclusiveCandidate = []string{
	"candidato(a)", "candidata(o)", "candidato/a", "candidata/o", "candidat(e)", "candidat·e", "candidat.e",
	"kandidat*in", "kandidat:in",
}

// deciderVerbs follow a pronoun that decides: "she decided", "he felt".
var deciderVerbs = map[string]bool{"decided": true, "decides": true, "chose": true, "felt": true, "feels": true,
	"thinks": true, "thought": true, "prefers": true, "preferred": true, "opted": true, "wants": true, "wanted": true}

// theCandidateBefore reports "the candidate" in the eight words before a
// cue in its sentence: "De kandidaat van vorige week hebben we
// afgewezen" tells the reader of someone else, whom nobody writing to
// a candidate calls "the candidate".
func theCandidateBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 1 && k >= pos-8 && !crosses(marks, k, pos); k-- {
		if candidateNouns[toks[k]] && definiteArticles[toks[k-1]] {
			return !ruleOff("the-candidate-before")
		}
	}
	return false
}

var candidateNouns = map[string]bool{
	"candidate": true, "kandidaat": true, "kandidat": true, "kandidaten": true, "kandidatin": true, "candidat": true,
	"candidate's": true, "candidata": true, "candidato": true,
}

var definiteArticles = map[string]bool{
	"the": true, "de": true, "het": true, "der": true, "die": true, "den": true, "le": true, "la": true, "el": true,
	"il": true, "o": true, "a": true, "this": true, "that": true, "deze": true, "dieser": true, "diesen": true,
}

// disclaimerBetween reports a verb of meaning between a negation and a
// step: "being referred does not mean you have been selected", "dies
// bedeutet nicht, dass Sie ausgewählt wurden": what a status does not
// promise, not a no.
func disclaimerBetween(toks []string, neg, start int) bool {
	for k := min(neg, start) + 1; k < max(neg, start); k++ {
		switch toks[k] {
		case "mean", "means", "imply", "implies", "guarantee", "guarantees", "necessarily", "bedeutet", "heißt",
			"signifie", "significa", "garantiza", "garantisce", "betekent", "garantit":
			return true
		}
	}
	return false
}

// readerMayBefore reports the reader as the one who may do what follows,
// in the six words before pos: "you can update your contact details or
// withdraw your application at any time", "if you wish to withdraw your
// application": the reader's option, not a decision on them.
func readerMayBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 1 && k >= pos-6 && !crosses(marks, k, pos); k-- {
		if toks[k-1] == "you" && (toks[k] == "can" || toks[k] == "may" || toks[k] == "wish" || toks[k] == "want" || toks[k] == "decide") {
			return true
		}
		// the same in the other languages: "nous considérerons que vous ne
		// souhaitez pas poursuivre la procédure", "si usted desea retirar"
		if readerSubjects[toks[k-1]] && readerWishes[toks[k]] || k >= 2 && readerSubjects[toks[k-2]] && toks[k-1] == "ne" && readerWishes[toks[k]] {
			return true
		}
	}
	return false
}

var (
	readerSubjects = map[string]bool{"vous": true, "tu": true, "usted": true, "sie": true, "du": true, "u": true, "je": true, "lei": true}
	readerWishes   = map[string]bool{"souhaitez": true, "souhaites": true, "voulez": true, "veux": true, "desea": true, "deseas": true,
		"quiere": true, "quieres": true, "möchten": true, "möchtest": true, "wollen": true, "willst": true, "wenst": true,
		"wilt": true, "wil": true, "desidera": true, "desideri": true, "vuole": true, "vuoi": true}
)

// choiceAfter are cues that say no only after a verb of choosing or
// going: "we've decided to go another way", not "we can usually find
// another way".
var choiceAfter = map[string]bool{
	"another direction": true, "a different way": true, "another way": true, "a different route": true,
	"different direction": true, "otra dirección": true, "un'altra direzione": true, "autre direction": true,
	"andere richting": true, "outra direção": true, "outra direcção": true,
}

var choiceVerbs = map[string]bool{
	"go": true, "going": true, "went": true, "gone": true, "goes": true, "head": true, "heading": true,
	"headed": true, "move": true, "moving": true, "moved": true, "take": true, "taking": true, "took": true,
	"decided": true, "chose": true, "chosen": true, "opted": true, "in": true,
	// "tomar otra dirección", "andare in un'altra direzione", "aller dans une
	// autre direction", "een andere richting in te slaan", "seguir em outra
	// direção"
	"tomar": true, "andare": true, "aller": true, "seguir": true, "ir": true, "prendre": true, "prendere": true,
	"besloten": true, "decidido": true, "deciso": true, "décidé": true, "decidimos": true,
}

func choiceVerbBefore(toks []string, marks []int32, pos int) bool {
	return wordBefore(toks, marks, pos, 3, choiceVerbs)
}

// wordBefore reports a word of set in the n words before pos, in its
// sentence.
func wordBefore(toks []string, marks []int32, pos, n int, set map[string]bool) bool {
	for k := pos - 1; k >= 0 && k >= pos-n && !crosses(marks, k, pos); k-- {
		if set[toks[k]] {
			return true
		}
	}
	return false
}

// hireNouns follow "hire" used as a noun's modifier.
var hireNouns = map[string]bool{"search": true, "role": true, "position": true, "basis": true, "date": true, "fee": true, "placement": true}

// possibleOnly: a modal right before the step makes it what may happen,
// no decision taken ("the place can go to another candidate").
func possibleOnly(toks []string, start int) bool {
	if start == 0 || ruleOff("possible-only") {
		return false
	}
	switch toks[start-1] {
	case "can", "could", "may", "might", "would":
		return true
	}
	return false
}

// vendorWords name, right after a choice of "another", a firm chosen
// over the reader's, no candidate.
var vendorWords = map[string]bool{
	"vendor": true, "supplier": true, "firm": true, "provider": true, "contractor": true, "consultancy": true,
	"bid": true, "quote": true, "proposal": true, "fournisseur": true, "prestataire": true, "proveedor": true,
	"fornitore": true, "anbieter": true, "dienstleister": true, "leverancier": true, "fornecedor": true,
}

// titleHire: "hire" right after the person it names is a noun, the post
// to fill ("working with a food business on a Commercial Finance Manager
// hire", r49), not that person hired; "go to" in "go-to-market" is no
// step either.
// hireVerbBefore make a sentence's last "hire" a verb: "whoever we
// hire", "decided to hire".
var hireVerbBefore = map[string]bool{"to": true, "we": true, "i": true, "they": true, "will": true, "would": true,
	"not": true, "can": true, "could": true, "may": true, "might": true, "should": true, "you": true}

func titleHire(x *ocText, p hit, start int) bool {
	if p.t.text == "go to" && start+2 < len(x.toks) && x.toks[start+2] == "market" {
		return !ruleOff("title-hire") // "a 140-person go-to-market team"
	}
	if p.t.text == "hire" && (start > 0 && x.toks[start-1] == "direct" || start+1 < len(x.toks) && hireNouns[x.toks[start+1]]) {
		return !ruleOff("title-hire") // "a direct-hire search", "contract-to-hire role", "your hire date"
	}
	if p.t.text == "hire" && start > 0 && !hireVerbBefore[x.toks[start-1]] && (start+1 == len(x.toks) || crosses(x.marks, start, start+1)) &&
		!ruleOff("hire-noun-at-end") {
		// "I'm partnering with a digital bank on a Head of Credit
		// Analytics hire.": the noun closing its sentence, a search
		return true
	}
	return (p.t.text == "hire" || p.t.text == "hires") && start > 0 && (x.ppl.person[start-1] || x.ppl.other[start-1]) &&
		!ruleOff("title-hire")
}

// objectOf finds what a step is about, in the six words after it.
func (x *ocText) objectOf(p hit) (objKind, int) {
	toks, hs, marks := x.toks, x.hs, x.marks
	for _, w := range p.t.words {
		if x.self(w) || cliticSelf[w] {
			return objSelf, -1
		}
	}
	if frenchCliticApplication(toks, p.pos) && !ruleOff("french-clitic-object") {
		// "Merci pour votre candidature, mais nous ne la retiendrons
		// pas" (r80): the object stands before the verb, a pronoun for
		// the application just named
		return objSelf, p.pos - 1
	}
	end := p.pos + len(p.t.words)
	window := 6
	switch {
	case p.t.weight == 2 && nordicPostCompound(p.t.words[len(p.t.words)-1]):
		// "tilbyde stillingen som teamleder for Data og Analyse i Børn og
		// Familie til en intern kandidat": the title between the post
		// and whom it went to
		window = 14
	case p.t.weight == 2:
		window = 9 // "offered the Operations Analytics Manager role to another finalist"
	case p.t.fam == "fit":
		window = 2 // "doesn't match your profile", not "don't match our calendar, could you"
	}
	for k := end; k < len(toks) && k < end+window; k++ {
		if crosses(marks, end-1, k) || clauseStops[toks[k]] {
			break
		}
		if (k == end || k == end+1 && objectPreps[toks[end]]) && feminineApplication(toks, k) {
			// "Gracias por ... presentar tu candidatura. ... hemos decidido
			// no avanzar con ella": the pronoun is the application
			return objSelf, k
		}
		if (k == end || k == end+1 && objectPreps[toks[end]]) && x.thirdPerson(k) && !ruleOff("third-person-object") {
			return objThird, k
		}
		if k == end && honorifics[toks[k]] && k+1 < len(toks) && (x.thirdPerson(k+1) || x.nameAfterHonorific(k)) && !ruleOff("honorific-object") {
			return objThird, k + 1 // "the Board has appointed Dr Saoirse Kenny"
		}
		if nobodyWords[toks[k]] && !ruleOff("filled-by-nobody") {
			return objPost, k
		}
		if neitherWords[toks[k]] {
			// "bliver derfor ikke besat - hverken af dig eller af nogen
			// af de andre": neither the reader nor anyone, the post's fate
			return objNone, -1
		}
		switch t := toks[k]; {
		case x.selfAt(k) || t == "it" && k > 0 && (toks[k-1] == "with" || toks[k-1] == "on"):
			// "with it": the application the sentence before named
			return objSelf, k
		case togetherWords[t]:
			// "ne pas aller plus loin ensemble sur ce poste": the writer
			// and the reader going on together is the application going on
			return objSelf, k
		case nextWords[t] && k+1 < len(toks) && stageNouns[toks[k+1]] && destinationBetween(toks, end, k):
			// "decided not to move forward to the next stage of our
			// process": where the reader does not go
			return objSelf, k
		case thing(toks, k) && !destinationBetween(toks, end, k):
			// "selected for interview" is where the step leads, not
			// what it is about
			return objThing, k
		}
		if x.ppl.other[k] || x.ppl.person[k] && p.t.fam == "fill" {
			// "fill the position with someone"; "we've found the
			// person we were looking for"; not "we'd love to hire
			// someone like you"
			switch {
			case x.likeSelf(k):
				return objSelf, k
			case x.planned(p.pos):
				return objNone, -1
			}
			return objOther, k
		}
		if p.t.weight == 2 {
			continue // the post is its object: "offered the role to another finalist"
		}
		for _, h := range hs[clsPostNoun] {
			if h.pos == k && !processWords[h.t.text] && !destinationBetween(toks, end, k) {
				// "not moving forward with the role's posting", but
				// "not moving forward for this role" is about you
				if j := x.withSelfAfter(k); j >= 0 && !ruleOff("post-with-self") {
					// "we cannot continue the recruitment process with
					// you": the process goes on, without the reader
					return objSelf, j
				}
				return objPost, k
			}
		}
	}
	return objNone, -1
}

// postAfterArticle: "this position", "the Administrator post", "our Youth
// Worker role": an article at k, up to two words of a title and a post
// noun.
func (x *ocText) postAfterArticle(k int) bool {
	if k >= len(x.toks) || x.toks[k] != "the" && x.toks[k] != "this" && x.toks[k] != "our" {
		return false
	}
	for j := k + 1; j <= k+3 && j < len(x.toks) && !crosses(x.marks, k, j); j++ {
		if x.postNounAt(j) {
			return true
		}
	}
	return false
}

// withSelfAfter returns where the reader is named as the companion of a
// post or process in the four words after k ("the recruitment process
// with you", "le processus avec vous"), or -1.
func (x *ocText) withSelfAfter(k int) int {
	for j := k + 1; j+1 < len(x.toks) && j <= k+4 && !crosses(x.marks, k, j+1); j++ {
		if clauseStops[x.toks[j]] {
			return -1
		}
		if objectPreps[x.toks[j]] && x.selfAt(j+1) {
			return j + 1
		}
	}
	return -1
}

// thirdPronouns are the object pronouns of a third person in the six
// languages ("not to move forward with him", "no avanzamos con ella",
// "nicht mit ihm"), which never stand for the reader, who is "you".
var thirdPronouns = map[string]bool{
	"him": true, "her": true, "ihm": true, "ella": true, "él": true, "lui": true, "elle": true,
	"lei": true, "ela": true, "ele": true, "hem": true, "them": true,
}

// feminineApplication: the feminine pronoun at k ("ella", "ela", "lei",
// "elle") with the reader's application, a feminine noun in these
// languages, named in the words before it: the pronoun stands for it.
func feminineApplication(toks []string, k int) bool {
	switch toks[k] {
	case "ella", "ela", "lei", "elle":
	default:
		return false
	}
	return applicationNamedBefore(toks, k, 40, feminineApplications)
}

// feminineApplications and masculineApplications are the words for the
// reader's application that a feminine or a masculine pronoun stands for.
var (
	feminineApplications = map[string]bool{"candidatura": true, "postulación": true, "postulacion": true, "solicitud": true,
		"candidature": true, "inscrição": true, "inscripción": true}
	masculineApplications = map[string]bool{"dossier": true, "profil": true, "cv": true}
)

// applicationNamedBefore: the nearest of nouns in the span words before k
// is the reader's ("votre candidature", "tu solicitud").
func applicationNamedBefore(toks []string, k, span int, nouns map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-span; j-- {
		if nouns[toks[j]] {
			return j > 0 && selfWords[toks[j-1]]
		}
	}
	return false
}

// frenchCliticApplication: the object pronoun right before the step at
// k, after "ne": the reader ("nous ne vous retiendrons pas"), or "la" or
// "le" where the reader's application ("votre candidature", "votre
// dossier") is named in the words before ("nous ne la retiendrons pas"):
// French puts the pronoun object before its verb.
func frenchCliticApplication(toks []string, k int) bool {
	if k < 2 || toks[k-2] != "ne" {
		return false
	}
	switch toks[k-1] {
	case "vous", "te":
		return true // "nous ne vous retiendrons pas"
	case "la":
		return applicationNamedBefore(toks, k-2, 25, feminineApplications)
	case "le":
		return applicationNamedBefore(toks, k-2, 25, masculineApplications)
	}
	return false
}

// possessed: a word that can follow a possessive "her" as its noun, not
// what ends the clause after an object "her".
func possessed(w string) bool {
	if clauseStops[w] || objectPreps[w] || w == "and" || w == "or" || w == "for" || w == "in" || w == "on" || w == "at" ||
		w == "as" || w == "but" || w == "because" || w == "since" || w == "this" || w == "now" || w == "today" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// reminderAt reports a word of forgetting right before or after the
// negation at neg: "don't forget", "vergeet je geen", "n'oublie pas".
func reminderAt(toks []string, neg int) bool {
	for k := max(0, neg-2); k < len(toks) && k <= neg+1; k++ {
		switch toks[k] {
		case "forget", "vergeet", "vergeten", "vergiss", "vergessen", "oubliez", "oublie", "olvides", "olvide", "dimenticare",
			"dimenticate", "esqueça", "esqueças":
			return true
		}
	}
	return false
}

// consultSteps are steps that "internally" after them says how, not
// with whom: "then we will align internally with the board" (r81) is a
// talk among the employer's people, no one hired from within.
var consultSteps = map[string]bool{"align": true, "aligned": true}

// appointSteps give a post to whom follows them.
var appointSteps = map[string]bool{"appointed": true, "appoint": true, "hired": true}

// objectPreps lead from a step to its object: "move forward with
// Jordan", "avanzar con Camila".
var objectPreps = map[string]bool{"with": true, "con": true, "mit": true, "met": true, "avec": true, "com": true, "to": true, "a": true,
	"med": true, "till": true, "til": true}

// thirdPerson reports toks[k] as a third person: an object pronoun, or a
// name, a word written capitalised after a word in lower case on its line
// and never in lower case itself, that is none of the reader's names and
// no word the lexicon knows.
func (x *ocText) thirdPerson(k int) bool {
	t := x.toks[k]
	if thirdPronouns[t] {
		return true
	}
	if x.m == nil || len(t) < 3 || x.self(t) || x.hitAt(k) {
		return false
	}
	if _, day := weekdayWords[t]; day && !ruleOff("weekday-no-name") {
		return false // "please don't choose Friday": a day, capitalised, is no one (r69)
	}
	if _, month := monthWords[t]; month && !ruleOff("weekday-no-name") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLower(r) {
		return false
	}
	raw := x.m.OwnWords()
	name := titleCase(t)
	// the names of those the message is between (model.go) are no third
	// person: "the client won't move forward with Alex", forwarded
	return nameInLine(raw, name) && !wordIn(raw, t) && !slices.Contains(readerNames(x.m), t)
}

// nameAfterHonorific reports toks[k+1] written capitalised right after
// the honorific at k ("Dr. Lorraine Whitcombe"), as a name and never in
// lower case, none of the reader's.
func (x *ocText) nameAfterHonorific(k int) bool {
	t := x.toks[k+1]
	if x.m == nil || len(t) < 3 || x.self(t) || slices.Contains(readerNames(x.m), t) {
		return false
	}
	raw := x.m.OwnWords()
	h, n := titleCase(x.toks[k]), titleCase(t)
	return (strings.Contains(raw, h+" "+n) || strings.Contains(raw, h+". "+n)) && !wordIn(raw, t)
}

// nameInLine reports name in s as a whole word after a word in lower case
// on the same line ("forward with Jordan"), not at the start of a line or
// a table's cell ("Not Selected\nComments").
func nameInLine(s, name string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(name)
		after, _ := utf8.DecodeRuneInString(s[i:])
		if i < len(s) && unicode.IsLetter(after) {
			continue
		}
		before := strings.TrimRight(s[:j], " ")
		if len(before) == len(s[:j]) {
			continue // no space before: part of a word, or a line's start
		}
		last, _ := utf8.DecodeLastRuneInString(before)
		if unicode.IsLower(last) {
			return true
		}
	}
}

// hitAt reports a lexicon hit of any class covering toks[k].
func (x *ocText) hitAt(k int) bool {
	for c := range x.hs {
		for _, h := range x.hs[c] {
			if h.pos <= k && k < h.pos+len(h.t.words) {
				return true
			}
		}
	}
	return false
}

// wordIn reports w in s as a whole word.
func wordIn(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if (j == 0 || !unicode.IsLetter(before)) && (j+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = j + len(w)
	}
}

// cliticSelf are steps whose object, the reader, is in the verb: Italian
// and Spanish "offrirti", "ofrecerle" ("non potremo offrirti la
// posizione" is about the reader, not the post).
var cliticSelf = map[string]bool{
	"offrirti": true, "offrirle": true, "invitarti": true, "invitarla": true, "ofrecerte": true, "ofrecerle": true,
	"invitarte": true, "invitarle": true, "proporti": true, "proporle": true, "proponerte": true, "proponerle": true,
	"presentarte": true, "presentarle": true, "presentarti": true,
}

// isInvite reports an invitation phrase: it says the process goes on only
// when a meeting follows ("invite you to an interview"), not "we invite
// you to visit our careers site".
func isInvite(t *term) bool {
	for _, w := range t.words {
		if strings.HasPrefix(w, "invit") || strings.HasPrefix(w, "einlad") || strings.HasPrefix(w, "eingeladen") ||
			strings.HasPrefix(w, "uitnodig") || strings.HasPrefix(w, "nodigen") || strings.HasPrefix(w, "convid") {
			return true
		}
	}
	return false
}

// meetingAfter reports a meeting word in the six words after pos.
func meetingAfter(toks []string, pos int, marks []int32) bool {
	for k := pos; k < len(toks) && k < pos+6; k++ {
		if crosses(marks, pos-1, k) {
			return false
		}
		if thingWords[toks[k]] || meetingWords[toks[k]] {
			return true
		}
	}
	return false
}

var meetingWords = map[string]bool{
	"next": true, "round": true, "stage": true, "onsite": true, "office": true, "panel": true, "screen": true,
	"vorstellungsgespräch": true, "kennenlerngespräch": true, "zweitgespräch": true, "entrevistas": true,
	"sollicitatiegesprek": true, "kennismakingsgesprek": true, "visio": true,
}

// quoteSpan quotes toks[a:b], eliding the middle of a long span.
func quoteSpan(toks []string, a, b int) string {
	b = min(b, len(toks))
	if b-a > 6 {
		return fmt.Sprintf("%q", strings.Join(toks[a:a+2], " ")+" ... "+strings.Join(toks[b-3:b], " "))
	}
	return fmt.Sprintf("%q", strings.Join(toks[a:b], " "))
}

// meetingOffWords are meetings whose cancellation is no decision.
var meetingOffWords = map[string]bool{
	"gesprek": true, "afspraak": true, "interview": true, "sollicitatiegesprek": true, "kennismaking": true,
	"meeting": true, "call": true, "bespreking": true, "videogesprek": true, "belafspraak": true,
}

// meetingOff reports Dutch "niet door (kan) gaan", "does not take place",
// said of a meeting named before it in its sentence: a meeting called off
// ("ons gesprek van donderdag kan helaas niet doorgaan"), not "je gaat
// niet door naar de volgende ronde". at is the word after "niet door".
func meetingOff(toks []string, marks []int32, at int) bool {
	k := at
	if k < len(toks) && (toks[k] == "kan" || toks[k] == "kunnen" || toks[k] == "zal" || toks[k] == "kon") {
		k++
	}
	if k >= len(toks) || toks[k] != "gaan" && toks[k] != "gaat" {
		return false
	}
	if k+1 < len(toks) && (toks[k+1] == "naar" || toks[k+1] == "met") && !crosses(marks, k, k+1) {
		return false
	}
	for j := at - 3; j >= 0 && j >= at-14 && !crosses(marks, j, at-2); j-- {
		if meetingOffWords[toks[j]] {
			return true
		}
	}
	return false
}

// externallyWords after a post not filled say it is filled from within:
// "as a result it will not be filled externally".
var externallyWords = map[string]bool{"externally": true, "externamente": true, "esternamente": true, "extérieurement": true}

// movedNotApplication reports a "move your" whose object is no
// application: "or ask you to move your life here on that basis" (r65)
// relocates the reader, it advances nothing.
func movedNotApplication(toks []string, p hit, end int) bool {
	if p.t.text != "move your" && p.t.text != "moving your" || ruleOff("move-your-object") {
		return false
	}
	return end < len(toks) && !movedObjects[toks[end]]
}

// movedObjects are what a process moves forward of the reader's.
var movedObjects = map[string]bool{"application": true, "applications": true, "candidacy": true,
	"candidature": true, "profile": true, "cv": true, "resume": true, "résumé": true, "file": true,
	"name": true, "process": true, "interview": true, "details": true, "information": true}

// commitVerbs follow the noun "Zusagen" (commitments): "Zusagen machen".
var commitVerbs = map[string]bool{"machen": true, "zu": true, "geben": true, "treffen": true, "erteilen": true}

// separableBefore reports the verb of a German separable "weiter-" in
// the six words before its particle, in its clause: "geben wir Ihr Profil
// nicht weiter" (pass on), "leiten ... weiter" (forward).
func separableBefore(toks []string, marks []int32, pos int) bool {
	// eight words: "ohne Ihre Zustimmung geben wir keine Daten an unsere
	// Auftraggeber weiter" (r77)
	return wordBefore(toks, marks, pos, 8, separableVerbs)
}

var separableVerbs = map[string]bool{"geben": true, "gebe": true, "gibt": true, "geben's": true, "leiten": true,
	"leite": true, "leitet": true, "reichen": true, "reiche": true, "reicht": true, "sagen": true, "sage": true}

// groupBefore make a step an adjective of a group still in the process:
// "the other shortlisted developers".
var groupBefore = map[string]bool{"other": true, "remaining": true, "another": true}

// groupConjunctions join a step and its negation as two groups: "shortlisted
// and non-shortlisted", "retenus ou non retenus".
var groupConjunctions = map[string]bool{"and": true, "or": true, "und": true, "oder": true, "et": true, "ou": true,
	"y": true, "o": true, "e": true, "en": true, "of": true}

// onlyAnsweredBefore reports "only" and a verb of answering in the eight
// words before pos, in its sentence: "we are only able to respond to
// candidates whose ...", "only those candidates whose profiles match will
// be contacted" is said before the cue too.
func onlyAnsweredBefore(toks []string, marks []int32, pos int) bool {
	only, answer := false, false
	for k := pos - 1; k >= 0 && k >= pos-8 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "only":
			only = true
		case "respond", "reply", "contact", "answer", "responding", "replying", "contacting", "answering", "notify":
			answer = true
		}
	}
	return only && answer
}

// offersThing reports an article after an offering step and, in the four
// words after it, no word for the post, the reader or a place: "offer a
// reduced teaching load", not "offer a position", "offer you a place".
func (x *ocText) offersThing(end int) bool {
	toks := x.toks
	if end >= len(toks) || toks[end] != "a" && toks[end] != "an" {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+4 && !crosses(x.marks, end, k); k++ {
		if x.postNounAt(k) || placeWords[toks[k]] || offeredPosts[toks[k]] || jobObjects[toks[k]] || x.self(toks[k]) {
			return false
		}
	}
	return true
}

// fitForSomeone: a fit said "for someone who ...", the post's ideal, not
// a person chosen: "It's a good fit for someone who likes markets but
// doesn't want to go the investment-banking route" (r89).
func fitForSomeone(toks []string, p hit, end, objAt int) bool {
	return strings.Contains(p.t.text, "fit") && end < len(toks) && toks[end] == "for" && objAt > end &&
		objAt+1 < len(toks) && (toks[objAt+1] == "who" || toks[objAt+1] == "that")
}

// insideCue reports an outcome phrase that covers pos: the step is a word
// of the no itself ("there's nothing I can offer you", r88).
func insideCue(cues []hit, pos int) bool {
	for _, h := range cues {
		if h.pos <= pos && pos < h.pos+len(h.t.words) {
			return true
		}
	}
	return false
}

// forOthersAfter reports "for" and another post or employer right after a
// step: "I'm putting you forward for two other schools this week" (r87)
// goes on with the reader elsewhere, not with the post the letter is about.
func forOthersAfter(toks []string, marks []int32, end int) bool {
	if end >= len(toks) || toks[end] != "for" {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+3 && !crosses(marks, end, k); k++ {
		if toks[k] == "other" || toks[k] == "another" {
			return true
		}
	}
	return false
}

// actionBefore reports "action" or "steps" in the three words before pos,
// in its sentence: "no further action will be taken".
func actionBefore(toks []string, marks []int32, pos int) bool {
	return wordBefore(toks, marks, pos, 3, actionNouns)
}

var actionNouns = map[string]bool{"action": true, "actions": true, "steps": true}

// matchForReader reports "to what you", "for you" or "to your" right
// after a match: the match is the post's for the reader.
func matchForReader(toks []string, end int) bool {
	if end+1 >= len(toks) || toks[end] != "to" && toks[end] != "for" {
		return false
	}
	switch toks[end+1] {
	case "you", "your", "what":
		return true
	}
	return false
}
