// Package call offers a phone call beside a follow-up draft when the
// promise that passed was a call ("I'll give you a call on Tuesday
// afternoon"): it finds the number of the person who promised it in the
// thread (their signature, an invitation they sent) and writes a short
// script in the draft's language and tone. Career advice puts the phone
// first when someone said they would call and did not: call them
// yourself, lightly, with understanding, with the reason. The script is
// shown (explain, the dashboard, the notification), never put into the
// email.
package call

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// Number is a phone number found in a thread.
type Number struct {
	E164    string // "+15555550100": for a tel: link
	Display string // "+1 555-555-0100": the international form, to read out and dial from anywhere
}

// Tel is the number as a tel: URI (RFC 3966).
func (n Number) Tel() string { return "tel:" + n.E164 }

// IsZero reports whether n is no number.
func (n Number) IsZero() bool { return n.E164 == "" }

// candidate is a run of digits with the separators numbers are written
// with, on one line: "+1 (555) 555-0100", "020 7946 0958", "030/1234567-0".
var candidate = regexp.MustCompile(`\+?\(?\d[\d \t\x{00A0}().\-/]{4,40}\d`)

// dateShape: "2027-04-13", "13.04.2027", "4/13/27" parse as numbers in
// some regions; they are dates.
var dateShape = regexp.MustCompile(`^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$`)

// phoneLabel is a word before a number on its line that says it is one
// ("Tel.", "Mobile:", "M:", "Handy", "portable", "móvil"); notPhone one
// that says it is not the person's line: a fax, a conference dial-in, a
// register or an account.
var (
	phoneLabel = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:tel|phone|fon|mobil|mob|cell|handy|direct|office|call|ring|reach me|whatsapp|tél|portable|teléfono|telefono|móvil|movil|celular|durchwahl|rufnummer|numéro|número|number)|[☎📞📱]|(?:^|[\s|/,;])[tmpdoc]\s*[:.]?\s*$`)
	notPhone   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:fax|dial[- ]?in|join|meeting|conference|pin|passcode|access code|iban|bic|swift|ust|vat|hrb|hra|siret|siren|cif|nif|account|konto|order|ref|invoice|zoom|teams|webex|id)(?:[^\p{L}]|$)`)
)

// Find returns the phone numbers written in text, in order and each once,
// reading a number without a country code as one of region (ISO 3166,
// "US", "GB", "DE"). A number counts when it is valid for its country, or
// possible and written as one (with its +country code, or after a label
// such as "Tel." or "Mobile:"); dates, register and account numbers,
// faxes and dial-ins do not.
func Find(text, region string) []Number {
	var out []Number
	seen := map[string]bool{}
	for _, m := range candidate.FindAllStringIndex(text, -1) {
		s, e := m[0], m[1]
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "DE89 3704 0044 ...", "ID12345678"
		}
		if r, _ := utf8.DecodeRuneInString(text[e:]); e < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		label := lineBefore(text, s)
		if notPhone.MatchString(label) {
			continue
		}
		labelled := phoneLabel.MatchString(label)
		for _, raw := range alternatives(text[s:e]) {
			n, ok := parse(raw, region, labelled)
			if ok && !seen[n.E164] {
				seen[n.E164] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// alternatives splits "030 1234567 / 0151 2345678" into its numbers when
// the whole is none.
func alternatives(raw string) []string {
	raw = strings.TrimSpace(raw)
	if !strings.Contains(raw, " / ") {
		return []string{raw}
	}
	return strings.Split(raw, " / ")
}

func parse(raw, region string, labelled bool) (Number, bool) {
	raw = strings.TrimRight(strings.TrimSpace(raw), "-./(")
	digits := 0
	separated := false
	for _, r := range raw {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r != '+':
			separated = true
		}
	}
	if digits < 7 || dateShape.MatchString(raw) {
		return Number{}, false
	}
	international := strings.HasPrefix(raw, "+")
	// An unbroken run of digits without a label is more likely an order
	// or a reference than a number someone writes to be called on.
	if !labelled && !international && !separated {
		return Number{}, false
	}
	n, err := phonenumbers.Parse(raw, region)
	if err != nil {
		return Number{}, false
	}
	if !phonenumbers.IsValidNumber(n) && !(phonenumbers.IsPossibleNumber(n) && (labelled || international)) {
		return Number{}, false
	}
	return Number{E164: phonenumbers.Format(n, phonenumbers.E164), Display: phonenumbers.Format(n, phonenumbers.INTERNATIONAL)}, true
}

// lineBefore is up to 32 bytes of text's line before position i.
func lineBefore(text string, i int) string {
	lo := strings.LastIndexByte(text[:i], '\n') + 1
	if i-lo > 32 {
		lo = i - 32
		for lo < i && !utf8.RuneStart(text[lo]) {
			lo++
		}
	}
	return text[lo:i]
}

// Region is the default region of numbers written without a country code
// for a thread with counterpart email: the country of the configured
// holidays, else the country of the counterpart's domain (".de", ".co.uk"),
// else the US.
func Region(holidays, email string) string {
	if r := strings.ToUpper(strings.TrimSpace(holidays)); supported(r) {
		return r
	}
	domain := strings.ToLower(email[strings.LastIndexByte(email, '@')+1:])
	tld := domain[strings.LastIndexByte(domain, '.')+1:]
	if tld == "uk" {
		return "GB"
	}
	if !vanityTLDs[tld] && supported(strings.ToUpper(tld)) {
		return strings.ToUpper(tld)
	}
	return "US"
}

// vanityTLDs are country domains used for their letters (a startup's
// ".io", ".ai", ".co"), which say nothing of where the person is.
var vanityTLDs = map[string]bool{"io": true, "ai": true, "co": true, "me": true, "tv": true, "ly": true, "fm": true,
	"gg": true, "sh": true, "ac": true, "to": true, "ws": true, "cc": true, "la": true, "so": true, "vc": true,
	"am": true, "im": true, "is": true, "nu": true, "tk": true, "gl": true, "ms": true, "st": true}

func supported(region string) bool {
	return len(region) == 2 && phonenumbers.GetSupportedRegions()[region]
}
