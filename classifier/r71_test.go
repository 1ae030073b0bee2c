package classifier

import "testing"

// TestSeventyFirstRound: what r71 brought at its arrival. A no to one post
// beside a meeting asked about another ("we've filled the Senior opening
// ... she'd like to talk to you about a Staff Engineer role ... Would any
// of these work?") is the other post being arranged, whose rejection
// points still hold the thread; a no with a feedback call offered and no
// other post stays a no. "Applications that remain incomplete may not be
// considered further" decides nothing. A research study's screening, a
// customer board and a focus group are other kinds of application.
func TestSeventyFirstRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a no and another post arranged", "dana@platform.example", "Senior Backend Engineer - an update, and a different idea",
			"Hi Alex,\n\nThe short version: we've filled the Senior Backend Engineer opening. The team went with someone who has run " +
				"our billing stack. However, Priya would like to talk to you about a Staff Engineer role that was approved last week. " +
				"Would any of these work for you?\n- Thu Feb 11, 2:00 pm\n- Fri Feb 12, 10:30 am\n\nDana",
			true, StageScheduling},
		{"a no and a feedback call", "dana@platform.example", "Senior Backend Engineer - an update",
			"Hi Alex,\n\nWe've filled the Senior Backend Engineer opening; the team went with someone who has run our billing stack. " +
				"However, I'd be glad to share feedback on a short call. Would Thursday at 2 pm work for you?\n\nDana",
			true, StageRejected},
		{"a document missing", "noreply@talent.icims.com", "Action needed: document missing from your application",
			"Hi Alex,\n\nWe're reviewing your application for Quantitative Analyst. To complete your file we still need your academic " +
				"transcript. Please upload it by March 1, 2027. Applications that remain incomplete after that date may not be " +
				"considered further.\n\nRecruiting",
			true, ""},
		{"a study's screening", "recruitment@clinical.example", "Your pre-screening results",
			"Hi Alex,\n\nThank you for taking the time to complete our online pre-screening questionnaire. After reviewing your " +
				"answers, our study coordinators have determined that unfortunately you are not eligible. We would like to keep your " +
				"information in our volunteer registry in case a future study may be a better match.\n\nDanielle",
			false, ""},
		{"a customer board", "research@saas.example", "Customer Advisory Board - application update",
			"Hi Alex,\n\nThanks for applying to join the Customer Advisory Board. After reviewing every application, we've filled all " +
				"seats, and we weren't able to offer you a position this time.\n\nInes",
			false, ""},
		{"a focus group", "recrutamento@painel.example", "Você foi pré-selecionado para um grupo de discussão online",
			"Olá Alex,\n\nvocê foi pré-selecionado para um grupo de discussão online sobre aplicativos de banco. Vamos entrar em " +
				"contato com você até sexta-feira com a confirmação dos candidatos.\n\nEquipe de recrutamento\n\nPara descadastrar-se " +
				"do painel, clique aqui.",
			false, ""},
	})
}

// TestSeventyFirstRoundExpired: an application expired with its post
// filled, and "no further action will be taken on them", is a no of the
// reader's own, no one else's hiring; an Austrian "nicht in die engere
// Wahl gezogen" is a no.
func TestSeventyFirstRoundExpired(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"expired, the post filled", "careers@utilities.example", "Application expired: Energy Markets Analyst",
			"Dear Alex Rivera,\n\nYour application for Energy Markets Analyst has expired. The job posting closed on March 31 and the " +
				"position has now been filled. Applications that were still open when the posting closed are set to Expired, and no " +
				"further action will be taken on them.\n\nHuman Resources",
			true, StageRejected},
		{"nicht in die engere Wahl", "bewerbungen@kliniken.example", "Aufnahmeverfahren Facharzt Radiologie",
			"Sehr geehrter Herr Rivera,\n\nbezugnehmend auf Ihre Bewerbung für die Stelle eines Facharztes dürfen wir Ihnen mitteilen, " +
				"dass Sie nach Prüfung der eingelangten Bewerbungen nicht in die engere Wahl gezogen wurden.\n\nPersonalabteilung",
			true, StageRejected},
	})
}
