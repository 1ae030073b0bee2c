package mailmsg

import (
	"strings"
	"unicode/utf8"
)

// simpleAddressList parses the address lists nearly all mail has, exactly as
// net/mail's AddressParser would, without its allocations: comma-separated
// mailboxes of the forms
//
//	local@domain
//	<local@domain>
//	"Quoted Name" <local@domain>
//	Plain Name <local@domain>
//
// with dot-atoms of ASCII atext and no comments. ok is false for anything
// else (encoded words, groups, comments, escapes, empty entries, non-ASCII
// outside quotes), and the caller uses net/mail.
func simpleAddressList(v string) (out []Address, ok bool) {
	p := v
	for {
		p = strings.TrimLeft(p, " \t")
		if p == "" {
			return nil, false
		}
		var name, spec string
		switch p[0] {
		case '"':
			if name, p, ok = quotedName(p); !ok {
				return nil, false
			}
			spec, p, ok = angleAddr(strings.TrimLeft(p, " \t"))
		case '<':
			spec, p, ok = angleAddr(p)
		default:
			// net/mail tries an addr-spec first, then a phrase and an
			// angle-addr; an atom followed by space or '<' is no addr-spec.
			if s, rest, isSpec := addrSpec(p); isSpec && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == ',') {
				spec, p, ok = s, rest, true
			} else if name, p, ok = atomPhrase(p); ok {
				spec, p, ok = angleAddr(p)
			}
		}
		if !ok {
			return nil, false
		}
		out = append(out, Address{Name: Clean(name), Email: NormalizeEmail(spec)})
		p = strings.TrimLeft(p, " \t")
		if p == "" {
			return out, true
		}
		if p[0] != ',' {
			return nil, false
		}
		p = p[1:]
	}
}

// isAtextOrDot reports whether c is ASCII atext (RFC 5322) or a dot.
func isAtextOrDot(c byte) bool {
	if c < '!' || c > '~' {
		return false
	}
	switch c {
	case '(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '"':
		return false
	}
	return true
}

// atom returns the leading run of atext and dots of p.
func atom(p string) string {
	i := 0
	for i < len(p) && isAtextOrDot(p[i]) {
		i++
	}
	return p[:i]
}

// dotAtom returns the leading strict dot-atom of p: no leading, trailing
// or double dot.
func dotAtom(p string) (string, bool) {
	a := atom(p)
	if a == "" || a[0] == '.' || a[len(a)-1] == '.' || strings.Contains(a, "..") {
		return "", false
	}
	return a, true
}

// addrSpec reads local@domain, both strict dot-atoms, at the start of p.
func addrSpec(p string) (spec, rest string, ok bool) {
	local, ok := dotAtom(p)
	if !ok || len(p) == len(local) || p[len(local)] != '@' {
		return "", p, false
	}
	domain, ok := dotAtom(p[len(local)+1:])
	if !ok {
		return "", p, false
	}
	n := len(local) + 1 + len(domain)
	return p[:n], p[n:], true
}

// angleAddr reads <local@domain> at the start of p.
func angleAddr(p string) (spec, rest string, ok bool) {
	if p == "" || p[0] != '<' {
		return "", p, false
	}
	spec, rest, ok = addrSpec(p[1:])
	if !ok || rest == "" || rest[0] != '>' {
		return "", p, false
	}
	return spec, rest[1:], true
}

// quotedName reads a quoted string of printable characters and white
// space, without escapes, at the start of p, which starts with '"'.
func quotedName(p string) (name, rest string, ok bool) {
	for i := 1; i < len(p); {
		c := p[i]
		switch {
		case c == '"':
			return p[1:i], p[i+1:], true
		case c == ' ' || c == '\t' || c >= '!' && c <= '~' && c != '\\':
			i++
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(p[i:])
			if r == utf8.RuneError && size == 1 {
				return "", p, false
			}
			i += size
		default:
			return "", p, false
		}
	}
	return "", p, false // unclosed
}

// atomPhrase reads atoms separated by white space up to an angle-addr:
// the display name, its words joined by single spaces as net/mail joins
// them. Atoms that could be encoded words are refused.
func atomPhrase(p string) (name, rest string, ok bool) {
	var b strings.Builder
	words := 0
	start := p
	for {
		p = strings.TrimLeft(p, " \t")
		if p != "" && p[0] == '<' {
			break
		}
		a := atom(p)
		if a == "" || strings.HasPrefix(a, "=?") {
			return "", start, false
		}
		if words == 1 {
			b.WriteString(name)
		}
		if words > 0 {
			b.WriteByte(' ')
			b.WriteString(a)
		} else {
			name = a
		}
		words++
		p = p[len(a):]
		if p != "" && p[0] != ' ' && p[0] != '\t' && p[0] != '<' {
			return "", start, false
		}
	}
	if words > 1 {
		name = b.String()
	}
	return name, p, true
}
