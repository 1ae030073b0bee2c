package classifier

import (
	"strings"
	"time"
	"unicode"

	"github.com/hearback/hearback/mailmsg"
)

// The moments after an offer (issue 17): the date an offer asks me to
// answer by, whether a message of mine accepts an offer, and whether a
// thread speaks of a final round. They read a message's text directly:
// they are asked of the few messages of offer-stage threads (or of a
// thread's messages for its timing), not of every message at sync.

// replyByCues are what sets a date for the reader's answer in an offer:
// "please let us know by Friday, May 7", "the offer is valid until",
// "bitte geben Sie uns bis … Bescheid".
var replyByCues = cues("let us know by", "let me know by", "respond by", "reply by", "answer by", "accept by",
	"decision by", "your decision", "get back to us by", "get back to me by", "valid until", "valid through",
	"remains open until", "open until", "expires on", "expires", "deadline", "sign and return by", "countersign by",
	"by which", "bescheid geben", "geben sie uns", "gib uns", "rückmeldung bis", "gültig bis", "frist",
	"nous faire part de votre décision", "faites-nous savoir", "valable jusqu", "réponse avant", "réponse d'ici",
	"háganos saber", "haznos saber", "respuesta antes", "válida hasta", "plazo", "facci sapere", "ci faccia sapere",
	"valida fino", "entro il", "laat ons weten", "geldig tot", "nos informe", "válida até", "prazo",
	// the answer asked as a signature or an acceptance: "please review and
	// sign by Wednesday", "kindly revert with your acceptance by
	// Thursday", "wenn Sie uns bis zum 26.03. mitteilen", "confirmes tu
	// decisión antes del viernes", "uma resposta até sexta-feira"
	"sign by", "sign and return", "task by", "your acceptance", "revert with", "back to me by", "back to us by",
	"tu decisión", "su decisión", "wenn sie uns bis", "uns bis zum", "resposta até", "sapere entro",
	"confirm by", "accept or decline")

// ReplyBy is the date an offer asks me to answer by ("please let us know by
// Friday, May 7"), read in the message's own zone; ok is false when the
// message names none.
func ReplyBy(m *mailmsg.Message) (time.Time, bool) {
	if m == nil || m.Date.IsZero() {
		return time.Time{}, false
	}
	var d doc
	d.prepare(m)
	defer d.release()
	for _, s := range d.sentences() {
		i := replyByCues.index(s.text)
		if i < 0 {
			continue
		}
		for _, h := range scanDates(s.text[i:], m.Date, d.lang()) {
			if h.then || !h.t.After(m.Date) {
				continue
			}
			return h.t, true
		}
	}
	return time.Time{}, false
}

// offerAcceptCues are what accepting an offer says: "I'm happy to accept
// the offer", "I've signed and returned the offer letter", "ich nehme das
// Angebot gerne an".
var (
	offerAcceptCues = cues("happy to accept", "pleased to accept", "delighted to accept", "glad to accept",
		"i accept", "i'd like to accept", "i would like to accept", "i am accepting", "i'm accepting",
		"formally accept", "gladly accept", "have signed", "i've signed", "i signed", "signed and returned",
		"signed copy", "countersigned", "nehme", "angebot an", "unterschrieben", "j'accepte", "accepter votre",
		"accepte avec plaisir", "signé", "acepto", "aceptar la oferta", "firmado", "accetto", "firmato",
		"ik accepteer", "ik neem het aanbod", "getekend", "aceito", "assinei", "assinado")
	declineCues = cues("not able to accept", "unable to accept", "won't be accepting", "will not be accepting",
		"decline", "turn down", "not accept", "nicht annehmen", "absagen", "décliner", "rechazar", "declinar",
		"rifiutare", "afwijzen", "recusar")
)

// offerWords are what is accepted when a job is: "the offer", "the
// contract", "the position". slotWords are what is accepted when it is
// not: a slot, an invitation, a call.
var (
	offerWords = map[string]bool{"offer": true, "letter": true, "contract": true, "position": true, "role": true,
		"job": true, "angebot": true, "vertrag": true, "stelle": true, "offre": true, "proposition": true,
		"contrat": true, "poste": true, "oferta": true, "contrato": true, "puesto": true, "offerta": true,
		"contratto": true, "posizione": true, "aanbod": true, "functie": true, "proposta": true, "vaga": true,
		"cargo": true}
	slotWords = map[string]bool{"slot": true, "slots": true, "timeslot": true, "invitation": true, "invite": true,
		"meeting": true, "interview": true, "call": true, "calendar": true, "appointment": true, "termin": true,
		"einladung": true, "gespräch": true, "créneau": true, "rendez-vous": true,
		"entretien": true, "horario": true, "entrevista": true, "invitación": true, "reunión": true,
		"colloquio": true, "orario": true, "afspraak": true, "uitnodiging": true, "horário": true, "convite": true,
		"reunião": true}
)

// AcceptsOffer reports whether a message of mine accepts a job offer: "I'm
// happy to accept", "I've signed and returned the offer". Accepting an
// interview slot or an invitation is not ("I accept the 2pm slot"), nor is
// declining or asking. It is asked of my messages after an offer.
func AcceptsOffer(m *mailmsg.Message) bool {
	if m == nil {
		return false
	}
	var d doc
	d.prepare(m)
	defer d.release()
	return acceptsIn(&d, offerAcceptCues)
}

// acceptsIn reports a sentence of d that accepts with one of cues, not a
// question, not a decline, and not a meeting's time or slot.
func acceptsIn(d *doc, cues *cueSet) bool {
	for _, s := range d.sentences() {
		i := cues.index(s.text)
		if i >= 0 && !s.question && !declineCues.contains(s.text) && acceptsWhat(s.text[i:]) != meetingAccepted {
			return true
		}
	}
	return false
}

// acceptsQuotedOffer: a reply whose own words accept, with nothing but the
// offer to accept, under a quoted message that makes one.
func acceptsQuotedOffer(d *doc) bool {
	q := d.quotedText()
	if q == "" || !(offerMakeCues.contains(q) || len(d.quotedHits()[clsOffer]) > 0) {
		return false
	}
	// (the accepting words, not the signing ones: "I'll countersign
	// tomorrow" is the employer's step after the yes)
	return acceptsIn(d, readerAcceptCues)
}

var readerAcceptCues = cues("happy to accept", "pleased to accept", "delighted to accept", "glad to accept", "i accept",
	"i'd like to accept", "i would like to accept", "i'm accepting", "formally accept", "gladly accept", "ich nehme",
	"nehme ich", "j'accepte", "acepto", "accetto", "ik accepteer", "ik neem het aanbod", "aceito")

type accepted int

const (
	nothingNamed accepted = iota
	offerAccepted
	meetingAccepted
)

// acceptsWhat reads the few words after an accepting phrase for what is
// accepted: the first offer or meeting word, or a clock time ("2pm",
// "14:00", "14 Uhr"), decides. Nothing named, in a reply to an offer, is
// the offer ("I'm happy to accept!").
func acceptsWhat(after string) accepted {
	words := strings.FieldsFunc(after, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ':' && r != '-' && r != '\''
	})
	for k, w := range words {
		if k > 8 {
			break
		}
		switch {
		case offerWords[w]:
			return offerAccepted
		case slotWords[w] || clockTime(w) || (k+1 < len(words) && isDigits(w) &&
			(words[k+1] == "uhr" || words[k+1] == "pm" || words[k+1] == "am" || words[k+1] == "h")):
			return meetingAccepted
		}
	}
	return nothingNamed
}

// clockTime reports whether w is a time of day: "2pm", "10am", "14:00", "9h30".
func clockTime(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	rest := w[n:]
	return rest == "am" || rest == "pm" || rest == "h" || (len(rest) == 3 && (rest[0] == ':' || rest[0] == 'h') && isDigits(rest[1:]))
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// finalRoundCues name the last step of a process.
var finalRoundCues = cues("final round", "final interview", "final stage", "last round", "final panel",
	"final conversation", "final call", "onsite", "on-site", "superday", "assessment centre", "assessment center",
	"letzte runde", "letzten runde", "finale runde", "finales gespräch", "finalen gespräch", "abschlussgespräch", "letztes gespräch", "entretien final",
	"dernier entretien", "dernière étape", "entrevista final", "última entrevista", "última etapa",
	"colloquio finale", "ultimo colloquio", "laatste ronde", "eindgesprek", "entrevista final", "última fase")

// FinalRound reports whether a message speaks of a final round (an
// invitation to it, a thank-you after it).
func FinalRound(m *mailmsg.Message) bool {
	if m == nil {
		return false
	}
	text := strings.ToLower(m.Subject + "\n" + m.Excerpt)
	return finalRoundCues.contains(text)
}

// readerOfferCues are the reader's own words on an offer made to them:
// thanks for it, a yes, or terms asked before signing ("Thank you again
// for the offer - I'm thrilled to accept", "Before I sign - could we get
// to £58k"). offerTermWords are what such a message is about: the start,
// the signature, the pay, the contract.
var (
	readerOfferCues = cues("thank you again for the offer", "thanks again for the offer", "thank you for the offer",
		"thanks for the offer", "thrilled to accept", "delighted to accept", "happy to accept", "pleased to accept",
		"excited to accept", "before i sign")
	offerTermWords = cues("start", "sign", "salary", "base", "contract", "accept", "holiday", "notice period", "relocation")
	// onboardingForms are the papers of a new hire's first days.
	onboardingForms = cues("i-9", "direct deposit", "onboarding forms", "new hire forms", "new-hire forms", "new starter forms")
)

// answersAcceptance returns the reader's words on an offer that a reply
// quotes, or "": the employer's short answer to the reader's yes or terms
// ("June 7 is fine on our end. Updated letter attached" above "Thank you
// again for the offer - I'm thrilled to accept ... would it be possible to
// start on Monday, June 7", r89; "1 September suits us. I'll let HR know
// so they can issue the contract", r90) is the offer's conversation,
// though it names no job itself. A reply that declines, or is about
// another kind of application, is not.
func answersAcceptance(d *doc) string {
	q := d.quotedText()
	if q == "" || d.m.ListID != "" || declineCues.contains(d.body) || d.has(clsOtherSense) || d.has(clsElsewhere) || d.outcome().rejected() {
		return ""
	}
	i := readerOfferCues.index(q)
	if i < 0 || !offerTermWords.contains(q) {
		return ""
	}
	return clip(q[i:])
}
