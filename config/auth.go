package config

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/hearback/hearback/oauth/preset"
)

// Values of auth.
const (
	AuthPassword = "password"
	AuthOAuth2   = "oauth2"
)

// Values of oauth_token_store.
const (
	TokenStoreFile    = "file"
	TokenStoreKeyring = "keyring"
)

// applyAuthDefaults normalises the auth keys; called from applyDefaults.
func (a *Account) applyAuthDefaults() {
	a.Auth = strings.ToLower(strings.TrimSpace(a.Auth))
	if a.Auth == "" {
		a.Auth = AuthPassword
	}
	a.OAuthProvider = strings.ToLower(strings.TrimSpace(a.OAuthProvider))
	a.OAuthClientID = strings.TrimSpace(a.OAuthClientID)
	a.OAuthClientSecretEnv = strings.TrimSpace(a.OAuthClientSecretEnv)
	a.OAuthClientSecretFile = expandHome(strings.TrimSpace(a.OAuthClientSecretFile))
	a.OAuthTokenFile = expandHome(strings.TrimSpace(a.OAuthTokenFile))
	a.OAuthTokenStore = strings.ToLower(strings.TrimSpace(a.OAuthTokenStore))
	if a.OAuthTokenStore == "" {
		a.OAuthTokenStore = TokenStoreFile
	}
	a.OAuthAuthURL = strings.TrimSpace(a.OAuthAuthURL)
	a.OAuthTokenURL = strings.TrimSpace(a.OAuthTokenURL)
	a.OAuthDeviceURL = strings.TrimSpace(a.OAuthDeviceURL)
	// nil, not [], for no scopes: a dumped config then loads back equal.
	var scopes []string
	for _, sc := range a.OAuthScopes {
		if sc = strings.TrimSpace(sc); sc != "" {
			scopes = append(scopes, sc)
		}
	}
	a.OAuthScopes = scopes
	if a.Auth == AuthOAuth2 && a.OAuthTokenFile == "" {
		if dir := xdgDir("XDG_STATE_HOME", filepath.Join(".local", "state")); dir != "" {
			a.OAuthTokenFile = filepath.Join(dir, "hearback", "oauth", tokenFileName(a.Name)+".json")
		}
	}
}

var unsafeFileChars = regexp.MustCompile(`[^A-Za-z0-9@._+-]+`)

// tokenFileName keeps an account name usable as a file name.
func tokenFileName(name string) string {
	n := unsafeFileChars.ReplaceAllString(name, "_")
	if n == "" || n == "." || n == ".." {
		n = "account"
	}
	return n
}

// validateAuth checks auth and the oauth_* keys. For a password account it
// returns the number of password sources, for the caller's checks of
// those; for an oauth2 account it reports any password key as a mistake
// itself and returns -1.
func (a *Account) validateAuth(key string, ps *problems, srcs []string) int {
	oauthKeys := map[string]bool{
		"oauth_provider": a.OAuthProvider != "", "oauth_client_id": a.OAuthClientID != "",
		"oauth_client_secret_env": a.OAuthClientSecretEnv != "", "oauth_client_secret_file": a.OAuthClientSecretFile != "",
		"oauth_auth_url": a.OAuthAuthURL != "", "oauth_token_url": a.OAuthTokenURL != "",
		"oauth_device_url": a.OAuthDeviceURL != "", "oauth_scopes": len(a.OAuthScopes) > 0,
	}
	switch a.Auth {
	case AuthPassword:
		for _, k := range []string{"oauth_provider", "oauth_client_id", "oauth_token_url"} {
			if oauthKeys[k] {
				ps.add(key+"."+k, "is set but auth is password", "set auth: oauth2 to sign in with OAuth2, or remove "+k)
				break
			}
		}
		return len(srcs)
	case AuthOAuth2:
	default:
		ps.add(key+".auth", fmt.Sprintf("unknown auth %q", a.Auth), "use password (the default) or oauth2")
		return len(srcs)
	}

	for _, s := range srcs {
		ps.add(key+"."+s, "has no use with auth: oauth2", "remove it: with OAuth2 hearback signs in with the token that 'hearback auth login' stores")
	}
	p, known := preset.Lookup(a.OAuthProvider)
	switch {
	case a.OAuthProvider == "" && a.OAuthTokenURL == "":
		ps.add(key+".oauth_provider", "missing", "set oauth_provider: google or microsoft (or oauth_auth_url, oauth_token_url and oauth_scopes for another provider)")
	case a.OAuthProvider != "" && !known:
		ps.add(key+".oauth_provider", fmt.Sprintf("unknown provider %q", a.OAuthProvider), "use google or microsoft, or leave it empty and set oauth_auth_url, oauth_token_url and oauth_scopes")
	case a.OAuthProvider == "" && len(a.OAuthScopes) == 0:
		ps.add(key+".oauth_scopes", "missing", "list the scopes that give IMAP access at your provider")
	}
	if a.OAuthClientID == "" {
		hint := "set the client ID of the OAuth application you registered for hearback"
		if known {
			hint = "to get one, " + p.RegisterHelp
		}
		ps.add(key+".oauth_client_id", "missing", hint)
	}
	if a.OAuthClientSecretEnv != "" && a.OAuthClientSecretFile != "" {
		ps.add(key+".oauth_client_secret_file", "both oauth_client_secret_env and oauth_client_secret_file are set", "keep one")
	}
	switch a.OAuthTokenStore {
	case TokenStoreFile, TokenStoreKeyring:
	default:
		ps.add(key+".oauth_token_store", fmt.Sprintf("unknown store %q", a.OAuthTokenStore),
			"use file (a 0600 file at oauth_token_file) or keyring (the OS keyring)")
	}
	if a.OAuthTokenStore == TokenStoreFile && a.OAuthTokenFile == "" {
		ps.add(key+".oauth_token_file", "no default location: neither $XDG_STATE_HOME nor $HOME is set", "set oauth_token_file to a path")
	}
	for _, u := range []struct{ key, val string }{{"oauth_auth_url", a.OAuthAuthURL}, {"oauth_token_url", a.OAuthTokenURL}, {"oauth_device_url", a.OAuthDeviceURL}} {
		if u.val == "" {
			continue
		}
		if msg := checkEndpointURL(u.val); msg != "" {
			ps.add(key+"."+u.key, msg, "write an https:// URL (http:// only for a loopback host)")
		}
	}
	return -1
}

// checkEndpointURL refuses URLs that would send a client secret or a
// refresh token across the network unencrypted.
func checkEndpointURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Sprintf("%q is not a URL", raw)
	}
	switch u.Scheme {
	case "https":
		return ""
	case "http":
		if isLoopback(u.Hostname()) {
			return ""
		}
		return fmt.Sprintf("%q is plain http to a host that is not this machine", raw)
	}
	return fmt.Sprintf("%q: scheme must be https", raw)
}

// ResolveOAuthClientSecret returns the client secret, or "" when none is
// configured (Microsoft's public clients have none). Like passwords it is
// read when needed, never at load.
func (a *Account) ResolveOAuthClientSecret() (string, error) {
	switch {
	case a.OAuthClientSecretEnv != "":
		v := os.Getenv(a.OAuthClientSecretEnv)
		if v == "" {
			return "", fmt.Errorf("account %q: oauth_client_secret_env: environment variable %s is not set or empty", a.Name, a.OAuthClientSecretEnv)
		}
		return v, nil
	case a.OAuthClientSecretFile != "":
		data, err := os.ReadFile(a.OAuthClientSecretFile)
		if err != nil {
			return "", fmt.Errorf("account %q: oauth_client_secret_file: %w", a.Name, err)
		}
		v := strings.TrimSpace(string(data))
		if v == "" {
			return "", fmt.Errorf("account %q: oauth_client_secret_file %s is empty", a.Name, a.OAuthClientSecretFile)
		}
		return v, nil
	}
	return "", nil
}
