package classifier

import "testing"

// The forty-ninth round (tune_written/r49_*: agency recruiters for sales
// and finance posts, seasonal hospitality in Europe, manufacturing plants
// and their agencies, short replies in corporate threads) said no by a
// season's team complete, in seven languages. Each case failed on the
// code before unless marked as a guard.
func TestR49SeasonTeamComplete(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a chalet company's team complete", "jobs@chalets.example", "Re: Application - Chalet host winter 2027",
			"Hi Alex, thanks for applying. We've completed our team for the winter season. Best, Tom",
			true, StageRejected},
		{"a French campsite", "recrutement@camping.example", "Re: Candidature saison été",
			"Bonjour Alex, nous avons complété notre équipe pour la saison. Bonne continuation.\nMarion",
			true, StageRejected},
		{"a vineyard's harvest is full", "domaine@vignes.example", "RE: candidature vendanges",
			"Bonjour,\nMerci pour votre message mais c'est complet pour les vendanges cette année.\nCordialement",
			true, StageRejected},
		{"a Spanish beach bar", "hola@chiringuito.example", "Re: Candidatura camarero temporada",
			"Hola Alex, la plantilla para esta temporada ya está completa. Un saludo.\nPaco",
			true, StageRejected},
		{"an Italian hotel closed its selection", "hr@hotelmare.example", "Re: Candidatura stagione estiva",
			"Ciao Alex, per questa stagione abbiamo già chiuso le selezioni. Un saluto.\nGiulia",
			true, StageRejected},
		{"an Austrian mountain hut", "huette@alm.example", "AW: Sommer 2027 – Mitarbeit auf der Hütte?",
			"Servus Alex,\nleider sind für heuer schon alle Stellen vergeben. Probier's nächstes Jahr nochmal!\nVroni",
			true, StageRejected},
		{"a Dutch beach pavilion", "info@paviljoen.example", "Re: Sollicitatie strandpaviljoen",
			"Hoi Alex, het team voor deze zomer is rond. Succes!\nSanne",
			true, StageRejected},
		{"a Portuguese hotel", "rh@hotel.example", "Re: Candidatura verão",
			"Olá Alex, a equipa para este verão já está fechada. Cumprimentos\nInês",
			true, StageRejected},
	})
}

// Words of hiring said of something else: a recruiter's "hire" of a
// Manager as a noun, a "go-to-market team", a bid lost to another vendor,
// a deal marked Closed Lost, the reader's own requisition, and a
// researcher's booked session in a conversation about a study.
func TestR49NotANo(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a recruiter's Manager hire", "jess@recruit.example", "Commercial Finance Manager - Bristol",
			"Hi Alex,\nI'm working with a food business on a Commercial Finance Manager hire. They're open to someone relocating.\nWould you be open to a quick chat this week?\nJess",
			true, StageOutreach},
		{"the reader's own application", "alex.rivera@fastmail.com", "Application - Sales Operations Manager",
			"Hi Ciara,\nI'm writing about the Sales Operations Manager role you advertised. I run sales ops for a 140-person go-to-market team.\nMy CV is attached.\nAlex",
			true, StageOutreach},
	})
	checkLetterVerdicts(t, []letterVerdict{
		{"a deal marked Closed Lost", "tyler@lumen.example", "Harrow Group - not proceeding",
			"Hey Alex,\nHarrow came back: they won't be moving forward at this time and will extend with their incumbent. I've marked the opp Closed Lost in Salesforce.\nTyler",
			false, ""},
		{"the reader's requisition", "rachel@lumen.example", "REQ-2291 Sales Ops Analyst - update",
			"Hi Alex,\nQuick update on your Sales Ops Analyst req (REQ-2291): we've let Jamie know we won't be moving forward after Friday's panel.\n" +
				"Two new candidates came through the referral program; profiles are in Greenhouse. Could you review both by Thursday so I can book phone screens?\nRachel\nSenior Recruiter",
			false, ""},
		{"a researcher's session booked", "maya@research.example", "Re: 30-min chat about your job search?",
			"Thanks Alex! Wednesday at 11am ET is booked - you'll get a calendar invite from me shortly, and a $50 gift card after the session.\nMaya\nUX Researcher, Candidate Experience\n\n" +
				"On Tue, Aug 10, 2027 at 11:20 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Sure, happy to help. Wednesday morning works for me.\n>\n" +
				"> On Mon, Aug 9, 2027 Maya wrote:\n>> We'd love to hear about your experience applying for jobs recently - would you be up for a 30 minute video interview this week?",
			false, ""},
	})
	// A bid lost is no decision on the reader (it may still read as
	// someone's hiring by its words; it must not read as a no).
	v := Classify(letter("owen@brands.example", "RE: Proposal - cost audit",
		"Hi Alex,\nThanks for the proposal. We've decided to go with another vendor for this one, mainly on timeline.\nOwen"))
	if v.Job && v.Stage == StageRejected {
		t.Errorf("a bid lost to another vendor: job %v stage %s; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}

// The reader's own no to an offer, in the first person after thanks for
// it, is the reader withdrawing; so is an employer's goodbye to a reader
// who withdrew. A hiring manager's first-person no to the reader's
// application stays a no (guard).
func TestR49ReaderDeclines(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"the reader declines in French", "alex.rivera@fastmail.com", "Re: Proposition - Lead Data Engineer",
			"Bonjour Hélène,\nMerci encore pour la proposition. Après mûre réflexion, j'ai décidé de ne pas donner suite : le calendrier ne fonctionne malheureusement pas pour ma famille.\nBien cordialement,\nAlex",
			true, StageWithdrawn},
		{"the reader declines in English", "alex.rivera@fastmail.com", "Re: Offer - Lead Data Engineer",
			"Hi Helen,\nThanks again for the offer. After careful thought, I've decided not to move forward: the relocation timeline unfortunately doesn't work for my family.\nBest,\nAlex",
			true, StageWithdrawn},
		{"an employer's goodbye to a reader who withdrew", "hr@resort.example", "RE: Guest Relations – summer season",
			"Dear Alex,\nThank you for informing us on time. We are of course sorry to lose you, but New Zealand sounds like a great adventure! We close your application on our side.\nEleni",
			true, StageWithdrawn},
	})
	checkLetterVerdicts(t, []letterVerdict{
		{"a manager's first-person no", "dan@firm.example", "Your application - Analyst",
			"Hi Alex,\nThank you for your time last week. I've decided not to move forward with your application for the Analyst role.\nBest of luck,\nDan",
			true, StageRejected},
	})
}

// Offers said with the post between "Ihnen die" and the verb, and as a
// French "proposition".
func TestR49Offers(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a German offer with its verb last", "jonas.reuter@versicherung.example", "AW: Terminvorschlag Fachgespräch",
			"Hallo Herr Rivera,\nich freue mich, Ihnen mitteilen zu können, dass wir Ihnen die Position als Senior Data Engineer anbieten möchten! Den Vertragsentwurf sendet Ihnen die Personalabteilung bis Freitag zu.\nBeste Grüße\nJonas Reuter",
			true, StageOffer},
		{"a French proposition", "helene@lumeris.example", "RE: Entretien final - Lead Data Engineer",
			"Bonjour Alex,\nExcellente nouvelle : l'équipe souhaite vous faire une proposition ! Je vous appelle demain à 17h pour vous présenter le package et la date de démarrage. Ça vous convient ?\nHélène",
			true, StageOffer},
	})
}
