package mailmsg

import (
	"reflect"
	"strconv"
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
		{"Doorst: Sollicitatie", "sollicitatie"},
		{"R: Proposta", "proposta"},
		{"RES: Processo seletivo", "processo seletivo"},
		{"R&D: roadmap", "r&d: roadmap"},
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

// A message sorts after every message of its thread it replies to, then
// by date, then by arrival (the input order): whatever the clocks say.
func TestOrder(t *testing.T) {
	at := func(sec int) time.Time {
		return time.Date(2027, 4, 12, 15, 0, 0, 0, time.UTC).Add(time.Duration(sec) * time.Second)
	}
	h := func(id string, sec int, irt string, refs ...string) Headers {
		return Headers{MessageID: id, Date: at(sec), InReplyTo: irt, References: refs, Subject: "Role", FromEmail: id + "@x"}
	}
	tests := []struct {
		name string
		msgs []Headers // in arrival order
		want []string  // Message-IDs in thread order
	}{
		{"by date", []Headers{h("b", 20, "a", "a"), h("a", 10, "")}, []string{"a", "b"}},
		{"same date: arrival order", []Headers{h("x", 10, "", "root"), h("y", 10, "", "root")}, []string{"x", "y"}},
		// The store lists the inbox before Sent within a second.
		{"auto-reply in the same second as my nudge", []Headers{
			h("ooo", 60, "nudge", "first", "nudge"), h("first", 0, ""), h("nudge", 60, "first", "first")},
			[]string{"first", "nudge", "ooo"}},
		{"auto-reply dated seconds before my nudge", []Headers{
			h("first", 0, ""), h("ooo", 55, "nudge", "first", "nudge"), h("nudge", 60, "first", "first")},
			[]string{"first", "nudge", "ooo"}},
		{"References without In-Reply-To", []Headers{h("b", 5, "", "a"), h("a", 10, "")}, []string{"a", "b"}},
		{"In-Reply-To without References", []Headers{h("b", 5, "a"), h("a", 10, "")}, []string{"a", "b"}},
		{"a chain dated backwards", []Headers{
			h("c", 1, "b", "a", "b"), h("b", 2, "a", "a"), h("a", 3, "")}, []string{"a", "b", "c"}},
		// Only a later reference moves a message: others keep the date order.
		{"others keep their place", []Headers{
			h("a", 30, "", "root"), h("b", 5, "a", "root", "a"), h("c", 10, "", "root"), h("d", 40, "", "root")},
			[]string{"c", "a", "b", "d"}},
		{"a grandparent's date counts too", []Headers{
			h("a", 30, ""), h("b", 0, "", "a"), h("c", 10, "b", "a", "b")}, []string{"a", "b", "c"}},
		{"references outside the thread", []Headers{
			h("b", 20, "gone", "root", "gone"), h("a", 10, "", "root")}, []string{"a", "b"}},
		{"a cycle keeps the date order", []Headers{
			h("a", 10, "b", "root", "b"), h("b", 20, "a", "root", "a"), h("c", 5, "a", "root", "a")},
			[]string{"a", "c", "b"}},
		{"a message naming itself", []Headers{h("a", 20, "a", "a"), h("b", 10, "", "a")}, []string{"a", "b"}},
		{"copies of one message", []Headers{h("b", 5, "a", "a"), h("a", 10, ""), h("a", 10, "")}, []string{"a", "a", "b"}},
	}
	for _, tt := range tests {
		groups := GroupHeaders(tt.msgs, func(int) string { return "" })
		if len(groups) != 1 {
			t.Errorf("%s: %d groups, want 1", tt.name, len(groups))
			continue
		}
		var got []string
		for _, i := range groups[0] {
			got = append(got, tt.msgs[i].MessageID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: order %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A thread of thousands of messages whose dates run against the replies
// orders in about the time of a sort.
func TestOrderLongThread(t *testing.T) {
	const n = 20000
	msgs := make([]Headers, n)
	base := time.Date(2027, 4, 12, 15, 0, 0, 0, time.UTC)
	for i := range msgs {
		id := "m" + strconv.Itoa(i)
		msgs[i] = Headers{MessageID: id, Date: base.Add(-time.Duration(i) * time.Second)}
		if i > 0 {
			// Clients keep the root and the last few ids.
			parent := "m" + strconv.Itoa(i-1)
			msgs[i].InReplyTo = parent
			msgs[i].References = []string{"m0"}
			for k := max(1, i-10); k < i; k++ {
				msgs[i].References = append(msgs[i].References, "m"+strconv.Itoa(k))
			}
		}
	}
	start := time.Now()
	groups := GroupHeaders(msgs, func(int) string { return "" })
	took := time.Since(start)
	if len(groups) != 1 || len(groups[0]) != n {
		t.Fatalf("groups = %d, want one of %d", len(groups), n)
	}
	for k, i := range groups[0] {
		if i != k {
			t.Fatalf("position %d holds message %d, want the reply chain in order", k, i)
		}
	}
	if took > 2*time.Second {
		t.Errorf("ordering %d messages took %v", n, took)
	}
}

// A thread keeps its id when its order changes: the id comes from the
// earliest message by date, as it did when the order was the date's.
func TestThreadIDKeepsToTheEarliest(t *testing.T) {
	at := func(sec int) time.Time { return time.Date(2027, 4, 12, 15, 0, 0, sec, time.UTC) }
	msgs := []Headers{
		{MessageID: "p", References: []string{"x"}, Date: at(10)},
		// A reply stamped before its parent, with In-Reply-To only.
		{MessageID: "r", InReplyTo: "p", Date: at(5)},
	}
	groups := GroupHeaders(msgs, func(int) string { return "" })
	if len(groups) != 1 || !reflect.DeepEqual(groups[0], []int{0, 1}) {
		t.Fatalf("groups = %v, want the reply after its parent", groups)
	}
	want := ThreadIDHeaders(msgs, []int{1}) // the earliest message's root: p
	if got := ThreadIDHeaders(msgs, groups[0]); got != want {
		t.Errorf("ThreadIDHeaders = %s, want %s (from the earliest message)", got, want)
	}
	ptrs := []*Message{{MessageID: "p", References: []string{"x"}, Date: at(10)}, {MessageID: "r", InReplyTo: "p", Date: at(5)}}
	if got := ThreadID(ptrs, groups[0]); got != want {
		t.Errorf("ThreadID = %s, want %s", got, want)
	}
	// Among messages of the same date, the first to arrive.
	same := []Headers{{MessageID: "b", References: []string{"root-b"}, Date: at(1)}, {MessageID: "a", References: []string{"root-a"}, Date: at(1)}}
	if got, want := ThreadIDHeaders(same, []int{1, 0}), ThreadIDHeaders(same, []int{0}); got != want {
		t.Errorf("same dates: ThreadIDHeaders = %s, want the first to arrive's %s", got, want)
	}
}

func TestIsForwardSubject(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Fwd: Candidate feedback", true},
		{"WG: Bewerbung Data Scientist", true},
		{"TR: Votre candidature", true},
		{"Fw[2]: update", true},
		{"Re: Fwd: feedback", false},
		{"Research: results", false},
		{"Interview next week", false},
	}
	for _, tt := range tests {
		if got := IsForwardSubject(tt.in); got != tt.want {
			t.Errorf("IsForwardSubject(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsReplyPrefix(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"re", true}, {"aw", true}, {"fwd", true}, {"wg", true}, {"antw", true},
		{"research", false}, {"interview", false}, {"Re", false}, {"", false},
	}
	for _, tt := range tests {
		if got := IsReplyPrefix(tt.in); got != tt.want {
			t.Errorf("IsReplyPrefix(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
