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
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// Templates is a parsed set of draft templates. A template is named
// "<tone>/<situation>/<n>" with n counting from 0 without gaps; every tone
// defines every situation (the five constants of type Situation).
type Templates struct {
	t *template.Template
	// variants[tone][situation] = number of variants
	variants map[string]map[Situation]int
}

var defaults = sync.OnceValues(func() (*Templates, error) {
	t, err := template.New("hearback").Option("missingkey=error").ParseFS(templateFS, "templates/*.tmpl")
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
	samples := []Data{{Nudge: 1, Team: "your team"}, sampleData()}
	for _, tone := range dt.Tones() {
		for _, s := range situations {
			for v := 0; v < dt.variants[tone][s]; v++ {
				for _, d := range samples {
					if _, err := dt.execute(templateName(tone, s, v), d); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func sampleData() Data {
	return Data{FirstName: "Jane", Company: "Acme", Role: "Backend Engineer",
		Position: "the Backend Engineer role at Acme", Team: "the Acme team",
		PromiseDate: "Friday, April 16", InterviewDate: "Tuesday, April 6", LastSent: "Monday, April 5",
		Update: "I finished my certification.", Signature: "Alex Rivera", Nudge: 2}
}

var nameRE = regexp.MustCompile(`^([a-z0-9_-]+)/([a-z_]+)/([0-9]+)$`)

// index counts the variants of every tone and situation and checks
// that each tone is complete.
func index(t *template.Template) (*Templates, error) {
	names := map[string]bool{}
	tones := map[string]bool{}
	for _, tt := range t.Templates() {
		if tt.Tree == nil { // declared but never defined
			continue
		}
		names[tt.Name()] = true
		if m := nameRE.FindStringSubmatch(tt.Name()); m != nil {
			tones[m[1]] = true
		}
	}
	dt := &Templates{t: t, variants: map[string]map[Situation]int{}}
	for tone := range tones {
		dt.variants[tone] = map[Situation]int{}
		for _, s := range situations {
			n := 0
			for names[templateName(tone, s, n)] {
				n++
			}
			if n == 0 {
				return nil, fmt.Errorf("draft: templates: tone %q has no template %q", tone, templateName(tone, s, 0))
			}
			dt.variants[tone][s] = n
		}
	}
	if len(dt.variants) == 0 {
		return nil, errors.New("draft: templates: no template named <tone>/<situation>/<n>")
	}
	return dt, nil
}

func templateName(tone string, s Situation, v int) string {
	return tone + "/" + string(s) + "/" + strconv.Itoa(v)
}

// Tones lists the tones the templates define, sorted.
func (dt *Templates) Tones() []string {
	out := make([]string, 0, len(dt.variants))
	for tone := range dt.variants {
		out = append(out, tone)
	}
	sort.Strings(out)
	return out
}

// Variants is the number of variants for a tone and situation (0 if the
// tone is unknown).
func (dt *Templates) Variants(tone string, s Situation) int {
	return dt.variants[tone][s]
}

// Text runs one variant and returns the normalised text above the quote.
func (dt *Templates) Text(tone string, s Situation, variant int, d Data) (string, error) {
	n := dt.Variants(tone, s)
	if n == 0 {
		return "", fmt.Errorf("draft: no templates for tone %q, situation %q", tone, s)
	}
	if variant < 0 || variant >= n {
		return "", fmt.Errorf("draft: tone %q, situation %q has %d variants, not %d", tone, s, n, variant+1)
	}
	return dt.execute(templateName(tone, s, variant), d)
}

func (dt *Templates) execute(name string, d Data) (string, error) {
	var b strings.Builder
	if err := dt.t.ExecuteTemplate(&b, name, d); err != nil {
		return "", fmt.Errorf("draft: template %q: %w", name, err)
	}
	return normalizeText(b.String()), nil
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
