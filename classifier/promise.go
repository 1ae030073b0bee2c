package classifier

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// Promises of future contact: "we'll get back to you by Friday", "Sie
// hören innerhalb von 10 Arbeitstagen von uns", "nous reviendrons vers vous
// d'ici le 12 mars", "te daremos una respuesta en los próximos 5 días
// hábiles", "le daremo un riscontro entro fine mese", "je hoort binnen 5
// werkdagen van ons", "te dou um retorno até o fim da semana que vem".
//
// A sentence promises when it has a promise cue (promise_cues.go): a
// contact phrase after a future marker in English ("we will ... get back
// to you"), an inflected verb phrase elsewhere ("reviendrons vers vous",
// "melden uns", "contactaremos"), or a verb of giving or receiving next to
// a word for an answer ("Sie erhalten ... eine Rückmeldung", "vous donner
// une réponse"). Without a cue, the awaited thing in a future tense with a
// date still is one ("the written offer letter will arrive tomorrow"). It
// is none when
//   - the contact depends on something: "we'll reach out if a role
//     arises", "should there be another opportunity", "if your profile
//     matches", "we'll keep your CV on file and contact you if ...",
//     "only shortlisted candidates will be contacted", unless contact
//     with everyone comes first ("we'll let everyone know by 23 April, and
//     shortlisted candidates will be invited ...") — a conditional
//     future, reported as Verdict.ConditionalFuture;
//   - the sentence asks the reader ("please get back to me by Friday",
//     "we'd ask you to let us know your decision by Tuesday"): a deadline
//     set for the candidate;
//   - it is negated, a question, an offer ("gerne gebe ich Ihnen
//     Feedback"), this message itself ("as promised, ...") or contact with
//     someone else ("follow up with the hiring manager").
//
// The promise's date is the first date after the cue (a deadline before
// an event it follows: "after the panel meets on Monday, so by Wednesday at
// the latest"), else one before it in the cue's own clause; "by then" is
// the date named before. The first dated promise of contact wins, then a
// dated decision ("she will decide by Thursday"), then an undated promise
// — which a rejection, an offer or a message arranging a meeting does not
// make ("I'll send over some feedback", "I'll send the details"), bar a
// person's no that still promises a call soon or the formal word.

// promiseKind is what a sentence with a contact phrase turned out to be.
type promiseKind uint8

const (
	noPromise   promiseKind = iota
	isPromise               // a promise of contact
	conditional             // contact depending on a role, a match, selection
	contingent              // contact if something else happens ("if anything changes")
	readerAsked             // a request or deadline for the reader
)

// promiseIn looks for a promise cue in one normalized sentence. It returns
// where the cue starts and ends and what the sentence makes of it; for a
// conditional future, why.
func promiseIn(text string, lg lang) (kind promiseKind, start, end int, why string) {
	if i := silenceCues.index(text); i >= 0 && !readersSilence(text[i:]) && (ifWords.wordIndex(text) >= 0 || whenWords.contains(text)) {
		return conditional, 0, 0, "silence means no: " + clip(text)
	}
	if onlySelected(text) {
		return conditional, 0, 0, "only the selected hear back: " + clip(text)
	}
	// A space before the sentence lets cues start at a word: " ring you"
	// is not in "cheering you on".
	s := " " + text
	defer func() { start, end = max(0, start-1), max(0, end-1) }()
	start, end, ok := findCue(s, lg)
	if !ok {
		// "Gerne melden wir uns, wenn wir wieder eine passende Position
		// haben": no promise, but a conditional future all the same.
		if i, n := rawCueAt(s); i >= 0 {
			if why, k := conditionOf(s, i, i+n, lg); k == conditional {
				return conditional, 0, 0, why
			}
		}
		return noPromise, 0, 0, ""
	}
	if offerAfter.contains(s[start:min(len(s), end+8)]) {
		return noPromise, start, end, "" // "gebe ich Ihnen gern ...": an offer
	}
	if referencesObject.contains(s[end:min(len(s), end+30)]) || themAfter(s[end:]) || othersContacted(s[start:end], s[end:]) {
		return noPromise, start, end, "" // "se pondrá en contacto con sus referencias": not with the reader
	}
	if c := s[start:end]; (strings.HasSuffix(c, " talk") || strings.HasSuffix(c, " speak")) && talkWithOthers(c[strings.LastIndexByte(c, ' '):]+s[end:]) {
		return noPromise, start, end, "" // "we will talk to two more candidates this week": a talk without the reader
	}
	if minutesBeforeStart.contains(s[end:min(len(s), end+80)]) && !ruleOff("before-the-meeting") {
		return noPromise, start, end, "" // "you will receive a short written scenario 20 minutes before the interview": the meeting's own material
	}
	if strings.HasSuffix(s[start:end], "have more") && moreOfPosts(s[end:]) {
		return noPromise, start, end, "" // "we will have more openings next year": posts to come, no news for the reader
	}
	if interviewerKit(s[end:]) {
		return noPromise, start, end, "" // "I will send you the CV and the scorecard": the reader interviews
	}
	if relayDuty(s, start, end) || othersToExpect(s, start) || existenceAsked(s, start) {
		return noPromise, start, end, ""
	}
	if referencesReceive(s[max(0, start-50):start]) && !cueHasSubject(s[start:end]) {
		// "so your references will get an email from us": the ones who
		// receive it are the reader's referees, not the reader
		return noPromise, start, end, ""
	}
	if notBefore(s, start, end) {
		return noPromise, start, end, "" // "pas en mesure de vous faire un retour avant le 26 avril"
	}
	if nowCues.contains(s[:min(len(s), end+20)]) {
		return noPromise, start, end, "" // "as promised, I'm getting back to you"
	}
	if phoneAfter(s[end:]) {
		return noPromise, start, end, "" // "I'll call you at 917-555-0134": the call is the meeting
	}
	if why, k := conditionOf(s, start, end, lg); k != noPromise {
		return k, start, end, why
	}
	if byReturn(s[end:]) {
		return contingent, start, end, "" // "we will confirm your time by return": once the reader has written
	}
	if afterFirstTalk(s, start, lg) {
		return contingent, start, end, "" // "once we speak, I will send you the detailed JD": a talk not yet had or set
	}
	if readerActsFirst(s, start) {
		return contingent, start, end, "" // "reply with your number, and I'll give you the details"
	}
	if readerActsAfter(s, end, lg) {
		return contingent, start, end, "" // "je t'envoie les cv dès que tu me confirmes"
	}
	if askedOfReader(s, start) || possessiveBefore(s, start, langEN) || wantedOfReader(s, start) ||
		nounCueAt(s[start:]) > 0 && answerWanted(s[max(clauseStart(s, start), start-30):start]) {
		return readerAsked, start, end, ""
	}
	return isPromise, start, end, ""
}

// talkFirst opens a clause that puts a first talk with the reader before
// what follows: "once we speak", "after we've talked", "une fois que nous
// aurons échangé", "sobald wir gesprochen haben".
var talkFirst = cues(" once we speak", " once we've spoken", " once we have spoken", " once we talk", " once we've talked",
	" once we have talked", " after we speak", " after we've spoken", " after we talk", " after we've talked",
	" when we speak", " when we talk", " once we've had a chance to speak", " once we've had a chance to talk",
	" une fois que nous aurons échangé", " après notre échange", " cuando hablemos", " después de hablar",
	" una vez que hablemos", " dopo che ci saremo sentiti", " quando ci sentiremo", " sobald wir gesprochen haben",
	" nachdem wir gesprochen haben", " zodra we gesproken hebben", " nadat we gesproken hebben", " depois de falarmos",
	" assim que falarmos", " quando falarmos")

// afterFirstTalk: the clause before the cue waits on a talk with the
// reader that no day sets: "would you be open to a conversation? ...
// once we speak, I will send you the detailed JD". The sending depends on
// the reader's agreeing to talk, as "reply and I'll send" does.
func afterFirstTalk(s string, start int, lg lang) bool {
	if ruleOff("after-first-talk") {
		return false
	}
	head := " " + s[clauseStart(s, start):start]
	i := talkFirst.index(head)
	if i < 0 || i > 2 {
		return false
	}
	if talkWithOthers(head) {
		// "Once we've spoken with both, we'll be in touch about next
		// steps": a talk with the reader's referees, which the reader
		// does not hold up; the contact after it is awaited
		return false
	}
	return len(scanDates(s, time.Time{}.AddDate(2000, 0, 0), lg)) == 0
}

// minutesBeforeStart times what the reader receives by the meeting it is
// for, in minutes before its start: the meeting's material, no news.
var minutesBeforeStart = cues("minutes before the interview", "minutes before your interview", "minutes before the start",
	"minutes prior to the interview", "minutes prior to your interview", "minutes before the assessment", "minuten vor dem gespräch",
	"minuten vor beginn", "minutes avant l'entretien", "minutes avant le début", "minutos antes de la entrevista",
	"minutos antes del inicio", "minuti prima del colloquio", "minuti prima dell'inizio", "minuten voor het gesprek",
	"minuten voor aanvang", "minutos antes da entrevista", "minutos antes do início")

// moreOfPosts: what there will be more of is posts or hiring, not news:
// "we will have more openings next year", "have more roles in Q3".
func moreOfPosts(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 || ruleOff("more-of-posts") {
		return false
	}
	w := strings.Trim(f[0], ".,;:!?()")
	switch w {
	case "openings", "opening", "positions", "roles", "vacancies", "opportunities", "jobs", "posts", "hiring", "headcount",
		"interviews", "candidates", "projects", "work":
		return true
	}
	return false
}

// talkWithOthers: the talk a clause waits on is with someone other than
// the reader: "spoken with both", "talked to your references".
func talkWithOthers(head string) bool {
	for _, v := range [...]string{" spoken with ", " spoken to ", " talked with ", " talked to ", " speak with ", " speak to ",
		" talk with ", " talk to "} {
		if k := strings.Index(head, v); k >= 0 {
			rest := strings.Fields(head[k+len(v):])
			return len(rest) > 0 && rest[0] != "you" && rest[0] != "you," && !ruleOff("talk-with-others")
		}
	}
	return false
}

// wantedOfReader: a noun cue right after a verb of wanting and its article
// is an answer wanted from the reader, a deadline set for them: "they'd
// like an answer by Tuesday (8/31)", "we need a decision by Friday".
func wantedOfReader(s string, i int) bool {
	if ruleOff("wanted-of-reader") {
		return false
	}
	head := s[max(0, i-16):i]
	for _, v := range [...]string{" like", " need", " needs", " want", " wants", " love", " appreciate", " require", " requires"} {
		if strings.HasSuffix(head, v+" an ") || strings.HasSuffix(head, v+" a ") {
			return true
		}
	}
	return false
}

// referencesObject: contact whose object is the reader's references
// ("se pondrá en contacto con sus referencias esta semana", "vai entrar em
// contato com suas referências até sexta"), not the reader.
var referencesObject = cues("your references", "your referees", "sus referencias", "tus referencias", "suas referências",
	"tuas referências", "ihren referenzen", "deinen referenzen", "ihre referenzen", "je referenties", "uw referenties",
	"vos références", "tes références", "sue referenze", "tue referenze")

// referencesReceive: the reader's referees are the subject right before
// a cue of receiving ("your references will get an email from us", "vos
// références recevront un e-mail de notre part"), not its object ("after
// speaking to your references we will ...").
func referencesReceive(head string) bool {
	if ruleOff("references-receive") {
		return false
	}
	head = ownClause(head)
	last := -1
	for from := 0; from < len(head); {
		i := referencesObject.index(head[from:])
		if i < 0 {
			break
		}
		last = from + i
		from += i + 1
	}
	if last < 0 {
		return false
	}
	before := strings.TrimRight(head[:last], " ")
	for _, p := range [...]string{" to", " with", " from", " of", " by", " a", " à", " con", " de", " di", " met", " van", " mit", " von"} {
		if strings.HasSuffix(" "+before, p) {
			return false
		}
	}
	return len(head)-last <= len("your references")+16
}

// interviewerKit: what is sent is what an interviewer scores a candidate
// with ("I will send you the CV and the scorecard in Greenhouse", "je
// t'envoie la grille d'évaluation"), so the reader sits on the panel and
// nothing is promised to a candidate.
func interviewerKit(rest string) bool {
	if ruleOff("interviewer-kit") {
		return false
	}
	obj := rest
	if k := strings.IndexAny(obj, ".;!?"); k >= 0 {
		obj = obj[:k]
	}
	return interviewerKitWords.contains(obj[:min(len(obj), 60)])
}

var interviewerKitWords = cues("scorecard", "score card", "scoring sheet", "scoring rubric", "interview kit",
	"interviewer guide", "interviewer pack", "the candidate's cv", "the candidate's resume", "the candidate's profile",
	"candidate's cv", "grille d'évaluation", "bewertungsbogen", "evaluatieformulier", "ficha de evaluación",
	"scheda di valutazione", "ficha de avaliação")

// readerContactAfter: a chase of the employer is coordinated with the
// contact it is for, the reader's: "I'll chase their HR on the sign-on
// question today and come back to you tomorrow". The chase's day is not
// when the reader hears.
func readerContactAfter(rest string) bool {
	if ruleOff("chase-then-reader") {
		return false
	}
	k := strings.Index(rest, " and ")
	if k < 0 {
		return false
	}
	after := rest[k+4:]
	j := contactCues.index(after)
	return j >= 0 && strings.Contains(after[j:min(len(after), j+cueLen(contactCues, after[j:])+4)], "you")
}

// cueHasSubject: the cue opens with the writer as its subject ("je te
// reviens", "we'll get back to you"), so referees named before it are the
// object of a verb before ("j'appelle tes références demain pis je te
// reviens d'ici jeudi"), not the ones who receive.
func cueHasSubject(cue string) bool {
	if ruleOff("cue-has-subject") {
		return false
	}
	for _, p := range [...]string{"je ", "j'", "nous ", "on ", "i ", "i'", "we ", "we'", "ich ", "wir ", "ik ", "wij ", "yo ", "io ", "noi ", "eu ", "nós "} {
		if strings.HasPrefix(strings.TrimLeft(cue, " "), p) {
			return true
		}
	}
	return false
}

// coordinatedParticiple cuts a second participle joined to a passive
// cue's: " and e-mailed to every applicant" -> " to every applicant".
func coordinatedParticiple(rest string) (string, bool) {
	if ruleOff("coordinated-participle") {
		return rest, false
	}
	r, ok := strings.CutPrefix(rest, " and ")
	if !ok {
		if r, ok = strings.CutPrefix(rest, " or "); !ok {
			return rest, false
		}
	}
	w, after, _ := strings.Cut(r, " ")
	if after == "" || !strings.HasSuffix(w, "ed") && w != "sent" {
		return rest, false
	}
	return " " + after, true
}

// themAfter: contact with "them" right after the cue, the people just
// named and not the reader: "¿podrías facilitarme ... de dos personas?
// nos pondremos en contacto con ellas con total confidencialidad".
func themAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if w, r, ok := strings.Cut(rest, " "); ok && len(w) > 6 && strings.HasSuffix(w, "mente") {
		rest = r // an adverb first: "informaremos previamente as pessoas indicadas"
	}
	// the people the reader named, as object: "informaremos previamente as
	// pessoas indicadas de que serão contactadas", "avisaremos a las
	// personas que nos indique", "nous préviendrons les personnes
	// indiquées" (not "toutes les personnes candidates", the reader among
	// them)
	for _, p := range [...]string{"as pessoas", "às pessoas", "os contactos", "las personas", "a las personas",
		"les personnes", "le persone", "the people", "de personen", "die personen"} {
		if strings.HasPrefix(rest, p) {
			named := rest[len(p):min(len(rest), len(p)+30)]
			for _, w := range [...]string{"indica", "indiqu", "named", "listed", "nominat", "genannt", "genoemd", "referen"} {
				if strings.Contains(named, w) {
					return !ruleOff("them-after")
				}
			}
		}
	}
	for _, p := range [...]string{"con ellas", "con ellos", "com elas", "com eles", "avec elles", "avec eux", "con loro",
		"met hen ", "met hen,", "met hen."} {
		if strings.HasPrefix(rest, p) {
			return !ruleOff("them-after")
		}
	}
	return false
}

// othersContacted: a verb of contacting whose object is "them" or "him"
// reaches people the mail has just named, not the reader: "thanks for
// the three references. We'll be contacting them this week and next"
// (and the answer promised after it is the one awaited).
func othersContacted(cue, rest string) bool {
	c := strings.TrimSpace(cue)
	switch c[strings.LastIndexByte(c, ' ')+1:] {
	case "contact", "contacting", "call", "calling", "ring", "ringing", "phone", "phoning", "email", "emailing",
		"e-mail", "e-mailing":
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	for _, p := range [...]string{"them ", "them.", "them,", "them;", "him ", "him.", "him,", "him;",
		"each of them", "all of them", "both of them"} {
		if strings.HasPrefix(rest, p) {
			return !ruleOff("others-contacted")
		}
	}
	return false
}

// notBefore: a negated contact "before" a day ("we won't be able to update
// you before the 20th", "não vamos conseguir dar retorno antes do dia 20")
// promises nothing by that day.
func notBefore(s string, start, end int) bool {
	// the negation in the cue's own clause, close before it: not "no
	// matter how busy the week is, ... you will hear back from us before
	// the end of the month"
	lo := max(clauseStart(s, start), start-60, strings.LastIndexByte(s[:start], ',')+1)
	head := " " + s[lo:start] + " "
	if !negations.contains(head) {
		return false
	}
	rest := " " + s[end:min(len(s), end+40)]
	for _, b := range [...]string{" before ", " avant ", " antes ", " vor ", " voor ", " prima ", " prima del", " prima di"} {
		if strings.Contains(rest, b) {
			return true
		}
	}
	return false
}

// allOfThem: the selected named with "all" right before them are all who
// were met, not the few who will hear: "we have now interviewed all four
// shortlisted candidates", "the panel has now seen all the shortlisted
// candidates".
func allOfThem(text string, i int) bool {
	return allWords.contains(" "+text[max(0, i-16):i]) && !ruleOff("all-of-them")
}

// selectedForSomething: the selected named after "for" or "with" are
// those a step is taken for, not the few who will hear: "we are
// completing reference checks for our shortlisted candidates now, and we
// expect to make our decision by the end of the month".
func selectedForSomething(text string, i int) bool {
	head := " " + strings.TrimRight(text[max(0, i-12):i], " ")
	for _, p := range [...]string{" for", " for our", " for the", " with", " with our", " with the"} {
		if strings.HasSuffix(head, p) {
			return !ruleOff("selected-for")
		}
	}
	return false
}

// onlySelected: words of selection in the sentence say that only the
// selected hear back, unless every candidate's contact comes first, or
// each mention is of all who were met or of those a step is taken for.
func onlySelected(text string) bool {
	for from := 0; from < len(text); {
		k := selectionCues.index(text[from:])
		if k < 0 {
			return false
		}
		i := from + k
		if everyoneBefore(text, i) || unselectedToo(text, i) {
			return false
		}
		if !allOfThem(text, i) && !selectedForSomething(text, i) {
			return true
		}
		from = i + cueLen(selectionCues, text[i:])
	}
	return false
}

// unselectedToo: the selected named with their negation ("shortlisted
// and non-shortlisted candidates") are everyone, so all hear back.
func unselectedToo(text string, i int) bool {
	head := text[max(0, i-4):i]
	return (head == "non-" || head == "non ") && !ruleOff("unselected-too")
}

// everyoneBefore: contact with every candidate said, not negated, before
// the words of selection at i.

var allWords = cues(" all ", " alle ", " tous les ", " toutes les ", " todos los ", " todas las ", " tutti i ",
	" todos os ", " todas as ")

func everyoneBefore(text string, i int) bool {
	j := everyoneContacted.index(text)
	return j >= 0 && j < i && !negatedBefore(text, j)
}

// responseTimeNoun finds the writer's time to answer stated as a noun:
// "o nosso prazo para retorno é de 3 a 5 dias úteis", "unser Ziel ist
// eine Rückmeldung innerhalb von 10 Tagen", "our turnaround is 5 working
// days". The noun is the writer's ("our", "nosso", "unser"), a time to
// answer by itself or an aim or a time with the answer beside it, and a
// time follows its verb. It reports the span from the possessive to the
// verb.
func responseTimeNoun(s string) (start, end int, ok bool) {
	i := ourWords.index(s)
	for i >= 0 {
		n := cueLen(ourWords, s[i:])
		rest := s[i+n:]
		k := responseTimeWords.index(rest)
		if k == 0 {
			nounEnd := k + cueLen(responseTimeWords, rest)
			cut := rest
			if c := strings.IndexAny(cut, ",;:.!?"); c >= 0 {
				cut = cut[:c]
			}
			if v := copulaAt(cut, nounEnd, 40); v >= 0 {
				head, tail := cut[:v], cut[v:min(len(cut), v+70)]
				noun := rest[:nounEnd]
				if (selfTimed[noun] || answerNouns.contains(head) && !possessiveBefore(" "+head, answerNouns.index(" "+head), langEN) ||
					answerNouns.contains(tail) && !possessiveBefore(tail, answerNouns.index(tail), langEN)) &&
					!negations.contains(" "+cut+" ") && timeAfter(cut, v) {
					return i + 1, i + n + v + cueLen(copulas, cut[v:]), true
				}
			}
		}
		j := ourWords.index(s[i+n:])
		if j < 0 {
			break
		}
		i += n + j
	}
	return 0, 0, false
}

// timeAfter: a time is named in s from its byte at.
func timeAfter(s string, at int) bool {
	for _, h := range scanDates(s, time.Time{}.AddDate(2000, 0, 0), langEN) {
		if h.start >= at && !h.then {
			return true
		}
	}
	return false
}

// copulaAt finds "is", "é", "ist" after from in s, within limit bytes.
func copulaAt(s string, from, limit int) int {
	k := copulas.index(s[from:min(len(s), from+limit)])
	if k < 0 {
		return -1
	}
	return from + k
}

var (
	ourWords = cues(" our ", " my ", " nosso ", " nossa ", " meu ", " minha ", " nuestro ", " nuestra ", " unser ",
		" unsere ", " mein ", " meine ", " notre ", " nostro ", " nostra ", " onze ")
	// responseTimeWords: a time to answer, an aim or a commitment; those
	// in selfTimed need no word for the answer beside them
	responseTimeWords = cues("turnaround", "response time", "reply time", "tempo de resposta", "tempo de retorno",
		"tiempo de respuesta", "délai de réponse", "délai de retour", "tempo di risposta", "tempi di risposta",
		"reactietermijn", "antwortzeit", "bearbeitungszeit", "rückmeldezeit", "prazo", "plazo", "délai", "termijn",
		"ziel", "aim", "goal", "target", "objetivo", "objectif", "obiettivo", "doel", "streven", "timeline",
		"timeframe", "sla", "commitment", "compromisso", "compromiso", "engagement", "usual turnaround")
	copulas = cues(" is ", " é ", " es ", " ist ", " est ", " è ", " são ", " sind ", " ligt ", " bedraagt ")
)

var selfTimed = map[string]bool{"turnaround": true, "response time": true, "reply time": true, "tempo de resposta": true,
	"tempo de retorno": true, "tiempo de respuesta": true, "délai de réponse": true, "délai de retour": true,
	"tempo di risposta": true, "tempi di risposta": true, "reactietermijn": true, "antwortzeit": true,
	"bearbeitungszeit": true, "rückmeldezeit": true, "usual turnaround": true}

// germanVerbLast finds German contact in a clause of "dass", whose verb
// stands at its end: "ich gehe davon aus, dass ich Ihnen bis Ende nächster
// Woche eine verbindliche Rückmeldung geben kann", "dass wir uns bis
// Freitag bei Ihnen melden werden". It reports the span from "dass" to the
// verb. The writer is the subject and the reader the object: "dass Sie
// uns ... Rückmeldung geben" is the reader's part.
func germanVerbLast(s string) (start, end int, ok bool) {
	for _, p := range [...]string{" dass ich ihnen ", " dass wir ihnen ", " dass ich dir ", " dass wir dir ", " dass ich mich ",
		" dass wir uns ", " dass ich sie ", " dass wir sie ", " dass ich euch ", " dass wir euch "} {
		i := strings.Index(s, p)
		if i < 0 {
			continue
		}
		clause := s[i:]
		if k := strings.IndexAny(clause, ",;:.!?"); k >= 0 {
			clause = clause[:k]
		}
		if negations.contains(clause+" ") || negations.contains(s[max(0, i-40):i]+" ") {
			return 0, 0, false
		}
		obj := strings.Fields(p)[2]
		words := strings.Fields(clause)
		n := len(words)
		last := n - 1
		if n > 0 && germanModals[words[n-1]] {
			last = n - 2
		}
		if last < 3 {
			return 0, 0, false
		}
		verb := words[last]
		switch {
		case (verb == "geben" || verb == "gebe" || verb == "zukommen" || verb == "lassen" || verb == "mitteilen" ||
			verb == "schicken" || verb == "senden") && (obj == "ihnen" || obj == "dir" || obj == "euch") && answerNouns.contains(clause):
		case (verb == "melden" || verb == "melde" || verb == "zurückmelden") && (obj == "mich" || obj == "uns" || obj == "ihnen" || obj == "dir"):
		case (verb == "informieren" || verb == "kontaktieren" || verb == "anrufen" || verb == "benachrichtigen") &&
			(obj == "sie" || obj == "dich" || obj == "euch"):
		default:
			continue
		}
		return i + 1, i + len(clause), true
	}
	return 0, 0, false
}

// germanFutureVerbLast finds German contact in a main clause of the
// future, whose infinitive stands at the clause's end, the subject, the
// reader and a time between: "wird Herr Berger Sie am Montag telefonisch
// kontaktieren", "werde ich Sie morgen kurz anrufen". It reports
// the span from the auxiliary to the verb. A "werden" right before "sie"
// may be the reader's ("werden Sie uns ... kontaktieren"): only "wird",
// "werde", "werden wir" and "wir werden" count ("wir werden Sie danach
// unaufgefordert über den Stand des Verfahrens informieren", ten words
// at most between them). The subjunctive of the first person proposes
// the call as the future does ("ich würde Sie am Mittwoch anrufen - wäre
// Ihnen 16:00 Uhr recht?"), but only on a day (politeSubjunctive), and
// not as a wish ("ich würde Sie gerne anrufen").
func germanFutureVerbLast(s string) (start, end int, ok bool) {
	if ruleOff("german-future-verb-last") {
		return 0, 0, false
	}
	hasSubjunctive := strings.Contains(s, " würde")
	for _, p := range [...]string{" wird ", " werde ", " werden wir ", " wir werden ", " ich würde ", " würde ich ", " wir würden ",
		" würden wir "} {
		subjunctive := strings.Contains(p, "würde")
		if subjunctive && (!hasSubjunctive || ruleOff("german-subjunctive-call")) {
			continue
		}
		from := 0
		for {
			k := strings.Index(s[from:], p)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(p)
			clause := s[i+len(p):]
			if c := strings.IndexAny(clause, ",;:.!?"); c >= 0 {
				clause = clause[:c]
			}
			if c := strings.Index(clause, " und "); c >= 0 {
				clause = clause[:c]
			}
			if c := strings.Index(clause, " oder "); c >= 0 {
				clause = clause[:c]
			}
			words := strings.Fields(clause)
			if len(words) < 2 || len(words) > 10 || negations.contains(" "+clause+" ") || referencesObject.contains(clause) {
				continue
			}
			if subjunctive && strings.Contains(clause, "gern") {
				continue // "ich würde Sie gerne anrufen": a wish, an offer
			}
			switch words[len(words)-1] {
			case "kontaktieren", "anrufen", "zurückrufen", "informieren", "benachrichtigen":
			default:
				continue
			}
			reader := false
			for _, w := range words[:len(words)-1] {
				if w == "sie" || w == "dich" || w == "euch" {
					reader = true
				}
			}
			if reader {
				return i + 1, i + len(p) + len(clause), true
			}
		}
	}
	return 0, 0, false
}

// germanModals close a German clause after its verb: "geben kann",
// "melden werde".
var germanModals = map[string]bool{"kann": true, "können": true, "werde": true, "werden": true, "wird": true,
	"möchte": true, "möchten": true, "will": true, "wollen": true}

// phoneDigits: s has a run of seven digits or more, spaces, dashes,
// dots and brackets between them, as a phone number is written.
func phoneDigits(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			if digits >= 7 {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			digits = 0
		}
	}
	return false
}

// phoneAfter: " at 917-555-0134", " on +44 20 7946 0955": a number to
// call, which a confirmed call gives.
func phoneAfter(s string) bool {
	for _, p := range [...]string{" on the number ", " at the number ", " on the phone number ", " at the phone number "} {
		// the reader's number named and then written out: "I'll call you
		// on the number on your resume ((617) 555-0143), should take about
		// 30 minutes" is the call itself; one that brings news ("... with
		// the outcome") or is only named ("he'll call you on the number
		// from your application in the middle of next week") is still a
		// promise
		if rest, ok := strings.CutPrefix(s, p); ok && !ruleOff("phone-named") {
			for _, w := range [...]string{"outcome", "decision", "news", "feedback", "result", "update", "answer"} {
				if strings.Contains(rest, w) {
					return false
				}
			}
			return phoneDigits(rest)
		}
	}
	rest, ok := strings.CutPrefix(s, " at ")
	if !ok {
		rest, ok = strings.CutPrefix(s, " on ")
	}
	if !ok {
		return false
	}
	digits := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			return digits >= 7
		}
	}
	return digits >= 7
}

// findCue finds the first promise cue of s that holds: a standalone cue,
// an English contact phrase after a future marker, or an answer word with a
// verb of giving or receiving.
func findCue(s string, lg lang) (start, end int, ok bool) {
	best, bestEnd := -1, -1
	consider := func(i, e int) {
		if best < 0 || i < best {
			best, bestEnd = i, e
		}
	}
	for from := 0; from < len(s); {
		i := standaloneCues.index(s[from:])
		if i < 0 {
			break
		}
		i += from
		// a cue starts at a word: not the "te paso" of "el siguiente paso"
		if n := cueLen(standaloneCues, s[i:]); (i == 0 || s[i] == ' ' || !wordByte(s[i-1])) && !negatedBefore(s, i) && !requestBefore(s, i) && (!infinitives[s[i:i+n]] || infinitiveMarked(s, i)) &&
			!frenchInfinitiveOf(s[i:i+n], s[i+n:]) && !indirectWhen(s[:i]) && !indirectWhether(s, i) &&
			(!genericCues[s[i:i+n]] || awaitedNear(s, i, n) || invitationByDay(s[i+n:])) && !(presentSet[s[i:i+n]] && tellingNow(s[i:i+n], s[i+n:]) && !laterFronted(s[clauseStart(s, i):i])) && !dutyToTellNow(s[:i], s[i+n:]) && !agentAfterBy(s[i:i+n], s[i+n:]) && !nordicTopicNow(s[i:i+n], s[i+n:]) &&
			!germanNow(s[i:i+n], s[i+n:]) && !sendsElsewhere(s[i:i+n], s[i+n:]) && !handedIn(s, i, n) && !dutyOf(s, i, n) &&
			!talkAmongUs(s[i:i+n], s[i+n:]) && !beforeWe(s[max(0, i-50):i]) && !lengthAllowed(s[max(0, i-4):i], s[i:i+n], s[i+n:]) &&
			!germanPerfect(s[max(clauseStart(s, i), i-60):i], s[i:i+n]) {
			consider(i, i+n)
			break
		}
		from = i + 1
	}
	for from := 0; from < len(s); {
		i := contactCues.index(s[from:])
		if i < 0 {
			break
		}
		i += from
		if best >= 0 && i > best {
			break
		}
		if n := cueLen(contactCues, s[i:]); (futureBefore(s, i) || presentWithTime(s, i, n)) && !otherParty(s, i, n) &&
			(!passiveCues[s[i:i+n]] || passiveForReader(s, i, n)) && (!genericCues[s[i:i+n]] || awaitedNear(s, i, n)) &&
			(!sendVerbs[s[i:i+n]] || sendsToReader(s[i+n:])) && !sendsElsewhere(s[i:i+n], s[i+n:]) &&
			(s[i:i+n] != "confirm " || confirmsClause(s[i+n:]) && !confirmsNow(s, i, n)) && !readerTells(s, i, n) &&
			!finalMeeting(s[i:i+n], s[i+n:]) && !knowsPerson(s, i, n) && !arrivingNow(s[i:i+n], s[i+n:]) && !arrivedWithDone(s[:i], s[i:i+n], s[i+n:]) && !opensBeforeWe(s[clauseStart(s, i):i]) &&
			!readerReplies(s[max(clauseStart(s, i), i-80):i], s[i:i+n]) && !(s[i:i+n] == " chase" && readerContactAfter(s[i+n:])) {
			consider(i, i+n)
			break
		}
		from = i + 1
	}
	if i := dutchLet.index(s); i >= 0 && (best < 0 || i < best) && !requestBefore(s, i) {
		// "we laten je binnen 5 werkdagen weten of ...": the time between
		// the verb and its particle
		n := cueLen(dutchLet, s[i:])
		// the cue ends in a space, which may be the one before "weten"
		if k := strings.Index(s[i+n-1:min(len(s), i+n+45)], " weten"); k > 0 && timeFirst(s[i+n:i+n-1+k]) ||
			k == 0 && timeFronted(s, i) {
			consider(i, i+n+k+5)
		}
	}
	if i, e, ok := dutchLetBare(s); ok && (best < 0 || i < best) && !requestBefore(s, i) && !negatedBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := dutchInformed(s); ok && (best < 0 || i < best) && !requestBefore(s, i) && !negatedBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := dutchPassive(s); ok && (best < 0 || i < best) && !negatedBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := readerWillHave(s); ok && (best < 0 || i < best) && !negatedBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := responseTimeNoun(s); ok && (best < 0 || i < best) {
		consider(i, e)
	}
	if i, e, ok := germanVerbLast(s); ok && (best < 0 || i < best) {
		consider(i, e)
	}
	if i, e, ok := germanFutureVerbLast(s); ok && (best < 0 || i < best) && !requestBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := receivedPronoun(s); ok && (best < 0 || i < best) && !negatedBefore(s, i) && !requestBefore(s, i) {
		consider(i, e)
	}
	if i, e, ok := receivedLink(s, lg); ok && (best < 0 || i < best) && !negatedBefore(s, i) && !requestBefore(s, i) {
		consider(i, e)
	}
	if i := publishCues.index(s); i >= 0 && (best < 0 || i < best) {
		n := cueLen(publishCues, s[i:])
		if (resultNouns.contains(s[max(0, i-100):min(len(s), i+n+80)]) || goesToReader(s[i:i+n], s[i+n:])) && !negatedBefore(s, i) &&
			!countedFrom(s[:i]) {
			consider(i, i+n)
		}
	}
	if i := answerNouns.index(s); i >= 0 {
		j := -1
		for from := 0; from < len(s); {
			k := deliveryCues.index(s[from:])
			if k < 0 {
				break
			}
			k += from
			// an infinitive with no verb of intent before it ("para dar
			// seguimiento") leaves the sentence's other verbs to read
			if !infinitives[s[k:k+cueLen(deliveryCues, s[k:])]] || infinitiveMarked(s, k) {
				j = k
				break
			}
			from = k + 1
		}
		w := i // the start of the word the noun ends: "benachrichtigung" for "nachricht"
		for w > 0 && wordByte(s[w-1]) {
			w--
		}
		// (nor a negation between the verb and its noun: "dass wir Ihnen
		// keine bessere Nachricht schicken können")
		if j >= 0 && !negatedBefore(s, j) && !requestBefore(s, j) && !possessiveBefore(s, w, lg) &&
			!(j < i && i-j <= 60 && negations.contains(notLater.Replace(" "+s[j:i])) && !ruleOff("negated-between")) &&
			!possessiveAfter(s[i+cueLen(answerNouns, s[i:]):]) && !dutchPluralMessages(s, i+cueLen(answerNouns, s[i:])) &&
			!germanPerfect(s[max(clauseStart(s, min(w, j)), min(w, j)-60):min(w, j)], s[j:j+cueLen(deliveryCues, s[j:])]) {
			k := min(i, j)
			consider(k, max(i+cueLen(answerNouns, s[i:]), j+cueLen(deliveryCues, s[j:])))
		}
	}
	if best < 0 {
		if i, e, ok := processFinished(s); ok && !negatedBefore(s, i) {
			return i, e, true
		}
		return 0, 0, false
	}
	return best, bestEnd, true
}

// notLater takes out the negations that bound a time and negate nothing:
// "wir geben Ihnen nicht später als Freitag Bescheid".
var notLater = strings.NewReplacer(" no later", "", " not later", "", " nicht später", "", " pas plus tard", "",
	" no más tarde", "", " non oltre", "", " niet later", "", " não mais tarde", "")

// processFinished finds, in a sentence with no other cue, the writer's
// side finishing a step of its own selection by a time: "we'll aim to
// finalise checks by the end of the week", "the recruitment exercise is
// expected to be concluded by the end of the month". The answer follows
// the step, so it is a weak promise, as a decision is (decisionOnly); the
// reader's own step ("you'll complete the assessment") is none.
func processFinished(s string) (start, end int, ok bool) {
	if ruleOff("process-finished") {
		return 0, 0, false
	}
	if i := romanceFinishCues.index(s); i >= 0 && !ruleOff("romance-finish") {
		// r85: the same step in the Romance languages, after a verb of
		// intent or expectation: "contamos fechar o processo em duas a
		// três semanas", "esperamos cerrar el proceso antes de fin de mes"
		n := cueLen(romanceFinishCues, s[i:])
		if intentMarkers.contains(s[max(clauseStart(s, i), i-40):i]) {
			return i, i + n, true
		}
	}
	if !finishWords.contains(s) {
		return 0, 0, false
	}
	if i := finishCues.index(s); i >= 0 {
		n := cueLen(finishCues, s[i:])
		if futureBefore(s, i) && !readerSubject(s[clauseStart(s, i):i]) {
			return i, i + n, true
		}
	}
	if i := finishedPassive.index(s); i >= 0 {
		n := cueLen(finishedPassive, s[i:])
		if subject := s[max(clauseStart(s, i), i-70):i]; futureBefore(s, i) && selectionSteps.contains(subject) {
			return i, i + n, true
		}
	}
	return 0, 0, false
}

// readerSubject: the reader is the subject of the clause head before a
// verb ("you'll complete", "candidates should complete").
func readerSubject(head string) bool {
	for _, p := range [...]string{"you ", "you'", "candidates ", "applicants ", "everyone ", "all finalists", "each finalist"} {
		if strings.Contains(head, p) {
			return true
		}
	}
	return false
}

// finishCues are the verbs of finishing a step of the selection, with
// the step as their object (processFinished).
var finishCues = cues(func() []string {
	var out []string
	for _, v := range []string{"finalise ", "finalize ", "complete ", "conclude ", "wrap up ", "finish "} {
		for _, o := range []string{"checks", "the checks", "our checks", "reference checks", "the reference checks",
			"references", "the references", "background checks", "the sift", "our sift", "shortlisting", "the shortlisting",
			"the review", "our review", "its review", "the evaluation", "our evaluation", "its evaluation", "the selection",
			"our selection", "its selection", "the process", "the recruitment", "our recruitment", "the hiring process",
			"its deliberations", "our deliberations", "the interviews", "interviews", "our assessment", "its assessment",
			"their assessment", "its recommendation", "their recommendation", "our recommendation", "the recommendation"} {
			out = append(out, v+o)
		}
	}
	return out
}()...)

// finishWords are the verbs of finishCues and finishedPassive, what a
// sentence needs for either.
var finishWords = cues("finali", "complete", "conclude", "wrap", "finish")

// romanceFinishCues: the infinitive of finishing the selection in the
// Romance languages.
var romanceFinishCues = cues(func() []string {
	var out []string
	for _, v := range []string{"fechar ", "concluir ", "encerrar ", "finalizar ", "cerrar ", "terminar ", "clôturer ",
		"finaliser ", "conclure ", "boucler ", "terminer ", "chiudere ", "concludere ", "finalizzare ", "terminare "} {
		for _, o := range []string{"o processo", "a seleção", "o recrutamento", "el proceso", "la selección",
			"le processus", "la sélection", "le recrutement", "il processo", "la selezione"} {
			out = append(out, v+o)
		}
	}
	return out
}()...)

// finishedPassive is the same said in the passive, the step its subject.
var finishedPassive = cues("be concluded", "be completed", "be finalised", "be finalized", "be wrapped up", "be finished")

// selectionSteps name the writer's side's steps of a selection.
var selectionSteps = cues("recruitment", "selection", "process", "checks", "references", "shortlisting", "sift",
	"interviews", "evaluation", "review", "deliberations")

// readerReplies: an intransitive cue of answering whose future is the
// reader's ("you'll have up to 3 minutes to respond", "you will need to
// reply by Friday"): the reader's answer, no contact of the writer's.
func readerReplies(head, cue string) bool {
	switch cue {
	case " respond", " reply", "reach out", "get in touch", "write back", "follow up":
	default:
		return false
	}
	if ruleOff("reader-replies") {
		return false
	}
	k, verb := -1, false
	for _, y := range [...]string{"you'll", "you will", "you'd", "you would", "you should"} {
		k = max(k, strings.LastIndex(head, y+" "))
		verb = verb || strings.HasSuffix(head, y)
	}
	// the verb, not the noun ("you'll get a reply from us")
	if k < 0 || !verb && !strings.HasSuffix(head, " to") {
		return false
	}
	return !firstPersons.contains(" " + head[k:] + " ")
}

// knowsPerson: "know" whose object is a person, acquaintance and no
// news: "Gary, who most of you will know from the Sunday XI", "you'll
// know her from the open day".
func knowsPerson(s string, i, n int) bool {
	if s[i:i+n] != " know " || ruleOff("knows-person") {
		return false
	}
	rest := s[i+n:]
	for _, p := range [...]string{"from ", "him ", "him,", "her from", "them from", "each other"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// the relative pronoun that is its object: "who ... will know"
	head := s[max(clauseStart(s, i), i-40):i]
	for _, w := range [...]string{" what i", " what we", " all i", " all we", " everything i", " everything we"} {
		// r67: the writer's own knowledge, told: "i'll tell you what i
		// know off the record"
		if strings.HasSuffix(head, w) && !ruleOff("what-i-know") {
			return true
		}
	}
	if c := strings.LastIndexByte(head, ','); c >= 0 {
		head = head[c+1:]
	}
	return strings.HasPrefix(strings.TrimSpace(head), "who ") || strings.HasPrefix(strings.TrimSpace(head), "whom ")
}

// finalMeeting: "have the final" before a meeting's noun is a last
// round held, not the final word: "one more candidate will have the
// final interview next week".
func finalMeeting(cue, rest string) bool {
	if !strings.HasSuffix(cue, "final") || ruleOff("final-meeting") {
		return false
	}
	rest = strings.TrimLeft(rest, " -")
	for _, m := range [...]string{"interview", "round", "meeting", "call", "stage", "conversation", "panel", "chat", "assessment"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// sharesCondition: a second cue joined to a conditional one by a bare
// "and", with no stop between them, is under the same condition: "si me
// pasas un teléfono ... te llamo 10 minutos y te cuento los detalles".
func sharesCondition(between string) bool {
	if strings.ContainsAny(between, ",;:.!?") || ruleOff("shares-condition") {
		return false
	}
	for _, c := range [...]string{" and ", " und ", " et ", " y ", " e ", " en "} {
		if strings.HasSuffix(between, c) {
			return true
		}
	}
	return false
}

// opensBeforeWe: the cue's clause opens with "before we": "before we can
// confirm your start date we need to complete a DBS check" names what
// must come first; but "it'll take 3-5 business days before we can let
// you know" promises (mid-clause, "before" is "until").
func opensBeforeWe(head string) bool {
	c := strings.TrimLeft(ownClause(head), ", ")
	return (strings.HasPrefix(c, "before we ") || strings.HasPrefix(c, "before i ")) && !ruleOff("opens-before-we")
}

// beforeWe: the cue is in a clause of "before" that sets the time of
// something else, the main clause after it: "Bevor wir unsere
// Entscheidung treffen, würden wir gerne Referenzauskünfte einholen" (the
// conjunction only: "before Friday we'll ..." is a day).
func beforeWe(head string) bool {
	c := strings.TrimLeft(ownClause(head), ", ")
	for _, p := range [...]string{"bevor ", "ehe ", "before we ", "before i ", "avant que ", "avant de ", "antes de que ",
		"antes de tomar "} {
		if strings.HasPrefix(c, p) || strings.Contains(c, " "+p) {
			return !ruleOff("before-we")
		}
	}
	return false
}

// reAmongUs is the subject of a talk put after its verb, the writer and
// someone else ("lo hablamos Javier y yo"), or the someone else talked
// with ("hablamos con mi socio").
var reAmongUs = regexp.MustCompile(`^ (?:(?:\pL+ ){1,2}(?:y|e) (?:yo|eu)\b|(?:con|com) (?:el|la|los|las|mi|mis|nuestro|nuestra|o|a|os|as|meu|minha|meus|minhas) )`)

// lengthAllowed: "please allow" before the length of what the reader
// attends, all told ("please allow about three hours in total, including
// a break"), sets time aside, it awaits no answer.
//
// A length in minutes, or in hours and minutes ("please allow 1 hour 15
// minutes"), is time set aside too: an answer is waited for in hours or
// days. "To allow us to ..." is a purpose, not the reader asked to wait.
func lengthAllowed(head, cue, rest string) bool {
	if cue != "please allow" && cue != "allow us" || ruleOff("length-allowed") {
		return false
	}
	if cue == "allow us" && (strings.HasSuffix(head, " to ") || head == "to ") && !ruleOff("allow-purpose") {
		return true
	}
	if k := strings.IndexAny(rest, ".;!?"); k >= 0 {
		rest = rest[:k]
	}
	if minutesLength(rest) && !ruleOff("allow-minutes") {
		return true
	}
	return strings.Contains(rest, " in total") || strings.Contains(rest, " including ") || strings.Contains(rest, " altogether")
}

// arrivingNow: what lands in the reader's inbox within minutes has been
// sent already ("a fresh link should be in your inbox in the next few
// minutes"); it is no contact still to come.
func arrivingNow(cue, rest string) bool {
	if !strings.HasSuffix(cue, "in your inbox") || ruleOff("arriving-now") {
		return false
	}
	if k := strings.IndexAny(rest, ".;!?("); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, " minute") || strings.Contains(rest, " moment")
}

// arrivedWithDone: what "should be in your inbox" beside a step said done
// ("travel is booked; the itinerary should be in your inbox from Navan",
// "I've just sent it over, so it should already be in your inbox") is
// there already, with no time to come after it; no contact still to come.
func arrivedWithDone(head, cue, rest string) bool {
	if !strings.HasSuffix(cue, "in your inbox") || ruleOff("arrived-with-done") {
		return false
	}
	if k := strings.IndexAny(rest, ".;!?("); k >= 0 {
		rest = rest[:k]
	}
	for _, w := range [...]string{" by ", " within ", " tomorrow", " today", " tonight", " next ", " later", " before ",
		" in the ", " on ", " end of", " soon", " shortly"} {
		if strings.Contains(rest+" ", w) {
			return false
		}
	}
	if strings.ContainsAny(rest, "0123456789") {
		return false
	}
	for _, w := range [...]string{" is booked", " are booked", " been booked", " is sent", " been sent", " just sent",
		" already", " have sent", " 've sent", " has gone out", " went out"} {
		if strings.Contains(" "+head, w) {
			return true
		}
	}
	return false
}

// minutesLength: the clause after a cue opens with a length counted in
// minutes, after any hours ("1 hour 15 minutes", "90 minutes", "an hour
// and a half" is not one).
func minutesLength(rest string) bool {
	w := strings.Fields(rest)
	for i := 0; i < len(w) && i < 5; i++ {
		switch strings.Trim(w[i], ",()") {
		case "minutes", "minute", "mins", "min":
			return i > 0
		case "hour", "hours", "hr", "hrs", "and", "about", "around", "approximately", "roughly":
			continue
		}
		if c := w[i][0]; c < '0' || c > '9' {
			return false
		}
	}
	return false
}

// talkAmongUs: a talk in the present that the reader has no part in is
// the writer's own deliberation, no contact: "luego lo hablamos Javier y
// yo. Te decimos algo el viernes".
func talkAmongUs(cue, rest string) bool {
	if cue != "hablamos" && cue != "falamos" || ruleOff("talk-among-us") {
		return false
	}
	return reAmongUs.MatchString(rest)
}

// germanReceiving is the German reader receiving, which receivedPronoun
// reads; receivingVerbs adds the other languages, which receivedLink
// reads too.
var germanReceiving = []string{" sie erhalten ", " erhalten sie ", " sie bekommen ", " bekommen sie ", " du erhältst ",
	" erhältst du ", " du bekommst ", " bekommst du "}

var receivingVerbs = append(slices.Clone(germanReceiving), " you'll receive ", " you will receive ", " vous recevrez ",
	" tu recevras ", " recibirás ", " recibirá ")

// receivedLink finds the reader receiving a meeting's link or invitation
// on a day named in the cue's clause: "Den Teams-Link erhalten Sie morgen
// separat per Kalendereinladung", "you'll receive the Zoom link
// tomorrow"; what a meeting needs counts only on a day of its own (the
// logistics in promises), and "you will receive an e-vetting invitation
// link ..., which you will need to complete within 30 days" names the
// reader's time.
func receivedLink(s string, lg lang) (start, end int, ok bool) {
	for _, v := range receivingVerbs {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		near := s[max(0, i-30):min(len(s), i+len(v)+30)]
		for _, w := range [...]string{"-link ", " link ", "link.", " lien ", " enlace ", "einladung", "invitation", " invite "} {
			if strings.Contains(near, w) && dayInClause(s[i+len(v):], lg) && !ruleOff("received-link") {
				return i + 1, i + len(v) - 1, true
			}
		}
	}
	return 0, 0, false
}

// dayInClause: the clause that rest begins names a day (a weekday, a
// date, tomorrow), not a span, nor today: "vous recevrez une invitation
// Google Meet d'ici la fin de la journée" is the confirmation's own
// arranging, as sentOnDay keeps "later today".
func dayInClause(rest string, lg lang) bool {
	if k := strings.IndexAny(rest, ",;:.!?"); k >= 0 {
		rest = rest[:k]
	}
	for _, h := range scanDates(rest, time.Time{}.AddDate(2000, 0, 0), lg) {
		if !h.then && explicitDay(h) && h.rule != "today" {
			return true
		}
	}
	return false
}

// receivedPronoun finds the German reader receiving a pronoun that
// stands for the awaited thing named just before, as English "you'll
// receive it" is read (awaitedNear): "Den Arbeitsvertrag bereiten wir
// gerade vor; Sie erhalten ihn nächste Woche per Post".
func receivedPronoun(s string) (start, end int, ok bool) {
	for _, v := range germanReceiving {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		rest := s[i+len(v):]
		for _, p := range [...]string{"ihn ", "sie ", "es ", "diesen ", "diese ", "dieses "} {
			if strings.HasPrefix(rest, p) && awaitedWords.contains(s[max(0, i-80):i]) {
				return i + 1, i + len(v) + len(p) - 1, true
			}
		}
	}
	return 0, 0, false
}

// handedIn: a noun cue ("feedback by", "decision within") whose noun is
// the object of a verb of handing in or gathering in its own clause is the
// answer given to the employer, not to the reader: "everyone submits
// written feedback by tomorrow night, then the panel meets Thursday" is a
// step before the writer's "I'll have an update for you by Friday".
func handedIn(s string, i, n int) bool {
	if !nounCues[s[i:i+n]] || ruleOff("handed-in") {
		return false
	}
	return handInVerbs.contains(ownClause(s[max(clauseStart(s, i), i-30):i]) + " ")
}

// dutyOf: a noun cue that is a verb after one of obligation is a
// deadline someone is held to, not an answer promised: "another offer
// came in that I need to answer by next week", "which you must answer
// within 7 days".
func dutyOf(s string, i, n int) bool {
	if !nounCues[s[i:i+n]] {
		return false
	}
	head := s[max(0, i-10):i]
	for _, v := range [...]string{" need to ", " needs to ", " have to ", " has to ", " had to ", " must "} {
		if strings.HasSuffix(head, v) {
			return true
		}
	}
	return false
}

// nounCues are the standalone cues that are a noun and its time, with no
// verb of their own.
var nounCues = map[string]bool{"decision by": true, "decision within": true, "feedback by": true, "feedback within": true,
	"update by": true, "update within": true, "answer by": true, "answer within": true, "outcome by": true,
	"response within": true, "response by": true}

// handInVerbs give an answer to the employer or gather it there.
var handInVerbs = cues(" submit ", " submits ", " submitted ", " submitting ", " hand in ", " hands in ", " turn in ",
	" turns in ", " collect ", " collects ", " collecting ", " gather ", " gathers ", " gathering ", " compile ",
	" compiles ", " compiling ", " enter their ", " enters their ", " log their ", " logs their ")

// goesToReader: what "goes out" or "issues" to the reader or to all the
// candidates reaches the reader, whatever it is: "interview confirmations
// with the Teams link will go out to candidates within 3-5 business days".
func goesToReader(cue, rest string) bool {
	if !strings.Contains(cue, "go out") && !strings.Contains(cue, "issue") || ruleOff("goes-to-reader") {
		return false
	}
	r, ok := strings.CutPrefix(rest, " to ")
	return ok && toCandidates(r)
}

// readerTells: "know" after "let us" or "let me" with no future marker
// before "let" is the reader asked to tell, or someone who told the writer:
// "Heartland let us know this morning they're pausing the contract" — not
// "Sarah will let me know by Friday", the employer's word relayed.
func readerTells(s string, i, n int) bool {
	if s[i:i+n] != " know " || ruleOff("reader-tells") {
		return false
	}
	head := s[:i]
	if !strings.HasSuffix(head, " let us") && !strings.HasSuffix(head, " let me") {
		return false
	}
	return !futureBefore(s, len(head)-len(" let us"))
}

// progressiveVerbs begin the progressive contact cues (contactCues).
var progressiveVerbs = map[string]bool{"calling": true, "ringing": true, "phoning": true}

// presentWithTime: an English contact verb in the present right after
// "we" or "I", or in the progressive after "I'm" or "we're", with a time
// after it, is the future: "we come back to you early next week with the
// outcome", "I get back to you by Friday", "I'm calling you on Tuesday".
func presentWithTime(s string, i, n int) bool {
	if v, _, _ := strings.Cut(s[i:i+n], " "); progressiveVerbs[v] {
		// the progressive: "I'm calling you on Tuesday", "we're getting
		// back to everyone by Friday"
		head := s[max(0, i-7):i]
		if !strings.HasSuffix(head, "i'm ") && !strings.HasSuffix(head, "we're ") && !strings.HasSuffix(head, " i am ") &&
			!strings.HasSuffix(head, " we are ") {
			return false
		}
	} else if head := s[max(0, i-4):i]; s[i] == ' ' && callAt(s[i+1:]) {
		// a call cue begins with its space (" call you"): the subject is
		// right before it, "... and I call you on Thursday"
		if !strings.HasSuffix(head+" ", " we ") && !strings.HasSuffix(head+" ", " i ") {
			return false
		}
	} else if !strings.HasSuffix(head, " we ") && !strings.HasSuffix(head, " i ") {
		return false
	}
	if k := strings.IndexAny(s[i+n:], ",;:"); k >= 0 {
		return timeAfter(s[:i+n+k], i+n) || thenAfterDay(s[:i+n+k], i+n) // the time in the verb's own clause
	}
	return timeAfter(s, i+n) || thenAfterDay(s, i+n)
}

// callAt: a verb of calling at the start of s.
func callAt(s string) bool {
	return strings.HasPrefix(s, "call ") || strings.HasPrefix(s, "phone ") || strings.HasPrefix(s, "ring ")
}

// thenAfterDay: a reference to a day (then, that same afternoon) after at,
// with a day named before it: "the panel meets on Tuesday 4 May, and we
// write to every interviewee that same afternoon".
func thenAfterDay(s string, at int) bool {
	day := false
	for _, h := range scanDates(s, time.Time{}.AddDate(2000, 0, 0), langEN) {
		if !h.then && h.start < at {
			day = true
		}
		if h.then && h.start >= at && day {
			return true
		}
	}
	return false
}

// recipientAfterPara: the words after "para" name people, everyone or
// the reader, not a purpose.
func recipientAfterPara(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "todos", "todas", "cada", "você", "vocês", "voce", "voces":
		return !ruleOff("para-recipient")
	}
	return false
}

// tellingNow: what follows a present-tense cue makes it this message
// telling or sending, not a promise: "te cuento cómo sigue el proceso:
// esta semana ...", "te escribo para ...", "je vous envoie ci-joint le
// planning de mardi".
func tellingNow(cue, rest string) bool {
	for _, p := range [...]string{":", " que ", " qué ", " cómo ", " como ", " porque", " para ", " pour ", " perché",
		" per ", " che ", " om ", " dat ", " um ", " dass ", " hiermit", " hierbij", " ci-joint", " en pièce"} {
		if p == " um " && !strings.Contains(rest, " zu ") {
			// the German "um ... zu" is a purpose, the Portuguese "um" an
			// article: "te damos um retorno em até 5 dias úteis"
			continue
		}
		if p == " para " && strings.HasPrefix(rest, p) && recipientAfterPara(rest[len(p):]) {
			// the Brazilian "retornar para" someone: "retornamos para
			// todas as pessoas candidatas em até 5 dias úteis" names who
			// hears back; a purpose takes a verb
			continue
		}
		if strings.HasPrefix(rest, p) && !callCues.contains(cue) {
			// "te escribo para ...", but "mañana te llamo para revisar
			// los detalles" is a call to come
			return true
		}
	}
	// r90: the German particle closing the telling right after the cue,
	// what is told next ("teilen wir Ihnen mit, dass Ihre Bewerbung nicht
	// berücksichtigt werden konnte"): no time stands between them
	if r, ok := strings.CutPrefix(rest, " mit"); ok && (r == "" || r[0] == ',' || r[0] == ':' || r[0] == '.' ||
		strings.HasPrefix(r, " dass ")) && !ruleOff("german-telling-now") {
		return true
	}
	// a colon that soon opens what is told, with no time before it: "te
	// cuento en qué vamos: ...", "te escribo con novedades: ..."
	if k := strings.IndexByte(rest, ':'); k >= 0 && k <= 30 && !timeAfter(rest[:k], 0) {
		return true
	}
	// the interview itself confirmed, its article or possessive first:
	// "te confirmo la entrevista el lunes 6 de septiembre", "le
	// confirmamos su entrevista para el martes" is this message confirming
	// it, not an answer to come ("te lo confirmo el martes")
	if strings.Contains(cue, "confirm") {
		if w := strings.Fields(rest); len(w) >= 2 && interviewNouns.contains(w[0]+" "+w[1]) {
			return true
		}
	}
	// an attachment within the object: "te envío el contrato adjunto"
	near := rest[:min(len(rest), 40)]
	for _, p := range [...]string{"adjunt", "ci-joint", "en pièce jointe", "in allegato", "allegat", "anbei", "im anhang",
		"in de bijlage", "bijgevoegd", "em anexo", "anexo", "attached"} {
		if strings.Contains(near, p) {
			return true
		}
	}
	return false
}

// laterFronted: a time to come opens the clause of a present cue
// ("mañana le confirmamos cómo quedó el tribunal", "demain je te dis
// comment ça s'est passé"), so what is told is told then, not by this
// message.
func laterFronted(head string) bool {
	if ruleOff("later-fronted") {
		return false
	}
	for _, w := range strings.Fields(head) {
		w = strings.Trim(w, ",.;:!¡¿?")
		switch w {
		case "mañana", "demain", "domani", "amanhã", "amanha", "morgen", "tomorrow":
			return true
		}
		if isWeekdayWord(w) {
			return true
		}
	}
	return false
}

// agentAfterBy: the "by" of a noun cue that names who decides or how,
// not when: "following a decision by our group management to postpone
// ...", "more information about the screening decision by contacting the
// HR advisor", "you can view the feedback by signing in". A time follows
// it as a noun ("by Friday", "by the end of the week", "by this
// evening"), never a gerund or a possessive.
func agentAfterBy(cue, rest string) bool {
	if !strings.HasSuffix(cue, " by") && !strings.HasSuffix(cue, " by ") || ruleOff("agent-after-by") {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 {
		return false
	}
	next := strings.Trim(w[0], ",.;:")
	switch next {
	case "our", "their", "his", "her", "its":
		return true
	case "morning", "evening":
		return false
	}
	return len(next) > 5 && strings.HasSuffix(next, "ing")
}

// dutyToTellNow: a verb of telling after a modal of duty or regret and
// before its "that" tells in this message: "purtroppo devo comunicarle
// che ...", "debo informarle que ...", "nous devons vous informer que
// ...", "tenho de lhe comunicar que ...": no answer to come.
func dutyToTellNow(head, rest string) bool {
	if ruleOff("duty-to-tell-now") {
		return false
	}
	thatNext := false
	for _, p := range [...]string{" che", " que", " dass", " dat", " that"} {
		if r, ok := strings.CutPrefix(rest, p); ok && (r == "" || r[0] == ' ' || r[0] == ',') {
			thatNext = true
			break
		}
	}
	if !thatNext {
		return false
	}
	head = " " + strings.TrimRight(head, " ")
	for _, c := range [...]string{" vous", " lhe", " te", " ihnen", " u", " je"} {
		head = strings.TrimSuffix(head, c) // the pronoun before the verb: "nous devons vous informer"
	}
	for _, a := range [...]string{" purtroppo", " lamentablemente", " infelizmente", " malheureusement", " leider", " helaas"} {
		head = strings.TrimSuffix(head, a)
	}
	for _, m := range [...]string{" devo", " dobbiamo", " debo", " debemos", " tengo que", " tenemos que", " dois", " devons",
		" tenho de", " temos de", " tenho que", " temos que", " lamento", " lamentamos", " lamentiamo", " regrettons de",
		" regrette de", " muss", " müssen", " moet", " moeten", " have to", " must", " regret to"} {
		if strings.HasSuffix(head, m) {
			return true
		}
	}
	return false
}

// indirectWhen: a cue right after "when" and its article is an indirect
// question, the time asked, not told: "knowing roughly when a decision is
// expected would help me plan", "not sure when you'll hear from them" —
// not the "when" of a day named before it ("the panel meets on Monday,
// when a decision is expected").
func indirectWhen(head string) bool {
	head = head[max(0, len(head)-14):]
	for _, p := range [...]string{" when", " when a", " when the", " when our", " when their", " wann", " wann die",
		" wann eine", " cuándo", " cuándo la", " cuándo una"} {
		if strings.HasSuffix(head, p+" ") {
			return !strings.HasSuffix(head, ","+p+" ") && !ruleOff("indirect-when")
		}
	}
	return false
}

// indirectWhether: a cue inside a "whether" clause is the thing asked
// about, not told: "I wanted to follow up to see whether there's any news
// on the timeline for a decision", "not sure whether you'll hear from them
// this week" (but "whether or not it's a yes, you'll hear from us by
// Friday" is past its comma).
func indirectWhether(s string, i int) bool {
	lo := clauseStart(s, i)
	if c := strings.LastIndexByte(s[lo:i], ','); c >= 0 {
		lo += c + 1
	}
	if ruleOff("indirect-whether") {
		return false
	}
	head := " " + s[lo:i]
	if strings.Contains(head, " whether ") {
		return true
	}
	// the "if" of a question reported, after a verb of wondering or
	// asking: "I wondered if there's any news on the timeline for a
	// decision" (not the "if" of a condition)
	for _, p := range [...]string{" wonder if ", " wondered if ", " wondering if ", " ask if ", " asked if ", " asking if ",
		" to see if ", " to check if "} {
		if strings.Contains(head, p) && !ruleOff("indirect-if") {
			return true
		}
	}
	return false
}

// frenchInfinitiveOf: a present-tense cue whose verb runs on into the
// infinitive is no present: "je me permets de vous contacter car ..." is
// this message, not "je vous contacte lundi".
func frenchInfinitiveOf(cue, rest string) bool {
	return presentSet[cue] && strings.HasSuffix(cue, "e") && strings.HasPrefix(rest, "r") &&
		(len(rest) == 1 || !wordByte(rest[1])) && !ruleOff("french-infinitive")
}

// nordicTopicNow: a Scandinavian present-tense cue followed by the topic
// of this message and no time is this message getting in touch: "Jag hör
// av mig angående tjänsten som ... eftersom min kollega är
// föräldraledig", not "vi hör av oss angående nästa steg inom en vecka".
func nordicTopicNow(cue, rest string) bool {
	if !nordicSet[cue] {
		return false
	}
	for _, p := range [...]string{" angående ", " gällande ", " vedrørende ", " vedrørande "} {
		if strings.HasPrefix(rest, p) && !timeAfter(rest, 0) {
			return true
		}
	}
	return false
}

// confirmsNow: "we confirm that ..." in the present, with no future
// before it, is this message confirming a fact ("we confirm that your
// application has been received and will be considered once the vacancy
// closes on Sunday"), not word promised for a day.
func confirmsNow(s string, i, n int) bool {
	return strings.HasPrefix(s[i+n:], "that ") && !futureBefore(s, i) && !ruleOff("confirms-now")
}

// confirmsClause: what "confirm" takes is a clause, which is news for
// the reader, after a time or not: "I'll confirm by end of next week
// whether you're through", "I'll confirm everything is wrapped up by
// Wednesday"; a thing confirmed ("I'll confirm the room", "confirm
// receipt") is a meeting's arranging or this message.
func confirmsClause(rest string) bool {
	if k := strings.IndexAny(rest, ".;:!?"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, " - "); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimPrefix(rest, "by ")
	if hs := scanDates(rest, time.Time{}.AddDate(2000, 0, 0), langEN); len(hs) > 0 && !hs[0].then {
		switch lead, tail := rest[:hs[0].start], strings.TrimLeft(rest[hs[0].end:], " ,"); {
		case (lead == "" || lead == "the " || lead == "on ") && (tail == "" || tail == "at the latest"):
			// nothing confirmed but the time: the answer itself is
			// ("they'll confirm by the end of the month at the latest")
			return !ruleOff("confirm-by-time")
		case lead == "":
			rest = tail
		}
	}
	for _, p := range [...]string{"whether ", "if ", "that "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// "I'll confirm the day and send the invite by Tuesday": the day of a
	// meeting, to come; not "the date of your interview on Monday", the
	// meeting's own day
	// (an adjective may stand before it: "I'll confirm the new start date
	// within two weeks", "the revised date")
	for _, adj := range [...]string{"new ", "revised ", "exact ", "updated ", "actual ", "firm "} {
		if strings.HasPrefix(rest, "the "+adj) || strings.HasPrefix(rest, "your "+adj) {
			rest = rest[:strings.IndexByte(rest, ' ')+1] + rest[strings.IndexByte(rest, ' ')+1+len(adj):]
			break
		}
	}
	for _, p := range [...]string{"the day ", "the date ", "your start date", "the start date", "a start date",
		// a place in what the reader is being selected for is the answer
		// itself: "I will confirm your seat (or tell you where things
		// stand) no later than next Friday"
		"your seat", "your place ", "your spot ",
		// a crew's hire is a booking: "once I've spoken to your referees
		// I'll confirm the booking by the end of the week"
		"the booking ", "your booking "} {
		if after, ok := strings.CutPrefix(rest, p); ok && !strings.HasPrefix(after, "of ") && !strings.HasPrefix(after, "for ") {
			return true
		}
	}
	// a clause without "that": a subject of a word or two and its verb
	w := strings.Fields(rest)
	for k := 1; k < len(w) && k <= 2; k++ {
		switch w[k] {
		case "is", "are", "has", "have", "was", "were", "will":
			return w[0] != "you" && w[0] != "your"
		}
	}
	return false
}

// readerWillHave finds the reader having something from the writer's
// side: "you'll have a note from me by Friday", "you'll have the formal
// written offer from our people team within two business days". What the
// reader will have is news only from someone: "you'll have a week to
// review and sign", "you'll have a chance to meet the team" are none. It
// reports the span from the verb to the source.
func readerWillHave(s string) (start, end int, ok bool) {
	for _, v := range [...]string{"you'll have ", "you will have ", "you should have "} {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		obj := s[i+len(v):]
		if k := strings.IndexAny(obj, ",.;:!?"); k >= 0 {
			obj = obj[:k]
		}
		obj = obj[:min(len(obj), 60)]
		for _, p := range [...]string{" from me", " from us", " from our ", " from my ", " from the team", " from the hiring"} {
			if k := strings.Index(obj, p); k >= 0 {
				return i, i + len(v) + k + len(p), true
			}
		}
	}
	return 0, 0, false
}

// sendVerbs are contact cues that promise only with what they send
// going to the reader (sendsToReader).
var sendVerbs = map[string]bool{"send ": true, "forward ": true, "share ": true, "email the ": true, "e-mail the ": true, "circulate ": true}

// sendsToReader: the few words after a verb of sending carry it to the
// reader ("... to you", "your way", "send over some notes") or name what
// the reader waits for ("the proper paperwork", "the written offer"),
// not a meeting's logistics ("send the invite", "send over a few times").
func sendsToReader(rest string) bool {
	obj := rest
	if k := strings.IndexAny(obj, ".;:!?"); k >= 0 {
		obj = obj[:k]
	}
	clause := obj[:min(len(obj), 100)]
	purpose := obj[:min(len(obj), 150)]
	obj = obj[:min(len(obj), 60)]
	for _, p := range [...]string{"invite", "invitation", "calendar", "link", "agenda",
		"reminder", "directions", "address", "questions", "details of the interview", "zoom", "teams"} {
		if k := strings.Index(obj, p); k >= 0 {
			// the invite sent by a day is the writer's next message
			// ("I'll confirm the day and send the invite by Tuesday"); for
			// a day, or with no day, what the meeting needs
			return (p == "invite" || p == "invitation") && sentOnDay(clause[k:])
		}
	}
	// (and the one time fixed, "I'll send the confirmed time and a list of
	// likely question areas by Friday")
	for _, p := range [...]string{"times", "slots", "availability", "options", "confirmed time", "final time", "exact time"} {
		if k := strings.Index(obj, p); k >= 0 {
			// times to choose from sent on a day are the writer's next
			// message ("I'll send over two or three confirmed slots by
			// Thursday"); without one, or for a day ("some times for
			// Thursday"), what the meeting needs
			return sentOnDay(clause[k:])
		}
	}
	for _, p := range [...]string{"him ", "her ", "them ", "it to ", "those to ", "these to "} {
		if strings.HasPrefix(obj, p) {
			return false // "send him the rejection today"
		}
	}
	if strings.Contains(obj, " to you") || strings.Contains(obj, " your way") || strings.HasPrefix(obj, "you ") {
		return true
	}
	if (strings.Contains(" "+purpose, " so you can ") || readerHasPurpose.contains(" "+purpose)) && !ruleOff("send-so-you-can") {
		// a purpose clause that has the reader use what is sent: "I'll
		// send the appointment form and the checklist tomorrow so you can
		// look them over"
		return true
	}
	if sendsElsewhere("send ", rest) {
		return false
	}
	obj = obj[:min(len(obj), 40)]
	return awaitedNouns.contains(obj) || sentThings.contains(obj)
}

// readerHasPurpose: a purpose clause whose subject is the reader having
// what is sent: "I'll send over the teaser and an NDA tomorrow so you
// have context before we talk".
var readerHasPurpose = cues(" so you have ", " so that you have ", " so you've got ", " so that you can ")

// sentOnDay: the rest of a clause says by when something is sent, "by
// Thursday", not the day it is for ("for Thursday", "on Tuesday or
// Wednesday").
func sentOnDay(rest string) bool {
	for _, h := range scanDates(rest, time.Time{}.AddDate(2000, 0, 0), langEN) {
		head := strings.TrimRight(rest[:h.start], " ")
		if !h.then && weekPart(h) && !strings.HasSuffix(head, " for") && !strings.HasSuffix(head, " during") &&
			!ruleOff("sent-in-week") {
			// a part of a week is no slot a meeting is set for, so with
			// no "for" it is when the sending comes: "I'll send calendar
			// invitations early next week"
			return true
		}
		if h.then || !explicitDay(h) && !strings.HasPrefix(h.rule, "end of") {
			continue
		}
		// only a deadline the writer sets itself: "later today" and "on
		// Monday" stay the meeting's arranging ("I'll send over a couple of
		// new times later today")
		if strings.HasSuffix(head, " by") {
			return true
		}
		// "tomorrow" is a day no slot is offered for unless "for" says so:
		// "I'll send an invite tomorrow once I've checked her calendar"
		if h.rule == "tomorrow" && !strings.HasSuffix(head, " for") && !strings.HasSuffix(head, " on") && !ruleOff("sent-tomorrow") {
			return true
		}
		// so is a weekday named from today with no preposition: "I'll send
		// the calendar invites next Monday", not "for next Monday"
		if h.rule == "weekday" && (strings.HasSuffix(head, " next") || strings.HasSuffix(head, " this")) {
			if obj := head[:strings.LastIndexByte(head, ' ')]; !strings.HasSuffix(obj, " for") && !strings.HasSuffix(obj, " on") &&
				!strings.HasSuffix(obj, " during") {
				return true
			}
		}
	}
	return sentSometime(rest)
}

// weekPart: a hit that is a week or a part of one ("next week", "early
// next week", "the end of this week"), not a day.
func weekPart(h dateHit) bool {
	return !explicitDay(h) && (strings.HasSuffix(h.rule, "this week") || strings.HasSuffix(h.rule, "next week") ||
		strings.HasSuffix(h.rule, "the week") || strings.HasSuffix(h.rule, "week after next"))
}

// sentSometime: "sometime" before a day or a week puts the sending then,
// the day is no slot's: "our coordinator will share some interview slots
// sometime next week".
func sentSometime(rest string) bool {
	if ruleOff("sent-sometime") {
		return false
	}
	for _, h := range scanDates(rest, time.Time{}.AddDate(2000, 0, 0), langEN) {
		head := strings.TrimRight(rest[:h.start], " ")
		if !h.then && (strings.HasSuffix(head, " sometime") || strings.HasSuffix(head, " some time")) {
			return true
		}
	}
	return false
}

// farFromVerb: the date after a present-tense verb of sending at
// s[:end] is not when it is sent: it is past the verb's clause, or it
// belongs to a noun ("le planning de l'entretien du mardi 12", a
// meeting's day), unless it
// follows its object closely ("te envío la carta oferta formal el lunes").
// A span counted from now in the verb's clause belongs to no noun however
// long the object: "enviamos-te a proposta formal e a minuta do contrato
// em 3 dias úteis".
func farFromVerb(s string, end int, h dateHit) bool {
	at := h.start
	between := s[end:at]
	if at-end <= 14 || strings.HasPrefix(h.rule, "within ") && !strings.ContainsAny(between, ",;:.") && at-end <= 80 {
		return false
	}
	if !strings.ContainsAny(between, ",;:.") && at-end <= 80 && deadlineRightBefore(between) && !ruleOff("far-deadline") {
		// a deadline's preposition makes the day the sending's, however
		// long the object before it: "je t'envoie le contrat signé et la
		// fiche de poste complète d'ici mardi" (no noun's day is "by")
		return false
	}
	if at-end > 40 || strings.ContainsAny(between, ",;:.") || interviewNouns.contains(between) {
		// "ich schicke Ihnen die Unterlagen zu unserem Gespräch am
		// Dienstag": the day is the meeting's
		return true
	}
	for _, p := range [...]string{" du ", " de ", " del ", " della ", " di ", " do ", " da ", " of ", " vom ", " van ", " des "} {
		if strings.HasSuffix(between, p) || strings.HasSuffix(between, p[:len(p)-1]) {
			return true
		}
	}
	return false
}

// deadlineRightBefore: the words before a day end in a preposition of a
// deadline ("by", "d'ici", "bis", "hasta el", "entro il"), perhaps with
// its article.
func deadlineRightBefore(head string) bool {
	head = " " + strings.TrimRight(head, " ")
	for _, p := range [...]string{" by", " by the", " no later than", " d'ici", " d'ici le", " d'ici la", " au plus tard",
		" au plus tard le", " bis", " bis zum", " bis zur", " bis am", " spätestens", " hasta", " hasta el", " a más tardar",
		" a más tardar el", " entro", " entro il", " entro la", " uiterlijk", " uiterlijk op", " até", " até o", " até a",
		" até ao", " até à"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// leadsInto reports the text between a date's end and a cue's start as
// at most a word: "el lunes te enviamos", "morgen schicke ich Ihnen".
func leadsInto(text string, dateEnd, cueStart int) bool {
	if dateEnd > cueStart {
		return false
	}
	return len(strings.Fields(text[dateEnd:cueStart])) <= 1
}

// sendsElsewhere: what a verb of sending sends goes to someone else
// ("send the offer to the successful candidate", "forward your CV to the
// hiring manager"), within its clause.
func sendsElsewhere(cue, rest string) bool {
	if strings.HasPrefix(cue, "pass") {
		// "I'll pass them on to Sanne today": to someone else, not "pass
		// it on to you"
		r := strings.TrimSpace(rest)
		return strings.HasPrefix(r, "to ") && !strings.HasPrefix(r, "to you")
	}
	switch cue {
	case "be sharing":
		// the progressive shares as the simple verb: "I'll be sharing
		// them with the partners this week"
		cue = "share "
	case "be sending":
		cue = "send "
	}
	if dutchSending(cue) {
		// r80: sent on to someone else, "je" the reader's possessive:
		// "stuur ik je cv vandaag nog door naar de hiring manager"
		obj := rest
		if k := strings.IndexAny(obj, ".;:!?,"); k >= 0 {
			obj = obj[:k]
		}
		obj = " " + obj[:min(len(obj), 60)] + " "
		k := strings.Index(obj, " naar ")
		return k >= 0 && !strings.HasPrefix(obj[k+6:], "je ") && !strings.HasPrefix(obj[k+6:], "jou ") &&
			!strings.HasPrefix(obj[k+6:], "u ") && !strings.HasPrefix(obj[k+6:], "jullie ")
	}
	if !strings.HasPrefix(cue, "send") && !strings.HasPrefix(cue, "forward") && cue != "share " {
		return false
	}
	obj := rest
	if k := strings.IndexAny(obj, ".;:!?,"); k >= 0 {
		obj = obj[:k]
	}
	obj = obj[:min(len(obj), 60)]
	if cue == "share " {
		// shared with someone else: "we'll share your profile with the
		// client this week"
		k := strings.Index(obj, " with ")
		return k >= 0 && !strings.HasPrefix(obj[k+6:], "you")
	}
	for _, p := range [...]string{" to the ", " to a ", " to an ", " to our ", " to his ", " to her ", " to their ",
		" to my ", " to him", " to them", " to hr", " to your references", " to your referees"} {
		if strings.Contains(" "+obj, p) {
			return true
		}
	}
	return false
}

// dutchSending: a Dutch cue of sending or mailing in the present.
func dutchSending(cue string) bool {
	for _, w := range strings.Fields(cue) {
		switch w {
		case "stuur", "stuurt", "sturen", "mail", "mailt", "mailen":
			return true
		}
	}
	return false
}

// sentThings are what a promise sends the reader besides an answer: "I'll
// send over some notes on the firm early next week", "I'll send the case
// materials through shortly".
var sentThings = cues("notes", "comments", "materials", "formal", "proper", "draft", "terms", "agreement", "packet",
	// r52: what a case interview or a presentation is prepared from, "I'll
	// send over the case pack on Friday", "I'll email the topic on Monday"
	" pack ", "case study", "topic",
	// r86: and its prompt or assignment, "we'll share the prompt for the
	// case presentation on Monday"
	"prompt", "assignment", "take-home", "exercise",
	"description", "job spec", "brief", "jd",
	// r49: the spec alone, "I'll send the full spec over as soon as it's
	// signed off" (not "specific")
	"spec ", "spec,", "specs", "specification")

// datedOnly cues promise only with a date: "the selecting official will
// contact candidates, likely within the next two weeks" does, "the
// recruiting team, who will contact candidates directly" describes how
// hiring goes.
var datedOnly = map[string]bool{"contact candidates": true, "contact applicants": true, "contact the candidates": true,
	"contact the applicants": true}

// phoneCue: a call to the reader's phone named as its object ("I'll
// ring your mobile"), how a call is made. It promises with a day of its
// own after it ("I'll try your mobile on Thursday afternoon"); with none,
// or with the time agreed before it ("10am tomorrow works - I'll call
// your mobile"), it is the meeting itself.
func phoneCue(cue string) bool {
	return strings.HasSuffix(cue, " your mobile") || strings.HasSuffix(cue, " your phone") || strings.HasSuffix(cue, " your cell") ||
		strings.HasSuffix(cue, " your number")
}

// infinitiveMarked: a verb of intent before the infinitive cue at i, in
// its clause; German puts the infinitive last, after the time ("werden
// uns innerhalb der nächsten fünf Arbeitstage bei Ihnen melden"), so the
// marker may stand a clause's length before it.
func infinitiveMarked(s string, i int) bool {
	if strings.HasPrefix(s[i:], "geben zu") {
		// the German infinitive with "zu" stands in a clause of its own
		// after the marker's: "wir gehen davon aus, Ihnen bis Ende
		// nächster Woche eine Rückmeldung geben zu können"
		return intentMarkers.contains(s[max(0, i-120):i])
	}
	if c := germanInfinitiveLen(s[i:]); c > 0 && strings.HasPrefix(s[i+c:], " wird") && !wordByteAt(s, i+c+5) &&
		!ruleOff("german-verb-last-wird") {
		// the subordinate clause puts the future's "wird" after its
		// infinitive: "hat mich gebeten, Ihnen auszurichten, dass sie sich
		// innerhalb von zehn Arbeitstagen bei Ihnen melden wird"; the third
		// person singular is never the reader's "Sie"
		return true
	}
	if germanInfinitive(s[i:]) {
		// German coordinates a future's infinitives after one "werden",
		// each last in its part: "wir werden alle Bewerbungen danach
		// sichten und uns bis spätestens 29. Jänner bei Ihnen melden"
		return intentMarkers.contains(s[max(0, i-160) : i+1])
	}
	// the byte at i may be the space a cue starts with (" dar "), which
	// ends the marker before it ("devo ter")
	return intentMarkers.contains(s[max(0, min(i-40, max(clauseStart(s, i), i-90))):min(len(s), i+1)])
}

// germanInfinitive reports a German infinitive cue at the start of s.
func germanInfinitive(s string) bool {
	return germanInfinitiveLen(s) > 0
}

// germanInfinitiveLen is the length of the German infinitive cue at the
// start of s, 0 for none.
func germanInfinitiveLen(s string) int {
	for _, c := range [...]string{"bei ihnen melden", "bei dir melden", "uns melden", "mich melden", "sie kontaktieren",
		"sie informieren", "sie benachrichtigen", "ihnen mitteilen"} {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

// wordByteAt: the byte at i of s is inside a word.
func wordByteAt(s string, i int) bool {
	return i < len(s) && wordByte(s[i])
}

// awaitedNear: an awaited thing near a generic cue, or anywhere in the
// subject of its clause, however long the noun phrase: "the full written
// statement of employment particulars will follow within the next week".
func awaitedNear(s string, i, n int) bool {
	lo := max(0, i-35)
	if c := strings.LastIndexAny(s[:i], ",;:") + 1; c < lo {
		lo = max(c, i-70)
	}
	return awaitedIn(s[lo:min(len(s), i+n+40)]) || awaitedNouns.contains(subjectBeforeAside(s[:i]))
}

// awaitedIn: an awaited thing in w that is not the name of a meeting
// ("you'll receive a full feedback session with Eoin regardless of the
// outcome" is a meeting to book, no news).
// invitationByDay: what the reader is to receive is an invitation sent
// by a day, the writer's next message, as sendsToReader reads it after
// "send": "you'll receive a separate Teams invitation by end of day
// tomorrow".
func invitationByDay(rest string) bool {
	if k := strings.IndexAny(rest, ".;:!?"); k >= 0 {
		rest = rest[:k]
	}
	k := strings.Index(rest[:min(len(rest), 60)], "invit")
	return k >= 0 && sentOnDay(rest[k:])
}

func awaitedIn(w string) bool {
	if !awaitedNouns.contains(w) {
		return false
	}
	if (strings.Contains(w, " session") || strings.Contains(w, " meeting") || strings.Contains(w, " workshop")) &&
		!ruleOff("meeting-named") {
		return awaitedNouns.contains(meetingNames.Replace(w))
	}
	return true
}

// meetingNames are meetings named by what is given in them.
var meetingNames = strings.NewReplacer("feedback session", "", "feedback meeting", "", "feedback workshop", "",
	"debrief session", "", "offer meeting", "", "results session", "", "update meeting", "")

// subjectBeforeAside: a subject whose head noun an aside of what comes
// with it follows, set off by commas right before the verb ("our contract
// for services, plus the client's NDA and code of conduct for signature,
// will follow by Wednesday"): the noun before the aside.
func subjectBeforeAside(head string) string {
	h := strings.TrimRight(head, " ")
	if !strings.HasSuffix(h, ",") || ruleOff("subject-before-aside") {
		return ""
	}
	h = h[:len(h)-1]
	c := strings.LastIndexAny(h, ",;:")
	if c < 0 {
		return ""
	}
	aside := strings.TrimLeft(h[c+1:], " ")
	for _, p := range [...]string{"plus ", "along with ", "together with ", "as well as ", "and ", "with "} {
		if strings.HasPrefix(aside, p) {
			return h[strings.LastIndexAny(h[:c], ",;:.")+1 : c]
		}
	}
	return ""
}

func passiveForReader(s string, i, n int) bool {
	rest := s[i+n:]
	if r, ok := coordinatedParticiple(rest); ok {
		// "ranking letters will be mailed and e-mailed to every
		// applicant": the second participle shares the first's "be"
		rest = r
	}
	if favourGiven(s[max(0, i-30):i]) || wayGiven(s[max(0, i-30):i]) {
		return false
	}
	if r, ok := strings.CutPrefix(rest, " to "); ok && toCandidates(r) {
		// "a final decision will be communicated to all interviewed
		// candidates by the end of next week": the reader among them
		return true
	}
	if awaitedObject(rest) && !ruleOff("dative-passive") {
		// the passive whose subject receives: "all candidates who were
		// interviewed will be communicated the outcome", "you will be
		// sent the contract"
		return true
	}
	for _, p := range [...]string{" to you", " with you", " out", " by ", " within", " on ", " next", " shortly",
		" tomorrow", " in the", " in ", " early", " before", " no later", " at the end", " this week", " soon",
		" as soon", " once", " after",
		// not before a time, after a "won't": "realistically a decision
		// won't be communicated until the end of the month"
		" until "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// awaitedObject: rest opens with an awaited thing as an object, after
// its article if it has one ("the outcome", "a decision", "feedback").
func awaitedObject(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, a := range [...]string{"the ", "a ", "an ", "your ", "our ", "their "} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			rest = r
			break
		}
	}
	for _, w := range [...]string{"final ", "formal ", "written "} {
		rest = strings.TrimPrefix(rest, w)
	}
	return awaitedNouns.index(rest[:min(len(rest), 20)]) == 0
}

// favourGiven: the subject of a passive cue is a favour, not an answer:
// "preference will be given to applicants from the local area",
// "priority will be given to internal applicants".
func favourGiven(head string) bool {
	if ruleOff("favour-given") {
		return false
	}
	for _, w := range [...]string{"preference ", "priority ", "consideration ", "precedence ", "weight ", "weighting "} {
		if strings.Contains(head, w+"will ") || strings.Contains(head, w+"shall ") || strings.Contains(head, w+"may ") {
			return true
		}
	}
	return false
}

// wayGiven: the subject of a passive cue is the way to a meeting's place,
// its logistics rather than word on the application: "the exact address
// and gate instructions will be given to you by phone".
func wayGiven(head string) bool {
	if ruleOff("way-given") {
		return false
	}
	for _, w := range [...]string{"address ", "directions ", "instructions ", "parking "} {
		if strings.Contains(head, w+"will ") || strings.Contains(head, w+"shall ") {
			return true
		}
	}
	return false
}

// otherParty: the cue at s[i:i+n] is about someone else — "contact your
// references", "update your profile", "be in touch with Sarah to set up
// the next round".
func otherParty(s string, i, n int) bool {
	rest := s[i+n:]
	if strings.HasSuffix(s[i:i+n], "you") && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
		// "contact your references", "send your CV to the client"; but
		// what is sent or emailed to "you" is the reader's: "payroll will
		// email your login within a week", "I'll send your onboarding
		// packet through our HR portal by May 12"
		c := s[i : i+n]
		if strings.HasSuffix(c, " with you") && withYourThing(rest) {
			return false
		}
		return !(strings.HasSuffix(c, "send you") || strings.HasSuffix(c, "email you") || strings.HasSuffix(c, "e-mail you")) ||
			strings.Contains(rest[:min(len(rest), 50)], " to ")
	}
	if c := s[i : i+n]; (c == "reach out" || c == "reach back" || c == "get back" || c == "circle back" || c == "loop back") &&
		strings.HasPrefix(rest, " to ") && !toCandidates(rest[4:]) {
		return true // "I'll reach out to both today", "circle back to the hiring manager"
	}
	if toldAboutReader(s, i, n) {
		return true // "the hiring team will be notified when your report is ready"
	}
	if c := s[i : i+n]; c == "be in touch" || c == "get in touch" || c == "be in contact" || c == "be back in touch" ||
		c == "follow up" || c == "touch base" || c == "reconnect" || c == "circle back" || c == "loop back" {
		if w, ok := strings.CutPrefix(rest, " with "); ok {
			for _, p := range [...]string{"you", "next", "an ", "a ", "the outcome", "the decision", "news", "feedback",
				"more", "details", "further", "our decision", "a decision", "an update", "the results", "some", "any",
				"all", "every", "candidates", "applicants", "the shortlisted", "each"} {
				if strings.HasPrefix(w, p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// toldAboutReader: a passive of telling ("be notified", "be informed")
// whose subject is not the reader, in a clause that speaks of the
// reader's thing ("your report", "your references"): someone else is
// told about the reader, as a screening firm tells the employer; the
// reader is told with "you" or among the candidates.
func toldAboutReader(s string, i, n int) bool {
	if !toldPassives[s[i:i+n]] || ruleOff("told-about-reader") {
		return false
	}
	head := s[max(0, i-60):i]
	subj, ok := strings.CutSuffix(head, " will ")
	if !ok {
		subj, ok = strings.CutSuffix(head, " shall ")
	}
	if !ok {
		return false
	}
	if k := strings.LastIndexAny(subj, ",;:("); k >= 0 {
		subj = subj[k+1:]
	}
	for _, c := range [...]string{" and ", " but ", " so ", " then "} {
		if k := strings.LastIndex(subj, c); k >= 0 {
			subj = subj[k+len(c):]
		}
	}
	subj = " " + strings.TrimSpace(subj) + " "
	if strings.TrimSpace(subj) == "" || toldReaders.contains(subj) {
		return false
	}
	rest := s[i+n : min(len(s), i+n+40)]
	if k := strings.IndexAny(rest, ",;.!?"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(subj, " your ") || strings.Contains(rest+" ", " your ")
}

// toldPassives are the passives whose subject is the one told.
var toldPassives = map[string]bool{"be notified": true, "be informed": true, "be advised": true}

// toldReaders are the reader, or the candidates among whom the reader
// is, as a subject.
var toldReaders = cues(" you ", " you'", "candidate", "applicant", " all ", " everyone ", " everybody ", " those ",
	" each ", " shortlist", " successful ", " unsuccessful ", " finalist", " we ", " i ", " participant", " graduate")

// withYourThing: after a cue that ends in "with you", "r" and a thing
// the reader is sent, not a person ("I'll follow up with your start date
// details next Monday"): "with" brings the content of the contact, which
// is with the reader (but "follow up with your references" is with them).
func withYourThing(rest string) bool {
	obj, ok := strings.CutPrefix(rest, "r ")
	if !ok || ruleOff("with-your-thing") {
		return false
	}
	if k := strings.IndexAny(obj, ",;:.!?"); k >= 0 {
		obj = obj[:k]
	}
	obj = obj[:min(len(obj), 30)]
	return awaitedNouns.contains(obj) || sentThings.contains(obj) || contentNouns.contains(obj)
}

// contentNouns are what a contact brings the reader, beside the answer
// (awaitedNouns) and papers (sentThings).
var contentNouns = cues("details", "start date", "schedule", "documents", "onboarding", "login", "log-in")

// directFromOther: contact that comes "directly" from someone who is not
// the writer — no "we" or "I" in the cue or its clause — in mail that
// names the employer as a party of its own is a relay's word on how the
// employer reaches the reader: a job board's "we've sent your CV to the
// employer ... the employer will contact you directly", "die neemt
// rechtstreeks contact met je op". No promise of the writer's side (but
// "Priya will reach out to you directly", a colleague brought in, is).
func directFromOther(s string, start, end int, lg lang, body string) bool {
	if !employerWords.contains(body) {
		return false
	}
	lo := max(clauseStart(s, start), start-60)
	if c := strings.LastIndexAny(s[lo:start], ",;"); c >= 0 {
		lo += c + 1
	}
	span := " " + s[lo:min(len(s), end+25)] + " "
	if !directWords.contains(span) || ruleOff("direct-from-other") {
		return false
	}
	if firstPersons.contains(span) {
		return false
	}
	return lg != langFR || !strings.Contains(span, " je ") && !strings.Contains(span, " j'") && !strings.Contains(span, " on ")
}

// directWords say "directly", not "at once" (German and Scandinavian
// "direkt" say both).
var directWords = cues(" directly", " rechtstreeks", " directement", " directamente", " direttamente", " diretamente")

// employerWords name the employer as a party apart from the writer.
var employerWords = cues("the employer", "werkgever", "l'employeur", "el empleador", "la empresa empleadora",
	"o empregador", "il datore di lavoro", "der arbeitgeber", "den arbeitgeber", "dem arbeitgeber")

// firstPersons are the writer's side as a subject or inside a cue, in
// each language (French "je" and "on" apart: the Dutch "you" and the
// English "on").
var firstPersons = cues(" we ", " we'", " i ", " i'", " us ", " our ", " wij ", " ik ", " ons ", " onze ", " nous ",
	" wir ", " ich ", " uns ", " unser", " nosotros ", " nos ", " noi ", " ci ", " nós ", " vamos ", " vou ")

// toCandidates: what follows "reach out to" is the reader or all the
// candidates, not someone else.
func toCandidates(w string) bool {
	for _, p := range [...]string{"you", "all", "every", "candidates", "applicants", "the candidates", "the applicants",
		"each", "the shortlisted", "those", "everyone"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cueLen is the length of the longest phrase of c at the start of s.
func cueLen(c *cueSet, s string) int {
	n := 0
	for _, p := range c.phrases {
		if len(p) > n && strings.HasPrefix(s, p) {
			n = len(p)
		}
	}
	return n
}

// clauseStart is where the clause holding position i begins: after the
// last ";", ":" or sentence mark before it (commas do not end clauses:
// "we'll review it, and get back to you").
func clauseStart(s string, i int) int {
	if j := strings.LastIndexAny(s[:i], ";:"); j >= 0 {
		return j + 1
	}
	return 0
}

// futureBefore: a future marker in the 80 bytes before the cue, in its
// clause, with no negation between them.
func futureBefore(s string, i int) bool {
	lo := max(clauseStart(s, i), i-80)
	head := " " + s[lo:i] + " "
	m := futureMarkers.index(head)
	if m < 0 {
		return expectsOfOther(head)
	}
	// The last marker counts: "we'll review it and will get back".
	for {
		n := futureMarkers.index(head[m+1:])
		if n < 0 {
			break
		}
		m += 1 + n
	}
	if pastIntent(head) {
		return false // "I'd been hoping to call you with an offer this week"
	}
	if timeClauseBetween(head[m+1:]) {
		// "outstanding letters will be attached to your file as soon as
		// they arrive": the cue is the verb of a clause of time, the
		// future is another verb's
		return false
	}
	between := head[max(0, m-6):] + " " // "may not be able to respond"
	if mayBetween.contains(between[min(len(between), 6):]) {
		// "will review your profile and may reach out by phone": the
		// contact only possible
		return false
	}
	if negations.contains(between) && !strings.Contains(between, "ne manquer") &&
		!strings.Contains(s[i:min(len(s), i+60)], " until ") {
		return false // but "we won't have an update until Tuesday" promises Tuesday
	}
	return !requestBefore(s, i)
}

// timeClauseBetween: a conjunction of time opens a clause between a
// future marker and the cue, with no comma after it that would close it.
func timeClauseBetween(between string) bool {
	if ruleOff("time-clause-between") {
		return false
	}
	for _, c := range [...]string{" as soon as ", " once ", " when ", " until ", " till "} {
		if k := strings.LastIndex(between, c); k >= 0 && !strings.ContainsAny(between[k:], ",;") {
			return !closedByBareVerb(between[k+len(c):])
		}
	}
	return false
}

// closedByBareVerb: a clause of time whose subject is "he", "she" or "it"
// ends at an "and" right before the cue, as the cue's bare verb cannot be
// that subject's ("she gives", not "she give"): "I'll talk to her when
// she's back on Monday and give you a call that afternoon" coordinates
// the call with the future. So does one whose subject is how things
// stand ("once things calm down a bit and get back to you"): no one who
// could make the contact.
func closedByBareVerb(clause string) bool {
	if !strings.HasSuffix(strings.TrimRight(clause, " "), " and") || ruleOff("closed-by-bare-verb") {
		return false
	}
	for _, p := range [...]string{"he ", "she ", "it ", "he's ", "she's ", "it's ", "things ", "everything ",
		"the dust "} {
		if strings.HasPrefix(clause, p) {
			return true
		}
	}
	return false
}

// expectsOfOther: the reader is told to expect someone else's contact,
// the verb of expecting, its object and "to" right before the cue: "you
// can expect the dispatcher to call you in the next week or two",
// "expect a member of the team to reach out". The future is in the
// expectation.
func expectsOfOther(head string) bool {
	k := strings.LastIndex(head, " expect ")
	if k < 0 || ruleOff("expects-of-other") {
		return false
	}
	object, ok := strings.CutSuffix(head[k+len(" expect "):], " to ")
	if !ok || object == "" || strings.Count(object, " ") > 4 || strings.ContainsAny(object, ",.;") {
		return false
	}
	for _, w := range [...]string{" you can", " you should", " you may", " you will", " you'll"} {
		if strings.HasSuffix(head[:k], w) {
			return true
		}
	}
	return false
}

// ownClause is the part of head after its last conjunction: "ich stimme
// gerade die Kalender ab und melde mich bis Freitag" promises more than a
// calendar; "the DBS certificate will be sent to your home address" does
// not.
func ownClause(head string) string {
	k := -1
	for _, c := range [...]string{" and ", " und ", " et ", " y ", " e ", " en ", ", "} {
		if j := strings.LastIndex(head, c); j > k {
			k = j
		}
	}
	if k < 0 {
		return head
	}
	return head[k:]
}

// germanNow: "ich melde mich heute bei Ihnen - leider nicht mit der
// Nachricht, ...", "ich melde mich mit einer vertraulichen Anfrage": this
// message is the contact.
func germanNow(cue, rest string) bool {
	if !strings.Contains(cue, "melde") {
		return false
	}
	for _, p := range [...]string{" heute", " bei ihnen heute", " bei dir heute", " hiermit", " heute bei"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// the reason for writing, which only this message has: "ich melde
	// mich aus einem konkreten Grund: ...", "ich melde mich bei dir, weil
	// ..."
	r := strings.TrimPrefix(strings.TrimPrefix(rest, " bei ihnen"), " bei dir")
	if strings.HasPrefix(r, " aus ") && strings.Contains(r[:min(len(r), 30)], " grund") ||
		strings.HasPrefix(r, ", weil ") || strings.HasPrefix(r, " weil ") {
		return !ruleOff("german-reason-now")
	}
	return strings.Contains(rest[:min(len(rest), 45)], "anfrage")
}

// promisedThat: the cue's clause is what a promise made before said,
// its "that" set off by a comma as German writes it, and this message
// keeps it: "ich hab's Ihnen ja versprochen, dass Sie diese Woche von mir
// hören", "je vous avais promis que vous auriez une réponse" (but not
// "ich verspreche Ihnen, dass ...", a promise now).
func promisedThat(head string) bool {
	for _, p := range [...]string{"versprochen, dass", "versprochen dass", "promis que", "prometí que", "prometido que",
		"promised you that", "promised that"} {
		if strings.Contains(head, p) {
			return !ruleOff("promised-that")
		}
	}
	return false
}

// clauseReach is where the window after a cue at end stops: 60 bytes on,
// or the end of its clause when a long object fills them ("te enviaremos
// el contrato y la documentación de incorporación en los próximos días"),
// up to 120.
func clauseReach(s string, end int) int {
	hi := min(len(s), end+60)
	if ruleOff("clause-reach") {
		return hi
	}
	if strings.ContainsAny(s[end:hi], ",;:") {
		return hi
	}
	far := min(len(s), end+120)
	if k := strings.IndexAny(s[hi:far], ",;:"); k >= 0 {
		return hi + k
	}
	return far
}

// asPromisedBefore: the clause before a present cue says it keeps an
// earlier promise ("as promised", "como te prometimos", "comme promis",
// "wie versprochen", "come promesso", "zoals beloofd", "como prometido").
func asPromisedBefore(head string) bool {
	if ruleOff("as-promised") {
		return false
	}
	head = strings.TrimRight(head, " ,")
	for _, p := range [...]string{"as promised", "como te prometimos", "como le prometimos", "como te prometí",
		"como le prometí", "como prometimos", "como prometido", "comme promis", "comme convenu", "wie versprochen",
		"come promesso", "zoals beloofd"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// pastIntent: the intent before the cue is one that has passed: "I'd
// been hoping to call you with an offer this week", "we had planned to
// get back to you on Friday".
func pastIntent(head string) bool {
	for _, p := range [...]string{"'d been hoping", "had been hoping", "had hoped", "'d hoped", "had planned",
		"'d planned", "had intended", "'d intended", "was going to", "were going to", "was hoping to", "were hoping to",
		"had expected", "'d expected to", "said i'd", "said i would", "said we'd", "said we would",
		// the same told to the reader, and kept by this message: "I told
		// you I'd have an answer by the 12th, so I wanted to get this to
		// you before then"
		"told you i'd", "told you i would", "told you we'd", "told you we would", "mentioned i'd", "mentioned we'd",
		// a promise named as made before, kept by this message: "I
		// promised you an answer by Friday and I wanted to keep that
		// promise", "ik had je beloofd te bellen"; a call meant and not
		// made: "ik wilde je bellen",
		// "ich wollte Sie anrufen", "je voulais vous appeler"
		"promised you", "i promised", "we promised", "wanted to call", "wilde je", "wilde u", "wollte sie",
		"had je beloofd", "had u beloofd", "hatte ihnen versprochen", "hatte dir versprochen", "vous avais promis",
		"te había prometido", "le había prometido",
		"wollte dich", "je voulais vous", "je voulais te", "quería llamar", "queria ligar", "volevo chiamar",
		// "Jag ville höra av mig själv och inte bara via systemet": this
		// message, as it wanted to be
		"jag ville", "jeg ville", "vi ville", "eg ville"} {
		if strings.Contains(head, p) {
			return true
		}
	}
	return false
}

// pluperfectPromised: a promise named as made before in the Dutch or
// German pluperfect, its time between the auxiliary and the participle,
// kept by this message: "ik had je na het tweede gesprek beloofd je
// vandaag te laten weten hoe het ervoor staat".
func pluperfectPromised(head string) bool {
	for _, p := range [...][2]string{{" had ", " beloofd"}, {" hadden ", " beloofd"}, {" hatte ", " versprochen"}, {" hatten ", " versprochen"}} {
		if k := strings.LastIndex(head, p[1]); k > 0 && strings.Contains(" "+head[:k], p[0]) && !ruleOff("pluperfect-promised") {
			return true
		}
	}
	return false
}

func negatedBefore(s string, i int) bool {
	lo := max(0, i-14)
	for lo > 0 && lo < i && wordByte(s[lo-1]) && wordByte(s[lo]) && !ruleOff("negation-whole-word") {
		// the window's edge inside a word makes no word of its tail: the
		// "ne" of "online assessment will issue" is no French negation
		lo++
	}
	head := " " + s[lo:i]
	return negations.contains(head) && !strings.Contains(s[max(0, i-30):i], "ne manquer")
}

// requestBefore: a request word in the 30 bytes before the cue ("please
// let us know", "feel free to reach out", "n'hésitez pas à revenir vers
// nous").
func requestBefore(s string, i int) bool {
	lo := max(clauseStart(s, i), i-30)
	head := s[lo:i]
	if strings.HasPrefix(s[i:], "expect") && (strings.HasSuffix(head, "you can ") || strings.HasSuffix(head, "you may ")) ||
		strings.HasPrefix(s[i:], "can count on") && strings.HasSuffix(head, "you ") {
		// "you can expect to receive the results within 3 to 4 weeks",
		// "you can count on an answer from us by Friday" tell the reader
		// what comes, they ask nothing
		return false
	}
	if (strings.HasSuffix(head, "gerne ") || strings.HasSuffix(head, "gern ")) && firstPersonInverted(s[i:]) && timeAfter(s, i) {
		// "gerne geben wir Ihnen bis Ende April Bescheid": the German
		// courtesy before the writer's own promise with its day, not an
		// offer to the reader ("gerne gebe ich Ihnen Feedback")
		return false
	}
	// a polite note may end in the cue's own verb: "bitte rechnen Sie ...
	// mit einer Rückmeldung"
	// (a whole word: Danish "ansøgningerne" is no "gerne")
	k := notPromise.wordIndex(head)
	if k >= 0 && afterReadersReply(head[k:]) {
		return false
	}
	return k >= 0 && !politeNotes.contains(s[max(0, i-40):min(len(s), i+8)])
}

// nounCueAt is the length of the noun cue s opens with ("answer by"), or 0.
func nounCueAt(s string) int {
	for c := range nounCues {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

// answerWanted: the noun cue's answer is the object of the writer's
// wish or need, so it is the reader's to give: "we'd be grateful for an
// answer by Friday 6 August", "I'd appreciate a decision by Monday", "we
// need a response by the 12th". The writer's own answer is promised, not
// wished for.
func answerWanted(head string) bool {
	if ruleOff("answer-wanted") {
		return false
	}
	for _, a := range [...]string{"a ", "an ", "your "} {
		if !strings.HasSuffix(head, " "+a) {
			continue
		}
		h := strings.TrimSuffix(head, a)
		h = strings.TrimSuffix(h, "receiving ")
		h = strings.TrimSuffix(h, "having ")
		for _, v := range [...]string{"grateful for ", "thankful for ", "appreciate ", "welcome ", "like ", "love ", "need ",
			"require ", "look forward to ", "looking forward to "} {
			if strings.HasSuffix(h, " "+v) {
				return true
			}
		}
	}
	return false
}

// afterReadersReply: the request word is "once you" or "when you" opening
// a clause of the reader's reply alone, closed by a comma, with nothing
// asked after it: "once you do, HR will send your contract within 5
// working days" is a time, the reader's answer, not a request ("once you
// have your dates, let us know").
func afterReadersReply(head string) bool {
	rest, ok := strings.CutPrefix(head, "once you ")
	if !ok {
		if rest, ok = strings.CutPrefix(head, "when you "); !ok {
			return false
		}
	}
	c := strings.IndexByte(rest, ',')
	if c < 0 || ruleOff("after-readers-reply") {
		return false
	}
	verb, after := strings.TrimSpace(rest[:c]), rest[c+1:]
	switch verb {
	case "do", "have done so", "'ve done so", "confirm", "have confirmed", "'ve confirmed", "accept",
		"have accepted", "'ve accepted", "reply", "have replied", "'ve replied", "respond", "have responded",
		"'ve responded", "sign", "have signed", "'ve signed", "return it", "have returned it", "'ve returned it",
		"return them", "have returned them", "'ve returned them", "get back to us", "get back to me":
		return notPromise.wordIndex(after) < 0
	}
	return false
}

// firstPersonInverted: a German verb followed by "wir" or "ich", the
// writer's own act: "geben wir Ihnen", "teile ich Ihnen".
func firstPersonInverted(s string) bool {
	_, rest, ok := strings.Cut(s, " ")
	return ok && (strings.HasPrefix(rest, "wir ") || strings.HasPrefix(rest, "ich "))
}

// possessiveBefore: "your feedback", "Ihre Rückmeldung", "votre réponse"
// is the reader's answer, not ours.
func possessiveBefore(s string, i int, lg lang) bool {
	head := " " + s[max(0, i-12):i]
	for _, p := range [...]string{" your ", " ihre ", " deine ", " votre ", " ton ", " ta ", " tu ", " su ", " sua ", " seu ", " uw ", " jouw ", " vostro ", " tuo ", " dein ", " ihr "} {
		if p == " tu " && (strings.HasPrefix(s[i:], "vas ") || strings.HasPrefix(s[i:], "seras ")) {
			continue // the French subject: "tu vas avoir des nouvelles"
		}
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	if lg == langNL && strings.HasSuffix(head, " je ") {
		return true
	}
	// "je ontvangt dit bericht omdat ...": the message itself, a footer.
	for _, p := range [...]string{" dit ", " this ", " diese ", " dieses ", " ce ", " cet ", " este ", " esta ", " questo ", " questa ", " deze "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return strings.Contains(s[max(0, i-20):i], "thank") || strings.Contains(s[max(0, i-20):i], "dank") ||
		strings.Contains(s[max(0, i-20):i], "merci") || strings.Contains(s[max(0, i-20):i], "gracias") ||
		strings.Contains(s[max(0, i-20):i], "grazie") || strings.Contains(s[max(0, i-20):i], "obrigad")
}

// dutchPluralMessages: "bericht" in the plural is messages in general,
// not the answer: the footer of a service, "je ontvangt
// inmail-berichten", "je ontvangt meldingen van berichten".
func dutchPluralMessages(s string, end int) bool {
	return strings.HasSuffix(s[:end], "bericht") && strings.HasPrefix(s[end:], "en") && !ruleOff("dutch-plural-messages")
}

// possessiveAfter: the reader's possessive right after the noun, as
// Portuguese and Spanish put it, makes the answer the reader's: "gostávamos
// de ter uma resposta tua até sexta-feira", "una respuesta suya antes del
// viernes" (a deadline set for the reader).
func possessiveAfter(rest string) bool {
	for _, p := range [...]string{" tua", " sua", " tuya", " suya", " vossa", " vostra"} {
		if r, ok := strings.CutPrefix(rest, p); ok && (r == "" || !wordByte(r[0])) {
			return !ruleOff("possessive-after")
		}
	}
	return false
}

// conditionOf decides whether the contact at s[start:end] depends on
// something. Keep-on-file and future-opportunity language, or a condition
// about a role, the profile or being selected, make a conditional future;
// any other "if" in the clause before the cue or right after it makes the
// contact contingent ("I'll let you know if anything changes").
func conditionOf(s string, start, end int, lg lang) (string, promiseKind) {
	if conditionalCues.contains(s) && !watchForSent(s) {
		return "contact kept for other roles: " + clip(s), conditional
	}
	// From the comma clause before the cue's up to the cue.
	lo := clauseStart(s, start)
	if c := strings.LastIndexByte(s[lo:start], ','); c >= 0 {
		if p := strings.LastIndexByte(s[lo:lo+c], ','); p >= 0 {
			lo += p + 1
		}
	}
	head := " " + s[lo:start]
	// After the cue: a condition attached to it ("we'll contact you if
	// ...", "melde ich mich, sobald ...") starts within a few words.
	tail := s[end:]
	if k := strings.IndexAny(tail, ";:"); k >= 0 {
		tail = tail[:k]
	}
	tail = " " + tail
	// r90: a sentence in another language than the message's (the French
	// half of a bilingual notice under English) takes its own "si"
	ilg := lg
	if g := guessLang(tokenize(s)); lg != g && (lg == langEN || lg == langDE) && g != langEN && g != langDE &&
		!ruleOff("sentence-language-if") {
		ilg = g
	}
	for n, part := range [...]string{head, tail} {
		i := ifWords.wordIndex(part)
		if i < 0 && (ilg == langIT || ilg == langPT) {
			i = ifWordsItPt.index(part)
			if i >= 0 && n == 0 && cliticSe(part[:i]) {
				i = -1
			}
		}
		if i < 0 && ilg == langNL {
			i = ifWordsNL.index(part)
		}
		if i < 0 && (ilg == langFR || ilg == langES) {
			i = ifWordsFrEs.index(part)
		}
		if n == 1 && (i > 25 || i >= 0 && detached(part[:i])) || i >= 0 && (invertedIf(part, i) || anyCase(part, i)) {
			i = -1
		}
		if n == 0 && i >= 0 && coordinated(part[i:]) {
			// "a ideia é que o time se reúna logo depois disso, e devemos
			// ter uma definição": the clause before ", e" is another one
			i = -1
		}
		if n == 0 && i >= 0 && trailsOwnClause(part, i) {
			// "no need to reply unless anything changes - I'll call you on
			// Wednesday": the condition ends the clause before the dash
			i = -1
		}
		if i >= 0 && n == 1 && whetherCue(s[start:end]) && outcomeTopics.contains(part[i:]) {
			// "I'll let you know by Friday if we'd like to move forward":
			// "if" is "whether" after a verb of telling.
			i = -1
		}
		if i >= 0 && n == 1 && orNotCues.contains(part[i:]+" ") {
			// "el viernes le llamo para decirle si quedó o no": an "if"
			// answered "or not" is "whether", and the call comes either way
			i = -1
		}
		if i >= 0 && (courtesyIf(part[i:]) || n == 0 && requestIf(part[i:])) {
			// "I'll give you a ring tomorrow around noon if that's
			// alright": the reader's leave asked, the call comes all the
			// same; "if you could send the details by Friday, we expect to
			// come back to you next week": a request, answered by the
			// promise after it
			i = -1
		}
		if i >= 0 && (strings.HasPrefix(part[i:], "if any") && !strings.HasPrefix(part[i:], "if anyt") &&
			!strings.HasPrefix(part[i:], "if anyo") || strings.HasPrefix(part[i:], "if applicable") ||
			strings.HasPrefix(part[i:], "if needed") || strings.HasPrefix(part[i:], "if necessary")) {
			i = -1 // "regarding next steps, if any"
		}
		if i >= 0 && (concessive(part[:i]) || paceOnly(part[i:]) || askedWhether(part[:i]) || appliedIf(part[i:])) {
			i = -1
		}
		if i >= 0 && !strings.Contains(part, "even if") && !strings.Contains(part, "whether") && !strings.Contains(part, "as if") {
			if topicCues.contains(part[i:]) {
				return "contact only " + clip(strings.TrimSpace(part[i:])), conditional
			}
			return "", contingent
		}
		i = whenWords.index(part)
		if n == 1 && (i > 25 || i >= 0 && detached(part[:i])) || i >= 0 && concessive(part[:i]) {
			i = -1
		}
		if i >= 0 && topicCues.contains(part[i:]) && !processCues.contains(part[i:]) {
			return "contact only " + clip(strings.TrimSpace(part[i:])), conditional
		}
		if i >= 0 && readerStepWhen(part[i:]) && sendingCue(s[start:end]) {
			// "detailed instructions will be sent once you have booked a
			// slot": what the reader's own step needs, not news awaited
			// (but "once you have completed the assessment, we'll be in
			// touch" still promises contact)
			return "", contingent
		}
		if k := strings.Index(part, " after you"); k >= 0 && (n == 0 || k <= 25 && !detached(part[:k])) && readerStepWhen(part[k+1:]) &&
			(sendingCue(s[start:end]) || mailedCue(s[start:end])) && !ruleOff("reader-step-after") {
			// "collection site authorization will be emailed after you
			// submit": the same, said with "after"
			return "", contingent
		}
	}
	if thenOfCondition(s, start, end, lg) {
		return "contact then, on the condition before it: " + clip(strings.TrimSpace(s[max(0, clauseStart(s, start)):])), conditional
	}
	return "", noPromise
}

// reOthersToExpect: others told to expect something ("I've let all three
// know to expect an email from SkillSurvey", "I told my referees to expect
// a call"): the writer's word to them, no contact with the reader.
var reOthersToExpect = regexp.MustCompile(`\b(?:let|told|tell|asked|warned|advised|informed|reminded)\s+((?:[\pL\d'-]+\s+){1,3}?)(?:know\s+)?to\s*$`)

func othersToExpect(s string, start int) bool {
	if !strings.HasPrefix(strings.TrimLeft(s[start:], " "), "expect") || ruleOff("others-to-expect") {
		return false
	}
	m := reOthersToExpect.FindStringSubmatch(s[max(0, start-45):start])
	if m == nil {
		return false
	}
	// the reader told, or the writer told and passing it on ("they've told
	// me to expect a decision in the next week or two"), still waits
	for _, w := range [...]string{" you ", " u ", " me ", " us "} {
		if strings.Contains(" "+m[1], w) {
			return false
		}
	}
	return true
}

// reExistenceAsked: the thing a promise would name asked after ("I'd be
// grateful to know ... if there's a rough timeline for a decision",
// "s'il y a un délai de réponse"): an indirect question, no promise.
var reExistenceAsked = regexp.MustCompile(`(?:\b(?:if|whether) there(?:'s| is| are| will be)|\bis there|\bs'il y a|\bsi hay|\bse há|\bse existe|\bse c'è|\bof er)(?: a| an| any| some| un| une| des| una| uno| algún| alguna| algum| alguma| een)?(?: [\pL-]+){0,2}\s*$`)

func existenceAsked(s string, start int) bool {
	return !ruleOff("existence-asked") && reExistenceAsked.MatchString(s[max(0, start-50):start])
}

// thenAfterCue point back at a time; with no day named in the sentence
// before them, what they point at is a condition.
var thenAfterCue = cues(" at that point", " at that time", " at that stage", " à ce moment", " en ese momento",
	" a quel punto", " in quel momento", " op dat moment", " zu diesem zeitpunkt", " naquele momento", " nesse momento")

// thenOfCondition: the contact is promised for "then" and the sentence
// opened on a condition ("if it does reopen, I'd love to pick things up
// with you, and I'll reach out at that point"): the time is the
// condition's, met or not, so it is a conditional future. A comma clause
// too far back for the head of conditionOf still binds the "then".
func thenOfCondition(s string, start, end int, lg lang) bool {
	if ruleOff("then-of-condition") || !thenAfterCue.contains(s[end:min(len(s), end+30)]) {
		return false
	}
	head := " " + s[:start]
	if k := strings.LastIndexAny(head, ".;:!?"); k >= 0 {
		head = " " + head[k+1:]
	}
	i := ifWords.wordIndex(head)
	if i < 0 && (lg == langFR || lg == langES) {
		i = ifWordsFrEs.index(head)
	}
	if i < 0 || strings.Contains(head, "even if") || strings.Contains(head, "whether") || strings.Contains(head, "as if") {
		return false
	}
	// a day named between the condition and the cue is what "then" means
	return !digitOrDayWord(head[i:])
}

// digitOrDayWord: a clock or calendar figure, or a weekday or month word,
// in s.
func digitOrDayWord(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:()")
		if _, month := monthWords[w]; month || isWeekdayWord(w) {
			return true
		}
	}
	return false
}

// mailedCue: a passive of e-mailing or mailing, which sends as "be sent"
// does.
func mailedCue(cue string) bool {
	switch strings.TrimSpace(cue) {
	case "be emailed", "be e-mailed", "be mailed":
		return true
	}
	return false
}

// cliticSe: the "se" of Portuguese and Italian after a subject or an
// auxiliary, inside its clause, is the reflexive pronoun of the verb that
// follows ("os gestores vão se reunir", "o comitê se reúne na terça"),
// not "if": a condition before the promise opens its own clause, at the
// start, after a comma or after a conjunction ("se tudo correr bem, ...",
// "e se houver atraso, ...").
func cliticSe(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "-") || strings.HasSuffix(before, ":") ||
		strings.HasSuffix(before, ";") || ruleOff("clitic-se") {
		return false
	}
	w := before[strings.LastIndexByte(before, ' ')+1:]
	switch w {
	case "e", "ed", "mas", "ma", "porém", "però", "que", "che", "ou", "o", "só", "solo", "apenas", "somente", "soltanto",
		"mesmo", "anche", "também", "porque", "perché", "pois", "poi", "depois", "dopo", "então", "quindi", "allora":
		return false
	}
	return true
}

// appliedIf: "if" opens the reader's application in the present perfect,
// a step taken before the message, as an inbox's automatic reply names
// what it answers: "if you have sent a CV or an application for one of
// our roles, it will be reviewed ... and we aim to respond to all
// applicants within 3 working days". The condition is the reader's case;
// the contact is promised.
func appliedIf(part string) bool {
	for _, p := range [...]string{"if you are applying", "if you're applying", "if you applied ", "if you are responding to",
		"if you're responding to", "si vous postulez", "si vous avez postulé", "si estás postulando", "si te postulas",
		"si has postulado", "si usted ha postulado"} {
		// r75: the reader's applying said in the present or the simple
		// past: "if you are applying for an advertised assignment, a
		// member of our resourcing team will respond within two working
		// days" (an acknowledgement's address to the applicant)
		if strings.HasPrefix(part, p) && !ruleOff("applying-if") {
			return true
		}
	}
	rest, ok := strings.CutPrefix(part, "if you have ")
	if !ok {
		rest, ok = strings.CutPrefix(part, "if you've ")
	}
	if !ok || ruleOff("applied-if") {
		return false
	}
	if strings.HasPrefix(rest, "applied") {
		return true
	}
	for _, v := range [...]string{"sent ", "submitted ", "emailed "} {
		if r, ok := strings.CutPrefix(rest, v); ok {
			r, _, _ = strings.Cut(r, ",")
			return appliedObjects.contains(r)
		}
	}
	return false
}

var appliedObjects = cues("application", "cv", "résumé", "resume")

// askedWhether: "if" after a verb of asking or wondering is "whether",
// an indirect question and no condition: "the panel asked if their notes
// could be passed on - I'll type them up and send them to you by Friday".
func askedWhether(head string) bool {
	head = strings.TrimRight(head, " ")
	for _, v := range [...]string{" asked", " asking", " wondered", " wondering", " enquired",
		" inquired", " preguntó", " preguntaron", " demandé", " demandait", " chiesto", " perguntou", " perguntaram"} {
		if strings.HasSuffix(head, v) {
			return !ruleOff("asked-whether")
		}
	}
	return false
}

// readerStepWhen: a time word ("once", "when", "as soon as") whose clause
// has the reader for its subject and a step of theirs for its verb: "once
// you have booked a slot", "when you've signed"; not "once you've had a
// chance to ask questions", which only waits.
func readerStepWhen(part string) bool {
	if ruleOff("reader-step-when") {
		return false
	}
	rest, ok := strings.CutPrefix(part, "as soon as ")
	if !ok {
		k := strings.IndexByte(part, ' ')
		if k < 0 {
			return false
		}
		rest = part[k+1:]
	}
	for _, p := range [...]string{"you have ", "you've ", "you "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			w, _, _ := strings.Cut(r, " ")
			return readerSteps[strings.TrimRight(w, ").,;:!?")]
		}
	}
	return false
}

// expectedFromReader: a contact expected, its sender the reader ("expect
// a call from you"), is what the writer waits for.
func expectedFromReader(cue, rest string) bool {
	if !strings.Contains(cue, "expect") || ruleOff("expected-from-reader") {
		return false
	}
	after, ok := strings.CutPrefix(rest, " from you")
	return ok && (after == "" || !wordByte(after[0]))
}

// followingCues look back at what a message comes after: "je reviens
// vers vous suite à notre entretien", "following your interview".
var followingCues = cues("suite à", "à la suite", "suite de", "following", "im nachgang", "a seguito", "in seguito a",
	"na sequência", "naar aanleiding")

// sendingCue: a cue of something sent or handed over, not of contact.
func sendingCue(cue string) bool {
	for _, w := range [...]string{"send", "sent", "provided", "share", "forward"} {
		if strings.Contains(cue, w) {
			return true
		}
	}
	return false
}

// sendsInstructions: what a verb of sending sends, right after it, is
// instructions, how to do a step ("the school will send you instructions
// for the state clearances"), no word on the application. A contact that
// brings them ("I'll follow up in the next few days with instructions")
// is still a contact.
func sendsInstructions(rest string) bool {
	rest = rest[:min(len(rest), 30)]
	if k := strings.IndexAny(rest, ",;.!?"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "instructions") && !ruleOff("sends-instructions")
}

// readerSteps are the reader's own steps, in the present and the past
// participle.
var readerSteps = map[string]bool{"book": true, "booked": true, "submit": true, "submitted": true, "complete": true,
	"completed": true, "sign": true, "signed": true, "return": true, "returned": true, "upload": true, "uploaded": true,
	"fill": true, "filled": true, "register": true, "registered": true, "select": true, "selected": true}

// byReturn: the contact comes "by return", as the answer to a message of
// the reader's still to be written ("slots are allocated first come, and
// we will confirm your time by return"), within the cue's clause.
func byReturn(tail string) bool {
	if k := strings.IndexAny(tail, ".;:!?,"); k >= 0 {
		tail = tail[:k]
	}
	return returnWords.contains(tail[:min(len(tail), 40)]) && !ruleOff("by-return")
}

// readerActsFirst: the cue's clause is joined by "and" to a clause that
// tells the reader what to do ("reply with a phone number and a good time
// to call, and I'll give you the details", "fill in the form and we'll be
// in touch"): the contact answers the reader's step, it is no promise of
// its own.
func readerActsFirst(s string, start int) bool {
	if ruleOff("reader-acts-first") {
		return false
	}
	head := strings.TrimRight(s[clauseStart(s, start):start], " ")
	k := -1
	for _, c := range [...]string{" and i'll", " and we'll", " and i will", " and we will", " and i can", " and we can"} {
		if strings.HasSuffix(head, c) {
			k = len(head) - len(c)
			break
		}
	}
	if k < 0 {
		return false
	}
	prev := strings.TrimRight(head[:k], " ,")
	if c := strings.LastIndexAny(prev, ",.!?"); c >= 0 {
		prev = prev[c+1:]
	}
	// A dash sets the step off from what leads up to it, as a comma
	// does: "same drill as before - just reply 'I confirm' and I'll send
	// your CV today".
	if c := strings.LastIndex(prev, " - "); c >= 0 {
		prev = prev[c+3:]
	}
	words := strings.Fields(prev)
	for len(words) > 1 && (words[0] == "please" || words[0] == "just" || words[0] == "simply" || words[0] == "kindly") {
		words = words[1:]
	}
	return len(words) > 1 && readerImperatives[words[0]]
}

// readerActsAfter: an undated contact the cue's clause puts after the
// reader's own step, "as soon as you" do it: "je t'envoie les cv et la
// grille d'évaluation dès que tu me confirmes", "te mando los detalles en
// cuanto me confirmes", "I'll send the pack as soon as you confirm". It
// waits on the reader, not the reader on it. With a day the contact is
// timed all the same ("once you pick one, I'll send the details by end of
// the week").
func readerActsAfter(s string, end int, lg lang) bool {
	if ruleOff("reader-acts-after") {
		return false
	}
	rest := s[end:]
	if k := strings.IndexAny(rest, ".;!?"); k >= 0 {
		rest = rest[:k]
	}
	found := false
	for _, c := range [...]string{" as soon as you ", " dès que tu ", " dès que vous ", " dès que j'ai ta", " dès que j'ai votre",
		" en cuanto me ", " en cuanto nos ", " en cuanto tengas", " en cuanto tenga ", " appena mi ", " appena ci ",
		" assim que me ", " assim que nos ", " assim que você ", " sobald sie ", " sobald du ", " zodra je ", " zodra u "} {
		if strings.Contains(rest, c) {
			found = true
			break
		}
	}
	return found && len(scanDates(s, time.Time{}.AddDate(2000, 0, 0), lg)) == 0
}

// readerImperatives open a clause that tells the reader to act.
var readerImperatives = map[string]bool{"reply": true, "respond": true, "send": true, "text": true, "email": true,
	"e-mail": true, "message": true, "drop": true, "shoot": true, "fill": true, "complete": true, "click": true,
	"book": true, "pick": true, "choose": true, "tell": true, "ring": true, "forward": true, "upload": true,
	"submit": true, "answer": true}

// returnWords, and "in return" for what the reader sends first: "could you
// send me an updated CV? I'll share the draft job description in return".
var returnWords = cues(" by return", " par retour", " per kerende post", " postwendend", " a vuelta de correo", " in return",
	" in exchange")

// courtesyIf: an "if" that asks the reader's leave for the contact, not a
// condition it depends on: "if that's alright", "if that works", "si te
// parece bien", "als dat uitkomt". The part starts at the "if" word (with
// the space before " si ", " se ", " als ").
func courtesyIf(part string) bool {
	return courtesyIfs.index(strings.TrimLeft(part, " ")) == 0
}

var courtesyIfs = cues("if that's alright", "if that's all right", "if that is alright", "if that is all right",
	"if that's ok", "if that is ok", "if that's fine", "if that is fine", "if that's convenient", "if that is convenient",
	"if that works", "if that suits", "if that sounds", "if it's ok", "if it's alright", "if it suits", "if it works for you",
	"if you don't mind", "if you do not mind", "if that's good", "if that is good", "if that's cool",
	"si te parece bien", "si le parece bien", "si te viene bien", "si le viene bien", "si te va bien", "si ça te va",
	"si ça vous va", "si cela vous convient", "si ça vous convient", "si ça te convient", "se ti va bene", "se le va bene",
	"se per te va bene", "se per lei va bene", "se lhe convier", "se te convier", "se estiver bem", "als dat uitkomt",
	"als dat goed is", "als dat past", "als je dat goed vindt", "als u dat goed vindt",
	// r49: the Spanish and Italian leave asked without "bien", "si te
	// parece, te llamo mañana a las 11:00"
	"si te parece,", "si le parece,", "si les parece,", "se ti va,", "se le va,",
	// the reader's veto of a default, the contact coming unless it is
	// used: "unless you'd rather suggest another time, I'll try your
	// mobile on Thursday afternoon"
	// "in case" with the reader's questions is a purpose, the contact
	// made to answer them should there be any: "I'll follow up on
	// Thursday in case you have questions about benefits"
	"in case you have questions", "in case you have any questions", "in case you've got questions",
	"in case you have any question", "in case there are questions", "in case there are any questions",
	"unless you'd rather", "unless you would rather", "unless you'd prefer", "unless you would prefer",
	"unless i hear otherwise", "unless i hear from you otherwise", "unless you tell me otherwise",
	"unless you let me know otherwise", "unless that doesn't suit", "unless that does not suit",
	"sauf avis contraire", "salvo que prefieras", "salvo que prefiera", "es sei denn, sie", "tenzij je liever")

// requestIf: "if you could ..." before a promise asks the reader to do
// something, the polite form of "please": the contact that follows
// answers it ("if you could send the details by Friday, we'll come back
// to you next week"), it hangs on no outcome.
func requestIf(part string) bool {
	return strings.HasPrefix(part, "if you could ") || strings.HasPrefix(part, "if you would be so kind")
}

// mayBetween: a modal of possibility after the future marker, before the
// cue.
var mayBetween = cues(" may ", " might ", " could ")

// readersSilence: the silence a cue names is the reader's, not the
// writer's ("if I haven't heard from you by then I'll pencil in the
// Monday"): the writer's own promise stands.
func readersSilence(at string) bool {
	_, rest, _ := strings.Cut(at, " ")
	for _, w := range []string{"heard ", "hear ", "back "} {
		if k := strings.Index(rest, w); k >= 0 && k < 12 {
			rest = rest[k+len(w):]
			break
		}
	}
	return strings.HasPrefix(rest, "from you") || strings.HasPrefix(rest, "back from you")
}

// orNotCues close a "whether" clause in each language.
var orNotCues = cues(" or not", " o no ", " o no.", " o no,", " ou não", " ou nao", " ou pas", " o meno", " of niet",
	" oder nicht")

// concessive: the word before an "if" or "when" makes it "even if" — the
// contact holds either way: "we laten het je dan weten, ook als de
// vacature definitief vervalt", "auch wenn die Stelle gestrichen wird",
// "même si le poste est supprimé", "anche se la posizione viene chiusa".
func concessive(head string) bool {
	head = " " + strings.TrimRight(head, " ")
	for _, p := range [...]string{" even", " ook", " zelfs", " auch", " selbst", " même", " incluso", " aun", " anche",
		" pure", " mesmo"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// paceOnly: a condition on how fast a step goes sets the day, not
// whether contact comes: "als de referenties snel rond zijn, hopen we je
// aan het eind van de week te laten weten hoe het verder gaat", "if the
// references come back quickly, we'll let you know by Friday".
func paceOnly(cond string) bool {
	if k := strings.IndexAny(cond, ",;"); k >= 0 {
		cond = cond[:k]
	}
	return paceWords.contains(cond + " ")
}

var paceWords = cues(" quickly ", " smoothly ", " snel ", " vlot ", " rapidement ", " vite ", " rápido ", " rápidamente ",
	" rapidamente ", " schnell ", " zügig ", " velocemente ", " presto ")

// detached: a condition after ", and" or ", but" belongs to another
// clause: "we'll be in touch by Friday, and if you have questions before
// then, just call".
func detached(between string) bool {
	for _, c := range [...]string{", and", ", but", ", und", ", aber", ", et ", ", mais", ", y ", ", pero", ", e ",
		", ma ", ", en ", ", maar", ", mas ", ". ", " - "} {
		if strings.Contains(between, c) {
			return true
		}
	}
	return false
}

// trailsOwnClause: a condition at part[i] that follows a clause's words
// and is closed by a dash before the cue belongs to that clause, not to
// the promise after the dash. A fronted condition ("if anything changes -
// I'll let you know") has no words before it and still governs the cue.
func trailsOwnClause(part string, i int) bool {
	before := strings.TrimSpace(part[:i])
	return before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "-") &&
		dashBetween(part[i:]) && !ruleOff("condition-before-dash")
}

// anyCase: "in ogni caso", "en todo caso", "em qualquer caso" say "in
// any case", no condition.
func anyCase(part string, i int) bool {
	if !strings.HasPrefix(part[i:], " caso ") {
		return false
	}
	head := part[:i]
	for _, p := range [...]string{" ogni", " todo", " todo o", " qualquer", " cualquier", " tutti i", " todos os"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// coordinated: a condition before the cue that ends at ", and" (in any
// of the languages) governs its own clause, not the promise after it.
func coordinated(between string) bool {
	for _, c := range [...]string{", and ", ", und ", ", et ", ", y ", ", e ", ", en "} {
		if strings.Contains(between, c) {
			return true
		}
	}
	return false
}

// whetherCue: after these, "if" asks whether ("let you know if").
func whetherCue(cue string) bool {
	return whetherVerbs.contains(cue)
}

// invertedIf: "should you ...", "Sollten wir ...", "mocht er ..." are
// conditions only where their clause starts; "bis KW 16 sollten wir eine
// Entscheidung getroffen haben" is an expectation.
func invertedIf(part string, i int) bool {
	w := part[i:]
	if !strings.HasPrefix(w, "should") && !strings.HasPrefix(w, "sollte") && !strings.HasPrefix(w, "mocht") {
		return false
	}
	before := strings.TrimSpace(part[:i])
	return before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "-")
}

// askedOfReader: the sentence asks the reader to answer or act, usually by
// a date: "please reply by Friday", "we'd ask you to let us know your
// decision by Tuesday", "bitte geben Sie uns bis Freitag Bescheid".
func askedOfReader(s string, start int) bool {
	lo := clauseStart(s, start)
	if j := strings.LastIndex(s[:start], " - "); j >= lo && strings.Count(s, " - ") == 1 && !ruleOff("asked-dash") {
		// r66: a lone spaced dash opens a clause of its own: "we ask you
		// to present a short case - we will send you the material on
		// Monday" (several are the items of a list, one sentence)
		lo = j + 3
	}
	head := s[lo:start]
	for from := 0; ; {
		i := deadlineCues.index(head[from:])
		if i < 0 {
			return false
		}
		i += from
		if deadlinePassed(head, i) {
			// "når fristen er udløbet, ... du hører fra os i uge 5",
			// "nach Ablauf der Frist": a deadline gone by, nothing asked
			from = i + 1
			continue
		}
		if basisBefore(head[:i]) {
			// "con base en tu respuesta, te confirmo día y hora a más
			// tardar el miércoles": the reader's answer is what the
			// writer's promise goes on, nothing asked of them
			from = i + 1
			continue
		}
		if examinedBefore(head[:i]) {
			// "a recruiter will review your answers and reach out within
			// 3-5 business days": the reader's answers, given already, are
			// what the writer reads before the contact, nothing asked
			from = i + 1
			continue
		}
		if pleasedAt(head[i:]) && !ruleOff("pleased") {
			// "we have been really pleased with the standard of
			// candidates": no "please"
			from = i + 1
			continue
		}
		// "please note that we will ..." asks nothing; the note may end in
		// the cue's own verb, as in requestBefore
		return !politeNotes.contains(s[lo+i : min(len(s), start+8)])
	}
}

// deadlinePassed: the deadline cue at head[i:] is "frist" (Frist,
// fristen, ansøgningsfristen) said to have run out.
func deadlinePassed(head string, i int) bool {
	if !strings.HasPrefix(head[i:], "frist") {
		return false
	}
	// r44: measured from the word's start, so that a compound's run-out
	// counts too: "wir sichten alle Bewerbungen bis zum Ende der
	// Ausschreibungsfrist und melden uns bis zum 30.04.2027"
	w := i
	for w > 0 && wordByte(head[w-1]) {
		w--
	}
	near := head[max(0, w-12):min(len(head), i+30)]
	for _, w := range [...]string{"udløb", "ablauf", "abgelaufen", "gått ut", "löpt ut", "utløp", "utgått", "er slut", "är slut",
		"ende der ", "ende des "} {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// basisBefore: the head ends in a preposition of basis ("based on",
// "con base en", "je nach"), which makes the reader's answer named after
// it the ground of what follows, not an answer asked for.
func basisBefore(head string) bool {
	head = " " + strings.TrimRight(head, " ")
	for _, p := range basisWords {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

var basisWords = [...]string{" based on", " on the basis of", " depending on", " con base en", " en base a",
	" dependiendo de", " según", " com base em", " com base na", " com base no", " dependendo de", " en fonction de",
	" selon", " in base a", " in base alla", " a seconda di", " a seconda della", " op basis van", " afhankelijk van",
	" je nach", " auf basis", " anhand"}

// examinedBefore: the head ends in a verb of reading or examining ("will
// review", "looking over"), whose object, the reader's answer named after
// it, is one given already.
func examinedBefore(head string) bool {
	head = " " + strings.TrimRight(head, " ")
	for _, v := range examineVerbs {
		if strings.HasSuffix(head, v) {
			return !ruleOff("examined-before")
		}
	}
	return false
}

var examineVerbs = [...]string{" review", " reviews", " reviewed", " reviewing", " read", " reads", " reading",
	" look at", " looks at", " looking at", " look over", " looks over", " looking over", " go through",
	" goes through", " going through", " assess", " assesses", " assessing", " evaluate", " evaluates",
	" evaluating", " check", " checks", " checking", " consider", " considers", " considering",
	// the writer's matching or checking of the reader's answer in the
	// other languages: "ich gleiche Ihre Rückmeldung dann mit den Kalendern
	// ab und melde mich bis Donnerstag", "revisaremos tu respuesta",
	// "on examinera votre réponse", "we leggen uw reactie naast"
	" gleiche", " gleichen", " prüfe", " prüfen wir", " sichte", " sichten wir", " stimme", " stimmen wir",
	" revisaremos", " reviso", " revisamos", " analizaremos", " analisaremos", " analiso", " analisamos",
	" examinerons", " examinerai", " étudierons", " étudierai", " esamineremo", " valuteremo", " verifico", " verificheremo",
	" bekijken we", " bekijk ik", " vergelijken we", " vergelijk ik"}

// pleasedAt: s starts with a word that begins like "please" and is none.
func pleasedAt(s string) bool {
	for _, w := range [...]string{"pleased", "pleasure", "pleasant", "pleasing"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// promises reads the promise of further contact of a message, if any: the
// first dated one, else an undated one. Conditional futures are reported,
// not taken for promises.
func (b *verdictBuilder) promises(d *doc, confirmedMeeting bool) {
	base := d.m.Date
	sents := joinDateBreaks(d.sentences())
	// A message that arranges or confirms a meeting promises what the
	// meeting needs ("I'll send the details", "we'll be in touch to set
	// up the panel"), which is no answer awaited: there an undated promise
	// counts only about a decision, an outcome or feedback.
	body := unwrapped(d.body)
	arranging := confirmedMeeting || arrangingCues.contains(body) || timeAsked(sents, base, d.lang())
	var closing *bool        // the message rejects or offers (outcome.go), worked out when needed
	offerByEvidence := false // an offer made in other words (offer_evidence.go)
	rejected := false
	var weak *dateHit // a dated decision by someone ("she will decide by Thursday")
	weakCue := ""
	for n, s := range sents {
		if s.question {
			head, ok := tagQuestion(s.text)
			if !ok {
				head, ok = statementBeforeQuestion(s.text)
			}
			if !ok {
				head, ok = asideQuestion(s.text)
			}
			if !ok {
				continue
			}
			s = sentence{text: head}
		}
		kind, start, end, why := promiseIn(s.text, d.lang())
		if kind == conditional && !b.v.ConditionalFuture {
			b.v.ConditionalFuture = true
			b.note("conditional future, no promise: %s", why)
		}
		if (kind == conditional || kind == contingent) && end > 0 && end < len(s.text) {
			// "If we move forward we'll reach out; either way you'll hear
			// from us by Wednesday": a promise after the condition.
			if k2, st2, en2, _ := promiseIn(s.text[end:], d.lang()); k2 == isPromise && !sharesCondition(s.text[end:end+st2]) {
				kind, start, end = k2, st2+end, en2+end
			}
		}
		if kind == isPromise && writerExpects(s.text[:start], s.text[start:end]) {
			// "I've been told to expect an answer this week, and I'll have
			// an update for you either way by Friday, March 12": the answer
			// the writer awaits is no promise; one may follow it
			kind = noPromise
			if k2, st2, en2, _ := promiseIn(s.text[end:], d.lang()); k2 == isPromise {
				kind, start, end = k2, st2+end, en2+end
			}
		}
		fallback := false
		if (kind == contingent || kind == conditional && strings.HasPrefix(why, "contact only ")) && start > 0 {
			// "we'll review it within 2 days and let you know if anything
			// else is needed": the condition is the second verb's, the
			// review before it has its own span
			if st, en, ok := reviewWithin(s.text[:start], base, d.lang()); ok && !ruleOff("review-before-condition") {
				kind, start, end, fallback = isPromise, st, en, true
			}
		}
		if kind == noPromise && casualStart(s.text) {
			// "Speak Thursday!", "Talk tomorrow": a call agreed, said short.
			kind, start, end, fallback = isPromise, 0, min(len(s.text), 6), true
		}
		if kind == noPromise {
			// "Retour d'ici 3 jours ouvrés max": the news and its deadline
			// with no verb, said short; only with a day (fallback).
			if st, en := newsHeadline(s.text); en > 0 {
				kind, start, end, fallback = isPromise, st, en, true
			}
		}
		if kind == noPromise {
			// No cue, but the awaited thing and a future with a date: "the
			// written offer letter will arrive via DocuSign tomorrow".
			if st, en, ok := awaitedFuture(s.text, d.lang()); ok {
				kind, start, end, fallback = isPromise, st, en, true
			} else if st, en, ok := reviewWithin(s.text, base, d.lang()); ok {
				kind, start, end, fallback = isPromise, st, en, true
			} else if st, en, ok := habitualWithin(s.text, base, d.lang()); ok {
				kind, start, end, fallback = isPromise, st, en, true
			}
		}
		if kind != isPromise {
			continue
		}
		if directFromOther(s.text, start, end, d.lang(), body) {
			continue
		}
		if reportedSpeech(s.text, start) || reportedNoun(s.text, start) || readersWordRelayed(s.text[:start]) {
			continue
		}
		if pastDayAfter(s.text[end:], d.lang()) || noticeBeforeContact(s.text[end:]) || awaitsThirdParty(s.text[:start], s.text[start:end], s.text[end:]) {
			continue
		}
		if sendingCue(s.text[start:end]) && heldForReader(sents[n+1:min(len(sents), n+3)]) {
			// "I'll send the contract through DocuSign this afternoon. It's
			// our standard agreement. Can you confirm you're OK with that
			// before I send it?": the sending waits on the reader's answer,
			// as "once you confirm" makes it wait (readerActsFirst)
			continue
		}

		if pastIntent(ownClause(s.text[max(0, start-40):start])) || pluperfectPromised(ownClause(s.text[max(0, start-90):start])) || promisedThat(s.text[max(0, start-60):start]) ||
			readerSaidSo(s.text[max(0, start-60):start]) {
			// "I know I said I'd try to have an answer by the end of the
			// week, so I owe you an update", whatever cue the sentence has
			continue
		}
		logisticsWindow := ownClause(s.text[max(0, start-30):start]) + s.text[start:min(len(s.text), end+45)]
		logistics := logisticsCues.contains(logisticsWindow) || sendingCue(s.text[start:end]) && sendsInstructions(s.text[end:])
		if strings.Contains(s.text[start:end], "receive") && pay.contains(s.text[end:min(len(s.text), end+40)]) {
			continue
		}
		if base.IsZero() {
			b.v.PromiseUndated = true
			b.note("promise %q, message has no date", clip(s.text[start:]))
			return
		}
		prev := ""
		if n > 0 {
			prev = sents[n-1].text
		}
		h, dated := promiseDate(s.text, start, end, prev, base, d.lang())
		if !dated && n+1 < len(sents) {
			h, dated = spanNamedAfter(sents[n+1].text, base, d.lang())
		}
		if !dated && futureInPast(s.text[max(0, start-40):start]) && dayGoneAfter(s.text, end, base, d.lang()) {
			// "I understood from your last email that the committee would
			// share an outcome by 11 March": a promise made before, reported
			// with its day gone by; nothing promised now (but "we'll get
			// back to you by Wednesday, March 31" a week late still is one)
			continue
		}
		if logistics && (!dated || (passiveCues[strings.TrimSpace(s.text[start:end])] || readerReceives(s.text[start:end])) &&
			(arranging || b.v.InterviewAt != nil || !stageInvitation(logisticsWindow)) && !invitationByDay(s.text[end:])) {
			// "I'll send you the calendar invite", "the invite will be
			// sent on Monday": what a meeting needs; but "mañana te envío
			// la invitación" is the writer's next message, on a day, and
			// "test session invitations will be emailed by Friday" where no
			// meeting is arranged is who goes on (stageInvitation). The
			// reader's receiving is the passive said from their side:
			// "you'll get an email from Criteria today with a link to the
			// test"
			continue
		}
		if linkRelative(s.text, start) {
			// "complete the consent form at the link our screening
			// partner will send you today": the sending describes the link
			// the reader is to use, a relative clause of its noun, no news
			continue
		}
		if logistics && dated && h.start < start && b.v.InterviewAt != nil && sameDay(h.t, *b.v.InterviewAt) {
			// "le mardi 6 juillet à 14h30 en visioconférence – le lien
			// vous sera adressé la veille": the day named before is the
			// meeting's, and what it needs is no answer awaited
			continue
		}
		if dated && h.rule == "time of day" && b.v.InterviewAt != nil && !ruleOff("clock-of-meeting") {
			// "the written assignment will be emailed to you at 1:30 p.m."
			// in a letter that sets the interview's day: the hour is that
			// day's, part of the meeting, no answer of a day to come
			continue
		}
		if fallback && dated && fromDate(s.text, h) {
			// "the contract at this site will be brought back in-house from
			// 1 August", "your contract will run from 1 September": when
			// something begins, not when an answer comes
			continue
		}
		if (fallback || datedOnly[s.text[start:end]] || politeSubjunctive(s.text[start:end])) && !dated {
			continue
		}
		if phoneCue(s.text[start:end]) && (!dated || h.start < start) {
			continue
		}
		if dated && sendingNow[s.text[start:end]] && (h.start < end && !leadsInto(s.text, h.end, start) || h.start >= end && farFromVerb(s.text, end, h)) {
			// "je vous envoie le planning de l'entretien du mardi 12" is
			// this message sending; "je t'envoie d'ici mardi un retour" and
			// "te la mando mañana" name when, right after the verb, and "el
			// lunes te enviamos la carta" right before it
			continue
		}
		if dated && h.start >= end && presentSet[s.text[start:end]] && !presentAsFuture(s.text, start, end) &&
			meetingNear(s.text[max(end, h.start-interviewNounReach):h.start]) && followingCues.contains(s.text[end:h.start]) &&
			!ruleOff("present-after-meeting") {
			// "je reviens vers vous à la suite de votre entretien du 15
			// juin": the present is this message coming back, the day
			// the meeting's it comes back after
			continue
		}
		if dated && presentSet[s.text[start:end]] && sameDay(h.t, base) && !presentAsFuture(s.text, start, end) &&
			writingExplained(s.text[end:]) {
			// "ti scrivo a fine giornata perché volevo dirtelo io": the
			// present of writing, today, with the reason it is written
			// is this message, not one to come ("te escribo el lunes"
			// still is one)
			continue
		}
		if expectedFromReader(s.text[start:end], s.text[end:]) {
			// "I've let each of them know to expect a call from you this
			// week": the contact awaited is the reader's, none promised
			continue
		}
		if presentSet[s.text[start:end]] && asPromisedBefore(s.text[:start]) {
			// "Como te prometimos, te escribimos antes del fin de semana":
			// the promise kept, this message the contact
			continue
		}
		if !dated && (presentSet[s.text[start:end]] && !presentAsFuture(s.text, start, end) || strings.TrimSpace(s.text[start:end]) == "know") {
			continue // "je reviens vers vous concernant ...": this message is the contact
		}
		if !dated && publishCues.contains(s.text[start:end]) && everyNotice.contains(s.text[max(clauseStart(s.text, start), start-160):start]) &&
			!ruleOff("every-notice-published") {
			// "tutte le comunicazioni relative alla procedura (diario delle
			// prove, esiti, graduatoria) saranno pubblicate sul portale":
			// where every notice of the procedure goes, no news awaited
			continue
		}
		if !dated && presentPublished(s.text[start:end]) && !presentAsFuture(s.text, start, end) {
			// "full results are published on the union's website": where
			// results are put, as a habit or done already, no day to wait for
			continue
		}
		if meetingFronted(s.text[:start]) {
			// "in the interview we will go through your experience and
			// tell you more about the project": said in the meeting
			continue
		}
		if iv := b.v.InterviewAt; iv != nil && callCues.contains(s.text[start:end]) &&
			(dated && sameDay(h.t, *iv) || !dated && !soonWords.contains(s.text) && !soonEnglish.contains(s.text)) {
			continue // "I'll call you then": the call is the interview
		}
		if dated && s.text[start:end] == "targeting" && startCues.contains(s.text[max(0, start-30):start]) {
			// "Start date: targeting Monday, March 22": the day the job
			// is aimed to begin, no answer of that day
			continue
		}
		if publishCues.contains(s.text[start:end]) && d.outcome().rejected() && !ruleOff("published-after-no") {
			// "tu propuesta no ha sido seleccionada ... la lista de
			// compañías seleccionadas se publicará en nuestra web el 10 de
			// mayo": after the reader's no, what is published is news of
			// the others
			continue
		}
		if dated {
			if fallback || decisionOnly(s.text[start:end]) || othersHave(s.text, start, end) {
				if weak == nil {
					weak, weakCue = &h, s.text[start:]
				}
				continue
			}
			b.setPromise(h, s.text[start:])
			b.logisticsPromise = logistics
			return
		}
		if separateMail.contains(s.text[start:min(len(s.text), end+30)]) && !ruleOff("separate-mail") {
			// "you will receive a separate email from our vetting partner
			// with a link": a companion of this message, sent with it, no
			// news awaited
			continue
		}
		if closing == nil {
			// A rejection or an offer closes the process: an undated "I'll
			// send some feedback" or "we'll be in touch about your visa"
			// leaves nothing to wait for; nor does "I'll send you a list"
			// in mail with next to nothing about a job.
			// (but a note that still weighs the reader against others,
			// othersleft.go, awaits its answer: "it's between you and one
			// other cook now ... we'll be in touch soon")
			// (an offer only named as what must come first, "before we
			// can extend you an offer, we need three references", is none)
			offerByEvidence = !d.has(clsOffer) && d.offerEvidence() != "" && !ruleOff("offer-evidence-closes")
			c := d.outcome().rejected() || d.has(clsOffer) && !conditionalHits(d, clsOffer) || offerByEvidence ||
				b.v.Score < promiseContextMin && !othersMet(d) && !answersNewsRequest(d) && decisionAmongOthers(d) == ""
			closing = &c
			rejected = d.outcome().rejected()
		}
		// What an offer or a meeting being arranged promises "shortly" or
		// "in the next few days" (the contract, the joining details, the
		// call's link) is awaited all the same; a rejection's only when it
		// is a call soon or the formal word to come (personalAfterNo).
		soon := !rejected && b.v.Score >= promiseContextMin && (imminent(s.text[max(0, start-40):clauseReach(s.text, end)]) ||
			onceFronted(s.text, start))
		if !b.v.PromiseUndated && (soon || rejected && personalAfterNo(s.text, start) ||
			offerByEvidence && !offerDone(d) && offerPaper(s.text, start) ||
			!*closing && !(arranging && (!decisionNouns.contains(outsideBrackets(s.text)) || inTheMeeting(s.text[end:])) && !afterTheMeeting(s.text) &&
				!beforeTheMeeting(s.text, s.text[start:end]))) {
			b.v.PromiseUndated = true
			b.v.PromiseCall = callPromise(s.text[start:])
			b.promiseSentence = s.text
			b.note("undated promise %q", clip(s.text[start:]))
		}
	}
	if weak != nil {
		b.setPromise(*weak, weakCue)
		return
	}
	if b.v.PromiseAt == nil && notYetCues.contains(body) {
		// "No update yet, sorry! Half the panel is out. Early next week."
		for n, s := range sents {
			if h, ok := bareTime(s.text, base, d.lang()); ok && n > 0 {
				b.setPromise(h, s.text)
				return
			}
		}
	}
}

// everyNotice names all the notices of a procedure, the subject of a
// publication that says where they go, not when one comes.
var everyNotice = cues("tutte le comunicazioni", "ogni comunicazione", "all communications", "all notices", "all updates",
	"any communications", "toutes les communications", "tous les avis", "todas las comunicaciones", "todas as comunicações",
	"alle mitteilungen", "sämtliche mitteilungen", "alle communicatie", "alle berichten")

// writingExplained: the clause after a present cue of writing goes on
// to say why it is written ("... perché volevo dirtelo io", "... porque
// quería contártelo yo", "... parce que je voulais te le dire moi-même",
// "... because I wanted you to hear it from me"): the writing is now.
func writingExplained(rest string) bool {
	if ruleOff("writing-explained") {
		return false
	}
	if k := strings.IndexAny(rest, ";:"); k >= 0 {
		rest = rest[:k]
	}
	rest = " " + rest
	for _, c := range [...]string{" perché ", " poiché ", " porque ", " pois ", " parce que ", " parce qu'", " car ", " because ",
		" weil ", " omdat "} {
		if strings.Contains(rest, c) {
			return true
		}
	}
	return false
}

// writerExpects: a cue of expecting whose subject is the writer, told
// to expect it or expecting it: "I've been told to expect an answer this
// week", "I'm expecting an update from them", "on m'a dit de m'attendre
// à une réponse". What the writer awaits is news to pass on, no promise.
func writerExpects(head, cue string) bool {
	if !strings.HasPrefix(strings.TrimSpace(cue), "expect") || ruleOff("writer-expects") {
		return false
	}
	c := " " + strings.TrimRight(ownClause(head), " ")
	for _, p := range [...]string{" told to", " been told to", " was told to", " were told to", " asked to", " i", " i'm", " i am",
		" we're", " we are", " i still", " i'm still"} {
		if strings.HasSuffix(c, p) {
			return true
		}
	}
	return false
}

// reportedSpeech: the cue stands inside a quotation that a verb of saying
// in the past opens: "the recruiter said \"we'll be in touch by end of
// next week\" and then... nothing". The words were someone's, on a day
// gone by, and their "next week" counts from then.
func reportedSpeech(s string, start int) bool {
	q := strings.LastIndexByte(s[:start], '"')
	if q < 0 || strings.Count(s[:start], "\"")%2 == 0 || ruleOff("reported-speech") {
		return false
	}
	head := " " + strings.TrimRight(s[:q], " :,")
	for _, v := range [...]string{" said", " told me", " told us", " told him", " told her", " told them", " wrote",
		" promised", " replied", " answered", " sagte", " schrieb", " a dit", " m'a dit", " dijo", " me dijo", " disse",
		" zei", " ha detto"} {
		if strings.HasSuffix(head, v) {
			return true
		}
	}
	return false
}

// reportedNoun: the awaited thing is the object of a verb of saying in
// the past whose subject is an earlier message ("the acknowledgment email
// mentioned an update within 21 days"): a promise made before, restated,
// its span counted from then. A person's word relayed ("the client
// indicated a decision by Friday") is still the employer's promise.
func reportedNoun(s string, start int) bool {
	if ruleOff("reported-noun") {
		return false
	}
	w := strings.Fields(s[max(0, start-60):start])
	if n := len(w); n > 0 {
		switch w[n-1] {
		case "a", "an", "the", "that":
			w = w[:n-1]
		}
	}
	if len(w) < 2 {
		return false
	}
	switch w[len(w)-1] {
	case "mentioned", "said", "stated", "promised", "indicated", "noted":
	default:
		return false
	}
	switch strings.TrimRight(w[len(w)-2], ",") {
	case "email", "e-mail", "message", "letter", "acknowledgment", "acknowledgement", "confirmation", "posting", "advert",
		"ad", "website", "page", "portal", "auto-reply", "notice":
		return true
	}
	return false
}

// timeAsked: a question offers the reader a day to come and asks whether
// it suits ("would Thursday, 18 March at 15:00 CET suit you for a first
// conversation?"): the message arranges a meeting, whose "I will call you
// on the number in your CV" is that meeting.
func timeAsked(sents []sentence, base time.Time, lg lang) bool {
	if base.IsZero() || ruleOff("time-asked") {
		return false
	}
	today := startOfDay(base)
	for _, s := range sents {
		if !s.question || !suitWords.contains(s.text) {
			continue
		}
		for _, h := range scanDates(s.text, base, lg) {
			if !h.then && !h.t.Before(today) && explicitDay(h) {
				return true
			}
		}
	}
	return false
}

var suitWords = cues(" suit you", " suits you", " work for you", " works for you", " be convenient", " convenient for you")

// linkRelative: the cue at s[start:] opens a relative clause of a
// meeting's or a form's link named right before its subject ("the link
// our partner will send you today", "the invite that I'll send you").
func linkRelative(s string, start int) bool {
	if ruleOff("link-relative") {
		return false
	}
	head := strings.TrimRight(s[max(0, start-50):start], " ")
	for _, m := range [...]string{" will be", " will", "'ll", " shall"} {
		if h, ok := strings.CutSuffix(head, m); ok {
			head = h
			break
		}
	}
	words := strings.Fields(head)
	for k := 1; k <= 3 && k < len(words); k++ {
		w := words[len(words)-1-k]
		if strings.ContainsAny(w, ",;:.") {
			return false
		}
		if linkNouns[w] {
			return true
		}
	}
	return false
}

// linkNouns are what a relative clause of sending may describe.
var linkNouns = map[string]bool{"link": true, "invite": true, "invitation": true, "form": true, "questionnaire": true}

// readerReceives: the cue is the reader's receiving something, "you'll
// get a", "you will receive".
func readerReceives(cue string) bool {
	cue = strings.TrimSpace(cue)
	for _, p := range [...]string{"you'll get a", "you will get a", "you should get a", "you'll receive", "you will receive",
		"you should receive"} {
		if strings.HasPrefix(cue, p) {
			return !ruleOff("reader-receives")
		}
	}
	return false
}

// personalAfterNo: what a person's no still promises from the cue at
// s[start:] on: a call soon ("Baal ervan! Ik bel je binnenkort even"),
// the consolation that comes by phone, or the formal word that follows
// the informal one ("sorry - we decided not to proceed. Recruiting will
// follow up formally"), or a contact to set up the meeting it offers
// ("Eoin has offered you a feedback session - Ciaran will be in touch to
// set that up"). A rejection's other undated promises (some feedback, a
// note about other roles) leave nothing awaited.
func personalAfterNo(s string, start int) bool {
	rest := s[start:]
	return (callPromise(rest) && (soonWords.contains(rest) || soonEnglish.contains(rest)) || formalWords.contains(rest) ||
		arrangeAfter.contains(rest[:min(len(rest), 40)]) && !ruleOff("arrange-after-no")) &&
		!ruleOff("personal-after-no")
}

// arrangeAfter: a contact's purpose is to arrange a meeting.
var arrangeAfter = cues(" to set that up", " to set it up", " to set up a", " to set up the", " to arrange a", " to arrange the",
	" to arrange that", " to arrange it", " to schedule a", " to schedule the", " to schedule that", " to book a", " to book the",
	" to book that", " to organise a", " to organize a", " to organise that", " to organize that")

// offerPaper: what an offer made in other words still promises in the
// cue's own clause at s[start:] is its written form, the contract or the
// formal letter: "formal paperwork will follow once our CFO has signed
// off", "te mando el contrato formal en cuanto lo revise la gestoría";
// not what comes after the reader's yes ("once you say yes, compliance
// will reach out about your drug screen"). An offer in so many words
// still closes them.
func offerPaper(s string, start int) bool {
	clause := ownClause(s[max(0, start-50):start]) + s[start:min(len(s), start+80)]
	return (formalWords.contains(clause) || paperWords.contains(clause)) && !afterReadersYes(s) && !sentAlongside.contains(clause) &&
		!ruleOff("offer-paper")
}

// sentAlongside: what is sent with this message or already has been,
// nothing awaited: "you'll receive a separate email from Dropbox Sign
// with the full offer letter", "the offer letter should be in your inbox
// now".
var sentAlongside = cues(append([]string{"separately", " now ", " now.", " now,", " already"}, separateMailWords...)...)

// separateMail is a companion message sent beside this one.
var (
	separateMailWords = []string{"separate email", "separate e-mail", "separate message", "separate mail",
		"email you separately", "e-mail you separately", "emailed separately", "e-mailed separately", "mailed separately"}
	separateMail = cues(separateMailWords...)
)

// afterReadersYes: a time word of s opens a clause whose subject is the
// reader: "once you've confirmed", "zodra je mondeling akkoord hebt
// gegeven", "sobald Sie zugesagt haben". What comes then waits on the
// reader's yes (but "once our CFO has signed off the package" on the
// employer's own step).
func afterReadersYes(s string) bool {
	for from := 0; from < len(s); {
		i := whenWords.index(s[from:])
		if i < 0 {
			return false
		}
		i += from
		rest := strings.TrimPrefix(s[i+cueLen(whenWords, s[i:]):], " ")
		rest = strings.TrimPrefix(rest, "that ")
		for _, p := range [...]string{"you ", "you'", "je ", "jij ", "u ", "du ", "sie ", "vous ", "tu "} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		from = i + 1
	}
	return false
}

// paperWords name an offer's written form.
var paperWords = cues("contract", "paperwork", "offer letter", "written offer", "contrato", "vertrag", "contrat ", "contratto",
	"carta oferta", "carta de oferta", "lettre d'offre", "arbeidsovereenkomst", "contrato de trabalho")

// formalWords say the formal, written form of what was said informally.
var formalWords = cues(" formally", " formal ", " officially", " official ", " in writing", " formell", " offiziell",
	" schriftlich", " formellement", " officiellement", " par écrit", " formalmente", " oficialmente", " por escrito",
	" per iscritto", " ufficialmente", " schriftelijk", " officieel", " formeel")

// readerSaidSo: the head reports what the reader said before, the
// writer its receiver: "in your e-mail of 21 July you mentioned that I
// could expect a decision by 30 July", "Sie schrieben, dass ich bis Ende
// Juli eine Antwort erhalte", "me dijiste que tendría noticias". It is the
// candidate's own chase, quoting the employer's promise back; what a third
// party said ("they told me they'd come back to me") is relayed news, and
// still a promise.
func readerSaidSo(head string) bool {
	if ruleOff("reader-said-so") {
		return false
	}
	head = " " + head
	for _, v := range [...]string{" you mentioned", " you said", " you told me", " you wrote", " you indicated",
		" you had mentioned", " you'd mentioned", " you had said", " you'd said"} {
		k := strings.LastIndex(head, v)
		if k < 0 {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(head[k+len(v):], ","), " that")
		if strings.HasPrefix(rest, " i ") || strings.HasPrefix(rest, " i'd ") || strings.HasPrefix(rest, " i'll ") {
			return true
		}
	}
	for _, v := range [...]string{"sie erwähnten, dass ich", "sie schrieben, dass ich", "sie sagten, dass ich",
		"sie sagten mir, dass ich", "vous m'aviez dit que je", "vous m'avez dit que je", "vous aviez mentionné que je",
		"vous m'aviez indiqué que je", "me dijiste que", "me comentaste que", "mencionaste que", "usted mencionó que",
		"mi hai detto che", "mi avevi detto che", "você disse que", "você mencionou que", "você comentou que",
		"je zei dat ik", "u zei dat ik", "u gaf aan dat ik", "je gaf aan dat ik"} {
		if strings.Contains(head, v) {
			return true
		}
	}
	return false
}

// futureInPast: the verb before a cue is the future of reported speech,
// "would" or "'d", not "will": "that the committee would share".
func futureInPast(head string) bool {
	head = " " + head + " "
	return (strings.Contains(head, " would ") || strings.Contains(head, "'d ")) && !strings.Contains(head, " will ") &&
		!strings.Contains(head, "'ll ")
}

// dayGoneAfter: the cue ending at end is followed right away by a day
// that has passed ("outcome by 11 March" written on the 16th).
func dayGoneAfter(s string, end int, base time.Time, lg lang) bool {
	if ruleOff("day-gone-after") {
		return false
	}
	for _, h := range scanDates(s, base, lg) {
		if h.start < end {
			continue
		}
		switch strings.TrimSpace(s[end:h.start]) {
		case "", "by", "on", "before", "until", "no later than", "by the", "on the":
			return !h.then && explicitDay(h) && h.t.Before(startOfDay(base))
		}
		return false
	}
	return false
}

// spanNamedAfter: the sentence after an undated promise that says how
// long "that" takes dates it: "... and then I'll reach back out with a
// decision. That usually takes 3-5 business days." It opens with the
// pronoun and a verb of taking, and names a span to come.
func spanNamedAfter(s string, base time.Time, lg lang) (dateHit, bool) {
	if len(s) > 90 || ruleOff("span-named-after") {
		return dateHit{}, false
	}
	ok := false
	for _, p := range spanOpeners {
		if strings.HasPrefix(s, p) {
			ok = true
			break
		}
	}
	if !ok || !takesWords.contains(" "+s) || negations.contains(" "+s+" ") {
		return dateHit{}, false
	}
	for _, h := range scanDates(s, base, lg) {
		if strings.HasPrefix(h.rule, "within ") && !h.then && !h.t.Before(startOfDay(base)) {
			return h, true
		}
	}
	return dateHit{}, false
}

// spanOpeners are the pronouns and nouns a sentence about the time the
// step before takes opens with.
var spanOpeners = []string{"that ", "this ", "it ", "the whole process ", "the process ", "das ", "dies ", "cela ", "ça ",
	"eso ", "esto ", "isso ", "isto ", "ciò ", "questo ", "dat ", "dit ", "het "}

// takesWords: a verb of taking time, "that usually takes", "das dauert",
// "cela prend", "eso suele tardar", "isso leva", "ci vogliono", "dat duurt".
var takesWords = cues(" take ", " takes ", " taking ", " dauert ", " dauern ", " prend ", " prendra ", " demande ",
	" toma ", " tomará ", " lleva ", " llevará ", " tarda ", " tardará ", " leva ", " levará ", " demora ",
	" demorará ", " richiede ", " vogliono ", " duurt ")

// presentAsFuture: a present-tense cue with no date is still the next
// contact when a word of time follows it ("te aviso en cuanto sepa
// algo"), a conjunction of time opens its clause ("apenas tengamos
// novedades te aviso", "assim que ele voltar te dou um retorno") or it
// closes a sentence after a verb it is coordinated with ("lo reviso con
// Felipe y te cuento", "vejo com o time e te falo"): what follows what the
// writer does first.
func presentAsFuture(s string, start, end int) bool {
	if soonWords.contains(s[end:]) {
		return true
	}
	head := " " + s[max(clauseStart(s, start), start-60):start]
	if frontedSoon.contains(head) {
		return true
	}
	rest := strings.Trim(s[end:], " .!")
	if rest != "" && len(strings.Fields(rest)) > 1 {
		return false
	}
	for _, c := range [...]string{" y ", " e ", " et ", " und ", " en "} {
		if strings.HasSuffix(head, c) && len(strings.Fields(head)) > 1 {
			return true
		}
	}
	return false
}

// frontedSoon are conjunctions of time that open a clause before its
// verb: "apenas tengamos novedades", "en cuanto sepa algo", "assim que
// ele voltar", "dès que j'ai", "non appena", "sobald", "zodra".
var frontedSoon = cues(" apenas tenga", " apenas sepa", " apenas me ", " apenas nos ", " apenas el", " apenas la",
	" en cuanto", " tan pronto", " assim que", " logo que", " dès que", " aussitôt que", " non appena", " appena ",
	" sobald", " zodra", " quando tiver", " quando souber", " cuando tenga", " cuando sepa")

// afterTheMeeting: contact placed after the meeting being arranged is
// about how it went, not what it needs: "we'll be in touch after your
// interview with next steps", "after the panel, Kristin will follow up
// with you regarding next steps".
func afterTheMeeting(s string) bool {
	i := afterMeetingCues.index(s)
	return i >= 0 && interviewNouns.contains(s[i:min(len(s), i+30)]) || i >= 0 && meetingAfterWords.contains(s[i:min(len(s), i+30)])
}

// beforeTheMeeting: contact placed before the meeting being arranged is
// a contact of its own, as one after it is: "Maarten neemt voorafgaand aan
// het gesprek nog contact met je op om het samen voor te bereiden"; but
// what the meeting needs, sent or given before it, is its logistics ("the
// case study will be shared with you 48 hours before the interview").
func beforeTheMeeting(s, cue string) bool {
	if sendingCue(cue) || passiveCues[strings.TrimSpace(cue)] || ruleOff("before-the-meeting") {
		return false
	}
	i := beforeMeetingCues.index(s)
	if i < 0 {
		return false
	}
	w := s[i:min(len(s), i+40)]
	return interviewNouns.contains(w) || meetingAfterWords.contains(w)
}

var beforeMeetingCues = cues("before the ", "before your ", "ahead of the ", "ahead of your ", "prior to the ", "prior to your ",
	"voorafgaand aan ", "vor dem ", "vor ihrem ", "vor deinem ", "avant l'", "avant votre ", "antes de la ", "antes da ",
	"antes do ", "prima del ", "prima dell'")

// inTheMeeting: what follows the cue places it inside the meeting being
// arranged, said there and then, no answer to wait for: "the interview
// will be run as a realistic practice and you'll get feedback at the end",
// "you'll hear the result on the day".
func inTheMeeting(rest string) bool {
	if ruleOff("in-the-meeting") {
		return false
	}
	rest = " " + strings.TrimRight(rest, " .!")
	if strings.HasSuffix(rest, " at the end") || strings.HasSuffix(rest, " on the day") || strings.HasSuffix(rest, " on the spot") ||
		strings.HasSuffix(rest, " there and then") {
		return true
	}
	for _, p := range [...]string{" at the end of the ", " at the end of your ", " during the ", " during your "} {
		if i := strings.Index(rest, p); i >= 0 && (interviewNouns.contains(rest[i:min(len(rest), i+len(p)+20)]) ||
			meetingAfterWords.contains(rest[i:min(len(rest), i+len(p)+20)])) {
			return true
		}
	}
	return false
}

// meetingFronted: the sentence opens with the meeting as the place of
// what follows ("in the interview we will ...", "während des Gesprächs",
// "lors de l'entretien"), inTheMeeting said first.
func meetingFronted(head string) bool {
	if ruleOff("meeting-fronted") {
		return false
	}
	for _, p := range [...]string{"in the ", "during the ", "at the ", "in your ", "during your ", "at your ", "in our ",
		"during our ", "im ", "beim ", "während des ", "in dem ", "lors de l'", "lors de votre ", "pendant l'", "pendant votre ",
		"durante la ", "durante el ", "en la ", "nel ", "durante il ", "tijdens het ", "in het ", "durante a "} {
		if rest, ok := strings.CutPrefix(head, p); ok {
			n := cueLen(interviewNouns, rest)
			if interviewNouns.index(rest) != 0 {
				n = cueLen(meetingAfterWords, rest)
				if meetingAfterWords.index(rest) != 0 {
					return false
				}
			}
			// the meeting itself, not the process it names ("in the
			// interview process we will contact everyone by Friday")
			after := rest[n:]
			return !strings.HasPrefix(after, " process") && !strings.HasPrefix(after, " stage") &&
				!strings.HasPrefix(after, " phase")
		}
	}
	return false
}

var (
	afterMeetingCues  = cues("after your ", "after the ", "following your ", "following the ", "nach dem ", "nach ihrem ", "après l'", "après votre ", "después de la ", "dopo il ", "na het ", "após a ")
	meetingAfterWords = cues("panel", "visit", "assessment", "session", "call", "meeting", "conversation", "chat", "screen",
		"termin", "visite", "visita", "bezoek",
		// the meeting by its place in the process or its kind: "after the
		// final round we'll come back to you", "after the audition"
		" round", "audition")
)

// notYetCues say the answer is not there yet; a sentence that is only a
// time after them is when it will be.
var notYetCues = cues("no update yet", "no news yet", "no decision yet", "nothing yet", "no feedback yet",
	"noch nichts", "noch keine", "pas encore de", "rien encore", "todavía no", "aún no", "ancora niente",
	"ancora nessuna", "nog niets", "nog geen", "ainda não", "ainda sem")

// bareTime: the sentence is a time and nothing else ("Early next week.",
// "Friday at the latest!").
func bareTime(s string, base time.Time, lg lang) (dateHit, bool) {
	if len(s) > 40 {
		return dateHit{}, false
	}
	hs := scanDates(s, base, lg)
	if len(hs) != 1 || hs[0].then || hs[0].start > 3 || hs[0].t.Before(startOfDay(base)) {
		return dateHit{}, false
	}
	rest := strings.Trim(s[hs[0].end:], " .!")
	if rest != "" && !latestCues.contains(rest) {
		return dateHit{}, false
	}
	return hs[0], true
}

// imminentCues say contact comes within days without naming one.
var imminentCues = cues("shortly", " soon", "in the next few days", "in the coming days", "over the next few days",
	"in the next couple of days", "nächsten tagen", "kommenden tagen", "in kürze", "prochains jours", "sous peu",
	"très prochainement", "próximos días", "en breve", "prossimi giorni", "a breve", "komende dagen", "volgende dagen",
	"binnenkort", "próximos dias", "em breve",
	// German "soon": "meldet sich zeitnah bei Ihnen"
	"zeitnah", "demnächst")

// nearTheTimeCues time contact by a day to come that the reader already
// knows, not by a span: "our staffing team will be in touch closer to
// your start date". An offer or a confirmed start still awaits it.
var nearTheTimeCues = cues("closer to your start", "closer to the start", "nearer to your start", "nearer your start",
	"nearer to the start", "nearer the start", "closer to the time", "nearer the time", "nearer to the time",
	"closer to the date", "nearer the date", "nearer to the date")

func imminent(s string) bool {
	return imminentCues.contains(s) || nearTheTimeCues.contains(s) && !ruleOff("near-the-time")
}

// onceFronted: the sentence opens with a step of the process the contact
// waits for, set off by a comma before the cue ("zodra de VOG binnen is,
// stuur ik je de definitieve arbeidsovereenkomst", "once both references
// have been received, we'll be in touch"): a contact to come as soon as
// that step is done, awaited like one said to come shortly. A step that
// is the reader's own answer ("zodra je mondeling akkoord bent", "once we
// receive it") waits on the reader first.
func onceFronted(s string, start int) bool {
	c := strings.LastIndexByte(s[:start], ',')
	if c < 0 && !ruleOff("once-fronted-no-comma") && !sendingCue(s[start:min(len(s), start+12)]) &&
		!strings.HasPrefix(s[start:], "confirm") {
		// with no comma the step's clause ends where the writer's future
		// begins, before a verb of contact: "once the site's back to
		// normal operations I'll come back to you with confirmed times"
		// (not of a task: "once both come back clear I'll confirm your
		// start date and send the new-hire paperwork")
		for _, w := range [...]string{" i'll ", " we'll ", " i will ", " we will ", " i shall ", " we shall "} {
			if k := strings.LastIndex(s[:start+1], w); k > 0 {
				c = max(c, k)
			}
		}
	}
	if c < 0 || ruleOff("once-fronted") {
		return false
	}
	for _, p := range [...]string{"once ", "as soon as ", "zodra ", "sobald ", "dès qu", "en cuanto ", "tan pronto ",
		"non appena ", "appena ", "assim que ", "logo que "} {
		if strings.HasPrefix(s, p) {
			return !readersStep.contains(" " + s[:c] + " ")
		}
	}
	return false
}

// readersStep: the reader as the subject of a step, or the writer
// receiving what the reader sends.
var readersStep = cues(" you ", " you'", " je ", " jij ", " u ", " vous ", " tu ", " usted ", " você ", " we receive",
	" we've received", " we have received", " we hear from you", " we hear back from you", " we've heard from you",
	" we've heard back from you", " wij ontvangen", " we ontvangen", " nous recevons", " recibamos", " recebermos")

// statementBeforeQuestion: a long sentence that ends in a question
// after a semicolon states what comes before it: "... which means we'll
// be in a position to let you know the outcome by the middle of next week;
// I'd also like to use that call to talk through the training, so could
// you let me know whether ...?"
func statementBeforeQuestion(s string) (string, bool) {
	if ruleOff("statement-before-question") {
		return "", false
	}
	i := strings.LastIndex(s, "; ")
	if i <= 0 {
		return "", false
	}
	return s[:i], true
}

// outsideBrackets is s without its bracketed asides: a decision noun in
// one describes what is sent ("un dossier de présentation (résultats
// 2026, composition du conseil)"), it is no decision awaited.
func outsideBrackets(s string) string {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return b.String()
		}
		s = s[i+j+1:]
		i = strings.IndexByte(s, '(')
	}
	b.WriteString(s)
	return b.String()
}

// asideQuestion: a question asked in a parenthesis the sentence ends in,
// still open where the question mark split it ("ik bel je morgen rond
// 15:00 uur (dat is 9:00 uur bij jou, toch?) op het nummer uit je cv"),
// is an aside; the statement before the parenthesis stands.
func asideQuestion(s string) (string, bool) {
	k := strings.LastIndexByte(s, '(')
	if k <= 0 || strings.IndexByte(s[k:], ')') >= 0 || ruleOff("aside-question") {
		return "", false
	}
	head := strings.TrimRight(s[:k], " ")
	return head, head != ""
}

// tagQuestion: a statement with a short question tagged on after its last
// comma ("I'll give you a bell next week to run through them, if that
// suits?", "..., ok?") asks only the tag; it returns the statement.
func tagQuestion(s string) (string, bool) {
	// a question after a dash about the time of the contact: "I'll call
	// you tomorrow either way - does around 11am ET work?"
	if j := strings.LastIndex(s, " - "); j >= 0 && len(s)-j-asideLen(s[j:]) <= 45 {
		tail := s[j+3:]
		// or about when it suits: "I'll give you a ring tomorrow ... -
		// what time suits you?"; in the other languages, "ich würde Sie
		// am Mittwoch anrufen - wäre Ihnen 16:00 Uhr (10:00 Uhr an der
		// Ostküste) recht?" (the time's aside in brackets counts no length)
		for _, p := range [...]string{"does ", "would ", "is that", "works", "will that", "ok", "sound", "what time",
			"which time", "when suits", "when works", "when's good", "when is good", "any time",
			"wäre ihnen", "wäre dir", "passt ihnen", "passt dir", "passt es", "passt das", "geht das", "ginge das",
			"vous convient", "te convient", "ça vous va", "ça te va", "le viene bien", "te viene bien", "le va bien",
			"te va bien", "le parece", "te parece", "le va bene", "ti va bene", "schikt het", "past het", "komt het",
			"lhe convém", "te convém", "pode ser"} {
			if strings.HasPrefix(tail, p) {
				return s[:j], true
			}
		}
	}
	// a request of the reader's after the dash, however long: "I'll give
	// you a call on Monday to walk through everything - could you let me
	// know what time suits you best on your Monday?" asks only the tail
	if j := strings.LastIndex(s, " - "); j > 0 && !ruleOff("dash-request") {
		tail := s[j+3:]
		for _, p := range [...]string{"could you ", "can you ", "would you ", "please let me know", "please let us know",
			"let me know ", "let us know ",
			// or a yes/no question, its verb first, about something else:
			// "I'll call you tomorrow afternoon either way - is the mobile
			// number on your CV still the best one?"
			"is ", "are ", "do you ", "does ", "have you ", "has ", "will you ", "shall i ", "should i ",
			// or a question with a question word, about the reader's
			// side: "Ravi will call you tomorrow to go through the rate -
			// what's the best number to reach you on?"
			"what's ", "what is ", "which ", "where ", "who "} {
			if strings.HasPrefix(tail, p) {
				return s[:j], true
			}
		}
	}
	if k := strings.LastIndex(s, " if "); k > 0 && len(s)-k <= 32 && courtesyIf(s[k+1:]) && !ruleOff("courtesy-tag") {
		// the leave asked with no comma: "I'll give you a ring tomorrow
		// afternoon (around 2pm, so 9am for you) if that works?"
		return strings.TrimRight(s[:k], " ,"), true
	}
	i := strings.LastIndex(s, ", ")
	if i < 0 || len(s)-i > 22 {
		return "", false
	}
	tail := s[i+2:]
	for _, p := range [...]string{"if that suits", "if that works", "if that's ok", "if that's okay", "if that's alright",
		"ok?", "okay?", "alright?", "does that work", "does that suit", "sound good", "yeah?", "right?",
		// the same asked in the other languages: "assim que ele voltar te
		// dou um retorno, combinado?", "te escribo el lunes, ¿vale?"
		"combinado?", "beleza?", "pode ser?", "vale?", "¿vale?", "¿te parece?", "te parece?", "d'accord ?",
		"d'accord?", "ça te va ?", "ça vous va ?", "va bene?", "ok ?", "einverstanden?", "passt das?", "goed?", "oké?",
		"tá bom?", "ta bom?", "tá?", "certo?", "né?", "sí?", "¿sí?", "ok, ?", "oder?"} {
		if strings.HasPrefix(tail, p) {
			return s[:i], true
		}
	}
	return "", false
}

// politeSubjunctive: a cue of germanFutureVerbLast in the subjunctive
// ("ich würde Sie ... anrufen"), a proposal that promises only with its
// day.
func politeSubjunctive(cue string) bool {
	return strings.HasPrefix(cue, "ich würde ") || strings.HasPrefix(cue, "würde ich ") || strings.HasPrefix(cue, "wir würden ") ||
		strings.HasPrefix(cue, "würden wir ")
}

// asideLen is how much of s is asides in brackets.
func asideLen(s string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 || ruleOff("aside-len") {
			return n
		}
		k := strings.IndexByte(s[i:], ')')
		if k < 0 {
			return n
		}
		n += k + 1
		s = s[i+k+1:]
	}
}

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// awaitedFuture finds, in a sentence without a promise cue, a word for the
// awaited answer in one clause with a future tense: "your written contract
// will follow early next week", "the outcome should be confirmed within
// five working days", "la decisione verrà presa entro fine mese". It
// reports the span from the one to the other. Deadlines for the reader
// ("the offer will expire on Friday") are none.
func awaitedFuture(s string, lg lang) (start, end int, ok bool) {
	i := awaitedNoun(s)
	for i >= 0 && acceptedBefore(s[max(0, i-20):i]) {
		// the thing the reader has already taken awaits nothing: "you've
		// accepted our offer and will be joining us on June 7"
		k := awaitedNoun(s[i+1:])
		if k < 0 {
			i = -1
			break
		}
		i += 1 + k
	}
	if i < 0 || expiryCues.contains(s) || notPromise.contains(s) || deadlineCues.contains(s) || interviewNouns.contains(s) {
		return 0, 0, false
	}
	// (the clause's reach after the noun counts from its end: "your
	// letter of employment, with your joining port and travel details,
	// will be issued within 10 working days")
	lo, hi := max(clauseStart(s, i), i-60), min(len(s), i+cueLen(awaitedWords, s[i:])+60)
	if k := strings.IndexAny(s[i:hi], ";:"); k >= 0 {
		hi = i + k
	}
	clause := " " + s[lo:hi] + " "
	m := futureMarkers.index(clause)
	if m < 0 {
		m = futureTense(clause, lg)
	}
	if m < 0 || negations.contains(clause) || ifWords.wordIndex(clause) >= 0 || whenWords.contains(clause) ||
		madeAvailable.contains(clause) && !candidatesPlace.contains(s[i:min(len(s), hi+40)]) && !ruleOff("made-available") || seenByReader.contains(s[i:]) && !ruleOff("seen-by-reader") {
		return 0, 0, false
	}
	if noun := i - lo + 1; m < noun && !ruleOff("nearest-future") {
		// r85: "il consiglio si riunirà martedì prossimo e mi esprimerò
		// con una decisione a metà della prossima settimana": of two
		// futures before the noun, the one nearest it governs it, and
		// the day after the first is the other verb's
		for {
			// (past the word found, from the space after it)
			w := strings.IndexByte(clause[m+1:noun], ' ')
			if w < 0 {
				break
			}
			k := futureMarkers.index(clause[m+1+w : noun])
			if k < 0 {
				k = futureTense(clause[m+1+w:noun], lg)
			}
			if k >= 0 {
				k += w
			}
			if k < 1 || m+1+k >= noun {
				break
			}
			m += 1 + k
		}
	}
	return min(i, lo+max(0, m-1)), max(i, lo+max(0, m-1)) + 1, true
}

// acceptedBefore: the head of an awaited noun says it was accepted or
// signed already, the verb and the noun's determiner: "accepted our
// offer", "signed the contract", "aceitou a proposta", "accepté notre
// offre" (not the adjective: "will issue your signed contract").
func acceptedBefore(head string) bool {
	if ruleOff("accepted-before") {
		return false
	}
	head = " " + head
	for _, v := range [...]string{" accepted ", " signed ", " aceptado ", " aceptaste ", " aceptó ", " firmado ", " aceitou ",
		" aceitado ", " assinou ", " assinado ", " accepté ", " signé ", " accettato ", " firmato ", " angenommenen ",
		" unterschriebenen ", " geaccepteerd ", " getekend "} {
		if k := strings.LastIndex(head, v); k >= 0 && len(strings.Fields(head[k+len(v):])) == 1 {
			return true
		}
	}
	return false
}

// madeAvailable: the awaited thing put where the reader goes to look,
// no one's contact: "jury feedback on your entry will be available in
// your dashboard by 1 July".
var madeAvailable = cues(" be available", " be made available", "estará disponible", "estarán disponibles",
	"sera disponible", "seront disponibles", "estará disponível", "estarão disponíveis", "sarà disponibile",
	"saranno disponibili", "beschikbaar zijn", "beschikbaar komen", "verfügbar sein")

// candidatesPlace is where a candidate, not an entrant or a member, goes
// to look: feedback made available there by a time is the answer an
// employer promises ("written feedback from your assessors will be
// available in your candidate account within the next five working
// days").
var candidatesPlace = cues("candidate account", "candidate portal", "candidate dashboard", "candidate profile",
	"candidate centre", "candidate center", "candidate area", "candidate hub", "espace candidat", "compte candidat",
	"portail candidat", "portal del candidato", "portal de candidatos", "cuenta de candidato", "área de candidato",
	"portale candidati", "portale del candidato", "area candidato", "bewerberportal", "bewerberkonto",
	"kandidatenportaal", "kandidatenportal", "portal do candidato", "área do candidato", "conta de candidato")

// awaitedNoun is where the first awaited word of s starts whose word ends
// with it, bar a plural ending: not the "contract" of "you'll be a
// contractor". -1 when none.
func awaitedNoun(s string) int {
	for from := 0; from < len(s); {
		i := awaitedWords.index(s[from:])
		if i < 0 {
			return -1
		}
		i += from
		e := i + cueLen(awaitedWords, s[i:])
		k := e
		// (a phrase that ends in a space, "offer ", ends its word)
		for wordByte(s[e-1]) && k < len(s) && wordByte(s[k]) {
			k++
		}
		if (k-e <= 2 || ruleOff("awaited-whole-word")) && !offerVerb(s[:i], s[i:e]) && !askedFor(s[:i]) {
			return i
		}
		from = i + 1
	}
	return -1
}

// askedFor: the awaited word is what the reader may request, the
// request the clause's subject: "requests for feedback should be made in
// writing within 5 working days" sets the reader a deadline.
func askedFor(head string) bool {
	if ruleOff("asked-for") {
		return false
	}
	for _, p := range [...]string{"requests for ", "request for ", "requests for the ", "request for the ",
		"applications for ", "demandes de ", "demande de ", "solicitudes de ", "solicitud de "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// offerVerb: "offer" after a modal of what is possible or a subject in
// the present is the verb, times or terms offered, no offer awaited: "we
// can offer Tuesday 23 March or Thursday 25 March".
func offerVerb(head, word string) bool {
	if !strings.HasPrefix(word, "offer") || ruleOff("offer-verb") {
		return false
	}
	head = " " + strings.TrimRight(head, " ")
	for _, p := range [...]string{" can", " could", " may", " might", " we", " i"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// reviewWithin finds, in a sentence without a promise cue, the writer's
// side reviewing the reader's application within a span of time: "a
// member of our talent acquisition team will review your profile and
// portfolio within 3-5 business days". The review's end is when the
// reader hears, though no contact is named; it reports the review's verb.
// A review with no span ("will be reviewed after the closing date"), under
// a condition or the reader's own ("you will review the contract within
// five days") is none.
func reviewWithin(s string, base time.Time, lg lang) (start, end int, ok bool) {
	i := reviewVerbs.index(s)
	if i < 0 || ruleOff("review-within") {
		return 0, 0, false
	}
	n := cueLen(reviewVerbs, s[i:])
	lo := clauseStart(s, i)
	if strings.HasSuffix(strings.TrimRight(s[lo:i], " "), "you") || ifWords.wordIndex(" "+s[lo:i]+" ") >= 0 ||
		negations.contains(" "+s[lo:i+n]+" ") {
		return 0, 0, false
	}
	for _, h := range scanDates(s, base, lg) {
		if h.start >= i+n && strings.HasPrefix(h.rule, "within ") && !strings.ContainsAny(s[i+n:h.start], ";:.") {
			return i, i + n, true
		}
	}
	return 0, 0, false
}

// habitualWithin finds, in a sentence without a promise cue, how long
// the other side usually takes to answer: "she usually confirms a slot
// within 3-5 working days", "they typically respond within a week". What
// they usually do is what the reader may expect of them this time; the
// span's end is when. A habit of the reader's ("you usually hear ...
// within", "if you usually ...") or one denied is none.
func habitualWithin(s string, base time.Time, lg lang) (start, end int, ok bool) {
	if lg != langEN || ruleOff("habitual-within") {
		return 0, 0, false
	}
	i := habitWords.index(s)
	if i < 0 {
		return 0, 0, false
	}
	n := cueLen(habitWords, s[i:])
	v := strings.TrimLeft(s[i+n:], " ")
	if habitVerbs.index(v) != 0 {
		return 0, 0, false
	}
	lo := clauseStart(s, i)
	if strings.HasSuffix(strings.TrimRight(s[lo:i], " "), "you") || ifWords.wordIndex(" "+s[lo:i]+" ") >= 0 ||
		negations.contains(" "+s[lo:i+n]+" "+v[:min(len(v), 20)]+" ") {
		return 0, 0, false
	}
	if seenByReader.contains(s[i:]) && !ruleOff("seen-by-reader") {
		// "results usually come back within 2-3 business days and you'll
		// see them in your portal": the reader looks them up, no one
		// writes
		return 0, 0, false
	}
	for _, h := range scanDates(s, base, lg) {
		if h.start >= i+n && strings.HasPrefix(h.rule, "within ") && !strings.ContainsAny(s[i+n:h.start], ";:.") {
			return i, i + n, true
		}
	}
	return 0, 0, false
}

var (
	// seenByReader: what comes back is put where the reader looks, as
	// madeAvailable's is.
	seenByReader = cues("see them in your", "see it in your", "find them in your", "find it in your",
		"see the results in your", "appear in your", "show up in your", "visible in your")
	habitWords = cues(" usually", " typically", " normally", " generally", " tend to", " tends to",
		// r66: what most who are in the reader's place get is the norm
		// the reader may expect: "most candidates hear back within 3-5
		// business days"
		"most candidates", "most applicants")
	// habitVerbs answer, confirm or decide: "confirms a slot", "gets back
	// to candidates", "makes a decision"
	habitVerbs = cues("confirm", "respond", "reply", "replies", "get back", "gets back", "come back", "comes back",
		"decide", "make a decision", "makes a decision", "send", "share", "give feedback", "gives feedback",
		"provide feedback", "provides feedback", "turn around", "turns around", "hear back", "hears back")
)

// reviewVerbs are a future review of what the reader sent.
var reviewVerbs = cues("will review", "'ll review", "will be reviewing", "will be reviewed", "will assess", "will be assessed",
	"will be assessing", "will screen", "will be screened", "will look at", "will look over", "will go through",
	// r66: the aim and the habit of reviewing, said in the present: "our
	// team aims to review every application within 10 business days",
	// "reviews applications in the order received, usually within 3-5
	// business days"
	"aims to review", "aim to review", "reviews applications", "review applications", "reviews all applications",
	"review all applications", "reviews every application", "review every application")

// stageInvitation: the only word of a meeting's logistics about the cue is
// an invitation to a stage of the process ("test session invitations will
// be emailed by Friday, February 19"), which is the answer awaited, who
// goes on, where no meeting is arranged yet; a calendar invite or a link
// is what a meeting needs.
func stageInvitation(window string) bool {
	if ruleOff("stage-invitation") || !invitedToNouns.contains(window) {
		return false
	}
	for from := 0; from < len(window); {
		i := logisticsCues.index(window[from:])
		if i < 0 {
			return true
		}
		i += from
		if !invitationWords.contains(window[i:min(len(window), i+12)]) {
			return false
		}
		from = i + cueLen(logisticsCues, window[i:])
	}
	return true
}

var (
	invitationWords = cues("invit", "einladung", "convocatoria", "uitnodiging", "convite")
	// invitedToNouns are the steps an invitation may be to: "aptitude test",
	// "interview", "assessment"
	invitedToNouns = cues("test", "exam", "assessment", "interview", "entrevista", "entretien", "gespräch", "prüfung",
		"examen", "prueba", "esame", "colloquio", "gesprek", "toets", "prova")
)

// futureTense finds a future verb form of the Romance languages and an
// auxiliary of German and Dutch: "prendrons", "tomará", "verrà",
// "werden", "zal". It returns where, or -1.
func futureTense(clause string, lg lang) int {
	switch lg {
	case langDE:
		return futureDE.index(clause)
	case langNL:
		return futureNL.index(clause)
	case langEN:
		return -1
	}
	for _, w := range strings.Fields(clause) {
		w = strings.Trim(w, ".,;:!?()\"'")
		if mesoclisis(w) {
			return strings.Index(clause, w)
		}
		for _, suf := range [...]string{"rons", "rai", "ra", "ront", "rez", "remos", "rá", "rán", "remo", "rà", "ranno",
			"rei", "rão", "rás", "rà", "rò"} {
			// a bare "-ra" is the future only in French ("sera",
			// "recevra"); in Spanish and Portuguese it ends nouns and a
			// past ("segunda-feira", "candidatura", "tomara"): "retorno na
			// segunda-feira, 15/02" is someone back, no answer to come
			if suf == "ra" && lg != langFR {
				continue
			}
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				return strings.Index(clause, w)
			}
		}
	}
	return -1
}

// mesoclisis: the Portuguese future with its pronoun inside the verb,
// the ending after it ("ser-lhe-á enviada", "enviar-lhe-emos",
// "contactá-lo-ão").
func mesoclisis(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) != 3 || len(parts[0]) < 3 || ruleOff("mesoclisis") {
		return false
	}
	switch parts[1] {
	case "lhe", "lhes", "lo", "la", "los", "las", "nos", "vos", "se", "me", "te":
	default:
		return false
	}
	switch parts[2] {
	case "á", "ão", "ás", "ei", "emos":
		return true
	}
	return false
}

// casualStart: a short sentence that opens with a verb of talking.
func casualStart(s string) bool {
	if len(s) > 40 {
		return false
	}
	for _, p := range [...]string{"speak ", "talk ", "chat ", "catch up ", "speak to you ", "talk to you "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// newsHeadline: a sentence that opens with the news awaited and a
// deadline word right after it, no verb ("Retour d'ici 3 jours ouvrés",
// "Antwort bis Freitag", "Decision by Friday"), after a greeting the
// sentence splitter left on it ("Bonjour Alex, retour d'ici ..."); where
// the news noun is, end 0 when none. A request for it ("feedback by
// Friday please") is none.
func newsHeadline(s string) (start, end int) {
	if ruleOff("news-headline") || headlineRequest.contains(s) {
		return 0, 0
	}
	if k := strings.IndexByte(s, ','); k > 0 && salutationLine(s[:k+1]) {
		start = k + 1 + len(s[k+1:]) - len(strings.TrimLeft(s[k+1:], " \n\t"))
	}
	rest := s[start:]
	for _, n := range headlineNouns {
		if !strings.HasPrefix(rest, n) {
			continue
		}
		for _, d := range headlineDeadlines {
			if strings.HasPrefix(rest[len(n):], d) {
				return start, start + len(n)
			}
		}
	}
	return 0, 0
}

var (
	headlineNouns = [...]string{"retour", "réponse", "décision", "nouvelles", "answer", "decision", "feedback", "news",
		"antwort", "rückmeldung", "entscheidung", "bescheid", "respuesta", "decisión", "risposta", "decisione", "esito",
		"antwoord", "beslissing", "uitslag", "resposta", "decisão", "retorno"}
	headlineDeadlines = [...]string{" d'ici ", " avant ", " au plus tard ", " sous ", " by ", " within ", " no later than ",
		" bis ", " spätestens ", " innerhalb ", " antes del ", " antes de ", " a más tardar ", " entro ", " uiterlijk ",
		" binnen ", " até ", " em até "}
	headlineRequest = cues("please", "plz", "pls", "merci de", "s'il vous", "s'il te", "bitte", "por favor", "per favore",
		"graag", "alsjeblieft", "needed", "required", "nécessaire", "erforderlich", "requested", "would be")
)

// joinDateBreaks undoes the sentence breaks after a numeric date: "Sie
// erhalten bis zum 23.04. eine Rückmeldung" is one sentence.
func joinDateBreaks(sents []sentence) []sentence {
	var out []sentence
	for i, s := range sents {
		if out == nil && !endsInDotDate(s.text) && !endsInDateAbbrev(s.text) {
			continue
		}
		if out == nil {
			out = append(make([]sentence, 0, len(sents)), sents[:i]...)
		}
		if n := len(out); n > 0 && (endsInDotDate(out[n-1].text) || endsInDateAbbrev(out[n-1].text)) && !out[n-1].question {
			out[n-1].text += " " + s.text
			out[n-1].question = s.question
			continue
		}
		out = append(out, s)
	}
	if out == nil {
		return sents
	}
	return out
}

// endsInDateAbbrev: the text ends in "Apr." or "Fri." — an abbreviation
// the sentence splitter took for an end.
func endsInDateAbbrev(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	i := strings.LastIndexByte(s[:len(s)-1], ' ')
	w := s[i+1 : len(s)-1]
	if len(w) > 5 {
		return false
	}
	_, month := monthWords[w]
	if monthAbbrevRisky[w] {
		// "before any decisions go out.": a word first, a month only
		// after a day number, where it ends a whole date
		return false
	}
	if month && i > 0 {
		// "closes on 30 April." ends a sentence: the day before the month
		// makes it a whole date, not "Apr." before its day
		k := strings.LastIndexByte(s[:i], ' ')
		prev := s[k+1 : i]
		if (prev == "de" || prev == "di" || prev == "of" || prev == "del") && k > 0 {
			// "até 2 de julho.", "entro il 2 di luglio.": the day stands
			// before the word of the month
			prev = s[strings.LastIndexByte(s[:k], ' ')+1 : k]
		}
		if prev != "" && prev[0] >= '0' && prev[0] <= '9' {
			return false
		}
	}
	return month || enAbbrevWeekdays[w]
}

// endsInDotDate: the text ends in "12.03." or "12.3." (no year).
func endsInDotDate(s string) bool {
	n := len(s)
	if n < 5 || s[n-1] != '.' {
		return false
	}
	i := n - 2
	digits := 0
	for i >= 0 && s[i] >= '0' && s[i] <= '9' {
		i--
		digits++
	}
	if digits < 1 || digits > 2 || i < 1 || s[i] != '.' {
		return false
	}
	j := i - 1
	digits = 0
	for j >= 0 && s[j] >= '0' && s[j] <= '9' {
		j--
		digits++
	}
	return digits >= 1 && digits <= 2 && (j < 0 || s[j] == ' ')
}

func (b *verdictBuilder) setPromise(h dateHit, cue string) {
	t := h.t
	b.v.PromiseAt = &t
	b.v.PromiseUndated = false
	b.v.PromiseCall = callPromise(cue)
	b.promiseSentence = cue
	b.note("promise %q -> %s (%s)", clip(cue), t.Format("Mon 2006-01-02 15:04"), h.rule)
}

// decisionClause: a clause about the answer itself ("decisions go out",
// "the outcome will be known"), or the selection finished, which the
// answer follows ("the recruitment exercise is expected to be concluded
// by the end of the month").
func decisionClause(cs string) bool {
	if strings.Contains(cs, "decision") || strings.Contains(cs, "outcome") || strings.Contains(cs, "result") {
		return true
	}
	_, _, ok := processFinished(" " + cs)
	return ok
}

// coordinatedCue: between a date and a cue only ", and" and the cue's
// subject ("..., and I'll"), which may be all the candidates however
// named (", and all candidates who were interviewed will be").
func coordinatedCue(between string) bool {
	b, ok := strings.CutPrefix(between, ", and ")
	return ok && (len(b) <= 12 || len(b) <= 50 && toCandidates(b) && !ruleOff("coordinated-candidates")) && !strings.ContainsAny(b, ",;:")
}

// eventClause: a clause that opens with an event the contact waits for
// ("once the panel has met", "sobald", "dès que", "en cuanto", "appena",
// "zodra", "assim que"), not one the reader must do first ("once you have
// completed the test").
func eventClause(cs string) bool {
	for _, p := range [...]string{"once ", "as soon as ", "after ", "sobald ", "nachdem ", "dès que ", "une fois que ",
		"en cuanto ", "una vez que ", "tan pronto como ", "appena ", "non appena ", "una volta che ", "zodra ", "nadat ",
		"assim que ", "logo que ", "depois que "} {
		if rest, ok := strings.CutPrefix(cs, p); ok {
			if k := strings.IndexAny(rest, ",;"); k >= 0 {
				rest = rest[:k] // the event's own clause
			}
			for _, you := range [...]string{"you", "sie ", "du ", "vous", "tu ", "te ", "usted", "je ", "u ", "você", "lei ", "voi "} {
				if strings.HasPrefix(rest, you) || strings.Contains(rest, " "+you) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// decisionOnly: a cue that names a decision being made, not contact with
// the reader ("she will make a decision straight after Thursday"); a
// sentence that promises contact outranks it. So is the German decision
// falling or being taken: "Die finale Entscheidung fällt in der Runde mit
// der Geschäftsführung am Montag. Du hörst spätestens bis Mittwoch nächster
// Woche von mir" is heard on Wednesday.
func decisionOnly(cue string) bool {
	return strings.HasPrefix(cue, "make ") || strings.HasPrefix(cue, "making ") || strings.HasPrefix(cue, "reach a decision") || cue == "know more" ||
		strings.TrimSpace(cue) == "know" || strings.HasPrefix(cue, " decide ") ||
		cue == "targeting" ||
		strings.HasPrefix(cue, "be making") || strings.Contains(cue, "be made") || romanceDecisionTaken(cue) ||
		germanDecisionFalls(cue) || finishCues.index(cue) == 0 || romanceFinishCues.index(cue) == 0 || finishedPassive.index(cue) == 0
}

// othersHave: "have an answer" whose subject is someone else, no one of
// the writer's side: "she's finalizing things with her director and
// should have an answer by end of day. I'll call you tomorrow afternoon
// either way". Their answer is a decision being reached, as decisionOnly's
// are; the writer's contact, if any, is when the reader hears.
func othersHave(s string, start, end int) bool {
	if ruleOff("others-have") || !strings.HasPrefix(strings.TrimSpace(s[start:end]), "have ") {
		return false
	}
	head := " " + s[clauseStart(s, start):start] + " "
	return !firstPersons.contains(head) && !strings.Contains(head, " you") && thirdSubjects.contains(head)
}

var thirdSubjects = cues(" she ", " she'", " he ", " he'", " they ", " they'", " the client ", " the hiring manager ",
	" the manager ", " the panel ", " the committee ", " the board ")

// romanceDecisionTaken: the Romance passive of a decision being taken
// ("la décision sera prise en comité", "la decisión se tomará", "la
// decisione sarà presa"), which names no contact, as English "be made"
// does not: "Nous avons encore deux entretiens à mener cette semaine et la
// décision sera prise en comité. Nous reviendrons vers vous d'ici la fin du
// mois" is heard at the month's end.
func romanceDecisionTaken(cue string) bool {
	if ruleOff("romance-decision-taken") {
		return false
	}
	return decisionTaken.contains(cue)
}

var decisionTaken = cues("sera prise", "être prise", "se tomará", "sarà presa", "verrà presa")

// germanPerfect: a German participle cue after the auxiliary of the
// perfect in its clause is done, not to come: "heute hat der Beirat seine
// Entscheidung getroffen: der Mandant hat sich für eine andere Kandidatin
// entschieden" (but "wird ... getroffen" is the future's passive); so is
// the news received, a participle of receiving after the noun (r66): "ich
// habe heute Feedback von unserem Kunden bekommen".
func germanPerfect(head, cue string) bool {
	if !strings.HasSuffix(cue, "getroffen") && cue != "bekommen" && cue != "erhalten" || ruleOff("german-perfect") {
		return false
	}
	head = " " + head + " "
	if strings.Contains(head, " wird ") || strings.Contains(head, " werden ") || strings.Contains(head, " werde ") {
		return false
	}
	auxiliaries := []string{" hat ", " haben ", " habe ", " hatte ", " hatten ", " ist ", " sind ", " wurde ", " wurden "}
	if cue == "bekommen" || cue == "erhalten" {
		// receiving takes "haben", in its own clause: not "Mir wurde
		// zugesagt, dass wir Mitte nächster Woche Bescheid bekommen" (r68)
		if i := strings.LastIndex(head, " dass "); i >= 0 {
			head = head[i:]
		}
		auxiliaries = auxiliaries[:5]
	}
	for _, a := range auxiliaries {
		if strings.Contains(head, a) {
			return true
		}
	}
	return false
}

// germanDecisionFalls: a cue that is the German decision falling or being
// taken ("entscheidung fällt", "Entscheidung ... getroffen"), no contact.
func germanDecisionFalls(cue string) bool {
	if !strings.HasPrefix(cue, "entscheidung ") || ruleOff("german-decision-only") {
		return false
	}
	for _, v := range [...]string{"fällt", "fallen", "getroffen", "treffen"} {
		if strings.HasSuffix(cue, v) {
			return true
		}
	}
	return false
}

// promiseDate picks the date of a promise in sentence s whose cue is at
// s[start:end]: the first date after the cue, else the nearest before it in
// its clause (or in a clause that starts with a timing word, or any
// duration in the clause before). "By then" is the date named before it,
// here or in the previous sentence.
func promiseDate(s string, start, end int, prev string, base time.Time, lg lang) (dateHit, bool) {
	hits := scanDates(s, base, lg)
	today := startOfDay(base)
	resolve := func(k int) (dateHit, bool) {
		h := hits[k]
		if !h.then {
			if k > 0 && followingWeek.contains(s[h.start:h.end]) && !strings.Contains(s[h.start:h.end], "next") {
				// "the committee meets on the 12th and we'll share a
				// decision the following week": the week after that day
				for j := k - 1; j >= 0; j-- {
					if p := hits[j]; !p.then && !p.t.Before(today) && explicitDay(p) {
						f := fridayOf(p.t, 1)
						h.t = time.Date(f.Year(), f.Month(), f.Day(), h.t.Hour(), h.t.Minute(), 0, 0, h.t.Location())
						h.rule = "the week after " + p.rule
						break
					}
				}
			}
			return h, !h.t.Before(today)
		}
		days := 0
		if h.rule == dayAfterRule {
			days = 1 // "le lendemain", "the next day"
		}
		// (but one whose own sentence names the news before it, its day
		// with it, waits on that: "me han dicho que me contestarán a
		// principios de la semana que viene; en cuanto sepa algo te llamo")
		ownNews := h.rule == soonAsBeforeRule && newsPromisedIn(s[:h.start]) && !ruleOff("then-news-own-sentence")
		for j := k - 1; j >= 0 && (h.rule != soonAsBeforeRule || ownNews); j-- {
			// (a day before an "as soon as I hear" that names no news is
			// of something else: "she's travelling this week")
			if !hits[j].then && !hits[j].t.Before(today) {
				if h.rule == afterWhichRule && !explicitDay(hits[j]) || !afterwardsOf(h, hits[j]) {
					return dateHit{}, false // later than a span, on no day of its own
				}
				h.t, h.rule = hits[j].t.AddDate(0, 0, days), hits[j].rule+", by then"
				return h, true
			}
		}
		if h.rule == soonAsRule || h.rule == afterWhichRule {
			return dateHit{}, false // in its own sentence only
		}
		if h.rule == soonAsBeforeRule && !newsPromisedIn(prev) {
			return dateHit{}, false // "I'm travelling this week. I'll call you as soon as I hear"
		}
		if h.rule == soonReadyRule && !readyNamedIn(prev) {
			return dateHit{}, false // "I'm away this week. I'll write as soon as the report is ready"
		}
		ph := scanDates(prev, base, lg)
		for j := len(ph) - 1; j >= 0; j-- {
			if !ph[j].then && !ph[j].t.Before(today) && saidInPast(ownClause(prev[:ph[j].start])) && !ruleOff("then-past-day") {
				// "a couple of people were out sick this week ... we'll
				// get back to you as soon as we've sat down": the week a
				// past verb's, no day the news waits on
				continue
			}
			if !ph[j].then && !ph[j].t.Before(today) {
				if !afterwardsOf(h, ph[j]) {
					return dateHit{}, false
				}
				h.t, h.rule = ph[j].t.AddDate(0, 0, days), ph[j].rule+", by then"
				return h, true
			}
		}
		return dateHit{}, false
	}
	if k, ok := spanBeforeQuestion(s, start, end, hits, lg); ok {
		return resolve(k)
	}
	// After the cue: the first date, unless it names an event the contact
	// follows ("after the panel meets on Thursday") or a later one is the
	// deadline ("early next week, Wednesday at the latest").
	first := -1
	for k, h := range hits {
		if h.start < start {
			continue
		}
		if h.rule == "today" && h.start >= end && strings.ContainsAny(s[end:h.start], ",;") && k > 0 && hits[k-1].end <= start &&
			!strings.ContainsAny(s[hits[k-1].end:start], ",;") {
			// "mañana te confirmo si pasas, hoy ando en junta todo el
			// día": today is another clause's; the day is the one before
			continue
		}
		if _, ok := resolve(k); !ok {
			continue
		}
		if h.start < end && asideAround(s, h.start, end) {
			// r85: "(o nosso cto só volta amanhã de viagem), mas dou-lhe
			// notícias no início da próxima semana": a day in an aside
			// the cue's span runs past is the aside's
			continue
		}
		if asideClosed(s, start, h.start) {
			// "(the SDS will come with the contract) - 6 months, start
			// Monday 12 July": the cue's aside ends before the day
			continue
		}
		if first < 0 || notWhen(s, hits[first]) && !notWhen(s, h) {
			first = k
		}
		if latestDate(s, h) {
			first = k
			break
		}
	}
	if first >= 0 {
		return resolve(first)
	}
	if m := reClockAt.FindStringIndex(s[end:]); m != nil && len(hits) == 0 {
		// "I'll call you at 3pm": today, or tomorrow once that hour has passed.
		t := withClock(day(base, 0), s[end+m[0]:])
		if t.Before(base) {
			t = t.AddDate(0, 0, 1)
		}
		return dateHit{t: t, rule: "time of day"}, true
	}
	later := laterThan(s[end:])
	for k := len(hits) - 1; k >= 0; k-- {
		h := hits[k]
		if h.then && h.end <= start && !strings.ContainsAny(s[h.end:start], ";:") && strings.Count(s[h.end:start], ",") <= 1 {
			// "ese mismo día te llamaremos", "by then I'll have an
			// answer": the day named before, in the cue's own clause or
			// fronted before it ("justo después de esa reunión, os
			// escribiremos", "by then, I'll have an answer")
			if r, ok := resolve(k); ok {
				return r, true
			}
		}
		if h.start >= start || h.then {
			continue
		}
		if (later || thenBetween(s[h.end:start])) && !explicitDay(h) && !strings.HasPrefix(h.rule, "within ") {
			// "we'll be finishing the panels next week and will reach out
			// after that": later than a span, on no day of its own; after
			// a day ("the team is meeting Monday ... and I'll be in touch
			// after that") it is that day, after a time counted ("we need
			// two to three weeks ..., and we will give you the final result
			// after that") its end
			return dateHit{}, false
		}
		between := s[h.end:start]
		if forDayBefore(s[:h.start], between) || reportedDay(s[:h.start]) {
			// "our assistant has booked your hotel for Tuesday night and
			// will send you the parking permit": the day another verb's
			// booking is for; and a day a verb of telling had ("the client
			// told us this week") is when the news came (reportedDay)
			break
		}
		// (a dash after a clause in the past parts it from the cue's as a
		// comma does: "it was great speaking with you this afternoon - the
		// whole team is thrilled that we can extend you an offer"; not "it
		// could slip to Monday - either way I'll keep you posted")
		sameClause := !strings.ContainsAny(between, ",;:") &&
			!(dashBetween(between) && saidInPast(s[clauseStart(s, h.start):h.start]))
		if !sameClause && h.rule == "weekday and date" && strings.HasPrefix(between, ",") && len(between) < 40 &&
			!strings.ContainsAny(between[1:], ",;:") && byBefore(s[max(0, h.start-16):h.start]) && !ruleOff("date-apposition") {
			// the comma that closes a date set off in its clause: "dass
			// Sie bis spätestens Freitag, 2. Juli, einen definitiven
			// Bescheid von mir erhalten"
			sameClause = true
		}
		cs := clauseOf(s, h.start)
		fronted := false
		for _, p := range timingStarts {
			if strings.HasPrefix(cs, p) {
				fronted = true
				break
			}
		}
		if decisionClause(cs) && coordinatedCue(between) {
			// "decisions go out no later than next Friday, and I'll call
			// every finalist personally": the day the answer comes
			fronted = true
		}
		if explicitDay(h) && eventClause(cs) {
			// "once the panel has met on Tuesday, I'll get back to
			// you", "sobald die Geschäftsführung am Montag entschieden
			// hat, rufe ich Sie an": the event's day
			fronted = true
		}
		duration := strings.HasPrefix(h.rule, "within ") && !strings.ContainsAny(between, ";:")
		if (sameClause || fronted || duration) && !h.t.Before(today) {
			return h, true
		}
		if !sameClause {
			break
		}
	}
	return dateHit{}, false
}

// heldForReader: one of the sentences after a promise of sending asks
// the reader for something "before I send it": the thing promised, named
// by a pronoun, goes only once the reader has answered.
func heldForReader(next []sentence) bool {
	if ruleOff("held-for-reader") {
		return false
	}
	for _, s := range next {
		if !s.question && !strings.Contains(s.text, "let me know") && !strings.Contains(s.text, "please ") {
			continue
		}
		for _, c := range [...]string{"before i send ", "before we send ", "before sending "} {
			if i := strings.Index(s.text, c); i >= 0 {
				w, _, _ := strings.Cut(s.text[i+len(c):], " ")
				switch strings.TrimRight(w, "?.!,") {
				case "it", "them", "that", "this", "those", "these":
					return true
				}
			}
		}
	}
	return false
}

// presentPublished: a publication cue in the present passive ("results
// are published", "decisions are sent out"), which takes a day to be a
// future.
func presentPublished(cue string) bool {
	return strings.Contains(cue, " are ") && publishCues.contains(cue) && !ruleOff("present-published")
}

// asideClosed: the cue stands in a parenthesis opened before it and
// closed before the date at to: the date is the sentence's, outside the
// aside.
func asideClosed(s string, cue, to int) bool {
	if cue >= to || ruleOff("aside-closed") {
		return false
	}
	open := strings.LastIndexByte(s[:cue], '(')
	return open >= 0 && open > strings.LastIndexByte(s[:cue], ')') && strings.IndexByte(s[cue:to], ')') >= 0
}

// asideAround: the position at stands in a parenthesis that closes
// before to.
func asideAround(s string, at, to int) bool {
	if ruleOff("aside-inside-cue") {
		return false
	}
	open := strings.LastIndexByte(s[:at], '(')
	if open < 0 || open < strings.LastIndexByte(s[:at], ')') {
		return false
	}
	c := strings.IndexByte(s[at:], ')')
	return c >= 0 && at+c < to
}

// forDayBefore: a day named before the cue after "for" ("booked your
// hotel for Tuesday night"), in a clause that "and" joins to the cue's,
// is the day that verb's object is for, not when the contact comes.
func forDayBefore(head, between string) bool {
	if !strings.Contains(between, " and ") || ruleOff("for-day-before") {
		return false
	}
	head = " " + strings.TrimRight(head, " ")
	return strings.HasSuffix(head, " for") || strings.HasSuffix(head, " for the")
}

// reportedDay: a day right after a verb of telling in the past is when
// the news was told, not when the contact comes: "the client told us this
// week that it intends to re-tender the contract".
func reportedDay(head string) bool {
	if ruleOff("reported-day") {
		return false
	}
	head = " " + strings.TrimRight(head, " ")
	for _, p := range [...]string{" told us", " told me", " informed us", " informed me", " notified us",
		" notified me", " advised us", " advised me", " said", " announced"} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// dashBetween: a dash set off by spaces stands between two clauses.
func dashBetween(between string) bool {
	return !ruleOff("dash-clause") && (strings.Contains(between, " - ") || strings.Contains(between, " – ") ||
		strings.Contains(between, " — ") || strings.Contains(between, " -- "))
}

// saidInPast: a clause's verb before a day is a past copula, the day is
// when something was.
func saidInPast(head string) bool {
	head = " " + head + " "
	return strings.Contains(head, " was ") || strings.Contains(head, " were ")
}

// answersNewsRequest: a reply to the reader's request for news ("any
// news from Rasmus after Wednesday?", "¿alguna novedad?", "gibt es schon
// Neuigkeiten?"), in its quote or its subject: its "apenas tenga razón te
// aviso", "I'll circle back" is the news promised, however little of a
// job the reply itself names.
func answersNewsRequest(d *doc) bool {
	if ruleOff("answers-news-request") || !isReply(d.m) {
		return false
	}
	return newsRequests.contains(d.quotedText()) || newsRequests.contains(d.subj)
}

// newsPromisedIn: a sentence that says when news comes to the writer:
// a decision, an answer or feedback due, or someone coming back to them
// ("he'll come back to me by Monday at the latest", "they will make the
// call early next week").
func newsPromisedIn(s string) bool {
	if newsPromisedCues.contains(s) || goesOnNamed(s) {
		return true
	}
	// r40: the same in the other languages, as an agency relays them
	// ("comprometeram-se a dar-nos uma resposta até sexta-feira, dia 26
	// de março. Assim que a tiver, ligo-lhe."), unless the news is named
	// only as not there yet ("pas encore de décision de notre côté, Clara
	// rentre de congés lundi" names no day for it)
	for from := 0; from < len(s); {
		i := newsPromisedOther.index(s[from:])
		if i < 0 {
			return false
		}
		i += from
		if !notYetCues.contains(s[max(0, i-16):i]) && !ruleOff("news-promised-other") {
			return true
		}
		from = i + cueLen(newsPromisedOther, s[i:])
	}
	return false
}

// reGoesOn: the news named as who goes on, a selection's result without
// its noun: "they'll confirm who's going through to second stage early
// next week", "sie sagen uns Montag, wer weiterkommt".
var reGoesOn = regexp.MustCompile(`\b(?:(?:who|which (?:candidates|ones|of us))(?: ?'s| is| are| will| goes| go| gets| get)?(?: \S+){0,2}? (?:through|forward|progress|progressing|progresses|advance|advances|advancing|shortlisted)\b|wer (?:\S+ ){0,3}?weiterkomm|qui (?:passe|passera|est retenu|sera retenu|va passer)\b|quién(?:es)? (?:pasa|pasan|pasará|pasarán|sigue|siguen)\b|chi (?:passa|passerà|prosegue|va avanti)\b|wie (?:er )?(?:doorgaat|doorgaan|verder gaat|verder gaan)\b|quem (?:passa|passará|segue|avança)\b)`)

func goesOnNamed(s string) bool {
	return reGoesOn.MatchString(s) && !ruleOff("goes-on-named")
}

var (
	newsPromisedCues = cues("decision", "answer", "feedback", "outcome", "verdict", "news", "back to me", "back to us",
		"make the call", "make a call", "decide", "expect")
	newsPromisedOther = cues("decisão", "decisión", "decisione", "décision", "entscheid", "beslis", "besluit", "decid",
		"décide", "resposta", "respuesta", "risposta", "réponse", "antwort", "antwoord", "retorno", "rückmeldung", "esito",
		"uitslag",
		// r75: the answering verb itself, "me contestarán a principios
		// de la semana que viene", "ils me répondront lundi"
		"contestar", "me responderán", "nos responderán", "me répondront", "nous répondront", "mi risponderanno",
		"ci risponderanno", "me responderão", "nos responderão",
		// r77: the same reported in the conditional, and the coming back
		// to the writer who relays it ("m'ont dit qu'ils reviendraient vers
		// moi d'ici le milieu de semaine prochaine")
		"me répondraient", "nous répondraient", "me répondrait", "nous répondrait", "me répondra", "nous répondra",
		"reviendraient vers moi", "reviendraient vers nous", "reviendrait vers moi", "reviendrait vers nous",
		"reviendront vers moi", "reviendront vers nous", "reviendra vers moi", "reviendra vers nous",
		"me responderían", "nos responderían", "me respondería", "mi risponderebbero", "ci risponderebbero",
		"mi risponderebbe", "me responderiam", "nos responderiam", "me responderia")
)

// readyNamedIn: a sentence that says how long the thing takes to be
// done: "most checks are completed within 3-5 business days", "results
// usually take two weeks".
func readyNamedIn(s string) bool { return readyCues.contains(s) }

var readyCues = cues("completed within", "complete within", "processed within", "ready within", "ready in", "back within",
	"done within", "finished within", " take ", " takes ", "turnaround")

// byBefore: a word of a deadline right before a date ("bis spätestens",
// "by", "no later than").
func byBefore(s string) bool { return deadlineWords.contains(" " + s) }

var deadlineWords = cues(" bis ", "spätestens ", " by ", " until ", "later than ", " d'ici ", "au plus tard ",
	" hasta ", "más tardar ", " entro ", " uiterlijk ", " até ")

// laterThan: the words right after a cue put the contact after the time
// named before it ("after that", "danach", "ensuite"); "right after" is
// that day (thenMarker).
func laterThan(rest string) bool {
	for _, p := range [...]string{" after that", " afterwards", " after this", " thereafter", " danach", " daarna",
		" après cela", " ensuite", " después de eso", " dopo di che", " depois disso",
		// "I'll call Dana this week and get back to you once I've spoken
		// to her", "we're finishing the last interviews this week and we'll
		// be in touch soon"
		" once ", " as soon as", " when ", " soon", " shortly"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// "... and I'll come back to you with the numbers shortly - but ..."
	clause := rest
	if k := strings.IndexAny(clause, ",;.-"); k >= 0 {
		clause = clause[:k]
	}
	return strings.Contains(clause, " shortly") || strings.Contains(clause, " soon")
}

// countedFrom: the publication named is where a span is counted from
// ("ricorso al TAR entro 60 giorni dalla data di pubblicazione della
// graduatoria", "within 30 days of the publication of the results"): a
// deadline after it, not when it comes.
func countedFrom(head string) bool {
	head = head[max(0, len(head)-24):]
	for _, p := range [...]string{" dalla data di ", " dalla data della ", " dalla ", " dal ", " from the date of ", " from the ",
		" of the date of ", " days of the ", " days of ", " à compter de la ", " à compter du ", " à compter de ",
		" a partir de la ", " a partir da ", " a partir do ", " desde la ", " desde a ", " desde o ", " ab der ", " ab ",
		" na de ", " vanaf de ", " após a ", " dopo la "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return false
}

// dutchInformed finds the Dutch "op de hoogte stellen/brengen/houden"
// with the writer as subject and the verb well before its particle: "wij
// stellen u uiterlijk vrijdag op de hoogte van de uitkomst", "nog
// diezelfde dag brengen wij alle kandidaten op de hoogte".
func dutchInformed(s string) (start, end int, ok bool) {
	k := strings.Index(s, " op de hoogte")
	if k < 0 {
		return 0, 0, false
	}
	lo := max(clauseStart(s, k), k-80)
	head := s[lo:k]
	for _, v := range [...]string{" stellen wij ", " stellen we ", " brengen wij ", " brengen we ", " houden wij ", " houden we ",
		" stel ik ", " breng ik ", " hou ik ", " houd ik ", " wij stellen ", " we stellen ", " wij brengen ", " we brengen ",
		" wij houden ", " we houden ", " ik stel ", " ik breng ", " ik hou ", " ik houd "} {
		if j := strings.Index(" "+head, v); j >= 0 {
			return lo + max(j-1, 0), k + len(" op de hoogte"), true
		}
	}
	return 0, 0, false
}

// dutchPassive finds the Dutch passive of sending or telling to the
// reader, its participle at the clause's end: "de resultaten worden u
// binnen de vijf werkdagen per e-mail bezorgd", "u wordt uiterlijk
// vrijdag gebeld". It reports the span from the auxiliary to the
// participle.
func dutchPassive(s string) (start, end int, ok bool) {
	for _, aux := range [...]string{" worden u ", " wordt u ", " worden je ", " wordt je ", " u wordt ", " je wordt "} {
		i := strings.Index(s, aux)
		if i < 0 {
			continue
		}
		rest := s[i+len(aux):]
		if k := strings.IndexAny(rest, ",;:.!?"); k >= 0 {
			rest = rest[:k]
		}
		rest = rest[:min(len(rest), 70)]
		for _, p := range [...]string{"bezorgd", "toegestuurd", "toegezonden", "meegedeeld", "geïnformeerd", "gebeld",
			"gecontacteerd", "opgebeld", "gemaild"} {
			if k := strings.Index(rest, p); k >= 0 {
				return i + 1, i + len(aux) + k + len(p), true
			}
		}
	}
	return 0, 0, false
}

// spanBeforeQuestion: a span that opens the cue's clause times the
// answer, and a day after the cue inside the question answered is the
// day of what is asked about: "binnen tien werkdagen laten we je weten of
// je bent uitgenodigd voor het proefspel op 12 april", "within ten days
// we'll tell you whether you're invited to the audition on 12 May".
func spanBeforeQuestion(s string, start, end int, hits []dateHit, lg lang) (int, bool) {
	if ruleOff("span-before-question") {
		return 0, false
	}
	span, cs := -1, -1
	for k, h := range hits {
		if h.end > start || h.then || !strings.HasPrefix(h.rule, "within ") {
			continue
		}
		if cs < 0 {
			cs = clauseStart(s, start)
		}
		if h.start >= cs && strings.TrimSpace(s[cs:h.start]) == "" && !strings.ContainsAny(s[h.end:start], ",;:") {
			span = k
		}
	}
	if span < 0 {
		return 0, false
	}
	for _, h := range hits {
		if h.start < end {
			continue
		}
		between := " " + s[end:h.start]
		if strings.ContainsAny(between, ";:") {
			break
		}
		for _, w := range [...]string{" whether ", " if ", " ob ", " si ", " se ", " of "} {
			if (w != " of " || lg == langNL) && strings.Contains(between, w) {
				return span, true
			}
		}
		break
	}
	return 0, false
}

// timeFronted: the clause of the Dutch cue at i opens with its time, the
// verb second after it ("tegen het midden van volgende week laten wij u
// weten of ...").
func timeFronted(s string, i int) bool {
	lo := clauseStart(s, i)
	hs := scanDates(s[lo:i], time.Time{}.AddDate(2000, 0, 0), langNL)
	return len(hs) > 0 && !hs[0].then && strings.TrimSpace(s[lo:i][hs[len(hs)-1].end:]) == ""
}

// timeFirst: the words between a verb and its particle are a time and
// nothing else before it ("binnen 5 werkdagen", "voor vrijdag", "zo snel
// mogelijk"), not an object ("ik laat je cv bij de manager, die ...").
func timeFirst(between string) bool {
	if strings.ContainsAny(between, ",;") {
		return false
	}
	if strings.HasPrefix(between, "zo snel") || strings.HasPrefix(between, "zsm") || strings.HasPrefix(between, "zo spoedig") {
		return true
	}
	if strings.TrimSpace(between) == "dan" && !ruleOff("dutch-let-then") {
		// "then", the time named before: "in januari weten we meer; we
		// laten jullie dan weten of ..."
		return true
	}
	// a word of limit before the time: "laat je uiterlijk maandag iets
	// weten", "laat je nog voor vrijdag weten"
	for _, p := range [...]string{"nog ", "uiterlijk ", "vóór ", "voor ", "ergens "} {
		between = strings.TrimPrefix(between, p)
	}
	hs := scanDates(between, time.Time{}.AddDate(2000, 0, 0), langNL)
	return len(hs) > 0 && hs[0].start <= 1
}

// thenBetween: a word of sequence between a time and the cue after it
// puts the contact after that time ("volgende week spreken we nog twee
// mensen en daarna komen we ... bij je terug").
func thenBetween(between string) bool {
	for _, p := range [...]string{" daarna ", " danach ", " after that ", " afterwards ", " après cela ", " ensuite ",
		" después ", " luego ", " dopo ", " poi ", " depois ", " em seguida "} {
		if strings.Contains(" "+between+" ", p) {
			return true
		}
	}
	return false
}

// followingWeek is a week named after a day named before it: "the
// following week", "the week after", "la semaine suivante".
var followingWeek = cues("following week", "week after", "semaine suivante", "semaine d'après", "woche darauf",
	"folgewoche", "darauffolgende woche", "semana siguiente", "semana seguinte", "settimana successiva",
	"settimana dopo", "week erna", "week daarna")

// eventDate: the words before a date make it the day of something the
// contact follows: "after the panel meets on Thursday", "nach dem Gespräch
// am Dienstag".
func eventDate(s string, h dateHit) bool {
	head := s[max(0, h.start-28):h.start]
	return afterCues.contains(head) || startBefore.contains(head[max(0, len(head)-18):]) ||
		startCues.contains(s[h.end:min(len(s), h.end+12)])
}

// fromDate: a date right after "from" or "as of", the day something
// begins.
func fromDate(s string, h dateHit) bool {
	head := s[max(0, h.start-12):h.start]
	for _, w := range [...]string{" from ", " from the ", " as of ", " as from ", " effective "} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// notWhen: a date after the cue that is not when the contact comes, when
// another one is: the day of an event the contact follows (eventDate), or
// the time what is sent is for (timeSentFor).
func notWhen(s string, h dateHit) bool {
	return eventDate(s, h) || timeSentFor(s, h)
}

// timeSentFor: a date after "for" is the time the thing sent is about,
// not when it comes: "will send you a few options for the week of May 10
// tomorrow" sends them tomorrow.
func timeSentFor(s string, h dateHit) bool {
	if ruleOff("time-sent-for") {
		return false
	}
	head := " " + s[max(0, h.start-32):h.start]
	for _, w := range [...]string{"next ", "this ", "the week of ", "week of ", "the week commencing ", "the week starting ",
		"w/c "} {
		head = strings.TrimSuffix(head, w)
	}
	for _, w := range [...]string{" for ", " for the ", " pour la semaine du ", " für die woche vom ", " para la semana del ",
		" per la settimana del ", " voor de week van ", " para a semana de "} {
		// (not the Romance "para el", "pour le", "per il", which also
		// say by when: "te doy una respuesta para el viernes")
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// latestDate: "Wednesday at the latest", "no later than Friday",
// "spätestens am 30.04.".
func latestDate(s string, h dateHit) bool {
	after := s[h.end:min(len(s), h.end+22)]
	before := s[max(0, h.start-18):h.start]
	return latestCues.contains(after) || latestCues.contains(before)
}

// clauseOf is the text of the comma clause holding position i, trimmed.
func clauseOf(s string, i int) string {
	lo := strings.LastIndexAny(s[:i], ",;:") + 1
	return strings.TrimSpace(s[lo:])
}

// dates reads the promise of further contact and the interview date of a
// message. Absence notices ("I will reply when I return") and bulk mail
// ("we'll send you new jobs") promise nothing.
func (b *verdictBuilder) dates(d *doc, ooo bool) {
	if !d.m.Date.IsZero() {
		b.meetingConfirmed = b.interview(d, ooo)
	}
	if !ooo && !b.v.Bulk {
		b.promisesIfGated(d)
	}
}

// promisesIfGated reads the promises of mail with some hiring evidence
// whose words pass the promise gate; not mail whose words say it is not
// about a job (a podcast, a study, a shop): "we'll send you the questions
// by Friday".
func (b *verdictBuilder) promisesIfGated(d *doc) {
	b.gatedPromises(d, b.meetingConfirmed)
}

// gatedPromises is promisesIfGated with what counts as arranging a
// meeting; the reader's own mail promises nothing to the reader.
func (b *verdictBuilder) gatedPromises(d *doc, arranging bool) {
	if b.v.Score >= 0 && !b.othersHiring && (promiseGateContains(d.body) || promiseGateContains(unwrapped(d.body))) {
		if why, ok := readersOwn(d); ok {
			if !b.readersOwn {
				b.note("the reader's own words (%q): no promise made to them", why)
			}
			b.readersOwn = true
			return
		}
		b.promises(d, arranging)
	}
}

// promisesAfterModel reads the promises again once the job model's points
// have given a message the hiring evidence a promise needs
// (promiseContextMin). Read before them, in mail that said next to
// nothing about a job, an undated promise was none; the model's words are
// the job it is about: "I'll reach out to you when I know what the
// spring schedule looks like" under "pipe layer spot - on hold". A
// message that looks for a time arranges a meeting, whose logistics are no
// answer awaited ("once you confirm, our ops person will send the
// contract for the trial").
func (b *verdictBuilder) promisesAfterModel(d *doc) {
	if b.v.PromiseAt != nil || b.v.PromiseUndated || b.v.ConditionalFuture || b.readersOwn || b.v.Score < promiseContextMin ||
		ruleOff("promise-after-model") {
		return
	}
	b.gatedPromises(d, b.meetingConfirmed || d.has(clsScheduling))
}

// unwrapped is a body with its line breaks as spaces: a sender's mail
// program wraps lines anywhere, also inside a cue ("I'll come\nback to
// you next week"), which the sentences join but the body does not.
func unwrapped(body string) string {
	if !strings.Contains(body, "\n") {
		return body
	}
	// (with the indent of the next line: "you accept your\n     place")
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); i++ {
		if body[i] != '\n' {
			b.WriteByte(body[i])
			continue
		}
		b.WriteByte(' ')
		for i+1 < len(body) && (body[i+1] == ' ' || body[i+1] == '\t') {
			i++
		}
	}
	return b.String()
}

// watchForSent: "keep an eye out" asks the reader to watch for what the
// writer sends ("I'll send the letter tomorrow - keep an eye out for
// it"), not roles watched for them: when no other keep-on-file words are
// in the sentence, nothing is kept on file.
func watchForSent(s string) bool {
	i := strings.Index(s, "keep an eye out for ")
	if i < 0 || ruleOff("watch-for-sent") {
		return false
	}
	w, rest, _ := strings.Cut(s[i+len("keep an eye out for "):], " ")
	switch strings.TrimRight(w, ".,;!") {
	case "it", "them", "that", "this", "my", "our":
		return !conditionalCues.contains(strings.Replace(s, "keep an eye out", "", 1))
	case "a", "an", "the":
		// r90: a thing the writer sends ("keep an eye out for a
		// DocuSign"), not an opening watched for the reader
		noun, _, _ := strings.Cut(rest, " ")
		if watchedOpenings[strings.TrimRight(noun, ".,;!")] || ruleOff("watch-for-sent-thing") {
			return false
		}
		return !conditionalCues.contains(strings.Replace(s, "keep an eye out", "", 1))
	}
	return false
}

// watchedOpenings are what one keeps an eye out for on the reader's
// behalf: "keep an eye out for a suitable role", "for the right opening".
var watchedOpenings = map[string]bool{"role": true, "roles": true, "position": true, "positions": true, "opening": true,
	"openings": true, "opportunity": true, "opportunities": true, "vacancy": true, "vacancies": true, "job": true,
	"jobs": true, "posting": true, "postings": true, "suitable": true, "similar": true, "right": true, "new": true,
	"future": true, "relevant": true, "good": true, "better": true, "fit": true, "match": true}

// readersWordRelayed: the cue's clause is what the reader said, relayed
// after a verb of saying with the reader for its subject ("Sie erwähnten,
// der Entscheid sei im August zu erwarten"): someone else's news the
// reader awaits, nothing the writer promises. A first person after it
// ("as you mentioned, we'll ...") is the writer's own word again.
func readersWordRelayed(head string) bool {
	if ruleOff("readers-word-relayed") {
		return false
	}
	for _, v := range [...]string{"you mentioned", "you said", "you told us", "you told me", "sie erwähnten",
		"sie sagten", "sie schrieben", "du hast erwähnt", "vous avez mentionné", "vous nous avez dit", "me comentaste",
		"nos comentaste", "usted mencionó", "mencionaste", "hai detto", "mi hai detto", "je zei", "u zei"} {
		i := strings.LastIndex(head, v)
		if i < 0 || i > 0 && wordByte(head[i-1]) {
			continue
		}
		rest := " " + strings.TrimLeft(head[i+len(v):], " ,:")
		return !relayedByWriter.contains(rest)
	}
	return false
}

var relayedByWriter = cues(" we ", " we'", " i ", " i'", " wir ", " ich ", " nous ", " je ", " nosotros ", " yo ", " noi ", " io ",
	" wij ", " ik ", " us ", " me ")

// pastDayAfter: the cue's verb followed by yesterday ("hablamos ayer por
// teléfono") is a talk that has been, a present form read as a past.
func pastDayAfter(rest string, lg lang) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	w = strings.TrimRight(w, ".,;:!")
	switch w {
	case "yesterday", "ayer", "gestern", "ieri", "ontem", "gisteren", "igår", "i går":
		return !ruleOff("past-day-after")
	case "hier":
		return lg == langFR && !ruleOff("past-day-after")
	}
	return false
}

// noticeBeforeContact: word given before the writer contacts someone
// ("we'll let you know before we call anyone") warns the reader of a step,
// the referees' call; it brings no answer.
func noticeBeforeContact(rest string) bool {
	r, ok := strings.CutPrefix(rest, " before we ")
	if !ok {
		r, ok = strings.CutPrefix(rest, " before i ")
	}
	if !ok || ruleOff("notice-before-contact") {
		return false
	}
	for _, v := range [...]string{"call", "contact", "reach out", "speak to", "speak with", "approach", "email", "e-mail", "phone", "ring"} {
		if strings.HasPrefix(r, v+" ") {
			return true
		}
	}
	return false
}

// awaitsThirdParty: the writer, not the reader, expects to hear from
// someone named by a pronoun ("I'm in the final stage elsewhere and expect
// to hear from them early next week"): a clause without "you" whose
// contact comes to the writer is no promise made to the reader.
func awaitsThirdParty(head, cue, rest string) bool {
	cue = strings.TrimSpace(cue)
	if !strings.Contains(cue, "hear") || ruleOff("awaits-third-party") {
		return false
	}
	if !strings.HasPrefix(cue, "expect") && !strings.HasPrefix(cue, "hope") {
		return false
	}
	after, ok := "", false
	for _, p := range [...]string{" from them", " from him", " from her", " back from them", " back from him", " back from her"} {
		if after, ok = strings.CutPrefix(rest, p); ok {
			break
		}
	}
	if !ok || after != "" && wordByte(after[0]) {
		return false
	}
	c := " " + ownClause(head) + " "
	return !strings.Contains(c, " you") && (strings.Contains(" "+head, " i ") || strings.Contains(" "+head, " i'"))
}

// awaitsThirdPartyIn is awaitsThirdParty for a whole sentence, as the
// promise model reads it.
func awaitsThirdPartyIn(s string) bool {
	for _, c := range [...]string{"expect to hear", "expecting to hear", "hope to hear", "hoping to hear"} {
		if i := strings.Index(s, c); i >= 0 {
			return awaitsThirdParty(s[:i], c, s[i+len(c):])
		}
	}
	return false
}

// dutchLetBare: "laat ... weten" with no pronoun for the reader, its time
// between verb and particle and a subject before it ("Thijs laat begin
// volgende week weten of en wanneer ..."): an assistant relays the
// promise of the one who decides, and the reader is the one to know. At
// the clause's start "laat" is the imperative, a request to the reader;
// after "je", "u" or "jij" the reader is the one who tells.
func dutchLetBare(s string) (start, end int, ok bool) {
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], " laat ")
		if k < 0 {
			return 0, 0, false
		}
		i := from + k
		from = i + 1
		head := strings.Fields(s[clauseStart(s, i):i])
		if len(head) == 0 {
			continue
		}
		switch strings.Trim(head[len(head)-1], ",.") {
		case "je", "u", "jij", "jullie", "te", "het", "dat", "wat", "hoe", "zo":
			continue
		}
		rest := s[i+6 : min(len(s), i+6+45)]
		w := strings.Index(rest, " weten")
		if w <= 0 || !timeFirst(rest[:w]) {
			continue
		}
		return i, i + 6 + w + 6, true
	}
	return 0, 0, false
}
