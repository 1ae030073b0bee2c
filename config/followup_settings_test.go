package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFollowupSettingsDefaults(t *testing.T) {
	isolate(t)
	cfg, err := Load(writeConfig(t, account(), 0o600))
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.ThankYouEnabled() || cfg.Followup.ThankYouHours != DefaultThankYouHours {
		t.Errorf("thank_you = %v, %d hours; want on, %d", cfg.ThankYouEnabled(), cfg.Followup.ThankYouHours, DefaultThankYouHours)
	}
	if cfg.Notify.TimeoutDuration != DefaultNotifyTimeout {
		t.Errorf("notify timeout = %v, want %v", cfg.Notify.TimeoutDuration, DefaultNotifyTimeout)
	}

	cfg, err = Load(writeConfig(t, "followup:\n  thank_you: false\n  thank_you_hours: 0\ndraft:\n  templates: tmpl\n"+
		"notify:\n  timeout: 3s\n  ntfy:\n    topic: hb_x-1\n"+account(), 0o600))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.ThankYouEnabled() || cfg.Followup.ThankYouHours != 0 {
		t.Errorf("thank_you: false, 0 hours gave %v, %d", cfg.ThankYouEnabled(), cfg.Followup.ThankYouHours)
	}
	if want := filepath.Join(filepath.Dir(cfg.Path), "tmpl"); cfg.Draft.Templates != want {
		t.Errorf("templates = %q, want %q (relative to the config file)", cfg.Draft.Templates, want)
	}
	if cfg.Notify.Ntfy.Server != DefaultNtfyServer || cfg.Notify.TimeoutDuration != 3*time.Second {
		t.Errorf("ntfy server %q timeout %v", cfg.Notify.Ntfy.Server, cfg.Notify.TimeoutDuration)
	}
}

func TestFollowupSettingsValidation(t *testing.T) {
	isolate(t)
	// The template check is package draft's; a stand-in shows the problem
	// lands on the template file and line.
	check := WithTemplateCheck(func(dir string) (string, int, string) {
		return filepath.Join(dir, "warm.tmpl"), 7, `function "nope" not defined`
	})

	tests := []struct {
		name, yaml, key, want string
	}{
		{"update two lines", "draft:\n  update: \"a\\nb\"\n", "draft.update", "one line"},
		{"update too long", "draft:\n  update: " + strings.Repeat("x", MaxUpdateLength+1) + "\n", "draft.update", "characters long"},
		{"signature too tall", "draft:\n  signature: \"1\\n2\\n3\\n4\\n5\\n6\\n7\"\n", "draft.signature", "7 lines"},
		{"thank-you hours", "followup:\n  thank_you_hours: -1\n", "followup.thank_you_hours", "between 0 and 336"},
		{"ignore address", "ignore:\n  addresses: [not-an-address]\n", "ignore.addresses[0]", "not an email"},
		{"ignore domain", "ignore:\n  domains: [\"http://x.com\"]\n", "ignore.domains[0]", "not a domain"},
		{"ntfy topic", "notify:\n  ntfy:\n    topic: \"a b\"\n", "notify.ntfy.topic", "not an ntfy topic"},
		{"webhook plain http", "notify:\n  webhook:\n    url: http://hooks.example.com/x\n", "notify.webhook.url", "unencrypted"},
		{"webhook not a URL", "notify:\n  webhook:\n    url: hooks.example.com\n", "notify.webhook.url", "not an http(s) URL"},
		{"timeout", "notify:\n  timeout: forever\n", "notify.timeout", "not a duration"},
		{"template error", "draft:\n  templates: /srv/tmpl\n", "draft.templates", `function "nope"`},
	}
	for _, tt := range tests {
		_, err := Load(writeConfig(t, tt.yaml+account(), 0o600), check)
		ce := mustConfigError(t, err)
		found := false
		for _, p := range ce.Problems {
			if p.Key == tt.key && strings.Contains(p.Msg, tt.want) {
				found = true
				if tt.key == "draft.templates" && (p.File != "/srv/tmpl/warm.tmpl" || p.Line != 7) {
					t.Errorf("%s: problem at %s:%d, want /srv/tmpl/warm.tmpl:7", tt.name, p.File, p.Line)
				}
			}
		}
		if !found {
			t.Errorf("%s: problems %v, want %s: ...%s...", tt.name, ce, tt.key, tt.want)
		}
	}

	// Loopback http and https are fine.
	if _, err := Load(writeConfig(t, "notify:\n  webhook:\n    url: http://127.0.0.1:9/x\n  ntfy:\n    server: https://ntfy.example.com\n    topic: t\n"+account(), 0o600)); err != nil {
		t.Errorf("loopback webhook: %v", err)
	}
}
