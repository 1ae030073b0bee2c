package imaptest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
)

// Provider is a fake OAuth2 provider on 127.0.0.1: an authorization
// endpoint that approves at once (the "browser" is the test), a token
// endpoint for the code, refresh and device grants, and a device
// authorization endpoint. Access tokens it issues are reported to
// OnIssue, so that a test can make Dovecot's introspection accept them.
type Provider struct {
	*httptest.Server
	ClientID string
	User     string
	// OnIssue is called for every access token issued.
	OnIssue func(accessToken, user string)
	// ExpiresIn is the lifetime it announces, in seconds (default 3600).
	ExpiresIn int

	mu       sync.Mutex
	n        int
	codes    map[string]string // code -> PKCE challenge
	refresh  map[string]bool   // valid refresh tokens
	grants   []string          // grant types seen, in order
	devicePn int               // device polls answered "pending" so far
}

// StartProvider starts the fake provider for user.
func StartProvider(t testing.TB, user string) *Provider {
	t.Helper()
	p := &Provider{ClientID: "hearback-test-client", User: user, codes: map[string]string{}, refresh: map[string]bool{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/authorize", p.authorize)
	mux.HandleFunc("/token", p.token)
	mux.HandleFunc("/device", p.device)
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Server.Close)
	return p
}

// AddRefreshToken makes rt a valid refresh token.
func (p *Provider) AddRefreshToken(rt string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refresh[rt] = true
}

// RevokeRefreshToken makes rt invalid (invalid_grant), as when the user
// removes the app's access or changes the password.
func (p *Provider) RevokeRefreshToken(rt string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.refresh, rt)
}

// Grants returns the grant types the token endpoint was asked for.
func (p *Provider) Grants() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.grants...)
}

func (p *Provider) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("client_id") != p.ClientID || q.Get("code_challenge") == "" || q.Get("code_challenge_method") != "S256" {
		http.Error(w, "bad authorization request", http.StatusBadRequest)
		return
	}
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	p.n++
	code := fmt.Sprintf("code-%d", p.n)
	p.codes[code] = q.Get("code_challenge")
	p.mu.Unlock()
	v := redirect.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	redirect.RawQuery = v.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

func (p *Provider) device(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("client_id") != p.ClientID {
		writeOAuthError(w, "invalid_client")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"device_code": "device-1", "user_code": "WDJB-MJHT", "verification_uri": p.URL + "/activate",
		"expires_in": 600, "interval": 1,
	})
}

func (p *Provider) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.PostForm.Get("client_id") != p.ClientID {
		writeOAuthError(w, "invalid_client")
		return
	}
	grant := r.PostForm.Get("grant_type")
	p.mu.Lock()
	defer p.mu.Unlock()
	p.grants = append(p.grants, grant)
	switch grant {
	case "authorization_code":
		code := r.PostForm.Get("code")
		if _, ok := p.codes[code]; !ok || r.PostForm.Get("code_verifier") == "" {
			writeOAuthError(w, "invalid_grant")
			return
		}
		delete(p.codes, code)
	case "refresh_token":
		if !p.refresh[r.PostForm.Get("refresh_token")] {
			writeOAuthError(w, "invalid_grant")
			return
		}
		// Rotate, as Microsoft does: the old refresh token stops working.
		delete(p.refresh, r.PostForm.Get("refresh_token"))
	case "urn:ietf:params:oauth:grant-type:device_code":
		// One "pending" answer first, as a real provider gives while the
		// user is still typing the code.
		if p.devicePn == 0 {
			p.devicePn++
			writeOAuthError(w, "authorization_pending")
			return
		}
	default:
		writeOAuthError(w, "unsupported_grant_type")
		return
	}
	p.n++
	access, refresh := fmt.Sprintf("access-%d", p.n), fmt.Sprintf("refresh-%d", p.n)
	p.refresh[refresh] = true
	if p.OnIssue != nil {
		p.OnIssue(access, p.User)
	}
	expires := p.ExpiresIn
	if expires == 0 {
		expires = 3600
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": expires})
}

func writeOAuthError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": "fake provider: " + code})
}
