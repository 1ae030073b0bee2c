package classifier

// receivingThis are the newsletter terms that open a footer's reason for
// the mail ("you're receiving this because ...").
var receivingThis = map[string]bool{"you are receiving this": true, "you're receiving this": true}

// applicationReason are the words that, a few words after the footer's
// "because", name the reader's own application: "because you applied for
// a job at", "because you have an active job application".
var applicationReason = map[string]bool{"applied": true, "application": true, "candidacy": true}

// postWords name what the reader applied for, before or after the
// application ("applied for a stall" at a market, "an active application
// with Meridian Visa Services" are no post's).
var postWords = map[string]bool{
	"job": true, "position": true, "role": true, "vacancy": true, "post": true, "opening": true,
}

// footerReach is how many words around a footer's reason still belong to
// it: the "Manage notifications" or "Reply STOP to be removed" next to it.
const footerReach = 25

// applicationFooter finds a footer whose reason for the mail is the
// reader's application to a post and returns the span of body words that
// belong to it, or -1, -1.
func applicationFooter(d *doc) (from, to int) {
	for _, h := range d.bodyHits[clsNewsletter] {
		if receivingThis[h.t.text] && reasonIsApplication(d.bodyToks, h.pos+len(h.t.words)) {
			return h.pos - footerReach, h.pos + footerReach
		}
	}
	return -1, -1
}

// reasonIsApplication reads the words after a footer's "receiving this":
// "[email] because you applied for a role with ...", "because you have an
// active job application".
func reasonIsApplication(toks []string, at int) bool {
	for i := at; i < min(at+4, len(toks)); i++ {
		if toks[i] != "because" {
			continue
		}
		applied, post := false, false
		for j := i + 1; j < min(i+10, len(toks)); j++ {
			applied = applied || applicationReason[toks[j]]
			post = post || postWords[toks[j]]
		}
		return applied && post
	}
	return false
}

// outsideSpan returns the body hits outside [from, to] with the subject
// hits.
func outsideSpan(body, subj []hit, from, to int) []hit {
	kept := make([]hit, 0, len(body)+len(subj))
	for _, h := range body {
		if h.pos < from || h.pos > to {
			kept = append(kept, h)
		}
	}
	return append(kept, subj...)
}
