package web

import (
	"context"
	"sync"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// loader reads every thread of every account and decides it, as
// `hearback threads` does (thread.Build, followup.Policy.Decide), on every
// request: what the board shows is what the store says now. Only the
// classifier's verdicts are kept between requests: a stored message
// never changes (IMAP: a UID within a UIDVALIDITY names one message), and
// classifying every message again is most of the cost of a page.
type loader struct {
	st  *store.Store
	cfg *config.Config

	mu       sync.Mutex // one load at a time; guards verdicts
	verdicts map[verdictKey]classifier.Verdict

	whoMu sync.Mutex
	whos  map[whoKey]who // whoOf's guesses: regular expressions over every subject
}

// whoKey is what whoOf reads of a thread.
type whoKey struct {
	subject, name, email, target string
}

// maxWhos bounds the guesses kept; past it they start over.
const maxWhos = 20000

// who is whoOf(t, d), remembered.
func (l *loader) who(t *thread.Thread, d followup.Decision) who {
	k := whoKey{name: d.Counterpart.Name, email: d.Counterpart.Email, target: d.ReplyTarget.Email}
	if len(t.Messages) > 0 {
		k.subject = t.Messages[0].Subject
	}
	l.whoMu.Lock()
	w, ok := l.whos[k]
	l.whoMu.Unlock()
	if ok {
		return w
	}
	w = whoOf(t, d)
	l.whoMu.Lock()
	if l.whos == nil || len(l.whos) >= maxWhos {
		l.whos = map[whoKey]who{}
	}
	l.whos[k] = w
	l.whoMu.Unlock()
	return w
}

// verdictKey names one stored message.
type verdictKey struct {
	account, mailbox string
	uidValidity, uid uint32
	messageID        string
}

// item is one thread and the policy's decision about it.
type item struct {
	t *thread.Thread
	d followup.Decision
}

// all loads and decides every thread of the accounts at now, job threads
// or not, newest first within each account.
func (l *loader) all(ctx context.Context, now time.Time) ([]item, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	policy := followup.PolicyFor(l.cfg)
	since := followup.Since(l.cfg, now)
	// The verdicts of this load; the old map's others are dropped, so the
	// cache holds what the window holds and no more.
	next := make(map[verdictKey]classifier.Verdict, len(l.verdicts))
	var out []item
	for _, acct := range l.cfg.Accounts {
		msgs, err := l.st.Messages(ctx, acct.Name, since)
		if err != nil {
			return nil, err
		}
		ledger, err := l.st.Drafts(ctx, acct.Name)
		if err != nil {
			return nil, err
		}
		states, err := l.st.ThreadStates(ctx, acct.Name)
		if err != nil {
			return nil, err
		}
		verdicts := func(m *store.Message) classifier.Verdict {
			k := verdictKey{acct.Name, m.Mailbox, m.UIDValidity, m.UID, m.MessageID}
			v, ok := l.verdicts[k]
			if !ok {
				v = classifier.Classify(&m.Message)
			}
			next[k] = v
			return v
		}
		threads := thread.Build(thread.Input{Account: acct.Name, Me: thread.MeOf(acct), Messages: msgs, Ledger: ledger,
			States: states, Verdicts: verdicts})
		policy := policy.WithSearch(threads, states, now)
		for _, t := range threads {
			out = append(out, item{t, policy.Decide(t, now)})
		}
	}
	l.verdicts = next
	return out, nil
}

// warm loads every thread once, so that the verdicts are known before the
// first page is asked for.
func (s *Server) warm() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := s.load.all(ctx, s.now()); err != nil {
		s.log.Debug("dashboard: warming up", "err", err)
	}
}

// find loads the thread with exactly this id, in any account.
func (l *loader) find(ctx context.Context, id string, now time.Time) (item, bool, error) {
	items, err := l.all(ctx, now)
	if err != nil {
		return item{}, false, err
	}
	for _, it := range items {
		if it.t.ID == id {
			return it, true, nil
		}
	}
	return item{}, false, nil
}
