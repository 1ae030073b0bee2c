package classifier

// Guessing, for the greeting and the text of a draft, whom a message is
// from (a first name), for which employer (from the domain) and for which
// job (from the subject), with the classifier's word lists: the no-reply
// rule is IsNoReply and the ATS and platform domains are senders.go's, the
// job-title words lexicon.go's titleWords.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// roleWords are local parts (and display-name words) of a team rather
// than a person: "Acme Recruiting", careers@, talent-acquisition@. With
// the no-reply words (IsNoReply) they are what isRoleWord refuses as a
// name.
var roleWords = map[string]bool{
	"recruiting": true, "recruitment": true, "recruiter": true, "recruiters": true,
	"careers": true, "career": true, "jobs": true, "job": true, "talent": true, "hr": true, "info": true,
	"team": true, "hello": true, "hi": true,
	"hiring": true, "people": true, "support": true, "admin": true, "contact": true, "office": true,
	"mail":  true,
	"apply": true, "applications": true, "application": true, "candidates": true, "candidate": true,
	"staffing": true, "inbox": true, "news": true, "updates": true, "invitations": true,
	"calendar": true, "scheduling": true, "interviews": true, "interview": true, "service": true,
	"sales": true, "help": true, "reply": true, "messages": true, "system": true, "ta": true,
	"talentacquisition": true, "talent-acquisition": true, "acquisition": true, "the": true, "via": true,
	"automated": true, "workday": true, "greenhouse": true, "lever": true, "linkedin": true,
}

// isRoleWord reports whether w, a lower-case local part or display-name
// word, names no person: a team's word or a no-reply one.
func isRoleWord(w string) bool { return roleWords[w] || isNoReplyLocal(w) }

// honorifics are titles before a name in the display names hearback
// reads, in its languages and of the clergy: "Herr Thomas Müller" greets
// Thomas, never "Herr", and "The Revd Dr Philippa Grant" Philippa.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "sir": true, "madam": true,
	"professor": true, "dame": true,
	"herr": true, "frau": true, "mme": true, "mlle": true, "madame": true, "monsieur": true, "dott": true, "dott.ssa": true,
	"dr.ssa": true, "ing": true, "avv": true, "sig": true, "sig.ra": true, "sra": true, "srta": true, "dra": true, "dhr": true,
	"mevr": true, "eng": true, "sr": true,
	"rev": true, "revd": true, "reverend": true, "rabbi": true, "imam": true, "pastor": true, "father": true, "fr": true,
	"sister": true, "brother": true, "canon": true, "bishop": true}

// withoutLeadingThe drops the article of "The Revd Dr Philippa Grant",
// which belongs to the title, not to the name.
func withoutLeadingThe(words []string) []string {
	if len(words) > 1 && strings.EqualFold(words[0], "the") && honorifics[strings.ToLower(strings.Trim(words[1], "."))] {
		return words[1:]
	}
	return words
}

var credentials = map[string]bool{"phd": true, "mba": true, "md": true, "jr": true, "sr": true, "ii": true, "iii": true,
	"iv": true, "sphr": true, "phr": true, "shrm-cp": true, "shrm-scp": true, "cpa": true, "pmp": true, "esq": true, "msc": true, "bsc": true}

// GuessFirstName guesses how to greet a: from the display name ("Jane Doe" ->
// Jane; "Doe, Jane" -> Jane), else from a sign-off in signatureText ("Best,
// / Jane"), else from the local part (jane.doe@ -> Jane) unless it is a
// role address (no-reply, recruiting, careers, ...). "" means unknown:
// greet with "Hi there," or "Hello,".
func GuessFirstName(a mailmsg.Address, signatureText string) string {
	if n := nameFromDisplay(a); n != "" {
		return n
	}
	if n := nameFromSignature(signatureText); n != "" {
		return n
	}
	return nameFromLocal(a.Email)
}

func nameFromDisplay(a mailmsg.Address) string {
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
		if after != "" && !credentials[first] {
			name = after // "Doe, Jane"
		} else {
			name = before // "Jane Doe, PhD"
		}
	}
	words := withoutLeadingThe(strings.Fields(name))
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	company := strings.ToLower(GuessCompany(a))
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if isRoleWord(lw) || (company != "" && lw == company) {
			return "" // "Acme Recruiting", "Talent Team", "Acme"
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		if honorifics[lw] {
			continue
		}
		if n := nameWord(w); n != "" {
			return n
		}
		if len([]rune(strings.Trim(w, "."))) == 1 {
			continue // an initial: "J. Robert Smith"
		}
		return ""
	}
	return ""
}

// nameWord returns w as a greeting name if it looks like one: letters
// with inner hyphens or apostrophes, at least two letters; ALL CAPS and
// all-lowercase are title-cased.
func nameWord(w string) string {
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
		return titleCase(strings.ToLower(w))
	}
	return w
}

// titleCase capitalises the first letter and the letter after each
// hyphen: "anne-marie" -> "Anne-Marie".
func titleCase(w string) string {
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

var signOffs = []string{
	"best", "best regards", "best wishes", "all the best", "regards", "kind regards", "warm regards",
	"warmest regards", "warmly", "sincerely", "thanks", "thank you", "many thanks", "thanks again",
	"thanks so much", "cheers", "talk soon", "speak soon", "take care", "with thanks", "respectfully", "yours",
}

// nameFromSignature finds "Best,\nJane Doe" (or "- Jane") in the
// sender's own words, before any quoted part.
func nameFromSignature(text string) string {
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
					if n := nameWord(w[0]); n != "" && !isRoleWord(strings.ToLower(n)) {
						return n
					}
				}
			}
		}
		if !isSignOff(strings.ToLower(strings.TrimRight(t, ",!.;: "))) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			next := strings.TrimSpace(lines[j])
			if next == "" {
				continue
			}
			if n := nameLine(next); n != "" {
				return n
			}
			break
		}
	}
	return ""
}

// nameLine returns the first name of a line that is only a name:
// one to four capitalised name-like words, no role words, not a sign-off.
func nameLine(line string) string {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(line, ",!?:;@") {
		return ""
	}
	for _, s := range signOffs {
		if strings.EqualFold(strings.TrimRight(line, ". "), s) {
			return ""
		}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if isRoleWord(strings.ToLower(w)) || !unicode.IsUpper(r) {
			return ""
		}
		if nameWord(w) == "" && !(len([]rune(strings.Trim(w, "."))) == 1) {
			return ""
		}
	}
	for _, w := range words {
		if n := nameWord(w); n != "" && !honorifics[strings.ToLower(n)] {
			return n
		}
	}
	return ""
}

// consonantOnsets are two-consonant starts common in first names;
// "jdoe" (an initial glued to a surname) is not a name.
var consonantOnsets = map[string]bool{
	"bl": true, "br": true, "ch": true, "cl": true, "cr": true, "dr": true, "dw": true, "fl": true,
	"fr": true, "gl": true, "gr": true, "gw": true, "kh": true, "kl": true, "kr": true, "ph": true,
	"pl": true, "pr": true, "rh": true, "sc": true, "sh": true, "sk": true, "sl": true, "sm": true,
	"sn": true, "sp": true, "st": true, "sv": true, "sw": true, "th": true, "tr": true, "tw": true,
	"wh": true, "wr": true, "zh": true, "dh": true, "bh": true, "gh": true, "jh": true, "sr": true,
}

func nameFromLocal(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at <= 0 {
		return ""
	}
	local := strings.ToLower(email[:at])
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	squashed := strings.NewReplacer("-", "", "_", "", ".", "").Replace(local)
	if isRoleWord(local) || roleWords[squashed] {
		return ""
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) == 0 || isRoleWord(parts[0]) {
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
		if !v0 && !v1 && !consonantOnsets[first[:2]] {
			return ""
		}
	}
	return titleCase(first)
}

var companyNoise = map[string]bool{
	"hq": true, "inc": true, "llc": true, "ltd": true, "gmbh": true, "mail": true, "email": true,
	"jobs": true, "careers": true, "recruiting": true, "talent": true, "team": true, "corp.": true,
	"ag": true, "se": true, "kg": true, "sa": true, "sas": true, "sarl": true, "sl": true, "bv": true, "nv": true,
	"plc": true, "llp": true, "spa": true, "srl": true,
}

// GuessCompany guesses the employer from the domain: acme-corp.com ->
// "Acme Corp", jobs.acme.co.uk -> "Acme". Applicant-tracking systems,
// scheduling tools, bulk senders and free mail give "".
func GuessCompany(a mailmsg.Address) string {
	domain := strings.TrimSuffix(mailmsg.Domain(mailmsg.Clean(a.Email)), ".")
	if domain == "" {
		return ""
	}
	if IsPlatformDomain(domain) || IsFreeMail(domain) {
		return ""
	}
	label := OrgLabel(domain)
	if label == "" {
		return ""
	}
	if strings.HasPrefix(label, "xn--") {
		return ""
	}
	var words []string
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' }) {
		if companyNoise[w] {
			continue
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				return "" // not a plain ASCII label
			}
		}
		words = append(words, titleCase(w))
	}
	if len(words) == 1 && len(words[0]) <= 3 {
		return strings.ToUpper(words[0]) // tcs.com -> TCS, n26.com -> N26
	}
	return strings.Join(words, " ")
}

// roleTitles are the words GuessRole takes for a job title: titleWords
// that are roles, without the classifier's "*".
var roleTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range [][]string{titleWords.both, titleWords.roleOnly} {
		for _, w := range l {
			m[strings.TrimSuffix(w, "*")] = true
		}
	}
	return m
}()

var (
	roleAfterFor = regexp.MustCompile(`(?i)(?:\b(?:for|as|als|pour le poste de|au poste de|poste de|puesto de|para el puesto de|como)\s+|\bposte d['’]\s*)(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(.+)$`)
	roleParens   = regexp.MustCompile(`[(\[]([^()\[\]]*)[)\]]`)
	roleSplit    = regexp.MustCompile(`(?i)\s+(?:at|with|@|in|im|on|from|bei|chez|à|en|-|–|—|\|)\s+|[:,;|·•]\s*|\s+[-–—]|[-–—]\s+`)
	roleLead     = regexp.MustCompile(`(?i)^(?:re|fwd?|invitation|updated invitation|interview|interviews|application|your application|job application|next steps|phone screen|screening|onsite|on-site|opportunity|position|role|opening|job|regarding|following up on|follow up on|update on|` +
		`ihre bewerbung|bewerbung|stelle|einladung zum vorstellungsgespräch|einladung zum interview|vorstellungsgespräch|` +
		`votre candidature|candidature|entretien|poste|offre|tu candidatura|su candidatura|candidatura|entrevista|puesto|oferta)\b\s*`)
	roleTail    = regexp.MustCompile(`(?i)\s+(?:interview|interviews|position|role|opening|job|application|opportunity|vacancy|req|requisition|search|remote|hybrid|full-time|part-time|vollzeit|teilzeit|cdi|cdd)$`)
	roleArticle = regexp.MustCompile(`(?i)^.*\b(?:the|a|an|our|your)\s+`)
)

// GuessRole picks the job title out of a subject: "Interview for Senior
// Backend Engineer at Acme" -> "Senior Backend Engineer", "Bewerbung als
// Backend Engineer (m/w/d) – Fahrwerk GmbH" -> "Backend Engineer". The
// subject is cleaned first (CleanSubject). It returns "" when no
// candidate contains a job-title word.
func GuessRole(subject string) string {
	s := CleanSubject(subject)
	if s == "" || s == "(no subject)" {
		return ""
	}
	var candidates []string
	var parens []string
	for _, m := range roleParens.FindAllStringSubmatch(s, -1) {
		parens = append(parens, m[1])
	}
	plain := strings.Join(strings.Fields(roleParens.ReplaceAllString(s, " ")), " ")
	if m := roleAfterFor.FindStringSubmatch(plain); m != nil {
		candidates = append(candidates, roleSplit.Split(m[1], 2)[0])
	}
	candidates = append(candidates, roleSplit.Split(plain, -1)...)
	candidates = append(candidates, parens...)
	for _, c := range candidates {
		if r := roleCandidate(c); r != "" {
			return r
		}
	}
	return ""
}

func roleCandidate(c string) string {
	c = strings.Trim(strings.TrimSpace(c), `"'.!?#*`)
	for {
		n := strings.TrimSpace(roleLead.ReplaceAllString(c, ""))
		n = strings.TrimSpace(roleTail.ReplaceAllString(n, ""))
		if n == c {
			break
		}
		c = n
	}
	c = strings.TrimSpace(roleArticle.ReplaceAllString(c, ""))
	words := strings.Fields(c)
	if len(words) == 0 || len(words) > 7 || len(c) > 70 || strings.ContainsAny(c, "@?!") {
		return ""
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, ".,()/")) {
		case "you", "your", "we", "our", "us", "thank", "thanks", "i", "my", "me", "ihre", "ihr", "sie", "votre", "vous", "su", "tu":
			return ""
		}
	}
	if !hasTitleWord(c) {
		return ""
	}
	return c
}

// IsRoleAddress reports whether email is a team's or a machine's rather
// than a person's (jobs@, talent@, careers@, recruiting@, no-reply@): a
// draft never greets it by a name it makes up from the address.
func IsRoleAddress(email string) bool {
	at := strings.LastIndexByte(email, '@')
	if at <= 0 {
		return false
	}
	local := strings.ToLower(email[:at])
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	if isRoleWord(local) || IsNoReply(email) {
		return true
	}
	squashed := strings.NewReplacer("-", "", "_", "", ".", "").Replace(local)
	if roleWords[squashed] {
		return true
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	for _, p := range parts {
		if !isRoleWord(p) && !companyNoise[p] && OrgLabel(mailmsg.Domain(email)) != p {
			return false
		}
	}
	return len(parts) > 0
}

// surnameParticles, written in lower case inside a full name, stay so:
// "Jan de Vries", "Ludwig van Beethoven", "Ana dos Santos".
var surnameParticles = map[string]bool{"de": true, "van": true, "der": true, "den": true, "von": true, "zu": true,
	"da": true, "di": true, "del": true, "della": true, "dos": true, "das": true, "do": true, "du": true, "le": true,
	"la": true, "ten": true, "ter": true, "y": true, "e": true}

// GuessFullName is a's name as a greeting spells it out in full
// ("Guten Tag Zoë Müller"): the display name's first name and surname,
// "Doe, Jane" as "Jane Doe", without honorifics and credentials; "" when
// the display name is not a person's first name and surname.
func GuessFullName(a mailmsg.Address) string {
	first := nameFromDisplay(a)
	if first == "" {
		return ""
	}
	name := mailmsg.Clean(a.Name)
	if i := strings.Index(strings.ToLower(name), " via "); i > 0 {
		name = name[:i]
	}
	if i := strings.IndexAny(name, "(|[/"); i >= 0 {
		name = name[:i]
	}
	name = strings.Trim(name, ` "'`)
	if c := strings.IndexByte(name, ','); c >= 0 {
		before, after := strings.TrimSpace(name[:c]), strings.TrimSpace(name[c+1:])
		w := strings.ToLower(strings.Trim(strings.SplitN(after+" ", " ", 2)[0], "."))
		if after != "" && !credentials[w] {
			name = after + " " + before
		} else {
			name = before
		}
	}
	var words []string
	for _, w := range withoutLeadingThe(strings.Fields(name)) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if honorifics[lw] || credentials[lw] {
			continue
		}
		if len(words) > 0 && surnameParticles[w] {
			words = append(words, w) // "Jan de Vries", never "Jan De Vries"
			continue
		}
		if nameWord(w) == "" {
			return ""
		}
		words = append(words, nameWord(w))
	}
	if len(words) < 2 || len(words) > 4 || words[0] != first {
		return ""
	}
	return strings.Join(words, " ")
}

// greetingRE opens a greeting line ("Hi Lena and Raj,", "Hallo
// zusammen", "Bonjour Camille", "Hola, Lucía:", "Hej Lena och Raj,").
var greetingRE = regexp.MustCompile(`(?i)^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe|lieber|guten (?:tag|morgen)|servus|moin|` +
	`bonjour|salut|chère|cher|hola|buenos días|buenas tardes|estimad[oa]s?|querid[oa]s?|` +
	`hej|hei|hallå|kära|kære|kjære|bästa|goddag|god dag|god morgon|god morgen)\b[\s,]*`)

// AddressedNames are the first names a text's greeting line greets: "Hi
// Lena and Raj," -> [Lena Raj]; "Hallo zusammen" and a line that is no
// greeting give none.
func AddressedNames(text string) []string {
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		m := greetingRE.FindStringIndex(l)
		if m == nil {
			return nil
		}
		// "Hi Lena, Raj and Ana," as a list; "Hi Lena, thanks for ..." as
		// far as the first comma.
		rest := strings.TrimRight(l[m[1]:], " ,:!")
		if names := nameList(rest); names != nil {
			return names
		}
		if i := strings.IndexAny(rest, ",:!"); i >= 0 {
			rest = rest[:i]
		}
		return nameList(rest)
	}
	return nil
}

// SignedNames are the names under a text's sign-off: "Best,\nLena & Raj"
// -> [Lena Raj]; "Viele Grüße\nZoë" -> [Zoë].
func SignedNames(text string) []string {
	lines := strings.Split(strings.ReplaceAll(mailmsg.StripQuoted(text), "\r\n", "\n"), "\n")
	for i, l := range lines {
		key := strings.ToLower(strings.TrimRight(strings.TrimSpace(l), ",!.;: "))
		if !isSignOff(key) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			next := strings.TrimSpace(lines[j])
			if next == "" {
				continue
			}
			if names := nameList(next); names != nil {
				return names
			}
			break
		}
	}
	return nil
}

var moreSignOffs = []string{"viele grüße", "beste grüße", "liebe grüße", "mit freundlichen grüßen", "freundliche grüße", "lg", "vg",
	"cordialement", "bien cordialement", "bien à vous", "belle journée", "à bientôt", "merci", "bonne journée",
	"saludos", "un saludo", "atentamente", "un abrazo", "gracias", "saludos cordiales",
	"vänliga hälsningar", "med vänliga hälsningar", "vänlig hälsning", "med vänlig hälsning", "hälsningar",
	"bästa hälsningar", "varma hälsningar", "många hälsningar", "hälsning", "venlig hilsen", "med venlig hilsen",
	"venlige hilsner", "de bedste hilsner", "bedste hilsner", "mange hilsner", "vennlig hilsen", "med vennlig hilsen",
	"vennlige hilsener", "beste hilsen", "mange hilsener", "hilsen", "mvh"}

func isSignOff(key string) bool {
	for _, s := range signOffs {
		if key == s {
			return true
		}
	}
	for _, s := range moreSignOffs {
		if key == s {
			return true
		}
	}
	return false
}

// nameList reads "Lena and Raj", "Lena, Raj & Ana", "Lena und Raj", "Lena och Raj" as
// first names; anything that is not a list of names gives none.
func nameList(s string) []string {
	s = strings.NewReplacer(" and ", ",", " und ", ",", " et ", ",", " y ", ",", " e ", ",", " och ", ",", " og ", ",", "&", ",",
		"/", ",").Replace(" " + s + " ")
	var out []string
	for _, part := range strings.Split(s, ",") {
		words := strings.Fields(part)
		if len(words) == 0 {
			continue
		}
		if len(words) > 3 {
			return nil
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if nameWord(w) == "" || !unicode.IsUpper(r) || isRoleWord(strings.ToLower(nameWord(w))) || isSignOff(strings.ToLower(w)) {
				return nil
			}
		}
		n := nameWord(words[0])
		if honorifics[strings.ToLower(n)] {
			return nil
		}
		out = append(out, n)
	}
	return out
}
