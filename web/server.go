// Package web is hearback's dashboard: a board of every job thread by
// state, each thread's history with the policy's decision and the pending
// draft, and the numbers of the search. `hearback run` serves it beside
// the service, `hearback serve` from the store alone, `hearback demo --web`
// over the demo mailbox.
//
// It is built from the standard library: net/http with the standard mux,
// html/template, the stylesheet and a few lines of optional script
// embedded. Pages work without JavaScript and load nothing from anywhere
// else (a strict Content-Security-Policy says so to the browser); POSTs
// are refused from other sites (http.CrossOriginProtection); off loopback
// the configuration requires a password (basic auth, auth.go) and TLS or
// a proxy that has it. Its buttons are package actions, the code path of
// `hearback snooze|ignore|resume|heard`. Message text never goes into a
// URL or a log line: URLs carry thread ids, logs the route pattern.
package web

import (
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options is what a Server serves and how.
type Options struct {
	Config *config.Config
	Store  *store.Store
	Log    *slog.Logger
	// Now is the dashboard's clock (default time.Now): `demo --now` and
	// tests give another.
	Now func() time.Time
	// Password, if set, is required (HTTP basic auth, any user name).
	Password string
	// Demo marks the pages as the demo mailbox's.
	Demo bool
}

// Server is the dashboard's http.Handler.
type Server struct {
	cfg     *config.Config
	st      *store.Store
	log     *slog.Logger
	now     func() time.Time
	demo    bool
	pages   map[string]*template.Template
	load    *loader
	handler http.Handler
}

// New builds the dashboard for o.
func New(o Options) *Server {
	s := &Server{cfg: o.Config, st: o.Store, log: o.Log, now: o.Now, demo: o.Demo}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.pages = parsePages()
	s.load = &loader{st: o.Store, cfg: o.Config}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.board)
	mux.HandleFunc("GET /thread/{id}", s.thread)
	mux.HandleFunc("POST /thread/{id}/{action}", s.act)
	mux.HandleFunc("GET /numbers", s.numbers)
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "There is no such page.")
	})

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.log.Warn("dashboard: cross-origin request refused", "method", r.Method, "path", r.URL.Path)
		s.fail(w, r, http.StatusForbidden, "This request came from another site, so it was refused. Use the buttons of the dashboard itself.")
	}))
	var h http.Handler = cop.Handler(mux)
	w := o.Config.Web
	if o.Password != "" {
		h = requireAuth(h, o.Password, newLimiter(), w.BehindProxy, s)
	}
	if w.Loopback() && !w.BehindProxy {
		h = loopbackHost(h, s)
	}
	s.handler = s.logged(secure(h))
	return s
}

// ServeHTTP serves the dashboard.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// csp lets a page use its own stylesheet, script and icon and nothing
// else: no inline script or style, no other origin, no frames, forms that
// post to the dashboard only. Charts are inline SVG, styled by classes.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// secure adds the headers every answer carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.TLS != nil {
			hd.Set("Strict-Transport-Security", "max-age=31536000")
		}
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			// Pages hold the user's mail: no copies in caches.
			hd.Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "private, max-age="+itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// logged logs each request at debug level: method, the route's pattern
// (never the query: a search may name a person), status, time taken.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "(none)"
		}
		s.log.Debug("dashboard request", "method", r.Method, "route", route, "status", sw.status,
			"ms", float64(time.Since(start).Microseconds())/1000)
	})
}

// errorPage is the data of the error template.
type errorPage struct {
	page
	Status  int
	Message string
}

// fail answers with an error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", &errorPage{page: s.pageData(r, http.StatusText(status)), Status: status, Message: msg})
}

// failErr answers a store or template failure: logged, and a 500 that says
// where to look.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.log.Error("dashboard: page failed", "route", r.Pattern, "err", err)
	s.fail(w, r, http.StatusInternalServerError, "Something went wrong reading hearback's database; the log says what.")
}
