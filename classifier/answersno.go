package classifier

// A reply to a no ("Thank you for letting me know ... Of course I'm
// disappointed, but I understand. If you're able to share any feedback
// ...") above the no it quotes ("we've decided to move forward with other
// candidates") is the conversation after the decision: the thread is
// closed whoever wrote last. Filed on its own (the no deleted, or in a
// folder not read), such a reply would otherwise leave the reader as the
// last to write, and a nudge two weeks later would follow a no (r64).

// answersQuotedNo returns the no a reply quotes, when the reply's own words
// take it as one (thanks for letting them know, disappointment, a request
// for feedback); "" otherwise.
func answersQuotedNo(d *doc) string {
	if ruleOff("answers-quoted-no") || !isReply(d.m) || !takesTheNo.contains(d.body) {
		return ""
	}
	q := d.quotedText()
	if q == "" || retractionIn(q) != "" {
		return "" // the quote takes its no back
	}
	o := &outcome{}
	o.scan(&ocText{toks: appendTokens(nil, q), hs: d.quotedHits(), lg: d.lang()})
	if !o.rejected() || o.fams["declined"].w == 0 {
		return ""
	}
	return o.reason()
}

// takesTheNo are the words of a reply to a no, in the languages hearback
// reads: thanks for the news, disappointment accepted, feedback asked.
var takesTheNo = cues("thank you for letting me know", "thanks for letting me know", "thank you for the update",
	"thanks for the update", "disappointed", "i understand", "any feedback", "some feedback", "share feedback",
	"for the feedback", "keep me in mind", "ihre rückmeldung", "deine rückmeldung", "schade", "ein feedback",
	"merci pour votre retour", "merci pour ton retour", "pour votre retour", "je comprends", "déçu",
	"bedauere ihre entscheidung", "respektiere", "niet het nieuws", "eerlijke bericht", "gracias por avisarme",
	"gracias por informarme", "gracias por la respuesta", "entiendo", "grazie per il riscontro", "grazie per avermi",
	"capisco", "peccato", "bedankt voor je bericht", "bedankt voor uw bericht", "bedankt voor de terugkoppeling",
	"jammer", "obrigado pelo retorno", "obrigado pela resposta", "compreendo", "pena")
