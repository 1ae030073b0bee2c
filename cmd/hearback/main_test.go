package main

import (
	"strings"
	"testing"
)

// `hearback --help` lists every command of the table, classify and explain
// among them, each with its summary, and every listed command runs.
func TestHelpListsEveryCommand(t *testing.T) {
	code, _, help := runCLI(t, "--help")
	if code != exitOK {
		t.Fatalf("hearback --help: exit %d", code)
	}
	_, helpOut, _ := runCLI(t, "help")
	if helpOut != help {
		t.Errorf("'hearback help' and 'hearback --help' differ:\n%s\n%s", helpOut, help)
	}
	seen := map[string]bool{}
	for _, c := range commands {
		if seen[c.name] {
			t.Errorf("command %q is in the table twice", c.name)
		}
		seen[c.name] = true
		if c.name != strings.Fields(c.synopsis)[0] || c.summary == "" || c.run == nil {
			t.Errorf("command %q: synopsis %q, summary %q: want the name first and a summary", c.name, c.synopsis, c.summary)
		}
		if !strings.Contains(help, "\n  "+c.synopsis+" ") || !strings.Contains(help, "  "+c.summary+"\n") {
			t.Errorf("hearback --help lacks the line of %s:\n%s", c.name, help)
		}
		if code, _, stderr := runCLI(t, c.name, "--help"); code != exitOK || !strings.Contains(stderr, "Usage: hearback "+c.name) {
			t.Errorf("hearback %s --help: exit %d\n%s", c.name, code, stderr)
		}
	}
	for _, name := range []string{"classify", "explain", "check", "run", "init", "doctor", "completion"} {
		if !seen[name] {
			t.Errorf("no command %q in the table", name)
		}
	}
	if code, _, stderr := runCLI(t, "frobnicate"); code != exitConfig || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("an unknown command: exit %d\n%s", code, stderr)
	}
}
