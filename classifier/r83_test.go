package classifier

import "testing"

// TestEightyThirdRound: what r83 brought at its arrival. A public body's
// "selection process" and the checks before a post are hiring words in
// Canada's English and French; a screening vendor's "order" is the
// employer's check, not a purchase; the reader scoring candidates or
// welcoming a hire to the team is someone else's hiring.
func TestEightyThirdRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a selection process cancelled", "no-reply@psc-cfp.example", "Process cancelled / Processus annulé - 2027-ABC-EA-0101",
			"Dear Applicant,\n\nPlease note that selection process 2027-ABC-EA-0101, Policy Analyst (EC-05), has been " +
				"cancelled. No appointment will result from this process.\n\nThank you for your interest.",
			true, ""},
		{"a pre-employment check in Quebec French", "verifications@triton.example", "Action requise : vérification préemploi",
			"Bonjour Alex Rivera,\n\nVotre futur employeur a retenu nos services pour effectuer votre vérification préemploi " +
				"(antécédents judiciaires, études et emplois antérieurs). Veuillez remplir le formulaire de consentement.",
			true, ""},
		{"a screening vendor's order", "candidatecare@screening.example", "Update on your Employment Verification - Order #77-10293",
			"Hello Alex,\n\nThe employment verification included in your background check for Harbor Freight Data is still in " +
				"progress. We have contacted your former employer.\n\nTrack your order anytime on the candidate portal.",
			true, ""},
		{"references after the interviews", "jenna.moretti@corvid.example", "References",
			"Hi Alex,\n\nThe team really enjoyed Thursday. As a next step we'd like to run references - could you send me names " +
				"and email addresses for three people who managed you?\n\nThanks,\nJenna",
			true, ""},
		{"the reader as an interviewer", "dana.whitaker@northbeam.example", "Interview panel - Junior Analyst candidates",
			"Hi all,\n\nThanks for sitting on the panels this week. Please enter your scores in the hiring sheet by Friday. " +
				"Alex, you interviewed candidates 3 and 5 - can you add your notes on the SQL question?\n\nDana",
			false, ""},
		{"a hire joins the reader's team", "kim.delaney@fairhaven.example", "Background check cleared - Jordan Pike",
			"Hi Alex,\n\nGood news - Jordan's background check and references are clear, so we're confirmed for a June 1 start " +
				"on your team. Can you let me know who will be Jordan's onboarding buddy?\n\nKim",
			false, ""},
	})
}
