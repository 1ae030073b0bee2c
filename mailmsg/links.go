package mailmsg

import (
	"hash/maphash"
	"slices"
	"sort"
	"time"
)

// Links are what grouping and ordering read of many messages, with every
// id hashed: a few tens of bytes a message where Headers hold a few
// hundred. A check's first pass keeps only these for every message of the
// window (followup/snapshot.go), which is what bounds its memory at a
// hundred thousand messages (BENCHMARKS.md).
//
// Two different ids that hash alike would join two threads; at 64 bits
// and a million ids that is about one chance in 10^7, and the hash is
// seeded afresh in every process, so no mailbox can be built to do it.
type Links struct {
	id, inReplyTo []uint64
	// subject is the hash of the normalised subject and the other party
	// (the subject fallback of GroupHeaders), 0 when either is unknown.
	subject []uint64
	date    []int64 // microseconds since 1970, the order among dates
	refEnd  []uint32
	refs    []uint64
}

var linkSeed = maphash.MakeSeed()

// linkHash is an id's hash, never 0 (0 stands for no id).
func linkHash(s string) uint64 {
	if s == "" {
		return 0
	}
	if h := maphash.String(linkSeed, s); h != 0 {
		return h
	}
	return 1
}

// NewLinks makes room for n messages.
func NewLinks(n int) *Links {
	return &Links{id: make([]uint64, 0, n), inReplyTo: make([]uint64, 0, n), subject: make([]uint64, 0, n),
		date: make([]int64, 0, n), refEnd: make([]uint32, 0, n)}
}

// Len is the number of messages added.
func (l *Links) Len() int { return len(l.id) }

// Add appends a message: its headers and its other party's address
// ("" disables the subject fallback for it).
func (l *Links) Add(h *Headers, counterpart string) {
	l.id = append(l.id, linkHash(h.MessageID))
	l.inReplyTo = append(l.inReplyTo, linkHash(h.InReplyTo))
	var subject uint64
	if counterpart != "" {
		if ns := NormalizeSubject(h.Subject); ns != "" {
			// NormalizeSubject leaves no control characters: NUL
			// separates the two.
			subject = linkHash(ns + "\x00" + counterpart)
		}
	}
	l.subject = append(l.subject, subject)
	l.date = append(l.date, h.Date.UnixMicro())
	for _, r := range h.References {
		l.refs = append(l.refs, linkHash(r))
	}
	l.refEnd = append(l.refEnd, uint32(len(l.refs)))
}

func (l *Links) refsOf(i int) []uint64 {
	start := uint32(0)
	if i > 0 {
		start = l.refEnd[i-1]
	}
	return l.refs[start:l.refEnd[i]]
}

func (l *Links) threaded(i int) bool { return l.inReplyTo[i] != 0 || len(l.refsOf(i)) > 0 }

// Group is GroupHeaders over the links: groups of indices, each in thread
// order (Links.Order), sorted by their first message's date.
func (l *Links) Group() [][]int {
	n := l.Len()
	// Union-find over the ids; a message without one is a node of its own.
	ids := make(map[uint64]int32, n)
	parent := make([]int32, 0, n)
	newNode := func() int32 {
		parent = append(parent, int32(len(parent)))
		return int32(len(parent) - 1)
	}
	intern := func(id uint64) int32 {
		if k, ok := ids[id]; ok {
			return k
		}
		k := newNode()
		ids[id] = k
		return k
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
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	node := make([]int32, n)
	for i := range n {
		if l.id[i] != 0 {
			node[i] = intern(l.id[i])
		} else {
			node[i] = newNode()
		}
		for _, ref := range l.refsOf(i) {
			union(node[i], intern(ref))
		}
		if l.inReplyTo[i] != 0 {
			union(node[i], intern(l.inReplyTo[i]))
		}
	}
	ids = nil
	// Subject fallback: every message registers its key; a message without
	// threading headers is merged into the first holder of its key, and a
	// header-less first holder pulls in later members that have headers.
	keyOwner := map[uint64]int32{}
	for i := range n {
		key := l.subject[i]
		if key == 0 {
			continue
		}
		owner, ok := keyOwner[key]
		if !ok {
			keyOwner[key] = int32(i)
			continue
		}
		if !l.threaded(i) || !l.threaded(int(owner)) {
			union(node[i], node[owner])
		}
	}
	keyOwner = nil

	// Groups in the order of their first message, as roots are met, all
	// slices of one array: a hundred thousand small slices grown one
	// append at a time were most of this function's garbage.
	group := make([]int32, n) // message -> group
	slot := make(map[int32]int32, n/2)
	var sizes []int32
	for i := range n {
		r := find(node[i])
		k, ok := slot[r]
		if !ok {
			k = int32(len(sizes))
			slot[r] = k
			sizes = append(sizes, 0)
		}
		group[i] = k
		sizes[k]++
	}
	node, parent, slot = nil, nil, nil
	all := make([]int, n)
	out := make([][]int, len(sizes))
	at := 0
	for k, size := range sizes {
		out[k] = all[at : at : at+int(size)]
		at += int(size)
	}
	for i, k := range group {
		out[k] = append(out[k], i)
	}
	for _, g := range out {
		l.Order(g)
	}
	sort.SliceStable(out, func(a, b int) bool { return l.date[out[a][0]] < l.date[out[b][0]] })
	return out
}

// Order sorts a group of indices, given in arrival order (the store's
// order), into thread order: a message comes after every message of the
// group it replies to (its In-Reply-To and References), then by Date,
// then by arrival. Dates alone cannot order a conversation: clocks
// differ, and an automatic reply stamped in the same second as the
// message it answers, or a few seconds before it, would otherwise come
// first. References to messages outside the group are ignored, copies of
// one message (the same Message-ID) are one message, and messages whose
// references contradict each other (a cycle) keep the date order among
// themselves. It is the one ordering of a thread's messages.
//
// The cost is a sort by date plus a pass over the references; only a
// group whose dates disagree with its references pays for a topological
// sort, O((n + references) log n).
func (l *Links) Order(g []int) {
	// A stable sort of the arrival order by date: date, then arrival.
	sort.SliceStable(g, func(a, b int) bool { return l.date[g[a]] < l.date[g[b]] })
	if len(g) < 2 {
		return
	}
	// Each Message-ID's first position in the date order, and for a copy
	// the position of the next copy (-1: none).
	pos := make(map[uint64]int32, len(g))
	var nextCopy []int32
	for k, i := range g {
		id := l.id[i]
		if id == 0 {
			continue
		}
		first, ok := pos[id]
		if !ok {
			pos[id] = int32(k)
			continue
		}
		if nextCopy == nil {
			nextCopy = make([]int32, len(g))
			for c := range nextCopy {
				nextCopy[c] = -1
			}
		}
		last := first
		for nextCopy[last] >= 0 {
			last = nextCopy[last]
		}
		nextCopy[last] = int32(k)
	}
	// The edges parent -> reply between positions. In the common case none
	// points backwards, and the date order is the thread order.
	eachEdge := func(fn func(from, to int32) bool) {
		for k, i := range g {
			refs := l.refsOf(i)
			for r := 0; r <= len(refs); r++ {
				var ref uint64
				if r < len(refs) {
					ref = refs[r]
				} else if ref = l.inReplyTo[i]; r > 0 && refs[r-1] == ref {
					break // In-Reply-To is nearly always the last reference
				}
				p, ok := pos[ref]
				if !ok || ref == 0 || ref == l.id[i] {
					continue
				}
				for ; p >= 0; p = copyAfter(nextCopy, p) {
					if !fn(p, int32(k)) {
						return
					}
				}
			}
		}
	}
	backwards := false
	eachEdge(func(from, to int32) bool {
		backwards = from > to
		return !backwards
	})
	if !backwards {
		return
	}
	// The reply graph, by position: the edges of p are out[start[p]:start[p+1]].
	n := len(g)
	start := make([]int32, n+1)
	eachEdge(func(from, _ int32) bool {
		start[from+1]++
		return true
	})
	for p := 1; p <= n; p++ {
		start[p] += start[p-1]
	}
	out := make([]int32, start[n])
	fill := slices.Clone(start[:n])
	eachEdge(func(from, to int32) bool {
		out[fill[from]] = to
		fill[from]++
		return true
	})
	orderByReplies(g, start, out)
}

// Earliest is the message of a group with the earliest date, the first to
// arrive (the lowest index) among equals: the one whose root names the
// thread (ThreadIDHeaders).
func (l *Links) Earliest(g []int) int {
	return earliest(g, func(i int) time.Time { return time.UnixMicro(l.date[i]) })
}
