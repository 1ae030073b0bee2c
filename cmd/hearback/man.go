package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/hearback/hearback/internal/buildinfo"
)

const manUsage = `man

Prints the manual page hearback(1), in roff, made from the command table and
each command's --help, so that it cannot fall behind the commands there are:

  hearback man | man -l -
  hearback man | gzip -9n > /usr/local/share/man/man1/hearback.1.gz

Its date is $SOURCE_DATE_EPOCH when that is set (reproducible builds), else
the date of the commit the binary was built from.`

func cmdMan(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "man", manUsage)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	bi, _ := debug.ReadBuildInfo()
	ver := version
	if ver == "" && bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		ver = bi.Main.Version
	}
	date, err := manDate(os.Getenv("SOURCE_DATE_EPOCH"), buildinfo.VCSOf(bi).Time)
	if err != nil {
		return err
	}
	page, err := manPage(ctx, ver, date)
	if err != nil {
		return err
	}
	_, err = g.stdout.Write(page)
	return err
}

// manDate is the page's date: SOURCE_DATE_EPOCH (seconds) if set, else the
// day of the commit (vcsTime, RFC 3339), else none.
func manDate(sourceDateEpoch, vcsTime string) (string, error) {
	if sourceDateEpoch != "" {
		sec, err := strconv.ParseInt(sourceDateEpoch, 10, 64)
		if err != nil {
			return "", usageError{msg: fmt.Sprintf("man: SOURCE_DATE_EPOCH=%q is not a number of seconds", sourceDateEpoch)}
		}
		return time.Unix(sec, 0).UTC().Format(time.DateOnly), nil
	}
	if t, err := time.Parse(time.RFC3339, vcsTime); err == nil {
		return t.UTC().Format(time.DateOnly), nil
	}
	return "", nil
}

// manHelp is one command's --help, taken apart: the synopsis lines, the
// description (lines as printed) and the flags.
type manHelp struct {
	synopsis []string
	body     []string
	flags    []manFlag
}

type manFlag struct{ name, arg, usage string }

// commandHelp runs a command of the table with --help and reads what it
// prints. A command whose synopsis offers subcommands (auth
// login|status|logout) and prints no flags of its own is asked for each
// subcommand's flags too.
func commandHelp(ctx context.Context, c command) (manHelp, error) {
	text, err := helpText(ctx, c, "--help")
	if err != nil {
		return manHelp{}, err
	}
	h := parseHelp(text)
	if len(h.flags) == 0 {
		if f := strings.Fields(c.synopsis); len(f) > 1 && strings.Contains(f[1], "|") {
			seen := map[string]bool{}
			for _, sub := range strings.Split(f[1], "|") {
				subText, err := helpText(ctx, c, sub, "--help")
				if err != nil {
					continue // a subcommand without flags of its own
				}
				for _, fl := range parseHelp(subText).flags {
					if !seen[fl.name] {
						seen[fl.name] = true
						h.flags = append(h.flags, fl)
					}
				}
			}
		}
	}
	return h, nil
}

// helpText is what `hearback NAME args...` prints for help (on stderr).
func helpText(ctx context.Context, c command, args ...string) (string, error) {
	var out, errb bytes.Buffer
	g := &globals{stdout: &out, stderr: &errb, stopSignals: func() {}}
	if err := c.run(ctx, g, args); !errors.Is(err, flag.ErrHelp) {
		return "", fmt.Errorf("man: 'hearback %s %s' did not print help (%v)", c.name, strings.Join(args, " "), err)
	}
	return errb.String(), nil
}

// parseHelp reads the text newFlagSet's usage prints: "Usage: hearback
// SYNOPSIS" (continued by lines starting "       hearback"), a blank line,
// the description, and "Flags:" followed by printFlags' lines.
func parseHelp(text string) manHelp {
	var h manHelp
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	i := 0
	for ; i < len(lines); i++ {
		l := lines[i]
		switch {
		case i == 0 && strings.HasPrefix(l, "Usage: hearback "):
			h.synopsis = append(h.synopsis, strings.TrimPrefix(l, "Usage: "))
			continue
		case i > 0 && strings.HasPrefix(l, "       hearback "):
			h.synopsis = append(h.synopsis, strings.TrimSpace(l))
			continue
		}
		break
	}
	for ; i < len(lines) && lines[i] != "Flags:"; i++ {
		h.body = append(h.body, lines[i])
	}
	for i++; i < len(lines); i++ {
		if f, ok := parseFlagLine(lines[i]); ok {
			h.flags = append(h.flags, f)
		}
	}
	// Trim blank lines around the description.
	for len(h.body) > 0 && strings.TrimSpace(h.body[0]) == "" {
		h.body = h.body[1:]
	}
	for len(h.body) > 0 && strings.TrimSpace(h.body[len(h.body)-1]) == "" {
		h.body = h.body[:len(h.body)-1]
	}
	return h
}

// parseFlagLine reads one line of printFlags: "  --name ARG" padded to 24
// columns, a space, the usage; a longer name and argument are followed by
// one space, and the argument is the upper-case word after the name.
func parseFlagLine(line string) (manFlag, bool) {
	if !strings.HasPrefix(line, "  --") {
		return manFlag{}, false
	}
	var spec, usage string
	if len(line) > 25 && line[23] == ' ' && line[24] == ' ' {
		spec, usage = strings.TrimSpace(line[:24]), line[25:]
	} else {
		f := strings.Fields(line)
		n := 1
		if len(f) > 1 && isArgName(f[1]) {
			n = 2
		}
		spec = strings.Join(f[:n], " ")
		usage = strings.Join(f[n:], " ")
	}
	name, arg, _ := strings.Cut(spec, " ")
	return manFlag{name: strings.TrimPrefix(name, "--"), arg: arg, usage: strings.TrimSpace(usage)}, true
}

func isArgName(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return s != ""
}

// globalFlags are the flags of `hearback --help` (usageTail), which every
// command accepts too.
func globalFlags() []manFlag {
	var flags []manFlag
	for _, l := range strings.Split(usageTail, "\n") {
		if !strings.HasPrefix(l, "  --") {
			continue
		}
		spec, usage, _ := strings.Cut(strings.TrimSpace(l), "  ")
		name, arg, _ := strings.Cut(spec, " ")
		flags = append(flags, manFlag{name: strings.TrimPrefix(name, "--"), arg: arg, usage: strings.TrimSpace(usage)})
	}
	return flags
}

// manPage is hearback(1) in roff: NAME and DESCRIPTION from the top of
// `hearback --help`, the global options from its foot, then every command
// of the table with its own --help.
func manPage(ctx context.Context, ver, date string) ([]byte, error) {
	var b bytes.Buffer
	head := strings.Split(strings.TrimSpace(usageHead), "\n")
	title, _, _ := strings.Cut(head[0], ": ")
	var desc, synopsis []string
	for i, l := range head {
		if strings.HasPrefix(l, "Usage:") {
			if i+1 < len(head) {
				synopsis = strings.Fields(head[i+1])
			}
			break
		}
		desc = append(desc, l)
	}
	// "hearback: follow-up drafts ... went quiet." -> NAME line.
	whatis := strings.TrimSuffix(strings.TrimPrefix(desc[0], title+": "), ".")

	fmt.Fprintf(&b, ".\\\" hearback(1), written by 'hearback man' from the command table and each\n")
	fmt.Fprintf(&b, ".\\\" command's --help. Do not edit: change the commands instead.\n")
	fmt.Fprintf(&b, ".TH HEARBACK 1 \"%s\" %s \"User Commands\"\n", date, roffQuote(strings.TrimSpace("hearback "+ver)))
	b.WriteString(".nh\n.ad l\n") // no hyphenation or justification: paths and options stay whole
	b.WriteString(".SH NAME\n")
	fmt.Fprintf(&b, "%s \\- %s\n", title, roffText(whatis))
	b.WriteString(".SH SYNOPSIS\n")
	b.WriteString(roffSynopsis(strings.Join(synopsis, " ")))
	b.WriteString(".SH DESCRIPTION\n")
	writeRoffBody(&b, append([]string{"hearback writes " + whatis + "."}, desc[1:]...))
	b.WriteString(".PP\nEach command below also accepts the global options, after the command as well as before it.\n")
	b.WriteString(".SH GLOBAL OPTIONS\n")
	for _, f := range globalFlags() {
		writeRoffFlag(&b, f)
	}
	b.WriteString(".SH COMMANDS\n")
	for _, c := range commands {
		h, err := commandHelp(ctx, c)
		if err != nil {
			return nil, err
		}
		syn := h.synopsis
		if len(syn) == 0 {
			syn = []string{"hearback " + c.synopsis}
		}
		fmt.Fprintf(&b, ".SS %s\n", roffQuote(syn[0]))
		for _, s := range syn[1:] {
			fmt.Fprintf(&b, ".br\n\\fB%s\\fR\n", roffText(s))
		}
		if len(syn) > 1 {
			b.WriteString(".PP\n")
		}
		if len(h.body) == 0 {
			h.body = []string{c.summary}
		}
		writeRoffBody(&b, h.body)
		for _, f := range h.flags {
			if f.name == "config" || f.name == "log-level" {
				continue // the global options, above
			}
			writeRoffFlag(&b, f)
		}
	}
	b.WriteString(manTail)
	return b.Bytes(), nil
}

// manTail is what the commands' help does not say: files, environment,
// exit status.
var manTail = `.SH FILES
.TP
.I $XDG_CONFIG_HOME/hearback/config.yaml
The configuration (default
.IR ~/.config/hearback/config.yaml ),
written by
.B hearback init
with mode 0600; every key is explained in config.example.yaml.
.TP
.I $XDG_STATE_HOME/hearback/hearback.db
The database, unless the configuration names one (default
.IR ~/.local/state/hearback/hearback.db ):
headers and short excerpts of the mail hearback looked at, and the drafts it wrote.
.TP
.I /etc/hearback/config.yaml
The configuration of the system service
.IR hearback.service ,
which keeps its database in
.IR /var/lib/hearback .
.SH ENVIRONMENT
.TP
.B XDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME
Where the configuration and the database are by default.
.TP
.B HEARBACK_PASSWORD
No variable is read unless the configuration names it: an account's
.B password_env
(which
.B hearback init
sets to HEARBACK_PASSWORD) holds its password,
.B oauth_client_secret_env
an OAuth client secret.
.TP
.B SOURCE_DATE_EPOCH
The date of this page, for
.BR "hearback man" .
.SH EXIT STATUS
` + fmt.Sprintf(".TP\n%d\nSuccess.\n.TP\n%d\nA runtime failure (the server could not be reached, a check failed); a service restarts after it.\n.TP\n%d\nA configuration or usage error: restarting will not help until it is fixed.\n", exitOK, exitRuntime, exitConfig) + `.SH NOTES
hearback never sends mail: it writes drafts into the Drafts folder, for you to
read, change and send, or delete.
.SH SEE ALSO
.BR systemctl (1),
.BR journalctl (1),
the README and config.example.yaml that come with hearback.
`

// writeRoffBody writes help text: blank lines separate paragraphs, and
// indented lines (examples, tables) are kept as they are.
func writeRoffBody(b *bytes.Buffer, lines []string) {
	literal := false
	for i, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			if literal {
				b.WriteString(".fi\n.RE\n")
				literal = false
			}
			if i+1 < len(lines) {
				b.WriteString(".PP\n")
			}
		case strings.HasPrefix(l, "  "):
			if !literal {
				b.WriteString(".RS 4\n.nf\n")
				literal = true
			}
			b.WriteString(roffText(strings.TrimPrefix(l, "  ")) + "\n")
		default:
			if literal {
				b.WriteString(".fi\n.RE\n")
				literal = false
			}
			b.WriteString(roffText(strings.TrimSpace(l)) + "\n")
		}
	}
	if literal {
		b.WriteString(".fi\n.RE\n")
	}
}

func writeRoffFlag(b *bytes.Buffer, f manFlag) {
	b.WriteString(".TP\n")
	fmt.Fprintf(b, "\\fB%s\\fR", roffText("--"+f.name))
	if f.arg != "" {
		fmt.Fprintf(b, " \\fI%s\\fR", roffText(f.arg))
	}
	b.WriteString("\n" + roffText(f.usage) + "\n")
}

// roffSynopsis sets a usage line: words in upper case as arguments
// (italic), the rest as literal text (bold), brackets plain.
func roffSynopsis(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		core := strings.Trim(w, "[]|.")
		pre := w[:strings.Index(w, core)]
		post := w[len(pre)+len(core):]
		font := `\fB`
		if isArgName(core) || core == "flags" {
			font = `\fI`
		}
		out = append(out, roffText(pre)+font+roffText(core)+`\fR`+roffText(post))
	}
	return strings.Join(out, " ") + "\n"
}

// roffText escapes a line of text for roff: backslashes, a leading dot
// or quote, a minus that is not a hyphen between two letters (so that
// options can be copied), and every non-ASCII character.
func roffText(s string) string {
	var b strings.Builder
	rs := []rune(s)
	option := false // in a word that starts with a minus: --log-level
	for i, r := range rs {
		if i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("[(|=", rs[i-1]) {
			option = r == '-'
		}
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			if !option && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
				b.WriteRune(r) // a hyphen: follow-up
			} else {
				b.WriteString(`\-`)
			}
		case r > unicode.MaxASCII:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, ".") || strings.HasPrefix(out, "'") {
		out = `\&` + out
	}
	return out
}

// roffQuote is a macro argument in double quotes.
func roffQuote(s string) string {
	return `"` + strings.ReplaceAll(strings.TrimPrefix(roffText(s), `\&`), `"`, `\(dq`) + `"`
}
