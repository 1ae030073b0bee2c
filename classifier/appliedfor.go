package classifier

import (
	"slices"
	"strings"
)

// What an application was for. Flats, courses, grants, loans and
// fellowships are applied for, shortlisted, interviewed for and declined in
// the words of hiring ("thank you for applying", "the selection committee",
// "we are unable to offer you a place"), so the hiring words of such a
// decline say little. The words right after "applying to", "Ihre Bewerbung
// um", "tu solicitud de" say what the application was for: when they name
// another kind of thing and no post, the decline is of that thing however
// many hiring words surround it. Writers of every round chose exactly such
// declines as their look-alikes (classifier/testdata/tune_written/README.md).

// appliedForTriggers are the words after which a message names what was
// applied for, as token pairs.
var appliedForTriggers = map[string][]string{
	"applying":    {"to", "for"},
	"applied":     {"to", "for"},
	"application": {"to", "for"},
	"apply":       {"to", "for"},
	"interest":    {"in"},
	"bewerbung":   {"um", "für", "auf", "zum", "zur"},
	"antrag":      {"auf", "für"},
	"anmeldung":   {"für", "zum", "zur"},
	"candidature": {"à", "au", "aux", "pour"},
	"inscription": {"à", "au", "aux"},
	"demande":     {"d'admission", "de"},
	"solicitud":   {"de", "para", "a", "al"},
	"postulación": {"a", "al", "para"},
	"interés":     {"en", "por"},
	"interesse":   {"no", "na", "em", "pelo", "pela"},
	"inscripción": {"a", "al", "en"},
	"candidatura": {"a", "ao", "à", "al", "para", "per", "no", "na"},
	"inscrição":   {"no", "na", "para"},
	"domanda":     {"di", "per"},
	"domande":     {"di", "per"},
	// an abstract or a paper sent to a conference: "thank you for
	// submitting an abstract to the Transcultural Nursing Forum"
	"submitting":   {"an", "a", "your"},
	"submitted":    {"an", "a", "your"},
	"iscrizione":   {"al", "alla", "a"},
	"aanmelding":   {"voor"},
	"sollicitatie": {"voor", "naar"},
	"aanvraag":     {"voor"},
	"inschrijving": {"voor"},
	// an interview for what it names (r64: "inviting me to interview for
	// the Executive MBA program")
	"interview": {"for"},
}

// appliedForWindow is how many words after a trigger can name the thing:
// "applying for the Estonian for Beginners (A1) online evening course".
const appliedForWindow = 10

// studyObjects are the things of another kind an interview is held for:
// a degree, a course, an admission (a fellowship or a grant may be a post:
// a physician's fellowship is employment).
var studyObjects = map[string]bool{"mba": true, "msc": true, "bsc": true, "master": true, "masters": true,
	"master's": true, "degree": true, "course": true, "courses": true, "admission": true, "admissions": true,
	"school": true, "diploma": true, "certificate": true, "mestrado": true, "máster": true, "maestría": true,
	"studiengang": true, "studium": true, "opleiding": true, "corso": true, "curso": true, "cours": true,
	"formation": true}

// interviewForOtherWeight takes back the points of an interview that is
// for an admission, a course or a fund rather than a post.
const interviewForOtherWeight = 3.0

// otherObjects name things applied for that are no post: studies,
// funding, loans, housing, memberships, events.
var otherObjects = map[string]bool{
	// studies
	"course": true, "courses": true, "class": true, "workshop": true, "bootcamp": true, "school": true,
	"degree": true, "msc": true, "mba": true, "bsc": true, "master": true, "masters": true,
	"master's": true, "diploma": true, "certificate": true, "admission": true, "admissions": true,
	"enrolment": true, "enrollment": true, "cours": true, "formation": true, "diplôme": true,
	"curso": true, "cursos": true, "diplomatura": true, "diplomado": true, "maestría": true, "máster": true,
	"posgrado": true, "admisión": true, "taller": true, "mestrado": true, "pós": true, "admissão": true,
	"corso": true, "ammissione": true, "cursus": true, "opleiding": true, "studie": true, "toelating": true,
	"studium": true, "studiengang": true, "studienplatz": true, "lehrgang": true, "weiterbildung": true,
	"seminar": true, "zulassung": true, "certificat": true, "certificado": true, "certificato": true, "certificaat": true,
	// funding
	"fund": true, "grant": true, "grants": true, "fellowship": true, "scholarship": true, "bursary": true,
	"award": true, "prize": true, "hackathon": true, "accelerator": true,
	"incubator": true, "bourse": true, "subvention": true, "beca": true, "subvención": true, "bolsa": true,
	"borsa": true, "beurs": true, "stipendium": true, "subsidie": true, "förderung": true,
	// loans and housing
	"loan": true, "mortgage": true, "credit": true, "flat": true, "apartment": true, "tenancy": true,
	"prêt": true, "logement": true, "appartement": true, "préstamo": true, "crédito": true, "piso": true,
	"vivienda": true, "departamento": true, "empréstimo": true, "apartamento": true, "imóvel": true,
	"prestito": true, "appartamento": true, "lening": true, "woning": true, "huurwoning": true,
	"wohnung": true, "kredit": true, "unit": true, "rental": true, "lease": true, "condo": true, "1br": true,
	"2br": true, "3br": true, "bedroom": true, "room": true,
	// a rental in Portuguese, Spanish and Italian, and Portugal's flat sizes
	// (r64: "a minha candidatura ao arrendamento do T2 na Rua dos Anjos")
	"arrendamento": true, "arrendamiento": true, "alquiler": true, "affitto": true, "locazione": true,
	"t1": true, "t2": true, "t3": true,
	// memberships, places and events
	"membership": true, "club": true, "choir": true, "volunteer": true, "volunteering": true,
	"conference": true, "festival": true, "exhibition": true, "abstract": true, "forum": true, "symposium": true,
	"congress": true, "poster": true, "visa": true, "authorisation": true, "authorization": true, "passport": true, "adhésion": true,
	"mitgliedschaft": true, "lidmaatschap": true,
	// money back: "your refund application for booking SST-30418"
	"refund": true, "reimbursement": true,
}

// otherObjectSuffixes end German and Dutch compounds of those:
// "Zertifikatskurs", "Ratenkredit", "Mietwohnung", "Promotionsstudium".
var otherObjectSuffixes = []string{"kurs", "fellowship", "kredit", "wohnung", "stipendium", "studium", "lehrgang", "cursus", "opleiding"}

// jobObjects name posts that no title lexicon may know as one: placements
// and schemes that are employment.
var jobObjects = map[string]bool{
	"internship": true, "internships": true, "traineeship": true, "apprenticeship": true, "ausbildung": true,
	"praktikum": true, "werkstudent": true, "stage": true, "stagiaire": true, "prácticas": true,
	"estágio": true, "tirocinio": true, "trainee": true, "job": true, "jobs": true, "employment": true,
	"postdoc": true, "postdoctoral": true, "lectureship": true, "professorship": true,
}

// executiveDegrees follow "executive" in a degree's or a course's name.
var executiveDegrees = map[string]bool{"mba": true, "master": true, "masters": true, "master's": true, "education": true,
	"msc": true, "diploma": true, "certificate": true}

// titleOnlyWords are the titles that name a post only where they stand
// (titleWords.roleOnly): "the Substitute Teacher Pool". Those that are
// everyday words elsewhere too stay out: a course has its "master" and its
// "staff".
var titleOnlyWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range titleWords.roleOnly {
		switch w {
		case "master", "member", "staff", "head":
		default:
			m[w] = true
		}
	}
	return m
}()

func otherObject(w string) bool {
	if otherObjects[w] {
		return true
	}
	for _, s := range otherObjectSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// appliedForOther returns the word naming another kind of thing that the
// message says was applied for ("course" in "thank you for applying for
// the Estonian for Beginners (A1) online evening course"), or "" when
// nothing is so named or the message names a post anywhere: "your
// application to Lincoln Park School" is a teacher's when "the post"
// follows. A subject that speaks of an application is read whole:
// "Estonian A1 evening course – your application" puts the thing first.
func appliedForOther(d *doc) string {
	d.readAppliedFor()
	if d.appliedFor == "" {
		return "" // most mail: what the post-name checks below would rule out is not there
	}
	// A title in the body names a post next to a word for one; alone it
	// is most often the signature's ("Programme Manager").
	if d.appliedPost || namesPost(&d.subjHits, true) || namesPost(&d.bodyHits, ruleOff("signature-title")) || titleNearPost(d) != "" {
		return ""
	}
	if permitObjects[d.appliedFor] && workPermitForPost(d) {
		return "" // the visa the new post needs: "for your work permit ... legalized by the embassy" after "the signed contract"
	}
	return d.appliedFor
}

// permitObjects are the things applied for that a post abroad needs.
var permitObjects = map[string]bool{"visa": true, "passport": true, "authorisation": true, "authorization": true}

// workPermitCues say the visa, embassy or consulate a message names is
// for a post the reader won: the contract signed, the start date, the
// employer's sponsorship (r65, r66: an employer's relocation and
// immigration mail after the offer). A permit's kind alone ("Blue Card
// pre-check") is no post: the reader's own lawyer names it too.
var workPermitCues = cues("signed contract", "signed your contract", "signing your contract", "your employment contract",
	"your start date", "your first day", "sponsor your", "sponsorship of your", "your signed contract",
	"ihr unterschriebener vertrag", "votre contrat signé", "tu contrato firmado", "il contratto firmato",
	"je getekende contract", "seu contrato assinado")

// workPermitForPost reports a message that names the post's signed
// contract, start date or sponsorship.
func workPermitForPost(d *doc) bool {
	return !ruleOff("work-permit") && workPermitCues.contains(d.body)
}

// visaOffices are the words of another kind of application that a post
// abroad brings with it: the embassy and consulate where its visa is
// issued.
var visaOffices = map[string]bool{"visa application": true, "embassy": true, "embajada": true, "ambassade": true,
	"botschaft": true, "consulado": true, "consolato": true, "konsulat": true, "consulate": true}

// withoutVisaForPost drops the visa offices of a message about the
// permit to work in a post the reader won.
func withoutVisaForPost(d *doc, hits []hit) []hit {
	if len(hits) == 0 || !workPermitForPost(d) {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool { return visaOffices[h.t.text] })
}

// appliedForPost reports that what the message says was applied for is
// named by a post that the title lexicon does not count as hiring evidence
// on its own ("applying to the district's substitute teacher pool", "your
// application for the Staff Nurse post"): a post named, for the rules that
// ask whether one is.
func appliedForPost(d *doc) bool {
	d.readAppliedFor()
	return d.appliedPost && !ruleOff("applied-for")
}

// readAppliedFor reads the words after each trigger (and a subject that
// speaks of an application, whole) once per message: the first word of
// another kind into d.appliedFor, and whether a post is named there into
// d.appliedPost.
func (d *doc) readAppliedFor() {
	if d.appliedForSet {
		return
	}
	d.appliedForSet = true
	// read reports whether toks name a thing of another kind
	read := func(toks []string) (named bool) {
		for i, w := range toks {
			if w == "executive" && i+1 < len(toks) && executiveDegrees[toks[i+1]] && !ruleOff("executive-degree") {
				continue // "the Executive MBA program": a degree's name, no post (r64)
			}
			if jobObjects[w] || titleOnlyWords[w] {
				d.appliedPost = true
			}
			if otherObject(w) {
				named = true
				if d.appliedFor == "" {
					d.appliedFor = w
				}
			}
		}
		return named
	}
	for _, w := range d.subjToks {
		if _, ok := appliedForTriggers[w]; ok {
			// "Interview invitation – Executive MBA, Round 1"
			d.interviewFor = read(d.subjToks) && w == "interview"
			break
		}
	}
	// The thing before the word: "your refund application", "the loan
	// application you submitted".
	for _, toks := range [][]string{d.subjToks, d.bodyToks} {
		if k := kindBeforeApplication(toks); d.appliedFor == "" && k >= 0 {
			d.appliedFor = toks[k]
		}
	}
	toks, mark := d.bodyToks, 0
	for i := 0; i+1 < len(toks); i++ {
		for mark < len(d.marks) && int(d.marks[mark]) <= i {
			mark++
		}
		nexts, ok := appliedForTriggers[toks[i]]
		if !ok || !slices.Contains(nexts, toks[i+1]) {
			continue
		}
		end := min(i+2+appliedForWindow, len(toks))
		if mark < len(d.marks) && int(d.marks[mark]) < end {
			end = int(d.marks[mark])
		}
		if end > i+2 && read(toks[i+2:end]) && toks[i] == "interview" {
			d.interviewFor = true // "to interview for the Executive MBA program"
		}
	}
}

// namesPost reports a job title or a word for a post among hits; place
// words ("your position on the waiting list", "30 places") are a course's
// or a queue's too.
func namesPost(hits *[numClasses][]hit, titles bool) bool {
	if titles && len(hits[clsTitle]) > 0 {
		return true
	}
	for _, h := range hits[clsPostNoun] {
		if !placeWords[h.t.text] {
			return true
		}
	}
	return hasJobNoun(postNouns(hits[clsTitleContext], true))
}

// kindBeforeApplication returns the position of a word of another kind
// right before "application" ("refund application", "visa application"),
// or -1.
func kindBeforeApplication(toks []string) int {
	for i := 1; i < len(toks); i++ {
		if (toks[i] == "application" || toks[i] == "applications") && otherObject(toks[i-1]) {
			return i - 1
		}
	}
	return -1
}

// offeredOther returns the word naming another kind of thing that the
// message offers the reader ("delighted to offer you admission to the PhD
// program", "Offer of Admission"), or "" when the offer is of a post or of
// nothing named in the few words after it: an offer of a place on a
// programme is that programme's, not a job's (r48).
func offeredOther(d *doc) string {
	for _, toks := range [][]string{d.subjToks, d.bodyToks} {
		for i := 0; i+2 < len(toks); i++ {
			switch toks[i] {
			case "offer", "offering", "offered":
			default:
				continue
			}
			if toks[i+1] != "you" && toks[i+1] != "of" {
				continue
			}
			for k := i + 2; k < len(toks) && k < i+6; k++ {
				if jobObjects[toks[k]] || titleOnlyWords[toks[k]] || offeredPosts[toks[k]] {
					break
				}
				if otherObject(toks[k]) {
					return toks[k]
				}
			}
		}
	}
	return ""
}

// offeredPosts are the words of an offer of work.
var offeredPosts = map[string]bool{
	"position": true, "role": true, "post": true, "job": true, "contract": true, "employment": true, "vacancy": true,
}
