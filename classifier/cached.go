package classifier

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/hearback/hearback/internal/buildinfo"
)

// BuildID identifies the running binary, and so this classifier: its VCS
// revision when it was built from a clean checkout, else the executable's
// size and modification time, else this process alone. Verdicts cached
// by another binary are not trusted.
var BuildID = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := buildinfo.VCSOf(bi); v.Clean() {
			return "vcs:" + v.Revision
		}
	}
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			return fmt.Sprintf("exe:%s:%d:%d", exe, fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return fmt.Sprintf("pid:%d:%d", os.Getpid(), time.Now().UnixNano())
})

var buildTag = sync.OnceValue(func() [8]byte {
	sum := sha256.Sum256([]byte("verdict-v8|" + BuildID()))
	return [8]byte(sum[:8])
})

const (
	vJob = 1 << iota
	vPromiseUndated
	vAutoReply
	vAsksMe
	vBulk
	vNoReply
	vPromiseAt
	vInterviewAt
	vAwayUntil = 1 << 8
	vScreened  = 1 << 9
	vAutomated = 1 << 10
	vCondition = 1 << 11
	vCall      = 1 << 12
	vByModel   = 1 << 13
	vBySubject = 1 << 14
	vThanks    = 1 << 15
	vPress     = 1 << 16
	vAttached  = 1 << 17
)

// AppendVerdict appends a compact encoding of v (without its Reasons),
// tagged with this binary's BuildID, for DecodeVerdict to read back.
func AppendVerdict(b []byte, v *Verdict) []byte {
	tag := buildTag()
	b = append(b, tag[:]...)
	var f uint64
	set := func(ok bool, bit uint64) {
		if ok {
			f |= bit
		}
	}
	set(v.Job, vJob)
	set(v.PromiseUndated, vPromiseUndated)
	set(v.AutoReply, vAutoReply)
	set(v.AsksMe, vAsksMe)
	set(v.Bulk, vBulk)
	set(v.NoReply, vNoReply)
	set(v.PromiseAt != nil, vPromiseAt)
	set(v.InterviewAt != nil, vInterviewAt)
	set(v.AwayUntil != nil, vAwayUntil)
	set(v.screened, vScreened)
	set(v.Automated, vAutomated)
	set(v.ConditionalFuture, vCondition)
	set(v.PromiseCall, vCall)
	set(v.JobByModel, vByModel)
	set(v.StageFromSubject, vBySubject)
	set(v.ThanksOnly, vThanks)
	set(v.pressSense, vPress)
	set(v.AnswerAttached, vAttached)
	b = binary.AppendUvarint(b, f)
	b = binary.AppendUvarint(b, uint64(len(v.Stage)))
	b = append(b, v.Stage...)
	b = binary.AppendUvarint(b, math.Float64bits(v.Score))
	b = binary.AppendUvarint(b, math.Float64bits(v.Outcome))
	for _, t := range []*time.Time{v.PromiseAt, v.InterviewAt, v.AwayUntil} {
		if t == nil {
			continue
		}
		txt, err := t.MarshalBinary()
		if err != nil {
			return nil
		}
		b = binary.AppendUvarint(b, uint64(len(txt)))
		b = append(b, txt...)
	}
	return b
}

// DecodeVerdict reads what AppendVerdict wrote. ok is false when b is
// not a verdict of this binary's classifier.
func DecodeVerdict(b []byte) (v Verdict, ok bool) {
	tag := buildTag()
	if len(b) < len(tag) || [8]byte(b[:8]) != tag {
		return Verdict{}, false
	}
	b = b[8:]
	next := func() (uint64, bool) {
		x, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return x, true
	}
	bytesN := func() ([]byte, bool) {
		n, ok := next()
		if !ok || n > uint64(len(b)) {
			return nil, false
		}
		s := b[:n]
		b = b[n:]
		return s, true
	}
	f, ok := next()
	if !ok {
		return Verdict{}, false
	}
	stage, ok := bytesN()
	if !ok {
		return Verdict{}, false
	}
	score, ok := next()
	if !ok {
		return Verdict{}, false
	}
	outcome, ok := next()
	if !ok {
		return Verdict{}, false
	}
	v = Verdict{Job: f&vJob != 0, PromiseUndated: f&vPromiseUndated != 0, AutoReply: f&vAutoReply != 0,
		AsksMe: f&vAsksMe != 0, Bulk: f&vBulk != 0, NoReply: f&vNoReply != 0,
		Stage: Stage(stage), Score: math.Float64frombits(score), Outcome: math.Float64frombits(outcome), screened: f&vScreened != 0,
		Automated: f&vAutomated != 0, ConditionalFuture: f&vCondition != 0, PromiseCall: f&vCall != 0, JobByModel: f&vByModel != 0,
		StageFromSubject: f&vBySubject != 0, ThanksOnly: f&vThanks != 0, pressSense: f&vPress != 0,
		AnswerAttached: f&vAttached != 0}
	for _, p := range []struct {
		bit uint64
		dst **time.Time
	}{{vPromiseAt, &v.PromiseAt}, {vInterviewAt, &v.InterviewAt}, {vAwayUntil, &v.AwayUntil}} {
		if f&p.bit == 0 {
			continue
		}
		txt, ok := bytesN()
		if !ok {
			return Verdict{}, false
		}
		t := new(time.Time)
		if err := t.UnmarshalBinary(txt); err != nil {
			return Verdict{}, false
		}
		*p.dst = t
	}
	if len(b) != 0 {
		return Verdict{}, false
	}
	return v, true
}
