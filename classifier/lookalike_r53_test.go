package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// Two look-alikes of r53 got a follow-up draft at arrival: a friend
// asking, in Portuguese, to give the reader's contact as her referee, and
// a colleague answering the reader's question about a candidate the
// reader interviewed, whose quote (the reader's own "any news on the
// candidate?") lent it the points of a job conversation.
func TestLookalikesR53(t *testing.T) {
	friend := letter("bia@gmail.example", "Re: Saudades!",
		"Olá Alex!!\nTenho a entrevista final na Verdemar na sexta e pediram-me duas referências. Posso dar o teu contacto? Provavelmente ligam-te na próxima semana.\nBia")
	if v := Classify(friend); v.Job {
		t.Errorf("a friend's reference request: job; reasons %q", v.Reasons)
	}

	colleague := letter("dana@brightwell.example", "Re: AE candidate - any news?",
		"Hi Alex,\nJust FYI - Marcus accepted our offer for the Analytics Engineer role, start date Sept 13. Thanks so much for interviewing and for the quick turnaround!\n"+
			"I'll send over the onboarding buddy details by Friday.\nDana\n\n"+
			"On Mon, Aug 23, 2027 at 5:48 PM Alex Rivera <alex@brightwell.example> wrote:\n> Dana - any news on the AE candidate? Happy to do a sell call if it helps.\n> A\n")
	colleague.To = []mailmsg.Address{{Name: "Alex Rivera", Email: "alex@brightwell.example"}}
	if v := Classify(colleague); v.Job {
		t.Errorf("a colleague's answer about a candidate: job; reasons %q", v.Reasons)
	}
}
