package classifier

// A no sent in error and taken back ("The email you received yesterday
// saying we were moving forward with other candidates was sent in error.
// Please disregard it. Your application is still very much active")
// repeats the words of the no it retracts. The message says the
// application goes on; read as a no, it would close a live thread (r63).
// A correction that keeps the no ("the email had someone else's name on
// it ... That decision does stand") says nothing of the application going
// on, and stays a no.

// retractedNo reports the error named and the application said to go on,
// as the words that say so; "" when the message retracts no no.
func retractedNo(d *doc) string { return retractionIn(d.body) }

// retractionIn is retractedNo of any text: a message's own words, or the
// message a reply quotes (answersno.go).
func retractionIn(text string) string {
	if ruleOff("retracted-no") {
		return ""
	}
	e := sentInErrorCues.index(text)
	if e < 0 {
		return ""
	}
	a := stillActiveCues.index(text)
	if a < 0 {
		return ""
	}
	return clip(text[e:e+cueLen(sentInErrorCues, text[e:])]) + " ... " + clip(text[a:a+cueLen(stillActiveCues, text[a:])])
}

// sentInErrorCues say a message went out by mistake, or is to be
// disregarded.
var sentInErrorCues = cues("in error", "by mistake", "mistakenly", "erroneously", "sent incorrectly", "please disregard",
	"please ignore", "par erreur", "ne pas en tenir compte", "por error", "por equivocación", "haga caso omiso",
	"por engano", "por erro", "desconsidere", "per errore", "per sbaglio", "non tenga conto", "irrtümlich",
	"versehentlich", "fälschlicherweise", "per ongeluk", "abusievelijk", "per vergissing")

// stillActiveCues say the application goes on.
var stillActiveCues = cues("still very much active", "still active", "very much still in", "still in our process",
	"still in the process", "still being considered", "still under consideration", "still in the running",
	"still in contention", "remains active", "has not been filled", "hasn't been filled", "toujours en cours",
	"toujours active", "n'a pas été pourvu", "sigue activa", "sigue en curso", "sigue en el proceso",
	"continúa en el proceso", "continua ativa", "continua em análise", "continua no processo", "è ancora in corso",
	"ancora in valutazione", "è ancora attiva", "ist weiterhin aktiv", "weiterhin im verfahren", "noch im verfahren",
	"nog steeds in behandeling", "nog steeds actief", "loopt nog")
