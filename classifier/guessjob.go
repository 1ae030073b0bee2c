package classifier

// Guessing, for the text of a draft, which employer a thread is about and
// for which job: the company the job is at (named in the subject or the
// text when a recruiting agency or an applicant-tracking system writes,
// else the sender's organisation), never the agency's own name, and the
// job title without the company's name or the subject's decoration. When
// the clues disagree, nothing: a draft then says "the role" rather than a
// wrong name.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// JobClues is what GuessJob reads of a thread.
type JobClues struct {
	// Subject is the thread's subject (its first message's).
	Subject string
	// Senders are the other side's addresses (From, Reply-To), the
	// counterpart first.
	Senders []mailmsg.Address
	// Texts are the messages' own words (theirs and mine), newest first.
	Texts []string
	// Mine[i] tells that Texts[i] is the user's: what the user says of an
	// employer ("I work at ...") is no clue to the job's.
	Mine []bool
}

// Job is an employer and a job title, each "" when unknown or unsure.
type Job struct {
	Company string // "Helix Pay", without legal form ("GmbH", "Ltd")
	Role    string // "Senior Backend Engineer", without the company
}

// GuessJob guesses the employer and the job of a thread.
func GuessJob(c JobClues) Job {
	subject := CleanSubject(c.Subject)
	people := personWords(c.Senders)
	agency, agencyNames := agencyOf(c)

	var orgs []string // the senders' organisations: employers, unless an agency
	for _, a := range c.Senders {
		if o := senderOrg(a); o != "" && !agencyNames.has(o) && !containsFold(orgs, o) {
			orgs = append(orgs, o)
		}
	}
	if agency {
		orgs = nil
	}

	bad := func(name string) bool {
		return name == "" || agencyNames.has(name) || people[strings.ToLower(name)] || hasTitleWord(name)
	}
	var fromSubject []string
	for _, n := range subjectCompanies(subject, orgs) {
		if !bad(n) {
			fromSubject = append(fromSubject, n)
		}
	}
	counts := map[string]int{} // weight of the evidence for each
	var fromText []string
	for i, t := range c.Texts {
		mine := i < len(c.Mine) && c.Mine[i]
		for _, n := range textCompanies(t, mine) {
			if bad(n.name) {
				continue
			}
			k := companyKey(n.name)
			if counts[k] == 0 {
				fromText = append(fromText, n.name)
			}
			counts[k] += n.weight
		}
	}

	company := pickCompany(fromSubject, fromText, counts, orgs)
	role := GuessRole(subject)
	if role == "" {
		for _, t := range c.Texts {
			if role = textRole(t); role != "" {
				break
			}
		}
	}
	drop := append([]string{company}, orgs...)
	drop = append(drop, agencyNames...)
	role = withoutNames(role, drop)
	return Job{Company: company, Role: role}
}

// pickCompany chooses among the candidates: one the sender's organisation
// confirms (in the text's spelling, "Vandelay Industries" for
// vandelay.com), else the subject's, else the text's best attested one
// (counts), else the sender's organisation; "" when the text names two
// equally.
func pickCompany(fromSubject, fromText []string, counts map[string]int, orgs []string) string {
	for _, list := range [][]string{fromSubject, fromText} {
		for _, n := range list {
			for _, o := range orgs {
				if sameCompany(n, o) {
					return n
				}
			}
		}
	}
	if len(fromSubject) > 0 {
		return fromSubject[0]
	}
	if len(fromText) > 0 {
		best, tie := fromText[0], false
		for _, n := range fromText[1:] {
			switch c, b := counts[companyKey(n)], counts[companyKey(best)]; {
			case c > b:
				best, tie = n, false
			case c == b:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return best
	}
	if len(orgs) > 0 {
		return orgs[0]
	}
	return ""
}

// senderOrg is the employer an address speaks for: its domain's
// organisation (GuessCompany), or for a platform's or a team's address the
// company in its display name ("Vandelay Recruiting", "Talent Team at
// Acme"); "" for free mail or a person's name on a platform.
func senderOrg(a mailmsg.Address) string {
	if o := GuessCompany(a); o != "" {
		return o
	}
	dom := mailmsg.Domain(a.Email)
	if !IsPlatformDomain(dom) {
		return ""
	}
	return teamName(a.Name)
}

// teamName is the company in a team's display name: "Vandelay Industries
// Recruiting" -> "Vandelay Industries", "Talent Team at Acme" -> "Acme",
// "Acme GmbH" -> "Acme"; "" for a person's name.
func teamName(name string) string {
	name = mailmsg.Clean(name)
	lower := strings.ToLower(name)
	if i := strings.Index(lower, " via "); i > 0 {
		name, lower = name[:i], lower[:i]
	}
	if i := strings.IndexAny(name, "(|"); i >= 0 {
		name = name[:i]
	}
	if i := strings.Index(lower, " at "); i > 0 {
		if isRoleWords(name[:i]) {
			return cleanCompany(name[i+4:])
		}
		return ""
	}
	if _, form := stripLegalForm(name); form {
		return cleanCompany(name)
	}
	words := strings.Fields(name)
	n := len(words)
	for n > 0 && isRoleWord(strings.ToLower(strings.Trim(words[n-1], ".,"))) {
		n--
	}
	if n == len(words) || n == 0 {
		return "" // a person, or only role words
	}
	return cleanCompany(strings.Join(words[:n], " "))
}

func isRoleWords(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for _, w := range ws {
		if !isRoleWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// agencyOf tells whether a recruiting agency writes (by its domain, its
// name, or its words: "my client", "unser Kunde", "notre client"), and the
// names of the agencies among the senders, which are never the employer.
func agencyOf(c JobClues) (bool, companyNames) {
	var ns companyNames
	agency := false
	byText := false
	for i, t := range c.Texts {
		if i < len(c.Mine) && c.Mine[i] {
			continue
		}
		if agencyTextRE.MatchString(t) {
			byText = true
		}
	}
	for _, a := range c.Senders {
		label := OrgLabel(mailmsg.Domain(a.Email))
		if label == "" || IsFreeMail(mailmsg.Domain(a.Email)) || IsPlatformDomain(mailmsg.Domain(a.Email)) {
			continue
		}
		// "Acme Recruiting <recruiting@acme.com>" is Acme's own team.
		ownTeam := sameCompany(teamName(a.Name), GuessCompany(a))
		if byText || isAgencyLabel(label) || (agencyNameRE.MatchString(a.Name) && !ownTeam) {
			agency = true
			ns = append(ns, GuessCompany(a), label)
			if n := teamName(a.Name); n != "" {
				ns = append(ns, n)
			}
			// "Tom Archer | Talentbridge": the part after the bar.
			if i := strings.IndexAny(a.Name, "|("); i >= 0 {
				ns = append(ns, cleanCompany(strings.Trim(a.Name[i+1:], " )")))
			}
		}
	}
	return agency, ns
}

// companyNames is a set of company names, compared by companyKey.
type companyNames []string

func (ns companyNames) has(n string) bool {
	for _, x := range ns {
		if x != "" && sameCompany(x, n) {
			return true
		}
	}
	return false
}

var (
	agencyTextRE = regexp.MustCompile(`(?i)\b(?:my|our) client\b|\bon behalf of\b|\brecruit(?:ment|ing) (?:agency|firm|partner)\b|\bsearch firm\b|` +
		`\bheadhunt|\bunse?r(?:em|en)? (?:kunden?|mandanten?)\b|\bim auftrag\b|\bpersonalberatung|\bpersonaldienstleist|` +
		`\bnotre client\b|\bpour le compte de\b|\bcabinet de recrutement\b|\bnuestro cliente\b|\ben nombre de\b|\bconsultora de selecci`)
	agencyNameRE = regexp.MustCompile(`(?i)\b(?:recruit\w*|staffing|headhunt\w*|personalberatung|executive search|talent partners)\b`)
)

// agencyLabels are recruiting agencies by the label of their domain;
// agencyMarkers are words that make a domain's label one.
var (
	agencyLabels = map[string]bool{
		"hays": true, "michaelpage": true, "pagepersonnel": true, "pagegroup": true, "roberthalf": true,
		"randstad": true, "adecco": true, "manpower": true, "manpowergroup": true, "kellyservices": true,
		"robertwalters": true, "walters-people": true, "harveynash": true, "experis": true, "modis": true,
		"akkodis": true, "kornferry": true, "spencerstuart": true, "heidrick": true, "egonzehnder": true,
		"hudson": true, "allegisgroup": true, "teksystems": true, "aerotek": true, "insightglobal": true,
		"cybercoders": true, "nigelfrank": true, "jeffersonfrank": true, "frankgroup": true,
		"computerfutures": true, "sthree": true, "realstaffing": true, "progressiverecruitment": true,
		"gulp": true, "etengo": true, "expectra": true, "lhh": true, "spring-professional": true,
		"huxley": true, "oliverjames": true, "hirewell": true,
	}
	agencyMarkers = []string{"recruit", "staffing", "talent", "headhunt", "personalberatung", "search", "hunters", "executive"}
)

func isAgencyLabel(label string) bool {
	if agencyLabels[label] {
		return true
	}
	for _, m := range agencyMarkers {
		if strings.Contains(label, m) {
			return true
		}
	}
	return false
}

// personWords are the names of the people who wrote (their display
// names' words, lower-cased): "Interview with Jane Doe" names no company.
func personWords(senders []mailmsg.Address) map[string]bool {
	out := map[string]bool{}
	for _, a := range senders {
		if teamName(a.Name) != "" {
			continue
		}
		// On a platform's address a name without "via" is the employer's
		// ("Globex <no-reply@smartrecruiters.com>"), not a person's.
		if IsPlatformDomain(mailmsg.Domain(a.Email)) && !strings.Contains(strings.ToLower(a.Name), "via ") {
			continue
		}
		n := nameFromDisplay(a)
		if n == "" {
			continue
		}
		full := strings.TrimSpace(strings.Split(strings.Split(mailmsg.Clean(a.Name), "(")[0], "|")[0])
		out[strings.ToLower(full)] = true
		for _, w := range strings.Fields(full) {
			out[strings.ToLower(strings.Trim(w, ",."))] = true
		}
	}
	return out
}

// CleanSubject strips a subject of what is not its topic: reply, forward
// and calendar prefixes ("Re:", "AW:", "Fwd:", "Invitation:"), a calendar
// tool's date and address ("@ Wed Apr 7, 2027 2pm - 3pm (EDT)
// (alex@example.com)"), reference numbers ("Ref: 4411", "#R-10234",
// "JR-2031"), gender markers ("(m/w/d)", "(H/F)") and tags ("[External]").
func CleanSubject(s string) string {
	s = mailmsg.Clean(s)
	for {
		t := strings.TrimSpace(subjectPrefixRE.ReplaceAllString(s, ""))
		if t == s {
			break
		}
		s = t
	}
	s = calendarTailRE.ReplaceAllString(s, "")
	s = emailParenRE.ReplaceAllString(s, "")
	s = genderRE.ReplaceAllString(s, " ")
	s = refRE.ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " -–—|·:,;")
	return s
}

var (
	subjectPrefixRE = regexp.MustCompile(`(?i)^\s*(?:\[[^\]]{1,24}\]\s*|(?:re|aw|wg|sv|vs|antw|fw|fwd|tr|rv|enc|r|réf|rif|invitation|updated invitation|new event|` +
		`invitation mise à jour|einladung|aktualisierte einladung|invitación|invitación actualizada|accepted|akzeptiert|accepté|aceptado|` +
		`reminder|erinnerung|rappel|recordatorio|external|extern)\s*(?:\[\d+\])?\s*:\s*)`)
	calendarTailRE = regexp.MustCompile(`(?i)\s+@\s+(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lu|ju|vi|sá|dom)[a-zéá]*\.?,?\s|\d{1,2}[./\s]).*$`)
	emailParenRE   = regexp.MustCompile(`\s*\([^()\s]+@[^()\s]+\)`)
	genderRE       = regexp.MustCompile(`(?i)\s*\(\s*(?:[mwfdhx]{1,2}\s*/\s*){1,3}[mwfdhx]{1,2}\s*\)|\s*\((?:all genders|gn|alle geschlechter|tous genres|h/f|f/h)\)|\s+\b[mwfd]/[mwfd]/[mwfdx]\b|\s+\b(?:h/f|f/h)\b`)
	refRE          = regexp.MustCompile(`(?i)[\[(]?\s*\b(?:ref(?:erence)?|réf(?:érence)?|referencia|req(?:uisition)?|job\s*id|jr|vacancy|stellen-?id|kennziffer|job\s*no)\.?\s*(?:id|no|nr|number|#)?\.?\s*[:#]?\s*[A-Z]{0,4}[-_]?\d[\w/-]*\s*[\])]?|` +
		`#\s?[A-Z]{0,4}-?\d+\b|\b[A-Z]{1,4}-\d{3,}\b|\(\s*\d{3,}\s*\)|\[\s*\d+\s*\]`)
)

// subjectSep splits a subject into its parts: "Fahrwerk GmbH · Backend
// Engineer", "Acme | Data Scientist | Next steps", "Interview: Designer".
var subjectSep = regexp.MustCompile(`\s+[|·•–—-]\s+|\s*[|·•]\s*|:\s+`)

// subjectCompanies are the companies a subject names: after "at", "@",
// "to" (an application), "bei", "chez"; or a part of it that is a
// company (with a legal form, or the sender's organisation).
func subjectCompanies(subject string, orgs []string) []string {
	var out []string
	add := func(n string) {
		n = cleanCompany(n)
		if n != "" && !containsFold(out, n) {
			out = append(out, n)
		}
	}
	for _, m := range subjectTriggerRE.FindAllStringIndex(subject, -1) {
		add(companyAt(subject[m[1]:]))
	}
	for _, n := range legalFormCompanies(subject) {
		add(n)
	}
	for _, part := range subjectSep.Split(subject, -1) {
		part = strings.TrimSpace(roleParens.ReplaceAllString(part, ""))
		if part == "" || hasTitleWord(part) {
			continue
		}
		for _, o := range orgs {
			if sameCompany(part, o) {
				add(part)
			}
		}
	}
	return out
}

var subjectTriggerRE = regexp.MustCompile(`(?i)(?:\s|^)(?:at|@|bei|chez)\s+(?:der\s+|die\s+|dem\s+)?|` +
	`\b(?:application|applying|applied|apply|candidature|bewerbung|candidatura)\s+(?:to|at|with|bei|chez|à|a|en)\s+(?:der\s+|die\s+|dem\s+)?|` +
	`\binterview(?:ing)?\s+with\s+|\bjoin(?:ing)?\s+`)

// weighed is a company a text names, and how surely as the employer.
type weighed struct {
	name   string
	weight int
}

// textCompanies are the companies a text names as the employer: "the role
// at Helix Pay", "join Quantic", "Helix Pay is hiring", "my client,
// Helix Pay" (each weighs 3), a name with a legal form (2), "Stelle als ...
// bei der Fahrwerk GmbH", "poste ... chez Lumière", "puesto ... en Sol
// Energía" (2; "en" and "bei" also say where). From the user's own words
// only what is said of an application.
func textCompanies(text string, mine bool) []weighed {
	var out []weighed
	add := func(n string, w int) {
		if n = cleanCompany(n); n == "" {
			return
		}
		for i := range out {
			if sameCompany(out[i].name, n) {
				out[i].weight += w
				return
			}
		}
		out = append(out, weighed{n, w})
	}
	res := theirTriggers
	if mine {
		res = myTriggers
	}
	for _, re := range res {
		for _, m := range re.re.FindAllStringIndex(text, -1) {
			add(companyAt(text[m[1]:]), re.weight)
		}
	}
	for _, m := range hiringRE.FindAllStringSubmatch(text, -1) {
		add(m[1], 3)
	}
	for _, n := range legalFormCompanies(text) {
		add(n, 2)
	}
	return out
}

// companyTrigger is a phrase a company name follows, and how surely it names
// the employer.
type companyTrigger struct {
	re     *regexp.Regexp
	weight int
}

var (
	myTriggers = []companyTrigger{
		{regexp.MustCompile(`(?i)\b(?:role|position|opening|opportunity|vacancy)\s+(?:at|with)\s+`), 3},
		{regexp.MustCompile(`(?i)\b(?:applied|applying|application)\s+(?:(?:for|to)\s+[^.!?\n]{1,60}?\s)?(?:at|to|with)\s+`), 3},
		{regexp.MustCompile(`(?i)\b(?:stelle|position|bewerbung)\b[^.!?\n]{0,60}?\sbei\s+(?:der\s+|die\s+|dem\s+)?`), 2},
		{regexp.MustCompile(`(?i)\b(?:poste|candidature)\b[^.!?\n]{0,60}?\s(?:chez|au sein de)\s+`), 2},
		{regexp.MustCompile(`(?i)\b(?:puesto|vacante|candidatura|oferta)\b[^.!?\n]{0,60}?\s(?:en)\s+`), 2},
	}
	theirTriggers = append([]companyTrigger{
		{regexp.MustCompile(`(?i)\b(?:role|position|opening|opportunity|vacancy|job|internship|team|interview|career|careers|journey)\s+(?:here\s+)?(?:at|with)\s+`), 3},
		{regexp.MustCompile(`(?i)\b(?:joining|join|welcome to|here at|hiring at|interest in|interested in joining|applying to|application to|applied to|thank you for applying to|thanks for applying to)\s+`), 3},
		{regexp.MustCompile(`(?i)\b(?:my|our) client,?\s+|\bon behalf of\s+(?:my |our )?(?:client,?\s+)?`), 3},
		{regexp.MustCompile(`(?i)\bunse?r(?:em|en)? (?:kunden?|mandanten?),?\s+(?:der\s+|die\s+|dem\s+|den\s+)?`), 3},
		{regexp.MustCompile(`(?i)\b(?:notre client|pour le compte de|rejoindre)\s*,?\s+(?:l['’]équipe\s+(?:de\s+|d['’])?)?`), 3},
		{regexp.MustCompile(`(?i)\b(?:nuestro cliente|en nombre de|unirte a|incorporarte a|formar parte de)\s*,?\s+(?:el equipo de\s+)?`), 3},
		{regexp.MustCompile(`(?i)\b(?:stelle|position|bewerbung|vorstellungsgespräch|gespräch|team|karriere|praktikum|einstieg)\b[^.!?\n]{0,60}?\s(?:bei|für)\s+(?:der\s+|die\s+|dem\s+|den\s+)?`), 2},
		{regexp.MustCompile(`(?i)\b(?:poste|candidature|entretien|équipe|stage|alternance|offre)\b[^.!?\n]{0,60}?\s(?:chez|au sein de)\s+(?:la\s+|l['’])?`), 2},
		{regexp.MustCompile(`(?i)\b(?:puesto|vacante|posición|oportunidad|candidatura|oferta|proceso|entrevista|equipo)\b[^.!?\n]{0,60}?\s(?:en|para)\s+`), 1},
	}, myTriggers[:1]...)
	hiringRE = regexp.MustCompile(`((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,3}\p{Lu}[\p{L}\d&'’.-]*)\s+(?:is|are)\s+(?:hiring|looking for|growing|recruiting|expanding)\b`)
)

// legalForms are the legal forms a company name ends in, as written.
var legalForms = []string{
	"GmbH & Co. KG", "GmbH & Co KG", "GmbH", "gGmbH", "AG", "SE", "KGaA", "KG", "UG (haftungsbeschränkt)", "UG", "e.V.",
	"SAS", "SASU", "SARL", "S.A.S.", "S.A.S", "S.A.", "SA", "S.L.U.", "S.L.", "SL", "S.A.U.", "S.L.U",
	"Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "PLC", "plc", "LLP",
	"B.V.", "BV", "N.V.", "NV", "AB", "ASA", "Oy", "S.p.A.", "S.r.l.", "Pty Ltd", "Pty. Ltd.", "Co.",
}

var legalFormRE = func() *regexp.Regexp {
	var alts []string
	for _, f := range legalForms {
		alts = append(alts, regexp.QuoteMeta(f))
	}
	return regexp.MustCompile(`((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d&'’.-]*),?\s+(?:` + strings.Join(alts, "|") + `)(?:[\s.,;:!?)]|$)`)
}()

// legalFormCompanies are the names a text writes with a legal form:
// "Fahrwerk GmbH", "Lumière SAS", "Sol Energía S.L.".
func legalFormCompanies(text string) []string {
	var out []string
	for _, m := range legalFormRE.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// companyAt reads the company name at the start of s: capitalised words
// (and "&", "of", "de", "und" between them), up to eight with its legal
// form, without a trailing "'s"; "" when s starts with anything else.
func companyAt(s string) string {
	s = strings.TrimLeft(s, " \"“'")
	var words []string
	for _, w := range strings.Fields(s) {
		if len(words) == 8 {
			break
		}
		end := false
		// "Helix Pay," and "Helix Pay." end the name; "S.L." and "Co." keep
		// their dots.
		if t := strings.TrimRight(w, ",;:!?)»\"”'’"); t != w {
			w, end = t, true
		}
		if strings.HasSuffix(w, ".") && !isLegalForm(w) {
			w, end = strings.TrimRight(w, "."), true
		}
		if poss, ok := strings.CutSuffix(w, "'s"); ok {
			w, end = poss, true
		} else if poss, ok := strings.CutSuffix(w, "’s"); ok {
			w, end = poss, true
		}
		r, _ := utf8.DecodeRuneInString(w)
		afterConnector := len(words) > 0 && (words[len(words)-1] == "&" || connectors[strings.ToLower(words[len(words)-1])])
		switch {
		case w == "":
		case afterConnector && (utf8.RuneCountInString(w) == 1 || notCompany[strings.ToLower(w)]):
			end = true // "Kestrel Robotics and I think"
		case unicode.IsUpper(r) || unicode.IsDigit(r) && strings.IndexFunc(w, unicode.IsLetter) >= 0:
			words = append(words, w)
		case len(words) > 0 && (w == "&" || connectors[strings.ToLower(w)]) && !end:
			words = append(words, w)
			continue
		default:
			end = true
		}
		if end {
			break
		}
	}
	for len(words) > 0 && (words[len(words)-1] == "&" || connectors[strings.ToLower(words[len(words)-1])]) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

var connectors = map[string]bool{"of": true, "and": true, "de": true, "du": true, "des": true, "der": true, "und": true, "et": true, "y": true, "la": true, "el": true}

func isLegalForm(w string) bool {
	for _, f := range legalForms {
		if w == f {
			return true
		}
	}
	return false
}

// stripLegalForm drops a trailing legal form: "Fahrwerk GmbH" ->
// "Fahrwerk".
func stripLegalForm(n string) (string, bool) {
	for _, f := range legalForms {
		if rest, ok := strings.CutSuffix(n, " "+f); ok {
			return strings.TrimRight(strings.TrimSpace(rest), ", &"), true
		}
	}
	return n, false
}

// cleanCompany makes a company name of a candidate: no legal form, no
// quotes or stray punctuation, at most five words, not a common word
// ("The", "Team", "Monday", "Sie"); "" when nothing is left.
func cleanCompany(n string) string {
	n = strings.Join(strings.Fields(mailmsg.Clean(n)), " ")
	n = strings.Trim(n, " \"“”'’,;:!?()[]-–—|·") // not "." yet: "S.L."
	for {
		m, ok := stripLegalForm(n)
		if !ok {
			break
		}
		n = m
	}
	n = strings.Trim(n, " .")
	words := strings.Fields(n)
	for len(words) > 0 && notCompany[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	n = strings.Join(words, " ")
	if notCompany[strings.ToLower(n)] || isLegalForm(n) || strings.ContainsAny(n, "@/:") || len(n) < 2 {
		return ""
	}
	return n
}

// notCompany are capitalised words that start sentences, name days and
// places of work, or are German nouns after "bei": never a company on
// their own or at the start of one.
var notCompany = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an our your my their this that these we i you he she it they us
		team company firm client customer startup scale-up remote hybrid onsite office headquarters hq
		monday tuesday wednesday thursday friday saturday sunday today tomorrow
		january february march april may june july august september october november december
		linkedin indeed glassdoor greenhouse lever workday ashby smartrecruiters personio softgarden teamtailor join
		die der das dem den ein eine einem einer unser unsere unserem unseren ihr ihre ihrem ihren sie ihnen uns wir
		interesse zukunft rückfragen fragen gespräch stelle bewerbung team kunden kunde
		le la les un une notre nos votre vos nous vous
		el los las una nuestro nuestra su sus usted nosotros equipo
		hello hi dear thanks thank regards best cheers hallo bonjour hola
		berlin münchen munich hamburg köln frankfurt stuttgart wien vienna zürich zurich paris lyon marseille toulouse
		madrid barcelona valencia sevilla london dublin amsterdam lisbon lisboa`) {
		m[w] = true
	}
	return m
}()

// companyKey compares company names: lower case, letters and digits
// only, accents dropped ("Lumière Énergie" is lumiere-energie.fr).
func companyKey(n string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(n) {
		if f, ok := unaccent[r]; ok {
			b.WriteString(f)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var unaccent = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o"}
	for base, rs := range map[string]string{"a": "àáâãäåā", "c": "çćč", "e": "èéêëēė", "i": "ìíîïī", "n": "ñń",
		"o": "òóôõöō", "u": "ùúûüū", "y": "ýÿ", "s": "šś", "z": "žźż"} {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()

// sameCompany reports whether two names are one company: "Vandelay
// Industries" and "Vandelay", "Acme Robotics" and "acme-robotics".
func sameCompany(a, b string) bool {
	ka, kb := companyKey(a), companyKey(b)
	if len(ka) < 2 || len(kb) < 2 {
		return false
	}
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	return ka == kb || (len(ka) >= 3 && strings.HasPrefix(kb, ka))
}

func containsFold(list []string, n string) bool {
	for _, x := range list {
		if sameCompany(x, n) {
			return true
		}
	}
	return false
}

// textRole finds the job title in a text: "the Product Manager role",
// "the position of Data Analyst", "Stelle als Backend Engineer", "poste de
// développeur", "puesto de ingeniera de datos".
func textRole(text string) string {
	for _, re := range textRoleREs {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			c := strings.TrimSpace(genderRE.ReplaceAllString(m[1], ""))
			if r := roleCandidate(c); r != "" {
				return r
			}
		}
	}
	return ""
}

var textRoleREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:the|a|an|our|your|this)\s+((?:[\p{L}\d/&+.-]+\s+){0,5}?[\p{L}\d/&+.-]+)\s+(?:role|position|opening|vacancy|job)\b`),
	regexp.MustCompile(`(?i)\b(?:position|role|job|opening) (?:of|as) (?:an? |the )?([^.,;!?\n()]{2,60}?)(?:\s+(?:at|with|in|on|for)\b|[.,;!?\n(]|$)`),
	regexp.MustCompile(`(?i)\b(?:stelle|position|bewerbung|tätigkeit|job)\s+als\s+([^.,;!?\n()]{2,60}?)(?:\s+(?:bei|in|im|für|zum|zur)\b|\s*\(|[.,;!?\n]|$)`),
	regexp.MustCompile(`(?i)\b(?:poste|offre|candidature|stage|alternance)\s+(?:de|d['’]|en tant que)\s*([^.,;!?\n()]{2,60}?)(?:\s+(?:chez|à|au|en|pour|dans|au sein)\b|\s*\(|[.,;!?\n]|$)`),
	regexp.MustCompile(`(?i)\b(?:puesto|vacante|posición|oferta|candidatura)\s+(?:de|como)\s+([^.,;!?\n()]{2,60}?)(?:\s+(?:en|para|con)\b|\s*\(|[.,;!?\n]|$)`),
}

// withoutNames drops company names from a role: "Quantic ML Engineer"
// at Quantic is the "ML Engineer". A role left without a title word is
// no role.
func withoutNames(role string, companies []string) string {
	if role == "" {
		return ""
	}
	words := strings.Fields(role)
	for _, c := range companies {
		cw := strings.Fields(c)
		if len(cw) == 0 {
			continue
		}
		for i := 0; i+len(cw) <= len(words); i++ {
			if sameWords(words[i:i+len(cw)], cw) {
				words = append(words[:i:i], words[i+len(cw):]...)
				i--
			}
		}
		// A domain label glued into one word: "Helixpay".
		for i := 0; i < len(words); i++ {
			if companyKey(words[i]) == companyKey(c) {
				words = append(words[:i:i], words[i+1:]...)
				i--
			}
		}
	}
	for len(words) > 0 && strings.ContainsAny(words[0], "-–—|·:@") && len([]rune(words[0])) == 1 {
		words = words[1:]
	}
	for len(words) > 0 {
		last := strings.ToLower(words[len(words)-1])
		if last == "at" || last == "@" || last == "bei" || last == "chez" || last == "-" || last == "–" {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	out := strings.Join(words, " ")
	if !hasTitleWord(out) {
		return ""
	}
	return out
}

func sameWords(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(strings.Trim(a[i], ",.'’s"), strings.Trim(b[i], ",.'’s")) {
			return false
		}
	}
	return true
}

// foreignTitleEnds are endings of German, French and Spanish job titles,
// compounds included ("Softwareentwickler", "Backend-Entwicklerin").
var foreignTitleEnds = []string{
	"entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin",
	"architekt", "architektin", "referent", "referentin", "werkstudent", "werkstudentin", "praktikant",
	"praktikantin", "sachbearbeiter", "sachbearbeiterin", "spezialist", "spezialistin", "techniker",
	"technikerin", "informatiker", "informatikerin", "managerin", "designerin", "analystin", "administratorin",
	"développeur", "développeuse", "ingénieur", "ingénieure", "stagiaire", "alternant", "alternante",
	"architecte", "analyste", "directeur", "directrice", "technicien", "technicienne", "chargé", "chargée",
	"responsable", "consultante", "cheffe", "comptable", "commercial", "commerciale", "juriste", "assistante",
	"gestionnaire", "acheteur", "acheteuse", "vendeur", "vendeuse", "infirmier", "infirmière", "conseiller",
	"conseillère", "opérateur", "opératrice", "auditeur", "auditrice", "contrôleur", "contrôleuse", "rédacteur",
	"rédactrice", "formateur", "formatrice",
	"buchhalter", "buchhalterin", "kaufmann", "kauffrau", "assistent", "assistentin", "verkäufer", "verkäuferin",
	"pfleger", "pflegerin", "einkäufer", "einkäuferin", "redakteur", "redakteurin", "mitarbeiter", "mitarbeiterin",
	"desarrollador", "desarrolladora", "ingeniero", "ingeniera", "analista", "jefe", "jefa", "diseñador",
	"diseñadora", "técnico", "técnica", "becario", "becaria", "programador", "programadora", "arquitecto",
	"arquitecta", "consultor", "consultora", "gerente", "directora", "coordinador", "coordinadora",
	"contable", "comercial", "abogado", "abogada", "asistente", "administrativo", "administrativa", "enfermero",
	"enfermera", "vendedor", "vendedora", "auditora", "redactor", "redactora", "gestor", "gestora",
}

// isTitleWord reports whether a lower-case word names a job: an English
// title word (lexicon.go's titleWords) or a German, French or Spanish one.
func isTitleWord(w string) bool {
	if roleTitles[w] {
		return true
	}
	for _, e := range foreignTitleEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func hasTitleWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		for _, part := range strings.FieldsFunc(strings.Trim(w, ".,()"), func(r rune) bool { return r == '/' || r == '-' }) {
			if isTitleWord(part) {
				return true
			}
		}
	}
	return false
}
