package classifier

import "strings"

// The reader's own mail is in the mailbox too: the application sent, the
// note after an interview, the question after weeks of silence. It names
// the employer's promises as often as the employer's mail does, but
// restated ("I understand the results will be mailed once all interviews
// are finished", "I've been told to expect a decision within two months")
// or asked after ("when can applicants expect to be notified?"), and
// promises nothing the reader waits for. It is told by what only a
// candidate says of their own application, in the first person: "I
// applied for", "I'm writing to apply", "my application for", "thank you
// for interviewing me", "I remain very interested in the role". An
// employer says "your application"; a portal's "My application" button
// names no post.

// readersOwnCues are a candidate's words of their own application, in
// each language; a space before each starts it at a word.
var readersOwnCues = cues(
	" i applied", " i've applied", " i have applied", " i had applied", " writing to apply", " i'd like to apply",
	" i would like to apply", " for interviewing me", " my application for", " my application to",
	" my application was", " status of my application", " update on my application", " i had my",
	" i remain very interested", " i'm still very interested", " i am still very interested",
	// Scandinavian: "min ansøgning til stillingen", "jag sökte tjänsten",
	// "jeg var til intervju for stillingen"
	" jeg søgte stillingen", " jeg har søgt stillingen", " min ansøgning til", " min ansøgning på", " jag sökte tjänsten",
	" jag har sökt tjänsten", " min ansökan till", " min ansökan om", " jeg søkte på", " jeg søkte stillingen",
	" jeg har søkt på", " min søknad på", " min søknad til",
	" jeg var til intervju", " jag är fortfarande mycket intresserad", " jeg er fortsatt veldig interessert",
	" jeg er stadig meget interesseret",
	// German, French, Spanish, Italian, Dutch, Portuguese
	" bewerbe mich", " bewerbe ich mich", " meine bewerbung als", " meine bewerbung auf", " meine bewerbung für",
	" meine bewerbung vom",
	" j'ai postulé", " ma candidature pour", " ma candidature au poste", " me postulé", " mi candidatura para",
	" mi candidatura al puesto", " la mia candidatura per", " mi sono candidato", " mi sono candidata",
	" ik heb gesolliciteerd", " mijn sollicitatie voor", " mijn sollicitatie naar", " candidatei-me",
	" minha candidatura para", " minha candidatura à vaga",
)

// readersOwn reports the reader's own message to an employer, with the
// words that say so. A forward shows another's message whole, the
// candidate's among them: it is not one.
func readersOwn(d *doc) (string, bool) {
	if !d.ownSet {
		d.ownWhy, d.ownOK = readersOwnWords(d)
		d.ownSet = true
	}
	return d.ownWhy, d.ownOK
}

func readersOwnWords(d *doc) (string, bool) {
	if ruleOff("readers-own") || forwarded(d.m) {
		return "", false
	}
	body := " " + unwrapped(d.body) + " "
	for from := 0; from < len(body); {
		i := readersOwnCues.index(body[from:])
		if i < 0 {
			return "", false
		}
		i += from
		n := cueLen(readersOwnCues, body[i:])
		if strings.HasSuffix(body[i:i+n], " had my") {
			// "I had my oral interview with the committee", not "I had my
			// team look at your CV"
			if k := strings.Index(body[i+n:min(len(body), i+n+30)], "interview"); k >= 0 {
				return strings.TrimSpace(body[i : i+n+k+len("interview")]), true
			}
		} else if !strings.HasPrefix(body[i+n:], " in you") {
			// (but a recruiter's "I'm still very interested in your
			// profile" is the other side's interest)
			return strings.TrimSpace(body[i : i+n]), true
		}
		from = i + 1
	}
	return "", false
}

// The reader's own no to an offer ("Après mûre réflexion, j'ai décidé de
// ne pas donner suite : le package ... ne fonctionne pas pour ma
// famille") has the words of an employer's no, said in the first person
// after thanks for the offer: the reader withdraws (r49). An employer's
// "I've decided not to move forward with your application" names the
// reader's application and thanks for no offer.

// firstPersonDeclines are a writer's own decision not to go on.
var firstPersonDeclines = cues(" i've decided not to", " i have decided not to", " i decided not to", " i've decided to decline",
	" j'ai décidé de ne pas", " j'ai pris la décision de ne pas", " he decidido no", " decidí no", " ho deciso di non",
	" ik heb besloten", " heb ik besloten", " habe ich mich entschieden", " habe mich entschieden", " habe ich mich dagegen",
	" decidi não", " resolvi não")

// offerThanks thank for an offer or a proposal made to the writer.
var offerThanks = cues("for the offer", "for your offer", "for the job offer", "pour la proposition", "pour votre proposition",
	"pour l'offre", "pour votre offre", "por la oferta", "por su oferta", "por tu oferta", "por la propuesta",
	"für das angebot", "für ihr angebot", "für dein angebot", "per l'offerta", "per la proposta", "voor het aanbod",
	"voor uw aanbod", "voor je aanbod", "pela proposta", "pela oferta")

// employerObjects name the reader's application, which only an employer
// declines.
var employerObjects = cues("your application", "your candidacy", "your candidature", "votre candidature",
	"ta candidature", "su candidatura", "tu candidatura", "ihre bewerbung", "deine bewerbung", "la sua candidatura",
	"la tua candidatura", "je sollicitatie", "uw sollicitatie", "a sua candidatura", "sua candidatura")

// readerDeclinesOffer returns the words by which the writer, in the first
// person, turns down the offer they thank for, or "".
func readerDeclinesOffer(d *doc) string {
	if ruleOff("reader-declines-offer") || !offerThanks.contains(d.body) || employerObjects.contains(d.body) {
		return ""
	}
	body := " " + d.body + " "
	if i := firstPersonDeclines.index(body); i >= 0 {
		return clip(strings.TrimSpace(body[i:]))
	}
	return ""
}
