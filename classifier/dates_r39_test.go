package classifier

import (
	"testing"
	"time"
)

// TestR39Promises: the promises r39 missed at its arrival, by form: a
// statement before a request of the reader's after a dash ("I'll give you
// a call on Monday - could you let me know what time suits you?"), a
// recruiter's "I'll check in with you", a call promised beside the
// employer's debrief that moved (no interview of the reader's), the
// French familiar infinitive after "on s'engage à" and "je vais", the
// Italian familiar "darti" after "contiamo di" and the future "ti
// invierò". Dates are from base, Thursday 2027-04-08.
func TestR39Promises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Your offer letter is attached. I'll give you a call on Monday to walk through everything - could you let me know what time suits you best on the day?", "2027-04-12"},
		{"We'll get back to you with the panel's decision by Friday - can you send over your references in the meantime?", "2027-04-09"},
		{"Take the time you need to read it through. I'll check in with you middle of next week to answer any questions, and of course you can call me before then.", "2027-04-14"},
		{"Quick update - the final debrief got moved to tomorrow morning. I'll call you tomorrow afternoon either way so you're not left hanging.", "2027-04-09"},
		{"Merci pour ta candidature ! On s'engage à revenir vers toi d'ici le 20 avril, quelle que soit la réponse.", "2027-04-20"},
		{"Merci encore. Je vais revenir vers toi mardi prochain pour la suite.", "2027-04-13"},
		{"Ti chiederei i contatti di due referenze. In ogni caso contiamo di darti una risposta definitiva entro la fine del mese.", "2027-04-30"},
		{"Ti invierò la proposta economica entro martedì 13 aprile.", "2027-04-13"},
	})
}

// TestR39NotPromises: what r39 took for promises. A deadline set for the
// reader by what the other side wants of them ("they'd like an answer by
// Tuesday", "we'd love an answer within a week"), and the contact
// announced before and made by this very message ("wie angekündigt melde
// ich mich ...").
func TestR39NotPromises(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"The offer letter is in DocuSign. They'd like an answer by Tuesday (4/13).", ""},
		{"Formal offer to follow. No pressure but we'd love an answer within a week or so.", ""},
		{"We need a decision by Friday so we can tell the other finalists.", ""},
		{"Wie angekündigt melde ich mich noch im April bei Ihnen, und diesmal mit einer erfreulichen Nachricht: wir möchten Sie gerne kennenlernen.", ""},
		{"Wie angekündigt komme ich heute auf Sie zu.", ""},
	})
}

// TestR39InterviewDays: the interview days r39 missed, by structure: the
// writer running late to "our 2pm" (today), a day right after the
// invitation it belongs to, a time kept through a change ("The time stays
// the same:" and the day on its own line), a reminder of the reader's
// interviews with the post's title between them and the day, and an
// itinerary's subject. An employer's debrief that moved is no interview.
// Dates are from base, Thursday 2027-04-08.
func TestR39InterviewDays(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"running a few min late", "Hi Alex - so sorry, my previous meeting is running over. I'll be about 10 minutes late to our 2pm. Please hang tight in the Zoom.", "2027-04-08"},
		{"Change of link for tomorrow", "Apologies for the late notice - the Teams link in your original invitation for tomorrow (Friday 9 April, 15:00 BST) will no longer work. Please use this one instead.", "2027-04-09"},
		{"Heads-up: change to your Monday interview", "Hi Alex,\n\nJordan will step in for that conversation instead. The time stays the same:\n\nMonday, April 12 | 1:00-1:45 PM CT\nGoogle Meet: https://meet.google.com/abc-defg-hij\n\nThanks!", "2027-04-12"},
		{"Reminder: your interviews with Larchmont tomorrow", "Hi Alex,\n\nThis is a friendly reminder of your final-round interviews for VP, Data Engineering tomorrow, Friday, April 9, 2027.\n\nBest of luck!", "2027-04-09"},
		{"Your itinerary - Friday 16 April", "Hi Alex,\n\nAll booked! Here's your itinerary for the final stage.\n\n10:00 Presentation to leadership\n11:00 Panel 1: technical leadership\n\nSafe travels!", "2027-04-16"},
		{"Re: Backend Engineer - final round", "Quick update - the final debrief got moved to tomorrow morning. I'll call you tomorrow afternoon either way.", "-"},
	}
	checkInterviewDays(t, tests)
}

// TestR39ClockRange: a range of times says "pm" once, at its end; its
// start is in the afternoon unless the end's hour is before it.
func TestR39ClockRange(t *testing.T) {
	day := time.Date(2027, 4, 12, defaultHour, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"1:00-1:45 pm", 13},
		{"from 3:00 to 4:00 pm", 15},
	} {
		if got := withClock(day, tt.s).Hour(); got != tt.want {
			t.Errorf("withClock(%q) hour %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestR39Guards: what the rules above must leave alone (these held before
// them too): a request after the dash with no promise before it, a
// reader's deadline before a real promise, the reader running late (no
// day named), lateness gone by, an invitation with its day said
// elsewhere, a reminder of something that is no meeting, and a range
// that starts in the morning.
func TestR39Guards(t *testing.T) {
	checkPromises(t, []struct{ text, want string }{
		{"Please confirm your spot by Friday - could you also send your dietary needs?", ""},
		{"We need a little more time with the panel, and we'll get back to you by Friday.", "2027-04-09"},
	})
	checkInterviewDays(t, []struct{ subject, body, want string }{
		{"Re: interview", "If you're running late for your interview, call Theo at 212-555-0188.", "-"},
		{"Re: interview", "So sorry that I was late to our 2pm call, my train was delayed.", "-"},
		{"Re: interview", "Thanks for accepting our invitation for an interview; we'll confirm the time by Friday.", "-"},
		{"Re: interview", "A friendly reminder that your references are due by Friday, April 9.", "-"},
	})
	if got := withClock(time.Date(2027, 4, 12, defaultHour, 0, 0, 0, time.UTC), "11:00-12:30 pm").Hour(); got != 11 {
		t.Errorf("withClock(11:00-12:30 pm) hour %d, want 11", got)
	}
}
