package config

import (
	"strings"
	"time"
)

// Settings for drafting extras, ignore lists and notifications (issue 4).
// They live here rather than in config.go so that the schema of each
// concern stays in one file.

// Defaults of the settings below.
const (
	DefaultThankYouHours = 24
	DefaultNtfyServer    = "https://ntfy.sh"
	DefaultNotifyTimeout = 10 * time.Second
	// MaxUpdateLength bounds draft.update: it is one line in a short note,
	// and the drafts stay under ~120 words above the quote.
	MaxUpdateLength = 200
	// MaxSignatureLines bounds draft.signature for the same reason.
	MaxSignatureLines = 6
)

// IgnoreSettings lists who hearback never drafts to. Matching ignores
// case; a domain covers its subdomains; a company matches the name guessed
// from a sender's domain, a display name or the subject, as whole words.
type IgnoreSettings struct {
	Addresses []string `yaml:"addresses"`
	Domains   []string `yaml:"domains"`
	Companies []string `yaml:"companies"`
}

// NotifySettings chooses where events go besides the log.
type NotifySettings struct {
	// Desktop shows a desktop notification (notify-send on Linux,
	// osascript on macOS).
	Desktop bool `yaml:"desktop"`
	// Timeout bounds each delivery, so that a dead server never holds up
	// drafting; a Go duration such as "10s".
	Timeout string          `yaml:"timeout"`
	Ntfy    NtfySettings    `yaml:"ntfy"`
	Webhook WebhookSettings `yaml:"webhook"`

	// TimeoutDuration is Timeout parsed (DefaultNotifyTimeout when empty).
	TimeoutDuration time.Duration `yaml:"-"`
}

// NtfySettings publishes to an ntfy (https://ntfy.sh) topic.
type NtfySettings struct {
	Server   string `yaml:"server"`    // default https://ntfy.sh
	Topic    string `yaml:"topic"`     // empty: ntfy off
	TokenEnv string `yaml:"token_env"` // environment variable with an access token
}

// WebhookSettings POSTs each event as JSON.
type WebhookSettings struct {
	URL      string `yaml:"url"`       // empty: webhook off
	TokenEnv string `yaml:"token_env"` // environment variable with a bearer token
}

// ExpediteEnabled reports whether an offer with a deadline drafts notes to
// the other active threads (default on).
func (c *Config) ExpediteEnabled() bool { return c.Followup.Expedite == nil || *c.Followup.Expedite }

// FirstAfterSet reports whether first_after was given: it then overrides
// the waits by stage.
func (c *Config) FirstAfterSet() bool { return c.set["followup.first_after"] }

// ThankYouEnabled reports whether thank-you notes are drafted (default on).
func (c *Config) ThankYouEnabled() bool {
	return c.Followup.ThankYou == nil || *c.Followup.ThankYou
}

// applyFollowupDefaults completes the settings of this file; ApplyDefaults
// calls it.
func (c *Config) applyFollowupDefaults() {
	c.defaultInt(&c.Followup.ThankYouHours, "followup.thank_you_hours", DefaultThankYouHours)
	if c.Followup.ThankYou == nil {
		on := true
		c.Followup.ThankYou = &on
	}
	c.Draft.Templates = expandHome(strings.TrimSpace(c.Draft.Templates))
	c.Draft.Update = strings.TrimSpace(c.Draft.Update)

	n := &c.Notify
	n.Timeout = strings.TrimSpace(n.Timeout)
	n.TimeoutDuration = DefaultNotifyTimeout
	if d, err := time.ParseDuration(n.Timeout); err == nil && d > 0 {
		n.TimeoutDuration = d
	}
	n.Ntfy.Server = strings.TrimRight(strings.TrimSpace(n.Ntfy.Server), "/")
	n.Ntfy.Topic = strings.TrimSpace(n.Ntfy.Topic)
	if n.Ntfy.Server == "" && n.Ntfy.Topic != "" {
		n.Ntfy.Server = DefaultNtfyServer
	}
	n.Ntfy.TokenEnv = strings.TrimSpace(n.Ntfy.TokenEnv)
	n.Webhook.URL = strings.TrimSpace(n.Webhook.URL)
	n.Webhook.TokenEnv = strings.TrimSpace(n.Webhook.TokenEnv)

	// nil when empty, so that a dumped "[]" loads back the same.
	trim := func(list []string) []string {
		var out []string
		for _, s := range list {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	c.Ignore.Addresses = trim(c.Ignore.Addresses)
	c.Ignore.Domains = trim(c.Ignore.Domains)
	c.Ignore.Companies = trim(c.Ignore.Companies)
}
