package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// classifyStdin is where `hearback classify -` reads; tests replace it.
var classifyStdin io.Reader = os.Stdin

// classifyView is one line of `hearback classify --json`; its fields are a
// contract (issue 3). Times are RFC 3339 or null.
type classifyView struct {
	File    string     `json:"file"`
	Error   string     `json:"error,omitempty"`
	Subject string     `json:"subject"`
	From    string     `json:"from"`
	Date    *time.Time `json:"date"`
	classifier.Verdict
}

func cmdClassify(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "classify", "classify [--json] [--now TIME] FILE...\n\n"+
		"Classifies RFC 5322 message files (\"-\" reads one message from stdin) and prints,\n"+
		"one line per message, what hearback concluded: job or not, stage, promised\n"+
		"contact, interview, out-of-office return date, and why. Needs no configuration.\n"+
		"Dates are resolved against each message's own Date header; --now stands in for\n"+
		"a missing one (default: the current time).")
	asJSON := fs.Bool("json", false, "print one JSON object per message")
	nowFlag := fs.String("now", "", "reference time for messages without a Date header (RFC 3339)")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError{msg: "classify: no files given (use - for stdin)"}
	}
	now, err := parseNow(*nowFlag)
	if err != nil {
		return err
	}
	var unreadable []string
	for _, name := range files {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		raw, err := readMessageFile(name)
		if err != nil {
			unreadable = append(unreadable, name)
			writeClassify(g.stdout, *asJSON, classifyView{File: name, Error: err.Error(), Verdict: classifier.Verdict{Stage: classifier.StageOther, Reasons: []string{}}})
			continue
		}
		writeClassify(g.stdout, *asJSON, classifyRaw(name, raw, now))
	}
	if len(unreadable) > 0 {
		return fmt.Errorf("classify: could not read %d file(s): %s", len(unreadable), strings.Join(unreadable, ", "))
	}
	return nil
}

func readMessageFile(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(classifyStdin, 64<<20))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a directory", name)
	}
	return io.ReadAll(io.LimitReader(f, 64<<20))
}

// classifyRaw classifies one file's bytes. A file that is not a message
// still gets a verdict from its text, with the parse error beside it.
func classifyRaw(name string, raw []byte, now time.Time) classifyView {
	m, perr := mailmsg.ParseBytes(raw)
	var v classifier.Verdict
	if perr == nil {
		undated := m.Date.IsZero()
		if undated {
			m.Date = now
		}
		v = classifier.Classify(m)
		if undated {
			v.Reasons = append([]string{"no Date header: dates resolved against " + now.Format(time.RFC3339)}, v.Reasons...)
			m.Date = time.Time{}
		}
	} else {
		v, m, _ = classifier.ClassifyBytes(raw)
	}
	out := classifyView{File: name, Subject: m.Subject, Verdict: v}
	if m.From.Email != "" {
		out.From = m.From.String()
	}
	if !m.Date.IsZero() {
		d := m.Date
		out.Date = &d
	}
	if perr != nil {
		out.Error = perr.Error()
	}
	if out.Reasons == nil {
		out.Reasons = []string{}
	}
	return out
}

func writeClassify(w io.Writer, asJSON bool, v classifyView) {
	if asJSON {
		// One object per line; addresses keep their <> readable.
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil { // cannot happen for this struct; say so rather than print nothing
			enc.Encode(map[string]string{"file": v.File, "error": err.Error()})
		}
		return
	}
	fmt.Fprintln(w, classifyLine(v))
}

// classifyLine is the human form: one line per message.
func classifyLine(v classifyView) string {
	var b strings.Builder
	b.WriteString(v.File)
	b.WriteString(": ")
	if v.Error != "" && v.Subject == "" && len(v.Reasons) == 0 {
		b.WriteString("error: " + v.Error)
		return b.String()
	}
	if v.Job {
		b.WriteString("job, " + string(v.Stage))
	} else {
		b.WriteString("not job")
	}
	if v.PromiseAt != nil {
		b.WriteString("; promise " + v.PromiseAt.Format("Mon 2006-01-02 15:04"))
	} else if v.PromiseUndated {
		b.WriteString("; promise (no date)")
	}
	if v.InterviewAt != nil {
		b.WriteString("; interview " + v.InterviewAt.Format("Mon 2006-01-02 15:04"))
	}
	if v.AutoReply {
		b.WriteString("; automatic")
	}
	if v.AwayUntil != nil {
		b.WriteString("; away until " + v.AwayUntil.Format("Mon 2006-01-02"))
	}
	if v.AsksMe {
		b.WriteString("; asks you something")
	}
	if v.Bulk {
		b.WriteString("; bulk")
	}
	if v.NoReply {
		b.WriteString("; no-reply sender")
	}
	if v.Subject != "" {
		fmt.Fprintf(&b, "; subject %q", clip(v.Subject, 60))
	}
	if v.Error != "" {
		b.WriteString("; parse error: " + v.Error)
	}
	if len(v.Reasons) > 0 {
		b.WriteString(" | why: " + strings.Join(v.Reasons, "; "))
	}
	return b.String()
}
