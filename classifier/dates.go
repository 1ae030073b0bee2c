package classifier

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"

	"github.com/hearback/hearback/workdays"
)

// defaultHour is when an all-day promise ("by Friday") is considered due:
// the end of the working day in the sender's zone.
const defaultHour = 17

var whenParser = func() *when.Parser {
	p := when.New(nil)
	p.Add(en.All...)
	p.Add(common.All...)
	return p
}()

// dateHit is a resolved date and how it was found, for reasons.
type dateHit struct {
	t    time.Time
	rule string
}

// lang is a coarse language guess; it only decides D/M versus M/D order and
// which weekday and month names to look for.
type lang uint8

const (
	langEN lang = iota
	langDE
	langFR
	langES
)

var langWords = [...]map[string]bool{
	langEN: {"the": true, "and": true, "you": true, "we": true, "to": true, "for": true, "will": true, "your": true},
	langDE: {"der": true, "die": true, "und": true, "ich": true, "sie": true, "wir": true, "ihnen": true, "nicht": true, "ihre": true, "uns": true},
	langFR: {"le": true, "la": true, "et": true, "vous": true, "nous": true, "pour": true, "les": true, "votre": true, "est": true},
	langES: {"el": true, "los": true, "que": true, "y": true, "para": true, "usted": true, "por": true, "con": true, "tu": true, "su": true},
}

func guessLang(toks []string) lang {
	var n [4]int
	for _, t := range toks {
		for l, set := range langWords {
			if set[t] {
				n[l]++
			}
		}
	}
	best := langEN
	for l := langDE; l <= langES; l++ {
		if n[l] > n[best] {
			best = l
		}
	}
	return best
}

// Number words of the four languages; "a few" is three, "a couple" two,
// because a promise's upper bound is what the user waits for.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "a few": 3, "few": 3,
	"a couple of": 2, "couple of": 2, "a couple": 2, "several": 5,
	"ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
	"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "paar": 3, "ein paar": 3, "wenigen": 3,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
	"neuf": 9, "dix": 10, "quinze": 15, "quelques": 3,
	"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
	"nueve": 9, "diez": 10, "quince": 15, "unos": 3, "unas": 3, "pocos": 3, "pocas": 3,
}

const numPat = `\d{1,3}|a couple of|couple of|a couple|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|ein paar|paar|wenigen|eine[mnr]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|quelques|une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|quinze|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|unos|unas|pocos|pocas`

const unitPat = `(business|working|work|werk|arbeits)?\s*(hours?|stunden?|heures?|horas?|days?|tage?n?|jours?|d[ií]as?|weeks?|wochen?|semaines?|semanas?|months?|monate?n?|mois|mes(?:es)?)(\s+(?:ouvr[ée]s|ouvrables|h[aá]biles|laborables))?`

var (
	reDuration  = regexp.MustCompile(`\b(?:in|within|over|innerhalb|binnen|dans|sous|d'ici|en|dentro)\s+(?:von\s+|de\s+|der\s+)?(?:the\s+|den\s+|los\s+|las\s+|les\s+)?(?:next\s+|coming\s+|nächsten\s+|kommenden\s+|prochain(?:e?s)?\s+|próxim[oa]s\s+)?(` + numPat + `)(?:\s*(?:-|to|or|bis|à|a|o|y|ou|oder)\s*(` + numPat + `))?\s+(?:more\s+)?` + unitPat + `\b`)
	reWeekOrTwo = regexp.MustCompile(`\b(?:in|within)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:an?\s+)?(day|week|month)\s+or\s+(?:two|2)\b`)
	// "next Friday" is the Friday of next week (a "this Friday" is said
	// otherwise); "Friday the 18th" names the day of the month.
	reNextWeekday = regexp.MustCompile(`\bnext (mon|tues|wednes|thurs|fri)day\b`)
	reWeekdayNth  = regexp.MustCompile(`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? the (\d{1,2})(?:st|nd|rd|th)\b`)
	reComing      = regexp.MustCompile(`\b(?:coming|next few|upcoming|kommenden|prochains|próximos) (days|weeks|tagen|wochen|jours|semaines|días|semanas)\b`)
	reEOW         = regexp.MustCompile(`\bend of (?:the |this )?(next )?week\b|\beow\b|\bende (?:der |dieser )?(nächsten |kommenden )?woche\b|\bende nächster woche\b|\bfin de (?:la |cette )?semaine( prochaine)?\b|\bfinales de (?:esta |la )?(próxima )?semana\b|\bfin de (?:esta |la )?(próxima )?semana\b`)
	reEOM         = regexp.MustCompile(`\bend of (?:the |this )?(next )?month\b|\bende (?:des |dieses )?(nächsten )?monats\b|\bfin (?:du |de ce )?(mois prochain|mois)\b|\bfin(?:ales)? de (?:este )?(próximo )?mes\b`)
	reEarlyNext   = regexp.MustCompile(`\b(?:early|beginning of|start of|first thing|first part of) next week\b|\banfang (?:der )?nächste[rn]? woche\b|\bdébut de la semaine prochaine\b|\bprincipios de la (?:próxima )?semana\b`)
	reMidNext     = regexp.MustCompile(`\b(?:mid|middle of|mid-) ?next week\b|\bmitte (?:der )?nächste[rn]? woche\b|\bmilieu de la semaine prochaine\b|\bmediados de la próxima semana\b`)
	reThisWeek    = regexp.MustCompile(`\b(?:later|sometime) this week\b|\bthis week\b|\bdiese woche\b|\bnoch in dieser woche\b|\bcette semaine\b|\besta semana\b`)
	reNextWeek    = regexp.MustCompile(`\bnext week\b|\bnächste[rn]? woche\b|\bkommende[rn]? woche\b|\bsemaine prochaine\b|\bpróxima semana\b|\bsemana que viene\b`)
	reEarlyNM     = regexp.MustCompile(`\b(?:early|beginning of|start of) next month\b|\banfang nächste[nr]? monat|\bdébut du mois prochain\b|\bprincipios del próximo mes\b`)
	reNextMonth   = regexp.MustCompile(`\bnext month\b|\bnächste[nr]? monat|\bmois prochain\b|\bpróximo mes\b|\bmes que viene\b`)
	reToday       = regexp.MustCompile(`\bend of (?:the )?(?:business )?day\b|\beod\b|\bcob\b|\bclose of business\b|\btoday\b|\bthis afternoon\b|\btonight\b|\bheute\b|\baujourd'hui\b|\bhoy\b`)
	reTomorrow    = regexp.MustCompile(`\btomorrow\b|\bbis morgen\b|\bmorgen (?:früh|vormittag|nachmittag)\b|\bdemain\b|\bmañana\b`)

	reISODate   = regexp.MustCompile(`\b(20\d\d)-(\d{1,2})-(\d{1,2})\b`)
	reSlashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b`)
	reDotDate   = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?`)

	reForeignMonthDay = regexp.MustCompile(`\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b(?:\s+(?:de\s+)?(\d{4}))?`)
	reForeignWeekday  = regexp.MustCompile(`\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b`)
	reEnglishDate     = regexp.MustCompile(`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`)
	reYear            = regexp.MustCompile(`\b20\d\d\b`)
	reLastPast        = regexp.MustCompile(`\b(?:last|past|previous)\s+(?:mon|tue|wed|thu|fri|sat|sun)`)

	reClock   = regexp.MustCompile(`\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s*uhr\b|\b(\d{1,2})h(\d{2})?\b|\b(noon|midday|mittag|midi|mediodía)\b`)
	reDayPart = regexp.MustCompile(`\b(morning|afternoon|evening|noon)\b`)
	reZone    = regexp.MustCompile(`^\s*\(?(et|est|edt|eastern|ct|cst|cdt|central|mt|mst|mdt|mountain|pt|pst|pdt|pacific|utc|gmt|cet|cest|mez|bst)\b`)
)

var foreignWeekdays = map[string]time.Weekday{
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonntag": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "miercoles": time.Wednesday,
	"jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday, "sabado": time.Saturday, "domingo": time.Sunday,
}

var foreignMonths = map[string]time.Month{
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
	"august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

// resolveDate finds the date a phrase refers to, relative to base and in
// base's zone, preferring the future. Explicit dates (weekdays, month names,
// numbers) win over vague ones ("next week"), because "Tuesday next week"
// means Tuesday. Without a clock time the result is at defaultHour.
func resolveDate(s string, base time.Time, lg lang) (dateHit, bool) {
	if h, ok := explicitDate(s, base, lg); ok {
		return h, true
	}
	return relativeDate(s, base)
}

func day(t time.Time, d int) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day()+d, defaultHour, 0, 0, 0, t.Location())
}

// fridayOf returns the Friday of t's week (Monday-based), or of the next
// week when the week has already ended.
func fridayOf(t time.Time, weeksAhead int) time.Time {
	wd := int(t.Weekday())
	if wd == 0 { // Sunday belongs to the week that just ended
		wd = 7
	}
	d := 5 - wd
	if d < 0 {
		d += 7
	}
	return day(t, d+7*weeksAhead)
}

// weekdayOfNextWeek is e.g. Tuesday of the week after t's week.
func weekdayOfNextWeek(t time.Time, wd time.Weekday) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	return day(t, 7-cur+int(wd))
}

func lastOfMonth(t time.Time, monthsAhead int) time.Time {
	return time.Date(t.Year(), t.Month()+time.Month(monthsAhead)+1, 0, defaultHour, 0, 0, 0, t.Location())
}

func parseNum(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0 && n < 400
	}
	n, ok := numberWords[s]
	return n, ok
}

func relativeDate(s string, base time.Time) (dateHit, bool) {
	if m := reEarlyNext.FindString(s); m != "" {
		return dateHit{withClock(weekdayOfNextWeek(base, time.Tuesday), s), "early next week"}, true
	}
	if m := reMidNext.FindString(s); m != "" {
		return dateHit{withClock(weekdayOfNextWeek(base, time.Wednesday), s), "middle of next week"}, true
	}
	if m := reEOW.FindStringSubmatch(s); m != nil {
		ahead := 0
		if strings.Join(m[1:], "") != "" {
			ahead = 1
		}
		return dateHit{withClock(fridayOf(base, ahead), s), "end of week"}, true
	}
	if m := reEOM.FindStringSubmatch(s); m != nil {
		ahead := 0
		for _, g := range m[1:] {
			if g != "" && g != "mois" {
				ahead = 1
			}
		}
		return dateHit{lastOfMonth(base, ahead), "end of month"}, true
	}
	if reEarlyNM.MatchString(s) {
		t := time.Date(base.Year(), base.Month()+1, 10, defaultHour, 0, 0, 0, base.Location())
		return dateHit{t, "early next month"}, true
	}
	if h, ok := durationDate(s, base); ok {
		return h, true
	}
	if m := reComing.FindStringSubmatch(s); m != nil {
		return durationHit(base, 3, m[1], false), true
	}
	if reNextWeek.MatchString(s) {
		return dateHit{fridayOf(base, 1), "next week"}, true
	}
	if reThisWeek.MatchString(s) {
		return dateHit{fridayOf(base, 0), "this week"}, true
	}
	if reNextMonth.MatchString(s) {
		return dateHit{lastOfMonth(base, 1), "next month"}, true
	}
	if reTomorrow.MatchString(s) {
		return dateHit{withClock(day(base, 1), s), "tomorrow"}, true
	}
	if reToday.MatchString(s) {
		return dateHit{withClock(day(base, 0), s), "today"}, true
	}
	return dateHit{}, false
}

// durationDate only reads "in/within N days/weeks": never ambiguous about
// being in the future.
func durationDate(s string, base time.Time) (dateHit, bool) {
	if m := reWeekOrTwo.FindStringSubmatch(s); m != nil {
		return durationHit(base, 2, m[1], false), true
	}
	if m := reDuration.FindStringSubmatch(s); m != nil {
		n, ok := parseNum(strings.TrimSpace(m[1]))
		if hi, ok2 := parseNum(strings.TrimSpace(m[2])); ok2 && hi > n {
			n = hi // a range promises its upper bound
		}
		if ok {
			return durationHit(base, n, m[4], m[3] != "" || m[5] != ""), true
		}
	}
	return dateHit{}, false
}

func durationHit(base time.Time, n int, unit string, business bool) dateHit {
	u := unit
	switch {
	case strings.HasPrefix(u, "h") || strings.HasPrefix(u, "st"):
		return dateHit{base.Add(time.Duration(n) * time.Hour), "within hours"}
	case strings.HasPrefix(u, "w") || strings.HasPrefix(u, "se"):
		return dateHit{day(base, 7*n), "within weeks"}
	case strings.HasPrefix(u, "mo") || strings.HasPrefix(u, "mes"):
		t := base.AddDate(0, n, 0)
		return dateHit{time.Date(t.Year(), t.Month(), t.Day(), defaultHour, 0, 0, 0, base.Location()), "within months"}
	}
	if business {
		// Monday to Friday only: holidays are the policy's concern, not
		// the classifier's.
		t := workdays.Add(base, n, nil, base.Location())
		return dateHit{time.Date(t.Year(), t.Month(), t.Day(), defaultHour, 0, 0, 0, base.Location()), "business days"}
	}
	return dateHit{day(base, n), "within days"}
}

// explicitDate handles named or numbered days. English goes to the when
// library; German, French and Spanish names and numeric dates are ours.
func explicitDate(s string, base time.Time, lg lang) (dateHit, bool) {
	if m := reWeekdayNth.FindStringSubmatch(s); m != nil {
		if dd, _ := strconv.Atoi(m[1]); dd >= 1 && dd <= 31 {
			t := time.Date(base.Year(), base.Month(), dd, defaultHour, 0, 0, 0, base.Location())
			for i := 0; i < 3 && (t.Day() != dd || t.Before(startOfDay(base))); i++ {
				t = time.Date(base.Year(), base.Month()+time.Month(i+1), dd, defaultHour, 0, 0, 0, base.Location())
			}
			if t.Day() == dd && !t.Before(startOfDay(base)) {
				return dateHit{withClock(t, s), "weekday and day of month"}, true
			}
		}
	}
	if m := reNextWeekday.FindStringSubmatch(s); m != nil {
		wd := map[string]time.Weekday{"mon": time.Monday, "tues": time.Tuesday, "wednes": time.Wednesday, "thurs": time.Thursday, "fri": time.Friday}[m[1]]
		return dateHit{withClock(weekdayOfNextWeek(base, wd), s), "next weekday"}, true
	}
	if m := reISODate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if validDate(mo, d) {
			return dateHit{withClock(time.Date(y, time.Month(mo), d, defaultHour, 0, 0, 0, base.Location()), s), "ISO date"}, true
		}
	}
	if m := reSlashDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		mo, d := a, b // US order unless the text is not English or it cannot be
		if lg != langEN || a > 12 {
			mo, d = b, a
		}
		if validDate(mo, d) {
			return dateHit{futureYear(base, mo, d, m[3], s), "numeric date"}, true
		}
	}
	if m := reDotDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if validDate(mo, d) {
			return dateHit{futureYear(base, mo, d, m[3], s), "numeric date"}, true
		}
	}
	if m := reForeignMonthDay.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo := int(foreignMonths[m[2]])
		if mo != 0 && validDate(mo, d) {
			return dateHit{futureYear(base, mo, d, m[3], s), "date"}, true
		}
	}
	if lg != langEN {
		if m := reForeignWeekday.FindString(s); m != "" {
			wd := foreignWeekdays[m]
			d := (int(wd) - int(base.Weekday()) + 7) % 7
			if d == 0 {
				d = 7
			}
			return dateHit{withClock(day(base, d), s), "weekday"}, true
		}
	}
	if !reEnglishDate.MatchString(s) {
		return dateHit{}, false
	}
	if reLastPast.MatchString(s) {
		return dateHit{}, false
	}
	r, err := whenParser.Parse(maskMay(s), base)
	if err != nil || r == nil {
		return dateHit{}, false
	}
	t := r.Time.In(base.Location())
	tail := s[min(r.Index, len(s)):]
	if !hasClock(r.Text) {
		t = time.Date(t.Year(), t.Month(), t.Day(), defaultHour, 0, 0, 0, base.Location())
	} else {
		t = applyZone(t, tail, base)
	}
	if !reYear.MatchString(s) {
		// when keeps the base year; a month-day already past means next year.
		for i := 0; i < 2 && t.Before(startOfDay(base)); i++ {
			t = t.AddDate(1, 0, 0)
		}
	}
	if t.Before(startOfDay(base)) {
		return dateHit{}, false
	}
	return dateHit{t, "date (when)"}, true
}

func validDate(mo, d int) bool { return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 }

func startOfDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// futureYear builds month/day in base's zone; without a year the next such
// date on or after base's day is meant.
func futureYear(base time.Time, mo, d int, year, s string) time.Time {
	y := base.Year()
	explicit := false
	if year != "" {
		if n, err := strconv.Atoi(year); err == nil {
			if n < 100 {
				n += 2000
			}
			y, explicit = n, true
		}
	}
	t := withClock(time.Date(y, time.Month(mo), d, defaultHour, 0, 0, 0, base.Location()), s)
	if !explicit && t.Before(startOfDay(base)) {
		t = t.AddDate(1, 0, 0)
	}
	return t
}

var reMay = regexp.MustCompile(`\bmay\b(\s+\d)?`)

// maskMay hides the modal verb "may", which when reads as the month.
func maskMay(s string) string {
	if !strings.Contains(s, "may") {
		return s
	}
	return reMay.ReplaceAllStringFunc(s, func(m string) string {
		if len(m) > 3 {
			return m
		}
		return "m y"
	})
}

func hasClock(s string) bool {
	return reClock.MatchString(s) || reDayPart.MatchString(s)
}

// withClock puts an explicit time of day ("at 2 pm", "14:30", "10 Uhr")
// onto a date; without one the date keeps defaultHour.
func withClock(t time.Time, s string) time.Time {
	m := reClock.FindStringSubmatchIndex(s)
	if m == nil {
		return t
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	h, mi := -1, 0
	switch {
	case g(1) != "":
		h, _ = strconv.Atoi(g(1))
		mi, _ = strconv.Atoi(g(2))
		pm := strings.HasPrefix(g(3), "p")
		if h == 12 {
			h = 0
		}
		if pm {
			h += 12
		}
	case g(4) != "":
		h, _ = strconv.Atoi(g(4))
		mi, _ = strconv.Atoi(g(5))
	case g(6) != "":
		h, _ = strconv.Atoi(g(6))
	case g(7) != "":
		h, _ = strconv.Atoi(g(7))
		mi, _ = strconv.Atoi(g(8))
	case g(9) != "":
		h = 12
	}
	if h < 0 || h > 23 || mi > 59 {
		return t
	}
	out := time.Date(t.Year(), t.Month(), t.Day(), h, mi, 0, 0, t.Location())
	return applyZone(out, s[m[1]:], out)
}

var (
	zoneOnce sync.Once
	zones    map[string]*time.Location
)

var zoneNames = map[string]string{
	"et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
	"ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
	"mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
	"pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
	"utc": "UTC", "gmt": "UTC", "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin", "bst": "Europe/London",
}

// applyZone reads "2:00 PM ET" as 2 PM in New York even when the sender's
// Date is in another zone, and returns it in base's zone. Without tzdata on
// the system the clock stays in base's zone, which is the best guess left.
func applyZone(t time.Time, after string, base time.Time) time.Time {
	m := reZone.FindStringSubmatch(after)
	if m == nil {
		return t
	}
	zoneOnce.Do(func() {
		zones = map[string]*time.Location{}
		for abbr, name := range zoneNames {
			if loc, err := time.LoadLocation(name); err == nil {
				zones[abbr] = loc
			}
		}
	})
	loc := zones[m[1]]
	if loc == nil {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc).In(base.Location())
}

// calendarStart reads DTSTART from a text/calendar part. Cancelled events
// schedule nothing.
func calendarStart(ics string, base time.Time) (time.Time, bool) {
	up := strings.ToUpper(ics)
	if strings.Contains(up, "METHOD:CANCEL") || strings.Contains(up, "STATUS:CANCELLED") {
		return time.Time{}, false
	}
	for _, line := range strings.Split(strings.ReplaceAll(ics, "\r\n", "\n"), "\n") {
		if !strings.HasPrefix(strings.ToUpper(line), "DTSTART") {
			continue
		}
		i := strings.LastIndexByte(line, ':')
		if i < 0 {
			continue
		}
		params, val := strings.ToUpper(line[:i]), strings.TrimSpace(line[i+1:])
		loc := base.Location()
		if j := strings.Index(params, "TZID="); j >= 0 {
			name := line[j+5 : i]
			if k := strings.IndexByte(name, ';'); k >= 0 {
				name = name[:k]
			}
			if l, err := time.LoadLocation(strings.Trim(name, `"`)); err == nil {
				loc = l
			}
		}
		for _, layout := range []string{"20060102T150405Z", "20060102T150405", "20060102"} {
			var t time.Time
			var err error
			if strings.HasSuffix(layout, "Z") {
				t, err = time.Parse(layout, val)
			} else {
				t, err = time.ParseInLocation(layout, val, loc)
			}
			if err == nil {
				return t.In(base.Location()), true
			}
		}
	}
	return time.Time{}, false
}
