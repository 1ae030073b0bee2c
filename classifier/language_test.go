package classifier

import (
	"strings"
	"testing"
)

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Hi Alex,\n\nThanks for interviewing with us yesterday. We'll get back to you by the end of next week.\n\nBest,\nJane", English},
		{"Hallo Alex,\n\nvielen Dank für Ihre Bewerbung und das nette Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen.\n\nViele Grüße\nZoë", German},
		{"Hi Alex, danke für deine Zeit gestern! Ich melde mich nächste Woche bei dir.\nLG Jonas", German},
		{"Bonjour Alex,\n\nMerci pour votre candidature. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.\n\nCordialement,\nCamille", French},
		{"Salut Alex, merci pour ton temps ! Je te recontacte la semaine prochaine pour la suite.", French},
		{"Hola Alex:\n\nGracias por tu interés en el puesto. Te escribiremos antes del viernes con los próximos pasos.\n\nUn saludo,\nLucía", Spanish},
		{"Estimado Alex:\n\nLe agradecemos su candidatura. Nos pondremos en contacto con usted muy pronto.\n\nAtentamente,\nJavier", Spanish},
		{"Ok!", ""},
		{"Danke!", ""},
		{"", ""},
		{"Grazie mille per la tua candidatura, ti contatteremo presto.", ""},
		{strings.Repeat("Merci pour votre réponse et bonne journée. ", 500), French},
	}
	for _, tc := range cases {
		if got := DetectLanguage(tc.text); got != tc.want {
			t.Errorf("DetectLanguage(%.50q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestInformal(t *testing.T) {
	cases := []struct {
		lang, text      string
		informal, known bool
	}{
		{German, "vielen Dank für Ihre Bewerbung, wir melden uns bei Ihnen.", false, true},
		{German, "danke für deine Zeit, ich melde mich bei dir.", true, true},
		{German, "Sie hat sich gemeldet.", false, true},
		{German, "Bis bald!", false, false},
		{French, "Merci pour votre candidature, nous revenons vers vous.", false, true},
		{French, "Merci pour ton message, je t'appelle demain.", true, true},
		{Spanish, "Le agradecemos su candidatura y le escribiremos pronto.", false, true},
		{Spanish, "Gracias por tu mensaje, te escribo mañana.", true, true},
		{English, "Thank you for your time.", false, false},
	}
	for _, tc := range cases {
		informal, known := Informal(tc.lang, tc.text)
		if informal != tc.informal || known != tc.known {
			t.Errorf("Informal(%s, %q) = %v, %v; want %v, %v", tc.lang, tc.text, informal, known, tc.informal, tc.known)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat("Hallo Alex, vielen Dank für Ihre Bewerbung und das nette Gespräch. ", 60)
	for b.Loop() {
		DetectLanguage(text)
	}
}
