package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

var benchWords = strings.Fields(`the a to of and in for on with at by from is are was be this that it we you your our
	thank thanks interview role position team application candidate schedule call meeting next week monday tuesday
	please let me know if have any questions regards best hiring manager engineer backend frontend platform offer
	availability time slot calendar invite confirm looking forward hearing update process feedback recruiter
	experience project company opportunity today tomorrow afternoon morning would like share details attached`)

// benchMessages builds n messages of one mailbox shaped like real mail:
// addresses and ids of usual length, a third of them replies with
// references, some bulk with list headers, excerpts of 0.5 to 4 KB.
func benchMessages(rng *rand.Rand, firstUID uint32, n int) []Message {
	text := func(size int) string {
		var b strings.Builder
		for b.Len() < size {
			if b.Len() > 0 {
				if rng.IntN(12) == 0 {
					b.WriteString(".\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(benchWords[rng.IntN(len(benchWords))])
		}
		return b.String()
	}
	id := func() string {
		return fmt.Sprintf("CA%x%x=%x@mail.gmail.com", rng.Uint64(), rng.Uint32(), rng.Uint32())
	}
	base := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	msgs := make([]Message, n)
	for i := range msgs {
		date := base.Add(time.Duration(int(firstUID)+i) * 17 * time.Minute)
		m := mailmsg.Message{
			MessageID: id(),
			From:      mailmsg.Address{Name: "Dana Recruiter", Email: fmt.Sprintf("dana%d@acme%d.example", rng.IntN(50), rng.IntN(200))},
			To:        []mailmsg.Address{{Name: "Me Myself", Email: "me@example.com"}},
			Date:      date,
			Subject:   "Interview for the " + text(20+rng.IntN(40)),
			Excerpt:   text(512 + rng.IntN(3584)),
		}
		if rng.IntN(3) == 0 {
			m.Subject = "Re: " + m.Subject
			m.InReplyTo = id()
			for range 1 + rng.IntN(6) {
				m.References = append(m.References, id())
			}
		}
		if rng.IntN(4) == 0 {
			m.Cc = []mailmsg.Address{{Name: "Hiring Manager", Email: "hm@acme.example"}}
		}
		if rng.IntN(3) == 0 {
			m.Precedence = "bulk"
			m.ListID = "<newsletter.acme.example>"
			m.ListUnsubscribe = fmt.Sprintf("<https://acme.example/unsubscribe?u=%x>, <mailto:leave-%x@acme.example>", rng.Uint64(), rng.Uint32())
		}
		msgs[i] = Message{UID: firstUID + uint32(i), Flags: []string{`\Seen`}, InternalDate: date, Message: m,
			CachedVerdict: []byte{0x9a, 0x13, 0x77, 0x01, 0xfe, 0x22, 0x5c, 0x80, 3, 7, 'a', 'p', 'p', 'l', 'i', 'e', 'd', 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0xf0, 0x3f}}
	}
	return msgs
}

// BenchmarkSaveMessages stores batches of 200 messages. ns/msg is the time
// per message; db-B/msg the size of the database (after a checkpoint) per
// message stored.
func BenchmarkSaveMessages(b *testing.B) { benchSaveMessages(b, 200) }

// BenchmarkSaveMessages1000 stores batches of 1000 messages, as a first
// sync does.
func BenchmarkSaveMessages1000(b *testing.B) { benchSaveMessages(b, 1000) }

func benchSaveMessages(b *testing.B, batch int) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "hearback.db")
	st, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	// A pool of batches built before timing, reused with new UIDs.
	pool := make([][]Message, 16)
	for i := range pool {
		pool[i] = benchMessages(rng, 1, batch)
	}
	mb := Mailbox{Account: "p", Role: RoleInbox, Name: "INBOX", UIDValidity: 7}
	uid := uint32(1)
	n := 0
	for b.Loop() {
		msgs := pool[n%len(pool)]
		for i := range msgs {
			msgs[i].UID = uid
			uid++
		}
		if err := st.SaveMessages(ctx, mb, msgs, uid-1); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*batch), "ns/msg")
	if _, err := st.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, f := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(f); err == nil {
			size += fi.Size()
		}
	}
	b.ReportMetric(float64(size)/float64(n*batch), "db-B/msg")
}
