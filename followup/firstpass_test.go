package followup

import (
	"context"
	"runtime"
	"testing"

	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// The first pass of a full build keeps a few tens of bytes of every
// message of the window (mailmsg.Links, a packed key, the thread root and
// the verdict bytes): what a first check of 120,000 messages holds while
// it groups them (BENCHMARKS.md). A Headers per message, as before, held
// several hundred.
func TestFirstPassMemoryPerMessage(t *testing.T) {
	const n = 4000
	st, cfg, acct, now := benchStore(t, n)
	ctx := context.Background()
	p := &firstPass{st: st, policy: PolicyFor(cfg), acct: acct, me: thread.MeOf(acct), now: now, since: Since(cfg, now),
		byThread: map[string][]store.Draft{}}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := p.readHeads(ctx); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if got := p.links.Len(); got != n+n/40 {
		t.Fatalf("first pass read %d messages, want %d", got, n+n/40)
	}
	per := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) / int64(p.links.Len())
	t.Logf("first pass: %d bytes a message", per)
	if per > 200 {
		t.Errorf("the first pass holds %d bytes a message, want at most 200", per)
	}
	runtime.KeepAlive(p)
}
