package classifier

import (
	"fmt"
	"sort"
	"strings"
)

// A rejection is recognised from many weak, readable cues rather than
// from one exact phrase (issue 15). Each cue belongs to a family
// (lexicon_outcome.go) and a family counts once, by its heaviest cue:
//
//	declined      3    a negated step of the process that governs the
//	                   application ("we will not be moving forward with your
//	                   application", "you have not been shortlisted"), a step
//	                   taken with someone else ("we have decided to pursue
//	                   candidates whose ..."), or an outright phrase
//	pass          2.5  "we're going to pass", "isn't a match"
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
// against. A message whose rejection points, less those, reach
// rejectThreshold says no.
const rejectThreshold = 3.0

// outcome is what a message's words say about the decision on the
// reader's application.
type outcome struct {
	fams     map[string]famHit
	positive float64
	posWhy   string
	onPost   string // a negated step about the post itself
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
	return s - o.positive
}

func (o *outcome) rejected() bool { return o.reject() >= rejectThreshold }

// reason lists the cues and their weights: `declined "not ... moving
// forward ... your" (+3), hedge "unfortunately" (+1)`.
func (o *outcome) reason() string {
	var parts []string
	for _, f := range famOrder {
		if h, ok := o.fams[f]; ok {
			parts = append(parts, fmt.Sprintf("%s %s (+%.2g)", f, h.why, h.w))
		}
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
}

// genericWords before a negation make it about candidates in general or a
// condition: "only shortlisted candidates", "if you are not selected".
var genericWords = map[string]bool{
	"if": true, "unless": true, "whether": true, "candidates": true, "applicants": true, "those": true,
	"who": true, "only": true, "should": true, "falls": true, "wenn": true, "sofern": true, "si": true,
	"se": true, "als": true, "caso": true, "qualora": true, "nur": true, "alleen": true, "seulement": true,
	"solo": true, "únicamente": true, "apenas": true, "whom": true, "once": true, "until": true,
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
	o := &outcome{}
	o.scan(d.subjToks, &d.subjHits, nil)
	o.scan(d.bodyToks, &d.bodyHits, d.marks)
	d.oc = o
	return o
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
)

func (o *outcome) scan(toks []string, hs *[numClasses][]hit, marks []int32) {
	for _, p := range hs[clsProgress] {
		start, end := p.pos, p.pos+len(p.t.words)
		if start > 0 && toks[start-1] == "in" {
			continue // "disclosed in advance", "in progress"
		}
		neg := -1
		for _, n := range hs[clsNeg] {
			if n.pos < start && n.pos >= start-5 && !crosses(marks, n.pos, start) {
				neg = n.pos
			}
			// German and Dutch negate after the verb: "passt nicht".
			if n.pos >= end && n.pos <= end+3 && (toks[n.pos] == "nicht" || toks[n.pos] == "niet") && !crosses(marks, end-1, n.pos) {
				neg = n.pos
			}
		}
		if genericBefore(toks, marks, start) || neg >= 0 && genericBefore(toks, marks, min(neg, start)) {
			continue
		}
		obj, objAt := objectOf(toks, hs, p, marks)
		if obj == objNone && neg >= 0 && neg < start {
			// "niet met je verder gaan": the object between the two.
			for k := neg + 1; k < start; k++ {
				if selfWords[toks[k]] {
					obj = objSelf
				}
			}
		}
		if neg >= 0 && obj == objNone {
			obj = subjectBefore(toks, hs, marks, min(neg, start)) // "the role will not go ahead"
		}
		switch {
		case neg >= 0 && (obj == objSelf || obj == objNone):
			o.add("declined", 3, quoteSpan(toks, min(neg, start), max(end, neg+1, objAt+1)))
		case neg >= 0 && obj == objPost && o.onPost == "":
			o.onPost = quoteSpan(toks, min(neg, start), end)
		case neg < 0 && obj == objOther:
			o.add("declined", 3, quoteSpan(toks, start, end)+" ... someone else")
		case neg < 0 && obj == objSelf && p.t.weight == 1 && !genericBefore(toks, marks, start) &&
			(!isInvite(p.t) || meetingAfter(toks, end, marks)):
			if o.positive < 2 {
				o.positive, o.posWhy = 2, quoteSpan(toks, start, end)
			}
		}
	}
	for _, h := range hs[clsOutcomeCue] {
		if h.t.fam == "declined" && conditionBefore(toks, marks, h.pos) {
			continue // "if you have not heard from us, your application has not been successful"
		}
		o.add(h.t.fam, h.t.weight, fmt.Sprintf("%q", h.t.text))
	}
	for _, h := range hs[clsPositive] {
		if negatedAt(hs, toks, marks, h.pos, 5) || isInvite(h.t) && !meetingAfter(toks, h.pos+len(h.t.words), marks) {
			continue
		}
		if h.t.weight > o.positive {
			o.positive, o.posWhy = h.t.weight, fmt.Sprintf("%q", h.t.text)
		}
	}
}

// destination words make the next word where a step leads.
var destination = map[string]bool{
	"for": true, "to": true, "into": true, "zum": true, "zur": true, "pour": true, "para": true, "per": true,
	"voor": true, "al": true, "au": true, "naar": true, "in": true,
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

// processWords are post nouns that name the process, not the post.
var processWords = map[string]bool{"proceso": true, "search": true, "hiring": true, "recrutement": true}

// subjectBefore reads the subject of a negated step without an object,
// in the eight words before pos in its sentence: the reader's application
// ("your candidacy for the role will not be progressed") or the post
// itself ("the role will not go ahead").
func subjectBefore(toks []string, hs *[numClasses][]hit, marks []int32, pos int) objKind {
	kind := objNone
	for k := pos - 1; k >= 0 && k >= pos-8 && !crosses(marks, k, pos); k-- {
		if selfWords[toks[k]] {
			return objSelf
		}
		if kind == objNone && thingWords[toks[k]] {
			kind = objThing // "the interviews scheduled for Wednesday will not go ahead"
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
// a condition in the twelve before it, in its sentence: "only shortlisted
// candidates", "if you have not heard from us, please consider that your
// application has not been successful".
func genericBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4; k-- {
		if crosses(marks, k, pos) {
			return false
		}
		if genericWords[toks[k]] {
			return true
		}
	}
	return conditionBefore(toks, marks, pos)
}

// conditionBefore reports a condition in the twenty words before pos, in
// its sentence.
func conditionBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-20; k-- {
		if crosses(marks, k, pos) {
			return false
		}
		if conditionWords[toks[k]] {
			return true
		}
	}
	return false
}

var conditionWords = map[string]bool{
	"if": true, "unless": true, "falls": true, "wenn": true, "sofern": true, "si": true, "se": true,
	"caso": true, "qualora": true, "indien": true, "mocht": true,
}

// objectOf finds what a step is about, in the six words after it.
func objectOf(toks []string, hs *[numClasses][]hit, p hit, marks []int32) (objKind, int) {
	for _, w := range p.t.words {
		if selfWords[w] {
			return objSelf, -1
		}
	}
	end := p.pos + len(p.t.words)
	window := 6
	if p.t.weight == 2 {
		window = 9 // "offered the Operations Analytics Manager role to another finalist"
	}
	for k := end; k < len(toks) && k < end+window; k++ {
		if crosses(marks, end-1, k) {
			break
		}
		switch t := toks[k]; {
		case selfWords[t] || t == "it" && k > 0 && (toks[k-1] == "with" || toks[k-1] == "on"):
			// "with it": the application the sentence before named
			return objSelf, k
		case thingWords[t] && !destinationBetween(toks, end, k):
			// "selected for interview" is where the step leads, not
			// what it is about
			return objThing, k
		}
		for _, h := range hs[clsOtherCand] {
			if h.pos == k {
				return objOther, k
			}
		}
		if p.t.weight == 2 {
			continue // "fill the position with someone": the post is its object
		}
		for _, h := range hs[clsPostNoun] {
			if h.pos == k && !processWords[h.t.text] && !destinationBetween(toks, end, k) {
				// "not moving forward with the role's posting", but
				// "not moving forward for this role" is about you
				return objPost, k
			}
		}
	}
	return objNone, -1
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
