package classifier

// cueSet finds any of a fixed list of phrases in a text in one pass. The
// rules ask "does this sentence contain any promise cue?" for lists of up to
// sixty phrases, per sentence and per message; strings.Contains in a loop
// scans the text once per phrase, which was most of Classify's time.
//
// It is an Aho-Corasick automaton compiled to a table (a DFA over byte
// classes): one table lookup per byte of text, no allocation. Matching is on
// bytes, exactly like strings.Contains and strings.Index: a phrase matches
// inside a word ("back" in "background") and across UTF-8 as written.
type cueSet struct {
	phrases []string
	// class maps a byte to its column; bytes in no phrase share column 1.
	class [256]uint8
	// table holds one row of stride entries per state; a state's id is the
	// offset of its row. Column 0 is the length of the longest phrase that
	// ends in that state (0: none), columns 1.. are the next state per byte
	// class, bit-inverted (negative) when a phrase ends there, so that the
	// scan loop needs one load per byte.
	table  []int32
	stride int
	maxLen int
}

// cues compiles a phrase list. Phrases must not be empty.
func cues(phrases ...string) *cueSet {
	c := &cueSet{phrases: phrases}
	ncls := 1 // column 1: any byte not in a phrase
	for _, p := range phrases {
		if p == "" {
			panic("classifier: empty cue")
		}
		c.maxLen = max(c.maxLen, len(p))
		for i := 0; i < len(p); i++ {
			if c.class[p[i]] == 0 {
				ncls++
				c.class[p[i]] = uint8(ncls)
			}
		}
	}
	for b := range c.class {
		if c.class[b] == 0 {
			c.class[b] = 1
		}
	}
	c.stride = ncls + 1

	// The trie of the phrases, first as a list of edges (a state's id is
	// its order of creation), so that the table below is allocated once at
	// its final size: per-state rows were most of the classifier's
	// start-up garbage (16 of its 21 MB).
	type edge struct {
		from, to int32
		col      uint8
	}
	var edges []edge
	child := map[[2]int32]int32{} // (state, column) -> state
	out := []int32{0}             // per state: length of the phrase ending there, 0 if none
	for _, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			col := c.class[p[i]]
			next, ok := child[[2]int32{s, int32(col)}]
			if !ok {
				next = int32(len(out))
				out = append(out, 0)
				child[[2]int32{s, int32(col)}] = next
				edges = append(edges, edge{s, next, col})
			}
			s = next
		}
		out[s] = int32(len(p)) // a phrase is the longest string ending in its own state
	}
	child = nil
	n := len(out)
	stride := c.stride
	// goTo[s*stride+col] is the next state (an id, -1 for "no edge yet"),
	// filled in place into the final table below.
	goTo := make([]int32, n*stride)
	for i := range goTo {
		goTo[i] = -1
	}
	for _, e := range edges {
		goTo[int(e.from)*stride+int(e.col)] = e.to
	}
	edges = nil

	// Breadth first, every state's missing edges follow its failure state
	// (the longest proper suffix that is also a trie state), whose row is
	// already complete; a state without a phrase of its own reports the
	// phrase of its failure state.
	fail := make([]int32, n)
	queue := make([]int32, 0, n)
	for col := 1; col < stride; col++ {
		if t := goTo[col]; t < 0 {
			goTo[col] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if out[s] == 0 {
			out[s] = out[fail[s]]
		}
		row, failRow := int(s)*stride, int(fail[s])*stride
		for col := 1; col < stride; col++ {
			if t := goTo[row+col]; t < 0 {
				goTo[row+col] = goTo[failRow+col]
			} else {
				fail[t] = goTo[failRow+col]
				queue = append(queue, t)
			}
		}
	}

	// In place: column 0 the phrase length, the others the next state's
	// offset, bit-inverted when a phrase ends there.
	for s := range n {
		base := s * stride
		goTo[base] = out[s]
		for col := 1; col < stride; col++ {
			next := goTo[base+col]
			off := next * int32(stride)
			if out[next] != 0 {
				off = ^off
			}
			goTo[base+col] = off
		}
	}
	c.table = goTo
	return c
}

// contains reports whether any phrase occurs in s.
func (c *cueSet) contains(s string) bool {
	t, cls := c.table, &c.class
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = t[int(st)+int(cls[s[i]])]
		if st < 0 {
			return true
		}
	}
	return false
}

// index returns the smallest index in s at which any phrase starts, or -1,
// like the smallest strings.Index over the phrases. The first match found
// ends first but need not start first (of "see you on" and "you", "you" is
// found first in "see you on"), so the scan goes on until no phrase could
// start any earlier.
func (c *cueSet) index(s string) int {
	t, cls := c.table, &c.class
	st := int32(0)
	best := -1
	for i := 0; i < len(s); i++ {
		if best >= 0 && i+1-c.maxLen >= best {
			break
		}
		st = t[int(st)+int(cls[s[i]])]
		if st < 0 {
			st = ^st
			if start := i + 1 - int(t[st]); best < 0 || start < best {
				best = start
			}
		}
	}
	return best
}

// wordIndex is index for a phrase that starts a word: a match right after
// a letter ("if " in "positif ", "actif ") is passed over.
func (c *cueSet) wordIndex(s string) int {
	for from := 0; from < len(s); {
		i := c.index(s[from:])
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || !wordByte(s[i-1]) || !wordByte(s[i]) {
			return i
		}
		from = i + 1
	}
	return -1
}

// wordByte: a byte of a word, an ASCII letter or digit or any byte of a
// multi-byte UTF-8 letter.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
