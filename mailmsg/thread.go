package mailmsg

import (
	"container/heap"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
)

// forwardPrefixes begin a forwarded message's subject: "Fwd:", "WG:"
// (weitergeleitet), "TR:" (transféré), "RV:" (reenviado), "ENC:"
// (encaminhado), "Doorst:" (doorgestuurd).
var forwardPrefixes = []string{"fwd", "fw", "wg", "tr", "rv", "enc", "doorst"}

// (Italian Outlook answers "R:", Brazilian "RES:", Polish "Odp:", Turkish
// "YNT:"; the classifier's context.go knows them too)
var replyPrefixes = append([]string{"re", "aw", "sv", "vs", "antw", "réf", "ref", "rif", "r", "res", "odp", "ynt"}, forwardPrefixes...)

// IsReplyPrefix reports whether word (lower case, without its colon) is
// one of the prefixes a reply's or a forward's subject begins with: "re",
// "aw", "fwd", ...
func IsReplyPrefix(word string) bool {
	return slices.Contains(replyPrefixes, word)
}

// IsForwardSubject reports a subject that begins with a forward's prefix:
// "Fwd: Candidate feedback", "WG: Bewerbung".
func IsForwardSubject(s string) bool {
	p, _ := subjectPrefix(strings.TrimSpace(Clean(s)))
	return p != "" && slices.Contains(forwardPrefixes, p)
}

// subjectPrefix is the lower-cased word before t's first colon, without a
// counter ("re" of "RE[2]: Offer"), and the colon's index; "" when there is
// no colon in the first eight bytes.
func subjectPrefix(t string) (string, int) {
	colon := strings.IndexByte(t, ':')
	if colon <= 0 || colon > 8 {
		return "", -1
	}
	p := strings.ToLower(strings.TrimSpace(t[:colon]))
	if k := strings.IndexByte(p, '['); k > 0 && strings.HasSuffix(p, "]") {
		p = p[:k]
	}
	return p, colon
}

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
	if p, colon := subjectPrefix(t); p != "" && slices.Contains(replyPrefixes, p) {
		return strings.TrimSpace(t[colon+1:])
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
// It returns groups of indices into msgs, each in thread order (Links.Order),
// the groups sorted by their first message's date.
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

// GroupHeaders is Group over the messages' Headers (Links.Group).
func GroupHeaders(msgs []Headers, counterpart func(i int) string) [][]int {
	l := NewLinks(len(msgs))
	for i := range msgs {
		l.Add(&msgs[i], counterpart(i))
	}
	return l.Group()
}

// orderByReplies puts the positions of g in an order that respects the
// reply graph (the edges of position p are out[start[p]:start[p+1]]).
func orderByReplies(g []int, start, out []int32) {
	n := len(g)
	// Cycles collapse into their components; between components, Kahn's
	// algorithm, always taking the earliest ready position: the date order
	// wherever the references allow it.
	comp := components(start, out)
	indeg := make([]int32, n)
	for p := range n {
		for _, c := range out[start[p]:start[p+1]] {
			if comp[c] != comp[p] {
				indeg[c]++
			}
		}
	}
	ready := &positions{}
	for p := range n {
		if indeg[p] == 0 {
			heap.Push(ready, int32(p))
		}
	}
	order := make([]int, 0, n)
	for ready.Len() > 0 {
		p := heap.Pop(ready).(int32)
		order = append(order, g[p])
		for _, c := range out[start[p]:start[p+1]] {
			if comp[c] == comp[p] {
				continue
			}
			if indeg[c]--; indeg[c] == 0 {
				heap.Push(ready, c)
			}
		}
	}
	copy(g, order)
}

func copyAfter(nextCopy []int32, p int32) int32 {
	if nextCopy == nil {
		return -1
	}
	return nextCopy[p]
}

// components numbers the strongly connected components of a graph whose
// edges from node p are out[start[p]:start[p+1]] (Tarjan's algorithm,
// with an explicit stack: a reply chain can be thousands long).
func components(start, out []int32) []int32 {
	n := len(start) - 1
	comp := make([]int32, n)
	index := make([]int32, n) // visit order, from 1; 0 = not yet visited
	low := make([]int32, n)
	onStack := make([]bool, n)
	var stack []int32
	type frame struct{ v, e int32 } // a node and its next edge
	var calls []frame
	visited, ncomp := int32(0), int32(0)
	visit := func(v int32) {
		visited++
		index[v], low[v] = visited, visited
		stack = append(stack, v)
		onStack[v] = true
		calls = append(calls, frame{v, start[v]})
	}
	for root := range int32(n) {
		if index[root] != 0 {
			continue
		}
		visit(root)
		for len(calls) > 0 {
			f := &calls[len(calls)-1]
			v := f.v
			if f.e < start[v+1] {
				w := out[f.e]
				f.e++
				if index[w] == 0 {
					visit(w)
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				u := calls[len(calls)-1].v
				low[u] = min(low[u], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = ncomp
					if w == v {
						break
					}
				}
				ncomp++
			}
		}
	}
	return comp
}

// positions is a min-heap of positions in a group's date order.
type positions []int32

func (h positions) Len() int           { return len(h) }
func (h positions) Less(i, j int) bool { return h[i] < h[j] }
func (h positions) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *positions) Push(x any)        { *h = append(*h, x.(int32)) }
func (h *positions) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// ThreadID names a thread stably: a hash of its root, the first id in the
// References of its earliest message by date (or that message's own
// Message-ID). It is what `hearback threads` shows and what
// X-Hearback-Thread carries. The earliest by date, not the first in thread
// order (Links.Order): ids were made so before threads had an order of their
// own, and the ledger and the user's choices are keyed by them.
func ThreadID(msgs []*Message, group []int) string {
	if len(group) == 0 {
		return ""
	}
	h := HeadersOf(msgs[earliest(group, func(i int) time.Time { return msgs[i].Date })])
	return ThreadIDHeaders([]Headers{h}, []int{0})
}

// ThreadIDHeaders is ThreadID over the messages' Headers.
func ThreadIDHeaders(msgs []Headers, group []int) string {
	if len(group) == 0 {
		return ""
	}
	return ThreadIDOf(&msgs[earliest(group, func(i int) time.Time { return msgs[i].Date })])
}

// ThreadIDOf is the id of a thread whose earliest message is first: a
// hash of the first id in its References (or its In-Reply-To, or its own
// Message-ID).
func ThreadIDOf(first *Headers) string {
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

// earliest is the message of a group with the earliest date, the first
// to arrive (the lowest index) among equals.
func earliest(group []int, date func(i int) time.Time) int {
	first := group[0]
	for _, i := range group[1:] {
		if d, f := date(i), date(first); d.Before(f) || (d.Equal(f) && i < first) {
			first = i
		}
	}
	return first
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
