// Package faultproxy is a TCP proxy on loopback for fault tests: it
// forwards connections to a real server and, on demand, cuts a connection
// after a number of bytes (optionally counted from a marker such as
// "APPEND") or stalls all traffic while keeping the sockets open, the way
// a half-dead NAT or a sleeping laptop's network does.
package faultproxy

import (
	"bytes"
	"errors"
	"io"
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// Proxy forwards every connection to its target.
type Proxy struct {
	ln     net.Listener
	target string

	mu      sync.Mutex
	cond    *sync.Cond // signalled when stalled changes
	stalled bool
	cut     *cutRule
	conns   map[*pipe]bool
	accepts int
	cuts    int
	closed  bool
	wg      sync.WaitGroup
}

// Direction says whose data a rule watches.
type Direction int

const (
	// FromClient is what the client (hearback) sends: commands, literals.
	FromClient Direction = iota
	// FromServer is what the server answers.
	FromServer
)

// cutRule acts on the first connection whose dir data contains marker
// (nil: anything): after more bytes past the marker's end it closes the
// connection, or, with stall set, stops all traffic of the proxy.
type cutRule struct {
	dir    Direction
	marker []byte
	after  int64
	stall  bool
}

// Start listens on 127.0.0.1 and forwards to target; the proxy is closed
// when the test ends.
func Start(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("faultproxy: listen: %v", err)
	}
	p := &Proxy{ln: ln, target: target, conns: map[*pipe]bool{}}
	p.cond = sync.NewCond(&p.mu)
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.Close)
	return p
}

// Addr is the proxy's listening address.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Port is the proxy's listening port.
func (p *Proxy) Port() int { return p.ln.Addr().(*net.TCPAddr).Port }

// CutAfter arms a one-shot fault: the first connection whose dir data
// contains marker (nil: anything) is closed, in both directions, once n
// more bytes after the marker's end have been forwarded. FromClient: the
// server sees a truncated command. FromServer: the server did the work
// but the client never hears the answer.
func (p *Proxy) CutAfter(dir Direction, marker []byte, n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = &cutRule{dir: dir, marker: bytes.Clone(marker), after: n}
}

// StallOn arms a one-shot fault: when a connection's dir data contains
// marker, the data is held and the whole proxy stalls as with Stall, so
// the fault lands at a known point of the conversation.
func (p *Proxy) StallOn(dir Direction, marker []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = &cutRule{dir: dir, marker: bytes.Clone(marker), stall: true}
}

// Cuts is how many connections a CutAfter rule has cut.
func (p *Proxy) Cuts() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cuts
}

// Accepted is how many connections the proxy has accepted.
func (p *Proxy) Accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepts
}

// Stall stops forwarding in both directions on every connection, present
// and future, without closing anything: reads from the client are held
// and nothing reaches it, like a server that stopped answering.
func (p *Proxy) Stall() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stalled = true
}

// Stalled reports whether traffic is held (by Stall or a StallOn rule
// that fired).
func (p *Proxy) Stalled() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stalled
}

// Resume undoes Stall: held data flows again.
func (p *Proxy) Resume() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stalled = false
	p.cond.Broadcast()
}

// Blackhole makes every open connection dead silent, without closing it:
// what either side sends is dropped. New connections are not affected.
// It is a laptop that slept while its NAT mapping or Wi-Fi changed: the
// old connection is gone, and nothing says so.
func (p *Proxy) Blackhole() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.conns {
		c.dead.Store(true)
	}
}

// DropAll closes every open connection (a server restart, a network change).
func (p *Proxy) DropAll() {
	p.mu.Lock()
	conns := make([]*pipe, 0, len(p.conns))
	for c := range p.conns {
		conns = append(conns, c)
	}
	p.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// Close stops listening and closes every connection.
func (p *Proxy) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	p.stalled = false
	p.cond.Broadcast()
	p.mu.Unlock()
	p.ln.Close()
	p.DropAll()
	p.wg.Wait()
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		client, err := p.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", p.target)
		if err != nil {
			client.Close()
			continue
		}
		pp := &pipe{client: client, server: server}
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			pp.close()
			return
		}
		p.accepts++
		p.conns[pp] = true
		p.mu.Unlock()
		p.wg.Add(2)
		go p.pump(pp, client, server, true)
		go p.pump(pp, server, client, false)
	}
}

type pipe struct {
	client, server net.Conn
	once           sync.Once
	dead           atomic.Bool // Blackhole: drop everything
	// Cut state per Direction, each touched only by its own pump.
	state [2]cutState
}

type cutState struct {
	seen     []byte // tail of earlier data, to find a marker split across reads
	counting bool
	left     int64
}

func (pp *pipe) close() {
	pp.once.Do(func() {
		pp.client.Close()
		pp.server.Close()
	})
}

// waitFlowing blocks while the proxy is stalled; false if it was closed.
func (p *Proxy) waitFlowing() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.stalled && !p.closed {
		p.cond.Wait()
	}
	return !p.closed
}

func (p *Proxy) pump(pp *pipe, src, dst net.Conn, fromClient bool) {
	defer p.wg.Done()
	defer func() {
		pp.close()
		p.mu.Lock()
		delete(p.conns, pp)
		p.mu.Unlock()
	}()
	buf := make([]byte, 32*1024)
	for {
		n, err := src.Read(buf)
		if n > 0 && pp.dead.Load() {
			continue
		}
		if n > 0 {
			// Data read during a stall is held, not dropped: a stall
			// that ends must look like a slow network, not a corrupt one.
			if !p.waitFlowing() {
				return
			}
			chunk := buf[:n]
			dir := FromServer
			if fromClient {
				dir = FromClient
			}
			if keep, cut := p.applyCut(&pp.state[dir], dir, chunk); cut {
				dst.Write(chunk[:keep])
				return
			}
			// A StallOn rule may have just stalled the proxy.
			if !p.waitFlowing() {
				return
			}
			if _, werr := dst.Write(chunk); werr != nil {
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				return
			}
			// Half-close is not worth modelling: IMAP never uses it.
			return
		}
	}
}

// applyCut decides whether chunk (dir data) triggers the armed rule;
// it returns how many bytes of chunk to forward before cutting. The rule
// is claimed by the first connection that sends its marker.
func (p *Proxy) applyCut(pp *cutState, dir Direction, chunk []byte) (keep int, cut bool) {
	start := 0
	if !pp.counting {
		p.mu.Lock()
		rule := p.cut
		p.mu.Unlock()
		if rule == nil || rule.dir != dir {
			pp.seen = nil
			return len(chunk), false
		}
		if len(rule.marker) > 0 {
			hay := slices.Concat(pp.seen, chunk)
			i := bytes.Index(hay, rule.marker)
			if i < 0 {
				// Keep a tail, for a marker split across two reads.
				k := min(len(hay), len(rule.marker)-1)
				pp.seen = bytes.Clone(hay[len(hay)-k:])
				return len(chunk), false
			}
			start = max(0, i+len(rule.marker)-len(pp.seen))
		}
		p.mu.Lock()
		claimed := p.cut == rule
		if claimed {
			p.cut = nil
			if rule.stall {
				p.stalled = true
			}
		}
		p.mu.Unlock()
		if !claimed || rule.stall {
			return len(chunk), false
		}
		pp.counting, pp.left = true, rule.after
	}
	if rest := int64(len(chunk) - start); rest <= pp.left {
		pp.left -= rest
		return len(chunk), false
	}
	p.mu.Lock()
	p.cuts++
	p.mu.Unlock()
	return start + int(pp.left), true
}
