package imaptest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TLSDovecot is a Dovecot that speaks TLS with a certificate from a CA
// made for the test: implicit TLS on TLSPort, STARTTLS on the plain port,
// and ssl = required, so no login happens over an unencrypted connection
// from anywhere but loopback (Dovecot trusts loopback; the tests read its
// log to prove the session was encrypted).
type TLSDovecot struct {
	*Dovecot
	// CAFile is the PEM file of the test CA, for tls_ca_file.
	CAFile string
	// TLSPort is the implicit-TLS (imaps) port.
	TLSPort int
}

// StartDovecotTLS starts a Dovecot with TLS. The server certificate is for
// IP 127.0.0.1 only: a client that dials "localhost" must reject it.
func StartDovecotTLS(t testing.TB) *TLSDovecot {
	t.Helper()
	d := StartDovecot(t)
	d.Stop()
	dir := filepath.Join(d.Dir(), "tls")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	caFile, certFile, keyFile := writeTestPKI(t, dir)
	port := freePort(t)
	conf, err := os.ReadFile(d.conf)
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	s := string(conf)
	for _, r := range []struct{ old, new string }{
		{"ssl = no\n", fmt.Sprintf("ssl = required\nssl_cert = <%s\nssl_key = <%s\nssl_min_protocol = TLSv1.2\n", certFile, keyFile)},
		{"  inet_listener imaps {\n    port = 0\n  }", fmt.Sprintf("  inet_listener imaps {\n    address = 127.0.0.1\n    port = %d\n    ssl = yes\n  }", port)},
	} {
		if !strings.Contains(s, r.old) {
			t.Fatalf("imaptest: dovecot.conf lacks %q; update StartDovecotTLS", r.old)
		}
		s = strings.Replace(s, r.old, r.new, 1)
	}
	if err := os.WriteFile(d.conf, []byte(s), 0o644); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	d.Start()
	return &TLSDovecot{Dovecot: d, CAFile: caFile, TLSPort: port}
}

// TLSAddr is the implicit-TLS address.
func (d *TLSDovecot) TLSAddr() string {
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(d.TLSPort))
}

// WriteTestPKI is writeTestPKI for servers of other test packages
// (internal/hostileimap over TLS).
func WriteTestPKI(t testing.TB, dir string) (caFile, certFile, keyFile string) {
	t.Helper()
	return writeTestPKI(t, dir)
}

// writeTestPKI makes a CA and a server certificate for 127.0.0.1 signed by
// it, valid for a day, and writes them as PEM files in dir.
func writeTestPKI(t testing.TB, dir string) (caFile, certFile, keyFile string) {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("imaptest: CA key: %v", err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "hearback test CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatalf("imaptest: CA certificate: %v", err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("imaptest: server key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatalf("imaptest: server certificate: %v", err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	caFile = filepath.Join(dir, "ca.pem")
	certFile = filepath.Join(dir, "server.pem")
	keyFile = filepath.Join(dir, "server.key")
	for _, f := range []struct {
		path, typ string
		der       []byte
		mode      os.FileMode
	}{
		{caFile, "CERTIFICATE", caDER, 0o644},
		{certFile, "CERTIFICATE", der, 0o644},
		{keyFile, "EC PRIVATE KEY", keyDER, 0o600},
	} {
		data := pem.EncodeToMemory(&pem.Block{Type: f.typ, Bytes: f.der})
		if err := os.WriteFile(f.path, data, f.mode); err != nil {
			t.Fatalf("imaptest: %v", err)
		}
	}
	return caFile, certFile, keyFile
}
