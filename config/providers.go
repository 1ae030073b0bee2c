package config

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

// OAuthPreset is what hearback knows about a provider's OAuth2 endpoints.
type OAuthPreset struct {
	Name      string
	AuthURL   string
	TokenURL  string
	DeviceURL string // "" when the provider has no device flow for mail
	Scopes    []string
	// RegisterHelp says where a user creates their own client ID: neither
	// provider lets one published ID be shared by every install of an open
	// source tool without review, so the ID is configuration.
	RegisterHelp string
}

// OAuthPresets are the providers that accept OAuth2 for IMAP and that
// hearback knows the endpoints of. Other providers work through
// oauth_auth_url, oauth_token_url and oauth_scopes.
var OAuthPresets = map[string]OAuthPreset{
	"google": {
		Name:     "Google",
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
		// Google's device flow does not allow the Gmail scope
		// (https://developers.google.com/identity/protocols/oauth2/limited-input-device#allowedscopes),
		// so a headless server uses the loopback flow through an SSH tunnel.
		DeviceURL: "",
		Scopes:    []string{"https://mail.google.com/"},
		RegisterHelp: "create a project at https://console.cloud.google.com/, enable the Gmail API, configure the consent screen, " +
			"and add an OAuth client ID of type \"Desktop app\"; put its ID in oauth_client_id and its secret in a file named by oauth_client_secret_file",
	},
	"microsoft": {
		Name:      "Microsoft",
		AuthURL:   "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
		TokenURL:  "https://login.microsoftonline.com/common/oauth2/v2.0/token",
		DeviceURL: "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
		// offline_access is what makes Microsoft hand out a refresh token.
		Scopes: []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"},
		RegisterHelp: "register an application at https://entra.microsoft.com/ (App registrations → New registration, " +
			"\"Accounts in any organizational directory and personal Microsoft accounts\", redirect URI of type \"Mobile and desktop\": http://localhost, " +
			"\"Allow public client flows\": yes, API permission IMAP.AccessAsUser.All); put its Application (client) ID in oauth_client_id",
	},
}

// Provider is a mail provider's IMAP settings and set-up advice.
type Provider struct {
	ID   string
	Name string
	Host string
	Port int
	TLS  string
	// Domains are the provider's own address domains.
	Domains []string
	// MX are suffixes of the provider's MX hosts, which recognise custom
	// domains hosted there (Google Workspace, Microsoft 365, Fastmail).
	MX []string
	// OAuth names an OAuthPresets entry when the provider accepts OAuth2.
	OAuth string
	// OAuthOnly is set when the provider no longer accepts passwords for
	// IMAP at all.
	OAuthOnly bool
	// PasswordHelp tells how to get the password hearback should use.
	PasswordHelp string
}

// Providers are the presets hearback recognises, most common first.
var Providers = []Provider{
	{ID: "gmail", Name: "Gmail / Google Workspace", Host: "imap.gmail.com", Port: 993, TLS: "implicit",
		Domains: []string{"gmail.com", "googlemail.com"}, MX: []string{"google.com", "googlemail.com"}, OAuth: "google",
		PasswordHelp: "Gmail needs an app password (or OAuth2): turn on 2-Step Verification, then create one at " +
			"https://myaccount.google.com/apppasswords (name it \"hearback\") and use the 16 letters without spaces. " +
			"Google Workspace admins can turn app passwords off; then use OAuth2."},
	{ID: "outlook", Name: "Outlook.com / Hotmail / Microsoft 365", Host: "outlook.office365.com", Port: 993, TLS: "implicit",
		Domains: []string{"outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de",
			"outlook.de", "outlook.fr", "live.co.uk", "live.fr", "live.de"},
		MX: []string{"protection.outlook.com", "hotmail.com", "outlook.com"}, OAuth: "microsoft", OAuthOnly: true,
		PasswordHelp: "Microsoft turned off passwords for IMAP: hearback signs in with OAuth2 (auth: oauth2)."},
	{ID: "icloud", Name: "iCloud Mail", Host: "imap.mail.me.com", Port: 993, TLS: "implicit",
		Domains: []string{"icloud.com", "me.com", "mac.com"}, MX: []string{"mail.icloud.com"},
		PasswordHelp: "iCloud needs an app-specific password: at https://account.apple.com/ open Sign-In and Security → " +
			"App-Specific Passwords, create one named \"hearback\". The username is your full iCloud address."},
	{ID: "fastmail", Name: "Fastmail", Host: "imap.fastmail.com", Port: 993, TLS: "implicit",
		Domains: []string{"fastmail.com", "fastmail.fm", "fastmail.net", "fastmail.org", "fastmail.us", "fastmail.to"},
		MX:      []string{"messagingengine.com"},
		PasswordHelp: "Fastmail needs an app password: Settings → Privacy & Security → Manage app passwords → " +
			"New app password, with access \"Mail (IMAP/POP/SMTP)\"."},
	{ID: "yahoo", Name: "Yahoo Mail", Host: "imap.mail.yahoo.com", Port: 993, TLS: "implicit",
		Domains: []string{"yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca"},
		MX:      []string{"yahoodns.net"},
		PasswordHelp: "Yahoo needs an app password: Account Info → Account Security → Generate app password " +
			"(at https://login.yahoo.com/account/security), name it \"hearback\"."},
	{ID: "proton", Name: "Proton Mail (through Proton Mail Bridge)", Host: "127.0.0.1", Port: 1143, TLS: "starttls",
		Domains: []string{"proton.me", "protonmail.com", "protonmail.ch", "pm.me"}, MX: []string{"protonmail.ch"},
		PasswordHelp: "Proton Mail works through Proton Mail Bridge on this machine: install and start it, then use the " +
			"username and the Bridge password it shows under your account's mailbox details (not your Proton password). " +
			"Bridge's certificate is its own: export it (Settings → Advanced → Export TLS certificates) and set tls_ca_file to cert.pem."},
	{ID: "gmx", Name: "GMX", Host: "imap.gmx.net", Port: 993, TLS: "implicit",
		Domains: []string{"gmx.de", "gmx.net", "gmx.at", "gmx.ch"}, MX: []string{"gmx.net"},
		PasswordHelp: "GMX: turn on IMAP first (E-Mail → Settings → POP3 & IMAP → allow access), then use your GMX password " +
			"or, with two-factor authentication, an application-specific password."},
	{ID: "gmx.com", Name: "GMX (gmx.com)", Host: "imap.gmx.com", Port: 993, TLS: "implicit",
		Domains: []string{"gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr"}, MX: []string{"gmx.com"},
		PasswordHelp: "GMX: turn on IMAP first (Settings → POP3 & IMAP → allow access), then use your GMX password."},
	{ID: "mailbox.org", Name: "mailbox.org", Host: "imap.mailbox.org", Port: 993, TLS: "implicit",
		Domains: []string{"mailbox.org"}, MX: []string{"mailbox.org"},
		PasswordHelp: "mailbox.org: use your mailbox.org password, or with two-factor authentication an application " +
			"password (Settings → Security → Application passwords)."},
}

// ProviderByID returns the preset with that ID.
func ProviderByID(id string) (Provider, bool) {
	for _, p := range Providers {
		if strings.EqualFold(p.ID, id) {
			return p, true
		}
	}
	return Provider{}, false
}

// LookupMX is net.Resolver.LookupMX, replaceable so that tests never ask
// the network.
type LookupMX func(ctx context.Context, domain string) ([]*net.MX, error)

// DetectProvider recognises the provider of email: first by the address's
// domain, then by the domain's MX hosts (a company on Google Workspace or
// Microsoft 365). how says which, e.g. "domain gmail.com" or "MX
// aspmx.l.google.com". ok is false for a provider hearback has no preset
// for; err only reports an MX lookup that failed, and is then worth
// mentioning but not fatal: the user can still type the host.
func DetectProvider(ctx context.Context, email string, lookup LookupMX) (p Provider, how string, ok bool, err error) {
	at := strings.LastIndexByte(email, '@')
	if at < 0 || at == len(email)-1 {
		return Provider{}, "", false, fmt.Errorf("%q is not an email address", email)
	}
	domain := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(email[at+1:])), ".")
	for _, p := range Providers {
		for _, d := range p.Domains {
			if d == domain {
				return p, "domain " + domain, true, nil
			}
		}
	}
	if lookup == nil {
		return Provider{}, "", false, nil
	}
	mxs, err := lookup(ctx, domain)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return Provider{}, "", false, nil
		}
		return Provider{}, "", false, fmt.Errorf("MX lookup for %s: %w", domain, err)
	}
	for _, mx := range mxs {
		host := strings.TrimSuffix(strings.ToLower(mx.Host), ".")
		for _, p := range Providers {
			for _, suffix := range p.MX {
				if host == suffix || strings.HasSuffix(host, "."+suffix) {
					return p, "MX " + host, true, nil
				}
			}
		}
	}
	return Provider{}, "", false, nil
}

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
	preset, known := OAuthPresets[a.OAuthProvider]
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
			hint = "to get one, " + preset.RegisterHelp
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

// OAuthEndpoints are an account's effective OAuth2 settings: the
// provider's preset, with the account's overrides on top.
type OAuthEndpoints struct {
	AuthURL, TokenURL, DeviceURL string
	Scopes                       []string
}

// OAuthEndpoints returns the account's effective endpoints and scopes.
func (a *Account) OAuthEndpoints() OAuthEndpoints {
	p := OAuthPresets[a.OAuthProvider]
	e := OAuthEndpoints{AuthURL: p.AuthURL, TokenURL: p.TokenURL, DeviceURL: p.DeviceURL, Scopes: p.Scopes}
	if a.OAuthAuthURL != "" {
		e.AuthURL = a.OAuthAuthURL
	}
	if a.OAuthTokenURL != "" {
		e.TokenURL = a.OAuthTokenURL
	}
	if a.OAuthDeviceURL != "" {
		e.DeviceURL = a.OAuthDeviceURL
	}
	if len(a.OAuthScopes) > 0 {
		e.Scopes = a.OAuthScopes
	}
	return e
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
