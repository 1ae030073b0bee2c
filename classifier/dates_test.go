package classifier

import (
	"fmt"
	"testing"
	"time"

	"github.com/hearback/hearback/mailmsg"
)

// The date table: phrases of the seven languages and what they resolve to,
// against the Thursday base (2027-04-08 09:30 -0400) unless a case names
// another. Conventions of testdata/blind/BRIEF.md: "next week" is its
// Friday, "early next week" its Tuesday, "middle of next week" its
// Wednesday, "next Friday" the Friday of the following week, a range its
// upper bound, business days Monday to Friday.

var (
	// baseEU is a Tuesday morning in Berlin.
	baseEU = time.Date(2027, 3, 9, 10, 0, 0, 0, time.FixedZone("+0100", 3600))
	// baseFri is a Friday afternoon in New York.
	baseFri = time.Date(2027, 4, 9, 15, 0, 0, 0, time.FixedZone("-0400", -4*3600))
)

func TestScanDates(t *testing.T) {
	tests := []struct {
		text string
		base time.Time
		want string // YYYY-MM-DD of the first date, "" for none
	}{
		// English: weekdays and relative days.
		{"by friday", base, "2027-04-09"},
		{"on tuesday", base, "2027-04-13"},
		{"by thursday", base, "2027-04-15"}, // the message's own weekday: the next one
		{"this friday", base, "2027-04-09"},
		{"next friday", base, "2027-04-16"},
		{"next monday", base, "2027-04-12"},
		{"no later than next friday", base, "2027-04-16"},
		{"tuesday next week", base, "2027-04-13"},
		{"friday of next week", base, "2027-04-16"},
		{"monday or tuesday", base, "2027-04-13"},
		{"by wed 3/17", baseEU, "2027-03-17"},
		{"by friday", baseFri, "2027-04-16"},
		{"tomorrow", base, "2027-04-09"},
		{"the day after tomorrow", base, "2027-04-10"},
		{"by end of day", base, "2027-04-08"},
		{"by eod monday", base, "2027-04-12"},
		{"by close of play friday", base, "2027-04-09"},
		{"by the end of the week", base, "2027-04-09"},
		{"by eow", base, "2027-04-09"},
		{"later this week", base, "2027-04-09"},
		{"by the end of the week", baseFri, "2027-04-09"},
		{"next week", base, "2027-04-16"},
		{"sometime next week", base, "2027-04-16"},
		{"by the end of next week", base, "2027-04-16"},
		{"early next week", base, "2027-04-13"},
		{"by the middle of next week", base, "2027-04-14"},
		{"mid next week", base, "2027-04-14"},
		{"the week after next", base, "2027-04-23"},
		{"by the end of the month", base, "2027-04-30"},
		{"by eom", base, "2027-04-30"},
		{"next month", base, "2027-05-31"},
		{"by the end of next month", base, "2027-05-31"},
		{"by mid-may", base, "2027-05-15"},
		{"by the end of april", base, "2027-04-30"},
		// English: durations and ranges (upper bound).
		{"within two weeks", base, "2027-04-22"},
		{"in a couple of weeks", base, "2027-04-22"},
		{"in the next week or two", base, "2027-04-22"},
		{"in a week or two", base, "2027-04-22"},
		{"in one to two weeks", base, "2027-04-22"},
		{"in two to three weeks", base, "2027-04-29"},
		{"within a week", base, "2027-04-15"},
		{"within the next week", base, "2027-04-15"},
		{"within 10 days", base, "2027-04-18"},
		{"within the next 10 days", base, "2027-04-18"},
		{"in 3-5 business days", base, "2027-04-15"},
		{"in the next 3-5 business days", base, "2027-04-15"},
		{"within 5-7 working days", base, "2027-04-19"},
		{"within three working days", base, "2027-04-13"},
		{"within 10 business days", base, "2027-04-22"},
		{"within the next fortnight", base, "2027-04-22"},
		{"in a fortnight", base, "2027-04-22"},
		{"within 48 hours", base, "2027-04-10"},
		{"within a month", base, "2027-05-08"},
		{"please allow up to 2 weeks", base, "2027-04-22"},
		{"in the coming days", base, ""},
		{"in the coming weeks", base, ""},
		{"in a few days", base, ""},
		{"in due course", base, ""},
		{"within the week", base, "2027-04-09"},
		{"in the coming week", base, "2027-04-16"},
		{"in the next day or so", base, "2027-04-09"},
		{"first thing next week", base, "2027-04-12"},
		{"midweek", time.Date(2027, 4, 5, 9, 0, 0, 0, time.UTC), "2027-04-07"},
		{"it can take up to two weeks", base, "2027-04-22"},
		{"by the end of the business week", base, "2027-04-09"},
		{"by the end of q2", base, "2027-06-30"},
		{"two weeks from today", base, "2027-04-22"},
		{"10 business days from now", base, "2027-04-22"},
		{"by thrusday", base, "2027-04-15"},
		{"tommorow", base, "2027-04-09"},
		// English: dates.
		{"by 2027/04/21", base, "2027-04-21"},
		{"april the 16th", base, "2027-04-16"},
		{"by april 22", base, "2027-04-22"},
		{"by april 22nd", base, "2027-04-22"},
		{"by 22 april", base, "2027-04-22"},
		{"by the 22nd of april", base, "2027-04-22"},
		{"by the 15th", base, "2027-04-15"},
		{"by friday the 16th", base, "2027-04-16"},
		{"by wednesday, april 21, 2027", base, "2027-04-21"},
		{"on or before 4/22", base, "2027-04-22"},
		{"by 2027-04-21", base, "2027-04-21"},
		{"until 6/12", time.Date(2027, 6, 2, 14, 0, 0, 0, time.FixedZone("+0100", 3600)), "2027-06-12"},
		{"by 12/06", time.Date(2027, 6, 2, 14, 0, 0, 0, time.FixedZone("+0100", 3600)), "2027-06-12"},
		{"by 22/4", base, "2027-04-22"},
		{"april 5-16", base, "2027-04-16"},
		{"by march 31", base, ""}, // a week ago: no future day
		{"by january 10", time.Date(2027, 12, 20, 9, 0, 0, 0, time.UTC), "2028-01-10"},
		{"24/7 support", base, ""},
		{"last friday", base, ""},
		{"since monday", base, ""},
		// German.
		{"bis freitag", base, "2027-04-09"},
		{"am kommenden dienstag", base, "2027-04-13"},
		{"nächsten freitag", base, "2027-04-16"},
		{"freitag nächster woche", base, "2027-04-16"},
		{"bis zum 23.04.", base, "2027-04-23"},
		{"bis zum 12.03", baseEU, "2027-03-12"},
		{"am 26.04.2027", base, "2027-04-26"},
		{"bis 23. april", base, "2027-04-23"},
		{"ab montag, 19. april", base, "2027-04-19"},
		{"bis ende kw 16", base, "2027-04-23"},
		{"in kw 15", base, "2027-04-16"},
		{"anfang kw 16", base, "2027-04-20"},
		{"nächste woche", base, "2027-04-16"},
		{"in der kommenden woche", base, "2027-04-16"},
		{"ende nächster woche", base, "2027-04-16"},
		{"anfang nächster woche", base, "2027-04-13"},
		{"mitte nächster woche", base, "2027-04-14"},
		{"ende der woche", base, "2027-04-09"},
		{"bis monatsende", base, "2027-04-30"},
		{"ende des monats", base, "2027-04-30"},
		{"innerhalb von zwei wochen", base, "2027-04-22"},
		{"in zwei bis drei wochen", base, "2027-04-29"},
		{"innerhalb von 10 arbeitstagen", base, "2027-04-22"},
		{"in den nächsten 5 werktagen", base, "2027-04-15"},
		{"morgen", base, "2027-04-09"},
		{"guten morgen", base, ""},
		{"übermorgen", base, "2027-04-10"},
		{"in den nächsten tagen", base, ""},
		// French.
		{"d'ici vendredi", base, "2027-04-09"},
		{"mardi prochain", base, "2027-04-13"},
		{"vendredi prochain", baseEU, "2027-03-19"},
		{"vendredi de la semaine prochaine", base, "2027-04-16"},
		{"d'ici le 12 mars", baseEU, "2027-03-12"},
		{"le vendredi 21 mai", base, "2027-05-21"},
		{"avant le 1er mai", base, "2027-05-01"},
		{"d'ici la fin de la semaine", base, "2027-04-09"},
		{"la semaine prochaine", base, "2027-04-16"},
		{"d'ici la fin de la semaine prochaine", base, "2027-04-16"},
		{"début de la semaine prochaine", base, "2027-04-13"},
		{"fin du mois", base, "2027-04-30"},
		{"d'ici deux semaines", base, "2027-04-22"},
		{"sous huit jours", base, "2027-04-15"},
		{"d'ici quinze jours", base, "2027-04-22"},
		{"dans un délai de 10 jours ouvrés", base, "2027-04-22"},
		{"dans 2 à 3 semaines", base, "2027-04-29"},
		{"sous 48 heures", base, "2027-04-10"},
		{"demain", base, "2027-04-09"},
		{"vendredi dernier", base, ""},
		{"dans les prochains jours", base, ""},
		// Spanish.
		{"antes del viernes", base, "2027-04-09"},
		{"el próximo viernes", base, "2027-04-16"},
		{"el viernes de la semana que viene", base, "2027-04-16"},
		{"el 5 de abril", time.Date(2027, 3, 30, 9, 0, 0, 0, time.UTC), "2027-04-05"},
		{"el lunes 19 de abril", base, "2027-04-19"},
		{"la próxima semana", base, "2027-04-16"},
		{"la semana que viene", base, "2027-04-16"},
		{"a finales de la próxima semana", base, "2027-04-16"},
		{"a principios de la próxima semana", base, "2027-04-13"},
		{"a fin de mes", base, "2027-04-30"},
		{"en los próximos 5 días hábiles", base, "2027-04-15"},
		{"en un plazo máximo de 10 días hábiles", base, "2027-04-22"},
		{"dentro de dos semanas", base, "2027-04-22"},
		{"en dos o tres semanas", base, "2027-04-29"},
		{"entre 3 y 5 días hábiles", base, "2027-04-15"},
		{"mañana por la tarde", base, "2027-04-09"},
		{"esta mañana", base, ""},
		{"el viernes pasado", base, ""},
		// Italian.
		{"entro venerdì", base, "2027-04-09"},
		{"lunedì prossimo", base, "2027-04-12"},
		{"entro il 3 maggio", base, "2027-05-03"},
		{"giovedì 17 giugno 2027", base, "2027-06-17"},
		{"la settimana prossima", base, "2027-04-16"},
		{"entro la fine della prossima settimana", base, "2027-04-16"},
		{"entro fine mese", base, "2027-04-30"},
		{"entro la fine del mese", base, "2027-04-30"},
		{"entro 10 giorni lavorativi", base, "2027-04-22"},
		{"entro due settimane", base, "2027-04-22"},
		{"tra 2-3 settimane", base, "2027-04-29"},
		{"nelle prossime due settimane", base, "2027-04-22"},
		{"domani", base, "2027-04-09"},
		{"fino al 16 agosto compreso", base, "2027-08-16"},
		// Dutch.
		{"uiterlijk vrijdag", base, "2027-04-09"},
		{"volgende week vrijdag", base, "2027-04-16"},
		{"volgende week", base, "2027-04-16"},
		{"begin volgende week", base, "2027-04-13"},
		{"eind van de maand", base, "2027-04-30"},
		{"binnen 5 werkdagen", base, "2027-04-15"},
		{"binnen twee weken", base, "2027-04-22"},
		{"binnen een week", base, "2027-04-15"},
		{"over twee weken", base, "2027-04-22"},
		{"tot en met vrijdag 14 mei", base, "2027-05-14"},
		// Portuguese.
		{"até sexta-feira", base, "2027-04-09"},
		{"na segunda-feira", base, "2027-04-12"},
		{"até 10/06", time.Date(2027, 5, 20, 9, 0, 0, 0, time.FixedZone("-0300", -3*3600)), "2027-06-10"},
		{"até o dia 15 de julho", base, "2027-07-15"},
		{"10 de setembro de 2027", base, "2027-09-10"},
		{"até o fim da semana que vem", base, "2027-04-16"},
		{"na próxima semana", base, "2027-04-16"},
		{"até o final do mês", base, "2027-04-30"},
		{"em até 10 dias úteis", base, "2027-04-22"},
		{"nos próximos 5 dias úteis", base, "2027-04-15"},
		{"em duas semanas", base, "2027-04-22"},
		{"amanhã", base, "2027-04-09"},
		// Japanese month and day.
		{"8月16日（月）より出社", base, "2027-08-16"},
	}
	check := func(text string, base time.Time, lg lang, want string) {
		t.Helper()
		got := ""
		if h, ok := resolveDate(text, base, lg); ok && !h.t.Before(startOfDay(base)) {
			got = h.t.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("date(%q, %s) = %q, want %q", text, base.Format("Mon 2006-01-02 -0700"), got, want)
		}
	}
	for _, tt := range tests {
		check(tt.text, tt.base, guessLang(tokenize(tt.text)), tt.want)
	}
	// Words that are dates in one language only: Dutch "week 16" (English
	// "week 2 of onboarding" is none), Portuguese "sexta".
	check("in week 16", time.Date(2027, 4, 8, 9, 0, 0, 0, time.FixedZone("+0200", 7200)), langNL, "2027-04-23")
	check("in week 16", base, langEN, "")
	// but English from Europe numbers its weeks: "We will get back to all
	// candidates in week 22" from Copenhagen
	check("in week 16", time.Date(2027, 4, 8, 9, 0, 0, 0, time.FixedZone("+0200", 7200)), langEN, "2027-04-23")
	check("in week 2 of onboarding", time.Date(2027, 4, 8, 9, 0, 0, 0, time.FixedZone("+0200", 7200)), langEN, "")
	check("até sexta", time.Date(2027, 4, 6, 9, 0, 0, 0, time.FixedZone("-0300", -3*3600)), langPT, "2027-04-09")
}

// TestPromisePhrases: whole sentences, as Classify reads them, in the seven
// languages: the promise date, "undated", or "" for no promise — among
// them conditional futures and deadlines set for the reader.
func TestPromisePhrases(t *testing.T) {
	tests := []struct {
		text string
		want string
		cond bool // a conditional future
	}{
		// English.
		{"We'll circle back in 3-5 business days.", "2027-04-15", false},
		{"You can expect to hear from us within 5-7 working days.", "2027-04-19", false},
		{"I'll have an answer for you by Wednesday.", "2027-04-14", false},
		{"I'll reach back out Monday.", "2027-04-12", false},
		{"Let me check with the team and get back to you tomorrow.", "2027-04-09", false},
		{"Hoping to have news for you by end of next week.", "2027-04-16", false},
		{"Please expect to hear from us within two weeks.", "2027-04-22", false},
		{"Please allow up to 10 business days for us to review your application.", "2027-04-22", false},
		{"Our hiring team will review your application and get back to you within 10 business days.", "2027-04-22", false},
		{"The panel feedback will be consolidated and shared with you in 5-7 working days.", "2027-04-19", false},
		{"We expect to notify all candidates of the outcome by 23 April 2027.", "2027-04-23", false},
		{"A decision is expected by April 30.", "2027-04-30", false},
		{"We typically get back to candidates within two weeks.", "2027-04-22", false},
		{"I'll keep you posted.", "undated", false},
		{"We'll be in touch once the panel has met.", "undated", false},
		{"I should know more by Tuesday and will update you then.", "2027-04-13", false},
		{"She has promised me an answer by close of play Friday, so I'll be in touch by then at the latest.", "2027-04-09", false},
		{"She's seeing two more candidates tomorrow and will make a decision straight after that. I'll be in touch by Monday.", "2027-04-12", false},
		{"We will get back to you either way by Friday.", "2027-04-09", false},
		{"I'll get back to you after the panel meets on Monday, so by Wednesday at the latest.", "2027-04-14", false},
		{"We'll have an answer early next week, Wednesday at the latest.", "2027-04-14", false},
		{"I'll follow up with the hiring manager tomorrow and get back to you by Friday.", "2027-04-09", false},
		{"I'll call you at 3pm.", "2027-04-08", false},
		{"Please note it may take up to two weeks for us to get back to you.", "2027-04-22", false},
		{"We'll get back to you by Apr. 20 at the latest.", "2027-04-20", false},
		{"Our team will contact your references this week.", "", false},
		{"We'll be in touch by Friday, and if you have questions before then, just call me.", "2027-04-09", false},
		{"I'll let you know by Friday if we'd like to move forward.", "2027-04-09", false},
		{"Wir geben Ihnen bis Freitag Bescheid, ob wir Sie einladen.", "2027-04-09", false},
		{"We'll get back to you by Friday - if anything changes sooner, I'll call.", "2027-04-09", false},
		{"I'll be in touch with Sarah to set up the next round.", "", false},
		{"Timing-wise, we're looking at the end of next week. I'll be in touch then.", "2027-04-16", false},
		// English: no promise.
		{"We'll keep your CV on file and contact you if a suitable role arises.", "", true},
		{"We'll reach out if your profile matches a future opening.", "", true},
		{"Should there be another opportunity, we will be in touch.", "", true},
		{"If you are shortlisted, you will hear from us within two weeks.", "", true},
		{"Only shortlisted candidates will be contacted.", "", true},
		{"If you do not hear from us within four weeks, please assume your application was unsuccessful.", "", true},
		{"I'll reach out when I've got something that matches your background.", "", true},
		{"I'll let you know if anything changes.", "", false},
		{"Please reply by Friday.", "", false},
		{"We'd ask you to let us know your decision by noon ET on Tuesday, April 13.", "", false},
		{"Please confirm your attendance by Monday 12 April.", "", false},
		{"Feel free to reach out with any questions.", "", false},
		{"Due to the volume of applications we may not be able to respond to everyone individually.", "", false},
		{"I'll send you the calendar invite shortly.", "", false},
		{"I'll call you at 917-555-0134.", "", false},
		{"I'll be cheering you on wherever you land next.", "", false},
		{"Thanks for meeting on Monday, we'll be in touch.", "undated", false},
		// German.
		{"Wir melden uns bis spätestens Freitag bei Ihnen.", "2027-04-09", false},
		{"Sie erhalten bis zum 23.04. eine Rückmeldung von uns.", "2027-04-23", false},
		{"Wir geben Ihnen bis Ende nächster Woche Bescheid.", "2027-04-16", false},
		{"Danach werden wir Ihnen bis Ende KW 16 eine finale Rückmeldung geben.", "2027-04-23", false},
		{"Eine Rückmeldung erhalten Sie von mir Mitte nächster Woche.", "2027-04-14", false},
		{"Sie hören anfang nächster Woche von mir.", "2027-04-13", false},
		{"Mit einer Entscheidung können Sie in zwei bis drei Wochen rechnen.", "2027-04-29", false},
		{"Wir werden uns innerhalb von 10 Werktagen bei Ihnen melden.", "2027-04-22", false},
		{"Wir melden uns zeitnah bei Ihnen.", "undated", false},
		{"Gerne gebe ich Ihnen in einem kurzen Telefonat Feedback.", "", false},
		{"Wie versprochen melde ich mich mit guten Neuigkeiten.", "", false},
		{"Vielen Dank für Ihre schnelle Rückmeldung.", "", false},
		{"Bitte geben Sie uns bis Freitag Bescheid, ob der Termin passt.", "", false},
		{"Sollte sich eine passende Position ergeben, melden wir uns bei Ihnen.", "", true},
		{"Gerne nehmen wir Ihr Profil in unseren Talentpool auf und melden uns, falls eine passende Stelle frei wird.", "", true},
		// French.
		{"Nous reviendrons vers vous d'ici vendredi.", "2027-04-09", false},
		{"Je reviens vers vous d'ici mardi prochain au plus tard.", "2027-04-13", false},
		{"Je m'engage à vous donner une réponse définitive d'ici le vendredi 16 avril.", "2027-04-16", false},
		{"Vous aurez de nos nouvelles d'ici la fin de la semaine.", "2027-04-09", false},
		{"Notre équipe reviendra vers vous sous huit jours, quelle que soit la réponse.", "2027-04-15", false},
		{"Nous vous ferons un retour dans les meilleurs délais.", "undated", false},
		{"Nous reviendrons vers vous prochainement.", "undated", false},
		{"Je reviens vers vous comme promis suite à votre entretien.", "", false},
		{"Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.", "", true},
		{"Merci de nous faire part de votre décision avant le 15 avril.", "", false},
		// Spanish.
		{"Te daremos una respuesta antes del viernes.", "2027-04-09", false},
		{"Nos pondremos en contacto contigo a lo largo de la próxima semana.", "2027-04-16", false},
		{"Recibirás noticias nuestras en un plazo máximo de 10 días hábiles.", "2027-04-22", false},
		{"Esperamos darte una respuesta en dos o tres semanas.", "2027-04-29", false},
		{"Te escribo el lunes con novedades.", "2027-04-12", false},
		{"Te contactaremos a la brevedad.", "undated", false},
		{"Si surge una vacante que encaje con tu perfil, nos pondremos en contacto contigo.", "", true},
		{"Por favor, confírmanos tu disponibilidad antes del viernes.", "", false},
		// Italian.
		{"Le daremo un riscontro definitivo entro fine mese.", "2027-04-30", false},
		{"La ricontatteremo entro il 3 maggio.", "2027-05-03", false},
		{"Riceverà una risposta entro due settimane.", "2027-04-22", false},
		{"Ti faremo sapere entro la fine della prossima settimana.", "2027-04-16", false},
		{"Sarà nostra cura ricontattarla entro 10 giorni lavorativi.", "2027-04-22", false},
		{"Ci faremo sentire a breve.", "undated", false},
		{"Qualora si presentasse una posizione in linea con il suo profilo, la ricontatteremo.", "", true},
		// Dutch.
		{"We laten je uiterlijk volgende week vrijdag weten of we je uitnodigen.", "2027-04-16", false},
		{"Je hoort binnen 5 werkdagen van ons.", "2027-04-15", false},
		{"We nemen uiterlijk 22 april contact met je op.", "2027-04-22", false},
		{"Je ontvangt binnen twee weken een reactie.", "2027-04-22", false},
		{"We komen er zo snel mogelijk bij je op terug.", "undated", false},
		{"Mocht er in de toekomst een passende vacature zijn, dan nemen we contact met je op.", "", true},
		// Portuguese.
		{"Te dou um retorno até o fim da semana que vem.", "2027-04-16", false},
		{"Devemos te dar um retorno em até 10 dias úteis.", "2027-04-22", false},
		{"Entraremos em contato até o dia 15 de abril.", "2027-04-15", false},
		{"Você receberá uma resposta nas próximas duas semanas.", "2027-04-22", false},
		{"Assim que o comité reunir, dou-lhe notícias.", "undated", false},
		{"Nosso time vai entrar em contato com você em breve.", "undated", false},
		{"Caso surja uma nova oportunidade compatível com o seu perfil, entraremos em contato.", "", true},
		{"Gostaríamos de te dar um retorno sobre o processo.", "", false},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{
			From:    mailmsg.Address{Email: "jane@acme.example"},
			Subject: "Re: Backend Engineer interview",
			Date:    base,
			Excerpt: tt.text + "\n\nJane",
		}
		v := Classify(m)
		got := dateOf(v.PromiseAt)
		switch {
		case v.PromiseUndated:
			got = "undated"
		case got == "-":
			got = ""
		}
		if got != tt.want || v.ConditionalFuture != tt.cond {
			t.Errorf("promise(%q) = %q (conditional %v), want %q (conditional %v); reasons %q", tt.text, got, v.ConditionalFuture, tt.want, tt.cond, v.Reasons)
		}
	}
}

// TestConditionalFutureCached: the flag survives the verdict cache.
func TestConditionalFutureCached(t *testing.T) {
	v := Verdict{Job: true, Stage: StageRejected, ConditionalFuture: true}
	got, ok := DecodeVerdict(AppendVerdict(nil, &v))
	if !ok || !got.ConditionalFuture {
		t.Errorf("DecodeVerdict(AppendVerdict(%+v)) = %+v, %v", v, got, ok)
	}
}

// TestPromisePhrasesMore: more ways to say it — third persons, passives,
// agencies' and public bodies' wording, selection-only contact.
func TestPromisePhrasesMore(t *testing.T) {
	tests := []struct {
		text string
		want string
		cond bool
	}{
		{"We won't have an update until next Tuesday.", "2027-04-13", false},
		{"I'll give you a bell tomorrow once I've spoken to the client.", "2027-04-09", false},
		{"I'm chasing the client and will revert by Thursday.", "2027-04-15", false},
		{"Candidates will be informed of the outcome by 22 April.", "2027-04-22", false},
		{"Applicants will be notified of their status by email no later than April 30.", "2027-04-30", false},
		{"We will reach out to candidates whose experience best aligns with the role.", "", true},
		{"Please note that we are only able to contact candidates who have been shortlisted.", "", true},
		{"Nuestro equipo te contactará en los próximos 5 días hábiles.", "2027-04-15", false},
		{"Te confirmaremos la decisión antes del 20 de abril.", "2027-04-20", false},
		{"Estaremos en contacto contigo antes de fin de mes.", "2027-04-30", false},
		{"Notre chargée de recrutement vous appellera mardi prochain.", "2027-04-13", false},
		{"Vi faremo sapere entro venerdì.", "2027-04-09", false},
		{"Wir werden uns bis spätestens 20.04. bei Ihnen zurückmelden.", "2027-04-20", false},
		{"Bis KW 16 sollten wir eine Entscheidung getroffen haben.", "2027-04-23", false},
		{"We streven ernaar om je binnen twee weken uitsluitsel te geven.", "2027-04-22", false},
		{"O retorno será dado até o dia 20/04.", "2027-04-20", false},
		{"Vamos dar andamento e te falo até quinta.", "2027-04-15", false},
		{"Eine Rückmeldung erfolgt bis zum 20.04.", "2027-04-20", false},
		{"We koppelen uiterlijk vrijdag terug.", "2027-04-09", false},
		{"Esperamos comunicarte la decisión la próxima semana.", "2027-04-16", false},
		{"Contiamo di comunicarle la nostra decisione entro fine mese.", "2027-04-30", false},
		{"Le retour du comité est prévu pour le 20 avril.", "2027-04-20", false},
		{"Falamos na sexta-feira.", "2027-04-09", false},
		{"The hiring team anticipates making a decision by April 30, 2027.", "2027-04-30", false},
		{"Your application status will be updated by May 5.", "2027-05-05", false},
		{"A decision regarding your application is expected on or before April 30.", "2027-04-30", false},
		{"Wir werden Sie bis zum 30.04. über das Ergebnis informieren.", "2027-04-30", false},
		{"Speak Thursday!", "2027-04-15", false},
		{"It may take several weeks before you hear from us.", "undated", false},
		{"We will get back to you within 10 business days regarding next steps, if any.", "2027-04-22", false},
		{"I'll give you a shout tomorrow.", "2027-04-09", false},
		{"I'll get the feedback over to you Thursday.", "2027-04-15", false},
		{"Die Entscheidung teilen wir Ihnen bis Ende April mit.", "2027-04-30", false},
		{"Te paso feedback la semana que viene.", "2027-04-16", false},
		{"Ti do un riscontro entro lunedì.", "2027-04-12", false},
		// No cue, but the awaited thing in the future with a date.
		{"The outcome should be confirmed within five working days.", "2027-04-15", false},
		{"The final decision will be taken by Friday.", "2027-04-09", false},
		{"HR will issue the contract on Monday.", "2027-04-12", false},
		{"La decisione verrà presa entro fine mese.", "2027-04-30", false},
		{"Die Entscheidung wird voraussichtlich Ende April getroffen.", "2027-04-30", false},
		{"La décision sera prise d'ici vendredi.", "2027-04-09", false},
		{"Bedankt voor je geduld: de beslissing wordt eind volgende week genomen.", "2027-04-16", false},
		{"A decisão será tomada até sexta-feira.", "2027-04-09", false},
		{"The offer will expire on Friday.", "", false},
		{"Please send your response by Friday.", "", false},
		{"We will review the feedback from the panel.", "", false},
	}
	for _, tt := range tests {
		m := &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Backend Engineer interview",
			Date: base, Excerpt: tt.text + "\n\nJane"}
		v := Classify(m)
		got := dateOf(v.PromiseAt)
		switch {
		case v.PromiseUndated:
			got = "undated"
		case got == "-":
			got = ""
		}
		if got != tt.want || v.ConditionalFuture != tt.cond {
			t.Errorf("promise(%q) = %q (conditional %v), want %q (conditional %v); reasons %q", tt.text, got, v.ConditionalFuture, tt.want, tt.cond, v.Reasons)
		}
	}
}

// TestDateAlternatives: of two dates joined by "or" or "to", the later.
func TestDateAlternatives(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"by the end of this week or early next week", "2027-04-13"},
		{"from april 12 to april 16", "2027-04-16"},
		{"tuesday or wednesday next week", "2027-04-14"},
		{"by eod tmrw", "2027-04-09"},
		{"du 12 au 16 avril", "2027-04-16"},
	} {
		if h, ok := resolveDate(tt.text, base, guessLang(tokenize(tt.text))); !ok || h.t.Format("2006-01-02") != tt.want {
			t.Errorf("date(%q) = %v %v, want %s", tt.text, h.t, ok, tt.want)
		}
	}
}

// TestPromiseMatrix crosses English promise sentences with undated and
// dated time phrases and the sentences an awaiting message opens with:
// every combination is a promise with the expected date.
func TestPromiseMatrix(t *testing.T) {
	forms := []string{
		"We'll get back to you %s.", "I'll be in touch %s with next steps.", "You should hear from us %s.",
		"I will reach out %s to let you know where things stand.", "We expect to have a decision %s.",
		"I'll follow up with you %s.", "We will let you know %s.", "I'll give you a call %s.",
		"You can expect to hear back from me %s.", "I will update you %s.", "We aim to share feedback %s.",
		"Expect to hear from us %s.", "Our recruiter will contact you %s.", "I'll send you an update %s.",
		"We will be back in touch %s.", "You'll hear back %s.", "I hope to have news for you %s.",
		"The team will make a decision %s and I'll let you know.", "I'll circle back %s.", "We will notify you %s.",
		"I'm going to reach out %s.", "We plan to get back to all candidates %s.", "I'll ping you %s.",
		"Hang tight, I'll have an answer %s.", "We'll update you on timing %s.", "I'll email you %s.",
	}
	whens := []string{"shortly", "soon", "as soon as we can", "as soon as I hear back from the team", "once the panel has met",
		"as soon as I have news", "in due course", "once we have collected everyone's feedback", "very soon", "as soon as possible",
		"when I know more", "once references are back", "after the debrief", "once the hiring manager is back",
		"as soon as the committee has decided", "in the new year", "once we've finished the remaining interviews"}
	check := func(text, want string) {
		t.Helper()
		m := &mailmsg.Message{From: mailmsg.Address{Email: "jane@acme.example"}, Subject: "Re: Backend Engineer interview",
			Date: base, Excerpt: "Hi Alex,\n\n" + text + "\n\nBest,\nJane"}
		v := Classify(m)
		got := dateOf(v.PromiseAt)
		if v.PromiseUndated {
			got = "undated"
		}
		if got != want {
			t.Errorf("promise(%q) = %s, want %s; reasons %q", text, got, want, v.Reasons)
		}
	}
	for _, f := range forms {
		for _, w := range whens {
			for _, ctx := range []string{"Thanks so much for coming in for the Backend Engineer interviews.", "Thank you for your time on the phone today.", ""} {
				check(ctx+" "+fmt.Sprintf(f, w), "undated")
			}
		}
	}
	dated := map[string]string{"by Friday": "2027-04-09", "on Tuesday": "2027-04-13", "early next week": "2027-04-13",
		"within two weeks": "2027-04-22", "in the next 3-5 business days": "2027-04-15", "by the end of the month": "2027-04-30",
		"tomorrow": "2027-04-09", "sometime next week": "2027-04-16", "within 5 business days": "2027-04-15",
		"in the next week or two": "2027-04-22", "within the next 10 days": "2027-04-18", "no later than next Friday": "2027-04-16",
		"within a week": "2027-04-15", "by the middle of next week": "2027-04-14", "within three working days": "2027-04-13",
		"in a couple of weeks": "2027-04-22", "by April 20": "2027-04-20", "on or before 4/20": "2027-04-20",
		"by Tuesday, April 20": "2027-04-20", "on Monday": "2027-04-12", "by the end of next week": "2027-04-16",
		"before the end of this week": "2027-04-09", "by the end of the week": "2027-04-09", "on Wednesday": "2027-04-14"}
	ctxs := []string{"Thanks so much for coming in for the Backend Engineer interviews.", "I came across your profile and would love to tell you about a Staff Engineer role at Acme. Looking forward to speaking with you.",
		"The hiring manager is travelling but will review the feedback as soon as she's back.", "We're still meeting a couple of candidates this week.", ""}
	for _, f := range forms {
		for w, want := range dated {
			for _, ctx := range ctxs {
				check(ctx+" "+fmt.Sprintf(f, w), want)
			}
		}
	}
}
