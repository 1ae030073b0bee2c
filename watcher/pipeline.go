package watcher

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/internal/gcpace"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

// bulkSync is the number of messages from which a sync runs the garbage
// collector at bulkSyncGCPercent.
const (
	bulkSync          = 2000
	bulkSyncGCPercent = 400
	// bulkSyncMemLimit is the soft limit of the Go heap during a big sync:
	// the classifier's tables (about 10 MB), the batches in flight and the
	// garbage between collections; with what is not Go's (the binary,
	// SQLite's page cache) the process stays under 64 MB (BENCHMARKS.md).
	// At 40 MB the gmail mix at 100k peaked at about 62 or about 64.5 MB
	// from run to run (the classifier of issue 15's eleventh round and the
	// one before it alike); at 38 MB once at 64.0 in three runs, at 36 MB
	// 62.0-62.3 in three, for a first sync about 4 % slower.
	bulkSyncMemLimit = 36 << 20
)

// storeBatch is how many messages (whole batches) one store transaction
// saves.
const storeBatch = 1000

// What the pipeline holds is bounded in bytes as well as in messages: a
// sync fetches up to headerMax of each header, so 200 messages can be
// 50 MB where typical mail is 4 MB, and each parsed address or reference
// costs more than its bytes on the wire. A server (or senders) with
// headers at the limit must not multiply that by the batches in flight.
const (
	// fetchBytes is about the most message data one FETCH asks for:
	// after a batch of big messages the next holds fewer than
	// fetchBatch. Typical mail (a few KB of header, at most textSize of
	// text) stays at fetchBatch.
	fetchBytes = 8 << 20
	// storeBytes bounds one store transaction by the memory its messages
	// hold (approxSize), as storeBatch bounds their number.
	storeBytes = 32 << 20
	// maxListed bounds each list a stored message keeps (To, Cc,
	// Reply-To, References): a parsed address costs several times its
	// bytes, and a 256 KB Cc holds 16,000 of them.
	maxListed = 1000
)

// fetchAll fetches uids (sorted) from the selected mailbox in batches of
// fetchBatch (fewer for big messages: fetchBytes) and stores them, as a pipeline of three stages that run at
// once: this goroutine fetches the next batch (fetchPipelined: the
// server already works on the one after it) while a second one parses and
// classifies the batch before it and a third stores the one before that.
// (A fourth stage for the classifier measured slower on 2 cores, and two
// parsing goroutines no faster: BENCHMARKS.md.) Batches are stored in order,
// each with the position after its last UID, so a failure leaves the
// store exactly as the one-batch-at-a-time loop would: every batch before
// the failure saved, none after (batches are saved a few at a time,
// storeBatch messages: a failure keeps none of those, and the next sync
// fetches them again). Two batches may wait between stages,
// so that a stage that falls behind for a moment (the machine is shared
// with the server) does not stall the fetch: at most eight batches (a
// few MB; fetchBytes and storeBytes bound them for big messages) are in
// memory.
func (s *Session) fetchAll(ctx context.Context, st *store.Store, mb store.Mailbox, uids []imap.UID, first bool, rs *RoleStats, log *slog.Logger) error {
	if len(uids) == 0 {
		return nil
	}
	prog := newProgress(mb.Name, len(uids), first)
	defer prog.done()
	if len(uids) >= bulkSync {
		// A big sync holds a few batches and allocates many times that:
		// collecting at the default pace runs the GC hundreds of times
		// for a few MB live. The limit keeps the slow pace from growing
		// the heap past what the process may hold; the thread index
		// after it lowers the pace (followup/snapshot.go).
		defer gcpace.Raise(bulkSyncGCPercent)()
		defer gcpace.Limit(bulkSyncMemLimit)()
	}

	type fetched struct {
		batch []imap.UID
		bufs  []*imapclient.FetchMessageBuffer
	}
	type parsed struct {
		lastUID uint32
		n       int
		msgs    []store.Message
		size    int // approxSize of msgs
		skipped int
	}
	raw := make(chan fetched, 2)
	ready := make(chan parsed, 2)
	// stop ends the pipeline early when storing fails; it is not a
	// context, because ending the context of a command closes the
	// connection, and a store error says nothing against the connection.
	stop := make(chan struct{})
	var stopOnce sync.Once

	go func() {
		defer close(ready)
		for f := range raw {
			msgs, size, skipped := parseBuffers(f.bufs, mb, len(f.batch), log)
			classifyAll(msgs, log)
			select {
			case ready <- parsed{lastUID: uint32(f.batch[len(f.batch)-1]), n: len(f.batch), msgs: msgs, size: size, skipped: skipped}:
			case <-stop:
			}
		}
	}()
	saved := make(chan error, 1)
	go func() {
		var err error
		var p parsed
		save := func() {
			// The position passes the whole batch, skipped and vanished
			// messages too: UIDs are never reused.
			if err = st.SaveMessages(ctx, mb, p.msgs, p.lastUID); err != nil {
				stopOnce.Do(func() { close(stop) })
				return
			}
			rs.Fetched += len(p.msgs)
			rs.Skipped += p.skipped
			prog.add(p.n)
			p = parsed{}
		}
		for q := range ready {
			if err != nil {
				continue // drain
			}
			// Batches are saved storeBatch messages at a time: a commit
			// writes the WAL and syncs, the biggest fixed cost of storing
			// a batch.
			p.msgs = append(p.msgs, q.msgs...)
			p.lastUID, p.n, p.size, p.skipped = q.lastUID, p.n+q.n, p.size+q.size, p.skipped+q.skipped
			if len(p.msgs) >= storeBatch || p.size >= storeBytes {
				save()
			}
		}
		if err == nil && p.n > 0 {
			save()
		}
		saved <- err
	}()

	fetchErr := s.fetchPipelined(ctx, mb.Name, uids, func(batch []imap.UID, bufs []*imapclient.FetchMessageBuffer) bool {
		select {
		case raw <- fetched{batch: batch, bufs: bufs}:
			return true
		case <-stop:
			return false
		}
	})
	close(raw)
	// Batches fetched before a fetch error are still stored.
	if err := <-saved; err != nil {
		return err
	}
	return fetchErr
}

// The sections of each message a sync fetches: the header, asked one
// byte beyond headerMax so that a header of exactly headerMax is told
// from one that was cut, and the start of the text.
var (
	headerSection = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true,
		Partial: &imap.SectionPartial{Offset: 0, Size: headerMax + 1}}
	textSection = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierText, Peek: true,
		Partial: &imap.SectionPartial{Offset: 0, Size: textSize}}
)

// SyncFetchOptions are the items a sync fetches of each message, for a
// baseline that fetches the same (cmd/hearback-bench).
func SyncFetchOptions() *imap.FetchOptions {
	return &imap.FetchOptions{
		UID: true, Flags: true, InternalDate: true, RFC822Size: true,
		BodySection: []*imap.FetchItemBodySection{headerSection, textSection},
	}
}

// fetchLimits are the connection's bounds for a sync FETCH of n
// messages: no literal larger than a section asked for, and no more
// bytes in all than n messages of those sections (plus their metadata).
func fetchLimits(n int) wireLimits {
	perMessage := int64(headerMax+1+textSize) + 2*literalSlack + 1<<10
	return wireLimits{literal: headerMax + 1, asked: true,
		answer: int64(n)*perMessage + 1<<20, what: fmt.Sprintf("a fetch of %d messages", n)}
}

// fetchPipelined fetches uids (sorted) from the selected mailbox in
// batches of fetchBatch (fewer for big messages: nextBatchLen) and hands
// each to deliver, in order, until deliver returns false. The FETCH of
// the next batch is always sent before the answer to the current one is
// in, so the server goes on to it without waiting for hearback: no round
// trip between batches. Each command in flight is read by a goroutine of
// its own (a server may interleave the answers of pipelined commands, and
// go-imap hands a message to its command's reader only), so at most two
// batches are in memory here. Each batch is bounded by CommandTimeout,
// and the connection's answer budget covers the two in flight. s.mu
// must be held.
func (s *Session) fetchPipelined(ctx context.Context, name string, uids []imap.UID,
	deliver func(batch []imap.UID, bufs []*imapclient.FetchMessageBuffer) bool) error {
	type answer struct {
		bufs []*imapclient.FetchMessageBuffer
		err  error
	}
	type inflight struct {
		batch []imap.UID
		done  chan answer
	}
	batchLen := fetchBatch
	issue := func() *inflight {
		if len(uids) == 0 {
			return nil
		}
		n := min(len(uids), batchLen)
		f := &inflight{batch: uids[:n], done: make(chan answer, 1)}
		uids = uids[n:]
		s.roundTrips++
		cmd := s.c.Fetch(imap.UIDSetNum(f.batch...), SyncFetchOptions())
		go func() {
			bufs, err := cmd.Collect()
			f.done <- answer{bufs, err}
		}()
		return f
	}
	wait := func(f *inflight) ([]*imapclient.FetchMessageBuffer, error) {
		var a answer
		err := s.timed(ctx, s.dialer.CommandTimeout, func() error {
			a = <-f.done
			return a.err
		})
		return a.bufs, err
	}
	defer s.guard.setLimits(idleLimits)
	s.guard.setLimits(fetchLimits(2 * fetchBatch))
	cur := issue()
	for cur != nil {
		if err := ctx.Err(); err != nil {
			s.c.Close() // commands in flight: the connection is no use now
			return err
		}
		next := issue()
		bufs, err := wait(cur)
		if err != nil {
			if next != nil {
				s.c.Close() // its answer would follow a failure: drop both
			}
			return s.errorf(err, "fetch %d messages from %q", len(cur.batch), name)
		}
		// The budget of the batch after next: the answers read so far
		// and those of next are what the guard has counted.
		s.guard.setLimits(fetchLimits(2 * fetchBatch))
		// Sized from this batch, after next was sent: big messages shrink
		// the batch after next.
		batchLen = nextBatchLen(bufs)
		if !deliver(cur.batch, bufs) {
			if next != nil {
				// Read and dropped, so that the session stays usable.
				wait(next)
			}
			return nil
		}
		cur = next
	}
	return nil
}

// classifyAll classifies inbox and Sent messages while they are in
// memory, for the store to keep the verdict with the threading headers:
// the first thread build then reads those instead of decoding and
// classifying every message again (followup/snapshot.go). Bulk mail and
// mail without hiring evidence are only screened (classifier.Ingest):
// their sentences are read if they ever turn up in a thread that may be a
// job thread.
//
// A message the classifier fails on (a bug in its rules, which it
// recovers from) is read as no job mail and logged, so that the user can
// report it; the sync goes on.
func classifyAll(msgs []store.Message, log *slog.Logger) {
	for i := range msgs {
		if msgs[i].Role == store.RoleDrafts {
			continue
		}
		v := classifier.Ingest(&msgs[i].Message)
		if v.Failed != "" {
			log.Warn("the classifier failed on a message; it is read as no job mail (please report this as a bug)",
				"mailbox", msgs[i].Mailbox, "uid", msgs[i].UID, "error", v.Failed)
		}
		msgs[i].CachedVerdict = classifier.AppendVerdict(nil, &v)
	}
}

// nextBatchLen is how many messages the FETCH after bufs asks for: as
// many as fetchBytes of messages the size of these, within [1,
// fetchBatch].
func nextBatchLen(bufs []*imapclient.FetchMessageBuffer) int {
	total := 0
	for _, b := range bufs {
		for _, sec := range b.BodySection {
			total += len(sec.Bytes)
		}
	}
	if total == 0 || len(bufs) == 0 {
		return fetchBatch
	}
	return max(1, min(fetchBatch, fetchBytes/max(1, total/len(bufs))))
}

// parseBuffers turns fetched messages into stored ones and returns their
// approxSize; a message that cannot be parsed is logged by UID and
// skipped.
func parseBuffers(bufs []*imapclient.FetchMessageBuffer, mb store.Mailbox, asked int, log *slog.Logger) ([]store.Message, int, int) {
	out := make([]store.Message, 0, len(bufs))
	skipped, size := 0, 0
	for _, b := range bufs {
		if b.UID == 0 {
			continue // an unsolicited FETCH (flag change) without UID
		}
		header, text := sections(b)
		cut := len(header) > headerMax
		if cut {
			// Never silent: what is after the cut (a Subject, a
			// Message-ID) is missing from what hearback knows of the
			// message. Sizes only, never the header's content.
			log.Warn("message header larger than hearback reads; the rest of the header is ignored",
				"uid", uint32(b.UID), "size", b.RFC822Size, "header_read", headerMax)
		}
		raw := joinHeaderText(header, text, cut)
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			// The reason only, never the parser's message: it may quote
			// header lines of the mail.
			reason := "parse error"
			if errors.Is(err, mailmsg.ErrNotMessage) {
				reason = "no usable header"
			}
			log.Warn("skipping a message that cannot be parsed", "uid", uint32(b.UID), "size", b.RFC822Size, "reason", reason)
			skipped++
			continue
		}
		if to, cc, replyTo, refs := len(m.To), len(m.Cc), len(m.ReplyTo), len(m.References); boundLists(m) {
			log.Warn("message lists more addresses or references than hearback keeps; the rest are ignored",
				"uid", uint32(b.UID), "to", to, "cc", cc, "reply_to", replyTo, "references", refs, "kept", maxListed)
		}
		size += approxSize(m, len(raw))
		flags := make([]string, len(b.Flags))
		for i, f := range b.Flags {
			flags[i] = string(f)
		}
		internal := b.InternalDate
		if !mailmsg.DateInRange(internal) {
			// A server's arrival date in year 9999 (or none) would sort the
			// message and date its thread nonsensically: when it arrived
			// is about now.
			log.Warn("message has an arrival date outside 1970-2200; using now", "uid", uint32(b.UID))
			internal = time.Now()
		}
		sm := store.Message{
			Account: mb.Account, Role: mb.Role, Mailbox: mb.Name, UIDValidity: mb.UIDValidity,
			UID: uint32(b.UID), Flags: flags, InternalDate: internal, Message: *m,
		}
		out = append(out, sm)
	}
	if len(bufs) < asked {
		log.Debug("messages vanished before fetch", "asked", asked, "got", len(bufs))
	}
	return out, size, skipped
}

// boundLists cuts the address lists and References of m to maxListed
// entries each, into new arrays (a slice of the parsed one would keep
// it all), and tells whether it cut any. References keep the first id,
// the thread's root, and the latest ones, the message's parents.
func boundLists(m *mailmsg.Message) bool {
	cut := false
	for _, l := range []*[]mailmsg.Address{&m.To, &m.Cc, &m.ReplyTo} {
		if len(*l) > maxListed {
			*l = slices.Clone((*l)[:maxListed])
			cut = true
		}
	}
	if n := len(m.References); n > maxListed {
		m.References = append([]string{m.References[0]}, m.References[n-maxListed+1:]...)
		cut = true
	}
	return cut
}

// approxSize estimates the memory a parsed message holds: its strings
// come from the raw bytes it was parsed from, and each list entry adds
// its own headers.
func approxSize(m *mailmsg.Message, raw int) int {
	const perEntry = 64
	return raw + perEntry*(len(m.To)+len(m.Cc)+len(m.ReplyTo)+len(m.References))
}

// sections finds the header and text a sync asked for. They are matched
// by specifier only: servers differ in how they echo the partial.
func sections(b *imapclient.FetchMessageBuffer) (header, text []byte) {
	for _, sec := range b.BodySection {
		if sec.Section == nil || len(sec.Section.Part) > 0 || len(sec.Section.HeaderFields) > 0 {
			continue
		}
		switch sec.Section.Specifier {
		case imap.PartSpecifierHeader:
			header = sec.Bytes
		case imap.PartSpecifierText:
			text = sec.Bytes
		}
	}
	return header, text
}

// joinHeaderText puts a message back together from its header and the
// start of its text, as mailmsg.ParseBytes reads a message: the header,
// the blank line that ends it, the text. A header the server returns
// whole ends with that blank line; one cut at headerMax is cut further to
// its last whole line, so that no half field (a boundary parameter cut
// short) is read as the whole.
func joinHeaderText(header, text []byte, cut bool) []byte {
	if cut {
		header = header[:headerMax]
		if i := bytes.LastIndexByte(header, '\n'); i >= 0 {
			header = header[:i+1]
		}
	}
	var end string
	switch {
	case bytes.HasSuffix(header, []byte("\n\n")) || bytes.HasSuffix(header, []byte("\n\r\n")) ||
		string(header) == "\r\n" || string(header) == "\n":
		// Whole, with its blank line (alone, for a message without
		// header fields: parsed as such, and skipped).
	case len(header) == 0 || bytes.HasSuffix(header, []byte("\n")):
		// An empty line first, so that the text is never read as header
		// fields.
		end = "\r\n"
	default:
		end = "\r\n\r\n"
	}
	raw := make([]byte, 0, len(header)+len(end)+len(text))
	raw = append(raw, header...)
	raw = append(raw, end...)
	return append(raw, text...)
}
