// Package modelhook lets the training program of the classifier's two
// learned models (../train) read the features the classifier computes and
// try a model without a rebuild. The classifier fills them in when it is
// initialised; nothing else uses them.
package modelhook

// Model is a rejection model as the training program makes it: a bias and
// a weight per feature text (classifier/model.go), and how its log-odds
// become rejection points: times Scale, within [Floor, Cap], for messages
// whose rules gave at least Gate points.
type Model struct {
	Bias       float64
	Weights    map[string]float64
	Scale      float64
	Floor, Cap float64
	Gate       float64
}

// Features returns the distinct features of a raw message, or nil when it
// does not parse.
var Features func(raw []byte) []string

// Use makes the classifier score rejections with m from now on; nil
// restores the generated table. Not safe while another goroutine
// classifies.
var Use func(m *Model)

// UseJob is Use for the job model (classifier/jobmodel.go): Gate is the
// rules' job points a message needs before the model counts.
var UseJob func(m *Model)

// FunctionWord reports a word that says which language a message is in
// rather than what it is about ("the", "und", "vous", "el"), or a number.
var FunctionWord func(w string) bool

// PromiseSentence is a sentence that names a day to come, as the learned
// promise model reads it (classifier/promisemodel.go): its features, and
// the days it names as YYYY-MM-DD.
type PromiseSentence struct {
	Features []string
	Dates    []string
}

// PromiseSentences returns the sentences of a raw message that name a day
// to come, or nil when it does not parse.
var PromiseSentences func(raw []byte) []PromiseSentence
