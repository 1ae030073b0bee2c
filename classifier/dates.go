package classifier

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hearback/hearback/workdays"
)

// Dates in what people write: "by Friday", "within 3-5 business days",
// "bis zum 12.03.", "d'ici le 12 mars", "entro fine mese", "KW 14". The
// scanner (dates_scan.go) finds every date expression of a sentence in the
// seven languages of dates_words.go, resolved against the message's own
// Date and zone; the callers (promise.go, interview.go, away.go) decide
// which of them a promise, an interview or a return names. The conventions
// are those of the labelled corpus (testdata/blind/BRIEF.md): "next week"
// is its Friday, "early next week" its Tuesday, a range its upper bound,
// business days are Monday to Friday.
//
// Libraries were measured first (../shared/NOTES-dates.md): olebedev/when
// reads English only and misses most promise phrases, go-dateparser prefers
// the past and is noisy; both are 100-350 µs a message. These rules read
// only the sentences that carry a promise, absence or interview cue.

// defaultHour is when an all-day promise ("by Friday") is considered due:
// the end of the working day in the sender's zone.
const defaultHour = 17

// dateHit is a resolved date, how it was found (for reasons) and where its
// words are in the text that was scanned.
type dateHit struct {
	t          time.Time
	rule       string
	start, end int
	// then marks "by then", "bis dahin": a reference to a date named
	// before it, which the caller resolves.
	then bool
	// from is the first day of a range of days ("March 29-30"), whose t
	// is the last: a promise is kept by the last, a visit begins on the
	// first.
	from time.Time
}

// lang is a coarse language guess; it decides day/month order and a few
// words that are dates in one language and something else in another.
type lang uint8

const (
	langEN lang = iota
	langDE
	langFR
	langES
	langIT
	langNL
	langPT
	numLangs
)

func guessLang(toks []string) lang {
	var n [numLangs]int
	for _, t := range toks {
		if m := langOf[t]; m != 0 {
			for l := range numLangs {
				if m&(1<<l) != 0 {
					n[l]++
				}
			}
		}
	}
	best := langEN
	for l := langDE; l < numLangs; l++ {
		if n[l] > n[best] {
			best = l
		}
	}
	return best
}

// langOf has, for each word of langWords, a bit per language it counts
// for: one lookup a token.
var langOf = func() map[string]uint8 {
	m := map[string]uint8{}
	for l, set := range langWords {
		for w := range set {
			m[w] |= 1 << l
		}
	}
	return m
}()

// foreignMonths are the month names after which "9." is an ordinal day and
// no sentence end ("am 9. April"): see isOrdinalDate in text.go.
var foreignMonths = map[string]time.Month{
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
	"august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"maj": 5, "marts": 3, "desember": 12, "december": 12, // Danish, Norwegian: "tirsdag den 4. maj"
}

// resolveDate returns the first date named in s, relative to base and in
// base's zone. Without a clock time the result is at defaultHour.
func resolveDate(s string, base time.Time, lg lang) (dateHit, bool) {
	for _, h := range scanDates(s, base, lg) {
		if !h.then {
			return h, true
		}
	}
	return dateHit{}, false
}

func day(t time.Time, d int) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day()+d, defaultHour, 0, 0, 0, t.Location())
}

// fridayOf returns the Friday of t's week (Monday-based), or of the next
// week when the week has already ended.
func fridayOf(t time.Time, weeksAhead int) time.Time {
	return weekdayOfWeek(t, time.Friday, weeksAhead)
}

// weekdayOfWeek is a weekday of t's week (weeksAhead 0) or of a later one;
// on a weekend, "this week" is the week that starts on the coming Monday.
func weekdayOfWeek(t time.Time, wd time.Weekday, weeksAhead int) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	if cur >= 6 && weeksAhead == 0 && wd != time.Saturday && wd != time.Sunday {
		weeksAhead = 1
	}
	target := int(wd)
	if target == 0 {
		target = 7
	}
	return day(t, target-cur+7*weeksAhead)
}

// weekdayOfNextWeek is e.g. Tuesday of the week after t's week.
func weekdayOfNextWeek(t time.Time, wd time.Weekday) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	target := int(wd)
	if target == 0 {
		target = 7
	}
	return day(t, 7-cur+target)
}

// nextWeekday is the first such weekday after t's day ("by Friday" on a
// Friday is the Friday after); withToday allows t's day itself ("this
// Friday").
func nextWeekday(t time.Time, wd time.Weekday, withToday bool) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 && !withToday {
		d = 7
	}
	return day(t, d)
}

func lastOfMonth(t time.Time, monthsAhead int) time.Time {
	return time.Date(t.Year(), t.Month()+time.Month(monthsAhead)+1, 0, defaultHour, 0, 0, 0, t.Location())
}

// isoWeekFriday is the Friday of ISO week n of year y, in loc.
func isoWeekFriday(y, n int, loc *time.Location) time.Time {
	// January 4th is always in week 1.
	jan4 := time.Date(y, 1, 4, defaultHour, 0, 0, 0, loc)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	monday1 := jan4.AddDate(0, 0, 1-wd)
	return monday1.AddDate(0, 0, 7*(n-1)+4)
}

func businessDays(base time.Time, n int) time.Time {
	// Monday to Friday only: holidays are the policy's concern, not the
	// classifier's.
	t := workdays.Add(base, n, nil, base.Location())
	return time.Date(t.Year(), t.Month(), t.Day(), defaultHour, 0, 0, 0, base.Location())
}

func validDate(mo, d int) bool { return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 }

func startOfDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// pastSlack is how far back a date without a year may lie and still be
// the past ("thanks for the interview on March 3" in a message of March 8)
// rather than next year's.
const pastSlack = 62 * 24 * time.Hour

// dateInYear builds month/day in base's zone. Without a year it is the
// next such day on or after base's day, unless it lies only a little in the
// past: then it is that past day, which no promise names.
func dateInYear(base time.Time, mo, d, year int) (time.Time, bool) {
	y := base.Year()
	if year > 0 {
		if year < 100 {
			year += 2000
		}
		y = year
	}
	t := time.Date(y, time.Month(mo), d, defaultHour, 0, 0, 0, base.Location())
	if t.Day() != d { // 31 April
		return time.Time{}, false
	}
	if year == 0 && t.Before(startOfDay(base)) && startOfDay(base).Sub(t) > pastSlack {
		t = t.AddDate(1, 0, 0)
	}
	return t, true
}

var (
	reClock = regexp.MustCompile(`\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})(?:[:.](\d{2}))?\s*uhr\b|\b(\d{1,2})h(\d{2})?\b|\b(noon|midday|mittag|midi|mediodía)\b|\b(?:alle|alle ore|om|às|a las)\s+(\d{1,2})\b(?:\s*uur)?|\b(?:kl\.?|klockan|klokken|klokka)\s*(\d{1,2})(?:[.:](\d{2}))?\b`)
	// the end of a range of times and its meridiem: "-1:45 PM", " to 4:00 pm"
	reRangeMeridiem = regexp.MustCompile(`^\s*(?:[-–]|to|until)\s*(\d{1,2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)`)
	reZone          = regexp.MustCompile(`^\s*\(?(et|est|edt|eastern|ct|cst|cdt|central|mt|mst|mdt|mountain|pt|pst|pdt|pacific|utc|gmt|cet|cest|mez|mesz|bst)\b`)
)

// withClock puts an explicit time of day ("at 2 pm", "14:30", "10 Uhr", "kl. 10")
// found in s onto a date; without one the date keeps its hour. A part of
// the day right after the date ("Tuesday afternoon") counts too.
func withClock(t time.Time, s string) time.Time {
	m := reClock.FindStringSubmatchIndex(s)
	if m == nil {
		rest := strings.TrimLeft(s, " ,")
		for _, p := range [...]struct {
			w string
			h int
		}{{"morning", 10}, {"afternoon", 15}, {"evening", 18}, {"nachmittag", 15}, {"vormittag", 10}, {"après-midi", 15}} {
			if strings.HasPrefix(rest, p.w) {
				return time.Date(t.Year(), t.Month(), t.Day(), p.h, 0, 0, 0, t.Location())
			}
		}
		return t
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	h, mi := -1, 0
	after := m[1] // where a zone may follow the time
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
		// a range says "pm" once, at its end: "1:00-1:45 PM CT" and
		// "from 3:00 to 4:00 pm ET" start in the afternoon, "11:00-12:30
		// PM" and "11:30-1:00 PM" in the morning; the zone follows the end
		if r := reRangeMeridiem.FindStringSubmatchIndex(s[m[1]:]); r != nil {
			after += r[1]
			if e, _ := strconv.Atoi(s[m[1]+r[2] : m[1]+r[3]]); h < 12 && s[m[1]+r[4]] == 'p' && h <= e%12 {
				h += 12
			}
		}
	case g(6) != "":
		h, _ = strconv.Atoi(g(6))
		mi, _ = strconv.Atoi(g(7))
	case g(8) != "":
		h, _ = strconv.Atoi(g(8))
		mi, _ = strconv.Atoi(g(9))
	case g(10) != "":
		h = 12
	case g(11) != "":
		// "alle 15", "om 10 uur", "às 14": the hour after its preposition
		h, _ = strconv.Atoi(g(11))
	case g(12) != "":
		// "kl. 10.00", "klockan 14": the Scandinavian clock
		h, _ = strconv.Atoi(g(12))
		mi, _ = strconv.Atoi(g(13))
	}
	if h < 0 || h > 23 || mi > 59 {
		return t
	}
	out := time.Date(t.Year(), t.Month(), t.Day(), h, mi, 0, 0, t.Location())
	return applyZone(out, s[after:], out)
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
	"utc": "UTC", "gmt": "UTC", "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin",
	"mesz": "Europe/Berlin", "bst": "Europe/London",
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
	out := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc).In(base.Location())
	if out.Day() != t.Day() {
		// "Friday 9 pm PT" is Saturday in Berlin; the day written is the
		// day promised.
		return t
	}
	return out
}

// calendarStart reads the first DTSTART of a text/calendar part outside
// its VTIMEZONE blocks (whose DTSTART is the 1970 start of a daylight-saving
// rule, not the meeting). Cancelled events schedule nothing.
func calendarStart(ics string, base time.Time) (time.Time, bool) {
	up := strings.ToUpper(ics)
	if strings.Contains(up, "METHOD:CANCEL") || strings.Contains(up, "STATUS:CANCELLED") {
		return time.Time{}, false
	}
	inZone := false
	for _, line := range strings.Split(strings.ReplaceAll(ics, "\r\n", "\n"), "\n") {
		upLine := strings.ToUpper(strings.TrimSpace(line))
		switch upLine {
		case "BEGIN:VTIMEZONE":
			inZone = true
		case "END:VTIMEZONE":
			inZone = false
		}
		if inZone || !strings.HasPrefix(upLine, "DTSTART") {
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
