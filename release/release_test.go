package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// The archive's bytes depend on the files and the time alone: not on the
// order they are given in, and not on the machine (owners, umask, clock).
func TestTarGzReproducible(t *testing.T) {
	mtime := time.Unix(1780000000, 0)
	files := []archiveFile{
		{name: "hearback", mode: 0o755, data: []byte("binary")},
		{name: "man/hearback.1", mode: 0o644, data: []byte(".TH HEARBACK 1\n")},
		{name: "README.md", mode: 0o644, data: []byte("# hearback\n")},
		{name: "completions/_hearback", mode: 0o644, data: []byte("#compdef hearback\n")},
	}
	a, err := tarGz("hearback_1.0.0_linux_amd64", files, mtime)
	if err != nil {
		t.Fatal(err)
	}
	reversed := []archiveFile{files[3], files[2], files[1], files[0]}
	b, err := tarGz("hearback_1.0.0_linux_amd64", reversed, mtime.In(time.FixedZone("elsewhere", 5*3600)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("the same files in another order (or zone) gave different archives")
	}

	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("gzip header records name %q, time %v: want neither", zr.Name, zr.ModTime)
	}
	tr := tar.NewReader(zr)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" || !h.ModTime.Equal(mtime) {
			t.Errorf("%s: owner %d:%d (%q:%q), mtime %v: want 0:0, no names, %v", h.Name, h.Uid, h.Gid, h.Uname, h.Gname, h.ModTime, mtime)
		}
		want := int64(0o644)
		if h.Typeflag == tar.TypeDir || h.Name == "hearback_1.0.0_linux_amd64/hearback" {
			want = 0o755
		}
		if h.Mode != want {
			t.Errorf("%s: mode %o, want %o", h.Name, h.Mode, want)
		}
	}
	wantNames := []string{
		"hearback_1.0.0_linux_amd64/",
		"hearback_1.0.0_linux_amd64/README.md",
		"hearback_1.0.0_linux_amd64/completions/",
		"hearback_1.0.0_linux_amd64/completions/_hearback",
		"hearback_1.0.0_linux_amd64/hearback",
		"hearback_1.0.0_linux_amd64/man/",
		"hearback_1.0.0_linux_amd64/man/hearback.1",
	}
	if strings.Join(names, "\n") != strings.Join(wantNames, "\n") {
		t.Errorf("entries:\n%s\nwant (sorted, each directory before its files):\n%s", strings.Join(names, "\n"), strings.Join(wantNames, "\n"))
	}
}

func TestGzipBytesReproducible(t *testing.T) {
	a, _ := gzipBytes([]byte("hello"))
	b, _ := gzipBytes([]byte("hello"))
	if !bytes.Equal(a, b) {
		t.Fatal("gzipBytes differs between two runs")
	}
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("gzip header records name %q, time %v", zr.Name, zr.ModTime)
	}
}

// The Debian package's units are deploy/'s with /usr/bin/hearback, and
// install notes for the package.
func TestPackagedUnits(t *testing.T) {
	for _, e := range packagedUnits {
		src, err := os.ReadFile(filepath.Join("..", "deploy", e.src))
		if err != nil {
			t.Fatal(err)
		}
		unit, err := packagedUnit(src, e)
		if err != nil {
			t.Fatal(err)
		}
		u := string(unit)
		if !strings.Contains(u, "\nExecStart=/usr/bin/hearback ") || strings.Contains(u, e.from) || strings.Contains(u, "# Install:") {
			t.Errorf("packaged %s:\n%s", e.src, u)
		}
		// Every directive is deploy/'s, in the same order, but ExecStart's binary.
		directives := func(s string) []string {
			var d []string
			for _, l := range strings.Split(s, "\n") {
				if l != "" && !strings.HasPrefix(l, "#") {
					d = append(d, l)
				}
			}
			return d
		}
		want := directives(strings.Replace(string(src), "ExecStart="+e.from, "ExecStart=/usr/bin/hearback", 1))
		if got := directives(u); !slices.Equal(got, want) {
			t.Errorf("packaged %s directives:\n%s\nwant:\n%s", e.src, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		// A unit the edits no longer fit is an error, not a unit that
		// points at the wrong binary.
		drifted := strings.Replace(string(src), "ExecStart="+e.from, "ExecStart=/opt/hearback", 1)
		if _, err := packagedUnit([]byte(drifted), e); err == nil {
			t.Errorf("%s: a unit without ExecStart=%s was packaged", e.src, e.from)
		}
	}
}

func TestIdentifyLicences(t *testing.T) {
	mit := "Permission is hereby granted, free of charge, to any person obtaining a copy\nof this software"
	bsd2 := "Redistribution and use in source and binary forms, with or without\nmodification, are permitted provided that the following conditions are met:"
	bsd3 := bsd2 + " ... Neither the name of the copyright holder nor the names of its contributors may be used"
	apache := "Apache License\n Version 2.0, January 2004"
	tests := map[string]string{
		mit:    "MIT",
		bsd2:   "BSD-2-Clause",
		bsd3:   "BSD-3-Clause",
		apache: "Apache-2.0",
		"MIT and Apache\n" + mit + "\nLicensed under the Apache License, Version 2.0": "Apache-2.0 MIT",
		"GNU GENERAL PUBLIC LICENSE Version 3":                                        "GNU GENERAL PUBLIC LICENSE",
		"Mozilla Public License Version 2.0":                                          "Mozilla Public License",
		"All rights reserved. Do not copy this.":                                      "",
	}
	for text, want := range tests {
		if got := strings.Join(identify(text), " "); got != want {
			t.Errorf("identify(%.40q) = %q, want %q", text, got, want)
		}
	}
	for _, id := range []string{"GNU GENERAL PUBLIC LICENSE", "Mozilla Public License", ""} {
		if compatible[id] {
			t.Errorf("%q counts as compatible", id)
		}
	}
}

// Every module the binaries link has a licence compatible with
// Apache-2.0, and THIRD_PARTY_LICENSES carries it.
func TestThirdPartyLicenses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list for four platforms")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	text, err := thirdPartyLicenses(t.Context(), root, allPlatforms)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := linkedModules(t.Context(), root, allPlatforms)
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) < 10 {
		t.Fatalf("only %d modules linked: %v", len(mods), mods)
	}
	for _, m := range append(mods, module{path: "std (the Go standard library and runtime)"}) {
		if !bytes.Contains(text, []byte("\n"+m.path+" ")) || !bytes.Contains(text, []byte(m.path+" "+m.version)) {
			t.Errorf("THIRD_PARTY_LICENSES lacks %s %s", m.path, m.version)
		}
	}
	for _, must := range []string{"modernc.org/sqlite", "github.com/emersion/go-imap/v2", "NOTICE"} {
		if !bytes.Contains(text, []byte(must)) {
			t.Errorf("THIRD_PARTY_LICENSES lacks %s", must)
		}
	}
}

// nfpm.yaml names files that exist (or that the release program stages),
// with an explicit mode each, and scripts that are executable.
func TestNfpmConfig(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "nfpm.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Contents []struct {
			Src, Dst, Type string
			Expand         bool
			FileInfo       struct {
				Mode any `yaml:"mode"`
			} `yaml:"file_info"`
		}
		Scripts map[string]string
	}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	dsts := map[string]bool{}
	for _, c := range cfg.Contents {
		dsts[c.Dst] = true
		if c.FileInfo.Mode == nil {
			t.Errorf("%s: no explicit mode (the checkout's would leak into the package)", c.Dst)
		}
		switch {
		case c.Src == "":
		case strings.Contains(c.Src, "${"):
			if !c.Expand {
				t.Errorf("%s: src %s needs expand: true", c.Dst, c.Src)
			}
		default:
			if _, err := os.Stat(filepath.Join("..", c.Src)); err != nil {
				t.Errorf("%s: %v", c.Dst, err)
			}
		}
	}
	for _, want := range []string{"/usr/bin/hearback", "/lib/systemd/system/hearback.service", "/etc/hearback/config.yaml",
		"/usr/share/man/man1/hearback.1.gz", "/usr/share/bash-completion/completions/hearback", "/usr/share/doc/hearback/copyright",
		"/usr/share/doc/hearback/THIRD_PARTY_LICENSES"} {
		if !dsts[want] {
			t.Errorf("nfpm.yaml does not install %s", want)
		}
	}
	for _, s := range cfg.Scripts {
		fi, err := os.Stat(filepath.Join("..", s))
		if err != nil {
			t.Errorf("script %v", err)
		} else if fi.Mode()&0o111 == 0 {
			t.Errorf("script %s is not executable", s)
		}
	}
}

func TestValidVersion(t *testing.T) {
	for v, ok := range map[string]bool{"1.2.0": true, "0.0.0+git20261204.7d9f65f3ab12": true, "1.2.0~rc1": true,
		"v1.2.0": false, "1.2.0-rc1": false, "": false, "1.2 0": false} {
		if validVersion.MatchString(v) != ok {
			t.Errorf("validVersion(%q) = %v, want %v", v, !ok, ok)
		}
	}
}
