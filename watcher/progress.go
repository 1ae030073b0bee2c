package watcher

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressMin is the smallest first sync worth a progress line.
const progressMin = 1000

// progressEvery spaces the updates of the line.
const progressEvery = 250 * time.Millisecond

// progressOut is where the progress line goes, and progressOn whether it
// is shown at all: only when stderr is a terminal, and never under
// systemd (JOURNAL_STREAM), where a log line per update would flood the
// journal. Tests replace both.
var (
	progressOut io.Writer = os.Stderr
	progressOn            = sync.OnceValue(func() bool {
		return os.Getenv("JOURNAL_STREAM") == "" && isTerminal(os.Stderr)
	})
)

// isTerminal tells a terminal from a file, pipe, socket or /dev/null
// without a dependency: a character device that is not /dev/null.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// progress draws "INBOX: first sync 12,000 / 50,000 messages, 2,400/s,
// about 16s left" on one line, redrawn in place, for the first sync of a
// big mailbox. A nil *progress does nothing.
type progress struct {
	w       io.Writer
	mailbox string
	total   int
	count   int
	start   time.Time
	last    time.Time
	drawn   bool
}

func newProgress(mailbox string, total int, first bool) *progress {
	if !first || total < progressMin || !progressOn() {
		return nil
	}
	now := time.Now()
	return &progress{w: progressOut, mailbox: mailbox, total: total, start: now}
}

func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.count += n
	if now := time.Now(); now.Sub(p.last) >= progressEvery || p.count >= p.total {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	elapsed := now.Sub(p.start)
	line := fmt.Sprintf("%s: first sync %s / %s messages", p.mailbox, thousands(p.count), thousands(p.total))
	if elapsed > 500*time.Millisecond && p.count > 0 {
		rate := float64(p.count) / elapsed.Seconds()
		line += fmt.Sprintf(", %s/s", thousands(int(rate)))
		if left := p.total - p.count; left > 0 {
			eta := time.Duration(float64(left) / rate * float64(time.Second))
			line += ", about " + eta.Round(time.Second).String() + " left"
		}
	}
	// \r and erase-to-end-of-line: redraw in place.
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	p.drawn = true
}

// done ends the line, so that what is logged next starts on its own.
func (p *progress) done() {
	if p == nil || !p.drawn {
		return
	}
	p.draw(time.Now())
	fmt.Fprintln(p.w)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
