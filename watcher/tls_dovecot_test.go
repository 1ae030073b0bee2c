package watcher

import (
	"errors"
	"strings"
	"testing"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/imaptest"
)

// TLS against a real Dovecot with a CA made by the test: certificates are
// verified by default, tls_ca_file makes a private CA trusted, a name the
// certificate does not cover is refused, and both implicit TLS and
// STARTTLS end in an encrypted login.
func TestTLSDovecot(t *testing.T) {
	d := imaptest.StartDovecotTLS(t)
	tests := []struct {
		name    string
		host    string
		port    int
		mode    string
		caFile  string
		wantErr string // "" means a login that Dovecot logs as TLS
	}{
		{"implicit with tls_ca_file", "127.0.0.1", d.TLSPort, "implicit", d.CAFile, ""},
		{"starttls with tls_ca_file", "127.0.0.1", d.Port(), "starttls", d.CAFile, ""},
		{"implicit without the CA is refused", "127.0.0.1", d.TLSPort, "implicit", "", "certificate"},
		{"starttls without the CA is refused", "127.0.0.1", d.Port(), "starttls", "", "certificate"},
		{"name not in the certificate", "localhost", d.TLSPort, "implicit", d.CAFile, "localhost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acct := config.Account{Name: "tls", Host: tt.host, Port: tt.port, TLS: tt.mode, TLSCAFile: tt.caFile,
				Username: imaptest.Username, Addresses: []string{imaptest.Username}}
			log, _ := testLogger()
			s, err := Dial(testCtx(t), acct, d.Password(), log)
			if tt.wantErr != "" {
				if err == nil {
					s.Close()
					t.Fatalf("Dial(%s %s:%d) succeeded, want an error about %q", tt.mode, tt.host, tt.port, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) || errors.Is(err, ErrAuth) {
					t.Fatalf("Dial(%s %s:%d) = %v, want a TLS error about %q", tt.mode, tt.host, tt.port, err, tt.wantErr)
				}
				if strings.Contains(err.Error(), d.Password()) {
					t.Errorf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Dial(%s %s:%d) = %v", tt.mode, tt.host, tt.port, err)
			}
			defer s.Close()
			if _, err := s.Mailboxes(testCtx(t)); err != nil {
				t.Fatalf("Mailboxes over %s: %v", tt.mode, err)
			}
		})
	}
	// Dovecot marks logins over TLS with "TLS" in its login line: both
	// successful modes must have produced one, and no plain login.
	var tlsLogins int
	for _, line := range strings.Split(d.Log(), "\n") {
		if !strings.Contains(line, "imap-login: Info: Login:") {
			continue
		}
		if strings.Contains(line, ", TLS") {
			tlsLogins++
		} else {
			t.Errorf("a login without TLS: %s", line)
		}
	}
	if tlsLogins != 2 {
		t.Errorf("Dovecot logged %d TLS logins, want 2 (implicit and STARTTLS)\n%s", tlsLogins, d.Log())
	}
}

// STARTTLS that the server does not offer is an error before any login,
// never a silent fall-back to plain text.
func TestStartTLSNotOfferedDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t) // ssl = no: no STARTTLS capability
	acct := d.Account("plain")
	acct.TLS = "starttls"
	log, _ := testLogger()
	s, err := Dial(testCtx(t), acct, d.Password(), log)
	if err == nil {
		s.Close()
		t.Fatal("Dial(starttls) to a server without STARTTLS succeeded")
	}
	if !strings.Contains(err.Error(), "STARTTLS") || errors.Is(err, ErrAuth) {
		t.Fatalf("Dial(starttls) = %v, want a STARTTLS error", err)
	}
	if strings.Contains(d.Log(), "Login: user=") {
		t.Errorf("a login happened although STARTTLS failed:\n%s", d.Log())
	}
}
