// Package config reads hearback's YAML configuration: schema, defaults,
// validation and secret resolution.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	// Embedded so that timezone works on hosts and containers without a
	// system zoneinfo database; the system copy still wins when present.
	_ "time/tzdata"

	"go.yaml.in/yaml/v3"
)

// Config is the whole configuration file. The YAML keys are a contract
// (config.example.yaml documents every one); more may be added, none
// renamed.
type Config struct {
	Database string `yaml:"database"`
	Timezone string `yaml:"timezone"`
	Schedule string `yaml:"schedule"`
	Holidays string `yaml:"holidays"` // ISO country code (e.g. "US", "DE"); empty: weekends only
	LogLevel string `yaml:"log_level"`
	// ForgetAfterDays purges threads whose latest message is older than
	// this many days from the store after each scheduled check; 0 keeps
	// everything (see also `hearback forget`).
	ForgetAfterDays int            `yaml:"forget_after_days"`
	Followup        Followup       `yaml:"followup"`
	Draft           DraftSettings  `yaml:"draft"`
	Ignore          IgnoreSettings `yaml:"ignore"` // followup_settings.go
	Notify          NotifySettings `yaml:"notify"` // followup_settings.go
	// PollInterval is how often `run` looks for new mail where IMAP IDLE
	// does not tell it: in the folders besides INBOX, and in INBOX on a
	// server without IDLE. A duration ("1m", "30s"); default one minute.
	PollInterval string `yaml:"poll_interval"`
	// PollEvery is PollInterval parsed.
	PollEvery time.Duration `yaml:"-"`
	// Folders are the mailboxes read for every account (folders.go).
	Folders Folders `yaml:"folders"`
	// Digest is a cron spec (in timezone) for a weekly summary through the
	// notification channels; "" for none (default).
	Digest string `yaml:"digest"`
	// Web is the dashboard (web.go).
	Web      WebSettings `yaml:"web"`
	Accounts []Account   `yaml:"accounts"`

	// Path is the file this config was read from ("" when built in code).
	Path string `yaml:"-"`
	// Location is Timezone resolved; set by ApplyDefaults (local zone) and
	// by Validate (the named zone).
	Location *time.Location `yaml:"-"`

	// lines maps key paths ("accounts[1].tls") to the line they are on, so
	// that validation can point at the file; nil for a config built in code.
	lines map[string]int
	// set holds the key paths the file gave a non-null value, so that an
	// explicit 0 (max_nudges: 0) is not mistaken for "unset".
	set map[string]bool
	// checkTemplates is WithTemplateCheck's checker; nil when Load was
	// given none.
	checkTemplates TemplateCheck
}

// Followup is the follow-up policy.
type Followup struct {
	FirstAfter    int   `yaml:"first_after"` // business days after my last message
	NextAfter     int   `yaml:"next_after"`  // business days between nudges
	MaxNudges     int   `yaml:"max_nudges"`
	LookbackDays  int   `yaml:"lookback_days"`
	PromiseGrace  int   `yaml:"promise_grace"`   // business days after a promised date
	ThankYou      *bool `yaml:"thank_you"`       // draft a thank-you note after an interview (default true)
	ThankYouHours int   `yaml:"thank_you_hours"` // hours after the interview ends (default 24)
	// After is the wait before the first nudge by where the thread
	// stands; first_after, when set, overrides all three.
	After StageWaits `yaml:"after"`
	// Expedite drafts, when an offer with a deadline arrives, a note to
	// every other active thread asking for news (default true).
	Expedite *bool `yaml:"expedite"`
	// OnAccept is what accepting an offer does: withdraw (stop nudging,
	// and draft a withdrawal note to every other active thread), stop
	// (stop nudging only) or nothing.
	OnAccept string `yaml:"on_accept"`
	// CloseAfter is the business days after a thread went quiet before
	// one last, gracious note; 0 turns it off (default 10).
	CloseAfter int `yaml:"close_after"`
	// AfterRejection is "thank" for one short reply to a person's "no"
	// (thanks, a request for brief feedback); "" for none (default).
	AfterRejection string `yaml:"after_rejection"`
}

// StageWaits are business days before the first nudge, by stage.
type StageWaits struct {
	Application int `yaml:"application"` // after an application only
	Interview   int `yaml:"interview"`   // after a screen or a first interview
	Final       int `yaml:"final"`       // after a final round
}

// DraftSettings shapes the drafts hearback writes.
type DraftSettings struct {
	Tone      string `yaml:"tone"`      // playful | warm | formal
	Signature string `yaml:"signature"` // appended below the text; default: from_name
	Update    string `yaml:"update"`    // optional one-line update the user wants mentioned
	Quote     *bool  `yaml:"quote"`     // quote the last message below the text (default true)
	Templates string `yaml:"templates"` // directory of *.tmpl files overriding the texts
	Language  string `yaml:"language"`  // auto (the thread's) | en | de | fr | es | sv | da | nb
}

// Account is one IMAP mailbox.
type Account struct {
	Name         string `yaml:"name"`
	Host         string `yaml:"host"`
	Port         int    `yaml:"port"`
	TLS          string `yaml:"tls"` // implicit | starttls | none
	TLSCAFile    string `yaml:"tls_ca_file"`
	Username     string `yaml:"username"`
	Password     string `yaml:"password"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	PasswordCmd  string `yaml:"password_cmd"`
	// PasswordKeyring is "service/user" in the OS keyring (Secret
	// Service, macOS Keychain, Windows Credential Manager).
	PasswordKeyring string   `yaml:"password_keyring"`
	FromName        string   `yaml:"from_name"`
	Addresses       []string `yaml:"addresses"`
	// Mailbox names override discovery when set.
	Inbox  string `yaml:"inbox"`
	Sent   string `yaml:"sent"`
	Drafts string `yaml:"drafts"`
	// Folders overrides the top-level folders for this account; empty,
	// the top-level ones apply (set by ApplyDefaults).
	Folders Folders `yaml:"folders"`
	// OAuth2 instead of a password (see auth.go and oauth/).
	Auth                  string   `yaml:"auth"`                     // password (default) | oauth2
	OAuthProvider         string   `yaml:"oauth_provider"`           // google | microsoft; empty with oauth_token_url: any other
	OAuthClientID         string   `yaml:"oauth_client_id"`          // the OAuth client registered for hearback
	OAuthClientSecretEnv  string   `yaml:"oauth_client_secret_env"`  // variable holding the client secret (Google needs one)
	OAuthClientSecretFile string   `yaml:"oauth_client_secret_file"` // file holding the client secret
	OAuthTokenFile        string   `yaml:"oauth_token_file"`         // where the refresh token is kept (0600)
	OAuthTokenStore       string   `yaml:"oauth_token_store"`        // file (default) | keyring
	OAuthAuthURL          string   `yaml:"oauth_auth_url"`           // endpoint overrides; default: the provider's
	OAuthTokenURL         string   `yaml:"oauth_token_url"`
	OAuthDeviceURL        string   `yaml:"oauth_device_url"`
	OAuthScopes           []string `yaml:"oauth_scopes"`

	// baseDir is the directory of the config file: password_cmd runs there,
	// like relative paths in the file are resolved there.
	baseDir string
	// src locates the account in its file, for the config errors found
	// only when a secret is read (ResolvePassword); zero when built in code.
	src accountSource
}

// accountSource is where an account was read from.
type accountSource struct {
	file  string         // the config file
	key   string         // "accounts[1]"
	lines map[string]int // the file's key lines (Config.lines)
}

// Defaults that are not derived from other settings.
const (
	DefaultSchedule     = "0 9 * * 1-5"
	DefaultPollInterval = time.Minute
	// The waits before a first nudge by stage (issue 17): a week and a
	// half after an application, a week after an interview, four days
	// after a final round; see README's "When does hearback draft?".
	DefaultAfterApplication = 7
	DefaultAfterInterview   = 5
	DefaultAfterFinal       = 4
	DefaultCloseAfter       = 10
	DefaultFirstAfter       = 5
	DefaultNextAfter        = 7
	DefaultMaxNudges        = 2
	DefaultLookbackDays     = 120
	DefaultPromiseGrace     = 1
	DefaultTone             = "warm"
	DefaultLanguage         = "auto"
	DefaultLogLevel         = "info"
	DefaultTLS              = "implicit"
	PortImplicit            = 993
	PortPlain               = 143 // starttls and none
)

// Default returns a configuration with every default applied and no
// accounts, for code that builds its configuration in memory.
func Default() *Config {
	c := &Config{}
	c.ApplyDefaults()
	return c
}

// DefaultPath is where the config file lives when --config is not given:
// $XDG_CONFIG_HOME/hearback/config.yaml, else ~/.config/hearback/config.yaml.
// It is "" when neither $XDG_CONFIG_HOME nor the home directory is known.
func DefaultPath() string {
	dir := xdgDir("XDG_CONFIG_HOME", ".config")
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "hearback", "config.yaml")
}

// defaultDatabase is $XDG_STATE_HOME/hearback/hearback.db, else
// ~/.local/state/hearback/hearback.db, else "".
func defaultDatabase() string {
	dir := xdgDir("XDG_STATE_HOME", filepath.Join(".local", "state"))
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "hearback", "hearback.db")
}

// xdgDir follows the XDG base directory spec, which says to ignore a
// relative value: it would depend on whatever directory the daemon starts in.
func xdgDir(env, fallback string) string {
	if d := os.Getenv(env); d != "" && filepath.IsAbs(d) {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, fallback)
}

// ApplyDefaults fills in every setting left empty. For a config built in
// code a zero number means "unset"; a loaded file keeps the numbers it
// states, so "max_nudges: 0" stays 0. Strings are trimmed and the
// case-insensitive ones (tls, tone, log_level, holidays, addresses)
// normalised, so later code compares them directly.
func (c *Config) ApplyDefaults() {
	c.Database = expandHome(strings.TrimSpace(c.Database))
	if c.Database == "" {
		c.Database = defaultDatabase()
	}
	c.Timezone = strings.TrimSpace(c.Timezone)
	if c.Location == nil && c.Timezone == "" {
		c.Location = time.Local
	}
	c.Schedule = strings.TrimSpace(c.Schedule)
	if c.Schedule == "" {
		c.Schedule = DefaultSchedule
	}
	c.Holidays = strings.ToUpper(strings.TrimSpace(c.Holidays))
	c.LogLevel = strings.ToLower(strings.TrimSpace(c.LogLevel))
	switch c.LogLevel {
	case "":
		c.LogLevel = DefaultLogLevel
	case "warning":
		c.LogLevel = "warn"
	}

	c.defaultInt(&c.Followup.FirstAfter, "followup.first_after", DefaultFirstAfter)
	c.defaultInt(&c.Followup.NextAfter, "followup.next_after", DefaultNextAfter)
	c.defaultInt(&c.Followup.MaxNudges, "followup.max_nudges", DefaultMaxNudges)
	c.defaultInt(&c.Followup.LookbackDays, "followup.lookback_days", DefaultLookbackDays)
	c.defaultInt(&c.Followup.PromiseGrace, "followup.promise_grace", DefaultPromiseGrace)
	c.defaultInt(&c.Followup.After.Application, "followup.after.application", DefaultAfterApplication)
	c.defaultInt(&c.Followup.After.Interview, "followup.after.interview", DefaultAfterInterview)
	c.defaultInt(&c.Followup.After.Final, "followup.after.final", DefaultAfterFinal)
	c.defaultInt(&c.Followup.CloseAfter, "followup.close_after", DefaultCloseAfter)
	c.Followup.OnAccept = strings.ToLower(strings.TrimSpace(c.Followup.OnAccept))
	if c.Followup.OnAccept == "" {
		c.Followup.OnAccept = "withdraw"
	}
	c.Followup.AfterRejection = strings.ToLower(strings.TrimSpace(c.Followup.AfterRejection))
	c.Digest = strings.TrimSpace(c.Digest)

	c.Draft.Tone = strings.ToLower(strings.TrimSpace(c.Draft.Tone))
	if c.Draft.Tone == "" {
		c.Draft.Tone = DefaultTone
	}
	if c.Draft.Quote == nil {
		quote := true
		c.Draft.Quote = &quote
	}
	c.Draft.Language = strings.ToLower(strings.TrimSpace(c.Draft.Language))
	if c.Draft.Language == "" {
		c.Draft.Language = DefaultLanguage
	}
	c.applyFollowupDefaults() // followup_settings.go
	c.applyWebDefaults()      // web.go
	c.Folders = c.Folders.normalized()
	c.PollInterval = strings.TrimSpace(c.PollInterval)
	c.PollEvery = DefaultPollInterval
	if d, err := time.ParseDuration(c.PollInterval); err == nil && d > 0 {
		c.PollEvery = d
	}

	for i := range c.Accounts {
		c.Accounts[i].applyDefaults(c, indexKey("accounts", i))
	}
}

func (c *Config) defaultInt(v *int, key string, def int) {
	if *v == 0 && !c.set[key] {
		*v = def
	}
}

func (a *Account) applyDefaults(c *Config, key string) {
	if a.Folders.IsZero() {
		a.Folders = c.Folders
	}
	a.Folders = a.Folders.normalized()
	a.Name = strings.TrimSpace(a.Name)
	a.Host = strings.TrimSpace(a.Host)
	// "[::1]" is how people write IPv6 hosts in URLs; dialing wants "::1".
	if strings.HasPrefix(a.Host, "[") && strings.HasSuffix(a.Host, "]") {
		a.Host = a.Host[1 : len(a.Host)-1]
	}
	a.TLS = strings.ToLower(strings.TrimSpace(a.TLS))
	if a.TLS == "" {
		a.TLS = DefaultTLS
	}
	if a.Port == 0 && !c.set[key+".port"] {
		if a.TLS == "starttls" || a.TLS == "none" {
			a.Port = PortPlain
		} else {
			a.Port = PortImplicit
		}
	}
	a.Username = strings.TrimSpace(a.Username)
	if a.Name == "" {
		a.Name = a.Username
	}
	a.PasswordEnv = strings.TrimSpace(a.PasswordEnv)
	a.PasswordFile = expandHome(strings.TrimSpace(a.PasswordFile))
	a.TLSCAFile = expandHome(strings.TrimSpace(a.TLSCAFile))
	a.PasswordCmd = strings.TrimSpace(a.PasswordCmd)
	a.applyAuthDefaults() // auth.go
	a.PasswordKeyring = strings.TrimSpace(a.PasswordKeyring)

	// Addresses are compared with the From of every message; store them in
	// one case so that comparison is a plain ==, and drop repeats.
	if len(a.Addresses) == 0 && a.Username != "" && isEmail(a.Username) {
		a.Addresses = []string{a.Username}
	}
	seen := make(map[string]bool, len(a.Addresses))
	addrs := a.Addresses[:0:0]
	for _, addr := range a.Addresses {
		addr = strings.TrimSpace(addr)
		// An invalid entry keeps its spelling, so the error quotes what the
		// user wrote.
		if isEmail(addr) {
			addr = strings.ToLower(addr)
		}
		if !seen[addr] {
			seen[addr] = true
			addrs = append(addrs, addr)
		}
	}
	a.Addresses = addrs
}

// expandHome turns a leading "~/" into the home directory, as a shell
// would: users write paths in the config the way they type them.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return p
	}
	return filepath.Join(home, p[1:])
}

// resolveRelative makes the file's relative paths relative to the file's
// own directory rather than to wherever the daemon was started (for a
// systemd service that is "/").
func (c *Config) resolveRelative(dir string) {
	rel := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	c.Database = rel(c.Database)
	c.Draft.Templates = rel(c.Draft.Templates)
	c.Web.PasswordFile, c.Web.TLSCert, c.Web.TLSKey = rel(c.Web.PasswordFile), rel(c.Web.TLSCert), rel(c.Web.TLSKey)
	for i := range c.Accounts {
		a := &c.Accounts[i]
		a.PasswordFile = rel(a.PasswordFile)
		a.TLSCAFile = rel(a.TLSCAFile)
		a.OAuthTokenFile, a.OAuthClientSecretFile = rel(a.OAuthTokenFile), rel(a.OAuthClientSecretFile)
		a.baseDir = dir
	}
}

// Level is log_level as a slog level.
func (c *Config) Level() slog.Level {
	switch c.LogLevel {
	case "debug":
		return slog.LevelDebug
	case "warn", "warning":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// HostPort is the address to dial for the account.
func (a *Account) HostPort() string {
	return net.JoinHostPort(a.Host, strconv.Itoa(a.Port))
}

// Load reads, decodes, completes and validates the config file at path.
// Any problem, from a missing file to a bad value, comes back as a *Error
// listing every problem found, each with file, line and key path.
func Load(path string, opts ...LoadOption) (*Config, error) {
	ps := &problems{file: path}
	if path == "" {
		ps.add("", "no config file given and no default location: neither $XDG_CONFIG_HOME nor $HOME is set",
			"pass --config PATH")
		return nil, ps.err()
	}
	data, mode, err := readFile(path)
	if err != nil {
		hint := "check the file's permissions"
		switch {
		case errors.Is(err, fs.ErrNotExist):
			hint = "create it from config.example.yaml, or pass --config PATH"
		case errors.Is(err, errNotConfigFile):
			hint = "pass --config the path of a YAML file (config.example.yaml shows one)"
		}
		ps.list = append(ps.list, Problem{File: path, Msg: "cannot read config: " + pathErrText(err), Hint: hint, Err: err})
		return nil, ps.err()
	}

	c := &Config{Path: path, lines: map[string]int{}, set: map[string]bool{}}
	for _, o := range opts {
		o(c)
	}
	ps.lines = c.lines
	parseInto(data, c, ps)
	c.ApplyDefaults()
	c.resolveRelative(filepath.Dir(path))
	for i := range c.Accounts {
		c.Accounts[i].src = accountSource{file: path, key: indexKey("accounts", i), lines: c.lines}
	}
	c.validate(ps)
	c.checkSecretMode(mode, ps)
	c.checkSecretFiles(ps)    // secret.go
	c.checkWebSecretFiles(ps) // web.go
	if err := ps.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// MaxConfigSize bounds the config file: a real one is a few KiB, and
// --config /dev/zero or a log file given by mistake must not be read
// until memory runs out.
const MaxConfigSize = 1 << 20

// errNotConfigFile marks a path that cannot be a config file: a
// directory, a device, a pipe, or more than MaxConfigSize bytes.
var errNotConfigFile = errors.New("not a config file")

func readFile(path string) ([]byte, fs.FileMode, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	// Stat the opened file, not the path: the mode checked must be that of
	// the bytes read.
	st, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	switch {
	case st.IsDir():
		return nil, 0, fmt.Errorf("%w: it is a directory", errNotConfigFile)
	case !st.Mode().IsRegular():
		return nil, 0, fmt.Errorf("%w: it is not a regular file (%s)", errNotConfigFile, fileKind(st.Mode()))
	case st.Size() > MaxConfigSize:
		return nil, 0, fmt.Errorf("%w: it is %d bytes, more than the %d a config may have", errNotConfigFile, st.Size(), MaxConfigSize)
	}
	// The size can change between Stat and the read: the limit holds anyway.
	data, err := io.ReadAll(io.LimitReader(f, MaxConfigSize+1))
	if err == nil && len(data) > MaxConfigSize {
		return nil, 0, fmt.Errorf("%w: it is larger than the %d bytes a config may have", errNotConfigFile, MaxConfigSize)
	}
	return data, st.Mode(), err
}

// fileKind names a non-regular file type for an error message.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.String()
}

// pathErrText drops the path from an *fs.PathError, which the Problem
// already names.
func pathErrText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// checkSecretMode refuses an inline password in a file others can read:
// the password is as good as published on a shared machine.
func (c *Config) checkSecretMode(mode fs.FileMode, ps *problems) {
	if runtime.GOOS == "windows" || mode.Perm()&0o044 == 0 {
		return
	}
	for i, a := range c.Accounts {
		if a.Password == "" {
			continue
		}
		ps.add(indexKey("accounts", i)+".password",
			fmt.Sprintf("the file holds a password but is readable by group or others (mode %04o)", mode.Perm()),
			"run: chmod 600 "+shellQuote(c.Path)+" (or move the password to password_env, password_file or password_cmd)")
		return
	}
}

// readableByOthers reports whether a file holding a secret may be read by
// someone else than its owner (group or others have read permission).
// Windows has ACLs instead of modes, and is not checked.
func readableByOthers(mode fs.FileMode) bool {
	return runtime.GOOS != "windows" && mode.Perm()&0o044 != 0
}

// secretModeProblem describes a secret file others can read, with the fix.
func secretModeProblem(what, path string, mode fs.FileMode) (msg, hint string) {
	return fmt.Sprintf("%s %s is readable by group or others (mode %04o)", what, path, mode.Perm()),
		"run: chmod 600 " + shellQuote(path)
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./+-]+$`)

// shellQuote makes the path in the chmod hint safe to paste.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Redacted replaces secrets in Dump.
const Redacted = "********"

// Dump returns the effective configuration as YAML, for "what is hearback
// actually using?", with the values config.example.yaml calls secret
// hidden: inline passwords and the ntfy topic become Redacted, and the
// webhook and ntfy server URLs are shown as RedactURL shows them in logs
// (scheme and host; user info, path and query may hold tokens). Variable
// and file names (password_env, token_env, password_file) are not secrets
// and stay. It is for reading, not for saving back: a redacted value
// would be taken literally.
func (c *Config) Dump() ([]byte, error) {
	cp := *c
	cp.Accounts = append([]Account(nil), c.Accounts...)
	for i := range cp.Accounts {
		if cp.Accounts[i].Password != "" {
			cp.Accounts[i].Password = Redacted
		}
	}
	if cp.Notify.Ntfy.Topic != "" {
		cp.Notify.Ntfy.Topic = Redacted
	}
	if cp.Notify.Ntfy.Server != "" {
		cp.Notify.Ntfy.Server = RedactURL(cp.Notify.Ntfy.Server)
	}
	if cp.Notify.Webhook.URL != "" {
		cp.Notify.Webhook.URL = RedactURL(cp.Notify.Webhook.URL)
	}
	if cp.Timezone == "" && cp.Location != nil {
		// "Local" loads back as the local zone, so the dump stays valid.
		cp.Timezone = cp.Location.String()
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&cp); err != nil {
		return nil, fmt.Errorf("encoding config: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encoding config: %w", err)
	}
	return buf.Bytes(), nil
}

// yamlKeys lists the YAML keys of a struct type in field order, for the
// unknown-key hint and the example drift test.
func yamlKeys(t reflect.Type) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if k, ok := yamlKey(t.Field(i)); ok {
			keys = append(keys, k)
		}
	}
	return keys
}

func yamlKey(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
	if tag == "-" {
		return "", false
	}
	if tag == "" {
		tag = strings.ToLower(f.Name)
	}
	return tag, true
}
