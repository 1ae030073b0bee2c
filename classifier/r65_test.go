package classifier

import (
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestSixtyFifthRound: what r65 brought at its arrival. A job board's no
// on one application heads the mail and its listings follow, so its
// footer does not make it bulk; a digest that opens with listings stays
// bulk. A step of the process denied to the reader ("I can't bring you
// on"), a crew locked in, and a post kept for someone local are no's; a
// "move your life here" moves no application forward.
func TestSixtyFifthRound(t *testing.T) {
	checkJobCases(t, []jobCase{
		{"a board's no above its listings",
			mailmsg.Message{From: mailmsg.Address{Name: "Careerlink", Email: "jobs-noreply@board.example"},
				Subject: "Your update from Harbour Foods", ListUnsubscribe: "<https://board.example/unsub?type=application_rejected>",
				Excerpt: "Your update from Harbour Foods\n\nSupply Analyst\n\nThank you for your interest in the Supply Analyst position at Harbour Foods. " +
					"Unfortunately, Harbour Foods has decided not to proceed with your application.\n\nTop jobs for you\n- Demand Planner, Ridge Dairy\n" +
					"- Forecasting Analyst, Bellwether Grocers\n\nUnsubscribe"},
			true, StageRejected},
		{"a digest that opens with listings stays bulk",
			mailmsg.Message{From: mailmsg.Address{Name: "Careerlink", Email: "jobs-noreply@board.example"},
				Subject: "New jobs for you", ListUnsubscribe: "<https://board.example/unsub>",
				Excerpt: "Top jobs for you\n- Demand Planner, Ridge Dairy\n- Forecasting Analyst, Bellwether Grocers\n\nDidn't hear back? Unfortunately some employers " +
					"decide not to proceed with your application without telling you. Keep applying!\n\nUnsubscribe"},
			false, ""},
	})
	checkLetterVerdicts(t, []letterVerdict{
		{"can't bring you on", "kayla@films.example", "Re: Set PA - Santa Fe shoot",
			"Hi Alex,\n\nAppreciate you reaching out. Turns out we're required to hire PAs from the state for the incentive, so I can't bring you on " +
				"for this one. Sorry!\n\nKayla",
			true, StageRejected},
		{"crew locked in", "jono@grip.example", "Re: grip trainee - coastal feature",
			"G'day Alex,\n\nSorry mate, we've locked in the crew for this one. Good on you for chasing it though.\n\nJono",
			true, StageRejected},
		{"hiring locally, beside a life not moved", "weiling@labs.example", "Labs - founding engineer",
			"Hey Alex,\n\nWe loved talking to you. The problem is the work pass: I don't want to drag you through a long application " +
				"or ask you to move your life here on that basis. So we're going to hire locally for this role. I'm really sorry.\n\nWei Ling",
			true, StageRejected},
		{"moving the application forward is no no", "weiling@labs.example", "Labs - founding engineer",
			"Hey Alex,\n\nWe loved talking to you, and we'd like to move your application to the final round. Could you do Thursday?\n\nWei Ling",
			true, StageScheduling},
	})
}
