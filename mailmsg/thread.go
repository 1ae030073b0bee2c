package mailmsg

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
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
	uf := newUnionFind()
	node := make([]string, len(msgs))
	for i, m := range msgs {
		if m.MessageID != "" {
			node[i] = "id:" + m.MessageID
		} else {
			node[i] = "ix:" + strconv.Itoa(i)
		}
		uf.add(node[i])
		for _, ref := range m.References {
			uf.union(node[i], "id:"+ref)
		}
		if m.InReplyTo != "" {
			uf.union(node[i], "id:"+m.InReplyTo)
		}
	}
	// Subject fallback: every message registers its key; a message without
	// threading headers is merged into the first holder of its key, and a
	// header-less first holder pulls in later members that have headers.
	keyOwner := map[string]int{}
	for i, m := range msgs {
		cp := counterpart(i)
		ns := NormalizeSubject(m.Subject)
		if cp == "" || ns == "" {
			continue
		}
		key := ns + "\x00" + cp
		owner, ok := keyOwner[key]
		if !ok {
			keyOwner[key] = i
			continue
		}
		if !hasThreadingHeaders(m) || !hasThreadingHeaders(msgs[owner]) {
			uf.union(node[i], node[owner])
		}
	}

	groups := map[string][]int{}
	var roots []string
	for i := range msgs {
		r := uf.find(node[i])
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	out := make([][]int, 0, len(groups))
	for _, r := range roots {
		g := groups[r]
		sort.SliceStable(g, func(a, b int) bool { return msgs[g[a]].Date.Before(msgs[g[b]].Date) })
		out = append(out, g)
	}
	sort.SliceStable(out, func(a, b int) bool {
		return msgs[out[a][0]].Date.Before(msgs[out[b][0]].Date)
	})
	return out
}

func hasThreadingHeaders(m *Message) bool { return m.InReplyTo != "" || len(m.References) > 0 }

// ThreadID names a thread stably: a hash of its root, the first id in the
// References of its earliest message (or that message's own Message-ID).
// It is what `hearback threads` shows and what X-Hearback-Thread carries.
func ThreadID(msgs []*Message, group []int) string {
	if len(group) == 0 {
		return ""
	}
	first := msgs[group[0]]
	root := first.MessageID
	if len(first.References) > 0 {
		root = first.References[0]
	} else if first.InReplyTo != "" {
		root = first.InReplyTo
	}
	if root == "" {
		root = first.From.Email + "\x00" + NormalizeSubject(first.Subject) + "\x00" + first.Date.UTC().String()
	}
	sum := sha256.Sum256([]byte(root))
	return hex.EncodeToString(sum[:])[:10]
}

type unionFind struct{ parent map[string]string }

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

func (u *unionFind) add(x string) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
}

func (u *unionFind) find(x string) string {
	u.add(x)
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		if ra < rb {
			u.parent[rb] = ra
		} else {
			u.parent[ra] = rb
		}
	}
}
