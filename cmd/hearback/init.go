package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/oauth/preset"
)

// Injected for tests: stdin, whether it is a terminal, and the MX lookup
// (tests must never ask real DNS).
var (
	stdin        io.Reader = os.Stdin
	stdinIsTTY             = func() bool { st, err := os.Stdin.Stat(); return err == nil && st.Mode()&os.ModeCharDevice != 0 }
	lookupMX     mxLookup  = net.DefaultResolver.LookupMX
	mxTimeout              = 5 * time.Second
	readPassword           = readPasswordNoEcho
)

const initUsage = `init [flags]

Writes a configuration for your mailbox, asking what it needs to know.
It recognises Gmail/Google Workspace, Outlook/Hotmail/Microsoft 365,
iCloud, Fastmail, Yahoo, Proton Mail (Bridge), GMX and mailbox.org from
your address (or its domain's MX records), explains the password your
provider needs, writes the file with mode 0600 and offers to run doctor.

Without a terminal, or with --email, it asks nothing: give what it needs
as flags. Example for a script:

  hearback init --email me@fastmail.com --name "Alex Rivera" \
      --timezone Europe/Berlin --password-env HEARBACK_PASSWORD --doctor`

// initAnswers is everything init needs to write a config.
type initAnswers struct {
	Email, Name, Timezone, Tone  string
	AccountName                  string
	Host                         string
	Port                         int
	TLS                          string
	Auth                         string
	PasswordEnv, PasswordFile    string
	PasswordCmd                  string
	OAuthProvider, OAuthClientID string
	OAuthClientSecretFile        string
	TLSCAHint                    bool
	Provider                     providerPreset
	ProviderHow                  string
	Known                        bool
}

func cmdInit(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "init", initUsage)
	var a initAnswers
	fs.StringVar(&a.Email, "email", "", "your email address (the IMAP username unless --username)")
	username := fs.String("username", "", "IMAP login name, if not the email address")
	fs.StringVar(&a.Name, "name", "", "your name, as drafts show it on the From line")
	fs.StringVar(&a.Timezone, "timezone", "", "IANA time zone, e.g. America/New_York (default: this machine's)")
	fs.StringVar(&a.Tone, "tone", "", "drafts' tone: playful, warm or formal (default warm)")
	fs.StringVar(&a.AccountName, "account", "personal", "the account's short name")
	fs.StringVar(&a.Host, "host", "", "IMAP server (default: recognised from the address)")
	fs.IntVar(&a.Port, "port", 0, "IMAP port (default: 993, or 143 for starttls)")
	fs.StringVar(&a.TLS, "tls", "", "implicit | starttls | none (none: loopback only)")
	fs.StringVar(&a.Auth, "auth", "", "password or oauth2 (Gmail, Microsoft)")
	fs.StringVar(&a.PasswordEnv, "password-env", "", "read the password from this environment variable")
	fs.StringVar(&a.PasswordFile, "password-file", "", "read the password from this file")
	fs.StringVar(&a.PasswordCmd, "password-cmd", "", "run this command to get the password (a password manager)")
	fs.StringVar(&a.OAuthClientID, "oauth-client-id", "", "with --auth oauth2: your OAuth client ID")
	fs.StringVar(&a.OAuthClientSecretFile, "oauth-client-secret-file", "", "with --auth oauth2: file holding the client secret (Google)")
	provider := fs.String("provider", "", "use this preset instead of recognising it: "+providerIDs())
	force := fs.Bool("force", false, "overwrite an existing configuration")
	runDoctor := fs.Bool("doctor", false, "run 'hearback doctor' afterwards (asked when interactive)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	interactive := a.Email == "" && stdinIsTTY()
	p := &prompter{in: bufio.NewReader(stdin), out: g.stdout, interactive: interactive}

	path := g.configPath
	if path == "" {
		path = config.DefaultPath()
		if path == "" {
			return usageError{msg: "init: no default location (neither $XDG_CONFIG_HOME nor $HOME is set): pass --config PATH"}
		}
	}
	if _, err := os.Stat(path); err == nil && !*force {
		return usageError{msg: fmt.Sprintf("init: %s exists; pass --force to overwrite it (or --config PATH to write elsewhere)", path)}
	}
	if interactive {
		fmt.Fprintf(g.stdout, "Setting up hearback. It reads your mail over IMAP and writes drafts; it never sends.\nThe configuration goes to %s.\n\n", path)
	}

	var err error
	if a.Email, err = p.ask("Your email address", a.Email, true); err != nil {
		return err
	}
	if !strings.Contains(a.Email, "@") {
		return usageError{msg: fmt.Sprintf("init: %q is not an email address (use --email)", a.Email)}
	}
	if *username == "" {
		*username = a.Email
	}
	if err := recogniseProvider(ctx, g, p, &a, *provider); err != nil {
		return err
	}
	if a.Name, err = p.ask("Your name, for the drafts' From line", a.Name, false); err != nil {
		return err
	}
	if a.Timezone == "" {
		a.Timezone = localZoneName()
	}
	if a.Timezone, err = p.ask("Your time zone", a.Timezone, false); err != nil {
		return err
	}
	if a.Timezone != "" {
		if _, err := time.LoadLocation(a.Timezone); err != nil {
			return usageError{msg: fmt.Sprintf("init: unknown time zone %q: use an IANA name such as America/New_York", a.Timezone)}
		}
	}
	if a.Tone == "" {
		a.Tone = config.DefaultTone
	}
	if a.Tone, err = p.ask("Tone of the drafts: playful, warm or formal", a.Tone, false); err != nil {
		return err
	}
	switch a.Tone = strings.ToLower(a.Tone); a.Tone {
	case "playful", "warm", "formal":
	default:
		return usageError{msg: fmt.Sprintf("init: tone %q: use playful, warm or formal", a.Tone)}
	}
	if err := choosePassword(p, &a, path); err != nil {
		return err
	}

	data, err := renderConfig(&a, *username)
	if err != nil {
		return err
	}
	if err := writeConfigFile(path, data); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "\nWrote %s (mode 0600).\n", path)
	g.configPath = path

	// Load what was written: the file must be one hearback accepts. A
	// missing client ID is reported as the remaining step, not a failure.
	if _, err := config.Load(path); err != nil {
		fmt.Fprintf(g.stdout, "Still to do before hearback can run:\n%v\n", err)
	}
	explainNext(g.stdout, &a)

	if interactive && !*runDoctor {
		yes, err := p.yesNo("Run 'hearback doctor' now to check the connection?", true)
		if err != nil {
			return err
		}
		*runDoctor = yes
	}
	if *runDoctor {
		fmt.Fprintln(g.stdout)
		return (&doctor{out: g.stdout}).run(ctx, g, "", true)
	}
	return nil
}

// recogniseProvider fills host, port and TLS from a preset (by --provider,
// the domain or the MX records) unless --host was given, and asks for them
// when no preset fits.
func recogniseProvider(ctx context.Context, g *globals, p *prompter, a *initAnswers, id string) error {
	switch {
	case id != "":
		prov, ok := providerByID(id)
		if !ok {
			return usageError{msg: fmt.Sprintf("init: unknown --provider %q; known: %s", id, providerIDs())}
		}
		a.Provider, a.ProviderHow, a.Known = prov, "--provider "+id, true
	case a.Host == "":
		mctx, cancel := context.WithTimeout(ctx, mxTimeout)
		prov, how, ok, err := detectProvider(mctx, a.Email, lookupMX)
		cancel()
		if err != nil {
			fmt.Fprintf(g.stdout, "(Could not look up the domain's mail servers: %v)\n", err)
		}
		a.Provider, a.ProviderHow, a.Known = prov, how, ok
	}
	if a.Known {
		fmt.Fprintf(g.stdout, "Provider: %s (recognised by %s): %s port %d, tls %s.\n", a.Provider.Name, a.ProviderHow, a.Provider.Host, a.Provider.Port, a.Provider.TLS)
		if a.Host == "" {
			a.Host = a.Provider.Host
		}
		if a.Port == 0 {
			a.Port = a.Provider.Port
		}
		if a.TLS == "" {
			a.TLS = a.Provider.TLS
		}
		a.TLSCAHint = a.Provider.ID == "proton"
	}
	if a.Host == "" {
		if !p.interactive {
			return usageError{msg: fmt.Sprintf("init: hearback does not know the IMAP server for %s: pass --host (and --port, --tls)", a.Email)}
		}
		fmt.Fprintln(g.stdout, "hearback does not know your provider's IMAP server; its help pages name it (often imap.<domain>).")
		var err error
		if a.Host, err = p.ask("IMAP server", "imap."+a.Email[strings.LastIndexByte(a.Email, '@')+1:], true); err != nil {
			return err
		}
	}
	if a.TLS == "" {
		a.TLS = config.DefaultTLS
		if !a.Known {
			var err error
			if a.TLS, err = p.ask("Encryption: implicit (port 993) or starttls (port 143)", a.TLS, true); err != nil {
				return err
			}
		}
	}
	a.TLS = strings.ToLower(a.TLS)
	switch a.TLS {
	case "implicit", "starttls", "none":
	default:
		return usageError{msg: fmt.Sprintf("init: tls %q: use implicit, starttls or none", a.TLS)}
	}
	if a.Port == 0 {
		a.Port = config.PortImplicit
		if a.TLS != "implicit" {
			a.Port = config.PortPlain
		}
		if !a.Known && p.interactive {
			s, err := p.ask("IMAP port", strconv.Itoa(a.Port), true)
			if err != nil {
				return err
			}
			if a.Port, err = strconv.Atoi(s); err != nil {
				return usageError{msg: fmt.Sprintf("init: port %q is not a number", s)}
			}
		}
	}
	return nil
}

// choosePassword settles how hearback gets the password (or token), from
// flags or by asking, and explains what the provider needs.
func choosePassword(p *prompter, a *initAnswers, cfgPath string) error {
	a.Auth = strings.ToLower(a.Auth)
	set := 0
	for _, v := range []string{a.PasswordEnv, a.PasswordFile, a.PasswordCmd} {
		if v != "" {
			set++
		}
	}
	if set > 1 {
		return usageError{msg: "init: give one of --password-env, --password-file, --password-cmd"}
	}
	if a.Auth == "" && set == 0 && a.Known && a.Provider.OAuthOnly {
		a.Auth = config.AuthOAuth2
	}
	if a.Auth == "" && set == 0 && p.interactive {
		if a.Known && a.Provider.PasswordHelp != "" {
			fmt.Fprintf(p.out, "\n%s\n", a.Provider.PasswordHelp)
		}
		if a.Known && a.Provider.OAuth != "" {
			choice, err := p.choose("How should hearback sign in?", []string{
				"with an app password (quickest)",
				"with OAuth2 (needs an OAuth client ID you register yourself)",
			}, 1)
			if err != nil {
				return err
			}
			if choice == 2 {
				a.Auth = config.AuthOAuth2
			}
		}
	}
	if a.Auth == "" {
		a.Auth = config.AuthPassword
	}
	switch a.Auth {
	case config.AuthOAuth2:
		if set > 0 {
			return usageError{msg: "init: --auth oauth2 takes no password flag"}
		}
		if a.Known {
			a.OAuthProvider = a.Provider.OAuth
		}
		if a.OAuthProvider == "" {
			return usageError{msg: "init: hearback knows OAuth2 for Gmail and Microsoft only; for another provider set oauth_auth_url, oauth_token_url and oauth_scopes in the config by hand (see config.example.yaml)"}
		}
		if a.OAuthClientID == "" && p.interactive {
			fmt.Fprintf(p.out, "\nOAuth2 needs a client ID of your own: %s.\n", registerHelp(a.OAuthProvider))
			var err error
			if a.OAuthClientID, err = p.ask("OAuth client ID (empty: fill it in later)", "", false); err != nil {
				return err
			}
			if a.OAuthProvider == "google" && a.OAuthClientSecretFile == "" {
				if a.OAuthClientSecretFile, err = p.ask("File holding the client secret", filepath.Join(filepath.Dir(cfgPath), "oauth-client-secret"), false); err != nil {
					return err
				}
			}
		}
		return nil
	case config.AuthPassword:
	default:
		return usageError{msg: fmt.Sprintf("init: --auth %q: use password or oauth2", a.Auth)}
	}
	if set > 0 {
		return nil
	}
	if !p.interactive {
		a.PasswordEnv = "HEARBACK_PASSWORD"
		return nil
	}
	choice, err := p.choose("Where should hearback get the password?", []string{
		"type it now; hearback keeps it in a file only you can read (0600)",
		"from an environment variable",
		"from a command, e.g. a password manager (pass, secret-tool, op)",
	}, 1)
	if err != nil {
		return err
	}
	switch choice {
	case 1:
		a.PasswordFile = filepath.Join(filepath.Dir(cfgPath), "password")
		fmt.Fprint(p.out, "Password (not shown): ")
		pw, err := readPassword(p.in)
		fmt.Fprintln(p.out)
		if err != nil {
			return fmt.Errorf("init: reading the password: %w", err)
		}
		if pw == "" {
			return usageError{msg: "init: no password given"}
		}
		if err := os.MkdirAll(filepath.Dir(a.PasswordFile), 0o700); err != nil {
			return fmt.Errorf("init: %w", err)
		}
		if err := os.WriteFile(a.PasswordFile, []byte(pw+"\n"), 0o600); err != nil {
			return fmt.Errorf("init: writing the password file: %w", err)
		}
	case 2:
		if a.PasswordEnv, err = p.ask("Variable name", "HEARBACK_PASSWORD", true); err != nil {
			return err
		}
	case 3:
		if a.PasswordCmd, err = p.ask("Command", "pass show mail/"+a.Email, true); err != nil {
			return err
		}
	}
	return nil
}

// registerHelp says where to register an OAuth client at the provider
// (empty for one hearback has no preset for).
func registerHelp(oauthProvider string) string {
	p, _ := preset.Lookup(oauthProvider)
	return p.RegisterHelp
}

func explainNext(w io.Writer, a *initAnswers) {
	fmt.Fprintln(w, "\nNext:")
	switch {
	case a.Auth == config.AuthOAuth2:
		if a.OAuthClientID == "" {
			fmt.Fprintf(w, "  - fill in oauth_client_id: %s\n", registerHelp(a.OAuthProvider))
		}
		fmt.Fprintf(w, "  - sign in once: hearback auth login %s   (add --device on a machine without a browser, Microsoft only)\n", a.AccountName)
	case a.PasswordEnv != "":
		fmt.Fprintf(w, "  - export %s=... where hearback runs (for a service: EnvironmentFile= in the unit)\n", a.PasswordEnv)
		if a.Known && a.Provider.PasswordHelp != "" {
			fmt.Fprintf(w, "    %s\n", a.Provider.PasswordHelp)
		}
	case a.PasswordFile != "":
		if _, err := os.Stat(a.PasswordFile); err != nil {
			fmt.Fprintf(w, "  - put the password in %s (chmod 600)\n", a.PasswordFile)
		}
	}
	fmt.Fprintln(w, "  - check everything: hearback doctor")
	fmt.Fprintln(w, "  - preview: hearback check --dry-run; then keep it running: hearback run")
}

// configTemplate is the file init writes: short, commented, only the keys
// a newcomer may want to change; config.example.yaml documents the rest.
var configTemplate = template.Must(template.New("config").Funcs(template.FuncMap{"q": strconv.Quote}).Parse(
	`# hearback configuration, written by 'hearback init' on {{.Date}}.
# Every key is explained in config.example.yaml; 'hearback doctor' checks
# this file and the connection. hearback never sends mail: it writes drafts.

# Time zone for business days, promised dates and the schedule
# (empty: this machine's zone).
timezone: {{q .A.Timezone}}

# When to look for threads that need a nudge: cron, in the time zone above.
# "0 9 * * 1-5" is 09:00 Monday to Friday.
schedule: "0 9 * * 1-5"

# When a follow-up is due, in business days.
followup:
  after:              # before the first nudge, by where the thread stands
    application: 7    # after an application only
    interview: 5      # after a screen or a first interview
    final: 4          # after a final round
  next_after: 7       # between one nudge and the next
  max_nudges: 2       # then the thread counts as gone quiet
  lookback_days: 120  # only threads with mail this recent

draft:
  # playful ("did you forget about me?"), warm or formal
  tone: {{q .A.Tone}}

accounts:
{{- if .A.Known}}
  # {{.A.Provider.Name}}, recognised by {{.A.ProviderHow}}.
{{- end}}
  - name: {{q .A.AccountName}}
    host: {{q .A.Host}}
    port: {{.A.Port}}
    tls: {{q .A.TLS}}  # implicit (993) | starttls (143) | none (this machine only)
{{- if .A.TLSCAHint}}
    # Proton Mail Bridge has its own certificate: export it from Bridge
    # (Settings → Advanced → Export TLS certificates) and name it here.
    tls_ca_file: ""  # e.g. ~/.config/hearback/bridge-cert.pem
{{- end}}
    username: {{q .Username}}
{{- if eq .A.Auth "oauth2"}}
    # Signs in with OAuth2: run 'hearback auth login {{.A.AccountName}}' once; the
    # refresh token is kept in a 0600 file under ~/.local/state/hearback/oauth/.
    auth: oauth2
    oauth_provider: {{q .A.OAuthProvider}}
    # Your own OAuth client: {{.RegisterHelp}}
    oauth_client_id: {{q .A.OAuthClientID}}
{{- if .A.OAuthClientSecretFile}}
    oauth_client_secret_file: {{q .A.OAuthClientSecretFile}}
{{- end}}
{{- else}}
{{- range .PasswordHelp}}
    # {{.}}
{{- end}}
{{- if .A.PasswordEnv}}
    password_env: {{q .A.PasswordEnv}}  # environment variable holding the password
{{- else if .A.PasswordFile}}
    password_file: {{q .A.PasswordFile}}  # first line is the password; keep it chmod 600
{{- else}}
    password_cmd: {{q .A.PasswordCmd}}  # prints the password
{{- end}}
{{- end}}
    from_name: {{q .A.Name}}
    # Addresses that are you; add your aliases.
    addresses: [{{q .A.Email}}]
`))

func renderConfig(a *initAnswers, username string) ([]byte, error) {
	var help []string
	if a.Known && a.Provider.PasswordHelp != "" {
		help = wrapText(a.Provider.PasswordHelp, 72)
	}
	var buf bytes.Buffer
	err := configTemplate.Execute(&buf, map[string]any{
		"A": a, "Username": username, "Date": time.Now().Format("2006-01-02"),
		"PasswordHelp": help, "RegisterHelp": registerHelp(a.OAuthProvider),
	})
	if err != nil {
		return nil, fmt.Errorf("init: rendering the config: %w", err)
	}
	return buf.Bytes(), nil
}

// writeConfigFile writes the file 0600 in a 0700 directory, atomically:
// it may hold a password, and a half-written config is worse than none.
func writeConfigFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".config-*.yaml")
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("init: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("init: writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("init: writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	return nil
}

// localZoneName finds this machine's IANA zone name: time.Local only
// says "Local".
func localZoneName() string {
	if tz := strings.TrimPrefix(os.Getenv("TZ"), ":"); tz != "" {
		if _, err := time.LoadLocation(tz); err == nil && !filepath.IsAbs(tz) {
			return tz
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			return target[i+len("zoneinfo/"):]
		}
	}
	if b, err := os.ReadFile("/etc/timezone"); err == nil {
		if tz := strings.TrimSpace(string(b)); tz != "" {
			return tz
		}
	}
	return ""
}

func wrapText(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// prompter asks questions on a terminal; non-interactive, it only takes
// the given values and complains about missing required ones.
type prompter struct {
	in          *bufio.Reader
	out         io.Writer
	interactive bool
}

func (p *prompter) ask(question, def string, required bool) (string, error) {
	if !p.interactive {
		if required && def == "" {
			return "", usageError{msg: fmt.Sprintf("init: %s is needed (see hearback init --help)", strings.ToLower(question))}
		}
		return def, nil
	}
	for {
		if def != "" {
			fmt.Fprintf(p.out, "%s [%s]: ", question, def)
		} else {
			fmt.Fprintf(p.out, "%s: ", question)
		}
		line, err := p.in.ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", fmt.Errorf("init: reading the answer: %w", err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			line = def
		}
		if line != "" || !required {
			return line, nil
		}
	}
}

func (p *prompter) choose(question string, options []string, def int) (int, error) {
	fmt.Fprintln(p.out, question)
	for i, o := range options {
		fmt.Fprintf(p.out, "  %d) %s\n", i+1, o)
	}
	for {
		s, err := p.ask("Choice", strconv.Itoa(def), true)
		if err != nil {
			return 0, err
		}
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(options) {
			return n, nil
		}
		fmt.Fprintf(p.out, "Please answer 1 to %d.\n", len(options))
	}
}

func (p *prompter) yesNo(question string, def bool) (bool, error) {
	d := "Y/n"
	if !def {
		d = "y/N"
	}
	s, err := p.ask(question+" ("+d+")", "", false)
	if err != nil {
		return false, err
	}
	switch strings.ToLower(s) {
	case "":
		return def, nil
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// readPasswordNoEcho reads a line with the terminal's echo off (stty, to
// avoid a dependency for one prompt); if stty fails the line is read
// anyway, echoed.
func readPasswordNoEcho(in *bufio.Reader) (string, error) {
	off := exec.Command("stty", "-echo")
	off.Stdin = os.Stdin
	if off.Run() == nil {
		defer func() {
			on := exec.Command("stty", "echo")
			on.Stdin = os.Stdin
			on.Run()
		}()
	}
	line, err := in.ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
