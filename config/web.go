package config

import (
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

// DefaultWebListen is where the dashboard listens unless web.listen says
// otherwise: this machine only.
const DefaultWebListen = "127.0.0.1:7867"

// WebSettings is the dashboard of `hearback run` and `hearback serve`
// (package web). Off this machine it requires a password and either TLS or
// a reverse proxy that provides it (validateWeb).
type WebSettings struct {
	// Listen is host:port; "" turns the dashboard off. Default
	// DefaultWebListen (when the key is left out).
	Listen string `yaml:"listen"`
	// PasswordEnv and PasswordFile hold the password of HTTP basic auth
	// (any user name); at most one.
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	// TLSCert and TLSKey are PEM files: the dashboard speaks HTTPS.
	TLSCert string `yaml:"tls_cert"`
	TLSKey  string `yaml:"tls_key"`
	// BehindProxy says a reverse proxy in front provides TLS: plain HTTP
	// is then allowed on an address other than loopback.
	BehindProxy bool `yaml:"behind_proxy"`
}

// Enabled reports whether the dashboard is served.
func (w WebSettings) Enabled() bool { return w.Listen != "" }

// Loopback reports whether the dashboard listens on this machine only.
func (w WebSettings) Loopback() bool {
	host, _, err := net.SplitHostPort(w.Listen)
	return err == nil && host != "" && isLoopback(host)
}

// HasPassword reports whether a password source is configured.
func (w WebSettings) HasPassword() bool { return w.PasswordEnv != "" || w.PasswordFile != "" }

// applyWebDefaults completes web:; ApplyDefaults calls it. A config built
// in code gets the default address for "", like its zero numbers; a file
// that says listen: "" turns the dashboard off.
func (c *Config) applyWebDefaults() {
	w := &c.Web
	w.Listen = strings.TrimSpace(w.Listen)
	if w.Listen == "" && !c.set["web.listen"] {
		w.Listen = DefaultWebListen
	}
	w.PasswordEnv = strings.TrimSpace(w.PasswordEnv)
	w.PasswordFile = expandHome(strings.TrimSpace(w.PasswordFile))
	w.TLSCert = expandHome(strings.TrimSpace(w.TLSCert))
	w.TLSKey = expandHome(strings.TrimSpace(w.TLSKey))
}

// validateWeb checks web:. The dashboard shows every application and its
// mail, and its buttons change what hearback does: on loopback it may go
// without a password; anywhere else it needs one, and the password must
// not cross a network in clear text (TLS here, or a proxy that has it).
func (c *Config) validateWeb(ps *problems) {
	w := c.Web
	if !w.Enabled() {
		return
	}
	host, port, err := net.SplitHostPort(w.Listen)
	if err != nil {
		ps.add("web.listen", fmt.Sprintf("%q is not host:port", w.Listen),
			`write e.g. "127.0.0.1:7867" (this machine only), or "" to turn the dashboard off`)
		return
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		ps.add("web.listen", fmt.Sprintf("%q has no port number", w.Listen), `write e.g. "127.0.0.1:7867"`)
		return
	}
	if w.PasswordEnv != "" && w.PasswordFile != "" {
		ps.add("web.password_file", "both web.password_env and web.password_file are set", "keep one of them")
	}
	if (w.TLSCert == "") != (w.TLSKey == "") {
		ps.add("web.tls_key", "web.tls_cert and web.tls_key go together", "set both (PEM files), or neither")
	}
	for _, f := range []struct{ key, path string }{{"web.tls_cert", w.TLSCert}, {"web.tls_key", w.TLSKey}} {
		if f.path == "" {
			continue
		}
		if _, err := os.Stat(f.path); err != nil {
			ps.add(f.key, "cannot read "+f.path+": "+pathErrText(err), "give the path of a PEM file")
		}
	}
	if w.BehindProxy && !w.HasPassword() {
		// The proxy lets others in, whatever address hearback listens on.
		ps.add("web.behind_proxy", "a reverse proxy in front lets other machines reach the dashboard, and it has no password",
			"set web.password_env or web.password_file (HTTP basic auth)")
	}
	if w.Loopback() {
		return
	}
	where := fmt.Sprintf("%q", host)
	if host == "" {
		where = "every interface"
	}
	if !w.HasPassword() && !w.BehindProxy {
		ps.add("web.listen", fmt.Sprintf("%s listens on %s, beyond this machine, without a password: anyone who reaches it would see your applications and could change them", w.Listen, where),
			`set web.password_env or web.password_file (HTTP basic auth), or listen on loopback only ("127.0.0.1:7867")`)
	}
	if w.TLSCert == "" && !w.BehindProxy {
		ps.add("web.listen", fmt.Sprintf("%s listens on %s without TLS: the password and your mail would cross the network in clear text", w.Listen, where),
			"set web.tls_cert and web.tls_key, or web.behind_proxy: true if a reverse proxy in front provides HTTPS")
	}
}

// checkWebSecretFiles refuses a web.password_file that group or others can
// read, as checkSecretFiles does an account's.
func (c *Config) checkWebSecretFiles(ps *problems) {
	if p := c.Web.PasswordFile; p != "" && c.Web.Enabled() {
		if st, err := os.Stat(p); err == nil && readableByOthers(st.Mode()) {
			msg, hint := secretModeProblem("web.password_file", p, st.Mode())
			ps.add("web.password_file", msg, hint)
		}
	}
}

// WebPassword returns the dashboard's password, "" when none is set. Like
// an account's password it is read when the dashboard starts, not at load;
// a source that gives nothing is a configuration error (exit 2), never an
// open dashboard.
func (c *Config) WebPassword(ctx context.Context) (string, error) {
	w := c.Web
	ps := &problems{file: c.Path, lines: c.lines}
	switch {
	case w.PasswordEnv != "":
		v := os.Getenv(w.PasswordEnv)
		if v == "" {
			ps.add("web.password_env", fmt.Sprintf("environment variable %s is not set or empty", w.PasswordEnv),
				fmt.Sprintf("set %s in the environment hearback runs in, or use web.password_file", w.PasswordEnv))
			return "", ps.err()
		}
		return v, nil
	case w.PasswordFile != "":
		data, mode, err := readSecretFile(w.PasswordFile)
		if err != nil {
			ps.add("web.password_file", "cannot read it: "+err.Error(), "create it with the password on one line, mode 0600")
			return "", ps.err()
		}
		if readableByOthers(mode) {
			msg, hint := secretModeProblem("web.password_file", w.PasswordFile, mode)
			ps.add("web.password_file", msg, hint)
			return "", ps.err()
		}
		pw := trimNewline(string(data))
		if pw == "" {
			ps.add("web.password_file", w.PasswordFile+" is empty", "write the password on one line")
			return "", ps.err()
		}
		return pw, nil
	}
	return "", nil
}
