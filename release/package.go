package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// unitEdit turns one of deploy/'s units into the Debian package's: the
// binary is /usr/bin/hearback, and the install notes say what the package
// did and what is left to do. Every edit must apply, so a change in
// deploy/ that they no longer fit stops the release instead of shipping
// a unit that points at /usr/local/bin.
type unitEdit struct {
	src     string   // in deploy/
	from    string   // ExecStart's binary there
	install []string // replaces the comment block that starts "# Install:"
	lines   map[string]string
}

var packagedUnits = []unitEdit{
	{
		src:  "hearback.service",
		from: "/usr/local/bin/hearback",
		install: []string{
			"# Installed by the hearback Debian package, which starts nothing by itself.",
			"# Write your settings into /etc/hearback/config.yaml (it stays mode 0600),",
			"# then: sudo systemctl enable --now hearback",
		},
	},
	{
		src:  "hearback-user.service",
		from: "%h/.local/bin/hearback",
		install: []string{
			"# Installed by the hearback Debian package, for any user who wants it:",
			"#   hearback init                      # writes ~/.config/hearback/config.yaml",
			"#   systemctl --user enable --now hearback",
		},
		lines: map[string]string{
			"# %h is your home directory; adjust if you installed hearback elsewhere.": "# The binary of the Debian package.",
		},
	},
}

// packagedUnit applies e to the unit's text.
func packagedUnit(src []byte, e unitEdit) ([]byte, error) {
	lines := strings.Split(string(src), "\n")
	var out []string
	execs, installs := 0, 0
	used := map[string]bool{}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "ExecStart="+e.from+" "):
			out = append(out, "ExecStart=/usr/bin/hearback "+strings.TrimPrefix(l, "ExecStart="+e.from+" "))
			execs++
		case strings.TrimSpace(l) == "# Install:":
			// The block runs to the next line that is only "#", or a blank one.
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "#" && strings.TrimSpace(lines[i+1]) != "" {
				i++
			}
			out = append(out, e.install...)
			installs++
		default:
			if r, ok := e.lines[l]; ok {
				out = append(out, r)
				used[l] = true
				continue
			}
			out = append(out, l)
		}
	}
	if execs != 1 || installs != 1 || len(used) != len(e.lines) {
		return nil, fmt.Errorf("deploy/%s no longer fits release/package.go: %d ExecStart=%s lines, %d \"# Install:\" blocks, %d of %d comment lines found (want 1, 1, all)",
			e.src, execs, e.from, installs, len(used), len(e.lines))
	}
	res := strings.Join(out, "\n")
	if strings.Contains(res, e.from) {
		return nil, fmt.Errorf("deploy/%s: the packaged unit still mentions %s", e.src, e.from)
	}
	return []byte(res), nil
}

// stageDeb writes what nfpm.yaml packages besides the binaries and the
// generated docs: the packaged units and the man page, gzipped.
func stageDeb(root, stage string, docs map[string][]byte, mtime time.Time) error {
	for _, e := range packagedUnits {
		src, err := os.ReadFile(filepath.Join(root, "deploy", e.src))
		if err != nil {
			return err
		}
		unit, err := packagedUnit(src, e)
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(stage, "deb", e.src), unit, 0o644); err != nil {
			return err
		}
	}
	man, err := gzipBytes(docs["man/hearback.1"])
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(stage, "deb", "hearback.1.gz"), man, 0o644); err != nil {
		return err
	}
	return setMtimes(filepath.Join(stage, "deb"), mtime)
}

// nfpmPackage runs nfpm on nfpm.yaml for p.
func nfpmPackage(ctx context.Context, o *options, stage string, p platform, target string) error {
	cmd := exec.CommandContext(ctx, o.nfpm, "package", "--config", filepath.Join(o.root, "nfpm.yaml"), "--packager", "deb", "--target", target)
	cmd.Dir = o.root
	cmd.Env = append(os.Environ(),
		"HEARBACK_VERSION="+o.version,
		"HEARBACK_STAGE="+stage,
		"GOARCH="+p.arch,
		"SOURCE_DATE_EPOCH="+strconv.FormatInt(o.epoch.Unix(), 10))
	t := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("nfpm package for %s: %v\n%s", p, err, out)
	}
	fmt.Printf("release: packaged %s in %.1f s\n", filepath.Base(target), time.Since(t).Seconds())
	return nil
}

// containerContext writes the build context of the Containerfile: the
// Linux binaries by architecture, and rootfs/ (CA certificates, the user
// the image runs as, an empty /tmp) and volumes/ (/config and /data,
// owned by that user through the Containerfile's COPY --chown).
func containerContext(root, stage, dir string, linux []platform, caBundle string, mtime time.Time) error {
	ca, err := os.ReadFile(caBundle)
	if err != nil {
		return fmt.Errorf("container: CA certificates: %v (apt-get install ca-certificates, or -ca-bundle FILE, or -container=false)", err)
	}
	containerfile, err := os.ReadFile(filepath.Join(root, "Containerfile"))
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"Containerfile": containerfile,
		"rootfs/etc/ssl/certs/ca-certificates.crt":           ca,
		"rootfs/etc/passwd":                                  []byte("root:x:0:0:root:/root:/sbin/nologin\nhearback:x:65532:65532:hearback:/data:/sbin/nologin\n"),
		"rootfs/etc/group":                                   []byte("root:x:0:\nhearback:x:65532:\n"),
		"rootfs/usr/share/doc/hearback/LICENSE":              nil,
		"rootfs/usr/share/doc/hearback/README.md":            nil,
		"rootfs/usr/share/doc/hearback/THIRD_PARTY_LICENSES": nil,
		"rootfs/usr/share/doc/hearback/config.example.yaml":  nil,
	}
	for name, data := range files {
		if data == nil {
			base := filepath.Base(name)
			from := filepath.Join(root, base)
			if base == "THIRD_PARTY_LICENSES" {
				from = filepath.Join(stage, base)
			}
			if data, err = os.ReadFile(from); err != nil {
				return err
			}
		}
		if err := writeFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	for _, p := range linux {
		bin, err := os.ReadFile(filepath.Join(stage, p.dir(), "hearback"))
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(dir, p.dir(), "hearback"), bin, 0o755); err != nil {
			return err
		}
	}
	for name, mode := range map[string]os.FileMode{"rootfs/tmp": 0o777 | os.ModeSticky, "volumes/config": 0o700, "volumes/data": 0o700} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		if err := os.Chmod(p, mode); err != nil {
			return err
		}
	}
	return setMtimes(dir, mtime)
}
