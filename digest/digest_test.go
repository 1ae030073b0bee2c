package digest_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/digest"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/internal/demo"
)

// The demo mailbox after its check: a thank-you waits for Maya's no and a
// last note for Sam, who went quiet. Neither thread is under way again
// because hearback drafted for it: Maya's is over, Sam's is quiet.
func TestDigestThreadsThatEnded(t *testing.T) {
	now, err := time.Parse(time.RFC3339, "2027-04-21T10:00:00-04:00")
	if err != nil {
		t.Fatal(err)
	}
	mb, err := demo.Start(now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mb.Close() })
	cfg, err := mb.Config(t.TempDir(), "")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	e, err := engine.Open(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	res, err := e.CheckAll(ctx, now, engine.Run{Who: "test", Trigger: "demo", Wait: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	d, err := digest.Build(ctx, e.Store, cfg, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Accounts) != 1 {
		t.Fatalf("%d accounts, want the demo's one", len(d.Accounts))
	}
	a := d.Accounts[0]
	who := func(ls []digest.Line) string {
		var names []string
		for _, l := range ls {
			names = append(names, l.Who)
		}
		return strings.Join(names, ", ")
	}
	active, quiet := who(a.Active), who(a.Quiet)
	tests := []struct {
		name, list, who string
		want            bool
	}{
		{"a no with a thank-you waiting is not under way", active, "Maya Chen", false},
		{"nor is it quiet", quiet, "Maya Chen", false},
		{"a last note waiting leaves the thread quiet", quiet, "Sam Lee", true},
		{"and not under way", active, "Sam Lee", false},
		{"a nudge waiting is under way", active, "Jane Doe", true},
		{"an interview ahead is under way", active, "Gavin Ross", true},
	}
	for _, tt := range tests {
		if got := strings.Contains(tt.list, tt.who); got != tt.want {
			t.Errorf("%s: %q in %q is %v", tt.name, tt.who, tt.list, got)
		}
	}
	if a.Drafts != 10 {
		t.Errorf("drafts written this week: %d, want the demo check's 10", a.Drafts)
	}
}
