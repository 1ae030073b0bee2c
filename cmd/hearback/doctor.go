package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/oauth"
	"github.com/hearback/hearback/schedule"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/watcher"
)

// lookupHost resolves host names for doctor; tests replace it so that
// nothing leaves the machine.
var lookupHost = net.DefaultResolver.LookupHost

const (
	doctorDNSTimeout = 5 * time.Second
	doctorTCPTimeout = 10 * time.Second
	// certWarnBefore: a certificate this close to expiry is worth a word,
	// though most providers renew in time.
	certWarnBefore = 14 * 24 * time.Hour
)

const doctorUsage = `doctor [--account NAME] [--no-append]

Checks everything hearback needs, one line each, with a fix for each ✗:
the configuration, time zone and next scheduled check, and per account
DNS, TCP, TLS (certificate and expiry), the password or OAuth2 token, the
login, the mailboxes hearback uses (INBOX, Sent, Drafts, and how it found
them), and a test draft appended to Drafts and removed again (only if
the server gave its UID; --no-append skips this). Exits 1 on any ✗.`

// doctor prints check results.
type doctor struct {
	out      io.Writer
	failures int
}

func (d *doctor) ok(name, detail string) { fmt.Fprintf(d.out, "  ✓ %-10s %s\n", name, detail) }
func (d *doctor) skip(name, detail string) {
	fmt.Fprintf(d.out, "  – %-10s %s\n", name, detail)
}

// note is a warning: worth the user's attention, but nothing is broken.
func (d *doctor) note(name, detail, fix string) {
	fmt.Fprintf(d.out, "  ! %-10s %s\n", name, detail)
	if fix != "" {
		fmt.Fprintf(d.out, "    %-10s %s\n", "", "fix: "+fix)
	}
}

func (d *doctor) fail(name, detail, fix string) {
	d.failures++
	fmt.Fprintf(d.out, "  ✗ %-10s %s\n", name, detail)
	if fix != "" {
		fmt.Fprintf(d.out, "    %-10s fix: %s\n", "", fix)
	}
}

var errDoctor = errors.New("doctor found problems")

func cmdDoctor(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "doctor", doctorUsage)
	only := fs.String("account", "", "check only this account")
	noAppend := fs.Bool("no-append", false, "do not append (and remove) a test draft")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	d := &doctor{out: g.stdout}
	return d.run(ctx, g, *only, !*noAppend)
}

func (d *doctor) run(ctx context.Context, g *globals, only string, appendTest bool) error {
	fmt.Fprintln(d.out, "hearback doctor")
	cfg, err := g.loadConfig()
	if err != nil {
		if !d.failConfig("config", err) {
			d.fail("config", firstLine(err.Error()), "correct what the message names (all problems are listed below), then run hearback doctor again")
		}
		return err
	}
	d.ok("config", fmt.Sprintf("%s (%d account%s)", cfg.Path, len(cfg.Accounts), plural(len(cfg.Accounts))))
	now := time.Now().In(cfg.Location)
	zone := cfg.Timezone
	if zone == "" {
		zone = "the local zone (" + cfg.Location.String() + ")"
	}
	d.ok("time zone", fmt.Sprintf("%s: it is %s there", zone, now.Format("Mon 2006-01-02 15:04 MST")))
	if spec, err := schedule.Parse(cfg.Schedule); err != nil {
		d.fail("schedule", err.Error(), `set schedule to a five-field cron spec, e.g. "0 9 * * 1-5"`)
	} else {
		next := spec.Next(now, cfg.Location)
		d.ok("schedule", fmt.Sprintf("%q: next check %s (in %s) when 'hearback run' is running", cfg.Schedule, next.Format("Mon 2006-01-02 15:04 MST"), roundDuration(next.Sub(now))))
	}
	d.checkDatabase(cfg)

	found := false
	for _, acct := range cfg.Accounts {
		if only != "" && !strings.EqualFold(acct.Name, only) {
			continue
		}
		found = true
		fmt.Fprintf(d.out, "account %s (%s on %s):\n", acct.Name, acct.Username, acct.HostPort())
		d.checkAccount(ctx, acct, appendTest)
	}
	if only != "" && !found {
		return usageError{msg: fmt.Sprintf("doctor: no account named %q", only)}
	}
	if d.failures > 0 {
		fmt.Fprintf(d.out, "%d problem%s found.\n", d.failures, plural(d.failures))
		return fmt.Errorf("%w: %d check%s failed", errDoctor, d.failures, plural(d.failures))
	}
	fmt.Fprintln(d.out, "All good. Preview with 'hearback check --dry-run', then 'hearback run'.")
	return nil
}

func (d *doctor) checkDatabase(cfg *config.Config) {
	path := cfg.Database
	dir := filepath.Dir(path)
	for p := dir; ; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err == nil {
			if !st.IsDir() {
				d.fail("database", p+" is not a directory", "set database to a path in a directory")
				return
			}
			break
		}
		if p == filepath.Dir(p) {
			break
		}
	}
	if _, err := os.Stat(path); err == nil {
		d.ok("database", path)
		d.lastChecks(cfg)
	} else {
		d.ok("database", path+" (created on the first check)")
	}
}

// lastChecks shows when each account was last checked (store.CheckRun);
// a database that does not open is checkDatabase's to report, not this.
func (d *doctor) lastChecks(cfg *config.Config) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		d.fail("last check", err.Error(), "see the database line above")
		return
	}
	defer st.Close()
	last, _, err := checkSummary(ctx, st, cfg, time.Now())
	if err != nil {
		d.fail("last check", err.Error(), "see the database line above")
		return
	}
	d.ok("last check", strings.Join(last, "; "))
}

func (d *doctor) checkAccount(ctx context.Context, acct config.Account, appendTest bool) {
	// DNS
	if net.ParseIP(acct.Host) != nil {
		d.skip("DNS", acct.Host+" is an IP address")
	} else {
		dctx, cancel := context.WithTimeout(ctx, doctorDNSTimeout)
		addrs, err := lookupHost(dctx, acct.Host)
		cancel()
		if err != nil {
			d.fail("DNS", fmt.Sprintf("cannot resolve %s: %v", acct.Host, err), "check host: for your provider; 'hearback init' knows the common ones")
			return
		}
		d.ok("DNS", fmt.Sprintf("%s → %s", acct.Host, strings.Join(addrs, ", ")))
	}

	// TCP
	start := time.Now()
	dialer := &net.Dialer{Timeout: doctorTCPTimeout}
	conn, err := dialer.DialContext(ctx, "tcp", acct.HostPort())
	if err != nil {
		d.fail("TCP", fmt.Sprintf("cannot connect to %s: %v", acct.HostPort(), err),
			fmt.Sprintf("check port (993 for tls: implicit, 143 for starttls) and that no firewall blocks it; for Proton Mail, start Bridge"))
		return
	}
	d.ok("TCP", fmt.Sprintf("connected to %s in %s", conn.RemoteAddr(), time.Since(start).Round(time.Millisecond)))

	// TLS
	d.checkTLS(ctx, conn, acct)
	conn.Close()

	// Credentials
	var sess *watcher.Session
	if acct.Auth == config.AuthOAuth2 {
		src, err := engine.TokenSource(acct)
		if err == nil {
			_, err = src.AccessToken(ctx)
		}
		if err != nil {
			fix := "sign in: hearback auth login " + acct.Name
			if errors.Is(err, oauth.ErrClient) {
				fix = "check oauth_client_id and the client secret"
			}
			d.fail("token", err.Error(), fix)
			return
		}
		tok, _ := src.Token(ctx)
		d.ok("token", fmt.Sprintf("OAuth2 token from %s, access token valid until %s", oauth.StoreFor(acct), tok.Expiry.In(time.Local).Format("15:04 MST")))
		sess, err = engine.Connect(ctx, watcher.Dialer{}, acct, quietLogger())
		if err != nil {
			d.fail("login", err.Error(), "sign in again: hearback auth login "+acct.Name)
			return
		}
	} else {
		pw, err := acct.ResolvePassword(ctx)
		if err != nil {
			if !d.failConfig("password", err) {
				d.fail("password", err.Error(), passwordFix(acct))
			}
			return
		}
		d.ok("password", "from "+passwordSource(acct))
		sess, err = watcher.Dial(ctx, acct, pw, quietLogger())
		if err != nil {
			fix := "check the password; " + providerPasswordHelp(acct)
			if !errors.Is(err, watcher.ErrAuth) {
				fix = "see the error; a server that refuses the connection may need tls: starttls or another port"
			}
			d.fail("login", err.Error(), fix)
			return
		}
	}
	defer sess.Close()
	d.ok("login", fmt.Sprintf("logged in as %s (%s)", acct.Username, sess.Mechanism()))

	mbs, err := sess.Mailboxes(ctx)
	if err != nil {
		d.fail("mailboxes", err.Error(), "set inbox:, sent: or drafts: in the account to the names your mail program shows")
		return
	}
	desc := func(role, name string) string {
		return fmt.Sprintf("%s %q (%s)", role, name, mbs.How[strings.ToLower(role)])
	}
	d.ok("mailboxes", strings.Join([]string{desc("Inbox", mbs.Inbox), desc("Drafts", mbs.Drafts)}, ", "))
	switch {
	case mbs.All != "":
		d.ok("sent", fmt.Sprintf("in All Mail %q (%s)", mbs.All, mbs.How["all"]))
	case mbs.Sent == "":
		d.fail("sent", "no Sent mailbox found: hearback would not see your own replies", "set sent: to the name of your sent-mail folder")
	default:
		d.ok("sent", desc("Sent", mbs.Sent))
	}
	d.readMailboxes(ctx, sess, mbs)

	if !appendTest {
		d.skip("drafts", "test draft skipped (--no-append)")
		return
	}
	d.appendTest(ctx, sess, acct, mbs.Drafts)
}

// hugeMailbox is the size from which doctor suggests leaving a mailbox
// out: a first sync searches it (reading only the lookback window), and
// it is seldom where job mail lives.
const hugeMailbox = 100_000

// readMailboxes lists the mailboxes a sync reads, why, and how big they
// are, and the ones it leaves out, and why.
func (d *doctor) readMailboxes(ctx context.Context, sess *watcher.Session, mbs watcher.Mailboxes) {
	for _, f := range mbs.Read {
		n, err := sess.MessageCount(ctx, f.Name)
		if err != nil {
			d.fail("reads", err.Error(), "")
			continue
		}
		detail := fmt.Sprintf("%q (%s): %d messages", f.Name, f.Why, n)
		if n >= hugeMailbox {
			d.note("reads", detail+"; a first sync searches all of them for the last lookback_days",
				fmt.Sprintf("if it holds no job mail, leave it out: folders: {exclude: [%q]}", f.Name))
			continue
		}
		d.ok("reads", detail)
	}
	for _, f := range mbs.Skipped {
		d.skip("skips", fmt.Sprintf("%q: %s", f.Name, f.Why))
	}
}

// appendTest appends a draft and removes it again, but only by the UID the
// server gave for exactly that message: nothing else in Drafts is touched.
func (d *doctor) appendTest(ctx context.Context, sess *watcher.Session, acct config.Account, drafts string) {
	id := randomHex(12) + "@hearback.invalid"
	from := acct.Username
	if len(acct.Addresses) > 0 {
		from = acct.Addresses[0]
	}
	raw := strings.ReplaceAll(fmt.Sprintf(`From: <%s>
To: <%s>
Subject: hearback doctor test (safe to delete)
Date: %s
Message-ID: <%s>
X-Hearback-Doctor: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

hearback doctor checked that it can write drafts here, and meant to
remove this message again. If you see it, delete it.
`, from, from, time.Now().Format(time.RFC1123Z), id), "\n", "\r\n")
	uid, err := sess.AppendDraft(ctx, drafts, []byte(raw), id)
	if err != nil {
		d.fail("drafts", "test APPEND failed: "+err.Error(), "make sure "+drafts+" is writable; set drafts: to another mailbox if needed")
		return
	}
	err = sess.DeleteDraft(ctx, drafts, uid, id)
	switch {
	case err == nil:
		d.ok("drafts", fmt.Sprintf("test draft appended to %q as UID %d and removed again", drafts, uid))
	case errors.Is(err, watcher.ErrNoUIDExpunge):
		d.ok("drafts", fmt.Sprintf("test draft appended to %q as UID %d", drafts, uid))
		d.skip("cleanup", "the server lacks UIDPLUS, so hearback removes nothing: delete \"hearback doctor test (safe to delete)\" from Drafts by hand")
	default:
		d.fail("cleanup", "test draft appended but not removed: "+err.Error(), "delete \"hearback doctor test (safe to delete)\" from Drafts by hand")
	}
}

// checkTLS reports the certificate the server presents, on conn.
func (d *doctor) checkTLS(ctx context.Context, conn net.Conn, acct config.Account) {
	if acct.TLS == "none" {
		d.skip("TLS", "tls: none (allowed for a server on this machine only)")
		return
	}
	conf, err := watcher.TLSConfig(acct)
	if err != nil {
		d.fail("TLS", err.Error(), "fix tls_ca_file")
		return
	}
	hctx, cancel := context.WithTimeout(ctx, doctorTCPTimeout)
	defer cancel()
	conn.SetDeadline(time.Now().Add(doctorTCPTimeout))
	if acct.TLS == "starttls" {
		if err := startTLS(conn); err != nil {
			d.fail("TLS", "STARTTLS: "+err.Error(), "use tls: implicit with port 993 if the server does not offer STARTTLS on this port")
			return
		}
	}
	tc := tls.Client(conn, conf)
	if err := tc.HandshakeContext(hctx); err != nil {
		fix := "check host: it must match the server's certificate"
		var unknown x509.UnknownAuthorityError
		if errors.As(err, &unknown) {
			fix = "the certificate is not signed by a CA this machine trusts: set tls_ca_file to the server's CA (for Proton Mail Bridge: its exported cert.pem)"
		} else if strings.Contains(err.Error(), "first record does not look like a TLS handshake") {
			fix = "the port speaks plain IMAP: use tls: starttls (port 143)"
		}
		d.fail("TLS", "handshake: "+err.Error(), fix)
		return
	}
	st := tc.ConnectionState()
	cert := st.PeerCertificates[0]
	left := time.Until(cert.NotAfter)
	detail := fmt.Sprintf("%s, certificate for %s by %s, valid until %s", tls.VersionName(st.Version), cert.Subject.CommonName,
		cert.Issuer.CommonName, cert.NotAfter.Format("2006-01-02"))
	if left < certWarnBefore {
		detail += fmt.Sprintf(" (expires in %s; the provider should renew it)", roundDuration(left))
	}
	d.ok("TLS", detail)
}

// startTLS does the plain-text part of STARTTLS on conn: greeting,
// command, tagged OK.
func startTLS(conn net.Conn) error {
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n')
	if err != nil {
		return fmt.Errorf("no greeting: %w", err)
	}
	if !strings.HasPrefix(line, "* OK") && !strings.HasPrefix(line, "* PREAUTH") {
		return fmt.Errorf("unexpected greeting %q", strings.TrimSpace(line))
	}
	if _, err := io.WriteString(conn, "hbd1 STARTTLS\r\n"); err != nil {
		return err
	}
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		if strings.HasPrefix(line, "hbd1 ") {
			if !strings.HasPrefix(line, "hbd1 OK") {
				return fmt.Errorf("server said %q", strings.TrimSpace(line))
			}
			if r.Buffered() > 0 {
				return errors.New("server sent data after OK (possible injection)")
			}
			return nil
		}
	}
}

// failConfig reports each problem of a configuration error as a ✗ of its
// own, with the problem's hint (e.g. "run: chmod 600 FILE") as the fix;
// false if err is no configuration error.
func (d *doctor) failConfig(name string, err error) bool {
	var ce *config.Error
	if !errors.As(err, &ce) || len(ce.Problems) == 0 {
		return false
	}
	for _, p := range ce.Problems {
		fix := p.Hint
		p.Hint = ""
		if fix == "" {
			fix = "correct it, then run hearback doctor again"
		}
		d.fail(name, p.String(), fix)
	}
	return true
}

func passwordSource(acct config.Account) string {
	switch {
	case acct.PasswordEnv != "":
		return "password_env " + acct.PasswordEnv
	case acct.PasswordFile != "":
		return "password_file " + acct.PasswordFile
	case acct.PasswordCmd != "":
		return "password_cmd"
	case acct.PasswordKeyring != "":
		return "password_keyring " + acct.PasswordKeyring
	}
	return "password (in the config file)"
}

func passwordFix(acct config.Account) string {
	switch {
	case acct.PasswordEnv != "":
		return fmt.Sprintf("export %s=... in the environment hearback runs in (for a systemd service: EnvironmentFile=)", acct.PasswordEnv)
	case acct.PasswordFile != "":
		return fmt.Sprintf("put the password in %s (chmod 600)", acct.PasswordFile)
	case acct.PasswordCmd != "":
		return "make password_cmd print the password (unlock the password manager?)"
	}
	return "set one password source in the account"
}

// providerPasswordHelp is the preset's app-password advice for the
// account's host, when hearback knows it.
func providerPasswordHelp(acct config.Account) string {
	for _, p := range providers {
		if strings.EqualFold(p.Host, acct.Host) {
			return p.PasswordHelp
		}
	}
	return "many providers need an app password for IMAP rather than your normal one"
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func roundDuration(d time.Duration) string {
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%dd", int(d.Hours()/24))
	case d >= time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return d.Round(time.Minute).String()
}

// quietLogger quiets the watcher during doctor: every finding is a line
// of the report already.
func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
