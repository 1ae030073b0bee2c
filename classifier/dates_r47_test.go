package classifier

import "testing"

// TestR47Promises: the promises r47 missed, by form: the Dutch written
// offer called a proposal ("voorstel"), which the reader receives by a
// day as the Spanish and Portuguese "propuesta" and "proposta" already
// were; a decision with its time right after "decide" ("and will decide
// by end of next week"), weak as "make a decision" is; the "official note" or "formal letter" as
// an awaited thing, like the offer letter; the news and its deadline said with no verb
// ("Retour d'ici 3 jours ouvrés"); the Portuguese future split by its
// pronoun ("ser-lhe-á enviada"); the list of admitted candidates as the news
// awaited; the German future "werden uns ... mit Ihnen in Verbindung
// setzen", its time inside. Dates are from base, Thursday 2027-04-08.
func TestR47Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Je ontvangt het voorstel op papier uiterlijk maandag.", "2027-04-12"},
		{"U ontvangt het definitieve voorstel uiterlijk dinsdag per post.", "2027-04-13"},
		{"Het schriftelijke voorstel krijg je uiterlijk vrijdag.", "2027-04-09"},
		// the decision with its time right after the verb, the subject
		// shared with the clause before
		{"We're meeting two more applicants this week and will decide by end of next week.", "2027-04-16"},
		{"She'll decide by Thursday, I think.", "2027-04-15"},
		// the formal word of an outcome already told informally
		{"The formal letter from HR should land early next week.", "2027-04-13"},
		{"Their official notice will arrive next week.", "2027-04-16"},
		// the news and its deadline with no verb, a greeting before it
		{"Bonjour Sam,\nRéponse d'ici 3 jours ouvrés, le patron est absent.", "2027-04-13"},
		{"Hallo Sam, Antwort bis Freitag, die Chefin ist unterwegs.", "2027-04-09"},
		// the Portuguese future with the pronoun inside the verb
		{"O contrato ser-lhe-á enviado na próxima segunda-feira, com a lista de documentos.", "2027-04-12"},
		{"A minuta do contrato ser-lhes-á remetida na terça-feira.", "2027-04-13"},
		// the list of who is admitted, a public competition's first outcome
		{"A lista de candidatos admitidos será comunicada por e-mail no prazo de 10 dias úteis.", "2027-04-22"},
		// the German future with the time inside "uns ... in Verbindung setzen"
		{"Wir werden uns voraussichtlich innerhalb von zwei Wochen mit Ihnen in Verbindung setzen.", "2027-04-22"},
		{"Wir werden uns bis Freitag mit Ihnen in Verbindung setzen.", "2027-04-09"},
	})
}
