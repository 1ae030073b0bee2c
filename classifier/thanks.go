package classifier

import (
	"slices"
	"strings"
)

// A candidate's thank-you after an interview ("Thanks again for the time
// this afternoon, and please thank Anya for me too. I really enjoyed
// digging into the pipeline migration. Looking forward to hearing about
// next steps.") names no post and no process: it thanks for a meeting of
// today and goes on as only a candidate does, passing thanks to the
// others met, saying what they enjoyed hearing about the team and its
// work, looking forward to the next steps. Writers of r24, r25, r26, r28
// and r29 all wrote such notes from Alex, and the rules read none of them
// as job mail. A friend's thanks for lunch, or for a visit, says none of
// those things, or says what was eaten.

// candidateThanksWeight is the hiring evidence of such a note: with its
// thanks and two of the candidate's follow-throughs it reaches
// jobThreshold alone.
const candidateThanksWeight = 3.0

// thanksForToday thank for a meeting just held.
var thanksForToday = cues("for the time this", "for your time this", "for your time today", "for the time today",
	"for taking the time this", "for taking the time today", "for taking the time to meet", "for this afternoon",
	"for this morning", "thanks for today", "thank you for today", "thank you both for today", "thanks both for today",
	"for meeting with me", "for speaking with me", "for talking with me", "for having me", "for the conversation",
	"for our conversation",
	// a meeting of another day, or thanked for in other words: "Thanks
	// again for Monday – really enjoyed meeting you and Hanne", "Thanks for
	// taking the time to talk today"
	"for yesterday", "for monday", "for tuesday", "for wednesday", "for thursday", "for friday",
	"to talk today", "to speak today", "to chat today", "to meet today", "to talk with me", "to speak with me",
	"for meeting me", "for speaking to me", "for talking to me",
	// in the other languages of the lexicon (r48: "Muchas gracias por su
	// tiempo esta mañana ... Quedo a sus órdenes para cualquier
	// información adicional")
	"por su tiempo esta", "por tu tiempo esta", "por su tiempo hoy", "por tu tiempo hoy", "por la entrevista de hoy",
	"por recibirme", "pour votre temps ce", "pour le temps que vous", "pour l'entretien de ce", "pour notre échange de ce",
	"de m'avoir reçu", "für ihre zeit heute", "für das gespräch heute", "für das heutige gespräch",
	"per il tempo che", "per il colloquio di oggi", "per avermi ricevuto", "voor uw tijd vandaag", "voor het gesprek van vandaag",
	"voor het fijne gesprek", "pelo seu tempo esta", "pelo seu tempo hoje", "pela entrevista de hoje", "por me receber")

// candidateFollowThrough are what a candidate's note says after the thanks.
var candidateFollowThrough = []*cueSet{
	// the others met
	cues("pass my thanks to", "pass on my thanks", "pass my thanks on", "please thank", "thank you both", "thanks both", "my thanks to",
		"transmita mi agradecimiento", "mes remerciements à", "meinen dank an", "i miei ringraziamenti",
		"mijn dank aan", "os meus agradecimentos"),
	// what was heard of the team and its work
	cues("enjoyed hearing about", "enjoyed hearing how", "enjoyed learning about", "enjoyed digging into",
		"enjoyed the conversation", "enjoyed our conversation", "enjoyed meeting", "enjoyed talking about",
		"enjoyed hearing more about",
		"muchas ganas de trabajar", "me encantó conocer", "me gustó mucho conocer", "beaucoup apprécié", "très envie de",
		"hat mir sehr gefallen", "hat mich sehr gefreut", "mi ha fatto molto piacere", "molto interessante conoscere",
		"heel leuk om", "gostei muito de conhecer", "muita vontade de"),
	// the candidate at the employer's disposal: "quedo a sus órdenes
	// para cualquier información adicional"
	cues("quedo a sus órdenes", "quedo a su disposición", "quedo a tu disposición", "reste à votre disposition",
		"je reste disponible", "stehe ich ihnen gerne", "stehe ihnen gerne", "resto a disposizione", "rimango a disposizione",
		"sta ik graag", "blijf graag beschikbaar", "fico à disposição", "fico ao dispor", "i remain at your disposal"),
	// what comes next
	cues("next steps", "hearing from you", "hearing more about the role", "the rest of the process",
		"próximos pasos", "prochaines étapes", "suite du processus", "nächsten schritte", "prossimi passi", "volgende stappen",
		"próximos passos", "sus noticias", "de vos nouvelles", "von ihnen zu hören", "sue notizie", "van u te horen",
		"notícias suas"),
}

// friendlyOccasions are thanks for what friends share.
var friendlyOccasions = cues("lunch", "dinner", "coffee", "drinks", "party", "barbecue", "bbq", "cookout", "picnic", "wedding", "birthday", "brunch", "the kids",
	"your place", "the weekend", "la comida", "la cena", "el almuerzo", "le déjeuner", "le dîner", "l'apéro", "das essen",
	"abendessen", "mittagessen", "il pranzo", "la cena", "het etentje", "het diner", "o jantar", "o almoço", "fiesta",
	"la fête", "cumpleaños", "anniversaire", "geburtstag", "compleanno", "verjaardag", "aniversário", "boda", "mariage",
	"hochzeit", "matrimonio", "bruiloft", "casamento")

// candidateThanks reports such a note by its own words, with why.
func candidateThanks(d *doc) (string, bool) {
	if !slices.ContainsFunc(thanksWords, func(w string) bool { return strings.Contains(d.body, w) }) {
		return "", false // most mail: no thanks at all
	}
	body := unwrapped(d.body)
	i := thanksForToday.index(body)
	if i < 0 || ruleOff("candidate-thanks") || friendlyOccasions.contains(body) || d.has(clsOtherSense) ||
		d.has(clsElsewhere) || len(thirdPartyHits(d)) > 0 {
		return "", false
	}
	var found []string
	for _, c := range candidateFollowThrough {
		if j := c.index(body); j >= 0 {
			found = append(found, strings.TrimSpace(body[j:j+cueLen(c, body[j:])]))
		}
	}
	if len(found) < 2 {
		return "", false
	}
	return quoteList(append([]string{strings.TrimSpace(body[i : i+cueLen(thanksForToday, body[i:])])}, found...)), true
}
