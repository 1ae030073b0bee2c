package oauth

import (
	"slices"
	"testing"

	"github.com/hearback/hearback/config"
)

func TestEndpoints(t *testing.T) {
	tests := []struct {
		name                string
		acct                config.Account
		auth, token, device string
		scopes              []string
	}{
		{"google preset", config.Account{OAuthProvider: "google"},
			"https://accounts.google.com/o/oauth2/auth", "https://oauth2.googleapis.com/token", "", []string{"https://mail.google.com/"}},
		{"microsoft preset", config.Account{OAuthProvider: "microsoft"},
			"https://login.microsoftonline.com/common/oauth2/v2.0/authorize", "https://login.microsoftonline.com/common/oauth2/v2.0/token",
			"https://login.microsoftonline.com/common/oauth2/v2.0/devicecode", []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"}},
		{"overrides on a preset", config.Account{OAuthProvider: "google", OAuthTokenURL: "https://t.example/token", OAuthScopes: []string{"imap"}},
			"https://accounts.google.com/o/oauth2/auth", "https://t.example/token", "", []string{"imap"}},
		{"no preset", config.Account{OAuthAuthURL: "https://a.example/auth", OAuthTokenURL: "https://a.example/token", OAuthDeviceURL: "https://a.example/device", OAuthScopes: []string{"mail"}},
			"https://a.example/auth", "https://a.example/token", "https://a.example/device", []string{"mail"}},
		{"unknown provider", config.Account{OAuthProvider: "nope"}, "", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, scopes := endpoints(tt.acct)
			if e.AuthURL != tt.auth || e.TokenURL != tt.token || e.DeviceAuthURL != tt.device || !slices.Equal(scopes, tt.scopes) {
				t.Errorf("endpoints() = %q %q %q %q, want %q %q %q %q", e.AuthURL, e.TokenURL, e.DeviceAuthURL, scopes, tt.auth, tt.token, tt.device, tt.scopes)
			}
		})
	}
	// The preset's scopes are a copy: changing them changes no later account.
	_, scopes := endpoints(config.Account{OAuthProvider: "google"})
	scopes[0] = "changed"
	if _, again := endpoints(config.Account{OAuthProvider: "google"}); again[0] != "https://mail.google.com/" {
		t.Errorf("the google preset's scopes changed to %q", again)
	}
}
