package classifier

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// An offer is seldom one fixed phrase ("we are pleased to offer you"):
// people say it as an invitation to join ("we'd love you to join",
// "vorremmo averti nel team", "nos encantaría que te unieras") or send a
// letter or contract, and they surround it with what an offer is made
// of: pay, a contract or letter to sign, a start date, and a question
// whether the reader accepts. offerEvidence counts these families; an
// invitation to join (or a subject that names the offer or contract)
// with two of the others is an offer, whatever its wording.
//
// Each family is a short list of words in the seven languages; a family
// counts once.

// offerMakeCues put the post before the reader as theirs to take.
var offerMakeCues = cues(
	"love you to join", "like you to join", "love for you to join", "love to have you join", "want you to join",
	"love you to come", "like you to come", "offered you the", "offer you the", "our offer", "the offer is",
	"offer is ", "letter of offer", "your offer letter", "the offer remains", "offer remains valid", "offer is valid",
	"anbieten zu können", "ihnen die position", "ihnen die stelle", "angebot annehmen", "das angebot",
	// an agency's offer for the employer (r69): "une proposition
	// d'engagement pour le poste de maître d'hôtel", "de opdrachtgever wil
	// graag met je verder ... Je kunt maandag 15 februari beginnen"
	"proposition d'engagement", "proposition d'embauche", "vous proposons le stage", "vous proposons le poste", "wil graag met je verder", "wil graag met u verder",
	"je kunt beginnen", "kun je beginnen", "kan je beginnen",
	// an academic appointment offered (r70): "dass ich Ihnen hiermit ...
	// den Ruf auf die W2-Professur ... erteile", "le comité de sélection
	// vous a classé en 1re position", and a Dutch "we willen je heel graag
	// aannemen als Operations Lead"
	"den ruf auf die", "classé en 1re position", "classée en 1re position", "classé en première position",
	"classée en première position", "heel graag aannemen", "graag aannemen als",
	"que te unieras", "que te incorpores", "que formes parte", "propuesta formal", "integrarte al equipo", "integrarte al proyecto", "te propongo", "le propongo", "nuestra oferta",
	"la oferta", "averti nel team", "averti con noi", "averti a bordo", "proporti il ruolo", "proporle il ruolo",
	"proporti la posizione", "lettera di offerta", "lettera di assunzione", "l'offerta", "nossa proposta",
	"a proposta", "proposta formal", "vous proposer le poste", "notre proposition", "notre offre",
	"je te proposer", "ons aanbod", "het aanbod", "je graag aan", "in dienst nemen", "want you on board",
	"wants you on board", "have you on board", "welcome you aboard", "we want you", "your employment agreement",
	"your employment contract", "have you join", "you to join", "bring you on board", "bring you onboard",
	"like to hire you", "want to hire you", "hire you as", "sie gerne einstellen", "sie einstellen", "dich einstellen",
	"dich gerne einstellen", "vous accueillir", "vous embaucher", "vous recruter", "te recruter", "vous compter parmi",
	"contar contigo", "contar con usted", "contratarte", "contratarle", "que te unas", "que se una", "incorporarte",
	"entrassi a far parte", "entri a far parte", "assumerti", "assumerla", "je graag aannemen", "je aannemen",
	"u graag aannemen", "contar com você", "contar consigo", "contratar você", "te contratar", "contratá-lo",
	"contratá-la",
	// the post awarded to the reader in the passive (r62: "le contrat
	// doctoral ... vous est attribué !", "se le ha adjudicado la plaza")
	"vous est attribué", "vous est attribuée", "vous a été attribué", "vous a été attribuée", "se le ha adjudicado",
	"se te ha adjudicado", "le ha sido adjudicada", "te ha sido adjudicada",
	// "on board" and "on the team" in the other words and languages: "we
	// willen je heel graag aan boord hebben", "Halvorsen wants you on the
	// team", "Ihnen die Position ... anbieten zu dürfen"
	"aan boord", "an bord", "à bord", "a bordo", "you on the team", "anbieten zu dürfen",
	// the employer in the third person, as an agency relays it: "great
	// news - Kestrel want you", "they want you on board"
	"want you.", "want you!", "want you,", "wants you.", "wants you!", "wants you,", "want you -", "wants you -",
	// and with the post: "Valdris have confirmed they want you as interim COO"
	"want you as", "wants you as",
	"client wants you", "want to make you an offer", "wants to make you an offer", "wants to bring you on",
	"want to bring you on",
	// the offer said as the wish or the approval, in the other languages:
	// "el cliente quiere hacerte oferta", "queremos que te sumes", "on
	// aimerait vraiment que tu nous rejoignes", "a administração aprovou
	// hoje a sua contratação"
	"hacerte oferta", "hacerte una oferta", "hacer una oferta", "hacerle una oferta", "que te sumes", "que tu nous rejoignes", "que vous nous rejoigniez",
	"aprovou a sua contratação", "aprovou hoje a sua contratação", "aprovou a tua contratação",
	// a selection board's proposal, as the public sector says the offer:
	// "la Comisión de Selección ha propuesto tu contratación", "a
	// diretoria aprovou seu nome para a posição"
	"propuesto tu contratación", "propuesto su contratación", "aprovou seu nome", "aprovou o seu nome",
	// the same in German and said as a question: "wir wollen dich als
	// Senior Data Engineer", "was wir dir anbieten", "want the job?"
	"wir wollen dich", "wir möchten dich", "wollen sie als", "dir anbieten", "ihnen anbieten", "want the job?",
	// and with the formal "Sie": "wir wollen Sie! Die Stelle ... gehört Ihnen"
	"wir wollen sie!", "wir wollen sie.", "gehört ihnen", "gehört dir",
	"want the role?", "want the position?", "the job is yours", "the role is yours", "job's yours",
	// the welcome that closes an offer put in writing after a call ("so
	// glad you're happy to accept! ... Welcome to the team!"), and the
	// post named as the reader's ("we'd love to have you as our first
	// designer")
	"welcome to the team", "welcome aboard", "love to have you as", "like to have you as", "have you as our",
	// the team or crew the reader joins: "we would like to have you in
	// our team as Lead MES Integration Engineer", "we'd like to have you
	// on the overnight crew, $18.25/hr to start"
	"to have you in our", "to have you in the team", "to have you on the", "to have you on our",
	// a crew boss's and an agency owner's: "Boys rated you so keen to have
	// you on", "queremos muito você no time"
	"keen to have you on", "to have you on.", "você no time", "você na equipe", "você na nossa equipe",
	// an offer in a line or two (r88): "You're hired if you want it.
	// $48/hr, start Monday the 14th", "We'd love to have you. $72k, health
	// insurance", "the committee wants you for the Commercial Analytics
	// internship this summer! $38/hr, 11 weeks starting June 1"
	"you're hired", "you are hired", "love to have you.", "love to have you!", "wants you for the", "want you for the",
	// (r89: "Short version: we'd like you. Numbers are in the attached
	// letter"; a union's apprentice "selected ... for indenture as a
	// first-year Plumber/Pipefitter apprentice")
	"we'd like you.", "we'd like you!", "we would like you.", "for indenture",
	// a staffing agency's shift in Spanish (r84): "Tenemos un turno para ti
	// con nuestro cliente ... Pago: $19.50/hr ... Inicio: lunes 24 de mayo
	// ... ¿Lo tomas? Contesta SÍ o NO"
	"un turno para ti", "un turno para usted",
	// "Wir möchten Sie gern bei uns einstellen", "Wir würden Sie sehr
	// gerne ... in unserem Team in Wels begrüßen", "nous souhaitons vous
	// engager", "Te queremos en el equipo"
	"bei uns einstellen", "in unserem team begrüßen", "im team begrüßen", "vous engager", "te queremos en el equipo",
	"la queremos en el equipo", "lo queremos en el equipo", "queremos que seas parte",
	// an owner's terms put in writing after a call, the yes asked for:
	// "Role: ... Pay: ... Start: ... If you're in, just reply yes"
	"if you're in,", "if you're in.", "just reply yes", "just say yes",
	// a place in an apprenticeship class, and a hiring hall's referral to a
	// job: "confirm that you accept your place in the class", "call the hall
	// by 3:00 PM today to accept this referral"
	"accept your place", "accept this referral", "accept the referral",
	// a boss's yes in a line: "You start Monday 7am at the Rozelle site",
	// "Reply yes and I'll put you on the schedule"
	"you start monday", "you start tuesday", "you start wednesday", "you start thursday", "you start friday",
	"you start on", "put you on the schedule", "put you on the rota", "put you on the roster",
)

// offerPayCues are what the post pays.
var offerPayCues = cues(
	// a public employer's pay in Spanish: "Retribución bruta anual:
	// 34.500 €"
	"retribución bruta", "retribución anual",
	"base salary", "salary", "k base", "a base of", " base +", "base pay", "signing bonus", "sign-on bonus",
	"/hr", "/hour", "per hour", "hourly rate", "health insurance", "housing stipend",
	"equity", "stock options", "options over", "super)", "+ super", "% super", "gehalt", "vergütung", "salaire",
	"rémunération", "salario", "sueldo", "retribuzione", "ral di", "ral ", "remuneração", "salário", "salaris",
	"bruto jaar", "maandsalaris",
	// pay with its benefits: "at $74,000 plus the benefits package"
	"plus the benefits", "plus benefits", "benefits package",
	// Dutch wages by the collective agreement: "loon volgens cao Tuincentra"
	"loon volgens", "uurloon", "brutoloon", "maandloon",
	// pay said as gross or a monthly figure: "that's gross monthly"
	"gross monthly", "gross annual", "gross per", "per month gross", "monthly salary", "annual salary", "brutto",
	"brut annuel", "bruto anual", "bruto mensual", "lordo", "bruto mensal",
	// pay under its heading in a summary of the offer: "Compensación: USD
	// 9,800 mensuales brutos"
	"compensación:", "compensação:", "compensation:", "mensuales brutos", "brutos mensuales",
	// pay by the hour: "$18/hr + tips", "$21.50/hour", "pay rate"
	"/hr", "/hour", "per hour", "an hour +", "hourly rate", "pay rate", "stundenlohn", "de l'heure", "por hora",
	"all'ora", "per uur", "an hour to start", "an hour plus",
	// a fee by the month: "un compenso di 1.900 € lordi al mese", "Valor:
	// US$ 4.200 por mês"
	"compenso", "por mês", "al mese", "par mois", "pro monat",
	// a union scale: "Heavy & Highway Laborer, Group 1, per CBA, plus
	// fringes", "45% of the journeyperson rate ... plus fringe benefits"
	"per cba", "plus fringes", "fringe benefits", "journeyperson rate", "journeyman rate",
	// a contractor's day rate: "TJM : 620 € HT", "Tagessatz", "day rate of"
	"tjm", "tagessatz", "day rate", "daily rate", "tarif journalier",
	// a startup's pay by the month and its tokens (r65): "Comp: USD
	// 14,000 / month", "USD 12,500/month ... 0.5% of the token supply,
	// 3 years vesting"
	"comp:", "/month", "/ month", "vesting", "token supply", "total supply",
	// a professor's pay and a Dutch monthly gross (r70): "Ihre Bezüge
	// einschließlich der Leistungsbezüge", "€ 4.350 bruto per maand"
	"leistungsbezüge", "bruto per maand", "gratification",
	// the Bar's pay for a pupil (r58): "The pupillage award is £55,000"
	"pupillage award",
)

// offerDocCues are the contract or letter the reader signs.
var offerDocCues = cues(
	"contract", "docusign", "offer letter", "letter of offer", "paperwork", "arbeitsvertrag", "vertrag",
	"contrat", "contrato", "contratto", "lettera di", "e-sign", "esign", "sign the letter", "countersign",
	"employment agreement", "review and sign", "angebotsschreiben", "uitzendovereenkomst", "arbeidsovereenkomst",
	"rufschreiben",
	// the letter still to come: "the formal letter is coming from our HR
	// consultant shortly"
	"formal letter", "written offer", "the attached letter", "in the attached letter",
	// (r87: "Rudy will send something official in writing")
	"official in writing",
	// the letter redone after a negotiation: "Yes, we can do 140 base.
	// Updated letter coming tomorrow morning."
	"updated letter", "revised letter", "new letter", "updated offer", "revised offer", "updated contract",
	"revised contract",
	// a draft agreement: "ti allego la bozza di accordo"
	"bozza di accordo", "bozza del contratto", "borrador del contrato", "minuta do contrato",
	// the papers to register the new hire: "Pasame tu CUIL y una foto del
	// DNI para el alta"
	"para el alta", "darte de alta", "darle de alta",
)

// offerStartCues name the first day.
var offerStartCues = cues(
	"start date", "starting date", "eintrittsdatum", "arbeitsbeginn", "date de début", "date d'entrée",
	"fecha de incorporación", "fecha de inicio", "data di inizio", "data de início", "início a", "startdatum",
	"eerste werkdag", "ingangsdatum", "início em", "to start on", "you to start", "starttermin", "eintrittstermin",
	"incorporación prevista", "prise de poste", "prise de fonctions",
	// "Can you start Monday 15th?", "I'll stick you on the rota from next
	// week", "entrée en fonction souhaitée le mardi 1er juin", "Arrancarías
	// el martes 16", "Dienstbeginn"
	"can you start", "could you start", "on the rota", "entrée en fonction", "arrancarías", "arrancarias",
	"dienstbeginn",
	// a mission's start: "Démarrage : lundi 5 juillet", "starting Monday,
	// April 19"
	"démarrage :", "démarrage le", "starting monday", "starting tuesday", "starting wednesday", "starting thursday",
	"starting friday",
	// (r88: "start Monday the 14th", "Start whenever you can", "11 weeks
	// starting June 1")
	"start monday", "start tuesday", "start wednesday", "start thursday", "start friday", "start whenever",
	"starting january", "starting february", "starting march", "starting april", "starting may", "starting june",
	"starting july", "starting august", "starting september", "starting october", "starting november",
	"starting december", "inicio:",
)

// offerAnswerCues ask whether the reader takes it.
var offerAnswerCues = cues(
	"accept the", "accept our", "accept this", "accept it", "to accept", "you accept", "accept?", "annehmen",
	"accetti", "accettare", "aceptar", "aceptes", "aceitar", "accepter", "accepteren",
	"whether you'd like", "it's a yes", "your decision", "think it over", "either way", "ob sie das", "te encajan",
	"dar uma resposta", "desse uma resposta", "nos desse uma resposta", "what you think", "sign by", "aceptas",
	"aceita", "accepteert", "votre accord", "ob sie annehmen", "se accetta",
	"sign and return", "yes or no", "you're accepting", "you are accepting",
	// the contract still to sign (r77): "Please read it carefully, sign it
	// and return it through the Census Staff Portal"
	"sign it and return", "sign and return it",
	// (r88: "Start whenever you can. Say yes?")
	"say yes?", "say yes!", "lo tomas?", "sí o no",
	// "facci sapere se ti va", "responder com o seu 'de acordo'", "The
	// job is yours if you want it ... let me know are you on for it"
	"se ti va", "de acordo", "if you want it", "are you on for it",
	"just reply yes", "just say yes", "love an answer by", "confirm your acceptance", "signing and returning",
	"reply yes", "se aceita",
	// "faire part de votre décision d'ici le vendredi 23 avril", "Avisame si
	// estás de acuerdo", "ob Sie das Angebot annehmen möchten"
	"votre décision", "si estás de acuerdo", "si estas de acuerdo", "angebot annehmen",
	// the answer asked as the acceptance itself or the letter to sign:
	// "accept or decline this offer by Wednesday", "review and sign the
	// offer letter by Thursday", "nos retorne com o seu aceite", "di
	// confermare la tua accettazione entro venerdì"
	"accept or decline", "sign the offer", "sign your offer", "seu aceite", "o aceite",
	"tua accettazione", "sua accettazione", "votre acceptation", "tu aceptación", "su aceptación",
)

// offerSubjectCues make a subject name the offer: "Letter of Offer",
// "Ihr Arbeitsvertrag", "Proposta de contratação", "Oferta".
var offerSubjectCues = cues(
	"offer", "arbeitsvertrag", "vertragsangebot", "oferta", "proposta", "offerta", "offre", "promesse d'embauche",
	"contrato", "aanbod", "employment agreement", "employment contract",
	// German names the offer a "Zusage", as it names the no an "Absage"
	// (r61: "Zusage: Berufskraftfahrer CE Nahverkehr")
	"zusage",
	// French names the offer a proposal of what it offers: "Proposition de
	// détachement", "proposition d'embauche" (not "proposition de date")
	"proposition de poste", "proposition d'embauche", "proposition d'emploi", "proposition de contrat",
	"proposition de détachement", "proposition de mobilité", "proposition de mission",
)

// offerAfterCues are the steps after an offer was accepted (background
// and reference checks, right-to-work, onboarding forms): they name the
// offer, the start date and a contract, but make no offer.
var offerAfterCues = cues(
	"background check", "background screening", "screening", "pre-employment", "dbs", "right to work",
	"onboarding", "consent form", "reference check", "referencing", "have accepted", "you accepted",
	"for accepting", "on accepting", "contract hebt getekend", "signed your contract", "vertrag unterschrieben",
)

// offerAcceptedCues say the offer was accepted: whatever else the
// message asks, it makes no offer.
var offerAcceptedCues = cues(
	"have accepted", "you accepted", "for accepting", "on accepting", "contract hebt getekend", "signed your contract",
	"vertrag unterschrieben", "signed offer letter received", "signed offer received", "signed contract received",
	"signed by both parties",
	// the reader's yes, answered (r65): "Amazing, so happy you said yes!!"
	"you said yes", "you've said yes", "you have said yes",
)

// offerDone: the message speaks of the steps after an accepted offer, and
// asks no answer to one ("Please ... confirm your acceptance by signing and
// returning it by Wednesday, July 21. HR will also email your onboarding
// package" is the offer with what follows it).
func offerDone(d *doc) bool {
	if !offerDoneCues.contains(d.body) {
		return false
	}
	if ruleOff("offer-asks-answer") || offerAcceptedCues.contains(d.body) {
		return true
	}
	// (nor is a verbal offer whose letter is still to come: "HR is
	// preparing the formal offer letter now ... It will include the
	// background check authorization")
	return !offerAnswerCues.contains(d.body) && !offerLetterComing.contains(d.body)
}

var offerLetterComing = cues("preparing the formal offer", "preparing your offer", "preparing the offer letter",
	"formal offer letter will follow", "offer letter will follow", "formal letter will follow", "offer letter is on its way")

// offerDoneCues say an offer was accepted and the next steps began: a
// contract signed, a screening form to fill. An offer's own words ("the
// offer is subject to a background check") are not among them.
var offerDoneCues = cues(
	"signed your contract", "contract hebt getekend", "vertrag unterschrieben", "unterschriebenen vertrag erhalten",
	"signed contract back", "screening form", "pre-employment screening on", "now that you've signed",
	"for accepting the offer", "for accepting our offer", "you've accepted the offer", "you have accepted the offer",
	"for accepting your offer", "you've accepted your offer", "you have accepted your offer",
	"on accepting your offer", "on accepting the offer", "on accepting our offer",
	// a screening provider's invitation: "please complete your background
	// check authorization"
	"complete your background check", "background check authorization", "background check as part of your offer",
	"screening as part of your offer", "schedule your drug screen",
	// a screening provider's notice or the employer's thanks for the
	// signed letter: "pre-employment background verification in
	// connection with your offer of employment", "thank you for returning
	// your signed offer letter", "received the signed copy"; the offer
	// letter named as where something is written ("the address on your
	// offer letter")
	"background verification in connection", "verification has been initiated", "returning your signed", "your signed offer",
	"received the signed", "received your signed", "on your offer letter", "per your offer letter",
	"signed offer letter received", "signed offer received", "signed contract received", "signed by both parties",
	// what comes back once the reader has signed, and the first day's
	// arrangements: "I'll send the countersigned version back to you
	// tomorrow", "I'll send over first-day details", "your onboarding pack"
	"countersigned version", "countersigned copy", "countersigned contract", "countersigned letter",
	"countersigned offer", "gegengezeichnet", "contresigné", "controfirmat", "first-day details",
	"first day details", "details for your first day", "onboarding pack", "staff portal",
	// the signed letter back, in the past, and a screening of a
	// conditional offer (r73, r74): "thank you for returning the signed
	// offer letter", "obrigada por nos ter devolvido a carta-proposta
	// assinada", "grazie per averci ritornato la lettera d'offerta
	// firmata", "as part of your conditional offer of employment"
	"returning the signed", "returned the signed", "as part of your conditional offer", "devolvido a carta-proposta assinada",
	"devolvido a carta proposta assinada", "devolvido o contrato assinado", "devolvida a proposta assinada",
	"ritornato la lettera d'offerta firmata", "restituito la lettera d'offerta firmata", "restituito il contratto firmato",
	"ritornato il contratto firmato", "renvoyé la lettre d'offre signée", "retourné la lettre d'offre signée",
	"renvoyé le contrat signé", "retourné le contrat signé", "retourné votre contrat signé", "devuelto la oferta firmada",
	"devuelto el contrato firmado", "devuelto la carta oferta firmada", "your signed acceptance",
	// a Japanese informal offer accepted, before the formal letters of
	// its ceremony (r76)
	"for accepting our informal offer", "accepting our informal offer", "accepted our informal offer",
	// r77: "thanks for accepting our tentative offer", "thanks for
	// sending your signed contract", "following your acceptance of our
	// offer of employment"
	"for accepting our tentative offer", "for accepting our conditional offer", "for accepting our job offer",
	"for accepting our verbal offer", "for sending your signed", "for sending back your signed", "following your acceptance of",
	"in connection with your conditional offer",
	// a form the offer already made waits on (r79: "failure to complete
	// and submit the form ... may result in the withdrawal of your
	// tentative offer")
	"withdrawal of your tentative offer", "withdrawal of your conditional offer", "rescission of your tentative offer",
	"rescission of your conditional offer",
	// the reader's yes thanked for, under the offer's subject (r81:
	// "Thanks so much for accepting – we're thrilled! As part of our
	// pre-employment checks, could you send me ... two referees")
	"thanks so much for accepting", "thank you for accepting", "thanks for accepting", "thank you so much for accepting",
)

// offerEvidence reports an offer said in other words than the offer
// lexicon's: an invitation to join (or a subject naming the offer) with
// two of pay, a contract or letter, a start date and a question whether
// the reader accepts. It names the families found, for reasons.
func (d *doc) offerEvidence() string {
	if d.offerSet {
		return d.offerEv
	}
	d.offerSet = true
	// (a phone wraps lines anywhere: "queremos que te\nsumes ... vemos
	// números", and so does a plain-text letter: "confirm that you accept
	// your\n place in the class"; read so only where the offer's terms or
	// its pay are named, rare)
	make := offerMakeCues.contains(d.body) ||
		strings.IndexByte(d.body, '\n') >= 0 && (termsWords.contains(d.body) || offerPayCues.contains(d.body)) && offerMakeCues.contains(unwrapped(d.body))
	subj := offerSubjectCues.contains(d.subj)
	// The steps after an offer end it, once it is accepted or when the
	// message asks nothing; an offer that asks for the answer names its
	// own conditions ("pending background check", "so I can kick off the
	// background check").
	answer := offerAnswerCues.contains(d.body)
	// (an invitation to join under a subject naming the offer is the
	// offer itself, whatever steps after it it looks ahead to: "we would
	// love for you to join ... It will help us plan the onboarding" under
	// "Offer – Clinical Data Analyst")
	if !make && !subj || offerAcceptedCues.contains(d.body) || offerAfterCues.contains(d.body) && !answer && !(make && subj && !ruleOff("offer-made-ahead")) {
		return ""
	}
	var fams []string
	if make {
		fams = append(fams, "an invitation to join")
	}
	if subj {
		fams = append(fams, "a subject naming the offer")
	}
	for _, f := range []struct {
		name string
		c    *cueSet
	}{{"pay", offerPayCues}, {"a contract or letter", offerDocCues}, {"a start date", offerStartCues}, {"a question whether you accept", offerAnswerCues}} {
		if f.c.contains(d.body) {
			fams = append(fams, f.name)
		}
	}
	// A reply under a subject naming the offer and the post ("Re: Senior
	// Engineering Manager - offer") goes on with that offer: one of its
	// families is enough ("yes, that's gross monthly", "questions on the
	// equity").
	offerReply := subj && !make && isReply(d.m) && (len(d.subjHits[clsTitle]) > 0 || offerTopic(d.subj) || correspondentsOffer(d)) && !d.outcome().rejected() &&
		!d.has(clsElsewhere) // "Re: Offer - 2BR apartment, Elm Street"
	if offerReply && len(fams) < 2 {
		// "Let me check with Hana and get back to you tomorrow" under "Re:
		// Offer - Senior Data Engineer": the answer to what the reader
		// asked of its terms, which the message it answers names (the
		// base, the start date), while the reader has not yet taken it
		q := d.quotedText()
		settled := offerSettledBelow(d)
		if q != "" && !settled {
			for _, c := range []*cueSet{offerPayCues, offerDocCues, offerStartCues} {
				if c.contains(q) {
					fams = append(fams, "the terms it answers about")
					break
				}
			}
		}
		if len(fams) < 2 && !settled && !d.has(clsOtherSense) && !d.has(clsWithdrawn) &&
			len(d.subjHits[clsInterview]) == 0 && !interviewNouns.contains(d.subj) && !ruleOff("offer-thread") {
			// "No rush at all. Enjoy your evening" above my "I'll come back
			// to you early next week", or my own "thank you, I'll talk it
			// through at home": the offer's thread going on, with nothing
			// that settles it
			fams = append(fams, "a reply in the offer's thread")
		}
	}
	// An invitation to join with its contract or paperwork promised
	// ("we'd love to have you as our first designer. I'll send the
	// paperwork by Wednesday", "welcome aboard! The contract draft follows
	// by Wednesday") is an offer made in two lines, as a phone reply says it.
	if make && !subj && len(fams) == 2 && joinCues.contains(d.body) && docPromised(d) && !ruleOff("doc-promised") {
		fams = append(fams, "the contract promised")
	}
	// An invitation to join and a call promised to talk its terms
	// through ("el cliente quiere hacerte oferta. mañana te paso números
	// y condiciones"), as writers of r20, r22, r28 and r30 wrote it from
	// their phones, is the offer made: the terms come on the call.
	termsOffer := make && !subj && len(fams) < 3 && joinCues.contains(unwrapped(d.body)) && termsTalk(d) && !d.has(clsOtherSense) &&
		!d.has(clsMarketing) && !d.has(clsElsewhere) && !ruleOff("terms-talk")
	if termsOffer {
		fams = append(fams, "its terms to be talked through on a call promised")
	}
	if len(fams) < 3 && !(offerReply && len(fams) >= 2) && !termsOffer || make && subj && len(fams) < 4 {
		return ""
	}
	if len(fams) < 3 && !termsOffer {
		fams = append(fams, "in a reply under it")
	}
	d.offerEv = fmt.Sprintf("offer in other words: %s", strings.Join(fams, ", "))
	d.offerFams = len(fams)
	return d.offerEv
}

// offerSettledBelow: the history below a reply, as far as its quote
// goes and however it is marked, accepts or declines the offer or goes on
// to the steps after it.
func offerSettledBelow(d *doc) bool {
	below := strings.TrimPrefix(normalize(d.m.Excerpt), d.body)
	return offerAcceptCues.contains(below) || offerAcceptedCues.contains(below) || offerAfterCues.contains(below) ||
		declineCues.contains(below)
}

// offerWeight is the hiring evidence of an offer in other words: that of
// decision language, and half a point for each family beyond three.
func (d *doc) offerWeight() float64 {
	if d.offerEvidence() == "" {
		return 0
	}
	return closingStageWeight + 0.5*float64(d.offerFams-3)
}

// joinCues are the invitations to join said to the reader themselves,
// not an offer named in passing ("your offer letter", "nossa proposta").
var joinCues = cues("love to have you", "like to have you", "like you to join", "love you to join", "want you to join",
	"welcome aboard", "welcome to the team", "want you on board", "have you on board", "bring you on board",
	"the job is yours", "the role is yours", "job's yours", "we want you", "hacerte oferta", "hacerte una oferta",
	"que te unas", "que formes parte", "te queremos", "wir wollen dich", "wir möchten dich", "que te sumes",
	"que tu nous rejoignes", "que vous nous rejoigniez", "a sua contratação", "a tua contratação",
	"propuesto tu contratación", "propuesto su contratación", "aprovou seu nome", "aprovou o seu nome",
	// Italian, and an agency's client wanting the reader ("vorremmo averti
	// nel team!", "Lone Star Grid wants to bring you on!")
	"averti nel team", "averla nel team", "averti con noi", "averti a bordo", "bring you on!", "bring you on.")

// termsWords name an offer's terms, to be talked through on a call the
// message promises: the numbers, the package, the conditions, the start.
var termsWords = cues("números", "numbers", "package", "condiciones", "condições", "conditions", "détails de la",
	"sobre a proposta", "sobre la propuesta", "about the offer",
	"proposition en détail", "detalles de la oferta", "detalhes da proposta", "rémunération", "compensation",
	"fecha de arranque", "fecha de inicio", "date de démarrage", "date de prise de poste", "data de início", "start date")

// termsTalk: a sentence promises a call or a message about the offer's
// terms ("mañana te paso números y condiciones", "je t'appelle demain pour
// en parler de vive voix (package, date de démarrage…)", "ligo-lhe amanhã
// para falarmos dos detalhes da proposta").
func termsTalk(d *doc) bool {
	for _, s := range d.sentences() {
		if termsWords.contains(s.text) && promiseGateContains(s.text) {
			return true
		}
	}
	return false
}

// docPromised: a sentence of the message promises the contract or letter
// to sign ("Aoife will send the contract over by Friday").
func docPromised(d *doc) bool {
	for _, s := range d.sentences() {
		if offerDocCues.contains(s.text) && promiseGateContains(s.text) {
			return true
		}
	}
	return false
}

// correspondentsOffer: the subject's topic is the offer of the
// organisation the reader writes with, or the offer revised, named
// before its company ("Re: Lumenfold offer - summary of our call", "Re:
// Revised offer - Lumenfold", r85): its first part is the offer word
// after one word that is a correspondent's organisation or says which
// offer, not an offer on a flat or a car.
func correspondentsOffer(d *doc) bool {
	if ruleOff("correspondents-offer") {
		return false
	}
	s := mailmsg.NormalizeSubject(d.m.Subject)
	if k := strings.IndexAny(s, "-–—:|("); k >= 0 {
		s = s[:k]
	}
	w := strings.Fields(s)
	if len(w) != 2 || !offerNouns[w[1]] {
		return false
	}
	if offerKinds[w[0]] {
		return true
	}
	addrs := append([]mailmsg.Address{d.m.From}, d.m.To...)
	for _, a := range addrs {
		if org := OrgDomain(a.Email); org != "" && !strings.Contains(org, "@") && strings.HasPrefix(org, w[0]+".") {
			return true
		}
	}
	return false
}

var (
	// offerNouns are the offer in the subject's languages
	offerNouns = map[string]bool{"offer": true, "oferta": true, "offerta": true, "offre": true, "angebot": true, "aanbod": true,
		"proposta": true}
	// the offer said to be the reader's, revised or final (not "special"
	// or "mortgage", nor a "job offer", which is an advert in much of
	// Europe's English: "RE: Job offer - Warehouse Worker - invitation for
	// interview")
	offerKinds = map[string]bool{"revised": true, "updated": true, "final": true, "formal": true, "written": true,
		"verbal": true, "your": true}
)

// offerTopic: a subject whose topic is the offer itself, its first word
// after the reply's prefixes ("Re: Offer - a couple of questions", "Re:
// Oferta"), as a post's title would be; not an offer "on 12 Elm Street" or
// "for your car".
func offerTopic(subj string) bool {
	s := mailmsg.NormalizeSubject(subj)
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		word = s[:i]
	}
	if !offerNouns[word] {
		return false
	}
	rest := s[len(word):]
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	if f := strings.Fields(rest); len(f) == 1 && offerParts[f[0]] && !ruleOff("offer-part-topic") {
		return true // "Re: Offer details", "Re: Offer letter" (r87)
	}
	return rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// offerParts are what an offer is made of, named after it as a subject's
// whole topic: "Re: Offer details" (r87).
var offerParts = map[string]bool{"details": true, "letter": true, "terms": true, "package": true, "paperwork": true,
	"questions": true, "summary": true, "documents": true}
