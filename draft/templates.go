package draft

import (
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"
)

// The built-in texts: English in templates/<tone>.tmpl (and the thank-you
// notes of every tone in templates/thank_you.tmpl), German, French,
// Spanish, Swedish, Danish and Norwegian in templates/<lang>/<tone>.tmpl,
// one file per language and tone so that each can be read (and reviewed)
// on its own.
//
//go:embed templates
var templateFS embed.FS

// Templates is a parsed set of draft templates. An English template is
// named "<tone>/<situation>/<n>", one in another language
// "<lang>/<tone>/<situation>/<n>" (lang de, fr, es, sv, da or nb), with n
// counting from 0 without gaps; every tone of a language defines every
// situation (the five constants of type Situation).
type Templates struct {
	t *template.Template
	// variants[lang][tone][situation] = number of variants
	variants map[string]map[string]map[Situation]int
}

var defaults = sync.OnceValues(func() (*Templates, error) {
	t := template.New("hearback").Option("missingkey=error")
	err := fs.WalkDir(templateFS, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tmpl") {
			return err
		}
		b, err := templateFS.ReadFile(path)
		if err != nil {
			return err
		}
		// Named by path: de/warm.tmpl and fr/warm.tmpl are two templates.
		_, err = t.New(path).Parse(string(b))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("draft: embedded templates: %w", err)
	}
	return index(t)
})

// DefaultTemplates returns the embedded templates.
func DefaultTemplates() (*Templates, error) { return defaults() }

// LoadTemplates parses user templates over the defaults: a {{define}}
// with a default's name replaces it, new names add variants or tones. Every
// template is test-run with empty and with full data, so a mistake is
// reported at load time with the template's name.
func LoadTemplates(fsys fs.FS, patterns ...string) (*Templates, error) {
	def, err := defaults()
	if err != nil {
		return nil, err
	}
	t, err := def.t.Clone()
	if err != nil {
		return nil, fmt.Errorf("draft: templates: %w", err)
	}
	if t, err = t.ParseFS(fsys, patterns...); err != nil {
		return nil, fmt.Errorf("draft: templates: %w", err)
	}
	dt, err := index(t)
	if err != nil {
		return nil, err
	}
	if err := dt.check(); err != nil {
		return nil, err
	}
	return dt, nil
}

// check runs every template with empty and with full data, so that a
// mistake surfaces when the templates are loaded, not in a 9am draft.
func (dt *Templates) check() error {
	for _, lang := range dt.languages() {
		samples := []Data{emptyData(lang), sampleData(lang)}
		for _, tone := range dt.TonesIn(lang) {
			for _, s := range append(situations[:len(situations):len(situations)], moments...) {
				for v := 0; v < dt.variants[lang][tone][s]; v++ {
					for _, d := range samples {
						if _, err := dt.execute(lang, templateNameIn(lang, tone, s, v), d); err != nil {
							return err
						}
					}
				}
			}
		}
	}
	return nil
}

// emptyData is what a template sees when nothing is known.
func emptyData(lang string) Data {
	return Data{Nudge: 1, Team: "your team", Job: jobNoun(lang, "", ""), TeamNoun: teamNoun(lang, "")}
}

func sampleData(lang string) Data {
	now := time.Date(2027, 4, 20, 9, 0, 0, 0, time.UTC)
	date := func(m time.Month, d int) string {
		return dayIn(lang, time.Date(2027, m, d, 0, 0, 0, 0, time.UTC), now, time.UTC)
	}
	return Data{FirstName: "Jane", Names: "Jane", FullNames: "Jane Doe", Company: "Acme", Role: "Backend Engineer",
		Position: position("Backend Engineer", "Acme"), Team: "the Acme team",
		Job: jobNoun(lang, "Backend Engineer", "Acme"), TeamNoun: teamNoun(lang, "Acme"),
		PromiseDate: date(4, 16), InterviewDate: date(4, 6), LastSent: date(4, 5), OfferDeadline: date(4, 30),
		Update: "I finished my certification.", Signature: "Alex Rivera", Nudge: 2}
}

// nameRE reads a template's name: its language (none for English), tone,
// situation and variant.
var nameRE = regexp.MustCompile(`^(?:(` + strings.Join(Languages[1:], "|") + `)/)?([a-z0-9_-]+)/([a-z_]+)/([0-9]+)$`)

// index counts the variants of every language, tone and situation and
// checks that each tone is complete.
func index(t *template.Template) (*Templates, error) {
	names := map[string]bool{}
	tones := map[string]map[string]bool{} // lang -> tones
	for _, tt := range t.Templates() {
		if tt.Tree == nil { // declared but never defined
			continue
		}
		names[tt.Name()] = true
		if m := nameRE.FindStringSubmatch(tt.Name()); m != nil {
			lang := m[1]
			if lang == "" {
				lang = English
			}
			if tones[lang] == nil {
				tones[lang] = map[string]bool{}
			}
			tones[lang][m[2]] = true
		}
	}
	dt := &Templates{t: t, variants: map[string]map[string]map[Situation]int{}}
	for lang, ts := range tones {
		dt.variants[lang] = map[string]map[Situation]int{}
		for tone := range ts {
			dt.variants[lang][tone] = map[Situation]int{}
			for _, s := range situations {
				n := 0
				for names[templateNameIn(lang, tone, s, n)] {
					n++
				}
				if n == 0 {
					label := "tone"
					if lang != English {
						label = lang + " tone"
					}
					return nil, fmt.Errorf("draft: templates: %s %q has no template %q", label, tone, templateNameIn(lang, tone, s, 0))
				}
				dt.variants[lang][tone][s] = n
			}
			for _, s := range moments {
				n := 0
				for names[templateNameIn(lang, tone, s, n)] {
					n++
				}
				dt.variants[lang][tone][s] = n
			}
		}
	}
	if len(dt.variants[English]) == 0 {
		return nil, errors.New("draft: templates: no template named <tone>/<situation>/<n>")
	}
	return dt, nil
}

func templateName(tone string, s Situation, v int) string {
	return tone + "/" + string(s) + "/" + strconv.Itoa(v)
}

func templateNameIn(lang, tone string, s Situation, v int) string {
	if lang == English {
		return templateName(tone, s, v)
	}
	return lang + "/" + templateName(tone, s, v)
}

// languages lists the languages the templates have, English first.
func (dt *Templates) languages() []string {
	out := []string{English}
	for _, l := range Languages[1:] {
		if len(dt.variants[l]) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// Tones lists the tones the templates define (in English), sorted.
func (dt *Templates) Tones() []string { return dt.TonesIn(English) }

// TonesIn lists the tones the templates define in lang, sorted.
func (dt *Templates) TonesIn(lang string) []string {
	out := make([]string, 0, len(dt.variants[lang]))
	for tone := range dt.variants[lang] {
		out = append(out, tone)
	}
	sort.Strings(out)
	return out
}

// Variants is the number of English variants for a tone and situation (0
// if the tone is unknown).
func (dt *Templates) Variants(tone string, s Situation) int { return dt.VariantsIn(English, tone, s) }

// VariantsIn is Variants in lang.
func (dt *Templates) VariantsIn(lang, tone string, s Situation) int {
	return dt.variants[lang][tone][s]
}

// Text runs one English variant and returns the normalised text above
// the quote.
func (dt *Templates) Text(tone string, s Situation, variant int, d Data) (string, error) {
	return dt.TextIn(English, tone, s, variant, d)
}

// TextIn is Text in lang.
func (dt *Templates) TextIn(lang, tone string, s Situation, variant int, d Data) (string, error) {
	n := dt.VariantsIn(lang, tone, s)
	if n == 0 {
		return "", fmt.Errorf("draft: no templates for language %q, tone %q, situation %q", lang, tone, s)
	}
	if variant < 0 || variant >= n {
		return "", fmt.Errorf("draft: %s tone %q, situation %q has %d variants, not %d", lang, tone, s, n, variant+1)
	}
	return dt.execute(lang, templateNameIn(lang, tone, s, variant), d)
}

func (dt *Templates) execute(lang, name string, d Data) (string, error) {
	var b strings.Builder
	if err := dt.t.ExecuteTemplate(&b, name, d); err != nil {
		return "", fmt.Errorf("draft: template %q: %w", name, err)
	}
	return normalizeIn(lang, b.String()), nil
}

// Tones lists the tones of the embedded templates.
func Tones() []string {
	dt, err := defaults()
	if err != nil {
		return nil
	}
	return dt.Tones()
}

// Variant is the variant a thread's nudge uses among n: a hash of the
// thread id picks the start, each further nudge takes the next one, so a
// re-run gives the same text and nudge k+1 never repeats nudge k (n >= 2).
func Variant(threadID string, nudge, n int) int {
	if n <= 0 {
		return 0
	}
	if nudge < 1 {
		nudge = 1
	}
	h := fnv.New64a()
	h.Write([]byte("hearback-draft\x00" + threadID))
	return int((h.Sum64()%uint64(n) + uint64(nudge-1)) % uint64(n))
}
