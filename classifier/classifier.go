// Package classifier decides what a message is in a job search: part of a
// hiring process or not, at which stage, whether it promises a next contact
// and when, whether it is an automatic reply, and whether it asks the
// recipient something. Every decision comes from readable rules (see
// lexicon.go) and carries short reasons, so that "why did hearback draft
// this?" always has an answer.
package classifier

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hearback/hearback/mailmsg"
)

// Stage is where a hiring conversation stands.
type Stage string

const (
	StageOutreach           Stage = "outreach"
	StageApplicationAck     Stage = "application_ack"
	StageScheduling         Stage = "scheduling"
	StageInterviewScheduled Stage = "interview_scheduled"
	StageAwaitingDecision   Stage = "awaiting_decision"
	StageRejected           Stage = "rejected"
	StageOffer              Stage = "offer"
	StageWithdrawn          Stage = "withdrawn"
	StageOther              Stage = "other"
)

// Closes reports whether a thread at this stage needs no more follow-ups.
func (s Stage) Closes() bool {
	return s == StageRejected || s == StageOffer || s == StageWithdrawn
}

// Verdict is what one message says.
type Verdict struct {
	Job            bool       `json:"job"`
	Stage          Stage      `json:"stage"`
	PromiseAt      *time.Time `json:"promise_at"`
	PromiseUndated bool       `json:"promise_undated"`
	InterviewAt    *time.Time `json:"interview_at"`
	AutoReply      bool       `json:"auto_reply"`
	// ConditionalFuture: contact depends on something ("we'll reach out if
	// a role arises", "should your profile match"): no promise, and
	// evidence of a rejection or of an acknowledgement with nothing to
	// nudge yet (promise.go).
	ConditionalFuture bool `json:"conditional_future,omitempty"`
	// PromiseCall: the promise (dated or not) is a call ("I'll give you a
	// call on Tuesday"), which the user may return by phone (promise_call.go).
	PromiseCall bool `json:"promise_call,omitempty"`
	// Automated is set on mail a program sent (Auto-Submitted other than
	// auto-replied: an applicant-tracking system's notice), which is no
	// automatic reply: its words count like anyone's, but no person wrote it.
	Automated bool       `json:"automated,omitempty"`
	AwayUntil *time.Time `json:"away_until"`
	AsksMe    bool       `json:"asks_me"`
	Bulk      bool       `json:"bulk"`
	// NoReply is set when the address a reply would go to (Reply-To, else
	// From) is a no-reply style mailbox; an ATS relay with a person's
	// Reply-To can be answered.
	NoReply bool    `json:"no_reply"`
	Score   float64 `json:"score"`
	// Outcome is the evidence of a rejection in the message's words: the
	// points of its rejection cues (outcome.go: the heaviest cue of each
	// family, the learned model's points when it is in use), less those of
	// words that say the process goes on. 0 is no evidence; at
	// RejectThreshold (3) the words say no, and a job message is at stage
	// rejected unless a withdrawal or the post's own fate comes first;
	// between 0 and 3 it is partial evidence (1 for "unfortunately" or "best
	// of luck in your search" alone, 2 for both, or for "candidates whose
	// experience more closely matches"); below 0 the process goes on
	// ("we'd like to invite you"). Set on every verdict but Screen's.
	Outcome float64 `json:"outcome,omitempty"`
	// JobByModel: the message is job mail only by the job model's points
	// (jobmodel.go), the rules alone left it short. Its stage then rests
	// on words alone, and the follow-up policy does not nudge on it.
	JobByModel bool `json:"job_by_model,omitempty"`
	// StageFromSubject: a reply whose stage rests only on words of its
	// subject ("Re: Thank you for today" puts it at awaiting_decision),
	// which are the reader's own, not on anything its sender wrote: the
	// follow-up policy does not nudge on it, as its words may be a no
	// the rules do not know.
	StageFromSubject bool `json:"stage_from_subject,omitempty"`
	// ThanksOnly: an acknowledgement or a word after an interview that
	// only thanks (for the application, for the interview), nothing
	// received, reviewed, decided or promised, which is how a no opens
	// too: the follow-up policy does not nudge on it.
	ThanksOnly bool `json:"thanks_only,omitempty"`
	// AnswerAttached: the body only points at a letter attached about the
	// application ("Please see the attached letter regarding your
	// application", "veuillez trouver ci-joint notre réponse concernant
	// votre candidature"), and says nothing of what it decides. hearback
	// does not read attachments: the follow-up policy does not nudge on
	// it, and tells the user to open the letter (attached.go).
	AnswerAttached bool `json:"answer_attached,omitempty"`
	// RetractsNo: the message takes back a no as sent in error ("Please
	// disregard it. Your application is still very much active",
	// retraction.go): a thread that no closed opens again (thread.go).
	RetractsNo bool     `json:"retracts_no,omitempty"`
	Reasons    []string `json:"reasons"`
	// Failed: the rules failed on this message (a bug, not the mail's
	// fault); the verdict is "not job mail" and says so in Reasons, so that
	// one message cannot stop a sync or a check.
	Failed string `json:"failed,omitempty"`

	screened bool // from Screen: headers only (screen.go)
	// pressSense: the interview this message speaks of is a show's, a
	// paper's or a study's, by the message it answers (thread.go).
	pressSense bool
}

// Scoring. A message is a job message at jobThreshold points: one strong
// process phrase plus any supporting word, or several supporting words.
const (
	jobThreshold  = 3.0
	capBodyHiring = 5.0 // many weak words must not outvote negatives
	capSubjHiring = 3.0
	atsWeight     = 3.0
	hrSuiteWeight = 1.5
	// hiringSenderWeight: a message from careers@ or talent@ is about
	// hiring, most often the reader's own.
	hiringSenderWeight = 1.5
	jobBoardWeight     = -1.0
	listHdrWeight      = -3.0
	capOtherSense      = 5.0
	capAlert           = 8.0
	capNewsletter      = 4.0
	capMarketing       = 5.0
	receiptWeight      = -3.0
	bulkAlertMin       = 4.0 // alert points that make a message bulk by content
	bulkLetterMin      = 3.0
	// interviewAlone is what the bare word "interview" is worth without any
	// other hiring word: podcasts and user research use it too.
	interviewAlone = 0.5
	// calendarInterview: an invitation titled "Interview" is a hiring
	// interview unless research or press words say otherwise.
	calendarInterview = 2.5
	// titleWeight: a job title next to a word for the post ("the Design
	// Lead position", "Senior Backend Engineer interview").
	titleWeight = 2.0
	// Stage language is hiring evidence too: a rejection, an offer or a
	// withdrawal is about one hiring process whatever else it says.
	closingStageWeight = 2.5
	// rejectionWeight: a decision against the reader is about one
	// application, whatever words it is made of; elsewhereTerms and
	// thirdPartyTerms keep a landlord's or a colleague's "no" out.
	rejectionWeight = 3.0
	// statusWeight: a status line whose value is a no (statusDecision)
	statusWeight    = 2.0
	capElsewhere    = 6.0
	awaitingWeight  = 1.5
	scheduledWeight = 1.0
	// promiseWeight is added to a message with some hiring evidence
	// (promiseContextMin) that promises further contact. 1.5 rather than
	// 2: one hiring word of weight in a reply's conversation ("a quick
	// debrief on today's call") with a promise of an answer after the
	// meeting makes a job message; in the written tuning part it took
	// job recall 3980 -> 3986 of 4172 at the same 51 false.
	promiseWeight     = 1.0
	promiseContextMin = 1.5
	// meetingReplyPromiseWeight is promiseWeight for a message after a
	// meeting, a reply or not ("SV: Tack för i dag ... hör av oss på
	// torsdag", "Tak for i dag ... vi vender tilbage senest fredag").
	meetingReplyPromiseWeight = 1.5
	// confirmedInterviewWeight is what a fixed interview time in words of
	// confirmation adds to a message already at confirmedInterviewMin
	// (see confirmsInterview).
	confirmedInterviewWeight = 0.5
	confirmedInterviewMin    = 2.0
)

// doc is a message prepared once: normalized text, tokens, lexicon hits.
type doc struct {
	m        *mailmsg.Message
	subj     string
	body     string
	subjToks []string
	bodyToks []string
	toks     *[]string // both token lists, from tokenBufs
	subjHits [numClasses][]hit
	bodyHits [numClasses][]hit
	marks    []int32 // sentence ends in bodyToks (appendTokensMarked)
	oc       *outcome
	// quoted is the message a reply quotes (quotedText), and its
	// lexicon hits by class (quotedHits).
	quoted        string
	quotedSet     bool
	quotedHitsBy  [numClasses][]hit
	quotedHitsSet bool
	// convScore is quotedScore of the reply and its quote (convScoreOf).
	convScore    float64
	convScoreSet bool
	sents        []sentence
	split        bool
	lg           lang
	langSet      bool
	// offerEv is offerEvidence's answer (offer_evidence.go).
	offerEv   string
	offerSet  bool
	offerFams int
	// appliedFor and appliedPost are readAppliedFor's answers
	// (appliedfor.go).
	appliedFor    string
	appliedPost   bool
	appliedForSet bool
	// interviewFor: the thing of another kind was named as what an
	// interview is for ("to interview for the Executive MBA program")
	interviewFor bool
	// ownWhy is readersOwn's answer (readersown.go), asked by both the
	// outcome and the promises.
	ownWhy string
	ownOK  bool
	ownSet bool
}

func (d *doc) sentences() []sentence {
	if !d.split {
		d.sents = splitSentences(d.body)
		d.split = true
	}
	return d.sents
}

func (d *doc) lang() lang {
	if !d.langSet {
		d.lg = guessLang(d.bodyToks)
		d.langSet = true
	}
	return d.lg
}

func (d *doc) has(c class) bool { return len(d.subjHits[c]) > 0 || len(d.bodyHits[c]) > 0 }

// first returns the first matched phrase of a class, for reasons.
func (d *doc) first(c class) string {
	if len(d.bodyHits[c]) > 0 {
		return d.bodyHits[c][0].t.text
	}
	if len(d.subjHits[c]) > 0 {
		return d.subjHits[c][0].t.text
	}
	return ""
}

// verdictBuilder accumulates the score together with its reasons, so the two
// cannot drift apart.
type verdictBuilder struct {
	// answersAcceptance: a reply to the reader's thanks for, yes to or
	// terms on an offer (answersAcceptance)
	answersAcceptance bool
	// promiseSentence is the words of the promise found (setPromise), or
	// the sentence of an undated one.
	promiseSentence string
	v               Verdict
	// hiringSender: From is a recruiting mailbox (careers@, talent@).
	hiringSender bool
	// mailingBox: a platform's mailing mailbox (mailingMailboxWords), whose
	// list header counts though the platform is an ATS
	mailingBox bool
	// replyMeeting: InterviewAt is the meeting a reply confirms or moves
	// (meetingOfReply).
	replyMeeting bool
	// candidateThanks: the message is a candidate's thank-you after an
	// interview (thanks.go), which waits on the decision.
	candidateThanks bool
	// postReply: the stage of what a reply under a post's subject does
	// (postOfReply), when that made it job mail
	postReply Stage
	// ctxPoints are the points threadContext gave, its reason at
	// Reasons[ctxReason] (dropContext).
	ctxPoints float64
	ctxReason int
	// logisticsPromise: the promise is of a meeting's logistics ("mañana
	// te envío la invitación"), which leaves the meeting a reply confirms
	// to be read.
	logisticsPromise bool
	// readersOwn: the message is the reader's own (readersown.go), whose
	// promises are none made to them.
	readersOwn bool
	// meetingConfirmed: the message confirms a meeting (dates), which
	// changes what its promises are about.
	meetingConfirmed bool
	// othersHiring: the message is about someone else's hiring (the
	// reader on the employer's side), so its promises are that hiring's.
	othersHiring bool
	// jobModelPts are the job model's points (jobmodel.go), 0 when it
	// was not asked or said nothing.
	jobModelPts float64
	// listHdr names the list or unsubscribe header that took
	// listHdrWeight points, "" when none did.
	listHdr string
	// footerPts are the points newsletter and marketing language took
	// (a mailing's footer: "email preferences", "unsubscribe").
	footerPts float64
	// othersLeft: the message promises an answer while the writer is
	// still seeing others (othersleft.go).
	othersLeft bool
	// eitherWay: a promise of an answer "either way", the decision to come
	eitherWay bool
	// pressQuote: the interview the message speaks of is the press's or a
	// study's, by the message it answers (quoteOfPressSense).
	pressQuote bool
}

func (b *verdictBuilder) add(w float64, format string, args ...any) {
	b.v.Score += w
	r := fmt.Sprintf(format, args...)
	if w != 0 {
		r = fmt.Sprintf("%s (%+.2g)", r, w)
	}
	b.v.Reasons = append(b.v.Reasons, r)
}

func (b *verdictBuilder) note(format string, args ...any) {
	b.v.Reasons = append(b.v.Reasons, fmt.Sprintf(format, args...))
}

// Classify labels one message. It never fails: a message without text or
// date still gets a verdict from its headers.
func Classify(m *mailmsg.Message) Verdict {
	return classify(m, false)
}

// failHook lets a test make the rules fail on a message.
var failHook func(*mailmsg.Message)

// classify is Classify; with wordsOnly, a message whose headers and words
// give no hiring evidence (a score of at most 0, which nothing after the
// vocabulary changes) is returned screened, without the analysis of its
// sentences (absence, promises, dates, questions): see Ingest.
func classify(m *mailmsg.Message, wordsOnly bool) (v Verdict) {
	defer func() {
		if r := recover(); r != nil {
			v = Verdict{Stage: StageOther, Failed: fmt.Sprint(r),
				Reasons: []string{fmt.Sprintf("the classifier failed on this message (%v): read as no job mail", r)}}
		}
	}()
	if failHook != nil {
		failHook(m)
	}
	b := &verdictBuilder{v: Verdict{Stage: StageOther}}
	if m == nil {
		b.note("no message")
		return b.v
	}
	var d doc // on the stack: it is large and lives for this call only
	d.prepare(m)
	defer d.release()

	ats := b.headers(&d)
	b.vocabulary(&d, ats)
	b.threadContext(&d)
	if b.v.Score < jobThreshold && !b.v.Bulk && !ruleOff("answers-acceptance") {
		if q := answersAcceptance(&d); q != "" {
			b.add(jobThreshold-math.Max(b.v.Score, 0), "answers your words on the offer it quotes: %q", q)
			b.answersAcceptance = true
		}
	}
	b.v.Outcome = math.Round(d.outcome().reject()*100) / 100
	if wordsOnly && b.v.Score <= 0 {
		b.v.Score = math.Round(b.v.Score*100) / 100
		b.v.screened = true
		return b.v
	}
	ooo := b.outOfOffice(&d)
	b.dates(&d, ooo)
	if !ooo && b.v.InterviewAt == nil && (b.v.PromiseAt == nil || b.logisticsPromise) && !b.v.PromiseUndated && !d.m.Date.IsZero() {
		b.meetingOfReply(&d)
	}
	if b.v.Score > 0 && b.v.Score < jobThreshold && !b.v.Bulk && !ooo {
		b.interviewOfReply(&d)
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo {
		b.postOfReply(&d)
	}
	if b.v.Score >= confirmedInterviewMin && b.v.Score < jobThreshold && !b.v.Bulk && !ooo && confirmsInterview(&d, b.v.InterviewAt != nil) &&
		!ruleOff("confirmed-interview") {
		// "you're booked in for Thursday at 9:00am ... bring a photo
		// ID" under "Re: Superday availability": the words confirm a
		// meeting, the subject or body names it an interview, and its
		// time is fixed
		b.add(confirmedInterviewWeight, "confirms the time of an interview")
	}
	// A promise of further contact in a message that already talks about a
	// post ("thanks for your interest in the Data Engineer opening, we'll let
	// you know next week") is someone handling that application.
	// A promise of an answer from someone the reader has met, or who is
	// meeting candidates ("I'll update you by Thursday, still seeing two
	// candidates"), is a decision to come: after-interview language in
	// other words.
	if b.v.Score > 0 && b.v.Score < jobThreshold && b.awaitsAnswer(&d) {
		// after-interview language and such a promise together ("suite
		// à notre échange ... je vous donne une réponse début de semaine
		// prochaine") are a decision to come as well
		b.add(awaitingWeight, "promises an answer after meeting")
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo {
		if why := referencesAsked(&d); why != "" {
			b.add(referenceCheckWeight, "asks for your references: %q", why)
		}
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo {
		if why, ok := candidateThanks(&d); ok {
			b.add(candidateThanksWeight, "a candidate's thanks after an interview: %s", why)
			b.candidateThanks = true
		}
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo && (b.v.PromiseAt != nil || b.v.PromiseUndated) {
		if q := d.quotedText(); q != "" && (newsRequests.contains(q) && (interviewNouns.contains(q) || panelWords.contains(q) ||
			interviewNouns.contains(d.subj) && !ruleOff("chase-subject")) || meetingThanks.contains(q)) &&
			!d.has(clsOtherSense) && len(thirdPartyHits(&d)) == 0 && !quoteOfOtherSense(&d) {
			// (the interview the chase is about may be named in the
			// subject only: "RE: Interview with Rasmus – feedback?" above
			// "any news from Rasmus after Wednesday?")
			// "Any word from Ashgrove since Tuesday's interview?" or "thanks
			// so much for taking the time today" answered "they're seeing
			// one more person tomorrow, I'll come back to you by Thursday":
			// the reader chasing a decision after an interview, or thanking
			// for a conversation, and the promise of an answer (a chase
			// after any meeting is not: "any news on the quote since our
			// meeting?")
			b.add(jobThreshold-math.Max(b.v.Score, 0), "promises an answer to your question about news after an interview, or to your thanks for a conversation")
		}
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo && (b.v.PromiseAt != nil || b.v.PromiseUndated) && !ruleOff("others-left") {
		if why := decisionAmongOthers(&d); why != "" {
			b.add(math.Min(othersLeftWeight, jobThreshold-b.v.Score), "promises an answer while still seeing others: %q", why)
			b.othersLeft = true
		}
	}
	if b.v.Score < jobThreshold && !b.v.Bulk && !ooo && (b.v.PromiseAt != nil || b.v.PromiseUndated) && eitherWayCues.contains(d.body) &&
		!d.has(clsElsewhere) && !d.has(clsOtherSense) && len(thirdPartyHits(&d)) == 0 && !ruleOff("either-way") {
		// "I'll write to you by Wednesday 17th either way", "you'll have
		// an answer by Friday either way": a decision on the reader to
		// come, yes or no, which people promise of an application
		b.add(math.Min(eitherWayWeight, jobThreshold-math.Max(b.v.Score, 0)), "promises an answer either way")
		b.eitherWay = true
	}
	if (b.v.PromiseAt != nil || b.v.PromiseUndated) && b.v.Score >= promiseContextMin && b.v.Score < jobThreshold {
		if d.has(clsAwaiting) && !d.has(clsOtherSense) && !ruleOff("reply-after-meeting-promise") {
			b.add(meetingReplyPromiseWeight, "a word after a meeting that promises further contact")
		} else {
			b.add(promiseWeight, "promises further contact about the post")
		}
	}
	if b.v.Score >= promiseContextMin && b.v.Score < jobThreshold && !b.v.Bulk {
		if s := slotQuestion(&d); s != "" {
			b.add(slotWeight, "asks about a time for a meeting about the post: %q", clip(s))
		}
	}
	if !b.v.Bulk && !ooo && !b.v.AutoReply && !b.pressQuote {
		// an automatic reply is about the thread it answers, which
		// has its own verdict; a reply about the press interview it
		// answers is no hiring conversation, however like one it reads
		if pts, why := jobModel.jobPoints(&d, b.v.Score, b.ctxPoints > 0); pts > 0 {
			b.add(pts, "the words of a hiring conversation (%s)", why)
			b.jobModelPts = pts
			b.promisesAfterModel(&d)
		} else if conv, why := jobModel.conversationPoints(&d, b.v.Score); conv > 0 && !ruleOff("conversation-model") {
			b.add(conv, "a reply in a hiring conversation, by the words of both and the message it quotes (%s)", why)
			b.jobModelPts = conv
		}
	}
	if b.v.Score >= jobThreshold && acceleratorSelection(&d) && !ruleOff("accelerator-selection") {
		// "thanks for interviewing with us ... if we'd like to make you an
		// offer to join the batch, one of the partners will call": an
		// accelerator choosing founders, in hiring's every word (r73)
		b.add(-(b.v.Score - jobThreshold + 0.5), "an accelerator's selection of founders, not a post")
	}
	b.dropContext()
	b.v.Score = math.Round(b.v.Score*100) / 100
	b.v.Job = b.v.Score >= jobThreshold
	if !b.v.Job && b.v.Bulk && ats == "" && b.listHdr != "" && b.v.Score-listHdrWeight+b.footerPts >= jobThreshold &&
		domainIn(mailmsg.Domain(d.m.From.Email), boardStatusDomains) != "" && !ruleOff("board-status") && jobBoardDecision(&d) {
		// a job board's word on one application of the reader's, sunk
		// only by the header and footer of the mailings it also sends
		// ("Good news - your application ... has been sent to the
		// employer" above "Unsubscribe from these emails")
		b.add(-listHdrWeight, "a job board's update on your application: its %s does not count", b.listHdr)
		if b.v.Score < jobThreshold && b.footerPts > 0 {
			b.add(b.footerPts, "nor does its mailing footer")
		}
		b.v.Job = true
	}
	if b.v.Job && b.v.Bulk && (ats == "" || b.mailingBox) {
		if jobBoardDecision(&d) && !(b.mailingBox && d.has(clsNewsletter) && statusDecision(&d) == "" && d.outcome().rejected()) {
			// (a platform's newsletter that quotes a no as an article's
			// title, "« Votre candidature n'a pas été retenue » : comment
			// rebondir", decides nothing; its status line on one
			// application, "New status: Position Filled - Not Selected",
			// does, and so does its acknowledgement of one: "Your
			// application has been submitted to Cedar Hollow Regional
			// School District")
			// A job board's update on the reader's own application
			// ("Actualización de tu postulación": not selected) is sent
			// like a newsletter but decides one application, like an ATS;
			// a decision said of "your application" whatever footer
			// (unsubscribe, email preferences) the sender adds.
			b.v.Bulk = false
			b.note("a job board's update on your application is no bulk mail")
			if !ooo && b.v.PromiseAt == nil && !b.v.PromiseUndated {
				// read as bulk until now, its promise was not: "we'll be
				// in touch within 5 working days to let you know what
				// happens next"
				b.promisesIfGated(&d)
			}
		} else {
			b.v.Job = false
			b.note("bulk mail is not a conversation with an employer")
		}
	}
	if b.v.Job && !ruleOff("forwarders-own") {
		if name := forwardersOwn(d.m); name != "" {
			// "Fwd: my turn lol ... Dear Jordan, ... we will not be moving
			// forward with your candidacy" from Jordan (r88): a friend's
			// own no, sent on to the reader; an agency forwarding its
			// client's word on the reader names the reader, not itself
			b.v.Job = false
			b.note("a forward of mail that greets its forwarder (%q): someone else's hiring", name)
		}
	}
	if b.v.Job && ooo {
		// Its subject only echoes the message it answers; the thread it
		// belongs to says what it is about.
		b.v.Job = false
		b.note("an absence notice says nothing about the hiring process")
	}
	if b.v.AutoReply {
		b.v.Automated = false // the narrower word
	}
	if !b.v.AutoReply && !b.v.Bulk {
		b.asks(&d)
	}
	b.v.JobByModel = b.v.Job && b.jobModelPts > 0 && b.v.Score-b.jobModelPts < jobThreshold
	if b.v.Job {
		b.stage(&d)
	}
	if !b.v.Bulk && !b.v.AutoReply && !ooo && b.v.Stage != StageRejected && b.v.Score >= promiseContextMin {
		// after the rules and the stage, which it does not change: a
		// day the rules found no promise for, in mail with some hiring
		// evidence, where a promise is one to wait for (promisemodel.go)
		b.learnedPromise(&d)
	}
	if b.v.PromiseAt == nil && !b.v.PromiseUndated && !ruleOff("thanks-only") {
		switch {
		case b.v.Stage == StageApplicationAck && thanksOnly(&d, clsAck):
			b.v.ThanksOnly = true
			b.note("an acknowledgement that only thanks for the application: nothing received, reviewed or promised")
		case b.v.Stage == StageAwaitingDecision && thanksOnly(&d, clsAwaiting) && !b.candidateThanks:
			b.v.ThanksOnly = true
			b.note("a word after the interview that only thanks for it: nothing decided or promised")
		}
	}
	if b.v.Job && !b.v.Stage.Closes() && b.v.PromiseAt == nil && !b.v.PromiseUndated && answerInAttachment(&d) &&
		!ruleOff("answer-attached") {
		// a promise beside it says what comes next, attachment or not
		b.v.AnswerAttached = true
		b.note("the answer is in an attached letter, which hearback does not read")
	}
	if len(b.v.Reasons) == 0 {
		b.note("no evidence either way")
	}
	return b.v
}

// jobBoardDecision reports bulk mail that decides one application of the
// reader's: a subject or status line that names the application with a
// rejection or an acknowledgement ("Update on your application",
// "Status: not shortlisted"), or, under any subject, a rejection that
// governs the reader's own application in mail with no newsletter,
// marketing or job-alert language ("wir haben uns für eine andere
// Kandidatin entschieden" relayed by a job board's messaging). A
// newsletter that quotes a rejection ("'we've decided to move forward with
// other candidates' - sound familiar?") names no application of the
// reader's and carries its own newsletter words; a decline said of the
// reader's application itself decides it whatever the footer.
func jobBoardDecision(d *doc) bool {
	oc := d.outcome()
	clean := !d.has(clsNewsletter) && !d.has(clsMarketing) && !d.has(clsAlert)
	status := statusDecision(d) != ""
	if subjectNamesApplication(d.subjHits, d.subjToks) || status {
		if oc.rejected() && (clean || ownDecision(d) || oc.fams["declined"].w > 0 && !selfPublished(d) ||
			status && !alertListings(d) && !ruleOff("status-decides")) {
			return true
		}
		// an acknowledgement of the application the subject names
		// ("Your application for Data Lead was sent") under a portal's
		// footer, but not beside a job alert's listings
		return d.has(clsAck) && (clean || !weakAck(d) && !d.has(clsAlert) && d.m.ListID == "")
	}
	// A discussion list (List-ID) relays its members' mail: a "your
	// application" there is said to whoever the member answers.
	if d.m.ListID != "" || !oc.rejected() {
		return false
	}
	// A decline whose object is the reader's own application ("we won't
	// be taking your application forward") decides it whatever footer an
	// assessment platform adds (unsubscribe, "you are receiving this
	// because you applied"); only a job alert's listings stay bulk.
	if clean && ownDecision(d) || oc.self && !d.has(clsAlert) {
		return true
	}
	// A board's word on one application heads the mail and its listings
	// follow ("Copperline Foods has decided not to proceed with your
	// application" above "Top jobs for you"); a digest opens with its
	// listings and names an application, if at all, below them.
	if oc.self && applicationBeforeListings(d) && !ruleOff("decision-above-listings") {
		return true
	}
	// A no whose text has nothing of a mailing in it (no unsubscribe
	// line, newsletter or alert words) is one person's word to the
	// reader, whatever header the sending platform adds: a headhunter's
	// "the client went with a candidate who ..." sent through a job
	// board's relay, an ATS's decline with only its header.
	if clean && !ruleOff("clean-decline") {
		return true
	}
	// A post the reader applied to, filled or closed ("Thank you for
	// applying to Job #BSC-11872 ... our client has now filled this
	// position"), decides that application under a staffing firm's footer
	// too ("you are receiving this email because you applied to a job");
	// a job alert's listings stay bulk.
	self, _ := sumDistinct(append(d.bodyHits[clsSelfCand], d.subjHits[clsSelfCand]...), 10)
	return oc.fams["declined"].w > 0 && self >= 2 && !alertListings(d) && !ruleOff("applied-post-decided")
}

// applicationBeforeListings reports the reader's own application named
// in the body before any job-alert listing.
func applicationBeforeListings(d *doc) bool {
	first := -1
	for _, h := range d.bodyHits[clsSelfCand] {
		if first < 0 || h.pos < first {
			first = h.pos
		}
	}
	if first < 0 {
		return false
	}
	for _, h := range d.bodyHits[clsAlert] {
		if h.pos < first && !strings.HasPrefix(h.t.text, "because you applied") {
			return false
		}
	}
	return true
}

// alertListings reports job-alert language other than a footer's reason
// for sending ("because you applied to"): listings of other jobs.
func alertListings(d *doc) bool {
	for _, hs := range [][]hit{d.bodyHits[clsAlert], d.subjHits[clsAlert]} {
		for _, h := range hs {
			if !strings.HasPrefix(h.t.text, "because you applied") {
				return true
			}
		}
	}
	return false
}

func (d *doc) prepare(m *mailmsg.Message) {
	d.m = m
	subj := m.Subject
	if sum := calendarSummary(m.Calendar); sum != "" {
		subj += " \n " + sum
	}
	d.subj = normalize(subj)
	if forwarded(m) {
		// what a forward shows is the message it forwards ("Fwd:
		// Candidate feedback": the agency's "see below" above the
		// client's no), not only the note above it
		d.body = normalize(withoutHeaderLines(m.Excerpt))
	} else {
		d.body = cutQuoted(normalize(m.OwnWords()))
	}
	d.toks = tokenBufs.Get().(*[]string)
	toks := appendTokens((*d.toks)[:0], d.subj)
	n := len(toks)
	d.marks = make([]int32, 0, 16)
	toks = appendTokensMarked(toks, d.body, &d.marks)
	for i := range d.marks {
		d.marks[i] -= int32(n)
	}
	d.subjToks, d.bodyToks = toks[:n:n], toks[n:]
	*d.toks = toks
	lex.scan(d.subjToks, func(h hit) {
		if termsOff == nil || !termsOff[h.t.text] {
			d.subjHits[h.t.cls] = append(d.subjHits[h.t.cls], h)
		}
	})
	lex.scan(d.bodyToks, func(h hit) {
		if termsOff == nil || !termsOff[h.t.text] {
			d.bodyHits[h.t.cls] = append(d.bodyHits[h.t.cls], h)
		}
	})
	d.bodyHits[clsElsewhere] = append(withoutInstitutions(d.bodyToks, d.bodyHits[clsElsewhere]), compoundHits(d.bodyToks)...)
	d.bodyHits[clsElsewhere] = withoutSenderNames(d.bodyHits[clsElsewhere], d.m)
	d.bodyHits[clsElsewhere] = withoutVisaForPost(d, d.bodyHits[clsElsewhere])
	d.bodyHits[clsOtherSense] = withoutInterviewMedium(d.bodyToks, d.bodyHits[clsOtherSense])
	body := d.bodyToks
	if !ruleOff("talk-heard") {
		// "I came across your talk on multi-region metadata" opens a
		// sourcer's message: a talk someone saw, none submitted
		d.bodyHits[clsElsewhere] = slices.DeleteFunc(d.bodyHits[clsElsewhere], func(h hit) bool {
			return h.t.text == "your talk" && h.pos > 0 && talkHeard[body[h.pos-1]]
		})
	}
	if !ruleOff("visa-grant") {
		// "a copy of your visa grant notice", "subject to visa grant":
		// the visa granted, no grant applied for
		d.bodyHits[clsElsewhere] = slices.DeleteFunc(d.bodyHits[clsElsewhere], func(h hit) bool {
			return h.t.text == "grant" && h.pos > 0 && body[h.pos-1] == "visa"
		})
	}
	d.bodyHits[clsElsewhere] = withoutPostBenefits(body, d.marks, d.bodyHits[clsElsewhere])
	d.bodyHits[clsElsewhere] = withoutTravelForPost(d, d.bodyHits[clsElsewhere])
	if !ruleOff("letting-know") {
		// "thank you for letting us know": a lettings agent's word in a
		// sentence that lets someone know something (r48)
		d.bodyHits[clsElsewhere] = slices.DeleteFunc(d.bodyHits[clsElsewhere], func(h hit) bool {
			return h.t.text == "letting" && h.pos+1 < len(body) && lettingObjects[body[h.pos+1]]
		})
	}
	if len(d.bodyHits[clsProgress]) > 0 && !ruleOff("org-name-step") {
		// "I am a recruiter at Baltic Hire, we are agency from Gdańsk"
		// from baltichire.pl (r89): the sender's own name, no one hired
		// (its label looked up only where a step was found)
		if label := OrgLabel(mailmsg.Domain(m.From.Email)); len(label) >= 6 {
			d.bodyHits[clsProgress] = slices.DeleteFunc(d.bodyHits[clsProgress], func(h hit) bool {
				return len(h.t.words) == 1 && inOrgName(body, h.pos, label)
			})
		}
	}
	if !ruleOff("freeze-lifted") {
		// "il consiglio ha revocato il blocco delle assunzioni", "the
		// hiring freeze has been lifted": the freeze ended, the post goes
		// on (r85)
		d.bodyHits[clsWithdrawn] = slices.DeleteFunc(d.bodyHits[clsWithdrawn], func(h hit) bool {
			return freezeLifted(body, d.marks, h)
		})
	}
	if !ruleOff("panel-feedback") {
		// "the hiring panel has its feedback session on Wednesday" is the
		// panel deciding, not a user-research session
		d.bodyHits[clsOtherSense] = slices.DeleteFunc(d.bodyHits[clsOtherSense], func(h hit) bool {
			return h.t.text == "feedback session" && hiringPanelBefore(body, h.pos)
		})
	}
	d.bodyHits[clsOtherCand] = withoutPossessiveHer(d.bodyToks, d.bodyHits[clsOtherCand])
	d.bodyHits[clsScheduled] = withoutSomeOtherTime(d.bodyToks, d.marks, d.bodyHits[clsScheduled])
	d.bodyHits[clsWithdrawn] = withoutReadersOption(d.bodyToks, d.marks, d.bodyHits[clsWithdrawn])
	d.bodyHits[clsOutcomeCue] = withoutPortalAction(d.bodyToks, d.bodyHits[clsOutcomeCue])
	d.bodyHits[clsElsewhere] = withoutWorksite(d.bodyToks, d.marks, d.bodyHits[clsElsewhere])
	d.bodyHits[clsElsewhere] = withoutPostField(d.bodyToks, d.marks, d.bodyHits[clsElsewhere])
	d.subjHits[clsElsewhere] = withoutPostField(d.subjToks, nil, d.subjHits[clsElsewhere])
	d.subjHits[clsElsewhere] = append(d.subjHits[clsElsewhere], compoundHits(d.subjToks)...)
	d.bodyHits[clsNewsletter] = withoutCalendarFooter(d.bodyToks, d.marks, d.bodyHits[clsNewsletter])
	d.bodyHits[clsNewsletter] = withoutNewsletterTopic(d.bodyToks, d.marks, d.bodyHits[clsNewsletter])
	d.subjHits[clsElsewhere] = withoutInstitutions(d.subjToks, d.subjHits[clsElsewhere])
	d.dropEmployerSchool()
	d.bodyHits[clsNeg] = withoutConnectives(d.bodyToks, d.bodyHits[clsNeg])
	d.subjHits[clsNeg] = withoutConnectives(d.subjToks, d.subjHits[clsNeg])
	if !ruleOff("french-location") && d.lang() != langFR {
		// "location" is a rental in French ("une location meublée") and
		// the place of an interview in English ("Location: 12 Foundry St")
		rental := func(h hit) bool { return h.t.text == "location" }
		d.bodyHits[clsElsewhere] = slices.DeleteFunc(d.bodyHits[clsElsewhere], rental)
		d.subjHits[clsElsewhere] = slices.DeleteFunc(d.subjHits[clsElsewhere], rental)
	}
}

// lettingObjects follow "letting" when it lets the writer or the reader
// know or do a thing: "letting us know", "letting me join".
// inOrgName reports the word at k joined to its neighbour as the
// organisation's label of the sender's domain: "Baltic Hire" of
// baltichire.pl (and of jobs.baltichire.pl).
func inOrgName(toks []string, k int, label string) bool {
	return k > 0 && toks[k-1]+toks[k] == label || k+1 < len(toks) && toks[k]+toks[k+1] == label
}

// freezeLifted reports a freeze ended by the verb before or after it in
// its sentence.
func freezeLifted(toks []string, marks []int32, h hit) bool {
	if !slices.ContainsFunc([]string{"freeze", "blocco", "congelamento", "stop"}, func(w string) bool { return strings.Contains(h.t.text, w) }) {
		return false
	}
	end := h.pos + len(h.t.words)
	for k := max(h.pos-3, 0); k < len(toks) && k < end+4; k++ {
		if (k < h.pos || k >= end) && liftWords[toks[k]] && !crosses(marks, min(k, h.pos), max(k, h.pos)) {
			return true
		}
	}
	return false
}

var liftWords = map[string]bool{"lifted": true, "lifting": true, "lift": true, "revocato": true, "revocata": true,
	"aufgehoben": true, "levantado": true, "levantada": true, "levantó": true, "opgeheven": true, "levé": true, "levée": true}

// sittersIn: the word before "sit in on" that makes the one sitting in
// someone the writer let in or had there: "thank you for letting me sit in
// on", "the students we had sit in on the demonstration" (r86)
var sittersIn = map[string]bool{"me": true, "had": true, "have": true}

var lettingObjects = map[string]bool{"us": true, "me": true, "know": true, "you": true, "him": true, "her": true, "them": true}

// withoutSomeOtherTime drops a Scandinavian "see you" that names no
// meeting but some day to come ("Jag hoppas verkligen att vi ses i något
// annat sammanhang", "vi ses derude", "vi ses igen"): the goodbye of a no,
// not a confirmation.
func withoutSomeOtherTime(toks []string, marks []int32, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.t.text == "vi ses" && someOtherTimeAfter(toks, marks, h.pos+2) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// withoutWorksite drops a building named as the work a trade does on it
// ("the Site Electrician role on our Frankton Road apartment project",
// "we're second-fixing a block of 24 apartments", "the new childcare
// centre, big green hoarding out front"): a site, not a flat or a nursery
// place applied for.
func withoutWorksite(toks []string, marks []int32, hits []hit) []hit {
	if len(hits) == 0 || ruleOff("worksite") {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool {
		if !worksiteBuildings[h.t.text] {
			return false
		}
		end := h.pos + len(h.t.words)
		for k := end; k < len(toks) && k < end+2 && !crosses(marks, end-1, k); k++ {
			if worksiteAfter[toks[k]] {
				return true
			}
		}
		for k := h.pos - 1; k >= 0 && k >= h.pos-4 && !crosses(marks, k, h.pos); k-- {
			if worksiteBefore[toks[k]] {
				return true
			}
		}
		return false
	})
}

// withoutPostField drops a word of another kind of application that
// names the field of a post, right before its title or the word for the
// post: "Assistant Property Manager", "Lettings Negotiator", "property
// management roles", "School Administrator" (r61). The reader works in
// that field; they applied for no flat, school place or loan.
func withoutPostField(toks []string, marks []int32, hits []hit) []hit {
	if len(hits) == 0 || ruleOff("post-field") {
		return hits
	}
	subject := marks == nil
	return slices.DeleteFunc(hits, func(h hit) bool {
		end := h.pos + len(h.t.words)
		if end >= len(toks) || crosses(marks, end-1, end) {
			return false
		}
		if fieldPosts[toks[end]] {
			return true // "property management roles"
		}
		if !fieldTitles[toks[end]] {
			return false
		}
		if subject {
			return true // a subject naming the post: "Assistant Property Manager - Upper West Side"
		}
		// in the body, the title must be the post's ("a Senior Block
		// Manager role"), not a signature's ("Trina Kessler | Leasing
		// Manager" under a flat's decline)
		for k := end + 1; k < len(toks) && k <= end+2 && !crosses(marks, end, k); k++ {
			if fieldPosts[toks[k]] {
				return true
			}
		}
		return false
	})
}

// fieldTitles follow a field's word in a post's title; fieldPosts are
// the words for the post itself.
var (
	fieldTitles = map[string]bool{"manager": true, "managers": true, "negotiator": true, "negotiators": true,
		"coordinator": true, "administrator": true, "consultant": true, "consultants": true, "officer": true,
		"specialist": true, "assistant": true, "advisor": true, "adviser": true, "director": true, "surveyor": true,
		"executive": true, "analyst": true, "supervisor": true}
	fieldPosts = map[string]bool{"role": true, "roles": true, "job": true, "jobs": true, "position": true,
		"positions": true, "vacancy": true, "vacancies": true, "post": true, "opening": true, "openings": true}
)

var (
	worksiteBuildings = map[string]bool{"apartment": true, "apartments": true, "residences": true, "childcare": true}
	worksiteAfter     = map[string]bool{"project": true, "development": true, "build": true, "site": true, "centre": true, "center": true, "fit-out": true, "job": true}
	worksiteBefore    = map[string]bool{"block": true, "second-fixing": true, "first-fixing": true, "fixing": true, "wiring": true, "building": true, "renovating": true, "fit-out": true}
)

// withoutReadersOption drops a withdrawal the writer leaves to the reader
// ("If you no longer wish to be considered from the reserve list, please
// let us know", "should you wish to withdraw your application"): an
// option offered, not a withdrawal made; nor is the employer's
// "decided to decline to proceed" one (employerDeclinesToProceed).
func withoutReadersOption(toks []string, marks []int32, hits []hit) []hit {
	if len(hits) == 0 || ruleOff("readers-option") {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if optionBefore(toks, marks, h.pos) || employerDeclinesToProceed(toks, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// employerDeclinesToProceed: "decided to decline" followed by "to
// proceed" is the employer's no ("the client has decided to decline to
// proceed your candidacy to the final interview", r81), not the reader
// declining an offer.
func employerDeclinesToProceed(toks []string, h hit) bool {
	e := h.pos + len(h.t.words)
	return h.t.text == "decided to decline" && e+1 < len(toks) && toks[e] == "to" && toks[e+1] == "proceed" &&
		!ruleOff("decline-to-proceed")
}

// withoutPortalAction drops "withdraw your application" said as one of
// the reader's actions on a portal ("To update your profile or withdraw
// your application, visit our career portal", "you can log in to view,
// update or withdraw your application"), not a withdrawal the employer
// decided ("we have decided to withdraw your application").
func withoutPortalAction(toks []string, hits []hit) []hit {
	if ruleOff("portal-action") {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool {
		if h.t.text != "withdraw your application" || h.pos == 0 {
			return false
		}
		switch toks[h.pos-1] {
		case "or", "can", "may", "could":
			return true
		case "to":
			return h.pos >= 2 && (toks[h.pos-2] == "wish" || toks[h.pos-2] == "want" || toks[h.pos-2] == "like")
		}
		return false
	})
}

// optionBefore reports "if you" or "should you" (in the languages of the
// lexicon) within the four words before pos in its sentence.
func optionBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k > 0 && k >= pos-4 && !crosses(marks, k, pos); k-- {
		switch toks[k-1] + " " + toks[k] {
		case "if you", "should you", "si vous", "si usted", "si tu", "wenn sie", "falls sie", "se lei", "se você", "als je", "als u":
			return true
		}
	}
	return false
}

// someOtherTimeAfter reports a word for another occasion within the five
// words after pos in its sentence.
func someOtherTimeAfter(toks []string, marks []int32, pos int) bool {
	for k := pos; k < len(toks) && k < pos+5 && !crosses(marks, pos-1, k); k++ {
		switch toks[k] {
		case "sammanhang", "sammenhæng", "sammenheng", "igen", "igjen", "framöver", "fremover", "framtiden", "fremtiden",
			"derude", "därute", "annat", "annan", "anden", "andet", "annen", "annet", "någon", "nogen", "noen":
			return true
		}
	}
	return false
}

// withoutPossessiveHer drops "her" before its noun ("booking interviews
// with her shortlist"): hers, not a woman someone chose.
func withoutPossessiveHer(toks []string, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.t.text == "her" && h.pos+1 < len(toks) && possessed(toks[h.pos+1]) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// withoutInterviewMedium drops "interviewed by" followed by how or by
// whom a candidate is interviewed ("I interviewed by video on 1 April",
// "interviewed by the panel"): the hiring sense, not the press's.
func withoutInterviewMedium(toks []string, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		end := h.pos + len(h.t.words)
		if h.t.text == "interviewed by" && end < len(toks) && (interviewMedia[toks[end]] ||
			(toks[end] == "the" || toks[end] == "a") && end+1 < len(toks) && interviewPanels[toks[end+1]]) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// talkHeard before "your talk" make it one someone saw, not one submitted
// to a conference: "I came across your talk", "we loved your talk",
// "pointed me to your talk".
var talkHeard = map[string]bool{"across": true, "caught": true, "enjoyed": true, "found": true, "loved": true,
	"watched": true, "saw": true, "heard": true, "of": true, "to": true, "liked": true,
	"about": true} // "the students have not stopped talking about your talk" (r70): a talk given at a campus visit

// hiringPanelBefore: "hiring" and a word for the people deciding ("the
// hiring panel", "the hiring team") in the six words before pos.
func hiringPanelBefore(toks []string, pos int) bool {
	for k := max(0, pos-6); k+1 < pos; k++ {
		if toks[k] == "hiring" && interviewPanels[toks[k+1]] {
			return true
		}
	}
	return false
}

var (
	interviewMedia = map[string]bool{"video": true, "phone": true, "telephone": true, "zoom": true, "teams": true,
		"skype": true, "webex": true}
	// "interviewed by the panel", not "by the Guardian"
	interviewPanels = map[string]bool{"panel": true, "hiring": true, "recruiter": true, "manager": true, "team": true,
		"committee": true}
)

// dropEmployerSchool drops "school" from the words of another kind of
// application in mail that speaks of teaching: there the school is the
// employer ("the Teacher of Mathematics post at our school"), not a place
// applied for for a child (as withoutInstitutions drops "the School of
// Nursing").
func (d *doc) dropEmployerSchool() {
	teaching := func(w string) bool { return teachingWords[w] }
	if ruleOff("employer-school") || !slices.ContainsFunc(d.bodyToks, teaching) && !slices.ContainsFunc(d.subjToks, teaching) {
		return
	}
	school := func(h hit) bool { return schoolWords[h.t.text] }
	d.bodyHits[clsElsewhere] = slices.DeleteFunc(d.bodyHits[clsElsewhere], school)
	d.subjHits[clsElsewhere] = slices.DeleteFunc(d.subjHits[clsElsewhere], school)
}

var schoolWords = map[string]bool{"school": true, "scuola": true, "escola": true, "école": true, "schule": true}

// teachingWords are words for teaching as work, in the languages hearback
// reads.
var teachingWords = map[string]bool{"teacher": true, "teachers": true, "teaching": true, "headteacher": true,
	"lesson": true, "lessons": true, "classroom": true, "curriculum": true, "profesor": true, "profesora": true,
	"docente": true, "professeur": true, "enseignant": true, "enseignante": true, "lehrer": true, "lehrerin": true,
	"lehrkraft": true, "insegnante": true, "professora": true, "leraar": true, "docent": true}

// withoutSenderNames drops a word of another kind of application that is
// the surname of the person who sent the message: "Olivia Grant, Campus
// Recruiting" and "The Revd Dr Philippa Grant" sign no grant. An
// organisation's name ("Pemberton Foundation Grants Office", "Coro Voces
// del Sur") keeps its words.
func withoutSenderNames(hits []hit, m *mailmsg.Message) []hit {
	if m == nil || len(hits) == 0 {
		return hits
	}
	var name []string
	for _, w := range withoutLeadingThe(strings.Fields(strings.ToLower(m.From.Name))) {
		if !honorifics[strings.Trim(w, ".")] {
			name = append(name, w)
		}
	}
	if len(name) < 2 || len(name) > 3 || strings.ContainsAny(m.From.Name, "0123456789&–-|,@") {
		return hits
	}
	for _, w := range name {
		if orgWords[w] {
			return hits
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if len(h.t.words) == 1 && slices.Contains(name[1:], h.t.text) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// politeYours reports phrase (lower case, "ihren lebenslauf") written in
// text with its first letter capitalised inside a sentence: German's
// polite your, "uns Ihren Lebenslauf weitergeleitet", not "her".
func politeYours(text, phrase string) bool {
	lower := strings.ToLower(text)
	for i := 0; ; {
		j := strings.Index(lower[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		if text[j] == 'I' && j >= 2 && text[j-1] == ' ' && !strings.ContainsRune(".!?:\n", rune(text[j-2])) {
			return true
		}
		i = j + len(phrase)
	}
}

// withoutPostBenefits drops the words of another kind of application that
// name a benefit of the post offered: housing the employer helps find ("Le
// laboratoire peut vous aider à trouver un logement", r72) and tuition it
// pays ("full tuition remission", r67). No flat or school was applied to.
func withoutPostBenefits(body []string, marks []int32, hits []hit) []hit {
	if ruleOff("post-benefits") {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool {
		switch h.t.text {
		case "logement", "housing", "accommodation":
			return wordBefore(body, marks, h.pos, 3, housingHelp)
		case "tuition":
			return h.pos+1 < len(body) && tuitionBenefits[body[h.pos+1]]
		}
		return false
	})
}

// withoutTravelForPost drops the travel words of another kind of
// application ("flight", "booking", "reservation") from a message that
// names an interview or a post: the employer books the reader's travel
// to the interview or the new post ("we'll book your flight to Denver
// for the onsite", "your flight to Tokyo is booked for orientation"); no
// trip was applied for.
func withoutTravelForPost(d *doc, hits []hit) []hit {
	if len(hits) == 0 || ruleOff("travel-for-post") || !d.has(clsInterview) && !d.has(clsTitle) {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool { return travelWords[h.t.text] })
}

var travelWords = map[string]bool{"flight": true, "booking": true, "reservation": true}

// housingHelp come before housing an employer helps with or provides.
var housingHelp = map[string]bool{"trouver": true, "find": true, "finding": true, "provide": true, "provided": true,
	"fournit": true, "fourni": true, "helfen": true, "ayudarte": true, "ayudarle": true, "aiutarti": true}

// tuitionBenefits follow "tuition" as an employer's benefit.
var tuitionBenefits = map[string]bool{"remission": true, "waiver": true, "reimbursement": true, "assistance": true,
	"benefit": true, "benefits": true}

// orgWords make a display name an organisation's.
var orgWords = map[string]bool{"office": true, "foundation": true, "trust": true, "school": true, "district": true,
	"team": true, "university": true, "college": true, "council": true, "department": true, "club": true,
	"association": true, "careers": true, "recruiting": true, "recruitment": true, "talent": true, "hr": true,
	"group": true, "ltd": true, "inc": true, "fund": true, "program": true, "programme": true, "admissions": true,
	"coro": true, "choir": true, "academy": true, "institute": true, "society": true, "services": true}

// nynorskNowBefore are the words "no" follows as nynorsk "now" ("har no",
// "er no", "vi no"), not as an English negation.
var nynorskNowBefore = map[string]bool{"har": true, "er": true, "vi": true, "eg": true, "me": true, "dei": true,
	"ho": true, "vart": true, "blir": true, "skal": true}

// withoutConnectives drops a negation that is part of a connective: the
// Portuguese "no entanto" ("however") negates nothing; nor does nynorsk
// "no" (now).
func withoutConnectives(toks []string, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if toks[h.pos] == "no" && h.pos+1 < len(toks) && toks[h.pos+1] == "entanto" {
			continue
		}
		if toks[h.pos] == "no" && h.pos > 0 && nynorskNowBefore[toks[h.pos-1]] {
			continue // nynorsk "now": "Vi har no avslutta tilsetjingsprosessen"
		}
		out = append(out, h)
	}
	return out
}

// withoutCalendarFooter drops a newsletter's "you are receiving this"
// from a calendar invitation's footer ("... because you are an attendee on
// the event"): the invitation is to the reader's own meeting.
func withoutCalendarFooter(toks []string, marks []int32, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if attendeeAfter(toks, marks, h.pos+len(h.t.words)) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// withoutNewsletterTopic drops "newsletter" where it is the subject of
// the conversation, not what the mail is.
func withoutNewsletterTopic(toks []string, marks []int32, hits []hit) []hit {
	if ruleOff("newsletter-as-work") {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool {
		return newsletterNouns[h.t.text] && newsletterAsWork(toks, marks, h.pos)
	})
}

var newsletterNouns = map[string]bool{"newsletter": true, "nieuwsbrief": true, "infolettre": true, "boletín": true}

// newsletterAsWork reports a newsletter someone talks about or works on
// in the four words before pos: "your ideas about the bilingual
// newsletter", "you would edit our member newsletter". A mail that is one
// calls itself so ("our weekly newsletter", "this newsletter").
func newsletterAsWork(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "about", "ideas", "idea", "edit", "editing", "write", "writing", "redesign", "relaunch", "responsible":
			return true
		}
	}
	// or with its verb after it, as Dutch and German put it: "hoe we de
	// webshop en de nieuwsbrief draaien"
	for k := pos + 1; k < len(toks) && k <= pos+2 && !crosses(marks, pos, k); k++ {
		switch toks[k] {
		case "draaien", "maken", "schrijven", "verzorgen", "schreiben", "betreuen", "gestalten":
			return true
		}
	}
	return false
}

// attendeeAfter reports "attendee" or "invited" within the 16 words after
// pos in its sentence.
func attendeeAfter(toks []string, marks []int32, pos int) bool {
	for k := pos; k < len(toks) && k < pos+16 && !crosses(marks, pos, k); k++ {
		switch toks[k] {
		case "attendee", "attendees", "guest", "invited", "invitee":
			return true
		}
	}
	return false
}

// compoundStems are words of another kind of application that German and
// Dutch build compounds of, first or last ("Sprachkursstipendium",
// "hypotheekaanvraag", "Mietwohnung", "Kreditkartenantrag"), which no list
// of whole words can hold.
var compoundStems = func() []*term {
	var out []*term
	for _, s := range []string{"stipendium", "stipendien", "hypotheek", "hypothek", "mietwohnung", "wohnungs",
		"kreditkart", "kinderopvang", "kitaplatz", "studienplatz", "huurwoning", "studiefinanciering"} {
		out = append(out, &term{text: s, words: []string{s}, weight: 2.5, cls: clsElsewhere})
	}
	return out
}()

// compoundHits are the tokens that begin or end with a compound stem and
// are longer than it (the whole word the lexicon finds itself).
func compoundHits(toks []string) []hit {
	var out []hit
	for i, tok := range toks {
		if len(tok) < 9 {
			continue
		}
		if strings.HasPrefix(tok, "wohnungssuche") && !ruleOff("flat-search-help") {
			// "Unterstützung bei der Wohnungssuche in Wels": the help an
			// employer offers a new hire, no flat applied for
			continue
		}
		for _, st := range compoundStems {
			if len(tok) > len(st.text) && (strings.HasPrefix(tok, st.text) || strings.HasSuffix(tok, st.text)) {
				out = append(out, hit{st, i})
				break
			}
		}
	}
	return out
}

// withoutInstitutions drops "school" where it names an institution's unit
// ("Harrowgate University School of Nursing", "Head of School"):
// an employer in academic hiring, not a school place applied for.
func withoutInstitutions(toks []string, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if end := h.pos + len(h.t.words); h.t.text == "school" && (end < len(toks) && toks[end] == "of" || h.pos > 0 && toks[h.pos-1] == "of") {
			continue // "the School of Nursing", "Head of School"
		}
		if h.t.text == "rescue" && h.pos > 0 && (rescueServices[toks[h.pos-1]] || h.pos > 1 && toks[h.pos-1] == "and" && rescueServices[toks[h.pos-2]]) &&
			!ruleOff("rescue-service") {
			continue // "Greystone Fire-Rescue", "Fire and Rescue Service": an employer, no animal's rescue
		}
		out = append(out, h)
	}
	return out
}

// rescueServices are the words before "rescue" that make it an
// emergency service ("fire-rescue", "fire and rescue", "search and
// rescue", "mountain rescue"): a public employer.
var rescueServices = map[string]bool{"fire": true, "search": true, "mountain": true, "sea": true, "air": true,
	"marine": true, "coastguard": true, "cave": true, "lifeboat": true}

// termsOff are lexicon phrases a test leaves out (the leave-one-writer-out
// measure of tuneparts_test.go), and rules as "rule:" and a name; nil
// outside tests.
var termsOff map[string]bool

// forwarded reports a message that forwards another one: a forward's
// subject (mailmsg.IsForwardSubject), and no reply header or a forward's
// separator in the text (a reply to a forward quotes it instead; a forward
// sent into a thread keeps the thread's headers).
func forwarded(m *mailmsg.Message) bool {
	if !mailmsg.IsForwardSubject(m.Subject) {
		return false
	}
	if m.InReplyTo == "" {
		return true
	}
	ex := strings.ToLower(m.Excerpt)
	return forwardSeparators.contains(ex) || forwardHeaderBlock(ex)
}

// forwardersOwn returns the forwarder's first name when the forwarded
// message greets them by it ("Dear Jordan," in what Jordan forwards) and
// the reader is not greeted: mail that was the forwarder's own.
func forwardersOwn(m *mailmsg.Message) string {
	if !forwarded(m) {
		return ""
	}
	first := strings.ToLower(strings.Trim(strings.SplitN(strings.TrimSpace(m.From.Name), " ", 2)[0], ",.\"'"))
	if utf8.RuneCountInString(first) < 2 {
		return ""
	}
	readers := addresseeNames(m)
	if len(readers) == 0 {
		return "" // whom the forward is to is unknown: no telling whose mail it was
	}
	lines := strings.Split(strings.ToLower(m.Excerpt), "\n")
	for i, l := range lines {
		l = strings.TrimSpace(strings.TrimLeft(l, "> "))
		f := strings.Fields(l)
		if len(f) < 2 || len(f) > 4 || !greetingWords[f[0]] && !informalGreetings[f[0]] {
			continue
		}
		name := strings.Trim(f[len(f)-1], ",:!")
		if slices.Contains(readers, name) {
			return ""
		}
		if name != first {
			continue
		}
		// an agency's client writes to the recruiter about the reader by
		// name ("Dear Ondřej, thank you for presenting Mr. Rivera"): the
		// reader's hiring, forwarded to them
		if slices.ContainsFunc(lines[i+1:], func(l string) bool {
			return slices.ContainsFunc(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool {
				return slices.Contains(readers, w)
			})
		}) {
			return ""
		}
		return first
	}
	return ""
}

// addresseeNames are the words of the reader's name, from the display
// name the message is addressed to and its address's local part
// ("alex.rivera"); model.go's readerNames takes the sender's too.
func addresseeNames(m *mailmsg.Message) []string {
	if len(m.To) == 0 {
		return nil
	}
	var out []string
	add := func(s string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if utf8.RuneCountInString(w) >= 2 && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	add(m.To[0].Name)
	if at := strings.IndexByte(m.To[0].Email, '@'); at > 0 {
		add(m.To[0].Email[:at])
	}
	return out
}

// informalGreetings open a salutation line as outcome.go's greetingWords
// do a letter.
var informalGreetings = map[string]bool{"hi": true, "hello": true, "hey": true, "liebe": true, "lieber": true,
	"hallo": true, "bonjour": true, "hola": true, "olá": true, "ciao": true}

// forwardHeaderBlock reports the header block Outlook puts above a
// forwarded message instead of a separator line: "From: ..." and, on the
// next line, when it was sent ("Sent:", "Date:", "Gesendet:", "Envoyé :").
func forwardHeaderBlock(lower string) bool {
	lines := strings.Split(lower, "\n")
	for i := 0; i+1 < len(lines); i++ {
		l := strings.TrimSpace(strings.TrimLeft(lines[i], "> "))
		if !fromFields.hasPrefix(l) {
			continue
		}
		if sentFields.hasPrefix(strings.TrimSpace(strings.TrimLeft(lines[i+1], "> "))) {
			return true
		}
	}
	return false
}

// fromFields and sentFields are the first two fields of a quoted header
// block in the mail clients' languages.
var (
	fromFields = prefixes{"from:", "von:", "de:", "de :", "da:", "van:", "från:", "fra:", "frå:"}
	sentFields = prefixes{"sent:", "date:", "gesendet:", "datum:", "envoyé :", "envoyé:", "enviado:", "enviado el:",
		"inviato:", "data:", "verzonden:", "skickat:", "sendt:"}
)

// prefixes is a list of line openings.
type prefixes []string

func (p prefixes) hasPrefix(l string) bool {
	for _, x := range p {
		if strings.HasPrefix(l, x) {
			return true
		}
	}
	return false
}

// withoutHeaderLines drops the date lines of the header block a forward
// shows above the forwarded text ("Date: Wed, 30 Jun 2027 at 12:02",
// "Gesendet: ...", "Envoyé : ..."): when that message was sent, not a
// meeting or a promise.
func withoutHeaderLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		label, _, ok := strings.Cut(strings.TrimSpace(l), ":")
		if ok && forwardHeaderLabels[strings.ToLower(strings.TrimSpace(label))] {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// forwardHeaderLabels are the labels of a forwarded header block's date
// line; its other lines (who wrote, the original subject) still say what
// the forwarded message is about.
var forwardHeaderLabels = map[string]bool{
	"date": true, "sent": true, "gesendet": true, "datum": true, "envoyé": true, "enviado": true, "fecha": true,
	"data": true, "inviato": true, "verzonden": true, "enviada": true, "enviado el": true, "enviado em": true,
}

// forwardSeparators open the forwarded message in the mail clients'
// languages.
var forwardSeparators = cues(
	"forwarded message", "begin forwarded message", "weitergeleitete nachricht", "message transféré", "mensaje reenviado",
	"mensaje original", "mensagem encaminhada", "messaggio inoltrato", "doorgestuurd bericht", "original message",
)

// ruleOff reports a rule the leave-one-writer-out measure leaves out.
func ruleOff(name string) bool { return termsOff != nil && termsOff["rule:"+name] }

// tokenBufs recycles the token lists of prepare, the largest allocation of
// a Classify call. They do not outlive the call: hits keep a term and a
// position, reasons are formatted copies.
var tokenBufs = sync.Pool{New: func() any { return new([]string) }}

func (d *doc) release() {
	clear(*d.toks) // keep no message text alive from the pool
	tokenBufs.Put(d.toks)
}

func calendarSummary(ics string) string {
	if ics == "" {
		return "" // most mail; Split would allocate even so
	}
	for _, line := range strings.Split(ics, "\n") {
		if strings.HasPrefix(strings.ToUpper(line), "SUMMARY") {
			if i := strings.IndexByte(line, ':'); i >= 0 {
				return strings.TrimSpace(line[i+1:])
			}
		}
	}
	return ""
}

// headers reads the strong evidence: automation, list and relay headers and
// the sender's address. It returns the ATS domain if the mail came through
// one.
func (b *verdictBuilder) headers(d *doc) (ats string) {
	m := d.m
	// RFC 3834: "auto-replied" is a responder's reply (an absence notice,
	// a ticket receipt); "auto-generated" is any message a program sent,
	// an applicant-tracking system's rejection as much as an Exchange
	// absence notice, which outOfOffice tells by its words.
	if a := strings.ToLower(m.AutoSubmitted); a != "" && a != "no" {
		if strings.HasPrefix(a, "auto-replied") {
			b.v.AutoReply = true
		} else {
			b.v.Automated = true
		}
		b.note("Auto-Submitted: %s header", a)
	}
	if m.XAutoreply != "" {
		b.v.AutoReply = true
		b.note("X-Autoreply header")
	}
	listHdr := ""
	switch p := strings.ToLower(m.Precedence); p {
	case "bulk", "list", "junk":
		listHdr = "Precedence: " + p
	case "auto_reply":
		b.v.AutoReply = true
		b.note("Precedence: auto_reply header")
	}
	if m.ListID != "" {
		listHdr = "List-Id header"
	}
	if m.ListUnsubscribe != "" {
		listHdr = "List-Unsubscribe header"
	}

	// The relay sits in From, Reply-To or the Message-ID's domain, looked at
	// in that order.
	ats = domainIn(mailmsg.Domain(m.From.Email), atsDomains)
	for _, a := range m.ReplyTo {
		if ats == "" {
			ats = domainIn(mailmsg.Domain(a.Email), atsDomains)
		}
	}
	if ats == "" {
		ats = domainIn(mailmsg.Domain(m.MessageID), atsDomains)
	}
	if ats != "" && domainIn(ats, hrSuiteDomains) != "" {
		// Workday, SuccessFactors, Personio: the HR system of the reader's
		// own employer sends payslips and reviews from the same domain.
		b.add(hrSuiteWeight, "applicant tracking and HR system %s", ats)
	} else if ats != "" {
		b.add(atsWeight, "applicant tracking system %s", ats)
	} else if jb := domainIn(mailmsg.Domain(m.From.Email), jobBoardDomains); jb != "" {
		b.add(jobBoardWeight, "job board sender %s", jb)
	}

	if ats == "" && hiringMailbox(m.From.Email) {
		b.hiringSender = true
		b.add(hiringSenderWeight, "sent from a hiring mailbox %s", m.From.Email)
	}

	if listHdr != "" {
		b.mailingBox = ats != "" && (mailboxNamed(m.From.Email, mailingMailboxWords) || vendorsOwnMail(m, ats)) && !ruleOff("mailing-box")
		if ats != "" && !b.mailingBox {
			b.note("%s ignored on ATS mail", listHdr)
		} else if tool := sequenceTool(m); tool != "" && ats == "" && !ruleOff("sequence-unsubscribe") {
			// "I'm a recruiter at Arcadian Semiconductor ... Would you be
			// open to a 20-minute call?" from the recruiter's own address,
			// with the sourcing tool's unsubscribe link (r87): one person's
			// outreach, sent through a hiring tool
			b.note("%s of the hiring tool %s on a message from %s's own address", listHdr, tool, mailmsg.Domain(m.From.Email))
		} else if relayedReply(m) && !ruleOff("relayed-reply") {
			b.note("%s ignored on a person's message relayed by %s", listHdr, m.From.Email)
		} else {
			b.v.Bulk = true
			b.add(listHdrWeight, "%s", listHdr)
			b.listHdr = listHdr
		}
	}

	reply := m.From.Email
	if len(m.ReplyTo) > 0 {
		reply = m.ReplyTo[0].Email
	}
	if IsNoReply(reply) {
		b.v.NoReply = true
		b.note("no-reply address %s", reply)
	} else if reply != m.From.Email && IsNoReply(m.From.Email) {
		b.note("no-reply sender, Reply-To %s", reply)
	}
	return ats
}

// relayedReply reports a person's reply that a messaging service relays
// by mail ("Gretchen Albrecht via LinkedIn" <inmail-hit-reply@...>,
// "Re: Staff Engineer"): the service adds its unsubscribe header to a
// conversation, not to a mailing. A list (List-Id, as Google Groups'
// "X via Group" sends) stays one.
//
// A first message so relayed ("Priya Ramanathan via LinkedIn"
// <inmail-hit-reply@linkedin.com>, an InMail) is one too when the service
// takes replies at its address: a notification comes from a no-reply one.
//
// A service's notice that a person wrote ("Tobias Krämer hat Ihnen eine
// Nachricht gesendet", "Marguerite sent you a new message", "Neue
// Nachricht von Sven Kohlhaas") carries that person's message, from a
// no-reply address or not: the service's footer is the only bulk thing in
// it. Its notices of anything else (who is hiring, who viewed a profile)
// stay bulk.
func relayedReply(m *mailmsg.Message) bool {
	if m.ListID != "" {
		return false
	}
	if strings.Contains(strings.ToLower(m.From.Name), " via ") && (isReply(m) || !IsNoReply(m.From.Email)) {
		// (not a post to all of a creator's followers that the service
		// mails out: "Pixel Lighthouse via Patreon ... New post from
		// Pixel Lighthouse", r51)
		head := strings.ToLower(m.Excerpt[:min(len(m.Excerpt), 400)])
		return ruleOff("post-to-followers") || !postToFollowers.contains(head)
	}
	return !ruleOff("message-notice") && messageNotice.MatchString(m.Subject)
}

// postToFollowers announce a post a service sends to everyone who
// follows its author, no one person's message.
var postToFollowers = cues("new post from", "posted a new", "published a new", "shared a new post", "new update from",
	"new episode from", "new video from", "neuer beitrag von", "nouvelle publication de", "nueva publicación de",
	"nuovo post di", "nieuwe post van", "nova publicação de")

// messageNotice matches a messaging service's subject for one person's
// message to the reader, in the languages hearback reads.
var messageNotice = regexp.MustCompile(`(?i)(` +
	`\bsent you a (new )?message\b|^(you have a )?new message from\b|^message from\b|\bmessaged you\b|` +
	`\bhat (ihnen|dir) eine (neue )?nachricht (gesendet|geschickt)|^(sie haben eine )?neue nachricht von\b|` +
	`\b(vous|t)['’ ]a envoyé un (nouveau )?message|^nouveau message de\b|` +
	`\bte ha enviado un (nuevo )?mensaje|\bte envió un (nuevo )?mensaje|^nuevo mensaje de\b|` +
	`\b(ti|le) ha inviato un (nuovo )?messaggio|^nuovo messaggio da\b|` +
	`\bheeft (je|jou|u) een (nieuw )?bericht gestuurd|^nieuw bericht van\b|` +
	`\b(te |lhe )?enviou uma (nova )?mensagem|^nova mensagem de\b)`)

// sequenceTool returns the hiring tool whose List-Unsubscribe link a
// person's own message carries (an outreach sequence sent through Gem,
// Lever or Ashby from the recruiter's mailbox), or "".
func sequenceTool(m *mailmsg.Message) string {
	if m.ListUnsubscribe == "" || m.ListID != "" || IsNoReply(m.From.Email) {
		return ""
	}
	for _, part := range strings.Split(m.ListUnsubscribe, ",") {
		u, err := url.Parse(strings.Trim(strings.TrimSpace(part), "<>"))
		if err != nil || u.Scheme != "https" && u.Scheme != "http" {
			continue
		}
		if tool := domainIn(strings.ToLower(u.Hostname()), atsDomains); tool != "" {
			return tool
		}
	}
	return ""
}

func domainIn(dom string, list []string) string {
	if dom == "" {
		return ""
	}
	for _, d := range list {
		// dom is d or a subdomain of it; compared in place because building
		// "."+d for every list entry and message showed up in profiles.
		if strings.HasSuffix(dom, d) && (len(dom) == len(d) || dom[len(dom)-len(d)-1] == '.') {
			return d
		}
	}
	return ""
}

// sumDistinct adds each matched phrase once and stops at limit.
func sumDistinct(hits []hit, limit float64) (float64, []string) {
	seen := map[*term]bool{}
	var total float64
	var names []string
	for _, h := range hits {
		if seen[h.t] {
			continue
		}
		seen[h.t] = true
		total += h.t.weight
		names = append(names, h.t.text)
	}
	return math.Min(total, limit), names
}

// interviewWordsIn sums the weights of the hiring hits that name an
// interview ("interview for", "your interview").
func interviewWordsIn(hs []hit) float64 {
	w := 0.0
	for _, h := range hs {
		if strings.Contains(h.t.text, "interview") {
			w += h.t.weight
		}
	}
	return w
}

// outsideHiring drops the hits that lie inside a hiring phrase: the
// "admission" of a French civil-service exam's "jury d'admission", the
// "admissional" of Brazil's "exame admissional" (the medical before a
// start date) are that phrase's, not a school's. It returns hs itself
// when nothing is dropped, as in almost all mail.
func outsideHiring(hs, hiring []hit) []hit {
	if len(hs) == 0 || len(hiring) == 0 || ruleOff("inside-hiring") {
		return hs
	}
	inside := func(h hit) bool {
		for _, k := range hiring {
			if k.pos <= h.pos && h.pos+len(h.t.words) <= k.pos+len(k.t.words) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(hs, inside) {
		return hs
	}
	return slices.DeleteFunc(slices.Clone(hs), inside)
}

func quoteList(names []string) string {
	const max = 3
	if len(names) > max {
		names = append(names[:max:max], "...")
	}
	return `"` + strings.Join(names, `", "`) + `"`
}

func (b *verdictBuilder) vocabulary(d *doc, ats string) {
	body, bodyNames := sumDistinct(d.bodyHits[clsHiring], capBodyHiring)
	if body > 0 {
		b.add(body, "hiring words %s", quoteList(bodyNames))
	}
	subj, subjNames := sumDistinct(d.subjHits[clsHiring], capSubjHiring)
	if subj > 0 {
		b.add(subj, "subject mentions %s", quoteList(subjNames))
	}
	title := titleNearPost(d)
	if title != "" {
		b.add(titleWeight, "job title %s", title)
	}
	stageEv := 0.0
	oc := d.outcome()
	switch {
	case oc.rejected():
		stageEv = rejectionWeight
		b.add(stageEv, "rejection cues: %s", oc.reason())
	case d.has(clsOffer) || d.has(clsWithdrawn) || holdNearPost(d) != "":
		stageEv = closingStageWeight
		b.add(stageEv, "decision language (offer or withdrawal)")
	case d.offerEvidence() != "":
		stageEv = d.offerWeight()
		b.add(stageEv, "%s", d.offerEvidence())
	case d.has(clsAwaiting):
		stageEv = awaitingWeight
		b.add(stageEv, "after-interview language %q", d.first(clsAwaiting))
	case d.has(clsScheduled):
		stageEv = scheduledWeight
		b.add(stageEv, "confirmation language %q", d.first(clsScheduled))
	}
	if !oc.rejected() && oc.decidedOnReader() {
		// explain shows why a no was not read: its cues, and what the
		// message said for going on
		b.note("rejection cues short of a no (%.3g of %.3g): %s", oc.reject(), rejectThreshold, oc.reason())
	}

	other, otherNames := sumDistinct(append(d.bodyHits[clsOtherSense], d.subjHits[clsOtherSense]...), capOtherSense)
	if d.has(clsInterview) {
		// "interview" is hiring when something else says so, and only weak
		// evidence when nothing else does.
		switch {
		case other > 0:
			b.note("interview in the press/research sense")
		case isReply(d.m) && quoteOfPressSense(d) && !ruleOff("quote-sense-interview"):
			// "Tuesday works, see you then!" above "happy to do the
			// interview for the piece on open-source tools": the
			// interview the message it answers speaks of
			b.note("interview in the sense of the message it answers (press, research or not the reader's hiring)")
			if w := interviewWordsIn(d.subjHits[clsHiring]); w > 0 && !ruleOff("quote-sense-subject") {
				// nor is the subject's "Re: Interview for Small Biz
				// Hustle" above "happy to come on the show"
				b.add(-math.Min(w, subj), "the subject's interview is that message's")
			}
			b.pressQuote = true
			b.v.pressSense = true
		case body > 0 || subj > 0 || ats != "" || title != "" || stageEv > 0 || len(d.subjHits[clsInterview]) > 0 && isReply(d.m),
			// "Tern Mobility - interview times" above "They've offered
			// the following slots ... let me know which works best" (r90):
			// the subject's interview being arranged
			len(d.subjHits[clsInterview]) > 0 && d.has(clsScheduling) && !ruleOff("subject-interview-arranged"):
			w := d.first(clsInterview)
			if len(d.subjHits[clsInterview]) > 0 {
				b.add(1.5, "subject mentions %q", d.subjHits[clsInterview][0].t.text)
				if d.has(clsScheduling) && stageEv == 0 || d.has(clsScheduled) && stageEv == scheduledWeight {
					// "Re: Interview" and "Tuesday 3pm works, see you
					// then": the interview of the subject being arranged
					b.add(1, "the interview of the subject being arranged")
				}
			} else {
				b.add(1.5, "mentions %q", w)
			}
		default:
			b.add(interviewAlone, "mentions %q without hiring context", d.first(clsInterview))
		}
	}
	if other > 0 {
		b.add(-other, "not the hiring sense: %s", quoteList(otherNames))
	} else if d.m.Calendar != "" && len(d.subjHits[clsInterview]) > 0 {
		b.add(calendarInterview, "calendar invitation for an interview")
	}

	alert, alertNames := sumDistinct(append(d.bodyHits[clsAlert], d.subjHits[clsAlert]...), capAlert)
	if alert > 0 {
		self, _ := sumDistinct(append(d.bodyHits[clsSelfCand], d.subjHits[clsSelfCand]...), 10)
		if oc.rejected() && (self >= 2 || statusDecision(d) != "" ||
			oc.fams["declined"].w > 0 && d.m.ListID == "" && d.m.ListUnsubscribe == "" && !ruleOff("decline-beside-alert")) {
			// "we encourage you to create a job alert": a decision on
			// the reader's application that points at the careers site
			// (a decline sent to no list is one, however few words of
			// the reader's own it has: "we have decided to pursue other
			// candidates ... create job alerts ... success in your job
			// search")
			b.add(-math.Min(alert, 1.5), "job board/alert language %s in a decision on your application", quoteList(alertNames))
		} else {
			b.add(-alert, "job board/alert language %s", quoteList(alertNames))
			if alert >= bulkAlertMin {
				b.v.Bulk = true
			}
		}
	}
	letter, letterNames := sumDistinct(append(d.bodyHits[clsNewsletter], d.subjHits[clsNewsletter]...), capNewsletter)
	mkt, mktNames := sumDistinct(append(d.bodyHits[clsMarketing], d.subjHits[clsMarketing]...), capMarketing)
	if (letter > 0 || mkt > 0) && relayedReply(d.m) && d.m.ListID == "" && !ruleOff("relayed-footer") {
		// "Hattie Marlow sent you a message ... You're receiving this
		// because message notifications are on. Unsubscribe": the footer
		// is the service's, the message one person's, as its
		// List-Unsubscribe header is (senders above)
		b.note("the footer of the service that relays a person's message: %s", quoteList(append(letterNames, mktNames...)))
		letter, mkt = 0, 0
	}
	if (letter > 0 || mkt > 0) && !ruleOff("footer-for-application") {
		if from, to := applicationFooter(d); from >= 0 {
			// "You're receiving this because you applied for a role with
			// Fieldside. Reply STOP to be removed": the footer gives the
			// reader's application as the reason the mail came, which no
			// newsletter or advertisement does
			b.note("the footer says it was sent because of your application")
			letter, letterNames = sumDistinct(outsideSpan(d.bodyHits[clsNewsletter], d.subjHits[clsNewsletter], from, to), capNewsletter)
			mkt, mktNames = sumDistinct(outsideSpan(d.bodyHits[clsMarketing], d.subjHits[clsMarketing], from, to), capMarketing)
		}
	}
	b.footerPts = letter + mkt
	if letter > 0 {
		b.add(-letter, "newsletter language %s", quoteList(letterNames))
		if letter >= bulkLetterMin {
			b.v.Bulk = true
		}
	}
	if mkt > 0 {
		b.add(-mkt, "marketing language %s", quoteList(mktNames))
	}
	if st := statusDecision(d); st != "" {
		// "Application status: Not shortlisted": the state of one
		// application, which a job board's footer does not make news
		b.add(statusWeight, "status of an application: %s", st)
	}
	if d.has(clsReceipt) && !paidWork(d) && !noticeReceiptOnly(d) && !checkOrder(d) {
		b.add(receiptWeight, "receipt/order language %q", d.first(clsReceipt))
	}
	elsewhere, elsewhereNames := sumDistinct(append(outsideHiring(d.bodyHits[clsElsewhere], d.bodyHits[clsHiring]),
		outsideHiring(d.subjHits[clsElsewhere], d.subjHits[clsHiring])...), capElsewhere)
	if elsewhere > 0 {
		b.add(-elsewhere, "another kind of application: %s", quoteList(elsewhereNames))
	}
	// "Your application", "thank you for applying", "unable to offer you"
	// are said of flats, schools, grants and clubs too: without a word
	// for a job, a post, an interview or a recruiter next to them they
	// are no hiring evidence.
	generic, named, specific := applicationWords(d)
	// Beside clearer evidence of another kind of application than of a
	// job ("a lightweight job queue" in a grant's decline), the hiring
	// words it shares with a job are that application's too.
	otherWins := elsewhere >= otherKindMin && elsewhere > named && !d.has(clsInterview) && !(d.has(clsOffer) && !oc.rejected()) && !d.has(clsWithdrawn) &&
		!hasJobNoun(d.subjHits[clsTitleContext]) && !ruleOff("other-kind-wins")
	// What the application was for, named and no post anywhere (a
	// course, a fund, a loan; appliedfor.go), decides it even beside an
	// interview ("i colloqui di ammissione") and many hiring words.
	if obj := appliedForOther(d); obj != "" && !(d.has(clsOffer) && !oc.rejected()) && !d.has(clsWithdrawn) && !ruleOff("applied-for") {
		otherWins = true
		b.note("applied for a %s, not a post", obj)
		if d.interviewFor && studyObjects[obj] && !ruleOff("interview-for-other") {
			// the interview's words are that admission's too (r64)
			b.add(-math.Min(interviewForOtherWeight, math.Max(b.v.Score, 0)), "an interview for a %s, not for a post", obj)
		}
	}
	if obj := offeredOther(d); obj != "" && !otherWins && elsewhere >= otherKindMin && !ruleOff("offered-other") {
		// "delighted to offer you admission to the PhD program": the
		// offer is of what it names, with the words of its kind around it
		otherWins = true
		b.note("offered %s, not a post", obj)
	}
	if generic > 0 && (named == 0 && !specific || otherWins) && title == "" && ats == "" && !b.hiringSender {
		limit := genericAppCap
		if oc.self && !d.has(clsElsewhere) && appliedForOther(d) == "" {
			// "we are not moving forward with your profile as it is not
			// matching with the requirement": a decision on the reader
			// as a candidate, which no flat or club words contradict
			limit = 1
		}
		// never more than the hiring words gave: subject and body are
		// capped apart, their generic words summed together
		b.add(-math.Min(math.Min(generic, limit), body+subj), "application words without a job, post or interview")
	}
	if stageEv == rejectionWeight && otherWins && title == "" && ats == "" && !b.hiringSender {
		// "your application was not successful on this occasion" to a
		// grant, a bursary or a flat, with no post or interview named:
		// the decline is of that application, and no job evidence
		b.add(-stageEv, "a decline of another kind of application")
	}
	// The reader on the employer's side of someone else's hiring (an
	// interviewer, a referrer, a referee) or a friend telling theirs: the
	// hiring words are real, the application is not the reader's.
	tp, tpNames := sumDistinct(thirdPartyHits(d), 10)
	if oc.ofOther != "" && !ruleOff("decline-of-other") {
		tp += declineOfOtherWeight
		tpNames = append(tpNames, "a decline of someone named: "+oc.ofOther)
	}
	if why := yourRequisition(d); why != "" {
		tp += yourReqWeight
		tpNames = append(tpNames, why)
	}
	if colleagueMail(d.m) {
		w := colleagueWeight
		if len(d.m.To) == 1 && len(d.m.Cc) == 0 && oc.rejected() && oc.ofOther == "" && !ruleOff("one-colleague") {
			// a colleague's no to the reader alone, naming no one else,
			// may be on the reader's own internal application ("thanks
			// for the chat last week. We're going to go in a different
			// direction"); it counts against the reader's own only with
			// other signs
			w = oneColleagueWeight
		}
		tp += w
		tpNames = append(tpNames, fmt.Sprintf("written to colleagues at %s", OrgDomain(d.m.From.Email)))
	}
	self, _ := sumDistinct(append(d.bodyHits[clsSelfCand], d.subjHits[clsSelfCand]...), 10)
	if oc.self {
		self += 2 // a decision on the reader's own application
	}
	if d.has(clsOffer) && d.has(clsPositive) && !ruleOff("offer-to-reader") {
		// "congratulations again! here's a summary of the offer for the
		// role ... the formal written offer from our People team": an
		// offer made to the reader, not one the reader hears of
		self += thirdPartyMin
	}
	if tp >= thirdPartyMin && tp > self && b.v.Score > 0 {
		if who := readerNamedInForward(d.m); who != "" && !ruleOff("reader-named-in-forward") {
			// "FW: Debrief - Alex Rivera (Sr. PM, Growth)", "Fwd: Alex
			// Rivera referral" (r91): the panel's scorecards and the
			// referral forwarded are about the reader, the candidate
			b.note("someone else's hiring words (%s), in a forward that names you (%q) as its candidate", quoteList(tpNames), who)
			return
		}
		b.add(-b.v.Score, "someone else's hiring: %s (%.2g against %.2g for the reader's own)", quoteList(tpNames), tp, self)
		b.othersHiring = true
	}
}

// readerNamedInForward returns the reader's full name (the first
// addressee's display name) where a forward names it in its subject or in
// a line of its text that is no header or attribution, or "".
func readerNamedInForward(m *mailmsg.Message) string {
	if !forwarded(m) || len(m.To) == 0 {
		return ""
	}
	full := strings.Join(strings.Fields(strings.ToLower(m.To[0].Name)), " ")
	if strings.Count(full, " ") < 1 || utf8.RuneCountInString(full) < 5 {
		return ""
	}
	if strings.Contains(strings.ToLower(m.Subject), full) {
		return m.To[0].Name
	}
	for _, l := range strings.Split(strings.ToLower(m.Excerpt), "\n") {
		l = strings.TrimSpace(strings.TrimLeft(l, "> "))
		if !strings.Contains(l, full) || strings.Contains(l, "@") || strings.HasSuffix(l, ":") || headerLine(l) {
			continue
		}
		return m.To[0].Name
	}
	return ""
}

// headerLine is a line of a quoted header block: "from: ...", "to: ...",
// "von: ...", "de : ...".
func headerLine(l string) bool {
	k := strings.IndexByte(l, ':')
	return k > 0 && k <= 12 && !strings.Contains(strings.TrimSpace(l[:k]), " ") || strings.HasPrefix(l, "de :") || strings.HasPrefix(l, "à :")
}

// yourReqWeight is the third-party weight of the reader's own
// requisition: a recruiter's update on the reader's req is about the
// candidates the reader hires.
const yourReqWeight = 3.0

// yourRequisition returns "your ... req" when a requisition is the
// reader's, with at most four words between ("Quick update on your Sales
// Operations Analyst req (REQ-2291)", r49), or "".
func yourRequisition(d *doc) string {
	toks := d.bodyToks
	for k, t := range toks {
		if t != "req" && t != "reqs" && t != "requisition" || ruleOff("your-req") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5 && !crosses(d.marks, j, k); j-- {
			if yourApplicationWords[toks[j]] {
				break // "closing your application for this requisition": the reader applied to it
			}
			if toks[j] == "your" && toks[j+1] == "way" {
				break // "I'll send them your way when the reqs drop": roles for the reader
			}
			if toks[j] == "your" {
				return quoteSpan(toks, j, k+1)
			}
		}
	}
	return ""
}

// yourApplicationWords between "your" and a requisition make it the one
// the reader applied to.
var yourApplicationWords = map[string]bool{
	"application": true, "applications": true, "candidacy": true, "candidature": true, "interest": true,
	"submission": true, "applied": true, "profile": true,
}

// thirdPartyHits are the third-party cues of a message. "you
// interviewed" puts the reader on the panel only after the person
// interviewed ("the candidate you interviewed"), not in "you interviewed
// well".
func thirdPartyHits(d *doc) []hit {
	var out []hit
	for _, h := range d.bodyHits[clsThirdParty] {
		if h.t.text == "you interviewed" && !(h.pos > 0 && interviewees[d.bodyToks[h.pos-1]] && !crosses(d.marks, h.pos-1, h.pos)) {
			continue
		}
		if referenceOffers[h.t.text] && writerOffers(d.bodyToks, h.pos) && !ruleOff("writer-reference") {
			continue // "I'd be glad to be a reference": the writer for the reader
		}
		if h.t.text == "on the hiring team" && h.pos > 0 && teamOutsiders[d.bodyToks[h.pos-1]] && !ruleOff("someone-on-the-team") {
			// "every application is read by a person on the hiring
			// team": someone of the employer's, not the reader, is on it
			continue
		}
		if h.t.text == "sit on the panel" && panelSitterBefore(d.bodyToks, d.marks, h.pos) && !ruleOff("others-sit-on-panel") {
			// "Two of our trustees sit on the panel and can't meet until
			// Monday": the employer's people on the reader's panel (r63)
			continue
		}
		if h.t.text == "sit in on" && (workAfter(d.bodyToks, d.marks, h.pos+3) || h.pos > 0 && sittersIn[d.bodyToks[h.pos-1]]) && !ruleOff("sit-in-on-what") {
			// (or the reader let in: "thank you for letting me sit in on
			// the last ten minutes of the 2nd period class")
			// "you'll spend time on the shop floor ... sit in on the
			// morning huddle": the reader's own trial day, not a seat on
			// someone else's interview panel
			continue
		}
		if (h.t.text == "referring" || h.t.text == "for referring") && h.pos+len(h.t.words) < len(d.bodyToks) &&
			d.bodyToks[h.pos+len(h.t.words)] == "you" && !ruleOff("referring-you") {
			continue // "thanks to Devon Marsh for referring you": the reader is the one referred
		}
		if strings.HasPrefix(h.t.text, "ihren ") && politeYours(d.m.Excerpt, h.t.text) && !ruleOff("polite-ihren") {
			// "hat ... uns Ihren Lebenslauf weitergeleitet": the polite
			// your, capitalised, not her CV (r67)
			continue
		}
		if h.t.fam == "papers" && forwarded(d.m) {
			// a forward shows the employer's words about the reader:
			// "Petra, I liked his CV and the notes from your screen"
			continue
		}
		out = append(out, h)
	}
	return append(out, d.subjHits[clsThirdParty]...)
}

// workAfter reports a word for the day's ordinary work in the four words
// from pos, in its sentence: "sit in on the morning huddle", "sit in on a
// clinic" (not "sit in on at least two of them", the interviews).
func workAfter(toks []string, marks []int32, pos int) bool {
	for k := pos; k < len(toks) && k < pos+4 && !crosses(marks, pos, k); k++ {
		switch toks[k] {
		case "huddle", "clinic", "clinics", "class", "classes", "lesson", "lessons", "meeting", "meetings", "shift",
			"consultation", "consultations", "appointments", "surgery", "session", "sessions", "standup", "stand-up":
			return true
		}
	}
	return false
}

// teamOutsiders before "on the hiring team" name who is on it: someone of
// the employer's, not the reader ("you are on the hiring team for this
// job").
var teamOutsiders = map[string]bool{
	"person": true, "someone": true, "somebody": true, "member": true, "members": true, "people": true,
	"one": true, "anyone": true, "everyone": true, "colleague": true, "colleagues": true, "else": true,
}

// panelSitterBefore reports a third person as who sits on the panel, in
// the three words before it: "our trustees", "two governors", "she".
func panelSitterBefore(toks []string, marks []int32, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-3 && !crosses(marks, k, pos); k-- {
		switch toks[k] {
		case "you", "you'll", "you'd", "would", "could", "to":
			return false // "would you sit on the panel", "asked to sit on the panel"
		case "trustees", "governors", "directors", "members", "councillors", "colleagues", "he", "she", "they", "who":
			return true
		}
	}
	return false
}

// referenceOffers are the third-party cues that a writer can offer the
// reader rather than ask of them: "happy to act as a reference", "if I
// can be useful as a reference".
var referenceOffers = map[string]bool{"be a reference": true, "as a reference": true, "as a referee": true, "be a referee": true}

// writerOffers reports the writer (or a colleague they speak for) as the
// one offering what follows pos, in the six words before it: "I'd be glad
// to be a reference", "happy to act as a reference on the parts you
// completed", "he'd be glad to be a reference point", not asked of the
// reader ("would you be happy to be a reference for Sam?") nor said of
// them ("she listed you as a reference").
func writerOffers(toks []string, pos int) bool {
	offer := false
	for k := pos - 1; k >= 0 && k >= pos-6; k-- {
		switch toks[k] {
		case "i", "i'd", "i'll", "i'm", "me", "he'd", "she'd", "we'd":
			return true
		case "you", "your", "you'd", "he", "she", "they":
			return false
		case "happy", "glad", "willing", "useful", "delighted", "pleased":
			offer = true
		}
	}
	return offer
}

var interviewees = map[string]bool{
	"candidate": true, "candidates": true, "people": true, "everyone": true, "folks": true, "ones": true,
	"those": true, "both": true, "person": true, "applicants": true, "finalists": true, "who": true,
	"whom": true, "engineers": true, "him": true, "her": true,
}

// ownDecision reports a decision said of the reader's own application:
// a declined cue that governs it, or the reader named as the candidate
// ("your application", "thank you for applying").
func ownDecision(d *doc) bool {
	// a newsletter that quotes a rejection ("'la sua candidatura non è
	// stata selezionata': 5 motivi") decides no application of the reader's
	if statusDecision(d) != "" {
		return true // "Status: no longer under consideration"
	}
	letter, _ := sumDistinct(append(d.bodyHits[clsNewsletter], d.subjHits[clsNewsletter]...), capNewsletter)
	if letter >= bulkLetterMin {
		return false
	}
	self, _ := sumDistinct(d.bodyHits[clsSelfCand], 10)
	// someone else chosen, said to the reader ("optamos por seguir com
	// outros candidatos ... seu currículo")
	other := d.outcome().fams["declined"].w > 0 && self >= 1
	return d.outcome().self || self >= 2 || other
}

// hiringMailboxWords are the local-part words of a recruiting mailbox:
// careers@, talent.acquisition@, recruitment-noreply@, bewerbung@.
var hiringMailboxWords = map[string]bool{
	"talent": true, "talents": true, "careers": true, "career": true, "jobs": true, "recruiting": true,
	"recruitment": true, "recruiter": true, "recruiters": true, "hr": true, "hiring": true, "talentacquisition": true,
	"ta": true, "bewerbung": true, "bewerbungen": true, "karriere": true, "recrutement": true, "emploi": true,
	"rrhh": true, "seleccion": true, "selección": true, "empleo": true, "selezione": true, "carriere": true,
	"vacatures": true, "werving": true, "sollicitaties": true, "recrutamento": true, "vagas": true,
	"carreiras": true, "rh": true, "personal": true, "personalabteilung": true, "staffing": true,
	"people": true, "humanresources": true, "acquisition": true, "candidates": true,
}

// hiringMailbox reports a recruiting mailbox by its local part's words.
func hiringMailbox(email string) bool {
	return mailboxNamed(email, hiringMailboxWords)
}

// mailboxNamed reports an address whose local part has one of words
// among its parts ("jobs", "careers.eu", "newsletter-fr").
func mailboxNamed(email string, words map[string]bool) bool {
	local := email
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		local = email[:i]
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(local), func(r rune) bool {
		return r == '.' || r == '-' || r == '_' || r == '+' || r >= '0' && r <= '9'
	}) {
		if words[w] {
			return true
		}
	}
	return false
}

// mailingMailboxWords name the mailbox a platform sends its mailings
// from, never one candidate's update: newsletter@welcometothejungle.com
// beside the same platform's notices from its ATS.
var mailingMailboxWords = map[string]bool{
	"newsletter": true, "newsletters": true, "digest": true, "marketing": true, "editorial": true, "magazine": true,
	"alert": true, "alerts": true, "jobalert": true, "jobalerts": true, "varsel": true, "bevakning": true,
}

// vendorsOwnMail reports mail an applicant-tracking system sends in its
// own name ("Varbi Jobbevakning", "Daan from Homerun"): a job alert or the
// vendor's own research, not an employer's word through it, which carries
// the employer's name ("Redgum Mining Services" <notifications@jobadder.com>,
// "Maple Hollow Public Schools via SchoolSpring").
func vendorsOwnMail(m *mailmsg.Message, ats string) bool {
	name := strings.ToLower(m.From.Name)
	brand := orgLabel(ats)
	return len(brand) >= 4 && strings.Contains(name, brand) && !strings.Contains(name, " via ") && !ruleOff("vendors-own-mail")
}

// genericAppCap bounds what applicationWords takes back.
const genericAppCap = 6.0

// genericApplication are the hiring phrases that any application has.
// applicationOtherLangs are "your application" in the other languages,
// generic like it when words of another domain are there ("Esito della
// sua candidatura per il trilocale"): alone they stay hiring words, as
// most of the other languages' rejections say little else.
var applicationOtherLangs = map[string]bool{
	"candidatura": true, "sua candidatura": true, "tua candidatura": true, "tu candidatura": true,
	"su candidatura": true, "candidature": true, "votre candidature": true, "ta candidature": true,
	"bewerbung": true, "ihre bewerbung": true, "deine bewerbung": true, "sollicitatie": true,
	"je sollicitatie": true, "uw sollicitatie": true, "postulación": true, "tu postulación": true,
	"tu solicitud": true, "su solicitud": true, "bewerbungen": true, "candidaturas": true, "sollicitaties": true,
	"ansökan": true, "din ansökan": true, "ansøgning*": true, "din ansøgning": true, "søknad*": true, "din søknad": true,
	"søknaden din": true,
}

// otherKindMin is the evidence of another kind of application (a club's
// "membership" and "waiting list", a flat's "viewing") above which words
// shared with hiring (a position, a place, a meeting) are read in its
// sense: one weak word ("location") is not enough.
const otherKindMin = 2.5

// otherKindOf reports clear evidence of another kind of application
// (otherKindMin), not one weak word.
func otherKindOf(d *doc) bool {
	el, _ := sumDistinct(append(d.bodyHits[clsElsewhere], d.subjHits[clsElsewhere]...), capElsewhere)
	return el >= otherKindMin || appliedForOther(d) != "" && !ruleOff("applied-for")
}

// postNouns are the title-context hits that can name a post: all of them,
// or, beside another kind of application, those that are no place words.
func postNouns(hits []hit, otherKind bool) []hit {
	if !otherKind {
		return hits
	}
	var out []hit
	for _, h := range hits {
		if !placeWords[h.t.text] {
			out = append(out, h)
		}
	}
	return out
}

// placeWords name a post in hiring and a place in a club, a school or a
// queue ("your position on the waiting list"): generic beside another
// kind of application.
var placeWords = map[string]bool{"position": true, "place": true, "spot": true, "plaza": true, "posto": true,
	"posizione": true, "posición": true, "posição": true, "positie": true, "posti": true, "plazas": true, "places": true}

var genericApplication = map[string]bool{
	"your application": true, "thank you for applying": true, "thanks for applying": true,
	"thank you for your application": true, "thanks for your application": true, "application for": true,
	"applied for": true, "applying for": true, "my application": true, "application": true, "applied": true,
	"applicants": true, "your interest in": true, "offer": true, "your offer": true, "next steps": true,
	"references": true, "your profile": true, "your background": true, "package": true, "contract": true,
	"offer you the": true, "make you an offer": true, "the panel": true, "your experience": true,
	"the opportunity": true, "the team": true, "start date": true, "compensation": true, "reaching out": true, "shortlist": true, "shortlisted": true, "shortlisting": true,
	"thank you for taking the time": true, "finalist": true, "finalists": true, "our conversation": true,
}

// applicationWords sums the generic application phrases of a message and
// the other hiring words (named: a job, a recruiter, a salary), and reports
// whether a post, an interview or another step of hiring is there.
func applicationWords(d *doc) (generic, named float64, specific bool) {
	otherKind := otherKindOf(d)
	var seen []string // a named word counts once, however often it comes
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[clsHiring] {
			if genericApplication[h.t.text] || (d.has(clsElsewhere) || otherKind) && applicationOtherLangs[h.t.text] || otherKind && placeWords[h.t.text] {
				generic += h.t.weight
			} else if !slices.Contains(seen, h.t.text) {
				seen = append(seen, h.t.text)
				named += h.t.weight
			}
		}
		// A meeting fixed or being arranged is a hiring step unless the
		// application is of another kind: a club's open evening, a flat
		// viewing, a consulate appointment.
		meeting := (len(hs[clsScheduled]) > 0 || len(hs[clsScheduling]) > 0) && !otherKind
		if len(hs[clsInterview]) > 0 || hasJobNoun(postNouns(hs[clsTitleContext], otherKind)) || appliedForPost(d) || titleOfSender(d, hs) ||
			len(hs[clsAwaiting]) > 0 || meeting ||
			len(hs[clsWithdrawn]) > 0 || len(hs[clsOffer]) > 0 || d.offerEvidence() != "" {
			specific = true
		}
	}
	return generic, named, specific
}

// titleOfSender reports a job title among hits, most often the writer's
// own under the signature ("Head of People", "CTO & co-founder"), in a
// message with no word of another kind of application: people who write
// about next steps and references under a title are an employer's, where a
// flat's or a course's letters name the flat or the course.
func titleOfSender(d *doc, hs [numClasses][]hit) bool {
	if len(hs[clsTitle]) == 0 || d.has(clsElsewhere) || ruleOff("title-specific") {
		return false
	}
	d.readAppliedFor()
	return d.appliedFor == ""
}

// hasJobNoun reports a word for the post among title-context hits
// ("role", "position", "vacancy"), not "application" or "offer".
func hasJobNoun(hits []hit) bool {
	for _, h := range hits {
		switch h.t.text {
		case "application", "offer", "process", "search", "opportunity", "candidacy", "candidature", "candidatura",
			"bewerbung", "sollicitatie", "oportunidad", "oportunidade", "opportunità", "opportunité",
			"interview*", "entretien", "entrevista":
			// (an interview is for a post or for a programme: "inviting me
			// to interview for the Executive MBA program", r64)
		default:
			return true
		}
	}
	return false
}

// thirdPartyMin is the evidence of someone else's hiring that, outweighing
// the reader's own application, makes a message not the reader's.
const thirdPartyMin = 2.5

// colleagueWeight is the third-party evidence of mail a person sends only
// to addresses of their own organisation: hiring words there are the
// reader's work on someone else's hiring (a debrief, a panel's outcome,
// "can you take the technical portion?"), not the reader's application,
// which reaches a candidate at an address of their own. It equals
// thirdPartyMin so that it decides alone, unless the message says as much
// of the reader as a candidate ("your application", "invite you").
const colleagueWeight = thirdPartyMin

// oneColleagueWeight is colleagueWeight for mail to the reader alone.
const oneColleagueWeight = 1.5

// declineOfOtherWeight is the third-party evidence of a decline whose
// object is a third person by name or pronoun ("we decided not to move
// forward with Jordan", "no avanzamos con ella"): the reader hears of
// someone else's hiring. It decides alone unless the message says as
// much of the reader as a candidate.
const declineOfOtherWeight = thirdPartyMin

// colleagueMail reports mail from a person to addresses of their own
// organisation only: every To and Cc address shares the sender's registrable
// domain, which is no public mail provider (where every address is its own
// organisation) and no applicant tracking system or platform (which sends
// on behalf of others), and the sender writes to someone other than
// themselves.
func colleagueMail(m *mailmsg.Message) bool {
	from := m.From.Email
	dom := mailmsg.Domain(from)
	if len(m.To) == 0 || dom == "" || IsFreeMail(dom) || IsATSDomain(dom) || IsPlatformDomain(dom) {
		return false
	}
	for _, a := range m.To {
		if !SameOrg(a.Email, from) || mailmsg.NormalizeEmail(a.Email) == mailmsg.NormalizeEmail(from) {
			return false
		}
	}
	// A candidate in Cc ("WG: Bewerbung Data Scientist" forwarded to the
	// hiring manager with the applicant copied) makes it their mail too.
	for _, a := range m.Cc {
		if !SameOrg(a.Email, from) {
			return false
		}
	}
	return true
}

// Subject prefixes of automatic replies in the clients people use
// (Exchange/Outlook, Gmail, Apple Mail, German/French/Spanish Outlook).
var oooSubjects = []string{
	"automatic reply", "auto reply", "auto-reply", "autoreply", "auto response", "auto-response",
	"out of office", "out of the office", "ooo", "vacation", "away from", "abwesenheit",
	"automatische antwort", "réponse automatique", "absent", "absence", "respuesta automática", "fuera de la oficina",
	"abwesend", "ausente", "away:", "away from the office",
}

// paidWork: the only receipt word is the bill, and the writer pays the
// reader for work ("we pay a flat $600 for the test regardless of the
// outcome; invoice details are in the attached PDF", "whether you will
// invoice as a US company"): the reader's invoice for a paid test or a
// contract, no order of theirs.
func paidWork(d *doc) bool {
	return !ruleOff("paid-work") && payingReader.contains(d.body) && receiptWordsAllIn(d, billWords)
}

// receiptWordsAllIn: every receipt word of the subject and the body is
// one of words.
func receiptWordsAllIn(d *doc, words map[string]bool) bool {
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[clsReceipt] {
			if !words[h.t.text] {
				return false
			}
		}
	}
	return true
}

// noticeReceiptOnly: the only receipt word is "receipt of this", the day
// the message itself arrives ("you may file an appeal ... within 20 days
// of receipt of this notice", r79; "please acknowledge receipt of this
// e-mail"), not a purchase's receipt nor an application's ("we
// acknowledge receipt of your application to the competition").
func noticeReceiptOnly(d *doc) bool {
	if ruleOff("notice-receipt") {
		return false
	}
	for _, side := range []struct {
		hits []hit
		toks []string
	}{{d.bodyHits[clsReceipt], d.bodyToks}, {d.subjHits[clsReceipt], d.subjToks}} {
		for _, h := range side.hits {
			if h.t.text != "receipt" || h.pos+2 >= len(side.toks) || side.toks[h.pos+1] != "of" || side.toks[h.pos+2] != "this" {
				return false
			}
		}
	}
	return true
}

// checkOrder: the only receipt words are an order's, and the order is a
// pre-employment check the employer placed with a screening vendor
// ("the education verification included in your background check ...
// Track your order", r83), not a purchase of the reader's.
func checkOrder(d *doc) bool {
	return !ruleOff("check-order") && screeningCheck.contains(d.body) && receiptWordsAllIn(d, orderWords)
}

// orderWords are the receipt words a screening vendor's order has too.
var orderWords = map[string]bool{"your order": true, "order number": true, "order confirmation": true}

// screeningCheck names a check an employer orders on a candidate.
var screeningCheck = cues("background check", "background screening", "pre-employment screening", "employment verification",
	"education verification", "drug screen", "drug test")

// billWords are the receipt words that are a bill alone.
var billWords = map[string]bool{"invoice": true, "rechnung": true, "facture": true, "factura": true}

// payingReader: the writer pays the reader, or the reader bills the
// writer.
var payingReader = cues("we pay ", "we'll pay", "we will pay", "it's paid", "paid test", "paid trial", "paid art test",
	"we'll transfer", "we will transfer", "you will invoice", "you'll invoice", "you invoice", "invoice us", "invoice as ",
	"wir zahlen", "wir vergüten", "nous payons", "pagamos ")

// receiptWords are a responder's word that what was sent arrived, with
// no one's absence: "we confirm that your email and any attachments,
// including your CV, have been received".
var receiptWords = cues("have been received", "has been received", "we have received", "we've received", "hemos recibido",
	"nous avons bien reçu", "avons bien reçu", "abbiamo ricevuto", "recebemos", "hebben we ontvangen", "haben wir erhalten")

// returnCues introduce the date an absent sender is back.
var returnCues = cues(
	"until", "till ", "through ", "thru ", "returning", "return on", "return to", "be back", "back on",
	"back in", "back at", "back to the office", "bis ", "zurück", "jusqu", "de retour", "retour le",
	"hasta", "regreso", "regresaré", "vuelvo", "volveré", "back ", "ab dem", "ab ", "wieder erreichbar",
	"wieder im büro", "de retour", "à partir du", "a partir del",
)

// returnCue: a return cue in body that starts a word; "back " and "back
// on" end "feedback" ("sharing his feedback with the committee"), "till "
// ends "still".
func returnCue(body string) bool {
	if ruleOff("return-cue-word") {
		return returnCues.contains(body)
	}
	return returnCues.wordIndex(body) >= 0
}

// firstPersonAway reports absence text said of the writer ("I am out of
// the office"), not of someone else ("our director is out of the office
// this week"): a first-person word in the four words before it.
func firstPersonAway(d *doc) bool {
	for _, h := range d.bodyHits[clsOOO] {
		for k := h.pos - 1; k >= 0 && k >= h.pos-4; k-- {
			if pastAway[d.bodyToks[k]] {
				break // "thanks for your patience while I was on leave"
			}
			if firstPerson[d.bodyToks[k]] {
				return true
			}
		}
	}
	return false
}

// pastAway between the writer and an absence puts it behind them: "while
// I was on leave", "cuando estaba de vacaciones" is said once back; so
// does a time around it: "meant to get back to you before I went on leave".
var pastAway = map[string]bool{
	"was": true, "were": true, "been": true, "war": true, "étais": true, "estaba": true, "estuve": true,
	"ero": true, "stavo": true, "estava": true, "estive": true, "went": true, "before": true, "after": true,
}

var firstPerson = map[string]bool{
	"i": true, "i'm": true, "i'll": true, "ich": true, "bin": true, "je": true, "suis": true, "serai": true,
	"estoy": true, "estaré": true, "sono": true, "sarò": true, "ik": true, "estou": true, "estarei": true,
	"am": true,
}

func (b *verdictBuilder) outOfOffice(d *doc) bool {
	subjCue := ""
	for _, s := range oooSubjects {
		if strings.HasPrefix(d.subj, s) {
			subjCue = s
			break
		}
	}
	text := d.has(clsOOO) && (b.v.AutoReply || b.v.Automated || subjCue != "" || firstPersonAway(d))
	// Text alone ("out of the office until ...") makes an absence notice only
	// outside list mail: newsletters talk about being out of the office too.
	// "Auto-Submitted: auto-replied" (RFC 3834) is a responder's reply:
	// with a return cue it is an absence notice even in words we lack.
	replied := strings.HasPrefix(strings.ToLower(d.m.AutoSubmitted), "auto-replied") || d.m.XAutoreply != ""
	if (subjCue != "" || replied && !ruleOff("replied-ack")) && !d.has(clsOOO) && (d.has(clsAck) && !weakAck(d) ||
		receiptWords.contains(d.body) && !returnCue(d.body) && !ruleOff("responder-receipt")) {
		// "Automatic reply: Application - Operations Lead" that says the
		// application arrived and nothing of anyone's absence: a
		// responder's acknowledgement, still about the application (so
		// is one marked only by its Auto-Submitted header: "This is an
		// automatic reply to let you know your email has landed safely
		// with us ... we'll reply to you personally within 3 working days")
		b.v.AutoReply = true
		if subjCue != "" {
			b.note("an automatic acknowledgement of an application (subject %q)", subjCue)
		} else {
			b.note("an automatic acknowledgement of an application (Auto-Submitted: %s)", d.m.AutoSubmitted)
		}
		return false
	}
	ooo := subjCue != "" || text && (b.v.AutoReply || !b.v.Bulk && (b.v.Automated || returnCue(d.body))) ||
		replied && returnCue(d.body)
	if !ooo {
		// A mailbox nobody reads any more, a help desk's receipt.
		if d.has(clsAutoText) && (b.v.AutoReply || b.v.Automated && !b.v.Bulk) {
			b.v.AutoReply = true
			b.note("automatic reply %q", d.first(clsAutoText))
			b.awayUntil(d) // away.go: an absence said in words the lexicon lacks
		}
		return false
	}
	if subjCue != "" {
		b.note("subject %q", subjCue)
	}
	if text {
		b.note("out-of-office text %q", d.first(clsOOO))
	}
	b.v.AutoReply = true
	b.awayUntil(d) // away.go
	return true
}

func (b *verdictBuilder) stage(d *doc) {
	set := func(s Stage, why string) {
		b.v.Stage = s
		b.note("stage %s: %s", s, why)
	}
	oc := d.outcome()
	if oc.retracted != "" {
		b.note("a no sent in error, taken back: %q", oc.retracted)
		b.v.RetractsNo = true
	}
	stopped := postForEveryone(d, oc)
	declines := readerDeclinesOffer(d)
	// A hold that is over is no news: "we paused hiring over the winter
	// ... Now that we've restarted the search ... we've decided not to
	// progress your application" is a no (r54).
	holdOver := oc.rejected() && oc.decidedOnReader() && searchResumed(d) && !ruleOff("hold-over")
	var redirect string
	var meetingAsked bool
	if oc.rejected() {
		redirect, meetingAsked = redirectedTo(d)
	}
	switch {
	case declines != "":
		set(StageWithdrawn, "the writer declines the offer they thank for: "+declines)
	case d.has(clsWithdrawn) && !offerChoice(d) && !(processClosedOnly(d) && oc.rejected() && oc.fams["declined"].w > 0) && !holdOver &&
		!(oc.rejected() && oc.filledByOther && !ruleOff("filled-over-withdrawn")):
		// (a process closed because the post was filled is a no: "a vaga
		// já foi preenchida e o processo foi encerrado"; so is a post
		// someone else got beside a withdrawal word said of another
		// thing: "Tom ... is no longer recruiting for Seattle roles ... the
		// position has since been filled by an internal candidate", r81)
		set(StageWithdrawn, fmt.Sprintf("%q", d.first(clsWithdrawn)))
	case stopped != "" && !holdOver:
		// the search paused or cancelled for every candidate, said to
		// be no decision on the reader: its "won't be scheduling the
		// final round" and regrets are the post's fate, not a no
		set(StageWithdrawn, stopped)
	case oc.rejected() && loneDecline(oc) && d.offerEvidence() != "" && d.offerFams >= 4 && !ruleOff("offer-over-lone-no"):
		// one cue of a no against an offer in full ("nos da mucho gusto
		// ofrecerte el puesto ... la carta formal te llega por DocuSign
		// ... compensación ... fecha de inicio", beside "contratación como
		// contractor", read as someone else taken): the offer
		set(StageOffer, d.offerEvidence()+"; beside a lone cue of a no: "+oc.reason())
	case oc.rejected() && loneDecline(oc) && b.outcomeToCome(d):
		// one cue of a no and nothing else of one, beside a promise of
		// the outcome itself: the decision is still to come ("the
		// committee then meets to choose the candidates ... and I will
		// write to all first-round candidates with the outcome by the end
		// of the month"). Its rejection points still hold the thread
		// (followup/policy.go's partialNo).
		set(StageAwaitingDecision, "a promise of the outcome beside a lone cue of a no: "+oc.reason())
	case oc.rejected() && quotedWithdrawal(d) != "" && !ruleOff("withdrawal-answered"):
		// "Totally understand - I've closed out your application on our
		// side" above the reader's "I'd like to withdraw my application":
		// the reader's withdrawal, acknowledged, not a no
		set(StageWithdrawn, "answers your withdrawal: "+quotedWithdrawal(d))
	case redirect != "":
		// a no to one post and a meeting asked about another ("we've
		// filled the Senior opening ... she'd like to talk to you about a
		// Staff Engineer role ... Would any of these work for you?"), or
		// the reader's interest asked: the other post is being arranged or
		// offered. Its rejection points still hold the thread
		// (followup/policy.go's partialNo), so nothing nudges.
		if meetingAsked {
			set(StageScheduling, "a no to one post, and a meeting asked about "+redirect+": "+oc.reason())
		} else {
			set(StageOutreach, "a no to one post, and your interest asked in "+redirect+": "+oc.reason())
		}
	case oc.rejected() && oc.fams["declined"].w > 0:
		// a decision against the application itself wins over the
		// post's fate ("the position has been closed and filled")
		set(StageRejected, fmt.Sprintf("rejection points %.2g", oc.reject()))
	case holdNearPost(d) != "":
		set(StageWithdrawn, holdNearPost(d))
	case oc.onPost != "" && (!oc.rejected() || !oc.decidedOnReader()):
		// the soft cues (a regret, good wishes, "this decision") fit a post
		// withdrawn as well as a no
		set(StageWithdrawn, "the post itself does not go on: "+oc.onPost)
	case oc.rejected():
		set(StageRejected, fmt.Sprintf("rejection points %.2g", oc.reject()))
	case answersQuotedNo(d) != "":
		set(StageRejected, "a reply that takes the no it quotes: "+answersQuotedNo(d))
	case d.has(clsOffer) && !negatedHit(d, clsOffer) && !conditionalHits(d, clsOffer) && !offerDone(d) && !competingOffer(d) &&
		!meetingOffered(d):
		set(StageOffer, fmt.Sprintf("%q", d.first(clsOffer)))
	case d.offerEvidence() != "":
		set(StageOffer, d.offerEvidence())
	case repliesToOffer(d) && !ruleOff("replies-to-offer"):
		// "Morgen passt gut – wie wäre es um 16 Uhr? Ich schaue mir das
		// Angebot dann in Ruhe an" above "Wir würden Dich sehr gerne an
		// Bord holen!": the offer's thread going on, its terms still open
		set(StageOffer, "a reply in the thread of the offer it quotes")
	case b.answersAcceptance && onboardingForms.contains(d.body):
		// "Perfect, the 30th it is. I'll send the I-9 and direct deposit
		// forms" above the reader's yes: the steps after it
		set(StageOther, "the steps after an offer you accepted")
	case b.answersAcceptance:
		// "June 7 is fine on our end. Updated letter attached" above
		// the reader's "Thank you again for the offer - I'm thrilled to
		// accept": the offer being settled
		set(StageOffer, "answers your words on the offer it quotes")
	case oc.retracted != "" && (b.v.PromiseAt != nil || b.v.PromiseUndated):
		// "Please disregard it. Your application is still very much
		// active, and I expect to have an update for you by Tuesday"
		set(StageAwaitingDecision, "the application goes on after a no sent in error, and an answer is promised")
	case offerAcceptedCues.contains(d.body) && offerDone(d) && !ruleOff("after-accepted-offer"):
		// "Congratulations again on accepting your offer ... book an
		// appointment at an approved fingerprinting location": the steps
		// after a yes, no interview and no offer still open
		set(StageOther, "the steps after an accepted offer")
	case acceptsQuotedOffer(d) && !ruleOff("accepts-quoted-offer"):
		// "Merci beaucoup, j'accepte avec plaisir !" above "nous serions
		// ravis de vous accueillir en CDD": the offer, taken
		set(StageOffer, "accepts the offer it answers")
	case d.has(clsAck) && !weakAck(d) && b.v.InterviewAt == nil && !d.has(clsScheduling) && !d.has(clsAwaiting):
		// "wir bestätigen den Eingang Ihrer Bewerbung", "confirmamos la
		// recepción": the confirmation of an application received, with
		// no meeting or time in it, is its acknowledgement
		set(StageApplicationAck, fmt.Sprintf("%q", d.first(clsAck)))
	case b.v.InterviewAt == nil && (d.has(clsInterview) || interviewNouns.contains(d.body)) && slotQuestion(d) != "":
		// an interview and a question about its time, no day fixed: being
		// arranged, whatever confirmation or profile words surround it
		set(StageScheduling, fmt.Sprintf("asks about a time: %q", clip(slotQuestion(d))))
	case d.has(clsScheduled) && !(d.has(clsScheduling) && b.v.AsksMe):
		// "once your time is confirmed" in a message that asks for a
		// time is still finding one
		set(StageInterviewScheduled, fmt.Sprintf("%q", d.first(clsScheduled)))
	case b.v.InterviewAt != nil && d.m.Calendar != "":
		set(StageInterviewScheduled, "calendar invitation")
	case b.replyMeeting && !d.has(clsAwaiting) && !d.has(clsScheduling):
		set(StageInterviewScheduled, "a reply that confirms or moves the meeting")
	case b.candidateThanks && !d.has(clsScheduling) && !d.has(clsScheduled):
		set(StageAwaitingDecision, "a candidate's thanks after an interview")
	case b.postReply != "" && !d.has(clsAwaiting):
		set(b.postReply, "what the reply under the post's subject does")
	case strongOutreach(d) != "" && !d.has(clsAwaiting) && !(d.has(clsAck) && !weakAck(d)):
		// a first approach that asks for a call is outreach, not
		// scheduling
		set(StageOutreach, fmt.Sprintf("%q", strongOutreach(d)))
	case b.othersLeft && !d.has(clsScheduled):
		set(StageAwaitingDecision, "an answer promised while others are still seen")
	case d.has(clsScheduling):
		set(StageScheduling, fmt.Sprintf("%q", d.first(clsScheduling)))
	case d.has(clsScheduled):
		set(StageInterviewScheduled, fmt.Sprintf("%q", d.first(clsScheduled)))
	case d.has(clsAwaiting):
		set(StageAwaitingDecision, fmt.Sprintf("%q", d.first(clsAwaiting)))
		b.v.StageFromSubject = len(d.bodyHits[clsAwaiting]) == 0 && isReply(d.m) && !ruleOff("stage-from-subject")
	case d.quotedText() != "" && slotQuestion(d) != "" && !b.awaitsAnswer(d):
		set(StageScheduling, fmt.Sprintf("asks about a time: %q", clip(slotQuestion(d))))
	case d.has(clsAck) && !(weakAck(d) && b.awaitsAnswer(d)):
		set(StageApplicationAck, fmt.Sprintf("%q", d.first(clsAck)))
	case b.awaitsAnswer(d):
		// a promise of news after meeting: a decision to come
		set(StageAwaitingDecision, "a promise of an answer")
	case b.eitherWay:
		set(StageAwaitingDecision, "an answer promised either way")
	case (b.v.PromiseAt != nil || b.v.PromiseUndated) && d.quotedText() != "" && !d.has(clsOutreach):
		// a reply in the conversation that promises to come back: the
		// other side has the next word
		set(StageAwaitingDecision, "a reply that promises further contact")
	case d.has(clsAck):
		set(StageApplicationAck, fmt.Sprintf("%q", d.first(clsAck)))
	default:
		b.v.Stage = StageOutreach
		if d.has(clsOutreach) {
			b.note("stage outreach: %q", d.first(clsOutreach))
		}
	}
}

// interviewOfReply: a reply under a subject that names an interview in
// the hiring sense ("Re: Pinecrest Mutual would like to interview you!",
// "Re: Entrevista con Transportes Olmeca") whose own words fix its time
// ("Thursday 11:30 it is", "queda confirmada para el jueves 5 a las
// 10:00"), ask for one ("are you free Tues or Wed afternoon?") or promise
// one ("je te reviens d'ici jeudi avec un créneau") is that interview
// being arranged. Press and research words keep the subject's
// interview in their sense.
func (b *verdictBuilder) interviewOfReply(d *doc) {
	if len(d.subjHits[clsInterview]) == 0 && !interviewNouns.contains(d.subj) && !panelWords.contains(d.subj) || !isReply(d.m) || d.has(clsOtherSense) ||
		len(thirdPartyHits(d)) > 0 || quoteOfOtherSense(d) {
		return
	}
	if b.v.InterviewAt != nil {
		b.add(replyInterviewWeight, "a reply that fixes the time of the interview of the subject")
		return
	}
	for _, s := range d.sentences() {
		if namesSlot(s.text) && arranges(s.text) {
			b.add(replyInterviewWeight, "a reply that arranges the interview of the subject: %q", clip(s.text))
			return
		}
	}
}

// confirmsInterview: the message fixes a meeting's time in words of
// confirmation, and names the meeting an interview (in its subject or
// body), with no sign of another sense or of someone else's hiring.
func confirmsInterview(d *doc, timed bool) bool {
	return timed && d.has(clsScheduled) &&
		(d.has(clsInterview) || interviewNouns.contains(d.subj) || interviewNouns.contains(d.body) || panelWords.contains(d.subj)) &&
		!d.has(clsOtherSense) && len(thirdPartyHits(d)) == 0 && !quoteOfOtherSense(d)
}

// postOfReply: a person's reply under a subject that names a post ("Re:
// Tasman Mutual - Senior Data Engineer (contract, remote)", "Re: Checking
// in - RevOps Manager") is that application being handled when its own
// words do what a hiring conversation does next: fix or confirm a
// meeting's time ("you're all set for Thursday 1/21 at 10am"), ask for
// one ("can u do tmrw 3pm ET?") or promise an answer ("you'll hear from me
// by Friday either way"). Such replies are short and their quote is often
// the reader's own two lines, so neither carries hiring words. A subject
// title alone is not enough (colleagues write "Re: Engineering Manager
// sync"), nor is a reply whose words are press, research, someone else's
// hiring or another kind of application.
func (b *verdictBuilder) postOfReply(d *doc) {
	title := subjectPost(d)
	if title == "" && !referenceSubject.contains(d.subj) || !isReply(d.m) || b.v.NoReply || d.has(clsElsewhere) ||
		len(thirdPartyHits(d)) > 0 || quoteOfOtherSense(d) || d.outcome().rejected() {
		return
	}
	if d.has(clsOtherSense) {
		return
	}
	if title == "" {
		title = "references"
	}
	switch {
	case b.v.InterviewAt != nil:
		b.add(replyPostWeight, "a reply under a post's subject (%q) that fixes a meeting's time", title)
		b.postReply = StageInterviewScheduled
	case b.v.PromiseAt != nil && !slotPromised(b.promiseSentence):
		b.add(replyPostWeight, "a reply under a post's subject (%q) that promises an answer by a date", title)
		b.postReply = StageAwaitingDecision
	case b.v.PromiseUndated && decisionWords.contains(d.body):
		b.add(replyPostWeight, "a reply under a post's subject (%q) that promises an answer", title)
		b.postReply = StageAwaitingDecision
	default:
		if s := slotQuestion(d); s != "" {
			b.add(replyPostWeight, "a reply under a post's subject (%q) that asks about a time: %q", title, clip(s))
			b.postReply = StageScheduling
			return
		}
		sents := d.sentences()
		for n, s := range sents {
			if s.question && n+1 < len(sents) && namesSlot(sents[n+1].text) && !namesSlot(s.text) {
				// "Would either of these work for you? - Thursday Feb 11, ..."
				b.add(replyPostWeight, "a reply under a post's subject (%q) that offers times: %q", title, clip(s.text))
				b.postReply = StageScheduling
				return
			}
			if namesSlot(s.text) && (arranges(s.text) || d.has(clsScheduled)) {
				b.add(replyPostWeight, "a reply under a post's subject (%q) that arranges a meeting: %q", title, clip(s.text))
				b.postReply = StageScheduling
				return
			}
		}
	}
}

// subjectPost is the job title a subject names as its topic ("Staff Data
// Engineer - next conversation"), or "": not a field or a department
// ("Engineering offsite", "the staff directory") and not when the subject
// names a colleagues' meeting ("Product Manager sync", "Team Lead
// offsite").
func subjectPost(d *doc) string {
	if colleagueMeeting.contains(d.subj) {
		return ""
	}
	for _, h := range d.subjHits[clsTitle] {
		switch d.subjToks[h.pos] {
		case "engineering", "directory", "directories", "management":
			continue
		}
		return h.t.text
	}
	// An occupation that is no hiring evidence on its own (lexicon.go's
	// roleOnly titles) names the post in a reply's subject: "Re: Studio
	// assistant", "Re: Bakery café supervisor", "Re: Informal chat - Band 6
	// Charge Nurse", whose reply must still do what a hiring conversation
	// does next (postOfReply).
	for _, t := range d.subjToks {
		if subjectOccupations[t] {
			return t
		}
	}
	return ""
}

// subjectOccupations are occupations that, in a reply's subject, name the
// post the reply is about: words that name a job and little else (not
// "staff", "member", "head", "owner" or "editor", which colleagues' and
// clubs' subjects have).
var subjectOccupations = map[string]bool{
	"assistant": true, "supervisor": true, "nurse": true, "apprentice": true, "apprenticeship": true, "trainee": true,
	"traineeship": true, "teacher": true, "instructor": true, "lecturer": true, "chef": true, "cook": true, "baker": true,
	"barista": true, "bartender": true, "server": true, "waiter": true, "waitress": true, "cashier": true, "mechanic": true,
	"electrician": true, "fitter": true, "welder": true, "plumber": true, "carpenter": true, "caregiver": true, "carer": true,
	"receptionist": true, "housekeeper": true, "stylist": true, "paralegal": true, "librarian": true, "pharmacist": true,
	"therapist": true, "clerk": true, "estimator": true, "programmer": true, "copywriter": true, "illustrator": true,
	"animator": true, "traineeprogramm": true, "praktikum": true,
}

// colleagueMeeting are the meetings of people who work together.
var colleagueMeeting = cues("offsite", "off-site", "sync", "1:1", "1-1", "one-on-one", "standup", "stand-up", "retro",
	"all-hands", "all hands", "town hall", "weekly", "planning", "dinner", "lunch", "drinks", "party", "farewell",
	"leaving do", "team meeting", "quarterly", "okr", "roadmap", "sprint", "onboarding buddy",
	// and a parent's with a child's teacher: "Re: Parent-teacher conference"
	"parent")

// referenceSubject names the reference check of a late stage, which a
// subject of its own carries like a post's title: "Re: References".
var referenceSubject = cues("references", "reference check", "referees", "referenzen", "références", "referencias",
	"referenze", "referenties", "referências")

// replyPostWeight is postOfReply's evidence: with nothing else, a job
// message.
const replyPostWeight = 3.0

// slotPromised: what a promise's words bring is a slot for a meeting
// ("she usually confirms a slot within 3-5 working days", "te mando los
// horarios el lunes"): a meeting being arranged, no answer on the post.
func slotPromised(words string) bool {
	for _, t := range tokenize(words) {
		if slotNouns[t] {
			return !ruleOff("slot-promised")
		}
	}
	return false
}

// arranges reports a sentence that arranges a meeting at the time it
// names: it accepts or confirms it ("Thursday 11:30 it is", "staat
// genoteerd"), asks whether the reader is free, sends the invitation or
// names the meeting or a slot; not "let's discuss the changes on
// Thursday" or "are you still up for dinner on Saturday?".
func arranges(s string) bool {
	if acceptCues.contains(s) || replyConfirmCues.contains(s) || meetingContext.contains(s) || arrangeCues.contains(s) ||
		twoZoneTime(s) {
		return true
	}
	for _, t := range tokenize(s) {
		if slotNouns[t] {
			return true
		}
	}
	return false
}

// twoZoneTime: a time said in the writer's zone and the reader's ("3.30pm
// UK / 10.30am yours", "9pm SG / 9am your time", "11:00 AM ET / 8:30 PM
// IST") is a meeting's, agreed across an ocean; a deadline is not said
// twice.
func twoZoneTime(s string) bool {
	return strings.IndexByte(s, '/') > 0 && reTwoZoneTime.MatchString(s) && !ruleOff("two-zone-time")
}

var reTwoZoneTime = regexp.MustCompile(`\b(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|\d{1,2}h\d{2})\s*(?:[a-z]{2,5}\s*)?(?:time\s*)?/\s*(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|\d{1,2}h\d{2})`)

// arrangeCues accept, confirm or ask for a time in a meeting's words.
var arrangeCues = cues(
	"it is", "invite", "link", "free ", "free?", "available", "availability", "confirm", "genoteerd", "notiert",
	"noté", "anotado", "segnato", "disponible", "disponível", "disponibile", "beschikbaar", "verfügbar", "zeit hast",
	"zeit haben", "tiempo", "bevestig", "bestätig", "confirmad", "confermat", "uitnodiging", "einladung", "invitación",
	"convite", "invito",
)

// quotedHits are the lexicon hits of the message a reply quotes, by
// class, scanned once for the quote readers below.
func (d *doc) quotedHits() *[numClasses][]hit {
	if !d.quotedHitsSet {
		d.quotedHitsSet = true
		if q := d.quotedText(); q != "" {
			lex.scan(appendTokens(nil, q), func(h hit) {
				d.quotedHitsBy[h.t.cls] = append(d.quotedHitsBy[h.t.cls], h)
			})
		}
	}
	return &d.quotedHitsBy
}

// quoteOfOthersHiring reports a quote that puts the reader on someone
// else's hiring as strongly as thirdPartyMin: "Maya Chen has applied for
// the post ... and has given your name as a referee".
func quoteOfOthersHiring(d *doc) bool {
	sum, _ := sumDistinct(d.quotedHits()[clsThirdParty], 10)
	return sum >= thirdPartyMin
}

// quoteOfPressSense reports a quote that speaks of an interview in the
// press or research sense: more words of that sense ("the piece on",
// "user research") than of hiring, and no post or word after an interview
// for one ("the Graduate Research Assistant post", "thank you and the
// panel" beside a "survey").
func quoteOfPressSense(d *doc) bool {
	qh := d.quotedHits()
	if len(qh[clsPostNoun]) > 0 || len(qh[clsAwaiting]) > 0 {
		return false // "the ... post", "the panel", "enjoyed our conversation"
	}
	o, _ := sumDistinct(qh[clsOtherSense], capOtherSense)
	h, _ := sumDistinct(slices.Concat(qh[clsHiring], qh[clsTitle]), 10)
	return o >= 1.5 && o > h
}

// quoteOfOtherSense reports press, research or someone else's hiring in
// the message a reply quotes: "Re: Interview" below "thanks for agreeing
// to be on the podcast" is no job interview, however short the reply.
func quoteOfOtherSense(d *doc) bool {
	qh := d.quotedHits()
	return len(qh[clsOtherSense]) > 0 || len(qh[clsThirdParty]) > 0 || len(qh[clsElsewhere]) > 0
}

// replyInterviewWeight is interviewOfReply's evidence: with the subject's
// own interview points, a job message.
const replyInterviewWeight = 1.5

// decisionWords make a promise one of an answer about the application.
var decisionWords = cues(
	"decision", "feedback", "outcome", "update", "news", "answer", "back to you", "let you know", "next steps",
	"entscheidung", "rückmeldung", "bescheid", "décision", "retour", "réponse", "nouvelles", "decisión", "respuesta",
	"noticias", "novedades", "decisione", "riscontro", "risposta", "aggiornamento", "beslissing", "terugkoppeling",
	"laten weten", "uitsluitsel", "decisão", "retorno", "resposta", "notícias", "novidades",
	// Danish, Norwegian and Swedish: "vi vender tilbage med en
	// tilbagemelding", "du får besked", "återkoppling", "svar"
	"beslutning", "beslutt", "beslut", "tilbagemelding", "tilbakemelding", "återkoppling", "besked", "beskjed",
	"svar ", "afklaring", "avklaring",
	// the answer said by its two outcomes or as word from the writer:
	// "you'll hear from me by Tuesday at the latest, either way", "te digo
	// algo seguro, sea lo que sea"
	"either way", "one way or the other", "sea lo que sea", "hear from us", "hear from me",
)

// loneDecline: the only cue of a no is one declined phrase ("choose" ...
// candidates, "weren't able to take", "close" ... the other candidate),
// with no regret, good wishes, keep-on-file or mismatch beside it, and not
// one said of the reader's own application.
func loneDecline(oc *outcome) bool {
	if ruleOff("outcome-to-come") || oc.self || oc.model > 0 {
		return false
	}
	for f := range oc.fams {
		if f != "declined" && f != "decision" {
			// (a decision word beside it is the same news: "hat sich
			// ... für einen Kandidaten bzw. eine Kandidatin entschieden",
			// r79)
			return false
		}
	}
	return oc.fams["declined"].w > 0
}

// outcomeToCome: the message's promise is of the outcome itself, its
// sentence says so ("I'll come back to you on Sunday latest with an answer,
// either way"; "we will write to every candidate straight after that
// meeting, whatever the outcome").
func (b *verdictBuilder) outcomeToCome(d *doc) bool {
	if b.v.PromiseAt == nil && !b.v.PromiseUndated || b.promiseSentence == "" {
		return false
	}
	for _, s := range d.sentences() {
		if strings.Contains(s.text, b.promiseSentence) && outcomeWords.contains(s.text) {
			return true
		}
	}
	return false
}

// outcomeWords name the decision still to be made, not feedback on one
// made ("I'll send your feedback by Friday" follows many a no).
var outcomeWords = cues("the outcome", "whatever the outcome", "an answer", "either way", "one way or the other",
	// an answer in the other languages (r50: "dou-lhe uma resposta até ao
	// fim do mês")
	"uma resposta", "una respuesta", "une réponse", "eine antwort", "una risposta", "een antwoord",
	// whether it is a yes: "je reviens vers toi sous 5 jours ouvrés pour
	// te dire si on peut ouvrir quelque chose" (r50)
	"te dire si", "vous dire si", "let you know whether", "tell you whether", "decirte si", "decirle si",
	"dirti se", "dirle se", "dizer-lhe se", "te dizer se", "ob wir",
	"our decision", "a decision", "the decision", "das ergebnis", "unsere entscheidung", "le résultat", "notre décision",
	"el resultado", "nuestra decisión", "l'esito", "la decisione", "de uitslag", "het besluit", "o resultado", "a decisão",
	// the binding word still to come (r79: "bevor wir eine verbindliche
	// Aussage treffen können ... bis zum 16.07. eine abschließende
	// Rückmeldung")
	"abschließende rückmeldung", "verbindliche aussage", "endgültige rückmeldung", "final answer", "definitive answer",
	"réponse définitive", "respuesta definitiva", "risposta definitiva", "resposta definitiva", "definitief antwoord")

// awaitsAnswer: a promise of news about the application after meeting.
func (b *verdictBuilder) awaitsAnswer(d *doc) bool {
	return (b.v.PromiseAt != nil || b.v.PromiseUndated) && (decisionWords.contains(d.body) || othersMet(d)) &&
		(metWords.contains(d.body) || metWords.contains(d.quotedText()) || interviewNouns.contains(d.subj) || panelWords.contains(d.subj)) &&
		!d.has(clsOutreach)
}

// othersMet: a reply to the reader's thanks after meeting that names the
// other candidates still to be seen makes its promise one of a decision:
// "We'll be in touch once we've seen the last two candidates."
func othersMet(d *doc) bool {
	return d.quotedText() != "" && thanksCues.contains(d.quotedText()) && candidateWords.contains(d.body) ||
		decisionAmongOthers(d) != "" // "it's between you and one other cook now ... we'll be in touch soon"
}

var candidateWords = cues("candidates", "finalists", "kandidaten", "kandidatinnen", "candidats", "candidatos", "candidati",
	"finalistes", "finalistas", "finalisti", "finalisten")

// thanksOnly: every cue of class c (an acknowledgement, a wait after an
// interview) thanks ("Thank you for your application", "Tack för din
// ansökan", "Takk for intervjuet", "Thank you for taking the time to
// speak with us"), none says the application was received or is being
// reviewed, or what happens next: the opening of a no as much as of an
// acknowledgement or a wait.
func thanksOnly(d *doc, c class) bool {
	n := 0
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[c] {
			if !thanksWords.hasPrefix(h.t.text) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// thanksWords open a phrase of thanks in the languages of the lexicon.
var thanksWords = prefixes{"thank", "many thanks", "tack", "tak ", "takk", "danke", "vielen dank", "herzlichen dank",
	"merci", "gracias", "muchas gracias", "grazie", "bedankt", "dank ", "hartelijk dank", "obrigad", "agradec",
	"muito obrigad", "la ringrazio", "ti ringrazio"}

// weakAck: the only acknowledgement cue is "thank you for your interest",
// which a note after a phone screen says too.
func weakAck(d *doc) bool {
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[clsAck] {
			if h.t.text != "thank you for your interest" && h.t.text != "thanks for your interest" {
				return false
			}
		}
	}
	return true
}

// metWords say the two sides have met or others are being met: what
// makes a promise of news one of a decision.
var metWords = cues(
	"interview", "conversation", "spoke", "speaking", "met ", "meeting", "call", "chat", "panel", "finalist",
	"candidates", "phone", "gespräch", "entretien", "échange", "entrevista", "conversa", "colloquio", "gesprek", "kandidat",
	"candidati", "candidatos", "candidats", "incontr", "reunião", "charla", "debrief", "onsite", "final round",
	"samtale", "samtal", "intervju", "møde", "möte", "møte",
	// "Thanks for coming in today, it was really great to meet you ... one
	// more person to see tomorrow"
	"meet you", "coming in", "more person", "more people",
)

// strongOutreach is an outreach cue other than the words a follow-up or a
// scheduling note uses too ("reaching out", "I wanted to follow up").
func strongOutreach(d *doc) string {
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[clsOutreach] {
			switch h.t.text {
			case "reaching out", "i wanted to follow up", "following up on my application", "on behalf of", "i'm working with":
			default:
				return h.t.text
			}
		}
	}
	return ""
}

// negatedHit reports that every hit of class c is negated: "we won't be
// extending an offer".
func negatedHit(d *doc, c class) bool {
	for _, hs := range []*[numClasses][]hit{&d.bodyHits, &d.subjHits} {
		toks, marks := d.bodyToks, d.marks
		if hs == &d.subjHits {
			toks, marks = d.subjToks, nil
		}
		for _, h := range hs[c] {
			if !negatedAt(hs, toks, marks, h.pos, 4) {
				return false
			}
		}
	}
	return true
}

// repliesToOffer: a reply that quotes an offer being made, neither
// settled below nor answered with a decline or a withdrawal, about no
// other kind of thing.
func repliesToOffer(d *doc) bool {
	q := d.quotedText()
	if q == "" || !isReply(d.m) || !offerMakeCues.contains(q) || offerSettledBelow(d) || declineCues.contains(d.body) ||
		offerAfterCues.contains(d.body) || offerDoneCues.contains(d.body) ||
		d.has(clsWithdrawn) || d.has(clsOtherSense) || d.has(clsElsewhere) || len(thirdPartyHits(d)) > 0 || quoteOfOthersHiring(d) {
		return false
	}
	return len(d.quotedHits()[clsOffer]) > 0
}

// quotedWithdrawal returns the reader's own withdrawal in the message a
// reply quotes ("I'd like to withdraw my application"), or "".
func quotedWithdrawal(d *doc) string {
	if !isReply(d.m) {
		return ""
	}
	for _, h := range d.quotedHits()[clsWithdrawn] {
		if h.t.fam == "reader" {
			return h.t.text
		}
	}
	return ""
}

// offeredNotPost are what else an offer's words offer or welcome to: a
// conference's poster or talk, a ticket or a discount, a place at a
// school, a visit to the office ("we are pleased to offer you a poster
// slot", "Je bent van harte welkom op ons kantoor").
var offeredNotPost = map[string]bool{"poster": true, "talk": true, "presentation": true, "abstract": true,
	"ticket": true, "tickets": true, "discount": true, "voucher": true, "scholarship": true, "admission": true,
	"kantoor": true, "office": true, "büro": true, "bureau": true, "oficina": true, "ufficio": true, "escritório": true}

// meetingOffered reports every offer cue in the body followed within a
// few words of its sentence by a meeting, none in the subject: "nous avons le plaisir de
// vous proposer un premier entretien", "we're delighted to offer you an
// interview" invite, they offer no post.
func meetingOffered(d *doc) bool {
	if len(d.subjHits[clsOffer]) > 0 || len(d.bodyHits[clsOffer]) == 0 || ruleOff("meeting-offered") {
		return false
	}
	for _, h := range d.bodyHits[clsOffer] {
		e := h.pos + len(h.t.words)
		met := false
		for k := e; k < len(d.bodyToks) && k < e+4 && !crosses(d.marks, e-1, k); k++ {
			if slotWords[d.bodyToks[k]] || offeredNotPost[d.bodyToks[k]] {
				met = true
				break
			}
		}
		if !met {
			return false
		}
	}
	return true
}

// conditionalHits reports every hit of c in the body under a condition
// earlier in its sentence and none in the subject: "if you have been
// successful, Olivia will call you first and a written offer will follow",
// "only after an offer has been accepted", "si vous êtes retenu, une
// offre vous sera envoyée".
func conditionalHits(d *doc, c class) bool {
	if len(d.subjHits[c]) > 0 || len(d.bodyHits[c]) == 0 {
		return false
	}
	for _, h := range d.bodyHits[c] {
		conditional := false
		if h.pos > 0 && d.bodyToks[h.pos-1] == "any" && !ruleOff("any-offer") {
			// "any offer of employment will be contingent on a clear
			// background check": what would hold for an offer, if made
			continue
		}
		for k := h.pos - 1; k >= 0 && k >= h.pos-25 && !crosses(d.marks, k, h.pos); k-- {
			if offerConditions[d.bodyToks[k]] && !(d.bodyToks[k] == "als" && d.lang() == langDE && !ruleOff("german-als")) ||
				offerPrecondition(d.bodyToks, k) || d.bodyToks[k] == "of" && d.lang() == langNL && !ruleOff("dutch-whether") {
				// (German "als" is "as": "die Position als Senior Data
				// Engineer anbieten"; the Dutch one is "if", and Dutch
				// "of" is "whether": "we laten je weten of we je een
				// aanbod kunnen doen")
				conditional = true
				break
			}
		}
		if !conditional {
			return false
		}
	}
	return true
}

// offerPrecondition reports what must come before any offer, at toks[k]:
// "Before any offer of employment can be made you will need a current
// Working With Children Check", "prior to an offer", "before we can
// extend you an offer". "Before I send the offer letter" is no condition.
func offerPrecondition(toks []string, k int) bool {
	return (toks[k] == "before" || toks[k] == "prior") && k+2 < len(toks) &&
		(toks[k+1] == "any" || toks[k+1] == "an" || toks[k+1] == "to" && (toks[k+2] == "any" || toks[k+2] == "an") ||
			(toks[k+1] == "we" || toks[k+1] == "i") && toks[k+2] == "can") &&
		!ruleOff("offer-precondition")
}

var offerConditions = map[string]bool{
	"if": true, "unless": true, "should": true, "once": true, "after": true, "whether": true, "wenn": true,
	"falls": true, "sofern": true, "nachdem": true, "si": true, "se": true, "qualora": true, "caso": true,
	"als": true, "indien": true, "zodra": true, "mocht": true, "mochten": true, "sollte": true, "sollten": true,
	"ob": true,
}

// meetingThanks thank for a meeting, in the reader's note after it.
// eitherWayCues say an answer comes whatever it is.
var eitherWayCues = cues("either way", "one way or the other", "one way or another", "whatever the outcome",
	"whatever the decision", "so oder so", "quelle que soit la décision", "sea cual sea la decisión",
	"qualunque sia l'esito", "wat de uitkomst ook is", "seja qual for a decisão")

var meetingThanks = cues("for having me", "for taking the time", "thanks for today", "thank you for today", "for meeting with me",
	"for the conversation", "for our conversation", "for the chat", "for speaking with me", "for talking with me",
	"für das gespräch", "für das nette gespräch", "pour l'entretien", "pour notre échange", "por la entrevista",
	"por la charla", "per il colloquio", "voor het gesprek", "pela entrevista", "pela conversa")

// processClosedOnly: every withdrawal word says only that the process
// closed ("o processo foi encerrado", "the process is now closed"), which
// a post filled by someone else closes too.
func processClosedOnly(d *doc) bool {
	if len(d.subjHits[clsWithdrawn]) > 0 {
		return false
	}
	for _, h := range d.bodyHits[clsWithdrawn] {
		if !processWordsIn.contains(h.t.text) {
			return false
		}
	}
	return true
}

// processWordsIn name a selection process inside a phrase: "o processo
// foi encerrado", "el proceso se ha cerrado", "das Verfahren ist beendet".
var processWordsIn = cues("process", "proceso", "verfahren", "procédure", "procedura", "procedure")

// offerChoice: the only withdrawal words are the choice an offer gives
// ("please accept or decline the offer in the portal"), not a decline.
func offerChoice(d *doc) bool {
	if !offerChoiceCues.contains(d.body) {
		return false
	}
	for _, h := range d.bodyHits[clsWithdrawn] {
		if !strings.HasPrefix(h.t.text, "decline") {
			return false
		}
	}
	return len(d.subjHits[clsWithdrawn]) == 0
}

var offerChoiceCues = cues("accept or decline", "accept or reject", "annehmen oder ablehnen", "accepter ou refuser",
	"aceptar o rechazar", "accettare o rifiutare", "aceitar ou recusar", "accepteren of afwijzen",
	// the choice in brackets: "please review and accept (or decline) the offer"
	"accept (or decline)", "accept (or reject)")

// competingOffer: every offer word is another employer's ("mocht je een
// ander aanbod krijgen", "if you receive another offer", "a competing
// offer"): no offer from this one.
func competingOffer(d *doc) bool {
	if len(d.subjHits[clsOffer]) > 0 || len(d.bodyHits[clsOffer]) == 0 {
		return false
	}
	for _, h := range d.bodyHits[clsOffer] {
		if h.pos == 0 || !competingWords[d.bodyToks[h.pos-1]] {
			return false
		}
	}
	return true
}

var competingWords = map[string]bool{"another": true, "other": true, "competing": true, "ander": true, "andere": true,
	"anderes": true, "anderen": true, "autre": true, "otra": true, "otro": true, "altra": true, "outra": true, "outro": true}

// holdNearPost finds "put on hold"/"cancelled"/"closing" within a few words
// of a word for the position itself ("the role has been put on hold", "we
// are closing the search"). An interview between them makes it about one
// meeting ("the interview for the role has been cancelled"): rescheduling.
func holdNearPost(d *doc) string {
	for k, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		toks := d.bodyToks
		if k == 1 {
			toks = d.subjToks
		}
		for _, h := range hs[clsHoldEvent] {
			for _, p := range hs[clsPostNoun] {
				lo, hi := min(p.pos, h.pos), max(p.pos, h.pos)
				if hi-lo > 6 && !(h.pos < p.pos && hi-lo <= 12 && holdIncludes(toks, lo, hi)) || p.pos == h.pos {
					continue
				}
				meeting := false
				for _, iv := range hs[clsInterview] {
					if iv.pos >= lo-2 && iv.pos <= hi {
						meeting = true
					}
				}
				if !meeting {
					return fmt.Sprintf("%q ... %q", p.t.text, h.t.text)
				}
			}
		}
	}
	return ""
}

// holdIncludes: a word between a freeze and a post says the freeze takes
// the post with it ("El cliente ha congelado el proyecto de datos y eso
// incluye esta posición", "paused all hiring, including your role").
func holdIncludes(toks []string, lo, hi int) bool {
	for _, w := range toks[lo:hi] {
		switch w {
		case "includes", "including", "incluye", "incluyendo", "inclui", "incluindo", "include", "includendo", "inclut", "einschließlich":
			return true
		}
	}
	return false
}

// postForEveryone reports a process stopped for every candidate: words
// that the decision concerns all of them or is none on the reader ("the
// search is on hold for every candidate", "this is not a decision about
// you", "für alle Kandidatinnen und Kandidaten beendet") beside a pause,
// a freeze or a cancellation, and no one else hired.
func postForEveryone(d *doc, oc *outcome) string {
	if !forEveryoneCues.contains(d.body) || strings.Contains(oc.fams["declined"].why, "someone else") {
		return ""
	}
	if h := holdNearPost(d); h != "" {
		return "stopped for every candidate: " + h
	}
	for from := 0; from < len(d.body); {
		i := stopWords.index(d.body[from:])
		if i < 0 {
			break
		}
		i += from
		if !stopsMeeting(d.body, i) || ruleOff("stop-a-meeting") {
			return fmt.Sprintf("stopped for every candidate: %q", clip(d.body[i:]))
		}
		from = i + 1
	}
	return ""
}

// stopsMeeting: the stop word at i cancels a meeting named right beside
// it and no post ("daarom hebben we besloten het tweede gesprek van
// maandag te annuleren en je sollicitatie niet verder in behandeling te
// nemen", r80: the reader's next interview, for a no that a norm for all
// candidates explains), not the search.
func stopsMeeting(body string, i int) bool {
	lo, hi := max(0, i-40), min(len(body), i+40)
	for lo > 0 && lo < i && !utf8.RuneStart(body[lo]) {
		lo--
	}
	for hi < len(body) && !utf8.RuneStart(body[hi]) {
		hi++
	}
	window := body[lo:hi]
	if k := strings.IndexAny(window[i-lo:], ".;\n"); k > 0 {
		window = window[:i-lo+k]
	}
	if k := strings.LastIndexAny(window[:i-lo], ".;\n"); k >= 0 {
		window = window[k+1:]
	}
	meeting := false
	for _, w := range strings.FieldsFunc(window, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case postWordsNearStop[w]:
			return false
		case meetingWordsNearStop[w]:
			meeting = true
		}
	}
	return meeting
}

// meetingWordsNearStop are the meetings a stop word can cancel; with a
// word of postWordsNearStop beside it, it is the post's or the search's.
var meetingWordsNearStop = map[string]bool{
	"interview": true, "gesprek": true, "gespräch": true, "entretien": true, "entrevista": true, "colloquio": true,
	"call": true, "meeting": true, "assessment": true, "vorstellungsgespräch": true, "sollicitatiegesprek": true,
}

var postWordsNearStop = map[string]bool{
	"position": true, "role": true, "post": true, "vacancy": true, "search": true, "recruitment": true, "process": true,
	"vacature": true, "functie": true, "procedure": true, "stelle": true, "verfahren": true, "poste": true,
	"recrutement": true, "processus": true, "puesto": true, "vacante": true, "proceso": true, "posizione": true,
	"selezione": true, "vaga": true, "processo": true, "hiring": true, "werving": true, "all": true, "alle": true,
}

var forEveryoneCues = cues(
	"for every candidate", "for all candidates", "every candidate", "all candidates", "everyone in the process",
	"internal or external", "not a decision about you", "nothing to do with your", "not a reflection on you",
	"not a reflection of your", "whole programme", "whole program", "für alle kandidat", "gegen sie persönlich",
	"gegen dich persönlich", "pour tous les candidats", "pour l'ensemble des candidats", "para todos los candidatos",
	"a todos los candidatos", "per tutti i candidati", "voor alle kandidaten", "todos os candidatos",
	// every applicant named in the other words for them ("für sämtliche
	// Bewerberinnen und Bewerber", "todos los postulantes", "alle
	// sollicitanten"), any application, or no one appointed at all
	"für sämtliche", "für alle bewerber", "alle bewerberinnen", "all applicants", "every applicant",
	"all applications", "any of the applications", "no one will be appointed", "nobody will be appointed",
	"todos los postulantes", "todas las candidaturas", "l'ensemble des candidatures", "toutes les candidatures",
	"tutte le candidature", "tutti i candidati", "alle sollicitanten", "alle kandidaten", "todas as candidaturas",
	// no decision on the reader, in the languages' own words
	"nothing to do with you", "nichts mit ihrer person", "nichts mit ihnen", "nichts mit dir", "niets met u te maken",
	"niets met jou te maken", "no tiene que ver con tu", "no tiene que ver con su", "não é uma decisão sobre",
	"ne concerne pas votre", "ne concerne pas ton", "non riguarda il suo", "non riguarda il tuo",
	// nobody goes on: "no applications will be progressed", "aucun
	// candidat n'a été retenu", "ningún candidato ha sido seleccionado"
	"no applications will", "no interviews will", "no candidate", "none of the candidates", "aucun candidat",
	"aucune candidature", "ningún candidato", "ninguna candidatura", "nessun candidato", "nessuna candidatura",
	"nenhum candidato", "nenhuma candidatura", "kein bewerber", "keine bewerbung", "keine kandidat", "geen kandidaat",
	"geen sollicitaties",
	// every post at once: "the decision to pause all recruitment to
	// non-frontline posts, including this one"
	"all recruitment",
	"for anyone", "for anybody", "isn't about you", "is not about you", "no one is being hired", "nobody is being hired",
	// "we will not be able to continue the selection process for any
	// candidates ... in no way related to the evaluation of your
	// application" (r54)
	"for any candidate", "any candidates", "in no way related to", "no way related to your",
	// "this is the case for everyone who applied" (r52)
	"everyone who applied", "everybody who applied", "all who applied", "all those who applied", "everyone else who applied",
	// Swedish, Danish, Norwegian: "Det gäller alla kandidater i processen",
	// "Det har intet med dig at gøre", "Ingen kommer att anställas"
	"alla kandidater", "alle kandidater", "alle kandidatene", "samtliga kandidater", "samtliga sökande",
	"alle ansøgere", "alle søkere", "ingenting med dig", "intet med dig", "ingenting med deg", "ingen kommer att anställas",
	"ingen vil bli ansatt", "ingen vil blive ansat",
)

// searchResumed: a sentence says the search started again, not under a
// condition the outcome rules read as one (conditionBefore: "If the
// position is reopened we will reach out").
func searchResumed(d *doc) bool {
	x := &ocText{toks: d.bodyToks, hs: &d.bodyHits, marks: d.marks, lg: d.lang(), m: d.m}
	for k, t := range d.bodyToks {
		if (resumedWords[t] || k > 0 && resumedPairs[d.bodyToks[k-1]+" "+t]) && !x.conditionBefore(k) {
			return true
		}
	}
	return false
}

// resumedWords and resumedPairs say a paused search started again.
var (
	resumedWords = map[string]bool{"restarted": true, "resumed": true, "reopened": true, "reanudado": true,
		"reanudamos": true, "ripreso": true, "riaperto": true, "hervat": true, "heropend": true, "retomado": true,
		"retomamos": true, "reaberto": true}
	resumedPairs = map[string]bool{"re opened": true, "started again": true, "wieder aufgenommen": true,
		"wieder gestartet": true, "a repris": true, "ont repris": true}
)

// stopWords pause, freeze or cancel a search.
var stopWords = cues(
	"pause ", "paused", "pausing", "freeze", "frozen", "a hold on", "on hold", "nicht zu besetzen", "nicht besetzen",
	"verfahren ist damit", "suspend", "annul", "cancelled", "canceled", "congel", "sospes",
	"cancelad", "anulad", "gestoppt", "stopgezet", "ingetrokken", "geannuleerd", "withdraw the position",
	"will not be filled", "recruitment is stopped", "cancel this", "cancel the", "not be filling", "stop the recruitment",
	"stop recruiting", "stopped the recruitment", "won't be holding any interviews", "will not be holding any interviews",
	// the work itself gone: "the client has pulled the pin on the Stage 3
	// works ... the role no longer exists for anyone"
	"no longer exists", "pulled the pin", "pulled the plug", "been deferred", "deferred the",
	// Swedish, Danish, Norwegian: "beslutat att avbryta rekryteringen",
	// "pausa två av de projekt", "sat i bero", "bliver derfor ikke besat"
	"avbryt", "afbryd", "pausa", "pause", "sat i bero", "satt på vent", "ikke besat", "ikke besatt", "inte tillsätta",
	"inställ", "aflys", "avlys",
)

// selfPublished reports mail that calls itself a publication ("newsletter",
// "weekly roundup", "this week's issue"), not one a job board's status
// notice carries in its footer ("you're receiving this", "email
// preferences").
func selfPublished(d *doc) bool {
	for _, hs := range [][numClasses][]hit{d.bodyHits, d.subjHits} {
		for _, h := range hs[clsNewsletter] {
			if h.t.weight >= bulkLetterMin {
				return true
			}
		}
	}
	return false
}

// newsRequests ask the other side for news: the reader's own chaser, as a
// reply quotes it.
var newsRequests = cues(
	"any word", "any news", "any update", "an update on", "heard anything", "hear anything", "news on", "update on",
	"novedades", "alguna novedad", "des nouvelles", "du nouveau", "neuigkeiten", "gibt es schon", "notizie", "novità",
	"nieuws", "novidades", "alguma novidade",
)

// panelWords name the meeting a decision follows, beside interviewNouns.
var panelWords = cues("panel", "final round", "assessment centre", "assessment center", "superday", "super day")

// titleNearPost finds a job title next to a word for the post, in the
// subject or in the body: "Design Lead position", "the role of Data
// Analyst", "Senior Backend Engineer interview".
func titleNearPost(d *doc) string {
	// A subject that names a post by its rank and head noun, "Re: Halcyon
	// Grid - Senior Platform Engineer": the title is the post.
	for _, t := range d.subjHits[clsTitle] {
		for k := t.pos - 1; k >= 0 && k >= t.pos-3; k-- {
			if rankWords[d.subjToks[k]] {
				return fmt.Sprintf("%q in the subject", strings.Join(d.subjToks[k:t.pos+len(t.t.words)], " "))
			}
		}
	}
	for i, hs := range [][numClasses][]hit{d.subjHits, d.bodyHits} {
		toks := [][]string{d.subjToks, d.bodyToks}[i]
		for _, t := range hs[clsTitle] {
			for _, p := range hs[clsTitleContext] {
				if p.pos > 0 && otherObject(toks[p.pos-1]) && !ruleOff("kind-before-context") {
					continue // "your refund application – Designated Safeguarding Lead"
				}
				if p.pos > t.pos && p.pos-t.pos <= 3 || p.pos < t.pos && t.pos-p.pos <= 5 {
					return fmt.Sprintf("%q next to %q", t.t.text, p.t.text)
				}
			}
		}
	}
	return ""
}

// rankWords are the ranks a job title opens with.
var rankWords = map[string]bool{
	"senior": true, "sr": true, "junior": true, "jr": true, "principal": true, "staff": true, "lead": true,
	"head": true, "chief": true, "associate": true, "graduate": true, "trainee": true, "werkstudent": true,
	"junior-": true, "sênior": true, "pleno": true, "júnior": true,
}

func clip(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

// Asking the recipient: a request, or a question addressed to "you".
var requestCues = cues(
	"could you", "can you", "would you", "will you", "please send", "please share", "please provide",
	"please let me know", "please let us know", "please confirm", "please complete", "please fill",
	"please submit", "please reply", "please respond", "please sign", "please review", "please return",
	"please choose", "please pick", "please select", "please book", "please schedule", "let me know your",
	"let us know your", "let me know when", "let me know what", "let me know which", "let me know if",
	"let us know if", "let us know when", "send me", "send us", "kindly", "könnten sie", "können sie",
	"bitte senden", "bitte schicken", "bitte teilen sie", "teilen sie mir", "lassen sie mich wissen",
	"geben sie mir bescheid", "pourriez-vous", "pouvez-vous", "merci de me", "merci de nous", "veuillez",
	"podrías", "podría", "puedes", "por favor envía", "por favor confirma", "avísame", "indícame", "confírmame",
	// a time to choose: "Which suits? Let me know a time and I'll get it
	// locked in."
	"let me know a time", "which suits", "what suits",
)

var askExclusions = cues(
	"any questions", "questions you may have", "feel free", "hesitate", "if you need anything",
	"should you have", "unsubscribe", "how are you", "hope you", "hope this", "how was your",
	"hésitez", "zögern sie nicht", "bei fragen", "alguna pregunta", "cualquier duda",
	// a request only if the reader wants something: "if you would like
	// feedback on your interview, please reply", "should you wish to have
	// an informal discussion", "falls Sie möchten, dass wir Sie bei
	// künftigen Vakanzen berücksichtigen"
	"if you would like", "if you'd like", "if you wish", "if you want", "if you need", "if you require",
	"if you prefer", "if you receive", "if you no longer", "if your contact", "should you wish", "should you require",
	"should you need", "falls sie möchten", "falls sie wünschen", "wenn sie möchten", "si vous souhaitez",
	"si vous le souhaitez", "si vous désirez", "si deseas", "si desea", "si lo deseas", "se desejar", "se quiser",
	"qualora", "als u wilt", "als je wilt",
	// a notice's formulas, not questions: "Veuillez agréer, Madame,
	// Monsieur, l'expression de nos salutations", "kindly note that",
	// "please do not reply", "to stop receiving these emails"
	"veuillez agréer", "veuillez recevoir", "kindly note", "please note", "kindly understand", "kindly do not",
	"please do not", "kindly keep", "kindly wait", "to stop receiving", "why not have a look",
	// what a portal lets the reader do whenever they like, and its
	// footers: "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit
	// einsehen", "puedes consultar el estado de tu candidatura", the
	// confidentiality notice ("si vous l'avez reçu par erreur, veuillez en
	// aviser l'expéditeur"), data-protection rights ("puedes ejercer tus
	// derechos de acceso", "want us to delete your data?") and "do not
	// reply" in the other languages. Writers of most rounds wrote them;
	// none asks the reader anything.
	"jederzeit", "at any time", "en todo momento", "à tout moment", "in qualsiasi momento", "op elk moment",
	"a qualquer momento", "estado de tu candidatura", "estado de tu postulación", "estado de su candidatura",
	"tus notificaciones", "stand ihrer bewerbung", "status ihrer bewerbung", "received it in error",
	"received this email in error", "received this message in error", "in error,", "par erreur", "por error",
	"irrtümlich", "per errore", "por engano", "intended recipient", "derechos de acceso", "your data", "tus datos",
	"vos données", "ihre daten", "i tuoi dati", "seus dados", "if you would prefer", "withdraw your consent",
	"ne pas répondre", "ne pas y répondre", "no respondas", "no responda", "nicht auf diese", "non rispondere",
	// a word asked for only if something changes on the reader's side
	// while they wait ("if anything comes up on your end in the meantime
	// (other offers, timing constraints), please let me know", "if there
	// is any change in your situation, please kindly tell me"), and the
	// notices said with "please note" in the other languages
	"if anything comes up", "if anything changes", "if something changes", "if something comes up",
	"if there is any change", "if there's any change", "if your situation changes", "should anything change",
	"should your situation change", "in case anything changes", "wenn sich bei ihnen etwas", "falls sich bei ihnen",
	"si quelque chose change", "si algo cambia", "se qualcosa cambia", "se algo mudar", "als er iets verandert",
	"veuillez noter", "bitte beachten sie", "tenga en cuenta", "si prega di notare",
)

var secondPerson = map[string]bool{
	"you": true, "your": true, "you're": true, "you'd": true, "you'll": true, "you've": true, "yours": true,
	"sie": true, "ihnen": true, "du": true, "dir": true, "dich": true, "dein": true, "deine": true,
	"vous": true, "votre": true, "vos": true, "tu": true, "te": true, "toi": true,
	"usted": true, "ustedes": true, "ti": true, "tus": true,
}

func (b *verdictBuilder) asks(d *doc) {
	if !strings.Contains(d.body, "?") && !requestCues.contains(d.body) {
		return
	}
	for _, s := range d.sentences() {
		request := requestCues.contains(s.text)
		if !request && !s.question || askExclusions.contains(s.text) {
			continue
		}
		if request {
			b.v.AsksMe = true
			b.note("asks: %q", clip(s.text))
			return
		}
		if s.question {
			for _, t := range tokenize(s.text) {
				if secondPerson[t] {
					b.v.AsksMe = true
					b.note("asks: %q", clip(s.text))
					return
				}
			}
		}
	}
}

// maxRawText bounds the text taken from input that is not a message at all.
const maxRawText = mailmsg.MaxExcerpt

// ClassifyBytes parses raw RFC 5322 bytes and classifies the message. Input
// that is not a message still gets a verdict (from its text, as if it were a
// body without headers), returned together with the parse error, so that a
// caller can report the problem and still show what the text looks like.
func ClassifyBytes(raw []byte) (Verdict, *mailmsg.Message, error) {
	m, err := mailmsg.ParseBytes(raw)
	if err == nil {
		return Classify(m), m, nil
	}
	text := raw
	if len(text) > maxRawText {
		text = text[:maxRawText]
	}
	fallback := &mailmsg.Message{Excerpt: strings.ToValidUTF8(string(text), "\uFFFD")}
	v := Classify(fallback)
	v.Reasons = append([]string{"not an RFC 5322 message; classified its text only"}, v.Reasons...)
	return v, fallback, err
}

// redirectCues name another post or team than the one a message declines.
var redirectCues = cues("another role", "a different role", "another position", "a different position", "another opening",
	"a different opening", "a new role", "role that just opened", "another team", "a different team",
	"eine andere stelle", "einer anderen stelle", "eine andere position", "anderen team", "otro puesto", "otra posición",
	"otra vacante", "otro equipo", "un puesto de", "un autre poste", "une autre équipe", "un poste de", "un'altra posizione",
	"un altro ruolo", "un altro team", "een andere functie", "een andere rol", "een ander team", "outra vaga", "outra posição",
	"outro cargo", "outra equipe", "outra equipa", "team would like to", "quiere hablar contigo sobre", "würde sie gern kennenlernen", "würde sie gerne kennenlernen", "like to talk to you about",
	"love to talk to you about", "conversation with you regarding a", "conversation with you about a", "uma vaga de", "gostaria muito de falar consigo", "souhaiterait vous rencontrer", "qui recrute")

// interestAsked ask whether the reader wants the other post: "Kindly
// confirm if you are interested in being considered for this position".
var interestAsked = cues("if you are interested in being considered", "would you be interested", "are you interested",
	"would you be open to", "are you open to", "hätten sie interesse", "seriez-vous intéressé", "te interesaría",
	"saresti interessato", "zou je interesse hebben", "teria interesse")

// contrastCues turn from a no to what follows it.
var contrastCues = cues("however", " but ", "jedoch", " aber ", " pero ", " mais ", "però", " maar ", "porém", " mas ",
	"the longer version", "no te escribo solo para eso", "contudo", "no entanto", "en revanche", "toutefois", "sin embargo",
	"tuttavia", "dennoch", "allerdings", " echter")

// redirectedTo returns the words that name another post or team, after a
// turn from the no, in a message that asks the reader about a time for a
// meeting (meetingAsked) or whether they are interested; "" when there
// are none.
func redirectedTo(d *doc) (post string, meetingAsked bool) {
	if ruleOff("redirected") {
		return "", false
	}
	turn := contrastCues.index(d.body)
	if turn < 0 {
		return "", false
	}
	i := redirectCues.index(d.body[turn:])
	if i < 0 {
		return "", false
	}
	meetingAsked = slotQuestion(d) != "" || d.has(clsScheduling)
	if !meetingAsked && !interestAsked.contains(d.body) {
		return "", false
	}
	rest := d.body[turn+i:]
	return fmt.Sprintf("%q", clip(rest[:min(len(rest), 40)])), meetingAsked
}
