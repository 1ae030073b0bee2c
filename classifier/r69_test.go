package classifier

import "testing"

// TestSixtyNinthRound: what r69 brought at its arrival. "La famille a fait
// un autre choix", an agency's candidate not put forward ("dass wir Sie
// für die Stelle nicht vorschlagen werden") or not counted on ("No han
// contado contigo") are no's; whom a sender answers ("we are only able to
// respond to candidates whose experience closely matches") decides
// nothing; a day written capitalised ("please don't choose Friday") is no
// one else's decline; an agency's "proposition d'engagement" and a Dutch
// "Je kunt maandag beginnen" with their terms are offers.
func TestSixtyNinthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"un autre choix", "contact@agence.example", "Votre candidature - Majordome, Paris 16e",
			"Monsieur Rivera,\n\nJe reviens vers vous concernant le poste de majordome. Après avoir rencontré plusieurs candidats, la " +
				"famille a fait un autre choix. Je me permets de conserver votre dossier.\n\nHélène Delaunay",
			true, StageRejected},
		{"nicht vorschlagen", "m.engel@personal.example", "Ihre Bewerbung - Lagerfachkraft Neumünster",
			"Sehr geehrter Herr Rivera,\n\nvielen Dank für das nette Telefonat am Montag. Leider müssen wir Ihnen mitteilen, dass wir " +
				"Sie für die Stelle in Neumünster nicht vorschlagen werden.\n\nFreundliche Grüße\nMarkus Engel",
			true, StageRejected},
		{"no han contado contigo", "cruiz@empleo.example", "Respuesta Frutas Segura",
			"Hola Alex:\n\nYa tengo la respuesta de la empresa. No han contado contigo para la campaña: al final han dado prioridad a " +
				"personas que ya conocían la nave. Siento no traerte mejores noticias.\n\nCarmen",
			true, StageRejected},
		{"only some answered", "candidates@household.example", "Automatic reply: Application",
			"This is an automatic reply to confirm that we have received your email. Thank you for applying. Due to the number of " +
				"applications we receive, we are only able to respond to candidates whose experience closely matches the roles we are " +
				"working on.\n\nThe Candidate Team",
			true, ""},
		{"a day capitalised", "no-reply@us.greenhouse-mail.io", "Parallel Vector - Please submit your availability",
			"Hi Alex,\n\nThanks for your interest in the Backend Engineer role. The hiring manager would like to schedule an interview. " +
				"Please click the link below to submit your availability for next week; please don't choose Friday, as the team is " +
				"offsite.\n\nTamar",
			true, StageScheduling},
		{"une proposition d'engagement", "placement@conseil.example", "Proposition d'engagement - Maître d'hôtel, Paris 7e",
			"Monsieur,\n\nJ'ai le plaisir de vous transmettre, au nom de nos clients, une proposition d'engagement pour le poste de maître " +
				"d'hôtel.\n- Salaire : 5 800 € nets par mois\n- Prise de poste souhaitée : 1er septembre 2027\n\nLe contrat vous sera " +
				"transmis d'ici le 25 juin. Pourriez-vous me confirmer votre accord de principe ?\n\nBérénice",
			true, StageOffer},
		{"je kunt beginnen", "ruben@flexwerk.example", "Orderpicker DC Venlo",
			"Hoi Alex,\n\nGoed nieuws: de opdrachtgever wil graag met je verder na de kennismaking van dinsdag. Je kunt maandag 15 " +
				"februari beginnen.\n- Uurloon: € 15,41 bruto\n\nJe krijgt vandaag nog je uitzendovereenkomst via de app om digitaal te " +
				"tekenen.\n\nRuben",
			true, StageOffer},
	})
}
