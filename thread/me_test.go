package thread

import (
	"testing"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/mailmsg"
)

func TestMe(t *testing.T) {
	tests := []struct {
		name  string
		acct  config.Account
		email string
		mine  bool
	}{
		{"listed address", config.Account{Addresses: []string{"me@example.com"}}, "me@example.com", true},
		{"case differs", config.Account{Addresses: []string{"me@example.com"}}, "ME@example.COM", true},
		{"angle brackets and space", config.Account{Addresses: []string{" <Me@Example.com> "}}, "me@example.com", true},
		{"an alias", config.Account{Addresses: []string{"me@example.com", "alias@example.org"}}, "alias@example.org", true},
		{"someone else", config.Account{Addresses: []string{"me@example.com"}}, "you@example.com", false},
		{"username when no addresses", config.Account{Username: "Me@Example.com"}, "me@example.com", true},
		{"addresses win over username", config.Account{Username: "login@example.com", Addresses: []string{"me@example.com"}}, "login@example.com", false},
		{"empty", config.Account{}, "", false},
	}
	for _, tt := range tests {
		if got := MeOf(tt.acct).Is(tt.email); got != tt.mine {
			t.Errorf("%s: MeOf(%+v).Is(%q) = %v, want %v", tt.name, tt.acct.Addresses, tt.email, got, tt.mine)
		}
	}
}

func TestOtherParty(t *testing.T) {
	me := NewMe("me@example.com", "alias@example.com")
	a := func(emails ...string) []mailmsg.Address {
		var out []mailmsg.Address
		for _, e := range emails {
			out = append(out, mailmsg.Address{Email: e})
		}
		return out
	}
	tests := []struct {
		name     string
		from     string
		to       []mailmsg.Address
		expected string
	}{
		{"their message: the sender", "jane@acme.com", a("me@example.com"), "jane@acme.com"},
		{"mine: the first recipient", "me@example.com", a("jane@acme.com", "raj@acme.com"), "jane@acme.com"},
		{"mine, to myself first", "me@example.com", a("alias@example.com", "jane@acme.com"), "jane@acme.com"},
		{"mine, to myself only", "alias@example.com", a("me@example.com"), ""},
		{"mine, to nobody", "me@example.com", nil, ""},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: tt.from}, To: tt.to}
		if got := me.OtherParty(m); got != tt.expected {
			t.Errorf("%s: OtherParty() = %q, want %q", tt.name, got, tt.expected)
		}
	}
}
