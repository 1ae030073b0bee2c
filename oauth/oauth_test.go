package oauth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
	"golang.org/x/oauth2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

func testAccount(p *imaptest.Provider, tokenFile string) config.Account {
	return config.Account{Name: "personal", Username: "me@example.com", Auth: config.AuthOAuth2,
		OAuthClientID: p.ClientID, OAuthTokenURL: p.URL + "/token", OAuthAuthURL: p.URL + "/authorize",
		OAuthDeviceURL: p.URL + "/device", OAuthScopes: []string{"imap"}, OAuthTokenFile: tokenFile}
}

func TestSource(t *testing.T) {
	p := imaptest.StartProvider(t, "me@example.com")
	ctx := context.Background()
	tests := []struct {
		name      string
		stored    *oauth2.Token
		valid     bool // refresh token known to the provider
		want      string
		wantErr   error
		refreshes int
	}{
		{"fresh access token", &oauth2.Token{AccessToken: "a1", RefreshToken: "r1", Expiry: time.Now().Add(time.Hour)}, true, "a1", nil, 0},
		{"expired refreshes", &oauth2.Token{AccessToken: "a2", RefreshToken: "r2", Expiry: time.Now().Add(-time.Minute)}, true, "access-", nil, 1},
		{"about to expire refreshes", &oauth2.Token{AccessToken: "a3", RefreshToken: "r3", Expiry: time.Now().Add(30 * time.Second)}, true, "access-", nil, 1},
		{"revoked", &oauth2.Token{AccessToken: "a4", RefreshToken: "r4", Expiry: time.Now().Add(-time.Minute)}, false, "", ErrRevoked, 1},
		{"nothing stored", nil, false, "", ErrNoToken, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &FileStore{Path: filepath.Join(t.TempDir(), "tok.json")}
			if tt.stored != nil {
				if err := store.Save(ctx, tt.stored); err != nil {
					t.Fatal(err)
				}
			}
			if tt.valid {
				p.AddRefreshToken(tt.stored.RefreshToken)
			}
			src, err := NewSource(testAccount(p, store.Path), store)
			if err != nil {
				t.Fatal(err)
			}
			before := len(p.Grants())
			got, err := src.AccessToken(ctx)
			if !errors.Is(err, tt.wantErr) || !strings.HasPrefix(got, tt.want) || (tt.want == "" && got != "") {
				t.Fatalf("AccessToken() = %q, %v; want %q…, %v", got, err, tt.want, tt.wantErr)
			}
			if err != nil && !IsPermanent(err) {
				t.Errorf("%v is not permanent", err)
			}
			if n := len(p.Grants()) - before; n != tt.refreshes {
				t.Errorf("%d refreshes, want %d", n, tt.refreshes)
			}
			if tt.refreshes == 1 && tt.wantErr == nil {
				saved, err := store.Load(ctx)
				if err != nil || saved.AccessToken != got || saved.RefreshToken == tt.stored.RefreshToken {
					t.Errorf("stored after refresh: %+v, %v; want the new access and rotated refresh token", saved, err)
				}
				// The next call reuses the new token.
				if again, _ := src.AccessToken(ctx); again != got || len(p.Grants())-before != 1 {
					t.Errorf("second AccessToken() = %q after %d refreshes", again, len(p.Grants())-before)
				}
			}
		})
	}
}

func TestFileStoreRefusesReadableFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tok.json")
	s := &FileStore{Path: path}
	if err := s.Save(context.Background(), &oauth2.Token{RefreshToken: "r"}); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %04o, want 0600", st.Mode().Perm())
	}
	os.Chmod(path, 0o644)
	if _, err := s.Load(context.Background()); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("Load of a 0644 token file = %v, want a chmod hint", err)
	}
}

func TestKeyringStore(t *testing.T) {
	keyring.MockInit()
	ctx := context.Background()
	s := &KeyringStore{Service: KeyringService, User: "personal"}
	if _, err := s.Load(ctx); !errors.Is(err, ErrNoToken) {
		t.Fatalf("Load of nothing = %v, want ErrNoToken", err)
	}
	if err := s.Save(ctx, &oauth2.Token{RefreshToken: "r-kr", AccessToken: "big"}); err != nil {
		t.Fatal(err)
	}
	tok, err := s.Load(ctx)
	if err != nil || tok.RefreshToken != "r-kr" || tok.AccessToken != "" {
		t.Errorf("Load() = %+v, %v; want only the refresh token", tok, err)
	}
	if err := s.Delete(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx); !errors.Is(err, ErrNoToken) {
		t.Errorf("after Delete: %v", err)
	}
}

func TestLoginStateMismatchIgnored(t *testing.T) {
	p := imaptest.StartProvider(t, "me@example.com")
	acct := testAccount(p, "")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	// A browser that never comes back: the login gives up with the context.
	_, err := Login(ctx, acct, LoginOptions{Out: &strings.Builder{}})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Login without a redirect = %v, want the deadline", err)
	}
}
