package watcher

import "time"

// Dialer opens sessions, and holds the time limits they keep. Its zero
// value is the production one: a field left zero takes its default. Tests
// that fake a stalled or silent server shorten the limits here, rather
// than wait the production minutes.
type Dialer struct {
	// CommandTimeout bounds every command (default 2 minutes): go-imap sets
	// no read deadline while it waits for the first byte of a response, so
	// a server that went away silently would otherwise hang the daemon
	// until TCP gives up.
	CommandTimeout time.Duration
	// AppendTimeout bounds APPEND (default 5 minutes): longer, since the
	// draft is uploaded as a literal.
	AppendTimeout time.Duration
	// IdleStopTimeout bounds DONE and the server's answer to it (default 30
	// seconds, and never more than CommandTimeout).
	IdleStopTimeout time.Duration
	// IdleSlice is the longest one IDLE runs before it is stopped and a
	// NOOP checks the connection (default 5 minutes): RFC 2177 asks for a
	// restart before 29 minutes, and with no read deadline during IDLE
	// only traffic proves the server is still there. TCP keepalive notices
	// a peer that is gone (laptop sleep, Wi-Fi change) within about two
	// minutes; this watchdog also catches a middlebox that keeps the TCP
	// connection alive but forwards nothing, within IdleSlice plus one
	// CommandTimeout.
	IdleSlice time.Duration
}

// The defaults of Dialer's fields.
const (
	defaultCommandTimeout  = 2 * time.Minute
	defaultAppendTimeout   = 5 * time.Minute
	defaultIdleStopTimeout = 30 * time.Second
	defaultIdleSlice       = 5 * time.Minute
)

// withDefaults is d with every zero field set to its default.
func (d Dialer) withDefaults() Dialer {
	if d.CommandTimeout <= 0 {
		d.CommandTimeout = defaultCommandTimeout
	}
	if d.AppendTimeout <= 0 {
		d.AppendTimeout = defaultAppendTimeout
	}
	if d.IdleStopTimeout <= 0 {
		d.IdleStopTimeout = defaultIdleStopTimeout
	}
	d.IdleStopTimeout = min(d.IdleStopTimeout, d.CommandTimeout)
	if d.IdleSlice <= 0 {
		d.IdleSlice = defaultIdleSlice
	}
	return d
}
