package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/hearback/hearback/internal/imaptest"
)

// me is the benchmark mailbox's owner (imaptest.Username).
const (
	me     = "me@example.com"
	myName = "Alex Rivera"
)

// mail is one synthetic message and the mailbox it goes to ("" for
// INBOX).
type mail = imaptest.Delivery

// corpus is what seeding produced, for the report.
type corpus struct {
	Inbox, Sent, Interview, Large int
	Bytes                         int64
}

// generator makes a deterministic synthetic mailbox: realistic header
// sizes (Received chains, DKIM), 5% of messages in job-interview threads,
// personal threads answered from Sent, and bulk mail of which some is
// multipart HTML of 20-200 KB.
type generator struct {
	// mix is the kind of mailbox (mixes): "small" writes short
	// transport headers and mostly small plain-text mail.
	mix  string
	r    *rand.Rand
	now  time.Time
	span time.Duration
	seq  int
	out  []mail
	c    corpus
}

func newGenerator(seed uint64, now time.Time) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), now: now, span: 730 * 24 * time.Hour}
}

var (
	firstNames = []string{"Jordan", "Priya", "Mateo", "Sofia", "Liam", "Aisha", "Chen", "Emma", "Noah", "Fatima", "Lucas", "Hannah", "Kenji", "Olivia", "Ravi", "Zoe"}
	lastNames  = []string{"Nguyen", "Patel", "Garcia", "Kowalski", "Smith", "Okafor", "Müller", "Rossi", "Tanaka", "Johnson", "Dubois", "Silva"}
	companies  = []string{"Acme Robotics", "Northwind", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay Industries", "Stark Analytics", "Wayne Logistics", "Soylent Foods"}
	roles      = []string{"Senior Backend Engineer", "Product Designer", "Data Analyst", "Site Reliability Engineer", "Engineering Manager", "Frontend Developer"}
	lists      = []string{"golang-nuts", "weekly-digest", "deals", "product-updates", "community", "release-notes"}
	notifiers  = []string{"noreply@github.com", "no-reply@accounts.google.com", "notifications@bank.example", "orders@shop.example", "no-reply@calendar.example"}
	lorem      = strings.Fields("the quick team shipped a new build today and we would love your thoughts on the plan for next quarter including budget travel schedule and a short recap of last week please let me know what works for you")
)

func (g *generator) pick(s []string) string { return s[g.r.IntN(len(s))] }

func (g *generator) person() (name, email, company string) {
	f, l := g.pick(firstNames), g.pick(lastNames)
	company = g.pick(companies)
	dom := strings.ToLower(strings.Fields(company)[0]) + ".example"
	return f + " " + l, strings.ToLower(f+"."+strings.ReplaceAll(l, "ü", "u")) + "@" + dom, company
}

func (g *generator) words(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			if i%14 == 0 {
				b.WriteString(".\r\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.pick(lorem))
	}
	b.WriteString(".")
	return b.String()
}

func (g *generator) start() time.Time {
	return g.now.Add(-time.Duration(g.r.Int64N(int64(g.span)))).Add(-48 * time.Hour)
}

func (g *generator) msgID(dom string) string {
	g.seq++
	return fmt.Sprintf("%d.%x@%s", g.seq, g.r.Uint64(), dom)
}

func (g *generator) b64(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.Uint32())
	}
	return base64.StdEncoding.EncodeToString(b)
}

// header writes the transport headers a real delivery carries (about
// 1.5 KB), then the given fields.
func (g *generator) header(b *bytes.Buffer, date time.Time, fromDom string, fields ...string) {
	d := date.Format(time.RFC1123Z)
	if fromDom != "" && g.mix == "small" {
		// A small delivery: one hop, no signature.
		fmt.Fprintf(b, "Return-Path: <bounce-%d@%s>\r\nReceived: from mail.%s by mx.example.com with ESMTPS id %X; %s\r\n",
			g.seq, fromDom, fromDom, g.r.Uint32(), d)
	} else if fromDom != "" {
		fmt.Fprintf(b, "Return-Path: <bounce-%d@%s>\r\nDelivered-To: %s\r\n", g.seq, fromDom, me)
		for i := range 3 {
			fmt.Fprintf(b, "Received: from mail%d.%s (mail%d.%s [198.51.100.%d])\r\n\tby mx%d.example.com (Postfix) with ESMTPS id %X\r\n\tfor <%s>; %s\r\n",
				i, fromDom, i, fromDom, g.r.IntN(250)+1, i, g.r.Uint32(), me, d)
		}
		fmt.Fprintf(b, "Authentication-Results: mx.example.com;\r\n\tdkim=pass header.d=%s header.s=s1;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=%s\r\n", fromDom, fromDom, fromDom)
		sig := g.b64(256)
		fmt.Fprintf(b, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1;\r\n\th=from:to:subject:date:message-id:mime-version; bh=%s;\r\n\tb=%s\r\n\t%s\r\n", fromDom, g.b64(32), sig[:170], sig[170:])
	}
	for _, f := range fields {
		if f != "" {
			b.WriteString(f)
			b.WriteString("\r\n")
		}
	}
	fmt.Fprintf(b, "Date: %s\r\nMIME-Version: 1.0\r\n", d)
}

func (g *generator) add(box string, date time.Time, raw []byte) {
	if date.After(g.now) {
		date = g.now.Add(-time.Minute)
	}
	g.out = append(g.out, mail{Box: box, Date: date, Raw: raw})
	if box == "" {
		g.c.Inbox++
	} else {
		g.c.Sent++
	}
	g.c.Bytes += int64(len(raw))
}

// plain builds a text/plain message.
func (g *generator) plain(date time.Time, fromDom, from, to, subject, id, inReplyTo, refs, body string, extra ...string) []byte {
	var b bytes.Buffer
	fields := append([]string{"From: " + from, "To: " + to, "Subject: " + subject, "Message-ID: <" + id + ">"}, extra...)
	if inReplyTo != "" {
		fields = append(fields, "In-Reply-To: <"+inReplyTo+">", "References: "+refs)
	}
	fields = append(fields, `Content-Type: text/plain; charset="UTF-8"`, "Content-Transfer-Encoding: 8bit")
	g.header(&b, date, fromDom, fields...)
	b.WriteString("\r\n")
	b.WriteString(body)
	b.WriteString("\r\n")
	return b.Bytes()
}

var interviewLines = []struct{ them, mine string }{
	{"I came across your profile and think you could be a great fit for our %s role at %s. Would you be open to a 30 minute call this week to talk about it?",
		"Thanks for reaching out! I'd love to learn more about the %s position at %s. I'm free Tuesday or Wednesday afternoon."},
	{"Thank you for applying to the %s position at %s. We'd like to schedule a first interview with the hiring manager. Could you share your availability for next week?",
		"Thank you, I'm glad to hear it. For the %s interview with %s I am available Monday 10-12 or Thursday after 2pm."},
	{"Thanks again for interviewing for the %s role at %s today. The team enjoyed meeting you. We will get back to you with a decision by the end of next week.",
		"Thank you for the conversation about the %s role; I really enjoyed meeting the %s team and I'm excited about the next steps."},
	{"Your interview for the %s role at %s is confirmed for Thursday at 3pm. You will meet two engineers from the team.",
		"Confirmed, thank you. Looking forward to the %s interview with %s."},
}

// interviewThread adds a job-interview thread of 2-6 messages, the
// recruiter's in INBOX and mine in Sent. It returns how many it added.
func (g *generator) interviewThread() int {
	name, email, company := g.person()
	dom := email[strings.IndexByte(email, '@')+1:]
	role := g.pick(roles)
	subject := "Interview: " + role + " at " + company
	n := 2 + g.r.IntN(5)
	t := g.start()
	var refs []string
	theirs := g.r.IntN(10) < 7
	for i := range n {
		line := interviewLines[min(i/2, len(interviewLines)-1)]
		subj := subject
		if i > 0 {
			subj = "Re: " + subject
		}
		var parent, refHdr string
		if len(refs) > 0 {
			parent = refs[len(refs)-1]
			refHdr = "<" + strings.Join(refs, "> <") + ">"
		}
		var raw []byte
		var box string
		if theirs {
			id := g.msgID(dom)
			body := fmt.Sprintf("Hi Alex,\r\n\r\n"+line.them+"\r\n\r\nBest regards,\r\n%s\r\nTalent Acquisition, %s", role, company, name, company)
			raw = g.plain(t, dom, fmt.Sprintf("%q <%s>", name, email), myName+" <"+me+">", subj, id, parent, refHdr, body)
			refs = append(refs, id)
		} else {
			id := g.msgID("example.com")
			first := strings.Fields(name)[0]
			body := fmt.Sprintf("Hi %s,\r\n\r\n"+line.mine+"\r\n\r\nBest,\r\nAlex", first, role, company)
			raw = g.plain(t, "", myName+" <"+me+">", fmt.Sprintf("%q <%s>", name, email), subj, id, parent, refHdr, body, "User-Agent: Thunderbird/128.0")
			refs = append(refs, id)
			box = "Sent"
		}
		g.add(box, t, raw)
		g.c.Interview++
		theirs = !theirs
		t = t.Add(time.Duration(2+g.r.IntN(96)) * time.Hour)
	}
	// Most processes end: a rejection, now and then an offer. The rest
	// are still open, waiting on one side or the other.
	closing := ""
	switch k := g.r.IntN(100); {
	case k < 40:
		closing = "Thank you for your time interviewing for the %s role at %s. Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs. We wish you the best in your search."
	case k < 50:
		closing = "I'm delighted to let you know that we would like to offer you the %s position at %s! The formal offer letter is attached; please let us know if you have any questions."
	}
	if closing != "" {
		id := g.msgID(dom)
		refHdr := "<" + strings.Join(refs, "> <") + ">"
		body := fmt.Sprintf("Hi Alex,\r\n\r\n"+closing+"\r\n\r\nBest regards,\r\n%s\r\n%s", role, company, name, company)
		g.add("", t, g.plain(t, dom, fmt.Sprintf("%q <%s>", name, email), myName+" <"+me+">", "Re: "+subject, id, refs[len(refs)-1], refHdr, body))
		g.c.Interview++
		n++
	}
	return n
}

// personalThread adds a conversation with a friend or colleague; Sent
// gets my replies while sentLeft allows.
func (g *generator) personalThread(sentLeft int) {
	name, email, _ := g.person()
	dom := email[strings.IndexByte(email, '@')+1:]
	subject := "Plans for " + g.pick([]string{"the weekend", "Friday", "the offsite", "the trip", "dinner", "the move"})
	t := g.start()
	n := 1 + g.r.IntN(4)
	var refs []string
	for i := range n {
		subj := subject
		if i > 0 {
			subj = "Re: " + subject
		}
		var parent, refHdr string
		if len(refs) > 0 {
			parent = refs[len(refs)-1]
			refHdr = "<" + strings.Join(refs, "> <") + ">"
		}
		body := "Hi,\r\n\r\n" + g.words(30+g.r.IntN(200)) + "\r\n\r\nCheers"
		if i%2 == 0 {
			id := g.msgID(dom)
			g.add("", t, g.plain(t, dom, fmt.Sprintf("%q <%s>", name, email), me, subj, id, parent, refHdr, body))
			refs = append(refs, id)
		} else {
			if sentLeft <= 0 {
				return
			}
			id := g.msgID("example.com")
			g.add("Sent", t, g.plain(t, "", myName+" <"+me+">", email, subj, id, parent, refHdr, body))
			refs = append(refs, id)
			sentLeft--
		}
		t = t.Add(time.Duration(1+g.r.IntN(48)) * time.Hour)
	}
}

// bulk adds one newsletter, notification or job alert. About 6% of them
// are multipart/alternative with a 20-200 KB HTML part, some with a PDF.
func (g *generator) bulk() {
	t := g.start()
	var b bytes.Buffer
	switch k := g.r.IntN(10); {
	case k < 5: // newsletter
		list := g.pick(lists)
		dom := list + ".lists.example"
		id := g.msgID(dom)
		fields := []string{"From: " + strings.Title(list) + " <news@" + dom + ">", "To: " + me,
			"Subject: " + strings.Title(list) + " #" + fmt.Sprint(g.seq%500) + ": " + g.words(6),
			"Message-ID: <" + id + ">", "List-Id: " + list + " <" + list + ".lists.example>",
			"List-Unsubscribe: <https://" + dom + "/u/" + g.b64(12) + ">, <mailto:unsub@" + dom + ">",
			"Precedence: bulk", "X-Campaign: " + g.b64(9)}
		large := g.r.IntN(100) < 12
		boundary := "b1_" + g.b64(12)
		fields = append(fields, `Content-Type: multipart/alternative; boundary="`+boundary+`"`)
		g.header(&b, t, dom, fields...)
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n", boundary, g.words(120))
		fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body><table>", boundary)
		size := 2000
		if large {
			size = 20_000 + g.r.IntN(180_000)
			g.c.Large++
		}
		for b.Len() < size {
			fmt.Fprintf(&b, "<tr><td style=\"padding:8px;font-family:Arial\"><a href=\"https://%s/r/%s\">%s</a></td></tr>\r\n", dom, g.b64(9), g.words(12))
		}
		fmt.Fprintf(&b, "</table></body></html>\r\n--%s--\r\n", boundary)
	case k < 8: // notification
		from := g.pick(notifiers)
		dom := from[strings.IndexByte(from, '@')+1:]
		id := g.msgID(dom)
		withPDF := g.r.IntN(100) < 5
		fields := []string{"From: " + from, "To: " + me, "Subject: Your receipt " + fmt.Sprint(g.r.IntN(1e6)), "Message-ID: <" + id + ">", "Auto-Submitted: auto-generated"}
		if !withPDF {
			fields = append(fields, "Content-Type: text/plain; charset=UTF-8")
			g.header(&b, t, dom, fields...)
			fmt.Fprintf(&b, "\r\n%s\r\n", g.words(60+g.r.IntN(100)))
			break
		}
		g.c.Large++
		boundary := "mix_" + g.b64(9)
		fields = append(fields, `Content-Type: multipart/mixed; boundary="`+boundary+`"`)
		g.header(&b, t, dom, fields...)
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n", boundary, g.words(80))
		fmt.Fprintf(&b, "--%s\r\nContent-Type: application/pdf; name=receipt.pdf\r\nContent-Disposition: attachment; filename=receipt.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n", boundary)
		pdf := g.b64(15_000 + g.r.IntN(120_000))
		for len(pdf) > 76 {
			b.WriteString(pdf[:76])
			b.WriteString("\r\n")
			pdf = pdf[76:]
		}
		fmt.Fprintf(&b, "%s\r\n--%s--\r\n", pdf, boundary)
	default: // job alert: job words, but not an interview thread
		dom := "jobs-alerts.example"
		id := g.msgID(dom)
		fields := []string{"From: Job Alerts <jobalerts-noreply@" + dom + ">", "To: " + me,
			"Subject: 25 new jobs for " + g.pick(roles), "Message-ID: <" + id + ">",
			"List-Unsubscribe: <https://" + dom + "/unsub>", "Precedence: bulk", "Content-Type: text/plain; charset=UTF-8"}
		g.header(&b, t, dom, fields...)
		b.WriteString("\r\nNew jobs matching your search:\r\n")
		for range 8 {
			fmt.Fprintf(&b, "- %s at %s, apply now: https://%s/j/%s\r\n", g.pick(roles), g.pick(companies), dom, g.b64(6))
		}
	}
	g.add("", t, b.Bytes())
}

// mailbox generates nInbox + nSent messages.
func (g *generator) mailbox(nInbox, nSent int) {
	total := nInbox + nSent
	for g.c.Interview < total/20 {
		g.interviewThread()
	}
	for g.c.Sent < nSent {
		g.personalThread(nSent - g.c.Sent)
	}
	for g.c.Inbox < nInbox {
		if g.mix == "small" {
			g.smallInbox()
			continue
		}
		if g.r.IntN(4) == 0 {
			// a stray personal message, no reply
			name, email, _ := g.person()
			dom := email[strings.IndexByte(email, '@')+1:]
			t := g.start()
			g.add("", t, g.plain(t, dom, fmt.Sprintf("%q <%s>", name, email), me, "Quick question", g.msgID(dom), "", "", g.words(40+g.r.IntN(150))))
			continue
		}
		g.bulk()
	}
}

// smallInbox adds one message of the small mix: a quarter are
// multipart newsletters with a 20-100 KB HTML part, a third carry list
// headers, the rest are short plain-text notes and notifications.
func (g *generator) smallInbox() {
	t := g.start()
	switch k := g.r.IntN(12); {
	case k < 3:
		var b bytes.Buffer
		list := g.pick(lists)
		dom := list + ".lists.example"
		boundary := "b1_" + g.b64(12)
		g.header(&b, t, dom, "From: "+strings.Title(list)+" <news@"+dom+">", "To: "+me,
			"Subject: "+strings.Title(list)+" #"+fmt.Sprint(g.seq%500)+": "+g.words(6), "Message-ID: <"+g.msgID(dom)+">",
			"List-Id: "+list+" <"+list+".lists.example>", "List-Unsubscribe: <https://"+dom+"/u/"+g.b64(12)+">",
			`Content-Type: multipart/alternative; boundary="`+boundary+`"`)
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n", boundary, g.words(80))
		fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body><table>", boundary)
		size := 20_000 + g.r.IntN(80_000)
		g.c.Large++
		for b.Len() < size {
			fmt.Fprintf(&b, "<tr><td style=\"padding:8px\"><a href=\"https://%s/r/%s\">%s</a></td></tr>\r\n", dom, g.b64(9), g.words(12))
		}
		fmt.Fprintf(&b, "</table></body></html>\r\n--%s--\r\n", boundary)
		g.add("", t, b.Bytes())
	case k < 4:
		list := g.pick(lists)
		dom := list + ".lists.example"
		g.add("", t, g.plain(t, dom, "Digest <digest@"+dom+">", me, "Re: ["+list+"] "+g.words(5), g.msgID(dom), "", "",
			g.words(30+g.r.IntN(120)), "List-Id: <"+list+".lists.example>", "Precedence: list"))
	case k < 7:
		from := g.pick(notifiers)
		dom := from[strings.IndexByte(from, '@')+1:]
		g.add("", t, g.plain(t, dom, from, me, "Your receipt "+fmt.Sprint(g.r.IntN(1e6)), g.msgID(dom), "", "",
			g.words(20+g.r.IntN(60)), "Auto-Submitted: auto-generated"))
	default:
		name, email, _ := g.person()
		dom := email[strings.IndexByte(email, '@')+1:]
		g.add("", t, g.plain(t, dom, fmt.Sprintf("%q <%s>", name, email), me, "Quick question", g.msgID(dom), "", "", g.words(15+g.r.IntN(80))))
	}
}

// dueThreads generates n interview threads in which my message is the
// last one, 9-30 days ago: each is due for a first follow-up now.
func (g *generator) dueThreads(n int) {
	for i := range n {
		name, email, company := g.person()
		email = fmt.Sprintf("r%d.%s", i, email)
		dom := email[strings.IndexByte(email, '@')+1:]
		role := g.pick(roles)
		subject := fmt.Sprintf("Interview for the %s role at %s (#%d)", role, company, i)
		mine := g.now.Add(-time.Duration(9+g.r.IntN(21)) * 24 * time.Hour)
		theirs := mine.Add(-time.Duration(20+g.r.IntN(50)) * time.Hour)
		id1 := g.msgID(dom)
		body := fmt.Sprintf("Hi Alex,\r\n\r\nThank you for applying to the %s position at %s. We'd like to schedule an interview with the hiring manager. Could you share your availability?\r\n\r\nBest regards,\r\n%s\r\nRecruiting, %s", role, company, name, company)
		g.add("", theirs, g.plain(theirs, dom, fmt.Sprintf("%q <%s>", name, email), myName+" <"+me+">", subject, id1, "", "", body))
		id2 := g.msgID("example.com")
		body = fmt.Sprintf("Hi %s,\r\n\r\nThank you! I am available Monday 10-12 or Thursday after 2pm for the %s interview. I'm looking forward to it.\r\n\r\nBest,\r\nAlex", strings.Fields(name)[0], role)
		g.add("Sent", mine, g.plain(mine, "", myName+" <"+me+">", fmt.Sprintf("%q <%s>", name, email), "Re: "+subject, id2, id1, "<"+id1+">", body))
	}
}
