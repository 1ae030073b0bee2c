package classifier

import (
	"math"
	"strings"
	"unicode"

	"github.com/hearback/hearback/mailmsg"
)

// A short reply in a conversation ("Sounds good, talk Thursday!", "Can you
// do 3pm instead?") has few words of its own; what it is about is the
// message it answers, quoted below it. The context is read by structure,
// not by words of any one language: a reply (In-Reply-To, or a reply
// prefix on the subject) is read together with its quoted part (after a
// "> " mark, an attribution line or an Outlook header block). Its own words
// still count: words of another sense, another kind of application or
// someone else's hiring keep their weight against it. Promises, questions
// and the rejection points come from its own words alone; the quoted
// message only says what the conversation is about, and which meeting a
// short "See you then!" confirms (meetingOfReply).

// replyPrefixes are the subject prefixes of a reply in the mail clients
// people use (Re, AW, SV, Antw, R, RIF, RES, VS, ODP).
var replyPrefixes = []string{"re:", "re :", "aw:", "sv:", "antw:", "antw.:", "r:", "rif:", "res:", "vs:", "odp:", "ynt:"}

// isReply reports a reply by its headers: In-Reply-To, or a reply prefix.
func isReply(m *mailmsg.Message) bool {
	if m.InReplyTo != "" {
		return true
	}
	s := strings.ToLower(strings.TrimSpace(m.Subject))
	for _, p := range replyPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// quotedPart is the text below a reply's own words (normalized), with one
// level of "> " taken off each line: the message it answers.
func quotedPart(d *doc) string {
	ex := d.m.Excerpt
	own, quoted := mailmsg.SplitQuoted(ex)
	var rest string
	switch {
	case len(own) < len(ex) && strings.HasPrefix(ex, own):
		rest = ex[len(own):]
	case own != ex:
		// answers written between the quoted lines are in own, after
		// the words above the quote: the quote is what is left
		rest = quoted
	}
	nown := normalize(own)
	var b strings.Builder
	if len(d.body) < len(nown) && strings.HasPrefix(nown, d.body) {
		b.WriteString(nown[len(d.body):])
		b.WriteByte('\n')
	}
	b.WriteString(normalize(rest))
	return unquote(b.String())
}

// unquote is a quote with one level of "> " taken off each line and its
// head left out: a separator line ("-----Original Message-----", "____"),
// an attribution ("On ... wrote:", "Am ... schrieb:") and an Outlook
// header block ("From: ...", "Sent: ...") up to its blank line.
func unquote(quote string) string {
	lines := strings.Split(strings.TrimSpace(quote), "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(t, ">") {
			t = strings.TrimPrefix(t[1:], " ")
		}
		lines[i] = t
	}
	k := 0
	for k < len(lines) && k < 3 {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.HasPrefix(t, "---") || strings.HasPrefix(t, "___") || strings.HasSuffix(t, ":") {
			k++
			continue
		}
		break
	}
	if h := k; h < len(lines) && isFieldLine(lines[h]) {
		for h < len(lines) && h < k+8 && isFieldLine(lines[h]) {
			h++
		}
		k = h
	}
	return strings.TrimSpace(strings.Join(lines[k:], "\n"))
}

// history is the quoted message with the one it quotes in turn: a
// two-line "Va, jueves 21 a las 4pm" above my "Puedo el jueves" is about
// the technical interview the recruiter proposed one level further down.
func history(quoted string) string {
	head := cutQuoted(quoted)
	if len(head) >= len(quoted) || !strings.HasPrefix(quoted, head) {
		return quoted
	}
	return head + "\n\n" + unquote(quoted[len(head):])
}

// isFieldLine is a line of a quoted header block: "from: ...", "gesendet:
// ...", "enviado el: ...", "envoyé : ...": a label of at most three words
// before a colon.
func isFieldLine(l string) bool {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 20 {
		return false
	}
	return strings.Count(strings.TrimSpace(l[:i]), " ") <= 2
}

// quotedScore is the hiring evidence of the reply read together with the
// message it quotes: the subject, its own words and the quoted ones, as
// vocabulary reads them.
func quotedScore(d *doc, quoted string) float64 {
	qm := &mailmsg.Message{Subject: d.m.Subject, Excerpt: d.body + "\n\n" + history(quoted), Date: d.m.Date}
	var qd doc
	qd.prepare(qm)
	defer qd.release()
	qb := &verdictBuilder{}
	qb.vocabulary(&qd, "")
	return qb.v.Score
}

// convScoreOf is quotedScore(d, quoted) for the reply's quotedText,
// computed once.
func (d *doc) convScoreOf(quoted string) float64 {
	if !d.convScoreSet {
		d.convScoreSet = true
		d.convScore = quotedScore(d, quoted)
	}
	return d.convScore
}

// threadContext reads a reply short of the threshold together with the
// message it quotes: the reply takes the points of the two together when
// they reach promiseContextMin (1.5), so that the reply's own promise or
// question about a time makes the rest, and are a job message by
// themselves at jobThreshold; short of it in the end, dropContext takes
// them back.
func (b *verdictBuilder) threadContext(d *doc) {
	if b.v.Score >= jobThreshold || b.v.Bulk || b.othersHiring && !ruleOff("context-others-hiring") {
		// (a reply whose own words put the reader on someone else's
		// hiring, "thanks all for getting scorecards in ... we're not
		// going to move forward with Jordan", is that hiring's, whatever
		// the conversation's words; so is a colleague's answer to the
		// reader's "any news on the AE candidate?": "Marcus accepted our
		// offer ... thanks for interviewing", r53)
		return
	}
	q := d.quotedText()
	if q == "" {
		return
	}
	if s := d.convScoreOf(q); s >= promiseContextMin && s > b.v.Score {
		b.ctxPoints, b.ctxReason = math.Round((s-b.v.Score)*100)/100, len(b.v.Reasons)
		b.add(b.ctxPoints, "a reply in a job conversation: %.2g points with the message it quotes", s)
	}
}

// dropContext takes the conversation's points back from a reply they did
// not make job mail: the quoted message has its own verdict in the
// thread, and its points must not count once more with every reply that
// quotes it (ClassifyThread sums the scores).
func (b *verdictBuilder) dropContext() {
	if b.ctxPoints > 0 && b.v.Score < jobThreshold {
		b.v.Score -= b.ctxPoints
		b.v.Reasons = append(b.v.Reasons[:b.ctxReason], b.v.Reasons[b.ctxReason+1:]...)
		b.ctxPoints = 0
	}
}

// quotedText is quotedPart of a reply, computed once; "" when the message
// is no reply or quotes less than a sentence.
func (d *doc) quotedText() string {
	if !d.quotedSet {
		d.quotedSet = true
		if isReply(d.m) && len(d.m.Excerpt) > len(d.body) {
			if q := quotedPart(d); len(q) >= 20 {
				d.quoted = q
			}
		}
	}
	return d.quoted
}

// slotWeight is what a message that proposes or asks for a time gives a
// message with some hiring evidence: a meeting about the post being
// arranged ("Can you do 3pm instead?" below "Re: the analytics role").
const slotWeight = 1.0

// slotQuestion finds a sentence that asks the reader about a time: a
// question or a request that names a weekday or a clock time.
func slotQuestion(d *doc) string {
	for _, s := range d.sentences() {
		if !s.question && !requestCues.contains(s.text) && !slotRequests.contains(s.text) {
			continue
		}
		if namesSlot(s.text) {
			return s.text
		}
	}
	return ""
}

// slotRequests ask the reader to choose or book a time in the languages
// requestCues lacks: "escolha o melhor horário", "kies een moment" ("elige"
// with its space: not "inteligencia").
var slotRequests = cues("choose", "pick ", "book ", "select ", "escolha", "escolher", "agende", "selecione", "scegli",
	"prenota", "seleziona", "kies ", "plan een", "boek ", "wählen sie", "buchen sie", "choisissez", "réservez",
	"elige ", "elija", "reserva ")

// slotNouns name a time to meet: "which slot suits you", "welcher Termin".
var slotNouns = map[string]bool{
	"slot": true, "slots": true, "termin": true, "termine": true, "terminvorschläge": true, "créneau": true,
	"créneaux": true, "horario": true, "horarios": true, "horário": true, "horários": true, "orario": true, "orari": true,
	"tijdslot": true, "tijdsloten": true, "tijdstip": true, "momenten": true, "momentos": true, "momenti": true,
	"moments": true,
}

// namesSlot reports a weekday, a clock time ("3pm", "15:00", "9h30") or a
// word for a time slot in s.
func namesSlot(s string) bool {
	for _, t := range tokenize(s) {
		if _, ok := weekdayWords[t]; ok || slotNouns[t] {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i > 2 {
			i = j
			continue
		}
		rest := s[j:]
		if strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "pm") || strings.HasPrefix(rest, " am") ||
			strings.HasPrefix(rest, " pm") || strings.HasPrefix(rest, "h") && (len(rest) == 1 || rest[1] < 'a' || rest[1] > 'z') ||
			len(rest) >= 3 && rest[0] == ':' && rest[1] >= '0' && rest[1] <= '5' && rest[2] >= '0' && rest[2] <= '9' {
			return true
		}
		i = j
	}
	return false
}

// phoneReplyMax is the longest body meetingOfReply reads as a short reply
// that quotes nothing: two or three lines.
const phoneReplyMax = 280

// meetingOfReply sets the day of the meeting a reply is about, when its own
// words are short of one: "See you then!", "yep, same zoom link", "could
// we start at 15:30 instead?" below the message that named the day. The
// day its own words name comes first, then the one the quoted message
// names; the conversation must be about a meeting (meetingContext in the
// subject, the reply or the quote), and a sentence that thanks for a
// meeting looks back at one.
func (b *verdictBuilder) meetingOfReply(d *doc) {
	q := d.quotedText()
	if q == "" && !(isReply(d.m) && len(d.body) <= phoneReplyMax) ||
		!readerHeldUpNow(d) && !meetingContext.contains(d.subj) && !meetingContext.contains(d.body) && !meetingContext.contains(q) && !postSubjectReply(d) &&
			!answersArrivalQuestion(d) && !bookedSlotWords.contains(q) && !bookedSlotWords.contains(d.body) {
		// a reply sent from a phone quotes nothing and says little:
		// "perfect, see you thursday at 2" under "Re: Bakery Manager
		// position" is still the meeting it confirms; a longer letter
		// without a quote (a decision, a rejection) is not such a reply
		return
	}
	// the reply confirms or moves the meeting, it does not decide or
	// offer times
	writerLate := writerRunningLate(d) && !ruleOff("running-late")
	late := writerLate || readerHeldUpNow(d)
	if !d.has(clsScheduled) && !acceptCues.contains(d.body) && !replyConfirmCues.contains(d.body) && !twoZoneStated(d) && !timeIsFine(d) &&
		!late && !farewellUntilDay(d) && !(rescheduleCues.contains(d.body) && !ruleOff("reply-reschedule")) && !answersArrivalQuestion(d) ||
		d.outcome().rejected() || offersAlternatives(d.body) {
		return
	}
	base := d.m.Date
	today := startOfDay(base)
	if late {
		// "Running 5 min late, sorry!! Same link." is the meeting of
		// today, whatever day the message it answers named ("2pm MT
		// tomorrow", said yesterday)
		t := today
		b.v.InterviewAt = &t
		b.replyMeeting = true
		if writerLate {
			b.note("the meeting this reply is late for -> %s", t.Format("Mon 2006-01-02"))
		} else {
			b.note("the meeting the reader is held up on the way into -> %s", t.Format("Mon 2006-01-02"))
		}
		return
	}
	find := func(sents []sentence) (dateHit, bool) {
		for _, s := range sents {
			if thanksCues.contains(s.text) || promiseGateContains(s.text) && (decisionWords.contains(s.text) || q == "") ||
				pastTense.contains(" "+s.text+" ") || q != "" && sendsLogistics(s.text) {
				// (the day a link or an invitation is sent is not the
				// meeting's: "the 0800 block is yours. I'll send the Teams
				// link on Monday" leaves the day to the quote)
				// (without a quote, a promise's day is no meeting's:
				// "Sie sollen bis Dienstag ein schriftliches Angebot von
				// uns erhalten")
				// "You were great on Friday" is a day that has been
				continue
			}
			for _, h := range scanDates(s.text, base, d.lang()) {
				if !h.then && !h.t.Before(today) && explicitDay(h) && !mailsDay(s.text, h) {
					return h, true
				}
			}
		}
		return dateHit{}, false
	}
	h, ok := find(d.sentences())
	why := "the meeting this reply is about"
	if !ok {
		h, ok = find(splitSentences(q))
		why = "the meeting of the message this reply answers"
	} else if qh, qok := d.weekdayDatedInQuote(h); qok {
		h, why = qh, "the meeting this reply is about, dated in the message it answers"
	}
	if ok {
		t := h.t
		b.v.InterviewAt = &t
		b.replyMeeting = true
		b.note("%s -> %s", why, t.Format("Mon 2006-01-02 15:04"))
	}
}

// offersAlternatives: an "or" between times or before another question
// ("Tuesday at 2 or Wednesday?", "3pm or would later suit?") leaves the
// meeting open; one between things ("rain or shine", "photocopies or
// photos") does not.
func offersAlternatives(body string) bool {
	if ruleOff("or-between-times") {
		return strings.Contains(body, " or ")
	}
	timeWord := func(w string) bool {
		w = strings.Trim(w, ".,;:!?()")
		return pointInTime(w) || otherTimeOpeners[w]
	}
	for rest := body; ; {
		i := strings.Index(rest, " or ")
		if i < 0 {
			return false
		}
		before := strings.Fields(rest[:i])
		after := strings.Fields(rest[i+4:])
		if len(before) > 0 && timeWord(before[len(before)-1]) || len(after) > 0 && timeWord(after[0]) && !thingsQuestion(rest[:i], rest[i+4:]) {
			return true
		}
		rest = rest[i+4:]
	}
}

// pointInTime: a word that names when (a clock time or date, a month, a
// weekday, a part of the day), trimmed of its punctuation.
func pointInTime(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' || isWeekdayWord(w) {
		return true
	}
	if _, mo := monthWords[w]; mo {
		return true
	}
	switch w {
	case "am", "pm", "a.m", "p.m", "noon", "morning", "afternoon", "evening", "tomorrow", "today", "later", "earlier":
		return true
	}
	return false
}

// otherTimeOpeners open another time or another question after an "or":
// "or early next week", "or would Friday suit?".
var otherTimeOpeners = map[string]bool{"early": true, "late": true, "next": true, "another": true, "other": true, "any": true,
	"anytime": true, "would": true, "is": true, "does": true, "do": true, "can": true, "could": true, "should": true, "if": true,
	"not": true, "else": true, "maybe": true, "perhaps": true, "whichever": true, "whatever": true, "the": true}

// bookedSlotWords name a time booked for a meeting, the meeting itself left
// unnamed: "I'd like to take the 10:30 slot on Friday the 29th".
var bookedSlotWords = cues(" slot", "time slot", "créneau", "zeitfenster", "franja horaria", "fascia oraria", "tijdslot",
	"tijdsblok")

// arrivalQuestions: the reader asking how to come to a meeting or what
// to bring or wear to it, in the languages of the tuning mail.
var arrivalQuestions = cues("bring", "wear", " dress", "attire", "a tie ", "a suit ", "parking", "park ", "dress code", "laptop", "what time do you want me",
	"what time should i", "which entrance", "where should i", "mitbringen", "anziehen", "parken", "parkplatz", "apporter",
	"porter ", "stationnement", "garer", "traer", "llevar", "vestir", "aparcar", "estacionar", "portare", "indossare",
	"parcheggi", "meenemen", "aantrekken", "parkeren", "levar", "vestir", "estacionamento")

// arrivalDoubts in a reply put the meeting in doubt or move it, which an
// answer to how to come to it does not.
var arrivalDoubts = cues("sorry", "unfortunately", "cancel", "postpone", "reschedul", "won't be able", "can't make",
	"leider", "absagen", "malheureusement", "annul", "reporter", "lamentablemente", "desafortunadamente", "cancelar",
	"purtroppo", "annullare", "rimandare", "helaas", "afzeggen", "infelizmente", "adiar")

// answersArrivalQuestion: a short reply without a question of its own to
// the reader's question about getting to, or getting ready for, a meeting
// the quote dates ("is there parking on site for Wednesday at 10?"
// answered "visitor spots are on P2") keeps that meeting on, whatever
// word for it the two leave out.
func answersArrivalQuestion(d *doc) bool {
	if ruleOff("answers-arrival-question") || len(d.body) > 400 || strings.Contains(d.body, "?") || arrivalDoubts.contains(d.body) {
		return false
	}
	q := d.quotedText()
	if q == "" {
		return false
	}
	for _, s := range splitSentences(q) {
		if s.question && arrivalQuestions.contains(s.text) {
			return true
		}
	}
	return false
}

// thingsQuestion: the "or" is between things, not times, though a verb
// follows it ("should I bring printed work or is the iPad fine?"): no
// word of a time in its sentence on either side.
func thingsQuestion(before, after string) bool {
	if ruleOff("or-between-things") {
		return false
	}
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k]
	}
	for _, w := range strings.Fields(before + " " + after) {
		if w = strings.Trim(w, ".,;:!?()"); pointInTime(w) || w == "time" || w == "day" || w == "week" {
			return false
		}
	}
	return true
}

// runningLate: the writer late for a meeting about to begin, in the
// languages of the tuning mail ("running 5 min late", "ich verspäte mich
// etwas", "llego 10 minutos tarde").
var runningLate = cues("running late", "running a few min", "running a bit late", "running a little late", "min late",
	"mins late", "minutes late", "running behind", "verspäte mich", "verspäten uns", "minuten später", "en retard de",
	"un peu en retard", "llego tarde", "voy tarde", "minutos tarde", "minutos de retraso", "in ritardo di", "un po' in ritardo",
	"minuutjes later", "minuten later", "iets later", "atrasado uns", "atrasada uns", "minutos atrasad", "um pouco atrasad")

// writerRunningLate: a sentence says the writer is late for the meeting
// now, not what to do if the reader is ("If you're running late for your
// interview, call Theo", r39's guard).
func writerRunningLate(d *doc) bool {
	for _, s := range d.sentences() {
		if runningLate.contains(s.text) && !lateIfCues.contains(" "+s.text) {
			return true
		}
	}
	return false
}

// readerHeldUpNow (r90): a short reply, with no question and no day of
// its own, to the reader held up on the way into a meeting: running late
// ("Re: Running 5 min late", "I'll be about 5 minutes late for our 2pm")
// or shut out of its link ("Re: Zoom link not working"). The meeting is
// going on now, so it is today's, whatever day the thread set it for.
func readerHeldUpNow(d *doc) bool {
	if ruleOff("reader-held-up") || !isReply(d.m) || len(d.body) > 400 || heldUpDoubts.contains(d.body) {
		return false
	}
	for _, s := range d.sentences() {
		if f := strings.Fields(s.text); s.question && !(len(f) > 0 && strings.Contains(f[len(f)-1], "://")) {
			return false // (a link's "?pwd=" asks nothing)
		}
	}
	today := startOfDay(d.m.Date)
	for _, h := range scanDates(d.body, d.m.Date, d.lang()) {
		if !h.then && explicitDay(h) && !startOfDay(h.t).Equal(today) {
			return false
		}
	}
	q := d.quotedText()
	for _, s := range append(splitSentences(q), sentence{text: strings.ToLower(d.subj)}) {
		late := runningLate.contains(s.text) && !lateIfCues.contains(" "+s.text) && !lateBefore.contains(" "+s.text+" ")
		shut := linkTrouble.contains(s.text) && meetingLinkWords.contains(s.text)
		if !late && !shut {
			continue
		}
		for _, h := range scanDates(s.text, d.m.Date, d.lang()) {
			if !h.then && explicitDay(h) && !startOfDay(h.t).Equal(today) {
				return false // "I'll be late on Friday": another day's meeting
			}
		}
		return true
	}
	return false
}

// heldUpDoubts call the meeting off or move it, which a fresh link or "no
// problem" does not.
var heldUpDoubts = cues("cancel", "postpone", "reschedul", "another day", "won't be able", "can't make", "absagen", "verschieben",
	"annul", "reporter", "cancelar", "aplazar", "adiar", "annullare", "rimandare", "afzeggen", "verzetten")

// linkTrouble: the way into an online meeting fails.
var linkTrouble = cues("not working", "doesn't work", "does not work", "isn't working", "expired", "can't join",
	"cannot join", "can't get in", "unable to join", "won't let me", "funktioniert nicht", "abgelaufen",
	"ne fonctionne pas", "ne marche pas", "expiré", "no funciona", "caducad", "non funziona", "scadut", "werkt niet",
	"verlopen", "não funciona", "expirou", "expirad")

// meetingLinkWords name the way into an online meeting.
var meetingLinkWords = cues("link", "zoom", "teams", "meet", "webex", "lien", "enlace", "liga ", "collegamento",
	"koppeling")

// lateIfCues make lateness a case to plan for, or the reader's.
var lateIfCues = cues(" if ", " in case", "should you", "you're running", "you are running", " si ", " falls ", " se ",
	" als ", " caso ")

// farewellUntilDay: a sentence that opens by taking leave until a
// weekday ("Bis Mittwoch um 10!", "Até quarta,", "À jeudi !", "Tot
// donderdag", "Hasta el jueves", "A giovedì") names the meeting to come.
func farewellUntilDay(d *doc) bool {
	if ruleOff("farewell-until-day") {
		return false
	}
	for _, s := range d.sentences() {
		if s.question {
			continue
		}
		t := strings.TrimSpace(s.text)
		for _, c := range [...]string{"allora ", "alors ", "dann ", "also ", "entonces ", "então ", "dus ", "so ", "ok, ", "ok "} {
			// "Allora a lunedì 6 alle 9.30": the farewell after the
			// word that draws it from what was said
			t = strings.TrimPrefix(t, c)
		}
		if len(strings.Fields(t)) > 5 {
			continue // a farewell is short: not "a Monday start would be ideal for the team"
		}
		for _, p := range [...]string{"bis ", "até ", "à ", "tot ", "hasta el ", "a ", "see you on "} {
			if !strings.HasPrefix(t, p) {
				continue
			}
			w := t[len(p):]
			if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); k >= 0 {
				w = w[:k]
			}
			w = strings.TrimSuffix(w, "-feira")
			if isWeekdayWord(w) {
				return true
			}
		}
	}
	return false
}

// sendsLogistics: the writer promises to send what a meeting needs (a
// link, an invitation), the day of which is the sending's.
func sendsLogistics(s string) bool {
	return !ruleOff("sends-logistics") && promiseGateContains(s) && logisticsCues.contains(s) && !interviewNouns.contains(s)
}

// mailsDay: the day names a message, the one sent before ("no e-mail de
// hoje cedo", "in my email of today", "today's email"), not a meeting.
func mailsDay(s string, h dateHit) bool {
	if ruleOff("mails-day") {
		return false
	}
	head := strings.TrimRight(s[:h.start], " ")
	for _, n := range [...]string{"mail", "mensagem", "mensaje", "message", "messaggio", "nachricht", "correo"} {
		for _, of := range [...]string{" de", " di", " of", " von", " vom", " del", " da", " do"} {
			if strings.HasSuffix(head, n+of) {
				return true
			}
		}
	}
	after := strings.TrimLeft(s[h.end:], " ")
	return strings.HasSuffix(s[h.start:h.end], "'s") &&
		(strings.HasPrefix(after, "email") || strings.HasPrefix(after, "e-mail") || strings.HasPrefix(after, "mail") || strings.HasPrefix(after, "message"))
}

// postSubjectReply: a reply under a subject that names the post ("Re:
// Baker's assistant job", "Re: Line cook - Alex Rivera"): a short answer
// there that takes a time ("Perfect, 2:30 Thursday it is", "2:30 Wed is
// fine") is about meeting for that post, whatever word for a meeting it
// leaves out.
func postSubjectReply(d *doc) bool {
	// (a day taken under an offer is the start: "1 November is fine")
	return isReply(d.m) && subjectPost(d) != "" && !d.has(clsOffer) && !startCues.contains(d.body) &&
		!ruleOff("post-subject-meeting")
}

// timeIsFine: a sentence takes the time right before "is fine" ("2:30 Wed
// is fine"), not anything else said to be ("the signed form is fine",
// "anything the following week is fine").
func timeIsFine(d *doc) bool {
	for _, s := range d.sentences() {
		if !s.question && fineAt(s.text) >= 0 {
			return true
		}
	}
	return false
}

// weekdayDatedInQuote: a reply that names only a weekday ("Torsdag kl. 15
// er noteret") under a quote that dates that weekday ("Jeg tager meget
// gerne torsdag den 11. marts kl. 15.00") means the quote's day, which
// need not be the coming one.
func (d *doc) weekdayDatedInQuote(h dateHit) (dateHit, bool) {
	q := d.quotedText()
	if h.rule != "weekday" || q == "" {
		return dateHit{}, false
	}
	today := startOfDay(d.m.Date)
	for _, s := range splitSentences(q) {
		for _, qh := range scanDates(s.text, d.m.Date, d.lang()) {
			if !qh.then && qh.rule != "weekday" && explicitDay(qh) && !qh.t.Before(today) && qh.t.Weekday() == h.t.Weekday() {
				return qh, true
			}
		}
	}
	return dateHit{}, false
}

// twoZoneStated: a sentence, not a question, that says a time in two
// zones (twoZoneTime): "Sorted – Tues 26th, 3.30pm UK / 10.30am yours."
func twoZoneStated(d *doc) bool {
	for _, s := range d.sentences() {
		if !s.question && twoZoneTime(s.text) {
			return true
		}
	}
	return false
}

// pastTense puts a sentence's day behind it: "you were great on Friday",
// "it was lovely to meet you on Tuesday".
var pastTense = cues(" was ", " were ", " war ", " waren ", " était ", " étiez ", " fue ", " fuiste ", " foi ",
	" foste ", " è stato ", " è stata ", " sei stato ", " was je ")

// replyConfirmCues confirm or move a meeting arranged before, beside
// acceptCues: "see you at 8", "could we start at 15:30 instead?".
var replyConfirmCues = cues("see you", "instead", "bis dann", "à tout à l'heure", "nos vemos", "até lá", "tot dan",
	"a più tardi", "statt ", "au lieu de", "en lugar de", "en vez de", "invece", "in plaats van", "em vez de",
	// how to arrive, answered for the meeting still on: "parking's free
	// in Lot C - come to main reception and ask for me"
	"ask for me", "come to main reception", "come to reception", "come to the front desk", "fragen sie nach mir",
	// a slot taken: "Booked! Monday 3pm at the studio", "locked in for
	// tues 9:30am our time"
	"booked!", "booked -", "booked in for", "locked in for", "locked in -",
	// r49: the time the reader proposed, taken in a reply's first words
	// before what the writer does next: "Friday at 10 works - sending the
	// Teams invite now"
	"works -",
	"demandez-moi", "pregunta por mí", "chiedi di me", "chieda di me", "vraag naar mij", "pergunte por mim",
	// r88: the time kept, said of the slot or of the link ("Thursday at
	// 3:15 is still good", "o link do Teams mantém-se o mesmo", "same
	// time (10:30)")
	"is still good", "still works", "same time", "same link", "mantém-se", "se mantiene", "bleibt gleich", "bleibt bestehen",
	"reste le même", "resta lo stesso", "blijft hetzelfde", "blijft staan",
	// how to arrive or what to bring, answered for the meeting still on:
	// "park in the visitor lot", "please bring the original with you on
	// Wednesday", "check in at 0700 Saturday the 17th", "der Parkplatz
	// ist auf Ihren Namen reserviert", "reception will have you on the
	// list for Thursday morning"
	"park in ", "parking's", "parking is", "bring the original", "with you on monday", "with you on tuesday",
	"with you on wednesday", "with you on thursday", "with you on friday", "with you on saturday", "check in at",
	"have you on the list",
	// r89: the slot the reader asked for, granted ("yes - the 10:30 is
	// yours"), and the meeting noted as the reader confirmed it ("noted
	// with thanks")
	"is yours", "'s yours", "noted with thanks", "well noted", "duly noted", "noted, thank",
	"parkplatz", "beim portier", "am empfang", "à l'accueil", "en recepción", "alla reception", "bij de receptie", "na receção", "na recepção")
