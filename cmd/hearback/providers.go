package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
)

// The providers init recognises and doctor advises on: their IMAP
// settings and how to get the password they want. Only init and doctor
// use them, so they live here rather than in config.

// providerPreset is a mail provider's IMAP settings and set-up advice.
type providerPreset struct {
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
	// OAuth names an oauth/preset entry when the provider accepts OAuth2.
	OAuth string
	// OAuthOnly is set when the provider no longer accepts passwords for
	// IMAP at all.
	OAuthOnly bool
	// PasswordHelp tells how to get the password hearback should use.
	PasswordHelp string
}

// providers are the presets hearback recognises, most common first.
var providers = []providerPreset{
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

// providerByID returns the preset with that ID.
func providerByID(id string) (providerPreset, bool) {
	for _, p := range providers {
		if strings.EqualFold(p.ID, id) {
			return p, true
		}
	}
	return providerPreset{}, false
}

// mxLookup is net.Resolver.LookupMX, replaceable so that tests never ask
// the network.
type mxLookup func(ctx context.Context, domain string) ([]*net.MX, error)

// detectProvider recognises the provider of email: first by the address's
// domain, then by the domain's MX hosts (a company on Google Workspace or
// Microsoft 365). how says which, e.g. "domain gmail.com" or "MX
// aspmx.l.google.com". ok is false for a provider hearback has no preset
// for; err only reports an MX lookup that failed, and is then worth
// mentioning but not fatal: the user can still type the host.
func detectProvider(ctx context.Context, email string, lookup mxLookup) (p providerPreset, how string, ok bool, err error) {
	at := strings.LastIndexByte(email, '@')
	if at < 0 || at == len(email)-1 {
		return providerPreset{}, "", false, fmt.Errorf("%q is not an email address", email)
	}
	domain := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(email[at+1:])), ".")
	for _, p := range providers {
		for _, d := range p.Domains {
			if d == domain {
				return p, "domain " + domain, true, nil
			}
		}
	}
	if lookup == nil {
		return providerPreset{}, "", false, nil
	}
	mxs, err := lookup(ctx, domain)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return providerPreset{}, "", false, nil
		}
		return providerPreset{}, "", false, fmt.Errorf("MX lookup for %s: %w", domain, err)
	}
	for _, mx := range mxs {
		host := strings.TrimSuffix(strings.ToLower(mx.Host), ".")
		for _, p := range providers {
			for _, suffix := range p.MX {
				if host == suffix || strings.HasSuffix(host, "."+suffix) {
					return p, "MX " + host, true, nil
				}
			}
		}
	}
	return providerPreset{}, "", false, nil
}

// providerIDs lists the presets' IDs, for --provider's help and errors.
func providerIDs() string {
	ids := make([]string, len(providers))
	for i, p := range providers {
		ids[i] = p.ID
	}
	return strings.Join(ids, ", ")
}
