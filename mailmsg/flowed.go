package mailmsg

// Plain text that reflows: format=flowed (RFC 3676) with DelSp=no, as
// the body of a draft is written. A paragraph becomes lines of at most
// FlowWidth characters, each but its last ending in a space (a soft
// break, which a reader joins again); quoted lines keep their ">" on
// every line and flow only into quoted lines of the same depth; lines
// that start with a space, ">" or "From " are space-stuffed.

import (
	"strings"
	"unicode/utf8"
)

// FlowWidth is the length, in characters, that Flow breaks lines at
// where a space allows: RFC 3676 recommends at most 78, and a little less
// leaves room for the ">" of a reply.
const FlowWidth = 72

// FlowedContentType is the Content-Type of a text Flow wrote.
const FlowedContentType = "text/plain; charset=utf-8; format=flowed; delsp=no"

// FlowText writes text (LF line ends, one line per paragraph or hard
// line) as format=flowed lines with DelSp=no, LF line ends: a line that
// ends in a space continues on the next. Trailing spaces of a hard line
// are dropped (they would make it flow), except in the signature
// separator "-- ". Every line is text: one that starts with ">", a space
// or "From " is space-stuffed. A word longer than FlowWidth stays whole.
func FlowText(text string) string { return flow(text, false) }

// FlowQuote is FlowText for a block that quotes: a line of ">"s is a
// quoted line, and its continuation lines carry the same ">"s, so that
// it never flows into text of another depth.
func FlowQuote(text string) string { return flow(text, true) }

func flow(text string, quotes bool) string {
	var b strings.Builder
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if line == "-- " {
			b.WriteString(line)
			continue
		}
		depth, content := 0, line
		if quotes {
			depth, content = quoteDepth(line)
		}
		content = strings.TrimRight(content, " ")
		prefix := ""
		if depth > 0 {
			prefix = strings.Repeat(">", depth)
			if content != "" {
				prefix += " " // an empty quoted line ends in no space: it would flow
			}
		}
		pieces := wrapLine(content, FlowWidth-len(prefix))
		for j, p := range pieces {
			if j > 0 {
				b.WriteByte('\n')
			}
			if depth == 0 && needsStuffing(p) {
				p = " " + p
			}
			b.WriteString(prefix + p)
		}
	}
	return b.String()
}

// quoteDepth splits a line into the number of ">" it starts with and the
// rest, without the one space that conventionally follows them.
func quoteDepth(line string) (int, string) {
	n := 0
	for n < len(line) && line[n] == '>' {
		n++
	}
	if n == 0 {
		return 0, line
	}
	return n, strings.TrimPrefix(line[n:], " ")
}

func needsStuffing(s string) bool {
	return strings.HasPrefix(s, " ") || strings.HasPrefix(s, ">") || strings.HasPrefix(s, "From ")
}

// wrapLine breaks s at spaces into pieces of at most width characters,
// the space of a break ending the piece before it, greedily. It does not
// break before a mark that a space precedes in French (":", ";", "!",
// "?", "»") or after "«", so that "vous ?" stays on one line.
func wrapLine(s string, width int) []string {
	if utf8.RuneCountInString(s) <= width || width < 1 {
		return []string{s}
	}
	var out []string
	for utf8.RuneCountInString(s) > width {
		// The last space that ends a piece of at most width characters.
		cut, n := -1, 0
		for i, r := range s {
			if n >= width {
				break
			}
			if r == ' ' && breakable(s, i) {
				cut = i + 1
			}
			n++
		}
		if cut < 0 {
			// A word longer than width: break at the first space after it.
			for i, r := range s {
				if r == ' ' && breakable(s, i) {
					cut = i + 1
					break
				}
			}
		}
		if cut < 0 || cut >= len(s) {
			break
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}

// breakable reports whether the space at byte i of s may end a line: not
// one of a run of spaces (a line would start with one), not the last
// character, not before a French mark or after "«".
func breakable(s string, i int) bool {
	if i == 0 || i+1 >= len(s) || s[i-1] == ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	switch next {
	case ':', ';', '!', '?', '»', ' ':
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return prev != '«'
}

// Unflow reads format=flowed text (LF line ends) back into one line per
// paragraph: soft breaks joined, space-stuffing removed, with delSp the
// space of each soft break too. Quoted lines are written back as ">"s and
// a space before their text.
func Unflow(text string, delSp bool) string {
	var out []string
	var cur strings.Builder
	curDepth, open := 0, false
	flush := func() {
		if !open {
			return
		}
		line := cur.String()
		if curDepth > 0 {
			if line != "" {
				line = " " + line
			}
			line = strings.Repeat(">", curDepth) + line
		}
		out = append(out, line)
		cur.Reset()
		open = false
	}
	for _, line := range strings.Split(text, "\n") {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := strings.TrimPrefix(line[depth:], " ")
		if open && depth != curDepth {
			flush()
		}
		soft := strings.HasSuffix(content, " ") && content != "-- "
		if soft && delSp {
			content = content[:len(content)-1]
		}
		cur.WriteString(content)
		curDepth, open = depth, true
		if !soft {
			flush()
		}
	}
	flush()
	return strings.Join(out, "\n")
}
