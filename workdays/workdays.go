// Package workdays is hearback's business-day arithmetic, and the holiday
// calendars by country that it counts with.
package workdays

import (
	"time"

	"github.com/rickar/cal/v2"
)

// Add returns the start of the day n business days after t's day (before
// it when n is negative), counting days in loc; workdays are those of c,
// Monday to Friday when c is nil. The result is always a workday: with n
// zero it is t's day itself when that is a workday, else the next one. A
// nil loc is t's own location.
//
// Days are whole: "5 business days after a message of Tuesday afternoon"
// is the start of the next Tuesday.
func Add(t time.Time, n int, c *cal.BusinessCalendar, loc *time.Location) time.Time {
	if loc == nil {
		loc = t.Location()
	}
	if c == nil {
		c = cal.NewBusinessCalendar()
	}
	t = t.In(loc)
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	step := 1
	if n < 0 {
		n, step = -n, -1
	}
	if n == 0 {
		for !c.IsWorkday(day) {
			day = day.AddDate(0, 0, 1)
		}
		return day
	}
	for n > 0 {
		day = day.AddDate(0, 0, step)
		if c.IsWorkday(day) {
			n--
		}
	}
	return day
}
