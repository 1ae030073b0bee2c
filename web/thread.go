package web

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/hearback/hearback/actions"
	"github.com/hearback/hearback/call"
	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/thread"
)

type threadPage struct {
	page
	ID      string
	Account string
	Subject string
	who
	ReplyTo string // where a draft goes, when not the counterpart
	Stage   string
	State   string
	// Plain is the policy's decision in a sentence; Reason its one line.
	Plain  string
	Reason string
	DueDay string
	Verdict
	Timeline []entry
	Draft    *draftView
	// Call is the call on offer beside the follow-up when the promise
	// that passed was a call (followup.CallOffer), nil when there is none.
	Call *callView
	// The controls: snooze choices, one-click buttons (actions.Buttons),
	// heard with a note.
	Snooze   []string
	Buttons  []actions.Button
	CanHeard bool
	NoteMax  int
	// Done says what the last button did (?done=NAME).
	Done string
}

// Verdict is the classifier's word on the whole thread.
type Verdict struct {
	Words   string
	Reasons []string
}

// entry is one line of the timeline: a message, or the user's heard.
type entry struct {
	N       int
	Heard   bool
	At      time.Time
	When    string
	From    string
	Email   string
	Who     string // you, them, them (automatic)
	Mailbox string
	Subject string
	Stage   string
	Saw     string
	Reasons []string
	Excerpt string
	// Heard's note and whether it still counts.
	Note   string
	Counts string
}

type draftView struct {
	To, Subject, Text, Written, Status string
}

// callView is the call beside the draft: the number as a tel: link in
// E.164 and the script, or why the email is the way.
type callView struct {
	Promised string // "Jane said they would call on Fri Apr 16"
	Name     string
	Number   string
	// Href is the link's attribute, href="tel:+15555550100": html/template
	// would turn a tel: URL it is given as a string into "#ZgotmplZ" and
	// its "+" into "&#43;"; this one is made of a parsed number's digits
	// alone (e164), so it is written as it is.
	Href     template.HTMLAttr
	Lang     string
	Script   []string
	NoNumber string
}

// thread is a thread's page: GET /thread/{id}.
func (s *Server) thread(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusNotFound, "There is no such thread.")
		return
	}
	now := s.now()
	it, ok, err := s.load.find(r.Context(), id, now)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("No thread %s among the threads of the last %d days.", id, s.cfg.Followup.LookbackDays))
		return
	}
	t, d := it.t, it.d
	p := &threadPage{page: s.pageData(r, "Thread"), ID: t.ID, Account: t.Account, who: whoOf(t, d),
		Stage: string(t.Verdict.Stage), State: d.State, Reason: d.Reason, DueDay: s.day(d.DueAt), NoteMax: actions.MaxHeardNote}
	if len(t.Messages) > 0 {
		p.Subject = mailmsg.Clean(t.Messages[0].Subject)
	}
	p.Title = p.Company + ": " + p.Role
	if d.ReplyTarget.Email != "" && d.ReplyTarget.Email != d.Counterpart.Email {
		p.ReplyTo = d.ReplyTarget.String()
	}
	p.Plain = s.plainWords(t, d)
	p.Verdict = verdictOf(t.Verdict)
	p.Timeline = s.timeline(t, d)
	p.Draft = s.draftOf(d)
	p.Call = s.callOf(t, d, now)
	if d.State != followup.StateNotJob {
		if !t.Verdict.Closed {
			p.Snooze = actions.SnoozeChoices
		}
		p.Buttons = actions.Buttons(t, d)
		p.CanHeard = !t.Verdict.Closed
	}
	if done := r.URL.Query().Get("done"); actions.Known(done) {
		p.Done = s.doneWords(done, t)
	}
	s.render(w, r, http.StatusOK, "thread", p)
}

// callOf is the call on offer for t, nil when there is none.
func (s *Server) callOf(t *thread.Thread, d followup.Decision, now time.Time) *callView {
	acct := config.Account{Name: t.Account}
	for _, a := range s.cfg.Accounts {
		if a.Name == t.Account {
			acct = a
		}
	}
	o, ok := followup.CallOffer(s.cfg, acct, t, d, now)
	if !ok {
		return nil
	}
	v := &callView{Name: o.Name, Lang: o.Language, Script: o.Script}
	if v.Name == "" {
		v.Name = "them"
	}
	who := o.Name
	if who == "" {
		who = "They"
	}
	v.Promised = who + " said they would call"
	if o.PromisedAt != nil {
		v.Promised += " on " + s.day(*o.PromisedAt)
	}
	if o.Number.IsZero() {
		v.NoNumber = call.NoNumber
		return v
	}
	v.Number = o.Number.Display
	if e164.MatchString(o.Number.E164) {
		v.Href = template.HTMLAttr(`href="` + o.Number.Tel() + `"`)
	}
	return v
}

var e164 = regexp.MustCompile(`^\+[1-9][0-9]{5,14}$`)

// validID accepts what mailmsg.ThreadIDHeaders makes: lower-case hex.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// act is a button: POST /thread/{id}/{action}, with for=DURATION (snooze)
// or note=TEXT (heard) in the form. It is actions.Do, as on the command
// line; then back to the thread's page (303, so a reload does not post
// again).
func (s *Server) act(w http.ResponseWriter, r *http.Request) {
	id, name := r.PathValue("id"), r.PathValue("action")
	if !validID(id) || !actions.Known(name) {
		s.fail(w, r, http.StatusNotFound, "There is no such thread or button.")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "The form could not be read.")
		return
	}
	a := actions.Action{Name: name, Note: r.PostForm.Get("note")}
	if name == actions.Snooze {
		d, err := actions.ParseSnooze(r.PostForm.Get("for"))
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err.Error())
			return
		}
		a.For = d
	}
	now := s.now()
	it, ok, err := s.load.find(r.Context(), id, now)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if !ok {
		s.fail(w, r, http.StatusNotFound, "There is no such thread.")
		return
	}
	res, err := actions.Do(r.Context(), s.st, s.cfg, it.t, a, now)
	var bad *actions.Error
	switch {
	case errors.As(err, &bad):
		s.fail(w, r, http.StatusBadRequest, bad.Msg)
		return
	case err != nil:
		s.failErr(w, r, err)
		return
	}
	// The log names the thread and the action, not the note.
	s.log.Info("dashboard: "+name, "thread", res.Thread.ID, "account", res.Thread.Account)
	http.Redirect(w, r, "/thread/"+id+"?done="+name, http.StatusSeeOther)
}

// doneWords confirms what a button did, from the thread as it is now.
func (s *Server) doneWords(name string, t *thread.Thread) string {
	switch name {
	case actions.Snooze:
		if !t.User.SnoozedUntil.IsZero() {
			return "Snoozed: no draft before " + s.when(t.User.SnoozedUntil) + "."
		}
	case actions.Ignore:
		return "Ignored: hearback will not draft for this thread until you resume it."
	case actions.Resume:
		return "Resumed: follow-ups as usual."
	case actions.Heard:
		return "Noted: you heard from them on " + s.when(t.User.HeardAt) + "; follow-ups count from then."
	}
	return "Done."
}

func verdictOf(tv classifier.ThreadVerdict) Verdict {
	v := Verdict{Words: "not a job-interview thread", Reasons: tv.Reasons}
	if tv.Job {
		v.Words = "a job-interview thread, stage " + stageWords(string(tv.Stage))
		if tv.Closed {
			v.Words += " (closed: no more follow-ups)"
		}
	}
	return v
}

// timeline is the thread's messages, oldest first, with the user's heard
// before the first message dated after it.
func (s *Server) timeline(t *thread.Thread, d followup.Decision) []entry {
	var out []entry
	heard := t.User.HeardAt
	addHeard := func() {
		e := entry{Heard: true, At: heard, When: s.when(heard), Note: t.User.HeardNote,
			Counts: "counts as a message from them that promises and asks nothing"}
		if d.HeardAt.IsZero() {
			e.Counts = "no longer counts: a later message of theirs supersedes it"
		}
		out = append(out, e)
		heard = time.Time{}
	}
	for i, m := range t.Messages {
		if !heard.IsZero() && m.Date.After(heard) {
			addHeard()
		}
		v := classifier.Verdict{Stage: classifier.StageOther}
		if i < len(t.Verdicts) {
			v = t.Verdicts[i]
		}
		e := entry{N: i + 1, At: m.Date, When: s.when(m.Date), From: mailmsg.Clean(m.From.Name), Email: m.From.Email,
			Who: "them", Mailbox: m.Role, Subject: mailmsg.Clean(m.Subject), Stage: string(v.Stage),
			Saw: s.verdictWords(v), Reasons: v.Reasons, Excerpt: excerpt(m.Excerpt)}
		switch {
		case i < len(t.Mine) && t.Mine[i]:
			e.Who = "you"
		case v.AutoReply:
			e.Who = "them (automatic)"
		}
		if e.From == "" {
			e.From = e.Email
		}
		out = append(out, e)
	}
	if !heard.IsZero() {
		addHeard()
	}
	return out
}

// excerpt is the start of a message's text, for a glance.
func excerpt(text string) string {
	text = strings.TrimSpace(text)
	const max = 1200
	if r := []rune(text); len(r) > max {
		text = strings.TrimSpace(string(r[:max])) + " …"
	}
	return text
}

// verdictWords says in one line what the classifier concluded about a
// message, as `hearback explain` does.
func (s *Server) verdictWords(v classifier.Verdict) string {
	var parts []string
	if v.Job {
		parts = append(parts, "job mail, stage "+stageWords(string(v.Stage)))
	} else {
		parts = append(parts, "not job mail")
	}
	if v.PromiseAt != nil {
		parts = append(parts, "promises contact by "+s.when(*v.PromiseAt))
	} else if v.PromiseUndated {
		parts = append(parts, "promises contact (no date)")
	}
	if v.InterviewAt != nil {
		parts = append(parts, "interview "+s.when(*v.InterviewAt))
	}
	if v.AutoReply {
		parts = append(parts, "automatic message")
	}
	if v.AwayUntil != nil {
		parts = append(parts, "away until "+s.day(*v.AwayUntil))
	}
	if v.AsksMe {
		parts = append(parts, "asks you something")
	}
	if v.Bulk {
		parts = append(parts, "bulk mail")
	}
	if v.NoReply {
		parts = append(parts, "no-reply sender")
	}
	return strings.Join(parts, "; ")
}

// draftOf is hearback's pending draft as the user will see it in Drafts.
func (s *Server) draftOf(d followup.Decision) *draftView {
	if d.Pending == nil {
		return nil
	}
	dv := &draftView{Subject: mailmsg.Clean(d.Pending.Subject), Written: s.when(d.Pending.CreatedAt), Status: d.Pending.Status}
	if m, err := mailmsg.ParseBytes(d.Pending.Raw); err == nil {
		var to []string
		for _, a := range m.To {
			to = append(to, a.String())
		}
		dv.To = strings.Join(to, ", ")
		dv.Text = strings.TrimSpace(m.Excerpt)
		if dv.Subject == "" {
			dv.Subject = mailmsg.Clean(m.Subject)
		}
	}
	return dv
}

// plainWords is the decision in plain words (followup.PlainWords), with
// what the buttons of the page can change.
func (s *Server) plainWords(t *thread.Thread, d followup.Decision) string {
	p := followup.PlainWords(d, stageWords(string(t.Verdict.Stage)), s.loc())
	p = strings.ToUpper(p[:1]) + p[1:]
	switch d.State {
	case followup.StateDue:
		p += " The next check writes it into your Drafts folder; nothing is sent. Snooze it if now is not the time."
	case followup.StateIgnored:
		p += " Resume to let it follow up again."
	case followup.StateSnoozed:
		p += " Resume to undo."
	case followup.StateNeedsReview:
		p += " Resume approves that recipient."
	case followup.StateAccepted:
		p += " Resume takes it back if you marked it by mistake."
	}
	return p
}
