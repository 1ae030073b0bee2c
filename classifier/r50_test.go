package classifier

import "testing"

// The fiftieth round (tune_written/r50_*: UN agencies and NGOs, police,
// fire and civil-service exams, a non-tech mailbox full of look-alikes,
// founders answering cold emails) said no as "not hiring", in six
// languages, and read a recruiter's own words as someone else chosen.
// Each case failed on the code before unless marked as a guard.
func TestR50NotHiring(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a founder filled it already", "sam@kitebase.example", "Re: Data at Kitebase",
			"Ah, timing! We hired our first data person three weeks ago - she started Monday. So nothing open on our side now, sorry.\nGood luck with the search, Alex.\nSam",
			true, StageRejected},
		{"a Mexican founder isn't hiring", "diego@cuenta.example", "RE: Data scientist interesado",
			"Qué tal, Alex:\nTe soy honesto: ahorita no estamos contratando, y mucho menos en datos. Te deseo mucho éxito en la búsqueda.\nDiego",
			true, StageRejected},
		{"a Spanish founder looks for nobody", "lucia@ocupa.example", "Re: Data scientist - ¿buscáis a alguien?",
			"Hola Alex, gracias por escribir. Ahora mismo no buscamos a nadie en datos, lo siento. ¡Mucha suerte!\nLucía",
			true, StageRejected},
		{"a Brazilian startup has no openings", "marina@trilha.example", "Re: Oportunidades na área de dados",
			"Oi, Alex! Vou ser sincera: no momento não temos vagas abertas para a área de dados. Te desejo muito sucesso na busca!\nMarina",
			true, StageRejected},
		{"a civil-service list", "commission@village.example", "Removal from Eligible List - Firefighter",
			"Dear Candidate:\nThe commission has not received your response to the canvass letter. Accordingly, your name has been removed from the eligible list for the position of Firefighter.\nCivil Service Commission",
			true, StageRejected},
	})
	// "Not hiring anyone against it, including the two other candidates":
	// a requisition pulled for everyone is no no to the reader (guard).
	checkLetterVerdicts(t, []letterVerdict{
		{"a requisition pulled", "marcus@agency.example", "Northgate update",
			"Hi Alex,\nNorthgate pulled the Data Engineer req this morning. Their budget was reallocated, so they are not hiring anyone against it, including the two other candidates we had in play. The position is closed on their side.\nMarcus",
			true, ""},
	})
}

// A recruiter's own words are no one chosen over the reader: a
// direct-hire search, the people they placed before, a place that may go
// to someone else; and a no beside the promise to say whether there is a
// post is a decision to come.
func TestR50NoOneElseChosen(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a direct-hire search", "dana@staffing.example", "Patient Services Manager - urgent care",
			"Hi Alex,\nI'm a recruiter with Brightline Staffing and we're running a direct-hire search for a Patient Services Manager with a growing urgent care group.\nWould you be open to a quick 15-minute call?\nDana",
			true, StageOutreach},
		{"a recruiter's pointers", "jo@agency.example", "Phone screen with Marcus - Tuesday 1:30",
			"Hi Alex, you're all set for Tuesday at 1:30 with Marcus. A few pointers since I've placed people with Marcus before: he's very numbers-oriented, so have examples ready. Good luck!\nJo, Recruiter",
			true, StageInterviewScheduled},
		{"the reader withdraws so the place can go to another", "alex.rivera@fastmail.com", "Candidature - M&E Officer",
			"Dear Colleagues,\nAfter careful reflection, I have decided to withdraw my candidature from this selection process. I have not booked a slot for the assessment, so that the place can go to another candidate.\nAlex Rivera",
			true, StageWithdrawn},
		{"no post yet, an answer within five days", "julien@ciel.example", "Re: Candidature spontanée",
			"Salut Alex,\nMerci pour ton message. Pas de poste ouvert pour l'instant, mais j'en parle à mon associé et je reviens vers toi sous 5 jours ouvrés pour te dire si on peut ouvrir quelque chose.\nJulien",
			true, StageAwaitingDecision},
	})
}

// A responder's acknowledgement of an application in other words ("your
// email and any attachments have reached our recruitment mailbox") is
// about the application, not anyone's absence.
func TestR50AutomaticAcknowledgement(t *testing.T) {
	for _, c := range []struct{ name, subject, body string }{
		{"an NGO's recruitment mailbox", "Automatic reply: Application - Programme Manager",
			"This is an automatic reply - please do not respond to this message.\nThank you for your interest in working with us. We confirm that your email and any attachments have reached our recruitment mailbox.\nApplications are reviewed after the closing date. Only shortlisted candidates will be contacted."},
		{"a startup's jobs inbox", "Re: Speculative application - data scientist (auto-reply)",
			"Hi there,\nThis is an automatic reply to let you know we've received your email to jobs@ferrous.example - thanks for thinking of us!\nA real human reads every message, including speculative applications. You'll hear back from us within 3-5 business days."},
	} {
		m := letter("jobs@org.example", c.subject, c.body)
		m.AutoSubmitted = "auto-replied"
		v := Classify(m)
		if !v.Job || v.Stage != StageApplicationAck || !v.AutoReply {
			t.Errorf("%s: job %v stage %s auto %v, want an automatic application_ack; reasons %q", c.name, v.Job, v.Stage, v.AutoReply, v.Reasons)
		}
	}
}
