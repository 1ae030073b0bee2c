package classifier

import "testing"

// TestOfferTermsOnACall: an invitation to join with a call promised to
// talk its terms through is the offer made, as writers of r20, r22, r28
// and r30 wrote it from their phones; a call about feedback after a no,
// and an invitation to a webinar, are not.
func TestOfferTermsOnACall(t *testing.T) {
	for _, c := range []struct {
		name, subject, own string
		offer              bool
	}{
		{"numbers and conditions", "Re: Proceso Staff Engineer - cliente sector energía",
			"Alex!! 🎉🎉 el cliente quiere hacerte oferta. mañana te paso números y condiciones, ¿vale? enhorabuena!!!\nEnviado desde mi móvil", true},
		{"package and start", "Re: Merci pour hier",
			"Alex, bonne nouvelle : l'équipe est unanime, on aimerait vraiment que tu nous rejoignes comme PM ! 🎉\nJe t'appelle demain pour en parler de vive voix (package, date de démarrage, relocation…).\nYann", true},
		{"wrapped line", "Re: Gracias por la charla con el equipo",
			"Alex!! Buenas noticias: el equipo está re convencido y queremos que te\nsumes 🎉\nMañana te llamo y vemos números y fecha de arranque.\nAgus", true},
		// near-misses
		{"feedback after a no", "Re: Data Analyst",
			"Alex, I'm sorry - the team went with another candidate. I'll call you tomorrow to talk through the feedback and the numbers from your case study if that helps.\nSam", false},
		{"a webinar", "Join our webinar",
			"Hi Alex, we'd love you to join our webinar on hiring trends next week. I'll send the package of slides and the start date of the series tomorrow.\nThe Events Team", false},
	} {
		v := Classify(reply(c.subject, c.own, ""))
		if got := v.Job && v.Stage == StageOffer; got != c.offer {
			t.Errorf("%s: job %v stage %s, want offer %v; reasons %q", c.name, v.Job, v.Stage, c.offer, v.Reasons)
		}
	}
}
