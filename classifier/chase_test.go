package classifier

import "testing"

// TestAnswersToAChase: a reply to the reader's request for news promises
// the news, however little of a job the reply names ("Apenas tenga razón
// te aviso" under "¿alguna novedad?"), and the interview the chase is
// about may be named in the subject only. A chase of a contractor's quote
// stays no job mail, and "I'll circle back" below no request for news
// promises nothing.
func TestAnswersToAChase(t *testing.T) {
	for _, c := range []struct {
		name, subject, own, quoted string
		job                        bool
		promise                    string
	}{
		{"interview in the subject", "RE: Interview with Rasmus – feedback?",
			"Hi Alex, nothing yet unfortunately, Rasmus is travelling this week. I'll ping you as soon as I hear from the client.\nAga",
			"> On 5 Apr 2027, at 15:12, Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Agnieszka, any news from Rasmus after Wednesday? No rush, just curious.\n> Alex",
			true, "undated"},
		{"te aviso", "Re: ¿Novedades?",
			"Hola Alex! Todavía nada, el gerente sigue de viaje. Apenas tenga razón te aviso\nCamilo",
			"El lun, 5 abr 2027 a las 18:30, Alex Rivera (<alex.rivera@fastmail.com>) escribió:\n> Hola Camilo, ¿alguna novedad sobre la conversación del martes pasado con Andrés? Gracias!",
			false, "undated"},
		// near-misses
		{"a contractor's quote", "Re: Kitchen quote",
			"Hi Alex, the supplier hasn't come back yet. I'll let you know as soon as I hear.\nSophie",
			"On Mon, Apr 5, 2027 at 9:00 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Sophie, any news on the quote since our meeting on Tuesday?",
			false, ""},
		{"no request for news", "Re: photos",
			"thanks Alex, lovely. let me show them to Rach and I'll circle back\nOwen",
			"On Mon, Apr 5, 2027 at 9:00 AM Alex Rivera <alex.rivera@fastmail.com> wrote:\n> Hi Owen, here are the photos from Saturday's hike.",
			false, "-"},
	} {
		v := Classify(reply(c.subject, c.own, c.quoted))
		if v.Job != c.job || c.promise != "" && promiseOf(v) != c.promise {
			t.Errorf("%s: job %v promise %s, want job %v promise %q; reasons %q", c.name, v.Job, promiseOf(v), c.job, c.promise, v.Reasons)
		}
	}
}
