package imaptest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// mailUser is the unprivileged system account the test Dovecot stores
// mail as when the tests run as root: Dovecot refuses to run mail
// processes as uid 0.
const mailUser = "hearback-vmail"

// Dovecot is a real Dovecot 2.3 IMAP server in a temporary directory, with
// Drafts (\Drafts) and Sent (\Sent) created for every user.
type Dovecot struct {
	base
	t      testing.TB
	dir    string
	conf   string
	passwd string

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan error
}

func dovecotBinary() string {
	if _, err := os.Stat("/usr/sbin/dovecot"); err == nil {
		return "/usr/sbin/dovecot"
	}
	if p, err := exec.LookPath("dovecot"); err == nil {
		return p
	}
	return ""
}

// Mailbox is a mailbox a Dovecot layout creates, with its special-use
// attribute ("" for none).
type Mailbox struct {
	Name, SpecialUse string
}

// Layouts of the test Dovecot's mailboxes.
var (
	// Plain is INBOX, Drafts and Sent.
	Plain = []Mailbox{{"Drafts", `\Drafts`}, {"Sent", `\Sent`}}
	// Folders adds what a desktop mail setup has: Archive, Trash, Junk and
	// a folder of the user's own.
	Folders = []Mailbox{{"Drafts", `\Drafts`}, {"Sent", `\Sent`}, {"Archive", `\Archive`}, {"Trash", `\Trash`},
		{"Junk", `\Junk`}, {"Jobs", ""}}
	// Gmail is laid out like Gmail over IMAP: labels under [Gmail], an All
	// Mail that holds every message (the tests put mail there too).
	Gmail = []Mailbox{{"[Gmail]/All Mail", `\All`}, {"[Gmail]/Sent Mail", `\Sent`}, {"[Gmail]/Drafts", `\Drafts`},
		{"[Gmail]/Spam", `\Junk`}, {"[Gmail]/Trash", `\Trash`}, {"[Gmail]/Starred", `\Flagged`}}
)

// StartDovecot starts Dovecot for the test and stops it when the test
// ends. It skips the test when Dovecot is not installed.
func StartDovecot(t testing.TB) *Dovecot {
	t.Helper()
	return StartDovecotLayout(t, Plain)
}

// StartDovecotLayout is StartDovecot with the given mailboxes, all
// created at login.
func StartDovecotLayout(t testing.TB, layout []Mailbox) *Dovecot {
	t.Helper()
	bin := dovecotBinary()
	if bin == "" && os.Getenv("HEARBACK_REQUIRE_DOVECOT") != "" {
		t.Fatal("imaptest: dovecot is not installed but HEARBACK_REQUIRE_DOVECOT is set (CI): apt-get install dovecot-imapd")
	}
	if bin == "" {
		t.Skip("imaptest: dovecot is not installed (apt-get install dovecot-imapd); skipping the real-server test")
	}
	// Not t.TempDir(): that path carries the test's name, and Dovecot's
	// unix sockets under it must fit in sun_path (108 bytes), which a
	// subtest's name ("TestRejectionsGetNoDraftDovecot/tune_written/...")
	// overflows ("net_listen_unix(...) failed: File name too long").
	dir, err := os.MkdirTemp("", "dovecot-")
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Errorf("imaptest: remove %s: %v", dir, err)
		}
	})
	// The mail processes run as an unprivileged user: every path component
	// down to the mail directory must be traversable by it, and
	// MkdirTemp creates them 0700.
	for p := dir; p != os.TempDir() && p != "/" && p != "."; p = filepath.Dir(p) {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatalf("imaptest: chmod %s: %v", p, err)
		}
	}
	mailUID, mailGID, internalUser, loginUser := dovecotUsers(t)
	for _, sub := range []string{"run", "state", "home"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatalf("imaptest: %v", err)
		}
	}
	if err := os.Chown(filepath.Join(dir, "home"), mailUID, mailGID); err != nil {
		t.Fatalf("imaptest: chown home: %v", err)
	}
	d := &Dovecot{
		base:   base{addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort(t))), username: Username, password: Password},
		t:      t,
		dir:    dir,
		conf:   filepath.Join(dir, "dovecot.conf"),
		passwd: filepath.Join(dir, "passwd"),
	}
	if err := os.WriteFile(d.passwd, nil, 0o644); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	d.AddUser(t, Username, Password)
	conf := fmt.Sprintf(dovecotConf, dir, d.Port(), internalUser, loginUser, mailUID, mailGID, namespaceMailboxes(layout))
	if err := os.WriteFile(d.conf, []byte(conf), 0o644); err != nil {
		t.Fatalf("imaptest: write dovecot.conf: %v", err)
	}
	t.Cleanup(d.Stop)
	d.Start()
	return d
}

// dovecotUsers picks the accounts Dovecot runs as. As root, mail belongs
// to a system user created on demand and Debian's dovecot/dovenull run the
// internal and login processes; as an ordinary user, everything runs as
// that user.
func dovecotUsers(t testing.TB) (uid, gid int, internalUser, loginUser string) {
	uid, gid, internalUser, loginUser, err := findDovecotUsers()
	if err != nil {
		t.Skip(err.Error())
	}
	return uid, gid, internalUser, loginUser
}

// findDovecotUsers is dovecotUsers for callers without a test
// (dovecot_standalone.go).
func findDovecotUsers() (uid, gid int, internalUser, loginUser string, err error) {
	if os.Geteuid() != 0 {
		u, err := user.Current()
		if err != nil {
			return 0, 0, "", "", fmt.Errorf("imaptest: cannot tell who runs the test: %v", err)
		}
		return os.Getuid(), os.Getgid(), u.Username, u.Username, nil
	}
	u, err := user.Lookup(mailUser)
	if err != nil {
		out, err := exec.Command("useradd", "--system", "--user-group", "--no-create-home",
			"--shell", "/usr/sbin/nologin", mailUser).CombinedOutput()
		if err != nil && !strings.Contains(string(out), "already exists") {
			return 0, 0, "", "", fmt.Errorf("imaptest: create mail user %s: %v: %s", mailUser, err, out)
		}
		if u, err = user.Lookup(mailUser); err != nil {
			return 0, 0, "", "", fmt.Errorf("imaptest: mail user %s: %v", mailUser, err)
		}
	}
	for _, name := range []string{"dovecot", "dovenull"} {
		if _, err := user.Lookup(name); err != nil {
			return 0, 0, "", "", fmt.Errorf("imaptest: Dovecot's system user %s is missing (the dovecot-core package creates it): %v", name, err)
		}
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	return uid, gid, "dovecot", "dovenull", nil
}

// dovecotConf is for Dovecot 2.3 (Debian 12): disable_plaintext_auth and
// mail_location are the 2.3 names.
const dovecotConf = `# written by hearback's internal/imaptest
protocols = imap
listen = 127.0.0.1
base_dir = %[1]s/run
state_dir = %[1]s/state
log_path = %[1]s/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
shutdown_clients = yes
default_internal_user = %[3]s
default_login_user = %[4]s
first_valid_uid = 1
first_valid_gid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%%u %[1]s/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%%u %[1]s/passwd
  default_fields = uid=%[5]d gid=%[6]d home=%[1]s/home/%%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
%[7]s}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[2]d
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`

// namespaceMailboxes is the layout as mailbox blocks of dovecot.conf.
func namespaceMailboxes(layout []Mailbox) string {
	var b strings.Builder
	for _, m := range layout {
		fmt.Fprintf(&b, "  mailbox %q {\n", m.Name)
		if m.SpecialUse != "" {
			fmt.Fprintf(&b, "    special_use = %s\n", m.SpecialUse)
		}
		b.WriteString("    auto = subscribe\n  }\n")
	}
	return b.String()
}

// AddUser adds a login; Dovecot rereads the passwd file on its next
// lookup.
func (d *Dovecot) AddUser(t testing.TB, username, password string) {
	t.Helper()
	if err := d.addUser(username, password); err != nil {
		t.Fatal(err.Error())
	}
}

func (d *Dovecot) addUser(username, password string) error {
	if strings.ContainsAny(username+password, ":\n") {
		return fmt.Errorf("imaptest: user %q: no colons or newlines in passwd-file fields", username)
	}
	f, err := os.OpenFile(d.passwd, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("imaptest: %v", err)
	}
	defer f.Close()
	if _, err := fmt.Fprintf(f, "%s:{PLAIN}%s::::::\n", username, password); err != nil {
		return fmt.Errorf("imaptest: %v", err)
	}
	return nil
}

// Dir is the server's temporary directory (config, log, mail).
func (d *Dovecot) Dir() string { return d.dir }

// Log returns Dovecot's log so far.
func (d *Dovecot) Log() string {
	b, _ := os.ReadFile(filepath.Join(d.dir, "dovecot.log"))
	return string(b)
}

// Start (re)starts the server and waits until it greets.
func (d *Dovecot) Start() {
	d.t.Helper()
	if err := d.start(); err != nil {
		d.t.Fatal(err.Error())
	}
}

func (d *Dovecot) start() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cmd != nil {
		return nil
	}
	cmd := exec.Command(dovecotBinary(), "-F", "-c", d.conf)
	out, err := os.Create(filepath.Join(d.dir, "dovecot.out"))
	if err != nil {
		return fmt.Errorf("imaptest: %v", err)
	}
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, out
	// Its own process group, so Stop can end every child it forked.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("imaptest: start dovecot: %v", err)
	}
	d.cmd = cmd
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(15 * time.Second)
	for {
		select {
		case err := <-exited:
			d.cmd = nil
			stdout, _ := os.ReadFile(out.Name())
			return fmt.Errorf("imaptest: dovecot exited: %v\n%s\n%s", err, stdout, d.Log())
		default:
		}
		if greets(d.addr) {
			break
		}
		if time.Now().After(deadline) {
			stdout, _ := os.ReadFile(out.Name())
			return fmt.Errorf("imaptest: dovecot did not greet on %s within 15s\n%s\n%s", d.addr, stdout, d.Log())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Wait reaps the process; Stop waits on this channel instead.
	d.exited = exited
	return nil
}

// greets tells whether an IMAP server on addr is up and past Dovecot's
// "waiting for authentication process" stage.
func greets(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	r := bufio.NewReader(conn)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return false
		}
		if strings.HasPrefix(line, "* OK") && strings.Contains(line, "[CAPABILITY") {
			return true
		}
	}
}

// Stop stops the server (a fault for the client); Start brings it back on
// the same port with the same mail.
func (d *Dovecot) Stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cmd == nil {
		return
	}
	pid := d.cmd.Process.Pid
	d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.exited:
	case <-time.After(10 * time.Second):
		d.cmd.Process.Kill()
		<-d.exited
	}
	// Children that outlive the master (a client's imap process) would
	// keep serving a "stopped" server.
	syscall.Kill(-pid, syscall.SIGKILL)
	d.cmd = nil
	// The master may leave the listener to a dying child for a moment.
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", d.addr, 200*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(50 * time.Millisecond)
	}
}
