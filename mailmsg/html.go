package mailmsg

import (
	"html"
	"strings"
)

// HTMLToText turns an HTML body into the text a mail client shows:
//
//   - white space in the source collapses to one space, as a browser
//     renders it, except inside <pre>;
//   - <br>, <div>, <li>, <tr> and their kin start a new line; <p>,
//     headings, tables, lists, quotes and <hr> stand apart as paragraphs
//     (a blank line), so that a sentence of one paragraph never runs into
//     the next;
//   - table cells are separated by a space;
//   - what a reader never sees is dropped: <head>, <title>, <style>,
//     <script>, <template>, comments (Outlook's conditional ones too) and
//     elements hidden with display:none, visibility:hidden or the hidden
//     attribute (the "preheader" of templates);
//   - character references are decoded.
//
// Lines are trimmed and at most one blank line separates paragraphs. It
// is used to classify HTML-only mail (ATS templates often are), so what
// matters is the words and where sentences and paragraphs end.
func HTMLToText(s string) string {
	var w htmlText
	w.b.Grow(len(s) / 3)
	pre := 0 // depth of <pre>
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			w.text(s[i:i+j], pre > 0)
			i += j
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			// A comment, Outlook's <!--[if mso]> ... <![endif]--> included.
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				return w.String()
			}
			i += 4 + end + 3
			continue
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
			// <!DOCTYPE>, <![endif]>, <?xml ...?>
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return w.String()
			}
			i += end + 1
			continue
		}
		name, closing, attrs, end := parseTag(rest)
		if end < 0 {
			if name == "" {
				w.text("<", pre > 0) // a lone "<" is text: "a < b"
				i++
				continue
			}
			return w.String() // a tag cut off by the excerpt limit
		}
		i += end
		switch name {
		case "script", "style", "head", "title", "template", "noscript", "xml":
			if !closing {
				i += skipElement(s[i:], name)
			}
			continue
		}
		if !closing && hiddenAttrs(attrs) && !voidElements[name] {
			i += skipElement(s[i:], name)
			continue
		}
		switch name {
		case "br":
			w.lineBreak()
		case "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol", "dl", "hr":
			w.paragraph()
		case "pre":
			w.paragraph()
			if closing {
				pre = max(pre-1, 0)
			} else {
				pre++
			}
		case "div", "li", "tr", "dt", "dd", "address", "figure", "figcaption", "form", "fieldset", "caption",
			"section", "article", "header", "footer", "main", "nav", "aside", "center", "details", "summary",
			"tbody", "thead", "tfoot", "body", "html":
			w.newline()
		case "td", "th":
			w.space()
		}
	}
	return w.String()
}

// voidElements have no content to skip.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// parseTag reads the tag at the start of s ("<" first): its lower-case
// name, whether it closes an element, its attribute text, and the length
// of the tag, or -1 when s holds no tag: a name must start with a letter,
// and a ">" inside a quoted attribute value does not end the tag.
func parseTag(s string) (name string, closing bool, attrs string, end int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && isTagNameByte(s[i]) {
		i++
	}
	if i == start || !isLetter(s[start]) {
		return "", false, "", -1
	}
	name = strings.ToLower(s[start:i])
	attrStart := i
	var quote byte
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, closing, s[attrStart:i], i + 1
		}
	}
	return name, closing, "", -1
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isTagNameByte(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' || c == '-' || c == ':' }

// hiddenAttrs reports an element a reader does not see: display:none,
// visibility:hidden, or the hidden attribute.
func hiddenAttrs(attrs string) bool {
	if attrs == "" {
		return false
	}
	a := strings.ToLower(attrs)
	if !strings.Contains(a, "none") && !strings.Contains(a, "hidden") {
		return false // most tags: no need to look closer
	}
	a = strings.Join(strings.Fields(a), "")
	if strings.Contains(a, "display:none") || strings.Contains(a, "visibility:hidden") {
		return true
	}
	for _, f := range strings.Fields(strings.ToLower(attrs)) {
		if f == "hidden" || strings.HasPrefix(f, "hidden=") {
			return true
		}
	}
	return false
}

// skipElement returns the length of s up to and including the end tag of
// the element name whose start tag was just read, counting nested
// elements of the same name; all of s when it has none.
func skipElement(s, name string) int {
	depth := 1
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return len(s)
		}
		i += j
		n, closing, _, end := parseTag(s[i:])
		if end < 0 {
			i++
			continue
		}
		if n == name {
			if closing {
				depth--
			} else if name != "script" && name != "style" {
				depth++
			}
			if depth == 0 {
				return i + end
			}
		}
		i += end
	}
	return len(s)
}

// htmlText accumulates rendered text: white space and line breaks are
// held back until the next visible character, so that none lead or trail
// and the strongest break between two words wins.
type htmlText struct {
	b     strings.Builder
	gap   bool // a space is due before the next word
	lines int  // line breaks due: 1 a new line, 2 a blank line
}

func (w *htmlText) space() { w.gap = true }

func (w *htmlText) newline() { w.lines = max(w.lines, 1) }

func (w *htmlText) paragraph() { w.lines = 2 }

// lineBreak is <br>: each one is a line, so two make a blank line.
func (w *htmlText) lineBreak() { w.lines = min(w.lines+1, 2) }

func (w *htmlText) text(raw string, pre bool) {
	t := raw
	if strings.IndexByte(t, '&') >= 0 {
		// A non-breaking space is a space to a reader; spacer cells and
		// "<p>&nbsp;</p>" show nothing.
		t = strings.ReplaceAll(html.UnescapeString(t), "\u00a0", " ")
	}
	if pre {
		for i, line := range strings.Split(t, "\n") {
			if i > 0 {
				w.lineBreak()
			}
			w.words(line)
		}
		return
	}
	w.words(t)
}

// words writes t with its white space collapsed.
func (w *htmlText) words(t string) {
	for len(t) > 0 {
		i := 0
		for i < len(t) && isHTMLSpace(t[i]) {
			i++
		}
		if i > 0 {
			w.gap = true
			t = t[i:]
			continue
		}
		j := 0
		for j < len(t) && !isHTMLSpace(t[j]) {
			j++
		}
		w.word(t[:j])
		t = t[j:]
	}
}

func (w *htmlText) word(s string) {
	if w.b.Len() > 0 {
		switch {
		case w.lines >= 2:
			w.b.WriteString("\n\n")
		case w.lines == 1:
			w.b.WriteByte('\n')
		case w.gap:
			w.b.WriteByte(' ')
		}
	}
	w.gap, w.lines = false, 0
	w.b.WriteString(s)
}

func (w *htmlText) String() string { return w.b.String() }

// isHTMLSpace is ASCII white space; a non-breaking space (&nbsp;) is a
// visible space that does not collapse.
func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
