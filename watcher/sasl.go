package watcher

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-sasl"

	"github.com/hearback/hearback/config"
)

// SASL mechanism names for OAuth2 bearer tokens.
const (
	MechXOAuth2     = "XOAUTH2"     // Google's and Microsoft's original mechanism
	MechOAuthBearer = "OAUTHBEARER" // RFC 7628
)

// OAuthError is the server's explanation of a refused token (the JSON both
// mechanisms send as a challenge before the final NO).
type OAuthError struct {
	Mechanism string
	Status    string `json:"status"`
	Scope     string `json:"scope"`
	Schemes   string `json:"schemes"`
}

func (e *OAuthError) Error() string {
	return fmt.Sprintf("%s: token refused (status %s)", e.Mechanism, e.Status)
}

// NewXOAuth2Client returns a SASL client for XOAUTH2
// (https://developers.google.com/gmail/imap/xoauth2-protocol); go-sasl has
// none.
func NewXOAuth2Client(username, token string) sasl.Client {
	return &bearerClient{mech: MechXOAuth2, username: username, token: token}
}

// NewOAuthBearerClient returns a SASL client for OAUTHBEARER (RFC 7628).
// go-sasl's own client answers the server's error challenge with an error
// instead of the dummy response the RFC requires (§3.2.3), which leaves
// go-imap's AUTHENTICATE waiting for an answer that never comes.
func NewOAuthBearerClient(username, token, host string, port int) sasl.Client {
	return &bearerClient{mech: MechOAuthBearer, username: username, token: token, host: host, port: port}
}

type bearerClient struct {
	mech            string
	username, token string
	host            string
	port            int
	// Err is the server's complaint, kept for the error message.
	Err *OAuthError
}

func (c *bearerClient) Start() (string, []byte, error) {
	if c.mech == MechXOAuth2 {
		return c.mech, []byte("user=" + c.username + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
	}
	// GS2 header with the authorisation identity, then key=value pairs
	// separated by ^A (RFC 7628 §3.1).
	ir := "n,a=" + gs2Escape(c.username) + ",\x01"
	if c.host != "" {
		ir += "host=" + c.host + "\x01"
	}
	if c.port != 0 {
		ir += "port=" + strconv.Itoa(c.port) + "\x01"
	}
	ir += "auth=Bearer " + c.token + "\x01\x01"
	return c.mech, []byte(ir), nil
}

// Next answers the only challenge either mechanism sends: the error JSON.
// The answer is the one the protocols prescribe (an empty response for
// XOAUTH2, a single ^A for OAUTHBEARER), after which the server finishes
// the command with NO, so the connection stays usable and the NO text
// reaches the user.
func (c *bearerClient) Next(challenge []byte) ([]byte, error) {
	e := &OAuthError{Mechanism: c.mech}
	if err := json.Unmarshal(challenge, e); err == nil {
		c.Err = e
	}
	if c.mech == MechXOAuth2 {
		return []byte{}, nil
	}
	return []byte{0x01}, nil
}

// gs2Escape escapes "," and "=" in the authzid (RFC 5801 §4).
func gs2Escape(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			out = append(out, "=2C"...)
		case '=':
			out = append(out, "=3D"...)
		default:
			out = append(out, s[i])
		}
	}
	return string(out)
}

// OAuthMechanism picks the SASL mechanism for a bearer token from the
// server's capabilities: OAUTHBEARER, the standard, when offered (Gmail,
// Dovecot), else XOAUTH2 (Microsoft offers only that).
func OAuthMechanism(caps imap.CapSet) (string, error) {
	switch {
	case caps.Has(imap.AuthCap(MechOAuthBearer)):
		return MechOAuthBearer, nil
	case caps.Has(imap.AuthCap(MechXOAuth2)):
		return MechXOAuth2, nil
	}
	return "", fmt.Errorf("the server offers neither AUTH=%s nor AUTH=%s, so it does not accept OAuth2 tokens; use auth: password", MechOAuthBearer, MechXOAuth2)
}

// login authenticates with a password (LOGIN) or, for auth: oauth2, with
// secret as the OAuth2 access token. s.c must be connected, not logged in.
func (s *Session) login(acct config.Account, secret string) error {
	if acct.Auth != config.AuthOAuth2 {
		return s.c.Login(acct.Username, secret).Wait()
	}
	mech, err := OAuthMechanism(s.c.Caps())
	if err != nil {
		return err
	}
	client := &bearerClient{mech: mech, username: acct.Username, token: secret, host: acct.Host, port: acct.Port}
	s.log.Debug("authenticating", "mechanism", mech)
	s.mech = mech
	err = s.c.Authenticate(client)
	if err != nil && client.Err != nil {
		// The server refused the token in its challenge. Its final answer
		// to our dummy response can be BAD rather than NO (Dovecot takes
		// go-imap's "=" for an empty response as bad base64); either way
		// the token was refused, which is an authentication failure.
		var imapErr *imap.Error
		text := err.Error()
		if errors.As(err, &imapErr) {
			text = imapErr.Text
		}
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: fmt.Sprintf("%s; token refused with status %s", text, client.Err.Status)}
	}
	return err
}

// Mechanism is how the session logged in: "LOGIN", "XOAUTH2" or
// "OAUTHBEARER".
func (s *Session) Mechanism() string {
	if s.mech == "" {
		return "LOGIN"
	}
	return s.mech
}
