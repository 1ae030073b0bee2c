package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionText(t *testing.T) {
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "7709965c55f41437dffe82b2ea179773ee8fb043"},
			{Key: "vcs.time", Value: "2026-12-04T22:45:34Z"}, {Key: "vcs.modified", Value: modified}}
	}
	mod := debug.Module{Path: "github.com/hearback/hearback", Version: "v1.4.0"}
	plat := " " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
	tests := []struct {
		name    string
		stamped string
		bi      *debug.BuildInfo
		want    string
	}{
		{"release", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: mod, Settings: vcs("false")},
			"hearback v1.4.0\nmodule:   github.com/hearback/hearback v1.4.0\n" +
				"revision: 7709965c55f41437dffe82b2ea179773ee8fb043 (2026-12-04T22:45:34Z), unmodified\ngo:       go1.26.8" + plat},
		{"modified tree, stamped", "1.4.1-rc1", &debug.BuildInfo{GoVersion: "go1.26.8", Main: mod, Settings: vcs("true")},
			"hearback 1.4.1-rc1\nmodule:   github.com/hearback/hearback v1.4.0\n" +
				"revision: 7709965c55f41437dffe82b2ea179773ee8fb043 (2026-12-04T22:45:34Z), modified: built with uncommitted changes\ngo:       go1.26.8" + plat},
		{"no VCS", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/hearback/hearback", Version: "(devel)"}},
			"hearback (devel)\nmodule:   github.com/hearback/hearback (devel)\n" +
				"revision: unknown (built without version control information)\ngo:       go1.26.8" + plat},
		{"no build info", "", nil,
			"hearback unknown\nmodule:   github.com/hearback/hearback unknown\n" +
				"revision: unknown (built without version control information)\ngo:       " + runtime.Version() + plat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionText(tt.stamped, tt.bi); got != tt.want {
				t.Errorf("versionText(%q) =\n%s\nwant\n%s", tt.stamped, got, tt.want)
			}
		})
	}
}

// `hearback version` and `hearback --version` print the same report,
// with the Go version, and exit 0; an argument is a usage error.
func TestVersionCommand(t *testing.T) {
	code, out, stderr := runCLI(t, "version")
	if code != exitOK || !strings.HasPrefix(out, "hearback ") || !strings.Contains(out, "\ngo:       "+runtime.Version()) {
		t.Errorf("hearback version: exit %d\n%s%s", code, out, stderr)
	}
	for _, args := range [][]string{{"--version"}, {"-version"}, {"--config", "/nonexistent", "--version"}} {
		if code, again, _ := runCLI(t, args...); code != exitOK || again != out {
			t.Errorf("hearback %s: exit %d\n%s\nwant\n%s", strings.Join(args, " "), code, again, out)
		}
	}
	if code, _, _ := runCLI(t, "version", "extra"); code != exitConfig {
		t.Errorf("hearback version extra: exit %d, want %d", code, exitConfig)
	}
}

// A version stamped with -ldflags -X main.version=... heads the report.
func TestVersionStamped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "hearback")
	if out, err := exec.Command("go", "build", "-ldflags", "-X main.version=9.9.9-test", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "hearback 9.9.9-test\nmodule:   github.com/hearback/hearback ") {
		t.Errorf("%s version = %v\n%s", bin, err, out)
	}
}
