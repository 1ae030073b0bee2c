package classifier

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The date of a confirmed interview: from a calendar invitation, a "Date:"
// line of a confirmation, a sentence that confirms or books a time ("your
// interview is confirmed for Tuesday, June 8", "Le confermiamo il colloquio
// ... giovedì 17 giugno", "Dann halten wir fest: Montag, 08.02.2027"), the
// candidate accepting a slot ("Tuesday, July 13, 10:00 AM works well for
// me") or the subject ("Interview confirmed: ... - Wednesday 3 March").
// Proposed slots are no interview yet: a time counts only where one of these
// confirms it.

// interviewCues confirm a time; the date follows them.
var interviewCues = cues(
	"got you booked", "you're booked", "booked you", "have you booked", "you are booked", "booked in for you",
	// the booking said of the meeting, its details below: "Perfect, thank
	// you. That's all booked in:"
	"all booked in",
	// a slot kept free for the reader, the German "freihalten" with its
	// day between: "Herr Dr. Albrecht und ich halten uns gerne den /
	// Donnerstag, 18. Februar 2027, 16:00 Uhr / frei"
	"halten uns gerne den", "halten uns den", "halten wir uns den", "halte mir gerne den", "halte mir den",
	"halte ich mir den",
	// the reader's name taken down for a slot, as "booked you" says it:
	// "I've put you down for Tuesday 23 February at 8am"
	"put you down for", "got you down for", "written you down for",
	"confirmed for", "is confirmed", "are confirmed", "been confirmed", "as follows", "been scheduled", "been booked",
	"been arranged", "is scheduled", "is booked", "is set for", "has been set", "have you down for",
	"pencilled in", "penciled in", "speaking with you on", "look forward to speaking with you on",
	"look forward to meeting you on", "looking forward to speaking with you on", "calendar invite for",
	"angesetzt", "geplant", "vereinbart", "eingeplant", "festgelegt", "bestätigt", "erwarten sie am",
	"est confirmé", "est prévu", "a été fixé", "est fixé", "aura lieu", "vous attendons le", "convié",
	"queda confirmada", "ha sido programada", "está programada", "te esperamos el", "le esperamos el",
	"è confermato", "è fissato", "è previsto", "la aspettiamo", "ti aspettiamo", "is bevestigd", "is ingepland",
	"verwachten je op", "we zien je", "está confirmada", "foi agendada", "está agendada", "te esperamos",
	"aguardamos você", "scheduled for", "booked for", "set for", "see you on",
	"interview is on", "interview on", "interview will be", "interview will take place", "speaking with you on",
	"meeting you on", "booked your", "you're all set", "we're set for", "confirming your", "to confirm your",
	"confirm your interview", "confirm your first interview", "rescheduled to", "rescheduled for", "moved to",
	"moved your interview to", "invite you to interview on", "invite you to an interview on", "invite you for an interview on",
	"invite you to interview", "invite you for an interview", "itinerary for", "will take place on", "takes place on",
	"will be held on", "look forward to seeing you on", "looking forward to seeing you on", "looking forward to meeting you on",
	"confirmé pour", "prévu le", "prévu pour", "programmé", "aura lieu le", "vous confirmer votre", "vous confirmons",
	"confirmation de votre entretien", "confirmada para", "programada para", "agendada para", "tendrá lugar el",
	// a public body's summons: "se le cita a la Entrevista de Valoración
	// Global, la que se realizará el día jueves 15 de abril"
	"se le cita", "se realizará el", "se llevará a cabo el", "será realizada", "será realizado",
	// the invitation to an event, a noun after its article, its day in the
	// clause: "nous avons le plaisir de vous inviter à une journée
	// d'évaluation ... le mardi 13 avril" (not to an act: "nous vous
	// invitons à postuler avant le 30 avril")
	"vous inviter à un", "vous invitons à un", "te invitamos a un", "le invitamos a un", "la invitiamo a un",
	"ti invitiamo a un", "convidamos você para um", "convidá-lo para um", "te convidar para um",
	// and in English: "the governors would like to invite you to the final
	// stage of the process, which will take place at the school on
	// Wednesday 26 and Thursday 27 May 2027"
	"invite you to the ", "invite you to a ", "invite you to an ",
	// r44: a day settled in Spanish, "quedamos el martes 23 de febrero a
	// las 10:00" (not "quedamos en que ...", what was agreed to do)
	"quedamos el", "quedamos para el", "quedamos entonces el",
	// and in English, the writer settling on one of the times: "let's do
	// Thursday March 11 at 1:00 pm central"
	"let's do ", "let's go with ", "let us do ",
	"confirmamos su", "confirmamos tu", "le confirmamos", "te confirmamos", "nos vemos el", "confermiamo",
	"confermato per", "confermata per", "si terrà", "fissato per", "fissata per", "programmato per", "ci vediamo",
	// the other Italian future of taking place: "il colloquio si svolgerà
	// in presenza il giorno / giovedì 22 aprile"
	"si svolgerà",
	"termin am", "gespräch am", "findet am",
	// the day put right: "findet nicht am Dienstag statt, sondern am
	// Donnerstag", the particle of "stattfinden" before the true day
	"statt, sondern am", "statt, sondern erst am", "bestätigen", "bestätige", "halten wir fest", "freuen uns auf",
	"bevestig", "vindt plaats op", "gepland op", "staat gepland", "tot dinsdag", "tot maandag", "tot woensdag",
	// a time taken down: "c'est noté pour jeudi 14h", "queda anotado para el
	// martes", "ist notiert für Montag", "staat genoteerd voor dinsdag"
	"noté pour", "notée pour", "anotado para", "anotada para", "notiert für", "genoteerd voor", "segnato per",
	// a time still holding: "still on for tomorrow at 3"
	"still on for", "we're on for",
	// a confirmation said in the first person, in English as a second
	// language or Polish: "potwierdzam: wednesday 9 june, 15:00 cest"
	"i confirm", "confirming:", "confirmed:", "je confirme", "confirmo", "potwierdzam",
	// r52: the same in the plural, of a meeting by its plain name: "we
	// confirm the meeting on Wednesday, 10 February at 14:00 CET"
	"we confirm the meeting", "we confirm the call", "we confirm the interview", "we confirm our meeting",
	"we confirm our call",
	// r58: the message itself confirming, in the third person ("this email
	// confirms your interview with Judge Brooks on Friday, August 20"), and
	// the candidate's French confirmation to the reader ("je vous confirme
	// ma disponibilité pour un entretien ... le jeudi 27 mai")
	"confirms your interview", "confirms your meeting", "confirms your appointment", "confirms your call",
	"confirms your first", "confirms your second", "confirms your final", "confirms your video", "confirms your phone",
	"je vous confirme", "je te confirme",
	// the invitation pasted below the note ("please see the invite below
	// for your interview" above its day)
	"invite below for", "invitation below for", "invite below is for",
	// "le confermo il colloquio ... giovedì 8 aprile", "locked in for
	// Thursday 6 May, 10am"
	"le confermo", "ti confermo", "locked in for", "all locked in", "locked in:",
	// r49: the writer's own booking, and the diary it is written in:
	// "I've locked in the interview with the CFO:" above its day, "great,
	// it's in the diary: Friday 10 September, 14:00"
	"'ve locked in", "have locked in", "has locked in", "it's in the diary", "it is in the diary", "that's in the diary",
	"it's in my diary", "in the diary for", "in my diary for",
	// r50: the time settled as the writer's proposal taken, and the slot
	// the reader took on a booking page: "let's lock in Thursday,
	// February 25 at 3:30pm", "c'est calé : on se voit le jeudi 11 mars",
	// "I saw you grabbed Thursday, August 12 at 10:00 AM"
	"let's lock in", "on se voit le", "you grabbed", "you've grabbed", "you picked", "you've picked",
	// r54: the slot the reader booked, said by the reader ("I just booked
	// a slot through the link: Tuesday, February 9"), a calendar invite
	// said to be for the meeting ("this invite is for your interview for
	// the ... position:" above its day), and the French appointment
	// ("vous avez rendez-vous demain, mardi 30 mars 2027 à 15h00")
	"i booked a slot", "i've booked a slot", "i have booked a slot", "just booked a slot", "i booked the slot",
	"i've booked the slot", "i booked a time", "i've booked a time", "invite is for", "invitation is for",
	"vous avez rendez-vous", "tu as rendez-vous",
	// the candidate's "I confirm" in Italian: "perfetto, confermo martedì
	// alle 15"
	"confermo",
	"tot donderdag", "tot vrijdag", "confirmamos", "marcada para", "marcado para", "será realizada", "acontecerá",
	"agendado para",
	// Swedish, Danish, Norwegian: "Hermed bekræftelse af din samtale ...",
	// "Herved bekreftet intervju", "Vi stadfestar med dette intervju", "vi ses på tisdag"
	"bekräftar", "bekræfter", "bekrefter", "bekræftelse af", "bekräftelse av", "bekreftelse på", "herved bekreftet",
	"hermed bekræftet", "stadfestar", "stadfester", "vi ses", "ses på", "välkommen på", "velkommen til", "ser fram emot att träffa dig",
	"ser frem til at møde dig", "ser frem til å møte deg", "är bokad", "er booket", "er bekræftet", "er bekreftet",
	"är bekräftad", "bokat in", "indkaldt til", "innkalt til",
	// a time kept through a change is a time confirmed: "Jordan will step
	// in for that conversation instead. The time stays the same: /
	// Wednesday, February 10 | 1:00-1:45 PM CT"
	"time stays the same", "time remains the same", "time is unchanged", "time hasn't changed", "time has not changed",
	"timing stays the same", "timing remains the same", "date stays the same", "date remains the same",
	"date and time stay", "date and time remain", "date and time are unchanged", "time and date stay", "time and date remain",
	// r40: the day of a schedule an ATS sends ("You're all set for your
	// final interviews ... Here's your schedule for Tuesday, August 10,
	// 2027"), and the Portuguese "so it's agreed" ("Fica então combinado:
	// quarta-feira, 31 de março, às 15h00"), not "como combinado"
	"here's your schedule for", "here is your schedule for", "your interview schedule for",
	"fica combinado", "fica então combinado", "então fica combinado", "ficou combinado", "fica marcado", "fica marcada",
	"ficou marcado", "ficou marcada",
)

// acceptCues follow the slot the writer accepts: "Tuesday at 2 works well
// for me".
var acceptCues = cues(
	"works well", "works great", "works for me", "works perfectly", "works,", "works.", "works!", "see you then",
	// with an adverb: "perfect - Monday 22 March works really well for us"
	"works really well", "works very well",
	// "Thursday 11:30 it is.", "dinsdag om 15:00 staat genoteerd"
	"it is.", "it is!", "it is,", "it's a date", "staat genoteerd", "c'est noté", "ist notiert", "queda anotad", "fica anotad",
	"sounds good", "sounds great", "suits me", "is perfect",
	// r58: "suits" bare as "works" is: "Grand so, Wednesday 8 September at
	// 11 suits."
	"suits,", "suits.", "suits!", "suits us", "suits well", "suits fine", "suits perfectly", "suits grand",
	"passt mir", "fica ótimo", "ótimo pra mim", "perfeito pra mim",
	"passt gut", "me convient", "me va bien", "me viene bien",
	// r44: "El sábado 6 a las 8:30 me viene perfecto"
	"me viene perfecto", "me va perfecto", "me queda perfecto", "mi va bene", "komt mij goed uit", "past mij",
	"funciona para mim", "fica bom",
	// the time named and agreed in Italian and French: "Martedì alle 15
	// (ora italiana) va benissimo", "jeudi 15h, ça me va"
	"va benissimo", "ça me va", "ça marche",
	// "Tisdag kl. 15 funkar fint", "torsdag kl. 10 passer fint"
	"funkar fint", "funkar bra", "passar bra", "passar fint", "passer fint", "passer godt", "passer mig", "passer meg",
	"går fint", "fungerar bra", "låter bra", "lyder godt", "høres bra ut",
	// r37: "Onsdag 9/6 kl. 15.00 passar mig utmärkt", "Toppen, då säger vi
	// onsdag kl. 15!", "Torsdag kl. 15 er noteret"
	"passar mig", "passer perfekt", "då säger vi", "så siger vi", "da sier vi", "er noteret", "er notert",
	"är noterat",
)

// rescheduleCues introduce the new time of a moved interview.
var rescheduleCues = cues("rescheduled to", "rescheduled for", "moved to", "moved your interview to", "changed to",
	"new date", "new time is", "verschoben auf", "verlegt auf", "neuer termin", "reporté au", "déplacé au",
	"reprogramado para", "reprogramada para", "cambiado al", "spostato a", "spostato al", "verplaatst naar",
	"remarcada para", "remarcado para", "reagendada para", "reagendado para",
	// the writer moving it: "let's move it to Friday, same time",
	// "verschieben wir auf Montag", "on décale à jeudi"
	"move it to", "let's move to", "push it to", "shift it to", "verschieben wir auf", "verschieben es auf",
	"on décale à", "on décale au", "lo movemos al", "la movemos al", "lo pasamos al", "spostiamo a", "spostiamolo a",
	"verzetten naar", "passamos para", "mudamos para",
	// "No problem at all! Moved it to Wed 18 Aug, 16:00 CEST"
	"moved it to", "moving it to", "moved the interview to", "moved our call to",
	// the reader moved: "moved you to friday 9.00, same teams link"
	"moved you to", "moving you to")

// internalMeetings are the employer's own meetings about the candidates,
// which the reader does not attend: "Arbor's final debrief got moved to
// tomorrow morning" moves no interview of the reader's, and "the hiring
// committee is set for Thursday" books none.
var internalMeetings = cues("debrief", "débrief", "wash-up", "washup", "hiring committee", "decision meeting",
	"panel meeting", "board meeting", "nachbesprechung", "abstimmungstermin",
	// r88: the client's or the board's approval, which an agency waits on
	// before its call ("the client's final sign-off meeting got moved to
	// tomorrow morning, so I'll call you tomorrow")
	"sign-off meeting", "sign-off call", "approval meeting")

// interviewNouns right before a day make it the interview's.
var interviewNouns = cues("interview", "entrevista", "entretien", "entrevue", "colloquio", "gespräch", "gesprek", "phone screen",
	"screening call", "onsite", "on-site",
	// the trial a restaurant, a shop or a workshop hires by: "a paid trial
	// shift with us on Saturday 10 July, 9am to 1pm"
	"trial shift", "trial day", "probearbeit", "probetag", "proefdag", "meeloopdag", "journée d'essai",
	"día de prueba", "giornata di prova", "dia de experiência",
	// r44: the French trial day by its other name, "je vous confirme la
	// journée de mise en situation le mercredi 15 septembre"
	"mise en situation")

// proposalCues mark times offered, not fixed.
var proposalCues = cues(" or ", "would ", "could ", "available", "availability", "slots", "options", "oder ",
	" ou ", "disponib", "beschikbaar", "verfügbar", "propose", "vorschlag", "suggest", "which ",
	"welche", "quel", "cuál", "quale", "welke", "qual ")

// proposing: times offered, in s of language lg. The short words for
// "or" are other words elsewhere: the Dutch "of" is English "of", the
// Spanish and Italian "o" the Portuguese "the" ("a paid trial shift with
// us on Saturday ... the socials side of the job" offers no choice).
func proposing(s string, lg lang) bool {
	if proposalCues.contains(s) {
		return true
	}
	switch lg {
	case langNL:
		return strings.Contains(s, " of ")
	case langES, langIT:
		return strings.Contains(s, " o ")
	}
	return false
}

// plannedCues say something is planned — the interview only when the
// sentence names it or the reader ("le retour du comité est prévu pour
// le 20 avril" is a decision).
var plannedCues = cues("est prévu", "prévu le", "prévu pour", "è previsto", "è fissato", "geplant", "vereinbart",
	"eingeplant", "festgelegt", "angesetzt", "is scheduled", "is set for", "aura lieu", "will take place",
	"takes place", "will be held", "staat gepland", "is ingepland", "está programada", "está agendada")

// readerWords: the reader named in a confirmation ("you're confirmed for",
// "Ihr Termin", "votre entretien").
var readerWords = cues(" you", " your", " ihr", " ihnen", " sie ", " dich", " dir", " vous", " votre", " te ",
	" tu ", " su ", " le ", " la ", " ti ", " je ", " jouw", " u ", " uw", " você", " seu", " sua", " lhe ")

// thanksCues: a sentence thanking for a meeting, or saying how it went,
// looks back at it.
var thanksCues = cues("thank", "danke", "dank ", "merci", "gracias", "grazie", "bedankt", "obrigad", "ringrazi",
	"agradec", "remercie", "was great",
	"was good", "was nice", "was lovely", "was a pleasure", "enjoyed", "war schön", "hat mich gefreut", "c'était",
	"fue un placer", "è stato", "was fijn", "foi um prazer")

// meetingContext make a message about a meeting at all.
var meetingContext = cues(
	"interview", "call", "screen", "meeting", "chat", "conversation", "onsite", "on-site", "panel", "session",
	"gespräch", "termin", "entretien", "entrevue", "rendez-vous", "entrevista", "reunión", "colloquio", "incontro",
	"gesprek", "kennismaking", "sollicitatie", "reunião", "conversa", "papo", "charla", "plática", "chiacchierata", "videocall", "video call", "teams", "zoom",
	// "Re: System design round - availability", "Re: Échange jeudi ?",
	// "sending the invite now"
	"round", "invit", "convite", "échange", "appel", "llamada", "chiamata", "meet",
	// a meeting said by its end or its status: "see you then!", "still
	// on for tomorrow at 3", a trial shift
	"see you", "still on for", "trial", "booked!",
	// the reader's own "I'll be there" under a time accepted: "Saturday at
	// 10 works great, I'll be there" (a shop's "can you come in Saturday?")
	"i'll be there", "i will be there",
	// an assessment day: "you're booked in for Thursday at 9:00am" under
	// "Re: Superday availability"
	"superday", "assessment cent",
	// a practical test of the trade, a drive or a day of it: "I've put you
	// down for Tuesday 23 February at 8am for the assessment drive"
	"assessment drive", "driving assessment", "practical assessment", "assessment day",
	// r44: a trial day or a test day is the meeting too, said with no
	// other word for one: "Probearbeiten: Donnerstag, 18. März 2027",
	// "zum schriftlichen Eignungstest einzuladen: Datum: Samstag, 24.
	// April", "la journée de mise en situation le mercredi 15"
	"probearbeit", "probetag", "proefdag", "meeloopdag", "journée d'essai", "mise en situation", "día de prueba",
	"turno de prueba", "giornata di prova", "eignungstest", "einstellungstest", "auswahltest",
	// a trainer's or coach's trial session, a gym's or a club's trial
	// day: "hiermit bestätige ich dir dein Probetraining"
	"probetraining",
	// Swedish, Danish, Norwegian: "intervju", "samtale", "samtal", "möte", "møde", "vi ses"
	"intervju", "samtale", "samtal", "möte", "møde", "møte", "vi ses",
	// r75: a public competition's written or oral exam is its interview,
	// the day a summons sets for it ("la prova orale si terrà il giorno
	// giovedì 17 giugno", "l'épreuve orale aura lieu le mardi 8 juin")
	"prova scritta", "prova orale", "prova pratica", "prova preselettiva", "prova oral", "prova escrita", "prova prática",
	"épreuve écrite", "épreuve orale", "épreuves écrites", "épreuves orales", "examen oral", "examen escrito",
	"ejercicio oral", "schriftliche prüfung", "mündliche prüfung",
	// r88: the physical test of a fire or police service is its
	// assessment, named by itself ("CPAT runs outdoors on the drill
	// ground ... check in at 0700 Saturday the 17th")
	"cpat", "physical ability test", "physical agility test", "fitness test", "sporttest", "sporteignungstest",
	"épreuves physiques", "épreuve physique", "pruebas físicas", "prueba física", "prove fisiche", "prova fisica",
	"provas físicas", "prova física", "fysieke test",
)

// dateLabels open a "Date:" line of a confirmation, also as HTML tables
// become text ("Date    Wednesday 9 June 2027"); longer labels first.
var dateLabels = []string{"date and time", "date & time", "date/time", "date of interview", "date et heure", "date",
	// a booking tool's event card: "Event Date/Time: 10:00am - 10:45am
	// ... on Wednesday, March 17, 2027"
	"event date/time", "event date and time", "event date & time", "event date", "meeting date", "appointment date",
	"datum und uhrzeit", "datum en tijd", "datum", "data e hora", "data e ora", "data", "fecha y hora", "fecha", "when", "cuándo",
	"wann", "quand", "quando", "wanneer", "day", "interview date", "interviewdatum", "termin",
	// a summons's "Día: jueves, 23 de septiembre de 2027", "Jour : mardi 6
	// juillet"
	"día", "dia", "jour", "giorno",
	// "Hari/tanggal : Senin, 12 April 2027", "Tarih / Date: ..."
	"hari/tanggal", "tanggal", "tarih", "ngày", "petsa",
	// "Dato: torsdag den 20. maj 2027", "Tid: tirsdag 6. april kl. 15.00"
	"ny tid", "nytt tidspunkt", "nyt tidspunkt", "dato og tid", "datum och tid", "dato og klokkeslæt", "dato", "tidspunkt", "tid", "hvornår", "når", "när"}

// calendarSubject reports the subject of a calendar's invitation
// ("Invitation: ... @ Thu 20 May 2027 4pm", "Einladung: ...", "Invitación:
// ...", "Updated invitation: ...") in the languages of the lexicon.
func calendarSubject(subj string) bool {
	for _, p := range []string{"invitation:", "updated invitation:", "invitación:", "invitación actualizada:", "einladung:",
		"aktualisierte einladung:", "invitation :", "invito:", "invito aggiornato:", "uitnodiging:", "bijgewerkte uitnodiging:",
		"convite:", "convite atualizado:"} {
		if strings.HasPrefix(subj, p) {
			return true
		}
	}
	return false
}

// labelLead is what may stand before a label at a line's start: space,
// and the emoji and bullets a portal's template puts there ("📅 Data:
// 21/07/2027", "• Date: ...").
func labelLead(r rune) bool {
	return r == ' ' || r == '\t' || r == '-' || r == '*' || r == '•' || r == '·' || r == '\ufe0f' || r == '\u200d' ||
		r >= 0x2190 && r <= 0x2bff || r >= 0x1f000 && r <= 0x1faff
}

// dateFields returns the values of up to three "Date:" lines of body and
// whether each had a colon.
func dateFields(body string) (vals []string, colons []bool) {
	for rest := body; rest != "" && len(vals) < 3; {
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		line = strings.TrimLeftFunc(line, labelLead)
		if line == "" || line[0] < 'c' || line[0] > 'w' {
			continue
		}
		for _, l := range dateLabels {
			v, ok := strings.CutPrefix(line, l)
			if ok && v != "" && gluedDayAfterLabel(v) {
				// a card's table made text with no space between its
				// cells: "WhenThursday, August 12, 2027"; the day must
				// open the value, as without a colon
				vals, colons = append(vals, v), append(colons, false)
				break
			}
			if !ok || v == "" || v[0] != ' ' && v[0] != '\t' && v[0] != ':' {
				continue
			}
			v = strings.TrimLeft(v, " \t")
			colon := strings.HasPrefix(v, ":")
			v = strings.TrimLeft(strings.TrimPrefix(v, ":"), " \t")
			if v == "" && colon && !ruleOff("label-above-value") {
				// a card made text puts the value on the line below
				// its label: "Event Date/Time:" / "10:00am - 10:45am ...
				// on Wednesday, March 17, 2027"
				v, _, _ = strings.Cut(rest, "\n")
				v = strings.TrimSpace(v)
			}
			if v != "" {
				vals, colons = append(vals, v), append(colons, colon)
			}
			break
		}
	}
	return vals, colons
}

// gluedDayAfterLabel: what follows a label with no space opens with a
// weekday's full name, as when a card's label cell and its value cell
// are flattened into one word. Only the full weekday names of the
// lexicon count, so that no word that merely begins like a label reads
// as one ("dates", "daylight").
func gluedDayAfterLabel(v string) bool {
	if ruleOff("glued-date-label") {
		return false
	}
	w := v
	if k := strings.IndexFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = v[:k]
	}
	return utf8.RuneCountInString(w) >= 5 && isWeekdayWord(w)
}

// interview sets InterviewAt. It reports whether the date was confirmed in so many words (a calendar
// event, a "Date:" line, a confirmation), not only read beside an
// interview word or in the subject.
func (b *verdictBuilder) interview(d *doc, ooo bool) (confirmed bool) {
	base := d.m.Date
	if d.m.Calendar != "" {
		if t, ok := calendarStart(d.m.Calendar, base); ok {
			b.v.InterviewAt = &t
			b.note("calendar event at %s", t.Format("Mon 2006-01-02 15:04"))
			return true
		}
	}
	if ooo || !meetingContext.contains(d.body) && !meetingContext.contains(d.subj) {
		return false
	}
	today := startOfDay(base)
	set := func(h dateHit, why string) {
		t := h.t
		if !h.from.IsZero() && !ruleOff("range-first-day") {
			// a visit over a range of days ("Campus visit itinerary
			// (March 29-30)") begins on its first
			t = h.from
		}
		b.v.InterviewAt = &t
		b.note("%s -> %s", why, t.Format("Mon 2006-01-02 15:04"))
	}
	// A calendar's invitation subject without its event: "Invitación:
	// Entrevista técnica – Alex Rivera @ jue 20 may 2027 16:00 - 17:00".
	if at := strings.LastIndex(d.subj, " @ "); at >= 0 && calendarSubject(d.subj) {
		// a calendar writes the short month forms of every language
		// ("jue 20 may 2027"), English "may" among them
		hs := scanDates(d.subj[at+3:], base, d.lang())
		if len(hs) == 0 {
			hs = scanDates(d.subj[at+3:], base, langEN)
		}
		for _, h := range hs {
			if !h.then && !h.t.Before(today) && explicitDay(h) {
				set(h, "calendar invitation subject "+clip(d.subj[at+3:]))
				return true
			}
		}
	}
	// A "Date:" line.
	vals, colons := dateFields(d.body)
	for k, v := range vals {
		colon := colons[k]
		for _, h := range scanDates(v, base, d.lang()) {
			// "Date: ..." may say anything; "Date Wednesday 9 June" (a
			// table made text) must start with the date.
			if !h.then && !h.t.Before(today) && explicitDay(h) && (colon || h.start == 0) {
				set(h, "date line "+clip(v))
				return true
			}
		}
	}
	// A sentence that confirms a time, or accepts one; a confirmation that
	// ends in ":" has the time in what follows. A new time ("rescheduled
	// to Friday") replaces the old one named before it.
	sents := d.sentences()
	for n, s := range sents {
		if i := rescheduleCues.index(s.text); i >= 0 && !s.question && !internalMeetings.contains(ownClause(s.text[max(0, i-60):i])) {
			for _, h := range scanDates(s.text[i:], base, d.lang()) {
				if !h.then && !h.t.Before(today) && explicitDay(h) {
					set(h, "moved to "+clip(s.text[i:]))
					return true
				}
			}
			if h, ok := newDayBelow(sents, n, i, base, d.lang()); ok {
				set(h, "moved to "+clip(s.text[i:])+" "+clip(sents[n+1].text))
				return true
			}
		}
	}
	for n, s := range sents {
		if s.question {
			continue
		}
		if h, ok := remindedDay(s.text, base, d.lang()); ok {
			set(h, "reminder "+clip(s.text))
			return true
		}
		if h, ok := invitationDay(s.text, base, d.lang()); ok {
			set(h, "invitation "+clip(s.text))
			return true
		}
		if h, ok := seeingDay(s.text, base, d.lang()); ok {
			set(h, "looking forward to "+clip(s.text))
			return true
		}
		if h, ok := sessionDay(s.text, base, d.lang()); ok {
			set(h, "placed in "+clip(s.text))
			return true
		}
		if i := interviewCues.index(s.text); i >= 0 && (!plannedCues.contains(s.text[i:]) || interviewNouns.contains(s.text) || readerWords.contains(" "+s.text)) &&
			!internalMeetings.contains(ownClause(s.text[max(0, i-60):i])) {
			thanks := thanksCues.contains(s.text)
			for _, h := range scanDates(s.text, base, d.lang()) {
				// "Danke für das Gespräch am Dienstag" is a day that has been.
				if thanks && h.rule == "weekday" {
					continue
				}
				if h.start >= i && !h.then && !h.t.Before(today) && explicitDay(h) && !deadlineOfConfirmation(s.text, h) {
					set(h, "meeting "+clip(s.text[i:]))
					return true
				}
			}
			if strings.HasSuffix(s.text, ":") && n+1 < len(sents) {
				for _, h := range scanDates(sents[n+1].text, base, d.lang()) {
					if !h.then && !h.t.Before(today) && explicitDay(h) {
						set(h, "meeting "+clip(s.text[i:]))
						return true
					}
				}
			}
			// the cue the sentence's last words, its day set apart below
			// with no colon: "... con la nostra commissione, che si terrà"
			// over "giovedì 25 marzo 2027, ore 15:00 ... in videoconferenza"
			if n+1 < len(sents) && cueEnds(strings.TrimRight(s.text, " ")) {
				if hs := scanDates(sents[n+1].text, base, d.lang()); len(hs) > 0 && hs[0].start <= 4 && !hs[0].then &&
					!hs[0].t.Before(today) && explicitDay(hs[0]) {
					set(hs[0], "meeting "+clip(s.text[i:])+" "+clip(sents[n+1].text))
					return true
				}
			}
			if h, ok := dateSetApart(sents, n, base, d.lang()); ok && !thanks {
				set(h, "meeting "+clip(s.text[i:])+" ... "+clip(sents[n+1].text))
				return true
			}
		}
		if h, ok := confirmedAbove(sents, n, base, d.lang()); ok && b.v.Score > 0 {
			// (with some hiring evidence: "we are happy to confirm:"
			// above a ski rental's pick-up confirms no meeting)
			set(h, "confirmed before its day "+clip(s.text))
			return true
		}
		if h, ok := agreedTime(sents, n, base, d.lang()); ok {
			set(h, "agreed time "+clip(s.text))
			return true
		}
		i := acceptedAt(s.text)
		if i < 0 {
			i = fineAt(s.text)
		}
		if i >= 0 {
			hits := scanDates(s.text[:i], base, d.lang())
			for k := len(hits) - 1; k >= 0; k-- {
				if h := hits[k]; !h.then && !h.t.Before(today) && explicitDay(h) {
					if qh, ok := d.weekdayDatedInQuote(h); ok {
						h = qh
					}
					set(h, "accepted slot "+clip(s.text[:i]))
					return true
				}
			}
		}
	}
	// A confirmation printed as a card, its day on a line of its own a
	// few lines below ("Your interview with Loomwise is confirmed. /
	// Technical deep dive (90 min) / Thursday, April 15, 2027 / 1:00 PM -
	// 2:30 PM EDT"), as Ashby, GoodTime and their like send it.
	if h, ok := dayLineBelowConfirmation(d, base); ok {
		set(h, "day on its own line below the confirmation")
		return true
	}
	for _, s := range sents {
		if h, ok := lateForMeeting(s.text, base); ok && !s.question {
			set(h, "running late to "+clip(s.text))
			return true
		}
		if h, ok := ourMeetingToday(s.text, base, d.lang()); ok && !s.question &&
			(lateWords.contains(d.subj) || lateWords.contains(d.body)) {
			set(h, "running late to "+clip(s.text))
			return true
		}
	}
	// An interview and its day side by side: "our interview tomorrow", "la
	// entrevista del jueves 18 de febrero", "Ihr Gespräch am 17.06." —
	// unless times are being proposed.
	for n, s := range sents {
		if n+1 < len(sents) && !s.question && (strings.HasSuffix(s.text, ":") || endsInDayPreposition(s.text)) && meetingNear(s.text[max(0, len(s.text)-2*interviewNounReach):]) &&
			!proposing(s.text, d.lang()) && !ruleOff("date-after-colon") {
			// "vous êtes convoqué à un entretien de recrutement le :" and
			// the day on a line of its own, as a convocation prints it
			if hs := scanDates(sents[n+1].text, base, d.lang()); len(hs) > 0 && opensLine(sents[n+1].text, hs[0]) && !hs[0].then && !hs[0].t.Before(today) && explicitDay(hs[0]) {
				set(hs[0], "interview "+clip(s.text[max(0, len(s.text)-40):])+" "+clip(sents[n+1].text))
				return false
			}
		}
		if s.question || !interviewNouns.contains(s.text) || proposing(s.text, d.lang()) {
			continue
		}
		for _, h := range scanDates(s.text, base, d.lang()) {
			if h.then || h.t.Before(today) || !explicitDay(h) || h.rule == "today" || thanksCues.contains(s.text) {
				continue
			}
			if answerDay(s.text, h) || othersInterviewed(s.text) || deadlineOfConfirmation(s.text, h) {
				continue
			}
			if meetingNear(s.text[max(0, h.start-interviewNounReach):h.start]) || meetingNear(s.text[h.end:min(len(s.text), h.end+14)]) ||
				meetingNear(withoutMode(s.text[max(0, h.start-interviewNounReach-modeReach):h.start], interviewNounReach)) ||
				dateAfterColon(s.text, h.start) && meetingNear(s.text[max(0, h.start-2*interviewNounReach):h.start]) {
				set(h, "interview "+clip(s.text[max(0, h.start-16):]))
				return false
			}
		}
	}
	// The subject of a confirmation names the day; an itinerary's too
	// ("Your itinerary - Thursday 19 August"), the visit it plans being
	// the meeting the body is about.
	if meetingContext.contains(d.subj) || itinerarySubject.contains(d.subj) {
		for _, h := range scanDates(d.subj, base, d.lang()) {
			if !h.then && !h.t.Before(today) && (h.rule == "date" || h.rule == "weekday and date" || h.rule == "numeric date" ||
				h.rule == "ISO date" || h.rule == "weekday and day of month") {
				set(h, "subject "+clip(d.subj))
				return false
			}
		}
	}
	return false
}

// deadlineOfConfirmation: a day after a word of a deadline is when the
// time will be settled, not the time: "we will confirm the final date and
// time of your interview by Friday", "je te confirme l'heure d'ici
// mercredi", "le confermeremo l'orario entro giovedì".
func deadlineOfConfirmation(s string, h dateHit) bool {
	if ruleOff("confirmation-deadline") {
		return false
	}
	head := " " + s[max(0, h.start-16):h.start]
	for _, w := range [...]string{" by ", " by the ", " d'ici ", " d'ici le ", " d'ici la ", " entro ", " entro il ", " uiterlijk ",
		"spätestens ", " later than ", "au plus tard ", "más tardar ", "más tardar el "} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// endsInDayPreposition: a line that breaks off at the preposition of its
// day, the day set apart on the lines below as after a colon: "Wir laden
// Sie ein zum Vorstellungsgespräch am / Samstag, 5. Juni 2027, um 10 Uhr".
func endsInDayPreposition(s string) bool {
	if ruleOff("day-preposition-end") {
		return false
	}
	for _, p := range [...]string{" on", " am", " le", " el", " il", " op", " em"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// confirmedAbove: a confirmation of a meeting by any name that ends in a
// colon, its day opening what follows: the line below ("I'm delighted to
// confirm dinner with Dame Caroline Ashby (Chair) on: / Wednesday 14 April
// 2027, 19:30"), or the rest of its sentence ("So to confirm: Thursday 29
// July, 15:00-16:00 BST"), as interviewCues' confirmations do; not a
// start date confirmed, nor the team's own meeting.
func confirmedAbove(sents []sentence, n int, base time.Time, lg lang) (dateHit, bool) {
	s := sents[n].text
	var head, next string
	if strings.HasSuffix(s, ":") {
		if n+1 >= len(sents) {
			return dateHit{}, false
		}
		head, next = s, sents[n+1].text
	} else if c := strings.IndexByte(s, ':'); c > 0 && strings.HasSuffix(strings.TrimRight(s[:c], " "), "confirm") {
		// in its own sentence only right after the verb: "to confirm:
		// Thursday"
		head, next = s[:c], s[c+1:]
	}
	if head == "" || sents[n].question || !confirmVerbs.contains(head) || startCues.contains(s) || internalMeetings.contains(s) ||
		ruleOff("confirmed-above") {
		return dateHit{}, false
	}
	// (the day may follow an icon or a bullet: "📅 Jueves 9 de septiembre")
	next = strings.TrimLeftFunc(next, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	hs := scanDates(next, base, lg)
	if len(hs) == 0 || !opensLine(next, hs[0]) || hs[0].then || hs[0].t.Before(startOfDay(base)) || !explicitDay(hs[0]) {
		return dateHit{}, false
	}
	return hs[0], true
}

// confirmVerbs are the verb of confirming in the languages of the
// lexicon.
var confirmVerbs = cues("confirm", "bestätig", "conferm", "bevestig", "confirmar", "bekräft", "bekræft", "bekreft")

// opensLine: a day at the start of its line, or after an article there
// alone ("le mardi 6 juillet 2027 à 14h30", "am Dienstag, 6. Juli"), as a
// convocation sets it on a line below "un entretien avec le jury :".
func opensLine(s string, h dateHit) bool {
	head := strings.TrimSpace(s[:h.start])
	return head == "" || len(head) <= 3 && !strings.ContainsAny(head, " 0123456789")
}

// newDayBelow: a move whose sentence ends with its cue has the new day on
// the line below, as a letter sets it apart: "Ich habe das Gespräch daher
// verlegt auf / Dienstag, 09.02.2027, 15:00 - 16:00 Uhr". The line must
// open with the day.
func newDayBelow(sents []sentence, n, i int, base time.Time, lg lang) (dateHit, bool) {
	s := sents[n].text
	rest := strings.TrimRight(s[i+cueLen(rescheduleCues, s[i:]):], " :")
	if rest != "" || n+1 >= len(sents) || ruleOff("new-day-below") {
		return dateHit{}, false
	}
	hs := scanDates(sents[n+1].text, base, lg)
	if len(hs) == 0 || hs[0].start > 1 || hs[0].then || hs[0].t.Before(startOfDay(base)) || !explicitDay(hs[0]) {
		return dateHit{}, false
	}
	return hs[0], true
}

// answerDay: the day h of s is in a clause of its own that names the
// answer and no interview ("Tomorrow we have the debrief with the whole
// interview panel and on Friday I come back to you with our decision"): the
// day of the decision, beside an interview noun of another clause.
func answerDay(s string, h dateHit) bool {
	tail := s[h.end:]
	if k := strings.IndexAny(tail, ",;"); k >= 0 {
		tail = tail[:k]
	}
	clause := ownClause(s[:h.start]) + s[h.start:h.end] + tail
	return decisionWords.contains(clause) && !interviewNouns.contains(clause)
}

// othersInterviewed: a sentence about other people still to be met, with
// no word for the reader ("todavía me faltan dos personas por entrevistar
// mañana", "we're seeing two more candidates on Friday"): their day, not
// the reader's interview.
func othersInterviewed(s string) bool {
	return (candidateWords.contains(s) || peopleWords.contains(" "+s+" ")) && !readerWords.contains(" "+s)
}

// peopleWords count people in each language.
var peopleWords = cues(" people ", " persons ", " personas ", " persone ", " pessoas ", " personen ", " mensen ",
	" personnes ")

// dateSetApart finds the day of a confirmation that names none on a line
// of its own right after it, perhaps below the post's title: "Gerne
// bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch für die
// Position / Senior Scientist (m/w/d) / am Donnerstag, 10. Juni 2027, um
// 09:30 Uhr". The line must be the day (after a preposition, before a
// time), so that a later sentence about something else lends it no date.
func dateSetApart(sents []sentence, n int, base time.Time, lg lang) (dateHit, bool) {
	today := startOfDay(base)
	if len(scanDates(sents[n].text, base, lg)) > 0 {
		return dateHit{}, false
	}
	for k := n + 1; k < len(sents) && k <= n+2; k++ {
		for _, h := range scanDates(sents[k].text, base, lg) {
			if h.start <= 4 && reDateLineRest.MatchString(sents[k].text[h.end:]) && !h.then && !h.t.Before(today) && explicitDay(h) {
				return h, true
			}
			break
		}
	}
	return dateHit{}, false
}

// cueEnds: s ends in a word of confirming ("che si terrà"), whatever
// cue comes before it ("le confermiamo il colloquio ..., che si terrà").
func cueEnds(s string) bool {
	tail := s[max(0, len(s)-25):]
	for from := 0; from < len(tail); {
		j := interviewCues.index(tail[from:])
		if j < 0 {
			return false
		}
		if from+j+cueLen(interviewCues, tail[from+j:]) == len(tail) {
			return true
		}
		from += j + 1
	}
	return false
}

// dayLineBelowConfirmation finds a line that is only a day to come (a
// weekday or a year with it, nothing else but punctuation) within four
// lines after a line that confirms an interview (interviewCues and a word
// for a meeting, not as a question; a booking or a start date confirmed
// is none). Writers of r13, r25 and r30 sent Ashby's confirmations so.
func dayLineBelowConfirmation(d *doc, base time.Time) (dateHit, bool) {
	// (a confirmation's words are the lexicon's confirmation language:
	// mail without them is passed over at once)
	if !d.has(clsScheduled) || ruleOff("day-line") || !interviewCues.contains(d.body) {
		return dateHit{}, false
	}
	body, lg := d.body, d.lang()
	today := startOfDay(base)
	lines := strings.Split(body, "\n")
	confirmed := -10
	for k, l := range lines {
		l = strings.TrimSpace(l)
		if i := interviewCues.index(l); i >= 0 && !strings.HasSuffix(l, "?") && meetingContext.contains(l) {
			confirmed = k
			continue
		}
		if k-confirmed > 4 || l == "" {
			continue
		}
		hs := scanDates(l, base, lg)
		if len(hs) != 1 || hs[0].start > 1 || hs[0].then || hs[0].t.Before(today) || !explicitDay(hs[0]) ||
			hs[0].rule != "weekday and date" && hs[0].rule != "date" {
			continue
		}
		if rest := strings.Trim(l[hs[0].end:], " ,.;"); rest == "" {
			return hs[0], true
		}
		// r83: the time and its zone on the day's line ("jeudi 16
		// septembre 2027, 14 h 00 - 15 h 00 (hae)"), as a card prints it
		if !ruleOff("day-line-time") && reDateLineRest.MatchString(l[hs[0].end:]) && timeAfterDay.MatchString(l[hs[0].end:]) {
			return hs[0], true
		}
	}
	return dateHit{}, false
}

// reDateLineRest is what may follow the day on a line of its own: a time,
// a zone in brackets, then nothing or the next line's label ("um 09:30
// Uhr Ort: Basel", hard wraps read as spaces; "kl. 13.30 (svensk tid)",
// "alle ore 15:00 (ora italiana)"), or the span and zone of an Outlook
// invitation ("1:30 PM – 2:15 PM (UTC-05:00) Eastern Time (US & Canada)").
var reDateLineRest = regexp.MustCompile(`^[ ,]*(?:(?:um|at|à|a las|alle ore|alle|ore|om|às|kl\.?|klockan|klokken|klokka|,)?\s*\d{1,2}(?:[:.h]\d{2}| h \d{2})?\s*(?:uhr|a\.?m\.?|p\.?m\.?|h)?)?` +
	`(?:\s*[-–]\s*\d{1,2}(?:[:.h]\d{2}| h \d{2})?\s*(?:uhr|a\.?m\.?|p\.?m\.?|h)?)?(?:\s*\([\pL ]{1,25}\))?` +
	`(?:\s*\(utc[+-]\d{2}:\d{2}\)[\pL .]{0,30}(?:\([\pL &]{1,25}\))?)?[ ,.]*(?:$|\pL[\pL ]{0,20}: )`)

// timeAfterDay: a clock time follows the day on its line, Québec's "14 h
// 00" among the forms.
var timeAfterDay = regexp.MustCompile(`^[ ,]*(?:[\pL.]{1,9}\s*)?\d{1,2}(?:[:.h]\d{2}| h \d{2}|\s*(?:uhr|a\.?m\.?|p\.?m\.?|h)\b)`)

// acceptedAt is where a sentence accepts the time named before it
// (acceptCues), or "it is" ends it, whatever mark or emoji follows
// ("Friday 10:30 it is 👍"); -1 when it does neither.
func acceptedAt(s string) int {
	i := acceptCues.index(s)
	if i >= 0 && askedIfWorks(s[:i]) {
		return -1
	}
	if i >= 0 && !strings.HasPrefix(s[i:], "it is") {
		return i
	}
	if i < 0 {
		// r90: the time suits the one who will meet the reader ("the
		// 14th at 16:00 works for Dominik"), checked as "it is" is
		// ("Monday works for the team too - I'll confirm the time" names
		// no time: the hour must stand before it)
		if k := strings.Index(s, " works for "); k >= 0 && !askedIfWorks(s[:k]) && reClock.MatchString(s[:k]) &&
			!ruleOff("works-for-someone") {
			i = k
		} else if i = strings.Index(s, " it is"); i < 0 {
			return -1
		} else {
			rest := strings.TrimLeft(s[i+6:], " ")
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (r < utf8.RuneSelf || unicode.IsLetter(r)) {
				return -1
			}
		}
		i++
	}
	// "it is" accepts only the time right before it: "Friday 10:30 it
	// is", not "Friday was busy, it is what it is."; an aside and a zone
	// may stand between them ("thursday 6:30 pm ist (9 am your time) it
	// is").
	prev := strings.TrimRight(s[:i], " ,")
	for strings.HasSuffix(prev, ")") {
		k := strings.LastIndexByte(prev, '(')
		if k < 0 {
			break
		}
		prev = strings.TrimRight(prev[:k], " ,")
	}
	if k := strings.LastIndexByte(prev, ' '); k >= 0 {
		if _, zone := zoneNames[prev[k+1:]]; zone || prev[k+1:] == "ist" || prev[k+1:] == "gst" || prev[k+1:] == "sgt" {
			prev = strings.TrimRight(prev[:k], " ,")
		}
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	if _, day := weekdayWords[last]; day || last == "tomorrow" || prev != "" && (prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9' ||
		strings.HasSuffix(prev, "am") || strings.HasSuffix(prev, "pm") || strings.HasSuffix(prev, "uhr") || strings.HasSuffix(prev, "h")) {
		return i
	}
	return -1
}

// askedIfWorks: the clause before an accepting word opens with "if" or
// "whether", which asks whether the time suits; it accepts none: "I'll
// give you a call on Monday ... - let me know if early evening Brisbane
// time still works".
func askedIfWorks(head string) bool {
	k := max(strings.LastIndex(head, ", "), strings.LastIndex(head, " - "), strings.LastIndex(head, "; "))
	clause := " " + head[max(0, k):]
	if (strings.Contains(clause, " if ") || strings.Contains(clause, " whether ")) && !ruleOff("asked-if-works") {
		return true
	}
	// r83: the reader left to choose ("just reply with what works",
	// "unless another time suits you better") accepts nothing yet
	for _, w := range [...]string{" what ", " whatever ", " whichever ", " which ", " what time ", " which time ", " which day "} {
		if strings.HasSuffix(" "+head, w) {
			return !ruleOff("reader-chooses")
		}
	}
	return strings.Contains(clause, " unless ") && !ruleOff("reader-chooses")
}

// fineAt is where "is fine" takes the time right before it ("2:30 Wed is
// fine", "Thursday is fine by me"), as "it is" does, not as one choice of
// two ("... is fine too"); -1 when it does not.
func fineAt(s string) int {
	i := strings.Index(s, " is fine")
	if i < 0 || ruleOff("time-is-fine") {
		return -1
	}
	if rest := s[i+8:]; strings.HasPrefix(rest, " too") || strings.HasPrefix(rest, " as well") ||
		strings.HasSuffix(s[:i], " also") {
		return -1 // "Wednesday at 3 is fine too": a second choice offered
	}
	prev := strings.TrimRight(s[:i], " ,")
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	if _, day := weekdayWords[last]; day || last == "tomorrow" || prev != "" && (prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9' ||
		strings.HasSuffix(prev, "am") || strings.HasSuffix(prev, "pm")) {
		return i + 1
	}
	return -1
}

// agreedOpeners open a short reply that agrees to a time: "perfect,
// thursday 6:30 pm ist it is", "done - thursday 11 march, 10:30 uk time",
// "combinado, alex! então nos falamos quinta às 15h", "parfait, c'est
// noté pour jeudi 14h".
var agreedOpeners = []string{"perfect", "great", "done", "agreed", "confirmed", "noted", "sounds good", "brilliant",
	"lovely", "excellent", "super", "parfait", "entendu", "d'accord", "combinado", "perfeito", "fechado", "ótimo",
	"perfecto", "genial", "de acuerdo", "listo", "vale", "perfetto", "d'accordo", "ottimo", "perfekt", "abgemacht",
	"einverstanden", "afgesproken", "akkoord", "prima", "top",
	// "passt, dann am 12. um 9 Uhr bei uns", "va bene, allora lunedì alle 15"
	"passt", "alles klar", "va bene", "très bien", "muy bien", "tudo certo",
	// "Sehr schön, dann machen wir das so: Donnerstag, 10.6., 8 Uhr",
	// "Locked in Option B - Thu 25 Feb, 8:00am your time"
	"sehr schön", "locked in",
	// the casual "great" of Australia and Britain: "Sweet, locked in. /
	// Thursday 8th, 6.30am at the Helensvale job"
	"sweet", "sorted"}

// agreedTime: the message opens by agreeing ("perfect", "done",
// "combinado", ...) and its first or second sentence names a day with a
// time of day (reClock), as a statement that proposes nothing: the time agreed.
// Only the first two sentences count (n is 0 or 1), so that a later
// sentence about something else lends it no date.
func agreedTime(sents []sentence, n int, base time.Time, lg lang) (dateHit, bool) {
	// a salutation line above the reply ("Guten Tag Herr Rivera") is
	// none of its sentences
	off := 0
	if len(sents) > 1 && salutationLine(sents[0].text) {
		off = 1
	}
	if n < off || n > 1+off || len(sents) <= off {
		return dateHit{}, false
	}
	first := sents[off].text
	opens := false
	for _, o := range agreedOpeners {
		if rest, ok := strings.CutPrefix(first, o); ok && (rest == "" || strings.IndexByte(" ,!.-", rest[0]) >= 0) {
			opens = true
			break
		}
	}
	s := sents[n]
	text := s.text
	// "Great, I'll send the contract Monday at 10am" agrees to something
	// else; "Sounds good, Thu 4pm your time then 👍 I'll send an invite"
	// agrees to the time before the writer's next step
	if k := futureMarkers.index(" " + text + " "); k >= 0 && !settlingLet(text[max(0, k-1):]) {
		text = text[:max(0, k-1)]
	}
	if k := strings.Index(text, "send"); k >= 0 {
		text = text[:k]
	}
	if !opens || s.question || proposing(s.text, lg) || thanksCues.contains(s.text) || !reClock.MatchString(text) {
		return dateHit{}, false
	}
	today := startOfDay(base)
	for _, h := range scanDates(text, base, lg) {
		if !h.then && !h.t.Before(today) && explicitDay(h) && h.rule != "today" {
			return h, true
		}
	}
	return dateHit{}, false
}

// settlingLet: "let's" before a verb that settles a time ("let's do
// Monday, April 12 at 10am", "let's say Thursday at 10", "let's go
// with Monday 9am") agrees to that time; it is no next step of the
// writer's, as "I'll send the contract Monday at 10am" is.
func settlingLet(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, p := range [...]string{"let's do ", "let's say ", "let's go with ", "let's make it ", "let's lock in ",
		"let's pencil in ", "let's book ", "let's keep ", "let us say ", "let us do "} {
		if strings.HasPrefix(rest, p) {
			return !ruleOff("settling-let")
		}
	}
	return false
}

// salutationLine: a short line that only greets the reader by name.
func salutationLine(s string) bool {
	if len(s) > 40 || strings.ContainsAny(s, ".!?") && !strings.HasSuffix(s, "!") {
		return false
	}
	for _, g := range [...]string{"hi ", "hi,", "hello", "dear ", "hey", "guten tag", "hallo", "liebe ", "lieber ",
		"sehr geehrte", "grüezi", "grüß", "grüss", "servus", "moin", "bonjour", "hola", "ciao", "buongiorno", "olá",
		"ola ", "bom dia", "boa tarde", "buenos días", "buenas", "beste ", "dag ", "goedemorgen", "goedemiddag", "hoi"} {
		if strings.HasPrefix(s, g) {
			return true
		}
	}
	return false
}

// explicitDay: a hit that names a day (a date, a weekday, tomorrow), not a
// span ("next week", "within two weeks").
func explicitDay(h dateHit) bool {
	switch h.rule {
	case "date", "weekday and date", "numeric date", "ISO date", "weekday", "tomorrow", "today",
		"weekday and day of month", "day of month", "weekday of this week", "weekday of next week", "day after tomorrow":
		return true
	}
	return false
}

// interviewNounReach is how far before a day its interview may be named:
// "convoqué à un entretien de recrutement le : mardi 8 juin", "ammessa
// alla prova orale, che si svolgerà martedì 21 settembre".
const interviewNounReach = 24

// dateAfterColon: the day is set apart after a colon, as a convocation
// prints it: "vous êtes convoqué à un entretien de recrutement le :
// mardi 8 juin 2027 à 14 h 30".
func dateAfterColon(s string, start int) bool {
	return strings.HasSuffix(strings.TrimRight(s[:start], " \n\t"), ":") && !ruleOff("date-after-colon")
}

// meetingModes are how a meeting is held, said between its noun and its
// day: "un entretien en visioconférence le mardi 23 mars", "an interview
// by video on Tuesday"; they put the day no further from the noun.
var meetingModes = []string{"en visioconférence ", "par visioconférence ", "en visio ", "par téléphone ",
	"en présentiel ", "en ligne ", "by video call ", "by video ", "by phone ", "by telephone ", "over the phone ",
	"in person ", "via zoom ", "via teams ", "via video ", "on zoom ", "on teams ", "per video ", "per telefon ",
	"telefónica ", "por videollamada ", "por teléfono ", "presencial ", "virtual ", "por videochamada ",
	"por telefone ", "in videochiamata ", "telefonico ", "in presenza ", "telefonisch ", "online "}

// modeReach is as long as the longest of meetingModes, with room.
const modeReach = len("por videochamada ") + 3

var meetingModeCut = func() *strings.Replacer {
	var pairs []string
	for _, m := range meetingModes {
		pairs = append(pairs, m, "")
	}
	return strings.NewReplacer(pairs...)
}()

// withoutMode is the last reach bytes of x before a day, the way a
// meeting is held taken out of it; "" when x names no mode.
func withoutMode(x string, reach int) string {
	if ruleOff("meeting-mode") {
		return ""
	}
	y := meetingModeCut.Replace(x)
	if len(y) == len(x) {
		return ""
	}
	return y[max(0, len(y)-reach):]
}

// meetingNear: a word for the interview itself in x, not for its people
// ("we phone every interviewee on Friday 9 July with the outcome").
func meetingNear(x string) bool {
	if strings.Contains(x, "interviewe") && !ruleOff("interview-people") {
		x = interviewPeople.Replace(x)
	}
	return interviewNouns.contains(x)
}

var interviewPeople = strings.NewReplacer("interviewees", "", "interviewee", "", "interviewers", "", "interviewer", "")

// itinerarySubject: a subject that plans a visit, whose day is the
// meeting's.
var itinerarySubject = cues("itinerary", "itinéraire", "reiseplan")

// reminderCues open a reminder of something of the reader's; it is a
// confirmation when a word for the interview follows.
var reminderCues = cues("reminder of your", "reminder about your", "reminder for your", "reminder that your",
	"reminder: your", "erinnerung an ihr", "rappel de votre", "recordatorio de tu", "recordatorio de su",
	"promemoria del suo", "promemoria per il tuo")

// remindedDay finds the day of a reminder of the reader's interview, the
// first day named after it however long the post's title between them:
// "This is a friendly reminder of your final-round interviews for VP,
// Data Engineering tomorrow, Thursday, September 30, 2027".
func remindedDay(s string, base time.Time, lg lang) (dateHit, bool) {
	i := reminderCues.index(s)
	if i < 0 || ruleOff("reminder") {
		return dateHit{}, false
	}
	n := cueLen(reminderCues, s[i:])
	if !meetingNear(s[i+n : min(len(s), i+n+30)]) {
		return dateHit{}, false
	}
	today := startOfDay(base)
	for _, h := range scanDates(s, base, lg) {
		if h.start >= i && !h.then && !h.t.Before(today) && explicitDay(h) {
			return h, true
		}
	}
	return dateHit{}, false
}

// invitationCues name the invitation to a meeting; a day right after one
// is the meeting's: "the Teams link in your original invitation for
// tomorrow (Wednesday 28 April, 15:00 BST) will no longer work".
var invitationCues = cues("invitation for ", "invite for ", "invitation on ", "einladung für ", "invitation pour ", "invitación para ", "invito per ")

// invitationDay is the day named right after an invitation cue, nothing
// between them but an article: no day later in the sentence ("thanks for
// accepting our invitation for an interview; we'll confirm by Friday").
func invitationDay(s string, base time.Time, lg lang) (dateHit, bool) {
	if ruleOff("invitation-day") || thanksCues.contains(s) {
		return dateHit{}, false
	}
	return dayRightAfter(invitationCues, s, base, lg)
}

// seeingCues look forward to the meeting; a day right after one is the
// meeting's: "Looking forward to seeing you Thursday! A few practical
// things before you head out".
var seeingCues = cues("forward to seeing you ", "forward to meeting you ", "forward to speaking with you ",
	"forward to speaking to you ", "forward to talking to you ", "forward to talking with you ")

// seeingDay is the day named right after a seeing cue (r40), as
// invitationDay reads it; thanks for a meeting gone by may come before it.
func seeingDay(s string, base time.Time, lg lang) (dateHit, bool) {
	if ruleOff("seeing-day") {
		return dateHit{}, false
	}
	return dayRightAfter(seeingCues, s, base, lg)
}

// placedCues put the reader in one of a day's sessions.
var placedCues = cues("you're in the ", "you are in the ", "you're in our ", "you are in our ", "we've put you in the ",
	"we have put you in the ", "you've been put in the ", "you have been put in the ", "you've been placed in the ",
	"you have been placed in the ")

// sessionWords name a part of a group selection day.
var sessionWords = map[string]bool{"group": true, "session": true, "slot": true, "cohort": true, "batch": true,
	"intake": true}

// sessionDay is the day of the session a group day puts the reader in,
// named within a few words after it: "you're in the afternoon group on
// Thursday 18 February, 1.30pm-4pm". Being "in the final two" is no
// session.
func sessionDay(s string, base time.Time, lg lang) (dateHit, bool) {
	i := placedCues.index(s)
	if i < 0 || ruleOff("session-day") {
		return dateHit{}, false
	}
	end := i + cueLen(placedCues, s[i:])
	words := strings.Fields(s[end:min(len(s), end+40)])
	k := -1
	for n, w := range words[:min(len(words), 3)] {
		if sessionWords[strings.TrimRight(w, ",.:;")] {
			k = n
			break
		}
	}
	if k < 0 {
		return dateHit{}, false
	}
	today := startOfDay(base)
	for _, h := range scanDates(s[end:], base, lg) {
		if !h.then && !h.t.Before(today) && explicitDay(h) && h.start < 60 {
			h.start += end
			h.end += end
			return h, true
		}
	}
	return dateHit{}, false
}

// dayRightAfter is the day named right after a cue of cs, nothing between
// them but an article or "this", "next": no day later in the sentence.
func dayRightAfter(cs *cueSet, s string, base time.Time, lg lang) (dateHit, bool) {
	i := cs.index(s)
	if i < 0 {
		return dateHit{}, false
	}
	end := i + cueLen(cs, s[i:])
	today := startOfDay(base)
	for _, h := range scanDates(s, base, lg) {
		if h.start < end || h.then || h.t.Before(today) || !explicitDay(h) {
			continue
		}
		if gap := strings.TrimSpace(s[end:h.start]); gap == "" || gap == "the" || gap == "this" || gap == "next" {
			return h, true
		}
		break
	}
	return dateHit{}, false
}

// lateCues say the writer runs late to a meeting of the day.
var lateCues = cues("late to our ", "late for our ", "late to the ", "late for the ", "late to your ", "late for your ",
	"behind for our ")

// lateForMeeting: the writer running late to a meeting names it by its
// time alone, and it is today: "I'll be about 10 minutes late to our
// 2pm", "running a few minutes late for our 3:30". The writer only, and
// late now: "if you're running late for your interview, call Theo" names
// no day, "sorry I was late to our call" one gone by.
func lateForMeeting(s string, base time.Time) (dateHit, bool) {
	i := lateCues.index(s)
	if i < 0 || ruleOff("running-late") {
		return dateHit{}, false
	}
	head := " " + ownClause(s[clauseStart(s, i):i])
	if ifWords.wordIndex(head) >= 0 || negations.contains(head) || !firstPersonLate.contains(head) || lateBefore.contains(head) {
		return dateHit{}, false
	}
	rest := s[i+cueLen(lateCues, s[i:]):]
	if len(rest) > 20 {
		rest = rest[:20]
	}
	if !reClock.MatchString(rest) && !meetingContext.contains(rest) {
		return dateHit{}, false // neither a time nor a meeting: "late for the deadline"
	}
	t := withClock(time.Date(base.Year(), base.Month(), base.Day(), defaultHour, 0, 0, 0, base.Location()), rest)
	return dateHit{t: t, rule: "today"}, true
}

// ourMeetingCues name a meeting of the writer's and the reader's by its
// time of day, in the other languages of the lexicon: "ons gesprek van
// 15:00", "unser Termin um 15 Uhr", "notre entretien de 15h".
var ourMeetingCues = cues("ons gesprek van ", "onze afspraak van ", "onze call van ", "ons interview van ",
	"onze meeting van ", "unser termin um ", "unserem termin um ", "unser gespräch um ", "unserem gespräch um ",
	"notre rendez-vous de ", "notre entretien de ", "notre échange de ", "notre appel de ", "nuestra entrevista de las ",
	"nuestra llamada de las ", "nuestra reunión de las ", "nossa entrevista das ", "nossa reunião das ",
	"nossa conversa das ", "nossa chamada das ", "nostro colloquio delle ", "nostra call delle ", "nostra chiamata delle ")

// lateWords say someone runs late, in the subject or the body: "Paar
// minuten later vandaag", "mijn vorige overleg loopt uit".
var lateWords = cues("later", "loopt uit", "uitloopt", "te laat", "verspät", "später", "en retard", "retraso",
	"atrasad", "atraso", "ritardo")

// ourMeetingToday (r40): in a message that says someone runs late, a
// meeting of ours named by its time of day and no day is today's: "Ik
// schuif rond 15:10 aan bij ons gesprek van 15:00" — not one gone by
// ("ons gesprek van 15:00 gisteren was erg fijn" names no lateness).
func ourMeetingToday(s string, base time.Time, lg lang) (dateHit, bool) {
	i := ourMeetingCues.index(s)
	if i < 0 || ruleOff("our-meeting-today") || thanksCues.contains(s) || len(scanDates(s, base, lg)) > 0 {
		return dateHit{}, false
	}
	rest := s[i+cueLen(ourMeetingCues, s[i:]):]
	m := reClock.FindStringIndex(rest)
	if m == nil || m[0] > 4 {
		return dateHit{}, false
	}
	t := withClock(time.Date(base.Year(), base.Month(), base.Day(), defaultHour, 0, 0, 0, base.Location()), rest)
	return dateHit{t: t, rule: "today"}, true
}

var firstPersonLate = cues(" i'll ", " i'm ", " i am ", " i will ", " we'll ", " we're ", " we are ", " running ")

// lateBefore: lateness that has been ("sorry I was late to our call
// yesterday") names no meeting to come.
var lateBefore = cues(" was ", " were ", " been ", " being ")
