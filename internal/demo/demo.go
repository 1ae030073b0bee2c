// Package demo is the mailbox of `hearback demo`: a small IMAP server in
// the process, on loopback, filled with a dozen realistic conversations
// dated relative to the moment of the demo (a recruiter whose promised
// date passed, an unanswered reply, a rejection, an interview next week,
// a job-alert newsletter, an out-of-office reply, ...), and the
// configuration that reads it. `hearback demo` and `hearback demo --web`
// run on it, and so do the dashboard's tests.
package demo

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/workdays"
)

// User is the demo mailbox's owner.
const User = "alex@example.com"

// Conversations is how many threads Threads writes.
const Conversations = 15

// Mailbox is a running demo mailbox.
type Mailbox struct {
	Addr     string
	Password string
	Messages int
	srv      *imapserver.Server
}

// Start starts the server and fills it with Threads(now).
func Start(now time.Time) (*Mailbox, error) {
	password := RandomHex(12)
	srv, addr, err := StartServer(password)
	if err != nil {
		return nil, err
	}
	seeds := Threads(now)
	if err := Seed(addr, password, seeds); err != nil {
		srv.Close()
		return nil, err
	}
	return &Mailbox{Addr: addr, Password: password, Messages: len(seeds), srv: srv}, nil
}

// Close stops the server.
func (m *Mailbox) Close() error { return m.srv.Close() }

// Config is the configuration of the demo: one account on the mailbox,
// its database in dir, the given tone of drafts ("" for the default).
func (m *Mailbox) Config(dir, tone string) (*config.Config, error) {
	host, port, _ := net.SplitHostPort(m.Addr)
	var portN int
	fmt.Sscan(port, &portN)
	cfg := config.Default()
	cfg.Database = filepath.Join(dir, "hearback.db")
	cfg.Accounts = []config.Account{{
		Name: "demo", Host: host, Port: portN, TLS: "none", Username: User, Password: m.Password,
		FromName: "Alex Rivera", Addresses: []string{User},
	}}
	cfg.Draft.Tone = tone
	// Off by default; on here, so that the demo shows every kind of draft.
	cfg.Followup.AfterRejection = "thank"
	cfg.ApplyDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("demo: built-in configuration: %w", err)
	}
	return cfg, nil
}

// RandomHex is n random bytes in hex.
func RandomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// StartServer serves an in-memory mailbox for User, with password, on a
// loopback port: INBOX, Sent and Drafts.
func StartServer(password string) (*imapserver.Server, string, error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(User, password)
	for _, name := range []string{"INBOX", "Sent", "Drafts"} {
		if err := user.Create(name, nil); err != nil && name != "INBOX" {
			return nil, "", fmt.Errorf("demo: create %s: %w", name, err)
		}
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("demo: listen on loopback: %w", err)
	}
	go srv.Serve(ln)
	return srv, ln.Addr().String(), nil
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// Message is one message of the demo mailbox.
type Message struct {
	mailbox string
	date    time.Time
	raw     []byte
}

// Seed appends the messages to the server at addr.
func Seed(addr, password string, seeds []Message) error {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return fmt.Errorf("demo: connect: %w", err)
	}
	defer c.Close()
	if err := c.Login(User, password).Wait(); err != nil {
		return fmt.Errorf("demo: login: %w", err)
	}
	for _, s := range seeds {
		cmd := c.Append(s.mailbox, int64(len(s.raw)), &imap.AppendOptions{Time: s.date, Flags: []imap.Flag{imap.FlagSeen}})
		if _, err := cmd.Write(s.raw); err != nil {
			return fmt.Errorf("demo: append: %w", err)
		}
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("demo: append: %w", err)
		}
		if _, err := cmd.Wait(); err != nil {
			return fmt.Errorf("demo: append: %w", err)
		}
	}
	return nil
}

// ReadMailbox returns every message of mailbox, as the server has it.
func ReadMailbox(addr, password, mailbox string) ([][]byte, error) {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: connect: %w", err)
	}
	defer c.Close()
	if err := c.Login(User, password).Wait(); err != nil {
		return nil, fmt.Errorf("demo: login: %w", err)
	}
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("demo: select %s: %w", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	var seq imap.SeqSet
	seq.AddRange(1, sel.NumMessages)
	msgs, err := c.Fetch(seq, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("demo: fetch %s: %w", mailbox, err)
	}
	var out [][]byte
	for _, m := range msgs {
		for _, b := range m.BodySection {
			out = append(out, b.Bytes)
		}
	}
	return out, nil
}

// demoThreads writes the demo's conversations, dated relative to now so the
// demo shows the same situations whatever day it runs.
func Threads(now time.Time) []Message {
	var out []Message
	me := "Alex Rivera <" + User + ">"
	n := 0
	id := func(domain string) string {
		n++
		// Fixed, so that a demo run --now the same time writes the same drafts.
		return fmt.Sprintf("demo-%d@%s", n, domain)
	}
	add := func(mailbox string, date time.Time, from, to, subject, msgID, inReplyTo string, refs []string, extra, body string) {
		var b bytes.Buffer
		fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n", from, to, subject, date.Format(time.RFC1123Z), msgID)
		if inReplyTo != "" {
			fmt.Fprintf(&b, "In-Reply-To: <%s>\r\n", inReplyTo)
		}
		if len(refs) > 0 {
			fmt.Fprintf(&b, "References: <%s>\r\n", strings.Join(refs, "> <"))
		}
		b.WriteString(extra)
		b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
		b.WriteString(strings.ReplaceAll(strings.TrimSpace(body), "\n", "\r\n") + "\r\n")
		out = append(out, Message{mailbox: mailbox, date: date, raw: b.Bytes()})
	}
	day := func(t time.Time) string { return t.Format("Monday, January 2") }
	at := func(t time.Time, h, m int) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), h, m, 0, 0, t.Location())
	}
	bdAgo := func(n int) time.Time { return workdays.Add(now, -n, nil, now.Location()) }

	// 1. A promise that passed: "I'll give you a call by the end of next
	// week", with her mobile in the signature: a call script beside the
	// draft.
	{
		t0 := at(bdAgo(16), 10, 12)
		a, b := id("example.com"), id("acme-robotics.com")
		add("Sent", t0, me, "Jane Doe <jane.doe@acme-robotics.com>", "Senior Backend Engineer interview", a, "", nil, "",
			"Hi Jane,\n\nThank you again for the conversation today about the Senior Backend Engineer role. I enjoyed meeting the team.\n\nBest,\nAlex")
		t1 := at(bdAgo(15), 9, 30)
		add("INBOX", t1, "Jane Doe <jane.doe@acme-robotics.com>", me, "Re: Senior Backend Engineer interview", b, a, []string{a}, "",
			"Hi Alex,\n\nThanks for interviewing with us yesterday, the team enjoyed it too. We're wrapping up the last conversations and I'll give you a call by the end of next week.\n\nBest,\nJane Doe\nEngineering Manager, Acme Robotics\nMobile: (555) 555-0100")
	}
	// 2. My reply to a recruiter went unanswered.
	{
		t0 := at(bdAgo(9), 14, 5)
		a, b := id("globex.io"), id("example.com")
		add("INBOX", t0, "Priya Patel <priya@globex.io>", me, "Staff Data Engineer at Globex", a, "", nil, "",
			"Hi Alex,\n\nI'm a recruiter at Globex and came across your profile. We're hiring a Staff Data Engineer and I think your background would be a great fit. Would you be open to a quick call?\n\nPriya")
		add("Sent", at(bdAgo(8), 16, 10), me, "Priya Patel <priya@globex.io>", "Re: Staff Data Engineer at Globex", b, a, []string{a}, "",
			"Hi Priya,\n\nThanks for reaching out! I'd love to learn more about the role. I'm free Tuesday or Wednesday afternoon for a call, and I've attached my resume.\n\nBest,\nAlex")
	}
	// 3. They asked me something: my turn, no draft.
	{
		t0 := at(bdAgo(3), 11, 0)
		a, b := id("example.com"), id("initech.com")
		add("Sent", t0, me, "Tom Becker <tom.becker@initech.com>", "Application for Platform Engineer", a, "", nil, "",
			"Hello Tom,\n\nI applied for the Platform Engineer position last week and wanted to introduce myself.\n\nBest regards,\nAlex")
		add("INBOX", at(bdAgo(2), 9, 20), "Tom Becker <tom.becker@initech.com>", me, "Re: Application for Platform Engineer", b, a, []string{a}, "",
			"Hi Alex,\n\nThanks for your note! We'd like to schedule a technical interview. Could you share a few times that work for you next week?\n\nTom")
	}
	// 4. A rejection: closed, never nagged. (The demo turns on
	// after_rejection: a short reply thanks Maya and asks for feedback.)
	{
		t0 := at(bdAgo(12), 16, 40)
		a, b := id("example.com"), id("umbrella-corp.com")
		add("Sent", t0, me, "Maya Chen <maya.chen@umbrella-corp.com>", "Following up on the QA Lead role", a, "", nil, "",
			"Hi Maya,\n\nI wanted to follow up on my interview for the QA Lead role last week. I remain very interested.\n\nBest,\nAlex")
		add("INBOX", at(bdAgo(3), 11, 0), "Maya Chen <maya.chen@umbrella-corp.com>", me, "Re: Following up on the QA Lead role", b, a, []string{a}, "",
			"Hi Alex,\n\nThank you for your patience. Unfortunately, we have decided to move forward with other candidates for this position. We appreciate your interest and wish you the best in your search.\n\nMaya")
	}
	// 5. An interview ahead: nothing due before it.
	{
		iv := at(workdays.Add(now, 3, nil, now.Location()), 14, 0)
		t0 := at(bdAgo(2), 10, 15)
		a, b := id("hooli.com"), id("example.com")
		add("INBOX", t0, "Gavin Ross <gavin.ross@hooli.com>", me, "Interview confirmation: Engineering Manager", a, "", nil, "",
			fmt.Sprintf("Hi Alex,\n\nYour interview for the Engineering Manager position is confirmed for %s at 2:00 PM. You'll meet with two people from the team.\n\nGavin", day(iv)))
		add("Sent", t0.Add(3*time.Hour), me, "Gavin Ross <gavin.ross@hooli.com>", "Re: Interview confirmation: Engineering Manager", b, a, []string{a}, "",
			"Thanks Gavin, see you then!\n\nAlex")
	}
	// 6. A job-alert newsletter: not a conversation.
	{
		t0 := at(bdAgo(1), 7, 0)
		add("INBOX", t0, "Job Alerts <jobalerts-noreply@linkedin.com>", me, "30 new jobs for Backend Engineer in New York", id("linkedin.com"), "", nil,
			"List-Unsubscribe: <https://www.linkedin.com/unsubscribe>\r\nPrecedence: bulk\r\n",
			"New jobs matching your preferences: Backend Engineer at Initrode, Senior Engineer at Soylent. Apply now!")
	}
	// 7. Two follow-ups already sent, no answer: gone quiet, and now,
	// close_after business days later, one last note closes the loop.
	{
		t0 := at(bdAgo(36), 9, 0)
		a, b, c := id("example.com"), id("example.com"), id("example.com")
		to := "Sam Lee <sam.lee@stark-industries.com>"
		add("Sent", t0, me, to, "Frontend Developer application", a, "", nil, "",
			"Hi Sam,\n\nI applied for the Frontend Developer position and wanted to share my portfolio.\n\nAlex")
		add("Sent", at(bdAgo(28), 9, 0), me, to, "Re: Frontend Developer application", b, a, []string{a}, "",
			"Hi Sam, just checking in on my application. Happy to share more.\n\nAlex")
		add("Sent", at(bdAgo(18), 9, 0), me, to, "Re: Frontend Developer application", c, b, []string{a, b}, "",
			"Hi Sam, one last note to say I'm still very interested in the role.\n\nAlex")
	}
	// 8. Out of office: wait until they are back.
	{
		back := workdays.Add(now, 4, nil, now.Location())
		t0 := at(bdAgo(7), 15, 30)
		a, b := id("example.com"), id("wayne-ent.com")
		add("Sent", t0, me, "Bruce Kim <bruce.kim@wayne-ent.com>", "Thank you - Data Analyst interview", a, "", nil, "",
			"Hi Bruce,\n\nThank you for the interview for the Data Analyst role. I'm excited about the position.\n\nBest,\nAlex")
		add("INBOX", t0.Add(time.Minute), "Bruce Kim <bruce.kim@wayne-ent.com>", me, "Automatic reply: Thank you - Data Analyst interview", b, a, []string{a},
			"Auto-Submitted: auto-replied\r\n",
			fmt.Sprintf("I am out of the office until %s with limited access to email. I will respond when I return.", day(back)))
	}
	// 9. An ATS relay: the recruiter is the Reply-To.
	{
		t0 := at(bdAgo(20), 13, 0)
		add("INBOX", t0, "Maria Gomez (via Lever) <no-reply@hire.lever.co>", me, "Your application to Vandelay Industries", id("hire.lever.co"), "", nil,
			"Reply-To: Maria Gomez <maria.gomez@vandelay.com>\r\n",
			"Hi Alex,\n\nThank you for your interest in the Product Manager role at Vandelay Industries and for speaking with me on the phone. You should hear back from us within two weeks about next steps.\n\nMaria")
	}
	// 10. A podcast "interview": not a job thread.
	{
		t0 := at(bdAgo(6), 12, 0)
		add("INBOX", t0, "Dev Talk Podcast <host@devtalk.fm>", me, "Interview request for our podcast", id("devtalk.fm"), "", nil, "",
			"Hi Alex,\n\nWe loved your conference talk and would like to interview you for an episode of our podcast about open source. Would you be our guest?\n\nThe Dev Talk team")
	}
	// 11. A calendar invitation for an interview that ended a day ago, and
	// no word from me since: a thank-you note (demoThankYou).
	out = append(out, thankYou(now, id("soylent.com"), me))
	// 12. One follow-up already sent, still no answer: the second nudge.
	{
		t0 := at(bdAgo(21), 10, 0)
		a, b := id("example.com"), id("example.com")
		to := "Nina Okafor <nina.okafor@initrode.io>"
		add("Sent", t0, me, to, "Application: Site Reliability Engineer", a, "", nil, "",
			"Hi Nina,\n\nI've applied for the Site Reliability Engineer role and wanted to introduce myself; I've run on-call for payment systems for four years.\n\nBest,\nAlex")
		add("Sent", at(bdAgo(9), 9, 30), me, to, "Re: Application: Site Reliability Engineer", b, a, []string{a}, "",
			"Hi Nina, just following up on my application for the SRE role. Happy to share more about my background.\n\nAlex")
	}
	// 13. German, from Outlook (Thread-Index, Thread-Topic), "Sie": a
	// promise that passed. The draft is German, mirrors "Sie", and joins
	// the Outlook conversation.
	{
		t0 := at(bdAgo(14), 9, 40)
		a, b := id("example.com"), id("fahrwerk.de")
		zoe := "=?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe.mueller@fahrwerk.de>"
		add("Sent", t0, me, zoe, "Bewerbung als Backend Engineer (m/w/d) – Fahrwerk GmbH", a, "", nil, "",
			"Hallo Frau Müller,\n\nanbei sende ich Ihnen meine Bewerbung als Backend Engineer. Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nAlex Rivera")
		t1 := at(bdAgo(12), 14, 5)
		add("INBOX", t1, zoe, me, "AW: Bewerbung als Backend Engineer (m/w/d) – Fahrwerk GmbH", b, a, []string{a},
			"Thread-Topic: =?utf-8?q?Bewerbung_als_Backend_Engineer_(m/w/d)_=E2=80=93_Fahrwerk_GmbH?=\r\n"+
				"Thread-Index: "+outlookIndex(t1, "9c3e7a52d1f04b8e")+"\r\n",
			"Hallo Alex,\n\nvielen Dank für Ihre Bewerbung und das freundliche Telefonat heute. Wir sprechen gerade mit den letzten Kandidatinnen und Kandidaten und melden uns bis Ende nächster Woche bei Ihnen.\n\nViele Grüße\nZoë Müller\nPeople & Culture, Fahrwerk GmbH")
	}
	// 14. French, "vous": they asked for my availability, I answered, no
	// word since.
	{
		t0 := at(bdAgo(9), 10, 20)
		a, b := id("lumiere-energie.fr"), id("example.com")
		camille := "Camille Laurent <camille.laurent@lumiere-energie.fr>"
		add("INBOX", t0, camille, me, "Candidature – Développeuse Go (H/F) – Lumière Énergie SAS", a, "", nil, "",
			"Bonjour Alex,\n\nMerci pour votre candidature au poste de Développeuse Go chez Lumière Énergie. Pourriez-vous m'indiquer vos disponibilités pour un premier échange la semaine prochaine ?\n\nCordialement,\nCamille Laurent\nChargée de recrutement")
		add("Sent", at(bdAgo(8), 17, 45), me, camille, "Re: Candidature – Développeuse Go (H/F) – Lumière Énergie SAS", b, a, []string{a}, "",
			"Bonjour Camille,\n\nMerci beaucoup pour votre message. Je suis disponible mardi ou jeudi après-midi, à l'heure qui vous conviendra.\n\nBien cordialement,\nAlex Rivera")
	}
	// 15. Spanish, "tú": my application and one follow-up, no answer: the
	// second nudge.
	{
		t0 := at(bdAgo(20), 11, 0)
		a, b := id("example.com"), id("example.com")
		lucia := "=?utf-8?q?Luc=C3=ADa_G=C3=B3mez?= <lucia.gomez@solenergia.es>"
		add("Sent", t0, me, lucia, "Candidatura: Desarrolladora Backend", a, "", nil, "",
			"Hola, Lucía:\n\nTe escribo por la oferta de Desarrolladora Backend en Sol Energía que vi en vuestra web. Te adjunto mi CV; me encantaría contarte más sobre mi experiencia con sistemas de pago.\n\nUn saludo,\nAlex")
		add("Sent", at(bdAgo(9), 9, 15), me, lucia, "Re: Candidatura: Desarrolladora Backend", b, a, []string{a}, "",
			"Hola, Lucía:\n\nSolo quería saber si te llegó mi mensaje sobre el puesto. Si necesitas algo más de mi parte, dímelo sin problema.\n\nUn saludo,\nAlex")
	}
	return out
}

// The rest of the demo's story, after its first check: at, an offer with
// a deadline from a company the user interviewed with; then the user's
// reply accepting it.
const (
	offerCompany = "Tessellate"
	offerID      = "demo-offer@tessellate.dev"
	applyID      = "demo-apply@example.com"
)

// Offer is the offer, at at, asking for an answer within five business days.
func Offer(at time.Time) []Message {
	me := "Alex Rivera <" + User + ">"
	ines := "Ines Duarte <ines.duarte@tessellate.dev>"
	by := workdays.Add(at, 5, nil, at.Location())
	return []Message{
		message("Sent", at.AddDate(0, 0, -20), me, ines, "Staff Engineer application", applyID, "", "",
			"Hi Ines,\n\nI'd like to apply for the Staff Engineer position; my resume is attached.\n\nBest,\nAlex"),
		message("INBOX", at, ines, me, "Re: Staff Engineer application", offerID, applyID, applyID,
			fmt.Sprintf("Hi Alex,\n\nThank you for all the time you spent with the team. I'm delighted to offer you the Staff Engineer position at %s! "+
				"The offer letter with the details is attached.\n\nPlease let us know your decision by %s.\n\nWarm regards,\nInes Duarte\nHead of Talent, %s",
				offerCompany, by.Format("Monday, January 2"), offerCompany)),
	}
}

// Acceptance is the user's reply accepting the offer, at at.
func Acceptance(at time.Time) []Message {
	me := "Alex Rivera <" + User + ">"
	return []Message{message("Sent", at, me, "Ines Duarte <ines.duarte@tessellate.dev>", "Re: Staff Engineer application",
		"demo-accept@example.com", offerID, applyID+"> <"+offerID,
		"Hi Ines,\n\nThank you so much! I'm happy to accept the offer, and I've signed and returned the offer letter.\n\nBest,\nAlex")}
}

// message is one plain-text message of the story.
func message(mailbox string, date time.Time, from, to, subject, msgID, inReplyTo, refs, body string) Message {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n", from, to, subject, date.Format(time.RFC1123Z), msgID)
	if inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", inReplyTo, refs)
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	b.WriteString(strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
	return Message{mailbox: mailbox, date: date, raw: b.Bytes()}
}

// outlookIndex is a Thread-Index as Outlook starts a conversation at t:
// 0x01, the FILETIME without its 16 low bits, a GUID (here from hexGUID,
// 16 hex digits repeated), base64 (mailmsg/threadindex.go).
func outlookIndex(t time.Time, hexGUID string) string {
	ft := uint64(t.Unix()+11644473600)*10000000 + uint64(t.Nanosecond()/100)
	b := make([]byte, 0, 22)
	for i := 5; i >= 0; i-- {
		b = append(b, byte(ft>>(16+8*i)))
	}
	guid, _ := hex.DecodeString(hexGUID + hexGUID)
	b = append(b, guid...)
	return base64.StdEncoding.EncodeToString(b)
}

// demoThankYou is an interview invitation with a text/calendar part, as
// calendar tools send them; the interview ended about a day before now.
func thankYou(now time.Time, msgID, me string) Message {
	start := now.Add(-50 * time.Hour).Truncate(time.Hour)
	end := start.Add(45 * time.Minute)
	sent := start.Add(-4 * 24 * time.Hour)
	utc := func(t time.Time) string { return t.UTC().Format("20060102T150405Z") }
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Soylent//Interview Scheduler//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:" + msgID, "DTSTAMP:" + utc(sent), "DTSTART:" + utc(start), "DTEND:" + utc(end),
		"SUMMARY:Interview: Staff Product Designer (Omar Haddad)",
		"ORGANIZER;CN=Omar Haddad:mailto:omar.haddad@soylent.com",
		"ATTENDEE;CN=Alex Rivera;ROLE=REQ-PARTICIPANT:mailto:" + User,
		"LOCATION:Video call", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Omar Haddad <omar.haddad@soylent.com>\r\nTo: %s\r\nSubject: Invitation: Interview for Staff Product Designer\r\n", me)
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <%s>\r\nMIME-Version: 1.0\r\n", sent.Format(time.RFC1123Z), msgID)
	b.WriteString("Content-Type: multipart/alternative; boundary=\"demo-boundary\"\r\n\r\n")
	b.WriteString("--demo-boundary\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	fmt.Fprintf(&b, "Hi Alex,\r\n\r\nYour interview for the Staff Product Designer role is booked for %s. I'm looking forward to talking with you.\r\n\r\nOmar\r\n",
		start.Format("Monday, January 2 at 3:04 PM"))
	b.WriteString("--demo-boundary\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n")
	b.WriteString(ics)
	b.WriteString("--demo-boundary--\r\n")
	return Message{mailbox: "INBOX", date: sent, raw: b.Bytes()}
}
