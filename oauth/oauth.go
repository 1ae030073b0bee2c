// Package oauth gets and keeps the OAuth2 tokens hearback signs in to IMAP
// with (Gmail, Microsoft 365/Outlook.com): the browser sign-in with a
// loopback redirect and the device-code flow for servers without a
// browser, the stored refresh token (a 0600 file or the OS keyring), and
// access tokens refreshed automatically when they expire.
//
// A refresh token the provider no longer honours (revoked by the user,
// expired, password changed) is ErrRevoked: permanent, and the fix is
// 'hearback auth login ACCOUNT', never a retry.
package oauth

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/oauth/preset"
)

// Errors that need the user, not a retry.
var (
	// ErrNoToken means nobody has signed in for the account yet.
	ErrNoToken = errors.New("no OAuth2 token stored")
	// ErrRevoked means the provider refused the refresh token.
	ErrRevoked = errors.New("the OAuth2 refresh token was revoked or has expired")
	// ErrClient means the provider refused the client ID or secret.
	ErrClient = errors.New("the OAuth2 client ID or secret was refused")
)

// IsPermanent reports whether err is one that retrying cannot fix.
func IsPermanent(err error) bool {
	return errors.Is(err, ErrNoToken) || errors.Is(err, ErrRevoked) || errors.Is(err, ErrClient)
}

// httpTimeout bounds every request to the provider's endpoints.
const httpTimeout = 30 * time.Second

// Config is the oauth2 configuration of an account. redirectURL is only
// used by the loopback flow.
func Config(acct config.Account, redirectURL string) (*oauth2.Config, error) {
	secret, err := acct.ResolveOAuthClientSecret()
	if err != nil {
		return nil, err
	}
	e, scopes := endpoints(acct)
	if acct.OAuthClientID == "" || e.TokenURL == "" {
		return nil, fmt.Errorf("account %q: OAuth2 needs oauth_client_id and oauth_provider (or oauth_token_url)", acct.Name)
	}
	return &oauth2.Config{
		ClientID:     acct.OAuthClientID,
		ClientSecret: secret,
		Endpoint:     e,
		RedirectURL:  redirectURL,
		Scopes:       scopes,
	}, nil
}

// endpoints are the account's effective endpoints and scopes: its
// provider's preset, with the account's oauth_*_url and oauth_scopes on top.
func endpoints(acct config.Account) (oauth2.Endpoint, []string) {
	p, _ := preset.Lookup(acct.OAuthProvider)
	e := oauth2.Endpoint{
		AuthURL:       cmp.Or(acct.OAuthAuthURL, p.AuthURL),
		TokenURL:      cmp.Or(acct.OAuthTokenURL, p.TokenURL),
		DeviceAuthURL: cmp.Or(acct.OAuthDeviceURL, p.DeviceURL),
		// Google and Microsoft both take the client credentials in the
		// form body; auto-detection would first try the header and
		// cost a failed round trip on every refresh.
		AuthStyle: oauth2.AuthStyleInParams,
	}
	scopes := p.Scopes
	if len(acct.OAuthScopes) > 0 {
		scopes = acct.OAuthScopes
	}
	return e, scopes
}

// withHTTP puts an HTTP client with a timeout into ctx for x/oauth2, which
// otherwise uses http.DefaultClient without any.
func withHTTP(ctx context.Context) context.Context {
	if _, ok := ctx.Value(oauth2.HTTPClient).(*http.Client); ok {
		return ctx
	}
	return context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Timeout: httpTimeout})
}

// classify turns the provider's error answer into one of the package's
// permanent errors where it is one (RFC 6749 §5.2).
func classify(acct string, err error) error {
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		return fmt.Errorf("account %q: OAuth2 token endpoint: %w", acct, err)
	}
	desc := re.ErrorDescription
	if desc != "" {
		desc = ": " + desc
	}
	switch re.ErrorCode {
	case "invalid_grant":
		return fmt.Errorf("account %q: %w (%s%s); sign in again: hearback auth login %s", acct, ErrRevoked, re.ErrorCode, desc, acct)
	case "invalid_client", "unauthorized_client":
		return fmt.Errorf("account %q: %w (%s%s); check oauth_client_id and the client secret", acct, ErrClient, re.ErrorCode, desc)
	}
	if re.Response != nil && re.Response.StatusCode >= 400 && re.Response.StatusCode < 500 && re.ErrorCode != "" {
		return fmt.Errorf("account %q: OAuth2 token endpoint refused: %s%s", acct, re.ErrorCode, desc)
	}
	return fmt.Errorf("account %q: OAuth2 token endpoint: %w", acct, err)
}

// Source hands out valid access tokens for one account, refreshing and
// storing them as needed. It is safe for concurrent use.
type Source struct {
	acct  config.Account
	store Store
	conf  *oauth2.Config

	mu  sync.Mutex
	tok *oauth2.Token
	// Now is the clock, for tests.
	Now func() time.Time
}

// NewSource makes a token source for the account, reading the stored
// token on first use.
func NewSource(acct config.Account, store Store) (*Source, error) {
	conf, err := Config(acct, "")
	if err != nil {
		return nil, err
	}
	return &Source{acct: acct, store: store, conf: conf, Now: time.Now}, nil
}

// expiryDelta is how long before its expiry an access token counts as
// expired: a login takes a moment, and clocks differ.
const expiryDelta = time.Minute

// AccessToken returns an access token that should be valid for at least
// a minute, refreshing it with the stored refresh token when needed.
func (s *Source) AccessToken(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok == nil {
		tok, err := s.store.Load(ctx)
		if err != nil {
			if errors.Is(err, ErrNoToken) {
				return "", fmt.Errorf("account %q: %w in %s; sign in first: hearback auth login %s", s.acct.Name, ErrNoToken, s.store, s.acct.Name)
			}
			return "", fmt.Errorf("account %q: %w", s.acct.Name, err)
		}
		s.tok = tok
	}
	if s.tok.AccessToken != "" && !s.tok.Expiry.IsZero() && s.tok.Expiry.After(s.Now().Add(expiryDelta)) {
		return s.tok.AccessToken, nil
	}
	return s.refresh(ctx)
}

// Invalidate forgets the access token, after the IMAP server refused it
// although it had not expired (revoked, or a clock off), so that the next
// AccessToken refreshes.
func (s *Source) Invalidate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok != nil {
		s.tok.AccessToken = ""
		s.tok.Expiry = time.Time{}
	}
}

// refresh trades the refresh token for a new access token and stores the
// result: Microsoft rotates refresh tokens, and the old one stops working
// once the new one is used. s.mu must be held.
func (s *Source) refresh(ctx context.Context) (string, error) {
	if s.tok.RefreshToken == "" {
		return "", fmt.Errorf("account %q: %w: the stored token has no refresh token; sign in again: hearback auth login %s", s.acct.Name, ErrRevoked, s.acct.Name)
	}
	old := &oauth2.Token{RefreshToken: s.tok.RefreshToken}
	// ReuseTokenSource with an expired token makes exactly one refresh.
	tok, err := s.conf.TokenSource(withHTTP(ctx), old).Token()
	if err != nil {
		return "", classify(s.acct.Name, err)
	}
	if tok.AccessToken == "" {
		return "", fmt.Errorf("account %q: the OAuth2 token endpoint answered without an access token", s.acct.Name)
	}
	if tok.Expiry.IsZero() {
		// No expires_in: assume the common hour rather than "forever".
		tok.Expiry = s.Now().Add(time.Hour)
	}
	if tok.RefreshToken == "" {
		tok.RefreshToken = old.RefreshToken
	}
	s.tok = tok
	if err := s.store.Save(ctx, tok); err != nil {
		// The new access token works for now; a rotated refresh token that
		// cannot be stored is lost, so say so loudly.
		return tok.AccessToken, fmt.Errorf("account %q: refreshed the OAuth2 token but could not store it: %w", s.acct.Name, err)
	}
	return tok.AccessToken, nil
}

// Token returns the stored token (after AccessToken: the current one), for
// status displays. It never contains more than the store does.
func (s *Source) Token(ctx context.Context) (*oauth2.Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok != nil {
		cp := *s.tok
		return &cp, nil
	}
	return s.store.Load(ctx)
}
