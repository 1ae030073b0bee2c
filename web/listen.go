package web

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/store"
)

// Running is a dashboard being served.
type Running struct {
	srv  *http.Server
	ln   net.Listener
	url  string
	done chan struct{}
	log  *slog.Logger
}

// ListenError is a dashboard that could not listen on its address (in
// use, not this machine's): a runtime failure, where a bad password
// source is a configuration error.
type ListenError struct {
	Addr string
	Err  error
}

func (e *ListenError) Error() string {
	return fmt.Sprintf("dashboard: cannot listen on %s: %v", e.Addr, e.Err)
}

func (e *ListenError) Unwrap() error { return e.Err }

// StartOptions says what Start serves where.
type StartOptions struct {
	Config *config.Config
	Store  *store.Store
	Log    *slog.Logger
	Now    func() time.Time
	Demo   bool
	// Listen overrides Config.Web.Listen (demo: a free port when the
	// usual one is taken).
	Listen string
}

// Start serves the dashboard on the configuration's web.listen until Stop.
// It reads the password (a source that gives none is a config.Error) and
// the TLS key pair first, and refuses to serve beyond loopback without a
// password, whatever the configuration said.
func Start(ctx context.Context, o StartOptions) (*Running, error) {
	cfg := o.Config
	w := cfg.Web
	addr := w.Listen
	if o.Listen != "" {
		addr = o.Listen
	}
	if addr == "" {
		return nil, errors.New("dashboard: web.listen is empty: the dashboard is turned off")
	}
	password, err := cfg.WebPassword(ctx)
	if err != nil {
		return nil, err
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, &ListenError{addr, err}
	}
	loopback := host != "" && (host == "localhost" || isLoopbackIP(host))
	if (!loopback || w.BehindProxy) && password == "" {
		return nil, fmt.Errorf("dashboard: %s is reachable from other machines (not loopback, or behind a proxy) and no password is set; refusing to serve", addr)
	}
	var tlsCfg *tls.Config
	if w.TLSCert != "" {
		pair, err := tls.LoadX509KeyPair(w.TLSCert, w.TLSKey)
		if err != nil {
			return nil, fmt.Errorf("dashboard: web.tls_cert/web.tls_key: %w", err)
		}
		tlsCfg = &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}
	}
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srvCfg := *cfg
	srvCfg.Web.Listen = addr
	h := New(Options{Config: &srvCfg, Store: o.Store, Log: log, Now: o.Now, Password: password, Demo: o.Demo})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, &ListenError{addr, err}
	}
	r := &Running{ln: ln, done: make(chan struct{}), log: log,
		srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
			WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10, TLSConfig: tlsCfg,
			ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelDebug)}}
	scheme := "http"
	if tlsCfg != nil {
		scheme = "https"
	}
	r.url = scheme + "://" + urlHost(ln.Addr().(*net.TCPAddr), host) + "/"
	go func() {
		defer close(r.done)
		var err error
		if tlsCfg != nil {
			err = r.srv.ServeTLS(ln, "", "")
		} else {
			err = r.srv.Serve(ln)
		}
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("dashboard stopped", "err", err)
		}
	}()
	// The first page classifies every message of the window; do that
	// now, so that the user's first page is as quick as the next ones.
	go h.warm()
	log.Info("dashboard listening", "url", r.url, "password", password != "", "tls", tlsCfg != nil)
	return r, nil
}

// URL is where the dashboard is: http://127.0.0.1:7867/.
func (r *Running) URL() string { return r.url }

// Stop ends the dashboard: requests under way get grace to finish, then
// the connections are closed.
func (r *Running) Stop(grace time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := r.srv.Shutdown(ctx); err != nil {
		r.srv.Close()
	}
	<-r.done
}

func isLoopbackIP(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// urlHost is the host:port to print for a listener: the name the user
// wrote, or for an unspecified address (every interface) 127.0.0.1.
func urlHost(a *net.TCPAddr, host string) string {
	port := fmt.Sprint(a.Port)
	switch {
	case host == "" || net.ParseIP(host) != nil && net.ParseIP(host).IsUnspecified():
		return net.JoinHostPort("127.0.0.1", port)
	case host == "localhost":
		return net.JoinHostPort(host, port)
	}
	return net.JoinHostPort(a.IP.String(), port)
}
