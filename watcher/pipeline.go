package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

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
	// the head cache's budget (store.HeadCacheBudget) plus room for the
	// batches in flight and the garbage between collections.
	bulkSyncMemLimit = store.HeadCacheBudget + 24<<20
)

// storeBatch is how many messages (whole batches) one store transaction
// saves.
const storeBatch = 1000

// fetchAll fetches uids (sorted) from the selected mailbox in batches of
// fetchBatch and stores them, as a pipeline of three stages that run at
// once: this goroutine fetches the next batch (the server works, the
// client reads) while a second one parses and classifies the batch before
// it and a third stores the one before that. (A fourth stage for the
// classifier measured slower on 2 cores.) Batches are stored in order,
// each with the position after its last UID, so a failure leaves the
// store exactly as the one-batch-at-a-time loop would: every batch before
// the failure saved, none after (batches are saved a few at a time,
// storeBatch messages: a failure keeps none of those, and the next sync
// fetches them again). Two batches may wait between stages,
// so that a stage that falls behind for a moment (the machine is shared
// with the server) does not stall the fetch: at most seven batches (a
// few MB) are in memory.
func (s *Session) fetchAll(ctx context.Context, st *store.Store, mb store.Mailbox, uids []imap.UID, first bool, rs *RoleStats, log *slog.Logger) error {
	if len(uids) == 0 {
		return nil
	}
	prog := newProgress(mb.Name, len(uids), first)
	defer prog.done()
	if len(uids) >= bulkSync {
		// A big sync holds a few batches and allocates many times that:
		// collecting at the default pace runs the GC hundreds of times
		// for a few MB live. The peak of a first check is later, in the
		// thread index, which lowers the pace (followup/snapshot.go).
		// The first sync of an empty store also keeps the messages' heads
		// for that index (store/heads.go): the limit keeps the slow pace
		// from multiplying what they hold.
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
			msgs, skipped := parseBuffers(f.bufs, mb, len(f.batch), log)
			classifyAll(msgs)
			select {
			case ready <- parsed{lastUID: uint32(f.batch[len(f.batch)-1]), n: len(f.batch), msgs: msgs, skipped: skipped}:
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
			p.lastUID, p.n, p.skipped = q.lastUID, p.n+q.n, p.skipped+q.skipped
			if len(p.msgs) >= storeBatch {
				save()
			}
		}
		if err == nil && p.n > 0 {
			save()
		}
		saved <- err
	}()

	var fetchErr error
fetch:
	for len(uids) > 0 {
		n := min(len(uids), fetchBatch)
		batch := uids[:n]
		uids = uids[n:]
		select {
		case <-stop:
			break fetch
		default:
		}
		bufs, err := s.fetchBuffers(ctx, mb.Name, batch)
		if err != nil {
			fetchErr = err
			break
		}
		select {
		case raw <- fetched{batch: batch, bufs: bufs}:
		case <-stop:
			break fetch
		}
	}
	close(raw)
	// Batches fetched before a fetch error are still stored.
	if err := <-saved; err != nil {
		return err
	}
	return fetchErr
}

var partialBody = &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: partialSize}}

// fetchLimits are the connection's bounds for a sync FETCH of n
// messages: no literal larger than what was asked for, and no more bytes
// in all than n messages of that size (plus their metadata).
func fetchLimits(n int) wireLimits {
	perMessage := int64(partialSize) + literalSlack + 1<<10
	return wireLimits{literal: partialSize, asked: true,
		answer: int64(n)*perMessage + 1<<20, what: fmt.Sprintf("a fetch of %d messages", n)}
}

// fetchBuffers is one UID FETCH of headers, flags, dates, size and the
// first partialSize bytes of each message. s.mu must be held.
func (s *Session) fetchBuffers(ctx context.Context, name string, batch []imap.UID) ([]*imapclient.FetchMessageBuffer, error) {
	var bufs []*imapclient.FetchMessageBuffer
	err := s.doLimited(ctx, cmdTimeout, fetchLimits(len(batch)), func() error {
		var err error
		bufs, err = s.c.Fetch(imap.UIDSetNum(batch...), &imap.FetchOptions{
			UID: true, Flags: true, InternalDate: true, RFC822Size: true,
			BodySection: []*imap.FetchItemBodySection{partialBody},
		}).Collect()
		return err
	})
	if err != nil {
		return nil, s.errorf(err, "fetch %d messages from %q", len(batch), name)
	}
	return bufs, nil
}

// classifyAll classifies inbox and Sent messages while they are in
// memory, for the store to keep the verdict with the threading headers:
// the first thread build then reads those instead of decoding and
// classifying every message again (followup/snapshot.go). Bulk mail and
// mail without hiring evidence are only screened (classifier.Ingest):
// their sentences are read if they ever turn up in a thread that may be a
// job thread.
func classifyAll(msgs []store.Message) {
	for i := range msgs {
		if msgs[i].Role == store.RoleDrafts {
			continue
		}
		v := classifier.Ingest(&msgs[i].Message)
		msgs[i].CachedVerdict = classifier.AppendVerdict(nil, &v)
	}
}

// parseBuffers turns fetched messages into stored ones; a message that
// cannot be parsed is logged by UID and skipped.
func parseBuffers(bufs []*imapclient.FetchMessageBuffer, mb store.Mailbox, asked int, log *slog.Logger) ([]store.Message, int) {
	out := make([]store.Message, 0, len(bufs))
	skipped := 0
	for _, b := range bufs {
		if b.UID == 0 {
			continue // an unsolicited FETCH (flag change) without UID
		}
		raw := b.FindBodySection(partialBody)
		if raw == nil && len(b.BodySection) > 0 {
			raw = b.BodySection[0].Bytes
		}
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
		flags := make([]string, len(b.Flags))
		for i, f := range b.Flags {
			flags[i] = string(f)
		}
		sm := store.Message{
			Account: mb.Account, Role: mb.Role, Mailbox: mb.Name, UIDValidity: mb.UIDValidity,
			UID: uint32(b.UID), Flags: flags, InternalDate: b.InternalDate, Message: *m,
		}
		out = append(out, sm)
	}
	if len(bufs) < asked {
		log.Debug("messages vanished before fetch", "asked", asked, "got", len(bufs))
	}
	return out, skipped
}
