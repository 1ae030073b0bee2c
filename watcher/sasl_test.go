package watcher

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

func TestBearerClientStart(t *testing.T) {
	tests := []struct {
		name string
		c    interface {
			Start() (string, []byte, error)
		}
		mech string
		ir   string
	}{
		{"xoauth2", NewXOAuth2Client("me@example.com", "tok"), MechXOAuth2, "user=me@example.com\x01auth=Bearer tok\x01\x01"},
		{"oauthbearer", NewOAuthBearerClient("me@example.com", "tok", "imap.example.com", 993), MechOAuthBearer,
			"n,a=me@example.com,\x01host=imap.example.com\x01port=993\x01auth=Bearer tok\x01\x01"},
		{"oauthbearer escapes authzid", NewOAuthBearerClient("a,b=c", "tok", "", 0), MechOAuthBearer, "n,a=a=2Cb=3Dc,\x01auth=Bearer tok\x01\x01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mech, ir, err := tt.c.Start()
			if err != nil || mech != tt.mech || string(ir) != tt.ir {
				t.Errorf("Start() = %q, %q, %v; want %q, %q", mech, ir, err, tt.mech, tt.ir)
			}
		})
	}
}

// TestOAuthLoginDovecot logs in with a bearer token against Dovecot's
// oauth2 passdb, with each mechanism, and checks that a refused token is
// ErrAuth with the connection's NO text rather than a hang.
func TestOAuthLoginDovecot(t *testing.T) {
	for _, mech := range []string{"xoauth2", "oauthbearer"} {
		t.Run(mech, func(t *testing.T) {
			d := imaptest.StartDovecotOAuth(t, mech)
			d.Introspection.Allow("good-token", imaptest.Username)
			acct := d.Account("oauth")
			acct.Auth = config.AuthOAuth2
			ctx := context.Background()
			s, err := Dial(ctx, acct, "good-token", slog.Default())
			if err != nil {
				t.Fatalf("Dial with a valid token: %v\n%s", err, d.Log())
			}
			if got := s.Mechanism(); !strings.EqualFold(got, mech) {
				t.Errorf("Mechanism() = %q, want %q", got, mech)
			}
			if _, err := s.Mailboxes(ctx); err != nil {
				t.Errorf("Mailboxes after OAuth login: %v", err)
			}
			s.Close()

			_, err = Dial(ctx, acct, "bad-token", slog.Default())
			if !errors.Is(err, ErrAuth) {
				t.Fatalf("Dial with a refused token = %v, want ErrAuth", err)
			}
			if strings.Contains(err.Error(), "bad-token") || !strings.Contains(err.Error(), "auth login oauth") {
				t.Errorf("error %q: want the fix and no token", err)
			}
		})
	}
}
