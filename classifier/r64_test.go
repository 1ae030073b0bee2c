package classifier

import "testing"

// TestSixtyFourthRound: what r64 brought at its arrival. The reader's own
// reply to a no, above the no it quotes, is the conversation after the
// decision (a reply to a no taken back is not); a German choice "für eine
// Bewerberin ..., die ihre Tätigkeit aufnimmt" is of someone else; the
// reader's own mail about hiring for their team, a flat, a friend's cover
// letter or an MBA interview is no hiring of theirs.
func TestSixtyFourthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"thanks for the no", "alex.rivera@fastmail.example", "Re: Your application to Brightwater Labs",
			"Hi Jenna,\n\nThank you for letting me know. Of course I'm disappointed, but I understand. If you're able to share any " +
				"feedback, it would genuinely help me.\n\nAll the best,\nAlex\n\n" +
				"On Wed, Jan 20, 2027 at 3:42 PM Jenna Okafor <jenna@brightwater.example> wrote:\n> Hi Alex,\n>\n" +
				"> Thank you for taking the time to interview for our Backend Engineer role. After careful consideration, we've decided\n" +
				"> to move forward with other candidates whose experience more closely matches what we need.\n>\n> Best,\n> Jenna",
			true, StageRejected},
		{"thanks for taking it back", "alex.rivera@fastmail.example", "Re: Your application - Senior Data Analyst",
			"Hi Dana,\n\nThank you for letting me know, that's a relief! I understand these things happen. I look forward to " +
				"hearing from you on Tuesday.\n\nAlex\n\n" +
				"On Thu, Feb 11, 2027 at 9:15 AM Dana <dana@analytics.example> wrote:\n> Hi Alex,\n>\n" +
				"> The email you received yesterday saying we were moving forward with other candidates was sent in error.\n" +
				"> Please disregard it. Your application is still very much active.\n>\n> Dana",
			true, StageOutreach},
		{"für eine Bewerberin", "hr@versicherung.example", "AW: Nachfrage zum Stand meiner Bewerbung",
			"Sehr geehrter Herr Rivera,\n\nentschuldigen Sie bitte die späte Antwort. Die Fachabteilung hat sich zwischenzeitlich für " +
				"eine Bewerberin entschieden, die ihre Tätigkeit bereits am 1. September aufnehmen wird.\n\nMit freundlichen Grüßen\nSabine Kühn",
			true, StageRejected},
		{"hiring for the reader's team", "alex.rivera@fastmail.example", "Re: Debrief – Priya S. for Backend Engineer II",
			"Hannah,\n\nAgree with Luis -- strong hire from me. Can you ask recruiting to get the reference checks going? I'd like to " +
				"get an offer to her before the other process she mentioned wraps up. I'll send my written feedback in Greenhouse tonight.\n\nAlex",
			false, StageOther},
		{"a flat applied for", "alex.rivera@fastmail.example", "Candidatura ao arrendamento – T2 Rua dos Anjos, 46",
			"Bom dia,\n\nNa sequência da visita virtual de ontem, gostaria de formalizar a minha candidatura ao arrendamento do T2 na " +
				"Rua dos Anjos, 46. Posso também apresentar fiador. Ficaria grato se me pudessem informar sobre os próximos passos.\n\n" +
				"Com os melhores cumprimentos,\nAlex Rivera",
			false, StageOther},
		{"a friend's cover letter", "alex.rivera@fastmail.example", "Re: can you look at my cover letter?",
			"Hey Mari,\n\nRead it twice -- it's good! Open with the hospital scheduling project; the hiring manager will read the first " +
				"two lines at best. Send it tonight, their posting closes Friday. And tell me when you get the interview!\n\nAlex",
			false, StageOther},
		{"an MBA interview", "alex.rivera@fastmail.example", "Re: Interview invitation – Executive MBA, Round 1",
			"Dear Admissions Committee,\n\nThank you for inviting me to interview for the Executive MBA program. I've booked the slot on " +
				"Tuesday, October 19 at 6:00 PM ET through the portal. My employer has agreed to sponsor part of the tuition.\n\n" +
				"Kind regards,\nAlex Rivera",
			false, StageOther},
	})
}

// TestSixtyFourthRoundNoNews: a no only if no news comes ("Sans nouvelles
// de notre part d'ici le 30 juin, considérez que votre candidature n'a pas
// été retenue") is an acknowledgement's condition, no no.
func TestSixtyFourthRoundNoNews(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"sans nouvelles", "recrutement@ong.example", "Accusé de réception – Candidature Responsable Données",
			"Bonjour,\n\nNous accusons réception de votre candidature au poste de Responsable Données et vous remercions de votre " +
				"intérêt. Seules les personnes présélectionnées seront contactées. Sans nouvelles de notre part d'ici le 30 juin 2027, " +
				"considérez que votre candidature n'a pas été retenue.\n\nL'équipe Ressources Humaines",
			true, StageApplicationAck},
	})
}
