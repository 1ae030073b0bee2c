package notify

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestNotifyFailureLogsNoSecrets: a failing webhook or ntfy channel is
// logged with the URL cut to scheme and host (https://host/…), without
// user info, path, query, fragment, the ntfy topic, or whatever the server
// answered; errors of net/http, which quote the whole URL, are rewritten.
func TestNotifyFailureLogsNoSecrets(t *testing.T) {
	const (
		pathToken  = "T0KENINPATH"
		queryToken = "QUERYSECRET"
		userPass   = "USERPASS"
		topic      = "hb-secret-topic-9f2"
		echoed     = "ECHOED-BODY"
	)
	// A server that fails and echoes a secret in its body and reason phrase.
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(echoed + " you sent " + r.URL.String()))
	}))
	t.Cleanup(echo.Close)
	host := strings.TrimPrefix(echo.URL, "http://")
	withSecrets := "http://hook:" + userPass + "@" + host + "/services/" + pathToken + "?token=" + queryToken + "#frag"

	tests := []struct {
		name   string
		sender Sender
		want   []string // in the log
	}{
		{"webhook answers 403 with a body", &Webhook{URL: withSecrets},
			[]string{"http://" + host + "/…", "HTTP 403 Forbidden"}},
		{"webhook unreachable (*url.Error)", &Webhook{URL: "http://127.0.0.1:1/services/" + pathToken + "?token=" + queryToken},
			[]string{"http://127.0.0.1:1/…", "connection refused"}},
		{"webhook URL that does not parse", &Webhook{URL: "http://127.0.0.1/" + pathToken + "\x7f%zz?token=" + queryToken},
			[]string{"(invalid URL)"}},
		{"ntfy answers 403", &Ntfy{Server: echo.URL, Topic: topic},
			[]string{"http://" + host + "/…", "HTTP 403 Forbidden"}},
		{"ntfy unreachable", &Ntfy{Server: "http://127.0.0.1:1", Topic: topic},
			[]string{"http://127.0.0.1:1/…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			g := Guarded{Sender: tt.sender, Timeout: 5 * time.Second, Log: slog.New(slog.NewTextHandler(&logs, nil))}
			g.Notify(context.Background(), event)
			out := logs.String()
			if !strings.Contains(out, "notification failed") {
				t.Fatalf("no failure logged:\n%s", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("log lacks %q:\n%s", w, out)
				}
			}
			for _, secret := range []string{pathToken, queryToken, userPass, topic, echoed, "services", "frag"} {
				if strings.Contains(out, secret) {
					t.Errorf("log contains %q:\n%s", secret, out)
				}
			}
		})
	}
}
