package workdays

import (
	"sort"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// holidaySets maps an ISO 3166 country code to its national public
// holidays, for every country github.com/rickar/cal has. Regional holidays
// (a German Land, a Swiss canton) are left out: a thread's counterpart is
// as likely to be elsewhere in the country.
var holidaySets = map[string][]*cal.Holiday{
	// Australia has no national list, only one per state; these are the
	// days every state observes.
	"AU": {au.NewYear, au.AustraliaDay, au.GoodFriday, au.EasterMonday, au.AnzacDay, au.ChristmasDay, au.BoxingDay},
	// "UK" is not an ISO code, but it is what most people in the UK write.
	"UK": gb.Holidays,
	"AR": ar.Holidays,
	"AT": at.Holidays,
	"BE": be.Holidays,
	"BG": bg.Holidays,
	"BR": br.Holidays,
	"CA": ca.Holidays,
	"CH": ch.Holidays,
	"CZ": cz.Holidays,
	"DE": de.Holidays,
	"DK": dk.Holidays,
	"ES": es.Holidays,
	"FR": fr.Holidays,
	"GB": gb.Holidays,
	"GR": gr.Holidays,
	"HR": hr.Holidays,
	"IE": ie.Holidays,
	"IT": it.Holidays,
	"JP": jp.Holidays,
	"LT": lt.Holidays,
	"LV": lv.Holidays,
	"MW": mw.Holidays,
	"NC": nc.Holidays,
	"NL": nl.Holidays,
	"NO": no.Holidays,
	"NZ": nz.Holidays,
	"PL": pl.Holidays,
	"RO": ro.Holidays,
	"RU": ru.Holidays,
	"SE": se.Holidays,
	"SI": si.Holidays,
	"SK": sk.Holidays,
	"UA": ua.Holidays,
	"US": us.Holidays,
	"ZA": za.Holidays,
}

// Countries lists the country codes that have a holiday calendar.
func Countries() []string {
	codes := make([]string, 0, len(holidaySets))
	for code := range holidaySets {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

// Known reports whether country (an upper-case code, as Countries lists
// them) has a holiday calendar.
func Known(country string) bool {
	_, ok := holidaySets[country]
	return ok
}

// Calendar returns a calendar whose workdays are Monday to Friday, minus
// the public holidays of country when it is known; "" (or an unknown code)
// gives weekends only. Each call returns a new calendar: cal's holiday
// cache is not safe for concurrent use, so one calendar must not be shared
// between goroutines.
func Calendar(country string) *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.Name = "hearback"
	if hs, ok := holidaySets[country]; ok {
		bc.Name = country
		bc.AddHoliday(hs...)
	}
	return bc
}
