package config

import (
	"fmt"
	"regexp"
	"strings"
)

// Folders narrows or widens the mailboxes hearback reads. Without it,
// hearback reads every mailbox that can hold the other side's answer:
// INBOX, Sent, Archive, the user's own folders and Trash (or, where the
// server has an All Mail mailbox, All Mail and Trash), never Junk, and
// Drafts as the place for drafts (watcher/mailboxes.go).
type Folders struct {
	// Include, when set, is the only folders read besides INBOX, Sent and
	// Drafts; a pattern may name a mailbox left out by default (Junk).
	Include []string `yaml:"include"`
	// Exclude leaves folders out (it wins over Include). INBOX, Sent and
	// Drafts are always read.
	Exclude []string `yaml:"exclude"`
}

// normalized drops blank patterns; the lists are never nil, so that a
// config and its dump compare equal.
func (f Folders) normalized() Folders {
	clean := func(list []string) []string {
		out := []string{}
		for _, p := range list {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	return Folders{Include: clean(f.Include), Exclude: clean(f.Exclude)}
}

// IsZero reports whether neither list is set.
func (f Folders) IsZero() bool { return len(f.Include) == 0 && len(f.Exclude) == 0 }

// Includes reports whether name matches an include pattern.
func (f Folders) Includes(name string) bool { return matchAny(f.Include, name) }

// Excludes reports whether name matches an exclude pattern.
func (f Folders) Excludes(name string) bool { return matchAny(f.Exclude, name) }

func matchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		if re, err := folderPattern(p); err == nil && re.MatchString(name) {
			return true
		}
	}
	return false
}

// folderPattern compiles a folder glob: * is any run of characters, the
// hierarchy separator included ("Jobs*" is Jobs and everything under it),
// ? one character, matched without regard to case, as mail clients show
// folder names.
func folderPattern(p string) (*regexp.Regexp, error) {
	p = strings.TrimSpace(p)
	if p == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f {
			return nil, fmt.Errorf("pattern %q has a control character", p)
		}
	}
	var b strings.Builder
	b.WriteString("(?i)^")
	for _, r := range p {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}

// validateFolders checks the patterns of a folders block at key.
func validateFolders(ps *problems, key string, f Folders) {
	for _, list := range []struct {
		name     string
		patterns []string
	}{{"include", f.Include}, {"exclude", f.Exclude}} {
		for i, p := range list.patterns {
			if _, err := folderPattern(p); err != nil {
				ps.add(indexKey(key+"."+list.name, i), err.Error(),
					`write a folder name, or a pattern with * (any characters) and ? (one character), e.g. "Jobs/*"`)
			}
		}
	}
}
