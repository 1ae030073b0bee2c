package config

import (
	"fmt"
	"net"
	"net/mail"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/hearback/hearback/workdays"
)

// Validate checks the whole configuration and reports every problem at
// once as a *Error. It resolves timezone into Location, but never reads a
// secret: a config is valid before its password environment is set up.
// Call ApplyDefaults first.
func (c *Config) Validate() error {
	ps := &problems{file: c.Path, lines: c.lines}
	c.validate(ps)
	return ps.err()
}

func (c *Config) validate(ps *problems) {
	if c.Database == "" {
		ps.add("database", "no default location: neither $XDG_STATE_HOME nor $HOME is set",
			"set database to the path of the SQLite file")
	}

	switch c.Timezone {
	case "":
		if c.Location == nil {
			c.Location = time.Local
		}
	default:
		loc, err := time.LoadLocation(c.Timezone)
		if err != nil {
			ps.add("timezone", fmt.Sprintf("unknown time zone %q", c.Timezone),
				"use an IANA zone name such as America/New_York or Europe/Berlin, or leave it empty for the local zone")
		} else {
			c.Location = loc
		}
	}

	if _, err := cron.ParseStandard(c.Schedule); err != nil {
		ps.add("schedule", fmt.Sprintf("invalid cron spec %q: %v", c.Schedule, err),
			`use five fields "minute hour day-of-month month day-of-week", e.g. "0 9 * * 1-5" for 09:00 on weekdays`)
	}

	if c.Holidays != "" {
		if !workdays.Known(c.Holidays) {
			ps.add("holidays", fmt.Sprintf("no holiday calendar for %q", c.Holidays),
				"use one of "+strings.Join(workdays.Countries(), ", ")+", or leave it empty for weekends only")
		}
	}

	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		ps.add("log_level", fmt.Sprintf("unknown level %q", c.LogLevel), "use debug, info, warn or error")
	}

	if c.ForgetAfterDays < 0 {
		ps.add("forget_after_days", fmt.Sprintf("must be 0 (keep everything) or a number of days, got %d", c.ForgetAfterDays), "")
	}

	f := c.Followup
	atLeast := func(key string, v, lo int, unit string) {
		if v < lo {
			ps.add(key, fmt.Sprintf("must be at least %d %s, got %d", lo, unit, v), "")
		}
	}
	atLeast("followup.first_after", f.FirstAfter, 1, "business day")
	atLeast("followup.next_after", f.NextAfter, 1, "business day")
	atLeast("followup.max_nudges", f.MaxNudges, 0, "nudges")
	atLeast("followup.promise_grace", f.PromiseGrace, 0, "business days")
	if f.LookbackDays < 1 || f.LookbackDays > 3650 {
		ps.add("followup.lookback_days", fmt.Sprintf("must be between 1 and 3650 days, got %d", f.LookbackDays),
			"hiring threads older than a few months rarely need a nudge; the default is 120")
	}

	switch c.Draft.Tone {
	case "playful", "warm", "formal":
	default:
		ps.add("draft.tone", fmt.Sprintf("unknown tone %q", c.Draft.Tone), "use playful, warm or formal")
	}
	switch c.Draft.Language {
	case "auto", "en", "de", "fr", "es", "sv", "da", "nb":
	default:
		ps.add("draft.language", fmt.Sprintf("unknown language %q", c.Draft.Language),
			"use auto (each thread's own language), en, de, fr, es, sv, da or nb")
	}

	c.validateFollowup(ps) // validate_followup.go
	if c.PollInterval != "" {
		switch d, err := time.ParseDuration(c.PollInterval); {
		case err != nil:
			ps.add("poll_interval", fmt.Sprintf("%q is not a duration", c.PollInterval), `write e.g. "1m" or "30s"`)
		case d < 5*time.Second || d > time.Hour:
			ps.add("poll_interval", fmt.Sprintf("%s is outside 5s to 1h", d), "the default, 1m, suits most servers")
		}
	}
	c.validateWeb(ps) // web.go
	validateFolders(ps, "folders", c.Folders)
	for i, a := range c.Accounts {
		validateFolders(ps, indexKey("accounts", i)+".folders", a.Folders)
	}

	if len(c.Accounts) == 0 {
		ps.add("accounts", "no accounts configured", "add at least one IMAP account under accounts:")
	}
	names := make(map[string]int)
	for i := range c.Accounts {
		key := indexKey("accounts", i)
		a := &c.Accounts[i]
		if a.Name != "" {
			lower := strings.ToLower(a.Name)
			if first, dup := names[lower]; dup {
				ps.add(key+".name", fmt.Sprintf("account name %q is already used by accounts[%d]", a.Name, first),
					"give each account its own name (it defaults to the username)")
			} else {
				names[lower] = i
			}
		}
		a.validate(key, ps)
	}
}

func (a *Account) validate(key string, ps *problems) {
	if a.Name == "" {
		ps.add(key+".name", "account has no name", "set name (or username, which it defaults to)")
	}

	switch {
	case a.Host == "":
		ps.add(key+".host", "missing", "set the IMAP server's host name, e.g. imap.example.com")
	case strings.Contains(a.Host, "://"):
		ps.add(key+".host", fmt.Sprintf("%q is a URL, not a host name", a.Host),
			"write only the name, e.g. imap.example.com, and choose encryption with tls:")
	case strings.ContainsAny(a.Host, " \t/@"):
		ps.add(key+".host", fmt.Sprintf("%q is not a host name", a.Host), "write e.g. imap.example.com")
	default:
		if h, p, err := net.SplitHostPort(a.Host); err == nil {
			ps.add(key+".host", fmt.Sprintf("%q includes a port", a.Host),
				fmt.Sprintf("write host: %s and port: %s", h, p))
		}
	}

	if a.Port < 1 || a.Port > 65535 {
		ps.add(key+".port", fmt.Sprintf("must be between 1 and 65535, got %d", a.Port),
			"IMAP uses 993 with tls: implicit and 143 with tls: starttls; leave it out for that default")
	}

	switch a.TLS {
	case "implicit", "starttls":
	case "none":
		if a.Host != "" && !isLoopback(a.Host) {
			ps.add(key+".tls", fmt.Sprintf(`"none" with host %q would send the password across the network in clear text, so it is only allowed for a loopback host (localhost, 127.0.0.0/8, ::1)`, a.Host),
				"use tls: starttls (port 143) or tls: implicit (port 993)")
		}
		if a.TLSCAFile != "" {
			ps.add(key+".tls_ca_file", `has no effect with tls: none`, "remove it, or use tls: starttls or implicit")
		}
	default:
		ps.add(key+".tls", fmt.Sprintf("unknown mode %q", a.TLS),
			"use implicit (TLS from the start, port 993), starttls (port 143) or none (loopback only)")
	}

	if a.Username == "" {
		ps.add(key+".username", "missing", "set the IMAP login name, usually your email address")
	}

	// validateAuth (auth.go) checks the oauth2 keys and gives -1 for an
	// oauth2 account, which has no password source.
	switch srcs := a.passwordSources(); a.validateAuth(key, ps, srcs) {
	case 0:
		ps.add(key, "no password source",
			"set one of password_env (an environment variable), password_file, password_cmd (e.g. a password manager), password_keyring (the OS keyring) or password")
	case 1:
		if a.PasswordKeyring != "" {
			if _, _, err := a.keyringEntry(); err != nil {
				ps.add(key+".password_keyring", err.Error(), `write service/user, e.g. password_keyring: hearback/me@example.com`)
			}
		}
	case -1: // oauth2: validateAuth has checked it
	default:
		ps.add(key+"."+srcs[1], fmt.Sprintf("both %s and %s are set", srcs[0], srcs[1]),
			"keep exactly one of password, password_env, password_file, password_cmd, password_keyring")
	}

	if len(a.Addresses) == 0 {
		if a.Username != "" {
			ps.add(key+".addresses", fmt.Sprintf("not set, and username %q is not an email address to default to", a.Username),
				"list the addresses you send from, e.g. addresses: [me@example.com]")
		}
	}
	for j, addr := range a.Addresses {
		if !isEmail(addr) {
			ps.add(indexKey(key+".addresses", j), fmt.Sprintf("%q is not an email address", addr),
				"write a bare address such as me@example.com, without a name or <>")
		}
	}
}

// passwordSources names the password settings that are set, in the order
// ResolvePassword would consider them.
func (a *Account) passwordSources() []string {
	var srcs []string
	if a.Password != "" {
		srcs = append(srcs, "password")
	}
	if a.PasswordEnv != "" {
		srcs = append(srcs, "password_env")
	}
	if a.PasswordFile != "" {
		srcs = append(srcs, "password_file")
	}
	if a.PasswordCmd != "" {
		srcs = append(srcs, "password_cmd")
	}
	if a.PasswordKeyring != "" {
		srcs = append(srcs, "password_keyring")
	}
	return srcs
}

// isLoopback reports whether host can only mean this machine, so that a
// clear-text connection to it never crosses a network.
func isLoopback(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// isEmail accepts a bare addr-spec such as me@example.com. A domain
// without a dot (me@localhost) is allowed for local test servers.
func isEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || !strings.EqualFold(a.Address, s) {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	return at > 0 && at < len(s)-1
}
