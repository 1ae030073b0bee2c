package classifier

import "github.com/hearback/hearback/mailmsg"

// Screen gives the verdict of a message whose headers alone settle all a
// thread takes from it: list or bulk headers outside an applicant
// tracking system make it bulk mail, and ClassifyThread passes over bulk
// mail whatever its text says. Most of a big mailbox is such mail, so a
// sync screens it and leaves reading its text until the message turns up
// in a thread that may be a job thread. ok is false for any other
// message.
//
// The verdict holds what the headers say (Bulk, AutoReply, NoReply, and
// their part of Score and Reasons) and reports Screened; Classify gives
// the same Bulk, AutoReply and NoReply, and the rest from the text.
func Screen(m *mailmsg.Message) (v Verdict, ok bool) {
	if m == nil {
		return Verdict{}, false
	}
	b := &verdictBuilder{v: Verdict{Stage: StageOther}}
	b.headers(&doc{m: m})
	if !b.v.Bulk {
		return Verdict{}, false
	}
	// A job board's status update names the application in its subject
	// ("Update on your application"): Classify reads its text, which may
	// make it no bulk mail.
	var hits [numClasses][]hit
	toks := tokenize(normalize(m.Subject))
	lex.scan(toks, func(h hit) { hits[h.t.cls] = append(hits[h.t.cls], h) })
	if subjectNamesApplication(hits, toks) {
		return Verdict{}, false
	}
	b.v.screened = true
	return b.v, true
}

// Screened reports whether v came from Screen or is a screened verdict
// of Ingest (directly or through AppendVerdict and DecodeVerdict): the
// message's text, or its sentences, were not read.
func (v Verdict) Screened() bool { return v.screened }

// Ingest is the verdict a sync stores for a message, to decide later which
// threads may be job threads: Screen's for bulk mail; for a message whose
// headers and words give no hiring evidence (most personal mail and
// notifications), a screened verdict without the analysis of its
// sentences, which is most of Classify's work; Classify's for the rest.
//
// A screened verdict that is not bulk has Classify's Score, Job (false),
// Bulk, NoReply and Stage; it lacks what the sentences say: a promise, a
// question, an interview or absence date, and an absence notice's
// AutoReply. Of those, a thread verdict reads only the promise, and only
// when the thread is not a job thread otherwise and has enough hiring
// evidence elsewhere: ThreadNeedsText tells that case.
func Ingest(m *mailmsg.Message) Verdict {
	if v, ok := Screen(m); ok {
		return v
	}
	return classify(m, true)
}

// ThreadNeedsText reports whether ClassifyThread could decide otherwise
// once the screened messages among verdicts (Ingest) are classified in
// full: a thread that is not a job thread by these verdicts becomes one
// only through a promise in a screened message that is not bulk mail,
// with at least threadPromiseSum points of evidence in the others.
func ThreadNeedsText(verdicts []Verdict) bool {
	screened := false
	var sum float64
	for _, v := range verdicts {
		if v.screened && !v.Bulk {
			screened = true
		}
		if !v.Bulk && !v.AutoReply && v.Score > 0 {
			sum += v.Score
		}
	}
	return screened && sum >= threadPromiseSum && !ClassifyThread(verdicts).Job
}

// subjectNamesApplication reports a subject about the reader's own
// application: "your application", "tu postulación", "Bewerbung". An
// interview or a role in the subject is not enough: a scheduling tool's
// list-style notice stays screened.
func subjectNamesApplication(subj [numClasses][]hit, toks []string) bool {
	if len(subj[clsSelfCand]) > 0 {
		return true
	}
	for _, h := range subj[clsHiring] {
		if applicationNouns[h.t.text] {
			return true
		}
		// "Application status update: Lead Product Analyst", "Application
		// sent: Unarmed Security Officer at Sentinel Guard Services"
		if e := h.pos + len(h.t.words); h.t.text == "application" && e < len(toks) && (toks[e] == "status" || toks[e] == "update" || toks[e] == "sent" || toks[e] == "received" || toks[e] == "submitted") {
			return true
		}
		// a board's own heading: "Indeed Application: Resident Assistant"
		if h.t.text == "application" && h.pos <= 1 && !ruleOff("board-heading") {
			return true
		}
		// the post's title between "your" and "application": "Quarry
		// Lane Insurance: update on your Data Engineer application" (a
		// loan's or a grant's application has no job title there)
		if h.t.text == "application" && titledApplication(subj[clsTitle], toks, h.pos) && !ruleOff("titled-application") {
			return true
		}
	}
	return false
}

// titledApplication reports a job title that ends right before the word
// for the application at pos and follows "your" within a few words.
func titledApplication(titles []hit, toks []string, pos int) bool {
	for _, t := range titles {
		if t.pos+len(t.t.words) != pos {
			continue
		}
		for k := t.pos - 1; k >= 0 && k >= t.pos-4; k-- {
			if toks[k] == "your" {
				return true
			}
		}
	}
	return false
}

var applicationNouns = map[string]bool{
	// the selection process of one post: "Atualização sobre o processo
	// seletivo - Analista de Dados", "Proceso de selección Head of ..."
	"processo seletivo": true, "proceso de selección": true, "processo di selezione": true, "selection process": true,
	"recruitment process": true, "processus de recrutement": true, "bewerbungsprozess": true, "auswahlverfahren": true,
	"sollicitatieprocedure": true, "candidatura": true, "postulación": true, "bewerbung": true, "candidature": true, "sollicitatie": true,
	"application for": true, "job application": true, "your candidacy": true,
	// "Tu solicitud para Senior Data Analyst en Austral Cloud SpA"
	"tu solicitud": true, "su solicitud": true, "tu hoja de vida": true,
}

// statusWords name the state of an application on a job board's or an
// ATS's page: "Application status: Not shortlisted", "Status: No longer
// under consideration", "Statut : non retenu", "Esito: non idoneo".
var statusWords = map[string]bool{
	"status": true, "statut": true, "estado": true, "stato": true, "esito": true, "situação": true,
	"situación": true, "bewerbungsstatus": true,
}

// statusDecision reports a status line whose value is a no, within three
// words of the status word: the state of one application of the reader's,
// whatever newsletter footer the job board adds.
func statusDecision(d *doc) string {
	oc := d.outcome()
	if !oc.rejected() {
		return ""
	}
	for _, cls := range []class{clsOutcomeCue, clsNeg, clsState} {
		for _, h := range d.bodyHits[cls] {
			if cls == clsOutcomeCue && h.t.fam != "declined" {
				continue
			}
			for k := h.pos - 1; k >= 0 && k >= h.pos-3; k-- {
				if statusWords[d.bodyToks[k]] {
					return quoteSpan(d.bodyToks, k, min(h.pos+len(h.t.words)+1, len(d.bodyToks)))
				}
			}
		}
	}
	return ""
}
