package gcpace

import (
	"math"
	"runtime/debug"
	"testing"
)

func current() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestOverlappingRequests(t *testing.T) {
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	steps := []struct {
		do   func() func()
		want int
	}{
		{func() func() { return Raise(400) }, 400},
		{func() func() { return Lower(20) }, 20},
		{func() func() { return Raise(800) }, 20},
	}
	var restores []func()
	for i, s := range steps {
		restores = append(restores, s.do())
		if got := current(); got != s.want {
			t.Fatalf("after request %d: GOGC = %d, want %d", i, got, s.want)
		}
	}
	// Ending the Lower lets the highest raise through; ending all restores.
	restores[1]()
	if got := current(); got != 800 {
		t.Errorf("after the Lower ended: GOGC = %d, want 800", got)
	}
	restores[1]() // twice is harmless
	restores[2]()
	if got := current(); got != 400 {
		t.Errorf("after the second Raise ended: GOGC = %d, want 400", got)
	}
	restores[0]()
	if got := current(); got != 100 {
		t.Errorf("after every request ended: GOGC = %d, want 100", got)
	}
}

func TestUserChoiceWins(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	t.Setenv("GOGC", "50")
	restore := Raise(400)
	if got := current(); got != 50 {
		t.Errorf("Raise with GOGC=50 set: GOGC = %d, want 50", got)
	}
	restore()
	low := Lower(80)
	if got := current(); got != 50 {
		t.Errorf("Lower(80) with GOGC=50: GOGC = %d, want 50 (already lower)", got)
	}
	low()

	debug.SetGCPercent(-1)
	off := Lower(20)
	if got := current(); got != -1 {
		t.Errorf("Lower with GC off: GOGC = %d, want off", got)
	}
	off()
}

func TestLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(noLimit)
	a := Limit(64 << 20)
	b := Limit(32 << 20)
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("two limits: %d, want the lower", got)
	}
	b()
	if got := debug.SetMemoryLimit(-1); got != 64<<20 {
		t.Errorf("after the lower ended: %d, want 64 MiB", got)
	}
	a()
	if got := debug.SetMemoryLimit(-1); got != noLimit {
		t.Errorf("after both ended: %d, want none", got)
	}
	// A lower limit in force (GOMEMLIMIT=16MiB, say) is never raised.
	debug.SetMemoryLimit(16 << 20)
	c := Limit(32 << 20)
	if got := debug.SetMemoryLimit(-1); got != 16<<20 {
		t.Errorf("under a 16 MiB limit: %d, want it kept", got)
	}
	d := Limit(8 << 20)
	if got := debug.SetMemoryLimit(-1); got != 8<<20 {
		t.Errorf("8 MiB under a 16 MiB limit: %d, want 8 MiB", got)
	}
	d()
	c()
	if got := debug.SetMemoryLimit(-1); got != 16<<20 {
		t.Errorf("after both ended: %d, want 16 MiB back", got)
	}
}

// noLimit is the runtime's "no memory limit".
const noLimit = math.MaxInt64
