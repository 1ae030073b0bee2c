package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// `hearback man` documents every command of the table and every flag its
// --help lists (the subcommands' flags too, for auth), and the page is
// plain, valid roff.
func TestManPage(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1780000000")
	code, page, stderr := runCLI(t, "man")
	if code != exitOK {
		t.Fatalf("hearback man: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(page, "\n.TH HEARBACK 1 \"2026-05-28\" ") {
		t.Errorf("the page has no .TH line with the SOURCE_DATE_EPOCH date:\n%.300s", page)
	}
	for _, sec := range []string{"NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS"} {
		if !strings.Contains(page, "\n.SH "+sec+"\n") {
			t.Errorf("the page has no section %s", sec)
		}
	}
	if !strings.Contains(page, "\n.SH NAME\nhearback \\- follow-up drafts") {
		t.Errorf("the NAME line is not 'hearback \\- what it does' (whatis and apropos read it)")
	}
	manFlagText := func(name string) string { return `\fB\-\-` + strings.ReplaceAll(name, "-", `\-`) + `\fR` }
	for _, c := range commands {
		if !strings.Contains(page, "\n.SS \"hearback "+c.name) {
			t.Errorf("the page has no subsection for %q", c.name)
		}
		h, err := commandHelp(t.Context(), c)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range h.flags {
			if !strings.Contains(page, manFlagText(f.name)) {
				t.Errorf("the page lacks --%s of %s", f.name, c.name)
			}
		}
		// Every flag the shell completion offers is documented.
		for _, f := range commandFlags[c.name] {
			if strings.HasPrefix(f, "--") && !strings.Contains(page, manFlagText(strings.TrimPrefix(f, "--"))) {
				t.Errorf("the page lacks %s of %s", f, c.name)
			}
		}
	}
	for _, f := range []string{"config", "log-level", "version"} {
		if !strings.Contains(page, manFlagText(f)) {
			t.Errorf("the page lacks the global --%s", f)
		}
	}
	// Only the requests and macros manPage writes start a line, and no
	// text line starts with a space outside .nf (roff would break the line
	// there).
	nofill := false
	known := map[string]bool{`.\"`: true, ".TH": true, ".SH": true, ".SS": true, ".TP": true, ".PP": true, ".RS": true,
		".RE": true, ".nf": true, ".fi": true, ".br": true, ".B": true, ".I": true, ".IR": true, ".BR": true, ".nh": true, ".ad": true}
	for n, line := range strings.Split(page, "\n") {
		if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
			if !known[strings.Fields(line)[0]] {
				t.Errorf("line %d starts with an unexpected request: %q", n+1, line)
			}
		}
		switch line {
		case ".nf":
			nofill = true
		case ".fi":
			nofill = false
		}
		if strings.HasPrefix(line, " ") && !nofill {
			t.Errorf("line %d starts with a space: %q", n+1, line)
		}
	}
	// The same build and date give the same page.
	if _, again, _ := runCLI(t, "man"); again != page {
		t.Errorf("two runs of hearback man differ")
	}
	// groff (Debian's groff-base, which man-db needs) formats it without a warning.
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Log("groff not installed: the page was not formatted")
		return
	}
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	var groffErr bytes.Buffer
	cmd.Stderr = &groffErr
	if err := cmd.Run(); err != nil || groffErr.Len() > 0 {
		t.Errorf("groff -man -ww: %v\n%s", err, groffErr.String())
	}
}

func TestManDate(t *testing.T) {
	tests := []struct{ epoch, vcs, want string }{
		{"1780000000", "2026-12-04T22:45:34Z", "2026-05-28"}, // SOURCE_DATE_EPOCH wins
		{"", "2026-12-04T22:45:34Z", "2026-12-04"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got, err := manDate(tt.epoch, tt.vcs); err != nil || got != tt.want {
			t.Errorf("manDate(%q, %q) = %q, %v; want %q", tt.epoch, tt.vcs, got, err, tt.want)
		}
	}
	if _, err := manDate("yesterday", ""); err == nil {
		t.Errorf("manDate accepted SOURCE_DATE_EPOCH=yesterday")
	}
}

func TestManParseFlagLine(t *testing.T) {
	tests := []struct {
		line string
		want manFlag
	}{
		{"  --dry-run              write nothing to the server", manFlag{"dry-run", "", "write nothing to the server"}},
		{"  --now TIME             behave as if run at this TIME", manFlag{"now", "TIME", "behave as if run at this TIME"}},
		{"  --oauth-client-secret-file STRING with --auth oauth2: file", manFlag{"oauth-client-secret-file", "STRING", "with --auth oauth2: file"}},
		{"  --password-file STRING read the password from this file", manFlag{"password-file", "STRING", "read the password from this file"}},
	}
	for _, tt := range tests {
		if got, ok := parseFlagLine(tt.line); !ok || got != tt.want {
			t.Errorf("parseFlagLine(%q) = %+v, %v; want %+v", tt.line, got, ok, tt.want)
		}
	}
}

func TestRoffText(t *testing.T) {
	tests := map[string]string{
		"follow-up drafts":          "follow-up drafts",
		"--log-level LEVEL":         `\-\-log\-level LEVEL`,
		"[--password-env]":          `[\-\-password\-env]`,
		`a \ b`:                     `a \e b`,
		".hidden starts a line":     `\&.hidden starts a line`,
		"'quoted' starts a line":    `\&'quoted' starts a line`,
		"a fix for each ✗":          `a fix for each \[u2717]`,
		"2027-04-21T10:00:00-04:00": `2027\-04\-21T10:00:00\-04:00`,
	}
	for in, want := range tests {
		if got := roffText(in); got != want {
			t.Errorf("roffText(%q) = %q, want %q", in, got, want)
		}
	}
}
