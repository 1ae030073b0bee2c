package oauth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/oauth2"

	"github.com/hearback/hearback/config"
)

// LoginOptions shape an interactive sign-in.
type LoginOptions struct {
	// Out is where the instructions go (the URL to open, the device code).
	Out io.Writer
	// OpenBrowser opens url in the user's browser; nil only prints it.
	OpenBrowser func(ctx context.Context, url string) error
}

// Login signs the account in with the installed-app flow: a browser
// opens the provider's sign-in page, which redirects to a one-shot HTTP
// server on the loopback interface with the authorisation code (RFC 8252,
// with PKCE). The caller bounds the wait with ctx.
func Login(ctx context.Context, acct config.Account, opts LoginOptions) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("account %q: listening for the sign-in redirect: %w", acct.Name, err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	// Microsoft only matches a redirect registered as http://localhost
	// (any port); Google recommends the literal 127.0.0.1. A browser that
	// resolves localhost to ::1 also finds us there when ::1 exists.
	host := "127.0.0.1"
	var ln6 net.Listener
	if acct.OAuthProvider == "microsoft" {
		host = "localhost"
		if l, err := net.Listen("tcp", net.JoinHostPort("::1", strconv.Itoa(port))); err == nil {
			ln6 = l
			defer ln6.Close()
		}
	}
	conf, err := Config(acct, "http://"+net.JoinHostPort(host, strconv.Itoa(port))+"/")
	if err != nil {
		return nil, err
	}
	if conf.Endpoint.AuthURL == "" {
		return nil, fmt.Errorf("account %q: no authorization endpoint: set oauth_provider or oauth_auth_url", acct.Name)
	}
	state, err := randomString()
	if err != nil {
		return nil, err
	}
	verifier := oauth2.GenerateVerifier()
	authURL := conf.AuthCodeURL(state,
		oauth2.S256ChallengeOption(verifier),
		// Google hands out a refresh token only with offline access, and
		// only on consent; Microsoft's comes with the offline_access scope.
		oauth2.AccessTypeOffline,
		oauth2.SetAuthURLParam("prompt", "consent"),
		oauth2.SetAuthURLParam("login_hint", acct.Username),
	)

	results := make(chan callback, 1)
	h := &redirectHandler{state: state, results: results}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	if ln6 != nil {
		go srv.Serve(ln6)
	}
	defer srv.Close()

	fmt.Fprintf(opts.Out, "Sign in as %s in your browser. If it does not open, open this address:\n\n  %s\n\nWaiting for the sign-in (Ctrl-C to give up)...\n", acct.Username, authURL)
	if opts.OpenBrowser != nil {
		if err := opts.OpenBrowser(ctx, authURL); err != nil {
			fmt.Fprintf(opts.Out, "(could not open a browser: %v)\n", err)
		}
	}
	var cb callback
	select {
	case cb = <-results:
	case <-ctx.Done():
		return nil, fmt.Errorf("account %q: waiting for the sign-in: %w", acct.Name, ctx.Err())
	}
	if cb.err != nil {
		return nil, fmt.Errorf("account %q: sign-in: %w", acct.Name, cb.err)
	}
	tok, err := conf.Exchange(withHTTP(ctx), cb.code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, classify(acct.Name, err)
	}
	return checkLoginToken(acct, tok)
}

// LoginDevice signs the account in with the device-code flow (RFC 8628):
// the user opens a short URL on any device and types a code, while this
// process polls the token endpoint. For servers without a browser.
func LoginDevice(ctx context.Context, acct config.Account, out io.Writer) (*oauth2.Token, error) {
	conf, err := Config(acct, "")
	if err != nil {
		return nil, err
	}
	if conf.Endpoint.DeviceAuthURL == "" {
		hint := "set oauth_device_url"
		if acct.OAuthProvider == "google" {
			hint = "Google does not allow the Gmail scope in the device flow; sign in without --device, " +
				"on a headless server through an SSH tunnel of the redirect port"
		}
		return nil, fmt.Errorf("account %q: no device-code endpoint: %s", acct.Name, hint)
	}
	ctx = withHTTP(ctx)
	resp, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil, classify(acct.Name, err)
	}
	if resp.VerificationURIComplete != "" {
		fmt.Fprintf(out, "On any device, open\n\n  %s\n\nand sign in as %s (the code %s is filled in).\n", resp.VerificationURIComplete, acct.Username, resp.UserCode)
	} else {
		fmt.Fprintf(out, "On any device, open\n\n  %s\n\nenter the code %s and sign in as %s.\n", resp.VerificationURI, resp.UserCode, acct.Username)
	}
	fmt.Fprintln(out, "Waiting for the sign-in (Ctrl-C to give up)...")
	tok, err := conf.DeviceAccessToken(ctx, resp)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("account %q: waiting for the sign-in: %w", acct.Name, ctx.Err())
		}
		return nil, classify(acct.Name, err)
	}
	return checkLoginToken(acct, tok)
}

// checkLoginToken insists on a refresh token: without one hearback would
// stop working within the hour.
func checkLoginToken(acct config.Account, tok *oauth2.Token) (*oauth2.Token, error) {
	if tok.RefreshToken == "" {
		hint := "check oauth_scopes"
		if acct.OAuthProvider == "microsoft" {
			hint = "the offline_access scope is needed"
		}
		return nil, fmt.Errorf("account %q: the provider signed you in but gave no refresh token (%s)", acct.Name, hint)
	}
	return tok, nil
}

type callback struct {
	code string
	err  error
}

type redirectHandler struct {
	state   string
	results chan<- callback
}

// ServeHTTP takes the one redirect that carries our state. Anything else
// (a favicon request, a stale tab, a page on the web probing local ports)
// is answered 404 and changes nothing.
func (h *redirectHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if r.URL.Path != "/" || q.Get("state") != h.state {
		http.NotFound(w, r)
		return
	}
	var cb callback
	switch {
	case q.Get("error") != "":
		cb.err = fmt.Errorf("the provider said %s: %s", q.Get("error"), q.Get("error_description"))
	case q.Get("code") == "":
		cb.err = errors.New("the redirect carried no authorization code")
	default:
		cb.code = q.Get("code")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if cb.err != nil {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, "<!doctype html><title>hearback</title><p>Sign-in failed: %s</p>", html.EscapeString(cb.err.Error()))
	} else {
		fmt.Fprint(w, "<!doctype html><title>hearback</title><p>hearback is signed in. You can close this tab.</p>")
	}
	select {
	case h.results <- cb:
	default: // a second redirect: the first one counts
	}
}

func randomString() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random state: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
