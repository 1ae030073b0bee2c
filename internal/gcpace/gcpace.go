// Package gcpace lets phases of hearback change how often the garbage
// collector runs (GOGC) for as long as they last, even when they overlap:
// a bulk first sync holds little live memory and allocates a lot, so it
// collects less often; building the thread index holds a lot and wants
// the peak kept down, so it collects more often. Lowering wins over
// raising, because the memory bound is the promise; neither overrides a
// GOGC the user set in the environment (or GC turned off). A phase may also
// cap the Go heap with a soft memory limit (Limit), never above one in
// force (GOMEMLIMIT included).
package gcpace

import (
	"os"
	"runtime/debug"
	"slices"
	"sync"
)

var pace struct {
	sync.Mutex
	saved       int   // the percent before the first active request
	lows, highs []int // active requests
}

// Lower sets GOGC to percent (unless it is already lower) until restore
// is called.
func Lower(percent int) (restore func()) { return request(&pace.lows, percent) }

// Raise sets GOGC to percent, unless a Lower is active or the user chose
// GOGC, until restore is called.
func Raise(percent int) (restore func()) { return request(&pace.highs, percent) }

func request(list *[]int, percent int) func() {
	pace.Lock()
	defer pace.Unlock()
	if len(pace.lows)+len(pace.highs) == 0 {
		pace.saved = debug.SetGCPercent(100)
		debug.SetGCPercent(pace.saved)
	}
	*list = append(*list, percent)
	apply()
	var once sync.Once
	return func() {
		once.Do(func() {
			pace.Lock()
			defer pace.Unlock()
			i := slices.Index(*list, percent)
			*list = slices.Delete(*list, i, i+1)
			apply()
		})
	}
}

// apply sets the percent the active requests ask for. pace is locked.
func apply() {
	want := pace.saved
	switch {
	case pace.saved < 0:
		// GC off: nothing to pace.
	case len(pace.lows) > 0:
		want = min(pace.saved, slices.Min(pace.lows))
	case len(pace.highs) > 0 && os.Getenv("GOGC") == "":
		want = max(pace.saved, slices.Max(pace.highs))
	}
	debug.SetGCPercent(want)
}

var limits struct {
	sync.Mutex
	saved  int64
	active []int64
}

// Limit sets the runtime's soft memory limit to bytes (unless a lower one
// is in force, such as the user's GOMEMLIMIT) until restore is called. A
// phase that holds more and more memory while raising the GC pace uses it
// to keep the pace from multiplying what it holds.
func Limit(bytes int64) (restore func()) {
	limits.Lock()
	defer limits.Unlock()
	if len(limits.active) == 0 {
		limits.saved = debug.SetMemoryLimit(-1)
	}
	limits.active = append(limits.active, bytes)
	debug.SetMemoryLimit(min(limits.saved, slices.Min(limits.active)))
	var once sync.Once
	return func() {
		once.Do(func() {
			limits.Lock()
			defer limits.Unlock()
			i := slices.Index(limits.active, bytes)
			limits.active = slices.Delete(limits.active, i, i+1)
			want := limits.saved
			if len(limits.active) > 0 {
				want = min(want, slices.Min(limits.active))
			}
			debug.SetMemoryLimit(want)
		})
	}
}
