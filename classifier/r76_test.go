package classifier

import "testing"

// TestSeventySixthRound: what r76 brought at its arrival. A German no
// whose object is followed, after a dash, by "insbesondere ... diese
// Position" stays the reader's (outcome.go: clauseStops). A placement
// round not matched, a referral sent back with the candidacy not accepted,
// an entry a new-graduate intake cannot consider, are no's; a
// co-operative's members cancelling a post for anyone is withdrawn; a
// co-operative's council admitting a worker-member on trial is an offer,
// and a Japanese informal offer accepted is past its offer.
func TestSeventySixthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"not matched with a host employer", "placements@bootcamp.example", "Apprenticeship Match Round 2: your result",
			"Hi Alex,\n\nThank you for applying to round 2 of the registered apprenticeship program. Host employers completed their " +
				"rankings this week, and we're sorry to tell you that you were not matched with a host employer in this round.\n\n" +
				"Placements team",
			true, StageRejected},
		{"a referral sent back", "pup@labour.example", "Information about referral no. 044/2027",
			"Dear Sir,\n\nThe district labour office informs that the employer sent back the referral to work issued to you for the " +
				"position: assistant of electrician. The employer marked on the referral that your candidacy was not accepted - " +
				"reason given: required qualifications not confirmed.\n\nVocational counsellor",
			true, StageRejected},
		{"an entry not considered", "recruit@agency.example", "Regarding your entry to the 2028 Creative Strategy Course",
			"Dear Alex Rivera,\n\nThank you for your entry to our 2028 new graduate recruitment. Upon confirming your entry details, " +
				"we found that your graduation date falls outside the range for this course. We are unfortunately unable to " +
				"consider your entry for the new graduate course.\n\nRecruitment Desk",
			true, StageRejected},
		{"an elaboration after a dash", "recruiting@medtech.example", "Ihre Bewerbung bei Taubert Medizintechnik",
			"Sehr geehrter Herr Rivera,\n\nhaben Sie vielen Dank für Ihre Bewerbung als Junior BI Analyst.\n\nNach eingehender " +
				"Prüfung müssen wir Ihnen jedoch mitteilen, dass Ihr Profil derzeit nicht vollständig zu unserem " +
				"Anforderungsprofil passt – insbesondere waren uns für diese Position verhandlungssichere Deutschkenntnisse " +
				"wichtig.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nPersonalabteilung",
			true, StageRejected},
		{"a post cancelled by the members", "hiring@bakery.example", "Update: Bookkeeper / Ops position cancelled",
			"Hi Alex,\n\nAt our member meeting on Saturday we agreed to split the bookkeeper/ops position between two current " +
				"members. That means we're not hiring for this role anymore, for anyone. We're really sorry to pull it after you'd " +
				"taken the time to apply.\n\nSunroot Cooperative Bakery",
			true, StageWithdrawn},
		{"a worker-member admitted", "seleccion@coop.example", "Propuesta de incorporación",
			"Hola Alex:\n\nTengo el placer de comunicarte que el consejo rector ha aprobado ayer tu incorporación como socio " +
				"trabajador en periodo de prueba para el puesto de analista de datos. Anticipo laboral: aprox. 41.300 EUR brutos " +
				"anuales. ¿Podrías confirmarnos si aceptas la propuesta antes del 16?\n\nUn abrazo",
			true, StageOffer},
	})
}
