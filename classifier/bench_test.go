package classifier

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// mailboxSample generates n messages in the proportions of the synthetic
// mailbox cmd/hearback-bench seeds (whose first sync Classify was profiled
// on): 5% job-interview threads, personal mail, and bulk mail split into
// newsletters, notifications and job alerts. Deterministic.
func mailboxSample(tb testing.TB, n int) []*mailmsg.Message {
	r := rand.New(rand.NewPCG(7, 11))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	lorem := strings.Fields("the quick team shipped a new build today and we would love your thoughts on the plan for next quarter including budget travel schedule and a short recap of last week please let me know what works for you")
	words := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				if i%14 == 0 {
					b.WriteString(".\r\n")
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(pick(lorem))
		}
		return b.String() + "."
	}
	roles := []string{"Senior Backend Engineer", "Product Designer", "Data Analyst", "Site Reliability Engineer"}
	companies := []string{"Acme Robotics", "Northwind", "Globex", "Initech"}
	interview := []string{
		"I came across your profile and think you could be a great fit for our %s role at %s. Would you be open to a 30 minute call this week to talk about it?",
		"Thank you for applying to the %s position at %s. We'd like to schedule a first interview with the hiring manager. Could you share your availability for next week?",
		"Thanks again for interviewing for the %s role at %s today. The team enjoyed meeting you. We will get back to you with a decision by the end of next week.",
		"Your interview for the %s role at %s is confirmed for Thursday at 3pm. You will meet two engineers from the team.",
		"Thank you for your time interviewing for the %s role at %s. Unfortunately, we have decided to move forward with other candidates.",
		"Thanks for reaching out! I'd love to learn more about the %s position at %s. I'm free Tuesday or Wednesday afternoon.",
	}
	base := time.Date(2027, 4, 8, 9, 30, 0, 0, time.UTC)
	var msgs []*mailmsg.Message
	for i := range n {
		date := base.Add(-time.Duration(r.IntN(700*24)) * time.Hour).Format(time.RFC1123Z)
		var hdr, body string
		switch k := r.IntN(100); {
		case k < 5:
			role, company := pick(roles), pick(companies)
			hdr = fmt.Sprintf("From: Jordan Patel <jordan@%s.example>\r\nSubject: Re: Interview: %s at %s\r\n", strings.ToLower(strings.Fields(company)[0]), role, company)
			body = "Hi Alex,\r\n\r\n" + fmt.Sprintf(pick(interview), role, company) + "\r\n\r\nBest regards,\r\nJordan Patel\r\nTalent Acquisition, " + company
		case k < 40:
			hdr = "From: Priya Nguyen <priya.nguyen@globex.example>\r\nSubject: Plans for the weekend\r\n"
			body = "Hi,\r\n\r\n" + words(30+r.IntN(200)) + "\r\n\r\nCheers"
		case k < 70:
			hdr = "From: Weekly-Digest <news@weekly-digest.lists.example>\r\nSubject: Weekly-Digest #12: " + words(6) + "\r\nList-Id: weekly-digest <weekly-digest.lists.example>\r\nList-Unsubscribe: <mailto:unsub@weekly-digest.lists.example>\r\nPrecedence: bulk\r\n"
			body = words(120)
		case k < 88:
			hdr = "From: orders@shop.example\r\nSubject: Your receipt 123456\r\nAuto-Submitted: auto-generated\r\n"
			body = words(60 + r.IntN(100))
		default:
			role := pick(roles)
			hdr = "From: Job Alerts <jobalerts-noreply@jobs-alerts.example>\r\nSubject: 25 new jobs for " + role + "\r\nList-Unsubscribe: <https://jobs-alerts.example/unsub>\r\nPrecedence: bulk\r\n"
			body = "New jobs matching your search:\r\n"
			for range 8 {
				body += fmt.Sprintf("- %s at %s, apply now: https://jobs-alerts.example/j/%d\r\n", pick(roles), pick(companies), r.IntN(1e6))
			}
		}
		raw := fmt.Sprintf("%sTo: me@example.com\r\nMessage-ID: <%d@example.com>\r\nDate: %s\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n", hdr, i, date, body)
		m, err := mailmsg.ParseBytes([]byte(raw))
		if err != nil {
			tb.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

// BenchmarkClassifyMailbox is Classify on the kind of mailbox a first sync
// goes through, mostly bulk and personal mail:
//
//	go test -run x -bench ClassifyMailbox -benchmem ./classifier
func BenchmarkClassifyMailbox(b *testing.B) {
	benchClassify(b, mailboxSample(b, 2000))
}

// benchClassify classifies msgs round-robin and reports messages per second.
func benchClassify(b *testing.B, msgs []*mailmsg.Message) {
	b.ResetTimer()
	n := 0
	for b.Loop() {
		Classify(msgs[n%len(msgs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "msgs/s")
}
