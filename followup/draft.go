package followup

// Drafting: the follow-up text (text/template, embedded defaults) and the
// RFC 5322 message around it. See DESIGN.md, "The draft".
//
// The raw message is written by hand rather than with go-message's writer
// so that the output is exact and stable: header order, RFC 2047 encoding,
// folding and CRLF line ends are all decided here and covered by tests.

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base32"
	"encoding/base64"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"mime/quotedprintable"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/classifier"
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
)

// draftSituations lists every situation a tone must cover.
var draftSituations = []Situation{AfterPromise, Unanswered, SecondNudge, AfterInterview, ThankYou}

// DraftVersion is the value of the X-Hearback-Draft header: the format of
// drafts hearback writes.
const DraftVersion = "1"

// DefaultTone is used when DraftInput.Tone is empty.
const DefaultTone = "warm"

// DraftInput is everything Compose needs. Values that came from incoming
// mail (names, subject, ids, company, role, quoted text) are sanitised here;
// the caller need not clean them.
type DraftInput struct {
	ThreadID    string            // X-Hearback-Thread; required, printable ASCII without spaces
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
	Last        *mailmsg.Message // last human message in thread, for quoting and context
	Tone        string           // playful | warm | formal (or a tone of Templates); "" is DefaultTone
	Signature   string           // signature lines; default From.Name
	Update      string           // optional one-line update from config
	Quote       bool             // quote Last below the text
	Now         time.Time        // Date header; also used in Message-ID; required

	// Templates overrides the embedded default templates; nil uses them.
	Templates *DraftTemplates
}

// Draft is a composed follow-up.
type Draft struct {
	MessageID string // no brackets, on the From domain: <random>@<domain of From.Email>
	Subject   string // decoded, as shown to the user
	Body      string // text above the quote, for previews; LF line ends
	Raw       []byte // the full RFC 5322 message, CRLF line endings
}

// DraftData is what a draft template sees. Every field may be empty; the
// phrase fields (Position, Team) are grammatical on their own so templates
// need no "at {{.Company}}" that could end up as "at .".
type DraftData struct {
	FirstName     string // counterpart's first name, "" when unknown
	Company       string // "Acme" or ""
	Role          string // "Senior Backend Engineer" (without a trailing "role"/"position") or ""
	Position      string // "the Senior Backend Engineer role at Acme", "the role at Acme", "the Senior Backend Engineer role" or ""
	Team          string // "the Acme team" or "your team"
	PromiseDate   string // "Friday, April 16" (year added when not Now's year) or ""
	InterviewDate string // same format, or ""
	LastSent      string // date of my last message when Last is mine, same format, or ""
	Update        string // one sentence, capitalised, ending in punctuation, or ""
	Signature     string // may span lines; "" when nothing is known
	Nudge         int    // 1, 2, ...
}

//go:embed templates/*.tmpl
var draftTemplateFS embed.FS

// DraftTemplates is a parsed set of draft templates. A template is named
// "<tone>/<situation>/<n>" with n counting from 0 without gaps; every tone
// defines all four situations.
type DraftTemplates struct {
	t *template.Template
	// variants[tone][situation] = number of variants
	variants map[string]map[Situation]int
}

var draftDefaults = sync.OnceValues(func() (*DraftTemplates, error) {
	t, err := template.New("hearback").Option("missingkey=error").ParseFS(draftTemplateFS, "templates/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("followup: embedded templates: %w", err)
	}
	return draftIndex(t)
})

// DefaultDraftTemplates returns the embedded templates.
func DefaultDraftTemplates() (*DraftTemplates, error) { return draftDefaults() }

// LoadDraftTemplates parses user templates over the defaults: a {{define}}
// with a default's name replaces it, new names add variants or tones. Every
// template is test-run with empty and with full data, so a mistake is
// reported at load time with the template's name.
func LoadDraftTemplates(fsys fs.FS, patterns ...string) (*DraftTemplates, error) {
	def, err := draftDefaults()
	if err != nil {
		return nil, err
	}
	t, err := def.t.Clone()
	if err != nil {
		return nil, fmt.Errorf("followup: templates: %w", err)
	}
	if t, err = t.ParseFS(fsys, patterns...); err != nil {
		return nil, fmt.Errorf("followup: templates: %w", err)
	}
	dt, err := draftIndex(t)
	if err != nil {
		return nil, err
	}
	if err := dt.check(); err != nil {
		return nil, err
	}
	return dt, nil
}

// check runs every template with empty and with full data, so that a
// mistake surfaces when the templates are loaded, not in a 9am draft.
func (dt *DraftTemplates) check() error {
	samples := []DraftData{{Nudge: 1, Team: "your team"}, draftSampleData()}
	for _, tone := range dt.Tones() {
		for _, s := range draftSituations {
			for v := 0; v < dt.variants[tone][s]; v++ {
				for _, d := range samples {
					if _, err := dt.execute(draftTemplateName(tone, s, v), d); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func draftSampleData() DraftData {
	return DraftData{FirstName: "Jane", Company: "Acme", Role: "Backend Engineer",
		Position: "the Backend Engineer role at Acme", Team: "the Acme team",
		PromiseDate: "Friday, April 16", InterviewDate: "Tuesday, April 6", LastSent: "Monday, April 5",
		Update: "I finished my certification.", Signature: "Alex Rivera", Nudge: 2}
}

var draftNameRE = regexp.MustCompile(`^([a-z0-9_-]+)/([a-z_]+)/([0-9]+)$`)

// draftIndex counts the variants of every tone and situation and checks
// that each tone is complete.
func draftIndex(t *template.Template) (*DraftTemplates, error) {
	names := map[string]bool{}
	tones := map[string]bool{}
	for _, tt := range t.Templates() {
		if tt.Tree == nil { // declared but never defined
			continue
		}
		names[tt.Name()] = true
		if m := draftNameRE.FindStringSubmatch(tt.Name()); m != nil {
			tones[m[1]] = true
		}
	}
	dt := &DraftTemplates{t: t, variants: map[string]map[Situation]int{}}
	for tone := range tones {
		dt.variants[tone] = map[Situation]int{}
		for _, s := range draftSituations {
			n := 0
			for names[draftTemplateName(tone, s, n)] {
				n++
			}
			if n == 0 {
				return nil, fmt.Errorf("followup: templates: tone %q has no template %q", tone, draftTemplateName(tone, s, 0))
			}
			dt.variants[tone][s] = n
		}
	}
	if len(dt.variants) == 0 {
		return nil, errors.New("followup: templates: no template named <tone>/<situation>/<n>")
	}
	return dt, nil
}

func draftTemplateName(tone string, s Situation, v int) string {
	return tone + "/" + string(s) + "/" + strconv.Itoa(v)
}

// Tones lists the tones the templates define, sorted.
func (dt *DraftTemplates) Tones() []string {
	out := make([]string, 0, len(dt.variants))
	for tone := range dt.variants {
		out = append(out, tone)
	}
	sort.Strings(out)
	return out
}

// Variants is the number of variants for a tone and situation (0 if the
// tone is unknown).
func (dt *DraftTemplates) Variants(tone string, s Situation) int {
	return dt.variants[tone][s]
}

// Text runs one variant and returns the normalised text above the quote.
func (dt *DraftTemplates) Text(tone string, s Situation, variant int, d DraftData) (string, error) {
	n := dt.Variants(tone, s)
	if n == 0 {
		return "", fmt.Errorf("followup: no templates for tone %q, situation %q", tone, s)
	}
	if variant < 0 || variant >= n {
		return "", fmt.Errorf("followup: tone %q, situation %q has %d variants, not %d", tone, s, n, variant+1)
	}
	return dt.execute(draftTemplateName(tone, s, variant), d)
}

func (dt *DraftTemplates) execute(name string, d DraftData) (string, error) {
	var b strings.Builder
	if err := dt.t.ExecuteTemplate(&b, name, d); err != nil {
		return "", fmt.Errorf("followup: template %q: %w", name, err)
	}
	return draftNormalizeText(b.String()), nil
}

// DraftTones lists the tones of the embedded templates, for config validation.
func DraftTones() []string {
	dt, err := draftDefaults()
	if err != nil {
		return nil
	}
	return dt.Tones()
}

// DraftVariant is the variant a thread's nudge uses among n: a hash of the
// thread id picks the start, each further nudge takes the next one, so a
// re-run gives the same text and nudge k+1 never repeats nudge k (n >= 2).
func DraftVariant(threadID string, nudge, n int) int {
	if n <= 0 {
		return 0
	}
	if nudge < 1 {
		nudge = 1
	}
	h := fnv.New64a()
	h.Write([]byte("hearback-draft\x00" + threadID))
	return int((h.Sum64()%uint64(n) + uint64(nudge-1)) % uint64(n))
}

// Compose writes the follow-up draft for in.
func Compose(in DraftInput) (Draft, error) {
	if in.Now.IsZero() {
		return Draft{}, errors.New("followup: compose: Now is zero")
	}
	threadID := mailmsg.Clean(in.ThreadID)
	if threadID == "" || len(threadID) > 128 || !draftPrintableASCII(threadID) {
		return Draft{}, fmt.Errorf("followup: compose: invalid thread id %q", in.ThreadID)
	}
	from, ok := draftCleanAddress(in.From)
	if !ok {
		return Draft{}, fmt.Errorf("followup: compose: invalid From address %q", in.From.Email)
	}
	var to []mailmsg.Address
	for _, a := range in.To {
		if c, ok := draftCleanAddress(a); ok {
			to = append(to, c)
		}
	}
	if len(to) == 0 {
		return Draft{}, fmt.Errorf("followup: compose: thread %s: no valid To address in %v", threadID, in.To)
	}
	var cc []mailmsg.Address
	for _, a := range in.Cc {
		if c, ok := draftCleanAddress(a); ok && !draftHasEmail(to, c.Email) && !draftHasEmail(cc, c.Email) &&
			!strings.EqualFold(c.Email, from.Email) {
			cc = append(cc, c)
		}
	}
	tmpl := in.Templates
	if tmpl == nil {
		var err error
		if tmpl, err = draftDefaults(); err != nil {
			return Draft{}, err
		}
	}
	tone := strings.ToLower(strings.TrimSpace(in.Tone))
	if tone == "" {
		tone = DefaultTone
	}
	if tmpl.variants[tone] == nil {
		return Draft{}, fmt.Errorf("followup: compose: unknown tone %q (have %s)", in.Tone, strings.Join(tmpl.Tones(), ", "))
	}
	situation := in.Situation
	if situation == "" {
		situation = Unanswered
	}
	nudge := max(in.Nudge, 1)
	if situation == Unanswered && nudge >= 2 {
		situation = SecondNudge
	}
	n := tmpl.Variants(tone, situation)
	if n == 0 {
		return Draft{}, fmt.Errorf("followup: compose: unknown situation %q", in.Situation)
	}

	data := draftData(in, from, to, nudge)
	body, err := tmpl.Text(tone, situation, DraftVariant(threadID, nudge, n), data)
	if err != nil {
		return Draft{}, err
	}
	text := body
	if in.Quote && in.Last != nil {
		if q := draftQuote(in.Last, in.Now.Location()); q != "" {
			text += "\n\n" + q
		}
	}

	id, err := draftMessageID(from.Email, in.Now)
	if err != nil {
		return Draft{}, err
	}
	subject := mailmsg.ReplySubject(in.Subject)
	inReplyTo := draftValidMsgID(in.InReplyTo)
	refs := draftReferences(in.References, inReplyTo)

	var h bytes.Buffer
	h.WriteString(draftFold("From", draftFormatAddress(from)))
	h.WriteString(draftFold("To", draftFormatAddressList(to)))
	if len(cc) > 0 {
		h.WriteString(draftFold("Cc", draftFormatAddressList(cc)))
	}
	h.WriteString(draftFold("Subject", draftEncodeText(subject)))
	h.WriteString(draftFold("Date", in.Now.Format(time.RFC1123Z)))
	h.WriteString(draftFold("Message-ID", "<"+id+">"))
	if inReplyTo != "" {
		h.WriteString(draftFold("In-Reply-To", "<"+inReplyTo+">"))
	}
	if len(refs) > 0 {
		h.WriteString(draftFold("References", "<"+strings.Join(refs, "> <")+">"))
	}
	h.WriteString("MIME-Version: 1.0\r\n")
	h.WriteString("Content-Type: text/plain; charset=utf-8\r\n")
	// Quoted-printable rather than 8bit: the message stays 7-bit clean, so
	// any IMAP server takes the APPEND and any later submission works
	// without 8BITMIME; quoted lines longer than 998 octets are soft-broken;
	// ASCII prose stays readable in the raw form.
	h.WriteString("Content-Transfer-Encoding: quoted-printable\r\n")
	h.WriteString("X-Hearback-Thread: " + threadID + "\r\n")
	h.WriteString("X-Hearback-Draft: " + DraftVersion + "\r\n")
	h.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&h)
	qp.Write([]byte(text + "\n")) // bytes.Buffer writes cannot fail
	qp.Close()

	return Draft{MessageID: id, Subject: subject, Body: body, Raw: h.Bytes()}, nil
}

// draftData fills the template data.
func draftData(in DraftInput, from mailmsg.Address, to []mailmsg.Address, nudge int) DraftData {
	loc := in.Now.Location()
	cp := in.Counterpart
	if cp.Email == "" && cp.Name == "" {
		cp = to[0]
	}
	// A signature can only be the counterpart's if the last message is theirs.
	var sigText string
	if in.Last != nil && cp.Email != "" && strings.EqualFold(in.Last.From.Email, cp.Email) {
		sigText = in.Last.Excerpt
	}
	d := DraftData{
		FirstName: FirstName(cp, sigText),
		Company:   draftCleanPhrase(in.Company),
		Role:      draftTrimRoleWord(draftCleanPhrase(in.Role)),
		Update:    draftSentence(in.Update),
		Nudge:     nudge,
	}
	switch {
	case d.Role != "" && d.Company != "":
		d.Position = "the " + d.Role + " role at " + d.Company
	case d.Role != "":
		d.Position = "the " + d.Role + " role"
	case d.Company != "":
		d.Position = "the role at " + d.Company
	}
	d.Team = "your team"
	if d.Company != "" {
		d.Team = "the " + d.Company + " team"
	}
	if in.PromiseAt != nil {
		d.PromiseDate = draftDay(*in.PromiseAt, in.Now, loc)
	}
	if in.InterviewAt != nil {
		d.InterviewDate = draftDay(*in.InterviewAt, in.Now, loc)
	}
	if l := in.Last; l != nil && !l.Date.IsZero() {
		mine := strings.EqualFold(l.From.Email, from.Email) ||
			(!draftHasEmail(to, l.From.Email) && !draftHasEmail(in.Cc, l.From.Email) && !strings.EqualFold(l.From.Email, cp.Email))
		if mine {
			d.LastSent = draftDay(l.Date, in.Now, loc)
		}
	}
	sig := in.Signature
	if strings.TrimSpace(sig) == "" {
		sig = from.Name
	}
	d.Signature = draftCleanBlock(sig)
	return d
}

// draftDay formats a date like "Friday, April 16", with the year when it
// is not the year of now. An instant is shown in loc (Now's zone); a bare
// date (midnight in its own zone, as date-only promises are stored) keeps
// its calendar day.
func draftDay(t, now time.Time, loc *time.Location) string {
	if h, m, s := t.Clock(); h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0 {
		t = t.In(loc)
	}
	if t.Year() != now.In(loc).Year() {
		return t.Format("Monday, January 2, 2006")
	}
	return t.Format("Monday, January 2")
}

// draftQuote is the attribution and "> " lines of the last message's own
// words, at most draftQuoteLines lines.
func draftQuote(m *mailmsg.Message, loc *time.Location) string {
	words := strings.TrimSpace(m.OwnWords())
	if words == "" {
		return ""
	}
	lines := strings.Split(words, "\n")
	cut := len(lines) > draftQuoteLines
	if cut {
		lines = lines[:draftQuoteLines]
	}
	var b strings.Builder
	who := draftCleanPhrase(m.From.Name)
	if who == "" {
		who = mailmsg.Clean(m.From.Email)
	}
	if who == "" {
		who = "they"
	}
	if m.Date.IsZero() {
		b.WriteString(who + " wrote:\n")
	} else {
		b.WriteString("On " + m.Date.In(loc).Format("Mon, Jan 2, 2006 at 3:04 PM") + ", " + who + " wrote:\n")
	}
	for _, l := range lines {
		l = strings.TrimRightFunc(draftStripControls(l), unicode.IsSpace)
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

const draftQuoteLines = 40

// draftNormalizeText tidies template output: LF line ends, no trailing
// or doubled spaces, at most one blank line in a row, no space before
// punctuation left by an omitted phrase.
func draftNormalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		l = draftSpaceBeforePunct.ReplaceAllString(l, "$1$2")
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

var draftSpaceBeforePunct = regexp.MustCompile(`\s+([.,!?;:])(\s|$)`)

// draftCleanBlock cleans multi-line user text (the signature): control
// characters removed per line, surrounding blank lines dropped.
func draftCleanBlock(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mailmsg.Clean(l)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// draftStripControls removes control characters except tab from body text.
func draftStripControls(s string) string {
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

// draftCleanPhrase is Clean plus no template syntax or stray quotes: a
// value that lands in a sentence.
func draftCleanPhrase(s string) string {
	s = mailmsg.Clean(s)
	s = strings.Trim(s, " \"'`.,;:-")
	return s
}

// draftTrimRoleWord drops a trailing "role"/"position" so that "the X role"
// never reads "the X position role".
func draftTrimRoleWord(s string) string {
	for _, w := range []string{" role", " position", " opening", " job"} {
		if len(s) > len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return strings.TrimSpace(s[:len(s)-len(w)])
		}
	}
	return s
}

// draftSentence makes the update one sentence: one line, capitalised,
// ending in punctuation.
func draftSentence(s string) string {
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

func draftHasEmail(list []mailmsg.Address, email string) bool {
	for _, a := range list {
		if strings.EqualFold(a.Email, email) {
			return true
		}
	}
	return false
}

// --- headers ---

// draftMaxName bounds a display name in a draft's header, in characters: a
// name is a few words, and a longer one is junk or an attack on the header.
const draftMaxName = 200

// draftCleanAddress cleans the display name (mailmsg.Clean: no control or
// bidi characters), cuts it to draftMaxName characters, and validates the
// address.
func draftCleanAddress(a mailmsg.Address) (mailmsg.Address, bool) {
	email := strings.TrimSpace(a.Email)
	if !draftValidEmail(email) {
		return mailmsg.Address{}, false
	}
	name := mailmsg.Clean(a.Name)
	if utf8.RuneCountInString(name) > draftMaxName {
		name = strings.TrimSpace(string([]rune(name)[:draftMaxName]))
	}
	return mailmsg.Address{Name: name, Email: email}, true
}

// draftValidEmail accepts a dot-atom local part and a domain of letters,
// digits, hyphens and dots (UTF-8 allowed, RFC 6532); quoted local parts
// and address literals are refused.
func draftValidEmail(s string) bool {
	if len(s) > 254 || !utf8.ValidString(s) {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if !draftDotAtom(local) {
		return false
	}
	if strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return false
	}
	for _, r := range domain {
		if !(r == '-' || r == '.' || r >= utf8.RuneSelf && unicode.IsPrint(r) || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// draftDotAtom reports whether s is an RFC 5322 dot-atom-text (UTF-8 allowed).
func draftDotAtom(s string) bool {
	if s == "" || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if r >= utf8.RuneSelf {
			if !unicode.IsPrint(r) || unicode.IsSpace(r) {
				return false
			}
			continue
		}
		if !draftAtext(byte(r)) && r != '.' {
			return false
		}
	}
	return true
}

func draftAtext(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

func draftPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// draftValidMsgID returns id if it is a well-formed RFC 5322 msg-id body
// (dot-atom-text "@" dot-atom-text or [literal], ASCII, at most 250
// octets), else "". A single surrounding pair of angle brackets is
// tolerated.
func draftValidMsgID(id string) string {
	if strings.HasPrefix(id, "<") && strings.HasSuffix(id, ">") && len(id) >= 2 {
		id = id[1 : len(id)-1]
	}
	if id == "" || len(id) > 250 || !draftPrintableASCII(id) {
		return ""
	}
	at := strings.LastIndexByte(id, '@')
	if at <= 0 || at == len(id)-1 {
		return ""
	}
	left, right := id[:at], id[at+1:]
	if !draftDotAtom(left) {
		return ""
	}
	if strings.HasPrefix(right, "[") && strings.HasSuffix(right, "]") && len(right) >= 2 {
		if strings.ContainsAny(right[1:len(right)-1], "[]\\") {
			return ""
		}
		return id
	}
	if !draftDotAtom(right) {
		return ""
	}
	return id
}

// draftReferences is the valid part of the chain, without duplicates,
// ending in inReplyTo; a chain longer than draftMaxRefs keeps its root and
// its newest ids.
func draftReferences(chain []string, inReplyTo string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range chain {
		r = draftValidMsgID(r)
		if r == "" || seen[r] || r == inReplyTo {
			continue
		}
		seen[r] = true
		out = append(out, r)
	}
	if inReplyTo != "" {
		out = append(out, inReplyTo)
	}
	if len(out) > draftMaxRefs {
		out = append(out[:1], out[len(out)-draftMaxRefs+1:]...)
	}
	return out
}

const draftMaxRefs = 20

var draftB32 = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// draftMessageID is "<base36 unix time>.<random>@<domain of email>".
func draftMessageID(email string, now time.Time) (string, error) {
	var buf [15]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return "", fmt.Errorf("followup: message id: %w", err)
	}
	domain := mailmsg.Domain(email)
	if !draftDotAtom(domain) || !draftPrintableASCII(domain) {
		domain = "hearback.invalid" // internationalised domain without punycode
	}
	return strconv.FormatInt(now.Unix(), 36) + "." + draftB32.EncodeToString(buf[:]) + "@" + domain, nil
}

// draftFold writes "Name: value" CRLF, folding at spaces so that lines stay
// within 78 octets where the value allows; unfolding restores the value.
func draftFold(name, value string) string {
	const limit = 78
	var b strings.Builder
	b.WriteString(name + ":")
	n := len(name) + 1
	lineHasWord := false
	for _, w := range strings.Split(value, " ") {
		if lineHasWord && w != "" && n+1+len(w) > limit {
			b.WriteString("\r\n")
			n = 0
		}
		b.WriteString(" " + w)
		n += 1 + len(w)
		if w != "" {
			lineHasWord = true
		}
	}
	b.WriteString("\r\n")
	return b.String()
}

func draftFormatAddressList(list []mailmsg.Address) string {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = draftFormatAddress(a)
	}
	return strings.Join(parts, ", ")
}

// draftFormatAddress is `phrase <addr>` or a bare addr without a name.
func draftFormatAddress(a mailmsg.Address) string {
	if a.Name == "" {
		return a.Email
	}
	return draftEncodePhrase(a.Name) + " <" + a.Email + ">"
}

// draftMaxWord is the longest word a header keeps as it is: longer ones
// are encoded, as encoded-words of at most 75 octets that the header can
// be folded between (draftFold folds only at spaces).
const draftMaxWord = 60

// draftEncodePhrase renders a display name: atoms as they are, other ASCII
// as a quoted-string, anything non-ASCII (or looking like an encoded-word,
// or with a word too long to fold) as RFC 2047 encoded-words safe in a
// phrase.
func draftEncodePhrase(s string) string {
	ascii, atoms := true, true
	word := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < 0x20 || c == 0x7f {
			ascii = false
			break
		}
		if c != ' ' && !draftAtext(c) {
			atoms = false
		}
		if word++; c == ' ' {
			word = 0
		} else if word > draftMaxWord {
			ascii = false // one 3,000-letter "word" would be one 3,000-octet line
			break
		}
	}
	if ascii && !strings.Contains(s, "=?") {
		if atoms {
			return s
		}
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
	}
	return draftEncodedWords(s)
}

// draftEncodeText renders an unstructured value (the subject): words that
// are plain ASCII stay readable, runs of words that need it are encoded.
func draftEncodeText(s string) string {
	words := strings.Split(s, " ")
	var out []string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, draftEncodedWords(strings.Join(run, " ")))
			run = nil
		}
	}
	for _, w := range words {
		plain := len(w) <= draftMaxWord && !strings.Contains(w, "=?") && draftPrintableASCII(w)
		if w == "" {
			plain = len(run) == 0
		}
		if plain {
			flush()
			out = append(out, w)
		} else {
			run = append(run, w)
		}
	}
	flush()
	return strings.Join(out, " ")
}

// draftMaxEncodedWord bounds an encoded-word: RFC 2047 allows 75 octets,
// and 69 lets the first one follow "Subject: " within 78 octets, so that
// every header line of a draft stays within 78 octets unless it holds an
// address that long.
const draftMaxEncodedWord = 78 - len("Subject: ")

// draftEncodedWords encodes s as space-separated UTF-8 encoded-words of at
// most draftMaxEncodedWord octets, Q or B, whichever is shorter. The Q form
// uses only the characters RFC 2047 allows in a phrase, so it is safe
// everywhere.
func draftEncodedWords(s string) string {
	q := draftQWords(s)
	b := draftBWords(s)
	if len(b)*4 < len(q)*3 { // Q is more readable: B only when much shorter
		return b
	}
	return q
}

// draftBWords is s as B encoded-words, split between characters.
func draftBWords(s string) string {
	const prefix, suffix = "=?utf-8?b?", "?="
	const maxRaw = (draftMaxEncodedWord - len(prefix) - len(suffix)) / 4 * 3
	var words []string
	for len(s) > 0 || len(words) == 0 {
		n := min(len(s), maxRaw)
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, prefix+base64.StdEncoding.EncodeToString([]byte(s[:n]))+suffix)
		s = s[n:]
	}
	return strings.Join(words, " ")
}

func draftQWords(s string) string {
	const prefix, suffix = "=?utf-8?q?", "?="
	const maxText = draftMaxEncodedWord - len(prefix) - len(suffix)
	var words []string
	var cur strings.Builder
	for _, r := range s {
		var enc strings.Builder
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			switch {
			case c == ' ':
				enc.WriteByte('_')
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
				c == '!', c == '*', c == '+', c == '-', c == '/':
				enc.WriteByte(c)
			default:
				fmt.Fprintf(&enc, "=%02X", c)
			}
		}
		if cur.Len()+enc.Len() > maxText && cur.Len() > 0 {
			words = append(words, prefix+cur.String()+suffix)
			cur.Reset()
		}
		cur.WriteString(enc.String())
	}
	if cur.Len() > 0 || len(words) == 0 {
		words = append(words, prefix+cur.String()+suffix)
	}
	return strings.Join(words, " ")
}

// --- guessing names, companies, roles ---

// draftRoleLocals are local parts (and display-name words) no person
// answers to.
var draftRoleLocals = map[string]bool{
	"noreply": true, "no-reply": true, "no_reply": true, "donotreply": true, "do-not-reply": true,
	"do_not_reply": true, "recruiting": true, "recruitment": true, "recruiter": true, "recruiters": true,
	"careers": true, "career": true, "jobs": true, "job": true, "talent": true, "hr": true, "info": true,
	"team": true, "hello": true, "hi": true, "notifications": true, "notification": true, "notify": true,
	"hiring": true, "people": true, "support": true, "admin": true, "contact": true, "office": true,
	"mail": true, "mailer": true, "mailer-daemon": true, "postmaster": true, "bounce": true, "bounces": true,
	"apply": true, "applications": true, "application": true, "candidates": true, "candidate": true,
	"staffing": true, "inbox": true, "news": true, "updates": true, "alerts": true, "invitations": true,
	"calendar": true, "scheduling": true, "interviews": true, "interview": true, "service": true,
	"sales": true, "help": true, "reply": true, "messages": true, "system": true, "ta": true,
	"talentacquisition": true, "talent-acquisition": true, "acquisition": true, "the": true, "via": true,
	"automated": true, "workday": true, "greenhouse": true, "lever": true, "linkedin": true,
}

var draftTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "sir": true, "madam": true}

var draftCredentials = map[string]bool{"phd": true, "mba": true, "md": true, "jr": true, "sr": true, "ii": true, "iii": true,
	"iv": true, "sphr": true, "phr": true, "shrm-cp": true, "shrm-scp": true, "cpa": true, "pmp": true, "esq": true, "msc": true, "bsc": true}

// FirstName guesses how to greet a: from the display name ("Jane Doe" ->
// Jane; "Doe, Jane" -> Jane), else from a sign-off in signatureText ("Best,
// / Jane"), else from the local part (jane.doe@ -> Jane) unless it is a
// role address (no-reply, recruiting, careers, ...). "" means unknown:
// greet with "Hi there," or "Hello,".
func FirstName(a mailmsg.Address, signatureText string) string {
	if n := draftNameFromDisplay(a); n != "" {
		return n
	}
	if n := draftNameFromSignature(signatureText); n != "" {
		return n
	}
	return draftNameFromLocal(a.Email)
}

func draftNameFromDisplay(a mailmsg.Address) string {
	name := mailmsg.Clean(a.Name)
	if name == "" || strings.Contains(name, "@") {
		return ""
	}
	// "Jane Doe via Greenhouse", "Jane Doe (Acme)", "Jane Doe | Acme"
	lower := strings.ToLower(name)
	if i := strings.Index(lower, " via "); i > 0 {
		name = name[:i]
	}
	if i := strings.IndexAny(name, "(|[/"); i >= 0 {
		name = name[:i]
	}
	name = strings.Trim(name, ` "'`)
	if c := strings.IndexByte(name, ','); c >= 0 {
		before, after := strings.TrimSpace(name[:c]), strings.TrimSpace(name[c+1:])
		first := strings.ToLower(strings.Trim(strings.SplitN(after+" ", " ", 2)[0], "."))
		if after != "" && !draftCredentials[first] {
			name = after // "Doe, Jane"
		} else {
			name = before // "Jane Doe, PhD"
		}
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	company := strings.ToLower(GuessCompany(a))
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if draftRoleLocals[lw] || (company != "" && lw == company) {
			return "" // "Acme Recruiting", "Talent Team", "Acme"
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		if draftTitles[lw] {
			continue
		}
		if n := draftNameWord(w); n != "" {
			return n
		}
		if len([]rune(strings.Trim(w, "."))) == 1 {
			continue // an initial: "J. Robert Smith"
		}
		return ""
	}
	return ""
}

// draftNameWord returns w as a greeting name if it looks like one: letters
// with inner hyphens or apostrophes, at least two letters; ALL CAPS and
// all-lowercase are title-cased.
func draftNameWord(w string) string {
	w = strings.Trim(w, ".,;:!\"'")
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 24 {
		return ""
	}
	letters := 0
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			letters++
		case (r == '-' || r == '\'' || r == '’') && i > 0 && i < len(rs)-1:
		default:
			return ""
		}
	}
	if letters < 2 {
		return ""
	}
	if w == strings.ToUpper(w) || w == strings.ToLower(w) {
		return draftTitleWord(strings.ToLower(w))
	}
	return w
}

// draftTitleWord capitalises the first letter and the letter after each
// hyphen: "anne-marie" -> "Anne-Marie".
func draftTitleWord(w string) string {
	rs := []rune(w)
	up := true
	for i, r := range rs {
		if up {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == '-'
	}
	return string(rs)
}

var draftSignOffs = []string{
	"best", "best regards", "best wishes", "all the best", "regards", "kind regards", "warm regards",
	"warmest regards", "warmly", "sincerely", "thanks", "thank you", "many thanks", "thanks again",
	"thanks so much", "cheers", "talk soon", "speak soon", "take care", "with thanks", "respectfully", "yours",
}

// draftNameFromSignature finds "Best,\nJane Doe" (or "- Jane") in the
// sender's own words, before any quoted part.
func draftNameFromSignature(text string) string {
	if text == "" {
		return ""
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, ">") || (strings.HasPrefix(t, "On ") && strings.HasSuffix(t, "wrote:")) ||
			strings.HasPrefix(t, "-----Original Message") || strings.HasPrefix(t, "From:") {
			break
		}
		// "-Jane" / "– Jane" alone on a line
		for _, dash := range []string{"--", "-", "–", "—"} {
			if rest, ok := strings.CutPrefix(t, dash); ok && rest != "" {
				if w := strings.Fields(rest); len(w) == 1 {
					if n := draftNameWord(w[0]); n != "" && !draftRoleLocals[strings.ToLower(n)] {
						return n
					}
				}
			}
		}
		key := strings.ToLower(strings.TrimRight(t, ",!.;: "))
		isSignOff := false
		for _, s := range draftSignOffs {
			if key == s {
				isSignOff = true
				break
			}
		}
		if !isSignOff {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			next := strings.TrimSpace(lines[j])
			if next == "" {
				continue
			}
			if n := draftNameLine(next); n != "" {
				return n
			}
			break
		}
	}
	return ""
}

// draftNameLine returns the first name of a line that is only a name:
// one to four capitalised name-like words, no role words, not a sign-off.
func draftNameLine(line string) string {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(line, ",!?:;@") {
		return ""
	}
	for _, s := range draftSignOffs {
		if strings.EqualFold(strings.TrimRight(line, ". "), s) {
			return ""
		}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if draftRoleLocals[strings.ToLower(w)] || !unicode.IsUpper(r) {
			return ""
		}
		if draftNameWord(w) == "" && !(len([]rune(strings.Trim(w, "."))) == 1) {
			return ""
		}
	}
	for _, w := range words {
		if n := draftNameWord(w); n != "" && !draftTitles[strings.ToLower(n)] {
			return n
		}
	}
	return ""
}

// draftConsonantOnsets are two-consonant starts common in first names;
// "jdoe" (an initial glued to a surname) is not a name.
var draftConsonantOnsets = map[string]bool{
	"bl": true, "br": true, "ch": true, "cl": true, "cr": true, "dr": true, "dw": true, "fl": true,
	"fr": true, "gl": true, "gr": true, "gw": true, "kh": true, "kl": true, "kr": true, "ph": true,
	"pl": true, "pr": true, "rh": true, "sc": true, "sh": true, "sk": true, "sl": true, "sm": true,
	"sn": true, "sp": true, "st": true, "sv": true, "sw": true, "th": true, "tr": true, "tw": true,
	"wh": true, "wr": true, "zh": true, "dh": true, "bh": true, "gh": true, "jh": true, "sr": true,
}

func draftNameFromLocal(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at <= 0 {
		return ""
	}
	local := strings.ToLower(email[:at])
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	squashed := strings.NewReplacer("-", "", "_", "", ".", "").Replace(local)
	if draftRoleLocals[local] || draftRoleLocals[squashed] || strings.Contains(squashed, "noreply") ||
		strings.Contains(squashed, "donotreply") {
		return ""
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) == 0 || draftRoleLocals[parts[0]] {
		return ""
	}
	first := parts[0]
	for _, r := range first {
		if r < 'a' || r > 'z' {
			return "" // digits, non-ASCII: unsure
		}
	}
	if len(first) < 2 || len(first) > 12 || !strings.ContainsAny(first, "aeiouy") {
		return ""
	}
	if len(parts) == 1 {
		// No separator: "jane" is a name, "jdoe" is not.
		if len(first) < 3 {
			return ""
		}
		v0, v1 := strings.IndexByte("aeiouy", first[0]) >= 0, strings.IndexByte("aeiouy", first[1]) >= 0
		if !v0 && !v1 && !draftConsonantOnsets[first[:2]] {
			return ""
		}
	}
	return draftTitleWord(first)
}

var draftCompanyNoise = map[string]bool{
	"hq": true, "inc": true, "llc": true, "ltd": true, "gmbh": true, "mail": true, "email": true,
	"jobs": true, "careers": true, "recruiting": true, "talent": true, "team": true, "corp.": true,
}

// GuessCompany guesses the employer from the domain: acme-corp.com ->
// "Acme Corp", jobs.acme.co.uk -> "Acme". Applicant-tracking systems,
// scheduling tools, bulk senders and free mail give "".
func GuessCompany(a mailmsg.Address) string {
	domain := strings.TrimSuffix(mailmsg.Domain(mailmsg.Clean(a.Email)), ".")
	if domain == "" {
		return ""
	}
	if classifier.IsPlatformDomain(domain) || classifier.IsFreeMail(domain) {
		return ""
	}
	label := classifier.OrgLabel(domain)
	if label == "" {
		return ""
	}
	if strings.HasPrefix(label, "xn--") {
		return ""
	}
	var words []string
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' }) {
		if draftCompanyNoise[w] {
			continue
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				return "" // not a plain ASCII label
			}
		}
		words = append(words, draftTitleWord(w))
	}
	return strings.Join(words, " ")
}

// draftRoleNouns are the words a job title ends on or contains.
var draftRoleNouns = map[string]bool{
	"engineer": true, "developer": true, "programmer": true, "architect": true, "manager": true,
	"director": true, "designer": true, "analyst": true, "scientist": true, "researcher": true,
	"consultant": true, "specialist": true, "coordinator": true, "administrator": true, "intern": true,
	"internship": true, "associate": true, "assistant": true, "lead": true, "officer": true, "head": true,
	"vp": true, "president": true, "executive": true, "representative": true, "recruiter": true,
	"writer": true, "editor": true, "accountant": true, "attorney": true, "counsel": true, "lawyer": true,
	"nurse": true, "technician": true, "operator": true, "strategist": true, "marketer": true,
	"planner": true, "producer": true, "sre": true, "devops": true, "tester": true, "qa": true,
	"advocate": true, "evangelist": true, "owner": true, "partner": true, "principal": true, "fellow": true,
	"teacher": true, "instructor": true, "professor": true, "lecturer": true, "postdoc": true, "buyer": true,
	"controller": true, "auditor": true, "economist": true, "statistician": true, "physician": true,
	"pharmacist": true, "therapist": true, "agent": true, "clerk": true, "secretary": true, "chef": true,
	"mechanic": true, "electrician": true, "generalist": true, "trainer": true, "cto": true, "ceo": true,
	"cfo": true, "coo": true, "cio": true, "ciso": true, "swe": true, "sde": true, "pm": true,
	"copywriter": true, "illustrator": true, "animator": true, "photographer": true, "paralegal": true,
	"supervisor": true, "estimator": true, "scrum": true, "master": true, "staff": true, "member": true,
	"apprentice": true, "trainee": true, "graduate": true, "investigator": true, "biologist": true,
	"chemist": true, "physicist": true, "mathematician": true, "librarian": true, "curator": true,
}

var (
	draftRoleAfterFor = regexp.MustCompile(`(?i)\b(?:for|as)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(.+)$`)
	draftRoleParens   = regexp.MustCompile(`[(\[]([^()\[\]]*)[)\]]`)
	draftRoleSplit    = regexp.MustCompile(`(?i)\s+(?:at|with|@|in|on|from|-|–|—|\|)\s+|[:,;|]\s*|\s+[-–—]|[-–—]\s+`)
	draftRoleLead     = regexp.MustCompile(`(?i)^(?:re|fwd?|invitation|updated invitation|interview|interviews|application|your application|job application|next steps|phone screen|screening|onsite|on-site|opportunity|position|role|opening|job|regarding|following up on|follow up on|update on)\b\s*`)
	draftRoleTail     = regexp.MustCompile(`(?i)\s+(?:interview|interviews|position|role|opening|job|application|opportunity|vacancy|req|requisition)$`)
	draftRoleArticle  = regexp.MustCompile(`(?i)^.*\b(?:the|a|an|our|your)\s+`)
)

// GuessRole picks the job title out of a subject: "Interview for Senior
// Backend Engineer at Acme" -> "Senior Backend Engineer". It returns ""
// when no candidate contains a job-title word.
func GuessRole(subject string) string {
	s := strings.TrimPrefix(mailmsg.ReplySubject(subject), "Re: ")
	if s == "(no subject)" {
		return ""
	}
	var candidates []string
	var parens []string
	for _, m := range draftRoleParens.FindAllStringSubmatch(s, -1) {
		parens = append(parens, m[1])
	}
	plain := strings.Join(strings.Fields(draftRoleParens.ReplaceAllString(s, " ")), " ")
	if m := draftRoleAfterFor.FindStringSubmatch(plain); m != nil {
		candidates = append(candidates, draftRoleSplit.Split(m[1], 2)[0])
	}
	candidates = append(candidates, draftRoleSplit.Split(plain, -1)...)
	candidates = append(candidates, parens...)
	for _, c := range candidates {
		if r := draftRoleCandidate(c); r != "" {
			return r
		}
	}
	return ""
}

func draftRoleCandidate(c string) string {
	c = strings.Trim(strings.TrimSpace(c), `"'.!?#*`)
	for {
		n := strings.TrimSpace(draftRoleLead.ReplaceAllString(c, ""))
		n = strings.TrimSpace(draftRoleTail.ReplaceAllString(n, ""))
		if n == c {
			break
		}
		c = n
	}
	c = strings.TrimSpace(draftRoleArticle.ReplaceAllString(c, ""))
	words := strings.Fields(c)
	if len(words) == 0 || len(words) > 7 || len(c) > 70 || strings.ContainsAny(c, "@?!") {
		return ""
	}
	hasNoun := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,()/"))
		switch lw {
		case "you", "your", "we", "our", "us", "thank", "thanks", "i", "my", "me":
			return ""
		}
		for _, part := range strings.Split(lw, "/") {
			if draftRoleNouns[part] {
				hasNoun = true
			}
		}
	}
	if !hasNoun {
		return ""
	}
	return c
}
