package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// A text beside the draft speaks as the draft does: the thread's language,
// its form of address, the person's first name, the job the local way.
func TestVoiceOf(t *testing.T) {
	now := time.Date(2027, 4, 21, 10, 0, 0, 0, time.UTC)
	promise := time.Date(2027, 4, 13, 15, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		them, text, lang, first, job, day string
		informal                          bool
	}{
		{"Dana Whitfield <dana@acme.com>", "Hi Alex,\n\nThanks for interviewing with us. I'll give you a call on Tuesday.\n\nDana",
			English, "Dana", "Backend Engineer role at Acme", "Tuesday, April 13", false},
		{"Jana Schmidt <jana@fahrwerk.de>", "Hallo Alex,\n\ndanke für das Gespräch! Ich ruf dich am Dienstag an, sobald wir entschieden haben.\n\nLG Jana",
			German, "Jana", "Stelle als Backend Engineer bei Acme", "13. April", true},
		{"Anna Berg <anna.berg@fahrwerk.se>", "Hej Alex,\n\ntack för samtalet! Jag ringer dig på tisdag när vi har bestämt oss.\n\nHälsningar\nAnna",
			Swedish, "Anna", "tjänsten som Backend Engineer på Acme", "13 april", true},
		{"Ingrid Haugen <ingrid@fahrwerk.no>", "Hei Alex,\n\ntakk for praten! Jeg ringer deg på tirsdag når vi har bestemt oss.\n\nHilsen\nIngrid",
			Norwegian, "Ingrid", "stillingen som Backend Engineer i Acme", "13. april", true},
	} {
		name, email, _ := strings.Cut(strings.TrimSuffix(tt.them, ">"), " <")
		them := mailmsg.Address{Name: name, Email: email}
		m := &mailmsg.Message{From: them, Excerpt: tt.text, Date: now.AddDate(0, 0, -10)}
		v, err := VoiceOf(Input{ThreadID: "1a2b3c", From: mailmsg.Address{Name: "Alex Rivera", Email: "alex@example.com"},
			To: []mailmsg.Address{them}, Company: "Acme", Role: "Backend Engineer", PromiseAt: &promise, Now: now,
			Messages: []ThreadMessage{{Message: m}}})
		if err != nil {
			t.Fatal(err)
		}
		if v.Language != tt.lang || v.Data.FirstName != tt.first || v.Data.Job != tt.job || v.Data.PromiseDate != tt.day || v.Data.Informal != tt.informal {
			t.Errorf("VoiceOf(%s) = %s %+v", tt.them, v.Language, v.Data)
		}
	}
	if _, err := VoiceOf(Input{ThreadID: "x", From: mailmsg.Address{Email: "alex@example.com"}, Now: now}); err == nil {
		t.Error("VoiceOf without a recipient: no error")
	}
}
