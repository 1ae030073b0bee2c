package classifier

import "testing"

// No's of r52 and r53 read as a post withdrawn or as nothing on the code
// before: "we cannot continue the recruitment process with you" (the
// process goes on, without the reader), a referral named beside a no
// ("thanks to Devon for referring you": the reader was referred, no one
// else's hiring), and the Portuguese "seguimos com outra pessoa".
func TestR52Nos(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"after a technical task", "recruitment@labs.example", "Result of the technical assignment",
			"Dear Alex,\nThank you for completing the technical assignment for the Full-stack Developer position. We have to inform you that your result did not reach the level required.\nUnfortunately we cannot continue the recruitment process with you for this position.\nBest regards,\nEszter",
			true, StageRejected},
		{"a referral beside a no", "no-reply@hire.lever.example", "Your application to Brightwell",
			"Hi Alex,\nThank you for your interest in Brightwell, and thanks to Devon Marsh for referring you.\nWe've reviewed your background for the Principal Data Engineer role, and we've decided to move forward with other candidates whose backgrounds are more closely aligned.\nAll the best,\nThe Recruiting Team",
			true, StageRejected},
		{"another person in Portuguese", "duarte@empresa.example", "Re: Obrigado pela conversa",
			"Olá Alex,\nSeguimos com outra pessoa para esta posição. Obrigado pelo tempo e pela conversa.\nAbraço,\nDuarte",
			true, StageRejected},
		// guard: Spanish "seguimos con" goes on interviewing (it held before)
		{"still interviewing in Spanish", "rrhh@empresa.example", "Re: Entrevista - Analista",
			"Hola Alex,\nseguimos con las entrevistas a otros candidatos esta semana y te escribo el viernes con una respuesta.\nSaludos,\nMarta",
			true, StageAwaitingDecision},
	})
}

// A group interview is hiring at volume (tune_written/r53_retail_*): on
// the code before, "interview" beside no other hiring word counted half.
func TestGroupInterview(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"after a group interview", "rachel@shop.example", "Christmas temp interview - thank you",
			"Hi Alex,\nThank you for joining the Christmas temp group interview on Wednesday. We're holding the last two sessions this weekend, then we'll confirm the final Christmas team by the middle of next week.\nRachel",
			true, ""},
	})
}
