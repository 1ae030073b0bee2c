package classifier

import "strings"

// The decision sent as a letter attached, with a body that only points at
// it (r84, in six languages): "Please see the attached letter regarding
// your application", "Veuillez trouver ci-joint notre réponse concernant
// votre candidature", "In de bijlage treft u een brief aan over uw
// sollicitatie", "Le adjuntamos la carta con la resolución del proceso de
// selección". A sentence names all three: the attachment, a letter or an
// answer, and the application.
var (
	attachWords = cues("attached", "enclosed", "ci-joint", "pièce jointe", "bijlage", "adjunt", "anbei", "im anhang",
		"beigefügt", "allegat", "em anexo", "anexa", "anexo")
	letterWords = cues("letter", "reply", "response", "decision", "correspondence", "réponse", "courrier", "lettre",
		"décision", " brief", "besluit", "reactie", "carta", "resolución", "respuesta", "comunicación", "schreiben",
		"bescheid", "entscheidung", "antwort", "lettera", "comunicazione", "esito", "risposta", "resposta", "decisão",
		"comunicação")
	attachedAppWords = cues("your application", "your candidacy", "votre candidature", "uw sollicitatie", "je sollicitatie",
		"su candidatura", "tu candidatura", "su solicitud", "proceso de selección", "ihre bewerbung", "deine bewerbung",
		"la sua candidatura", "sua candidatura", "processo de seleção", "processo di selezione")
	// what is attached may be the news itself: an offer, a contract, an
	// invitation or a form to fill in
	attachedNews = cues("offer", "contract", "contrat", "vertrag", "contrato", "contratto", "overeenkomst", "invitation",
		"invitación", "einladung", "uitnodiging", "convocation", "convocatoria", "convite", "invito", " form ", " form,", " forms ",
		"formulaire", "formular")
)

// answerInAttachment: a sentence of the body points at a letter or an
// answer about the application in an attachment.
func answerInAttachment(d *doc) bool {
	for _, s := range d.sentences() {
		// the reader's own cover letter, sent back with their data, is
		// no answer
		t := strings.ReplaceAll(s.text, "cover letter", "")
		if attachWords.contains(t) && letterWords.contains(t) && attachedAppWords.contains(t) && !attachedNews.contains(t) {
			return true
		}
	}
	return false
}
