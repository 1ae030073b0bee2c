package call

import (
	"strings"
	"time"
)

// ScriptInput is what a call script says: who calls whom, about which
// job, and the day the other side said they would call, in the draft's
// language, tone and form of address (package draft's Voice).
type ScriptInput struct {
	Language string // "en", "de", "fr", "es", "sv", "da", "nb"; anything else is English
	Tone     string // "playful", "warm", "formal"; anything else is warm
	Informal bool   // du, tu, tú; Swedish, Danish and Norwegian say du to all
	Name     string // their first name, "" when unknown
	FullName string // their name with the surname where known
	Me       string // the user's name, "" when unknown
	// Job is the job as a noun phrase without its article in Language
	// (draft.Data.Job: "Stelle als X bei Acme", "poste de X chez Acme",
	// "puesto de X en Acme", with the Nordic article on the noun:
	// "tjänsten som X på Acme", "stillingen som X hos Acme", "stillingen
	// som X i Acme"); Position the English one with it
	// (draft.Data.Position: "the X role at Acme"), "" for "the role".
	Job      string
	Position string
	// PromisedAt is the moment they said they would call, nil when they
	// named none; Date that day as the draft writes it (draft.Data's
	// PromiseDate: "16 april" in Swedish, "16. april" in Danish and
	// Norwegian); Now the moment the script is for, in the user's zone.
	PromisedAt *time.Time
	Date       string
	Now        time.Time
}

// scripts are the languages Script has lines in besides English.
var scripts = map[string]func(ScriptInput) []string{
	"de": scriptDE, "fr": scriptFR, "es": scriptES, "sv": scriptSV, "da": scriptDA, "nb": scriptNB,
}

// Speaks reports whether Script has lines in lang; any other language
// gets the English ones.
func Speaks(lang string) bool {
	return lang == "en" || scripts[lang] != nil
}

// Script is three or four short lines to say on the phone, in three
// moves: a light opener (they said they would call; here I am), room for
// their situation (they are busy), and the reason, with the role.
func Script(in ScriptInput) []string {
	if script := scripts[in.Language]; script != nil {
		return script(in)
	}
	return scriptEN(in)
}

// recent: the promised day lies in the week before now, so its weekday
// names it ("on Tuesday"); further back the date does.
func (in ScriptInput) recent() bool {
	days, ok := in.daysAgo()
	return ok && days >= 0 && days < 6
}

// daysAgo is how many calendar days before now, in now's zone, the
// promised day was; ok is false when they named none.
func (in ScriptInput) daysAgo() (int, bool) {
	if in.PromisedAt == nil {
		return 0, false
	}
	loc := in.Now.Location()
	p, n := in.PromisedAt.In(loc), in.Now
	pd := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
	nd := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc)
	return int(nd.Sub(pd).Round(24*time.Hour) / (24 * time.Hour)), true
}

func (in ScriptInput) weekday(names [7]string) string {
	return names[in.PromisedAt.In(in.Now.Location()).Weekday()]
}

// surname: FullName says more than the first name.
func (in ScriptInput) surname() bool {
	return strings.Contains(strings.TrimSpace(in.FullName), " ")
}

var (
	weekdaysEN = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdaysDE = [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	weekdaysFR = [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	weekdaysES = [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}
	weekdaysSV = [7]string{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"}
	// Danish and Norwegian name the days alike
	weekdaysDANB = [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}
)

// join makes the lines: each trimmed, empty ones left out.
func join(lines ...string) []string {
	var out []string
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func scriptEN(in ScriptInput) []string {
	day := ""
	switch {
	case in.recent():
		day = "on " + in.weekday(weekdaysEN)
	case in.PromisedAt != nil && in.Date != "":
		day = "on " + in.Date
	}
	hi := "Hi"
	if in.Name != "" {
		hi += " " + in.Name
	}
	if in.Me != "" {
		hi += ", it's " + in.Me
	}
	hi += "."
	job := in.Position
	if job == "" {
		job = "the role"
	}
	switch in.Tone {
	case "playful":
		opener := "Just checking I haven't dropped off your list: you'd said you'd give me a call!"
		if day != "" {
			opener = "Just checking I haven't dropped off your list: we were going to talk " + day + "!"
		}
		return join(hi+" "+opener,
			"I can imagine it's been hectic, so I thought I'd pick up the phone myself.",
			"I'm still really excited about "+job+". Any news on your side?",
			"If now's a bad moment, tell me when works and I'll call back.")
	case "formal":
		hello := "Hello"
		if in.Name != "" {
			hello += " " + in.Name
		}
		if in.Me != "" {
			hello += ", this is " + in.Me
		}
		return join(hello+".",
			"You had mentioned that you would call me"+pre(" ", day)+", so I thought I would follow up by phone.",
			"I appreciate that you have a great deal on your plate at the moment.",
			"I am calling about "+job+" and wanted to ask whether there is any update.")
	}
	opener := "You'd said you'd give me a call, so I thought I'd save you the trouble."
	if day != "" {
		opener = "You'd mentioned you'd call " + day + ", so I thought I'd save you the trouble."
	}
	return join(hi+" "+opener,
		"I know how busy things get on your side.",
		"I'm calling about "+job+": is there any news you can share?",
		"And if now isn't a good time, just tell me when suits you better.")
}

func scriptDE(in ScriptInput) []string {
	day := ""
	switch {
	case in.recent():
		day = "am " + in.weekday(weekdaysDE)
	case in.PromisedAt != nil && in.Date != "":
		day = "am " + in.Date
	}
	hi := "Hallo"
	if in.Name != "" {
		hi += " " + in.Name
	}
	if in.Me != "" {
		hi += ", hier ist " + in.Me
	}
	hi += "."
	if !in.Informal && in.surname() && in.Me != "" {
		// Under Sie a first name alone sounds too close on the phone, and
		// Frau/Herr would need a gender hearback does not know: ask for
		// the full name, as callers do.
		hi = "Hallo, hier ist " + in.Me + ". Spreche ich mit " + in.FullName + "?"
	}
	job := in.Job
	if job == "" {
		job = "Stelle"
	}
	// du or Sie, in the forms each sentence needs.
	du := in.Informal
	pick := func(sie, duForm string) string {
		if du {
			return duForm
		}
		return sie
	}
	switch in.Tone {
	case "playful":
		return join(hi+" Ich wollte nur sichergehen, dass unser Telefonat"+pre(" ", day)+" nicht untergegangen ist!",
			pick("Bei Ihnen", "Bei dir")+" ist bestimmt gerade viel los, deshalb greife ich einfach selbst zum Hörer.",
			"Die "+job+" reizt mich nach wie vor sehr. Gibt es schon etwas Neues?",
			pick("Wenn es gerade schlecht passt, sagen Sie mir einfach, wann ich Sie besser erreiche.",
				"Wenn es gerade schlecht passt, sag mir einfach, wann ich dich besser erreiche."))
	case "formal":
		hello := "Guten Tag"
		switch {
		case !du && in.surname() && in.Me != "":
			hello = "Guten Tag, hier spricht " + in.Me + ". Spreche ich mit " + in.FullName + "?"
		default:
			if in.Name != "" {
				hello += " " + in.Name
			}
			if in.Me != "" {
				hello += ", hier spricht " + in.Me
			}
			hello += "."
		}
		return join(hello,
			pick("Sie hatten", "Du hattest")+" angekündigt, mich"+pre(" ", day)+" anzurufen, daher melde ich mich nun selbst.",
			"Ich kann mir gut vorstellen, dass "+pick("bei Ihnen", "bei dir")+" derzeit viel zu tun ist.",
			"Ich rufe wegen der "+job+" an und wollte fragen, ob es schon einen neuen Stand gibt.")
	}
	return join(hi+" "+pick("Sie wollten", "Du wolltest")+" mich"+pre(" ", day)+" anrufen, da dachte ich, ich melde mich einfach selbst.",
		"Ich weiß ja, wie voll die Tage manchmal sind.",
		"Es geht um die "+job+": Gibt es schon Neuigkeiten?",
		"Und falls es gerade nicht passt: Wann passt es "+pick("Ihnen", "dir")+" besser?")
}

func scriptFR(in ScriptInput) []string {
	day, of := "", ""
	switch {
	case in.recent():
		day = in.weekday(weekdaysFR)
		of = "de " + day
	case in.PromisedAt != nil && in.Date != "":
		day = "le " + in.Date
		of = "du " + in.Date
	}
	hi := "Bonjour"
	if in.Name != "" {
		hi += " " + in.Name
	}
	if in.Me != "" {
		hi += ", c'est " + in.Me
	}
	hi += "."
	job := in.Job
	if job == "" {
		job = "poste"
	}
	tu := in.Informal
	pick := func(vous, tuForm string) string {
		if tu {
			return tuForm
		}
		return vous
	}
	switch in.Tone {
	case "playful":
		return join(hi+" Je voulais juste vérifier que notre appel"+pre(" ", of)+" n'était pas passé à la trappe !",
			"Je me doute que c'est la course en ce moment, alors je prends les devants.",
			upperFirst(theJob(job))+" me tient toujours autant à cœur. "+pick("Avez-vous des nouvelles ?", "Tu as du nouveau ?"),
			pick("Si ça tombe mal, dites-moi simplement quand vous rappeler.", "Si ça tombe mal, dis-moi simplement quand te rappeler."))
	case "formal":
		hello := "Bonjour"
		switch {
		case !tu && in.surname() && in.Me != "":
			hello = "Bonjour, " + in.Me + " à l'appareil. Pourrais-je parler à " + in.FullName + " ?"
		default:
			if in.Name != "" {
				hello += " " + in.Name
			}
			if in.Me != "" {
				hello += ", " + in.Me + " à l'appareil"
			}
			hello += "."
		}
		return join(hello,
			pick("Vous m'aviez indiqué que vous m'appelleriez", "Tu m'avais indiqué que tu m'appellerais")+pre(" ", day)+
				pick(" ; je me permets donc de vous appeler.", " ; je me permets donc de t'appeler."),
			"Je me doute que "+pick("votre", "ton")+" emploi du temps est très chargé en ce moment.",
			"C'est au sujet "+ofJob(job)+" : "+pick("auriez-vous", "aurais-tu")+" du nouveau à me communiquer ?")
	}
	return join(hi+" "+pick("Vous deviez m'appeler", "Tu devais m'appeler")+pre(" ", day)+
		pick(", alors je me suis dit que j'allais vous appeler moi-même.", ", alors je me suis dit que j'allais t'appeler moi-même."),
		"Je sais bien que les semaines sont chargées.",
		pick("Je vous appelle", "Je t'appelle")+" au sujet "+ofJob(job)+" : "+pick("avez-vous des nouvelles ?", "tu as des nouvelles ?"),
		pick("Si ce n'est pas le bon moment, dites-moi quand vous rappeler.", "Si ce n'est pas le bon moment, dis-moi quand te rappeler."))
}

// ofJob is "du poste de X" (the job nouns of draft are masculine: poste).
func ofJob(job string) string {
	if strings.HasPrefix(job, "poste") {
		return "du " + job
	}
	return "de " + theJob(job)
}

// theJob is "le poste de X".
func theJob(job string) string {
	if strings.HasPrefix(job, "poste") {
		return "le " + job
	}
	return job
}

func scriptES(in ScriptInput) []string {
	day, of := "", ""
	switch {
	case in.recent():
		day = "el " + in.weekday(weekdaysES)
		of = "del " + in.weekday(weekdaysES)
	case in.PromisedAt != nil && in.Date != "":
		day = "el " + in.Date
		of = "del " + in.Date
	}
	// Spanish sets a name off with commas: "Hola, Lucía, soy ...".
	hi := "Hola"
	if in.Name != "" {
		hi += ", " + in.Name
	}
	if in.Me != "" {
		hi += ", soy " + in.Me
	}
	hi += "."
	job := in.Job
	if job == "" {
		job = "puesto"
	}
	tu := in.Informal
	pick := func(usted, tuForm string) string {
		if tu {
			return tuForm
		}
		return usted
	}
	switch in.Tone {
	case "playful":
		return join(hi+" Solo quería comprobar que nuestra llamada"+pre(" ", of)+" no se había quedado en el tintero.",
			pick("Me imagino que tiene", "Me imagino que tienes")+" mil cosas entre manos, así que me adelanto yo.",
			"El "+job+" me sigue interesando muchísimo. ¿Hay alguna novedad?",
			pick("Si no es buen momento, dígame cuándo vuelvo a llamar.", "Si no es buen momento, dime cuándo te llamo."))
	case "formal":
		hello := "Hola"
		switch {
		case !tu && in.surname() && in.Me != "":
			hello = "Hola, soy " + in.Me + ". ¿Hablo con " + in.FullName + "?"
		default:
			if in.Name != "" {
				hello += ", " + in.Name
			}
			if in.Me != "" {
				hello += ", soy " + in.Me
			}
			hello += "."
		}
		return join(hello,
			pick("Me indicó que me llamaría", "Me indicaste que me llamarías")+pre(" ", day)+", así que me permito llamar yo.",
			pick("Entiendo que estos días tendrá mucho trabajo.", "Entiendo que estos días tendrás mucho trabajo."),
			"Llamo en relación con el "+job+", por si hubiera alguna novedad.")
	}
	return join(hi+" "+pick("Me dijo que me llamaría", "Me dijiste que me llamarías")+pre(" ", day)+", así que pensé en adelantarme y llamar yo.",
		pick("Me imagino que tiene mucho trabajo estos días.", "Me imagino que tienes mucho trabajo estos días."),
		"Llamo por el "+job+": ¿hay alguna novedad?",
		pick("Si ahora no es buen momento, dígame cuándo puedo volver a llamar.", "Si ahora no es buen momento, dime cuándo puedo volver a llamar."))
}

// nordicDay is the day they named as a Swedish, Danish or Norwegian
// sentence says it after a verb: "i dag", "i går"; earlier in the week
// "i tisdags" (Swedish), "i tirsdags" (Danish), "på tirsdag" (Norwegian,
// whose past tense tells which Tuesday); further back "den 30 mars", "den
// 30. marts"; "" when they named none. "i tisdags" on a Tuesday would be a
// week ago, hence "i dag".
func (in ScriptInput) nordicDay(lang string) string {
	switch {
	case in.recent():
		switch days, _ := in.daysAgo(); days {
		case 0:
			return "i dag"
		case 1:
			return "i går"
		}
		switch lang {
		case "sv":
			return "i " + in.weekday(weekdaysSV) + "s"
		case "da":
			return "i " + in.weekday(weekdaysDANB) + "s"
		}
		return "på " + in.weekday(weekdaysDANB)
	case in.PromisedAt != nil && in.Date != "":
		return "den " + in.Date
	}
	return ""
}

// nordicHi opens a Nordic call: "Hej Dana, det är Alex Rivera." (hej,
// "det är"/"det er"), or with the formal "mitt namn är"/"mit navn
// er"/"mitt navn er"; du and first names on the phone, as in the mail.
func (in ScriptInput) nordicHi(hej, itIs string) string {
	hi := hej
	if in.Name != "" {
		hi += " " + in.Name
	}
	if in.Me != "" {
		hi += ", " + itIs + " " + in.Me
	}
	return hi + "."
}

func scriptSV(in ScriptInput) []string {
	day := in.nordicDay("sv")
	job := in.Job
	if job == "" {
		job = "tjänsten"
	}
	switch in.Tone {
	case "playful":
		return join(in.nordicHi("Hej", "det är")+" Jag ville bara kolla att vårt samtal"+pre(" ", day)+" inte har fallit mellan stolarna!",
			"Jag kan tänka mig att det är full fart hos dig, så jag tänkte att jag slår en signal själv.",
			"Jag är fortfarande väldigt sugen på "+job+". Finns det något nytt?",
			"Är det dåligt läge nu, så säg bara när jag kan ringa tillbaka.")
	case "formal":
		return join(in.nordicHi("Hej", "mitt namn är"),
			"Du hade nämnt att du skulle ringa mig"+pre(" ", day)+", så jag ville följa upp med ett samtal.",
			"Jag förstår att du har mycket att göra just nu.",
			"Jag ringer angående "+job+" och ville höra om det finns något nytt besked.")
	}
	return join(in.nordicHi("Hej", "det är")+" Du nämnde att du skulle ringa mig"+pre(" ", day)+", så jag tänkte att jag ringer dig i stället.",
		"Jag vet ju hur fullspäckade veckorna kan vara.",
		"Det gäller "+job+". Har det hänt något nytt?",
		"Och passar det inte just nu, säg bara när det passar bättre.")
}

// Danish sets off its at-clauses with a comma, as draft/templates/da do:
// "Du nævnte, at du ville ringe".
func scriptDA(in ScriptInput) []string {
	day := in.nordicDay("da")
	job := in.Job
	if job == "" {
		job = "stillingen"
	}
	switch in.Tone {
	case "playful":
		return join(in.nordicHi("Hej", "det er")+" Jeg ville bare lige tjekke, at vores opkald"+pre(" ", day)+" ikke er gået i glemmebogen!",
			"Jeg kan forestille mig, at der er fuld fart på hos dig, så jeg tager lige telefonen selv.",
			"Jeg er stadig rigtig begejstret for "+job+". Er der noget nyt?",
			"Hvis det passer dårligt nu, så sig bare, hvornår jeg skal ringe tilbage.")
	case "formal":
		return join(in.nordicHi("Hej", "mit navn er"),
			"Du havde nævnt, at du ville ringe til mig"+pre(" ", day)+", så jeg ville gerne følge op med et opkald.",
			"Jeg har forståelse for, at du har meget at se til for tiden.",
			"Jeg ringer angående "+job+" og ville høre, om der er noget nyt.")
	}
	return join(in.nordicHi("Hej", "det er")+" Du nævnte, at du ville ringe til mig"+pre(" ", day)+", så jeg tænkte, at jeg lige ville ringe til dig i stedet.",
		"Jeg ved godt, hvor travlt der kan være.",
		"Det handler om "+job+". Er der noget nyt?",
		"Og hvis det ikke passer lige nu, så sig bare, hvornår det passer bedre.")
}

func scriptNB(in ScriptInput) []string {
	day := in.nordicDay("nb")
	job := in.Job
	if job == "" {
		job = "stillingen"
	}
	switch in.Tone {
	case "playful":
		return join(in.nordicHi("Hei", "det er")+" Jeg ville bare sjekke at samtalen vår"+pre(" ", day)+" ikke har gått i glemmeboka!",
			"Jeg kan tenke meg at det er full fart hos deg, så jeg tar like godt telefonen selv.",
			"Jeg er fortsatt veldig gira på "+job+". Er det noe nytt?",
			"Hvis det passer dårlig nå, si bare fra når jeg kan ringe tilbake.")
	case "formal":
		return join(in.nordicHi("Hei", "mitt navn er"),
			"Du hadde nevnt at du skulle ringe meg"+pre(" ", day)+", så jeg ville gjerne følge opp med en telefon.",
			"Jeg har forståelse for at du har mye å gjøre for tiden.",
			"Jeg ringer angående "+job+" og ville høre om det er noe nytt.")
	}
	return join(in.nordicHi("Hei", "det er")+" Du nevnte at du skulle ringe meg"+pre(" ", day)+", så jeg tenkte jeg kunne ringe deg i stedet.",
		"Jeg vet hvor travelt det kan være.",
		"Det gjelder "+job+". Er det noe nytt?",
		"Og hvis det ikke passer nå, er det bare å si fra når det passer bedre.")
}

// pre is s after sep, or "" when s is.
func pre(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
