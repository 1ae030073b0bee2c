package classifier

import (
	"maps"
	"time"
)

// The words of dates in the ten languages hearback reads (English, German,
// French, Spanish, Italian, Dutch, Portuguese, Swedish, Danish,
// Norwegian), normalized (lower case,
// accents kept). Tables, not patterns: the date scanner (dates_scan.go)
// looks words up one token at a time.

// weekdayWords are the weekday names. English abbreviations are listed
// without the weekend ones ("sat", "sun" are words too); Portuguese
// "segunda" alone also means "second", so only "segunda-feira" and a few
// set phrases count (see weekdayAt).
var weekdayWords = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"monday's": time.Monday, "tuesday's": time.Tuesday, "wednesday's": time.Wednesday, "thursday's": time.Thursday,
	"friday's": time.Friday, "wensday": time.Wednesday, "wednsday": time.Wednesday, "thurday": time.Thursday,
	"thrusday": time.Thursday, "tuseday": time.Tuesday, "firday": time.Friday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "weds": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonnabend": time.Saturday, "sonntag": time.Sunday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "miercoles": time.Wednesday,
	"jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday, "sabado": time.Saturday, "domingo": time.Sunday,
	"lunedì": time.Monday, "lunedi": time.Monday, "martedì": time.Tuesday, "martedi": time.Tuesday,
	"mercoledì": time.Wednesday, "mercoledi": time.Wednesday, "giovedì": time.Thursday, "giovedi": time.Thursday,
	"venerdì": time.Friday, "venerdi": time.Friday, "sabato": time.Saturday, "domenica": time.Sunday,
	"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday,
	"vrijdag": time.Friday, "zaterdag": time.Saturday, "zondag": time.Sunday,
	"terça": time.Tuesday, "terca": time.Tuesday, "quarta": time.Wednesday, "quinta": time.Thursday, "sexta": time.Friday,
	// Swedish, Danish, Norwegian
	"mandag": time.Monday, "tirsdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday,
	"fredag": time.Friday, "måndag": time.Monday, "tisdag": time.Tuesday, "lördag": time.Saturday,
	"söndag": time.Sunday, "lørdag": time.Saturday, "søndag": time.Sunday, "måndagen": time.Monday,
	"tisdagen": time.Tuesday, "onsdagen": time.Wednesday, "torsdagen": time.Thursday, "fredagen": time.Friday,
	// nynorsk
	"tysdag": time.Tuesday, "laurdag": time.Saturday, "sundag": time.Sunday,
}

// weekdayOnlyWithFeira are Portuguese ordinals that are weekdays only as
// "segunda-feira" or after a preposition of time.
var weekdayOnlyWithFeira = map[string]time.Weekday{"segunda": time.Monday}

// monthWords are month names and common abbreviations. English
// abbreviations that are words elsewhere ("mar" is Spanish for Tuesday's
// short form in calendar subjects, "jun" ...) count only in English text.
var monthWords = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	"augusti": 8, "maj": 5, "marts": 3, "desember": 12,
	// Abbreviations used with a day number in every language.
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"okt": 10, "dez": 12, "mrt": 3, "fev": 2, "abr": 4, "ago": 8, "set": 9, "out": 10, "dic": 12, "gen": 1,
	"mag": 5, "giu": 6, "lug": 7, "ott": 10,
}

// monthAbbrevEnglishOnly are abbreviations that are words in other
// languages or in English itself: they name a month only in English text
// next to a day number.
var monthAbbrevEnglishOnly = map[string]bool{"mar": true, "jun": true, "jul": true, "may": true}

// monthAbbrevRisky are short forms that are ordinary words ("out", "set",
// "ago", "gen", "mag"): they name a month only right after a day number.
var monthAbbrevRisky = map[string]bool{
	"out": true, "set": true, "ago": true, "gen": true, "mag": true, "abr": true, "fev": true, "giu": true,
	"lug": true, "ott": true, "dic": true, "okt": true, "dez": true, "mrt": true,
}

// numberWords of the seven languages. "A couple" is two, as the labels
// count it; "a few", "several", "quelques", "ein paar" name no number: a
// promise "in a few days" is as undated as "soon".
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
	"thirty": 30, "couple": 2, "par": 2,
	"ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
	"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "vierzehn": 14,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
	"neuf": 9, "dix": 10, "quinze": 15,
	// "de" elided before the article, one word to the tokenizer: "dans
	// un délai d'une semaine"
	"d'un": 1, "d'une": 1,
	"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
	"nueve": 9, "diez": 10, "quince": 15,
	"due": 2, "tre": 3, "quattro": 4, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
	"quindici": 15,
	"een":      1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
	"veertien": 14,
	"um":       1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10,
	// the Italian five and pair ("entro cinque giorni lavorativi", "un
	// paio di settimane"), and the twelve to thirty of each language
	"cinque": 5, "paio": 2, "elf": 11, "twaalf": 12, "douze": 12, "doce": 12, "dodici": 12, "doze": 12,
	"quatorze": 14, "catorce": 14, "quattordici": 14, "catorze": 14, "vijftien": 15, "fünfzehn": 15,
	"zwanzig": 20, "twintig": 20, "vingt": 20, "veinte": 20, "venti": 20, "vinte": 20, "dreißig": 30,
	"dertig": 30, "trente": 30, "treinta": 30, "trenta": 30, "trinta": 30,
	// Swedish, Danish, Norwegian ("en", "ett", "et" and "to" are words of
	// other languages: nordicNumbers)
	"två": 2, "fyra": 4, "fem": 5, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "fire": 4, "seks": 6, "syv": 7,
	"otte": 8, "åtte": 8, "fjorton": 14, "fjorten": 14, "femton": 15, "femten": 15, "tjugo": 20, "tyve": 20, "tjue": 20,
}

// nordicNumbers are the Scandinavian one and two, which are other words
// in English, French and Spanish ("to", "en", "et"): numbers only before
// a Scandinavian unit ("innen to uker", "inom en vecka", "inden for en uge").
var nordicNumbers = map[string]int{"en": 1, "ett": 1, "et": 1, "to": 2, "én": 1}

// nordicRange join the ends of a Scandinavian range: "en till två veckor",
// "to til tre uker".
var nordicRange = map[string]bool{"till": true, "til": true, "eller": true, "-": true}

// nordicMeetings are the meetings, in their definite form, whose day a
// promise made "right after" takes: "umiddelbart efter mødet".
var nordicMeetings = map[string]bool{"mødet": true, "mötet": true, "møtet": true, "sammanträdet": true}

// nordicClauseStarts open the clause after a fronted "umiddelbart
// herefter": "Der vil umiddelbart herefter blive givet besked", "direkt
// därefter skriver vi till alla".
var nordicClauseStarts = map[string]bool{"blive": true, "bliver": true, "blir": true, "bli": true, "vil": true,
	"skal": true, "ska": true, "får": true, "skriver": true, "ringer": true, "kontakter": true, "sender": true,
	"skickar": true, "meddelar": true, "meddeler": true, "vi": true, "jeg": true, "jag": true, "du": true}

// nordicUnits are the Scandinavian units of a duration, which unitWords
// holds too (init) and before which nordicNumbers count.
var nordicUnits = map[string]unitKind{
	"dagar": unitDay, "dage": unitDay, "dager": unitDay, "vecka": unitWeek, "veckor": unitWeek, "uge": unitWeek,
	"uger": unitWeek, "uke": unitWeek, "uker": unitWeek, "veke": unitWeek, "veker": unitWeek, "månad": unitMonth,
	"månader": unitMonth, "måned": unitMonth, "måneder": unitMonth, "arbetsdag": unitBusinessDay,
	"arbetsdagar": unitBusinessDay, "arbejdsdag": unitBusinessDay, "arbejdsdage": unitBusinessDay,
	"hverdage": unitBusinessDay, "virkedag": unitBusinessDay, "virkedage": unitBusinessDay, "virkedager": unitBusinessDay,
	"arbeidsdag": unitBusinessDay, "arbeidsdager": unitBusinessDay, "vekedagar": unitBusinessDay, "timmar": unitHour,
	"arbeidsdagar": unitBusinessDay, "virkedagar": unitBusinessDay,
}

// unitKind is what a duration counts.
type unitKind uint8

const (
	unitNone unitKind = iota
	unitHour
	unitDay
	unitBusinessDay
	unitWeek
	unitFortnight
	unitMonth
)

// unitWords name the units of a duration, singular and plural.
var unitWords = map[string]unitKind{
	"hour": unitHour, "hours": unitHour, "hrs": unitHour, "stunde": unitHour, "stunden": unitHour, "heure": unitHour,
	"heures": unitHour, "hora": unitHour, "horas": unitHour, "ore": unitHour, "uur": unitHour, "uren": unitHour,
	"day": unitDay, "days": unitDay, "tag": unitDay, "tage": unitDay, "tagen": unitDay, "tages": unitDay,
	"jour": unitDay, "jours": unitDay, "día": unitDay, "días": unitDay, "dia": unitDay, "dias": unitDay,
	"giorno": unitDay, "giorni": unitDay, "dag": unitDay, "dagen": unitDay,
	"werktag": unitBusinessDay, "werktage": unitBusinessDay, "werktagen": unitBusinessDay,
	"arbeitstag": unitBusinessDay, "arbeitstage": unitBusinessDay, "arbeitstagen": unitBusinessDay,
	"werkdag": unitBusinessDay, "werkdagen": unitBusinessDay, "workday": unitBusinessDay, "workdays": unitBusinessDay,
	"businessdays": unitBusinessDay, "kalenderdagen": unitDay, "kalendertage": unitDay, "kalendertagen": unitDay,
	"week": unitWeek, "weeks": unitWeek, "woche": unitWeek, "wochen": unitWeek, "semaine": unitWeek,
	"semaines": unitWeek, "semana": unitWeek, "semanas": unitWeek, "settimana": unitWeek, "settimane": unitWeek,
	"weken": unitWeek, "wk": unitWeek, "wks": unitWeek, "week's": unitWeek, "day's": unitDay, "month's": unitMonth,
	"fortnight": unitFortnight, "fortnights": unitFortnight,
	"month": unitMonth, "months": unitMonth, "monat": unitMonth, "monate": unitMonth, "monaten": unitMonth,
	"mois": unitMonth, "mes": unitMonth, "meses": unitMonth, "mese": unitMonth, "mesi": unitMonth,
	"maand": unitMonth, "maanden": unitMonth, "mês": unitMonth,
}

func init() { maps.Copy(unitWords, nordicUnits) }

// businessBefore and businessAfter turn days into business days: "5
// business days", "10 jours ouvrés", "5 días hábiles", "3 dias úteis".
var (
	businessBefore = map[string]bool{"business": true, "working": true, "work": true}
	businessAfter  = map[string]bool{
		"ouvrés": true, "ouvres": true, "ouvrables": true, "ouvré": true, "hábiles": true, "habiles": true,
		"hábil": true, "laborables": true, "lavorativi": true, "úteis": true, "uteis": true, "útil": true, "util": true,
		"working": true, "lavorativo": true,
	}
)

// durationPreps introduce a duration that ends in the future: "within two
// weeks", "innerhalb von 10 Arbeitstagen", "sous huit jours", "entro 5
// giorni", "binnen 5 werkdagen", "em até 10 dias úteis".
var durationPreps = map[string]bool{
	"in": true, "within": true, "innert": true, "over": true, "during": true, "allow": true, "innerhalb": true, "binnen": true,
	"dans": true, "sous": true, "d'ici": true, "endéans": true, "en": true, "dentro": true, "entro": true, "tra": true, "fra": true,
	"em": true, "durante": true, "nei": true, "nelle": true, "nel": true, "nos": true, "nas": true, "los": true, "las": true,
	"prossimi": true, "prossime": true, "próximos": true, "próximas": true, "proximos": true, "proximas": true,
	"next": true, "coming": true, "nächsten": true, "kommenden": true, "komende": true, "volgende": true,
	"prochains": true, "prochaines": true, "spätestens": true, "até": true, "ate": true, "max": true,
	"maximum": true, "máximo": true, "maximo": true, "uiterlijk": true, "zo'n": true, "take": true, "takes": true,
	"taking": true, "up": true, "need": true, "needs": true, "require": true, "requires": true,
	// the Spanish and Portuguese "take" of a span: "suelen tardar de 3 a
	// 5 días hábiles", "a validação demora 2 semanas"
	"tarda": true, "tardan": true, "tardar": true, "tardará": true, "tardarán": true, "demora": true,
	"demoram": true, "demorar": true, "demorará": true,
	// "inom två veckor", "inden for 14 dage", "innen to uker", "i løpet
	// av to uker" (and "om en vecka": dateScanner.at)
	"inom": true, "inden": true, "innen": true, "løpet": true, "løbet": true, "innan": true,
}

// durationFillers may stand between the preposition and the number:
// "within the next", "in den nächsten", "dans un délai de", "en un plazo
// máximo de", "nei prossimi", "in de komende", "no prazo de".
var durationFillers = map[string]bool{
	"the": true, "next": true, "coming": true, "following": true, "about": true, "approximately": true,
	"roughly": true, "around": true, "up": true, "to": true, "of": true, "a": true, "maximum": true, "max": true,
	"den": true, "der": true, "von": true, "nächsten": true, "kommenden": true, "etwa": true, "ca": true,
	"ungefähr": true, "spätestens": true, "maximal": true, "höchstens": true,
	"les": true, "des": true, "prochains": true, "prochaines": true, "un": true, "délai": true, "de": true,
	"environ": true,
	"los":     true, "las": true, "próximos": true, "próximas": true, "proximos": true, "proximas": true, "plazo": true,
	"máximo": true, "maximo": true, "mayor": true, "superior": true, "transcurso": true, "lapso": true, "aproximadamente": true, "unos": true, "unas": true, "el": true,
	// the Latin American "en un término de 3 a 5 días hábiles", a span as
	// "plazo" is one
	"término": true, "termino": true,
	"i": true, "prossimi": true, "prossime": true, "circa": true, "giro": true, "corso": true, "di": true,
	"komende": true, "volgende": true, "zo'n": true, "ongeveer": true, "uiterlijk": true,
	"os": true, "as": true, "no": true, "prazo": true, "até": true, "ate": true, "cerca": true,
	"for": true, "av": true, "af": true, "närmaste": true, "nærmeste": true, "kommande": true, "kommende": true,
	"cirka": true, "omkring": true, "ungefär": true, "ungefær": true, "senast": true, "senest": true,
}

// rangeWords join the two ends of a range: "3-5", "two to three", "zwei
// bis drei", "2 à 3", "de 3 a 5", "2 o 3", "2 tot 3", "entre 3 e 5".
var rangeWords = map[string]bool{
	"-": true, "to": true, "or": true, "and": true, "bis": true, "oder": true, "und": true, "à": true, "a": true,
	"ou": true, "et": true, "o": true, "y": true, "e": true, "tot": true, "of": true, "en": true,
	"till": true, "til": true, "eller": true,
}

// Modifiers of weeks, weekdays and months.
var (
	// nextWords before "week" or "month": the one after the message's
	// ("next week", "nächste Woche", "volgende week", "kommende Woche").
	nextWords = map[string]bool{
		"next": true, "nxt": true, "nächste": true, "nächsten": true, "nächster": true, "naechste": true, "naechsten": true,
		"naechster": true, "prochain": true, "prochaine": true, "próxima": true, "próximo": true, "proxima": true,
		"proximo": true, "prossima": true, "prossimo": true, "volgende": true, "komende": true, "kommende": true,
		"kommenden": true, "kommender": true, "following": true, "nästa": true, "næste": true, "neste": true,
		"kommande": true,
	}
	// nextAfterWords follow the noun: "la semaine prochaine", "la settimana
	// prossima", "el mes próximo".
	nextAfterWords = map[string]bool{
		"prochaine": true, "prochain": true, "prossima": true, "prossimo": true, "próxima": true, "próximo": true,
		"proxima": true, "proximo": true,
	}
	// weekdayNext before a weekday is that weekday of the following week
	// ("next Friday", "nächsten Freitag", "el próximo viernes", "volgende
	// vrijdag"), the convention of the labels (testdata/blind/BRIEF.md).
	weekdayNext = map[string]bool{
		"next": true, "nächsten": true, "nächster": true, "nächste": true, "naechsten": true, "prochain": true,
		"prochaine": true, "próximo": true, "próxima": true, "proximo": true, "proxima": true, "prossimo": true,
		"prossima": true, "volgende": true, "nästa": true, "næste": true, "neste": true,
	}
	// weekdayThis before a weekday is the coming one, today included ("this
	// Friday", "am kommenden Freitag", "ce vendredi", "este viernes").
	weekdayThis = map[string]bool{
		"this": true, "coming": true, "upcoming": true, "diesen": true, "dieser": true, "kommenden": true,
		"kommende": true, "ce": true, "este": true, "esta": true, "questo": true, "questa": true, "deze": true,
		"aanstaande": true, "komende": true, "nesta": true, "neste": true, "desta": true, "deste": true,
		"denna": true, "denne": true,
	}
	// thisWords before "week" or "month": the message's own.
	thisWords = map[string]bool{
		"this": true, "diese": true, "dieser": true, "diesen": true, "cette": true, "ce": true, "esta": true,
		"este": true, "questa": true, "questo": true, "deze": true, "nesta": true, "neste": true, "desta": true,
		"deste": true, "essa": true, "nessa": true, "dessa": true, "esse": true, "nesse": true, "desse": true,
	}
	// lastWords before or after a weekday make it a day in the past.
	lastWords = map[string]bool{
		"last": true, "past": true, "previous": true, "letzten": true, "letzte": true, "vergangenen": true,
		"dernier": true, "dernière": true, "pasado": true, "pasada": true, "scorso": true, "scorsa": true,
		"vorige": true, "afgelopen": true, "passado": true, "passada": true, "since": true, "seit": true,
		"depuis": true, "desde": true, "vorigen": true,
	}
	earlyWords = map[string]bool{
		"early": true, "beginning": true, "start": true, "anfang": true, "beginn": true, "début": true, "debut": true,
		"principios": true, "inicio": true, "comienzos": true, "inicios": true, "comienzo": true, "inizio": true, "begin": true, "início": true,
		"começo": true, "comeco": true, "början": true, "starten": true, "begyndelsen": true, "begynnelsen": true,
		"tidlig": true, "tidigt": true, "tidligt": true, "tidleg": true,
	}
	midWords = map[string]bool{
		"mid": true, "middle": true, "mitte": true, "milieu": true, "mediados": true, "metà": true,
		"midden": true, "meio": true, "meados": true, "mi": true, "mitten": true, "midten": true, "midt": true,
	}
	// firstPluralWords and dayPluralNouns: "the first days of" a week
	// or month, its start, in the seven languages.
	firstPluralWords = map[string]bool{"primi": true, "primeiros": true, "primeros": true, "premiers": true,
		"ersten": true, "eerste": true}
	dayPluralNouns = map[string]bool{"giorni": true, "dias": true, "días": true, "jours": true, "tagen": true,
		"dagen": true, "days": true}
	// endOfDayPreps stand between a day and "end of day" said of it.
	endOfDayPreps = map[string]bool{"ao": true, "at": true, "by": true, "al": true, "alla": true, "à": true, "a": true,
		"am": true, "aan": true, "het": true, "the": true, "in": true, "op": true, "em": true, "no": true}
	endWords = map[string]bool{
		"end": true, "ende": true, "fin": true, "finales": true, "final": true, "fine": true, "eind": true,
		"einde": true, "fim": true, "late": true, "later": true, "slutet": true, "slutten": true, "slutningen": true,
		"utgången": true, "udgangen": true, "utgangen": true,
	}
	// ofWords stand between a modifier and its noun: "end of the week",
	// "Ende der Woche", "fin de la semaine", "a finales de la semana".
	ofWords = map[string]bool{
		"of": true, "the": true, "der": true, "des": true, "dieser": true, "des-": true, "de": true, "la": true,
		"du": true, "del": true, "della": true, "di": true, "van": true, "da": true, "do": true, "-": true,
		"el": true, "le": true, "in": true, "this": true, "cette": true, "esta": true, "este": true,
		"questa": true, "deze": true, "desta": true, "deste": true, "dit": true, "het": true, "dieses": true,
		"av": true, "af": true, "i": true, "denna": true, "denne": true,
	}
	weekNouns = map[string]bool{"week": true, "woche": true, "semaine": true, "semana": true, "settimana": true,
		"vecka": true, "veckan": true, "uge": true, "ugen": true, "uke": true, "uka": true, "uken": true, "veke": true,
		"veka": true}
	monthNouns = map[string]bool{"month": true, "monats": true, "monat": true, "mois": true, "mes": true,
		"mese": true, "maand": true, "mês": true, "månad": true, "månaden": true, "måned": true, "måneden": true,
		"månedens": true, "månadens": true}
	// orWords join two weekdays or dates of which the later one is meant.
	orWords = map[string]bool{"or": true, "oder": true, "ou": true, "o": true, "of": true, "-": true, "to": true,
		"through": true, "thru": true, "bis": true, "au": true, "al": true, "tot": true, "a": true, "and": true}
)

// Single words and set phrases for days relative to the message.
var (
	todayWords    = map[string]bool{"today": true, "today's": true, "tonight": true, "heute": true, "hoy": true, "oggi": true, "vandaag": true, "hoje": true, "eod": true, "cob": true, "idag": true}
	tomorrowWords = map[string]bool{"tomorrow": true, "tommorow": true, "tommorrow": true, "tomorrow's": true, "tmrw": true, "tmw": true, "tomorow": true, "morgen": true, "demain": true, "mañana": true, "domani": true, "amanhã": true, "amanha": true,
		// the Dutch compounds: "morgenochtend stuur ik je het contract"
		"morgenochtend": true, "morgenmiddag": true, "morgenavond": true, "morgenvroeg": true,
		"imorgon": true, "imorgen": true}
	overmorrow = map[string]bool{"übermorgen": true, "overmorgen": true, "dopodomani": true, "après-demain": true,
		"övermorgon": true}
)

// nordicThat after "direkt efter" names what happens on the day named
// before: "Direkt efter det mejlar vi samtliga kandidater".
var nordicThat = map[string]bool{"det": true, "detta": true, "dette": true, "denne": true}

// weekNumberWords introduce an ISO week number: "KW 14", "week 14",
// "semaine 14".
var weekNumberWords = map[string]bool{
	"kw": true, "kalenderwoche": true, "week": true, "wk": true, "semaine": true, "semana": true, "settimana": true,
	"uke": true, "vecka": true, "cw": true, "uge": true, "veke": true,
}

// langWords guess the language of a text by its commonest small words.
var langWords = [...]map[string]bool{
	langEN: {"the": true, "and": true, "you": true, "to": true, "for": true, "will": true, "your": true, "with": true, "our": true, "this": true},
	langDE: {"der": true, "die": true, "das": true, "und": true, "ich": true, "sie": true, "wir": true, "ihnen": true, "nicht": true, "ihre": true, "uns": true, "für": true, "ist": true, "bei": true, "zu": true},
	langFR: {"le": true, "et": true, "vous": true, "nous": true, "pour": true, "les": true, "votre": true, "est": true, "des": true, "du": true, "avec": true, "au": true},
	langES: {"el": true, "los": true, "y": true, "usted": true, "por": true, "tu": true, "su": true, "las": true, "del": true, "muy": true, "gracias": true},
	langIT: {"il": true, "di": true, "che": true, "per": true, "non": true, "della": true, "gli": true, "sono": true, "siamo": true, "grazie": true, "ci": true, "lei": true, "alla": true, "nel": true},
	langNL: {"het": true, "een": true, "en": true, "van": true, "je": true, "wij": true, "u": true, "jouw": true, "uw": true, "niet": true, "voor": true, "ons": true, "dat": true, "op": true, "bij": true, "ik": true},
	langPT: {"os": true, "você": true, "não": true, "seu": true, "sua": true, "do": true, "no": true, "na": true, "em": true, "obrigado": true, "obrigada": true, "com": true, "uma": true, "até": true, "então": true, "também": true, "são": true, "estamos": true, "nós": true, "vocês": true, "ao": true, "pelo": true, "pela": true},
}
