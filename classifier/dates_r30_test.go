package classifier

import "testing"

// TestFutureUnderWay: the future said as under way or as about to have,
// in the forms r28 and r30 wrote: Peru's "nos estaremos comunicando con
// usted en una o dos semanas", Argentina's "vas a tener novedades
// nuestras", Portugal's "conto enviar-lhe". Dates are from base,
// Thursday 2027-04-08.
func TestFutureUnderWay(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Muchas gracias por su participación en la entrevista final. Nos estaremos comunicando con usted en una o dos semanas para informarle los resultados.", "2027-04-22"},
		{"Gracias por las entrevistas de la semana pasada. Antes de fin de mes vas a tener novedades nuestras, sea cual sea la decisión.", "2027-04-30"},
		{"Obrigada pelo desafio técnico. Estamos a alinhar as agendas e conto enviar-lhe uma proposta de datas no início da próxima semana.", "2027-04-13"},
		// near-misses: a stay, not a contact; the reader's own having
		{"Vas a tener que traer tu DNI el lunes a la entrevista.", ""},
		{"The newsletter goes out on Monday to all subscribers.", ""},
	})
}

// TestR32Promises: r32's promises at its tuning. Irish and British
// agencies' "I'll be on to you" (r23 and r29 wrote it too) after the
// client's word and its day; a decision that "won't be communicated until
// the end of the month"; Italian "conto di scriverti martedì" and a
// passive with an adverb inside it. Dates are from base, Thursday
// 2027-04-08.
func TestR32Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"They've two more people to see this week, and he said they'll come back to me in 3-5 working days. I'll be on to you the minute I hear anything.", "2027-04-15"},
		{"That committee only meets once a month, so realistically a decision won't be communicated until the end of the month.", "2027-04-30"},
		{"Ciao Alex, ancora nulla di definitivo: la commissione si rivede lunedì pomeriggio per chiudere, quindi conto di scriverti martedì.", "2027-04-13"},
		{"Grazie per il colloquio. L'esito le sarà comunque comunicato per iscritto entro 10 giorni lavorativi da oggi.", "2027-04-22"},
		// near-misses: nothing until the reader acts; a "won't" with no time
		{"We won't be able to process your file until you send the signed form.", ""},
		{"I'm afraid a decision won't be communicated to candidates individually.", ""},
	})
}
