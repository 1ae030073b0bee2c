package classifier

import (
	"strings"
	"time"
)

// The return date of an absence notice, as its label means it
// (testdata/blind/BRIEF.md): the date the notice names for the return,
// whether that is the last day away ("bis einschließlich 14.05.", "until
// 11 May") or the first day back ("back on Monday 3 May"). Of a range
// ("from April 5 to April 16", "du 2 au 13 août") the end; of two dates in
// one sentence ("away until Friday 14 May, back on Monday 17 May") the
// later.

// awayCues introduce the return or the end of an absence.
var awayCues = cues(
	"until", "till ", "through ", "thru ", "return", "be back", "back on", "back in", "back at", "back ",
	"bis ", "zurück", "wieder ", "ab dem", "ab ", "einschließlich", "jusqu", "de retour", "retour", "à partir du",
	"inclus", "hasta", "regreso", "regresaré", "regresa", "vuelvo", "volveré", "a partir del", "inclusive",
	"fino al", "fino a ", "rientro", "rientrerò", "di nuovo", "compreso", "tot en met", "tot ", "vanaf", "terug",
	"aanwezig", "até", "retorno", "volto", "regresso", "till och med", "til og med", "tillbaka", "tilbake",
	"ritorno", "tornerò", "torno ", "de vuelta", "de volta", "weer ", "zurück", "erreichbar", "dal ", "del ",
	"まで", "より", "出社",
)

// absenceWords say someone is away, for sentences without a return cue.
var absenceWords = cues("out of", "away", "leave", "vacation", "holiday", "travel", "ooo", "abwesend", "urlaub",
	"nicht im büro", "absent", "congé", "vacances", "vacaciones", "fuera", "ausente", "ferie", "fuori", "assente",
	"afwezig", "vakantie", "férias", "licença", "semester", "ledig", "permisjon")

// backCues name the first day back; when a notice names both that and
// the last day away ("bis einschließlich Freitag, 20. August ... ab
// Montag, dem 23. August wieder für Sie da"), the first day back is the
// return date.
var backCues = cues("return", "be back", "back on", "back in", "back at", "back ", "zurück", "wieder ", "ab dem",
	"ab ", "de retour", "retour", "à partir du", "regreso", "regresaré", "regresa", "vuelvo", "volveré",
	"a partir del", "rientro", "rientrerò", "di nuovo", "vanaf", "terug", "retorno", "volto", "regresso",
	"tillbaka", "tilbake", "ritorno", "tornerò", "torno ", "de vuelta", "de volta", "weer ", "より", "出社")

// urgentCues mark the sentence that says whom to write to meanwhile.
var urgentCues = cues("urgent", "dringend", "urgence", "urgente", "contact ", "wenden sie sich", "kontaktieren",
	"écrire à", "escribe a", "scrivere a", "contact opnemen", "fale com")

// awayUntil sets AwayUntil of an absence notice.
func (b *verdictBuilder) awayUntil(d *doc) {
	base := d.m.Date
	if base.IsZero() {
		return
	}
	today := startOfDay(base)
	for pass := 0; pass < 3; pass++ {
		for _, s := range d.sentences() {
			i := awayCues.index(s.text)
			if pass == 0 {
				i = backCues.index(s.text)
			}
			if pass < 2 && i < 0 || pass == 2 && (urgentCues.contains(s.text) || !absenceWords.contains(s.text)) {
				continue
			}
			from := 0
			if pass < 2 {
				// "from April 5 to April 16": the range starts before the
				// cue.
				if j := strings.LastIndex(s.text[:i], "from "); j >= 0 {
					from = j
				} else {
					from = max(0, strings.LastIndexAny(s.text[:i], ",;:")+1)
				}
			}
			var best *dateHit
			for _, h := range scanDates(s.text[from:], base, d.lang()) {
				// A named day: not "this week", "within 2 days" or the
				// notice's own day.
				if pass == 0 && h.rule == "next week" {
					// "back next week": its Monday
					h.t, h.rule = weekdayOfWeek(base, time.Monday, 1), "start of next week"
				}
				if h.then || !explicitDay(h) && !strings.HasPrefix(h.rule, "end of") && h.rule != "start of next week" ||
					h.rule == "today" || !h.t.After(today.Add(24*time.Hour-1)) {
					continue
				}
				if best == nil || h.t.After(best.t) {
					h := h
					best = &h
				}
			}
			if best != nil {
				t := best.t
				b.v.AwayUntil = &t
				b.note("away until %s (%s)", t.Format("Mon 2006-01-02"), best.rule)
				return
			}
		}
	}
}
