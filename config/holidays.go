package config

import (
	"github.com/rickar/cal/v2"

	"github.com/hearback/hearback/workdays"
)

// BusinessCalendar returns the workdays of the holidays setting (see
// workdays.Calendar): a new calendar each call, for one goroutine.
func (c *Config) BusinessCalendar() *cal.BusinessCalendar {
	return workdays.Calendar(c.Holidays)
}
