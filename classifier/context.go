package classifier

import (
	"math"
	"strings"

	"github.com/hearback/hearback/mailmsg"
)

// A short reply in a conversation ("Sounds good, talk Thursday!", "Can you
// do 3pm instead?") has few words of its own; what it is about is the
// message it answers, quoted below it. The context is read by structure,
// not by words of any one language: a reply (In-Reply-To, or a reply
// prefix on the subject) whose quoted part, read with the subject as a
// message of its own, is job mail. Its own words still count: words of
// another sense, another kind of application or someone else's hiring
// keep their weight against it.

// replyPrefixes are the subject prefixes of a reply in the mail clients
// people use (Re, AW, SV, Antw, R, RIF, RES, VS, ODP).
var replyPrefixes = []string{"re:", "re :", "aw:", "sv:", "antw:", "antw.:", "r:", "rif:", "res:", "vs:", "odp:", "ynt:"}

// isReply reports a reply by its headers: In-Reply-To, or a reply prefix.
func isReply(m *mailmsg.Message) bool {
	if m.InReplyTo != "" {
		return true
	}
	s := strings.ToLower(strings.TrimSpace(m.Subject))
	for _, p := range replyPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// quotedPart is the text below a reply's own words (normalized), with one
// level of "> " taken off each line: the message it answers.
func quotedPart(d *doc) string {
	ex := d.m.Excerpt
	own := d.m.OwnWords()
	var rest string
	if len(own) < len(ex) && strings.HasPrefix(ex, own) {
		rest = ex[len(own):]
	}
	nown := normalize(own)
	var b strings.Builder
	if len(d.body) < len(nown) && strings.HasPrefix(nown, d.body) {
		b.WriteString(nown[len(d.body):])
		b.WriteByte('\n')
	}
	b.WriteString(normalize(rest))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(t, ">") {
			t = strings.TrimPrefix(t[1:], " ")
		}
		lines[i] = t
	}
	// The quote's own head: a separator line ("-----Original Message-----",
	// "____"), an attribution ("On ... wrote:", "Am ... schrieb:") and an
	// Outlook header block ("From: ...", "Sent: ...") up to its blank line.
	k := 0
	for k < len(lines) && k < 3 {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.HasPrefix(t, "---") || strings.HasPrefix(t, "___") || strings.HasSuffix(t, ":") {
			k++
			continue
		}
		break
	}
	if h := k; h < len(lines) && isFieldLine(lines[h]) {
		for h < len(lines) && h < k+8 && isFieldLine(lines[h]) {
			h++
		}
		k = h
	}
	return strings.TrimSpace(strings.Join(lines[k:], "\n"))
}

// isFieldLine is a line of a quoted header block: "from: ...", "gesendet: ...".
func isFieldLine(l string) bool {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 14 {
		return false
	}
	return !strings.ContainsAny(l[:i], " \t") || strings.HasPrefix(l, "envoyé :")
}

// quotedScore is the hiring evidence of the reply read together with the
// message it quotes: the subject, its own words and the quoted ones, as
// vocabulary reads them.
func quotedScore(d *doc, quoted string) float64 {
	qm := &mailmsg.Message{Subject: d.m.Subject, Excerpt: d.body + "\n\n" + quoted, Date: d.m.Date}
	var qd doc
	qd.prepare(qm)
	defer qd.release()
	qb := &verdictBuilder{}
	qb.vocabulary(&qd, "")
	return qb.v.Score
}

// threadContext reads a reply short of the threshold together with the
// message it quotes: when the two make a job message, the reply is one.
func (b *verdictBuilder) threadContext(d *doc) {
	if b.v.Score >= jobThreshold || b.v.Bulk || !isReply(d.m) || len(d.m.Excerpt) <= len(d.body) {
		return
	}
	q := quotedPart(d)
	if len(q) < 20 {
		return
	}
	if s := quotedScore(d, q); s >= jobThreshold && s > b.v.Score {
		b.add(math.Round((s-b.v.Score)*100)/100, "a reply in a job conversation: %.2g points with the message it quotes", s)
	}
}
