package mailmsg

import (
	"html"
	"strings"
)

// HTMLToText turns an HTML body into readable text: script and style
// dropped, block elements become line breaks, entities decoded. It is only
// used to classify HTML-only mail, so readability beats fidelity.
func HTMLToText(s string) string {
	var b strings.Builder
	lower := strings.ToLower(s)
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			break
		}
		tag := lower[i+1 : i+end]
		name := strings.TrimPrefix(tag, "/")
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		i += end + 1
		switch name {
		case "script", "style", "head", "title":
			if !strings.HasPrefix(tag, "/") {
				if c := strings.Index(lower[i:], "</"+name); c >= 0 {
					i += c
				}
			}
		case "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote":
			b.WriteString("\n")
		case "td", "th":
			b.WriteString(" ")
		}
	}
	text := html.UnescapeString(b.String())
	lines := strings.Split(text, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
