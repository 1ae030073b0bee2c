package schedule

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// LocalZone follows the machine's time zone while hearback runs. Go reads
// the local zone once, at start; a laptop that travels changes
// /etc/localtime (timedatectl, macOS's automatic zone) under a running
// daemon. With TZ set in the environment, that is the zone for good.
type LocalZone struct {
	// Path is the zone file to follow (default /etc/localtime).
	Path string

	mu     sync.Mutex
	target string // symlink target or file identity last read
	loc    *time.Location
}

// Location is the machine's zone now. It is cheap enough to ask every
// tick: a readlink, and a read of the file only when it changed.
func (z *LocalZone) Location() *time.Location {
	if os.Getenv("TZ") != "" {
		return time.Local
	}
	path := z.Path
	if path == "" {
		path = "/etc/localtime"
	}
	z.mu.Lock()
	defer z.mu.Unlock()
	id := identity(path)
	if id == "" {
		if z.loc != nil {
			return z.loc
		}
		return time.Local
	}
	if id == z.target && z.loc != nil {
		return z.loc
	}
	loc := load(path)
	if loc == nil {
		if z.loc != nil {
			return z.loc
		}
		return time.Local
	}
	if z.loc == nil && z.target == "" && loc.String() == "Local" {
		// The zone Go read at start, unnamed: keep Go's, which has the
		// same rules.
		loc = time.Local
	}
	z.target, z.loc = id, loc
	return loc
}

// identity tells whether the zone file changed: the symlink's target, or
// the file's size and modification time.
func identity(path string) string {
	if t, err := os.Readlink(path); err == nil {
		return "link:" + t
	}
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return "file:" + fi.ModTime().String() + ":" + strconv.FormatInt(fi.Size(), 10)
}

// load reads the zone: by name when the file is a symlink into a zoneinfo
// tree (so that it is called America/New_York, not Local), else from its
// bytes.
func load(path string) *time.Location {
	if t, err := filepath.EvalSymlinks(path); err == nil {
		if i := strings.Index(t, "zoneinfo/"); i >= 0 {
			if loc, err := time.LoadLocation(t[i+len("zoneinfo/"):]); err == nil {
				return loc
			}
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	loc, err := time.LoadLocationFromTZData("Local", data)
	if err != nil {
		return nil
	}
	return loc
}
