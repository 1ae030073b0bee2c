package classifier

import "testing"

// TestSeventyFifthRound: what r75 brought at its arrival. A public
// competition's list without the reader in France, Italy and Spain, a
// request not granted, a post filled since, a hall's call filled before
// the reader's book, an apprentice not indentured, are no's; a post cut
// for all in a Dutch reorganisation is withdrawn; a competition's oral,
// its examining board and a pre-employment drug screen are the reader's
// hiring; a French "proposition de recrutement" is an offer.
func TestSeventyFifthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"pas déclaré(e) admissible", "concours@cdg.example", "Concours externe d'attaché territorial – résultats d'admissibilité",
			"Madame, Monsieur,\n\nLe jury du concours externe s'est réuni le 17 mai afin d'arrêter la liste des candidats déclarés " +
				"admissibles. Nous avons le regret de vous informer que vous n'êtes pas déclaré(e) admissible.\n\nLe président",
			true, StageRejected},
		{"idonea non vincitrice", "personale@asp.example", "Approvazione graduatoria finale – Istruttore direttivo",
			"Gentile candidato,\n\nè stata approvata la graduatoria finale di merito del concorso pubblico per n. 2 posti. La S.V. " +
				"risulta collocata al 7° posto e risulta pertanto idonea non vincitrice.\n\nUfficio personale",
			true, StageRejected},
		{"non può essere accolta", "personale@ente.example", "Avviso di mobilità esterna – esito",
			"Egregio sig. Rivera,\n\ncon riferimento alla sua domanda di partecipazione all'avviso di mobilità per un posto di " +
				"funzionario tecnico, le comunichiamo che la stessa non può essere accolta.\n\nIl responsabile del servizio personale",
			true, StageRejected},
		{"désormais pourvu", "recrutement@chu.example", "Candidature attaché d'administration hospitalière",
			"Bonjour,\n\nNous vous informons que le poste d'attaché(e) d'administration hospitalière (contrat - pôle achats et " +
				"logistique) pour lequel vous avez postulé est désormais pourvu.\n\nNous vous remercions de votre intérêt pour le CHU " +
				"de Valrose.\n\nCordialement,\n\nCellule recrutement - Direction des ressources humaines",
			true, StageRejected},
		{"not referred on this call", "dispatch@local.example", "Re: Call #2027-0612 - Journeyman Wireman",
			"Brother Rivera,\n\nCall #2027-0612 (8 JW, Kessler Electric) was filled this morning from Book I. Bids from Book II were " +
				"not reached, so you were not referred on this call. Your registration on Book II remains active.\n\nDispatcher",
			true, StageRejected},
		{"not indentured", "jatc@electrical.example", "Your Interview Score and Ranking",
			"Dear Mr. Rivera,\n\nThank you for interviewing with the JATC selection committee. Your total places you at rank 48 on " +
				"the eligibility list. Our contractors requested 30 first-year apprentices, so we will not be able to indenture " +
				"you in the current class.\n\nTraining Director",
			true, StageRejected},
		{"a post cut for all", "werken@digitaal.example", "Update over je sollicitatie: Lead Data Engineer",
			"Hoi Alex,\n\nBedankt voor het fijne gesprek vorige week. Helaas: als gevolg van de reorganisatie komt de functie van " +
				"Lead Data Engineer daardoor te vervallen. We hebben besloten de sollicitatieprocedure voor deze vacature voor alle " +
				"kandidaten stop te zetten.\n\nSanne",
			true, StageWithdrawn},
		{"a competition's oral", "concorsi@agenzia.example", "Convocazione prova orale – Concorso 9 Funzionari",
			"Gentile Alex Rivera,\n\nla informiamo che ha superato la prova scritta ed è pertanto ammesso/a alla prova orale, che si " +
				"terrà giovedì 17 giugno 2027 alle ore 10:30 presso la sede dell'agenzia.\n\nUfficio concorsi",
			true, ""},
		{"a drug screen", "noreply@screening.example", "Action required: complete your drug screen",
			"Hello Alex Rivera,\n\nBrandt-Hollis Electric, Inc. has requested a pre-employment drug screen as part of your " +
				"onboarding.\n\nPlease visit an approved collection site within 48 hours of receiving this email. Bring this " +
				"registration ID and a government photo ID:\n\n  Registration ID: 8842-1190-7763\n  Test: 10-panel urine\n",
			true, ""},
		{"une proposition de recrutement", "drh@region.example", "Proposition de recrutement – Chef de projet mobilités",
			"Bonjour Monsieur Rivera,\n\nJ'ai le plaisir de vous annoncer que le jury a retenu votre candidature pour le poste de " +
				"chef de projet mobilités. Les conditions proposées sont les suivantes : contrat de 3 ans, rémunération brute " +
				"mensuelle de 3 450 euros. Pourriez-vous me faire part de votre accord ?\n\nLa DRH",
			true, StageOffer},
	})
}
