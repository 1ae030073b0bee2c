package followup

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
	"github.com/hearback/hearback/thread"
)

const inviteICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" +
	"UID:x1\r\nDTSTAMP:20270401T120000Z\r\nDTSTART;TZID=America/New_York:20270415T140000\r\n" +
	"DTEND;TZID=America/New_York:20270415T144500\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestParseInvite(t *testing.T) {
	tests := []struct {
		name       string
		ics        string
		ok         bool
		start, end time.Time
	}{
		{"zoned", inviteICS, true, time.Date(2027, 4, 15, 14, 0, 0, 0, ny), time.Date(2027, 4, 15, 14, 45, 0, 0, ny)},
		{"utc with duration", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20270401T120000Z\r\n" +
			"DTSTART:20270415T180000Z\r\nDURATION:PT30M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", true,
			time.Date(2027, 4, 15, 18, 0, 0, 0, time.UTC), time.Date(2027, 4, 15, 18, 30, 0, 0, time.UTC)},
		{"no end: an hour", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20270401T120000Z\r\n" +
			"DTSTART:20270415T180000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", true,
			time.Date(2027, 4, 15, 18, 0, 0, 0, time.UTC), time.Date(2027, 4, 15, 19, 0, 0, 0, time.UTC)},
		{"cancelled method", strings.Replace(inviteICS, "METHOD:REQUEST", "METHOD:CANCEL", 1), false, time.Time{}, time.Time{}},
		{"cancelled event", strings.Replace(inviteICS, "SUMMARY:Interview", "SUMMARY:Interview\r\nSTATUS:CANCELLED", 1), false, time.Time{}, time.Time{}},
		{"empty", "", false, time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		iv, ok, err := thread.ParseInvite(tt.ics, ny)
		if err != nil {
			t.Errorf("%s: ParseInvite error %v", tt.name, err)
			continue
		}
		if ok != tt.ok || (ok && (!iv.Start.Equal(tt.start) || !iv.End.Equal(tt.end) || !iv.FromCalendar)) {
			t.Errorf("%s: ParseInvite = %v..%v ok=%v, want %v..%v ok=%v", tt.name, iv.Start, iv.End, ok, tt.start, tt.end, tt.ok)
		}
	}
	if _, _, err := thread.ParseInvite("BEGIN:VCALENDAR\r\nnot ical", ny); err == nil {
		t.Error("ParseInvite(garbage): no error")
	}
}

// thankYouThread: they confirmed an interview on April 15 (text or
// calendar); I replied before it.
func thankYouThread(calendar bool) *thread.Thread {
	th := buildThread(
		step{date: at(4, 12, 10), v: classifier.Verdict{Job: true, InterviewAt: ptr(at(4, 15, 14))}},
		step{mine: true, date: at(4, 12, 11)},
	)
	if calendar {
		th.Messages[0].Calendar = inviteICS
	}
	return th
}

func TestDecideThankYou(t *testing.T) {
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, PromiseGrace: 1, Location: ny,
		ThankYou: true, ThankYouAfter: 24 * time.Hour}
	tests := []struct {
		name      string
		calendar  bool
		change    func(*thread.Thread)
		policy    func(*Policy)
		now       time.Time
		state     string
		situation draft.Situation
		due       time.Time
	}{
		{"before the interview", true, nil, nil, at(4, 14, 9), StateWaiting, draft.AfterInterview, time.Time{}},
		{"ended, hours not passed", true, nil, nil, at(4, 16, 10), StateWaiting, draft.ThankYou, time.Date(2027, 4, 16, 14, 45, 0, 0, ny)},
		{"calendar end + 24h", true, nil, nil, at(4, 16, 15), StateDue, draft.ThankYou, time.Date(2027, 4, 16, 14, 45, 0, 0, ny)},
		{"text time: an hour assumed", false, nil, nil, at(4, 16, 15), StateDue, draft.ThankYou, at(4, 16, 15)},
		{"off", true, nil, func(p *Policy) { p.ThankYou = false }, at(4, 16, 15), StateWaiting, draft.AfterInterview, time.Time{}},
		{"hours configurable", true, nil, func(p *Policy) { p.ThankYouAfter = 2 * time.Hour }, at(4, 15, 17), StateDue, draft.ThankYou, time.Time{}},
		{"I already wrote after it", true, func(th *thread.Thread) {
			m := th.Messages[1]
			m.MessageID, m.Date = "thanks@x", at(4, 15, 18)
			th.Messages = append(th.Messages, m)
			th.Verdicts = append(th.Verdicts, classifier.Verdict{})
			th.Mine = append(th.Mine, true)
		}, nil, at(4, 16, 15), StateWaiting, draft.Unanswered, time.Time{}},
		{"too late for thanks", true, nil, nil, at(4, 23, 10), StateDue, draft.AfterInterview, time.Time{}},
		{"ignored", true, func(th *thread.Thread) { th.User.Ignored = true }, nil, at(4, 16, 15), StateIgnored, "", time.Time{}},
	}
	for _, tt := range tests {
		th := thankYouThread(tt.calendar)
		if tt.change != nil {
			tt.change(th)
		}
		p := policy
		if tt.policy != nil {
			tt.policy(&p)
		}
		d := p.Decide(th, tt.now)
		if d.State != tt.state || d.Situation != tt.situation {
			t.Errorf("%s: state %q situation %q, want %q %q (%s)", tt.name, d.State, d.Situation, tt.state, tt.situation, d.Reason)
		}
		if !tt.due.IsZero() && !d.DueAt.Equal(tt.due) {
			t.Errorf("%s: due %v, want %v", tt.name, d.DueAt, tt.due)
		}
	}
}

func TestIgnoreRules(t *testing.T) {
	th := func(from, name, subject string) *thread.Thread {
		x := buildThread(step{date: at(4, 5, 10), from: from}, step{mine: true, date: at(4, 6, 10)})
		x.Messages[0].From.Name = name
		x.Messages[0].Subject = subject
		return x
	}
	rules := NewIgnoreRules([]string{"Boss@Current.example"}, []string{"umbrella.com"}, []string{"Initech", "Meta"})
	tests := []struct {
		name string
		t    *thread.Thread
		want string
	}{
		{"address", th("boss@current.example", "", "Hello"), "address boss@current.example"},
		{"subdomain", th("ana@jobs.umbrella.com", "", "Role"), "domain umbrella.com"},
		{"company from domain", th("sam@initech.com", "", "Role"), "company Initech"},
		{"company in display name", th("x@greenhouse-mail.io", "Initech Recruiting", "Role"), "company Initech"},
		{"company in subject", th("x@lever.co", "", "Your application to Initech"), "company Initech"},
		{"whole words only", th("x@metaswitch.com", "", "Metaswitch role"), ""},
		{"nothing", th("jane@acme.com", "Jane", "Backend Engineer"), ""},
	}
	for _, tt := range tests {
		if got := rules.match(tt.t); got != tt.want {
			t.Errorf("%s: match = %q, want %q", tt.name, got, tt.want)
		}
		d := Policy{FirstAfter: 5, Ignore: rules, Location: ny}.Decide(tt.t, at(4, 30, 9))
		if (d.State == StateIgnored) != (tt.want != "") {
			t.Errorf("%s: state %q", tt.name, d.State)
		}
	}
	if NewIgnoreRules(nil, []string{" "}, nil) != nil {
		t.Error("empty lists should give nil rules")
	}
}

// An appended draft of an earlier state that the user edited keeps
// hearback from writing a second one beside it.
func TestDecideEditedDraftBlocksNewDraft(t *testing.T) {
	th := buildThread(step{mine: true, date: at(4, 5, 10)}, step{date: at(4, 14, 9), v: classifier.Verdict{Job: true, Stage: classifier.StageAwaitingDecision}})
	th.Drafts = []store.Draft{{MessageID: "d@x", ReplyTo: th.Messages[0].MessageID, Status: store.DraftEdited}}
	th.InDrafts["d@x"] = true
	policy := Policy{FirstAfter: 5, NextAfter: 7, MaxNudges: 2, Location: ny}
	if d := policy.Decide(th, at(4, 30, 9)); d.State != StateMyTurn {
		t.Errorf("state = %q, want %q (%s)", d.State, StateMyTurn, d.Reason)
	}
	th.Drafts[0].Status = store.DraftWithdrawn
	delete(th.InDrafts, "d@x")
	if d := policy.Decide(th, at(4, 30, 9)); d.State != StateDue {
		t.Errorf("after withdrawal: state = %q, want %q (%s)", d.State, StateDue, d.Reason)
	}
}

func TestRepliedAfter(t *testing.T) {
	th := buildThread(step{mine: true, date: at(4, 5, 10)},
		step{date: at(4, 6, 10), v: classifier.Verdict{AutoReply: true}})
	if th.RepliedAfter(th.Messages[0].MessageID) {
		t.Error("an automatic reply counted as a real reply")
	}
	th.Messages = append(th.Messages, store.Message{Message: mailmsg.Message{MessageID: "r@x", From: mailmsg.Address{Email: "jane@acme.com"}}})
	th.Verdicts = append(th.Verdicts, classifier.Verdict{})
	th.Mine = append(th.Mine, false)
	if !th.RepliedAfter(th.Messages[0].MessageID) {
		t.Error("a human reply was not seen")
	}
	if th.RepliedAfter("unknown@x") {
		t.Error("a draft for a message outside the thread counted as replied")
	}
}
