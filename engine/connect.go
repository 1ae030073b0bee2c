package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/oauth"
	"github.com/hearback/hearback/watcher"
)

// Connect logs in to an account however it is configured: a password from
// its source (resolved now, so that a rotated one is picked up), or an
// OAuth2 access token. d dials, and gives the session its time limits (the
// zero Dialer has the production ones).
func Connect(ctx context.Context, d watcher.Dialer, acct config.Account, log *slog.Logger) (*watcher.Session, error) {
	if acct.Auth == config.AuthOAuth2 {
		return dialOAuth(ctx, d, acct, log)
	}
	pw, err := acct.ResolvePassword(ctx)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", acct.Name, err)
	}
	return d.Dial(ctx, acct, pw, log)
}

// sources keeps one token source per account for the life of the process,
// so that the daemon reuses an access token across reconnects instead of
// reading the store each time.
var (
	sourcesMu sync.Mutex
	sources   = map[string]*oauth.Source{}
)

func sourceKey(acct config.Account) string {
	return acct.Name + "\x00" + oauth.StoreFor(acct).String() + "\x00" + acct.OAuthClientID
}

// TokenSource is the account's OAuth2 token source, shared by every
// connection of this process.
func TokenSource(acct config.Account) (*oauth.Source, error) {
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	key := sourceKey(acct)
	if s, ok := sources[key]; ok {
		return s, nil
	}
	s, err := oauth.NewSource(acct, oauth.StoreFor(acct))
	if err != nil {
		return nil, err
	}
	sources[key] = s
	return s, nil
}

// ForgetTokenSource drops the account's token source: after `auth login`
// or `auth logout` the stored token changed.
func ForgetTokenSource(acct config.Account) {
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	delete(sources, sourceKey(acct))
}

// tokenAuthError is a token problem that retrying cannot fix: it is
// watcher.ErrAuth, so the daemon stops retrying and tells the user, and
// keeps the oauth error's own text with the fix.
type tokenAuthError struct{ err error }

func (e *tokenAuthError) Error() string   { return e.err.Error() }
func (e *tokenAuthError) Unwrap() []error { return []error{watcher.ErrAuth, e.err} }

// TokenError marks a token error that retrying cannot fix as an
// authentication failure (watcher.ErrAuth).
func TokenError(err error) error {
	if oauth.IsPermanent(err) {
		return &tokenAuthError{err: err}
	}
	return err
}

// dialOAuth logs in with an access token, refreshing it first when it has
// expired, and once more when the server refuses one that had not: the
// provider may have revoked it early, or the clocks disagree.
func dialOAuth(ctx context.Context, d watcher.Dialer, acct config.Account, log *slog.Logger) (*watcher.Session, error) {
	src, err := TokenSource(acct)
	if err != nil {
		return nil, err
	}
	tok, err := src.AccessToken(ctx)
	if err != nil {
		return nil, TokenError(err)
	}
	sess, err := d.Dial(ctx, acct, tok, log)
	if err == nil || !errors.Is(err, watcher.ErrAuth) {
		return sess, err
	}
	log.Info("server refused the OAuth2 access token; refreshing it", "account", acct.Name)
	src.Invalidate()
	tok, rerr := src.AccessToken(ctx)
	if rerr != nil {
		return nil, TokenError(rerr)
	}
	return d.Dial(ctx, acct, tok, log)
}
