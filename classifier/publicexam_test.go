package classifier

import "testing"

// TestPublicExams: the public sector's competitive exams name little of
// a hiring process but their own words ("concours externe", "jury
// d'admission", "proceso selectivo", "concorso pubblico"), and Brazil
// says being hired "admissional": writers of r6, r9, r27, r28 and r30 all
// wrote such mail. The "admission" inside those words is no school's.
// A school's admission, a photo contest and "avec le concours de" stay
// no job mail.
func TestPublicExams(t *testing.T) {
	checkLetters(t, "concours@service.example", []letterCase{
		{"jury d'admission", "Concours externe IR BAP E - session 2027",
			"Monsieur,\nVous avez été déclaré admissible au concours externe d'ingénieur de recherche. Le jury d'admission se réunira le lundi 19 avril 2027 pour arrêter la liste principale. Les résultats vous seront communiqués individuellement par courriel le lendemain.\nLe service des concours",
			true},
		{"not on the list", "Résultats - Concours externe IR BAP E - session 2027",
			"Monsieur,\nLe jury d'admission s'est réuni le 7 avril 2027 et a arrêté la liste des candidats admis au concours cité en référence. J'ai le regret de vous faire connaître que vous ne figurez ni sur la liste principale ni sur la liste complémentaire.\nLa cheffe du service des concours",
			true},
		{"documentação admissional", "Documentação admissional – Alex Rivera",
			"Oi Alex, tudo bem? Para darmos andamento, preciso que você envie a documentação admissional até sexta e agende o exame admissional na clínica credenciada.\nAbraço, Carla – DP",
			true},
		// near-misses
		{"a school's admission", "Your application for admission",
			"Dear Alex,\nThank you for your application for admission to the part-time MBA. After careful review, the admissions committee is unable to offer you a place in this year's cohort.\nOffice of Admissions",
			false},
		{"a photo contest", "Concours photo 2027 : résultats",
			"Bonjour Alex,\nMerci d'avoir participé à notre concours photo « Lumières d'hiver ». Le jury s'est réuni et votre photo n'a pas été retenue parmi les lauréats cette année.\nL'équipe du club photo",
			false},
	})
}
