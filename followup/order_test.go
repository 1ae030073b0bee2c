package followup

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

// An out-of-office reply to my nudge, stamped in the same second as the
// nudge or a few seconds before it (clocks differ), comes after the nudge
// in the thread: the "away until" date defers the next nudge, whether the
// check builds its threads afresh or from its snapshot.
func TestOutOfOfficeReplyToMyNudgeDefersTheNext(t *testing.T) {
	for _, skew := range []time.Duration{0, -3 * time.Second} {
		t.Run(fmt.Sprintf("auto-reply dated %v from the nudge", skew), func(t *testing.T) {
			ctx := context.Background()
			st, cfg, acct, _ := snapSetup(t)
			cfg.Location = ny
			first, nudge := time.Date(2027, 4, 5, 9, 0, 0, 0, ny), time.Date(2027, 4, 12, 15, 0, 0, 0, ny)
			sent := []store.Message{
				snapMsg(t, store.RoleSent, 1, snapMail("me@example.com", "Dana Reyes <dana@acme.example>", "Backend Engineer application",
					"p1@example.com", "", first, "Hi Dana,\n\nI applied for the Backend Engineer role and wanted to introduce myself.\n\nAlex")),
				snapMsg(t, store.RoleSent, 2, snapMail("me@example.com", "Dana Reyes <dana@acme.example>", "Re: Backend Engineer application",
					"p2@example.com", "p1@example.com", nudge, "Hi Dana,\n\nI wanted to follow up on my application for the Backend Engineer role.\n\nAlex")),
			}
			ooo := snapMsg(t, store.RoleInbox, 1, "From: Dana Reyes <dana@acme.example>\r\nTo: me@example.com\r\n"+
				"Subject: Automatic reply: Backend Engineer application\r\nMessage-ID: <ooo@acme.example>\r\n"+
				"Date: "+nudge.Add(skew).Format(time.RFC1123Z)+"\r\nIn-Reply-To: <p2@example.com>\r\n"+
				"References: <p1@example.com> <p2@example.com>\r\nAuto-Submitted: auto-replied\r\n"+
				"Content-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Monday, April 26 with limited access to email.\r\n")
			for role, msgs := range map[string][]store.Message{store.RoleSent: sent, store.RoleInbox: {ooo}} {
				mb := store.Mailbox{Account: "a", Role: role, Name: role, UIDValidity: 1}
				if err := st.SaveMessages(ctx, mb, msgs, uint32(len(msgs))); err != nil {
					t.Fatal(err)
				}
			}
			// Seven business days after the nudge (Wednesday April 21) the
			// second one would be due; Dana is away until April 26.
			now := time.Date(2027, 4, 22, 10, 0, 0, 0, ny)
			all, err := thread.Load(ctx, st, acct, Since(cfg, now))
			if err != nil {
				t.Fatal(err)
			}
			checkA, _, err := loadCheckThreads(ctx, st, cfg, acct, now, nil) // a full build
			if err != nil {
				t.Fatal(err)
			}
			checkB, _, err := loadCheckThreads(ctx, st, cfg, acct, now, nil) // from the snapshot
			if err != nil {
				t.Fatal(err)
			}
			for name, threads := range map[string][]*thread.Thread{"threads": all, "check": checkA, "check from snapshot": checkB} {
				if len(threads) != 1 {
					t.Fatalf("%s: %d threads, want 1", name, len(threads))
				}
				th := threads[0]
				var ids []string
				for _, m := range th.Messages {
					ids = append(ids, m.MessageID)
				}
				if fmt.Sprint(ids) != "[p1@example.com p2@example.com ooo@acme.example]" {
					t.Errorf("%s: messages in the order %v, want the auto-reply after the nudge it answers", name, ids)
				}
				d := PolicyFor(cfg).Decide(th, now)
				if want := time.Date(2027, 4, 27, 0, 0, 0, 0, ny); d.State != StateWaiting || !d.DueAt.Equal(want) {
					t.Errorf("%s: %s, due %v (%s); want waiting_on_them until %v, the business day after Dana is back",
						name, d.State, d.DueAt, d.Reason, want)
				}
			}
		})
	}
}
