package imaptest

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Introspection is an OAuth2 token-introspection endpoint (RFC 7662) on
// 127.0.0.1 that Dovecot's oauth2 passdb asks whether a bearer token is
// good. Tests say which tokens are active and for whom.
type Introspection struct {
	*httptest.Server
	mu     sync.Mutex
	tokens map[string]string // access token -> username
	asked  []string
}

// Allow makes token a valid access token of username.
func (in *Introspection) Allow(token, username string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.tokens[token] = username
}

// Revoke makes token inactive.
func (in *Introspection) Revoke(token string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	delete(in.tokens, token)
}

// Asked returns the tokens Dovecot asked about, in order.
func (in *Introspection) Asked() []string {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]string(nil), in.asked...)
}

func (in *Introspection) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tok := r.PostForm.Get("token")
	in.mu.Lock()
	in.asked = append(in.asked, tok)
	user, ok := in.tokens[tok]
	in.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		// RFC 7662 §2.2: an inactive token is {"active": false}, status 200.
		json.NewEncoder(w).Encode(map[string]any{"active": false})
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"active": true, "username": user, "scope": "imap"})
}

// OAuthDovecot is a Dovecot whose users log in with OAuth2 bearer tokens
// (XOAUTH2 and OAUTHBEARER, checked by its oauth2 passdb against
// Introspection) as well as with their password (for the tests' own
// seeding client).
type OAuthDovecot struct {
	*Dovecot
	Introspection *Introspection
}

// StartDovecotOAuth starts Dovecot with the oauth2 passdb and an
// introspection server. mechanisms limits the SASL mechanisms offered
// (default: xoauth2 and oauthbearer), so tests can make the client pick
// either.
func StartDovecotOAuth(t testing.TB, mechanisms ...string) *OAuthDovecot {
	t.Helper()
	if len(mechanisms) == 0 {
		mechanisms = []string{"xoauth2", "oauthbearer"}
	}
	in := &Introspection{tokens: map[string]string{}}
	// Listen on IPv4 loopback explicitly: Dovecot resolves the URL's host.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("imaptest: introspection listener: %v", err)
	}
	in.Server = &httptest.Server{Listener: ln, Config: &http.Server{Handler: in}}
	in.Server.Start()
	t.Cleanup(in.Server.Close)

	d := StartDovecot(t)
	d.Stop()
	ext := filepath.Join(d.dir, "dovecot-oauth2.conf.ext")
	extConf := fmt.Sprintf(`# written by hearback's internal/imaptest
introspection_mode = post
introspection_url = %s/introspect
force_introspection = yes
username_attribute = username
username_format = %%u
active_attribute = active
active_value = true
timeout_msecs = 5000
`, in.URL)
	if err := os.WriteFile(ext, []byte(extConf), 0o644); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	data, err := os.ReadFile(d.conf)
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	conf := string(data)
	conf = strings.Replace(conf, "auth_mechanisms = plain login", "auth_mechanisms = plain login "+strings.Join(mechanisms, " "), 1)
	// The passwd-file passdb keeps serving PLAIN/LOGIN for the seeding
	// client; the oauth2 passdb serves only the token mechanisms.
	passdb := "passdb {\n  driver = passwd-file\n"
	if !strings.Contains(conf, passdb) {
		t.Fatalf("imaptest: dovecot.conf has no passwd-file passdb to extend:\n%s", conf)
	}
	conf = strings.Replace(conf, passdb, fmt.Sprintf("passdb {\n  driver = oauth2\n  mechanisms = %s\n  args = %s\n}\n", strings.Join(mechanisms, " "), ext)+
		passdb+"  mechanisms = plain login\n", 1)
	if err := os.WriteFile(d.conf, []byte(conf), 0o644); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	d.Start()
	return &OAuthDovecot{Dovecot: d, Introspection: in}
}
