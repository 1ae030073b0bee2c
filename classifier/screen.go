package classifier

import "github.com/hearback/hearback/mailmsg"

// Screen gives the verdict of a message whose headers alone settle all a
// thread takes from it: list or bulk headers outside an applicant
// tracking system make it bulk mail, and ClassifyThread passes over bulk
// mail whatever its text says. Most of a big mailbox is such mail, so a
// sync screens it and leaves reading its text until the message turns up
// in a thread that may be a job thread. ok is false for any other
// message.
//
// The verdict holds what the headers say (Bulk, AutoReply, NoReply, and
// their part of Score and Reasons) and reports Screened; Classify gives
// the same Bulk, AutoReply and NoReply, and the rest from the text.
func Screen(m *mailmsg.Message) (v Verdict, ok bool) {
	if m == nil {
		return Verdict{}, false
	}
	b := &verdictBuilder{v: Verdict{Stage: StageOther}}
	b.headers(&doc{m: m})
	if !b.v.Bulk {
		return Verdict{}, false
	}
	b.v.screened = true
	return b.v, true
}

// Screened reports whether v came from Screen (directly or through
// AppendVerdict and DecodeVerdict): the message's text was not read.
func (v Verdict) Screened() bool { return v.screened }
