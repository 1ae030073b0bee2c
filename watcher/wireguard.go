package watcher

import (
	"bytes"
	"fmt"
	"net"
	"sync"
)

// go-imap reads whatever a server announces: a literal of {99999999999}
// is read into memory to the last byte, a line that never ends is
// collected until the command times out (3 GB in seconds, issue 11), and
// it has no option to refuse either. wireGuard is the connection go-imap
// reads the server through: it follows the IMAP framing of what is read
// (lines, and literals announced at their end) without parsing it, and
// ends the connection with a clear error as soon as a bound is crossed,
// before go-imap has buffered anything of what crosses it.
//
// Bounds: every response (its bytes outside literals) at most lineMax;
// every literal at most the limit in force, which the session sets per
// command to what it asked for (message data around a fetch, little
// otherwise); and, while a command runs, all it reads at most that
// command's answer budget, so that a server cannot send a thousand
// literals of the allowed size, or a million LIST lines, either.

const (
	// lineMax bounds one response outside its literals: the longest
	// legitimate one is a UID SEARCH answer, and 16 MiB holds 1.5 million
	// UIDs of ten digits.
	lineMax = 16 << 20
	// literalMax is the largest literal accepted where hearback asked
	// for no message data: the greeting, login, LIST, STATUS, SELECT
	// (mailbox names, strings in response codes).
	literalMax = 64 << 10
	// literalSlack is allowed above the size of a partial fetch.
	literalSlack = 1 << 10
	// answerMax bounds what a command without message data reads: a
	// UID SEARCH line at most lineMax, or a LIST of some 300,000
	// mailboxes.
	answerMax = lineMax + 1<<20
)

// wireLimits are the bounds in force for one command (or between
// commands).
type wireLimits struct {
	literal int64 // largest literal
	// asked says literal is the size of what hearback asked for (a
	// partial fetch); literalSlack is allowed above it.
	asked  bool
	answer int64  // bytes read under these limits at most; 0: no bound
	what   string // what the answer bound stands for, for its error
}

// idleLimits hold between commands and during the greeting, login and
// IDLE: nothing read then is kept by go-imap beyond a response, so no
// answer budget.
var idleLimits = wireLimits{literal: literalMax}

// commandLimits hold for a command that fetches no message data.
var commandLimits = wireLimits{literal: literalMax, answer: answerMax, what: "one command"}

// wireError is the error of a connection dropped because the server
// sent more than hearback accepts. Its text says what was too large,
// never what it contained.
type wireError struct {
	what string // "a 99999999999-byte literal, more than the 65536 accepted here"
}

func (e *wireError) Error() string {
	return fmt.Sprintf("server sent %s; connection dropped", e.what)
}

// literal marker states: "{", digits, an optional "+", "}", an optional
// space (go-imap accepts one), an optional CR, then LF.
const (
	markNone = iota
	markOpen
	markDigits
	markPlus
	markClose
	markSpace
	markCR
)

// maxMarkN saturates the size in a marker: any number above it is over
// every bound (leading zeros do not count).
const maxMarkN = 1 << 50

type wireGuard struct {
	net.Conn
	// pending is served (and scanned) before the connection: the
	// greeting handed to go-imap after a STARTTLS hearback did itself.
	// Only the reader goroutine touches it.
	pending []byte

	mu      sync.Mutex
	lineMax int64
	lim     wireLimits
	read    int64 // bytes read under lim
	err     *wireError
	line    int64 // bytes of the current response outside literals
	literal int64 // bytes of the literal in progress yet to come
	mark    int
	markN   int64
	// head is the start of the current response, and afterLiteral
	// whether a literal came in it: a status response or a continuation
	// request ends in text, where a "{N}" is no literal to go-imap.
	head         [16]byte
	headN        int
	afterLiteral bool
	// quoted is set inside a quoted string (escaped after its
	// backslash): go-imap reads one across line ends, so a line end in
	// it ends no response.
	quoted, escaped bool
}

func newWireGuard(conn net.Conn) *wireGuard {
	return &wireGuard{Conn: conn, lineMax: lineMax, lim: idleLimits}
}

// setLimits puts lim in force and starts counting its answer budget.
func (g *wireGuard) setLimits(lim wireLimits) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.lim, g.read = lim, 0
}

// failure is the error that dropped the connection, or nil. Callers put
// it in place of go-imap's, which quotes it as text inside parse errors.
func (g *wireGuard) failure() error {
	if g == nil {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err == nil {
		return nil
	}
	return g.err
}

func (g *wireGuard) Read(p []byte) (int, error) {
	if err := g.failure(); err != nil {
		return 0, err
	}
	var n int
	var err error
	if len(g.pending) > 0 {
		n = copy(p, g.pending)
		g.pending = g.pending[n:]
	} else {
		n, err = g.Conn.Read(p)
	}
	if n > 0 {
		if gerr := g.scan(p[:n]); gerr != nil {
			// Nothing of what crossed the bound reaches go-imap; the
			// connection is closed so the server stops sending.
			g.Conn.Close()
			return 0, gerr
		}
	}
	return n, err
}

func (g *wireGuard) fail(format string, args ...any) error {
	g.err = &wireError{what: fmt.Sprintf(format, args...)}
	return g.err
}

// scan follows the framing of b, the next bytes from the server.
func (g *wireGuard) scan(b []byte) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err != nil {
		return g.err
	}
	g.read += int64(len(b))
	if g.lim.answer > 0 && g.read > g.lim.answer {
		return g.fail("more than %d bytes in answer to %s", g.lim.answer, g.lim.what)
	}
	for len(b) > 0 {
		if g.literal > 0 {
			k := min(int64(len(b)), g.literal)
			g.literal -= k
			b = b[k:]
			continue
		}
		seg := b
		i := bytes.IndexByte(b, '\n')
		if i >= 0 {
			seg = b[:i+1]
		}
		b = b[len(seg):]
		if !g.afterLiteral && g.headN < len(g.head) {
			g.headN += copy(g.head[g.headN:], seg)
		}
		g.line += int64(len(seg))
		if g.line > g.lineMax {
			return g.fail("a line longer than %d bytes", g.lineMax)
		}
		if i < 0 {
			g.follow(seg)
			break
		}
		g.follow(seg[:len(seg)-1])
		text := !g.afterLiteral && endsInText(g.head[:g.headN])
		announced := !text && (g.mark == markClose || g.mark == markSpace || g.mark == markCR)
		g.mark = markNone
		if !text && g.quoted {
			g.escaped = false
			continue // the line end is in the string; the response goes on
		}
		if !announced {
			// The response ends here.
			g.line, g.headN, g.afterLiteral, g.quoted, g.escaped = 0, 0, false, false, false
			continue
		}
		g.afterLiteral = true
		bound := g.lim.literal
		if g.lim.asked {
			bound += literalSlack
		}
		if g.markN > bound {
			size := fmt.Sprintf("a %d-byte literal", g.markN)
			if g.markN >= maxMarkN {
				size = fmt.Sprintf("a literal of more than %d bytes", int64(maxMarkN))
			}
			if g.lim.asked {
				return g.fail("%s, more than the %d asked for", size, g.lim.literal)
			}
			return g.fail("%s, more than the %d accepted here", size, g.lim.literal)
		}
		g.literal = g.markN // the response goes on after it
	}
	return nil
}

// follow advances the quoting and literal marker states over line bytes.
func (g *wireGuard) follow(seg []byte) {
	for _, c := range seg {
		if g.quoted {
			switch {
			case g.escaped:
				g.escaped = false
			case c == '\\':
				g.escaped = true
			case c == '"':
				g.quoted = false
			}
			continue
		}
		switch {
		case c == '"':
			g.quoted, g.mark = true, markNone
		case c == '{':
			g.mark, g.markN = markOpen, 0
		case c >= '0' && c <= '9' && (g.mark == markOpen || g.mark == markDigits):
			g.mark = markDigits
			if g.markN < maxMarkN {
				g.markN = g.markN*10 + int64(c-'0')
			}
		case c == '+' && g.mark == markDigits:
			g.mark = markPlus
		case c == '}' && (g.mark == markDigits || g.mark == markPlus):
			g.mark = markClose
		case c == ' ' && g.mark == markClose:
			g.mark = markSpace
		case c == '\r' && (g.mark == markClose || g.mark == markSpace):
			g.mark = markCR
		default:
			g.mark = markNone
		}
	}
}

// endsInText tells, from the start of a response, whether go-imap reads
// the end of its first line as text: a continuation request, a tagged
// status response (or garbage, which ends the connection), an untagged
// OK, NO, BAD, BYE or PREAUTH. Their response codes hold no literal
// either. Skipping N bytes after such a "{N}" would put the guard out of
// step with go-imap, and let the literal after it through unseen.
func endsInText(head []byte) bool {
	if len(head) == 0 || head[0] == '+' {
		return true
	}
	if head[0] != '*' {
		return true
	}
	rest, ok := bytes.CutPrefix(head, []byte("* "))
	if !ok {
		return false
	}
	for _, typ := range []string{"OK", "NO", "BAD", "BYE", "PREAUTH"} {
		if len(rest) > len(typ) && bytes.EqualFold(rest[:len(typ)], []byte(typ)) {
			switch rest[len(typ)] {
			case ' ', '[', '\r', '\n':
				return true
			}
		}
	}
	return false
}

// wireFailure returns the guard's error in place of err when the guard
// dropped the connection: go-imap reports it only as text inside a parse
// error ("in response-data: in LIST: ...").
func wireFailure(g *wireGuard, err error) error {
	if err == nil {
		return nil
	}
	if werr := g.failure(); werr != nil {
		return werr
	}
	return err
}
