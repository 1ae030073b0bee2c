// Package thread is hearback's model of a conversation: who is me, which
// messages belong together, who the other side is and who a draft may go
// to, and the facts the policy reads off a thread (its interview, whether
// they replied). Build is the one place threads are assembled, whether
// for `threads` (every thread) or for a check (the ones that can need
// action, followup/snapshot.go).
package thread

import (
	"context"
	"sort"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

// Thread is one conversation with everything the policy needs.
type Thread struct {
	ID       string
	Account  string
	Messages []store.Message // inbox and sent, one per Message-ID, in thread order (mailmsg.Links.Order)
	Verdicts []classifier.Verdict
	Verdict  classifier.ThreadVerdict
	Mine     []bool // Messages[i] is from one of my addresses
	// SubjectOnly[i] is true when Messages[i] is in the thread by its
	// subject alone (mailmsg.SubjectOnly); nil when not known.
	SubjectOnly []bool
	// Drafts is the ledger for this thread, oldest first.
	Drafts []store.Draft
	// InDrafts holds the Message-IDs now in the Drafts mailbox.
	InDrafts map[string]bool
	// DraftFromUser is true when Drafts holds a draft of mine replying in
	// this thread (its In-Reply-To or References name a message of it): I
	// am already writing. A draft is hearback's, not mine, when the ledger
	// has its Message-ID, or, written by an earlier version, it carries
	// X-Hearback-Thread. One the user re-saved under a new Message-ID (as
	// Thunderbird does when a draft is edited) is the user's.
	DraftFromUser bool
	User          store.ThreadState
	Me            Me
}

// Latest is the index of the thread's newest message.
func (t *Thread) Latest() int { return len(t.Messages) - 1 }

// Verdicts gives a message's verdict: known ones from the sync (the
// snapshot), or classifier.Classify.
type Verdicts func(m *store.Message) classifier.Verdict

// Input is what threads are built from.
type Input struct {
	Account string
	Me      Me
	// Messages are the window's inbox, Sent and Drafts messages, in the
	// store's order (date, role, UID).
	Messages []store.Message
	Ledger   []store.Draft
	States   map[string]store.ThreadState
	// Verdicts gives each message's verdict; nil classifies each afresh.
	Verdicts Verdicts
	// Keep, if set, keeps only the threads it returns true for.
	Keep func(t *Thread) bool
}

// Build groups messages into threads (mailmsg.GroupHeaders, joined by the
// other party for replies without threading headers), gives each its
// verdicts, ledger and the user's choices, and returns them newest first.
func Build(in Input) []*Thread {
	verdicts := in.Verdicts
	if verdicts == nil {
		verdicts = func(m *store.Message) classifier.Verdict { return classifier.Classify(&m.Message) }
	}
	var convo []store.Message
	var drafts []store.Message
	seen := map[string]bool{}
	for _, m := range in.Messages {
		if m.Role == store.RoleDrafts {
			drafts = append(drafts, m)
			continue
		}
		// Copies of one message (in two mailboxes, moved, a Bcc to myself)
		// count once.
		if k := CopyKey(&m.Message); k != "" {
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		convo = append(convo, m)
	}
	inDrafts := map[string]bool{}
	for _, m := range drafts {
		inDrafts[m.MessageID] = true
	}

	hdrs := make([]mailmsg.Headers, len(convo))
	others := make([]string, len(convo))
	for i := range convo {
		hdrs[i] = mailmsg.HeadersOf(&convo[i].Message)
		others[i] = in.Me.OtherParty(&convo[i].Message)
	}
	groups := Group(hdrs, others)

	byThread := map[string][]store.Draft{}
	hearbacks := map[string]bool{} // Message-IDs of the drafts hearback wrote
	for _, d := range in.Ledger {
		byThread[d.ThreadID] = append(byThread[d.ThreadID], d)
		hearbacks[d.MessageID] = true
	}

	threads := make([]*Thread, 0, len(groups))
	for _, g := range groups {
		t := &Thread{
			ID:       mailmsg.ThreadIDHeaders(hdrs, g),
			Account:  in.Account,
			InDrafts: inDrafts,
			Me:       in.Me,
		}
		ids := map[string]bool{}
		for _, i := range g {
			m := &convo[i]
			t.Messages = append(t.Messages, *m)
			t.Verdicts = append(t.Verdicts, verdicts(m))
			t.Mine = append(t.Mine, in.Me.Is(m.From.Email))
			ids[m.MessageID] = true
		}
		t.SubjectOnly = mailmsg.SubjectOnly(hdrs, g)
		t.Verdict = classifier.ClassifyThread(t.Verdicts)
		t.Drafts = byThread[t.ID]
		t.User = in.States[t.ID]
		for i := range drafts {
			if dm := &drafts[i]; !hearbacks[dm.MessageID] && dm.HearbackThread == "" && repliesIn(&dm.Message, ids) {
				t.DraftFromUser = true
			}
		}
		if in.Keep != nil && !in.Keep(t) {
			continue
		}
		threads = append(threads, t)
	}
	sort.SliceStable(threads, func(a, b int) bool { return threads[a].LastDate().After(threads[b].LastDate()) })
	return threads
}

// repliesIn reports whether m answers one of the messages ids names, by
// its In-Reply-To or its References.
func repliesIn(m *mailmsg.Message, ids map[string]bool) bool {
	if m.InReplyTo != "" && ids[m.InReplyTo] {
		return true
	}
	for _, r := range m.References {
		if r != "" && ids[r] {
			return true
		}
	}
	return false
}

// LastDate is the date of the thread's newest message. It is not always
// the last one's: a reply sorts after what it answers even when its
// sender's clock put it a few seconds earlier (mailmsg.Links.Order).
func (t *Thread) LastDate() time.Time {
	var last time.Time
	for i := range t.Messages {
		if d := t.Messages[i].Date; d.After(last) {
			last = d
		}
	}
	return last
}

// CopyKey says which stored messages are copies of one message: the same
// Message-ID from the same sender — the copy in INBOX and in All Mail, the
// one in INBOX before it was moved to a folder and after, the Sent copy
// and the Bcc to myself. A message that reuses another's Message-ID from
// another sender is not taken for a copy (it would hide the real one).
// "" for a message without a Message-ID: every such message is its own.
// (Size would tell copies apart too strictly: a Bcc copy carries more
// Received: lines than the Sent one.)
func CopyKey(m *mailmsg.Message) string {
	if m.MessageID == "" {
		return ""
	}
	return m.MessageID + "\x00" + m.From.Email
}

// Group is the one grouping rule (mailmsg.Links.Group), over the
// messages' headers and their other parties (Me.OtherParty): Build uses it
// on whole messages; the check's first pass (followup/snapshot.go) keeps
// only the Links of every message, adding each with its other party.
func Group(hdrs []mailmsg.Headers, others []string) [][]int {
	return mailmsg.GroupHeaders(hdrs, func(i int) string { return others[i] })
}

// Load reads an account's messages since since from the store and builds
// every thread, with its ledger and the user's choices.
func Load(ctx context.Context, st *store.Store, acct config.Account, since time.Time) ([]*Thread, error) {
	msgs, err := st.Messages(ctx, acct.Name, since)
	if err != nil {
		return nil, err
	}
	ledger, err := st.Drafts(ctx, acct.Name)
	if err != nil {
		return nil, err
	}
	states, err := st.ThreadStates(ctx, acct.Name)
	if err != nil {
		return nil, err
	}
	return Build(Input{Account: acct.Name, Me: MeOf(acct), Messages: msgs, Ledger: ledger, States: states}), nil
}

// RepliedAfter reports whether a real reply (a human message from the
// other side, not an automatic one) came after the message with id
// replyTo.
func (t *Thread) RepliedAfter(replyTo string) bool {
	at := -1
	for i := range t.Messages {
		if t.Messages[i].MessageID == replyTo {
			at = i
		}
	}
	if at < 0 {
		return false // the message left the lookback: nothing to compare
	}
	for i := at + 1; i < len(t.Messages); i++ {
		if !t.Mine[i] && !t.Verdicts[i].AutoReply {
			return true
		}
	}
	return false
}
