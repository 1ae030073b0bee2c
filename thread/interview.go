package thread

import (
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// DefaultInterviewLength is assumed when only the start of an interview is
// known (a time in the text): most screens and interviews are an hour, and
// a thank-you timed from a slightly early end is still well within manners.
const DefaultInterviewLength = time.Hour

// Interview is when the thread's interview took (or takes) place.
type Interview struct {
	Start, End time.Time
	// FromCalendar is true when a text/calendar invitation gave the times,
	// false when the classifier read the start from the text.
	FromCalendar bool
}

// ParseInvite reads the first event of an iCalendar invitation (the
// text/calendar part of an interview invitation). A cancelled event or a
// METHOD:CANCEL calendar gives ok == false: there is nothing to thank for.
// Floating times (no zone) are read in loc.
func ParseInvite(ics string, loc *time.Location) (Interview, bool, error) {
	if strings.TrimSpace(ics) == "" {
		return Interview{}, false, nil
	}
	if loc == nil {
		loc = time.Local
	}
	cal, err := ical.NewDecoder(strings.NewReader(ics)).Decode()
	if err != nil {
		return Interview{}, false, fmt.Errorf("thread: calendar invitation: %w", err)
	}
	if p := cal.Props.Get(ical.PropMethod); p != nil && strings.EqualFold(strings.TrimSpace(p.Value), "CANCEL") {
		return Interview{}, false, nil
	}
	for _, ev := range cal.Events() {
		if st, err := ev.Status(); err == nil && st == ical.EventCancelled {
			continue
		}
		start, err := ev.DateTimeStart(loc)
		if err != nil {
			return Interview{}, false, fmt.Errorf("thread: calendar invitation: DTSTART: %w", err)
		}
		if start.IsZero() {
			continue
		}
		end, err := ev.DateTimeEnd(loc)
		if err != nil || !end.After(start) {
			// A broken or missing DTEND/DURATION: the start is still good.
			end = start.Add(DefaultInterviewLength)
		}
		return Interview{Start: start, End: end, FromCalendar: true}, true, nil
	}
	return Interview{}, false, nil
}

// Interview is the thread's latest known interview: from a calendar
// invitation when one parses (it has the real end), else from a time the
// classifier found in the text. ok is false when none is known.
func (t *Thread) Interview(loc *time.Location) (Interview, bool) {
	var best Interview
	found := false
	for i := range t.Messages {
		var iv Interview
		ok := false
		if cal := t.Messages[i].Calendar; cal != "" {
			if parsed, pok, err := ParseInvite(cal, loc); err == nil && pok {
				iv, ok = parsed, true
			}
		}
		if !ok {
			if at := t.Verdicts[i].InterviewAt; at != nil {
				iv, ok = Interview{Start: *at, End: at.Add(DefaultInterviewLength)}, true
			}
		}
		// A later message (a rescheduled slot) overrides an earlier one.
		if ok {
			best, found = iv, true
		}
	}
	return best, found
}
