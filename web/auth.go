package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// requireAuth asks for the password (HTTP basic auth; the user name is not
// checked). Wrong passwords are rate-limited per client and in total:
// once a client has used up its attempts, it is refused before its
// password is even looked at, until they refill.
func requireAuth(h http.Handler, password string, lim *limiter, behindProxy bool, s *Server) http.Handler {
	want := sha256.Sum256([]byte(password))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := clientOf(r, behindProxy)
		if wait := lim.blocked(client, time.Now()); wait > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			s.fail(w, r, http.StatusTooManyRequests, "Too many wrong passwords; try again in a little while.")
			return
		}
		_, pass, ok := r.BasicAuth()
		if ok {
			// Hashes are compared, in constant time: neither the
			// password nor its length leaks through the time taken.
			got := sha256.Sum256([]byte(pass))
			if subtle.ConstantTimeCompare(got[:], want[:]) == 1 {
				h.ServeHTTP(w, r)
				return
			}
			lim.fail(client, time.Now())
			s.log.Warn("dashboard: wrong password", "client", client)
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="hearback", charset="UTF-8"`)
		s.fail(w, r, http.StatusUnauthorized, "This dashboard needs its password (web.password_env or web.password_file of the configuration; any user name).")
	})
}

// clientOf names the client for rate limiting: its IP, or behind a proxy
// the address the proxy says it came from (the last X-Forwarded-For entry,
// the one the proxy itself added).
func clientOf(r *http.Request, behindProxy bool) string {
	if behindProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if c := strings.TrimSpace(parts[len(parts)-1]); c != "" {
				return c
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Attempts: a client may get the password wrong perClientBurst times in a
// row, then once every perClientEvery; all clients together globalBurst
// times, then once every globalEvery, which bounds guessing from many
// addresses.
const (
	perClientBurst = 10
	perClientEvery = 30 * time.Second
	globalBurst    = 100
	globalEvery    = 2 * time.Second
	maxClients     = 10000
)

// limiter is a token bucket of wrong passwords per client and one for all.
type limiter struct {
	mu      sync.Mutex
	clients map[string]*bucket
	all     bucket
}

type bucket struct {
	used float64 // attempts used up, refilled over time
	last time.Time
}

func newLimiter() *limiter { return &limiter{clients: map[string]*bucket{}} }

// refill returns b's attempts used at now.
func (b *bucket) refill(now time.Time, every time.Duration) float64 {
	if !b.last.IsZero() {
		b.used -= float64(now.Sub(b.last)) / float64(every)
	}
	if b.used < 0 {
		b.used = 0
	}
	b.last = now
	return b.used
}

// blocked says how long client must wait before its next attempt, 0 if
// it may try now.
func (l *limiter) blocked(client string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	// Blocked while less than one attempt is left: wait until one is.
	var wait time.Duration
	if b := l.clients[client]; b != nil {
		if over := b.refill(now, perClientEvery) - (perClientBurst - 1); over > 0 {
			wait = time.Duration(over * float64(perClientEvery))
		}
	}
	if over := l.all.refill(now, globalEvery) - (globalBurst - 1); over > 0 {
		wait = max(wait, time.Duration(over*float64(globalEvery)))
	}
	return wait
}

// fail counts a wrong password of client.
func (l *limiter) fail(client string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.clients[client]
	if b == nil {
		if len(l.clients) >= maxClients {
			// Forget clients whose attempts have refilled.
			for k, c := range l.clients {
				if c.refill(now, perClientEvery) == 0 {
					delete(l.clients, k)
				}
			}
		}
		b = &bucket{}
		l.clients[client] = b
	}
	b.refill(now, perClientEvery)
	b.used++
	l.all.refill(now, globalEvery)
	l.all.used++
}

// loopbackHost refuses a request whose Host is not this machine when the
// dashboard listens on loopback without a proxy: a web page elsewhere
// cannot then read it through a DNS name that it points at 127.0.0.1
// (DNS rebinding).
func loopbackHost(h http.Handler, s *Server) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
		ip := net.ParseIP(host)
		if !strings.EqualFold(host, "localhost") && (ip == nil || !ip.IsLoopback()) {
			s.fail(w, r, http.StatusMisdirectedRequest, "This dashboard answers only to localhost, 127.0.0.1 or [::1].")
			return
		}
		h.ServeHTTP(w, r)
	})
}

func itoa(n int) string { return strconv.Itoa(n) }
