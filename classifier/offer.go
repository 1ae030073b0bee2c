package classifier

import (
	"strings"
	"time"

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
	"valida fino", "entro il", "laat ons weten", "geldig tot", "nos informe", "válida até", "prazo")

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

// offerAcceptCues are what accepting an offer says; acceptObjects what it is
// accepted: "I'm happy to accept the offer", "I've signed and returned the
// offer letter", "ich nehme das Angebot gerne an".
var (
	offerAcceptCues = cues("happy to accept", "pleased to accept", "delighted to accept", "glad to accept",
		"i accept", "i'd like to accept", "i would like to accept", "i am accepting", "i'm accepting",
		"formally accept", "gladly accept", "have signed", "i've signed", "i signed", "signed and returned",
		"signed copy", "countersigned", "nehme", "angebot an", "unterschrieben", "j'accepte", "accepter votre",
		"accepte avec plaisir", "signé", "acepto", "aceptar la oferta", "firmado", "accetto", "firmato",
		"ik accepteer", "ik neem het aanbod", "getekend", "aceito", "assinei", "assinado")
	acceptObjects = cues("offer", "offer letter", "contract", "position", "role", "the job", "angebot",
		"vertrag", "stelle", "offre", "proposition", "contrat", "poste", "oferta", "contrato", "puesto",
		"offerta", "contratto", "posizione", "aanbod", "contract", "functie", "proposta", "vaga", "cargo")
	// notAnOffer: accepting a time, an invitation or a meeting is not
	// accepting a job.
	notAnOffer = cues("slot", "time", "invitation", "invite", "meeting", "interview", "call", "calendar",
		"pm", "am", "o'clock", "uhr", "termin", "einladung", "créneau", "rendez-vous", "entretien", "horario",
		"entrevista", "invitación", "colloquio", "orario", "afspraak", "horário", "convite", "reunião")
	declineCues = cues("not able to accept", "unable to accept", "won't be accepting", "will not be accepting",
		"decline", "turn down", "not accept", "nicht annehmen", "absagen", "décliner", "rechazar", "declinar",
		"rifiutare", "afwijzen", "recusar")
)

// AcceptsOffer reports whether a message of mine accepts a job offer: "I'm
// happy to accept", "I've signed and returned the offer". Accepting an
// interview slot or an invitation is not; nor is declining.
func AcceptsOffer(m *mailmsg.Message) bool {
	if m == nil {
		return false
	}
	var d doc
	d.prepare(m)
	defer d.release()
	for _, s := range d.sentences() {
		i := offerAcceptCues.index(s.text)
		if i < 0 || s.question || declineCues.contains(s.text) {
			continue
		}
		around := s.text[max(0, i-40):min(len(s.text), i+80)]
		if notAnOffer.contains(around) && !strings.Contains(around, "offer") {
			continue
		}
		if acceptObjects.contains(around) || strings.Contains(s.text[i:], "signed") {
			return true
		}
	}
	return false
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
