// Package draft writes follow-up drafts: the text from text/template
// (embedded defaults per language, tone and situation, or the user's own
// templates) in the thread's language, and the RFC 5322 message around
// it, written with mailmsg's HeaderWriter: plain text as format=flowed,
// Outlook's conversation headers when the message replied to has them,
// and nothing that marks it as written by a program (hearback knows its
// drafts by its ledger). The policy in package followup decides when a
// draft is due and in which situation; README.md ("When does hearback
// draft a follow-up?") says what the situations are.
package draft

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"mime/quotedprintable"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// Situation is why a follow-up is written; it picks the template family.
type Situation string

// Situations, as decided by the policy.
const (
	AfterPromise   Situation = "after_promise"   // they promised contact by a date that passed
	Unanswered     Situation = "unanswered"      // my message got no reply (first nudge)
	SecondNudge    Situation = "second_nudge"    // nudge number >= 2
	AfterInterview Situation = "after_interview" // interviewed, awaiting decision, no word
	ThankYou       Situation = "thank_you"       // an interview just ended and I have not written

	// The moments of a search (issue 17): optional for a tone (a tone of
	// the user's own falls back to the built-in warm texts).
	Expedite       Situation = "expedite"        // another offer has a deadline: is there news here?
	Withdraw       Situation = "withdraw"        // I accepted another position: please withdraw my application
	CloseLoop      Situation = "close_loop"      // the last note to a thread that went quiet
	AfterRejection Situation = "after_rejection" // thanks, and a request for feedback, after a person's no
)

// situations lists every situation a tone must cover; moments those it
// may leave to the built-in texts.
var (
	situations = []Situation{AfterPromise, Unanswered, SecondNudge, AfterInterview, ThankYou}
	moments    = []Situation{Expedite, Withdraw, CloseLoop, AfterRejection}
)

// DefaultTone is used when Input.Tone is empty.
const DefaultTone = "warm"

// Input is everything Compose needs. Values that came from incoming
// mail (names, subject, ids, company, role, quoted text) are sanitised here;
// the caller need not clean them.
type Input struct {
	ThreadID    string            // picks the variant (Variant); required, printable ASCII without spaces; not written into the draft
	From        mailmsg.Address   // the user's address the thread used (alias stays alias) + display name (from_name)
	To          []mailmsg.Address // counterpart (caller already picked Reply-To when set)
	Cc          []mailmsg.Address // kept from the user's last message
	Subject     string            // thread's original subject
	InReplyTo   string            // Message-ID (no brackets) of the latest message in the thread
	References  []string          // the chain (no brackets)
	Situation   Situation
	Nudge       int             // 1 for first nudge, 2 for second...; < 1 counts as 1
	Counterpart mailmsg.Address // the person to greet; zero: To[0]
	Company     string          // may be "" (caller guesses from domain / display name)
	Role        string          // may be ""
	PromiseAt   *time.Time
	InterviewAt *time.Time
	// OfferDeadline is the date another company's offer must be answered
	// by (Expedite); the other company itself is never passed.
	OfferDeadline *time.Time
	Last          *mailmsg.Message // last human message in thread, for quoting and context
	Tone          string           // playful | warm | formal (or a tone of Templates); "" is DefaultTone
	Signature     string           // signature lines; default From.Name
	Update        string           // optional one-line update from config
	Quote         bool             // quote Last below the text
	Now           time.Time        // Date header; also used in Message-ID; required

	// Language is the draft's: "en", "de", "fr", "es", "sv", "da", "nb", or
	// "" or "auto" for the thread's (the newest of Messages whose language
	// tells).
	Language string
	// Messages is the thread, oldest first, without automatic replies: its
	// language, the form of address to mirror (Sie/du, vous/tu,
	// usted/tú; Swedish, Danish and Norwegian say du), and whom to greet.
	// Empty: Last alone.
	Messages []ThreadMessage
	// ThreadIndex and ThreadTopic are the Outlook conversation headers of
	// the message replied to: the draft gets a child Thread-Index and the
	// same Thread-Topic.
	ThreadIndex string
	ThreadTopic string

	// Templates overrides the embedded default templates; nil uses them.
	Templates *Templates
}

// ThreadMessage is a message of the thread and whether it is the user's.
type ThreadMessage struct {
	Message *mailmsg.Message
	Mine    bool
}

// Draft is a composed follow-up.
type Draft struct {
	MessageID string // no brackets, on the From domain: <random>@<domain of From.Email>
	Subject   string // decoded, as shown to the user
	Body      string // text above the quote, for previews; LF line ends, one line per paragraph
	Raw       []byte // the full RFC 5322 message, CRLF line endings, the text format=flowed
	Language  string // the language it is written in
}

// Data is what a draft template sees. Every field may be empty; the
// phrase fields (Position, Team, Job, TeamNoun) are grammatical on their
// own so templates need no "at {{.Company}}" that could end up as "at .".
// Dates and phrases are in the draft's language.
type Data struct {
	FirstName     string // counterpart's first name, "" when unknown
	Names         string // everyone greeted, in the language: "Lena", "Lena and Raj", "Lena und Raj"; "" when unknown
	FullNames     string // the same with surnames where known: "Zoë Müller"
	All           bool   // three or more to greet: "Hi all,"
	Informal      bool   // the thread says du/tu/tú: the draft does too (German, French, Spanish); always in Swedish, Danish, Norwegian
	ByFullName    bool   // they greeted the user by title and surname: a formal draft greets FullNames
	Company       string // "Acme" or ""
	Role          string // "Senior Backend Engineer" (without a trailing "role"/"position") or ""
	Position      string // "the Senior Backend Engineer role at Acme", "the role at Acme", "the Senior Backend Engineer role" or ""
	Team          string // "the Acme team" or "your team"
	Job           string // the job without article, never "": "Stelle als X bei Acme", "poste de X chez Acme", "puesto de X en Acme", "X role at Acme"; with the Nordic article on the noun: "tjänsten som X på Acme", "stillingen som X hos Acme", "stillingen som X i Acme"
	TeamNoun      string // the team without article: "Team von Acme", "équipe d'Acme", "equipo de Acme", "Acme team"; "teamet på Acme", "teamet hos Acme", "teamet i Acme"
	PromiseDate   string // "Friday, April 16", "16. April", "16 avril", "16 de abril", "16 april" (Swedish), "16. april" (Danish, Norwegian) (year added when not Now's year) or ""
	OfferDeadline string // the date another offer must be answered by, same format, or ""
	InterviewDate string // same format, or ""
	LastSent      string // date of my last message when Last is mine, same format, or ""
	Update        string // one sentence, capitalised, ending in punctuation, or ""
	Signature     string // may span lines; "" when nothing is known
	Nudge         int    // 1, 2, ...
}

// Compose writes the follow-up draft for in.
func Compose(in Input) (Draft, error) {
	if in.Now.IsZero() {
		return Draft{}, errors.New("draft: compose: Now is zero")
	}
	threadID := mailmsg.Clean(in.ThreadID)
	if threadID == "" || len(threadID) > 128 || !mailmsg.PrintableASCII(threadID) {
		return Draft{}, fmt.Errorf("draft: compose: invalid thread id %q", in.ThreadID)
	}
	from, to, cc, err := addresses(in, threadID)
	if err != nil {
		return Draft{}, err
	}
	tmpl := in.Templates
	if tmpl == nil {
		if tmpl, err = defaults(); err != nil {
			return Draft{}, err
		}
	}
	tone := strings.ToLower(strings.TrimSpace(in.Tone))
	if tone == "" {
		tone = DefaultTone
	}
	if tmpl.variants[English][tone] == nil {
		return Draft{}, fmt.Errorf("draft: compose: unknown tone %q (have %s)", in.Tone, strings.Join(tmpl.Tones(), ", "))
	}
	lang, err := in.language(from)
	if err != nil {
		return Draft{}, fmt.Errorf("draft: compose: %w", err)
	}
	if tmpl.variants[lang][tone] == nil {
		lang = English // a tone of the user's own, in English only
	}
	situation := in.Situation
	if situation == "" {
		situation = Unanswered
	}
	nudge := max(in.Nudge, 1)
	if situation == Unanswered && nudge >= 2 {
		situation = SecondNudge
	}
	n := tmpl.VariantsIn(lang, tone, situation)
	if n == 0 && slices.Contains(moments, situation) {
		// A tone or language of the user's own without the moments' texts:
		// the built-in warm ones, in the language if it has them.
		if tone = DefaultTone; tmpl.VariantsIn(lang, tone, situation) == 0 {
			lang = English
		}
		n = tmpl.VariantsIn(lang, tone, situation)
	}
	if n == 0 {
		return Draft{}, fmt.Errorf("draft: compose: unknown situation %q", in.Situation)
	}

	data := templateData(in, lang, from, to, cc, nudge)
	body, err := tmpl.TextIn(lang, tone, situation, Variant(threadID, nudge, n), data)
	if err != nil {
		return Draft{}, err
	}
	// The text, then the quote: flowed apart, so that no line of the text
	// reads as a quote and the quote never flows into the text.
	text := mailmsg.FlowText(body)
	if in.Quote && in.Last != nil {
		if q := quote(lang, in.Last, in.Now.Location()); q != "" {
			attr, lines, _ := strings.Cut(q, "\n")
			text += "\n\n" + mailmsg.FlowText(attr) + "\n" + mailmsg.FlowQuote(lines)
		}
	}

	id, err := mailmsg.NewMessageID(from.Email, in.Now)
	if err != nil {
		return Draft{}, fmt.Errorf("draft: compose: %w", err)
	}
	subject := mailmsg.ReplySubject(in.Subject)
	inReplyTo, _ := mailmsg.ParseMsgID(in.InReplyTo)
	refs := mailmsg.ReplyReferences(in.References, inReplyTo)

	var h mailmsg.HeaderWriter
	h.AddAddresses("From", from)
	h.AddAddresses("To", to...)
	if len(cc) > 0 {
		h.AddAddresses("Cc", cc...)
	}
	h.AddText("Subject", subject)
	h.Add("Date", in.Now.Format(time.RFC1123Z))
	h.AddMsgIDs("Message-ID", id)
	if inReplyTo != "" {
		h.AddMsgIDs("In-Reply-To", inReplyTo)
	}
	if len(refs) > 0 {
		h.AddMsgIDs("References", refs...)
	}
	// Outlook's conversation: a child of the parent's index, its topic.
	if index, ok := mailmsg.ChildThreadIndex(in.ThreadIndex, in.Now, threadIndexRandom(threadID, nudge)); ok {
		topic := mailmsg.Clean(in.ThreadTopic)
		if topic == "" {
			topic = strings.TrimPrefix(subject, "Re: ")
		}
		h.AddText("Thread-Topic", topic)
		h.Add("Thread-Index", index)
	}
	h.Add("MIME-Version", "1.0")
	h.Add("Content-Type", mailmsg.FlowedContentType)
	// Quoted-printable rather than 8bit: the message stays 7-bit clean, so
	// any IMAP server takes the APPEND and any later submission works
	// without 8BITMIME; the spaces that end flowed lines are kept (=20);
	// ASCII prose stays readable in the raw form.
	h.Add("Content-Transfer-Encoding", "quoted-printable")
	var raw bytes.Buffer
	h.WriteTo(&raw) // bytes.Buffer writes cannot fail
	qp := quotedprintable.NewWriter(&raw)
	qp.Write([]byte(text + "\n"))
	qp.Close()

	return Draft{MessageID: id, Subject: subject, Body: body, Raw: raw.Bytes(), Language: lang}, nil
}

// threadIndexRandom is the last byte of a draft's Thread-Index child
// block, which Outlook fills at random: from the thread and the nudge, so
// that composing again gives the same bytes.
func threadIndexRandom(threadID string, nudge int) byte {
	h := fnv.New32a()
	h.Write([]byte(threadID + "\x00" + strconv.Itoa(nudge)))
	return byte(h.Sum32())
}

// addresses are the draft's From, To and Cc, each through
// mailmsg.CleanAddress: a From that cannot be written, or no To that can,
// is an error; Cc leaves out the To addresses, repeats and From.
// language is the language to write in for in: the one it names, or with
// auto (or none) the thread's own. It fills in.Messages from in.Last when
// only the last message is given; from is the user's address.
func (in *Input) language(from mailmsg.Address) (string, error) {
	if len(in.Messages) == 0 && in.Last != nil {
		in.Messages = []ThreadMessage{{Message: in.Last, Mine: strings.EqualFold(in.Last.From.Email, from.Email)}}
	}
	lang := strings.ToLower(strings.TrimSpace(in.Language))
	switch {
	case lang == "" || lang == LanguageAuto:
		return threadLanguage(in.Messages), nil
	case !IsLanguage(lang):
		return "", fmt.Errorf("unknown language %q (have auto, %s)", in.Language, strings.Join(Languages, ", "))
	}
	return lang, nil
}

func addresses(in Input, threadID string) (from mailmsg.Address, to, cc []mailmsg.Address, err error) {
	from, ok := mailmsg.CleanAddress(in.From)
	if !ok {
		return from, nil, nil, fmt.Errorf("draft: compose: invalid From address %q", in.From.Email)
	}
	for _, a := range in.To {
		if c, ok := mailmsg.CleanAddress(a); ok {
			to = append(to, c)
		}
	}
	if len(to) == 0 {
		return from, nil, nil, fmt.Errorf("draft: compose: thread %s: no valid To address in %v", threadID, in.To)
	}
	for _, a := range in.Cc {
		if c, ok := mailmsg.CleanAddress(a); ok && !hasEmail(to, c.Email) && !hasEmail(cc, c.Email) &&
			!strings.EqualFold(c.Email, from.Email) {
			cc = append(cc, c)
		}
	}
	return from, to, cc, nil
}

// templateData fills the template data.
func templateData(in Input, lang string, from mailmsg.Address, to, cc []mailmsg.Address, nudge int) Data {
	loc := in.Now.Location()
	g := whom(in, to, cc)
	company := cleanPhrase(in.Company)
	role := trimRoleWord(cleanPhrase(in.Role))
	if company != "" && role != "" {
		// "the Quantic ML Engineer role at Quantic" says it twice.
		if r := strings.TrimSpace(replaceFold(role, company, "")); r != role && r != "" {
			role = strings.Join(strings.Fields(r), " ")
		}
	}
	d := Data{
		FirstName:  g.first,
		Names:      joinNames(lang, g.names),
		FullNames:  joinNames(lang, g.full),
		All:        g.all,
		Informal:   informal(lang, in.Messages),
		ByFullName: byFullName(in.Messages),
		Company:    company,
		Role:       role,
		Position:   position(role, company),
		Job:        jobNoun(lang, role, company),
		TeamNoun:   teamNoun(lang, company),
		Update:     sentence(in.Update),
		Nudge:      nudge,
	}
	d.Team = "your team"
	if d.Company != "" {
		d.Team = "the " + d.Company + " team"
	}
	if in.PromiseAt != nil {
		d.PromiseDate = dayIn(lang, *in.PromiseAt, in.Now, loc)
	}
	if in.OfferDeadline != nil {
		d.OfferDeadline = dayIn(lang, *in.OfferDeadline, in.Now, loc)
	}
	if in.InterviewAt != nil {
		d.InterviewDate = dayIn(lang, *in.InterviewAt, in.Now, loc)
	}
	cp := in.Counterpart
	if cp.Email == "" && cp.Name == "" {
		cp = to[0]
	}
	if l := in.Last; l != nil && !l.Date.IsZero() {
		mine := strings.EqualFold(l.From.Email, from.Email) ||
			(!hasEmail(to, l.From.Email) && !hasEmail(in.Cc, l.From.Email) && !strings.EqualFold(l.From.Email, cp.Email))
		if mine {
			d.LastSent = dayIn(lang, l.Date, in.Now, loc)
		}
	}
	sig := in.Signature
	if strings.TrimSpace(sig) == "" {
		sig = from.Name
	}
	d.Signature = cleanBlock(sig)
	return d
}

// replaceFold replaces old, as whole words and in any case, in s.
func replaceFold(s, old, with string) string {
	if old == "" {
		return s
	}
	re, err := regexp.Compile(`(?i)(^|\s)` + regexp.QuoteMeta(old) + `($|\s)`)
	if err != nil {
		return s
	}
	return re.ReplaceAllString(s, "${1}"+with+"${2}")
}

// day formats a date like "Friday, April 16", with the year when it
// is not the year of now (dayIn in English).
func day(t, now time.Time, loc *time.Location) string { return dayIn(English, t, now, loc) }

// quote is the attribution (in lang) and "> " lines of the last
// message's own words, at most quoteLines lines.
func quote(lang string, m *mailmsg.Message, loc *time.Location) string {
	words := strings.TrimSpace(m.OwnWords())
	if words == "" {
		return ""
	}
	lines := strings.Split(words, "\n")
	cut := len(lines) > quoteLines
	if cut {
		lines = lines[:quoteLines]
	}
	var b strings.Builder
	who := nameOf(m)
	if who == "" {
		who = map[string]string{German: "Ihr Gegenüber", French: "Votre correspondant", Spanish: "Su interlocutor",
			Swedish: "Avsändaren", Danish: "Afsenderen", Norwegian: "Avsenderen"}[lang]
		if who == "" {
			who = "they"
		}
	}
	b.WriteString(attribution(lang, who, m.Date, loc) + "\n")
	for _, l := range lines {
		l = strings.TrimRightFunc(stripControls(l), unicode.IsSpace)
		if l == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> " + l + "\n")
	}
	if cut {
		b.WriteString("> [...]\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

const quoteLines = 40

// normalizeText tidies template output: LF line ends, no trailing
// or doubled spaces, at most one blank line in a row, no space before
// punctuation left by an omitted phrase.
func normalizeText(s string) string { return normalizeLines(s, spaceBeforePunct) }

// normalizeLines is normalizeText with the spaces before punctuation that
// punct matches taken out.
func normalizeLines(s string, punct *regexp.Regexp) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
		l = punct.ReplaceAllString(l, "$1$2")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

var (
	spaceBeforePunct    = regexp.MustCompile(`\s+([.,!?;:])(\s|$)`)
	spaceBeforeFullStop = regexp.MustCompile(`\s+([.,])(\s|$)`)
)

// cleanBlock cleans multi-line user text (the signature): control
// characters removed per line, surrounding blank lines dropped.
func cleanBlock(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mailmsg.Clean(l)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// stripControls removes control characters except tab from body text.
func stripControls(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// cleanPhrase is Clean plus no template syntax or stray quotes: a
// value that lands in a sentence.
func cleanPhrase(s string) string {
	s = mailmsg.Clean(s)
	s = strings.Trim(s, " \"'`.,;:-")
	return s
}

// trimRoleWord drops a trailing "role"/"position" so that "the X role"
// never reads "the X position role".
func trimRoleWord(s string) string {
	for _, w := range []string{" role", " position", " opening", " job"} {
		if len(s) > len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return strings.TrimSpace(s[:len(s)-len(w)])
		}
	}
	return s
}

// sentence makes the update one sentence: one line, capitalised,
// ending in punctuation.
func sentence(s string) string {
	s = mailmsg.Clean(s)
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

func hasEmail(list []mailmsg.Address, email string) bool {
	for _, a := range list {
		if strings.EqualFold(a.Email, email) {
			return true
		}
	}
	return false
}
