package engine

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/notify"
	"github.com/hearback/hearback/watcher"
)

// Reconnect backoff: the first retry is immediate (a blip, a server
// restart), then doubling from backoffBase with jitter, capped so that a
// laptop back on the network catches up within minutes.
const (
	backoffBase = 2 * time.Second
	backoffCap  = 5 * time.Minute
)

// withdrawLockWait is how long a withdrawal after a sync waits for a
// running check, which would withdraw the same drafts itself.
const withdrawLockWait = 30 * time.Second

// idleMaxWait is the longest one WaitForChange call lasts; after it the
// account syncs anyway (cheap: UIDNEXT says whether anything is new), which
// also proves the connection still works.
const idleMaxWait = 10 * time.Minute

// errWoke ends a session that the machine's wake made suspect.
var errWoke = errors.New("woke up: reconnecting")

// Watch keeps one account's store fresh: sync, wait for a change (IDLE or
// polling), sync again. Connection failures are retried with backoff; a
// rejected login, or a configuration that cannot work (a password
// variable that is not set), is permanent and stops this account only,
// until a restart or a reload. state reports what the account is doing;
// woke gives the channel the next wake from a suspend closes.
func (e *Engine) Watch(ctx context.Context, acct config.Account, state func(string), woke func() <-chan struct{}) {
	log := e.Log.With("account", acct.Name)
	var failures int
	for ctx.Err() == nil {
		state("connecting")
		err := e.watchSession(ctx, acct, func() { failures = 0; state("watching") }, woke())
		if ctx.Err() != nil {
			return
		}
		switch {
		case errors.Is(err, errWoke):
			// Not a failure: the connection is replaced at once.
			log.Info("reconnecting after the machine woke up")
			continue
		case errors.Is(err, watcher.ErrAuth):
			state("login rejected")
			log.Error("login rejected; not retrying this account until hearback restarts or reloads", "err", err)
			e.Notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot log in to " + acct.Name + ": check the password"})
			return
		case config.IsConfigError(err):
			state("configuration error")
			log.Error("configuration error; not retrying this account until hearback restarts or reloads", "err", err)
			e.Notifier.Notify(ctx, notify.Event{Kind: notify.NeedsUser, Account: acct.Name, At: time.Now(),
				Message: "hearback cannot use " + acct.Name + ": " + err.Error()})
			return
		}
		wait := backoff(failures)
		failures++
		state("reconnecting")
		log.Warn("connection lost; reconnecting", "err", err, "attempt", failures, "retry_in", wait.Round(time.Millisecond).String())
		if wait == 0 {
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// watchSession is one connection's life. A wake ends it: after a suspend
// the connection may be dead without a word (the server dropped it, the
// network changed), and waiting for TCP to notice takes minutes.
func (e *Engine) watchSession(ctx context.Context, acct config.Account, healthy func(), wake <-chan struct{}) error {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var woken atomic.Bool
	var mu sync.Mutex
	var sess *watcher.Session
	go func() {
		select {
		case <-wake:
			woken.Store(true)
			mu.Lock()
			if sess != nil {
				// Not Close: its LOGOUT would wait on a dead connection.
				sess.Abort()
			}
			mu.Unlock()
			cancel()
		case <-sctx.Done():
		}
	}()
	err := e.session(sctx, acct, healthy, func(s *watcher.Session) {
		mu.Lock()
		sess = s
		mu.Unlock()
	})
	if woken.Load() && ctx.Err() == nil {
		return errWoke
	}
	return err
}

// session is one connection: sync, wait for a change, sync again, until
// an error. connected is told the session once it is logged in.
func (e *Engine) session(ctx context.Context, acct config.Account, healthy func(), connected func(*watcher.Session)) error {
	sess, err := Connect(ctx, e.Dialer, acct, e.Log)
	if err != nil {
		return err
	}
	defer sess.Close()
	if e.Config.PollEvery > 0 {
		sess.PollInterval = e.Config.PollEvery
	}
	connected(sess)
	for {
		stats, err := sess.Sync(ctx, e.Store, acct.Name, e.SyncWindowStart(time.Now()))
		if err != nil {
			return err
		}
		healthy()
		if n := stats.Fetched(); n > 0 {
			e.Log.Info("synced", "account", acct.Name, "new", n)
			e.withdrawAnswered(ctx, sess, acct, stats.Mailboxes.Drafts)
		}
		// IDLE watches INBOX only: where answers are filed into other
		// folders (a server-side rule, Gmail's All Mail), the sync after
		// poll_interval notices them (a STATUS of every folder, in one
		// round trip).
		wait := idleMaxWait
		if len(stats.Folders) > 0 {
			wait = e.Config.PollEvery
		}
		if err := sess.WaitForChange(ctx, stats.Mailboxes.Inbox, wait); err != nil {
			return err
		}
	}
}

// backoff is the wait before reconnect attempt n (0-based, counted since
// the last healthy session): the first retry is immediate, then doubling
// from backoffBase, capped at backoffCap, each drawn uniformly from
// [d/2, d) so that accounts on one server do not reconnect in lockstep.
func backoff(n int) time.Duration {
	if n <= 0 {
		return 0
	}
	d := backoffBase << min(n-1, 16)
	if d > backoffCap || d <= 0 {
		d = backoffCap
	}
	return d/2 + rand.N(d/2)
}

// withdrawAnswered withdraws, right after a sync that stored new mail, the
// untouched hearback drafts that a reply has made obsolete
// (followup.Checker.WithdrawAnswered), under the check lock.
func (e *Engine) withdrawAnswered(ctx context.Context, sess *watcher.Session, acct config.Account, drafts string) {
	lock, err := e.Store.LockCheck(ctx, "hearback run (withdrawing answered drafts)", withdrawLockWait, nil)
	if err != nil {
		e.Log.Warn("withdrawing answered drafts skipped", "account", acct.Name, "err", err)
		return
	}
	defer lock.Release()
	c := &followup.Checker{Store: e.Store, Config: e.Config, Account: acct, Log: e.Log, Notifier: e.Notifier}
	n, err := c.WithdrawAnswered(ctx, sess, drafts, time.Now())
	if err != nil {
		e.Log.Error("withdrawing answered drafts", "account", acct.Name, "err", err)
	}
	if n > 0 {
		e.Log.Info("withdrew drafts that an answer made obsolete", "account", acct.Name, "drafts", n)
	}
}
