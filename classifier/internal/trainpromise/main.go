// Command trainpromise fits the classifier's learned promise model
// (../../promisemodel.go) and writes its table, promisemodel_table.go. `go
// generate ./classifier` runs it from the classifier directory.
//
// It reads the written tuning part only, each writer's folder of
// testdata/tune_written/ but those -exclude names, never the held-back
// parts. Its examples are the sentences that name a day to come
// (modelhook.PromiseSentences); a sentence is positive when one of its
// days is the day the message's label promises. The model is a logistic
// regression over the sentence's words and pairs, L2-regularised, fitted
// by stochastic gradient descent in a fixed order, so that the same
// folders write the same table. Weights smaller than 0.05 are left out of
// the table.
//
// -validate names folders to hold out: the model is then also fitted
// without them and its figures on their sentences printed (how many
// positives it reaches at the classifier's threshold, and how many
// negatives it takes for one). The table written is fitted on every
// folder not excluded.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/format"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	_ "github.com/hearback/hearback/classifier" // fills the hook
	"github.com/hearback/hearback/classifier/internal/modelhook"
)

// The fit's settings: epochs over the examples, the step and the L2
// weight. threshold is the classifier's promiseModelMin, for the printed figures.
const (
	epochs    = 15
	step      = 0.1
	l2        = 1e-4
	threshold = 2.0
	keepMin   = 0.05
)

type example struct {
	folder string
	feats  []string
	pos    bool
}

func main() {
	exclude := flag.String("exclude", "", "comma-separated globs of tune_written folders to leave out")
	validate := flag.String("validate", "r21_*", "comma-separated globs of folders to hold out for the printed figures")
	out := flag.String("out", "promisemodel_table.go", "the table file to write")
	flag.Parse()
	exs, err := load(filepath.Join("testdata", "tune_written"), *exclude)
	if err != nil {
		log.Fatalf("trainpromise: %v", err)
	}
	npos := 0
	for _, e := range exs {
		if e.pos {
			npos++
		}
	}
	fmt.Printf("trainpromise: %d sentences naming a day to come (%d promise that day)\n", len(exs), npos)
	if *validate != "" {
		var train, held []example
		for _, e := range exs {
			if matchAny(*validate, e.folder) {
				held = append(held, e)
			} else {
				train = append(train, e)
			}
		}
		bias, w := fit(train)
		tp, fp, fn := 0, 0, 0
		for _, e := range held {
			hit := score(bias, w, e.feats) >= threshold
			switch {
			case hit && e.pos:
				tp++
			case hit:
				fp++
			case e.pos:
				fn++
			}
		}
		fmt.Printf("held out %s (%d sentences): at log-odds %.1f, %d of %d promises reached, %d other sentences taken for one\n",
			*validate, len(held), threshold, tp, tp+fn, fp)
	}
	bias, w := fit(exs)
	if err := write(*out, bias, w, len(exs), npos, *exclude); err != nil {
		log.Fatalf("trainpromise: %v", err)
	}
}

// load reads the examples of every folder under dir but the excluded.
func load(dir, exclude string) ([]example, error) {
	folders, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var exs []example
	for _, f := range folders {
		if !f.IsDir() || matchAny(exclude, f.Name()) {
			continue
		}
		labels, err := readPromises(filepath.Join(dir, f.Name(), "labels.tsv"))
		if err != nil {
			return nil, err
		}
		files := make([]string, 0, len(labels))
		for name := range labels {
			files = append(files, name)
		}
		slices.Sort(files)
		for _, name := range files {
			raw, err := os.ReadFile(filepath.Join(dir, f.Name(), name))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: %w", f.Name(), name, err)
			}
			for _, s := range modelhook.PromiseSentences(raw) {
				exs = append(exs, example{folder: f.Name(), feats: s.Features, pos: slices.Contains(s.Dates, labels[name])})
			}
		}
	}
	return exs, nil
}

// readPromises reads a labels.tsv's promise column by file name.
func readPromises(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 0 || len(cols) < 4 {
			continue
		}
		out[cols[0]] = cols[3]
	}
	return out, sc.Err()
}

func fit(exs []example) (float64, map[string]float64) {
	w := map[string]float64{}
	bias := 0.0
	for range epochs {
		for _, e := range exs {
			p := 1 / (1 + math.Exp(-score(bias, w, e.feats)))
			g := 0 - p
			if e.pos {
				g = 1 - p
			}
			bias += step * g
			for _, f := range e.feats {
				w[f] += step * (g - l2*w[f])
			}
		}
	}
	return bias, w
}

func score(bias float64, w map[string]float64, feats []string) float64 {
	z := bias
	for _, f := range feats {
		z += w[f]
	}
	return z
}

func matchAny(globs, name string) bool {
	for _, g := range strings.Split(globs, ",") {
		if ok, _ := filepath.Match(strings.TrimSpace(g), name); ok && g != "" {
			return true
		}
	}
	return false
}

func write(path string, bias float64, w map[string]float64, n, npos int, exclude string) error {
	keys := make([]string, 0, len(w))
	for k, v := range w {
		if math.Abs(v) >= keepMin {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by internal/trainpromise (go generate ./classifier); DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package classifier\n\n")
	fmt.Fprintf(&b, "// The learned promise model (promisemodel.go), fitted on %d sentences of the\n", n)
	fmt.Fprintf(&b, "// written tuning part that name a day to come, %d of them the day promised", npos)
	if exclude != "" {
		fmt.Fprintf(&b, ",\n// the folders %s left out", exclude)
	}
	fmt.Fprintf(&b, ". A weight per word (w:) and pair (b:);\n// \"ddd\" stands for a day.\n")
	fmt.Fprintf(&b, "const promiseModelBias = %.3f\n\n", bias)
	fmt.Fprintf(&b, "var promiseModelWeights = map[string]float64{\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%q: %.3f,\n", k, w[k])
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}
