package followup

import (
	"fmt"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// StateNeedsReview holds a thread whose draft would go to someone hearback
// cannot tie to the conversation: a Reply-To on another organisation's
// domain, a message that joined by its subject only, a newcomer from
// another organisation. No draft until the user looks and says
// `hearback resume THREAD`, which approves that recipient.
const StateNeedsReview = "needs_review"

// recipientRisk says why the draft's recipient (d.ReplyTarget, taken from
// message d.TargetFrom) is not provably someone the user is talking to, or
// "" when it is. A draft goes to
//   - an address that wrote in the thread before, or that I wrote to in it,
//     or a colleague of theirs (same organisation);
//   - a Reply-To on the same organisation as its From;
//   - the Reply-To of an applicant-tracking system's relay (the person
//     handling the application);
//   - whoever started the thread, when it was not me.
//
// Anything else is what a spoofed message or a stranger answering in the
// thread looks like, and a follow-up to them would hand my application to
// someone else.
func recipientRisk(t *Thread, d Decision) string {
	k, target := d.TargetFrom, d.ReplyTarget.Email
	if k < 0 || k >= len(t.Messages) || target == "" {
		return ""
	}
	if t.User.ApprovedRecipient != "" && t.User.ApprovedRecipient == target {
		return ""
	}
	m := &t.Messages[k]
	from := m.From.Email
	wroteTo := t.iWroteTo()
	if target != from && !wroteTo[target] && !classifier.SameOrg(target, from) && !classifier.IsATSDomain(mailmsg.Domain(from)) {
		return fmt.Sprintf("reply-to points elsewhere: %s asked for replies to go to %s", from, target)
	}
	if k < len(t.SubjectOnly) && t.SubjectOnly[k] && !t.knownBefore(k, target, wroteTo, true) {
		return fmt.Sprintf("joined by subject only: %s wrote with this subject but not as a reply in the thread", from)
	}
	if k > 0 && !t.knownBefore(k, target, wroteTo, false) {
		return fmt.Sprintf("%s is new in this thread and not at the organisation you were writing to", target)
	}
	return ""
}

// iWroteTo is every address in To or Cc of my messages in the thread.
func (t *Thread) iWroteTo() map[string]bool {
	out := map[string]bool{}
	for i := range t.Messages {
		if !t.Mine[i] {
			continue
		}
		for _, a := range t.Messages[i].To {
			out[a.Email] = true
		}
		for _, a := range t.Messages[i].Cc {
			out[a.Email] = true
		}
	}
	return out
}

// knownBefore reports whether addr took part in the thread before message
// k — it sent, received or was copied on an earlier message, or I wrote to
// it — or belongs to the organisation of someone who did (not mine, not a
// platform's: every Greenhouse customer shares greenhouse-mail.io).
// linkedOnly leaves out messages that are in the thread by subject only.
func (t *Thread) knownBefore(k int, addr string, wroteTo map[string]bool, linkedOnly bool) bool {
	if wroteTo[addr] {
		return true
	}
	org := classifier.OrgDomain(addr)
	known := func(a string) bool {
		if a == "" || t.MyAddresses[a] {
			return false
		}
		if a == addr {
			return true
		}
		return org != "" && !classifier.IsPlatformDomain(mailmsg.Domain(a)) && classifier.OrgDomain(a) == org
	}
	for a := range wroteTo {
		if known(a) {
			return true
		}
	}
	for i := 0; i < k && i < len(t.Messages); i++ {
		if linkedOnly && i < len(t.SubjectOnly) && t.SubjectOnly[i] {
			continue
		}
		m := &t.Messages[i]
		if known(m.From.Email) {
			return true
		}
		for _, list := range [][]mailmsg.Address{m.To, m.Cc, m.ReplyTo} {
			for _, a := range list {
				if known(a.Email) {
					return true
				}
			}
		}
	}
	return false
}
