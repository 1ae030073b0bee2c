package mailmsg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFlow(t *testing.T) {
	long := "I hope your week is going well! I wanted to follow up on my note from Friday, April 9 about the Senior Backend Engineer role at Acme Robotics."
	cases := []struct {
		name, in, want string
	}{
		{"short", "Hi Jane,\n\nThanks!", "Hi Jane,\n\nThanks!"},
		{"paragraph", long,
			"I hope your week is going well! I wanted to follow up on my note from \n" +
				"Friday, April 9 about the Senior Backend Engineer role at Acme Robotics."},
		{"trailing spaces of a hard line", "Best,  \nAlex", "Best,\nAlex"},
		{"signature separator", "Alex\n-- \nAlex Rivera", "Alex\n-- \nAlex Rivera"},
		{"quote", "On Fri, Apr 9, 2027 at 2:05 PM, Jane Doe wrote:\n> " + long + "\n>\n> Jane",
			"On Fri, Apr 9, 2027 at 2:05 PM, Jane Doe wrote:\n" +
				"> I hope your week is going well! I wanted to follow up on my note from \n" +
				"> Friday, April 9 about the Senior Backend Engineer role at Acme \n" +
				"> Robotics.\n>\n> Jane"},
		{"french marks", strings.Repeat("x", 66) + " vous ? Oui", strings.Repeat("x", 66) + " \nvous ? Oui"},
		{"long word", "see https://example.com/" + strings.Repeat("a", 90) + " for it",
			"see \nhttps://example.com/" + strings.Repeat("a", 90) + " \nfor it"},
	}
	for _, tc := range cases {
		if got := FlowQuote(tc.in); got != tc.want {
			t.Errorf("%s: FlowQuote =\n%q\nwant\n%q", tc.name, got, tc.want)
		}
		checkFlowed(t, tc.name, FlowQuote(tc.in))
		if back := Unflow(FlowQuote(tc.in), false); back != strings.TrimRight(strings.ReplaceAll(tc.in, "  \n", "\n"), " ") {
			t.Errorf("%s: Unflow(FlowQuote(x)) =\n%q\nwant\n%q", tc.name, back, tc.in)
		}
	}
	// Space-stuffing: a text line starting with "From ", a space or ">".
	if got := FlowText("From here on\n indented\n>0"); got != " From here on\n  indented\n >0" {
		t.Errorf("FlowText stuffing = %q", got)
	}
	if got := Unflow(" From here on\n  indented\n >0", false); got != "From here on\n indented\n>0" {
		t.Errorf("Unflow stuffing = %q", got)
	}
	// A soft-broken line that would start with "From " is stuffed too.
	if got := FlowText(strings.Repeat("y", 70) + " From x"); got != strings.Repeat("y", 70)+" \n From x" {
		t.Errorf("FlowText continuation stuffing = %q", got)
	}
}

// checkFlowed: every line at most 78 characters unless it is one long
// word, and a quoted line flows only into quoted lines.
func checkFlowed(t *testing.T, name, s string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > 78 && strings.Count(strings.TrimSpace(l), " ") > 0 {
			t.Errorf("%s: line %d has %d characters: %q", name, i+1, n, l)
		}
		if strings.HasSuffix(l, " ") && l != "-- " && i+1 < len(lines) {
			if strings.HasPrefix(l, ">") != strings.HasPrefix(lines[i+1], ">") {
				t.Errorf("%s: line %d flows across a quote boundary: %q / %q", name, i+1, l, lines[i+1])
			}
		}
	}
}

func TestUnflowDelSp(t *testing.T) {
	if got := Unflow("Gesch\u00e4fts \nf\u00fchrer", true); got != "Gesch\u00e4ftsf\u00fchrer" {
		t.Errorf("Unflow delsp = %q", got)
	}
	if got := Unflow("a \n> b \n> c\nd", false); got != "a \n> b c\nd" {
		t.Errorf("Unflow depth change = %q", got)
	}
}
