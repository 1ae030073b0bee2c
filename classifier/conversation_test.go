package classifier

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestConversationModel: a short reply with no hiring evidence of its own,
// under a quote with a little, is job mail when the rules and the job model
// over both reach the threshold; a reply in another kind of conversation
// stays what it was. Written for this test.
func TestConversationModel(t *testing.T) {
	reply := func(subject, own, quoted string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Name: "Rob Castellano", Email: "rob@fieldgrill.example"},
			To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex@fastmail.example"}}, Subject: subject,
			InReplyTo: "<a1@fastmail.example>",
			Excerpt:   own + "\n\nOn Mon, Mar 8, 2027 at 2:40 PM Alex Rivera <alex@fastmail.example> wrote:\n> " + strings.ReplaceAll(quoted, "\n", "\n> ")}
	}
	checkJobCases(t, []jobCase{
		{"a manager's promise under my availability for the group interview",
			reply("Re: Availability", "Let me check w/ the GM on thurs and I'll text you tomorrow. Thanks Alex\n\nRob",
				"Hi Rob,\n\nHere's my availability for the next two weeks as you asked:\n\nMon-Wed: after 3pm\nThu: anytime\n\nHappy to come in for the group interview whichever day suits you best.\n\nThanks,\nAlex"),
			true, ""},
		{"a founder moving the chat, under my note about the role",
			reply("Re: next chat", "Something came up - could we do Friday 11am instead? Same link.\n\nMaya",
				"Hi Maya,\n\nThanks for the chat on Monday, I'm really keen on the backend role. Tuesday at 2pm works for the next conversation.\n\nAlex"),
			true, ""},
		// near-misses: a podcast's interview, a club's trial session
		{"a podcast host moving the recording",
			reply("Re: Recording", "Something came up - could we do Friday 11am instead? Same link.\n\nMaya",
				"Hi Maya,\n\nThanks for having me on the podcast! Tuesday at 2pm works for the interview recording.\n\nAlex"),
			false, ""},
		{"a football club's trial session",
			reply("Re: Saturday", "Great, see you Saturday at 10. Bring boots!\n\nRob",
				"Hi Rob,\n\nThanks for the invite to the trial session with the Sunday league team. Saturday at 10 works for me.\n\nAlex"),
			false, ""},
	})
}

// TestReplySubjectModel: a short reply without a quote whose own words
// have no hiring word, under a subject that has one, is weighed by the job
// model; replies in other conversations stay no job mail. Written for this
// test.
func TestReplySubjectModel(t *testing.T) {
	reply := func(subject, body string) mailmsg.Message {
		return mailmsg.Message{From: mailmsg.Address{Name: "Dana Whitaker", Email: "dana@lumen-analytics.example"},
			To: []mailmsg.Address{{Name: "Alex Rivera", Email: "alex@fastmail.example"}}, Subject: subject,
			InReplyTo: "<a2@fastmail.example>", Excerpt: body}
	}
	checkJobCases(t, []jobCase{
		{"a take-home received", reply("Re: Technical assessment", "Got it, thanks! I'll pass it to the engineers for review."), true, ""},
		{"a take-home exercise received", reply("Re: Take-home exercise", "Received, thank you! The engineers will look at it this week."), true, ""},
		// near-misses
		{"a podcast's recording", reply("Re: Podcast interview", "Perfect, I've sent the invite for the recording."), false, ""},
		{"a dinner", reply("Re: Dinner Thursday", "Sounds good, see you Thursday at 7!"), false, ""},
	})
}
