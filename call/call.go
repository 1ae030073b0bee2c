package call

import (
	"regexp"
	"strings"
	"time"

	"github.com/hearback/hearback/thread"
)

// Offer is the call hearback suggests beside a follow-up.
type Offer struct {
	// Promiser is the index in the thread of the message whose promise of
	// a call passed; Name the first name of who wrote it ("" when
	// unknown), PromisedAt the moment they named (nil: no date).
	Promiser   int
	Name       string
	PromisedAt *time.Time
	// Number is theirs, zero when the thread holds none (then the email
	// is the way, and there is no script); From the index of the message
	// it was found in.
	Number Number
	From   int
	// Language is the script's; Script its lines, nil without a number.
	Language string
	Script   []string
}

// NoNumber is what hearback says when the thread has no number.
const NoNumber = "no number in the thread: the email is the way"

// Promiser is the index of the other side's latest message, at or before
// last, that promised further contact, when that promise was a call; ok
// is false when their latest promise was an email or a decision, or there
// is none.
func Promiser(t *thread.Thread, last int) (int, bool) {
	for i := min(last, len(t.Messages)-1); i >= 0; i-- {
		if i >= len(t.Verdicts) || t.Mine[i] || t.Verdicts[i].AutoReply {
			continue
		}
		v := t.Verdicts[i]
		if v.PromiseAt != nil || v.PromiseUndated {
			return i, v.PromiseCall
		}
	}
	return -1, false
}

// NumberOf finds the number of the person who wrote message i of t: in
// their own messages, newest first (their words without what they quote,
// and the invitation a message carries), leaving out every number the
// user's own messages or mine (the user's signature) show, so that the
// user's number, quoted back or copied into an invitation, is never
// taken for theirs. It returns the number and the message it is in.
func NumberOf(t *thread.Thread, i int, region string, mine ...string) (Number, int, bool) {
	own := map[string]bool{}
	for _, text := range mine {
		for _, n := range Find(text, region) {
			own[n.E164] = true
		}
	}
	for k := range t.Messages {
		if k < len(t.Mine) && t.Mine[k] {
			for _, n := range Find(t.Messages[k].OwnWords(), region) {
				own[n.E164] = true
			}
		}
	}
	who := t.Messages[i].From.Email
	for k := len(t.Messages) - 1; k >= 0; k-- {
		m := &t.Messages[k]
		if (k < len(t.Mine) && t.Mine[k]) || !strings.EqualFold(m.From.Email, who) {
			continue
		}
		invite := invitationText(m.Calendar)
		if conference.MatchString(invite) {
			invite = "" // its numbers are the conference's dial-ins
		}
		for _, text := range []string{m.OwnWords(), invite} {
			for _, n := range Find(text, region) {
				if !own[n.E164] {
					return n, k, true
				}
			}
		}
	}
	return Number{}, -1, false
}

// conference: an invitation to a video call, whose numbers dial into it.
var conference = regexp.MustCompile(`(?i)zoom\.us|teams\.microsoft|meet\.google|webex|gotomeeting|dial[- ]?in|dial by|meeting id|conference id|passcode`)

// invitationText is the part of an iCalendar invitation people write in
// (its description and location), unfolded, with the escapes undone.
func invitationText(ics string) string {
	if ics == "" {
		return ""
	}
	ics = strings.NewReplacer("\r\n ", "", "\r\n\t", "", "\n ", "", "\n\t", "").Replace(ics)
	var b strings.Builder
	for _, line := range strings.Split(ics, "\n") {
		line = strings.TrimRight(line, "\r")
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name, _, _ = strings.Cut(strings.ToUpper(name), ";")
		if name == "DESCRIPTION" || name == "LOCATION" || name == "COMMENT" {
			b.WriteString(strings.NewReplacer(`\n`, "\n", `\N`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`).Replace(value))
			b.WriteString("\n")
		}
	}
	return b.String()
}
