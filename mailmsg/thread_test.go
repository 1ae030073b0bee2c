package mailmsg

import (
	"reflect"
	"testing"
	"time"
)

func TestNormalizeSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Re: Interview", "interview"},
		{"RE: Re: FW: Interview  next steps", "interview next steps"},
		{"AW: Bewerbung", "bewerbung"},
		{"Re[2]: Offer", "offer"},
		{"[jobs] Re: Role", "role"},
		{"Fwd: ", ""},
		{"Research: results", "research: results"},
	}
	for _, tt := range tests {
		if got := NormalizeSubject(tt.in); got != tt.want {
			t.Errorf("NormalizeSubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Interview", "Re: Interview"},
		{"Re: Interview", "Re: Interview"},
		{"RE: re: Interview", "Re: Interview"},
		{"AW: Termin", "Re: Termin"},
		{"", "Re: (no subject)"},
		{"Evil\r\nBcc: x@y", "Re: Evil Bcc: x@y"},
	}
	for _, tt := range tests {
		if got := ReplySubject(tt.in); got != tt.want {
			t.Errorf("ReplySubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGroup(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2027, 4, d, 10, 0, 0, 0, time.UTC) }
	msg := func(id string, d int, from, to, subject, irt string, refs ...string) *Message {
		return &Message{MessageID: id, Date: day(d), From: Address{Email: from}, To: []Address{{Email: to}},
			Subject: subject, InReplyTo: irt, References: refs}
	}
	me := "me@x.com"
	tests := []struct {
		name string
		msgs []*Message
		want [][]int
	}{
		{"in-reply-to", []*Message{
			msg("a", 1, me, "r@acme.com", "Role", ""),
			msg("b", 2, "r@acme.com", me, "Re: Role", "a"),
		}, [][]int{{0, 1}}},
		{"references only", []*Message{
			msg("a", 1, me, "r@acme.com", "Role", ""),
			msg("b", 3, "r@acme.com", me, "Re: Role", "", "a"),
		}, [][]int{{0, 1}}},
		{"common missing ancestor", []*Message{
			msg("b", 2, "r@acme.com", me, "Re: Role", "", "root"),
			msg("c", 3, me, "r@acme.com", "Re: Role", "", "root", "b"),
		}, [][]int{{0, 1}}},
		{"subject fallback, same counterpart", []*Message{
			msg("a", 1, me, "r@acme.com", "Backend role", ""),
			msg("b", 4, "r@acme.com", me, "RE: Backend role", ""),
		}, [][]int{{0, 1}}},
		{"same subject, other counterpart stays apart", []*Message{
			msg("a", 1, me, "r@acme.com", "Backend role", ""),
			msg("b", 4, "x@other.com", me, "Re: Backend role", ""),
		}, [][]int{{0}, {1}}},
		{"copies of one message", []*Message{
			msg("a", 1, me, "r@acme.com", "Role", ""),
			msg("a", 1, me, "r@acme.com", "Role", ""),
		}, [][]int{{0, 1}}},
		{"out of order input sorted by date", []*Message{
			msg("b", 5, "r@acme.com", me, "Re: Role", "a", "a"),
			msg("a", 1, me, "r@acme.com", "Role", ""),
			msg("z", 3, "n@news.com", me, "Weekly", ""),
		}, [][]int{{1, 0}, {2}}},
	}
	for _, tt := range tests {
		counterpart := func(i int) string {
			if tt.msgs[i].From.Email == me {
				return tt.msgs[i].To[0].Email
			}
			return tt.msgs[i].From.Email
		}
		got := Group(tt.msgs, counterpart)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Group = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestThreadIDStable(t *testing.T) {
	a := &Message{MessageID: "root@x", Date: time.Unix(1, 0)}
	b := &Message{MessageID: "b@x", InReplyTo: "root@x", References: []string{"root@x"}, Date: time.Unix(2, 0)}
	id1 := ThreadID([]*Message{a, b}, []int{0, 1})
	id2 := ThreadID([]*Message{b}, []int{0}) // the root is not synced: same id from References
	if id1 != id2 || len(id1) != 10 {
		t.Errorf("ThreadID = %q and %q, want equal 10-char ids", id1, id2)
	}
}

func FuzzGroup(f *testing.F) {
	f.Add("a", "b", "a", "Re: x", "x")
	f.Fuzz(func(t *testing.T, id1, id2, ref, s1, s2 string) {
		msgs := []*Message{
			{MessageID: id1, Subject: s1, From: Address{Email: "a@x"}},
			{MessageID: id2, Subject: s2, InReplyTo: ref, References: []string{ref}, From: Address{Email: "b@x"}},
		}
		groups := Group(msgs, func(i int) string { return "c@x" })
		n := 0
		for _, g := range groups {
			n += len(g)
		}
		if n != len(msgs) {
			t.Fatalf("groups %v cover %d messages, want %d", groups, n, len(msgs))
		}
	})
}

func TestSubjectOnly(t *testing.T) {
	h := func(id, irt string, refs ...string) Headers {
		return Headers{MessageID: id, InReplyTo: irt, References: refs}
	}
	tests := []struct {
		name string
		msgs []Headers
		want []bool
	}{
		{"one message", []Headers{h("a", "")}, []bool{false}},
		{"a reply", []Headers{h("a", ""), h("b", "a", "a")}, []bool{false, false}},
		{"siblings of a missing root", []Headers{h("b", "a"), h("c", "", "a")}, []bool{false, false}},
		{"a header-less newcomer", []Headers{h("a", ""), h("b", "a"), h("x", "")}, []bool{false, false, true}},
		{"two header-less messages", []Headers{h("a", ""), h("x", "")}, []bool{true, true}},
	}
	for _, tt := range tests {
		group := make([]int, len(tt.msgs))
		for i := range group {
			group[i] = i
		}
		got := SubjectOnly(tt.msgs, group)
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: SubjectOnly() = %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}
