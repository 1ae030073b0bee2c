// Package notify tells the user what hearback did: drafts written, threads
// gone quiet, errors that need them. Every event goes to the log; other
// channels are added by configuration.
package notify

import (
	"context"
	"log/slog"
	"strings"
	"time"
)

// Kind names an event.
type Kind string

const (
	Drafted   Kind = "drafted"
	Withdrawn Kind = "withdrawn"
	GoneQuiet Kind = "gone_quiet"
	Kept      Kind = "draft_kept" // an edited draft that a reply made obsolete: the user decides
	ThankYou  Kind = "thank_you_drafted"
	NeedsUser Kind = "needs_user" // e.g. a wrong password
	// Digest is the weekly summary (config's digest): its Message is
	// several lines of plain text.
	Digest Kind = "digest"
)

// Event is one thing the user should hear about.
type Event struct {
	Kind     Kind      `json:"kind"`
	Account  string    `json:"account"`
	ThreadID string    `json:"thread_id,omitempty"`
	Subject  string    `json:"subject,omitempty"`
	To       string    `json:"to,omitempty"`
	Message  string    `json:"message"`
	At       time.Time `json:"at"`
}

// Notifier delivers events. Implementations must not block drafting: they
// log their own failures and return.
type Notifier interface {
	Notify(ctx context.Context, e Event)
}

// Log writes events to a slog logger.
type Log struct{ Logger *slog.Logger }

// Notify logs the event at info level (warn for events that need the user).
func (l Log) Notify(ctx context.Context, e Event) {
	level := slog.LevelInfo
	if e.Kind == NeedsUser {
		level = slog.LevelWarn
	}
	if e.Kind == Digest {
		// Many lines: the first is the message, the whole text an attribute.
		first, _, _ := strings.Cut(e.Message, "\n")
		l.Logger.Log(ctx, level, first, "event", string(e.Kind), "text", e.Message)
		return
	}
	l.Logger.Log(ctx, level, e.Message, "event", string(e.Kind), "account", e.Account,
		"thread", e.ThreadID, "subject", e.Subject, "to", e.To)
}

// Multi fans an event out to several notifiers.
type Multi []Notifier

// Notify delivers to each notifier in turn.
func (m Multi) Notify(ctx context.Context, e Event) {
	for _, n := range m {
		n.Notify(ctx, e)
	}
}
