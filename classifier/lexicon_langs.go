package classifier

// More of the hiring vocabulary and the stage cues: English phrasings the
// first lexicon lacked, and Italian, Dutch and Portuguese beside more
// German, French and Spanish (issue 15, item 5). Same scale as
// lexicon.go: a strong phrase is 2.5 to 3, a word that spam and
// newsletters use too is below 1.

var hiringTermsMore = []term{
	// the right to work the post asks for: "we can't support a work visa
	// application", "full working rights in New Zealand" (a visa applied
	// for to work is the post's, not another kind of application)
	{text: "work visa application", weight: 1}, {text: "working rights", weight: 1.5}, {text: "right to work", weight: 1},
	{text: "visa sponsorship", weight: 1.5},
	// a staffing agency's post that may become permanent: "Production
	// Planner (Temp-to-Hire)", "a contract-to-hire role", "temp to perm"
	{text: "temp to hire", weight: 1.5}, {text: "contract to hire", weight: 1.5}, {text: "temp to perm", weight: 1.5},
	// hiring at volume meets candidates together: "Thank you for joining
	// the Christmas Temp group interview on Wednesday"
	{text: "group interview", weight: 2}, {text: "group interviews", weight: 2},
	// the reader's own approach to a small employer: "saw the 'Help wanted'
	// sign by the register. I'd love to be considered", "I saw your post ...
	// and I'd love to throw my hat in"
	{text: "love to be considered", weight: 2}, {text: "like to be considered", weight: 2}, {text: "throw my hat in", weight: 2.5},
	{text: "help wanted", weight: 1.5}, {text: "saw your ad", weight: 1}, {text: "your job ad", weight: 2},
	{text: "come in for a trial", weight: 2}, {text: "in for a trial shift", weight: 1},
	// a day's paid work before the trade takes someone on: "we usually get
	// lads to do a day on the tools with us before we take anyone on"
	{text: "day on the tools", weight: 2.5}, {text: "take anyone on", weight: 1.5},
	// a union's and an apprenticeship committee's hiring: "Your name has been
	// reached on Book I of the Out-of-Work List", "Laborers Local 1187 -
	// Hiring Hall", "selected for the Fall 2027 apprenticeship class"
	{text: "out-of-work list", weight: 2.5}, {text: "hiring hall", weight: 2}, {text: "apprenticeship class", weight: 2},
	{text: "starting wage", weight: 2}, {text: "referral notice", weight: 1.5},
	{text: "aptitude test", weight: 2}, {text: "apprenticeship", weight: 1.5}, {text: "ranking interview", weight: 2.5},
	// a freelancer's dates held for a job: "Avail check 3-7 May", "the dates
	// we'd pencilled", "happy for you to hold me"
	{text: "avail check", weight: 2}, {text: "availability check", weight: 1.5}, {text: "pencilled", weight: 1.5},
	{text: "penciled", weight: 1.5}, {text: "pencil you", weight: 2}, {text: "your hold", weight: 1.5}, {text: "day rate", weight: 1.5},
	// the steps between yes and the first day: "Before your first shift on
	// Monday 5 July ... TFN declaration", "Further to the Board of
	// Management's approval of your appointment to the fixed-term post ...
	// before you can take up duty", "Congratulations again on your Board
	// approval ... keep your receipt for reimbursement after your first
	// paycheck"
	{text: "your first shift", weight: 2}, {text: "before your first day", weight: 2}, {text: "tfn declaration", weight: 2},
	{text: "take up duty", weight: 2.5}, {text: "your appointment to the", weight: 2}, {text: "garda vetting", weight: 2},
	{text: "vetting form", weight: 1.5}, {text: "police clearance", weight: 1.5}, {text: "board approval", weight: 1.5},
	{text: "your first paycheck", weight: 2}, {text: "new school employees", weight: 2}, {text: "job id", weight: 1},
	// a search firm's or an agency's mandate, said to the person they
	// approach: "we have been retained by ... to find their next Head of
	// Data", "im Auftrag eines Zürcher Software-Unternehmens suche ich",
	// "dos opdrachten die goed bij je passen", "a couple of mandates have
	// come in"
	{text: "been retained by", weight: 2}, {text: "retained search", weight: 2}, {text: "mandates", weight: 1.5},
	{text: "mandate for", weight: 1.5}, {text: "confidential search", weight: 2}, {text: "next career move", weight: 1.5},
	{text: "new challenge", weight: 1}, {text: "mein mandant", weight: 2}, {text: "meinem mandanten", weight: 2},
	{text: "meines mandanten", weight: 2}, {text: "im auftrag eines", weight: 1.5}, {text: "im auftrag unseres", weight: 1.5},
	{text: "mon client", weight: 1}, {text: "notre client", weight: 1.5}, {text: "mi cliente", weight: 1},
	{text: "nuestro cliente", weight: 1.5}, {text: "il mio cliente", weight: 1}, {text: "un nostro cliente", weight: 1.5},
	{text: "mijn opdrachtgever", weight: 1.5}, {text: "opdrachten", weight: 1}, {text: "nieuwe uitdaging", weight: 1.5},
	{text: "meu cliente", weight: 1}, {text: "nosso cliente", weight: 1.5}, {text: "nouveau défi", weight: 1.5},
	{text: "nuevo reto", weight: 1.5}, {text: "nuevo desafío", weight: 1.5}, {text: "novo desafio", weight: 1.5},
	{text: "nuova sfida", weight: 1.5}, {text: "neue herausforderung", weight: 1.5}, {text: "estoy apoyando a", weight: 1.5},
	// the Québec word for an interview ("Re: Suivi – entrevue avec
	// Marie-Ève"), and the test a candidate does at home, named in each
	// language ("Re: Test project - files", "prueba técnica", "teste
	// técnico", "Probeaufgabe", "thuisopdracht")
	{text: "entrevue", weight: 1.5}, {text: "entrevues", weight: 1.5}, {text: "entrevue d'embauche", weight: 3},
	{text: "test project", weight: 1.5}, {text: "test piece", weight: 1.5}, {text: "test task", weight: 1.5},
	{text: "design test", weight: 1.5}, {text: "design challenge", weight: 1.5}, {text: "design exercise", weight: 1.5},
	{text: "take-home exercise", weight: 1.5}, {text: "take-home task", weight: 1.5}, {text: "take-home brief", weight: 1.5}, {text: "prueba técnica", weight: 2},
	{text: "desafío técnico", weight: 2}, {text: "desafio técnico", weight: 2}, {text: "prova tecnica", weight: 2},
	{text: "teste técnico", weight: 2}, {text: "test technique", weight: 2}, {text: "cas pratique", weight: 1.5},
	{text: "probeaufgabe", weight: 2}, {text: "technische test", weight: 2}, {text: "technische opdracht", weight: 2},
	{text: "thuisopdracht", weight: 2},
	// the same exercise in Italian, French and English ("Re: Esercizio
	// tecnico"), and an agency's word that it sent the reader on ("submitted
	// u to the client this morning")
	{text: "esercizio tecnico", weight: 2}, {text: "exercice technique", weight: 2}, {text: "technical exercise", weight: 1.5},
	{text: "submitted you to", weight: 2}, {text: "submitted u to", weight: 2}, {text: "sent your cv to", weight: 2},
	{text: "sent your cv over", weight: 2},
	// the same in other words ("I've now put you forward to the client",
	// "put you forward for the final"), and the last stage named as a
	// stage ("Confirmed: Northvale Homes final stage")
	{text: "put you forward to", weight: 2}, {text: "put you forward for", weight: 2}, {text: "putting you forward to", weight: 2},
	{text: "putting you forward for", weight: 2}, {text: "final stage", weight: 1.5}, {text: "final-stage", weight: 1.5},
	// the interview of design and creative posts: "Next step is a
	// portfolio review: about 45 minutes on video with me and Dom"
	{text: "portfolio review", weight: 1.5},
	// a public body's competition and its list ("sélection comparative",
	// "réserve de recrutement")
	{text: "sélection comparative", weight: 2}, {text: "réserve de recrutement", weight: 2}, {text: "épreuve écrite", weight: 1.5},
	// a public body's selection process and the checks before a post,
	// in Canada's French and English (r83): "le processus de sélection
	// 2027-PCH-EA-0345 a été annulé", "votre vérification préemploi"
	{text: "processus de sélection", weight: 2.5}, {text: "selection process", weight: 2},
	{text: "vérification préemploi", weight: 2}, {text: "vérification pré-emploi", weight: 2},
	{text: "pre-employment check", weight: 2}, {text: "pre-employment checks", weight: 2},
	{text: "pre-employment verification", weight: 2},
	// the vendor's report on the reader and the referees an employer
	// asks for after the interviews (r83): "your background report
	// (Order 49-1127730)", "as a next step we'd like to run references"
	{text: "background report", weight: 1.5}, {text: "run references", weight: 2.5}, {text: "run your references", weight: 2.5},
	// a trial shift or day, the interview of hourly and trade work
	{text: "trial shift", weight: 2}, {text: "paid trial", weight: 1.5}, {text: "trial day", weight: 1.5},
	// (and their compounds: "Probearbeitstag bei uns?", "Probearbeiten")
	{text: "probearbeit*", weight: 2}, {text: "probetag*", weight: 2}, {text: "proefdag*", weight: 2},
	{text: "probearbeitstag", weight: 2}, {text: "probearbeitstage", weight: 2}, {text: "probearbeitstermin", weight: 2},
	// someone sought for a team, the opening of a founder's approach: "wir
	// suchen jemanden für unser kleines Data-/Backend-Team"
	{text: "suchen jemanden", weight: 1}, {text: "zoeken iemand", weight: 1}, {text: "buscamos a alguien", weight: 1},
	{text: "cherchons quelqu'un", weight: 1}, {text: "cerchiamo qualcuno", weight: 1}, {text: "procuramos alguém", weight: 1},
	// the trial day in the other languages weighs what "trial shift" and
	// "Probearbeit" do: "Merci encore pour samedi ... je te redis ça d'ici
	// jeudi" under "Journée d'essai samedi"; the Swiss "Schnuppertage"
	{text: "meeloopdag", weight: 1.5}, {text: "journée d'essai", weight: 2}, {text: "jour d'essai", weight: 2},
	{text: "día de prueba", weight: 2}, {text: "giornata di prova", weight: 2}, {text: "dia de experiência", weight: 1.5},
	{text: "dia de teste", weight: 1.5}, {text: "schnuppertag*", weight: 2}, {text: "schnupperlehre", weight: 2},
	// English
	{text: "final interviews", weight: 2}, {text: "final interview", weight: 2}, {text: "finalists", weight: 1.5},
	{text: "finalist", weight: 1.5}, {text: "shortlisted", weight: 1.5}, {text: "shortlisting", weight: 1.5},
	{text: "shortlist", weight: 1}, {text: "introductory call", weight: 1.5}, {text: "intro call", weight: 1.5},
	{text: "screening call", weight: 2.5}, {text: "first chat", weight: 1}, {text: "initial call", weight: 1},
	{text: "looking to hire", weight: 2}, {text: "hire their", weight: 1.5}, {text: "to hire a", weight: 1.5},
	{text: "executive search", weight: 2}, {text: "retained search", weight: 2}, {text: "search firm", weight: 1.5},
	{text: "mandate", weight: 1}, {text: "base salary", weight: 1.5}, {text: "salary", weight: 1}, {text: "salary band", weight: 1.5},
	{text: "package", weight: 0.5}, {text: "equity", weight: 0.5}, {text: "references", weight: 1}, {text: "referees", weight: 1.5},
	// references in the other languages: "Re: Referenties", "te paso mis referencias"
	{text: "referenties", weight: 1}, {text: "referencias", weight: 1}, {text: "referências", weight: 1},
	{text: "referenze", weight: 1}, {text: "références", weight: 1}, {text: "referenzen", weight: 1},
	// German compounds of a reference check: "Referenzauskünfte einholen",
	// "zwei Referenzpersonen"
	{text: "referenzauskünfte", weight: 2}, {text: "referenzauskunft", weight: 2}, {text: "referenzpersonen", weight: 1.5},
	{text: "referenzgespräche", weight: 2}, {text: "referenzgespräch", weight: 2},
	{text: "onboarding", weight: 1.5}, {text: "first day", weight: 1.5}, {text: "your first day", weight: 2},
	// shift work's first day (r48): "A couple of things before you start:
	// ... your name badge ... First shift: Saturday 8/28"
	{text: "first shift", weight: 1.5}, {text: "your first shift", weight: 2}, {text: "before you start", weight: 1},
	{text: "name badge", weight: 1},
	{text: "employment contract", weight: 2}, {text: "contract", weight: 0.5}, {text: "new hire", weight: 1.5},
	{text: "welcome to the team", weight: 2}, {text: "welcome aboard", weight: 2}, {text: "the panel", weight: 1},
	{text: "hiring decision", weight: 2}, {text: "case study", weight: 1}, {text: "technical test", weight: 2},
	{text: "talent partner", weight: 2}, {text: "people team", weight: 1}, {text: "human resources", weight: 1},
	{text: "applied", weight: 1}, {text: "applicants", weight: 0.75}, {text: "application", weight: 0.75},
	{text: "vacancy", weight: 1.5}, {text: "vacancies", weight: 1}, {text: "requisition", weight: 1.5},
	{text: "job description", weight: 1.5}, {text: "recruitment consultant", weight: 2}, {text: "your experience", weight: 0.5},
	{text: "about the role", weight: 1}, {text: "the role", weight: 0.5}, {text: "this role", weight: 0.75},
	// a hire as the noun (r90: "we're going to go a different way for
	// this hire")
	{text: "this hire", weight: 1}, {text: "for the hire", weight: 1},
	// an employer's wish to meet the reader, passed on by an agency (r90:
	// "Great news - Tern Mobility would like to meet you!")
	{text: "would like to meet you", weight: 1}, {text: "would love to meet you", weight: 1},
	{text: "excited about the", weight: 0.5}, {text: "interest in the role", weight: 1.5}, {text: "interest in the position", weight: 1.5},
	{text: "the opportunity", weight: 0.5}, {text: "candidates", weight: 0.75}, {text: "headhunt*", weight: 1},
	{text: "hiring manager", weight: 2.5}, {text: "thank you for taking the time", weight: 1}, {text: "speak with me", weight: 0.5},
	{text: "talk with me", weight: 0.5}, {text: "our conversation", weight: 0.5}, {text: "the team", weight: 0.25},
	{text: "interview stage", weight: 2}, {text: "second interview", weight: 2.5}, {text: "first interview", weight: 2.5},
	{text: "second round", weight: 1.5}, {text: "job offer", weight: 2.5}, {text: "hiring team", weight: 2.5},
	// a round of interviews named in the other languages ("Re: Tweede
	// gesprek", "Entretien technique", "na het eindgesprek"): the
	// ambiguous word with what makes it a hiring step
	{text: "tweede gesprek", weight: 2.5}, {text: "eerste gesprek", weight: 2}, {text: "eindgesprek", weight: 2.5}, {text: "eindgesprekken", weight: 2.5}, // (r87: "de eindgesprekken")
	{text: "vervolggesprek", weight: 2.5}, {text: "zweites gespräch", weight: 2.5}, {text: "finales gespräch", weight: 2.5},
	{text: "second entretien", weight: 2.5}, {text: "entretien technique", weight: 2.5}, {text: "entretien final", weight: 2.5},
	{text: "premier entretien", weight: 2}, {text: "segunda entrevista", weight: 2.5}, {text: "entrevista técnica", weight: 2.5},
	{text: "entrevista final", weight: 2.5}, {text: "primera entrevista", weight: 2}, {text: "primeira entrevista", weight: 2},
	{text: "secondo colloquio", weight: 2.5}, {text: "colloquio tecnico", weight: 2.5}, {text: "colloquio finale", weight: 2.5},
	{text: "primo colloquio", weight: 2},
	// finalists in the other languages ("consolidar as avaliações de todos
	// os finalistas"), and a staffing agency's contract words: the end
	// client, C2C or W2, the right to represent ("send the signed RTR")
	{text: "finalistas", weight: 1.5}, {text: "finalisti", weight: 1.5}, {text: "finalisten", weight: 1.5},
	{text: "finalistes", weight: 1.5}, {text: "end client", weight: 1.5}, {text: "c2c", weight: 1},
	{text: "w2", weight: 1}, {text: "rtr", weight: 2}, {text: "right to represent", weight: 2.5},
	// German
	{text: "gespräch", weight: 1}, {text: "zweitgespräch", weight: 2.5}, {text: "erstgespräch", weight: 2},
	{text: "kennenlerngespräch", weight: 2.5}, {text: "auswahlverfahren", weight: 2.5}, {text: "bewerbungsprozess", weight: 2.5},
	{text: "bewerbungsverfahren", weight: 2.5}, {text: "lebenslauf", weight: 1}, {text: "ihre unterlagen", weight: 1.5},
	{text: "unterlagen", weight: 0.5}, {text: "personalberatung", weight: 2}, {text: "vakanz", weight: 1.5},
	{text: "stellenausschreibung", weight: 2}, {text: "arbeitsvertrag", weight: 2}, {text: "gehalt", weight: 1},
	{text: "gehaltsvorstellung*", weight: 2}, {text: "eintrittstermin", weight: 2}, {text: "einstiegstermin", weight: 2},
	{text: "kündigungsfrist", weight: 2}, {text: "zusage", weight: 1.5}, {text: "einstellung", weight: 0.5},
	{text: "probezeit", weight: 1.5}, {text: "initiativbewerbung", weight: 3}, {text: "bewerbungsunterlagen", weight: 2.5},
	{text: "kandidatin", weight: 0.75}, {text: "telefonat", weight: 0.5},
	// the public employer's selection and its steps (r82): "Einladung zum
	// strukturierten Auswahlgespräch ... Der Auswahlkommission gehören ...
	// an", "Amtsärztliche Untersuchung zur Feststellung der gesundheitlichen
	// Eignung (Verbeamtung)"
	{text: "auswahlgespräch", weight: 2.5}, {text: "strukturierten auswahlgespräch", weight: 3}, {text: "auswahlkommission", weight: 2},
	{text: "amtsärztliche untersuchung", weight: 2}, {text: "gesundheitlichen eignung", weight: 1.5}, {text: "verbeamtung", weight: 2},
	{text: "ersten arbeitstag", weight: 2}, {text: "erster arbeitstag", weight: 2}, {text: "rückmeldung", weight: 0.5},
	// French
	{text: "recruteur", weight: 1.5}, {text: "recruteuse", weight: 1.5}, {text: "chargé de recrutement", weight: 2},
	{text: "chargée de recrutement", weight: 2}, {text: "ressources humaines", weight: 1}, {text: "processus de recrutement", weight: 2.5},
	{text: "offre d'emploi", weight: 1.5}, {text: "embauche", weight: 1.5}, {text: "contrat de travail", weight: 2},
	{text: "cdi", weight: 1.5}, {text: "salaire", weight: 1}, {text: "rémunération", weight: 1}, {text: "prise de poste", weight: 2},
	{text: "période d'essai", weight: 1.5}, {text: "postulé", weight: 2}, {text: "postuler", weight: 1},
	{text: "cabinet de recrutement", weight: 2}, {text: "échange téléphonique", weight: 1}, {text: "premier échange", weight: 1},
	{text: "poste", weight: 1}, {text: "candidats", weight: 0.75}, {text: "votre profil", weight: 1},
	// Spanish
	{text: "puesto", weight: 1}, {text: "candidata", weight: 0.75}, {text: "candidatos", weight: 0.75}, {text: "selección", weight: 1},
	{text: "postulaste", weight: 2}, {text: "postularte", weight: 1.5}, {text: "reclutador", weight: 1.5}, {text: "reclutadora", weight: 1.5},
	{text: "recursos humanos", weight: 1}, {text: "rrhh", weight: 1}, {text: "contratación", weight: 1.5}, {text: "salario", weight: 1},
	{text: "sueldo", weight: 1}, {text: "currículum", weight: 1}, {text: "incorporación", weight: 1.5}, {text: "tu perfil", weight: 1},
	{text: "su perfil", weight: 1}, {text: "tu postulación", weight: 3},
	// the post and the interviews as Latin America names them: "las
	// entrevistas finales para la posición de Ingeniero Backend Senior"
	{text: "posición", weight: 1}, {text: "entrevistas", weight: 1},
	// a job board's "tu solicitud para el empleo Técnico/a de BI"
	{text: "tu solicitud", weight: 1}, {text: "su solicitud", weight: 1}, {text: "empleo", weight: 0.5},
	{text: "oferta de empleo", weight: 1.5}, {text: "emprego", weight: 0.5},
	// Italian
	{text: "posizione", weight: 1}, {text: "ruolo", weight: 1}, {text: "candidati", weight: 0.75}, {text: "colloquio", weight: 2},
	{text: "colloqui", weight: 1.5}, {text: "selezione", weight: 1.5}, {text: "processo di selezione", weight: 2.5},
	{text: "percorso di selezione", weight: 2.5}, {text: "ufficio selezione", weight: 2}, {text: "risorse umane", weight: 1},
	{text: "curriculum", weight: 1}, {text: "offerta di lavoro", weight: 1.5}, {text: "assunzione", weight: 2},
	{text: "proposta di assunzione", weight: 3}, {text: "ral", weight: 1}, {text: "retribuzione", weight: 1},
	// a school's substitute post and its first day (r85: "contratto a tempo
	// determinato per supplenza temporanea", "la presa di servizio è fissata")
	{text: "supplenza", weight: 2}, {text: "supplenze", weight: 2}, {text: "presa di servizio", weight: 2.5},
	{text: "head hunting", weight: 1.5}, {text: "ricerca e selezione", weight: 2}, {text: "call conoscitiva", weight: 2},
	{text: "primo colloquio", weight: 2.5}, {text: "lettera d'offerta", weight: 3}, {text: "data di inizio", weight: 1.5},
	{text: "tua candidatura", weight: 3}, {text: "sua candidatura", weight: 3}, {text: "la candidatura", weight: 2},
	// Dutch
	{text: "vacature", weight: 1.5}, {text: "functie", weight: 1}, {text: "sollicitatie", weight: 2}, {text: "solliciteren", weight: 1.5},
	{text: "gesolliciteerd", weight: 2}, {text: "sollicitatiegesprek*", weight: 3}, {text: "sollicitatiegesprekken", weight: 3}, {text: "gesprek", weight: 1},
	{text: "kennismakingsgesprek", weight: 2.5}, {text: "tweede ronde", weight: 2}, {text: "eerste ronde", weight: 1.5},
	{text: "kandidaat", weight: 0.75}, {text: "kandidaten", weight: 0.75}, {text: "werving", weight: 1.5}, {text: "selectie", weight: 1},
	{text: "arbeidsvoorwaarden", weight: 2}, {text: "salaris", weight: 1}, {text: "salarisindicatie", weight: 1.5},
	{text: "opdrachtgever", weight: 1}, {text: "rol", weight: 0.75}, {text: "eerste werkdag", weight: 2}, {text: "startdatum", weight: 1.5},
	{text: "je sollicitatie", weight: 3}, {text: "uw sollicitatie", weight: 3}, {text: "arbeidsovereenkomst", weight: 2},
	{text: "contract getekend", weight: 1.5}, {text: "kennismaking", weight: 1},
	// the procedure and its interview in compounds: "Stand van zaken
	// sollicitatieprocedure", "het selectiegesprek van 8 juni"
	{text: "sollicitatieprocedure", weight: 3}, {text: "selectieprocedure", weight: 2.5}, {text: "selectiegesprek*", weight: 2.5},
	{text: "wervingsprocedure", weight: 2.5},
	// Portuguese
	{text: "vaga", weight: 1.5}, {text: "processo seletivo", weight: 2.5}, {text: "processo de seleção", weight: 2.5},
	{text: "processo de recrutamento", weight: 2.5}, {text: "recrutamento", weight: 1.5}, {text: "seleção", weight: 1},
	{text: "recrutador", weight: 1.5}, {text: "recrutadora", weight: 1.5}, {text: "currículo", weight: 1}, {text: "função", weight: 0.75},
	{text: "cargo", weight: 0.75}, {text: "posição", weight: 1}, {text: "contratação", weight: 1.5}, {text: "salário", weight: 1},
	{text: "clt", weight: 1.5}, {text: "recursos humanos", weight: 1}, {text: "próximos passos", weight: 1}, {text: "próximas etapas", weight: 1},
	{text: "sua candidatura", weight: 3}, {text: "tua candidatura", weight: 3}, {text: "candidatos", weight: 0.75},
	// Brazilian hiring's own words (r79): the talent team, the group
	// dynamic and the trainee programme, the inclusive "pessoas
	// candidatas", the pool, the medical before admission
	// the first day and its papers in French, Italian and Spanish (r80):
	// "avant l'établissement de votre contrat ... un extrait de casier
	// judiciaire", "ton premier jour", "la visita medica preassuntiva ...
	// il primo giorno di lavoro", "tu alta en el IMSS antes de tu fecha de
	// ingreso", "on a le plaisir de te proposer de rejoindre ... 78 k€ brut
	// annuel ... BSPCE"
	{text: "établissement de votre contrat", weight: 2}, {text: "extrait de casier judiciaire", weight: 1.5},
	{text: "ton premier jour", weight: 2}, {text: "votre premier jour", weight: 2}, {text: "médecine du travail", weight: 1.5},
	{text: "brut annuel", weight: 1.5}, {text: "bspce", weight: 1.5}, {text: "te proposer de rejoindre", weight: 2.5},
	{text: "vous proposer de rejoindre", weight: 2.5}, {text: "contratto di lavoro", weight: 2}, {text: "primo giorno di lavoro", weight: 2},
	{text: "visita medica preassuntiva", weight: 2.5}, {text: "documenti per l'assunzione", weight: 2.5},
	{text: "benvenuto a bordo", weight: 2}, {text: "portale dipendenti", weight: 1.5}, {text: "alta en el imss", weight: 2.5},
	{text: "fecha de ingreso", weight: 2}, {text: "alta en nómina", weight: 2},
	// (r82) the Colombian taking of office, the Brazilian admission exams, a
	// values-based interview (not "assessment day" alone, which a
	// motorcycle course has too)
	{text: "fecha de posesión", weight: 2}, {text: "exames admissionais", weight: 2.5}, {text: "values-based interview", weight: 3},
	// the Andean word for the CV (r80): "Estado de tu hoja de vida en la
	// oferta: Coordinador de BI"
	{text: "hoja de vida", weight: 1}, {text: "tu hoja de vida", weight: 2},
	{text: "atração de talentos", weight: 2.5}, {text: "aquisição de talentos", weight: 2.5},
	{text: "dinâmica de grupo", weight: 2.5}, {text: "programa trainee", weight: 2.5}, {text: "programa de trainee", weight: 2.5},
	{text: "programa de estágio", weight: 2}, {text: "pessoas candidatas", weight: 1}, {text: "banco de talentos", weight: 1.5},
	{text: "exame admissional", weight: 2.5}, {text: "rodada final", weight: 2}, {text: "painel do candidato", weight: 2},
	{text: "vai entrevistar", weight: 2}, {text: "vamos entrevistar", weight: 2}, {text: "indicação interna", weight: 1.5},
	{text: "verificação de background", weight: 2.5}, {text: "pessoas contratadas", weight: 1.5},
}

// titleContextMore are words for the post in Italian, Dutch and
// Portuguese (and German's Gespräch) that a job title stands next to.
var titleContextMore = termsOf([]string{
	"functie", "vacature", "rol", "sollicitatie", "gesprek", "posizione", "ruolo", "colloquio", "vaga", "função",
	"cargo", "posição", "posición", "gespräch", "vacancy", "kennismaking", "selezione",
	// "Oportunidade Product Analyst", "Opportunità Data Engineer"
	"oportunidade", "oportunidad", "opportunità", "opportunité",
})

var scheduledTermsMore = termsOf([]string{
	// a public body's summons in Spanish: "se le cita a la Entrevista de
	// Valoración Global, la que se realizará el día jueves 15 de abril"
	"se le cita", "citación a", "se realizará el día", "tendrá lugar el día",
	"bevestig ik", "bevestiging", "bevestigen je", "le confermiamo", "ti confermo", "confermiamo il colloquio",
	"conferma colloquio", "confirmamos", "confirmo tu", "confirmo su", "confirmado para", "fica confirmad*",
	"está confirmad*", "confirmando", "confirmo a", "bestätigen wir", "bestätige ich", "hiermit bestätige",
	"termin bestätig*", "je confirme", "nous confirmons", "confirmation de votre", "we look forward to seeing you",
	"look forward to meeting you", "looking forward to meeting you", "invitation:", "updated invitation",
	"you're confirmed", "you are confirmed", "interview details", "see you tuesday", "see you monday",
	"see you wednesday", "see you thursday", "see you friday", "tot dinsdag", "tot maandag", "tot woensdag",
	"tot donderdag", "tot vrijdag", "bis dienstag", "bis montag", "bis mittwoch", "bis donnerstag", "bis freitag",
	"kalendereinladung", "halten wir fest", "itinerary", "check in at reception", "photo id", "meeting link",
	"zoom link", "teams link", "send the updated invite", "send the invite", "works well for me", "see you next week",
	"i'll be there", "i will be there", "convite", "convocatoria", "convocation", "bevestigd", "confermato",
	// a calendar's invitation subject in the other languages: "Invitación:
	// Entrevista técnica – Alex Rivera @ jue 20 may 2027 16:00"
	"invitación:", "einladung:", "invito:", "uitnodiging:", "convite:", "invitation :",
})

var schedulingTermsMore = termsOf([]string{
	"which works", "which of these", "what works for you", "when works", "would any of these", "let me know which",
	"let me know what works", "do any of these", "could you do", "does that work", "would that work", "move our",
	"reschedule", "rescheduling", "pick a slot", "choose a slot", "book a slot", "available for a call",
	"availability", "your time zone", "your timezone", "kies hieronder", "kies een moment", "een moment dat",
	"wanneer het je", "welk moment", "wann es ihnen passt", "welcher termin", "terminvorschl*", "zeitfenster",
	"quel créneau", "vos disponibilités", "vous convient", "qué horario", "que horario", "qué día",
	"te viene bien", "le viene bien", "quale orario", "ti andrebbe", "disponibilità", "sei comodo", "qual horário",
	"qual dia", "sua disponibilidade", "tua disponibilidade", "horários", "marcar uma", "agendar uma",
	"would work for me", "would work for you", "works for me", "any of these would work", "i'm free", "i am free",
	"lock it in", "disponibilidade", "beschikbaarheid", "verfügbar", "disponible", "qual fica melhor",
	"wann passt", "welk tijdstip", "welke dag", "which of the following times", "you would be available",
})

var awaitingTermsMore = termsOf([]string{
	"final decision", "make a decision", "finalists", "final interviews",
	"final candidates", "remaining candidates", "other candidates in", "two other candidates", "still in the running",
	"decision has been delayed", "decision timing", "the panel", "thank you for taking the time to talk",
	"thank you for taking the time to speak", "thanks for taking the time to speak", "taking the time to meet",
	"conversation this afternoon", "speaking with you this", "meeting you this",
	"zwischenstand", "letztes gespräch", "weiteren kandidatin", "weiteren kandidaten", "finale rückmeldung",
	"von ihnen zu hören", "für das angenehme", "dank für das", "bedankt voor het gesprek", "fijne gesprek",
	"tweede ronde", "andere kandidaten", "obrigado pela conversa", "obrigada pela conversa", "no aguardo",
	"entrevistas finais", "estamos concluindo", "comitê", "comité de avaliação", "ainda não temos uma decisão",
	"grazie per il colloquio", "la ringrazio ancora per il colloquio", "ultimi incontri", "altri candidati",
	"riscontro definitivo", "merci pour notre échange", "suite à notre échange", "gracias por la conversación",
	"las entrevistas", "el resto de candidatos", "otros candidatos",
	// thanks for coming to the interview, in Dutch: "hartelijk dank voor
	// uw komst op het selectiegesprek", "bedankt voor je komst"
	"dank voor uw komst", "dank voor je komst", "bedankt voor uw komst", "bedankt voor je komst",
	"overgebleven kandidaten",
})

var ackTermsMore = termsOf([]string{
	// a job board confirming the application it sent on: "Tu CV se ha
	// enviado correctamente a la oferta ...", "¡Inscripción realizada!"
	"se ha enviado correctamente", "inscripción realizada", "candidatura enviada", "your application was sent",
	"your application has been sent", "application submitted", "foi enviada com sucesso", "candidatura registrada",
	"bewerbung wurde versendet", "bewerbung wurde erfolgreich", "sollicitatie is verstuurd", "candidature a bien été envoyée",
	"candidatura inviata", "candidatura è stata inviata",
	// the employer named between: "Your application for Unarmed Security
	// Officer at Sentinel Guard Services ... was sent on Feb 8. Sentinel
	// Guard Services will review your profile"
	"will review your profile", "will review your application",
	"we have received your application", "we've received your application", "we received your application",
	"application received", "thanks for your interest", "thank you for your interest", "will be in touch if",
	"we will review", "we'll review", "our team will review", "reviewing applications", "review all applications",
	"abbiamo ricevuto la tua candidatura", "abbiamo ricevuto la sua candidatura", "candidatura è stata ricevuta",
	"candidatura inviata", "grazie per la tua candidatura", "grazie per aver inviato", "we hebben je sollicitatie",
	"sollicitatie ontvangen", "kandidatuur ontvangen", "kandidatuur goed ontvangen", "sollicitatie goed ontvangen", "ontvangstbevestiging", "bedankt voor je sollicitatie", "bedankt voor uw sollicitatie", "recebemos sua candidatura",
	"recebemos a sua candidatura", "candidatura recebida", "obrigado por se candidatar", "agradecemos sua candidatura",
	"agradecemos a sua candidatura", "agradecemos tu postulación", "tu postulación fue", "postulación recibida",
	"hemos recibido", "nous avons bien reçu", "avons bien reçu votre", "accusé de réception", "eingangsbestätigung",
	"ihre bewerbung ist bei uns eingegangen", "danke für deine bewerbung", "vielen dank für deine bewerbung",
	// the CV rather than the application, and thanks for sending it:
	// "to confirm that we have received your CV", "thank you for sending
	// your application"
	"received your cv", "received your resume", "received your résumé", "receipt of your cv", "cv has been received",
	"will review your cv", "will review your resume", "review your cv and", "review your resume and",
	"sending your application", "submitting your application", "sending your cv", "sending us your cv",
})

var offerTermsMore = termsOf([]string{
	// the yes in a line: "Goed nieuws: je mag beginnen!", "sendo o candidato
	// selecionado para o posto de trabalho ... se aceita a contratação"
	"je mag beginnen", "u mag beginnen", "je mag starten", "u mag starten", "candidato selecionado para o posto",
	"se aceita a contratação",
	"proposta di assunzione", "lettera d'offerta", "siamo lieti di proporle", "siamo lieti di offrirti",
	"aanbod", "arbeidsvoorwaardenvoorstel", "graag een aanbod", "contractvoorstel", "proposta de emprego",
	"enviamos a proposta", "te enviamos a proposta", "carta proposta", "proposta para a posição", "oferta de emprego",
	"offre d'emploi pour le poste", "proposition d'embauche", "welkom bij", "van harte welkom",
	"willkommen im team", "bienvenue dans l'équipe", "bienvenido al equipo", "benvenuto nel team",
	"bem-vindo ao time", "bem-vindo à equipe", "verbal offer", "pleased to confirm your offer",
	// Portugal's familiar "we want you on the team", an offer confirmed
	// again once a freeze is lifted, and a school's fixed-term post
	// offered (r85): "queremos muito ter-te na equipa", "siamo quindi
	// felici di confermarti l'offerta", "Le proponiamo un contratto a
	// tempo determinato"
	"ter-te na equipa", "tê-lo na equipa", "ter-te connosco", "confermarti l'offerta", "confermarle l'offerta",
	"le proponiamo un contratto", "ti proponiamo un contratto",
	// the polite forms of the same wish (r53): "gostaríamos muito de o ter
	// na equipa como Product Analyst!"
	"de o ter na equipa", "de a ter na equipa", "tê-la na equipa", "de o ter connosco", "de a ter connosco",
	"ter você na equipe", "ter você no time",
	// the familiar invitation to join in Italian and French, and a public
	// body's temporary post (r80, r77): "ti vogliamo nel team come Head of
	// Product", "on a le plaisir de te proposer de rejoindre Cosy Lab", "I
	// am pleased to offer you temporary employment as a Census Enumerator"
	"ti vogliamo nel team", "la vogliamo nel team", "te proposer de rejoindre", "vous proposer de rejoindre",
	"offer you temporary employment", "offer you employment",
})

var withdrawnTermsMore = termsOf([]string{
	"congelada", "congelato", "congelata", "sospesa", "sospeso", "ricerca è stata sospesa", "processo foi encerrado",
	"vaga foi congelada", "put the role on hold", "paused the search", "search has been paused",
	"budget freeze", "headcount freeze", "vacature is ingetrokken", "vacature ingetrokken", "stelle wurde gestrichen",
	"nicht nachbesetzt", "poste a été supprimé", "recrutement est suspendu", "proceso se ha cancelado",
	"vacante ha sido cancelada", "i'm withdrawing", "i am withdrawing", "withdraw from the process",
	"ritiro la mia candidatura", "retiro a minha candidatura", "trek mijn sollicitatie in", "ziehe meine bewerbung zurück",
	"bewerbung zurückzuziehen", "rückzug meiner bewerbung", "ritirare la mia candidatura", "ritiro candidatura",
	"ritiro della candidatura", "mijn sollicitatie in te trekken", "sollicitatie intrekken", "retirar a minha candidatura",
	"retirar minha candidatura", "desistir do processo", "desistir del proceso", "decided to decline", "i must decline",
	// the reader withdrawing in the reflexive forms: "besloten mij terug te
	// trekken uit de procedure", "je souhaite me retirer du processus"
	"mij terug te trekken", "me terug te trekken", "trek mij terug", "trek me terug", "mij terugtrekken",
	"me retirer du processus", "me retirer de la procédure", "retirarme del proceso", "ritirarmi dal processo",
	"ritirarmi dalla selezione", "retirar-me do processo", "me retirar do processo", "me retirar da seleção",
	"desistir da vaga", "desistência do processo",
	// the reader's own no to going on (r80): "Ik wil me toch terugtrekken
	// voor deze opdracht", "ci ho riflettuto nel weekend e preferisco non
	// proseguire"
	"me terugtrekken", "me toch terugtrekken", "preferisco non proseguire", "preferisco non procedere",
	"prefiero no continuar", "prefiero no seguir", "prefiro não continuar", "prefiro não seguir", "je préfère ne pas poursuivre",
	"ich möchte nicht weitermachen", "mich aus dem auswahlverfahren zurückzuziehen",
	"mich aus dem bewerbungsverfahren zurückzuziehen", "mich aus dem verfahren zurückzuziehen",
	// an applicant-tracking system confirming the reader's own withdrawal:
	// "This confirms that you have withdrawn your application", "dass Sie
	// Ihre Bewerbung als ... zurückgezogen haben" (r52, r54)
	"you have withdrawn", "you've withdrawn", "you withdrew", "zurückgezogen haben", "vous avez retiré",
	"has retirado", "ha retirado su candidatura", "hai ritirato", "ha ritirato la sua candidatura", "hebt ingetrokken",
	"heeft ingetrokken", "você retirou", "retirou a sua candidatura",
	"respectfully decline", "have to decline", "decline the offer", "declining the offer", "decline your offer",
	"decline your kind offer", "pause on all", "pause on hiring", "hiring pause", "pause on non-critical hiring",
	"company-wide pause", "hiring has been paused", "einstellungsstopp", "gel des recrutements", "congelación de contrataciones",
	"blocco delle assunzioni", "vacaturestop", "congelamento de contratações",
	// a recruitment suspended or paused for everyone (r19): "la direction
	// générale a décidé de suspendre ce recrutement jusqu'à nouvel
	// ordre", "our board has decided to pause this year's graduate
	// programme"
	"suspendre ce recrutement", "suspendre le recrutement", "suspendre ce processus", "suspendre le processus",
	"decided to pause", "pause this year's", "pause the programme", "pause the program", "pause the recruitment",
	"pause recruitment", "paused recruitment", "pause the process", "paused the process", "sospendere la selezione",
	"sospendere il processo", "sospendere la ricerca", "verfahren auszusetzen", "suspender el proceso",
	"pausar el proceso", "suspender o processo", "pausar o processo", "procedure stop te zetten", "procedure on hold",
	// a post cut in a reorganisation and its procedure stopped for all
	// (r75): "de functie komt daardoor te vervallen ... de
	// sollicitatieprocedure voor deze vacature voor alle kandidaten stop
	// te zetten"
	"komt daardoor te vervallen", "functie komt te vervallen", "vacature komt te vervallen", "voor alle kandidaten stop te zetten",
	"sollicitatieprocedure stop te zetten",
	// a co-operative's members cancelling a post for all (r76): "that
	// means we're not hiring for this role anymore, for anyone"
	"not hiring for this role anymore", "not hiring for this position anymore", "no longer hiring for this role",
	"no longer hiring for this position",
	// the reader's withdrawal done on the employer's side, with the
	// reader's new job (r77): "congratulations on the new role! I've
	// withdrawn your application on our system"
	"congratulations on the new role", "congratulations on your new role", "congrats on the new role",
	"congrats on your new role", "congratulations on your new job", "congratulations on the new job",
	// a post cancelled in a reorganisation, for all (r78): "the position
	// has been cancelled. The process is closed for all candidates"; an
	// employer answering the reader's no to its offer ("ich kann Ihre
	// Entscheidung sehr gut nachvollziehen ... wir werden die Stelle nun
	// neu ausschreiben")
	"position has been cancelled", "position has been canceled", "closed for all candidates", "closed for all applicants",
	"ihre entscheidung sehr gut nachvollziehen", "ihre entscheidung gut nachvollziehen", "stelle nun neu ausschreiben",
	// an owner holding off for a season (r48): "I'm going to hold off
	// hiring till spring ... for anyone, not just you"
	"hold off hiring", "holding off hiring", "hold off on hiring", "holding off on hiring", "held off hiring",
	"hold off on filling", "holding off on filling", "hold off filling", "holding off filling",
	// the reader's no to an offer, acknowledged in the employer's words
	// (r48): "Registo assim que declina a nossa proposta"
	"declina a nossa proposta", "declinar a nossa proposta", "recusa a nossa proposta", "recusar a nossa proposta",
	"declinó nuestra oferta", "declinar nuestra oferta", "rechazar nuestra oferta", "rechaza nuestra oferta",
	"décliner notre offre", "déclinez notre offre", "décliné notre offre", "declinare la nostra offerta",
	"declina la nostra offerta", "unser angebot abzulehnen", "unser angebot ablehnen", "ons aanbod af te wijzen",
	"decline our offer", "declined our offer", "declining our offer",
	// the employer's goodbye to a reader who withdrew (r49): "We are of
	// course sorry to lose you ... We close your application on our side"
	"sorry to lose you", "sad to lose you", "shame to lose you", "respect your decision", "understand your decision",
	"dommage de vous perdre", "respectons votre décision", "respectons ta décision", "respetamos tu decisión",
	"respetamos su decisión", "rispettiamo la sua decisione", "rispettiamo la tua decisione", "respecteren je besluit",
	"respecteren uw besluit", "respeitamos a sua decisão", "respektieren ihre entscheidung", "respektieren deine entscheidung",
})

var outreachTermsMore = termsOf([]string{
	"hope you don't mind the cold", "cold email", "i'm helping", "i am helping", "i'm working with", "i am working with",
	"on behalf of", "exclusive search", "in exclusive", "in esclusiva", "exclusief", "em regime de exclusividade",
	"would you be interested", "are you open to", "open to new", "open to hearing", "ich kam auf sie", "ihr profil",
	"kwam je profiel tegen", "je profiel", "ho letto il tuo", "il tuo profilo", "seu perfil", "votre profil",
	"tu perfil", "vertrauliche anfrage", "direkte ansprache", "came across your", "i came across",
})
