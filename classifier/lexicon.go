package classifier

import "slices"

// The lexicon is the readable part of the classifier: phrases, what they are
// evidence of, and how much. Weights are points on the job score; a message
// is a job message at jobThreshold. Phrases are matched on word boundaries
// after lower-casing; "*" ends a prefix. English first, then German, French
// and Spanish, which is what the users write and receive in practice.

// Hiring vocabulary. Strong phrases (2.5+) are specific to a hiring process
// with one employer ("your application", "phone screen"); single words like
// "position" or "resume" are weak because spam and newsletters use them too.
var hiringTerms = []term{
	// an internship offered in French, its agreement with the school (r72):
	// "Proposition de stage", "une convention de stage tripartite"
	{text: "proposition de stage", weight: 2}, {text: "convention de stage", weight: 1.5},
	// English, process-specific
	{text: "your application", weight: 3},
	{text: "thank you for applying", weight: 3},
	{text: "thanks for applying", weight: 3},
	{text: "thank you for your application", weight: 3},
	{text: "thanks for your application", weight: 3},
	{text: "your candidacy", weight: 3},
	{text: "applied for", weight: 2.5},
	{text: "applying for", weight: 2},
	{text: "my application", weight: 2.5},
	{text: "application for", weight: 2},
	{text: "job application", weight: 2.5},
	{text: "hiring manager", weight: 2.5},
	{text: "lectureship", weight: 1.5}, {text: "professorship", weight: 1.5}, {text: "tenure track", weight: 1.5},
	// academic hiring's committee and its on-site round
	{text: "search committee", weight: 2}, {text: "hiring committee", weight: 2}, {text: "campus visit", weight: 2},
	{text: "campus visits", weight: 2},
	{text: "phone screen*", weight: 3},
	{text: "recruiter screen", weight: 3},
	{text: "recruiting team", weight: 2.5},
	{text: "recruitment team", weight: 2.5},
	{text: "talent acquisition", weight: 2.5},
	{text: "talent team", weight: 2.5},
	{text: "hiring team", weight: 2.5},
	{text: "hiring process", weight: 2.5},
	{text: "interview process", weight: 3},
	{text: "recruiting process", weight: 2.5},
	{text: "recruitment process", weight: 2.5},
	{text: "interview loop", weight: 3},
	{text: "offer letter", weight: 3},
	{text: "offer of employment", weight: 3},
	// an offer in German said as bringing someone on board (r20: "möchten
	// wir dich sehr gerne als Senior Data Engineer an Bord holen")
	{text: "an bord holen", weight: 2.5}, {text: "an bord zu holen", weight: 2.5},
	{text: "other candidates", weight: 2},
	{text: "other applicants", weight: 2},
	{text: "next round", weight: 1.5},
	{text: "final round", weight: 2},
	{text: "first round", weight: 1.5},
	// a linguist's hiring test and the vendor application it decides
	// (r58): "your test translation did not meet our quality threshold",
	// "Esito test di sottotitolazione", "Application VA-27-05519 status
	// changed: Not approved ... Language pair"
	{text: "translation test*", weight: 2}, {text: "test translation*", weight: 2}, {text: "vendor application", weight: 2},
	{text: "subtitling test", weight: 2}, {text: "test di traduzione", weight: 2}, {text: "test di sottotitolazione", weight: 2},
	{text: "prova di traduzione", weight: 2}, {text: "probeübersetzung", weight: 2}, {text: "prueba de traducción", weight: 2},
	{text: "test de traduction", weight: 2}, {text: "proefvertaling", weight: 2}, {text: "teste de tradução", weight: 2},
	{text: "second round", weight: 1.5},
	{text: "technical interview*", weight: 3},
	{text: "phone interview*", weight: 3},
	{text: "video interview*", weight: 3},
	{text: "onsite interview*", weight: 3},
	{text: "on site interview*", weight: 3},
	{text: "panel interview*", weight: 3},
	{text: "coding interview*", weight: 3},
	{text: "behavioral interview*", weight: 3},
	{text: "job interview*", weight: 2.5},
	{text: "interview for", weight: 2},
	// "interview with" is left out on purpose: "an interview with my
	// grandmother", "an interview with our CTO" are not hiring.
	{text: "interviewing with us", weight: 3},
	{text: "interview with us", weight: 2.5},
	{text: "thanks for interviewing", weight: 3},
	{text: "thank you for interviewing", weight: 3},
	{text: "meeting the team", weight: 2},
	{text: "meet the team", weight: 1},
	{text: "with the panel", weight: 2},
	{text: "interview panel", weight: 2.5},
	{text: "technical round", weight: 2},
	// US tech's word for the day of interviews: "through to the final loop"
	{text: "final loop", weight: 2}, {text: "interview loop", weight: 2}, {text: "onsite loop", weight: 2},
	{text: "scorecards", weight: 2},
	{text: "everyone you spoke with", weight: 2},
	{text: "everyone you met", weight: 2},
	{text: "your interest in", weight: 1},
	{text: "my interest in", weight: 1},
	{text: "express my interest", weight: 1.5},
	{text: "still very interested", weight: 1.5},
	{text: "next steps", weight: 1},
	{text: "next stage of the process", weight: 2},
	{text: "offer you the", weight: 2.5},
	{text: "join us as", weight: 1.5},
	{text: "join the team as", weight: 1.5},
	{text: "your offer", weight: 1.5},
	{text: "make you an offer", weight: 2.5},
	{text: "your cover letter", weight: 1.5},
	{text: "my portfolio", weight: 1},
	{text: "my resume", weight: 1},
	{text: "my cv", weight: 1},
	{text: "invite you to interview", weight: 3},
	{text: "invite you for an interview", weight: 3},
	{text: "schedule an interview", weight: 2.5},
	{text: "schedule your interview", weight: 3},
	{text: "your interview", weight: 2},
	{text: "interview invitation", weight: 2.5},
	{text: "for the position", weight: 2},
	{text: "for the role", weight: 2},
	{text: "the position of", weight: 1},
	{text: "position you applied", weight: 3},
	{text: "role you applied", weight: 3},
	{text: "job opening", weight: 1.5},
	{text: "open position", weight: 1},
	{text: "open role", weight: 1.5},
	{text: "your resume", weight: 1.5},
	{text: "your cv", weight: 1.5},
	{text: "your background", weight: 1},
	{text: "your profile", weight: 1},
	{text: "great fit", weight: 1},
	{text: "good fit", weight: 1},
	{text: "take home", weight: 1.5},
	{text: "coding challenge", weight: 2},
	{text: "technical assessment", weight: 2},
	// the public sector's competitive exams, which name little else of a
	// hiring process: "Concours externe d'ingénieur de recherche ... le
	// jury d'admission s'est réuni", "concorso pubblico", "proceso
	// selectivo", "oposiciones", "concurso público"; and Brazil's word
	// for being hired ("exame admissional", "documentação admissional")
	{text: "concours externe", weight: 2.5}, {text: "concours interne", weight: 2.5},
	{text: "jury d'admission", weight: 2}, {text: "épreuves d'admission", weight: 2}, {text: "épreuve d'admission", weight: 2},
	{text: "concorso pubblico", weight: 2.5}, {text: "proceso selectivo", weight: 2.5}, {text: "oposiciones", weight: 2},
	{text: "concurso público", weight: 2.5}, {text: "concurso-oposición", weight: 2.5},
	{text: "admissional", weight: 2}, {text: "admissionais", weight: 2},
	// a competition's oral and written rounds and its examining board,
	// a post filled by appointment (r75: "è pertanto ammesso/a alla prova
	// orale", "el tribunal calificador tiene previsto reunirse",
	// "proceder a su nombramiento como funcionario/a interino/a"), and a
	// screening before employment (a drug screen, a background screening
	// "as part of your employment process")
	// a school's or a district's top post (r78): "the position of
	// superintendent of the Millbrook Valley Unified School District",
	// "independent school headships", which its school words do not make
	// an admission
	{text: "superintendent", weight: 1.5}, {text: "superintendency", weight: 2}, {text: "headship", weight: 2},
	{text: "headships", weight: 2}, {text: "head of school", weight: 2},
	{text: "prova orale", weight: 2}, {text: "prova scritta", weight: 1.5}, {text: "tribunal calificador", weight: 2.5},
	{text: "su nombramiento", weight: 2}, {text: "funcionario interino", weight: 2}, {text: "funcionaria interina", weight: 2},
	{text: "pre-employment drug screen", weight: 2.5}, {text: "pre-employment screening", weight: 2},
	{text: "as part of your employment process", weight: 2.5},
	// graduate and public-sector hiring's day of exercises and interviews
	{text: "assessment centre", weight: 1}, {text: "assessment center", weight: 1},
	// its banks' final day of interviews, a school's trial lesson, the
	// fire and police service's interview board and the civil service's
	// ranked list of those who passed (r86): "Re: Superday availability",
	// "teach a 20-minute sample lesson to his 9th grade section", "Oral
	// board", "Rank on Eligible List: 341"
	{text: "superday", weight: 2}, {text: "super day", weight: 1.5}, {text: "sample lesson", weight: 1.5},
	{text: "demo lesson", weight: 1.5}, {text: "teaching demonstration", weight: 1.5}, {text: "oral board", weight: 1.5},
	{text: "eligible list", weight: 2}, {text: "eligibility list", weight: 2},
	// the steps between a yes and a first day, and a fire service's
	// physical test (r86): "before I can make any conditional offers",
	// "that's where new staff orientation is. Bring two forms of ID for
	// your I-9", "Sending it over to credentialing now", "the CPAT"; the
	// small employer's trial: "the shadow day", "your trial task files"
	{text: "conditional offer", weight: 2}, {text: "conditional offers", weight: 2},
	{text: "new hire orientation", weight: 1.5}, {text: "new staff orientation", weight: 1.5},
	{text: "new employee orientation", weight: 1.5}, {text: "your i-9", weight: 2}, {text: "credentialing", weight: 1},
	{text: "cpat", weight: 1.5}, {text: "shadow day", weight: 1}, {text: "trial task", weight: 1.5},
	// a college's part-time teaching posts (r87): "the adjunct phlebotomy
	// opening", "I've added you to the department's adjunct pool"
	{text: "adjunct", weight: 1.5}, {text: "adjunct pool", weight: 2},
	// Mexico's academic hiring committee and its competitors (r87)
	{text: "comisión dictaminadora", weight: 2}, {text: "concursantes", weight: 1},
	{text: "background check", weight: 2},
	// the public sector's checks before a post starts: "a Tier 4
	// background investigation for your tentative appointment", "your
	// entry-on-duty date", "tentative offer of employment"
	{text: "background investigation", weight: 2}, {text: "tentative appointment", weight: 2},
	// (r87: "The background investigators have finished your reference
	// and employment checks, and the last piece is the polygraph report")
	{text: "background investigator*", weight: 2}, {text: "polygraph", weight: 1.5},
	{text: "tentative offer", weight: 2}, {text: "entry on duty", weight: 2}, {text: "security clearance", weight: 1.5},
	{text: "reference check*", weight: 2},
	{text: "start date", weight: 1.5},
	{text: "salary expectations", weight: 2.5},
	{text: "compensation", weight: 1},
	{text: "notice period", weight: 1.5},
	{text: "reaching out", weight: 0.5},
	{text: "i'm a recruiter", weight: 2.5},
	{text: "i am a recruiter", weight: 2.5},
	{text: "we're hiring", weight: 1},
	{text: "we are hiring", weight: 1},
	{text: "would you be open", weight: 1},
	{text: "open to a conversation", weight: 1},
	{text: "exploring new opportunities", weight: 1.5},
	{text: "following up on my application", weight: 3},
	// English, single words: weak, several together add up
	{text: "position", weight: 0.75},
	{text: "role", weight: 0.75},
	{text: "candidate", weight: 0.75},
	{text: "recruiter", weight: 1},
	{text: "recruiting", weight: 0.75},
	{text: "recruitment", weight: 0.5},
	{text: "hiring", weight: 0.75},
	{text: "resume", weight: 0.5},
	{text: "résumé", weight: 0.5},
	{text: "cv", weight: 0.5},
	{text: "onsite", weight: 1},
	{text: "offer", weight: 0.5},
	{text: "headhunter", weight: 0.5},
	{text: "job", weight: 0.25},

	// German
	{text: "ihre bewerbung", weight: 3},
	{text: "deine bewerbung", weight: 3},
	{text: "meine bewerbung", weight: 3},
	{text: "bewerbung", weight: 2},
	{text: "bewerbungen", weight: 1},
	{text: "vorstellungsgespräch*", weight: 3},
	{text: "bewerbungsgespräch*", weight: 3},
	{text: "vorstellungsgespraech*", weight: 3},
	{text: "stelle als", weight: 1.5},
	{text: "ausgeschriebene stelle", weight: 2},
	{text: "bewerber*", weight: 1.5},
	{text: "kandidat*", weight: 0.75},
	{text: "personalabteilung", weight: 1},
	{text: "absage", weight: 1.5},
	{text: "stelle", weight: 0.75},
	// French
	{text: "votre candidature", weight: 3},
	{text: "ma candidature", weight: 3},
	{text: "candidature", weight: 2},
	{text: "entretien d'embauche", weight: 3},
	{text: "entretien", weight: 1},
	{text: "poste de", weight: 1.5},
	{text: "le poste", weight: 1.5},
	{text: "recrutement", weight: 1.5},
	{text: "candidat", weight: 0.75},
	{text: "candidate", weight: 0.75},
	// Spanish
	{text: "tu candidatura", weight: 3},
	{text: "su candidatura", weight: 3},
	{text: "mi candidatura", weight: 3},
	{text: "candidatura", weight: 2},
	{text: "candidaturas", weight: 1}, // "hemos tenido varias candidaturas": a count, weaker than one
	{text: "entrevista de trabajo", weight: 3},
	{text: "entrevista", weight: 1},
	{text: "proceso de selección", weight: 2.5},
	{text: "el puesto", weight: 1.5},
	{text: "puesto de", weight: 1.5},
	{text: "vacante", weight: 1.5},
	{text: "postulación", weight: 2},
	{text: "reclutamiento", weight: 1.5},
	{text: "candidato", weight: 0.75},
}

// interviewTerms is the ambiguous word itself: it counts fully only when
// other hiring words are present (see scoreBody).
var interviewTerms = []term{
	{text: "interview", weight: 1.5},
	{text: "interviews", weight: 1.5},
	{text: "interviewed", weight: 1.5},
	{text: "interviewing", weight: 1.5},
	{text: "interviewer*", weight: 1.5},
}

// otherSenseTerms mark "interview" as press, podcast or research.
var otherSenseTerms = []term{
	{text: "podcast*", weight: 3},
	{text: "episode", weight: 2},
	{text: "our show", weight: 2},
	// a guest's slot on a show: "your interview on the show", "before the
	// recording", "a 10-minute sound check", "a short bio and a headshot"
	{text: "on the show", weight: 2}, {text: "the recording", weight: 1.5}, {text: "sound check", weight: 2},
	{text: "headshot", weight: 1.5}, {text: "listeners", weight: 2},
	// a radio programme's (r87): "a 20-minute recorded interview with our
	// host ... The segment would air in mid-March"
	{text: "recorded interview", weight: 2}, {text: "with our host", weight: 2},
	{text: "would air", weight: 2}, {text: "will air", weight: 2},
	{text: "journalist", weight: 2},
	{text: "reporter", weight: 2},
	// the press in the other languages (r75: "Je suis journaliste à
	// Décideurs Finance Hebdo ... accepteriez-vous de m'accorder une
	// interview")
	{text: "journaliste", weight: 2}, {text: "periodista", weight: 2}, {text: "giornalista", weight: 2},
	{text: "jornalista", weight: 2}, {text: "journalistin", weight: 2},
	// a child's school meeting (r57): "Colloqui genitori – classe 3B",
	// "le confermo il colloquio per giovedì"
	{text: "genitori", weight: 3}, {text: "quadrimestre", weight: 2}, {text: "parents' evening", weight: 3},
	{text: "parent-teacher", weight: 2}, {text: "elternabend", weight: 2}, {text: "elterngespräch", weight: 2},
	{text: "réunion parents", weight: 2}, {text: "reunión de padres", weight: 2}, {text: "ouderavond", weight: 2},
	{text: "oudergesprek", weight: 2}, {text: "reunião de pais", weight: 2},
	{text: "article", weight: 1.5},
	{text: "magazine", weight: 2},
	{text: "newspaper", weight: 2},
	{text: "press", weight: 1},
	{text: "interviewed by", weight: 2},
	{text: "an interview with", weight: 1.5},
	{text: "blog", weight: 1.5},
	{text: "user research", weight: 3},
	// the researcher and the thanks: "I'm Ruby, a user researcher at
	// Foundry Hire ... (30 mins, £40 voucher)" (r54)
	{text: "a user researcher", weight: 3}, {text: "a ux researcher", weight: 3}, {text: "voucher", weight: 2},
	// "You signed up for our candidate research panel ... we're running a
	// round of interviews with engineers"
	{text: "research panel", weight: 3},
	{text: "ux research", weight: 3},
	{text: "usability", weight: 3},
	{text: "research study", weight: 3},
	{text: "participants", weight: 2},
	{text: "participate in", weight: 1.5},
	{text: "gift card", weight: 3},
	{text: "honorarium", weight: 3},
	{text: "incentive", weight: 1.5},
	{text: "feedback session", weight: 3},
	{text: "customer interview*", weight: 3},
	{text: "your experience with", weight: 1.5},
	// a contest's judges: "still waiting on the panel of judges for the
	// pie contest"
	{text: "panel of judges", weight: 3}, {text: "judging panel", weight: 3},
	// a journalist's piece and a researcher's thanks: "the interview for
	// the piece on open-source tools", "et gavekort på 300 kr. som tak"
	{text: "the piece on", weight: 1.5}, {text: "a piece on", weight: 1.5}, {text: "a piece about", weight: 1.5},
	{text: "for the piece", weight: 1.5}, {text: "gavekort", weight: 3}, {text: "presentkort", weight: 3},
	// the French "entretien" of a boiler or of a yearly review, no job
	// interview: "l'entretien annuel de la chaudière"
	{text: "entretien annuel", weight: 3}, {text: "chaudière", weight: 3},
	{text: "how you use", weight: 2},
	{text: "study", weight: 1},
	{text: "survey", weight: 1.5},
	{text: "documentary", weight: 2},
	// a talk about interviews: "Acing the Panel Interview – Webinar Confirmation"
	{text: "webinar", weight: 3},
	// the medium, not "sorry for the radio silence" of a recruiter
	{text: "radio show", weight: 1.5}, {text: "radio station", weight: 1.5}, {text: "radio interview", weight: 1.5},
	{text: "on the radio", weight: 1.5}, {text: "radio program*", weight: 1.5}, {text: "radio host", weight: 1.5},
	{text: "radio segment", weight: 1.5}, {text: "radio broadcast", weight: 1.5},
	{text: "broadcast", weight: 1.5},
	{text: "livestream", weight: 1.5},
	{text: "on air", weight: 1.5},
}

// alertTerms are job boards and alerts: about jobs, never one hiring process.
var alertTerms = []term{
	{text: "job alert*", weight: 5},
	{text: "jobs for you", weight: 5},
	{text: "new jobs", weight: 4},
	{text: "jobs you may be interested in", weight: 5},
	{text: "jobs you might be interested in", weight: 5},
	{text: "jobs you may like", weight: 5}, {text: "jobs you might like", weight: 5}, {text: "because you applied to", weight: 3},
	{text: "recommended jobs", weight: 5},
	{text: "jobs matching", weight: 4},
	{text: "matching jobs", weight: 4},
	{text: "jobs based on your", weight: 4},
	{text: "similar jobs", weight: 3},
	{text: "job recommendations", weight: 5},
	{text: "top job picks", weight: 5},
	{text: "new job postings", weight: 4},
	{text: "saved search", weight: 3},
	{text: "jobs in your area", weight: 4},
	{text: "see all jobs", weight: 3},
	{text: "view all jobs", weight: 3},
	{text: "easy apply", weight: 3},
	{text: "apply now", weight: 1.5},
	{text: "jobs available", weight: 3},
	{text: "job listings", weight: 3},
	{text: "job seeker*", weight: 3},
	{text: "career site*", weight: 3},
	{text: "career websites", weight: 3},
	{text: "job boards", weight: 2},
	// the web's job sites, not the ones a pipefitter travels to ("willing to
	// travel to job sites up to 60 miles")
	{text: "most job sites", weight: 2}, {text: "online job sites", weight: 2}, {text: "other job sites", weight: 2}, {text: "job sites like", weight: 2},
	{text: "job sites such as", weight: 2},
	{text: "job search", weight: 1.5},
	{text: "post your resume", weight: 4},
	{text: "posts your resume", weight: 4},
	{text: "resume service*", weight: 4},
	{text: "search for jobs", weight: 3},
	{text: "neue jobs", weight: 4},
	{text: "jobs für sie", weight: 5},
	{text: "stellenangebote für sie", weight: 5},
	{text: "jobangebote für sie", weight: 5},
	{text: "offres d'emploi pour vous", weight: 5},
	{text: "alerte emploi", weight: 5},
	{text: "nouvelles offres", weight: 3},
	{text: "empleos para ti", weight: 5},
	{text: "alerta de empleo", weight: 5},
	{text: "nuevos empleos", weight: 4},
}

// newsletterTerms make a message bulk even without list headers.
var newsletterTerms = []term{
	{text: "newsletter", weight: 3},
	{text: "digest", weight: 2},
	{text: "weekly roundup", weight: 3},
	{text: "this week's issue", weight: 3},
	{text: "view in browser", weight: 2},
	{text: "view this email in your browser", weight: 2},
	{text: "manage your subscription", weight: 2},
	{text: "email preferences", weight: 2},
	{text: "you are receiving this", weight: 2},
	{text: "you're receiving this", weight: 2},
	{text: "abbestellen", weight: 2},
	{text: "se désabonner", weight: 2},
	{text: "darse de baja", weight: 2},
	// a newsletter and its way out in the other languages: "Carrièrewijzer
	// – nieuwsbrief week 29 ... Afmelden", "Newsletter abbestellen"
	{text: "nieuwsbrief", weight: 3}, {text: "afmelden", weight: 2}, {text: "uitschrijven", weight: 2},
	{text: "abmelden", weight: 1.5}, {text: "désinscrire", weight: 2}, {text: "désinscription", weight: 2},
	{text: "désabonnement", weight: 2}, {text: "lettre d'information", weight: 3}, {text: "boletín", weight: 2},
	{text: "cancelar suscripción", weight: 2}, {text: "anular suscripción", weight: 2}, {text: "boletim informativo", weight: 2}, {text: "nosso boletim", weight: 2}, {text: "boletim semanal", weight: 2}, {text: "boletim mensal", weight: 2},
	{text: "descadastrar", weight: 2}, {text: "cancelar inscrição", weight: 2}, {text: "disiscriviti", weight: 2},
	{text: "annulla l'iscrizione", weight: 2}, {text: "cancella l'iscrizione", weight: 2},
}

var marketingTerms = []term{
	{text: "unsubscribe", weight: 1.5},
	{text: "click here", weight: 1.5},
	{text: "click on the link", weight: 1.5},
	{text: "limited time", weight: 1.5},
	{text: "special offer", weight: 2},
	{text: "discount", weight: 1.5},
	{text: "free trial", weight: 1.5},
	{text: "sign up", weight: 1},
	{text: "signing up", weight: 1},
	{text: "create a free", weight: 2},
	{text: "100 free", weight: 2},
	{text: "work from home", weight: 2.5},
	{text: "make money", weight: 2.5},
	{text: "excellent income", weight: 2.5},
	{text: "no experience", weight: 1.5},
	{text: "to be removed", weight: 2.5},
	{text: "remove in the subject", weight: 2.5},
	{text: "rather not receive", weight: 2.5},
	{text: "opt out", weight: 1.5},
	{text: "promo code", weight: 2},
	{text: "offercode", weight: 2},
	{text: "webinar", weight: 1.5},
	{text: "register now", weight: 1.5},
	{text: "act now", weight: 2},
	{text: "buy now", weight: 2},
	{text: "shop now", weight: 2},
	{text: "all rights reserved", weight: 1},
	{text: "privacy policy", weight: 1},
	{text: "check out", weight: 0.5},
	{text: "business opportunity", weight: 2.5},
	{text: "investment opportunity", weight: 2.5},
	{text: "exclusive opportunity", weight: 1.5},
	{text: "career opportunity", weight: 1},
	{text: "web service", weight: 1.5},
	{text: "your account", weight: 1},
}

var receiptTerms = []term{
	{text: "receipt", weight: 3},
	{text: "your order", weight: 3},
	{text: "order number", weight: 3},
	{text: "order confirmation", weight: 3},
	{text: "invoice", weight: 3},
	{text: "payment received", weight: 3},
	{text: "subtotal", weight: 3},
	{text: "amount paid", weight: 3},
	{text: "total paid", weight: 3},
	{text: "transaction id", weight: 3},
	{text: "tracking number", weight: 3},
	{text: "order has shipped", weight: 3},
	{text: "package has shipped", weight: 3},
	{text: "item has shipped", weight: 3},
	{text: "has been shipped", weight: 3},
	{text: "rechnung", weight: 3},
	{text: "bestellung", weight: 3},
	{text: "facture", weight: 3},
	{text: "votre commande", weight: 3},
	{text: "factura", weight: 3},
	{text: "tu pedido", weight: 3},
}

var oooTerms = []term{
	{text: "out of the office", weight: 1},
	{text: "out of office", weight: 1},
	{text: "ooo", weight: 1},
	{text: "on vacation", weight: 1},
	{text: "on holiday", weight: 1},
	{text: "on annual leave", weight: 1},
	{text: "on leave", weight: 1},
	{text: "on parental leave", weight: 1},
	{text: "on maternity leave", weight: 1},
	{text: "on paternity leave", weight: 1},
	{text: "away from the office", weight: 1},
	{text: "limited access to email", weight: 1},
	{text: "limited access to my email", weight: 1},
	{text: "currently away", weight: 1},
	{text: "i am away", weight: 1},
	{text: "i'm away", weight: 1},
	{text: "i am currently traveling", weight: 1},
	{text: "abwesend", weight: 1},
	{text: "nicht im büro", weight: 1},
	{text: "außer haus", weight: 1},
	{text: "im urlaub", weight: 1},
	{text: "absent du bureau", weight: 1},
	{text: "absente du bureau", weight: 1},
	{text: "en congé", weight: 1},
	{text: "en congés", weight: 1},
	{text: "en vacances", weight: 1},
	{text: "fuera de la oficina", weight: 1},
	{text: "de vacaciones", weight: 1},
	{text: "ausente", weight: 1},
}

// Stage cues. Weights here are not job points; only presence matters.
// rejectStrongTerms are rejections said outright; they are the heaviest
// family of outcomeTerms (lexicon_outcome.go).
var rejectStrongTerms = []term{
	{text: "move forward with other candidates"},
	{text: "moving forward with other candidates"},
	{text: "proceed with other candidates"},
	{text: "pursue other candidates"},
	{text: "other candidates whose"},
	{text: "candidates whose experience"},
	{text: "candidates whose qualifications"},
	{text: "more closely match*"},
	{text: "not moving forward"},
	{text: "not be moving forward"},
	{text: "not to move forward"},
	{text: "won't be moving forward"},
	{text: "decided not to proceed"},
	{text: "not to proceed with your"},
	{text: "will not be proceeding"},
	{text: "won't be proceeding"},
	{text: "not be progressing"},
	{text: "not progress your application"},
	{text: "position has been filled"},
	{text: "role has been filled"},
	{text: "position is filled"},
	{text: "position was filled"},
	{text: "decided to go with another"},
	{text: "go in a different direction"},
	{text: "not been selected"},
	{text: "were not selected"},
	{text: "was not selected"},
	{text: "regret to inform"},
	{text: "unable to offer you"},
	{text: "not able to offer you"},
	{text: "not in a position to offer"},
	{text: "no longer under consideration"},
	{text: "no longer being considered"},
	{text: "your application was unsuccessful"},
	{text: "application has been unsuccessful"},
	{text: "decided to pursue other"},
	{text: "not be offering you"}, {text: "won't be offering you"}, {text: "will not be offering"},
	{text: "not to extend an offer"}, {text: "not extend an offer"}, {text: "not be extending an offer"},
	{text: "not be progressing your"}, {text: "won't be progressing"}, {text: "will not be progressing"},
	{text: "not progressing your"}, {text: "not be taking your application"}, {text: "won't be taking your application"},
	{text: "selected another candidate"}, {text: "chosen another candidate"}, {text: "selected a different candidate"},
	{text: "offered the position to another"}, {text: "offered the role to another"}, {text: "hired another candidate"},
	{text: "move ahead with a candidate"}, {text: "move ahead with another"}, {text: "moving ahead with another"},
	{text: "move ahead with other"}, {text: "moving ahead with other"}, {text: "move forward with another"},
	{text: "moving forward with another"}, {text: "go with another candidate"}, {text: "going with another candidate"},
	{text: "decided not to move forward"}, {text: "not to move ahead"}, {text: "decided not to continue"},
	{text: "not be continuing with your"}, {text: "not continue with your"},
	{text: "application was not successful"}, {text: "application has not been successful"},
	{text: "application was unsuccessful"}, {text: "were unsuccessful"}, {text: "not successful on this occasion"},
	{text: "unsuccessful on this occasion"}, {text: "not been successful"},
	{text: "we have filled the"}, {text: "we've filled the"}, {text: "has now been filled"},
	{text: "not a fit at this time"}, {text: "not the right fit"}, {text: "not the right match"},
	{text: "better aligned with"}, {text: "better align with"}, {text: "more closely align"}, {text: "more closely aligned"},
	{text: "closer match"}, {text: "stronger match"},
	{text: "gegen ihre bewerbung entschieden"}, {text: "gegen sie entschieden"}, {text: "keine zusage"},
	{text: "absage erteilen"}, {text: "ihnen absagen"}, {text: "bereits besetzt"}, {text: "inzwischen besetzt"},
	{text: "anderweitig besetzt"}, {text: "mit anderen kandidat*"}, {text: "für eine andere kandidatin"},
	{text: "nicht in die engere auswahl"}, {text: "nicht weiterverfolgen"}, {text: "nicht weiter verfolgen"},
	{text: "suite favorable"}, {text: "ne donnerons pas suite"}, {text: "pas pouvoir donner suite"},
	{text: "déjà été pourvu*"}, {text: "été pourvu*"}, {text: "autre profil"}, {text: "un profil correspondant davantage"},
	{text: "pas été retenue"}, {text: "ne sera pas retenue"}, {text: "ne pas retenir"},
	{text: "ne peut être retenue"}, {text: "ne peut pas être retenue"}, {text: "pas atteint la note de passage"},
	{text: "ha sido cubierta"}, {text: "ha sido cubierto"}, {text: "sido cubiert*"}, {text: "otro perfil"},
	{text: "no ha sido seleccionada"}, {text: "no avanzar con tu"}, {text: "no avanzar con su"},
	{text: "no seguir adelante con tu"}, {text: "hemos optado por"}, {text: "no continuaremos"},
	{text: "nicht berücksichtigen"},
	{text: "nicht weiter berücksichtigen"},
	{text: "nicht berücksichtigt"},
	{text: "für einen anderen bewerber"},
	{text: "für eine andere bewerberin"},
	{text: "für einen anderen kandidaten"},
	{text: "anderen bewerber entschieden"},
	{text: "pas retenu*"},
	{text: "pas été retenu*"},
	{text: "ne pas donner suite"},
	{text: "pas donner suite"},
	{text: "pas pu donner suite"},
	{text: "pouvons pas donner suite"},
	{text: "pas été sélectionné*"},
	{text: "un autre candidat"},
	{text: "une autre candidate"},
	{text: "no ha sido seleccionad*"},
	{text: "no has sido seleccionad*"},
	{text: "no fue seleccionad*"},
	{text: "otros candidatos"},
	{text: "otro candidato"},
	{text: "no continuar con tu"},
	{text: "no continuar con su"},
	{text: "no avanzar"},
	{text: "no seguir adelante"},
	{text: "no podemos ofrecerte"},
	{text: "hemos decidido continuar con"},
}

var offerTerms = []term{
	{text: "pleased to offer"}, {text: "happy to offer"}, {text: "delighted to offer"},
	{text: "excited to offer"}, {text: "thrilled to offer"}, {text: "glad to offer"},
	{text: "offer letter"}, {text: "extend an offer"}, {text: "extend you an offer"},
	{text: "extending an offer"}, {text: "extend a formal offer"}, {text: "formal offer"}, {text: "extend you an offer"},
	{text: "extend you a formal offer"},
	{text: "verbal offer"}, {text: "written offer"}, {text: "offer of employment"},
	// an offer released in a vendor-management system (r81): "Pinebrook has
	// released an offer through VNDLY", "Client has released the offer in
	// their VMS today"
	{text: "released an offer"}, {text: "released the offer"}, {text: "released you an offer"},
	// a public employer's appointment (r82): "Wir bieten Ihnen die
	// Einstellung zu folgenden Bedingungen an", "Sie ... in das
	// Beamtenverhältnis auf Probe ... zu ernennen", "fica V.Sa. CONVOCADO
	// para contratação", "ha resultado
	// GANADOR de la Convocatoria CAS", "lo ha seleccionado para ocupar el
	// cargo", "el Comité ... te determinó ganador"
	{text: "bieten ihnen die einstellung"}, {text: "beamtenverhältnis auf probe"}, {text: "convocado para contratação"},
	{text: "convocada para contratação"}, {text: "ha resultado ganador"}, {text: "ha resultado ganadora"},
	{text: "seleccionado para ocupar el cargo"}, {text: "seleccionada para ocupar el cargo"}, {text: "determinó ganador"},
	{text: "determinó ganadora"},
	// a public employer's offer before its checks, and a temp's post made
	// permanent (r72): "a tentative offer", "queremos ofrecerte la
	// contratación de planta"
	{text: "tentative offer"}, {text: "ofrecerte la contratación"}, {text: "ofrecerle la contratación"},
	// a French regional authority's offer after its jury (r75):
	// "Proposition de recrutement – Chef(fe) de projet"
	{text: "proposition de recrutement"},
	// a census's offer after its interview (r77): "votre candidature a
	// été retenue. Nous vous proposons un poste d'agent recenseur"
	{text: "vous proposons un poste"},
	// a co-operative's governing council admitting a worker-member on
	// trial (r76): "ha aprobado ayer tu incorporación como socio
	// trabajador ... ¿podrías confirmarnos si aceptas la propuesta?"
	{text: "aprobado tu incorporación"}, {text: "aprobado su incorporación"}, {text: "si aceptas la propuesta"},
	{text: "si acepta la propuesta"},
	// an appointment letter (r73): "the management is pleased to appoint
	// you as Programme Manager"; a Portuguese public competition's first
	// place, called to sign (r74: "ordenado(a) em 1.º lugar ... tendo em
	// vista a celebração de contrato")
	{text: "pleased to appoint you"}, {text: "happy to appoint you"}, {text: "delighted to appoint you"},
	{text: "hereby appointed"}, {text: "celebração de contrato"}, {text: "celebração do contrato"},
	{text: "offer package"}, {text: "accept the offer"}, {text: "accepted the offer"},
	{text: "accept your offer"}, {text: "accepting the offer"}, {text: "accepting your offer"},
	{text: "vertragsangebot"}, {text: "ihnen ein angebot"}, {text: "angebot zu unterbreiten"},
	{text: "proposition d'embauche"}, {text: "promesse d'embauche"}, {text: "offre d'embauche"},
	{text: "plaisir de vous proposer"}, {text: "carta oferta"}, {text: "oferta formal"},
	{text: "nos complace ofrecerte"}, {text: "nos complace ofrecerle"}, {text: "oferta laboral"},
	{text: "offer you the"}, {text: "like to offer you"}, {text: "details of your offer"}, {text: "your offer details"},
	{text: "offer you the position"}, {text: "offer you the role"}, {text: "offer you the job"}, {text: "offer you a position"},
	{text: "make you an offer"}, {text: "an offer for the"}, {text: "your offer letter"}, {text: "the offer letter"},
	{text: "extend you a formal offer"}, {text: "extending you an offer"}, {text: "approved an offer"}, {text: "your offer from"},
	{text: "ein angebot für die stelle"}, {text: "ihnen ein vertragsangebot"}, {text: "die stelle anbieten"},
	{text: "die stelle anzubieten"}, {text: "stelle anbieten"}, {text: "zusage für die stelle"},
	{text: "vous proposer le poste"}, {text: "vous faire une offre"}, {text: "vous offrir le poste"},
	{text: "ofrecerte el puesto"}, {text: "ofrecerle el puesto"}, {text: "hacerte una oferta"}, {text: "hacerle una oferta"},
	// the clitic before the verb that wants (r84: "te quiero ofrecer el
	// puesto de crew lead")
	{text: "quiero ofrecer el puesto"}, {text: "queremos ofrecer el puesto"}, {text: "quisiera ofrecer el puesto"},
	{text: "quisiéramos ofrecer el puesto"},
	{text: "oferta de empleo"}, {text: "oferta de trabajo"},
	// the offer letter in the other languages (r19: "Tu trouveras ci-joint
	// ta lettre d'offre"), and the familiar French forms
	{text: "lettre d'offre"}, {text: "ta lettre d'offre"}, {text: "votre lettre d'offre"}, {text: "te proposer le poste"},
	{text: "te faire une offre"}, {text: "lettera di offerta"}, {text: "carta de oferta"}, {text: "carta-oferta"},
	{text: "aanbiedingsbrief"}, {text: "angebotsschreiben"},
	// r20: the hire approved ("a administração aprovou hoje a sua
	// contratação"), someone brought on board ("möchten wir dich sehr
	// gerne als Senior Data Engineer an Bord holen")
	{text: "aprovou a sua contratação"}, {text: "aprovou sua contratação"}, {text: "sua contratação foi aprovada"},
	{text: "aprobó tu contratación"}, {text: "aprobó su contratación"}, {text: "tu contratación fue aprobada"},
	{text: "approved your hire"}, {text: "approved your hiring"}, {text: "an bord holen"}, {text: "an bord zu holen"},
	{text: "dein angebot"}, {text: "unseres angebots"},
	// r49: the post named between "Ihnen die" and the verb ("dass wir
	// Ihnen die Position als Senior Data Engineer anbieten möchten"), and
	// the French "proposition" of a team that wants the reader
	// ("l'équipe souhaite vous faire une proposition !")
	{text: "anbieten möchten"}, {text: "anbieten zu können"}, {text: "anbieten dürfen"}, {text: "position anbieten"},
	{text: "vous faire une proposition"}, {text: "te faire une proposition"}, {text: "vous faire une proposition d'embauche"},
	// the post named between the wish and the separable verb at the
	// clause's end (r86 tuning): "Wir möchten Ihnen die Stelle als Dipl.
	// Experte Anästhesiepflege NDS HF (90%) anbieten!", "Wir bieten Ihnen
	// hiermit die Stelle eines Vorspielers Violoncello ... an"
	{text: "möchten ihnen die stelle"}, {text: "möchten ihnen die position"}, {text: "möchten dir die stelle"},
	{text: "bieten ihnen hiermit"}, {text: "bieten dir hiermit"},
	// a foreman's offer in three words (r87): "Job's yours if you want it.
	// $22 to start"
	{text: "job's yours"}, {text: "the job is yours"}, {text: "the job's yours"}, {text: "the role is yours"},
	{text: "the position is yours"},
}

var withdrawnTerms = []term{
	{text: "withdraw my application", fam: "reader"}, {text: "withdraw my candidacy", fam: "reader"}, {text: "withdraw from consideration", fam: "reader"},
	{text: "withdrawing my application", fam: "reader"}, {text: "withdrawing my candidacy", fam: "reader"}, {text: "withdraw from the process"},
	{text: "withdrawing from the process"}, {text: "remove me from consideration", fam: "reader"},
	{text: "accepted another offer", fam: "reader"}, {text: "accepted an offer elsewhere", fam: "reader"}, {text: "accepted a position elsewhere", fam: "reader"},
	{text: "accepted another position"}, {text: "decided to accept another"}, {text: "accepted a role elsewhere"},
	{text: "hiring freeze"}, {text: "no longer hiring"}, {text: "no longer recruiting"}, {text: "paused hiring"},
	{text: "pause hiring"}, {text: "pausing hiring"}, {text: "withdraw from consideration", fam: "reader"}, {text: "withdrawn my application", fam: "reader"},
	{text: "no longer wish to be considered", fam: "reader"}, {text: "no longer interested in the"}, {text: "decline the interview"},
	{text: "decided to pursue another opportunity"}, {text: "accepted a different"}, {text: "accepted a job"},
	{text: "accepted an offer with", fam: "reader"}, {text: "taken another position"}, {text: "taken another role"},
	{text: "decided not to fill"}, {text: "not to fill the"},
	// the reader's own choice said with its object: "I've decided to accept a
	// position as an edit assistant ... so I'm going to withdraw from the
	// Taproom & Events Lead role"
	{text: "decided to accept a position"}, {text: "decided to accept a role"}, {text: "decided to accept an offer"},
	{text: "going to withdraw from", fam: "reader"}, {text: "have to withdraw from", fam: "reader"}, {text: "need to withdraw from", fam: "reader"},
	{text: "bewerbung zurückziehen", fam: "reader"}, {text: "ziehe meine bewerbung", fam: "reader"}, {text: "einstellungsstopp"},
	{text: "retirer ma candidature", fam: "reader"}, {text: "retire ma candidature", fam: "reader"},
	{text: "withdraw my candidature", fam: "reader"}, {text: "withdrawing my candidature", fam: "reader"}, // r50, a UN-style process's word
	{text: "retirar mi candidatura", fam: "reader"}, {text: "retiro mi candidatura", fam: "reader"},
}

// holdEvents close the process only when they are about the position, not
// about one meeting ("the interview has been cancelled" is rescheduling).
var holdEventTerms = []term{
	{text: "put on hold"}, {text: "placed on hold"}, {text: "is on hold"}, {text: "been cancelled"},
	{text: "been canceled"}, {text: "been closed"}, {text: "been withdrawn"}, {text: "been paused"},
	{text: "been eliminated"}, {text: "been suspended"}, {text: "auf eis"}, {text: "gestrichen"}, {text: "été annulé*"},
	{text: "est suspendu*"}, {text: "été suspendu*"}, {text: "sido cancelad*"}, {text: "en pausa"},
	{text: "on hold"}, {text: "been put on hold"}, {text: "closing the"}, {text: "are closing"}, {text: "has been closed"},
	{text: "paused"}, {text: "no longer open"}, {text: "no longer available"}, {text: "eingestellt"},
	{text: "fue cancelad*"}, {text: "foi cancelad*"}, {text: "stata annullat*"}, {text: "stata sospes*"},
	{text: "ingetrokken"}, {text: "stopgezet"}, {text: "geannuleerd"},
	// frozen, said as done ("El cliente ha congelado el proyecto de datos
	// y eso incluye esta posición")
	{text: "ha congelado"}, {text: "han congelado"}, {text: "hemos congelado"}, {text: "ha congelato"},
	{text: "hanno congelato"}, {text: "congelou"}, {text: "congelaram"},
}

var postNounTerms = []term{
	// academic posts: "Lectureship in Health Data Science"
	{text: "lectureship"}, {text: "professorship"}, {text: "readership"}, {text: "tenure track"},
	// the law's own posts (r58): "your application for a term clerkship
	// with Judge Okafor", "pupillage", "a training contract"
	{text: "clerkship"}, {text: "clerkships"}, {text: "pupillage"}, {text: "traineeship"}, {text: "training contract"},
	{text: "position"}, {text: "role"}, {text: "opening"}, {text: "requisition"}, {text: "req"},
	{text: "search"}, {text: "hiring"}, {text: "stelle"}, {text: "poste"}, {text: "recrutement"},
	{text: "puesto"}, {text: "vacante"}, {text: "proceso"}, {text: "requisition"}, {text: "search"}, {text: "posición"}, {text: "posição"},
	{text: "post"}, {text: "vacancy"}, {text: "recruitment"}, {text: "posizione"}, {text: "vacature"}, {text: "vaga"},
	{text: "tjänsten"}, {text: "tjänst"}, {text: "stillingen"}, {text: "stilling"}, {text: "stillinga"}, {text: "rollen"},
	{text: "befattningen"}, {text: "rekryteringen"}, {text: "rekrutteringen"}, {text: "oppdraget"},
}

var scheduledTerms = []term{
	{text: "confirmed for"}, {text: "is confirmed"}, {text: "has been confirmed"}, {text: "are confirmed"},
	// "Locked in Option B - Thu 25 Feb, 8:00am", "je vous confirme votre
	// journée d'essai ... le samedi 5 juin"
	{text: "locked in option"}, {text: "locked in for"}, {text: "you're locked in"}, {text: "vous confirme votre"}, {text: "te confirmo tu"}, {text: "ti confermo il"},
	{text: "been scheduled for"}, {text: "is scheduled for"}, {text: "scheduled for"}, {text: "is booked for"},
	{text: "booked for"}, {text: "is set for"}, {text: "calendar invite"}, {text: "calendar invitation"},
	{text: "sent you an invite"}, {text: "sent an invite"}, {text: "see you on"}, {text: "see you then"},
	{text: "look forward to speaking with you on"}, {text: "look forward to meeting you on"},
	{text: "interview confirmation"}, {text: "interview confirmed"}, {text: "confirming your interview"},
	{text: "i've booked"}, {text: "i have booked"}, {text: "booked your"}, {text: "you're all set"}, {text: "you are all set"},
	{text: "we're set for"}, {text: "we are set for"}, {text: "all set for"}, {text: "this is to confirm"}, {text: "confirming your"},
	{text: "been scheduled"}, {text: "has been booked"}, {text: "looking forward to seeing you on"}, {text: "confirm your interview"},
	{text: "termin bestätigt"}, {text: "bestätigen ihren termin"}, {text: "bestätige den termin"},
	{text: "confirmé pour"}, {text: "confirmation de votre entretien"}, {text: "prévu le"},
	// r83: the interview itself said confirmed, as an ATS's French card
	// heads it ("ton entrevue est confirmée!", "Entrevue confirmée :")
	{text: "entrevue est confirmée"}, {text: "entretien est confirmé"}, {text: "entrevue confirmée"}, {text: "entretien confirmé"},
	{text: "confirmada para"}, {text: "programada para"}, {text: "agendada para"}, {text: "confirmamos tu entrevista"},
}

var schedulingTerms = []term{
	{text: "what times work"}, {text: "what time works"}, {text: "which times work"}, {text: "times that work"},
	{text: "share your availability"}, {text: "your availability"}, {text: "availability for"},
	{text: "when are you available"}, {text: "when would you be available"}, {text: "are you available"},
	{text: "would you be available"}, {text: "schedule a call"}, {text: "schedule a time"},
	{text: "schedule an interview"}, {text: "schedule your interview"}, {text: "schedule a chat"},
	{text: "set up a call"}, {text: "set up a time"}, {text: "set up an interview"}, {text: "book a time"},
	{text: "pick a time"}, {text: "choose a time"}, {text: "select a time"}, {text: "time slot*"},
	{text: "calendly"}, {text: "goodtime"}, {text: "would any of the following"}, {text: "do any of these times"},
	{text: "does this time work"}, {text: "work for you"}, {text: "works for you"}, {text: "find a time"},
	{text: "terminvorschläge"}, {text: "terminvorschlag"}, {text: "verfügbarkeit"}, {text: "wann passt es"},
	{text: "wann hätten sie zeit"}, {text: "termin vereinbaren"}, {text: "vos disponibilités"},
	{text: "disponibilités"}, {text: "créneau*"}, {text: "tu disponibilidad"}, {text: "su disponibilidad"},
	{text: "disponibilidad"}, {text: "agendar"},
}

var awaitingTerms = []term{
	{text: "thanks for interviewing"}, {text: "thank you for interviewing"},
	{text: "thank you for taking the time to interview"}, {text: "thank you for taking the time to speak"},
	{text: "thank you for taking the time to meet"}, {text: "thanks for taking the time to"},
	{text: "thank you for meeting with"}, {text: "thanks for meeting with"},
	{text: "thank you for your time today"}, {text: "thank you for your time yesterday"},
	{text: "great speaking with you"}, {text: "great talking with you"}, {text: "great chatting"},
	{text: "enjoyed speaking with you"}, {text: "enjoyed meeting"}, {text: "enjoyed our conversation"},
	{text: "pleasure speaking"}, {text: "thank you for the interview"}, {text: "thanks for the interview"},
	{text: "following your interview"}, {text: "following our interview"}, {text: "after your interview"},
	{text: "feedback from the team"}, {text: "gathering feedback"}, {text: "collecting feedback"},
	{text: "debrief"}, {text: "final decision"}, {text: "make a decision"}, {text: "making a decision"},
	{text: "reach a decision"},
	{text: "thank you again for the conversation"}, {text: "thanks again for the conversation"},
	{text: "conversation today"}, {text: "conversation yesterday"}, {text: "conversation this morning"},
	// a panel's notes gathered after a presentation (r90: "We're
	// consolidating the panel's notes and I'll get back to you",
	// "Nous faisons le point avec les membres du panel")
	{text: "the panel's notes"}, {text: "the panel's feedback"}, {text: "membres du panel"}, {text: "notes du panel"},
	{text: "our conversation this"}, {text: "time with the panel"}, {text: "time you spent with"}, {text: "everyone you spoke with"},
	{text: "everyone you met"}, {text: "for coming in"}, {text: "scorecards"}, {text: "compare notes"}, {text: "comparing notes"},
	{text: "interviewing with us"}, {text: "interviewing with the team"}, {text: "meeting the team"}, {text: "to meet the team this week"},
	{text: "speaking with you on"}, {text: "speaking with you yesterday"}, {text: "speaking with you today"},
	{text: "wrapping up the last"}, {text: "wrapping up our"}, {text: "last few interviews"}, {text: "remaining interviews"},
	{text: "two interviews to"}, {text: "interviews to run"}, {text: "review the feedback"}, {text: "interviewers"},
	{text: "angenehme gespräch"}, {text: "für das gespräch"}, {text: "für das interview"}, {text: "weiteren bewerbern"},
	{text: "merci pour l'échange"}, {text: "notre échange"}, {text: "l'entretien de"}, {text: "l'entretien d'hier"},
	{text: "fait le point"}, {text: "la entrevista de"}, {text: "la entrevista del"}, {text: "terminando el proceso"},
	{text: "vielen dank für das gespräch"}, {text: "danke für das gespräch"}, {text: "nach dem gespräch"},
	{text: "merci pour l'entretien"}, {text: "suite à notre entretien"}, {text: "suite à votre entretien"},
	{text: "gracias por la entrevista"}, {text: "tras la entrevista"}, {text: "después de la entrevista"},
}

var ackTerms = []term{
	{text: "received your application"}, {text: "receipt of your application"},
	{text: "application has been received"}, {text: "application was received"},
	{text: "application has been submitted"}, {text: "application was submitted"},
	{text: "successfully submitted"}, {text: "successfully applied"},
	{text: "thank you for applying"}, {text: "thanks for applying"},
	{text: "thank you for your application"}, {text: "thanks for your application"},
	{text: "reviewing your application"}, {text: "review your application"},
	{text: "eingang ihrer bewerbung"}, {text: "vielen dank für ihre bewerbung"}, {text: "danke für ihre bewerbung"},
	{text: "bewerbung erhalten"}, {text: "bewerbung ist eingegangen"},
	{text: "bien reçu votre candidature"}, {text: "merci pour votre candidature"}, {text: "merci de votre candidature"},
	{text: "votre candidature a bien été"},
	// a responder's acknowledgement in other words: "This is an
	// automated acknowledgement ... Your email and attachments have been
	// received by the search committee mailbox", "your email has landed
	// safely with us"
	{text: "automated acknowledgement"}, {text: "automatic acknowledgement"}, {text: "automated acknowledgment"},
	{text: "automatic acknowledgment"}, {text: "have been received by"}, {text: "landed safely"},
	// r50: "We confirm that your email and any attachments have reached
	// our recruitment mailbox", "we've received your email to
	// jobs@ferrous.io"
	{text: "have reached our"}, {text: "has reached our"}, {text: "received your email to"},
	{text: "reached our recruitment"},
	// "If you have sent us an application for the post of Teacher of
	// Mathematics, it has been received"
	{text: "it has been received"},
	// a board's word that the application went to the employer:
	// "Application submitted", "Bewerbung gesendet ... Folgende Unterlagen
	// wurden übermittelt", "Tu hoja de vida fue enviada con éxito"
	{text: "application submitted"}, {text: "bewerbung gesendet"}, {text: "unterlagen wurden übermittelt"},
	{text: "enviada con éxito"}, {text: "enviado con éxito"}, {text: "enviada com sucesso"},
	{text: "hemos recibido tu"}, {text: "hemos recibido su"}, {text: "gracias por tu candidatura"},
	{text: "gracias por postular"}, {text: "gracias por tu postulación"},
}

var outreachTerms = []term{
	{text: "reaching out"}, {text: "came across your"}, {text: "i'm a recruiter"}, {text: "i am a recruiter"},
	{text: "would you be open"}, {text: "open to a conversation"}, {text: "interested in exploring"},
	{text: "following up on my application"}, {text: "i wanted to follow up"},
}

// titleWords are the words job titles are made of ("Senior Backend
// Engineer", "Design Lead"): the one list of them, for the classifier and
// for GuessRole (guess.go). Next to a word for the post (titleContextTerms)
// the classifier takes one as hiring evidence: "the Design Lead position",
// "Data Analyst interview". GuessRole takes the part of a subject that
// holds one as the role, a word as it is written here without its "*"
// ("engineer*" is "engineer": "Chaos Engineering" is no role). Most words
// count for both; the two other groups say why they do not.
var titleWords = struct{ both, evidenceOnly, roleOnly []string }{
	both: []string{
		"engineer", "engineers", "developer*", "manager*", "designer*", "analyst*", "lead", "scientist*", "director*",
		"architect*", "specialist*", "consultant*", "coordinator*", "intern", "internship", "recruiter*",
		"researcher*", "administrator*", "accountant*", "officer", "associate", "representative",
		"technician*", "strategist*", "partner", "sre", "devops", "qa", "cto", "cfo",
	},
	// Hiring evidence, but no role for a draft: phrases and markers (a role
	// is found by its words; "Head of Design" by roleOnly's "head"), fields
	// that are no title on their own, and titles in other languages (a
	// draft's sentences are English).
	evidenceOnly: []string{
		"head of", "vp of", "m/w/d", "w/m/d", "ux", "ui",
		"entwickler*", "ingenieur*", "projektmanager*", "berater*", "leiter*", "développeur*", "développeuse*",
		"ingénieur*", "chef de projet", "chargé*", "responsable", "desarrollador*", "ingenier*", "analista",
		"jefe", "jefa", "diseñador*", "técnico", "técnica",
	},
	// Roles, but not (yet) hiring evidence: English titles the classifier
	// has not been tuned with. Some are everyday words ("staff",
	// "principal", "member", "pm" as in 3 pm) that would make mail which
	// merely uses them look like hiring; moving any of them to both is a
	// change of the classifier, to be measured with TestEval.
	roleOnly: []string{
		"programmer", "assistant", "head", "vp", "president", "executive", "writer", "editor", "attorney",
		"counsel", "counselor", "counsellor", "lawyer", "nurse", "operator", "marketer", "planner", "producer", "tester", "advocate",
		"evangelist", "owner", "principal", "fellow", "teacher", "instructor", "professor", "lecturer",
		"postdoc", "buyer", "controller", "auditor", "economist", "statistician", "physician", "pharmacist",
		"therapist", "agent", "clerk", "secretary", "chef", "mechanic", "electrician", "generalist", "trainer",
		"ceo", "coo", "cio", "ciso", "swe", "sde", "pm", "copywriter", "illustrator", "animator",
		"photographer", "paralegal", "supervisor", "estimator", "scrum", "master", "staff", "member",
		"apprentice", "trainee", "graduate", "investigator", "biologist", "chemist", "physicist",
		"mathematician", "librarian", "curator",
	},
}

// titleTerms are the job-title words that are hiring evidence.
var titleTerms = termsOf(titleWords.both, titleWords.evidenceOnly)

// termsOf makes lexicon terms of phrases.
func termsOf(lists ...[]string) []term {
	var out []term
	for _, l := range lists {
		for _, p := range l {
			out = append(out, term{text: p})
		}
	}
	return out
}

var titleContextTerms = []term{
	{text: "lectureship"}, {text: "professorship"}, {text: "tenure track"}, {text: "clerkship"}, {text: "pupillage"},
	{text: "role"}, {text: "position"}, {text: "opening"}, {text: "vacancy"}, {text: "job"}, {text: "opportunity"},
	{text: "interview*"}, {text: "application"}, {text: "candidacy"}, {text: "requisition"}, {text: "search"},
	{text: "process"}, {text: "offer"}, {text: "posting"}, {text: "stelle"}, {text: "bewerbung"},
	{text: "poste"}, {text: "candidature"}, {text: "entretien"}, {text: "puesto"}, {text: "vacante"},
	{text: "candidatura"}, {text: "entrevista"}, {text: "empleo"}, {text: "emprego"},
}

func withClass(c class, ts []term) []term {
	out := make([]term, len(ts))
	for i, t := range ts {
		t.cls = c
		out[i] = t
	}
	return out
}

// lex is the whole lexicon in one index, so one pass over the tokens finds
// every kind of evidence.
var lex = newLexicon(
	withClass(clsHiring, hiringTerms),
	withClass(clsHiring, hiringTermsMore),
	withClass(clsHiring, hiringTermsNordic),
	withClass(clsInterview, interviewTerms),
	withClass(clsInterview, interviewTermsNordic),
	withClass(clsOtherSense, otherSenseTerms),
	withClass(clsAlert, alertTerms),
	withClass(clsNewsletter, newsletterTerms),
	withClass(clsMarketing, marketingTerms),
	withClass(clsReceipt, receiptTerms),
	withClass(clsOOO, oooTerms),
	withClass(clsOOO, oooTermsNordic),
	withClass(clsNeg, negTerms),
	withClass(clsNeg, negTermsNordic),
	withClass(clsProgress, progressTerms),
	withClass(clsProgress, progressTermsNordic),
	withClass(clsOtherCand, otherCandTerms),
	withClass(clsOtherCand, otherCandTermsNordic),
	withClass(clsOutcomeCue, outcomeTerms),
	withClass(clsOutcomeCue, outcomeTermsNordic),
	withClass(clsPositive, positiveTerms),
	withClass(clsPositive, positiveTermsNordic),
	withClass(clsElsewhere, elsewhereTerms),
	withClass(clsThirdParty, thirdPartyTerms),
	withClass(clsSelfCand, selfCandTerms),
	withClass(clsAutoText, autoTextTerms),
	withClass(clsState, stateTerms),
	withClass(clsOffer, offerTerms),
	withClass(clsOffer, offerTermsMore),
	withClass(clsOffer, offerTermsNordic),
	withClass(clsWithdrawn, withdrawnTerms),
	withClass(clsWithdrawn, withdrawnTermsMore),
	withClass(clsWithdrawn, withdrawnTermsNordic),
	withClass(clsHoldEvent, holdEventTerms),
	withClass(clsPostNoun, postNounTerms),
	withClass(clsScheduled, scheduledTerms),
	withClass(clsScheduled, scheduledTermsMore),
	withClass(clsScheduled, scheduledTermsNordic),
	withClass(clsScheduling, schedulingTerms),
	withClass(clsScheduling, schedulingTermsMore),
	withClass(clsScheduling, schedulingTermsNordic),
	withClass(clsAwaiting, awaitingTerms),
	withClass(clsAwaiting, awaitingTermsMore),
	withClass(clsAwaiting, awaitingTermsNordic),
	withClass(clsAck, ackTerms),
	withClass(clsAck, ackTermsMore),
	withClass(clsAck, ackTermsNordic),
	withClass(clsOutreach, outreachTerms),
	withClass(clsOutreach, outreachTermsMore),
	withClass(clsTitle, titleTerms),
	withClass(clsTitle, titlesNordic),
	withClass(clsTitleContext, titleContextTerms),
	withClass(clsTitleContext, titleContextMore),
	withClass(clsTitleContext, titleContextNordic),
)

// jobBoardDomains send alerts and marketing far more often than they carry
// a conversation with one employer.
var jobBoardDomains = []string{
	"indeed.com", "glassdoor.com", "ziprecruiter.com", "monster.com", "dice.com", "careerbuilder.com",
	"stepstone.de", "xing.com", "welcometothejungle.co", "jobs.ch", "infojobs.net", "seek.com.au",
	"simplyhired.com", "talent.com", "jooble.org",
}

// boardStatusDomains are the job boards and job platforms whose mail about
// one application of the reader's (received, sent to the employer, not
// shortlisted, filled) comes under a mailing's unsubscribe footer: the
// boards above and the platforms that send on an employer's behalf
// (senders.go), and these.
var boardStatusDomains = slices.Concat(jobBoardDomains, platformDomains, []string{
	"naukri.com", "naukrigulf.com", "catho.com.br", "computrabajo.com", "jobstreet.com", "jobsdb.com", "bayt.com",
	"pnet.co.za", "seek.co.nz", "reed.co.uk", "totaljobs.com", "cv-library.co.uk", "irishjobs.ie", "jobs.ie",
	"karriere.at", "stepstone.at", "stepstone.be", "stepstone.nl", "apec.fr", "hellowork.com", "jobteaser.com",
	"joinhandshake.com", "brightnetwork.co.uk", "gradcracker.com", "schoolspring.com", "applytoeducation.com",
	"edjoin.org", "pracuj.pl", "infojobs.it", "infojobs.com.br", "vagas.com.br", "bumeran.com", "zonajobs.com.ar",
	"occ.com.mx", "indeed.co.uk", "indeed.de", "indeed.fr", "indeed.es", "indeed.it", "indeed.nl", "indeed.ca",
	"indeed.com.au", "indeed.co.in", "indeedemail.com",
	// freelance project portals and marketplaces (r55, r68): "Status:
	// Abgesagt. Begründung: Kunde hat sich anderweitig entschieden"
	"gulp.de", "freelancermap.de", "freelance.de", "malt.fr", "malt.de", "malt.es", "malt.nl", "malt.be", "malt.com",
	"upwork.com", "freelancer.com", "twago.de",
	// hourly work's boards: "Application sent: Unarmed Security Officer at ..."
	"snagajob.com", "jobcase.com", "jobandtalent.com",
	// internships and graduate jobs: "Your application status has been
	// updated to 'Not selected'"
	"internshala.com", "prosple.com", "caterer.com",
	// schools' and universities' boards: "Your application to Oakfield Park School
	// has been submitted"
	"tes.com", "eteach.com", "jobs.ac.uk", "teachaway.com", "k12jobspot.com",
	// film, TV and creative work's boards: "Application update: Motion
	// Graphics Designer ... Status: Unsuccessful"
	"mandy.com", "productionhub.com", "creativepool.com", "the-dots.com", "dribbble.com",
})
