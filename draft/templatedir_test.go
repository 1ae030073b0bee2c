package draft

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadTemplateDirErrors(t *testing.T) {
	write := func(t *testing.T, files map[string]string) string {
		dir := t.TempDir()
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	tests := []struct {
		name  string
		files map[string]string
		file  string
		line  int
		msg   string
	}{
		{"parse error", map[string]string{"warm.tmpl": "{{/* mine */}}\n\n{{define \"warm/unanswered/0\"}}\nHi {{if}}\n{{end}}"}, "warm.tmpl", 4, "missing value for if"},
		{"unknown field", map[string]string{"a.tmpl": "\n{{define \"formal/thank_you/1\"}}Dear {{.Nmae}},{{end}}"}, "a.tmpl", 2, "Nmae"},
		{"incomplete tone", map[string]string{"b.tmpl": "\n\n{{define \"pirate/unanswered/0\"}}Ahoy{{end}}"}, "b.tmpl", 3, `tone "pirate" has no template`},
		{"empty dir", map[string]string{}, "", 0, "no *.tmpl"},
	}
	for _, tt := range tests {
		dir := write(t, tt.files)
		_, err := LoadTemplateDir(dir)
		var te *TemplateError
		if !errors.As(err, &te) {
			t.Errorf("%s: error %v, want a *TemplateError", tt.name, err)
			continue
		}
		wantFile := dir
		if tt.file != "" {
			wantFile = filepath.Join(dir, tt.file)
		}
		if te.File != wantFile || te.Line != tt.line || !strings.Contains(te.Msg, tt.msg) {
			t.Errorf("%s: error at %s:%d %q, want %s:%d containing %q", tt.name, te.File, te.Line, te.Msg, wantFile, tt.line, tt.msg)
		}
	}

	// A good override is used.
	dir := write(t, map[string]string{"mine.tmpl": `{{define "warm/thank_you/0"}}{{template "warm/hi" .}} Thanks, truly.{{end}}` +
		`{{define "warm/thank_you/1"}}{{template "warm/hi" .}} Thanks, truly.{{end}}` +
		`{{define "warm/thank_you/2"}}{{template "warm/hi" .}} Thanks, truly.{{end}}` +
		`{{define "warm/thank_you/3"}}{{template "warm/hi" .}} Thanks, truly.{{end}}`})
	dt, err := LoadTemplateDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	in := testInput()
	in.Templates, in.Situation, in.Tone = dt, ThankYou, "warm"
	d, err := Compose(in)
	if err != nil || d.Body != "Hi Jane, Thanks, truly." {
		t.Errorf("Compose with user templates = %q, %v", d.Body, err)
	}
}
