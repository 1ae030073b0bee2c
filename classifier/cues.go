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

	// The trie of the phrases; -1 is "no edge yet".
	var goTo [][]int32
	var out []int32 // per state: length of the phrase ending there, 0 if none
	newState := func() int32 {
		row := make([]int32, c.stride)
		for i := range row {
			row[i] = -1
		}
		goTo = append(goTo, row)
		out = append(out, 0)
		return int32(len(goTo) - 1)
	}
	newState()
	for _, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			col := c.class[p[i]]
			if goTo[s][col] < 0 {
				goTo[s][col] = newState()
			}
			s = goTo[s][col]
		}
		out[s] = int32(len(p)) // a phrase is the longest string ending in its own state
	}

	// Breadth first, every state's missing edges follow its failure state
	// (the longest proper suffix that is also a trie state), whose row is
	// already complete; a state without a phrase of its own reports the
	// phrase of its failure state.
	fail := make([]int32, len(goTo))
	queue := []int32{}
	for col := 1; col < c.stride; col++ {
		if t := goTo[0][col]; t < 0 {
			goTo[0][col] = 0
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
		for col := 1; col < c.stride; col++ {
			if t := goTo[s][col]; t < 0 {
				goTo[s][col] = goTo[fail[s]][col]
			} else {
				fail[t] = goTo[fail[s]][col]
				queue = append(queue, t)
			}
		}
	}

	c.table = make([]int32, len(goTo)*c.stride)
	for s, row := range goTo {
		base := s * c.stride
		c.table[base] = out[s]
		for col := 1; col < c.stride; col++ {
			next := row[col] * int32(c.stride)
			if out[row[col]] != 0 {
				next = ^next
			}
			c.table[base+col] = next
		}
	}
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
