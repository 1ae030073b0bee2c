// Package hostileimap is an IMAP server for tests that attacks its
// client: it plays a small, well-behaved server up to one point of the
// session and there sends what a broken or malicious server could, a
// literal announced as a hundred gigabytes or a line that never ends, as
// fast as the client reads it. A client that buffers what it is sent
// grows until it is killed; one that bounds it drops the connection. It
// listens on 127.0.0.1 only.
package hostileimap

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Attack is where in the session the server turns hostile.
type Attack string

const (
	// GreetingLiteral sends, where the greeting belongs, an ID response
	// whose first string is a huge literal (go-imap reads responses
	// before the greeting, and buffers an ID string whole).
	GreetingLiteral Attack = "greeting-literal"
	// LoginLine answers LOGIN with one untagged line of LoginLineSize
	// bytes, then nothing.
	LoginLine Attack = "login-line"
	// ListLiteral answers LIST with a mailbox name that is a huge
	// literal.
	ListLiteral Attack = "list-literal"
	// ListEndless answers LIST with a line that never ends.
	ListEndless Attack = "list-endless"
	// FetchLiteral plays a mailbox of one message and answers the UID
	// FETCH of it with message data in a huge literal, whatever size
	// the client asked for.
	FetchLiteral Attack = "fetch-literal"
	// FetchLargest is no attack on the bounds but on what they allow:
	// an inbox of LargestMessages messages, each answered with the most
	// a client asks for of its header and text, with a Cc of thousands
	// of addresses (what a parser makes most of).
	FetchLargest Attack = "fetch-largest"
)

// LargestMessages is the size of FetchLargest's inbox.
const LargestMessages = 2000

// Attacks is every attack, in the order of a session.
var Attacks = []Attack{GreetingLiteral, LoginLine, ListLiteral, ListEndless, FetchLiteral}

const (
	// HugeLiteral is the size the literal attacks announce.
	HugeLiteral = 99999999999
	// LoginLineSize is the length of LoginLine's line.
	LoginLineSize = 100 << 20
)

// Options are how the server secures its connections.
type Options struct {
	// TLS, when set, is the server's TLS configuration: from the first
	// byte with Implicit, else after STARTTLS (which the greeting then
	// offers). The attacks come inside TLS.
	TLS      *tls.Config
	Implicit bool
}

// Server is a hostile IMAP server on 127.0.0.1.
type Server struct {
	ln     net.Listener
	attack Attack
	opts   Options

	mu       sync.Mutex
	accepted []time.Time
	conns    map[net.Conn]bool
	closed   bool
	wg       sync.WaitGroup
}

// Start listens on a free loopback port and serves every connection with
// attack; the server stops when the test ends.
func Start(t testing.TB, attack Attack) *Server {
	t.Helper()
	return StartWith(t, attack, Options{})
}

// StartWith is Start with TLS options.
func StartWith(t testing.TB, attack Attack, opts Options) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("hostileimap: listen: %v", err)
	}
	s := &Server{ln: ln, attack: attack, opts: opts, conns: map[net.Conn]bool{}}
	s.wg.Add(1)
	go s.acceptLoop()
	t.Cleanup(s.Close)
	return s
}

// Addr is host:port.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Port is the listening port.
func (s *Server) Port() int { return s.ln.Addr().(*net.TCPAddr).Port }

// Accepted returns when each connection so far was accepted.
func (s *Server) Accepted() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.accepted...)
}

// Close stops listening, closes every connection and waits for them.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.ln.Close()
	s.wg.Wait()
}

func (s *Server) acceptLoop() {
	defer s.wg.Done()
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			conn.Close()
			return
		}
		s.accepted = append(s.accepted, time.Now())
		s.conns[conn] = true
		s.wg.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.wg.Done()
			defer func() {
				s.mu.Lock()
				delete(s.conns, conn)
				s.mu.Unlock()
				conn.Close()
			}()
			s.serve(conn)
		}()
	}
}

// flood writes fill until the client stops reading (it closed the
// connection) or the server closes.
func flood(w *bufio.Writer, fill byte) {
	chunk := bytes.Repeat([]byte{fill}, 64<<10)
	for {
		if _, err := w.Write(chunk); err != nil {
			return
		}
	}
}

// hang reads (and ignores) what the client sends until it hangs up.
func hang(r *bufio.Reader) {
	buf := make([]byte, 4096)
	for {
		if _, err := r.Read(buf); err != nil {
			return
		}
	}
}

func (s *Server) serve(conn net.Conn) {
	if s.opts.TLS != nil && s.opts.Implicit {
		conn = tls.Server(conn, s.opts.TLS)
	}
	r := bufio.NewReader(conn)
	w := bufio.NewWriterSize(conn, 64<<10)
	send := func(lines ...string) bool {
		for _, l := range lines {
			w.WriteString(l)
			w.WriteString("\r\n")
		}
		return w.Flush() == nil
	}
	starttls := s.opts.TLS != nil && !s.opts.Implicit
	if starttls {
		if !send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] hostileimap ready") {
			return
		}
		line, err := r.ReadString('\n')
		fields := strings.Fields(line)
		if err != nil || len(fields) != 2 || !strings.EqualFold(fields[1], "STARTTLS") {
			send("* BYE STARTTLS first")
			return
		}
		if !send(fields[0] + " OK begin TLS") {
			return
		}
		conn = tls.Server(conn, s.opts.TLS)
		r, w = bufio.NewReader(conn), bufio.NewWriterSize(conn, 64<<10)
	}
	if s.attack == GreetingLiteral {
		w.WriteString(fmt.Sprintf("* ID (\"name\" {%d}\r\n", int64(HugeLiteral)))
		flood(w, 'g')
		return
	}
	if !starttls && !send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hostileimap ready") {
		return
	}
	selected := 0 // messages in the selected mailbox
	for {
		line, err := r.ReadString('\n')
		if err != nil || len(line) > 64<<10 {
			return
		}
		fields := strings.Fields(strings.TrimRight(line, "\r\n"))
		if len(fields) < 2 {
			if !send("* BAD no command") {
				return
			}
			continue
		}
		tag, cmd, args := fields[0], strings.ToUpper(fields[1]), fields[2:]
		ok := tag + " OK done"
		switch cmd {
		case "CAPABILITY":
			if !send("* CAPABILITY IMAP4rev1 AUTH=PLAIN", ok) {
				return
			}
		case "LOGIN":
			if s.attack == LoginLine {
				// In chunks: a test that measures its child's peak RSS
				// through rusage counts this process's own peak too
				// (the child is forked from it).
				w.WriteString("* OK ")
				chunk := bytes.Repeat([]byte{'x'}, 64<<10)
				for sent := 0; sent < LoginLineSize; sent += len(chunk) {
					if _, err := w.Write(chunk[:min(len(chunk), LoginLineSize-sent)]); err != nil {
						return
					}
				}
				w.WriteString("\r\n")
				if w.Flush() != nil {
					return
				}
				hang(r)
				return
			}
			if !send(ok) {
				return
			}
		case "LIST":
			switch s.attack {
			case ListLiteral:
				w.WriteString(fmt.Sprintf("* LIST () \"/\" {%d}\r\n", int64(HugeLiteral)))
				flood(w, 'l')
				return
			case ListEndless:
				w.WriteString(`* LIST () "/" `)
				flood(w, 'a')
				return
			}
			if !send(`* LIST (\HasNoChildren) "/" INBOX`,
				`* LIST (\HasNoChildren \Sent) "/" Sent`,
				`* LIST (\HasNoChildren \Drafts) "/" Drafts`, ok) {
				return
			}
		case "SELECT", "EXAMINE":
			n := 1
			if s.attack == FetchLargest && len(args) > 0 && strings.Trim(args[0], `"`) == "INBOX" {
				n = LargestMessages
			}
			if !send(fmt.Sprintf("* %d EXISTS", n), "* 0 RECENT", "* OK [UIDVALIDITY 7] ok", fmt.Sprintf("* OK [UIDNEXT %d] ok", n+1),
				`* FLAGS (\Seen \Draft)`, tag+" OK [READ-ONLY] done") {
				return
			}
			selected = n
		case "STATUS":
			name := "INBOX"
			if len(args) > 0 {
				name = args[0]
			}
			if !send(fmt.Sprintf("* STATUS %s (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 7)", name), ok) {
				return
			}
		case "UID":
			sub := ""
			if len(args) > 0 {
				sub = strings.ToUpper(args[0])
			}
			switch {
			case sub == "SEARCH":
				var b strings.Builder
				b.WriteString("* SEARCH")
				for uid := range selected {
					fmt.Fprintf(&b, " %d", uid+1)
				}
				if !send(b.String(), ok) {
					return
				}
			case sub == "FETCH" && s.attack == FetchLargest && len(args) > 1:
				for _, uid := range uidSet(args[1], selected) {
					largest(w, uid)
				}
				if !send(ok) {
					return
				}
			case sub == "FETCH" && s.attack == FetchLiteral:
				w.WriteString(fmt.Sprintf("* 1 FETCH (UID 1 RFC822.SIZE 1000 BODY[HEADER]<0> {%d}\r\n", int64(HugeLiteral)))
				flood(w, 'f')
				return
			default:
				if !send(tag + " NO not here") {
					return
				}
			}
		case "NOOP":
			if !send(ok) {
				return
			}
		case "LOGOUT":
			send("* BYE bye", ok)
			return
		default:
			if !send(tag + " BAD unknown command") {
				return
			}
		}
	}
}

// uidSet expands a UID set such as 1:200,305 (at most last; "*" is
// last).
func uidSet(set string, last int) []int {
	var out []int
	for _, part := range strings.Split(set, ",") {
		lo, hi, isRange := strings.Cut(part, ":")
		a, b := atoiStar(lo, last), atoiStar(hi, last)
		if !isRange {
			b = a
		}
		if a > b {
			a, b = b, a
		}
		for uid := max(a, 1); uid <= min(b, last); uid++ {
			out = append(out, uid)
		}
	}
	return out
}

func atoiStar(s string, star int) int {
	if s == "*" {
		return star
	}
	n, _ := strconv.Atoi(s)
	return n
}

// largestHeader is a header of 256 KiB and one byte (what a client
// asks for to tell a cut header): a Cc of 4,000 addresses, then Received:
// lines, which a parser skips (a Cc of all of it would make each message
// cost 30 ms of parsing, and the test minutes).
var largestHeader = func() []byte {
	var b bytes.Buffer
	b.WriteString("From: Jane Smith <jane@acme.example>\r\nTo: me@example.com\r\nSubject: Interview\r\nMessage-ID: <m@acme.example>\r\nCc: ")
	for i := range 4000 {
		fmt.Fprintf(&b, "p%d@c.io,\r\n ", i)
	}
	b.WriteString("last@c.io\r\n")
	for i := 0; b.Len() < 256<<10+1; i++ {
		fmt.Fprintf(&b, "Received: from relay%d.example (relay%d.example [192.0.2.1]) by mx.example; Thu, 1 Apr 2027 10:00:00 +0000\r\n", i, i)
	}
	return b.Bytes()[:256<<10+1]
}()

var largestText = bytes.Repeat([]byte("We would like to invite you to an interview. "), 16<<10/45+1)[:16<<10]

func largest(w *bufio.Writer, uid int) {
	fmt.Fprintf(w, "* %d FETCH (UID %d FLAGS () INTERNALDATE \"01-Apr-2027 10:00:00 +0000\" RFC822.SIZE %d BODY[HEADER]<0> {%d}\r\n",
		uid, uid, len(largestHeader)+100000, len(largestHeader))
	w.Write(largestHeader)
	fmt.Fprintf(w, " BODY[TEXT]<0> {%d}\r\n", len(largestText))
	w.Write(largestText)
	w.WriteString(")\r\n")
}
