package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// page is what every page's layout shows.
type page struct {
	Title string
	// Nav is the section the page belongs to: board or numbers.
	Nav  string
	Demo bool
	// Checks is one line per account: when it was last checked.
	Checks []string
	Now    time.Time
	Zone   string
}

// parsePages parses each page with the layout: templates/layout.html
// defines the frame, each other file its "main".
func parsePages() map[string]*template.Template {
	funcs := template.FuncMap{
		"stage": stageWords,
		"state": stateWords,
		"iso":   func(t time.Time) string { return t.Format(time.RFC3339) },
		"pct": func(n, of int) string {
			if of == 0 {
				return "–"
			}
			return fmt.Sprintf("%d %%", (n*100+of/2)/of)
		},
	}
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html"))
	pages := map[string]*template.Template{}
	for _, name := range []string{"board", "thread", "numbers", "error"} {
		t := template.Must(layout.Clone())
		pages[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	return pages
}

// render executes a page into a buffer first, so that a failure midway
// becomes a clean error page, not half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.log.Error("dashboard: template failed", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageData is the layout's data for a page titled title.
func (s *Server) pageData(r *http.Request, title string) page {
	p := page{Title: title, Demo: s.demo, Now: s.now().In(s.loc()), Zone: s.loc().String()}
	if runs, err := s.st.LastChecks(r.Context()); err == nil {
		for _, acct := range s.cfg.Accounts {
			run, ok := runs[acct.Name]
			switch {
			case !ok:
				p.Checks = append(p.Checks, acct.Name+": never checked")
			case run.Finished.IsZero():
				p.Checks = append(p.Checks, fmt.Sprintf("%s: checked %s (did not finish)", acct.Name, s.when(run.Started)))
			case run.Result == store.CheckOK:
				p.Checks = append(p.Checks, fmt.Sprintf("%s: checked %s", acct.Name, s.when(run.Started)))
			default:
				p.Checks = append(p.Checks, fmt.Sprintf("%s: check of %s failed", acct.Name, s.when(run.Started)))
			}
		}
		sort.Strings(p.Checks)
	}
	return p
}

func (s *Server) loc() *time.Location {
	if s.cfg.Location != nil {
		return s.cfg.Location
	}
	return time.Local
}

// day is how the dashboard writes a day: "Mon Apr 19".
func (s *Server) day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(s.loc()).Format("Mon Jan 2")
}

// when is a day and a time: "Mon Apr 19 14:05".
func (s *Server) when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(s.loc()).Format("Mon Jan 2 15:04")
}

// ago says how long before now t was, in days: "today", "3 days ago".
func ago(t, now time.Time, loc *time.Location) string {
	a, b := t.In(loc), now.In(loc)
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, loc)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, loc)
	switch n := int(db.Sub(da).Hours()/24 + 0.5); {
	case n <= 0:
		return "today"
	case n == 1:
		return "yesterday"
	default:
		return fmt.Sprintf("%d days ago", n)
	}
}

// stateWords names a state for people.
func stateWords(state string) string {
	switch state {
	case followup.StateDue:
		return "due now"
	case followup.StateWaiting:
		return "waiting on them"
	case followup.StateMyTurn:
		return "ball in my court"
	case followup.StateGoneQuiet:
		return "gone quiet"
	case followup.StateNoReply:
		return "no one to write to"
	case followup.StateNeedsReview:
		return "needs review"
	case followup.StateNotJob:
		return "not a job thread"
	}
	return strings.ReplaceAll(state, "_", " ")
}

// stageWords names a stage for people.
func stageWords(stage string) string {
	switch classifier.Stage(stage) {
	case classifier.StageOutreach:
		return "first contact"
	case classifier.StageApplicationAck:
		return "application received"
	case classifier.StageOther, "":
		return "—"
	}
	return strings.ReplaceAll(stage, "_", " ")
}

// who is a thread's people at a glance: the company, the role, the person.
type who struct {
	Company, Role, Counterpart, Email string
}

// whoOf guesses the company from the address a draft would go to (an
// applicant-tracking system's Reply-To is the person), the role from the
// subject.
func whoOf(t *thread.Thread, d followup.Decision) who {
	w := who{Counterpart: mailmsg.Clean(d.Counterpart.Name), Email: d.ReplyTarget.Email}
	if w.Email == "" {
		w.Email = d.Counterpart.Email
	}
	for _, a := range []mailmsg.Address{d.ReplyTarget, d.Counterpart} {
		if w.Company = classifier.GuessCompany(a); w.Company != "" {
			break
		}
	}
	if w.Company == "" {
		// A person at a free-mail address, or a platform: the domain
		// says more than nothing.
		w.Company = mailmsg.Domain(w.Email)
	}
	subject := ""
	if len(t.Messages) > 0 {
		subject = mailmsg.Clean(t.Messages[0].Subject)
	}
	w.Role = classifier.GuessRole(subject)
	if w.Role == "" {
		w.Role = subject
	}
	if w.Counterpart == "" {
		w.Counterpart = w.Email
	}
	if w.Company == "" {
		w.Company = w.Counterpart
	}
	return w
}
