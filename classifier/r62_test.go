package classifier

import "testing"

// TestSixtySecondRound: what r62 brought at its arrival. A chat bot's "tu
// perfil no cumple con los requisitos", an Italian public selection's "non
// è risultato vincitore" and an internship "we're not able to convert" are
// no's; a post that "vous est attribué" is offered; permits "not picked
// up" by a time were collected, not chosen.
func TestSixtySecondRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a profile short of the requirements", "rita@nearshore.example", "Actualización de tu solicitud",
			"Hola Alex,\n\nGracias por tu interés en la vacante Agente Bilingüe de Atención a Clientes. Nuestro equipo revisó tus respuestas y, " +
				"por ahora, tu perfil no cumple con los requisitos de la campaña.\n\nTe invitamos a revisar otras vacantes.\n\nRita",
			true, StageRejected},
		{"not the winner", "assegni.ricerca@ateneo.example", "Esito selezione assegno di ricerca - Bando n. 14/2027",
			"Gentile Dott. Rivera,\n\ncon riferimento alla Sua partecipazione alla procedura di selezione per il conferimento di un assegno di ricerca, " +
				"Le comunichiamo che, sulla base della graduatoria di merito, Ella non è risultato vincitore della selezione.\n\nDistinti saluti",
			true, StageRejected},
		{"an internship not converted", "thale@logistics.example", "Your internship and the Shift Operations Manager opening",
			"Alex,\n\nWe're not able to convert your internship into the Shift Operations Manager role. Corporate froze the two new manager " +
				"positions last week. This has nothing to do with your performance.\n\nTravis",
			true, StageRejected},
		{"a post awarded in the passive", "claire@univ.example", "Contrat doctoral : bonne nouvelle !",
			"Bonjour Alex,\n\nJ'ai le plaisir de vous annoncer que le contrat doctoral sur le sujet « Matériaux hybrides » vous est attribué ! " +
				"Il s'agit d'un contrat de travail de trois ans, à compter du 1er octobre 2027, avec une rémunération brute mensuelle de 2 200 euros. " +
				"Pourriez-vous me confirmer par retour de mail que vous acceptez le contrat ?\n\nClaire",
			true, StageOffer},
		{"a permit to collect", "permits@wilderness.example", "Your wilderness permit is confirmed",
			"WILDERNESS PERMIT CONFIRMATION\n\nPermit holder: Alex Rivera\nEntry date: Saturday, July 17, 2027\n\n" +
				"You must pick up your printed permit at the ranger station. Permits not picked up by 10:00 AM on the entry date " +
				"will be released to walk-up visitors.",
			false, StageOther},
	})
}
