package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// module is a module the binaries link, where its source is.
type module struct {
	path, version, dir string
	licence            string // SPDX expression, e.g. "MIT" or "Apache-2.0 AND MIT"
	files              []string
}

// compatible are the licences a module may have for hearback, licensed
// under Apache-2.0, to link it and ship the result: permissive licences
// whose conditions (keep the notices, ship NOTICE files) the
// THIRD_PARTY_LICENSES file fulfils. Anything else needs a person to look
// at it, and stops the release until this list says so.
var compatible = map[string]bool{"Apache-2.0": true, "MIT": true, "BSD-2-Clause": true, "BSD-3-Clause": true, "ISC": true}

// licenceFile is a file that carries a licence or a notice; mainLicence
// the one that says the module's own licence.
var (
	licenceFile = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|patents|unlicense)([-._].*)?$`)
	mainLicence = regexp.MustCompile(`(?i)^(licen[cs]e|copying)(\.(md|txt))?$`)
)

// thirdPartyLicenses is THIRD_PARTY_LICENSES: the modules the binaries
// for platforms link (and the Go standard library), each with its
// licence, then every licence and notice file of theirs in full. It fails
// when a module's licence is not known to be compatible.
func thirdPartyLicenses(ctx context.Context, root string, platforms []platform) ([]byte, error) {
	mods, err := linkedModules(ctx, root, platforms)
	if err != nil {
		return nil, err
	}
	goroot, err := goOutput(ctx, root, "env", "GOROOT")
	if err != nil {
		return nil, err
	}
	goversion, err := goOutput(ctx, root, "env", "GOVERSION")
	if err != nil {
		return nil, err
	}
	mods = append(mods, module{path: "std (the Go standard library and runtime)", version: goversion, dir: goroot})
	var problems []string
	for i := range mods {
		if err := readLicence(&mods[i]); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("third-party licences:\n  %s", strings.Join(problems, "\n  "))
	}

	var b bytes.Buffer
	b.WriteString("hearback: third-party software\n==============================\n\n")
	b.WriteString("hearback is licensed under the Apache License, Version 2.0 (the file LICENSE).\n")
	fmt.Fprintf(&b, "Its binaries for %s link the\n", joinPlatforms(platforms))
	b.WriteString("following modules and the Go standard library. Their licences allow that;\n")
	b.WriteString("their licence and notice files follow in full, as those licences ask.\n\n")
	w := 0
	for _, m := range mods {
		w = max(w, len(m.path))
	}
	fmt.Fprintf(&b, "%-*s  %-40s  %s\n", w, "module", "version", "licence")
	for _, m := range mods {
		fmt.Fprintf(&b, "%-*s  %-40s  %s\n", w, m.path, m.version, m.licence)
	}
	for _, m := range mods {
		for _, f := range m.files {
			data, err := os.ReadFile(filepath.Join(m.dir, f))
			if err != nil {
				return nil, err
			}
			rule := strings.Repeat("=", 78)
			fmt.Fprintf(&b, "\n\n%s\n%s %s: %s\n%s\n\n", rule, m.path, m.version, f, rule)
			b.Write(bytes.TrimRight(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), "\n"))
			b.WriteString("\n")
		}
	}
	return b.Bytes(), nil
}

func joinPlatforms(ps []platform) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.String())
	}
	return strings.Join(s, ", ")
}

// linkedModules are the modules whose packages cmd/hearback imports on
// any of the platforms (as built: without cgo), sorted by path.
func linkedModules(ctx context.Context, root string, platforms []platform) ([]module, error) {
	seen := map[string]module{}
	for _, p := range platforms {
		cmd := exec.CommandContext(ctx, "go", "list", "-deps", "-f",
			`{{with .Module}}{{if not .Main}}{{with .Replace}}{{.Path}}{{"\t"}}{{.Version}}{{"\t"}}{{.Dir}}{{else}}{{.Path}}{{"\t"}}{{.Version}}{{"\t"}}{{.Dir}}{{end}}{{end}}{{end}}`,
			"./cmd/hearback")
		cmd.Dir = root
		cmd.Env = goEnv(p)
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list -deps ./cmd/hearback for %s: %v%s", p, err, stderrOf(err))
		}
		for _, line := range strings.Split(string(out), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				continue
			}
			if f[2] == "" {
				return nil, fmt.Errorf("module %s %s has no source directory (go mod download)", f[0], f[1])
			}
			seen[f[0]] = module{path: f[0], version: f[1], dir: f[2]}
		}
	}
	mods := make([]module, 0, len(seen))
	for _, m := range seen {
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].path < mods[j].path })
	return mods, nil
}

// readLicence finds m's licence and notice files and names its licence.
func readLicence(m *module) error {
	entries, err := os.ReadDir(m.dir)
	if err != nil {
		return err
	}
	var main []string
	for _, e := range entries {
		if e.Type().IsRegular() && licenceFile.MatchString(e.Name()) {
			m.files = append(m.files, e.Name())
			if mainLicence.MatchString(e.Name()) {
				main = append(main, e.Name())
			}
		}
	}
	if len(main) == 0 {
		return fmt.Errorf("%s %s: no LICENSE or COPYING file in %s: find out its licence before linking it", m.path, m.version, m.dir)
	}
	ids := map[string]bool{}
	for _, f := range main {
		data, err := os.ReadFile(filepath.Join(m.dir, f))
		if err != nil {
			return err
		}
		for _, id := range identify(string(data)) {
			ids[id] = true
		}
	}
	var list []string
	for id := range ids {
		if !compatible[id] {
			return fmt.Errorf("%s %s: licence %s is not known to be compatible with Apache-2.0 (release/licenses.go)", m.path, m.version, id)
		}
		list = append(list, id)
	}
	if len(list) == 0 {
		return fmt.Errorf("%s %s: the licence in %s is not one this program recognises: read it, and teach release/licenses.go", m.path, m.version, strings.Join(main, ", "))
	}
	sort.Strings(list)
	m.licence = strings.Join(list, " AND ")
	return nil
}

// identify names the licences a licence text contains, by phrases that
// only that licence has. A file can hold several (yaml: MIT and Apache).
func identify(text string) []string {
	t := strings.Join(strings.Fields(text), " ") // one space between words
	var ids []string
	has := func(s string) bool { return strings.Contains(t, s) }
	if has("Apache License") && has("Version 2.0") {
		ids = append(ids, "Apache-2.0")
	}
	if has("Permission is hereby granted, free of charge, to any person obtaining a copy") {
		ids = append(ids, "MIT")
	}
	if has("Redistribution and use in source and binary forms") {
		switch {
		case has("Neither the name") || has("names of its contributors may be used") || has("may not be used to endorse"):
			ids = append(ids, "BSD-3-Clause")
		default:
			ids = append(ids, "BSD-2-Clause")
		}
	}
	if has("Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee") {
		ids = append(ids, "ISC")
	}
	for _, copyleft := range []string{"GNU GENERAL PUBLIC LICENSE", "GNU LESSER GENERAL PUBLIC LICENSE", "GNU AFFERO", "Mozilla Public License", "Eclipse Public License", "Server Side Public License"} {
		if strings.Contains(strings.ToUpper(t), strings.ToUpper(copyleft)) {
			ids = append(ids, copyleft)
		}
	}
	return ids
}

func goOutput(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v%s", strings.Join(args, " "), err, stderrOf(err))
	}
	return strings.TrimSpace(string(out)), nil
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return ": " + strings.TrimSpace(string(ee.Stderr))
	}
	return ""
}
