package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestMessageNotice: a messaging service's notice that one person wrote
// to the reader carries that person's message, so its unsubscribe footer
// does not make it bulk; the service's other notices stay bulk, and a
// person's message about something else is no job mail. Written for this
// test.
func TestMessageNotice(t *testing.T) {
	notice := func(subject, body string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Name: "Netzwerk", Email: "messages-noreply@network.example"},
			Subject: subject, ListUnsubscribe: "<https://network.example/settings/unsubscribe>",
			Excerpt: body + "\n\nReply: https://network.example/messaging/thread/8812\n\nYou are receiving message notification emails. Unsubscribe: https://network.example/unsub"}
	}
	checkJobCases(t, []jobCase{
		{"a recruiter's no relayed from a no-reply address, in German",
			notice("Tobias Brandl hat Ihnen eine Nachricht gesendet",
				"Hallo Alex,\n\nkurzes Update zur Position als Head of IT bei meinem Kunden in Passau: die Geschäftsführung hat sich nach den Zweitgesprächen für einen Kandidaten aus der Region entschieden. Leider war die Relocation am Ende der Knackpunkt.\n\nBeste Grüße\nTobias"),
			true, StageRejected},
		{"a hiring manager's soft no, in English",
			notice("Marguerite sent you a new message",
				"Hi Alex, thanks again for your time on the call about the Platform Engineer role. We've decided to go with someone whose background is closer to our payments stack, so we won't be moving ahead with you. I hope our paths cross again."),
			true, StageRejected},
		{"a headhunter's message in a 'new message from' notice",
			notice("Neue Nachricht von Sven Kessler",
				"Guten Tag Herr Rivera, mein Mandant hat sich für einen anderen Kandidaten entschieden, der bereits Erfahrung in der Branche mitbringt. Ich bedauere das sehr und melde mich, wenn ich ein passendes Mandat habe."),
			true, StageRejected},
		{"the service's notice of who is hiring stays bulk",
			notice("Priya Raman is hiring: Senior Analytics Engineer",
				"Priya Raman is hiring a Senior Analytics Engineer. See who's hiring in your network and apply to similar jobs."),
			false, ""},
		{"the service's profile-views notice stays bulk",
			notice("3 people viewed your profile",
				"Recruiters from 3 companies viewed your profile this week. See who's looking and find jobs that match your experience."),
			false, ""},
		{"a podcast host's message is no job mail",
			notice("Dana Whitfield sent you a message",
				"Hi Alex, loved your talk at the meetup! Would you be up for an interview on our podcast next month? It's a 40-minute conversation about data teams."),
			false, ""},
	})
}
