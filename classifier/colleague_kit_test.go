package classifier

import "testing"

// TestInterviewersKit: a colleague handing the reader someone else's CV
// and the interviewers' kit (question list, scoring rubric) is the
// reader's workplace hiring someone else; an interviewer replaced in the
// reader's own interview is not.
func TestInterviewersKit(t *testing.T) {
	checkLetters(t, "lead@workplace.example", []letterCase{
		{"Fragenkatalog", "Kannst du beim Werkstudenten-Interview einspringen?",
			"Hi Alex,\nkannst du am Donnerstag um 16 Uhr beim Interview mit der Werkstudenten-Kandidatin für das Data-Team dabei sein? Tobias ist krank. Es sind 45 Minuten, ich schick dir gleich noch ihren Lebenslauf und unseren Fragenkatalog.\nGib mir kurz Bescheid, ob's passt.\nLena", false},
		{"scoring rubric", "Interview panel – Research Assistant – can you sit on it Thursday?",
			"Hi Alex,\nWe've got three candidates for the RA role coming in on Thursday. Could you be on the panel for the 11:30? Interview guide and scoring rubric are in the Teams folder under Hiring.\nThanks, Jo", false},
		{"her CV", "Second interview for the analyst candidate",
			"Hi Alex,\nCould you do the second interview with the junior analyst candidate on Thursday at 3pm? She did well in the SQL test. I'll send you her CV and my notes from the first round.\nHugo", false},
		// near-miss: the reader's own interview, an interviewer replaced
		{"panel change", "Tomorrow's interview – small panel change",
			"Hi Alex,\nSadly Dr. Feldman can't join your interview tomorrow. Dr. Raj Menon will take her place, and he's already read through your materials. Nothing else changes: same Zoom link as in your calendar invite.\nNatalie, Recruiting Coordinator", true},
		// near-miss: a forward of the employer's words about the reader
		{"forwarded", "Fwd: Alex Rivera - next step",
			"Alex - see below from Tomáš. Any of these work for you?\nPetra\n---------- Forwarded message ---------\nFrom: Tomáš Černý <tomas.cerny@brnoware.example>\nSubject: Re: Alex Rivera - next step\n\nPetra, I liked his CV and the notes from your screen. Let's do the technical round with me and Jana, 75 min. I can do Wed 14 April 15:00 or Thu 15 April 16:00.", true},
	})
}
