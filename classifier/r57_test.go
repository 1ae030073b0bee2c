package classifier

import "testing"

// TestFiftySeventhRoundLookalikes: r57's look-alike threads that answer
// the reader and read as hiring at arrival: a language school's place on
// an intensive course (its "candidature" and "entretien oral" placing the
// student in a level group), a teacher confirming a parents' meeting
// ("Colloqui genitori"), and a sister's news of her own offer. The job
// mail beside each, in the same words, stays job mail.
func TestFiftySeventhRoundLookalikes(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a language course's place", "inscriptions@ecole-langues.example", "RE: Candidature – stage intensif de français, août 2027",
			"Bonjour Monsieur Rivera,\n\nNous avons bien reçu votre dossier de candidature, merci ! Votre place est réservée pour le stage intensif du 2 au 27 août.\n\n" +
				"Le premier jour, vous passerez un test écrit suivi d'un court entretien oral afin de déterminer votre groupe de niveau. Merci de régler le solde des frais d'inscription avant le 20 juillet.\n\nLe secrétariat",
			false, ""},
		{"a parents' meeting", "maestra@scuola.example", "Re: Colloqui genitori – classe 3B",
			"Gentile sig. Rivera,\n\nle confermo il colloquio per giovedì 18 marzo alle 8:15, in aula 3B. Parleremo anche del corso di matematica.\n\nUn caro saluto,\nLucia",
			false, ""},
		{"a sister's own offer", "isa@family.example", "Re: ¡¡Me han llamado!!",
			"ALEX. ME HAN HECHO UNA OFERTA!!! Empiezo en julio. Gracias por la llamada, lo del caso práctico salió clavado.\n\n¿Cuándo vienes a Madrid para celebrarlo? Te invito a cenar.\n\nIsa\n\n" +
				"El lun, 17 may 2027 a las 16:00, Isa escribió:\n> Alex!!\n> Me acaban de llamar de la consultora de Madrid: quieren una segunda entrevista el jueves con la socia. ¿Me ayudas a preparar el caso práctico?\n> Besos,\n> Isa",
			false, ""},
		// guards (they held before): the reader's own application and interview
		{"an application acknowledged", "recrutement@entreprise.example", "Votre candidature – Ingénieur Data",
			"Bonjour Monsieur Rivera,\n\nNous avons bien reçu votre candidature pour le poste d'Ingénieur Data. Nous reviendrons vers vous d'ici deux semaines pour un premier entretien.\n\nL'équipe recrutement",
			true, ""},
		{"an interview confirmed", "hr@azienda.example", "Re: Colloquio – Senior Data Engineer",
			"Gentile Alex,\n\nle confermo il colloquio per giovedì 18 marzo alle 10:00 con il responsabile del team dati.\n\nCordiali saluti,\nChiara",
			true, ""},
	})
}

// TestFiftySeventhRoundColleaguesAndWithdrawals: the reader on the panel
// of a colleague's candidate ("you sat in on the second half of the
// Keller interview", "you interviewed her, are you comfortable with her
// at the II level?") is someone else's hiring; a recruiter closing the
// application the reader withdrew in the message quoted is the
// withdrawal answered, not a no.
func TestFiftySeventhRoundColleaguesAndWithdrawals(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"sat in on an interview", "markus@employer.example", "WG: Bewerber Jonas Keller – Feedback zum Interview",
			"Hi Alex,\n\nyou sat in on the second half of the Keller interview yesterday - could you jot down two or three sentences on his SQL skills? No rush, tomorrow is fine.\n\nMarkus",
			false, ""},
		{"interviewed her", "paul@employer.example", "FW: Offer approval - Priya Nandakumar (Data Engineer II)",
			"Alex - before I sign off, quick sanity check: you interviewed her, are you comfortable with her at the II level rather than III? And does May 24 work for onboarding?\n\nPaul",
			false, ""},
		{"a withdrawal answered", "sophie@startup.example", "Re: Lumenfold - next steps for Platform Engineer",
			"Congrats Alex, that's fantastic news! Totally understand - I've closed out your application on our side. Keep in touch!\n\nSophie\n\n" +
				"On Tue, May 4, 2027 at 5:50 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Sophie,\n> I've just accepted an offer with another company, so I'd like to withdraw my application for the Platform Engineer role.\n> All the best,\n> Alex",
			true, StageWithdrawn},
		// guard (it held before): a no that quotes the reader's chaser
		{"a no under a chaser", "sophie@startup.example", "Re: Platform Engineer - any news?",
			"Hi Alex, sorry for the wait - we've decided to move forward with another candidate. Best of luck!\n\nSophie\n\n" +
				"On Tue, May 4, 2027 at 5:50 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Sophie, any news on the Platform Engineer role? I'm still very interested.\n> Alex",
			true, StageRejected},
	})
}
