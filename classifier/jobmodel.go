package classifier

//go:generate go run ./internal/train -target job -validate r14_*,r15_*,r16_* -exclude r22_*,r23_*,r24_*,r25_*,r26_*,r27_*,r28_*,r29_*,r30_*,r31_*,r32_*,r33_*,r34_*,r35_*,r36_*,r37_*,r38_*,r39_*,r40_*,r41_*,r42_*,r43_*,r44_*,r45_*,r46_*,r47_*,r48_*,r49_*,r50_*,r51_*,r52_*,r53_*,r54_*,r55_*,r56_*,r57_*,r58_*,r59_*,r60_*,r61_*,r62_*,r63_*,r64_*,r65_*,r66_*,r67_*,r68_*,r69_*,r70_*,r71_*,r72_*,r73_*,r74_*,r75_*,r76_*,r77_*,r78_*,r79_*,r80_*,r81_*,r82_*,r83_*,r84_*,r85_*,r86_*,r87_*,r88_*,r89_*,r90_*,r91_* -out jobmodel_table.go

import (
	"strings"

	"github.com/hearback/hearback/classifier/internal/modelhook"
	"github.com/hearback/hearback/mailmsg"
)

// The job model: the second learned cue (issue 15, item 6), for the
// question before any other, whether a message is part of the reader's own
// hiring at all. It is the rejection model's kind of table (model.go: the
// same features, fitted by the same program with -target job), and it
// weighs the words of a message the rules found some hiring evidence in
// but not enough: a reply whose subject names the role and that confirms
// a time, a "great chatting" with a promise. Its log-odds, times
// jobModelScale and within [0, jobModelCap], are added to the job points
// of a message with at least jobModelGate of them (and more than 0) and
// less than jobThreshold, named in the reasons with the words that
// weighed most. It only adds: the rules' negative evidence (bulk mail, an
// absence notice, another kind of application) stands. It is never asked
// about a message without any hiring evidence: the tuning mail is nearly
// all about jobs, so it would learn that any "how about Tuesday at 2?"
// is a job's, which in a real mailbox it mostly is not.
var jobModel = newLinModel(jobModelBias, jobModelScale, jobModelFloor, jobModelCap, jobModelGate, jobModelTable)

// jobPoints returns the job model's points for d, whose rules gave it
// rules job points, and the reason.
func (m *linModel) jobPoints(d *doc, rules float64, inConversation bool) (float64, string) {
	if m.scale == 0 || len(m.hashes) == 0 || rules <= 0 || rules < m.gate || rules >= jobThreshold {
		return 0, ""
	}
	if isReply(d.m) && quoteOfOthersHiring(d) && !ruleOff("model-quote-others-hiring") {
		// "Done - submitted through the form this morning" above a
		// referee request for someone else: what the reply's words are
		// about, the quote already says
		return 0, ""
	}
	if inConversation && d.has(clsOtherSense) && !ruleOff("model-conversation-other-sense") {
		// "Wednesday at 11am ET is booked ... a $50 gift card after the
		// session" under a researcher's "would you be up for a 30 minute
		// video interview?": the conversation lent its points, and the
		// reply's own words say the interview is a study's; the model's
		// words of a booked meeting are those of any interview (r49)
		return 0, ""
	}
	if subjectMeetingOtherSense(d) && !ruleOff("model-subject-other-sense") {
		// "Re: Colloqui genitori – classe 3B": the subject names the
		// meeting a parents' one, which a confirmed time and "colloquio"
		// read like an interview's to the model (r57)
		return 0, ""
	}
	if !inConversation && len(d.bodyHits[clsHiring]) == 0 && len(d.bodyHits[clsPostNoun]) == 0 &&
		!(isReply(d.m) && (len(d.subjHits[clsHiring]) > 0 || len(d.subjHits[clsPostNoun]) > 0) && !ruleOff("reply-subject-model")) {
		return 0, ""
	}
	return m.points(d, d.outcome())
}

// conversationPoints reads a short reply with too little hiring evidence
// of its own for jobPoints ("Thanks Alex! Passed it along to the team -
// should know by Thursday") together with the message it quotes, when the
// two have some (0.5 to promiseContextMin points by the rules; from
// promiseContextMin on threadContext counts them): rules and model over
// both words at jobThreshold make the reply job mail. It returns the
// points the reply needs to get there, or 0.
func (m *linModel) conversationPoints(d *doc, rules float64) (float64, string) {
	if m.scale == 0 || len(m.hashes) == 0 || rules >= m.gate || rules < 0 {
		return 0, ""
	}
	q := d.quotedText()
	if q == "" {
		return 0, ""
	}
	qs := d.convScoreOf(q)
	if qs < m.gate || qs >= promiseContextMin {
		return 0, ""
	}
	qm := &mailmsg.Message{From: d.m.From, To: d.m.To, Cc: d.m.Cc, Subject: d.m.Subject, Excerpt: d.body + "\n\n" + history(q), Date: d.m.Date}
	var qd doc
	qd.prepare(qm)
	defer qd.release()
	pts, why := m.points(&qd, qd.outcome())
	if qs+pts < jobThreshold {
		return 0, ""
	}
	return jobThreshold - rules, why
}

func init() {
	modelhook.FunctionWord = func(w string) bool {
		if strings.Trim(w, "0") == "" {
			return true
		}
		for _, ws := range langWords {
			if ws[w] {
				return true
			}
		}
		return false
	}
	modelhook.UseJob = func(mm *modelhook.Model) {
		jobModel = tried(mm, newLinModel(jobModelBias, jobModelScale, jobModelFloor, jobModelCap, jobModelGate, jobModelTable))
	}
}

// subjectMeetingOtherSense: the subject names an interview word with a
// word of another sense right beside it ("Colloqui genitori").
func subjectMeetingOtherSense(d *doc) bool {
	for _, o := range d.subjHits[clsOtherSense] {
		for _, c := range []class{clsInterview, clsHiring} {
			for _, h := range d.subjHits[c] {
				meeting := c == clsInterview || interviewNouns.contains(h.t.text) || h.t.text == "colloqui"
				if meeting && (adjacentHits(h, o) || adjacentHits(o, h)) {
					return true
				}
			}
		}
	}
	return false
}

// adjacentHits reports b starting at most one word after a ends.
func adjacentHits(a, b hit) bool {
	gap := b.pos - (a.pos + len(a.t.words))
	return gap >= 0 && gap <= 1
}
