package classifier

// A reference check is a short note that names no post: "one quick thing
// before the partners meet: could you send me names and emails of two
// former supervisors?", "kan du sende meg navn og telefonnummer på to
// referanser?". Only an employer or its recruiter asks the reader for
// the people who will vouch for them; a landlord asking the same is
// another kind of application, and the reader asked to be someone's
// referee is someone else's hiring (both ruled out below).

// referenceCheckWeight is the hiring evidence of such a request: with the
// word "references" in the subject or a second hiring word it makes job
// mail, alone it does not.
const referenceCheckWeight = 2.0

// refereeWords name the people asked for.
var refereeWords = cues("references", "referees", "former supervisors", "former managers", "previous managers",
	"previous supervisors", "former line managers", "referenzen", "referenzpersonen", "références", "referencias",
	"referenze", "referenties", "referências", "referanser", "referenser", "referencer")

// refereeDetails are what is asked of them.
var refereeDetails = cues("names", "name and", "contact details", "contact info", "emails", "email addresses",
	"phone numbers", "numbers", "details of", "details for", "kontaktdaten", "coordonnées", "datos de contacto",
	"recapiti", "contactgegevens", "contactos", "navn", "namn", "kontaktoplysninger", "kontaktinformasjon")

// referencesAsked returns the request for the reader's referees, or ""
// when there is none.
func referencesAsked(d *doc) string {
	if !refereeWords.contains(d.body) || d.has(clsElsewhere) || len(thirdPartyHits(d)) > 0 || ruleOff("reference-check") {
		return ""
	}
	for _, s := range d.sentences() {
		if (s.question || requestCues.contains(s.text)) && refereeWords.contains(s.text) && refereeDetails.contains(s.text) {
			return clip(s.text)
		}
	}
	return ""
}
