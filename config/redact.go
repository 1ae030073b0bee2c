package config

import (
	"errors"
	"net/url"
)

// RedactURL is how hearback shows a URL it was configured with (a webhook,
// an ntfy server) in a log line, an error or `hearback config`: scheme and
// host only, "https://hooks.example.com/…". User info, path, query and
// fragment are dropped, as any of them may carry a token (Slack-style
// webhooks keep theirs in the path) and an ntfy topic is the path. A value
// that does not parse as a URL with a host is shown as "(invalid URL)",
// never as itself. This is the one place such URLs are redacted.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return invalidURL
	}
	out := url.URL{Scheme: u.Scheme, Host: u.Host}
	s := out.String()
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || u.User != nil {
		s += "/…"
	}
	return s
}

// invalidURL is what RedactURL shows for a value that is no URL.
const invalidURL = "(invalid URL)"

// RedactURLError rewrites the URL inside a *url.Error in err (net/http
// puts the whole request URL in the errors it returns: `Post
// "https://hooks.example.com/T0/B0/secret": dial tcp …`) with RedactURL,
// so the error can be logged. err is returned, changed in place.
func RedactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = RedactURL(ue.URL)
	}
	return err
}
