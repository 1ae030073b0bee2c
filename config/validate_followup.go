package config

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/robfig/cron/v3"
)

// TemplateCheck checks the user template directory (draft.templates) and
// returns the first mistake with its file and line, msg "" when there is
// none. draft.CheckTemplateDir is one; config does not import package
// draft.
type TemplateCheck func(dir string) (file string, line int, msg string)

// LoadOption is an option of Load.
type LoadOption func(*Config)

// WithTemplateCheck has Load (and Validate, later) check the user template
// directory with check, so that a mistake in a template is a config error
// naming the template's file and line. Without it the templates are only
// checked when a draft is composed.
func WithTemplateCheck(check TemplateCheck) LoadOption {
	return func(c *Config) { c.checkTemplates = check }
}

var ntfyTopicRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// validateFollowup checks the settings of followup_settings.go; validate
// calls it.
func (c *Config) validateFollowup(ps *problems) {
	f := c.Followup
	for key, v := range map[string]int{"followup.after.application": f.After.Application,
		"followup.after.interview": f.After.Interview, "followup.after.final": f.After.Final} {
		if v < 1 || v > 60 {
			ps.add(key, fmt.Sprintf("must be between 1 and 60 business days, got %d", v), "")
		}
	}
	if f.CloseAfter < 0 || f.CloseAfter > 120 {
		ps.add("followup.close_after", fmt.Sprintf("must be 0 (off) or up to 120 business days, got %d", f.CloseAfter), "")
	}
	switch f.OnAccept {
	case "withdraw", "stop", "nothing":
	default:
		ps.add("followup.on_accept", fmt.Sprintf("unknown value %q", f.OnAccept), "use withdraw, stop or nothing")
	}
	switch f.AfterRejection {
	case "", "thank":
	default:
		ps.add("followup.after_rejection", fmt.Sprintf("unknown value %q", f.AfterRejection), `use thank, or leave it empty for no reply to a "no"`)
	}
	if c.Digest != "" {
		if _, err := cron.ParseStandard(c.Digest); err != nil {
			ps.add("digest", fmt.Sprintf("invalid cron spec %q: %v", c.Digest, err), `e.g. "0 17 * * 5" for Fridays at 17:00`)
		}
	}

	if h := c.Followup.ThankYouHours; h < 0 || h > 24*14 {
		ps.add("followup.thank_you_hours", fmt.Sprintf("must be between 0 and 336 hours, got %d", h),
			"hours after an interview ends before hearback drafts a thank-you note; the default is 24")
	}

	d := c.Draft
	switch {
	case strings.ContainsAny(d.Update, "\r\n"):
		ps.add("draft.update", "must be one line", "write a single sentence, e.g. \"I finished the AWS certification\"")
	case utf8.RuneCountInString(d.Update) > MaxUpdateLength:
		ps.add("draft.update", fmt.Sprintf("is %d characters long; at most %d fit a short follow-up",
			utf8.RuneCountInString(d.Update), MaxUpdateLength), "shorten it to one sentence")
	}
	if n := strings.Count(strings.TrimSpace(d.Signature), "\n") + 1; n > MaxSignatureLines {
		ps.add("draft.signature", fmt.Sprintf("has %d lines; at most %d", n, MaxSignatureLines),
			"keep the name and one or two ways to reach you")
	}
	if d.Templates != "" && c.checkTemplates != nil {
		if file, line, msg := c.checkTemplates(d.Templates); msg != "" {
			// The problem is in the template file, so point there; the key
			// says which setting brought it in.
			ps.list = append(ps.list, Problem{File: file, Line: line, Key: "draft.templates", Msg: msg,
				Hint: "fix the template (Go text/template; names are <tone>/<situation>/<n>), or remove draft.templates to use the built-in texts"})
		}
	}

	for i, a := range c.Ignore.Addresses {
		if !isEmail(a) {
			ps.add(indexKey("ignore.addresses", i), fmt.Sprintf("%q is not an email address", a), "write e.g. recruiter@example.com")
		}
	}
	for i, dom := range c.Ignore.Domains {
		if strings.ContainsAny(dom, " @/:") || !strings.Contains(strings.Trim(dom, "."), ".") {
			ps.add(indexKey("ignore.domains", i), fmt.Sprintf("%q is not a domain", dom), "write e.g. example.com (it covers its subdomains)")
		}
	}

	n := c.Notify
	if n.Timeout != "" {
		if t, err := time.ParseDuration(n.Timeout); err != nil || t <= 0 || t > 2*time.Minute {
			ps.add("notify.timeout", fmt.Sprintf("%q is not a duration between 0 and 2m", n.Timeout), `write e.g. "10s"`)
		}
	}
	if n.Ntfy.Topic != "" {
		if !ntfyTopicRE.MatchString(n.Ntfy.Topic) {
			// The topic is a secret: the message does not quote it.
			ps.add("notify.ntfy.topic", "is not an ntfy topic name",
				"use letters, digits, - and _ (at most 64); anyone who knows the name can read it, so make it hard to guess")
		}
		checkHTTPURL(ps, "notify.ntfy.server", n.Ntfy.Server)
	}
	if n.Webhook.URL != "" {
		checkHTTPURL(ps, "notify.webhook.url", n.Webhook.URL)
	}
}

// checkHTTPURL requires an absolute http(s) URL; plain http is allowed
// only to a loopback host, as events name the people the user is talking to.
// The messages show the URL as RedactURL does: it may hold a token.
func checkHTTPURL(ps *problems, key, raw string) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		msg := "is not an http(s) URL"
		if r := RedactURL(raw); r != invalidURL {
			msg = r + " " + msg
		}
		ps.add(key, msg, "write e.g. https://ntfy.sh or https://hooks.example.com/hearback")
		return
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		ps.add(key, fmt.Sprintf("%s would send notifications (names, subjects) unencrypted across the network", RedactURL(raw)),
			"use https://, or http:// only to localhost")
	}
}
