// Package watcher is hearback's IMAP side: it connects and logs in, finds
// the inbox, Sent and Drafts mailboxes, syncs them incrementally into the
// store, appends and withdraws hearback's own drafts, and waits for new
// mail with IDLE or polling.
//
// A Session is one connection. Its methods are not meant to be called
// concurrently (they serialise on a mutex). go-imap has no contexts: when
// a context ends, or the server stops answering, the connection is closed
// from another goroutine and the Session is dead — dial a new one.
// Nothing here ever sets a flag on, moves or deletes the user's mail;
// mailboxes are read with EXAMINE and BODY.PEEK, and the one deletion is
// DeleteDraft, limited to one UID whose Message-ID has been checked.
package watcher

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"

	"github.com/hearback/hearback/config"
)

// ErrAuth means the server refused the login. It is permanent: retrying
// with the same password will not help (and may lock the account).
var ErrAuth = errors.New("authentication failed")

// ErrNotFound means a message is not (or no longer) at the given UID.
var ErrNotFound = errors.New("message not found")

const (
	dialTimeout   = 30 * time.Second
	logoutTimeout = 5 * time.Second
)

// Session is one logged-in IMAP connection of one account.
type Session struct {
	// PollInterval is how often WaitForChange asks a server without IDLE
	// for news (default one minute).
	PollInterval time.Duration
	// NoIdle makes WaitForChange poll even when the server offers IDLE
	// (some servers' IDLE never reports anything).
	NoIdle bool

	acct   config.Account
	addr   string
	log    *slog.Logger
	dialer Dialer // what dialed it, defaults filled in: the timeouts
	c      *imapclient.Client
	// guard is what c reads the server through (wireguard.go); the
	// session sets its bounds around each command.
	guard *wireGuard

	// changed is signalled (never blocking) by go-imap's unilateral data
	// handler, which runs on the client's reader goroutine and blocks the
	// whole client while it runs.
	changed chan struct{}

	mu         sync.Mutex
	selected   string // mailbox currently selected, "" for none
	selectedRO bool
	selData    *imap.SelectData
	uidNext    map[string]imap.UID // UIDNEXT seen at the last SELECT, by mailbox
	boxes      *Mailboxes
	// early holds STATUS answers asked before the session's first LIST
	// (Sync, sync.go), by mailbox name, each used once.
	early      map[string]*imap.StatusData
	roundTrips int
	mech       string // SASL mechanism of the login (sasl.go); "" for LOGIN
}

// Dial connects to the account's server with the default timeouts; see
// Dialer.Dial.
func Dial(ctx context.Context, acct config.Account, password string, log *slog.Logger) (*Session, error) {
	return Dialer{}.Dial(ctx, acct, password, log)
}

// Dial connects to the account's server, secures the connection as
// configured and logs in. tls "none" is refused unless the host is a
// loopback address; "starttls" never falls back to plain text. The
// session keeps d's timeouts.
func (d Dialer) Dial(ctx context.Context, acct config.Account, password string, log *slog.Logger) (*Session, error) {
	if log == nil {
		log = slog.Default()
	}
	mode := strings.ToLower(strings.TrimSpace(acct.TLS))
	if mode == "" {
		mode = "implicit"
	}
	port := acct.Port
	if port == 0 {
		port = 993
		if mode != "implicit" {
			port = 143
		}
	}
	if acct.Host == "" {
		return nil, fmt.Errorf("watcher: %s: no host configured", acct.Name)
	}
	addr := net.JoinHostPort(acct.Host, strconv.Itoa(port))
	s := &Session{
		PollInterval: time.Minute,
		acct:         acct,
		addr:         addr,
		log:          log.With("account", acct.Name),
		dialer:       d.withDefaults(),
		changed:      make(chan struct{}, 1),
		uidNext:      map[string]imap.UID{},
	}
	var tlsConf *tls.Config
	switch mode {
	case "implicit", "starttls":
		var err error
		if tlsConf, err = TLSConfig(acct); err != nil {
			return nil, fmt.Errorf("watcher: %s: %w", acct.Name, err)
		}
	case "none":
		if !isLoopback(acct.Host) {
			return nil, fmt.Errorf("watcher: %s: tls: none sends the password in clear text and is only allowed for a loopback host, not %q; use tls: implicit or starttls", acct.Name, acct.Host)
		}
	default:
		return nil, fmt.Errorf("watcher: %s: tls: unknown mode %q (want implicit, starttls or none)", acct.Name, acct.TLS)
	}

	opts := &imapclient.Options{
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					s.signal()
				}
			},
			Expunge: func(uint32) { s.signal() },
		},
	}

	dctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	dialer := &net.Dialer{
		Timeout: dialTimeout,
		// Keepalive is what notices a dead peer while IDLE waits, when
		// nothing is sent for minutes.
		KeepAliveConfig: net.KeepAliveConfig{Enable: true, Idle: time.Minute, Interval: 15 * time.Second, Count: 4},
	}
	conn, err := dialer.DialContext(dctx, "tcp", addr)
	if err != nil {
		return nil, s.connErr(ctx, "connect", err)
	}
	// Until login completes, the context (and the dial timeout) end the
	// attempt by closing the socket under go-imap.
	stop := closeOnDone(dctx, conn)
	c, err := s.handshake(dctx, conn, mode, tlsConf, opts)
	if err != nil {
		stop()
		conn.Close()
		if werr := s.guard.failure(); werr != nil {
			return nil, s.connErr(dctx, "greeting from", werr)
		}
		return nil, s.connErr(dctx, mode, err)
	}
	s.c = c
	if s.c.Caps().Has(imap.CapLoginDisabled) {
		stop()
		c.Close()
		return nil, fmt.Errorf("watcher: %s: %s refuses LOGIN (LOGINDISABLED) on this connection", acct.Name, addr)
	}
	err = s.login(acct, password) // sasl.go: LOGIN, or XOAUTH2/OAUTHBEARER for auth: oauth2
	stopped := stop()
	if err != nil {
		c.Close()
		if werr := s.guard.failure(); werr != nil {
			return nil, s.connErr(dctx, "login", werr)
		}
		var imapErr *imap.Error
		if !stopped && errors.As(err, &imapErr) && imapErr.Type == imap.StatusResponseTypeNo &&
			imapErr.Code != imap.ResponseCodeUnavailable {
			return nil, &authError{account: acct.Name, user: acct.Username, text: redact(imapErr.Error(), password), err: imapErr, oauth: acct.Auth == config.AuthOAuth2}
		}
		return nil, s.connErr(dctx, "login", errors.New(redact(err.Error(), password)))
	}
	if stopped {
		c.Close()
		return nil, s.connErr(dctx, "login", dctx.Err())
	}
	s.log.Debug("logged in", "addr", addr, "tls", mode)
	return s, nil
}

// handshake secures conn as mode says and returns a client that has read
// the greeting. go-imap reads the plain-text IMAP stream through a
// wireGuard, inside TLS: so hearback does the plain-text part of STARTTLS
// itself rather than leave it to imapclient.NewStartTLS, which would wrap
// the TLS connection on its own.
func (s *Session) handshake(ctx context.Context, conn net.Conn, mode string, tlsConf *tls.Config, opts *imapclient.Options) (*imapclient.Client, error) {
	var stream net.Conn
	var greeting []byte
	switch mode {
	case "implicit":
		tc := tls.Client(conn, tlsConf)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, fmt.Errorf("TLS handshake: %w", err)
		}
		stream = tc
	case "starttls":
		tc, err := startTLS(ctx, conn, tlsConf)
		if err != nil {
			return nil, fmt.Errorf("STARTTLS failed (the server may not offer it; hearback never falls back to plain text): %w", err)
		}
		// The server does not greet again after STARTTLS; go-imap waits
		// for a greeting. Capabilities seen before TLS are not to be
		// trusted (RFC 9051, 6.2.1), so this one names none and go-imap
		// asks again.
		stream, greeting = tc, []byte("* OK TLS established\r\n")
	default:
		stream = conn
	}
	s.guard = newWireGuard(stream)
	s.guard.pending = greeting
	c := imapclient.New(s.guard, opts)
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("greeting: %w", err)
	}
	return c, nil
}

// startTLSLineMax bounds a line before TLS: a greeting with its
// capabilities, an answer to STARTTLS.
const startTLSLineMax = 64 << 10

// startTLS does the plain-text part of STARTTLS on conn (greeting,
// STARTTLS, tagged OK) and the TLS handshake. It refuses PREAUTH, which
// would skip the login and so TLS before it, as go-imap does, and data
// the server sent after its OK: in plain text, injected by anyone on the
// way, and read as if it came through TLS (CVE-2011-0411).
func startTLS(ctx context.Context, conn net.Conn, conf *tls.Config) (*tls.Conn, error) {
	r := bufio.NewReaderSize(conn, 4096)
	line, err := readLineMax(r, startTLSLineMax)
	if err != nil {
		return nil, fmt.Errorf("no greeting: %w", err)
	}
	switch upper := strings.ToUpper(line); {
	case strings.HasPrefix(upper, "* OK"):
	case strings.HasPrefix(upper, "* PREAUTH"):
		return nil, errors.New("server sent PREAUTH on an unencrypted connection")
	case strings.HasPrefix(upper, "* BYE"):
		return nil, fmt.Errorf("server refused the connection: %q", clipLine(line))
	default:
		return nil, fmt.Errorf("unexpected greeting %q", clipLine(line))
	}
	if _, err := io.WriteString(conn, "hb0 STARTTLS\r\n"); err != nil {
		return nil, err
	}
	for {
		line, err := readLineMax(r, startTLSLineMax)
		if err != nil {
			return nil, err
		}
		if !strings.HasPrefix(line, "hb0 ") {
			continue // untagged data, a CAPABILITY say
		}
		if !strings.HasPrefix(strings.ToUpper(line), "HB0 OK") {
			return nil, fmt.Errorf("server answered %q", clipLine(line))
		}
		if r.Buffered() > 0 {
			return nil, errors.New("server sent data after its OK to STARTTLS, before TLS (possible injection)")
		}
		break
	}
	tc := tls.Client(conn, conf)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, fmt.Errorf("TLS handshake: %w", err)
	}
	return tc, nil
}

// readLineMax reads one line of at most max bytes, without its CRLF.
func readLineMax(r *bufio.Reader, max int) (string, error) {
	var line []byte
	for {
		frag, err := r.ReadSlice('\n')
		if len(line)+len(frag) > max {
			return "", &wireError{what: fmt.Sprintf("a line longer than %d bytes before TLS", max)}
		}
		line = append(line, frag...)
		switch {
		case err == nil:
			return strings.TrimRight(string(line), "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return "", io.ErrUnexpectedEOF
		default:
			return "", err
		}
	}
}

// clipLine shortens a server's line for an error message.
func clipLine(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// connErr names the account and address, and prefers the context's
// reason: a closed socket is only the symptom of a cancelled dial.
func (s *Session) connErr(ctx context.Context, what string, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		err = cerr
	}
	return fmt.Errorf("watcher: %s: %s %s: %w", s.acct.Name, what, s.addr, err)
}

// closeOnDone closes conn when ctx ends before the returned stop is
// called; stop reports whether that happened.
func closeOnDone(ctx context.Context, conn net.Conn) (stop func() bool) {
	done := make(chan struct{})
	fired := make(chan bool, 1)
	go func() {
		select {
		case <-done:
			fired <- false
		case <-ctx.Done():
			conn.Close()
			fired <- true
		}
	}()
	var once sync.Once
	var result bool
	return func() bool {
		once.Do(func() {
			close(done)
			result = <-fired
		})
		return result
	}
}

type authError struct {
	account, user, text string
	err                 error
	oauth               bool // the login used an OAuth2 token
}

func (e *authError) Error() string {
	if e.oauth {
		return fmt.Sprintf("watcher: %s: login as %s with an OAuth2 token failed: %s (sign in again: hearback auth login %s)", e.account, e.user, e.text, e.account)
	}
	return fmt.Sprintf("watcher: %s: login as %s failed: %s (check the password)", e.account, e.user, e.text)
}

func (e *authError) Unwrap() []error { return []error{ErrAuth, e.err} }

// redact keeps a password out of an error that might echo the command.
func redact(s, password string) string {
	if password == "" {
		return s
	}
	return strings.ReplaceAll(s, password, "<password>")
}

// TLSConfig is the TLS client configuration for an account: certificates
// verified against the system roots plus tls_ca_file, TLS 1.2 at least.
// doctor uses it too, so that it checks exactly what a sync will see.
func TLSConfig(acct config.Account) (*tls.Config, error) {
	conf := &tls.Config{ServerName: acct.Host, MinVersion: tls.VersionTLS12}
	if acct.TLSCAFile != "" {
		pem, err := os.ReadFile(acct.TLSCAFile)
		if err != nil {
			return nil, fmt.Errorf("tls_ca_file: %w", err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("tls_ca_file %s: no PEM certificate in it", acct.TLSCAFile)
		}
		conf.RootCAs = pool
	}
	return conf, nil
}

// isLoopback accepts "localhost" and loopback IP literals. Other names are
// not resolved: DNS is not proof that traffic stays on this machine.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (s *Session) signal() {
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

func (s *Session) drainSignal() {
	select {
	case <-s.changed:
	default:
	}
}

// Caps returns the server's capabilities.
func (s *Session) Caps() imap.CapSet { return s.c.Caps() }

// SupportsIdle tells whether WaitForChange can use IDLE.
func (s *Session) SupportsIdle() bool { return s.c.Caps().Has(imap.CapIdle) }

// Done is closed when the connection is gone.
func (s *Session) Done() <-chan struct{} { return s.c.Closed() }

// Account returns the account this session belongs to.
func (s *Session) Account() config.Account { return s.acct }

// RoundTrips counts the commands this session has waited for.
func (s *Session) RoundTrips() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.roundTrips
}

// Close logs out (briefly) and closes the connection.
func (s *Session) Close() error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.c.Logout().Wait()
	}()
	select {
	case <-done:
	case <-time.After(logoutTimeout):
	case <-s.c.Closed():
	}
	err := s.c.Close()
	<-done
	if err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("watcher: %s: close: %w", s.acct.Name, err)
	}
	return nil
}

// do runs one command exchange, closing the connection if ctx ends or the
// server does not answer within limit. s.mu must be held.
func (s *Session) do(ctx context.Context, limit time.Duration, f func() error) error {
	return s.doLimited(ctx, limit, commandLimits, f)
}

// doLimited is do with lim in force on what the server sends while f
// runs (wireguard.go); a connection the guard dropped gives its error
// rather than go-imap's.
func (s *Session) doLimited(ctx context.Context, limit time.Duration, lim wireLimits, f func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.guard.setLimits(lim)
	defer s.guard.setLimits(idleLimits)
	s.roundTrips++
	return s.timed(ctx, limit, f)
}

// timed runs f, closing the connection if it takes longer than limit or
// ctx ends first, with whatever wire limits are in force.
func (s *Session) timed(ctx context.Context, limit time.Duration, f func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	stop := make(chan struct{})
	fired := make(chan error, 1)
	go func() {
		timer := time.NewTimer(limit)
		defer timer.Stop()
		select {
		case <-stop:
			fired <- nil
			return
		case <-ctx.Done():
			fired <- ctx.Err()
		case <-timer.C:
			fired <- fmt.Errorf("no answer from %s within %v, connection closed", s.addr, limit)
		}
		s.c.Close()
	}()
	err := f()
	close(stop)
	if werr := s.guard.failure(); werr != nil {
		return werr
	}
	if why := <-fired; why != nil {
		// The answer (if any) is moot: the connection is closed now.
		return why
	}
	return err
}

func (s *Session) errorf(err error, format string, args ...any) error {
	return fmt.Errorf("watcher: %s: %s: %w", s.acct.Name, fmt.Sprintf(format, args...), err)
}

// selectBox selects mailbox read-only (EXAMINE) or read-write. Unless
// force is set, an existing selection that allows what is asked is kept.
// s.mu must be held.
func (s *Session) selectBox(ctx context.Context, mailbox string, readOnly, force bool) (*imap.SelectData, error) {
	if !force && s.selected == mailbox && s.selData != nil && (readOnly || !s.selectedRO) && s.c.Mailbox() != nil {
		return s.selData, nil
	}
	var data *imap.SelectData
	err := s.do(ctx, s.dialer.CommandTimeout, func() error {
		var err error
		data, err = s.c.Select(mailbox, &imap.SelectOptions{ReadOnly: readOnly}).Wait()
		return err
	})
	if err != nil {
		s.selected, s.selData = "", nil
		verb := "select"
		if readOnly {
			verb = "examine"
		}
		return nil, s.errorf(err, "%s %q", verb, mailbox)
	}
	s.selected, s.selectedRO, s.selData = mailbox, readOnly, data
	s.uidNext[mailbox] = data.UIDNext
	return data, nil
}
