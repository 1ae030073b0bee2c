package watcher

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/hostileimap"
	"github.com/hearback/hearback/internal/imaptest"
	"github.com/hearback/hearback/store"
)

// hostileTLS starts a hostile server with a certificate from a test CA
// and returns it with an account that trusts that CA.
func hostileTLS(t *testing.T, attack hostileimap.Attack, mode string) (*hostileimap.Server, config.Account) {
	t.Helper()
	caFile, certFile, keyFile := imaptest.WriteTestPKI(t, t.TempDir())
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	srv := hostileimap.StartWith(t, attack, hostileimap.Options{
		TLS:      &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12},
		Implicit: mode == "implicit",
	})
	return srv, config.Account{Name: "personal", Host: "127.0.0.1", Port: srv.Port(), TLS: mode, TLSCAFile: caFile,
		Username: imaptest.Username, Addresses: []string{imaptest.Username}}
}

// The guard reads the IMAP stream inside TLS, for implicit TLS and for
// STARTTLS (which hearback does itself for that reason): a huge literal
// in the greeting, LIST or FETCH drops the connection with the guard's
// error.
func TestWireGuardInsideTLS(t *testing.T) {
	tests := []struct {
		attack hostileimap.Attack
		want   string
	}{
		{hostileimap.GreetingLiteral, "greeting from 127.0.0.1"},
		{hostileimap.ListLiteral, "list mailboxes"},
		{hostileimap.FetchLiteral, `fetch 1 messages from "INBOX"`},
	}
	for _, mode := range []string{"implicit", "starttls"} {
		for _, tt := range tests {
			t.Run(mode+"/"+string(tt.attack), func(t *testing.T) {
				_, acct := hostileTLS(t, tt.attack, mode)
				log, _ := testLogger()
				ctx := testCtx(t)
				s, err := Dial(ctx, acct, imaptest.Password, log)
				if err == nil {
					defer s.Close()
					_, err = s.Sync(ctx, openStore(t), "personal", time.Now().AddDate(0, 0, -30))
				}
				if err == nil {
					t.Fatal("no error from a hostile server")
				}
				want := tt.want
				if mode == "starttls" && tt.attack == hostileimap.GreetingLiteral {
					// After STARTTLS the server does not greet again:
					// what it sends first comes while hearback logs in.
					want = "login 127.0.0.1"
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, "watcher: personal: ") || !strings.Contains(msg, want) ||
					!strings.Contains(msg, "server sent a 99999999999-byte literal") {
					t.Errorf("error = %q, want the guard's, in %s", msg, want)
				}
			})
		}
	}
}

// scriptedServer accepts one connection on loopback and plays lines to
// it: each is sent once the client's previous line has arrived (the
// first at once).
func scriptedServer(t *testing.T, lines ...string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		r := bufio.NewReader(conn)
		for i, l := range lines {
			if i > 0 {
				if _, err := r.ReadString('\n'); err != nil {
					return
				}
			}
			if _, err := conn.Write([]byte(l)); err != nil {
				return
			}
		}
		r.ReadString('\n') // until the client hangs up
	}()
	return ln.Addr().String()
}

// hearback's own STARTTLS keeps what imapclient.NewStartTLS did (no
// PREAUTH before TLS) and refuses plain text sent after the server's OK,
// which a man in the middle can inject (CVE-2011-0411), and overlong
// lines before TLS.
func TestStartTLSRefuses(t *testing.T) {
	tests := []struct {
		name   string
		script []string
		want   string
	}{
		{"PREAUTH", []string{"* PREAUTH logged in already\r\n"}, "PREAUTH"},
		{"BYE", []string{"* BYE too many connections\r\n"}, `refused the connection: "* BYE too many connections"`},
		{"not offered", []string{"* OK ready\r\n", "hb0 BAD TLS support isn't enabled.\r\n"}, `server answered "hb0 BAD TLS support isn't enabled."`},
		{"injection after OK", []string{"* OK ready\r\n", "hb0 OK Begin TLS negotiation now.\r\n* OK [CAPABILITY IMAP4rev1] injected\r\n"}, "possible injection"},
		{"overlong greeting", []string{"* OK " + strings.Repeat("x", startTLSLineMax) + "\r\n"}, "a line longer than 65536 bytes before TLS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr := scriptedServer(t, tt.script...)
			conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(10 * time.Second))
			_, err = startTLS(testCtx(t), conn, &tls.Config{ServerName: "127.0.0.1", RootCAs: x509.NewCertPool()})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("startTLS() = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// The Dovecot TLS tests (tls_dovecot_test.go) cover a STARTTLS session
// end to end; this one checks that a sync over it fetches and stores.
func TestStartTLSDovecotSync(t *testing.T) {
	d := imaptest.StartDovecotTLS(t)
	now := time.Now()
	d.Append(t, "INBOX", mail("tls-1@acme.example", "Interview", now), now)
	acct := config.Account{Name: "personal", Host: "127.0.0.1", Port: d.Port(), TLS: "starttls", TLSCAFile: d.CAFile,
		Username: imaptest.Username, Addresses: []string{imaptest.Username}}
	log, _ := testLogger()
	s, err := Dial(testCtx(t), acct, d.Password(), log)
	if err != nil {
		t.Fatalf("Dial(starttls) = %v", err)
	}
	defer s.Close()
	st := openStore(t)
	stats, err := s.Sync(testCtx(t), st, "personal", now.AddDate(0, 0, -1))
	if err != nil || stats.Inbox.Fetched != 1 {
		t.Fatalf("Sync() over STARTTLS = %+v, %v; want 1 fetched", stats.Inbox, err)
	}
	if ids := storedIDs(t, st, store.RoleInbox); ids["tls-1@acme.example"] != 1 {
		t.Errorf("stored %v, want tls-1@acme.example", ids)
	}
}
