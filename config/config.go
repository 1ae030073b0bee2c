// Package config reads hearback's YAML configuration: schema, defaults,
// validation and secret resolution.
package config

import "time"

// Config is the whole configuration file. The YAML keys are a contract
// (see DESIGN.md); more may be added, none renamed.
type Config struct {
	Database string        `yaml:"database"`
	Timezone string        `yaml:"timezone"`
	Schedule string        `yaml:"schedule"`
	Holidays string        `yaml:"holidays"` // ISO country code (e.g. "US", "DE"); empty: weekends only
	LogLevel string        `yaml:"log_level"`
	Followup Followup      `yaml:"followup"`
	Draft    DraftSettings `yaml:"draft"`
	Accounts []Account     `yaml:"accounts"`

	// Path is the file this config was read from ("" when built in code).
	Path string `yaml:"-"`
	// Location is Timezone resolved.
	Location *time.Location `yaml:"-"`
}

// Followup is the follow-up policy.
type Followup struct {
	FirstAfter   int `yaml:"first_after"` // business days after my last message
	NextAfter    int `yaml:"next_after"`  // business days between nudges
	MaxNudges    int `yaml:"max_nudges"`
	LookbackDays int `yaml:"lookback_days"`
	PromiseGrace int `yaml:"promise_grace"` // business days after a promised date
}

// DraftSettings shapes the drafts hearback writes.
type DraftSettings struct {
	Tone      string `yaml:"tone"`      // playful | warm | formal
	Signature string `yaml:"signature"` // appended below the text; default: from_name
	Update    string `yaml:"update"`    // optional one-line update the user wants mentioned
	Quote     *bool  `yaml:"quote"`     // quote the last message below the text (default true)
}

// Account is one IMAP mailbox.
type Account struct {
	Name         string   `yaml:"name"`
	Host         string   `yaml:"host"`
	Port         int      `yaml:"port"`
	TLS          string   `yaml:"tls"` // implicit | starttls | none
	TLSCAFile    string   `yaml:"tls_ca_file"`
	Username     string   `yaml:"username"`
	Password     string   `yaml:"password"`
	PasswordEnv  string   `yaml:"password_env"`
	PasswordFile string   `yaml:"password_file"`
	PasswordCmd  string   `yaml:"password_cmd"`
	FromName     string   `yaml:"from_name"`
	Addresses    []string `yaml:"addresses"`
	// Mailbox names override discovery when set.
	Inbox  string `yaml:"inbox"`
	Sent   string `yaml:"sent"`
	Drafts string `yaml:"drafts"`
}
