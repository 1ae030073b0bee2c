package classifier

//go:generate go run ./internal/train -validate r14_*,r15_*,r16_* -exclude r86_*,r87_*,r88_*,r89_*,r90_*,r91_* -out model_table.go

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/hearback/hearback/classifier/internal/modelhook"
	"github.com/hearback/hearback/mailmsg"
)

// The rejection model: an optional learned cue beside the rules (issue 15,
// item 6). It is a logistic regression over the words of a message, the
// pairs of adjacent words and the rule families it triggered, trained by
// `go generate` (internal/train) from the tuning parts alone; its weights
// are the readable table in model_table.go. Its log-odds, times
// modelScale and clipped to [modelFloor, modelCap], are one more family of
// rejection points ("model"), named in the reasons with the words that
// weighed most; it is asked only when the rules give at least modelGate
// points, and never for a message with no rule evidence and no word of an
// application or a post. How much it may say is chosen on the newest
// rounds of writers held out together (go generate, internal/train
// -validate); it may add points, never take the rules' away (modelFloor 0).
// With modelScale 0 the rules decide alone.

// Feature kinds, the first bytes of a feature's text.
const (
	featWord = "w:" // a word of the body
	featPair = "p:" // two adjacent words of the body
	featSubj = "s:" // a word of the subject
	featCue  = "c:" // a rule family that fired (outcome.go)
)

// modelFeatures calls fn once for each occurrence of a feature of d: kind,
// then one or two words (b is "" for one). Digits become 0, so that dates
// and reference numbers share one feature.
func (d *doc) modelFeatures(o *outcome, fn func(kind, a, b string)) {
	// The reader's own name ("Hi Alex") is in nearly every message and
	// says nothing about it; from the tuning mail, all between one reader
	// and others, it would learn a weight that no other reader's mail has.
	names := readerNames(d.m)
	for _, t := range d.subjToks {
		if !slices.Contains(names, t) {
			fn(featSubj, t, "")
		}
	}
	prev := ""
	for i, t := range d.bodyToks {
		if i > 0 && len(d.marks) > 0 && crosses(d.marks, i-1, i) {
			prev = "" // no pair across a sentence end
		}
		if slices.Contains(names, t) {
			prev = ""
			continue
		}
		fn(featWord, t, "")
		if prev != "" {
			fn(featPair, prev, t)
		}
		prev = t
	}
	for f := range o.fams {
		fn(featCue, f, "")
	}
	if o.positive > 0 {
		fn(featCue, "positive", "")
	}
	if o.onPost != "" {
		fn(featCue, "onpost", "")
	}
}

// readerNames are the words of the names of the people a message is
// between: the display names and the local parts of its From, To and Cc
// addresses ("Alex Rivera", alex.rivera@ → alex, rivera), lower-cased.
// The sender counts too: the reader's own mail signs with the reader's
// name, and a reply quotes "Alex Rivera wrote:".
func readerNames(m *mailmsg.Message) []string {
	var names []string
	for _, a := range slices.Concat([]mailmsg.Address{m.From}, m.To, m.Cc) {
		names = append(names, strings.Fields(strings.ToLower(a.Name))...)
		local, _, _ := strings.Cut(strings.ToLower(a.Email), "@")
		names = append(names, strings.FieldsFunc(local, func(r rune) bool {
			return r == '.' || r == '_' || r == '-' || r == '+' || r >= '0' && r <= '9'
		})...)
	}
	return names
}

// featureText is the text of a feature as the table writes it.
func featureText(kind, a, b string) string {
	if b != "" {
		return kind + digitless(a) + " " + digitless(b)
	}
	return kind + digitless(a)
}

// featureHash is the FNV-1a hash of featureText(kind, a, b), computed
// without building the string.
func featureHash(kind, a, b string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if '0' <= c && c <= '9' {
				c = '0'
			}
			h = (h ^ uint64(c)) * prime
		}
	}
	add(kind)
	add(a)
	if b != "" {
		h = (h ^ ' ') * prime
		add(b)
	}
	return h
}

func digitless(s string) string {
	if !strings.ContainsAny(s, "123456789") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return '0'
		}
		return r
	}, s)
}

// modelFeature is one row of the generated table.
type modelFeature struct {
	text string
	w    float64
}

// linModel is the table ready for scoring: weights by feature hash.
type linModel struct {
	bias  float64
	scale float64
	// the points are within [floor, cap]: a floor of 0 lets the model
	// add evidence of a rejection but never take the rules' away
	floor, cap float64
	// gate is the rule points a message needs before the model counts
	gate float64
	// hashes are the features' hashes in ascending order and rows the
	// table row of each, whose weight and text are read from the table
	// itself; start[b] is the first hash whose top bits are b. A sorted
	// array and a small index instead of a map and no copy of the rows:
	// the table has tens of thousands of rows, and the process's memory is
	// counted (BENCHMARKS.md).
	hashes []uint64
	rows   []int32
	start  [1<<modelIndexBits + 1]int32
	table  []modelFeature
}

// modelIndexBits is how many top bits of a hash index the sorted hashes:
// 4096 buckets of about five rows each.
const modelIndexBits = 12

func newLinModel(bias, scale, floor, cap, gate float64, table []modelFeature) *linModel {
	m := &linModel{bias: bias, scale: scale, floor: floor, cap: cap, gate: gate, table: table}
	type entry struct {
		h   uint64
		row int32
	}
	entries := make([]entry, 0, len(table))
	for i, f := range table {
		kind, rest := f.text[:2], f.text[2:]
		a, b, _ := strings.Cut(rest, " ")
		entries = append(entries, entry{featureHash(kind, a, b), int32(i)})
	}
	slices.SortFunc(entries, func(x, y entry) int { return cmp.Or(cmp.Compare(x.h, y.h), cmp.Compare(x.row, y.row)) })
	cloned := false
	for i, e := range entries {
		if i > 0 && e.h == entries[i-1].h {
			// two texts, one hash: counted as one feature, on a copy of
			// the table (the generated one is shared)
			if !cloned {
				m.table, cloned = slices.Clone(table), true
			}
			first := m.rows[len(m.rows)-1]
			m.table[first].w += table[e.row].w
			continue
		}
		m.hashes = append(m.hashes, e.h)
		m.rows = append(m.rows, e.row)
	}
	m.hashes, m.rows = slices.Clip(m.hashes), slices.Clip(m.rows)
	b := 0
	for i, h := range m.hashes {
		for ; b <= int(h>>(64-modelIndexBits)); b++ {
			m.start[b] = int32(i)
		}
	}
	for ; b < len(m.start); b++ {
		m.start[b] = int32(len(m.hashes))
	}
	return m
}

// lookup returns the table row of feature hash h.
func (m *linModel) lookup(h uint64) (int32, bool) {
	b := h >> (64 - modelIndexBits)
	lo, hi := int(m.start[b]), int(m.start[b+1])
	if i, ok := slices.BinarySearch(m.hashes[lo:hi], h); ok {
		return m.rows[lo+i], true
	}
	return 0, false
}

// rejectModel is the model in use: the generated table, or one the
// training program tries (modelhook.Use).
var rejectModel = newLinModel(modelBias, modelScale, modelFloor, modelCap, modelGate, modelTable)

// hashBufs recycles the feature hashes of a message.
var hashBufs = sync.Pool{New: func() any { return new([]uint64) }}

// score returns the model's rejection points for d (its log-odds times
// scale, within ±cap) and the reason: the features that pushed most
// towards a rejection.
func (m *linModel) score(d *doc, o *outcome) (float64, string) {
	rules := o.reject()
	if m.scale == 0 || len(m.hashes) == 0 || rules < m.gate || rules >= rejectThreshold && m.floor >= 0 {
		// off, too little rule evidence to weigh, or a rejection the
		// model could only confirm
		return 0, ""
	}
	if rules <= 0 && !d.has(clsHiring) && !d.has(clsPostNoun) {
		// A no to an application names the application or the post
		// somewhere; without a word of either and without a rule's
		// evidence the model is not asked (most mail: it is the
		// costliest part of classifying it).
		return 0, ""
	}
	return m.points(d, o)
}

// points are the model's log-odds for d times scale, within [floor, cap],
// and the reason; 0 and "" when it says nothing.
func (m *linModel) points(d *doc, o *outcome) (float64, string) {
	z, top := m.logOdds(d, o)
	pts := math.Max(m.floor, math.Min(m.cap, m.scale*z))
	pts = math.Round(pts*100) / 100
	if pts == 0 {
		return 0, ""
	}
	return pts, m.why(z, top)
}

// logOdds is the model's log-odds for d and the rows of the (at most
// three) features that pushed most towards its label.
func (m *linModel) logOdds(d *doc, o *outcome) (float64, [3]int32) {
	buf := hashBufs.Get().(*[]uint64)
	hs := (*buf)[:0]
	d.modelFeatures(o, func(kind, a, b string) {
		hs = append(hs, featureHash(kind, a, b))
	})
	slices.Sort(hs)
	hs = slices.Compact(hs) // each feature counts once
	z := m.bias
	top := [3]int32{-1, -1, -1}
	var topW [3]float64
	for _, h := range hs {
		r, ok := m.lookup(h)
		if !ok {
			continue
		}
		w := m.table[r].w
		z += w
		for i := range top {
			if w > topW[i] {
				copy(top[i+1:], top[i:len(top)-1])
				copy(topW[i+1:], topW[i:len(topW)-1])
				top[i], topW[i] = r, w
				break
			}
		}
	}
	*buf = hs
	hashBufs.Put(buf)
	return z, top
}

// why is the reason of a score: the log-odds and the features that
// weighed most, as words.
func (m *linModel) why(z float64, top [3]int32) string {
	var names []string
	for _, r := range top {
		if r >= 0 {
			names = append(names, strings.TrimPrefix(strings.TrimPrefix(m.table[r].text, featWord), featPair))
		}
	}
	why := fmt.Sprintf("log-odds %.2g", z)
	if len(names) > 0 {
		why += ", top words " + quoteList(names)
	}
	return why
}

func init() {
	modelhook.Features = func(raw []byte) []string {
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			return nil
		}
		var d doc
		d.prepare(m)
		defer d.release()
		var out []string
		d.modelFeatures(d.rulesOutcome(), func(kind, a, b string) {
			out = append(out, featureText(kind, a, b))
		})
		slices.Sort(out)
		return slices.Compact(out)
	}
	modelhook.Use = func(mm *modelhook.Model) {
		rejectModel = tried(mm, newLinModel(modelBias, modelScale, modelFloor, modelCap, modelGate, modelTable))
	}
}

// tried is the training program's model mm ready for scoring, or
// generated when mm is nil.
func tried(mm *modelhook.Model, generated *linModel) *linModel {
	if mm == nil {
		return generated
	}
	table := make([]modelFeature, 0, len(mm.Weights))
	for f, w := range mm.Weights {
		table = append(table, modelFeature{f, w})
	}
	return newLinModel(mm.Bias, mm.Scale, mm.Floor, mm.Cap, mm.Gate, table)
}
