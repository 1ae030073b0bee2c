package classifier

import "testing"

// TestNinetiethRound: what r90 brought at its arrival, mail as mail
// programs deliver it. The post asked of someone named; a public board's
// ranking short of its panel; "a different way" for a hire; the reader's
// own yes or terms on an offer, quoted under the employer's short answer;
// an interview subject above the slots offered; a panel's notes; a room in
// a shared home and a club's league, which hire no one.
func TestNinetiethRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a ranking short of the panel", "noreply@publicjobs.example", "Competition 27-ANL-09: Result of Interview",
			"Dear Alex Rivera,\n\nI refer to your recent interview for the above competition. Although you reached the qualifying " +
				"standard, your ranking was not sufficient for you to be placed on the panel from which appointments will be made.\n\n" +
				"Recruitment Unit",
			true, StageRejected},
		{"a different way for this hire", "sam@forma.example", "Re: Wayfinding exercise",
			"Hi Alex,\n\nThanks for sending the exercise over. I'll be straight with you: we're going to go a different way for " +
				"this hire. The research section was great.\n\nSam\n\nOn Wed, Jun 2, 2027 at 10:15 PM Alex Rivera <alex.rivera@fastmail.com> wrote:\n" +
				"> Hi Sam, attached is my take on the brief.",
			true, StageRejected},
		{"a start date settled under the reader's thanks for the offer", "niamh@harbourlab.example", "Re: Start date",
			"1 September suits us. I'll let HR know so they can issue the contract.\n\nNiamh\n\n" +
				"On Thu 22 Jul 2027, 14:31 Alex Rivera, <alex.rivera@fastmail.com> wrote:\n> Hi Niamh, thank you again for the offer. " +
				"Would a 1 September start work on your side?\n> Alex",
			true, StageOffer},
		{"terms answered under the reader's yes", "carmen@lumen.example", "Re: Great talking today",
			"Fantastic!! So happy to hear it. I'll get the paperwork over to you shortly.\n\nCarmen\n\n" +
				"On Thu, Sep 9, 2027 at 3:22 PM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Carmen, I'm delighted to accept - " +
				"135 base with the October 18 start works for me.",
			true, StageOffer},
		{"an interview subject above the slots", "hannah.clarke@brightlinetalent.example", "Tern Mobility - interview times",
			"Hi Alex,\n\nGreat news - Tern Mobility would like to meet you! It'll be a 45 minute video call.\n\nThey've offered " +
				"the following slots:\n\n- Tuesday 4 May, 10:00-10:45 ET\n- Wednesday 5 May, 9:00-9:45 ET\n\nCould you let me " +
				"know which works best?\n\nHannah",
			true, StageScheduling},
		{"a panel's notes after a presentation", "olivier@bellechasse.example", "Merci pour ta présentation",
			"Bonjour Alex,\n\nMerci pour ta présentation de ce matin devant l'équipe. Nous faisons le point avec les membres du " +
				"panel et je te reviens d'ici 3 à 5 jours ouvrables avec une réponse.\n\nOlivier",
			true, StageAwaitingDecision},
		{"a journalist's interview", "julien@decideurs.example", "Demande d'interview - management de transition",
			"Bonjour Monsieur Rivera,\n\nJe suis journaliste et je prépare un dossier sur le management de transition. " +
				"Accepteriez-vous de m'accorder une interview ? Pourriez-vous me proposer un créneau d'ici la fin du mois ?\n\nJulien",
			false, ""},
		{"the first days' forms under the reader's yes", "beth@harbor.example", "Re: Start date",
			"Perfect, the 30th it is. I'll send the I-9 and direct deposit forms this afternoon.\n\nBeth\n\n" +
				"On Fri, Aug 13, 2027 at 4:00 PM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Beth, I'm delighted to accept. " +
				"Could I start on Monday the 30th? Alex",
			true, StageOther},
		{"the post asked of someone named", "miriam@hvmai.example", "Re: Final conversation - Head of Visitor Insights",
			"Dear Alex,\n\nI promised I'd come back to you this week. We've asked Thandiwe Mokoena to take on the role. It was a " +
				"genuinely hard choice between the two of you.\n\nWith thanks,\nMiriam",
			true, StageRejected},
		// someone asked to walk the reader through the post, or to join a
		// call about it, takes nothing
		{"someone asked to take the reader through the role", "miriam@hvmai.example", "Head of Visitor Insights - next step",
			"Dear Alex,\n\nThanks for your time today. I've asked Thandiwe Mokoena to take you through the role at your second interview on Thursday at 2pm; " +
				"she leads the team.\n\nMiriam",
			true, ""},
		{"a room in a shared home", "dana@example.com", "Re: Room in Prospect Heights",
			"Hi Alex,\n\nThanks so much for coming to see the room on Sunday! We ended up going with someone else - she could " +
				"move in right away. Sorry it didn't work out, and good luck with the search!\n\nDana",
			false, ""},
		{"a club's places", "committee@riversidetennis.example", "Spring Doubles League registration",
			"Dear Alex,\n\nThank you for registering for the Spring Adult Doubles League. We regret to inform you that all " +
				"places have now been filled. You have been placed on the waiting list.\n\nRiverside Tennis Club Committee",
			false, ""},
		// the offer thanked for in a message about something else is no
		// hiring of the reader's
		{"thanks for an offer of help", "priya@example.com", "Re: moving day",
			"Saturday at 10 works, see you then!\n\nOn Thu, Jul 1, 2027 at 9:00 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n" +
				"> Thanks for the offer to help with the boxes - could you come round Saturday?",
			false, ""},
	})
}
