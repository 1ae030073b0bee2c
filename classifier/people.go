package classifier

import "strings"

// Who a decision is about. A rejection is often a choice made for someone
// else ("the panel has recommended another candidate", "se ha decantado
// por otro candidato", "we're going with a mid-level engineer"), and the
// many ways to name that someone are a small grammar rather than a list:
// a word of otherness before a word for a person, an indefinite person
// a relative clause describes, "someone". outcome.go asks, for the words
// after (or before) a step of the process, whether they name the reader,
// a thing, the post, or such a person.

// people marks, per token, someone other than the reader (other) and any
// person at all (person).
type people struct {
	other, person []bool
}

// prospective words before a step make it a plan, whoever its object:
// "we're looking to hire a senior engineer who can lead the team".
var prospective = map[string]bool{
	"looking": true, "look": true, "hoping": true, "hope": true, "want": true, "wants": true, "need": true,
	"needs": true, "seeking": true, "seek": true, "searching": true, "plan": true, "planning": true,
	"aim": true, "aiming": true, "trying": true, "love": true,
	// a choice still to make: "wir werden uns für einen Kandidaten
	// entscheiden, sobald ...", "we zullen voor een kandidaat kiezen"
	"werden": true, "wird": true, "zullen": true, "zal": true, "skal": true, "ska": true, "skall": true,
}

// planned reports a prospective word in the four words before pos, in
// its sentence.
func (x *ocText) planned(pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4 && !crosses(x.marks, k, pos); k-- {
		if prospective[x.toks[k]] {
			return true
		}
	}
	return x.mandateTo(pos)
}

// mandateTo reports a step said as the purpose of a search's mandate:
// "we have been retained by a global asset manager to appoint a Head of
// Regulatory Compliance" hires no one yet.
func (x *ocText) mandateTo(pos int) bool {
	if pos == 0 || x.toks[pos-1] != "to" || ruleOff("mandate-to") {
		return false
	}
	for k := pos - 2; k >= 0 && k >= pos-12 && !crosses(x.marks, k, pos); k-- {
		if mandateWords[x.toks[k]] {
			return true
		}
	}
	return false
}

var mandateWords = map[string]bool{"retained": true, "engaged": true, "mandated": true, "commissioned": true,
	"appointed": true, "instructed": true}

// likeSelf reports "someone like you", "a candidate such as yourself"
// after the person at k: the reader after all.
func (x *ocText) likeSelf(k int) bool {
	for j := k + 1; j < len(x.toks) && j <= k+3; j++ {
		if x.self(x.toks[j]) {
			return x.toks[j-1] == "like" || x.toks[j-1] == "as"
		}
	}
	return false
}

// otherDets make the person word after them someone else.
var otherDets = map[string]bool{
	"another": true, "other": true, "different": true, "un'altra": true, "un'altro": true, "altra": true,
	"altro": true, "altri": true, "altre": true, "otro": true, "otra": true, "otros": true, "otras": true,
	"outro": true, "outra": true, "outros": true, "outras": true, "andere": true, "anderen": true,
	"anderer": true, "anderem": true, "autre": true, "autres": true, "ander": true,
	"annan": true, "andra": true, "anden": true, "andet": true, "annen": true, "annet": true,
}

// someoneWords name someone else on their own.
var someoneWords = map[string]bool{
	"someone": true, "somebody": true, "others": true, "jemand": true, "jemanden": true, "jemandem": true,
	"iemand": true, "alguien": true, "quelqu'un": true, "qualcuno": true, "alguém": true,
}

// personNouns are words for a person in a hiring process; the value is
// true for the plural, which a relative clause makes someone else
// ("applicants who are at an earlier stage", "candidatos cuyos perfiles").
var personNouns = map[string]bool{
	"candidate": false, "candidates": true, "applicant": false, "applicants": true, "finalist": false,
	"finalists": true, "person": false, "people": true, "individual": false, "individuals": true,
	"profile": false, "profiles": true, "contractor": false, "contractors": true, "freelancer": false,
	"freelancers": true, "hire": false, "colleague": false, "colleagues": true, "postulante": false,
	"postulantes": true, "candidato": false, "candidata": false, "candidatos": true, "candidatas": true,
	"candidat": false, "candidats": true, "kandidat": false, "kandidatin": false, "kandidaten": true,
	"kandidatinnen": true, "kandidaat": false, "bewerber": false, "bewerberin": false, "bewerbern": true,
	"perfil": false, "perfiles": true, "perfis": true, "profil": false, "profils": true, "profilo": false,
	"profili": true, "profiel": false, "profielen": true, "persona": false, "personas": true, "pessoa": false,
	"pessoas": true, "personne": false, "personnes": true, "persone": true, "persoon": false, "personen": true,
	"sollicitant": false, "sollicitanten": true, "kollegin": false, "kollege": false, "kollegen": true,
	"collega": false, "colleghi": true, "colega": false, "colegas": true, "collègue": false, "collègues": true,
	"candidati":  true,
	"kandidater": true, "kandidaterna": true, "kandidaterne": true, "kandidatene": true, "sökande": true,
	"ansøger": false, "ansøgere": true, "søker": false, "søkere": true,
	// a foreman's and an owner's words for them: "we went with a guy who
	// already had his CDL", "gone with a local bloke"
	"guy": false, "guys": true, "bloke": false, "blokes": true, "lad": false, "lads": true, "fella": false,
	"fellas": true, "gars": false, "tipo": false, "chavo": false, "rapaz": false, "kerl": false,
	// the schools abroad that hire two at once (r87): "they've gone with
	// a teaching couple they met at the London fair"
	"couple": false, "couples": true,
}

// titlePersons are the job titles (lexicon.go's titleWords, the roles
// as well as the hiring evidence) that name a person on their own: "we've
// gone with a producer who ...". Words that are more often something else
// ("lead", "head", "staff", "pm") are left out.
var titlePersons = func() map[string]bool {
	skip := map[string]bool{"lead": true, "head": true, "principal": true, "master": true, "pm": true, "staff": true,
		"partner": true, "associate": true, "member": true, "owner": true, "scrum": true, "graduate": true,
		"head of": true, "vp of": true, "intern": false, "fellow": true, "executive": true, "representative": true,
		"officer": true, "advocate": true, "agent": true, "chef": true, "operator": true, "counsel": true}
	m := map[string]bool{}
	for _, l := range [][]string{titleWords.both, titleWords.roleOnly} {
		for _, w := range l {
			w = strings.TrimSuffix(w, "*")
			if !skip[w] && !strings.Contains(w, " ") {
				m[w] = true
				m[w+"s"] = true
			}
		}
	}
	return m
}()

// indefinites introduce one person: "a candidate whose", "een kandidaat die".
var indefinites = map[string]bool{
	"a": true, "an": true, "one": true, "un": true, "una": true, "une": true, "een": true, "ein": true,
	"eine": true, "einen": true, "einer": true, "um": true, "uma": true, "uno": true,
}

// relatives describe the person before them: who, whose, with, that.
var relatives = map[string]bool{
	"who": true, "whose": true, "with": true, "that": true, "which": true, "we": true, "who's": true,
	"cuyo": true, "cuya": true, "cuyos": true, "cuyas": true, "cujo": true, "cuja": true, "cujos": true, "cujas": true, "que": true, "qui": true, "dont": true,
	"die": true, "deren": true, "dessen": true, "wie": true, "che": true, "cui": true, "met": true,
	"mit": true, "con": true, "com": true, "avec": true, "whom": true,
}

// postOfWords join a word for the post to its title: "puesto de
// Técnico", "Stelle als Elektriker", "post of Teacher".
var postOfWords = map[string]bool{"de": true, "di": true, "da": true, "do": true, "du": true, "als": true,
	"as": true, "of": true, "van": true}

// coupleOfThings follow "couple" when it counts things, not two people.
var coupleOfThings = map[string]bool{"of": true, "more": true, "weeks": true, "days": true, "months": true, "hours": true,
	"minutes": true, "times": true, "extra": true, "other": true}

// findPeople marks the people of toks.
func findPeople(toks []string, hs *[numClasses][]hit) people {
	n := len(toks)
	p := people{other: make([]bool, n), person: make([]bool, n)}
	title := make([]bool, n)
	for _, h := range hs[clsTitle] {
		title[h.pos] = true
	}
	// a title before a word for the post is no person: "a Staff
	// Engineer role that looks like a great fit", "a great fit for a
	// Senior Go Engineer role" (a title of several words, whose hit is at
	// its first)
	postAt := make([]bool, n+1)
	for _, c := range []class{clsPostNoun, clsTitleContext} {
		for _, h := range hs[c] {
			postAt[h.pos] = true
			if h.pos > 0 {
				title[h.pos-1] = false
			}
		}
	}
	for _, h := range hs[clsTitle] {
		if end := h.pos + len(h.t.words); end <= n && postAt[end] {
			title[h.pos] = false
		}
	}
	isPerson := func(k int) bool {
		if postAt[k+1] {
			return false // "a Senior Go Engineer role": the post
		}
		if title[k] && k >= 2 && postAt[k-2] && postOfWords[toks[k-1]] && !ruleOff("title-of-post") {
			// "la contratación de un puesto de Técnico/a Superior": the
			// post's title after it, no one hired
			return false
		}
		t := strings.TrimSuffix(toks[k], "'s") // "another applicant's experience"
		if t == "couple" && k+1 < n && coupleOfThings[toks[k+1]] {
			return false // "a couple of weeks", "a couple more days": a few, no one
		}
		_, ok := personNouns[t]
		return ok || title[k] || titlePersons[t]
	}
	for _, h := range hs[clsOtherCand] {
		p.other[h.pos], p.person[h.pos] = true, true
	}
	for k, t := range toks {
		switch {
		case someoneWords[t]:
			p.other[k], p.person[k] = true, true
		case otherDets[t]:
			// "another candidate", "another of the finalists", "otro
			// postulante", "een andere kandidaat"
			for j := k + 1; j < n && j <= k+3; j++ {
				if isPerson(j) {
					p.other[k], p.other[j], p.person[j] = true, true, true
					break
				}
			}
		}
		if !isPerson(k) {
			continue
		}
		p.person[k] = true
		// one person not named: "we went with a more senior profile",
		// "mit einer Kollegin besetzen"
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if indefinites[toks[j]] {
				p.other[k] = true
				break
			}
		}
		// "candidates whose", "kandidaten van wie"; a title only right
		// before its relative
		rel := k+1 < n && relatives[toks[k+1]] || k+2 < n && relatives[toks[k+2]] && !isPerson(k+1) && !title[k]
		if !rel {
			continue
		}
		if personNouns[t] {
			p.other[k] = true // "candidates whose", "kandidaten van wie"
		}
	}
	return p
}

// stateOfSelf reads a final state of the reader's application: the state
// word (clsState) after a form of "be" whose subject, in the four words
// before, is the application or the reader ("your candidature stands
// rejected", "your profile has been screen rejected", "this application is
// no longer active"). It returns the cue for the reasons, or "".
func (x *ocText) stateOfSelf(h hit) string {
	toks, marks := x.toks, x.marks
	at := h.pos
	if !strings.HasPrefix(h.t.text, "no longer") {
		at = -1
		for k := h.pos - 1; k >= 0 && k >= h.pos-3 && !crosses(marks, k, h.pos); k-- {
			if stateAux[toks[k]] {
				at = k
				break
			}
		}
		if at < 0 {
			return ""
		}
	}
	if negatedAt(x.hs, toks, marks, h.pos, 4) || x.conditionBefore(h.pos) {
		return ""
	}
	for k := at - 1; k >= 0 && k >= at-4 && !crosses(marks, k, at); k-- {
		t := toks[k]
		if appSubjects[t] || t == "you" || t == "vous" || t == "sie" && x.lg == langDE {
			return quoteSpan(toks, k, h.pos+len(h.t.words))
		}
		if thing(toks, k) || otherThings[t] || x.ppl.person[k] {
			return ""
		}
	}
	return ""
}

// stateAux are the forms of "be" (and "stand", "get") before a state.
var stateAux = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "been": true, "stands": true, "stand": true,
	"got": true, "gets": true, "ist": true, "wurde": true, "wurden": true, "worden": true, "est": true,
	"été": true, "sido": true, "fue": true, "è": true, "stata": true, "stato": true, "foi": true, "werd": true,
	"has": true, "have": true,
}

// appSubjects are the reader's application as a subject.
var appSubjects = map[string]bool{
	"application": true, "candidacy": true, "candidature": true, "profile": true, "cv": true, "resume": true,
	"candidatura": true, "bewerbung": true, "sollicitatie": true, "kandidatuur": true, "postulación": true,
	"profil": true, "profilo": true, "perfil": true, "dossier": true, "submission": true,
}

// otherThings are nouns a state word is said of that are not the
// application: "your payment was declined", "the application portal is
// closed".
var otherThings = map[string]bool{
	"portal": true, "office": true, "offices": true, // "our offices were closed for Carnival" (r72)
	"window": true, "form": true, "deadline": true, "period": true, "fee": true,
	"account": true, "link": true, "page": true, "survey": true, "request": true, "card": true,
	"order": true, "booking": true, "reservation": true, "claim": true, "invitation": true, "invite": true,
	"proposal": true, "transfer": true, "leave": true, "expense": true, "posting": true, "advert": true,
	"payment": true, "ticket": true, "delivery": true, "shipment": true, "refund": true, "subscription": true,
}

// passiveAux before "spoken for" make it the post's state: "the seat is
// spoken for".
var passiveAux = map[string]bool{"is": true, "are": true, "was": true, "been": true, "be": true}

// sentenceStartsAt reports a sentence that starts at k, or at most two
// anchor adverbs before it ("Already filled, sorry.").
func sentenceStartsAt(toks []string, marks []int32, k int) bool {
	for j := k; j >= 0 && j >= k-2; j-- {
		if j == 0 || crosses(marks, j-1, j) {
			return true
		}
		if w := toks[j-1]; !(w == "already" || w == "now" || w == "just" || w == "been") {
			return false
		}
	}
	return false
}

// filledWords say a post has been filled.
var filledWords = map[string]bool{
	"filled": true, "ingevuld": true, "vervuld": true, "besetzt": true, "pourvu": true, "pourvue": true,
	"cubierto": true, "cubierta": true, "coperto": true, "coperta": true, "preenchida": true, "preenchido": true,
	// the post given: "die Position wurde zwischenzeitlich vergeben", "le
	// poste a été attribué", "la posición ha sido asignada"
	"vergeben": true, "attribué": true, "attribuée": true, "asignado": true, "asignada": true, "assegnato": true,
	"assegnata": true, "atribuído": true, "atribuída": true,
	// "the seat is spoken for" (only before "for": see filled)
	"spoken": true,
	// Swedish, Danish, Norwegian: "Tjänsten som IT-strateg ... är nu
	// tillsatt", "Stillingen er nå besatt", "Alle hjælperpladser til
	// sommerens kurser er nu besat", nynorsk "er no tilsett"
	"tillsatt": true, "besat": true, "besatt": true, "tilsatt": true, "tillsatta": true, "tilsett": true, "fylt": true,
}

// filledAnchors before a filled word make it done: "we filled it", "has
// now been filled", "is inmiddels ingevuld", "ist bereits besetzt".
var filledAnchors = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "been": true, "has": true, "have": true, "had": true,
	"we": true, "they": true, "we've": true, "they've": true, "ist": true, "wurde": true, "wurden": true,
	"bereits": true, "inzwischen": true, "est": true, "été": true, "ha": true, "sido": true, "fue": true,
	"è": true, "stata": true, "stato": true, "foi": true, "já": true, "inmiddels": true, "al": true,
	"reeds": true, "already": true, "now": true, "since": true, "ya": true, "già": true, "déjà": true,
	"zwischenzeitlich": true, "mittlerweile": true, "finalement": true, "är": true, "er": true, "har": true,
	"blevet": true, "blivit": true, "blitt": true, "nu": true, "nå": true, "redan": true, "allerede": true,
}

// filledNotYet before a filled word make it a plan or a condition: "we
// hope to have the role filled by June", "once the position is filled".
var filledNotYet = map[string]bool{
	"will": true, "to": true, "be": true, "would": true, "should": true, "need": true, "needs": true,
	"must": true, "once": true, "until": true, "if": true, "when": true, "hope": true, "hoping": true,
	"aim": true, "expect": true, "expecting": true, "werden": true, "wird": true, "sera": true, "será": true,
	"sarà": true, "zal": true, "zullen": true, "wordt": true, "before": true, "after": true, "yet": true,
	"unless": true, "wenn": true, "sobald": true, "zodra": true, "quand": true, "cuando": true, "quando": true,
	"vil": true, "skal": true, "ska": true, "kommer": true, "när": true, "når": true, "innan": true, "inden": true,
	"før": true, "förrän": true, "hvis": true,
	// "stillingen kan derfor blive besat, før ansøgningsfristen udløber",
	// "slettes 6 måneder efter, at stillingen er besat"
	"kan": true, "blive": true, "bli": true, "bliva": true, "efter": true, "etter": true,
}

// filledNot are what is filled when it is not the post: a form, a slot.
var filledNot = map[string]bool{
	"in": true, "out": true, "up": true, "form": true, "forms": true, "survey": true, "questionnaire": true,
	"details": true, "fields": true, "field": true, "blanks": true, "gaps": true, "slot": true, "slots": true,
	"spot": true, "spots": true, "prescription": true, "order": true, "cart": true, "seats": true,
}

// postPlurals are the posts in the plural, which clsPostNoun lacks.
var postPlurals = map[string]bool{
	"positions": true, "roles": true, "vacancies": true, "openings": true, "posts": true, "places": true,
	"shifts": true, "jobs": true, "stellen": true, "vacatures": true, "postes": true, "puestos": true,
	"posizioni": true, "vagas": true, "seat": true,
	// and posts in the singular that clsPostNoun lacks
	"functie": true, "funzione": true, "função": true, "cargo": true, "plaza": true, "posición": true,
}

// nordicPostSuffixes end the Scandinavian compounds that name a post or
// places: "Holdlederstillingen", "hjælperpladser", "uppdraget är tillsatt".
var nordicPostSuffixes = []string{"stillingen", "stillinga", "stillinger", "stillingerne", "stillingene", "tjänsten",
	"tjänsterna", "tjänster", "pladser", "pladserne", "platser", "platserna", "plasser", "plassene", "uppdraget",
	"oppdraget", "vikariatet", "vikariat"}

// nordicPostCompound reports a Scandinavian compound naming the post.
func nordicPostCompound(t string) bool {
	for _, suf := range nordicPostSuffixes {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

var particles = map[string]bool{"in": true, "out": true, "up": true}

// postNounAt reports a word for the post at toks[k]: "position", "role".
func (x *ocText) postNounAt(k int) bool {
	for _, h := range x.hs[clsPostNoun] {
		if h.pos == k {
			return true
		}
	}
	return false
}

// filled finds the post filled, as done: "we filled it last week
// already", "all positions at this location have now been filled", "de
// vacature is inmiddels ingevuld". Not "the role has not been filled yet",
// "once the role is filled", "please fill in the form", and only with a
// word for the post (or "it") nearby.
func (x *ocText) filled() string {
	toks, marks := x.toks, x.marks
	for k, t := range toks {
		if !filledWords[t] {
			continue
		}
		if k+1 < len(toks) && (filledNot[toks[k+1]] || toks[k+1] == "yet") || k+2 < len(toks) && filledNot[toks[k+2]] {
			continue // "filled in the form", "is the role filled yet?"
		}
		if k > 0 && k+1 < len(toks) && (toks[k-1] == "are" || toks[k-1] == "is") && (toks[k+1] == "from" || toks[k+1] == "as") &&
			!ruleOff("filled-how") {
			// how posts are filled, not that this one was: "openings are
			// filled from that list in rank order as contractors request
			// apprentices" (not "has been filled from the eligible list")
			continue
		}
		if t == "spoken" && (k+1 >= len(toks) || toks[k+1] != "for" || k == 0 || !passiveAux[toks[k-1]]) {
			continue // "we've spoken to the team", "we've spoken for an hour"
		}
		if x.subjPost && k < len(toks)-1 && sentenceStartsAt(toks, marks, k) && !ruleOff("bare-filled") {
			// a reply whose sentence is only the state, to a subject
			// that names the post: "Re: Java/Kafka role - still open?"
			// "Filled last week. Sorry Alex."
			return quoteSpan(toks, k, min(k+3, len(toks)))
		}
		anchored, blocked := false, false
		for j := k - 1; j >= 0 && j >= k-6 && !crosses(marks, j, k); j-- {
			w := toks[j]
			if j >= k-3 && filledAnchors[w] || j == k-1 && x.postNounAt(j) && sentenceStartsAt(toks, marks, j) {
				// "has been filled"; telegraphic "Position filled. Thanks."
				anchored = true
			}
			if filledNotYet[w] || negWords[w] || filledNot[w] && !particles[w] || thing(toks, j) {
				blocked = true
			}
		}
		if !anchored || blocked || x.conditionBefore(k) {
			continue
		}
		post := false
		for _, h := range x.hs[clsPostNoun] {
			// "Tjänsten som medicinsk sekreterare på ortopedmottagningen,
			// Lindviks sjukhus, är nu tillsatt": a title and a place may
			// stand between, in the sentence
			if h.pos >= k-8 && h.pos <= k+8 || h.pos >= k-12 && h.pos < k && !crosses(marks, h.pos, k) {
				post = true
			}
		}
		for j := max(0, k-8); j < len(toks) && j <= k+2; j++ {
			if j >= k-3 && (toks[j] == "it" || toks[j] == "one") || postPlurals[toks[j]] || nordicPostCompound(toks[j]) {
				post = true
			}
		}
		if post {
			return quoteSpan(toks, max(0, k-2), k+1)
		}
	}
	return ""
}

// nordicAppointed are the Scandinavian verbs of appointing someone.
var nordicAppointed = map[string]bool{"valt": true, "valts": true, "utsett": true, "utsetts": true, "utsåg": true,
	"anställt": true, "anställts": true, "ansat": true, "ansatt": true, "tilsatt": true, "ansatte": true}

// nordicHire are the Scandinavian infinitives of hiring: "vi kommer att
// anställa Sanna".
var nordicHire = map[string]bool{"anställa": true, "ansætte": true, "ansette": true, "tilsetje": true, "tilsette": true}

// nordicNew after "som" names the post a person takes: "ansatt Siri
// Haugland som ny daglig leder".
var nordicNew = map[string]bool{"ny": true, "nye": true, "nya": true, "vår": true, "vores": true}

// postInSentence reports a word for the post (clsPostNoun) or a job title
// in k's sentence.
func (x *ocText) postInSentence(k int) bool {
	for _, c := range []class{clsPostNoun, clsTitle} {
		for _, h := range x.hs[c] {
			if !crosses(x.marks, min(h.pos, k), max(h.pos, k)) {
				return true
			}
		}
	}
	return false
}

// takesPost: what someone is asked "to" do at toks[k] takes the post: "to
// take on the role", "to fill the position", "to step into it" ("to take
// you through the role" takes nothing).
func takesPost(toks []string, k int) bool {
	switch toks[k] {
	case "fill", "step":
		return true
	case "take":
		return k+1 >= len(toks) || toks[k+1] == "on" || toks[k+1] == "up" || toks[k+1] == "over"
	}
	return false
}

// someoneJoins reports the post's new holder announced by name, the way a
// small employer tells the candidates: "Marisol Vega will be joining
// Riverbend as our very first Storytelling Lead", "we've welcomed Jordan
// Ellis to Copper Kettle as our new Account Manager", "we can't wait to
// introduce Jess, who joins us next month". Writers of r23, r25, r29 and
// r30 wrote such no's, which name no other candidate. Someone joining a
// call or the panel ("Priya will be joining us for the interview") and the
// reader joining are not it. Finland's and Sweden's public employers name
// the appointee to every applicant ("Stadsdirektören har ... valt FM Oskar
// Häggblom till tjänsten"): a verb of appointing with a name after it and
// the post in the sentence.
func (x *ocText) someoneJoins() string {
	toks, marks := x.toks, x.marks
	if x.m == nil || ruleOff("someone-joins") {
		return ""
	}
	inSentence := func(a, b int) bool { return a >= 0 && b < len(toks) && !crosses(marks, a, b) }
	personWithin := func(from, to int) int {
		for j := from; j <= to; j++ {
			if j >= 0 && j < len(toks) && x.thirdPerson(j) && !x.self(toks[j]) {
				return j
			}
		}
		return -1
	}
	// asOurs: "as our ..." or "as the ..." within eight words after k,
	// in the sentence, before any meeting the person joins or any word
	// for the reader
	asOurs := func(k int) bool {
		for j := k + 1; j <= k+8 && inSentence(k, j); j++ {
			switch toks[j] {
			case "call", "interview", "meeting", "panel", "chat", "session", "zoom":
				return false
			case "you", "your":
				return false
			}
			if toks[j] == "as" && j+1 < len(toks) && (toks[j+1] == "our" || toks[j+1] == "the") {
				return true
			}
		}
		return false
	}
	// asNew: "som ny daglig leder", "som vår nya rektor" right after
	// the person at p
	asNew := func(p int) bool {
		for j := p + 1; j <= p+4 && j+1 < len(toks) && inSentence(p, j+1); j++ {
			if toks[j] == "som" && nordicNew[toks[j+1]] {
				return true
			}
		}
		return false
	}
	for k, t := range toks {
		switch {
		case t == "joining" && k > 0 && (toks[k-1] == "be" || toks[k-1] == "is"), t == "joins", t == "joined" && k > 0 && toks[k-1] == "has":
			p := personWithin(k-4, k-1)
			if p < 0 || !inSentence(p, k) {
				continue
			}
			if asOurs(k) || t == "joins" && k+1 < len(toks) && toks[k+1] == "us" && k > 0 && toks[k-1] == "who" {
				return quoteSpan(toks, p, min(len(toks), k+2)) + " (someone else joins)"
			}
		case nordicHire[t]:
			// "vi kommer att anställa Sanna, som jobbat med oss": the
			// writer's hire, named right after the verb
			if p := personWithin(k+1, k+1); p >= 0 {
				return quoteSpan(toks, k, p+1) + " (someone else hired)"
			}
		case nordicAppointed[t] && strings.HasSuffix(t, "ts") && x.postInSentence(k) && personWithin(k-3, k-1) >= 0:
			// the passive in its V2 order: "Till tjänsten har Linnea Hjort
			// anställts"
			p := personWithin(k-3, k-1)
			if inSentence(p, k) {
				return quoteSpan(toks, p, k+1) + " (someone else appointed)"
			}
		case nordicAppointed[t]:
			// "Stadsdirektören har ... valt FM Oskar Häggblom till
			// tjänsten", "till tjänsten har valts ekonomie magister Linnea
			// Forsman", "styrelsen har utsett FM Jessica Holmén till
			// projektledare": a named holder of the post, as Finland's and
			// Sweden's public employers tell every applicant
			p := personWithin(k+1, k+4)
			if p >= 0 && inSentence(k, p) && (x.postInSentence(k) || asNew(p)) {
				return quoteSpan(toks, k, p+1) + " (someone else appointed)"
			}
		case (t == "asked" || t == "invited") && !ruleOff("someone-asked-to-take"):
			// the post asked of someone named (r90: "We've asked Thandiwe
			// Mokoena to take on the role. It was a genuinely hard choice
			// between the two of you")
			p := personWithin(k+1, k+3)
			if p < 0 || !inSentence(k, p) || !x.postInSentence(k) {
				continue
			}
			for j := p + 1; j+1 < len(toks) && j <= p+4 && inSentence(k, j+1); j++ {
				if toks[j] == "to" && takesPost(toks, j+1) {
					return quoteSpan(toks, k, j+2) + " (someone else asked to take the post)"
				}
			}
		case t == "welcomed" || t == "welcoming":
			p := personWithin(k+1, k+3)
			if p >= 0 && inSentence(k, p) && asOurs(p) {
				return quoteSpan(toks, k, p+1) + " (someone else joins)"
			}
		}
	}
	return ""
}
