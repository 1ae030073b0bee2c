package classifier

import "fmt"

// ThreadVerdict is what a whole conversation is.
type ThreadVerdict struct {
	Job     bool     `json:"job"`
	Stage   Stage    `json:"stage"`
	Closed  bool     `json:"closed"` // rejected, offer or withdrawn: no more nudges
	Reasons []string `json:"reasons"`
}

// threadJobSum lets several messages that are each a little short of the
// threshold ("Re: the role", "Tuesday works") make a job thread together.
const threadJobSum = 1.5 * jobThreshold

// threadPromiseSum is the hiring evidence (subject lines included) that
// makes a thread with a promise of contact a job thread: "Re: Data Analyst
// role" and "I'll call you Tuesday" are a recruiter keeping a promise to
// the user, which is exactly what must not be forgotten.
const threadPromiseSum = 2.0

// ClassifyThread combines per-message verdicts given in date order. Bulk
// mail and automatic replies do not decide what a thread is; the latest
// decisive stage wins, and a closing stage stays closed whatever polite
// messages follow it, unless one takes a no back as sent in error.
func ClassifyThread(verdicts []Verdict) ThreadVerdict {
	tv := ThreadVerdict{Stage: StageOther}
	var sum float64
	jobMsg, promiseMsg, counted := -1, -1, 0
	for i, v := range verdicts {
		if promiseMsg < 0 && !v.Bulk && !v.AutoReply && (v.PromiseAt != nil || v.PromiseUndated) {
			promiseMsg = i
		}
		if v.Bulk {
			continue
		}
		if v.Job && jobMsg < 0 && !v.AutoReply {
			jobMsg = i
		}
		if v.Score > 0 && !v.AutoReply {
			sum += v.Score
			counted++
		}
	}
	if jobMsg >= 0 && verdicts[jobMsg].Score < 2*jobThreshold && !ruleOff("thread-press-sense") {
		for i, v := range verdicts {
			if v.pressSense && !v.Job {
				// "Re: Interview for Small Biz Hustle" above "happy to come
				// on the show": the interview a subject names is the show's
				tv.Reasons = append(tv.Reasons, fmt.Sprintf("message %d says the interview is a show's, a paper's or a study's", i+1))
				return tv
			}
		}
	}
	switch {
	case jobMsg >= 0:
		tv.Job = true
		tv.Reasons = append(tv.Reasons, fmt.Sprintf("message %d is a job message (score %.2g)", jobMsg+1, verdicts[jobMsg].Score))
	case sum >= threadJobSum:
		tv.Job = true
		tv.Reasons = append(tv.Reasons, fmt.Sprintf("job evidence across messages (total %.2g)", sum))
	case promiseMsg >= 0 && sum >= threadPromiseSum && counted > 1:
		// (the evidence of one message and its promise were weighed by
		// its own verdict already: a podcast's "te mandamos las
		// preguntas" is no recruiter's, whoever else wrote in the thread)
		tv.Job = true
		tv.Reasons = append(tv.Reasons, fmt.Sprintf("message %d promises contact in a thread with hiring words (total %.2g)", promiseMsg+1, sum))
	default:
		// An ATS acknowledgement is automated but still about an application.
		for i, v := range verdicts {
			if v.Job && !v.Bulk {
				tv.Job = true
				tv.Reasons = append(tv.Reasons, fmt.Sprintf("automated message %d is a job message", i+1))
				break
			}
		}
	}
	if !tv.Job {
		tv.Reasons = append(tv.Reasons, "no job evidence outside bulk mail")
		return tv
	}

	tv.Stage = StageOutreach
	for i, v := range verdicts {
		if v.Bulk || v.Stage == StageOther {
			continue
		}
		// Outreach is the stage of a job message without any specific cue;
		// after the first message it means "nothing new", not a step back.
		if v.Stage == StageOutreach && i > 0 && tv.Stage != StageOutreach {
			continue
		}
		if tv.Closed && v.RetractsNo && tv.Stage == StageRejected && !ruleOff("retraction-reopens") {
			// the no that closed the thread was sent in error and is
			// taken back: the application goes on
			tv.Closed = false
			tv.Reasons = append(tv.Reasons, fmt.Sprintf("message %d takes back the no as sent in error", i+1))
		}
		if tv.Closed && !v.Stage.Closes() {
			continue
		}
		if v.Stage != tv.Stage {
			tv.Reasons = append(tv.Reasons, fmt.Sprintf("message %d: %s", i+1, v.Stage))
		}
		tv.Stage = v.Stage
		if v.Stage.Closes() {
			tv.Closed = true
		}
	}
	if tv.Closed {
		tv.Reasons = append(tv.Reasons, "closed by "+string(tv.Stage))
	}
	return tv
}
