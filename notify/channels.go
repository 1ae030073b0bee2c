package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
)

// Sender delivers one event over one channel and says whether it worked.
// Guarded turns a Sender into a Notifier that logs failures.
type Sender interface {
	Name() string
	Send(ctx context.Context, e Event) error
}

// Guarded delivers through a Sender within Timeout and logs a failure
// instead of returning it: a notification channel that is down must never
// hold up or fail drafting.
type Guarded struct {
	Sender  Sender
	Timeout time.Duration
	Log     *slog.Logger
}

// Notify sends e, bounded by the timeout; errors are logged.
func (g Guarded) Notify(ctx context.Context, e Event) {
	timeout := g.Timeout
	if timeout <= 0 {
		timeout = config.DefaultNotifyTimeout
	}
	// A cancelled check (SIGTERM) still gets its last events out, briefly.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	if err := g.Sender.Send(ctx, e); err != nil {
		g.Log.Warn("notification failed", "channel", g.Sender.Name(), "event", string(e.Kind), "err", err)
	}
}

// New builds the notifier the config asks for: always the log, plus the
// desktop, ntfy and webhook channels that are enabled.
func New(s config.NotifySettings, log *slog.Logger) Notifier {
	m := Multi{Log{Logger: log}}
	add := func(snd Sender) {
		m = append(m, Guarded{Sender: snd, Timeout: s.TimeoutDuration, Log: log})
	}
	if s.Desktop {
		if d, err := NewDesktop(); err != nil {
			log.Warn("desktop notifications are on but cannot be shown", "err", err)
		} else {
			add(d)
		}
	}
	if s.Ntfy.Topic != "" {
		add(&Ntfy{Server: s.Ntfy.Server, Topic: s.Ntfy.Topic, Token: envValue(s.Ntfy.TokenEnv)})
	}
	if s.Webhook.URL != "" {
		add(&Webhook{URL: s.Webhook.URL, Token: envValue(s.Webhook.TokenEnv)})
	}
	return m
}

func envValue(name string) string {
	if name == "" {
		return ""
	}
	return os.Getenv(name)
}

// title is the one-line headline of an event.
func title(e Event) string {
	switch e.Kind {
	case Drafted:
		return "hearback: follow-up drafted"
	case ThankYou:
		return "hearback: thank-you note drafted"
	case Withdrawn:
		return "hearback: draft withdrawn (they replied)"
	case Kept:
		return "hearback: they replied; your edited draft is kept"
	case GoneQuiet:
		return "hearback: a thread has gone quiet"
	case NeedsUser:
		return "hearback needs you"
	case Digest:
		return "hearback: your week"
	}
	return "hearback: " + string(e.Kind)
}

// httpClient has no redirects to other hosts' surprises: a notifier posts
// where it was told and nowhere else.
var httpClient = &http.Client{
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// post sends body to target. Its errors are logged, so they show target
// only as config.RedactURL does (a webhook's token may be in its path or
// query, an ntfy topic is the path), and never the response body, which
// may echo what was sent or anything else the server likes.
func post(ctx context.Context, target string, body []byte, header http.Header) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return config.RedactURLError(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", "hearback")
	resp, err := httpClient.Do(req)
	if err != nil {
		// A *url.Error: `Post "<the whole URL>": …`.
		return config.RedactURLError(err)
	}
	defer resp.Body.Close()
	// Read a little of the body so the connection can be reused; never
	// keep it.
	io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode/100 != 2 {
		// The status code and its standard text, not the server's reason
		// phrase: that is the server's text too.
		return fmt.Errorf("%s: HTTP %d %s", config.RedactURL(target), resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	return nil
}

// Ntfy publishes to an ntfy topic: POST <server>/<topic> with the message
// as body and the title, priority and tags as headers.
type Ntfy struct {
	Server string // e.g. https://ntfy.sh
	Topic  string
	Token  string // optional access token
}

func (n *Ntfy) Name() string { return "ntfy" }

func (n *Ntfy) Send(ctx context.Context, e Event) error {
	h := http.Header{}
	h.Set("Title", title(e))
	h.Set("Tags", "envelope")
	if e.Kind == NeedsUser {
		h.Set("Priority", "high")
		h.Set("Tags", "warning")
	}
	if n.Token != "" {
		h.Set("Authorization", "Bearer "+n.Token)
	}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	if err := post(ctx, strings.TrimRight(n.Server, "/")+"/"+url.PathEscape(n.Topic), []byte(ntfyBody(e)), h); err != nil {
		return fmt.Errorf("ntfy: %w", err)
	}
	return nil
}

// ntfyMax is the longest message ntfy shows as text: a longer one
// arrives as an attachment file (a long digest).
const ntfyMax = 4096

// ntfyBody is the event's message; a digest longer than ntfyMax bytes
// is cut after its last whole line that fits, and a line says the rest
// is in 'hearback digest'.
func ntfyBody(e Event) string {
	msg := e.Message
	if e.Kind != Digest || len(msg) <= ntfyMax {
		return msg
	}
	const more = "…\n(more in 'hearback digest')\n"
	cut := msg[:ntfyMax-len(more)]
	if i := strings.LastIndexByte(cut, '\n'); i > 0 {
		cut = cut[:i+1]
	} else {
		cut = strings.ToValidUTF8(cut, "")
	}
	return cut + more
}

// Webhook POSTs the event as JSON.
type Webhook struct {
	URL   string
	Token string // optional bearer token
}

func (w *Webhook) Name() string { return "webhook" }

func (w *Webhook) Send(ctx context.Context, e Event) error {
	body, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	if w.Token != "" {
		h.Set("Authorization", "Bearer "+w.Token)
	}
	if err := post(ctx, w.URL, body, h); err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	return nil
}

// Desktop shows a notification with the platform's own tool: notify-send
// (libnotify, which speaks the freedesktop D-Bus notification protocol)
// on Linux and the BSDs, osascript on macOS.
type Desktop struct {
	// command builds the argv for an event.
	command func(e Event) []string
}

// ErrNoDesktop means no way to show a desktop notification was found.
var ErrNoDesktop = errors.New("no desktop notifier found (install libnotify's notify-send)")

// NewDesktop picks the platform's notifier, looked up on PATH now so that
// a missing tool is reported once at start, not at every event.
func NewDesktop() (*Desktop, error) {
	if runtime.GOOS == "darwin" {
		path, err := exec.LookPath("osascript")
		if err != nil {
			return nil, fmt.Errorf("desktop: %w", err)
		}
		return &Desktop{command: func(e Event) []string {
			return []string{path, "-e", "display notification " + appleString(e.Message) + " with title " + appleString(title(e))}
		}}, nil
	}
	path, err := exec.LookPath("notify-send")
	if err != nil {
		return nil, ErrNoDesktop
	}
	return &Desktop{command: func(e Event) []string {
		urgency := "normal"
		if e.Kind == NeedsUser {
			urgency = "critical"
		}
		// "--" ends the options: a subject starting with "-" stays text.
		return []string{path, "--app-name=hearback", "--urgency=" + urgency, "--", title(e), e.Message}
	}}, nil
}

func (d *Desktop) Name() string { return "desktop" }

func (d *Desktop) Send(ctx context.Context, e Event) error {
	argv := d.command(e)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("desktop: %s: %w: %s", argv[0], err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// appleString quotes s as an AppleScript string literal; the message comes
// from mail subjects and must not become script.
func appleString(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
