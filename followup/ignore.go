package followup

import (
	"regexp"
	"strings"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/thread"
)

// IgnoreRules are the config's lists of people, domains and companies
// hearback must never draft to (a current employer, a recruiter the user
// has asked to stop, a company they turned down).
type IgnoreRules struct {
	addresses map[string]bool
	domains   []string
	companies []ignoreCompany
}

type ignoreCompany struct {
	name string // as configured, for the reason
	key  string // letters and digits only, lower case
	re   *regexp.Regexp
}

// NewIgnoreRules builds the rules; it returns nil when all lists are empty.
func NewIgnoreRules(addresses, domains, companies []string) *IgnoreRules {
	r := &IgnoreRules{addresses: map[string]bool{}}
	for _, a := range addresses {
		if a = mailmsg.NormalizeEmail(strings.TrimSpace(a)); a != "" {
			r.addresses[a] = true
		}
	}
	for _, d := range domains {
		d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), ".@")
		if d != "" {
			r.domains = append(r.domains, d)
		}
	}
	for _, c := range companies {
		c = strings.TrimSpace(c)
		key := companyKey(c)
		if key == "" {
			continue
		}
		// Whole words only: ignoring "Meta" must not ignore "Metaswitch".
		re := regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(c) + `($|[^\pL\pN])`)
		r.companies = append(r.companies, ignoreCompany{name: c, key: key, re: re})
	}
	if len(r.addresses) == 0 && len(r.domains) == 0 && len(r.companies) == 0 {
		return nil
	}
	return r
}

func companyKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// match returns why the thread is ignored ("address x", "domain y",
// "company z") or "" when no rule applies. It looks at the people on the
// other side (senders, their Reply-To, and whom I wrote to) and, for
// companies, also at the subject.
func (r *IgnoreRules) match(t *thread.Thread) string {
	if r == nil {
		return ""
	}
	var others []mailmsg.Address
	for i, m := range t.Messages {
		if t.Mine[i] {
			for _, a := range m.To {
				if !t.Me.Is(a.Email) {
					others = append(others, a)
				}
			}
			continue
		}
		others = append(others, m.From)
		others = append(others, m.ReplyTo...)
	}
	for _, a := range others {
		email := mailmsg.NormalizeEmail(a.Email)
		if r.addresses[email] {
			return "address " + email
		}
		domain := mailmsg.Domain(email)
		for _, d := range r.domains {
			if domain == d || strings.HasSuffix(domain, "."+d) {
				return "domain " + d
			}
		}
		guess := companyKey(classifier.GuessCompany(a))
		for _, c := range r.companies {
			if guess != "" && guess == c.key {
				return "company " + c.name
			}
			if c.re.MatchString(a.Name) {
				return "company " + c.name
			}
		}
	}
	for _, c := range r.companies {
		if len(t.Messages) > 0 && c.re.MatchString(t.Messages[0].Subject) {
			return "company " + c.name
		}
	}
	return ""
}
