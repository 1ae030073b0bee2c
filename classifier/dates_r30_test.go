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
