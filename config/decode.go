package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// parseInto decodes YAML data into c, recording problems in ps and the line
// of every key in c.lines.
//
// The decoding walks the yaml.Node tree by hand rather than using
// yaml.Decoder.KnownFields: that stops at the first problem and names the
// Go type, not the key path the user wrote.
func parseInto(data []byte, c *Config, ps *problems) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return // an empty file: every setting takes its default
		}
		addSyntaxError(data, err, ps)
		return
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		ps.addAt(extra.Line, "", "the file holds more than one YAML document",
			`remove the "---" separator and merge the documents`)
	} else if !errors.Is(err, io.EOF) {
		addSyntaxError(data, err, ps)
	}

	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return
		}
		root = root.Content[0]
	}
	root = deref(root)
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		ps.addAt(root.Line, "", "the file must be a mapping of keys (database:, accounts:, ...), not "+describeNode(root),
			"start from config.example.yaml")
		return
	}
	d := &decoder{ps: ps, lines: c.lines, set: c.set}
	d.decode(root, reflect.ValueOf(c).Elem(), "")
}

var yamlLineErr = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// addSyntaxError turns a yaml parse error into a Problem with its line.
func addSyntaxError(data []byte, err error, ps *problems) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLineErr.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	hint := "check the indentation and quoting around this line"
	// The most common cause by far, and the parser's message does not say.
	if bytes.Contains(data, []byte("\t")) {
		hint = "YAML indentation must use spaces, not tabs"
	}
	ps.addAt(line, "", "invalid YAML: "+msg, hint)
}

type decoder struct {
	ps    *problems
	lines map[string]int
	set   map[string]bool
}

// decode stores n into v, which has the type the key path calls for.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	n = deref(n)
	if isNull(n) {
		return // "key:" with no value means "use the default"
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.ps.addAt(n.Line, path, "expected a list, got "+describeNode(n),
				"write a list, e.g. [a, b] or one \"- item\" per line")
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			ip := indexKey(path, i)
			d.lines[ip] = item.Line
			d.decode(item, s.Index(i), ip)
		}
		v.Set(s)
		d.set[path] = true
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if d.decodeScalar(n, p.Elem(), path) {
			v.Set(p)
		}
	default:
		d.decodeScalar(n, v, path)
	}
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, path string) bool {
	want := describeKind(v.Kind())
	if n.Kind != yaml.ScalarNode {
		d.ps.addAt(n.Line, path, fmt.Sprintf("expected %s, got %s", want, describeNode(n)), "")
		return false
	}
	p := reflect.New(v.Type())
	if err := n.Decode(p.Interface()); err != nil {
		// Only non-string fields can fail here, and none of those holds a
		// secret, so echoing the value is safe.
		d.ps.addAt(n.Line, path, fmt.Sprintf("expected %s, got %q", want, n.Value), "")
		return false
	}
	v.Set(p.Elem())
	d.set[path] = true
	return true
}

type pair struct {
	key, value *yaml.Node
	merged     bool // came from a "<<: *anchor" merge
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.ps.addAt(n.Line, path, "expected a mapping (key: value lines), got "+describeNode(n), "")
		return
	}
	fields := make(map[string]int)
	for i := 0; i < v.NumField(); i++ {
		if k, ok := yamlKey(v.Type().Field(i)); ok {
			fields[k] = i
		}
	}
	seen := make(map[string]int)
	for _, p := range d.pairs(n, path) {
		key := p.key.Value
		kpath := joinKey(path, key)
		if !p.merged {
			if first, dup := seen[key]; dup {
				d.ps.addAt(p.key.Line, kpath, fmt.Sprintf("duplicate key (first set on line %d)", first),
					"keep one of them")
				continue
			}
			seen[key] = p.key.Line
		}
		i, ok := fields[key]
		if !ok {
			d.ps.addAt(p.key.Line, kpath, "unknown key", suggestKey(key, yamlKeys(v.Type())))
			continue
		}
		d.lines[kpath] = p.key.Line
		d.decode(p.value, v.Field(i), kpath)
	}
}

// pairs lists a mapping's key/value pairs with YAML merge keys expanded.
// Merged pairs come first so the mapping's own keys override them, and
// multiple merges are listed last-first because the first one wins.
func (d *decoder) pairs(n *yaml.Node, path string) []pair {
	var merged, own []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			var sources []*yaml.Node
			switch val = deref(val); val.Kind {
			case yaml.MappingNode:
				sources = []*yaml.Node{val}
			case yaml.SequenceNode:
				for j := len(val.Content) - 1; j >= 0; j-- {
					sources = append(sources, deref(val.Content[j]))
				}
			}
			for _, src := range sources {
				if src.Kind != yaml.MappingNode {
					d.ps.addAt(src.Line, path, "a << merge must refer to a mapping", "")
					continue
				}
				for _, p := range d.pairs(src, path) {
					p.merged = true
					merged = append(merged, p)
				}
			}
			continue
		}
		if k.Kind != yaml.ScalarNode {
			d.ps.addAt(k.Line, path, "keys must be plain names, not "+describeNode(k), "")
			continue
		}
		own = append(own, pair{key: k, value: val})
	}
	return append(merged, own...)
}

// deref follows aliases (*anchor) to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

func describeKind(k reflect.Kind) string {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "text"
	}
	return "a " + k.String()
}

// suggestKey names the known key closest to a misspelt one.
func suggestKey(key string, known []string) string {
	best, bestDist := "", 3 // more than two edits away is a different word
	lower := strings.ToLower(key)
	for _, k := range known {
		if dist := editDistance(lower, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return "known keys here: " + strings.Join(known, ", ")
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
