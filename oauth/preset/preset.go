// Package preset holds the OAuth2 providers hearback knows the endpoints
// of, by the name the oauth_provider key takes. It is the catalogue of the
// oauth package, kept apart as a leaf that imports nothing of hearback's:
// config checks oauth_provider against it, and oauth (which imports
// config) builds its client from it. Other providers work through
// oauth_auth_url, oauth_token_url and oauth_scopes.
package preset

import "slices"

// Preset is what hearback knows about a provider's OAuth2 endpoints.
type Preset struct {
	Name      string
	AuthURL   string
	TokenURL  string
	DeviceURL string // "" when the provider has no device flow for mail
	Scopes    []string
	// RegisterHelp says where a user creates their own client ID: neither
	// provider lets one published ID be shared by every install of an open
	// source tool without review, so the ID is configuration.
	RegisterHelp string
}

// Lookup returns the preset called name ("google", "microsoft").
func Lookup(name string) (Preset, bool) {
	p, ok := presets[name]
	p.Scopes = slices.Clone(p.Scopes)
	return p, ok
}

var presets = map[string]Preset{
	"google": {
		Name:     "Google",
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
		// Google's device flow does not allow the Gmail scope
		// (https://developers.google.com/identity/protocols/oauth2/limited-input-device#allowedscopes),
		// so a headless server uses the loopback flow through an SSH tunnel.
		DeviceURL: "",
		Scopes:    []string{"https://mail.google.com/"},
		RegisterHelp: "create a project at https://console.cloud.google.com/, enable the Gmail API, configure the consent screen, " +
			"and add an OAuth client ID of type \"Desktop app\"; put its ID in oauth_client_id and its secret in a file named by oauth_client_secret_file",
	},
	"microsoft": {
		Name:      "Microsoft",
		AuthURL:   "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
		TokenURL:  "https://login.microsoftonline.com/common/oauth2/v2.0/token",
		DeviceURL: "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
		// offline_access is what makes Microsoft hand out a refresh token.
		Scopes: []string{"https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"},
		RegisterHelp: "register an application at https://entra.microsoft.com/ (App registrations → New registration, " +
			"\"Accounts in any organizational directory and personal Microsoft accounts\", redirect URI of type \"Mobile and desktop\": http://localhost, " +
			"\"Allow public client flows\": yes, API permission IMAP.AccessAsUser.All); put its Application (client) ID in oauth_client_id",
	},
}
