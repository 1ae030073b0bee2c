package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/thread"
)

// Every page of the demo mailbox answers, is well-formed enough for a
// browser's parser, and keeps to the Content-Security-Policy: no inline
// script or style, nothing from another origin.
func TestPagesDemo(t *testing.T) {
	env := newDemoEnv(t)
	ids := env.threadIDs(t)
	if len(ids) < 10 {
		t.Fatalf("demo has %d threads, want the dozen conversations", len(ids))
	}
	pages := []string{"/", "/?q=engineer", "/?account=demo", "/numbers"}
	for _, id := range ids {
		pages = append(pages, "/thread/"+id)
	}
	for _, p := range pages {
		res, body := serve(env.h, request(http.MethodGet, p, nil))
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d, want 200:\n%s", p, res.StatusCode, body)
			continue
		}
		checkPage(t, p, res, body)
	}

	_, board := serve(env.h, request(http.MethodGet, "/", nil))
	for _, want := range []string{"Due now", "Drafted", "Waiting on them", "Ball in my court", "Gone quiet", "Closed",
		"Acme Robotics", "Senior Backend Engineer", "Jane Doe", "Umbrella Corp", "Also here: threads you snoozed"} {
		if !strings.Contains(board, want) {
			t.Errorf("the board lacks %q", want)
		}
	}
	for _, notJob := range []string{"Dev Talk", "30 new jobs"} {
		if strings.Contains(board, notJob) {
			t.Errorf("the board shows %q, which is not a job thread", notJob)
		}
	}
	// The demo's check drafted: a nudge to Jane, a thank-you for Maya's
	// no (after_rejection), a last note to Sam, who went quiet.
	for who, col := range map[string]string{"Jane Doe": "drafted", "Maya Chen": "drafted", "Sam Lee": "drafted",
		"Tom Becker": "mine", "Gavin Ross": "waiting"} {
		if got := columnOfText(t, board, who); got != col {
			t.Errorf("%s's card is in column %q, want %q", who, got, col)
		}
	}
	// A card says which kind of draft waits: the thank-you and the last
	// note are not "a follow-up".
	for _, want := range []string{"a reply thanking them for their answer is waiting in Drafts", "a last note closing the loop is waiting in Drafts"} {
		if !strings.Contains(board, want) {
			t.Errorf("the board lacks %q", want)
		}
	}

	_, filtered := serve(env.h, request(http.MethodGet, "/?q=acme+backend", nil))
	if !strings.Contains(filtered, "Acme Robotics") || strings.Contains(filtered, "Umbrella Corp") {
		t.Errorf("search acme backend: want Acme only")
	}

	jane := env.idOf(t, "jane.doe@acme-robotics.com")
	_, page := serve(env.h, request(http.MethodGet, "/thread/"+jane, nil))
	for _, want := range []string{"Messages, oldest first", "I&#39;ll give you a call by the end of next week",
		`<a class="tel" href="tel:+15555550100">&#43;1 555-555-0100</a>`, "Hi Jane, it&#39;s Alex Rivera.",
		"promises contact by", "What hearback will do", "The draft in your Drafts folder", "To</dt><dd>Jane Doe",
		`action="/thread/` + jane + `/snooze"`, `value="1d"`, `value="3d"`, `value="1w"`, `action="/thread/` + jane + `/ignore"`,
		`action="/thread/` + jane + `/heard"`, "Why the classifier thinks so"} {
		if !strings.Contains(page, want) {
			t.Errorf("thread page lacks %q", want)
		}
	}

	_, numbers := serve(env.h, request(http.MethodGet, "/numbers", nil))
	for _, want := range []string{"Applications per week", "Answer rate", "Median time to an answer", "Gone quiet", "By stage",
		"<svg", `role="img"`, "<rect class=\"bar"} {
		if !strings.Contains(numbers, want) {
			t.Errorf("numbers page lacks %q", want)
		}
	}

	for _, p := range []string{"/thread/0000000000", "/thread/NOT-AN-ID", "/nothing"} {
		if res, _ := serve(env.h, request(http.MethodGet, p, nil)); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", p, res.StatusCode)
		}
	}
	for _, p := range []string{"/static/style.css", "/static/app.js", "/static/favicon.svg"} {
		if res, _ := serve(env.h, request(http.MethodGet, p, nil)); res.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", p, res.StatusCode)
		}
	}
}

// checkPage checks what every page must be: HTML with the security
// headers, and nothing the CSP would block.
func checkPage(t *testing.T, path string, res *http.Response, body string) {
	t.Helper()
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("%s: Content-Security-Policy %q", path, csp)
	}
	for _, h := range []string{"X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"} {
		if res.Header.Get(h) == "" {
			t.Errorf("%s: no %s", path, h)
		}
	}
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("%s: Cache-Control %q, want no-store", path, cc)
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var mains, h1s int
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "main":
				mains++
			case "h1":
				h1s++
			case "script":
				if attr(n, "src") == "" {
					t.Errorf("%s: inline <script>", path)
				}
			case "style":
				t.Errorf("%s: inline <style>", path)
			}
			for _, a := range n.Attr {
				v := strings.ToLower(a.Val)
				switch {
				case a.Key == "style":
					t.Errorf("%s: style attribute on <%s>", path, n.Data)
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("%s: event handler %s on <%s>", path, a.Key, n.Data)
				case (a.Key == "src" || a.Key == "href" || a.Key == "action") && (strings.Contains(v, "//") || strings.HasPrefix(v, "javascript:")):
					t.Errorf("%s: <%s %s=%q> leaves the dashboard", path, n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if mains != 1 || h1s != 1 {
		t.Errorf("%s: %d <main> and %d <h1>, want one of each", path, mains, h1s)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// columnOfText is the key of the board column whose card mentions text.
func columnOfText(t *testing.T, board, text string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(board))
	if err != nil {
		t.Fatal(err)
	}
	var found string
	var walk func(n *html.Node, col string)
	walk = func(n *html.Node, col string) {
		if n.Type == html.ElementNode && n.Data == "section" {
			for _, c := range strings.Fields(attr(n, "class")) {
				if strings.HasPrefix(c, "col-") {
					col = strings.TrimPrefix(c, "col-")
				}
			}
		}
		if n.Type == html.ElementNode && n.Data == "article" && col != "" && found == "" && strings.Contains(textOf(n), text) {
			found = col
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, col)
		}
	}
	walk(doc, "")
	return found
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// threadIDs are the ids of every thread of the demo store.
func (env *demoEnv) threadIDs(t *testing.T) []string {
	t.Helper()
	var ids []string
	for _, th := range env.threads(t) {
		ids = append(ids, th.ID)
	}
	return ids
}

func (env *demoEnv) threads(t *testing.T) []*thread.Thread {
	t.Helper()
	var out []*thread.Thread
	for _, acct := range env.cfg.Accounts {
		ts, err := thread.Load(context.Background(), env.e.Store, acct, followup.Since(env.cfg, demoNow))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ts...)
	}
	return out
}

// idOf is the id of the thread whose counterpart is email.
func (env *demoEnv) idOf(t *testing.T, email string) string {
	t.Helper()
	p := followup.PolicyFor(env.cfg)
	for _, th := range env.threads(t) {
		if d := p.Decide(th, demoNow); d.ReplyTarget.Email == email || d.Counterpart.Email == email {
			return th.ID
		}
	}
	t.Fatalf("no thread with %s", email)
	return ""
}

// A snooze from the dashboard is actions.Do, recorded in the store: the
// card moves from Drafted to Waiting on them, the thread page says until
// when, and resume brings it back.
func TestSnoozeFromTheWeb(t *testing.T) {
	env := newDemoEnv(t)
	jane := env.idOf(t, "jane.doe@acme-robotics.com")
	res, _ := serve(env.h, request(http.MethodPost, "/thread/"+jane+"/snooze", url.Values{"for": {"1w"}}))
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/thread/"+jane+"?done=snooze" {
		t.Fatalf("POST snooze = %d Location %q, want 303 to the thread", res.StatusCode, res.Header.Get("Location"))
	}
	states, err := env.e.Store.ThreadStates(context.Background(), "demo")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := states[jane].SnoozedUntil, demoNow.AddDate(0, 0, 7); !got.Equal(want) {
		t.Errorf("stored snooze until %v, want %v", got, want)
	}
	_, page := serve(env.h, request(http.MethodGet, "/thread/"+jane+"?done=snooze", nil))
	if !strings.Contains(page, "Snoozed: no draft before Wed Apr 28") {
		t.Errorf("thread page does not confirm the snooze")
	}
	_, board := serve(env.h, request(http.MethodGet, "/", nil))
	if col := columnOfText(t, board, "Jane Doe"); col != "waiting" {
		t.Errorf("after snooze, Jane's card is in %q, want waiting", col)
	}
	if !strings.Contains(board, "snoozed until Wed Apr 28") {
		t.Errorf("the card does not say until when it is snoozed")
	}

	if res, _ := serve(env.h, request(http.MethodPost, "/thread/"+jane+"/resume", url.Values{})); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST resume = %d", res.StatusCode)
	}
	_, board = serve(env.h, request(http.MethodGet, "/", nil))
	if col := columnOfText(t, board, "Jane Doe"); col != "drafted" {
		t.Errorf("after resume, Jane's card is in %q, want drafted", col)
	}

	// heard with a note; the note is on the page, not in the URL.
	res, _ = serve(env.h, request(http.MethodPost, "/thread/"+jane+"/heard", url.Values{"note": {"they called me"}}))
	if loc := res.Header.Get("Location"); res.StatusCode != http.StatusSeeOther || strings.Contains(loc, "called") {
		t.Fatalf("POST heard = %d Location %q", res.StatusCode, loc)
	}
	_, page = serve(env.h, request(http.MethodGet, "/thread/"+jane, nil))
	if !strings.Contains(page, "Note: they called me") {
		t.Errorf("thread page lacks the heard note")
	}

	for _, bad := range []struct {
		path string
		form url.Values
		code int
	}{
		{"/thread/" + jane + "/snooze", url.Values{"for": {"forever"}}, http.StatusBadRequest},
		{"/thread/" + jane + "/launch", url.Values{}, http.StatusNotFound},
		{"/thread/0000000000/ignore", url.Values{}, http.StatusNotFound},
	} {
		if res, _ := serve(env.h, request(http.MethodPost, bad.path, bad.form)); res.StatusCode != bad.code {
			t.Errorf("POST %s %v = %d, want %d", bad.path, bad.form, res.StatusCode, bad.code)
		}
	}
}

// A POST from another site is refused (http.CrossOriginProtection) and
// changes nothing.
func TestCrossSitePostRefused(t *testing.T) {
	env := newDemoEnv(t)
	jane := env.idOf(t, "jane.doe@acme-robotics.com")
	for name, set := range map[string]func(r *http.Request){
		"fetch metadata": func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site"); r.Header.Del("Origin") },
		"origin": func(r *http.Request) {
			r.Header.Del("Sec-Fetch-Site")
			r.Header.Set("Origin", "https://evil.example")
		},
	} {
		r := request(http.MethodPost, "/thread/"+jane+"/ignore", url.Values{})
		set(r)
		if res, body := serve(env.h, r); res.StatusCode != http.StatusForbidden || !strings.Contains(body, "another site") {
			t.Errorf("%s: cross-site POST = %d, want 403", name, res.StatusCode)
		}
	}
	states, err := env.e.Store.ThreadStates(context.Background(), "demo")
	if err != nil {
		t.Fatal(err)
	}
	if states[jane].Ignored {
		t.Errorf("a refused cross-site POST ignored the thread")
	}
}

// On loopback without a proxy, only this machine's names are answered: a
// page elsewhere cannot read the dashboard through a name it points at
// 127.0.0.1.
func TestLoopbackHostOnly(t *testing.T) {
	env := newDemoEnv(t)
	for host, want := range map[string]int{"127.0.0.1:7867": 200, "localhost:7867": 200, "[::1]:7867": 200,
		"evil.example:7867": http.StatusMisdirectedRequest, "evil.example": http.StatusMisdirectedRequest} {
		r := request(http.MethodGet, "/", nil)
		r.Host = host
		if res, _ := serve(env.h, r); res.StatusCode != want {
			t.Errorf("Host %s: %d, want %d", host, res.StatusCode, want)
		}
	}
}

var cardIDRE = regexp.MustCompile(`id="t-([0-9a-f]+)"`)

// Every job thread has a card, and only those.
func TestBoardHasEveryJobThread(t *testing.T) {
	env := newDemoEnv(t)
	_, board := serve(env.h, request(http.MethodGet, "/", nil))
	cards := map[string]bool{}
	for _, m := range cardIDRE.FindAllStringSubmatch(board, -1) {
		cards[m[1]] = true
	}
	p := followup.PolicyFor(env.cfg)
	for _, th := range env.threads(t) {
		job := p.Decide(th, demoNow).State != followup.StateNotJob
		if cards[th.ID] != job {
			t.Errorf("thread %s (%s): card %v, job thread %v", th.ID, th.Messages[0].Subject, cards[th.ID], job)
		}
	}
}
