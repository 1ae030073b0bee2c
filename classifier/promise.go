package classifier

import (
	"regexp"
	"strings"
	"time"
)

// Promises of future contact: "we'll get back to you by Friday", "Sie
// hören innerhalb von 10 Arbeitstagen von uns", "nous reviendrons vers vous
// d'ici le 12 mars", "te daremos una respuesta en los próximos 5 días
// hábiles", "le daremo un riscontro entro fine mese", "je hoort binnen 5
// werkdagen van ons", "te dou um retorno até o fim da semana que vem".
//
// A sentence promises when it has a promise cue: a contact phrase after a
// future marker in English ("we will ... get back to you"), an inflected
// verb phrase elsewhere ("reviendrons vers vous", "melden uns",
// "contactaremos"), or a verb of giving or receiving next to a word for an
// answer ("Sie erhalten ... eine Rückmeldung", "vous donner une réponse").
// It does not when
//   - the contact depends on something: "we'll reach out if a role
//     arises", "should there be another opportunity", "if your profile
//     matches", "we'll keep your CV on file and contact you if ..." — a
//     conditional future, reported as Verdict.ConditionalFuture;
//   - the sentence asks the reader ("please get back to me by Friday",
//     "we'd ask you to let us know your decision by Tuesday"): a deadline
//     set for the candidate;
//   - it is negated or a question.
// The promise's date is the first date after the cue, else one before it
// in the cue's own clause; without one the promise is undated.

// Promise cues of English, which need a future marker before them.
var contactCues = cues(
	"get back to you", "get back with you", "get back to all", "get back to everyone", "get back to candidates",
	"get back in touch", "be back in touch", "be in touch", "get in touch", "be in contact", "reach out",
	"reach back", "get you an", "get you a", "get you the", "get you feedback", "get you an answer", " respond", " reply",
	"keep you posted", "keep you updated", "keep you informed", "keep you in the loop", "keep you up to date",
	"shoot you", "give you a bell", "pass it on", "pass them on", " speak to you", " speak with you",
	" talk to you", " talk with you", " catch up with you", " chat with you", "contact all", "contact every",
	"inform all", "inform candidates", "notify you", "be back with you", "loop back", "be hearing", "send over next steps", "send next steps",
	"send along", "send over the details", "be provided", "be shared", "be sent", "be communicated", "decision will be made", "decisions will be made", "decision to be made",
	"be given", "be released", "be making a decision", "be making decisions", "be making our decision",
	"be making a final", "get word", "have word", "have an outcome", "have results", "have the results",
	"know more", "share more", "tell you more", "have our decision", "have the decision", "have the final",
	"have a final answer", "have a response", "have an offer", "confirm the outcome", "confirm the decision", "confirm our decision",
	"confirm the result", "confirm whether", " arrive", "be emailed", "be e-mailed", "be mailed", "be forwarded", " know ",
	"send it over", "send them over", "send that over", "send those over", "send it across", "send it through",
	"follow up with you", "follow up", "contact you", " call you", "give you a call", "give you a ring", " phone you",
	" ring you", "forward it to you", "forward them to you", "forward you", "forward them on", "forward it on",
	"let you know", "let all", "let everyone know", "let candidates know", "let applicants know",
	"update you", "circle back", "come back to you", "send you", "send it to you", "send them to you",
	"send those to you", "send it over to you", "send the offer", "send the written", "send the contract",
	"send the formal", "send the feedback", "send over the offer", "send over the contract", "send through the offer",
	"send through the contract", "hear from us", "hear from me", "hear back", "respond to you", "reply to you",
	"touch base", "reconnect", "ping you", "email you", "e-mail you", "write to you", "drop you a line",
	"have an update", "have news", "have feedback", "have a decision", "have an answer", "have something",
	"have the outcome", "have a final", "have final", "have more", "make a decision", "make the decision",
	"make our decision", "make a final decision", "reach a decision", "confirm a decision", "share a decision",
	"share our decision", "share the decision", "share feedback", "share an update", "share the outcome",
	"share the final", "share it with you", "share them with you", "share with you", "shared with you",
	"sent to you", "provide you", "provide an update", "provide feedback", "give you an", "give you a", "give you feedback",
	"give you the", "notify", "inform you", "advise you", " revert", "come through", "be contacting", "be reaching out",
	"be sending", "be sharing", "be informed", "be notified", "be contacted", "be advised",
	"confirm next steps", "confirm the next steps", "an answer for you", "an update for you", "news for you",
	"a decision for you", "feedback to you", "decision to you", "outcome to you",
)

// futureMarkers turn a contact phrase into a promise: "we will", "I'll",
// "we expect to", "our aim is to", "I should have something by".
var futureMarkers = cues(
	" will ", "'ll ", " shall ", " going to ", " plan to ", " plans to ", " planning to ", " plan is to ",
	" expect to ", " expects to ", " expecting to ", " hope to ", " hoping to ", " aim to ", " aims to ",
	" aiming to ", " aim is to ", " intend to ", " intends to ", " should ", " anticipate ", " anticipates ",
	" anticipating ", " be able to ", " promise to ", " promised to ", " committed to ", " commit to ",
	" endeavour to ", " endeavor to ", " expected to ", " goal is to ", " try to ", " strive to ", " typically ",
	" usually ", " normally ", " generally ", " let me ", " let us ", " aiming for ", " let's ", " won't ",
	" take up to ", " takes up to ", " may take ", " can take ", " could take ", " intention is to ", " idea is to ",
	" we can ", " i can ", " we could ", " i could ", " looking to ",
	" will not ", " 'd expect", "i'd expect", "we'd expect",
	"i expect ", "we expect ", " would expect", "i will ", "we will ", "i'll ", "we'll ", "you'll ",
)

// standaloneCues promise by themselves: English phrases that name the
// reader receiving something, and the inflected future or present-for-
// future verb phrases of the other languages.
var standaloneCues = cues(append(presentCues,
	// English
	"you'll hear", "you will hear", "you should hear", "you can expect to hear", "expect to hear", "hear back from us",
	"you'll receive an update", "you will receive an update", "you'll receive a response", "you will receive a response",
	"you'll receive an answer", "you will receive an answer", "you'll receive our decision", "you'll receive feedback",
	"you will receive feedback", "you should receive", "expect a response", "expect an answer", "expect an update",
	"expect a decision", "expect feedback", "expect to receive", "decision by", "decision within", "feedback by",
	"feedback within", "update by", "update within", "answer by", "answer within", "outcome by", "response within",
	"response by", "i'll be back to you", "we'll be back to you", "hearing from us", "hearing from me",
	"please allow", "allow us", "you'll get an", "you will get an", "you'll get a ", "you will get a ",
	"you'll receive", "you will receive", "you'd receive",
	"you'll get feedback", "you will get feedback", "you'll get word", "you'll receive an email",
	"you will receive an email", "you'll receive a call", "you will receive a call", "you will receive our",
	"you'll receive our", "you will receive a decision", "you will receive notification", "you will be notified",
	"you'll be notified", "expect an email", "expect a call", "expect to be contacted", "expected by",
	"expected within", "decision is expected", "decisions are expected", "decision expected", "outcome is expected",
	"results are expected", "anticipated by", "decision date", "next update", "expected decision", "expected response",
	"response expected", "estimated response", "expected timeline", "decision should be", "decision is due",
	"decision due", "decision is scheduled", "outcome will be", "results will be", "expect our", "expect a final",
	"expect news", "expect the outcome", "expect the results", "feedback will follow", "update will follow",
	"decision will follow", "news will follow", "answer will follow", "targeting", "eta on", "eta for",
	"is coming from", "coming your way", "on its way to you", "will come from", "is coming tomorrow", " will follow",
	"timeline for a decision", "timeline for the decision", "decision timeline", "timeframe for a decision",
	// German
	"zurückmelden", "melden uns zurück", "melde mich zurück", "halte sie auf dem laufenden",
	"halten sie auf dem laufenden", "schreiben ihnen", "schreibe ihnen", "meldet sich zurück", "sie anrufen", "ruft sie an",
	"kontaktiert sie", "informiert sie", "entscheidung getroffen", "entscheidung treffen", "entscheidung fällt",
	"entscheidung fallen", "wird sich bei ihnen", "werden sich bei ihnen",
	"melden uns", "melde mich", "melden wir uns", "melde ich mich", "meldet sich", "werden uns melden",
	"werde mich melden", "uns wieder melden", "kommen auf sie zu", "komme auf sie zu", "kommen auf sie zurück",
	"komme auf sie zurück", "kommen wir auf sie", "komme ich auf sie", "wir kontaktieren sie", "kontaktieren wir sie",
	"werden sie kontaktieren", "werden wir sie kontaktieren", "setzen uns mit ihnen", "setze mich mit ihnen",
	"setzen wir uns mit ihnen", "nehmen kontakt", "nehme kontakt", "wir informieren sie", "informieren wir sie",
	"werden sie informieren", "ich informiere sie", "informiere ich sie", "rufe sie an", "rufe ich sie",
	"rufen wir sie", "geben ihnen bescheid", "gebe ihnen bescheid", "geben wir ihnen bescheid",
	"gebe ich ihnen bescheid", "sie hören von", "hören sie von", "von uns hören", "von mir hören",
	"melde mich bei dir", "melden uns bei dir", "du hörst von", "sie hören", "bei ihnen melden", "bei dir melden",
	"uns melden", "mich melden", "auf sie zu", "auf dich zu", "auf sie zurück", "auf dich zurück", "ich rufe sie",
	"wir rufen sie", "melden uns", "melden wir uns",
	// French
	"vous appellera", "vous écrira", "vous confirmerons", "vous confirmerai", "vous confirmera", "vous rappellera",
	"vous fera un retour", "vous recontacteront", "vous contacteront", "reviendront vers vous",
	"reviendrons vers vous", "reviendrai vers vous", "reviendra vers vous", "revenir vers vous", "revenir auprès de vous", "reviendrons auprès de vous",
	"reviendrai auprès de vous", "vous recontacter", "vous recontacterons", "vous recontacterai", "vous recontactera",
	"vous contacterons", "vous contacterai", "vous contactera", "vous tiendrons informé", "vous tiendrai informé",
	"vous tenir informé", "vous tiendrons au courant", "vous tiendrai au courant", "vous tenir au courant",
	"aurez de nos nouvelles", "aurez de mes nouvelles", "vous appellerai", "vous appellerons", "vous rappellerai",
	"vous rappellerons", "vous écrirai", "vous écrirons", "vous informerons", "vous informerai", "vous informera",
	"vous ferons part", "vous ferai part", "vous fera part", "vous faire part", "vous faire signe", "vous fais signe",
	"vous ferons signe", "vous ferai signe", "vous serez informé", "vous serez contacté", "vous sera communiqué",
	"vous sera transmis", "vous seront communiqué", "vous sera envoyé", "vous sera fait", "vous sera donné",
	"vous sera apporté", "vous sera adressé", "vous parviendra", "vous parviendront", "reviendrons vers toi", "reviendrai vers toi",
	// Spanish
	"te contactará", "le contactará", "lo contactará", "la contactará", "se comunicará", "se comunicarán",
	"te escribirá", "le escribirá", "te llamará", "le llamará", "te informará", "le informará",
	"te confirmaremos", "le confirmaremos", "te confirmaré", "le confirmaré", "estaremos en contacto",
	"estaré en contacto", "te estaré contactando", "le estaré contactando", "te contactarán", "le contactarán",
	"te responderá", "le responderá", "te avisará", "le avisará", "te haré saber", "le haré saber",
	"nos pondremos en contacto", "me pondré en contacto", "se pondrá en contacto", "se pondrán en contacto",
	"te contactaremos", "le contactaremos", "te contactaré", "le contactaré", "lo contactaremos", "la contactaremos",
	"te informaremos", "le informaremos", "te informaré", "le informaré", "te escribiremos", "le escribiremos",
	"te escribiré", "le escribiré", "te avisaremos", "le avisaremos", "te avisaré", "le avisaré", "te llamaremos",
	"le llamaremos", "te llamaré", "le llamaré", "tendrás noticias", "tendrá noticias", "te responderemos",
	"le responderemos", "te comunicaremos", "le comunicaremos", "te la comunicaremos", "se la comunicaremos",
	"te haremos saber", "le haremos saber", "volveremos a contactar", "volveré a contactar", "nos comunicaremos",
	"me comunicaré", "te estaremos contactando", "le estaremos contactando", "te estaremos informando",
	"le estaremos informando", "te mantendremos informad", "le mantendremos informad", "daremos respuesta",
	"te daremos una respuesta", "le daremos una respuesta", "te daré una respuesta", "te daremos respuesta",
	"le daremos respuesta",
	// Italian
	"la contatterà", "ti contatterà", "la ricontatterà", "ti ricontatterà", "le farà sapere", "ti farà sapere",
	"le darà", "ti darà", "vi faremo sapere", "vi ricontatteremo", "vi contatteremo", "le confermeremo",
	"ti confermeremo", "la richiamerò", "ti richiamerò", "la chiamerò", "ti chiamerò",
	"le scriverò", "ti scriverò", "sarà ricontattato", "sarà ricontattata",
	"la ricontatteremo", "ti ricontatteremo", "la ricontatterò", "ti ricontatterò", "la contatteremo",
	"ti contatteremo", "la contatterò", "ti contatterò", "le faremo sapere", "ti faremo sapere", "le farò sapere",
	"ti farò sapere", "ci faremo sentire", "mi farò sentire", "la terremo aggiornat", "ti terremo aggiornat",
	"la aggiorneremo", "ti aggiorneremo", "le comunicheremo", "ti comunicheremo", "le scriveremo", "ti scriveremo",
	"la chiameremo", "ti chiameremo", "la richiameremo", "sarà ricontattat", "sarà contattat", "verrà contattat",
	"verrà ricontattat", "le sarà comunicat", "ti sarà comunicat", "provvederemo a contattarla",
	"comunicarte", "comunicarle", "informarte", "informarle", "contactarte", "contactarle", "escribirte", "llamarte",
	"comunicarti", "informarla", "informarti", "farle sapere", "farti sapere", "te mandamos", "lhe mandaremos",
	"te mandaremos", "te enviaremos",
	"provvederemo a ricontattarla", "ricontattarla", "ricontattarti", "contattarla", "contattarti", "aggiornarla",
	"aggiornarti",
	// Dutch
	"we koppelen", "koppel ik", "ik koppel", "laat het je", "laten het je", "laten het u", "te informeren",
	"te berichten", "te benaderen", "te bellen",
	"neemt contact", "nemen contact", "laat je weten", "laat u weten", "koppelt terug", "belt je", "belt u",
	"zullen je", "zullen u", "zal je laten", "zal u laten", "zal ik je", "zullen we je", "te laten weten",
	"contact op te nemen", "terug te koppelen", "uitsluitsel te geven", "je te informeren", "u te informeren",
	"meer te kunnen vertellen", "laten we weten",
	"laten we je weten", "laten we u weten", "laat ik je weten", "laat ik u weten", "we laten je", "wij laten je",
	"we laten u", "wij laten u", "ik laat je", "ik laat u", "van ons horen", "van me horen", "van mij horen",
	"je hoort", "u hoort", "hoor je", "hoort u", "laten we je", "laten we u", "laat ik je", "laat ik u", "nemen we contact", "we nemen contact",
	"wij nemen contact", "neem ik contact", "ik neem contact", "contact met je op", "contact met u op",
	"komen we bij je terug", "komen we bij u terug", "kom ik bij je terug", "kom ik bij u terug",
	"we komen bij je terug", "ik kom bij je terug", "we komen bij u terug", "koppelen we terug", "we koppelen terug",
	"koppel ik terug", "houden we je op de hoogte", "we houden je op de hoogte", "ik houd je op de hoogte",
	"ik hou je op de hoogte", "houden we u op de hoogte", "bel ik je", "ik bel je", "we bellen je", "bellen we je",
	"ik mail je", "mailen we je", "op terug", "bij je terug", "bij u terug",
	// Portuguese
	"será dado", "será enviado", "será comunicado", "será informado", "será contatado", "será contactado",
	"te falo", "lhe falo", "te ligará", "vai te ligar", "vai te retornar", "irá te retornar",
	"estaremos em contato", "estarei em contato", "confirmaremos", "te confirmo", "lhe confirmo",
	"te daremos retorno", "vamos te retornar", "vou te retornar", "retornará", "retornarão",
	"te dou um retorno", "te dou retorno", "dou-lhe notícias", "dou-lhe um retorno", "lhe dou um retorno",
	"daremos um retorno", "daremos retorno", "darei um retorno", "darei retorno", "entraremos em contato",
	"entrarei em contato", "entraremos em contacto", "entrarei em contacto", "entrará em contato",
	"entrará em contacto", "vamos entrar em contato", "vou entrar em contato", "entrar em contato",
	"entrar em contacto", "entrarão em contato", "retornaremos", "retornarei",
	"te aviso", "te avisarei", "te avisaremos", "lhe avisaremos", "avisaremos", "te informaremos", "lhe informaremos",
	"informaremos", "te informarei", "lhe informarei", "te comunicaremos", "lhe comunicaremos", "comunicaremos",
	"te mantenho informad", "te manteremos informad", "manteremos você informad", "lhe manteremos informad",
	"te responderemos", "lhe responderemos", "te ligarei", "te ligaremos", "lhe ligaremos", "te escreverei",
	"te escreveremos", "terá notícias", "terá um retorno", "terás notícias",
)...)

// presentCues are present-tense verbs that promise only with a time after
// them: "je reviens vers vous d'ici vendredi", "te escribo el lunes", "ti
// aggiorno a breve" — not "je reviens vers vous concernant votre
// candidature".
var presentCues = []string{
	"reviens vers vous", "revenons vers vous", "je vous recontacte", "nous vous recontactons", "je vous tiens informé",
	"nous vous tenons informé", "je vous tiens au courant", "je vous fais un retour", "nous vous faisons un retour",
	"je vous rappelle", "te contacto", "le contacto", "te escribo", "le escribo", "te confirmo", "le confirmo",
	"te llamo", "le llamo", "ti aggiorno", "la aggiorno", "ti faccio sapere", "le faccio sapere", "ti ricontatto",
	"la ricontatto", "ti scrivo", "le scrivo", "ti chiamo", "la chiamo", "te ligo", "lhe ligo", "te escrevo",
	"te retorno", "lhe retorno", "te respondo", "te falo", "lhe falo", "te contamos", "te cuento", "le contamos",
	"ci risentiamo", "ci sentiamo", "falamos", "nos falamos", "hablamos", "te mando", "te envio",
}

var presentSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range presentCues {
		m[p] = true
	}
	return m
}()

// soonEnglish: a call promised "soon" is no interview.
var soonEnglish = cues("soon", "shortly", "beforehand", "before then", "before the interview", "ahead of")

// soonWords after a present-tense cue make it a promise without a date.
var soonWords = cues("dès que", "au plus vite", "rapidement", "prochainement", "bientôt", "très vite", "sous peu",
	"dans les meilleurs délais", "en cuanto", "apenas", "lo antes posible", "a la brevedad", "pronto", "appena",
	"al più presto", "a breve", "quanto prima", "assim que", "em breve", "logo", "o quanto antes", "o mais rápido")

// answerNouns are words for the answer the reader waits for; with a verb of
// giving or receiving (deliveryCues) in the same sentence they make a
// promise: "Sie erhalten ... eine Rückmeldung", "je m'engage à vous donner
// une réponse", "devemos te dar um retorno".
var answerNouns = cues(
	"rückmeldung", "bescheid", "antwort", "nachricht", "entscheidung", "feedback",
	"réponse", "retour", "nouvelles", "décision",
	"respuesta", "noticias", "retroalimentación", "decisión", "devolución", "novedades",
	"riscontro", "risposta", "notizie", "decisione", "aggiornament", "esito",
	"reactie", "bericht", "antwoord", "terugkoppeling", "uitsluitsel", "beslissing", "nieuws", "besluit",
	"retorno", "resposta", "notícias", "devolutiva", "decisão", "posicionamento", "novidades",
	"resultado", "résultat", "ergebnis", "risultato", "uitslag", "resultaat", "outcome",
)

var deliveryCues = cues(
	"erhalten sie", "sie erhalten", "bekommen sie", "sie bekommen", "geben ihnen", "gebe ihnen", "geben wir ihnen",
	"gebe ich ihnen", "werden ihnen", "werde ihnen", "wird ihnen", "werden wir ihnen", "werde ich ihnen",
	"zukommen lassen", "lassen ihnen", "lasse ihnen", "erwarten", "rechnen", "erwarte", "fällt", "bekommen",
	"erfolgt", "erfolgen", "ist geplant", "ist vorgesehen", "est prévu", "prévu pour", "prévue pour", "está prevista",
	"está previsto", "è prevista", "è previsto", "staat gepland", "llegará", "arriverà", "sai até", "terá", "terás",
	"você terá",
	"sera prise", "être prise", "sera communiquée", "sera communiqué", "devrait être", "devriez avoir",
	"devriez recevoir", "esperamos tener", "esperamos poder", "tener una", "se tomará", "tomaremos",
	"verrà presa", "sarà presa", "prenderemo", "verrà comunicat", "sarà comunicat", "deve sair", "vai sair",
	"sairá", "será tomada", "te nemen", "erhältst du", "du erhältst", "geben dir", "gebe dir",
	"vous donner", "vous donnerons", "vous donnerai", "vous aurez", "vous recevrez", "vous faire un", "vous ferons un",
	"vous ferai un", "vous communiquer", "vous communiquerons", "vous communiquerai", "vous apporter",
	"vous apporterons", "vous transmettre", "vous transmettrons", "vous adresser", "vous adresserons",
	"te daremos", "le daremos", "te daré", "le daré", "tendrás", "tendrá", "recibirás", "recibirá", "te enviaremos",
	"le enviaremos", "te haremos llegar", "le haremos llegar", "darte", "darle",
	"le daremo", "ti daremo", "le darò", "ti darò", "daremo", "riceverà", "riceverai", "le faremo avere",
	"ti faremo avere", "le invieremo", "ti invieremo", "fornirle", "darle",
	"ontvang je", "ontvangt u", "je ontvangt", "u ontvangt", "krijg je", "krijgt u", "je krijgt", "u krijgt",
	"geven we je", "geven we u", "we geven je", "wij geven je", "geef ik je", "ik geef je", "sturen we je",
	"we sturen je", "verwachten", "verwacht",
	"te dou", "lhe dou", "dou-lhe", "dou-te", "daremos", "darei", "você receberá", "receberá", "vai receber",
	"vamos te dar", "vamos lhe dar", "vamos dar", "devemos te dar", "devemos lhe dar", "devemos dar", "te passo",
	"te passaremos", "lhe enviaremos", "te enviaremos", "dar-lhe", "te dar", "lhe dar",
)

// promiseGate is a first look at a whole body, one pass: no promise, no
// conditional future without one of the cues.
var promiseGate = func() *cueSet {
	var all []string
	for _, c := range []*cueSet{standaloneCues, contactCues, answerNouns, silenceCues, selectionCues, awaitedWords} {
		all = append(all, c.phrases...)
	}
	return cues(all...)
}()

// notPromise words right before a cue make it a request or an invitation
// to the reader: "please get back to me", "feel free to reach out", "if you
// have questions, contact us".
var notPromise = cues(
	"happy to", "glad to", "gerne", "gern ", "volontiers", "con gusto", "encantad", "volentieri", "com prazer",
	"please", "kindly", "feel free", "free to", "hesitate", "could you", "can you", "would you", "will you",
	"you can ", "you may ", "do not ", "don't ", "when you", "once you", "if you", "happy to", "bitte", "zögern",
	"können sie", "könnten sie", "n'hésitez", "hésitez", "merci de", "veuillez", "pourriez", "por favor",
	"no dudes", "no dude", "podrías", "puedes", "non esitare", "non esiti", "potrebbe", "aarzel", "kun je",
	"wil je", "não hesite", "sinta-se", "pode ", "pedimos", "ti chiediamo", "la preghiamo", "gelieve",
)

// negations between the future marker and the cue, or right before an
// inflected cue: "we will not be in touch", "nous ne reviendrons pas".
var negations = cues(
	" not ", "n't ", " never ", " unable ", " no longer ", " nicht ", " kein", " ne ", " n'", " no ", " non ",
	" niet ", " geen ", " não ", " nao ", " nunca ", " jamais ", " pas ",
)

// Conditions. ifWords make any contact after them depend on something
// ("I'll let you know if anything changes"); whenWords only when what
// follows is a role or a match ("when a suitable role opens up"), because
// "once the panel has met" is a time, not a condition.
var (
	ifWords = cues(
		"if ", "should you", "should there", "should your", "should a ", "should an ", "should any", "should we ",
		"should the ", "should something", "should anything", "should another", "in case", "in the event",
		"unless ", "falls ", "sofern ", "sollte sich", "sollten sich", "sollte ihr", "sollte es ", "sollten wir",
		"s'il ", "au cas", "en caso", "en el caso", " caso ", "qualora", "nel caso", "indien ",
		"mocht ", "mochten ", "mits ",
	)
	// " se " is "if" in Italian and Portuguese, a pronoun in Spanish; "als"
	// is "if" in Dutch, "as" in German.
	ifWordsItPt = cues(" se ")
	ifWordsNL   = cues(" als ")
	ifWordsFrEs = cues(" si ")
	whenWords   = cues(
		"when ", "once ", "as soon as", "whenever", "wenn ", "sobald", "dès qu", "lorsqu", "quand ", "cuando",
		"en cuanto", "tan pronto", "quando", "non appena", "appena ", "zodra", "wanneer", "assim que", "logo que",
	)
	// topicCues are what a conditional future depends on: another role, a
	// match with the profile, being selected.
	topicCues = cues(
		"role", "position", "opening", "opportunit", "vacanc", " job", " post ", " posts ", "mandate", "requisition",
		"something that", "something suitable", "something similar", "anything suitable", "anything similar",
		"anything that", "match", "fit ", "fits", "suitable", "similar", "relevant", "align", "arise", "come up",
		"comes up", "open up", "opens up", "become available", "becomes available", "your profile", "your background",
		"your experience", "your skills", "your qualifications", "your cv", "your resume", "your application is",
		"selected", "shortlisted", "successful", "progress", "move forward", "moving forward", "proceed",
		"invite you", "would like to", "'d like to", "decide to", "interested", "need", "hiring", "recruiting",
		"headcount", "budget", "again", "reopen",
		"stelle", "position", "vakanz", "mandat", "passend", "geeignet", "ergeben", "ihr profil", "ausgewählt",
		"engere wahl", "einladen", "poste", "opportunité", "offre", "correspond", "adapt", "convenir", "profil",
		"retenu", "sélectionn", "puesto", "vacante", "oportunidad", "encaj", "ajust", "adecuad", "perfil",
		"seleccionad", "avanza", "surja", "surge", "posizione", "opportunità", "ruolo", "profilo", "in linea",
		"selezionat", "adatt", "vacature", "functie", "opdracht", " past ", " past,", "geschikt", "aansluit", "geselecteerd", "door naar", "vaga",
		"oportunidade", "função", "cargo", "adequad", "compatív", "selecionad", "aprovad", "surgir",
	)
	// conditionalCues: contact promised about the future in general, or after
	// filing the application away: a conditional future whatever its
	// grammar.
	conditionalCues = cues(
		"on file", "in our database", "in our system", "talent pool", "talent community", "talent network",
		"future opportunit", "future role", "future opening", "future vacanc", "future position", "other opportunit",
		"other roles", "other openings", "other positions", "new roles", "new opportunit", "new openings",
		"relevant roles", "suitable roles", "roles that match", "similar roles", "similar positions",
		"similar opportunit", "other vacancies", "relevant opportunit", "suitable opportunit", "matching roles",
		"future needs", "future hiring", "keep an eye out", "keep you in mind", "bear you in mind", "talentpool", "datenbank", "zukünftige stellen",
		"zukünftige positionen", "künftige stellen", "künftige vakanzen", "in evidenz", "vivier",
		"base de données", "cvthèque", "futures opportunités", "prochaines opportunités", "futur poste",
		"base de datos", "futuras vacantes", "futuras oportunidades", "futuros procesos", "banco de talentos",
		"banco de currículos", "nostro database", "future opportunità", "prossime opportunità", "future posizioni",
		"toekomstige vacatures", "toekomstige functies", "futuras vagas", "próximas oportunidades",
		"proximas oportunidades", "próximos processos",
	)
	// silenceCues: "if you do not hear from us within two weeks, please
	// assume ..." — silence that means no.
	silenceCues = cues(
		"do not hear", "don't hear", "haven't heard", "have not heard", "not heard back", "not hear back",
		"no news", "not been contacted", "keine rückmeldung", "nichts von uns hören", "nichts hören",
		"pas de nouvelles", "pas de retour", "sin noticias", "no recibes", "no ha recibido", "no has recibido",
		"nessuna notizia", "nessun riscontro", "niets van ons", "niets hoort", "geen reactie", "não receber",
		"sem retorno", "não tiver",
	)
	// deadlineCues: a date the reader is asked to meet — "please reply
	// by", "we'd ask you to let us know your decision by", "the offer is
	// valid until".
	deadlineCues = cues(
		"please", "kindly", "we ask", "we'd ask", "we would ask", "i'd ask", "i would ask", "asking you", "need you to",
		"you need to", "you must", "required to", "requested to", "we request", "deadline", "your decision",
		"your answer", "your response", "your reply", "your confirmation", "your availability", "your acceptance",
		"your signature", "your slides", "let me know", "let us know", "laat me", "laat ons", "lass mich",
		"lassen sie mich", "geben sie mir bescheid", "geben sie uns bescheid", "faites-moi savoir", "dites-moi",
		"avísame", "avísanos", "fammi sapere", "mi faccia sapere", "me avise", "me avisa", "me diga", "offer is valid", "offer expires", "remain open", "remains open",
		"valid until", "expires on", "let us know by", "let me know by", "reply by", "respond by", "confirm by",
		"bitte", "wir bitten", "ihre rückmeldung", "ihre entscheidung", "ihre antwort", "ihre zusage", "frist",
		"merci de", "veuillez", "nous vous prions", "je vous prie", "votre réponse", "votre retour", "votre décision",
		"date limite", "por favor", "le pedimos", "te pedimos", "le rogamos", "agradeceríamos", "agradeceremos",
		"tu respuesta", "su respuesta", "tu confirmación", "su confirmación", "fecha límite", "la preghiamo",
		"ti preghiamo", "le chiediamo", "ti chiediamo", "vi preghiamo", "sua risposta", "tua risposta", "scadenza",
		"graag", "gelieve", "wil je", "zou je", "je reactie", "uw reactie", "jouw reactie", "je antwoord",
		"pedimos que", "solicitamos", "agradecemos se", "sua resposta", "seu retorno", "sua confirmação", "prazo",
	)
	// politeNotes are "please" that ask nothing: "please note that we will
	// get back to you by Friday".
	politeNotes = cues(
		"please note", "please be aware", "please rest assured", "please bear with", "please know", "please allow",
		"please expect", "please be patient", "please keep an eye", "please look out", "patience", "geduld",
		"paciencia", "pazienza", "paciência",
	)
	// logisticsCues: an invitation, a link, a reminder promised is part of
	// arranging a meeting, not an answer the reader waits for.
	logisticsCues = cues(
		"invite", "invitation", "calendar", "link", "reminder", "zoom", "teams", "google meet", "webex", "dial-in",
		"einladung", "kalender", "invitación", "convocatoria", "invito", "uitnodiging", "convite", "background check",
		"referencing", "screening provider", "dbs",
	)
)

// promiseKind is what a sentence with a contact phrase turned out to be.
type promiseKind uint8

const (
	noPromise   promiseKind = iota
	isPromise               // a promise of contact
	conditional             // contact depending on a role, a match, selection
	contingent              // contact if something else happens ("if anything changes")
	readerAsked             // a request or deadline for the reader
)

// promiseIn looks for a promise cue in one normalized sentence. It returns
// where the cue starts and ends and what the sentence makes of it; for a
// conditional future, why.
func promiseIn(text string, lg lang) (kind promiseKind, start, end int, why string) {
	if silenceCues.contains(text) && (ifWords.contains(text) || whenWords.contains(text)) {
		return conditional, 0, 0, "silence means no: " + clip(text)
	}
	if selectionCues.contains(text) {
		return conditional, 0, 0, "only the selected hear back: " + clip(text)
	}
	// A space before the sentence lets cues start at a word: " ring you"
	// is not in "cheering you on".
	s := " " + text
	defer func() { start, end = max(0, start-1), max(0, end-1) }()
	start, end, ok := findCue(s, lg)
	if !ok {
		// "Gerne melden wir uns, wenn wir wieder eine passende Position
		// haben": no promise, but a conditional future all the same.
		if i := rawCues.index(s); i >= 0 {
			if why, k := conditionOf(s, i, i+cueLen(rawCues, s[i:]), lg); k == conditional {
				return conditional, 0, 0, why
			}
		}
		return noPromise, 0, 0, ""
	}
	if offerAfter.contains(s[start:min(len(s), start+40)]) {
		return noPromise, start, end, "" // "gebe ich Ihnen gern ...": an offer
	}
	if nowCues.contains(s[:min(len(s), end+20)]) {
		return noPromise, start, end, "" // "as promised, I'm getting back to you"
	}
	if phoneAfter(s[end:]) {
		return noPromise, start, end, "" // "I'll call you at 917-555-0134": the call is the meeting
	}
	if why, k := conditionOf(s, start, end, lg); k != noPromise {
		return k, start, end, why
	}
	if askedOfReader(s, start) || possessiveBefore(s, start, langEN) {
		return readerAsked, start, end, ""
	}
	return isPromise, start, end, ""
}

// phoneAfter: " at 917-555-0134", " on +44 20 7946 0955": a number to
// call, which a confirmed call gives.
func phoneAfter(s string) bool {
	rest, ok := strings.CutPrefix(s, " at ")
	if !ok {
		rest, ok = strings.CutPrefix(s, " on ")
	}
	if !ok {
		return false
	}
	digits := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			return digits >= 7
		}
	}
	return digits >= 7
}

// rawCues are the cues without their conditions of use.
var rawCues = func() *cueSet {
	var all []string
	for _, c := range []*cueSet{standaloneCues, contactCues} {
		all = append(all, c.phrases...)
	}
	return cues(all...)
}()

// findCue finds the first promise cue of s that holds: a standalone cue,
// an English contact phrase after a future marker, or an answer word with a
// verb of giving or receiving.
func findCue(s string, lg lang) (start, end int, ok bool) {
	best, bestEnd := -1, -1
	consider := func(i, e int) {
		if best < 0 || i < best {
			best, bestEnd = i, e
		}
	}
	for from := 0; from < len(s); {
		i := standaloneCues.index(s[from:])
		if i < 0 {
			break
		}
		i += from
		if n := cueLen(standaloneCues, s[i:]); !negatedBefore(s, i) && !requestBefore(s, i) && (!infinitives[s[i:i+n]] || infinitiveMarked(s, i)) &&
			(!genericCues[s[i:i+n]] || awaitedNear(s, i, n)) {
			consider(i, i+n)
			break
		}
		from = i + 1
	}
	for from := 0; from < len(s); {
		i := contactCues.index(s[from:])
		if i < 0 {
			break
		}
		i += from
		if best >= 0 && i > best {
			break
		}
		if n := cueLen(contactCues, s[i:]); futureBefore(s, i) && !otherParty(s, i, n) &&
			(!passiveCues[s[i:i+n]] || passiveForReader(s, i, n)) && (!genericCues[s[i:i+n]] || awaitedNear(s, i, n)) {
			consider(i, i+n)
			break
		}
		from = i + 1
	}
	if i := answerNouns.index(s); i >= 0 {
		j := deliveryCues.index(s)
		if j >= 0 && infinitives[s[j:j+cueLen(deliveryCues, s[j:])]] && !infinitiveMarked(s, j) {
			j = -1
		}
		if j >= 0 && !negatedBefore(s, j) && !requestBefore(s, j) && !possessiveBefore(s, i, lg) {
			k := min(i, j)
			consider(k, max(i+cueLen(answerNouns, s[i:]), j+cueLen(deliveryCues, s[j:])))
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, bestEnd, true
}

// infinitives are cues that promise only after a verb of intent: "je
// m'engage à vous donner une réponse", "nous ne manquerons pas de revenir
// vers vous", "vamos te dar um retorno" — not "n'hésitez pas à revenir vers
// nous", "gostaríamos de te dar um retorno sobre o processo".
var infinitives = map[string]bool{
	"revenir vers vous": true, "revenir auprès de vous": true, "vous recontacter": true, "vous tenir informé": true,
	"vous tenir au courant": true, "vous faire part": true, "vous faire signe": true, "vous donner": true,
	"vous communiquer": true, "vous apporter": true, "vous transmettre": true, "vous adresser": true,
	"vous faire un": true, "darte": true, "darle": true, "te dar": true, "lhe dar": true, "dar-lhe": true,
	"fornirle": true, "ricontattarla": true, "ricontattarti": true, "contattarla": true, "contattarti": true,
	"aggiornarla": true, "aggiornarti": true, "entrar em contato": true, "entrar em contacto": true,
	"bei ihnen melden": true, "bei dir melden": true, "uns melden": true, "mich melden": true,
	"comunicarte": true, "comunicarle": true, "informarte": true, "informarle": true, "contactarte": true,
	"contactarle": true, "escribirte": true, "llamarte": true, "comunicarti": true, "informarla": true,
	"informarti": true, "darti": true, "farle sapere": true, "farti sapere": true,
}

var intentMarkers = cues(
	"vais ", "allons ", " va ", "m'engage", "engageons", "ne manquer", "promets", "promettons", "prévoyons",
	"pourrons", "pourrai", "devrions", "devrais", "comptons", "compte ", "vamos", "voy a", "vou ", "devemos",
	"pretendemos", "esperamos", "espero", "intentaremos", "podremos", "poderemos", "iremos", "irei", "procuraremos",
	"conto di", "contiamo di", "cercheremo di", "potremo", "sarà nostra cura", "provvederemo", " will ", "'ll ",
	" vai ", "irá ", "iremos", " deve ", "pretende", "werden", "werde ", " wird ", "la idea es", "el plan es",
	"l'idea è", "the idea is", "the plan is", "a ideia é", "l'idée est", "die idee ist", "het plan is", "quisiéramos",
	"queremos", "vorremmo", "contamos con",
)

func infinitiveMarked(s string, i int) bool {
	return intentMarkers.contains(s[max(0, i-40):i])
}

var offerAfter = cues("gern", "volontiers", "con gusto", "volentieri", "com prazer", "graag")

// nowCues before a cue make the message itself the contact: "as
// promised, I'm getting back to you", "wie versprochen melde ich mich".
var nowCues = cues(" as promised", "wie versprochen", "comme promis", "como prometido", "como te prometí",
	"come promesso", "zoals beloofd", "conforme prometido", "como combinado")

// selectionCues: only the selected hear back ("only shortlisted
// candidates will be contacted"): a conditional future.
var selectionCues = cues(
	"only shortlisted", "only successful", "only selected", "only those selected", "only those who",
	"only candidates", "only applicants", "applicants selected for", "candidates selected for",
	"only the shortlisted", "only short-listed", "nur ausgewählte", "nur die ausgewählten", "seuls les candidats",
	"seules les candidatures", "únicamente los candidatos", "solo los candidatos", "sólo los candidatos",
	"solo i candidati", "soltanto i candidati", "alleen kandidaten", "alleen geselecteerde",
	"apenas os candidatos", "somente os candidatos", "apenas candidatos", "somente candidatos",
	"candidates whose", "applicants whose", "those whose", "candidates who best", "candidates who meet",
	"candidates who most", "applicants who meet", "applicants who best", "qualified candidates will",
	"shortlisted candidates", "successful candidates", "successful applicants", "selected candidates",
	"candidates selected", "applicants selected", "whose qualifications", "whose experience", "whose skills",
	"whose background", "whose profile", "only able to", "only be able to", "only contact", "only respond",
	"only reach out", "only be contacting", "only be in touch", "candidats retenus", "candidats sélectionnés",
	"candidatos seleccionados", "candidatos preseleccionados", "candidati selezionati", "geselecteerde kandidaten",
	"candidatos selecionados", "ausgewählte kandidat", "nur kandidat",
)

// genericCues promise only with a word for what the reader waits for
// near them: "you'll receive feedback", "the contract will follow", "the
// offer letter will arrive tomorrow" — not "you will receive a
// confirmation email", "your laptop will arrive before your start date".
var genericCues = map[string]bool{"you'll receive": true, "you will receive": true, "you'd receive": true,
	" will follow": true, " arrive": true, "is coming from": true, "will come from": true, "is coming tomorrow": true}

var awaitedNouns = cues("update", "answer", "response", "decision", "feedback", "news", "outcome", "result", "report",
	"offer", "contract", "reply", "word", "letter", "email from", "e-mail from", "call", "notification of", "next steps",
	"paperwork", "docusign", "written")

func awaitedNear(s string, i, n int) bool {
	return awaitedNouns.contains(s[max(0, i-35):min(len(s), i+n+40)])
}

// passives need what is sent to be for the reader: "feedback will be
// shared with you", "the report will be emailed to you within 10 days" —
// not "correspondence will be sent to this address".
var passiveCues = map[string]bool{"be sent": true, "be shared": true, "be provided": true, "be given": true,
	"be emailed": true, "be e-mailed": true, "be mailed": true, "be forwarded": true, "be communicated": true,
	"be released": true}

func passiveForReader(s string, i, n int) bool {
	rest := s[i+n:]
	for _, p := range [...]string{" to you", " with you", " out", " by ", " within", " on ", " next", " shortly",
		" tomorrow", " in the", " in ", " early", " before", " no later", " at the end", " this week", " soon",
		" as soon", " once", " after"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// otherParty: the cue at s[i:i+n] is about someone else — "contact your
// references", "update your profile", "be in touch with Sarah to set up
// the next round".
func otherParty(s string, i, n int) bool {
	rest := s[i+n:]
	if strings.HasSuffix(s[i:i+n], "you") && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
		return true // "your"
	}
	if c := s[i : i+n]; c == "be in touch" || c == "get in touch" || c == "be in contact" || c == "be back in touch" ||
		c == "follow up" || c == "touch base" || c == "reconnect" || c == "circle back" || c == "loop back" {
		if w, ok := strings.CutPrefix(rest, " with "); ok {
			for _, p := range [...]string{"you", "next", "an ", "a ", "the outcome", "the decision", "news", "feedback",
				"more", "details", "further", "our decision", "a decision", "an update", "the results", "some", "any",
				"all", "every", "candidates", "applicants", "the shortlisted", "each"} {
				if strings.HasPrefix(w, p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// cueLen is the length of the longest phrase of c at the start of s.
func cueLen(c *cueSet, s string) int {
	n := 0
	for _, p := range c.phrases {
		if len(p) > n && strings.HasPrefix(s, p) {
			n = len(p)
		}
	}
	return n
}

// clauseStart is where the clause holding position i begins: after the
// last ";", ":" or sentence mark before it (commas do not end clauses:
// "we'll review it, and get back to you").
func clauseStart(s string, i int) int {
	if j := strings.LastIndexAny(s[:i], ";:"); j >= 0 {
		return j + 1
	}
	return 0
}

// futureBefore: a future marker in the 80 bytes before the cue, in its
// clause, with no negation between them.
func futureBefore(s string, i int) bool {
	lo := max(clauseStart(s, i), i-80)
	head := " " + s[lo:i] + " "
	m := futureMarkers.index(head)
	if m < 0 {
		return false
	}
	// The last marker counts: "we'll review it and will get back".
	for {
		n := futureMarkers.index(head[m+1:])
		if n < 0 {
			break
		}
		m += 1 + n
	}
	between := head[max(0, m-6):] + " " // "may not be able to respond"
	if negations.contains(between) && !strings.Contains(between, "ne manquer") &&
		!strings.Contains(s[i:min(len(s), i+60)], " until ") {
		return false // but "we won't have an update until Tuesday" promises Tuesday
	}
	return !requestBefore(s, i)
}

func negatedBefore(s string, i int) bool {
	lo := max(0, i-14)
	head := " " + s[lo:i]
	return negations.contains(head) && !strings.Contains(s[max(0, i-30):i], "ne manquer")
}

// requestBefore: a request word in the 30 bytes before the cue ("please
// let us know", "feel free to reach out", "n'hésitez pas à revenir vers
// nous").
func requestBefore(s string, i int) bool {
	lo := max(clauseStart(s, i), i-30)
	head := s[lo:i]
	return notPromise.contains(head) && !politeNotes.contains(s[max(0, i-40):i])
}

// possessiveBefore: "your feedback", "Ihre Rückmeldung", "votre réponse"
// is the reader's answer, not ours.
func possessiveBefore(s string, i int, lg lang) bool {
	head := " " + s[max(0, i-12):i]
	for _, p := range [...]string{" your ", " ihre ", " deine ", " votre ", " ton ", " ta ", " tu ", " su ", " sua ", " seu ", " uw ", " jouw ", " vostro ", " tuo ", " dein ", " ihr "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	if lg == langNL && strings.HasSuffix(head, " je ") {
		return true
	}
	// "je ontvangt dit bericht omdat ...": the message itself, a footer.
	for _, p := range [...]string{" dit ", " this ", " diese ", " dieses ", " ce ", " cet ", " este ", " esta ", " questo ", " questa ", " deze "} {
		if strings.HasSuffix(head, p) {
			return true
		}
	}
	return strings.Contains(s[max(0, i-20):i], "thank") || strings.Contains(s[max(0, i-20):i], "dank") ||
		strings.Contains(s[max(0, i-20):i], "merci") || strings.Contains(s[max(0, i-20):i], "gracias") ||
		strings.Contains(s[max(0, i-20):i], "grazie") || strings.Contains(s[max(0, i-20):i], "obrigad")
}

// conditionOf decides whether the contact at s[start:end] depends on
// something. Keep-on-file and future-opportunity language, or a condition
// about a role, the profile or being selected, make a conditional future;
// any other "if" in the clause before the cue or right after it makes the
// contact contingent ("I'll let you know if anything changes").
func conditionOf(s string, start, end int, lg lang) (string, promiseKind) {
	if conditionalCues.contains(s) {
		return "contact kept for other roles: " + clip(s), conditional
	}
	// From the comma clause before the cue's up to the cue.
	lo := clauseStart(s, start)
	if c := strings.LastIndexByte(s[lo:start], ','); c >= 0 {
		if p := strings.LastIndexByte(s[lo:lo+c], ','); p >= 0 {
			lo += p + 1
		}
	}
	head := " " + s[lo:start]
	// After the cue: a condition attached to it ("we'll contact you if
	// ...", "melde ich mich, sobald ...") starts within a few words.
	tail := s[end:]
	if k := strings.IndexAny(tail, ";:"); k >= 0 {
		tail = tail[:k]
	}
	tail = " " + tail
	for n, part := range [...]string{head, tail} {
		i := ifWords.index(part)
		if i < 0 && (lg == langIT || lg == langPT) {
			i = ifWordsItPt.index(part)
		}
		if i < 0 && lg == langNL {
			i = ifWordsNL.index(part)
		}
		if i < 0 && (lg == langFR || lg == langES) {
			i = ifWordsFrEs.index(part)
		}
		if n == 1 && (i > 25 || i >= 0 && detached(part[:i])) || i >= 0 && invertedIf(part, i) {
			i = -1
		}
		if i >= 0 && n == 1 && whetherCue(s[start:end]) && outcomeTopics.contains(part[i:]) {
			// "I'll let you know by Friday if we'd like to move forward":
			// "if" is "whether" after a verb of telling.
			i = -1
		}
		if i >= 0 && !strings.Contains(part, "even if") && !strings.Contains(part, "whether") && !strings.Contains(part, "as if") {
			if topicCues.contains(part[i:]) {
				return "contact only " + clip(strings.TrimSpace(part[i:])), conditional
			}
			return "", contingent
		}
		i = whenWords.index(part)
		if n == 1 && (i > 25 || i >= 0 && detached(part[:i])) {
			i = -1
		}
		if i >= 0 && topicCues.contains(part[i:]) && !processCues.contains(part[i:]) {
			return "contact only " + clip(strings.TrimSpace(part[i:])), conditional
		}
	}
	return "", noPromise
}

// detached: a condition after ", and" or ", but" belongs to another
// clause: "we'll be in touch by Friday, and if you have questions before
// then, just call".
func detached(between string) bool {
	for _, c := range [...]string{", and", ", but", ", und", ", aber", ", et ", ", mais", ", y ", ", pero", ", e ",
		", ma ", ", en ", ", maar", ", mas ", ". ", " - "} {
		if strings.Contains(between, c) {
			return true
		}
	}
	return false
}

// whetherCue: after these, "if" asks whether ("let you know if").
func whetherCue(cue string) bool {
	return whetherVerbs.contains(cue)
}

var whetherVerbs = cues("let", "know", "inform", "notify", "advise", "tell", "confirm", "update", "weten", "sapere",
	"bescheid", "mitteil", "avis", "dirons", "dirai", "decide", "decision", "hear", "hören", "horen", "retorno",
	"respuesta", "réponse", "riscontro", "rückmeldung")

// outcomeTopics: what the reader learns "if" about: being taken further.
var outcomeTopics = cues("move forward", "moving forward", "proceed", "progress", "invite you", "next round",
	"next stage", "successful", "selected", "shortlisted", "through to", "offer", "weiter", "einladen", "retenu",
	"avanz", "pasas", "seleccionad", "passa", "selezionat", "door", "uitnodig", "avançar", "selecionad", "aprovad")

// invertedIf: "should you ...", "Sollten wir ...", "mocht er ..." are
// conditions only where their clause starts; "bis KW 16 sollten wir eine
// Entscheidung getroffen haben" is an expectation.
func invertedIf(part string, i int) bool {
	w := part[i:]
	if !strings.HasPrefix(w, "should") && !strings.HasPrefix(w, "sollte") && !strings.HasPrefix(w, "mocht") {
		return false
	}
	before := strings.TrimSpace(part[:i])
	return before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "-")
}

// processCues after "when"/"once" make it a time in this process ("once
// the panel has met", "as soon as the hiring manager has decided").
var processCues = cues("panel", "committee", "interviews", "the team has", "hiring manager", "decision", "feedback",
	"references", "sign-off", "approval", "comité", "gremium", "commissione", "comissão")

// askedOfReader: the sentence asks the reader to answer or act, usually by
// a date: "please reply by Friday", "we'd ask you to let us know your
// decision by Tuesday", "bitte geben Sie uns bis Freitag Bescheid".
func askedOfReader(s string, start int) bool {
	lo := clauseStart(s, start)
	head := s[lo:start]
	i := deadlineCues.index(head)
	if i < 0 {
		return false
	}
	// "please note that we will ..." asks nothing.
	return !politeNotes.contains(head[i:])
}

// promises reads the promise of further contact of a message, if any: the
// first dated one, else an undated one. Conditional futures are reported,
// not taken for promises.
func (b *verdictBuilder) promises(d *doc, confirmedMeeting bool) {
	base := d.m.Date
	sents := joinDateBreaks(d.sentences())
	// A message that arranges or confirms a meeting promises what the
	// meeting needs ("I'll send the details", "we'll be in touch to set
	// up the panel"), which is no answer awaited: there an undated promise
	// counts only about a decision, an outcome or feedback.
	arranging := confirmedMeeting || arrangingCues.contains(d.body)
	var closing *bool // the message rejects or offers (outcome.go), worked out when needed
	var weak *dateHit // a dated decision by someone ("she will decide by Thursday")
	weakCue := ""
	for n, s := range sents {
		if s.question {
			continue
		}
		kind, start, end, why := promiseIn(s.text, d.lang())
		if kind == conditional && !b.v.ConditionalFuture {
			b.v.ConditionalFuture = true
			b.note("conditional future, no promise: %s", why)
		}
		if (kind == conditional || kind == contingent) && end > 0 && end < len(s.text) {
			// "If we move forward we'll reach out; either way you'll hear
			// from us by Wednesday": a promise after the condition.
			if k2, st2, en2, _ := promiseIn(s.text[end:], d.lang()); k2 == isPromise {
				kind, start, end = k2, st2+end, en2+end
			}
		}
		fallback := false
		if kind == noPromise {
			// No cue, but the awaited thing and a future with a date: "the
			// written offer letter will arrive via DocuSign tomorrow".
			if st, en, ok := awaitedFuture(s.text, d.lang()); ok {
				kind, start, end, fallback = isPromise, st, en, true
			}
		}
		if kind != isPromise {
			continue
		}

		if logisticsCues.contains(s.text[max(0, start-30):min(len(s.text), end+25)]) ||
			strings.Contains(s.text[start:end], "receive") && pay.contains(s.text[end:min(len(s.text), end+40)]) {
			continue // "I'll send you the calendar invite"
		}
		if base.IsZero() {
			b.v.PromiseUndated = true
			b.note("promise %q, message has no date", clip(s.text[start:]))
			return
		}
		prev := ""
		if n > 0 {
			prev = sents[n-1].text
		}
		h, dated := promiseDate(s.text, start, end, prev, base, d.lang())
		if fallback && !dated {
			continue
		}
		if !dated && (presentSet[s.text[start:end]] && !soonWords.contains(s.text[end:]) || strings.TrimSpace(s.text[start:end]) == "know") {
			continue // "je reviens vers vous concernant ...": this message is the contact
		}
		if iv := b.v.InterviewAt; iv != nil && callCues.contains(s.text[start:end]) &&
			(dated && sameDay(h.t, *iv) || !dated && !soonWords.contains(s.text) && !soonEnglish.contains(s.text)) {
			continue // "I'll call you then": the call is the interview
		}
		if dated {
			if fallback || decisionOnly(s.text[start:end]) {
				if weak == nil {
					weak, weakCue = &h, s.text[start:]
				}
				continue
			}
			b.setPromise(h, s.text[start:])
			return
		}
		if closing == nil {
			// A rejection or an offer closes the process: an undated "I'll
			// send some feedback" or "we'll be in touch about your visa"
			// leaves nothing to wait for; nor does "I'll send you a list"
			// in mail with next to nothing about a job.
			c := d.outcome().rejected() || d.has(clsOffer) || b.v.Score < promiseContextMin
			closing = &c
		}
		if !b.v.PromiseUndated && !*closing && !(arranging && !decisionNouns.contains(s.text)) {
			b.v.PromiseUndated = true
			b.note("undated promise %q", clip(s.text[start:]))
		}
	}
	if weak != nil {
		b.setPromise(*weak, weakCue)
	}
}

// arrangingCues: a time is being found.
var arrangingCues = cues("your availability", "what times work", "what time works", "which times", "are you available",
	"would you be available", "time slot", "book a time", "pick a time", "choose a time", "select a time", "calendly",
	"goodtime", "which of these", "would any of these", "do any of these", "verfügbarkeit", "terminvorschl",
	"vos disponibilit", "tu disponibilidad", "su disponibilidad", "beschikbaarheid", "sua disponibilidade",
	"tua disponibilità", "sua disponibilità")

// decisionNouns: what a promise in a scheduling message may still be about.
var decisionNouns = cues("decision", "outcome", "feedback", "result", "offer", "entscheidung", "rückmeldung",
	"ergebnis", "décision", "réponse", "résultat", "decisión", "respuesta", "resultado", "decisione", "risposta",
	"esito", "beslissing", "uitslag", "besluit", "decisão", "resposta", "retorno")

// pay: what an offer says the reader will receive — no contact.
var pay = cues("salary", "bonus", "equity", "holiday", "vacation", "pto", "benefit", "allowance", "stock", "shares",
	"relocation", "sign-on", "signing", "laptop", "pension", "insurance", "days of", "per cent", "%", "$", "€", "£")

// callCues are contact that, in a message confirming an interview, is the
// interview itself.
var callCues = cues("call", "phone", "ring", "speak", "talk", "anrufen", "rufe", "appeller", "llamar", "llamaré",
	"chiamer", "bel ", "bellen", "ligar", "ligarei")

func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// awaitedFuture finds, in a sentence without a promise cue, a word for the
// awaited answer in one clause with a future tense: "your written contract
// will follow early next week", "the outcome should be confirmed within
// five working days", "la decisione verrà presa entro fine mese". It
// reports the span from the one to the other. Deadlines for the reader
// ("the offer will expire on Friday") are none.
func awaitedFuture(s string, lg lang) (start, end int, ok bool) {
	i := awaitedWords.index(s)
	if i < 0 || expiryCues.contains(s) || notPromise.contains(s) || deadlineCues.contains(s) || interviewNouns.contains(s) {
		return 0, 0, false
	}
	lo, hi := max(clauseStart(s, i), i-60), min(len(s), i+60)
	if k := strings.IndexAny(s[i:hi], ";:"); k >= 0 {
		hi = i + k
	}
	clause := " " + s[lo:hi] + " "
	m := futureMarkers.index(clause)
	if m < 0 {
		m = futureTense(clause, lg)
	}
	if m < 0 || negations.contains(clause) || ifWords.contains(clause) || whenWords.contains(clause) {
		return 0, 0, false
	}
	return min(i, lo+max(0, m-1)), max(i, lo+max(0, m-1)) + 1, true
}

var awaitedWords = cues("decision", "outcome", "feedback", "answer", "offer letter", "written offer", "contract",
	"results", "offer ", "offers", "entscheidung", "rückmeldung", "ergebnis", "vertrag", "décision", "réponse",
	"résultat", "contrat", "decisión", "respuesta", "resultado", "contrato", "decisione", "risposta", "esito",
	"contratto", "beslissing", "besluit", "uitslag", "contract", "decisão", "resposta", "retorno")

var expiryCues = cues("expire", "valid until", "remain open", "remains open", "deadline", "must ", "sign and return",
	"accept by", "läuft ab", "gültig bis", "expira", "valable jusqu", "válida hasta", "valida fino", "geldig tot",
	"válida até")

// futureTense finds a future verb form of the Romance languages and an
// auxiliary of German and Dutch: "prendrons", "tomará", "verrà",
// "werden", "zal". It returns where, or -1.
func futureTense(clause string, lg lang) int {
	switch lg {
	case langDE:
		return futureDE.index(clause)
	case langNL:
		return futureNL.index(clause)
	case langEN:
		return -1
	}
	for _, w := range strings.Fields(clause) {
		w = strings.Trim(w, ".,;:!?()\"'")
		for _, suf := range [...]string{"rons", "rai", "ra", "ront", "rez", "remos", "rá", "rán", "remo", "rà", "ranno",
			"rei", "rão", "rás", "rà"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				return strings.Index(clause, w)
			}
		}
	}
	return -1
}

var (
	futureDE = cues(" wird ", " werden ", " werde ", " sollte ", " sollten ", " soll ", " voraussichtlich ")
	futureNL = cues(" zal ", " zullen ", " wordt ", " worden ", " verwacht")
)

// joinDateBreaks undoes the sentence breaks after a numeric date: "Sie
// erhalten bis zum 23.04. eine Rückmeldung" is one sentence.
func joinDateBreaks(sents []sentence) []sentence {
	var out []sentence
	for i, s := range sents {
		if out == nil && !endsInDotDate(s.text) && !endsInDateAbbrev(s.text) {
			continue
		}
		if out == nil {
			out = append(make([]sentence, 0, len(sents)), sents[:i]...)
		}
		if n := len(out); n > 0 && (endsInDotDate(out[n-1].text) || endsInDateAbbrev(out[n-1].text)) && !out[n-1].question {
			out[n-1].text += " " + s.text
			out[n-1].question = s.question
			continue
		}
		out = append(out, s)
	}
	if out == nil {
		return sents
	}
	return out
}

// endsInDateAbbrev: the text ends in "Apr." or "Fri." — an abbreviation
// the sentence splitter took for an end.
func endsInDateAbbrev(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	i := strings.LastIndexByte(s[:len(s)-1], ' ')
	w := s[i+1 : len(s)-1]
	if len(w) > 5 {
		return false
	}
	_, month := monthWords[w]
	return month || enAbbrevWeekdays[w]
}

// endsInDotDate: the text ends in "12.03." or "12.3." (no year).
func endsInDotDate(s string) bool {
	n := len(s)
	if n < 5 || s[n-1] != '.' {
		return false
	}
	i := n - 2
	digits := 0
	for i >= 0 && s[i] >= '0' && s[i] <= '9' {
		i--
		digits++
	}
	if digits < 1 || digits > 2 || i < 1 || s[i] != '.' {
		return false
	}
	j := i - 1
	digits = 0
	for j >= 0 && s[j] >= '0' && s[j] <= '9' {
		j--
		digits++
	}
	return digits >= 1 && digits <= 2 && (j < 0 || s[j] == ' ')
}

func (b *verdictBuilder) setPromise(h dateHit, cue string) {
	t := h.t
	b.v.PromiseAt = &t
	b.v.PromiseUndated = false
	b.note("promise %q -> %s (%s)", clip(cue), t.Format("Mon 2006-01-02 15:04"), h.rule)
}

// decisionOnly: a cue that names a decision being made, not contact with
// the reader ("she will make a decision straight after Thursday"); a
// sentence that promises contact outranks it.
func decisionOnly(cue string) bool {
	return strings.HasPrefix(cue, "make ") || strings.HasPrefix(cue, "reach a decision") || cue == "know more" ||
		strings.TrimSpace(cue) == "know" ||
		cue == "targeting" ||
		strings.HasPrefix(cue, "be making") || strings.Contains(cue, "be made")
}

// timingStarts open a clause that says when ("By Friday, we will ...").
var timingStarts = []string{"by ", "within ", "in ", "on ", "next ", "early ", "later ", "sometime ", "before ",
	"no later than ", "bis ", "innerhalb ", "spätestens ", "d'ici ", "avant ", "dans ", "sous ", "antes ", "para ",
	"dentro ", "en ", "entro ", "binnen ", "uiterlijk ", "até ", "ate ", "em ", "al más tarde ", "au plus tard "}

// promiseDate picks the date of a promise in sentence s whose cue is at
// s[start:end]: the first date after the cue, else the nearest before it in
// its clause (or in a clause that starts with a timing word, or any
// duration in the clause before). "By then" is the date named before it,
// here or in the previous sentence.
func promiseDate(s string, start, end int, prev string, base time.Time, lg lang) (dateHit, bool) {
	hits := scanDates(s, base, lg)
	today := startOfDay(base)
	resolve := func(k int) (dateHit, bool) {
		h := hits[k]
		if !h.then {
			return h, !h.t.Before(today)
		}
		for j := k - 1; j >= 0; j-- {
			if !hits[j].then && !hits[j].t.Before(today) {
				h.t, h.rule = hits[j].t, hits[j].rule+", by then"
				return h, true
			}
		}
		ph := scanDates(prev, base, lg)
		for j := len(ph) - 1; j >= 0; j-- {
			if !ph[j].then && !ph[j].t.Before(today) {
				h.t, h.rule = ph[j].t, ph[j].rule+", by then"
				return h, true
			}
		}
		return dateHit{}, false
	}
	// After the cue: the first date, unless it names an event the contact
	// follows ("after the panel meets on Thursday") or a later one is the
	// deadline ("early next week, Wednesday at the latest").
	first := -1
	for k, h := range hits {
		if h.start < start {
			continue
		}
		if _, ok := resolve(k); !ok {
			continue
		}
		if first < 0 || eventDate(s, hits[first]) && !eventDate(s, h) {
			first = k
		}
		if latestDate(s, h) {
			first = k
			break
		}
	}
	if first >= 0 {
		return resolve(first)
	}
	if m := reClockAt.FindStringIndex(s[end:]); m != nil && len(hits) == 0 {
		// "I'll call you at 3pm": today, or tomorrow once that hour has passed.
		t := withClock(day(base, 0), s[end+m[0]:])
		if t.Before(base) {
			t = t.AddDate(0, 0, 1)
		}
		return dateHit{t: t, rule: "time of day"}, true
	}
	for k := len(hits) - 1; k >= 0; k-- {
		h := hits[k]
		if h.start >= start || h.then {
			continue
		}
		between := s[h.end:start]
		sameClause := !strings.ContainsAny(between, ",;:")
		cs := clauseOf(s, h.start)
		fronted := false
		for _, p := range timingStarts {
			if strings.HasPrefix(cs, p) {
				fronted = true
				break
			}
		}
		duration := strings.HasPrefix(h.rule, "within ") && !strings.ContainsAny(between, ";:")
		if (sameClause || fronted || duration) && !h.t.Before(today) {
			return h, true
		}
		if !sameClause {
			break
		}
	}
	return dateHit{}, false
}

// reClockAt is a time of day said as one ("at 3pm", "um 15 Uhr", "à 14h").
var reClockAt = regexp.MustCompile(`\b(?:at|um|à|a las|alle|om|às|by)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b)`)

// eventDate: the words before a date make it the day of something the
// contact follows: "after the panel meets on Thursday", "nach dem Gespräch
// am Dienstag".
func eventDate(s string, h dateHit) bool {
	head := s[max(0, h.start-28):h.start]
	return afterCues.contains(head)
}

var afterCues = cues("after ", "following ", "once ", "meets", "meeting", "met ", "nach ", "après ", "después ",
	"dopo ", "depois ", "interview on", "interviews on", "gespräch am", "entretien d", "entrevista de")

// latestDate: "Wednesday at the latest", "no later than Friday",
// "spätestens am 30.04.".
func latestDate(s string, h dateHit) bool {
	after := s[h.end:min(len(s), h.end+22)]
	before := s[max(0, h.start-18):h.start]
	return latestCues.contains(after) || latestCues.contains(before)
}

var latestCues = cues("at the latest", "latest by", "no later than", "spätestens", "au plus tard", "a más tardar",
	"al más tardar", "como máximo", "al più tardi", "entro e non oltre", "uiterlijk", "o mais tardar", "no máximo")

// clauseOf is the text of the comma clause holding position i, trimmed.
func clauseOf(s string, i int) string {
	lo := strings.LastIndexAny(s[:i], ",;:") + 1
	return strings.TrimSpace(s[lo:])
}

// dates reads the promise of further contact and the interview date of a
// message. Absence notices ("I will reply when I return") and bulk mail
// ("we'll send you new jobs") promise nothing.
func (b *verdictBuilder) dates(d *doc, ooo bool) {
	confirmed := false
	if !d.m.Date.IsZero() {
		confirmed = b.interview(d, ooo)
	}
	// Nor does mail whose words say it is not about a job (a podcast, a
	// study, a shop): "we'll send you the questions by Friday".
	if !ooo && !b.v.Bulk && b.v.Score >= 0 && promiseGate.contains(d.body) {
		b.promises(d, confirmed)
	}
}
