package main

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/hearback/hearback/internal/buildinfo"
)

// version is the release, stamped at build time:
//
//	go build -ldflags "-X main.version=1.4.0" ./cmd/hearback
//
// Without it, `hearback version` shows the module version and the VCS
// revision the go command records in the binary.
var version string

func cmdVersion(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "version", "version\n\nPrints hearback's version, the revision it was built from (and whether the\nsource tree had uncommitted changes) and the Go version: worth pasting into a bug report.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	bi, _ := debug.ReadBuildInfo()
	_, err := fmt.Fprint(g.stdout, versionText(version, bi))
	return err
}

// versionText is the report of `hearback version`; bi is nil when the
// binary carries no build information.
func versionText(stamped string, bi *debug.BuildInfo) string {
	var b strings.Builder
	module, modVersion := "github.com/hearback/hearback", "unknown"
	goVersion := runtime.Version()
	vcs := buildinfo.VCSOf(bi)
	rev, revTime, modified := vcs.Revision, vcs.Time, vcs.Modified
	if bi != nil {
		if bi.Main.Path != "" {
			module = bi.Main.Path
		}
		if bi.Main.Version != "" {
			modVersion = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
	}
	fmt.Fprintf(&b, "hearback %s\n", cmp.Or(stamped, modVersion))
	fmt.Fprintf(&b, "module:   %s %s\n", module, modVersion)
	switch {
	case rev == "":
		b.WriteString("revision: unknown (built without version control information)\n")
	default:
		line := rev
		if revTime != "" {
			line += " (" + revTime + ")"
		}
		switch modified {
		case "true":
			line += ", modified: built with uncommitted changes"
		case "false":
			line += ", unmodified"
		}
		fmt.Fprintf(&b, "revision: %s\n", line)
	}
	fmt.Fprintf(&b, "go:       %s %s/%s\n", goVersion, runtime.GOOS, runtime.GOARCH)
	return b.String()
}
