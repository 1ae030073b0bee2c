package watcher

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// syncBuffer is a log sink safe for the client's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testLogger() (*slog.Logger, *syncBuffer) {
	buf := &syncBuffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func dial(t *testing.T, srv imaptest.Server) (*Session, *syncBuffer) {
	t.Helper()
	return dialWith(t, srv, Dialer{})
}

// dialWith is dial with d's time limits.
func dialWith(t *testing.T, srv imaptest.Server, d Dialer) (*Session, *syncBuffer) {
	t.Helper()
	log, buf := testLogger()
	s, err := d.Dial(testCtx(t), srv.Account("personal"), srv.Password(), log)
	if err != nil {
		t.Fatalf("Dial() = %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, buf
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "hearback.db"))
	if err != nil {
		t.Fatalf("store.Open() = %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// mail builds a small RFC 5322 message with CRLF line ends.
func mail(id, subject string, date time.Time) []byte {
	return []byte(fmt.Sprintf("From: Recruiter <jane@acme.example>\r\n"+
		"To: me@example.com\r\n"+
		"Subject: %s\r\n"+
		"Date: %s\r\n"+
		"Message-ID: <%s>\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n"+
		"Hello, this is about the role.\r\n", subject, date.Format(time.RFC1123Z), id))
}

func count(t *testing.T, st *store.Store, role string) int {
	t.Helper()
	n, err := st.CountMessages(context.Background(), "personal", role)
	if err != nil {
		t.Fatalf("CountMessages(%q) = %v", role, err)
	}
	return n
}

func storedIDs(t *testing.T, st *store.Store, role string) map[string]int {
	t.Helper()
	msgs, err := st.Messages(context.Background(), "personal", time.Time{})
	if err != nil {
		t.Fatalf("Messages() = %v", err)
	}
	out := map[string]int{}
	for _, m := range msgs {
		if m.Role == role {
			out[m.MessageID]++
		}
	}
	return out
}

func logOf(srv imaptest.Server) string {
	if d, ok := srv.(*imaptest.Dovecot); ok {
		return d.Log()
	}
	return ""
}
