package config

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a configuration. Every problem found is
// reported, so that a user fixes the file once rather than once per run.
type Problem struct {
	File string // file the problem is in; "" for a config built in code
	Line int    // 1-based line; 0 when unknown (missing key, whole file)
	Key  string // key path such as "accounts[1].tls"; "" for the whole file
	Msg  string // what is wrong
	Hint string // how to fix it; may be ""
	Err  error  // underlying error, kept for errors.Is (e.g. fs.ErrNotExist)
}

// String renders the problem as "file:line: key: msg; hint", leaving out
// the parts that are not known.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	} else if p.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", p.Line)
	}
	if p.Key != "" {
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	if p.Hint != "" {
		b.WriteString("; ")
		b.WriteString(p.Hint)
	}
	return b.String()
}

// Error is a configuration that cannot be used. It carries every problem
// found; main exits with status 2 on it so that a supervisor does not restart
// a daemon that will only fail the same way again.
type Error struct {
	Problems []Problem
}

// Error prints one problem per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Unwrap exposes the underlying errors, so callers can ask e.g.
// errors.Is(err, fs.ErrNotExist) to tell "no config file yet" apart.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, p := range e.Problems {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

// IsConfigError reports whether err (or anything it wraps) is a *Error.
func IsConfigError(err error) bool {
	var ce *Error
	return errors.As(err, &ce)
}

// problems collects Problems for one config, filling in the file name and
// the line of each key path from what the decoder recorded.
type problems struct {
	file  string
	lines map[string]int
	list  []Problem
}

// add records a problem at key. The line is that of the key itself, or of
// the nearest enclosing key the file has: a missing key is best pointed at
// the mapping that lacks it.
func (ps *problems) add(key, msg, hint string) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: ps.lineOf(key), Key: key, Msg: msg, Hint: hint})
}

func (ps *problems) addAt(line int, key, msg, hint string) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Key: key, Msg: msg, Hint: hint})
}

func (ps *problems) lineOf(key string) int {
	for k := key; k != ""; k = parentKey(k) {
		if l, ok := ps.lines[k]; ok {
			return l
		}
	}
	return 0
}

// err returns the collected problems in file order, or nil.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	list := append([]Problem(nil), ps.list...)
	// Problems without a line (keys the file does not have) go last, after
	// those the user can jump to.
	sort.SliceStable(list, func(i, j int) bool {
		li, lj := list[i].Line, list[j].Line
		if (li == 0) != (lj == 0) {
			return lj == 0
		}
		return li < lj
	})
	return &Error{Problems: list}
}

// parentKey strips the last element of a key path:
// "accounts[1].tls" -> "accounts[1]" -> "accounts" -> "".
func parentKey(key string) string {
	if strings.HasSuffix(key, "]") {
		if i := strings.LastIndexByte(key, '['); i >= 0 {
			return key[:i]
		}
	}
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[:i]
	}
	return ""
}

func joinKey(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

func indexKey(parent string, i int) string {
	return fmt.Sprintf("%s[%d]", parent, i)
}
