package workdays

import (
	"slices"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"
)

func TestAdd(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	at := func(loc *time.Location, s string) time.Time {
		d, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	memorial := func() *cal.BusinessCalendar {
		c := cal.NewBusinessCalendar()
		c.AddHoliday(us.MemorialDay)
		return c
	}
	tests := []struct {
		name string
		t    time.Time
		n    int
		c    *cal.BusinessCalendar
		loc  *time.Location
		want time.Time
	}{
		{"zero on a workday is that day", at(ny, "2027-04-14 15:30"), 0, nil, ny, at(ny, "2027-04-14 00:00")},
		{"zero on a Saturday is Monday", at(ny, "2027-04-17 10:00"), 0, nil, ny, at(ny, "2027-04-19 00:00")},
		{"one from Friday is Monday", at(ny, "2027-04-16 17:00"), 1, nil, ny, at(ny, "2027-04-19 00:00")},
		{"five is a week later", at(ny, "2027-04-13 15:00"), 5, nil, ny, at(ny, "2027-04-20 00:00")},
		{"from a Sunday", at(ny, "2027-04-18 12:00"), 1, nil, ny, at(ny, "2027-04-19 00:00")},
		{"a holiday is skipped", at(ny, "2027-05-28 09:00"), 1, memorial(), ny, at(ny, "2027-06-01 00:00")},
		{"zero on a holiday is the next workday", at(ny, "2027-05-31 09:00"), 0, memorial(), ny, at(ny, "2027-06-01 00:00")},
		{"a country's calendar", at(berlin, "2028-10-02 09:00"), 1, Calendar("DE"), berlin, at(berlin, "2028-10-04 00:00")}, // Unity Day
		{"days counted in loc", at(berlin, "2027-04-17 03:00"), 1, nil, ny, at(ny, "2027-04-19 00:00")},                     // Friday evening in New York
		{"nil loc is t's own", at(berlin, "2027-04-16 23:30"), 1, nil, nil, at(berlin, "2027-04-19 00:00")},
		{"across a DST change", at(ny, "2027-03-12 10:00"), 1, nil, ny, at(ny, "2027-03-15 00:00")},
		{"minus one from Monday is Friday", at(ny, "2027-04-19 08:00"), -1, nil, ny, at(ny, "2027-04-16 00:00")},
		{"minus five from a Saturday", at(ny, "2027-04-17 08:00"), -5, nil, ny, at(ny, "2027-04-12 00:00")},
		{"minus skips a holiday", at(ny, "2027-06-01 08:00"), -1, memorial(), ny, at(ny, "2027-05-28 00:00")},
		{"out and back", Add(at(ny, "2027-04-14 08:00"), 16, nil, ny), -16, nil, ny, at(ny, "2027-04-14 00:00")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Add(tt.t, tt.n, tt.c, tt.loc); !got.Equal(tt.want) || got.Location() != tt.want.Location() {
				t.Errorf("Add(%v, %d) = %v, want %v", tt.t, tt.n, got, tt.want)
			}
		})
	}
}

func TestCalendar(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		holidays string
		date     string
		workday  bool
	}{
		{"", "2025-07-04", true}, // a Friday
		{"", "2025-07-05", false},
		{"US", "2025-07-04", false},
		{"US", "2025-07-03", true},
		{"DE", "2025-10-03", false},
		{"DE", "2025-07-04", true},
		{"GB", "2025-08-25", false}, // summer bank holiday
		{"UK", "2025-08-25", false},
		{"AU", "2025-01-27", false}, // Australia Day observed on Monday
		{"FR", "2025-07-14", false},
	}
	for _, tt := range tests {
		c := Calendar(tt.holidays)
		if got := c.IsWorkday(day(tt.date)); got != tt.workday {
			t.Errorf("holidays %q: IsWorkday(%s) = %v, want %v", tt.holidays, tt.date, got, tt.workday)
		}
	}

	codes := Countries()
	for _, want := range []string{"US", "GB", "DE", "FR", "ES", "CA", "AU", "NL", "IE", "IT", "CH", "AT", "BE", "SE", "NO", "DK", "PL", "NZ"} {
		if !slices.Contains(codes, want) {
			t.Errorf("Countries() lacks %s", want)
		}
	}
	for _, code := range codes {
		bc := Calendar(code)
		if n := bc.HolidaysInRange(day("2025-01-01"), day("2025-12-31")); n < 3 {
			t.Errorf("holidays %s: %d weekday holidays in 2025, want several", code, n)
		}
	}
}

func TestKnown(t *testing.T) {
	for _, tt := range []struct {
		code string
		want bool
	}{{"US", true}, {"UK", true}, {"XX", false}, {"", false}, {"us", false}} {
		if got := Known(tt.code); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
	if !slices.IsSorted(Countries()) {
		t.Errorf("Countries() = %v, not sorted", Countries())
	}
}
