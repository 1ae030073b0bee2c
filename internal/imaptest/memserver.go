package imaptest

import (
	"net"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// MemServer is go-imap's in-memory server with the test user and the
// mailboxes INBOX, Sent and Drafts. It reports no special-use attributes,
// so clients find Sent and Drafts by name.
type MemServer struct {
	base
	User   *imapmemserver.User
	server *imapserver.Server
}

// MemServerOptions shape a MemServer.
type MemServerOptions struct {
	// Caps replaces the advertised capabilities (default IMAP4rev1 and
	// IMAP4rev2, which implies IDLE and UIDPLUS).
	Caps imap.CapSet
	// Mailboxes replaces the mailboxes created besides INBOX (default Sent,
	// Drafts).
	Mailboxes []string
}

// StartMemServer starts an in-memory server on 127.0.0.1:0, stopped when
// the test ends.
func StartMemServer(t testing.TB) *MemServer {
	return StartMemServerWith(t, MemServerOptions{})
}

// StartMemServerWith is StartMemServer with options.
func StartMemServerWith(t testing.TB, opts MemServerOptions) *MemServer {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(Username, Password)
	mailboxes := opts.Mailboxes
	if mailboxes == nil {
		mailboxes = []string{"Sent", "Drafts"}
	}
	for _, name := range append([]string{"INBOX"}, mailboxes...) {
		if err := u.Create(name, nil); err != nil {
			t.Fatalf("imaptest: create %q: %v", name, err)
		}
	}
	mem.AddUser(u)
	caps := opts.Caps
	if caps == nil {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	}
	lg := &testLogger{t: t}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       lg,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("imaptest: listen: %v", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		srv.Serve(ln)
	}()
	t.Cleanup(func() {
		lg.stop()
		srv.Close()
		<-done
	})
	return &MemServer{
		base:   base{addr: ln.Addr().String(), username: Username, password: Password},
		User:   u,
		server: srv,
	}
}

// testLogger sends server errors to the test log while the test runs; a
// testing.T must not be used after the test ends.
type testLogger struct {
	mu      sync.Mutex
	t       testing.TB
	stopped bool
}

func (l *testLogger) Printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.stopped {
		l.t.Logf("imapmemserver: "+format, args...)
	}
}

func (l *testLogger) stop() {
	l.mu.Lock()
	l.stopped = true
	l.mu.Unlock()
}
