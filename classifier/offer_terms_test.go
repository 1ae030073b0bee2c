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

// TestSelectionBoardOffer: the public sector's offer said as the board's
// proposal, and a director's approval with a call about the offer, in
// r32's Spanish and Brazilian mail; a proposal to interview is none.
func TestSelectionBoardOffer(t *testing.T) {
	for _, c := range []struct {
		name, subject, body string
		offer               bool
	}{
		{"comisión", "Propuesta de contratación – Técnico/a Superior de Investigación",
			"Estimado Alex:\nNos complace comunicarte que la Comisión de Selección ha propuesto tu contratación como Técnico/a Superior de Investigación.\nLas condiciones principales de la propuesta son las siguientes:\n- Retribución bruta anual: 34.500 €, distribuida en 14 pagas.\n- Incorporación prevista: 1 de noviembre de 2027.\nRecursos Humanos", true},
		{"diretoria", "Re: Entrevista final – Gerente de Dados Industriais",
			"Alex, boas notícias! A diretoria aprovou seu nome para a posição.\nPosso te ligar amanhã às 10h pra conversar sobre a proposta e os próximos passos?\nMarcos", true},
		// near-miss: an interview proposed
		{"entrevista", "Propuesta de entrevista – Técnico/a Superior",
			"Estimado Alex:\nLa Comisión de Selección le propone una entrevista el martes 13 de abril a las 10:00. Le rogamos que confirme su asistencia.\nRecursos Humanos", false},
	} {
		v := Classify(letter("rrhh@centro.example", c.subject, c.body))
		if got := v.Job && v.Stage == StageOffer; got != c.offer {
			t.Errorf("%s: job %v stage %s, want offer %v; reasons %q", c.name, v.Job, v.Stage, c.offer, v.Reasons)
		}
	}
}
