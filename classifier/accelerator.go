package classifier

// acceleratorSelection reports an accelerator's or an investor programme's
// choice of founders: two kinds of its own words ("join the batch",
// "every founder we interviewed", "demo day"; not a campus "this batch" or
// a firm's "partners") and no post named. Its interviews, partners
// and offers are hiring's words, and its decision dates would be promises
// to chase.
func acceleratorSelection(d *doc) bool {
	if len(d.bodyHits[clsPostNoun]) > 0 || len(d.subjHits[clsPostNoun]) > 0 {
		return false
	}
	n := 0
	for _, c := range acceleratorCues {
		if c.contains(d.body) || c.contains(d.subj) {
			n++
		}
	}
	return n >= 2
}

// acceleratorCues are kinds of the words an accelerator's mail is made of,
// each counted once.
var acceleratorCues = []*cueSet{
	cues("join the batch", "joining the batch", "summer batch", "winter batch", "spring batch", "fall batch"),
	cues("every founder", "founders we", "the founders we", "founders who applied"),
	cues("demo day", "startup accelerator", "accelerator program", "accelerator programme"),
}
