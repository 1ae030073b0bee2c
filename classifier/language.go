package classifier

// The language of a message, and how it addresses its reader, for a
// draft written in the thread's language: counts of short words each
// language uses all the time and the others do not ("und", "vous",
// "gracias", "och", "takk"), over the first few thousand characters.
// Enough to tell English, German, French, Spanish, Swedish, Danish and
// Norwegian (bokmål) mail apart; anything else, or too little text, is "".

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Languages DetectLanguage tells apart.
const (
	English = "en"
	German  = "de"
	French  = "fr"
	Spanish = "es"
	Swedish = "sv"
	Danish  = "da"
	// Norwegian is bokmål, what nearly all Norwegian job mail is written in.
	Norwegian = "nb"
)

var langOrder = [...]string{English, German, French, Spanish, Swedish, Danish, Norwegian}

// stopwords are frequent words of one of the languages only. Words two of
// them share carry no evidence and are left out ("la", "de", "en", "es";
// "hej", "og", "jeg", "ikke", "er", "hilsen", "også", "stillingen",
// "samtalen", "av", "nu", "min", "har" among the Nordic three; "for"
// English, Danish and Norwegian; "et" French and Danish or Norwegian
// "a"; "den", "der", "dem", "gerne" German and Danish); a word two lists
// name is dropped from both. English "I" counts as written, capitalised:
// the Nordic "i" (in) is no evidence.
var stopwords = func() map[string]uint8 {
	lists := map[string]string{
		English: `the and you your is we thank thanks would will with this that are have I our it me my please
			regards best hi to of be looking forward from about has been can could should any just`,
		German: `die das und ich sie ihnen ihre ihren nicht mit für ist wir uns zu auf eine einen auch vielen
			dank bitte grüße sehr haben hallo freundlichen bei von noch würde können ihr du dir dich dein deine
			wie über sich werden wird schon gespräch bewerbung viele beste liebe lieber zusammen`,
		French: `le les je vous nous des du une pour pas est avec sur votre vos merci bonjour cordialement bien être
			avoir qui dans au aux ce cette très suis notre mais ou tu toi ton ta tes été sommes sont avons entretien
			candidature poste`,
		Spanish: `el los las y por para con su sus gracias hola saludos usted muy estamos del al como más pero una nuestro
			nuestra estoy tiene puede quedo tú tus ti contigo ustedes hemos está están son fue entrevista puesto
			candidatura atentamente`,
		Swedish: `och jag inte är att för tack hälsningar hälsning vänliga vänlig mycket också intervjun tjänsten ansökan
			hur vad när från till bara redan fortfarande vecka veckan nästa sista kanske något några någon gärna hoppas
			emot samtalet hör vill kunna varit blivit fick säger kära sedan därför även eftersom tyvärr spännande dina
			lite själv då nya mottaget tittar återkommer trevlig tillgång hade göra veta tänker mellan utan använda
			arbete uppgift hittar snabbt möte mötet möjlighet företag företaget lön kandidaterna ger tjänst tänkte
			nuvarande berätta söker känner sätter`,
		Danish: `af tak venlig venlige meget hvad hvornår håber glæder vores jeres jer kære rigtig lidt nogle noget nogen
			ugen uge næste sidste måske bliver blive været havde fået gøre sige siger vide tænker tilbage spørgsmål
			ansøgning ansøgningen gennem igennem endnu uden mellem altid fortsat fik gik desværre spændende dejligt
			dejlig lige mulighed møde mødet virksomhed bruge arbejde arbejdet opgave anden tager finder hurtigt
			kandidaterne modtaget giver ud tænkte sagtens hedder nyt nuværende fortæl søger kender blevet sætter travlt`,
		Norwegian: `takk vennlig vennlige mye veldig hva nå meg deg seg etter ble blitt vært uke uken neste siste kanskje
			noe noen litt håper gleder våre dere kjære gjerne spørsmål tilbake søknad søknaden intervjuet hei ennå
			gjennom fikk sier å dessverre spennende igjen mottatt hadde gjøre vite tenker mellom uten aldri bruke arbeid
			oppgave annen finner raskt møte møtet mulighet virksomhet kandidatene begrenset gir supert tenkte nåværende
			fortell søker kjenner setter travelt`,
	}
	m := map[string]uint8{}
	for i, lang := range langOrder {
		for _, w := range strings.Fields(lists[lang]) {
			m[w] |= 1 << i
		}
	}
	for w, bits := range m {
		if bits&(bits-1) != 0 {
			delete(m, w) // in two lists: no evidence
		}
	}
	return m
}()

// maxLangText bounds what DetectLanguage reads of a text.
const maxLangText = 4000

// DetectLanguage returns the language of text, English, German, French,
// Spanish, Swedish, Danish or Norwegian, or "" when it is none of them or
// too short to tell: at least three of the language's words, and clearly
// more than of any other.
func DetectLanguage(text string) string {
	var counts [len(langOrder)]int
	eachWordAs(text, func(word, w string) {
		if word == "I" {
			w = word // English "I" ("I'm", "I'll"); the Nordic "i" is small
		}
		if bits, ok := stopwords[w]; ok {
			for i := range counts {
				if bits&(1<<i) != 0 {
					counts[i]++
				}
			}
		}
	})
	best, second := -1, 0
	for i, c := range counts {
		if best < 0 || c > counts[best] {
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = i
		} else {
			second = max(second, c)
		}
	}
	if counts[best] < 3 || counts[best] < second*3/2+1 {
		return ""
	}
	return langOrder[best]
}

// eachWord calls f with each word of the first maxLangText bytes of text,
// lower-cased; an apostrophe ends a word ("l'équipe" gives "l").
func eachWord(text string, f func(string)) {
	eachWordAs(text, func(_, lower string) { f(lower) })
}

// eachWordAs is eachWord that gives f each word as written too.
func eachWordAs(text string, f func(word, lower string)) {
	if len(text) > maxLangText {
		text = text[:maxLangText]
		for !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(text[start:i], strings.ToLower(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		f(text[start:], strings.ToLower(text[start:]))
	}
}

// Informal reports how text addresses its reader in lang: informal (du,
// tu, tú) or not (Sie, vous, usted), and whether it tells at all. English
// has one form: known is false. Swedish, Danish and Norwegian mail says du
// to nearly every reader; their polite forms (Ni, De) are all but gone and
// in lower case are the plural you and they, so only du tells: informal
// and known when the text says du, dig/deg, din, known false when not.
func Informal(lang, text string) (informal, known bool) {
	var tu, vous int
	switch lang {
	case German:
		// The polite forms are capitalised; "sie" and "ihr" in lower case are
		// she, they and her.
		eachRawWord(text, func(w string) {
			switch w {
			case "Sie", "Ihnen", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihr":
				vous++
			}
			switch strings.ToLower(w) {
			case "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "eure", "euer":
				tu++
			}
		})
	case French:
		eachWord(text, func(w string) {
			switch w {
			case "vous", "votre", "vos":
				vous++
			case "tu", "toi", "ton", "ta", "tes":
				tu++
			}
		})
		// "t'" before a vowel: "je t'écris", "t'appeler".
		tu += strings.Count(strings.ToLower(text), " t'") + strings.Count(strings.ToLower(text), " t’")
	case Spanish:
		eachWord(text, func(w string) {
			switch w {
			case "usted", "ustedes", "su", "sus", "le":
				vous++
			case "tú", "tu", "tus", "te", "ti", "contigo":
				tu++
			}
		})
	case Swedish, Danish, Norwegian:
		forms := map[string]string{Swedish: " du dig dej din ditt dina ", Danish: " du dig din dit dine ",
			Norwegian: " du deg din ditt dine "}[lang]
		eachWord(text, func(w string) {
			if strings.Contains(forms, " "+w+" ") {
				tu++
			}
		})
	default:
		return false, false
	}
	if tu == 0 && vous == 0 {
		return false, false
	}
	return tu > vous, true
}

// eachRawWord is eachWord without lower-casing.
func eachRawWord(text string, f func(string)) {
	if len(text) > maxLangText {
		text = text[:maxLangText]
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		f(w)
	}
}
