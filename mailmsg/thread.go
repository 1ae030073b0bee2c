package mailmsg

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"time"
)

var replyPrefixes = []string{"re", "aw", "sv", "vs", "antw", "réf", "ref", "rif", "fwd", "fw", "wg", "tr", "rv", "enc"}

// NormalizeSubject strips reply and forward prefixes ("Re:", "RE[2]:",
// "Fwd:", "AW:", ...), list tags like "[jobs]" and case, so that replies
// whose client dropped threading headers still find their thread.
func NormalizeSubject(s string) string {
	s = strings.TrimSpace(Clean(s))
	for {
		t := strings.TrimSpace(s)
		if strings.HasPrefix(t, "[") {
			if i := strings.IndexByte(t, ']'); i > 0 && i < 40 {
				t = strings.TrimSpace(t[i+1:])
			}
		}
		colon := strings.IndexAny(t, ":：")
		stripped := false
		if colon > 0 && colon <= 8 {
			p := strings.ToLower(strings.TrimSpace(t[:colon]))
			if k := strings.IndexByte(p, '['); k > 0 && strings.HasSuffix(p, "]") {
				p = p[:k]
			}
			for _, rp := range replyPrefixes {
				if p == rp {
					_, size := firstRuneAt(t, colon)
					t = strings.TrimSpace(t[colon+size:])
					stripped = true
					break
				}
			}
		}
		if !stripped || t == s {
			s = t
			break
		}
		s = t
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func firstRuneAt(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		return r, len(string(r))
	}
	return 0, 0
}

// ReplySubject is the subject of a reply: "Re: " and the original without
// any reply prefixes, never "Re: Re:".
func ReplySubject(s string) string {
	s = Clean(s)
	orig := s
	for {
		n := stripOnePrefix(orig)
		if n == orig {
			break
		}
		orig = n
	}
	if orig == "" {
		return "Re: (no subject)"
	}
	return "Re: " + orig
}

func stripOnePrefix(s string) string {
	t := strings.TrimSpace(s)
	colon := strings.IndexByte(t, ':')
	if colon <= 0 || colon > 8 {
		return t
	}
	p := strings.ToLower(strings.TrimSpace(t[:colon]))
	if k := strings.IndexByte(p, '['); k > 0 && strings.HasSuffix(p, "]") {
		p = p[:k]
	}
	for _, rp := range replyPrefixes {
		if p == rp {
			return strings.TrimSpace(t[colon+1:])
		}
	}
	return t
}

// Headers is what grouping and thread ids read of a message.
type Headers struct {
	MessageID  string
	InReplyTo  string
	References []string
	FromEmail  string
	Subject    string
	Date       time.Time
}

// HeadersOf is m's Headers.
func HeadersOf(m *Message) Headers {
	return Headers{MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References, FromEmail: m.From.Email,
		Subject: m.Subject, Date: m.Date}
}

// Group puts messages into threads. Messages join when one names another in
// References or In-Reply-To (or both name the same, possibly missing,
// ancestor); copies with the same Message-ID are one node. A message with no
// threading headers at all joins the thread that has the same normalised
// subject and the same counterpart, counterpart(i) being the other party's
// address for message i ("" when unknown, which disables the fallback).
//
// It returns groups of indices into msgs, each sorted by date, the groups
// sorted by their first message's date.
func Group(msgs []*Message, counterpart func(i int) string) [][]int {
	return GroupHeaders(headersOf(msgs), counterpart)
}

func headersOf(msgs []*Message) []Headers {
	h := make([]Headers, len(msgs))
	for i, m := range msgs {
		h[i] = HeadersOf(m)
	}
	return h
}

// GroupHeaders is Group over the messages' Headers.
func GroupHeaders(msgs []Headers, counterpart func(i int) string) [][]int {
	// Union-find over interned Message-IDs; a message without one is a
	// node of its own.
	ids := make(map[string]int32, len(msgs))
	var parent []int32
	newNode := func() int32 {
		parent = append(parent, int32(len(parent)))
		return int32(len(parent) - 1)
	}
	intern := func(id string) int32 {
		if n, ok := ids[id]; ok {
			return n
		}
		n := newNode()
		ids[id] = n
		return n
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int32) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	node := make([]int32, len(msgs))
	for i := range msgs {
		m := &msgs[i]
		if m.MessageID != "" {
			node[i] = intern(m.MessageID)
		} else {
			node[i] = newNode()
		}
		for _, ref := range m.References {
			union(node[i], intern(ref))
		}
		if m.InReplyTo != "" {
			union(node[i], intern(m.InReplyTo))
		}
	}
	ids = nil
	// Subject fallback: every message registers its key; a message without
	// threading headers is merged into the first holder of its key, and a
	// header-less first holder pulls in later members that have headers.
	// (NormalizeSubject leaves no control characters: the pair is the
	// key subject + NUL + counterpart.)
	type subjectKey struct{ subject, counterpart string }
	keyOwner := map[subjectKey]int{}
	for i := range msgs {
		m := &msgs[i]
		cp := counterpart(i)
		if cp == "" {
			continue
		}
		ns := NormalizeSubject(m.Subject)
		if ns == "" {
			continue
		}
		key := subjectKey{ns, cp}
		owner, ok := keyOwner[key]
		if !ok {
			keyOwner[key] = i
			continue
		}
		if !m.hasThreadingHeaders() || !msgs[owner].hasThreadingHeaders() {
			union(node[i], node[owner])
		}
	}
	keyOwner = nil

	// Groups in the order of their first message, as roots are met.
	slot := make(map[int32]int, len(msgs)/2)
	var out [][]int
	for i := range msgs {
		r := find(node[i])
		k, ok := slot[r]
		if !ok {
			k = len(out)
			slot[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	for _, g := range out {
		sort.SliceStable(g, func(a, b int) bool { return msgs[g[a]].Date.Before(msgs[g[b]].Date) })
	}
	sort.SliceStable(out, func(a, b int) bool {
		return msgs[out[a][0]].Date.Before(msgs[out[b][0]].Date)
	})
	return out
}

func (m *Headers) hasThreadingHeaders() bool { return m.InReplyTo != "" || len(m.References) > 0 }

// ThreadID names a thread stably: a hash of its root, the first id in the
// References of its earliest message (or that message's own Message-ID).
// It is what `hearback threads` shows and what X-Hearback-Thread carries.
func ThreadID(msgs []*Message, group []int) string {
	if len(group) == 0 {
		return ""
	}
	h := HeadersOf(msgs[group[0]])
	return ThreadIDHeaders([]Headers{h}, []int{0})
}

// ThreadIDHeaders is ThreadID over the messages' Headers.
func ThreadIDHeaders(msgs []Headers, group []int) string {
	if len(group) == 0 {
		return ""
	}
	first := &msgs[group[0]]
	root := first.MessageID
	if len(first.References) > 0 {
		root = first.References[0]
	} else if first.InReplyTo != "" {
		root = first.InReplyTo
	}
	if root == "" {
		root = first.FromEmail + "\x00" + NormalizeSubject(first.Subject) + "\x00" + first.Date.UTC().String()
	}
	sum := sha256.Sum256([]byte(root))
	return hex.EncodeToString(sum[:])[:10]
}

// SubjectOnly reports, for each message of a group (as GroupHeaders made
// it), whether it is in the group by the subject fallback alone: no
// References or In-Reply-To ties it to another member, nor does any other
// member's tie it. Such a message may be anyone's who used the same
// subject, so the policy trusts it less (followup/recipient.go).
func SubjectOnly(msgs []Headers, group []int) []bool {
	out := make([]bool, len(group))
	if len(group) < 2 {
		return out
	}
	// How many members name each id, as their own or as a reference.
	named := map[string]int{}
	for _, i := range group {
		for _, id := range linkIDs(&msgs[i]) {
			named[id]++
		}
	}
	for k, i := range group {
		tied := false
		for _, id := range linkIDs(&msgs[i]) {
			if named[id] > 1 {
				tied = true
				break
			}
		}
		out[k] = !tied
	}
	return out
}

// linkIDs are the distinct ids a message takes part in threading with:
// its own Message-ID and every id it refers to.
func linkIDs(m *Headers) []string {
	ids := make([]string, 0, 2+len(m.References))
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	add(m.MessageID)
	add(m.InReplyTo)
	for _, r := range m.References {
		add(r)
	}
	return ids
}
