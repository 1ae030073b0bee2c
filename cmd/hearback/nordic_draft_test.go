package main

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/internal/imaptest"
)

// Swedish, Danish and Norwegian threads against a real Dovecot: each
// draft that hearback appends to Drafts is written in the thread's own
// language (greeting, sign-off, the post with its article and the
// company, the day as the language writes it, the line above the quote),
// and a call promised in Swedish gets a Swedish script in explain, never
// in the draft. (The job title itself is not read from Nordic mail yet:
// "tjänsten på Nordvik Data".)
var nordicThreads = [][]mailFixture{
	{ // Karin, Sweden: a call promised for Tuesday, her mobile in the signature.
		{mailbox: "Sent", from: me, to: "Karin Lindqvist <karin.lindqvist@nordvik.se>", subject: "Ansökan – Dataanalytiker",
			date: apr(5, 17, 0), id: "sv-karin1@example.com",
			body: "Hej Karin,\n\nHär kommer min ansökan till tjänsten som dataanalytiker. Jag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlex Rivera"},
		{mailbox: "INBOX", from: "Karin Lindqvist <karin.lindqvist@nordvik.se>", to: me, subject: "SV: Ansökan – Dataanalytiker",
			date: apr(8, 10, 0), id: "sv-karin2@nordvik.se", irt: "sv-karin1@example.com", refs: "<sv-karin1@example.com>",
			body: "Hej Alex,\n\nTack för intervjun i dag om tjänsten som dataanalytiker. Jag ringer dig på tisdag när vi har bestämt oss.\n\n" +
				"Vänliga hälsningar\nKarin Lindqvist\nHR-partner, Nordvik Data AB\nMobil: +46 70 123 45 67"},
	},
	{ // Mette, Denmark: an answer promised by Friday, by email.
		{mailbox: "Sent", from: me, to: "Mette Holm <mette.holm@kattegat.dk>", subject: "Ansøgning – Projektleder",
			date: apr(5, 17, 0), id: "da-mette1@example.com",
			body: "Hej Mette,\n\nHermed min ansøgning til stillingen som projektleder. Jeg glæder mig til at høre fra dig.\n\nVenlig hilsen\nAlex Rivera"},
		{mailbox: "INBOX", from: "Mette Holm <mette.holm@kattegat.dk>", to: me, subject: "SV: Ansøgning – Projektleder",
			date: apr(7, 12, 0), id: "da-mette2@kattegat.dk", irt: "da-mette1@example.com", refs: "<da-mette1@example.com>",
			body: "Hej Alex\n\nTak for samtalen i dag om stillingen som projektleder. Du hører fra mig senest fredag.\n\nVenlig hilsen\nMette Holm\nHR, Kattegat Fragt ApS"},
	},
	{ // Ingrid, Norway: my application, and no answer at all.
		{mailbox: "Sent", from: me, to: "Ingrid Berg <ingrid.berg@fjordkraft.no>", subject: "Søknad på stillingen som rådgiver",
			date: apr(1, 9, 0), id: "nb-ingrid1@example.com",
			body: "Hei Ingrid,\n\nHer er søknaden min på stillingen som rådgiver. Jeg ser fram til å høre fra deg, og takk for at du tok deg tid til en prat på telefon i går.\n\nVennlig hilsen\nAlex Rivera"},
	},
}

func TestNordicDraftsDovecot(t *testing.T) {
	d := imaptest.StartDovecot(t)
	appendAll(t, d, nordicThreads...)
	e := configureLedger(t, d, "")
	const now = "2027-04-19T10:00:00-04:00" // Monday: every promise has passed, my application waited two weeks
	e.check(t, now)

	drafts := draftsTo(t, d)
	tests := []struct {
		who  string
		want []string // in the draft's own words
		not  []string
	}{
		{"karin.lindqvist@nordvik.se", []string{"Hej Karin,", "den 13 april", "tjänsten på Nordvik Data", "Hälsningar", "Den 8 april 2027 skrev Karin Lindqvist:"},
			[]string{"Hi ", "Best", "the role", "April"}},
		{"mette.holm@kattegat.dk", []string{"Hej Mette,", "den 9. april", "stillingen hos Kattegat", "Venlig hilsen", "Den 7. april 2027 skrev Mette Holm:"},
			[]string{"Hi ", "Best", "the role", "April"}},
		{"ingrid.berg@fjordkraft.no", []string{"Hei Ingrid,", "1. april", "stillingen i Fjordkraft", "Hilsen"},
			[]string{"Hi ", "Best", "the role", "April"}},
	}
	for _, tt := range tests {
		var text string
		for to, body := range drafts {
			if strings.Contains(to, tt.who) {
				text = body
			}
		}
		if text == "" {
			t.Errorf("no draft to %s among %d drafts", tt.who, len(drafts))
			continue
		}
		var own []string
		for _, l := range strings.Split(text, "\n") {
			if !strings.HasPrefix(l, ">") {
				own = append(own, l)
			}
		}
		text = strings.ReplaceAll(strings.ReplaceAll(strings.Join(own, "\n"), "\r", ""), " \n", " ") // format=flowed: a soft break is a space
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("the draft to %s has no %q:\n%s", tt.who, w, text)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(text, n) {
				t.Errorf("the draft to %s holds %q:\n%s", tt.who, n, text)
			}
		}
		if strings.Contains(text, "+46") || strings.Contains(text, "det är Alex") {
			t.Errorf("the draft to %s holds the call script:\n%s", tt.who, text)
		}
	}

	_, ids := e.states(t, now)
	id := ids["karin.lindqvist@nordvik.se"]
	if id == "" {
		t.Fatal("no thread with Karin")
	}
	out := e.cli(t, "explain", "--now", now, id)
	for _, w := range []string{"+46 70 123 45 67", "Hej Karin, det är Alex Rivera.", "ringa mig den 13 april", "tjänsten på Nordvik Data"} {
		if !strings.Contains(out, w) {
			t.Errorf("explain %s: no %q in\n%s", id, w, out)
		}
	}
}
