package engine

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

// BenchmarkCheckNothingNewFolders is a check with nothing new on an
// account that reads 1, 10 or 50 folders besides INBOX and Sent, against
// Dovecot: the round trips stay constant (one pipelined STATUS of every
// folder), the time grows little.
//
//	go test -run x -bench CheckNothingNewFolders ./engine
func BenchmarkCheckNothingNewFolders(b *testing.B) {
	for _, n := range []int{1, 10, 50} {
		b.Run(fmt.Sprintf("folders=%d", n), func(b *testing.B) {
			e, acct, now := foldersAccount(b, n)
			trips := 0
			for b.Loop() {
				r := e.CheckAccount(context.Background(), acct, now, true)
				if r.Err != nil || r.Fetched() != 0 {
					b.Fatalf("check: %v, fetched %d", r.Err, r.Fetched())
				}
				trips = r.Synced.RoundTrips
			}
			b.ReportMetric(float64(trips), "sync-round-trips")
		})
	}
}

// foldersAccount is an engine over a Dovecot whose account reads n folders
// of 20 messages besides INBOX and Sent, after its first check.
func foldersAccount(tb testing.TB, n int) (*Engine, config.Account, time.Time) {
	tb.Helper()
	layout := append([]imaptest.Mailbox(nil), imaptest.Plain...)
	for i := range n {
		layout = append(layout, imaptest.Mailbox{Name: fmt.Sprintf("Folder%02d", i)})
	}
	d := imaptest.StartDovecotLayout(tb, layout)
	now := time.Now()
	for i := range n {
		for k := range 20 {
			raw := fmt.Sprintf("From: a%d@corp%d.example\r\nTo: me@example.com\r\nSubject: note %d\r\nDate: %s\r\nMessage-ID: <f%d-%d@corp.example>\r\n\r\nhello\r\n",
				k, i, k, now.Add(-time.Duration(k)*time.Hour).Format(time.RFC1123Z), i, k)
			d.Append(tb, fmt.Sprintf("Folder%02d", i), []byte(raw), now, imap.FlagSeen)
		}
	}
	cfg := config.Default()
	cfg.Database = filepath.Join(tb.TempDir(), "hearback.db")
	cfg.Accounts = []config.Account{{Name: "bench", Host: "127.0.0.1", Port: d.Port(), TLS: "none",
		Username: imaptest.Username, Password: imaptest.Password, Addresses: []string{"me@example.com"}}}
	cfg.ApplyDefaults()
	if err := cfg.Validate(); err != nil {
		tb.Fatal(err)
	}
	e, err := Open(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	if r := e.CheckAccount(context.Background(), cfg.Accounts[0], now, true); r.Err != nil || len(r.Synced.Folders) != n {
		tb.Fatalf("first check: %v, %d folders read, want %d", r.Err, len(r.Synced.Folders), n)
	}
	return e, cfg.Accounts[0], now
}

// A check with nothing new costs the same round trips with 12 folders as
// with none: one pipelined STATUS of every folder, then LIST.
func TestCheckNothingNewRoundTripsDovecot(t *testing.T) {
	e, acct, now := foldersAccount(t, 12)
	r := e.CheckAccount(context.Background(), acct, now, true)
	if r.Err != nil || r.Fetched() != 0 {
		t.Fatalf("check: %v, fetched %d", r.Err, r.Fetched())
	}
	if r.Synced.RoundTrips != 2 {
		t.Errorf("a check with nothing new and 12 folders made %d sync round trips, want 2", r.Synced.RoundTrips)
	}
}
