package draft

// The languages a draft is written in: English (the templates of
// draft/templates/*.tmpl), German, French, Spanish, Swedish, Danish and
// Norwegian (those of draft/templates/<lang>/<tone>.tmpl), and what a
// draft says in each outside its templates: dates, the job and the team
// as noun phrases, lists of names, the line above the quote.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// Languages a draft can be written in; LanguageAuto picks the thread's.
const (
	LanguageAuto = "auto"
	English      = classifier.English
	German       = classifier.German
	French       = classifier.French
	Spanish      = classifier.Spanish
	Swedish      = classifier.Swedish
	Danish       = classifier.Danish
	Norwegian    = classifier.Norwegian // bokmål
)

// Languages lists the languages of the built-in templates.
var Languages = []string{English, German, French, Spanish, Swedish, Danish, Norwegian}

// nordic reports whether lang is Swedish, Danish or Norwegian: languages
// whose mail says du to everyone, whose job and team carry their article
// ("tjänsten", "stillingen", "teamet").
func nordic(lang string) bool { return lang == Swedish || lang == Danish || lang == Norwegian }

// IsLanguage reports whether lang is a language a draft can be written in.
func IsLanguage(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

var months = map[string][12]string{
	German:  {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	French:  {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	Spanish: {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	Swedish: {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	Danish:  {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
	Norwegian: {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
		"desember"},
}

// dayIn formats a date the way lang writes it in a sentence: "Friday,
// April 16", "16. April", "16 avril" ("1er avril"), "16 de abril", "16
// april" (Swedish; a sentence says "den 16 april"), "16. april" (Danish,
// Norwegian); with the year when it is not now's. An instant is shown in
// loc; a bare date (midnight in its own zone) keeps its calendar day.
func dayIn(lang string, t, now time.Time, loc *time.Location) string {
	if h, m, s := t.Clock(); h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0 {
		t = t.In(loc)
	}
	withYear := t.Year() != now.In(loc).Year()
	return dateIn(lang, t, withYear)
}

func dateIn(lang string, t time.Time, withYear bool) string {
	d, m, y := strconv.Itoa(t.Day()), t.Month()-1, strconv.Itoa(t.Year())
	switch lang {
	case German:
		s := d + ". " + months[German][m]
		if withYear {
			s += " " + y
		}
		return s
	case French:
		if d == "1" {
			d = "1er"
		}
		s := d + " " + months[French][m]
		if withYear {
			s += " " + y
		}
		return s
	case Spanish:
		s := d + " de " + months[Spanish][m]
		if withYear {
			s += " de " + y
		}
		return s
	case Swedish, Danish, Norwegian:
		if lang != Swedish {
			d += "."
		}
		s := d + " " + months[lang][m]
		if withYear {
			s += " " + y
		}
		return s
	}
	if withYear {
		return t.Format("Monday, January 2, 2006")
	}
	return t.Format("Monday, January 2")
}

// attribution is the line above the quote: "On Fri, Apr 9, 2027 at 2:05
// PM, Jane Doe wrote:", "Am 7. April 2027 schrieb Zoë Müller:", "Le 7
// avril 2027, Zoë Müller a écrit :", "El 7 de abril de 2027, Zoë Müller
// escribió:" (the forms mailmsg.StripQuoted recognises); "Den 7 april
// 2027 skrev Anna Berg:", "Den 7. april 2027 skrev Anna Berg:", "7. april
// 2027 skrev Anna Berg:" (Swedish, Danish, Norwegian, as their mail
// programs write it; the "> " lines below end what a reply says).
func attribution(lang, who string, date time.Time, loc *time.Location) string {
	if date.IsZero() {
		switch lang {
		case German:
			return who + " schrieb:"
		case French:
			return who + " a écrit :"
		case Spanish:
			return who + " escribió:"
		case Swedish, Danish, Norwegian:
			return who + " skrev:"
		}
		return who + " wrote:"
	}
	t := date.In(loc)
	switch lang {
	case German:
		return "Am " + dateIn(German, t, true) + " schrieb " + who + ":"
	case French:
		return "Le " + dateIn(French, t, true) + ", " + who + " a écrit :"
	case Spanish:
		return "El " + dateIn(Spanish, t, true) + ", " + who + " escribió:"
	case Swedish, Danish:
		return "Den " + dateIn(lang, t, true) + " skrev " + who + ":"
	case Norwegian:
		return dateIn(Norwegian, t, true) + " skrev " + who + ":"
	}
	return "On " + t.Format("Mon, Jan 2, 2006 at 3:04 PM") + ", " + who + " wrote:"
}

// position is the job as English templates name it: "the ML Engineer
// role at Quantic", "the ML Engineer role", "the role at Quantic", or ""
// (templates then write "the role").
func position(role, company string) string {
	switch {
	case role != "" && company != "":
		return "the " + role + " role at " + company
	case role != "":
		return "the " + role + " role"
	case company != "":
		return "the role at " + company
	}
	return ""
}

// jobNoun is the job as a noun phrase without its article, never "":
// "ML Engineer role at Quantic" / "role"; "Stelle als ML Engineer bei
// Quantic" / "Stelle"; "poste d'ingénieur chez Quantic" / "poste";
// "puesto de ML Engineer en Quantic" / "puesto". Swedish, Danish and
// Norwegian put the article on the noun: "tjänsten som ML Engineer på
// Quantic" / "tjänsten", "stillingen som ML Engineer hos Quantic" /
// "stillingen", "stillingen som ML Engineer i Quantic" / "stillingen".
func jobNoun(lang, role, company string) string {
	var s string
	switch lang {
	case German:
		s = "Stelle"
		if role != "" {
			s += " als " + role
		}
		if company != "" {
			s += " bei " + company
		}
	case French:
		role, company = frenchRole(role), frenchCompany(company)
		s = "poste"
		if role != "" {
			s += " " + elide("de", role)
		}
		if company != "" {
			s += " chez " + company
		}
	case Spanish:
		s = "puesto"
		if role != "" {
			s += " de " + role
		}
		if company != "" {
			s += " en " + company
		}
	case Swedish, Danish, Norwegian:
		company = nordicCompany(company)
		s = "stillingen"
		if lang == Swedish {
			s = "tjänsten"
		}
		if role != "" {
			s += " som " + role
		}
		if company != "" {
			s += " " + nordicAt[lang] + " " + company
		}
	default:
		s = strings.TrimPrefix(position(role, company), "the ")
		if s == "" {
			s = "role"
		}
	}
	return s
}

// teamNoun is the company's team without its article: "Acme team" /
// "team", "Team von Acme" / "Team", "équipe d'Acme" / "équipe", "equipo
// de Acme" / "equipo"; with the Nordic article on the noun, "teamet på
// Acme" / "teamet" (Swedish), "teamet hos Acme" (Danish), "teamet i Acme"
// (Norwegian).
func teamNoun(lang, company string) string {
	switch lang {
	case German:
		if company == "" {
			return "Team"
		}
		return "Team von " + company
	case French:
		if company = frenchCompany(company); company == "" {
			return "équipe"
		}
		return "équipe " + ofFrench(company)
	case Spanish:
		if company == "" {
			return "equipo"
		}
		return "equipo de " + company
	case Swedish, Danish, Norwegian:
		if company = nordicCompany(company); company == "" {
			return "teamet"
		}
		return "teamet " + nordicAt[lang] + " " + company
	}
	if company == "" {
		return "team"
	}
	return company + " team"
}

// elide joins the French "de" (or "le") to word: "d'Acme", "de Quantic";
// a "y" before a vowel is a consonant: "d'Yves Rocher", "de Yousign".
func elide(article, word string) string {
	r, size := utf8.DecodeRuneInString(word)
	if r == 'y' || r == 'Y' {
		if next, _ := utf8.DecodeRuneInString(word[size:]); strings.ContainsRune(frenchVowels, next) {
			return article + " " + word
		}
	}
	if strings.ContainsRune(frenchVowels, r) {
		return article[:len(article)-1] + "'" + word
	}
	return article + " " + word
}

const frenchVowels = "aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"

// ofFrench is "de" and a company's name the way French joins them: "de
// Quantic", "d'Acme", "du Wagon" (Le Wagon), "des Échos" (Les Échos).
func ofFrench(company string) string {
	if rest, ok := strings.CutPrefix(company, "Le "); ok && rest != "" {
		return "du " + rest
	}
	if rest, ok := strings.CutPrefix(company, "Les "); ok && rest != "" {
		return "des " + rest
	}
	return elide("de", company)
}

// A French letter names the job without what only its ad carries: the
// gender mention ("Développeuse Go (H/F)", "Data Scientist F/H") and the
// company's legal form ("Lumière Énergie SAS", "Octave, SA").
var (
	frenchGenderRE = regexp.MustCompile(`(?i)\s*\(\s*(?:[mwfdhxn]{1,2}\s*/\s*){1,3}[mwfdhxn]{1,2}\s*\)|\s+(?:h/f|f/h|h/f/x|f/h/x|h/f/n|f/h/n|m/w/d|w/m/d)\b`)
	frenchFormRE   = regexp.MustCompile(`,?\s+(?:SAS|SASU|SARL|EURL|SA|S\.A\.?|S\.A\.S\.?|SNC|SCOP|SE|GIE|GmbH|AG|Ltd\.?|LLC|Inc\.?|S\.L\.?|B\.V\.?|BV)$`)
)

func frenchRole(role string) string {
	return strings.Join(strings.Fields(strings.Trim(frenchGenderRE.ReplaceAllString(role, ""), " -–—,")), " ")
}

func frenchCompany(company string) string {
	if c := strings.TrimSpace(frenchFormRE.ReplaceAllString(company, "")); c != "" {
		return c
	}
	return company
}

// nordicAt is where a job is, at a company: "på Acme" in Swedish, "hos
// Acme" in Danish, "i Acme" in Norwegian.
var nordicAt = map[string]string{Swedish: "på", Danish: "hos", Norwegian: "i"}

// A Swedish, Danish or Norwegian letter names the company without its
// legal form ("Nordlys Energi A/S", "Ljusvik Energy AB (publ)", "Fjord
// Data AS").
var nordicFormRE = regexp.MustCompile(`,?\s+(?:AB(?:\s*\(publ\))?|\(publ\)|A/S|ApS|I/S|P/S|IVS|AS|ASA|Oy|Oyj|Abp|GmbH|AG|Ltd\.?|LLC|Inc\.?|B\.?V\.?)$`)

func nordicCompany(company string) string {
	if c := strings.TrimSpace(nordicFormRE.ReplaceAllString(company, "")); c != "" {
		return c
	}
	return company
}

// joinNames lists names the way lang does: "Lena and Raj", "Lena und
// Raj", "Lena et Raj", "Lena y Raj" ("Lena e Isabel"), "Lena och Raj",
// "Lena og Raj".
func joinNames(lang string, names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	and := map[string]string{German: "und", French: "et", Spanish: "y", Swedish: "och", Danish: "og", Norwegian: "og"}[lang]
	if and == "" {
		and = "and"
	}
	last := names[len(names)-1]
	if lang == Spanish && beginsWithI(last) {
		and = "e"
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + and + " " + last
}

// beginsWithI reports whether a Spanish word starts with the vowel sound
// /i/, which turns "y" into "e": "Isabel", "Íñigo", "Hilda", "Inés"; not
// when the i opens a diphthong ("Hierro", "Ian", "Yolanda").
func beginsWithI(word string) bool {
	l := strings.ToLower(word)
	l = strings.TrimPrefix(l, "h")
	r, size := utf8.DecodeRuneInString(l)
	if r == 'í' {
		return true
	}
	if r != 'i' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(l[size:])
	return !strings.ContainsRune("aeou", next) // "ia", "ie", "io", "iu": a diphthong
}

// threadLanguage is the language of the newest message of the thread
// whose language tells (classifier.DetectLanguage), English when none.
func threadLanguage(msgs []ThreadMessage) string {
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Message == nil {
			continue
		}
		if l := classifier.DetectLanguage(msgs[i].Message.OwnWords()); l != "" {
			return l
		}
	}
	return English
}

// informal is the form of address the draft mirrors in lang: how the
// other side's newest message that tells addresses the user, else the
// user's own, else the polite form. A Swedish, Danish or Norwegian draft
// says du, as their mail does to everyone.
func informal(lang string, msgs []ThreadMessage) bool {
	if lang == English {
		return false
	}
	if nordic(lang) {
		return true
	}
	for _, mine := range []bool{false, true} {
		for i := len(msgs) - 1; i >= 0; i-- {
			if msgs[i].Message == nil || msgs[i].Mine != mine {
				continue
			}
			if inf, ok := classifier.Informal(lang, msgs[i].Message.OwnWords()); ok {
				return inf
			}
		}
	}
	return false
}

// byFullName reports whether the other side greets the user by title and
// surname ("Sehr geehrter Herr Rivera", "Bonjour Monsieur Rivera",
// "Estimado Sr. Rivera", "Dear Mr. Rivera"): a formal draft greets them
// by full name in turn.
func byFullName(msgs []ThreadMessage) bool {
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Message == nil || msgs[i].Mine {
			continue
		}
		first := firstLine(msgs[i].Message.OwnWords())
		if first == "" {
			continue
		}
		l := strings.ToLower(first)
		for _, t := range []string{"herr ", "frau ", "sehr geehrte", "monsieur", "madame", "sr.", "sra.", "señor", "señora", "mr.", "mr ", "ms.", "ms ", "mrs"} {
			if strings.Contains(l, t) {
				return true
			}
		}
		return false
	}
	return false
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// normalizeIn tidies template output in lang (normalizeText); French
// keeps its space before ":", ";", "!" and "?".
func normalizeIn(lang, s string) string {
	if lang != French {
		return normalizeText(s)
	}
	return normalizeLines(s, spaceBeforeFullStop)
}

// nameOf is who wrote m, for the attribution.
func nameOf(m *mailmsg.Message) string {
	who := cleanPhrase(m.From.Name)
	if who == "" {
		who = mailmsg.Clean(m.From.Email)
	}
	return who
}
