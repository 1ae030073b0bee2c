package followup

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// benchStore holds n messages: 5% in two-message interview threads, the
// rest newsletters.
func benchStore(b testing.TB, n int) (*store.Store, *config.Config, config.Account, time.Time) {
	b.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "h.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	now := time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)
	cfg := config.Default()
	cfg.Followup.LookbackDays = 800
	acct := config.Account{Name: "a", Username: "me@example.com", Addresses: []string{"me@example.com"}}
	var inbox, sent []store.Message
	for i := range n {
		date := now.Add(-time.Duration(i) * 17 * time.Minute)
		m := mailmsg.Message{MessageID: fmt.Sprintf("n%d@lists.example", i), Date: date,
			From: mailmsg.Address{Name: "News", Email: "news@lists.example"}, To: []mailmsg.Address{{Email: "me@example.com"}},
			Subject: fmt.Sprintf("Digest %d", i), ListID: "<digest.lists.example>", Precedence: "bulk",
			Excerpt: "Top stories of the week: a new release, a conference report and three job openings in data engineering."}
		if i%40 == 0 { // 2 messages of 40: 5%
			who := fmt.Sprintf("r%d@acme%d.example", i, i)
			m = mailmsg.Message{MessageID: fmt.Sprintf("r%d@acme.example", i), Date: date,
				From: mailmsg.Address{Name: "Dana Recruiter", Email: who}, To: []mailmsg.Address{{Email: "me@example.com"}},
				Subject: "Interview for the Backend Engineer role",
				Excerpt: "Hi Alex, we would like to schedule an interview for the Backend Engineer position. Could you share your availability?"}
			sent = append(sent, store.Message{UID: uint32(len(sent) + 1), InternalDate: date.Add(time.Hour), Message: mailmsg.Message{
				MessageID: fmt.Sprintf("m%d@example.com", i), InReplyTo: m.MessageID, References: []string{m.MessageID},
				Date: date.Add(time.Hour), From: mailmsg.Address{Email: "me@example.com"}, To: []mailmsg.Address{{Email: who}},
				Subject: "Re: Interview for the Backend Engineer role", Excerpt: "Thanks! I am free Tuesday afternoon for the interview."}})
		}
		inbox = append(inbox, store.Message{UID: uint32(i + 1), InternalDate: date, Message: m})
	}
	for role, msgs := range map[string][]store.Message{store.RoleInbox: inbox, store.RoleSent: sent} {
		mb := store.Mailbox{Account: "a", Role: role, Name: role, UIDValidity: 1}
		if err := st.SaveMessages(ctx, mb, msgs, uint32(len(msgs))); err != nil {
			b.Fatal(err)
		}
	}
	return st, cfg, acct, now
}

// BenchmarkCheckThreads compares what a check reads with nothing new
// (the snapshot) with a full build of every thread. Run with
// go test -run - -bench CheckThreads ./followup
func BenchmarkCheckThreads(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		st, cfg, acct, now := benchStore(b, n)
		ctx := context.Background()
		b.Run(fmt.Sprintf("snapshot/%d", n), func(b *testing.B) {
			if _, _, err := loadCheckThreads(ctx, st, cfg, acct, now, nil); err != nil { // builds the snapshot
				b.Fatal(err)
			}
			for b.Loop() {
				if _, _, err := loadCheckThreads(ctx, st, cfg, acct, now, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("full/%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := thread.Load(ctx, st, acct, Since(cfg, now)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
