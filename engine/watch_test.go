package engine

import (
	"testing"
	"time"
)

// backoff: the first retry immediate, then doubling with jitter, capped.
func TestBackoff(t *testing.T) {
	tests := []struct {
		n        int
		min, max time.Duration
	}{
		{0, 0, 0},
		{1, time.Second, 2 * time.Second},
		{2, 2 * time.Second, 4 * time.Second},
		{5, 16 * time.Second, 32 * time.Second},
		{9, backoffCap / 2, backoffCap},
		{1000, backoffCap / 2, backoffCap},
	}
	for _, tt := range tests {
		seen := map[time.Duration]bool{}
		for range 50 {
			got := backoff(tt.n)
			seen[got] = true
			if got < tt.min || got > tt.max {
				t.Fatalf("backoff(%d) = %v, want in [%v, %v]", tt.n, got, tt.min, tt.max)
			}
		}
		if tt.n > 0 && len(seen) < 10 {
			t.Errorf("backoff(%d) gave %d distinct waits in 50 draws: no jitter?", tt.n, len(seen))
		}
	}
}
