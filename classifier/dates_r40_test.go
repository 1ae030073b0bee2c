package classifier

import (
	"testing"
)

// TestR40Promises: the promises r40 missed at its arrival, by form: the
// Portuguese and Spanish future of answering every candidate ("responderemos
// a cada candidato"), the Italian "Le invieremo", the Portuguese present
// with its pronoun after the verb ("envio-te amanhã", "damos-lhe notícias"),
// the Portuguese article "um" that is no German "um ... zu", a decision's
// day before the writer's own contact (German "die Entscheidung fällt"),
// the Dutch "dan" for the day named before, a decision promised to an
// agency ("she's promised me a decision by Monday"), the Romance "as soon
// as I have it" after the day the news comes, and the Spanish third
// person's "le enviará". Dates are from base, Thursday 2027-04-08.
func TestR40Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Todas as candidaturas são analisadas pela Direção de Recursos Humanos, e responderemos a cada candidato no prazo de 10 dias úteis.", "2027-04-22"},
		{"Revisamos todas las candidaturas y responderemos a todos los candidatos antes del 20 de abril.", "2027-04-20"},
		{"Le invieremo la lettera di assunzione formale entro venerdì, insieme alla documentazione sul pacchetto di relocation.", "2027-04-09"},
		{"O contrato do EOR envio-te amanhã para assinatura digital via DocuSign.", "2027-04-09"},
		{"A carta-proposta mando-lhe na segunda-feira, depois da reunião com a direção.", "2027-04-12"},
		{"Vamos analisar todas as candidaturas com a equipa de Dados e damos-lhe notícias até ao final do mês.", "2027-04-30"},
		{"Estamos finalizando as conversas com os outros candidatos e te damos um retorno em até 5 dias úteis, combinado?", "2027-04-15"},
		{"Die finale Entscheidung fällt in der Runde mit der Geschäftsführung am Montag. Du hörst spätestens bis Mittwoch nächster Woche von mir, versprochen.", "2027-04-14"},
		{"We spreken deze week nog twee andere kandidaten en nemen binnen twee weken een besluit. Ik laat het je dan direct weten.", "2027-04-22"},
		{"She's got two more first stages tomorrow, but she's promised me a decision on who goes through by Monday.", "2027-04-12"},
		{"They have one more interim to see on Monday. Owen's promised me a decision early next week, so fingers crossed.", "2027-04-13"},
		{"O cliente comprometeu-se a dar-nos uma resposta até sexta-feira, dia 16 de abril. Assim que a tiver, ligo-lhe.", "2027-04-16"},
		{"O cliente tem uma última entrevista na quinta-feira e comprometeu-se a comunicar-nos a decisão final na próxima segunda-feira. Ligo-lhe logo que saiba.", "2027-04-12"},
		{"Me indicó que tomarán una decisión dentro de los próximos 10 días hábiles; en cuanto tenga noticias, le aviso.", "2027-04-22"},
		{"Der Kunde entscheidet am Montag. Sobald ich etwas weiß, melde ich mich.", "2027-04-12"},
		{"Gestión Humana le enviará la carta oferta formal dentro de los próximos 3 días hábiles.", "2027-04-13"},
	})
}

// TestR40NotPromises: what r40 took for promises. An answer wanted of the
// reader with the possessive after the noun ("uma resposta tua"), a
// present-tense cue that is the start of an infinitive ("je me permets de
// vous contacter"), an indirect question ("knowing when a decision is
// expected") and a client's word to the agency reported ("Heartland let us
// know this morning").
func TestR40NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Gostávamos de ter uma resposta tua até sexta-feira, 16 de abril.", ""},
		{"Je me permets de vous contacter car j'accompagne une scale-up de l'énergie, bientôt présente aux États-Unis, dans le recrutement de son Head of Data.", ""},
		{"I'm also in late-stage conversations elsewhere, so knowing roughly when a decision is expected would help me plan.", ""},
		{"Heartland let us know this morning they're pausing the Cloud Data Engineer contract.", ""},
	})
}

// TestR40Guards: what the rules above must leave alone (these held before
// them too): a relayed "will let me know" with its day, the Dutch "dan" of
// a comparison, a present of sending with an attachment, a Romance "as
// soon as I know" with no news named before or news named only as not
// there yet, and the Italian singular beside the new plural.
func TestR40Guards(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Sarah will let me know by Friday, and I'll call you straight after.", "2027-04-09"},
		{"We nemen eerder dan gepland een besluit: je hoort uiterlijk dinsdag van ons.", "2027-04-13"},
		{"Te envío en anexo el contrato para que lo revises.", ""},
		{"Amanhã estou em viagem. Assim que souber, ligo-lhe.", "undated"},
		{"Noch keine Entscheidung, die Chefin ist bis Montag im Urlaub. Sobald ich etwas weiß, melde ich mich.", "undated"},
		{"Zodra ik maandag je referenten heb gesproken, laat ik je dezelfde dag weten wat het besluit is.", "2027-04-12"},
		{"Pas encore de décision de notre côté, Clara rentre de congés lundi et c'est elle qui tranche. Je te tiens au courant dès que j'ai du nouveau !", "undated"},
		{"Ti invierò la proposta economica entro martedì 13 aprile.", "2027-04-13"},
	})
}

// TestR40InterviewDays: the interview days r40 missed, by structure: a
// move whose new day stands on a line of its own below "verlegt auf", the
// writer running late to a meeting named by its time in Dutch, "looking
// forward to seeing you" right before the day, an ATS's "here's your
// schedule for" and the Portuguese "fica combinado:". Dates are from base,
// Thursday 2027-04-08.
func TestR40InterviewDays(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Terminverschiebung: Vorstellungsgespräch Produktmanager", "Sehr geehrter Herr Rivera,\n\nleider muss ich unseren Termin am kommenden Mittwoch, 14.04., verschieben.\n\nIch habe das Gespräch daher verlegt auf\n\n    Dienstag, 20.04.2027, 15:00 – 16:00 Uhr (MEZ)\n\nMit freundlichen Grüßen", "2027-04-20"},
		{"Paar minuten later vandaag", "Hoi Alex,\n\nExcuses, mijn vorige overleg loopt uit. Ik schuif rond 15:10 aan bij ons gesprek van 15:00.\n\nTot zo!", "2027-04-08"},
		{"Friday logistics + lunch", "Hi Alex,\n\nLooking forward to seeing you Friday! A few practical things before you head out:\n\n- Dress is casual. Nobody on the panel will be wearing a tie.", "2027-04-09"},
		{"Your interview schedule", "Hi Alex,\n\nYou're all set for your final interviews with Pinecrest Software for the Staff Data Engineer role.\n\nHere's your schedule for Tuesday, April 13, 2027.\n\nGood luck!", "2027-04-13"},
		{"Re: Entrevista - Engenheiro de Dados", "Olá Alex,\n\nFica então combinado: quarta-feira, 14 de abril, às 15h00 (hora de Lisboa).\n\nO link da reunião segue abaixo.", "2027-04-14"},
	}
	checkInterviewDays(t, tests)
}

// TestR40InterviewGuards: what the interview rules above must leave alone
// (these held before them too): a day later in the sentence than "seeing
// you", a meeting of ours by its time with nobody late, and the
// Portuguese "como combinado" before a deadline.
func TestR40InterviewGuards(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Re: interview", "Looking forward to seeing you at the office soon; I'll send the details by Friday.", "-"},
		{"Re: gesprek", "Ons gesprek van 15:00 gisteren was erg fijn, dank je wel.", "-"},
		{"Re: Entrevista", "Como combinado, envio o contrato até sexta-feira, 16 de abril.", "-"},
	}
	checkInterviewDays(t, tests)
}
