package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"os"
	"path"
	"sort"
	"time"
)

// archiveFile is one file of an archive: its path inside (below the
// top directory), its mode and its bytes.
type archiveFile struct {
	name string
	src  string
	mode int64
	data []byte
}

// writeTarGz writes a .tar.gz whose bytes depend only on the files and
// mtime: entries sorted by name, every directory listed before its
// contents, owner and group 0 without names, mtime for every entry, and a
// gzip header with neither name nor time.
func writeTarGz(dst, top string, files []archiveFile, mtime time.Time) error {
	data, err := tarGz(top, files, mtime)
	if err != nil {
		return err
	}
	return writeFile(dst, data, 0o644)
}

func tarGz(top string, files []archiveFile, mtime time.Time) ([]byte, error) {
	type entry struct {
		name string
		file *archiveFile // nil: a directory
	}
	dirs := map[string]bool{top + "/": true}
	var entries []entry
	for i := range files {
		name := path.Join(top, files[i].name)
		entries = append(entries, entry{name, &files[i]})
		for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
			dirs[d+"/"] = true
		}
	}
	for d := range dirs {
		entries = append(entries, entry{name: d})
	}
	// "a/" sorts before "a/b", so a directory comes before its contents.
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })

	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	// gzip.Header's zero ModTime and Name are written as "none"; its OS is
	// always 255 (unknown).
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		h := &tar.Header{
			Name:    e.name,
			ModTime: mtime.UTC().Truncate(time.Second),
			Format:  tar.FormatPAX,
		}
		if e.file == nil {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, e.file.mode, int64(len(e.file.data))
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if e.file != nil {
			if _, err := tw.Write(e.file.data); err != nil {
				return nil, err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gzipBytes compresses data as `gzip -9n` would: no name, no time.
func gzipBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := gz.Write(data); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// setMtimes gives every file and directory below dir the same mtime.
func setMtimes(dir string, mtime time.Time) error {
	var paths []string
	err := walk(dir, func(p string) { paths = append(paths, p) })
	if err != nil {
		return err
	}
	// Deepest first, so that setting a file's time does not touch its
	// directory's afterwards (it would not anyway: a chtimes is no write).
	for i := len(paths) - 1; i >= 0; i-- {
		if err := os.Chtimes(paths[i], mtime, mtime); err != nil {
			return err
		}
	}
	return nil
}

func walk(dir string, fn func(string)) error {
	fn(dir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		if e.IsDir() {
			if err := walk(p, fn); err != nil {
				return err
			}
		} else {
			fn(p)
		}
	}
	return nil
}
