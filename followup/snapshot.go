package followup

import (
	"bytes"
	"cmp"
	"compress/flate"
	"context"
	"encoding/gob"
	"fmt"
	"hash/maphash"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/internal/gcpace"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// A check looks only at the threads that can need action: job-interview
// threads that are not closed, and threads with an entry in the draft
// ledger. Every other thread is decided "not a job-interview thread" or
// "closed" and nothing happens to it, so leaving it out changes nothing
// but the cost. Finding those
// threads means grouping and classifying every message of the lookback
// window — seconds on a mailbox of 50,000 — so the result is kept in the
// store as a snapshot (store.CheckSnapshot): which threads matter, and the
// verdicts of their messages. A later check with nothing new reads only
// those messages and those verdicts.
//
// The snapshot is used only when it provably describes the same input:
// the same binary (the classifier is compiled in) and account addresses,
// no inbox or Sent message added, changed or deleted since (a counter
// that every write transaction touching them bumps), the lookback window not having dropped a message,
// no draft-ledger thread it does not know, and the threads rebuilt from
// it having exactly the ids it lists. Anything else rebuilds it.

// snapshotVersion changes when what a snapshot means changes.
const snapshotVersion = 3

// loadCheckThreads returns the threads of acct at now that a check must
// look at, and the number of all threads in the lookback window.
func loadCheckThreads(ctx context.Context, st *store.Store, cfg *config.Config, acct config.Account, now time.Time, log *slog.Logger) ([]*thread.Thread, int, error) {
	threads, total, _, err := loadThreads(ctx, st, cfg, acct, now, log)
	return threads, total, err
}

// loadThreads is loadCheckThreads, and whether it built the threads
// afresh (no snapshot served them).
func loadThreads(ctx context.Context, st *store.Store, cfg *config.Config, acct config.Account, now time.Time, log *slog.Logger) (_ []*thread.Thread, total int, built bool, _ error) {
	if log == nil {
		log = slog.Default()
	}
	since := Since(cfg, now)
	// The generation is read before anything else: a write that lands
	// while the threads are built makes the next check rebuild.
	gen, err := st.MessagesGeneration(ctx)
	if err != nil {
		return nil, 0, false, err
	}
	ledger, err := st.Drafts(ctx, acct.Name)
	if err != nil {
		return nil, 0, false, err
	}
	states, err := st.ThreadStates(ctx, acct.Name)
	if err != nil {
		return nil, 0, false, err
	}
	fp := snapshotFingerprint(acct, cfg)
	snap, ok, err := st.LoadCheckSnapshot(ctx, acct.Name)
	if err != nil {
		return nil, 0, false, err
	}
	if ok {
		threads, why, err := fromSnapshot(ctx, st, acct, snap, fp, gen, since, ledger, states)
		if err != nil {
			return nil, 0, false, err
		}
		if why == "" {
			return threads, snap.Total, false, nil
		}
		log.Debug("rebuilding the thread snapshot", "account", acct.Name, "why", why)
	}
	threads, total, err := fullBuild(ctx, st, PolicyFor(cfg), acct, now, since, gen, fp, ledger, states, log)
	return threads, total, true, err
}

func fromSnapshot(ctx context.Context, st *store.Store, acct config.Account, snap *store.CheckSnapshot, fp string, gen int64,
	since time.Time, ledger []store.Draft, states map[string]store.ThreadState) ([]*thread.Thread, string, error) {
	switch {
	case snap.Fingerprint != fp:
		return nil, "new binary or addresses", nil
	case snap.Generation != gen:
		return nil, "messages changed", nil
	case since.Unix() < snap.Since.Unix():
		return nil, "lookback window starts earlier", nil
	}
	if since.Unix() > snap.Since.Unix() {
		dropped, err := st.HasMessagesBetween(ctx, acct.Name, snap.Since, since)
		if err != nil {
			return nil, "", err
		}
		if dropped {
			return nil, "messages left the lookback window", nil
		}
	}
	known := map[string]bool{}
	for _, id := range snap.Threads {
		known[id] = true
	}
	for _, id := range snap.Ledger {
		known[id] = true
	}
	for _, d := range ledger {
		if !known[d.ThreadID] {
			return nil, "new draft-ledger thread", nil
		}
	}
	msgs, verdicts, err := decodeSnapshotData(snap.Data)
	if err != nil {
		return nil, "unreadable snapshot data: " + err.Error(), nil
	}
	// Of a draft, threads read only its ids, its threading headers and
	// X-Hearback-Thread (drafts written before it was dropped).
	drafts, err := st.DraftHeads(ctx, acct.Name, since)
	if err != nil {
		return nil, "", err
	}
	msgs = append(msgs, drafts...)
	// The order of Store.Messages: date (the stored one), role, UID.
	// (Indices are sorted: a store.Message is large to move.)
	perm := make([]int, len(msgs))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(i, j int) int {
		a, b := &msgs[i], &msgs[j]
		return cmp.Or(cmp.Compare(storedDate(a), storedDate(b)), cmp.Compare(a.Role, b.Role), cmp.Compare(a.UID, b.UID))
	})
	sorted := make([]store.Message, len(msgs))
	for i, k := range perm {
		sorted[i] = msgs[k]
	}
	msgs = sorted
	threads := thread.Build(thread.Input{Account: acct.Name, Me: thread.MeOf(acct), Messages: msgs, Ledger: ledger, States: states,
		Verdicts: verdictLookup(verdicts)})
	if !sameThreads(threads, snap.Threads) {
		return nil, "threads differ from the snapshot", nil
	}
	return threads, "", nil
}

// inert tells the states in which a check does nothing to a thread
// without ledger entries, whatever the time and the user's choices: they
// follow from the messages' verdicts alone (not a job thread; rejected,
// offer, withdrawn), which is what lets the snapshot leave such threads
// out for as long as the messages do not change. Deciding on the
// headers-only copies of the messages can only make a thread look less
// inert (an ignore rule that reads more than headers no longer matches,
// and the thread counts as ignored, not closed), never more.
func inert(state string) bool {
	return state == StateNotJob || state == StateClosed
}

// verdictLookup classifies from known verdicts, and any other message
// (there should be none) afresh.
func verdictLookup(verdicts map[store.MessageKey]classifier.Verdict) thread.Verdicts {
	return func(m *store.Message) classifier.Verdict {
		if v, ok := verdicts[m.Key()]; ok {
			return v
		}
		return classifier.Classify(&m.Message)
	}
}

// fullBuild finds the threads that matter in one pass over every message
// of the window (relevantThreads), then reads back in full and
// classifies afresh only the messages of those threads, and saves the
// snapshot.
func fullBuild(ctx context.Context, st *store.Store, policy Policy, acct config.Account, now, since time.Time, gen int64, fp string,
	ledger []store.Draft, states map[string]store.ThreadState, log *slog.Logger) ([]*thread.Thread, int, error) {
	// The first pass holds a few tens of bytes of every message of the
	// window, then the threads that matter are read in full and built:
	// the process's heap peaks here, and allocates several times what it
	// holds. Collecting more often keeps the peak near what it holds, for
	// a few tens of milliseconds of GC (BENCHMARKS.md).
	defer gcpace.Lower(relevantGCPercent)()
	// What the sync before this left behind (it collects at a slow pace,
	// watcher/pipeline.go) goes back to the system first: otherwise this
	// build's peak sits on top of it (BENCHMARKS.md has the figures).
	debug.FreeOSMemory()
	ids, keys, total, err := relevantThreads(ctx, st, policy, acct, now, since, ledger, states)
	if err != nil {
		return nil, 0, err
	}
	msgs, err := st.MessagesByKeys(ctx, acct.Name, since, keys, store.RoleDrafts)
	if err != nil {
		return nil, 0, err
	}
	threads := thread.Build(thread.Input{Account: acct.Name, Me: thread.MeOf(acct), Messages: msgs, Ledger: ledger, States: states})
	if !sameThreads(threads, ids) {
		// Cannot happen while grouping depends only on a thread's own
		// messages; should that change, correctness beats speed.
		log.Warn("thread snapshot does not regroup; checking every thread", "account", acct.Name)
		msgs, err := st.Messages(ctx, acct.Name, since)
		if err != nil {
			return nil, 0, err
		}
		threads = thread.Build(thread.Input{Account: acct.Name, Me: thread.MeOf(acct), Messages: msgs, Ledger: ledger, States: states})
		return threads, len(threads), nil
	}
	snap := &store.CheckSnapshot{Account: acct.Name, Fingerprint: fp, Generation: gen, Since: since, Total: total,
		Threads: ids}
	for _, d := range ledger {
		snap.Ledger = append(snap.Ledger, d.ThreadID)
	}
	if snap.Data, err = encodeSnapshotData(threads); err != nil {
		return nil, 0, err
	}
	if err := st.SaveCheckSnapshot(ctx, snap); err != nil {
		// Only the next check's speed depends on it.
		log.Warn("cannot save the thread snapshot", "account", acct.Name, "err", err)
	}
	return threads, total, nil
}

// relevantGCPercent is the GOGC of fullBuild and of the plan after it
// (unless GOGC is lower or off).
const relevantGCPercent = 10

// relevantThreads reads the threading headers and the verdict of every
// inbox and Sent message of the window, groups them as BuildThreads does,
// and returns the ids and message keys of the threads that are not inert,
// and the number of all threads. Verdicts come from the sync (classified
// at ingest, store.Message.CachedVerdict) when this binary wrote them;
// other messages are decoded and classified here. Only the threads that
// may be job threads are then read in full to ask the policy. Memory is
// a few tens of bytes per message (firstPass).
func relevantThreads(ctx context.Context, st *store.Store, policy Policy, acct config.Account, now, since time.Time,
	ledger []store.Draft, states map[string]store.ThreadState) ([]string, []store.MessageKey, int, error) {
	p := &firstPass{st: st, policy: policy, acct: acct, me: thread.MeOf(acct), now: now, since: since,
		ledger: ledger, states: states, byThread: map[string][]store.Draft{}, screened: map[store.MessageKey]*classifier.Verdict{}}
	for _, d := range ledger {
		p.byThread[d.ThreadID] = append(p.byThread[d.ThreadID], d)
	}
	if err := p.readHeads(ctx); err != nil {
		return nil, nil, 0, err
	}
	groups := p.links.Group()
	for _, g := range groups {
		if err := p.consider(ctx, g); err != nil {
			return nil, nil, 0, err
		}
	}
	if len(p.maybe) > 0 {
		if err := p.decide(ctx); err != nil {
			return nil, nil, 0, err
		}
	}
	return p.ids, p.relevant, len(groups), nil
}

// firstPass is relevantThreads' state: what grouping reads of every
// message of the window (mailmsg.Links, a few tens of bytes each), its
// key, the id its thread would have were it the earliest, and its
// verdict; then the candidates and the threads kept.
type firstPass struct {
	st         *store.Store
	policy     Policy
	acct       config.Account
	me         thread.Me
	now, since time.Time
	ledger     []store.Draft
	states     map[string]store.ThreadState
	byThread   map[string][]store.Draft
	// keys are the messages' store keys, packed: the index of the role in
	// roles, and the UID (8 bytes where a MessageKey takes 24).
	keys  []uint64
	roles []string
	links *mailmsg.Links
	roots []byte // threadIDLen bytes a message: mailmsg.ThreadIDOf
	// verdictOf[i] is message i's verdict (classifier.AppendVerdict, a
	// tenth of a Verdict's memory) in verdicts, each distinct one kept
	// once: most mail is bulk or ordinary mail whose verdicts repeat (a
	// few thousand distinct ones among a hundred thousand messages).
	verdictOf   []uint32
	verdicts    [][]byte
	verdictSeen map[string]uint32
	maybe       []candidate
	maybeKeys   []store.MessageKey
	// screened are the candidates' screened verdicts (classifier.Ingest):
	// read in full by decide.
	screened map[store.MessageKey]*classifier.Verdict
	ids      []string
	relevant []store.MessageKey
}

func (p *firstPass) packKey(m *store.Message) uint64 {
	r := slices.Index(p.roles, m.Role)
	if r < 0 {
		r = len(p.roles)
		p.roles = append(p.roles, m.Role)
	}
	return uint64(r)<<32 | uint64(m.UID)
}

// key is message i's store key.
func (p *firstPass) key(i int) store.MessageKey {
	k := p.keys[i]
	return store.MessageKey{Role: p.roles[k>>32], UID: uint32(k)}
}

// threadIDLen is the length of a thread id (mailmsg.ThreadIDOf).
const threadIDLen = 10

func (p *firstPass) addVerdict(i int, v []byte) {
	id, ok := p.verdictSeen[string(v)]
	if !ok {
		id = uint32(len(p.verdicts))
		p.verdicts = append(p.verdicts, bytes.Clone(v))
		p.verdictSeen[string(v)] = id
	}
	p.verdictOf[i] = id
}

func (p *firstPass) verdict(i int) []byte { return p.verdicts[p.verdictOf[i]] }

// threadID is the id of group g (mailmsg.ThreadIDHeaders).
func (p *firstPass) threadID(g []int) string {
	e := p.links.Earliest(g)
	return string(p.roots[e*threadIDLen : (e+1)*threadIDLen])
}

// candidate is a thread whose verdicts may make it one the policy acts on.
type candidate struct {
	id string
	g  []int
	vs []classifier.Verdict
}

// readHeads reads the threading headers and the verdict of every inbox and
// Sent message of the window. Messages without a verdict this binary can
// read are classified on the way (as at ingest), by one goroutine beside
// the read. Nothing of a row is kept but its links, key, thread root and
// verdict: the rows' strings go with the row.
func (p *firstPass) readHeads(ctx context.Context) error {
	type classified struct {
		i int
		v []byte
	}
	type item struct {
		i int
		m store.Message
	}
	// Sized once: growing these slices would hold two copies at the peak.
	n, err := p.st.CountMessagesSince(ctx, p.acct.Name, p.since)
	if err != nil {
		return err
	}
	p.keys = make([]uint64, 0, n)
	p.links = mailmsg.NewLinks(n)
	p.roots = make([]byte, 0, n*threadIDLen)
	p.verdictOf = make([]uint32, 0, n)
	p.verdictSeen = map[string]uint32{}
	var late []classified
	const chunk = 128
	chunks := make(chan []item, 2)
	done := make(chan struct{})
	go func() {
		defer close(done)
		// One goroutine classifies: classifier.Classify is not known to be
		// safe for concurrent use.
		for c := range chunks {
			for _, it := range c {
				// As at ingest (watcher): screened, and read in full
				// only if its thread may be a job thread.
				v := classifier.Ingest(&it.m.Message)
				late = append(late, classified{it.i, classifier.AppendVerdict(nil, &v)})
			}
		}
	}()
	// Copies of one message count once, as in thread.Build; a copy is
	// known by the hash of its thread.CopyKey (mailmsg.Links says why a
	// 64-bit hash is enough).
	seen := make(map[uint64]struct{}, n)
	seed := maphash.MakeSeed()
	var buf []item
	keep := func(b []byte) bool {
		_, ok := classifier.DecodeVerdict(b)
		return ok
	}
	err = p.st.EachHead(ctx, p.acct.Name, p.since, keep, func(m *store.Message, full bool) error {
		if m.Role == store.RoleDrafts {
			return nil
		}
		if copyKey := thread.CopyKey(&m.Message); copyKey != "" {
			h := maphash.String(seed, copyKey)
			if _, dup := seen[h]; dup {
				return nil
			}
			seen[h] = struct{}{}
		}
		i := len(p.keys)
		p.keys = append(p.keys, p.packKey(m))
		h := mailmsg.HeadersOf(&m.Message)
		p.links.Add(&h, p.me.OtherParty(&m.Message))
		p.roots = append(p.roots, mailmsg.ThreadIDOf(&h)...)
		p.verdictOf = append(p.verdictOf, 0)
		if full {
			buf = append(buf, item{i, *m})
			if len(buf) == chunk {
				chunks <- buf
				buf = nil
			}
			return nil
		}
		p.addVerdict(i, m.CachedVerdict)
		return nil
	})
	if len(buf) > 0 {
		chunks <- buf
	}
	close(chunks)
	<-done
	if err != nil {
		return err
	}
	for _, c := range late {
		p.addVerdict(c.i, c.v)
	}
	p.verdictSeen = nil
	return nil
}

// consider makes the group a candidate if its verdicts (or a ledger entry)
// can make it a thread the policy acts on, deciding the candidates a few
// hundred messages at a time.
func (p *firstPass) consider(ctx context.Context, g []int) error {
	id := p.threadID(g)
	vs := make([]classifier.Verdict, len(g))
	for k, i := range g {
		// Reasons are left out: ClassifyThread and the policy's states
		// do not read them.
		vs[k], _ = classifier.DecodeVerdict(p.verdict(i))
	}
	// Without a ledger entry, a thread that is not a job thread is
	// decided StateNotJob before anything else is looked at. (Unless the
	// sentences of a screened message could make it one: decide reads
	// those in full.)
	if len(p.byThread[id]) == 0 && !classifier.ClassifyThread(vs).Job && !classifier.ThreadNeedsText(vs) {
		return nil
	}
	p.maybe = append(p.maybe, candidate{id, g, vs})
	for k, i := range g {
		p.maybeKeys = append(p.maybeKeys, p.key(i))
		if vs[k].Screened() {
			p.screened[p.key(i)] = &vs[k]
		}
	}
	if len(p.maybeKeys) >= 500 {
		return p.decide(ctx)
	}
	return nil
}

// decide reads the candidates' messages in full (a few at a time: they
// carry excerpts) and keeps the threads the policy does not find inert.
func (p *firstPass) decide(ctx context.Context) error {
	full, err := p.st.MessagesByKeys(ctx, p.acct.Name, p.since, p.maybeKeys)
	if err != nil {
		return err
	}
	byKey := make(map[store.MessageKey]store.Message, len(full))
	for i := range full {
		k := full[i].Key()
		if v, ok := p.screened[k]; ok {
			// Its text matters now: the thread may be a job thread, and
			// the policy reads an invitation or an absence notice in any
			// of its messages.
			*v = classifier.Classify(&full[i].Message)
		}
		byKey[k] = lighten(&full[i])
	}
	full = nil
	clear(p.screened)
	// The candidates whose messages are all still there are built as
	// threads (from the headers-only copies: enough for the policy to tell
	// an inert one); one whose message changed since the pass is kept.
	var batch []store.Message
	candidateOf := map[store.MessageKey]int{}
	batchVerdicts := map[store.MessageKey]classifier.Verdict{}
	keep := make([]bool, len(p.maybe))
	for ci, c := range p.maybe {
		ok := true
		for _, i := range c.g {
			if _, found := byKey[p.key(i)]; !found {
				ok = false
				break
			}
		}
		if !ok {
			keep[ci] = true
			continue
		}
		for k, i := range c.g {
			batch = append(batch, byKey[p.key(i)])
			candidateOf[p.key(i)] = ci
			batchVerdicts[p.key(i)] = c.vs[k]
		}
	}
	thread.Build(thread.Input{Account: p.acct.Name, Me: p.me, Messages: batch, Ledger: p.ledger, States: p.states,
		Verdicts: func(m *store.Message) classifier.Verdict { return batchVerdicts[m.Key()] },
		Keep: func(t *thread.Thread) bool {
			// An offer is closed but matters to every other thread
			// (moments.go): its thread stays.
			if len(t.Drafts) == 0 && t.Verdict.Stage != classifier.StageOffer && inert(p.policy.Decide(t, p.now).State) {
				return false
			}
			for i := range t.Messages {
				keep[candidateOf[t.Messages[i].Key()]] = true
			}
			return false // only which candidates to keep is wanted
		}})
	for ci, c := range p.maybe {
		if !keep[ci] {
			continue
		}
		p.ids = append(p.ids, c.id)
		for _, i := range c.g {
			p.relevant = append(p.relevant, p.key(i))
		}
	}
	p.maybe, p.maybeKeys = p.maybe[:0], p.maybeKeys[:0]
	return nil
}

// lighten keeps what grouping, thread ids and telling inert threads read:
// ids, threading headers, sender, recipients, date, subject.
func lighten(m *store.Message) store.Message {
	l := store.Message{Role: m.Role, UID: m.UID}
	l.Message = mailmsg.Message{MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References,
		From: m.From, To: m.To, Date: m.Date, Subject: m.Subject}
	return l
}

// snapshotEntry is what a snapshot keeps of each message of its threads:
// the message as read from the store, and its verdict.
type snapshotEntry struct {
	Message store.Message
	Verdict classifier.Verdict
}

// snapshotChunk is how many entries a snapshot encodes at once: few enough
// that gob's buffer of each stays small, enough that its per-value work
// does not show.
const snapshotChunk = 256

// maxSnapshotEntries bounds what a decoded snapshot may claim to hold.
const maxSnapshotEntries = 10_000_000

// encodeSnapshotData is gob, compressed: decoding it is several times
// cheaper than decoding each message's JSON. It is a count and then the
// entries, snapshotChunk at a time: gob buffers each value it encodes in
// full, and the whole list as one value was the biggest allocation of a
// first check (13 MB at 120k messages, BENCHMARKS.md); one value a
// message made gob's per-value work a tenth of a check with nothing new.
func encodeSnapshotData(threads []*thread.Thread) ([]byte, error) {
	n := 0
	for _, t := range threads {
		n += len(t.Messages)
	}
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	enc := gob.NewEncoder(zw)
	if err := enc.Encode(n); err != nil {
		return nil, fmt.Errorf("followup: encode thread snapshot: %w", err)
	}
	chunk := make([]snapshotEntry, 0, snapshotChunk)
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		err := enc.Encode(chunk)
		chunk = chunk[:0]
		return err
	}
	for _, t := range threads {
		for i := range t.Messages {
			chunk = append(chunk, snapshotEntry{t.Messages[i], t.Verdicts[i]})
			if len(chunk) == snapshotChunk {
				if err := flush(); err != nil {
					return nil, fmt.Errorf("followup: encode thread snapshot: %w", err)
				}
			}
		}
	}
	if err := flush(); err != nil {
		return nil, fmt.Errorf("followup: encode thread snapshot: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeSnapshotData(data []byte) ([]store.Message, map[store.MessageKey]classifier.Verdict, error) {
	dec := gob.NewDecoder(flate.NewReader(bytes.NewReader(data)))
	var n int
	if err := dec.Decode(&n); err != nil {
		return nil, nil, err
	}
	if n < 0 || n > maxSnapshotEntries {
		return nil, nil, fmt.Errorf("snapshot claims %d messages", n)
	}
	msgs := make([]store.Message, 0, min(n, 1<<16))
	verdicts := make(map[store.MessageKey]classifier.Verdict, min(n, 1<<16))
	for len(msgs) < n {
		var chunk []snapshotEntry
		if err := dec.Decode(&chunk); err != nil {
			return nil, nil, err
		}
		if len(chunk) == 0 || len(msgs)+len(chunk) > n {
			return nil, nil, fmt.Errorf("snapshot claims %d messages, holds more", n)
		}
		for i := range chunk {
			e := &chunk[i]
			// As the store returns it: seconds, local time.
			e.Message.InternalDate = time.Unix(e.Message.InternalDate.Unix(), 0)
			verdicts[e.Message.Key()] = e.Verdict
			msgs = append(msgs, e.Message)
		}
	}
	return msgs, verdicts, nil
}

// storedDate is the messages table's date column of m.
func storedDate(m *store.Message) int64 {
	if m.Date.IsZero() {
		return m.InternalDate.Unix()
	}
	return m.Date.Unix()
}

func sameThreads(threads []*thread.Thread, ids []string) bool {
	if len(threads) != len(ids) {
		return false
	}
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	for _, t := range threads {
		if !want[t.ID] {
			return false
		}
		delete(want, t.ID)
	}
	return len(want) == 0
}

// snapshotFingerprint names what a snapshot's content depends on besides
// the stored messages: the classifier (the binary) and whose addresses
// are "mine".
func snapshotFingerprint(acct config.Account, cfg *config.Config) string {
	// after_rejection decides whether a rejected thread is inert.
	return fmt.Sprintf("v%d|%s|%s|%s", snapshotVersion, buildFingerprint(), strings.Join(thread.MeOf(acct).Addresses(), ","),
		cfg.Followup.AfterRejection)
}

// buildFingerprint identifies the running binary (the classifier is
// compiled in).
var buildFingerprint = classifier.BuildID
