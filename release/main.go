// Command release builds hearback's release artefacts, reproducibly:
//
//	go run ./release [-version 1.2.0] [-out release/dist] [-platforms linux/amd64,...] [-deb=false] [-container=false]
//
// It writes, into -out:
//
//   - hearback_VERSION_OS_ARCH.tar.gz for linux/amd64, linux/arm64,
//     darwin/amd64 and darwin/arm64: the binary (CGO_ENABLED=0, -trimpath,
//     the version stamped into main.version), README.md, LICENSE,
//     THIRD_PARTY_LICENSES, config.example.yaml, deploy/ (the systemd units
//     and the launchd agent), completions/ (bash, zsh, fish) and
//     man/hearback.1, all made by the binary itself;
//   - hearback_VERSION_ARCH.deb for each Linux platform, by nfpm from
//     nfpm.yaml (needs nfpm on PATH or -nfpm);
//   - container/, the build context of the Containerfile (the Linux
//     binaries, CA certificates from this machine, a passwd entry);
//   - SHA256SUMS of the archives and packages, as sha256sum -c reads it.
//
// Two runs on the same commit with the same Go give byte-identical files:
// every timestamp is SOURCE_DATE_EPOCH (default: the commit's time),
// archive entries are sorted, owned by 0:0 with fixed modes, and gzip
// records no name or time. THIRD_PARTY_LICENSES lists the modules the
// binaries link, with their licence files in full; a licence the program
// does not know as compatible with Apache-2.0 stops the release.
//
// Why a program and not goreleaser: this is four go builds, a tar.gz
// writer, a licence list and one nfpm call per architecture, a few hundred
// lines of standard library that run anywhere Go does, with no tool to
// install but nfpm; goreleaser would bring hundreds of modules (the Go
// module proxy here offers no approved release of it) and still need
// nfpm's configuration and a licence generator beside it.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// platform is a GOOS/GOARCH pair.
type platform struct{ os, arch string }

func (p platform) String() string { return p.os + "/" + p.arch }
func (p platform) dir() string    { return p.os + "_" + p.arch }

// allPlatforms are the release's platforms; THIRD_PARTY_LICENSES covers
// all of them whatever -platforms says, so it is the same in every build.
var allPlatforms = []platform{{"linux", "amd64"}, {"linux", "arm64"}, {"darwin", "amd64"}, {"darwin", "arm64"}}

type options struct {
	root      string // the repository
	out       string
	version   string
	epoch     time.Time
	platforms []platform
	deb       bool
	nfpm      string
	container bool
	caBundle  string
}

func main() {
	o := options{}
	var platforms string
	flag.StringVar(&o.out, "out", "release/dist", "output directory (its hearback_* files, SHA256SUMS, stage/ and container/ are replaced)")
	flag.StringVar(&o.version, "version", "", "the release's version, e.g. 1.2.0 (default: from git: the tag vX.Y.Z at HEAD, else X.Y.Z+gitDATE.REV after the last tag, else 0.0.0+gitDATE.REV)")
	flag.StringVar(&platforms, "platforms", "linux/amd64,linux/arm64,darwin/amd64,darwin/arm64", "GOOS/GOARCH pairs to build")
	flag.BoolVar(&o.deb, "deb", true, "build a .deb for each Linux platform with nfpm")
	flag.StringVar(&o.nfpm, "nfpm", "nfpm", "the nfpm command (go install github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0)")
	flag.BoolVar(&o.container, "container", true, "write the container build context (Linux platforms)")
	flag.StringVar(&o.caBundle, "ca-bundle", "/etc/ssl/certs/ca-certificates.crt", "CA certificates for the container image (Debian's ca-certificates)")
	flag.Parse()
	if flag.NArg() > 0 {
		fatalf("unexpected argument %q", flag.Arg(0))
	}
	var err error
	if o.platforms, err = parsePlatforms(platforms); err != nil {
		fatalf("%v", err)
	}
	ctx := context.Background()
	start := time.Now()
	if err := release(ctx, &o); err != nil {
		fatalf("%v", err)
	}
	fmt.Printf("release: done in %.1f s\n", time.Since(start).Seconds())
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "release: "+format+"\n", args...)
	os.Exit(1)
}

func parsePlatforms(s string) ([]platform, error) {
	var ps []platform
	for _, f := range strings.Split(s, ",") {
		goos, goarch, ok := strings.Cut(strings.TrimSpace(f), "/")
		p := platform{goos, goarch}
		if !ok || !contains(allPlatforms, p) {
			return nil, fmt.Errorf("-platforms: %q is not one of %v", f, allPlatforms)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func release(ctx context.Context, o *options) error {
	root, err := gitOutput(ctx, ".", "rev-parse", "--show-toplevel")
	if err != nil {
		root, err = os.Getwd() // a source tree without git: -version and SOURCE_DATE_EPOCH are needed
		if err != nil {
			return err
		}
	}
	o.root = root
	if !filepath.IsAbs(o.out) {
		o.out = filepath.Join(root, o.out)
	}
	if o.epoch, err = sourceDateEpoch(ctx, root); err != nil {
		return err
	}
	if o.version == "" {
		if o.version, err = gitVersion(ctx, root, o.epoch); err != nil {
			return fmt.Errorf("no -version given, and git cannot tell one: %v", err)
		}
	}
	if !validVersion.MatchString(o.version) {
		return fmt.Errorf("version %q: want digits first, then letters, digits and . + ~ (a Debian upstream version), e.g. 1.2.0", o.version)
	}
	if o.deb {
		if _, err := exec.LookPath(o.nfpm); err != nil {
			return fmt.Errorf("nfpm not found (%v): go install github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0, or -deb=false", err)
		}
	}
	fmt.Printf("release: hearback %s, SOURCE_DATE_EPOCH=%d (%s), %s\n", o.version, o.epoch.Unix(), o.epoch.Format(time.RFC3339), runtime.Version())

	if err := cleanOut(o.out); err != nil {
		return err
	}
	stage := filepath.Join(o.out, "stage")

	// The licences first: an incompatible one stops the release before
	// anything is built.
	third, err := thirdPartyLicenses(ctx, root, allPlatforms)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(stage, "THIRD_PARTY_LICENSES"), third, 0o644); err != nil {
		return err
	}

	for _, p := range o.platforms {
		t := time.Now()
		if err := goBuild(ctx, root, p, o.version, filepath.Join(stage, p.dir(), "hearback")); err != nil {
			return err
		}
		fmt.Printf("release: built %s in %.1f s\n", p, time.Since(t).Seconds())
	}
	host := filepath.Join(stage, "host", "hearback")
	if err := goBuild(ctx, root, platform{runtime.GOOS, runtime.GOARCH}, o.version, host); err != nil {
		return err
	}
	docs, err := generatedDocs(ctx, host, o.epoch)
	if err != nil {
		return err
	}
	for name, data := range docs {
		if err := writeFile(filepath.Join(stage, name), data, 0o644); err != nil {
			return err
		}
	}

	var artefacts []string
	for _, p := range o.platforms {
		name := fmt.Sprintf("hearback_%s_%s_%s.tar.gz", o.version, p.os, p.arch)
		files, err := archiveFiles(root, stage, p)
		if err != nil {
			return err
		}
		if err := writeTarGz(filepath.Join(o.out, name), strings.TrimSuffix(name, ".tar.gz"), files, o.epoch); err != nil {
			return err
		}
		artefacts = append(artefacts, name)
	}

	var linux []platform
	for _, p := range o.platforms {
		if p.os == "linux" {
			linux = append(linux, p)
		}
	}
	if o.deb && len(linux) > 0 {
		if err := stageDeb(root, stage, docs, o.epoch); err != nil {
			return err
		}
		for _, p := range linux {
			name := fmt.Sprintf("hearback_%s_%s.deb", o.version, p.arch)
			if err := nfpmPackage(ctx, o, stage, p, filepath.Join(o.out, name)); err != nil {
				return err
			}
			artefacts = append(artefacts, name)
		}
	}
	if o.container && len(linux) > 0 {
		if err := containerContext(root, stage, filepath.Join(o.out, "container"), linux, o.caBundle, o.epoch); err != nil {
			return err
		}
	}

	sort.Strings(artefacts)
	var sums strings.Builder
	for _, name := range artefacts {
		sum, size, err := sha256File(filepath.Join(o.out, name))
		if err != nil {
			return err
		}
		fmt.Fprintf(&sums, "%s  %s\n", sum, name)
		fmt.Printf("release: %-52s %6.1f MB  sha256 %s\n", name, float64(size)/1e6, sum[:16])
	}
	if err := writeFile(filepath.Join(o.out, "SHA256SUMS"), []byte(sums.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("release: wrote %s (%d artefacts)\n", filepath.Join(o.out, "SHA256SUMS"), len(artefacts))
	return nil
}

// validVersion is what a Debian upstream version, a file name and
// main.version all accept.
var validVersion = regexp.MustCompile(`^[0-9][A-Za-z0-9.+~]*$`)

// cleanOut empties what earlier runs wrote into out, and nothing else.
func cleanOut(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if n == "stage" || n == "container" || n == "SHA256SUMS" || strings.HasPrefix(n, "hearback_") {
			if err := os.RemoveAll(filepath.Join(out, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// sourceDateEpoch is $SOURCE_DATE_EPOCH, else the commit time of HEAD.
func sourceDateEpoch(ctx context.Context, root string) (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		var err error
		if s, err = gitOutput(ctx, root, "log", "-1", "--format=%ct"); err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH is not set and git cannot give the commit time: %v", err)
		}
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", s)
	}
	return time.Unix(sec, 0).UTC(), nil
}

// gitVersion names a build by git: 1.2.0 for a commit tagged v1.2.0, else
// 1.2.0+git20261204.7d9f65f3ab12 after the last tag (0.0.0 without one),
// which sorts after 1.2.0 and before 1.2.1 for dpkg; .dirty marks
// uncommitted changes.
func gitVersion(ctx context.Context, root string, epoch time.Time) (string, error) {
	rev, err := gitOutput(ctx, root, "rev-parse", "--short=12", "HEAD")
	if err != nil {
		return "", err
	}
	dirty := ""
	if st, err := gitOutput(ctx, root, "status", "--porcelain", "--untracked-files=no"); err == nil && st != "" {
		dirty = ".dirty"
	}
	if tag, err := gitOutput(ctx, root, "describe", "--tags", "--exact-match", "--match", "v[0-9]*", "HEAD"); err == nil && dirty == "" {
		return strings.TrimPrefix(tag, "v"), nil
	}
	base := "0.0.0"
	if tag, err := gitOutput(ctx, root, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", "HEAD"); err == nil {
		base = strings.TrimPrefix(tag, "v")
	}
	return fmt.Sprintf("%s+git%s.%s%s", base, epoch.Format("20060102"), rev, dirty), nil
}

func gitOutput(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(string(ee.Stderr)))
		}
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// goEnv is the environment of a build for p: no cgo, the baseline of each
// architecture, and none of the caller's GOFLAGS (a -buildvcs=false there
// would drop the revision from `hearback version`).
func goEnv(p platform) []string {
	env := []string{}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOOS", "GOARCH", "CGO_ENABLED", "GOFLAGS", "GOAMD64", "GOARM64", "GOEXPERIMENT":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOOS="+p.os, "GOARCH="+p.arch, "CGO_ENABLED=0", "GOFLAGS=-mod=readonly", "GOAMD64=v1", "GOARM64=v8.0")
}

// goBuild builds cmd/hearback for p: static, -trimpath, with the version
// and (from a git checkout) the revision recorded.
func goBuild(ctx context.Context, root string, p platform, version, out string) error {
	buildvcs := "-buildvcs=false"
	if _, err := os.Stat(filepath.Join(root, ".git")); err == nil {
		buildvcs = "-buildvcs=true"
	}
	args := []string{"build", buildvcs, "-trimpath", "-ldflags", "-s -w -X main.version=" + version, "-o", out, "./cmd/hearback"}
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = goEnv(p)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s for %s: %v\n%s", strings.Join(args, " "), p, err, b)
	}
	return nil
}

// generatedDocs are the completions and the man page, as the binary
// prints them.
func generatedDocs(ctx context.Context, bin string, epoch time.Time) (map[string][]byte, error) {
	docs := map[string][]byte{}
	run := func(name string, args ...string) error {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+strconv.FormatInt(epoch.Unix(), 10))
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("hearback %s: %v", strings.Join(args, " "), err)
		}
		docs[name] = out
		return nil
	}
	for name, args := range map[string][]string{
		"completions/hearback.bash": {"completion", "bash"},
		"completions/_hearback":     {"completion", "zsh"},
		"completions/hearback.fish": {"completion", "fish"},
		"man/hearback.1":            {"man"},
	} {
		if err := run(name, args...); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// archiveFiles is what an archive holds, by its path in the archive.
func archiveFiles(root, stage string, p platform) ([]archiveFile, error) {
	files := []archiveFile{{name: "hearback", src: filepath.Join(stage, p.dir(), "hearback"), mode: 0o755}}
	for _, name := range []string{"README.md", "LICENSE", "config.example.yaml",
		"deploy/hearback.service", "deploy/hearback-user.service", "deploy/com.github.hearback.plist"} {
		files = append(files, archiveFile{name: name, src: filepath.Join(root, name), mode: 0o644})
	}
	for _, name := range []string{"THIRD_PARTY_LICENSES", "completions/hearback.bash", "completions/_hearback",
		"completions/hearback.fish", "man/hearback.1"} {
		files = append(files, archiveFile{name: name, src: filepath.Join(stage, name), mode: 0o644})
	}
	for i := range files {
		data, err := os.ReadFile(files[i].src)
		if err != nil {
			return nil, err
		}
		files[i].data = data
	}
	return files, nil
}

func writeFile(path string, data []byte, mode os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, mode); err != nil {
		return err
	}
	return os.Chmod(path, mode) // whatever the umask
}

func sha256File(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}
