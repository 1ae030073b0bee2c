package mailmsg

// Writing: the header of a message hearback writes (a draft), by hand
// rather than with go-message's writer so that the output is exact and
// stable: field order, RFC 2047 encoding, folding and CRLF line ends are
// decided here and covered by tests. Every line stays within 78 octets
// unless it holds one address that long.

import (
	"bytes"
	"crypto/rand"
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// HeaderWriter writes a message header: fields in the order they are
// added, each folded at spaces to stay within 78 octets where the value
// allows, CRLF line ends. The zero value is an empty header.
type HeaderWriter struct {
	b bytes.Buffer
}

// Add writes the field "name: value", value as it is (ASCII, no line
// breaks: a date, a media type, an id of the caller's).
func (h *HeaderWriter) Add(name, value string) {
	const limit = 78
	h.b.WriteString(name + ":")
	n := len(name) + 1
	lineHasWord := false
	for _, w := range strings.Split(value, " ") {
		if lineHasWord && w != "" && n+1+len(w) > limit {
			h.b.WriteString("\r\n")
			n = 0
		}
		h.b.WriteString(" " + w)
		n += 1 + len(w)
		if w != "" {
			lineHasWord = true
		}
	}
	h.b.WriteString("\r\n")
}

// AddText writes an unstructured field (Subject): words that are plain
// ASCII stay readable, runs of words that need it are RFC 2047
// encoded-words.
func (h *HeaderWriter) AddText(name, text string) { h.Add(name, encodeText(text)) }

// AddAddresses writes an address-list field (From, To, Cc): "phrase <addr>"
// or a bare addr where there is no name, the name as an atom, a
// quoted-string or encoded-words. The addresses are those CleanAddress
// accepted.
func (h *HeaderWriter) AddAddresses(name string, list ...Address) {
	parts := make([]string, len(list))
	for i, a := range list {
		parts[i] = a.Email
		if a.Name != "" {
			parts[i] = encodePhrase(a.Name) + " <" + a.Email + ">"
		}
	}
	h.Add(name, strings.Join(parts, ", "))
}

// AddMsgIDs writes a field of msg-ids in angle brackets (Message-ID,
// In-Reply-To, References), ids as ParseMsgID returns them.
func (h *HeaderWriter) AddMsgIDs(name string, ids ...string) {
	h.Add(name, "<"+strings.Join(ids, "> <")+">")
}

// WriteTo writes the header and the empty line that ends it.
func (h *HeaderWriter) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(h.b.Bytes())
	if err == nil {
		var m int
		m, err = io.WriteString(w, "\r\n")
		n += m
	}
	return int64(n), err
}

// MaxName bounds a display name written into a header, in characters: a
// name is a few words, and a longer one is junk or an attack on the header.
const MaxName = 200

// CleanAddress makes a an address to write into a header: the display name
// cleaned (Clean: no control or bidi characters) and cut to MaxName
// characters, the address checked. ok is false for an address that cannot
// be written: not a dot-atom local part and a domain of letters, digits,
// hyphens and dots (UTF-8 allowed, RFC 6532), such as a quoted local part
// or an address literal.
func CleanAddress(a Address) (_ Address, ok bool) {
	email := strings.TrimSpace(a.Email)
	if !validEmail(email) {
		return Address{}, false
	}
	name := Clean(a.Name)
	if utf8.RuneCountInString(name) > MaxName {
		name = strings.TrimSpace(string([]rune(name)[:MaxName]))
	}
	return Address{Name: name, Email: email}, true
}

func validEmail(s string) bool {
	if len(s) > 254 || !utf8.ValidString(s) {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if !isDotAtom(local) {
		return false
	}
	if strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return false
	}
	for _, r := range domain {
		if !(r == '-' || r == '.' || r >= utf8.RuneSelf && unicode.IsPrint(r) || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// isDotAtom reports whether s is an RFC 5322 dot-atom-text (UTF-8 allowed).
func isDotAtom(s string) bool {
	if s == "" || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if r >= utf8.RuneSelf {
			if !unicode.IsPrint(r) || unicode.IsSpace(r) {
				return false
			}
			continue
		}
		if !isAtextOrDot(byte(r)) {
			return false
		}
	}
	return true
}

// isAtext reports whether c is ASCII atext (RFC 5322).
func isAtext(c byte) bool { return c != '.' && isAtextOrDot(c) }

// PrintableASCII reports whether s is printable ASCII without spaces, as
// an id in a header must be.
func PrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// ParseMsgID returns id without its angle brackets (one surrounding pair is
// tolerated) if it is a well-formed RFC 5322 msg-id: dot-atom-text "@"
// dot-atom-text or [literal], ASCII, at most 250 octets. ok is false for
// anything else.
func ParseMsgID(id string) (_ string, ok bool) {
	if strings.HasPrefix(id, "<") && strings.HasSuffix(id, ">") && len(id) >= 2 {
		id = id[1 : len(id)-1]
	}
	if id == "" || len(id) > 250 || !PrintableASCII(id) {
		return "", false
	}
	at := strings.LastIndexByte(id, '@')
	if at <= 0 || at == len(id)-1 {
		return "", false
	}
	left, right := id[:at], id[at+1:]
	if !isDotAtom(left) {
		return "", false
	}
	if strings.HasPrefix(right, "[") && strings.HasSuffix(right, "]") && len(right) >= 2 {
		if strings.ContainsAny(right[1:len(right)-1], "[]\\") {
			return "", false
		}
		return id, true
	}
	if !isDotAtom(right) {
		return "", false
	}
	return id, true
}

// maxRefs bounds the References of a reply.
const maxRefs = 20

// ReplyReferences is the References of a reply to inReplyTo (a valid id or
// ""): the valid ids of chain without duplicates, ending in inReplyTo; a
// chain longer than 20 keeps its root and its newest ids.
func ReplyReferences(chain []string, inReplyTo string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range chain {
		r, ok := ParseMsgID(r)
		if !ok || seen[r] || r == inReplyTo {
			continue
		}
		seen[r] = true
		out = append(out, r)
	}
	if inReplyTo != "" {
		out = append(out, inReplyTo)
	}
	if len(out) > maxRefs {
		out = append(out[:1], out[len(out)-maxRefs+1:]...)
	}
	return out
}

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewMessageID is a fresh "<base36 unix time>.<random>@<domain of from>"
// (hearback.invalid for a domain that is not ASCII), without brackets.
func NewMessageID(from string, now time.Time) (string, error) {
	var buf [15]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return "", fmt.Errorf("mailmsg: message id: %w", err)
	}
	domain := Domain(from)
	if !isDotAtom(domain) || !PrintableASCII(domain) {
		domain = "hearback.invalid" // internationalised domain without punycode
	}
	return strconv.FormatInt(now.Unix(), 36) + "." + idEncoding.EncodeToString(buf[:]) + "@" + domain, nil
}

// maxWord is the longest word a header keeps as it is: longer ones are
// encoded, as encoded-words of at most 75 octets that the header can be
// folded between (Add folds only at spaces).
const maxWord = 60

// encodePhrase renders a display name: atoms as they are, other ASCII as a
// quoted-string, anything non-ASCII (or looking like an encoded-word, or
// with a word too long to fold) as RFC 2047 encoded-words safe in a phrase.
func encodePhrase(s string) string {
	ascii, atoms := true, true
	word := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < 0x20 || c == 0x7f {
			ascii = false
			break
		}
		if c != ' ' && !isAtext(c) {
			atoms = false
		}
		if word++; c == ' ' {
			word = 0
		} else if word > maxWord {
			ascii = false // one 3,000-letter "word" would be one 3,000-octet line
			break
		}
	}
	if ascii && !strings.Contains(s, "=?") {
		if atoms {
			return s
		}
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
	}
	return encodedWords(s)
}

// encodeText renders an unstructured value: words that are plain ASCII stay
// readable, runs of words that need it are encoded.
func encodeText(s string) string {
	words := strings.Split(s, " ")
	var out []string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, encodedWords(strings.Join(run, " ")))
			run = nil
		}
	}
	for _, w := range words {
		plain := len(w) <= maxWord && !strings.Contains(w, "=?") && PrintableASCII(w)
		if w == "" {
			plain = len(run) == 0
		}
		if plain {
			flush()
			out = append(out, w)
		} else {
			run = append(run, w)
		}
	}
	flush()
	return strings.Join(out, " ")
}

// maxEncodedWord bounds an encoded-word: RFC 2047 allows 75 octets, and 69
// lets the first one follow "Subject: " within 78 octets, so that every
// header line stays within 78 octets unless it holds an address that long.
const maxEncodedWord = 78 - len("Subject: ")

// encodedWords encodes s as space-separated UTF-8 encoded-words of at most
// maxEncodedWord octets, Q or B, whichever is shorter. The Q form uses only
// the characters RFC 2047 allows in a phrase, so it is safe everywhere.
func encodedWords(s string) string {
	q := qWords(s)
	b := bWords(s)
	if len(b)*4 < len(q)*3 { // Q is more readable: B only when much shorter
		return b
	}
	return q
}

// bWords is s as B encoded-words, split between characters.
func bWords(s string) string {
	const prefix, suffix = "=?utf-8?b?", "?="
	const maxRaw = (maxEncodedWord - len(prefix) - len(suffix)) / 4 * 3
	var words []string
	for len(s) > 0 || len(words) == 0 {
		n := min(len(s), maxRaw)
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, prefix+base64.StdEncoding.EncodeToString([]byte(s[:n]))+suffix)
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// qWords is s as Q encoded-words, split between characters.
func qWords(s string) string {
	const prefix, suffix = "=?utf-8?q?", "?="
	const maxText = maxEncodedWord - len(prefix) - len(suffix)
	var words []string
	var cur strings.Builder
	for _, r := range s {
		var enc strings.Builder
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			switch {
			case c == ' ':
				enc.WriteByte('_')
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
				c == '!', c == '*', c == '+', c == '-', c == '/':
				enc.WriteByte(c)
			default:
				fmt.Fprintf(&enc, "=%02X", c)
			}
		}
		if cur.Len()+enc.Len() > maxText && cur.Len() > 0 {
			words = append(words, prefix+cur.String()+suffix)
			cur.Reset()
		}
		cur.WriteString(enc.String())
	}
	if cur.Len() > 0 || len(words) == 0 {
		words = append(words, prefix+cur.String()+suffix)
	}
	return strings.Join(words, " ")
}
