package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// The last digest survives a reopen, and a second one replaces the first.
func TestLastDigest(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearback.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.LastDigest(ctx); ok || err != nil {
		t.Fatalf("LastDigest of a new store = %v, %v; want none", ok, err)
	}
	gen, err := st.MessagesGeneration(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := time.Date(2027, 4, 23, 17, 0, 0, 0, time.UTC)
	second := first.AddDate(0, 0, 7)
	for _, at := range []time.Time{first, second} {
		if err := st.SetLastDigest(ctx, at.Add(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		got, ok, err := st.LastDigest(ctx)
		if err != nil || !ok || !got.Equal(at) {
			t.Fatalf("LastDigest after SetLastDigest(%v) = %v, %v, %v; want %v (whole seconds)", at, got, ok, err, at)
		}
	}
	// Not a change to the messages: the check snapshot stays valid.
	if g, err := st.MessagesGeneration(ctx); err != nil || g != gen {
		t.Errorf("generation after recording digests = %d, %v; want %d", g, err, gen)
	}
	st.Close()
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got, ok, err := st.LastDigest(ctx); err != nil || !ok || !got.Equal(second) {
		t.Errorf("LastDigest after reopening = %v, %v, %v; want %v", got, ok, err, second)
	}
}
