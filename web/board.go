package web

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/hearback/hearback/followup"
	"github.com/hearback/hearback/mailmsg"
)

// A board column: one state, or a main state and the states a user would
// look for beside it (the column's Help says which).
type columnDef struct {
	Key, Title, Help string
	// States are the policy states the column shows; the first is its own,
	// the others carry a badge on their cards.
	States []string
}

// columns are the board's, left to right: what needs doing first.
var columns = []columnDef{
	{Key: "due", Title: "Due now", States: []string{followup.StateDue},
		Help: "A follow-up is due: hearback drafts it at the next check (nothing is sent)."},
	{Key: "drafted", Title: "Drafted", States: []string{followup.StateDrafted},
		Help: "hearback's draft is waiting in your Drafts folder: read it, change it, send it or delete it."},
	{Key: "waiting", Title: "Waiting on them", States: []string{followup.StateWaiting, followup.StateSnoozed, followup.StateNoReply},
		Help: "Nothing to do yet; the due day says when. Also here: threads you snoozed, and threads with no one to write to (a no-reply sender)."},
	{Key: "mine", Title: "Ball in my court", States: []string{followup.StateMyTurn, followup.StateNeedsReview, followup.StateUnclear},
		Help: "They asked you something, or hearback waits for your word: a recipient to check (needs review), or a last message it cannot read as a promise or a next step (unclear). Resume on the thread's page lets hearback go on."},
	{Key: "quiet", Title: "Gone quiet", States: []string{followup.StateGoneQuiet, followup.StateDismissed},
		Help: "No answer after every nudge. Also here: threads whose draft you deleted (dismissed), until something new arrives."},
	{Key: "closed", Title: "Closed", States: []string{followup.StateClosed, followup.StateIgnored, followup.StateAccepted, followup.StateSearchOver},
		Help: "Rejected, an offer, or withdrawn. Also here: threads you told hearback to ignore, and every thread once you accepted an offer."},
}

// fallbackColumn takes a state no column lists (one added later): it
// stays visible, with its name on the card.
const fallbackColumn = "mine"

type boardPage struct {
	page
	Columns  []column
	Accounts []string
	Account  string
	Query    string
	// Total is the number of job threads, Shown those the filters keep.
	Total, Shown int
}

type column struct {
	columnDef
	Cards []card
}

// card is one thread on the board.
type card struct {
	ID      string
	Account string
	who
	Subject string
	Stage   string
	State   string
	// Badge names the state when it is not the column's own.
	Badge   string
	Reason  string
	Last    time.Time
	LastAgo string
	LastDay string
	Due     time.Time
	DueDay  string
	// search is what the text filter looks in, lower case.
	search string
}

// board is the board page: GET / [?account=NAME] [&q=TEXT].
func (s *Server) board(w http.ResponseWriter, r *http.Request) {
	now := s.now()
	items, err := s.load.all(r.Context(), now)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p := &boardPage{page: s.pageData(r, "Board"), Account: r.URL.Query().Get("account"),
		Query: strings.TrimSpace(r.URL.Query().Get("q"))}
	p.Nav = "board"
	for _, a := range s.cfg.Accounts {
		p.Accounts = append(p.Accounts, a.Name)
	}
	p.Columns, p.Total, p.Shown = s.buildColumns(items, now, p.Account, p.Query)
	s.render(w, r, http.StatusOK, "board", p)
}

// buildColumns sorts the job threads into the board's columns, keeping
// those of account (all when "") that contain every word of query.
func (s *Server) buildColumns(items []item, now time.Time, account, query string) (cols []column, total, shown int) {
	where := map[string]int{}
	cols = make([]column, len(columns))
	for i, c := range columns {
		cols[i].columnDef = c
		for _, st := range c.States {
			where[st] = i
		}
	}
	words := strings.Fields(strings.ToLower(query))
	loc := s.loc()
	for _, it := range items {
		if it.d.State == followup.StateNotJob {
			continue
		}
		total++
		if account != "" && it.t.Account != account {
			continue
		}
		c := s.cardOf(it, now, loc)
		if !matches(c.search, words) {
			continue
		}
		shown++
		i, ok := where[c.State]
		if !ok {
			i = indexOf(fallbackColumn)
		}
		if c.State != cols[i].States[0] {
			c.Badge = stateWords(c.State)
			if c.State == followup.StateSnoozed {
				c.Badge = "snoozed until " + c.DueDay
			}
		}
		cols[i].Cards = append(cols[i].Cards, c)
	}
	for i := range cols {
		cards := cols[i].Cards
		switch cols[i].Key {
		case "due", "waiting":
			// Soonest due first; no due day last; then newest.
			sort.SliceStable(cards, func(a, b int) bool {
				da, db := cards[a].Due, cards[b].Due
				if da.IsZero() != db.IsZero() {
					return db.IsZero()
				}
				if !da.Equal(db) {
					return da.Before(db)
				}
				return cards[a].Last.After(cards[b].Last)
			})
		default:
			sort.SliceStable(cards, func(a, b int) bool { return cards[a].Last.After(cards[b].Last) })
		}
	}
	return cols, total, shown
}

func indexOf(key string) int {
	for i, c := range columns {
		if c.Key == key {
			return i
		}
	}
	return 0
}

func (s *Server) cardOf(it item, now time.Time, loc *time.Location) card {
	t, d := it.t, it.d
	c := card{ID: t.ID, Account: t.Account, who: s.load.who(t, d), Stage: string(t.Verdict.Stage), State: d.State,
		Reason: d.Reason, Last: t.LastDate(), Due: d.DueAt}
	if len(t.Messages) > 0 {
		c.Subject = mailmsg.Clean(t.Messages[0].Subject)
	}
	c.LastAgo, c.LastDay = ago(c.Last, now, loc), s.day(c.Last)
	c.DueDay = s.day(c.Due)
	c.search = strings.ToLower(strings.Join([]string{c.Company, c.Role, c.Subject, c.Counterpart, c.Email,
		stageWords(c.Stage), stateWords(c.State), c.Reason, c.Account}, "\x00"))
	return c
}

// matches reports whether text holds every word.
func matches(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
