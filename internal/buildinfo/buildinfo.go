// Package buildinfo reads what the go command recorded about the source a
// binary was built from: `hearback version` shows it, and the classifier
// keys its cached verdicts by it.
package buildinfo

import "runtime/debug"

// VCS is the version-control state of the build.
type VCS struct {
	Revision string // "" when the build recorded none
	Time     string // the revision's commit time, RFC 3339
	Modified string // "true", "false", or "" when unknown
}

// Clean reports whether the binary was built from an unmodified checkout
// of a known revision.
func (v VCS) Clean() bool { return v.Revision != "" && v.Modified == "false" }

// VCSOf reads the vcs.* settings of bi; nil gives the zero VCS.
func VCSOf(bi *debug.BuildInfo) VCS {
	var v VCS
	if bi == nil {
		return v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value
		}
	}
	return v
}
