package thread

import (
	"fmt"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// Counterpart is the other party of the thread: the sender of the latest
// human message that is not mine, or the first recipient of mine. The
// reply target is their Reply-To when they set one (an ATS relay's
// Reply-To is the person), and empty when no person can be written to;
// from is the index of the message it was taken from (-1 if none).
func (t *Thread) Counterpart() (who, target mailmsg.Address, from int) {
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if t.Mine[i] || t.Verdicts[i].AutoReply {
			continue
		}
		m := t.Messages[i]
		who = m.From
		for _, rt := range m.ReplyTo {
			if !classifier.IsNoReply(rt.Email) && !t.Me.Is(rt.Email) {
				if who.Name == "" || classifier.IsNoReply(who.Email) {
					who = rt
				}
				return who, rt, i
			}
		}
		if t.Verdicts[i].NoReply || t.Verdicts[i].Bulk || classifier.IsNoReply(m.From.Email) {
			// Keep looking: an earlier message may come from a person.
			continue
		}
		return who, m.From, i
	}
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if !t.Mine[i] {
			continue
		}
		for _, a := range t.Messages[i].To {
			if !t.Me.Is(a.Email) {
				return a, a, i
			}
		}
	}
	return who, mailmsg.Address{}, -1
}

// RecipientRisk says why a draft to target (taken from message from, as
// Counterpart gives them) would not go to someone provably part of the
// conversation, or "" when it would. A draft goes to
//   - an address that wrote in the thread before, or that I wrote to in
//     it, or a colleague of theirs (same organisation);
//   - a Reply-To on the same organisation as its From;
//   - the Reply-To of an applicant-tracking system's relay (the person
//     handling the application);
//   - whoever started the thread, when it was not me;
//   - the address the user approved (`hearback resume`).
//
// Anything else is what a spoofed message or a stranger answering in the
// thread looks like, and a follow-up to them would hand my application to
// someone else.
func (t *Thread) RecipientRisk(target string, from int) string {
	if from < 0 || from >= len(t.Messages) || target == "" {
		return ""
	}
	if t.User.ApprovedRecipient != "" && t.User.ApprovedRecipient == target {
		return ""
	}
	sender := t.Messages[from].From.Email
	wroteTo := t.iWroteTo()
	if target != sender && !wroteTo[target] && !classifier.SameOrg(target, sender) && !classifier.IsATSDomain(mailmsg.Domain(sender)) {
		return fmt.Sprintf("reply-to points elsewhere: %s asked for replies to go to %s", sender, target)
	}
	if from < len(t.SubjectOnly) && t.SubjectOnly[from] && !t.knownBefore(from, target, wroteTo, true) {
		return fmt.Sprintf("joined by subject only: %s wrote with this subject but not as a reply in the thread", sender)
	}
	if from > 0 && !t.knownBefore(from, target, wroteTo, false) {
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
		if a == "" || t.Me.Is(a) {
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
