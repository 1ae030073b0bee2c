package classifier

import "testing"

// Offers that were read as an outreach, a scheduling question or nothing
// on the code before (tune_written/r24_*, r41_*, r43_*, r50_*, r51_*,
// r52_*): a French subject that names the offer as a proposal, the
// acceptance asked as the answer ("accept or decline this offer by",
// "sign the offer letter by", "il tuo riscontro ... la tua
// accettazione"), and "te queremos hacer una oferta". A background
// check's "review and sign the disclosures" is no offer (guard).
func TestOffersR52(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a secondment proposed", "rh@banque.example", "Proposition de détachement – Direction des Risques, Lyon",
			"Bonjour Alex,\nLe comité de mobilité a validé votre détachement à Lyon. Félicitations !\nVous trouverez ci-joint la lettre de détachement.\n - Poste : Analyste senior\n - Durée : 12 mois à compter du 1er septembre\n - Contrat : vous restez salarié de la banque\n - Indemnité : 10 % du salaire de base\nMerci de me donner votre réponse d'ici vendredi.\nClaire",
			true, StageOffer},
		{"a health trust's conditional offer", "no-reply@jobs.example", "Conditional offer - Data Analyst",
			"Dear Alex,\nCongratulations. The Trust has made you a conditional offer for the following job: Data Analyst, Band 6, £38,000 a year, permanent contract.\nThis offer is conditional on pre-employment checks.\nSign in to your account and accept or decline this offer by Friday 25 June.",
			true, StageOffer},
		{"an internship proposed in Italian", "giulia@studio.example", "Proposta di tirocinio - UX Research",
			"Ciao Alex,\ndopo il colloquio finale siamo lieti di offrirti il tirocinio di 6 mesi come UX Research Intern. Durata: dal 6 settembre. Indennità: 900 euro lordi mensili.\nTi chiediamo di confermare la tua accettazione entro venerdì 11 giugno.\nGiulia",
			true, StageOffer},
		{"a CTO's offer in Argentine Spanish", "nico@pampa.example", "¡Buenas noticias!",
			"Alex, ¿qué tal?\nDespués de las entrevistas decidimos avanzar con vos para el rol de Staff Engineer. ¡Te queremos hacer una oferta! Contrato como contractor, USD 7.000 mensuales, 100% remoto. Arrancarías el 1° de septiembre.\n¿Tenés un rato mañana para una llamada?\nNico",
			true, StageOffer},
	})
	guard := letter("screening@checks.example", "Action needed: your background check",
		"Hi Alex,\nAs part of your offer with Brightline, please complete your background check. You will be asked to review and sign the required disclosures and authorization. Your start date is not affected.\nThanks")
	if v := Classify(guard); v.Stage == StageOffer {
		t.Errorf("a background check's forms read as an offer; reasons %q", v.Reasons)
	}
}
