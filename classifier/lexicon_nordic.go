package classifier

import "strings"

// Swedish, Danish and Norwegian: the hiring vocabulary, the stage cues
// and the words a no is made of, on the scale of lexicon.go and
// lexicon_outcome.go. The three languages share most of their hiring
// words, each with its own spelling ("ansökan", "ansøgning", "søknad"),
// and put the negation after the verb ("vi går inte vidare", "vi går
// ikke videre"), which the outcome rules read as they read German.
// Written from the languages themselves and r32's Nordic letters.

var hiringTermsNordic = []term{
	// the application and the process
	{text: "ansökan", weight: 1}, {text: "din ansökan", weight: 3}, {text: "ansökningar", weight: 1},
	{text: "ansøgning*", weight: 1}, {text: "din ansøgning", weight: 3}, {text: "søknad*", weight: 1},
	{text: "din søknad", weight: 3}, {text: "søknaden din", weight: 3}, {text: "ansökningshandling*", weight: 2},
	{text: "ansøgningsfrist", weight: 2}, {text: "søknadsfrist", weight: 2}, {text: "sista ansökningsdag", weight: 2},
	{text: "rekrytering*", weight: 1.5}, {text: "rekryterare", weight: 2}, {text: "rekruttering*", weight: 1.5},
	{text: "rekrutteringsproces*", weight: 3}, {text: "rekryteringsprocess*", weight: 3},
	{text: "ansættelsesudvalg*", weight: 3}, {text: "ansættelsesproces*", weight: 3}, {text: "ansettelsesprosess*", weight: 3},
	{text: "anställningsprocess*", weight: 3}, {text: "tilsettingsråd*", weight: 2.5}, {text: "innstillingsråd*", weight: 2.5},
	{text: "anställningsbeslut*", weight: 3}, {text: "bedømmelsesudvalg*", weight: 2.5}, {text: "sakkunnigutlåtande*", weight: 2},
	{text: "rekrutteringskonsulent", weight: 2}, {text: "rekryteringskonsult", weight: 2}, {text: "rekrutteringsbyrå", weight: 2},
	{text: "rekryteringsföretag", weight: 2}, {text: "bemanningsföretag", weight: 1.5}, {text: "bemanningsbyrå", weight: 1.5},
	{text: "vikarbureau", weight: 1.5}, {text: "hr-konsulent", weight: 1.5}, {text: "hr-specialist", weight: 1},
	{text: "hr-partner", weight: 1}, {text: "hr-rådgiver", weight: 1}, {text: "rekrutteringsansvarlig", weight: 2},
	{text: "rekryteringsansvarig", weight: 2}, {text: "bemanning", weight: 1}, {text: "oppdraget som", weight: 1.5},
	{text: "uppdraget som", weight: 1.5}, {text: "kunden vår", weight: 1.5}, {text: "vår kunde", weight: 1.5},
	{text: "vores kunde", weight: 1.5}, {text: "vår kund", weight: 1.5},
	// the post and the people
	{text: "tjänsten", weight: 0.75}, {text: "tjänsten som", weight: 2}, {text: "stillingen", weight: 1},
	{text: "stillingen som", weight: 2}, {text: "stilling som", weight: 1.5}, {text: "rollen som", weight: 1.5},
	{text: "befattning*", weight: 1}, {text: "sökande", weight: 0.75}, {text: "ansøgere", weight: 0.75},
	{text: "ansøger", weight: 0.5}, {text: "søkere", weight: 0.75}, {text: "kandidater", weight: 0.75},
	{text: "kandidaterna", weight: 0.75}, {text: "kandidaterne", weight: 0.75}, {text: "kandidatene", weight: 0.75},
	{text: "kandidatane", weight: 0.75}, {text: "søkjarane", weight: 0.75}, {text: "arbeidsprøv*", weight: 1.5},
	{text: "arbetsprov*", weight: 1.5}, {text: "arbejdsprøve*", weight: 1.5},
	{text: "arbetsgivare", weight: 0.75}, {text: "arbejdsgiver", weight: 0.75}, {text: "arbeidsgiver", weight: 0.75},
	// pay, contract, start
	{text: "lön", weight: 1}, {text: "løn", weight: 1}, {text: "lønn", weight: 1}, {text: "lönen", weight: 1},
	{text: "lønnen", weight: 1}, {text: "månadslön", weight: 2},
	{text: "månedsløn", weight: 2}, {text: "månedslønn", weight: 2}, {text: "löneanspråk", weight: 2},
	{text: "lønforventning*", weight: 2}, {text: "lønnsforventning*", weight: 2}, {text: "provanställning", weight: 1.5},
	{text: "prøvetid", weight: 1.5}, {text: "tillsvidareanställning", weight: 2}, {text: "fastansættelse", weight: 2},
	{text: "fast ansettelse", weight: 2}, {text: "anställningsavtal*", weight: 2}, {text: "ansættelseskontrakt*", weight: 2},
	{text: "arbeidskontrakt*", weight: 2}, {text: "arbeidsavtale*", weight: 2}, {text: "ansettelsesavtale*", weight: 2},
	{text: "tiltrædelse", weight: 1.5}, {text: "tillträde", weight: 0.5}, {text: "tiltredelse", weight: 1.5},
	{text: "prövotid", weight: 1.5}, {text: "arbetsavtal*", weight: 2}, {text: "visstidsanställning", weight: 2},
	{text: "timlön", weight: 1.5}, {text: "timeløn", weight: 1.5}, {text: "timelønn", weight: 1.5},
	{text: "jobbtilbud", weight: 2.5}, {text: "jobtilbud", weight: 2.5}, {text: "anställningserbjudande", weight: 3},
	{text: "första arbetsdag", weight: 2}, {text: "første arbejdsdag", weight: 2}, {text: "første arbeidsdag", weight: 2},
	// references and tests
	{text: "referenser", weight: 1}, {text: "referencer", weight: 1}, {text: "referanser", weight: 1},
	{text: "referenspersoner", weight: 1.5}, {text: "referencepersoner", weight: 1.5}, {text: "referansepersoner", weight: 1.5},
	{text: "referenstagning", weight: 2}, {text: "ta referenser", weight: 2}, {text: "personlighetstest", weight: 1.5},
	{text: "personlighedstest", weight: 1.5}, {text: "arbetsprov", weight: 1.5}, {text: "case-opgave", weight: 1.5},
	{text: "caseopgave", weight: 1.5}, {text: "caseoppgave", weight: 1.5}, {text: "testuppgift", weight: 1.5},
	// the interview said as a meeting: "indkaldt til samtale", "første samtale"
	{text: "til samtale", weight: 1.5}, {text: "første samtale", weight: 2}, {text: "anden samtale", weight: 2.5},
	{text: "andet samtale", weight: 2.5}, {text: "2. samtale", weight: 2.5}, {text: "samtalerunde", weight: 2},
	{text: "ansættelsessamtale", weight: 3}, {text: "jobsamtale", weight: 3}, {text: "andregangsintervju", weight: 3},
	{text: "førstegangsintervju", weight: 3},
}

var interviewTermsNordic = []term{
	{text: "intervju", weight: 1.5}, {text: "intervjun", weight: 1.5}, {text: "intervjuer", weight: 1.5},
	{text: "intervjuet", weight: 1.5}, {text: "intervjuen", weight: 1.5}, {text: "intervjua", weight: 1.5},
	{text: "jobbintervju*", weight: 1.5}, {text: "anställningsintervju*", weight: 1.5}, {text: "intervjutid", weight: 1.5},
}

// titleContextNordic are the words for the post a job title stands next to
// ("tjänsten som dataanalytiker", "stillingen som IT-arkitekt").
var titleContextNordic = termsOf([]string{
	"tjänsten", "tjänst", "stillingen", "stilling", "rollen", "befattningen", "intervju", "intervjun", "samtale",
})

// titlesNordic are job titles of the three languages.
var titlesNordic = termsOf([]string{
	"utvecklare", "udvikler*", "utvikler*", "ingenjör*", "ingeniør*", "analytiker", "arkitekt", "projektledare",
	"projektleder", "prosjektleder", "rådgiver", "rådgivare", "handläggare", "sagsbehandler", "saksbehandler",
	"enhetschef", "afdelingsleder", "avdelingsleder", "teamleder", "adjunkt", "lektor", "forsker", "forskare",
	// r37: care and schools ("Distriktssköterska – Vårdcentralen", nynorsk
	// "Lærar 5.–7. trinn")
	"sjuksköterska", "distriktssköterska", "undersköterska", "specialistsjuksköterska", "sygeplejerske", "sykepleier",
	"helsefagarbeider", "läkare", "lærer", "lærar", "lärare", "pedagog", "barnehagelærer", "förskollärare",
})

var scheduledTermsNordic = termsOf([]string{
	"bekräftar", "bekräftelse", "bekræfter", "bekræftelse", "hermed bekræftet", "bekrefter", "bekreftelse",
	"välkommen på intervju", "velkommen til samtale", "velkommen til intervju", "indkaldt til", "innkalt til",
	"kallas till intervju", "kalla dig till", "vi ses", "ses på", "sees på", "kalenderinbjudan", "kalenderinvitation",
	"mødeindkaldelse", "møteinnkalling", "teams-länk", "teams-link", "teams-lenke",
})

var schedulingTermsNordic = termsOf([]string{
	"boka en tid", "boka din tid", "boka intervjutid", "välj en tid", "vilken tid", "vilka tider", "passar det",
	"passar dig", "hvornår passer", "hvilken dag", "hvilket tidspunkt", "når passer", "passer det", "passer det dig",
	"passer det deg", "book en tid", "book et tidspunkt", "vælg et tidspunkt", "velg et tidspunkt", "velg en tid",
	"tider som passar", "tidspunkter", "tidspunkt som passer", "hvilke tider", "invitere deg til", "invitere dig til",
	"invitera dig till", "bjuda in dig till", "indkalde dig til", "innkalle deg til",
})

var awaitingTermsNordic = termsOf([]string{
	"tack för intervjun", "tack för samtalet", "tack för i dag", "tack för idag", "tak for samtalen", "tak for i dag",
	"takk for samtalen", "takk for intervjuet", "takk for praten", "takk for i dag", "övriga kandidater",
	"øvrige kandidater", "slutgiltigt besked", "endeligt svar", "endelig svar", "slutskedet", "sista intervjuerna",
	"de sidste samtaler", "siste intervjuene", "andra kandidater", "andre kandidater",
})

var ackTermsNordic = termsOf([]string{
	"tack för din ansökan", "vi har tagit emot din ansökan", "vi har mottagit din ansökan", "din ansökan har kommit in",
	"tak for din ansøgning", "vi har modtaget din ansøgning", "vi har nu modtaget", "takk for din søknad",
	"vi har mottatt din søknad", "søknaden din er mottatt", "søknaden er mottatt", "bekräftelse på din ansökan",
	"kvittering for", "kvittering på", "takk for søknaden", "tack för ansökan", "tak for ansøgningen",
})

var offerTermsNordic = termsOf([]string{
	// the post offered, not anything ("om vi kan erbjuda dig en bostad")
	"erbjuda dig tjänsten", "erbjuda dig en anställning", "erbjuda dig anställning", "erbjuda dig en tillsvidareanställning",
	"erbjuda dig en visstidsanställning", "erbjuda dig jobbet", "erbjuda dig rollen", "erbjuda dig en tjänst",
	"erbjudande om anställning", "tilbyde dig stillingen", "tilbyde dig jobbet", "tilbyde dig en stilling",
	"tilbyde dig en fastansættelse", "tilbud om ansættelse", "tilby deg stillingen", "tilby deg jobben", "tilby deg en stilling",
	"tilby deg fast ansettelse", "tilbud om stilling",
	"välkommen till teamet", "velkommen til teamet", "velkommen om bord", "velkommen ombord", "välkommen ombord",
	// wanting the reader: "de vil rigtig gerne have dig som ny Senior Data
	// Engineer", "vi vil gjerne ha deg med på laget", "Kunden vill ha dig!",
	// and the offer named ("Kort om tilbudet", "tilbudsbrevet")
	"have dig som ny", "have dig med på holdet", "ha deg med på laget", "ha deg med oss", "vill ha dig", "vil have dig",
	"vil ha deg", "vill ha med dig", "erbjuder dig en anställning", "erbjuder dig tjänsten", "tilbuddet", "tilbudet",
	"tilbudsbrev*", "anställningserbjudandet",
	// r34: "vi vill gärna att du börjar hos oss som dataingenjör", "vi vill
	// jättegärna ha med dig i serveringen i sommar", "så glad att det blev du"
	"att du börjar hos oss", "at du starter hos os", "at du begynner hos oss", "ha med dig i", "ha deg med i",
	"det blev du", "det ble deg", "det blev dig", "arbetsavtalet", "anställningsavtalet",
	// r35: "Frihavn Cloud vil gerne ansætte dig som ...", nynorsk "vi har
	// gleda av å tilby deg fast tilsetjing"
	"vil gerne ansætte dig", "vil gjerne ansette deg", "vill gärna anställa dig", "vil gjerne tilsetje deg",
	"tilby deg fast", "tilbyde dig fast", "fast tilsetjing", "foreløbige tilbud", "foreløpige tilbudet",
	// r36: "Butikschefen vil gerne have dig fra mandag" (not "du har fået
	// det", which is anything: "CPR-nummer (når du har fået det)"),
	// "kunden ønsker å gi deg tilbud om stillingen som Director"
	"gerne have dig", "gjerne ha deg", "gärna ha dig", "tilbud om stillingen", "tilbud om jobben", "tilbud om jobbet",
	"du har fået jobbet", "du har fået stillingen", "du har fått jobben", "du har fått stillingen",
	"du har fått jobbet", "du har fått tjänsten", "du fick jobbet", "du fikk jobben",
})

var withdrawnTermsNordic = termsOf([]string{
	"drar tillbaka min ansökan", "återkallar min ansökan", "trækker min ansøgning", "trekker min søknad",
	"trekke min søknad", "rekryteringen avbryts", "avbryter rekryteringen", "avbrutit rekryteringen",
	"rekrutteringen er stoppet", "rekrutteringen er sat i bero", "sat i bero", "ansættelsesstop", "anställningsstopp",
	"ansettelsesstopp", "stillingen er trukket tilbake", "stillingen er inddraget", "tjänsten dras in",
	"trække min ansøgning", "trekke søknaden min", "trekker søknaden min", "trekke min søknad", "dra tillbaka min ansökan",
	"återkalla min ansökan", "pausa rekryteringen", "pausar rekryteringen", "rekryteringen pausas", "pause rekrutteringen",
	"rekrutteringen på pause", "pauset rekrutteringen", "rekrutteringen er sat på pause", "rekrutteringen er satt på pause",
	// r36: the post not filled at all, the assignment called off:
	// "Holdlederstillingen bliver derfor ikke besat", "opgaven er aflyst"
	"bliver ikke besat", "bliver derfor ikke besat", "blir ikke besatt", "blir derfor ikke besatt", "kommer inte att tillsättas",
	"kommer derfor ikke til at blive besat", "opgaven er aflyst", "stillingen er aflyst", "rekrutteringen er aflyst",
	"rekrutteringen er avlyst", "rekryteringen ställs in", "uppdraget är inställt", "oppdraget er avlyst",
	// "generaldirektören har beslutat att avbryta rekryteringen. Ingen
	// kommer att anställas på den utannonserade tjänsten"
	"avbryta rekryteringen", "afbryde rekrutteringen", "avbryte rekrutteringen", "ingen kommer att anställas",
	"ingen vil bli ansatt", "ingen vil blive ansat", "ingen kommer til at blive ansat",
})

var oooTermsNordic = []term{
	{text: "frånvarande", weight: 1}, {text: "fraværende", weight: 1}, {text: "fravær", weight: 1},
	{text: "ikke på kontoret", weight: 1}, {text: "inte på kontoret", weight: 1}, {text: "har semester", weight: 1},
	{text: "på semester", weight: 1}, {text: "holder ferie", weight: 1}, {text: "har ferie", weight: 1},
	{text: "på ferie", weight: 1}, {text: "föräldraledig", weight: 1}, {text: "barselsorlov", weight: 1},
	{text: "foreldrepermisjon", weight: 1},
}

var negTermsNordic = termsOf([]string{
	"inte", "ej", "icke", "ikke", "ikkje", "aldrig", "aldri", "ingen", "inga", "inget",
})

// progressTermsNordic are the steps of the process, as progressTerms.
var progressTermsNordic = []term{
	{text: "gå vidare", weight: 1}, {text: "går vidare", weight: 1}, {text: "gått vidare", weight: 1}, {text: "vidare med"}, {text: "vidare till"},
	{text: "gå videre", weight: 1}, {text: "går videre", weight: 1}, {text: "gået videre", weight: 1},
	{text: "gått videre", weight: 1}, {text: "videre med"}, {text: "videre til"}, {text: "invitera dig", weight: 1}, {text: "bjuda in dig", weight: 1},
	{text: "kalla dig", weight: 1}, {text: "invitere dig", weight: 1}, {text: "indkalde dig", weight: 1},
	{text: "invitere deg", weight: 1}, {text: "innkalle deg", weight: 1}, {text: "erbjuda dig", weight: 1},
	{text: "tilbyde dig", weight: 1}, {text: "tilby deg", weight: 1}, {text: "udvalgt"}, {text: "utvald"},
	// taking the reader on, or someone else: "valgt ikke å ta deg med til
	// siste runde", "har invitert kandidater med erfaring fra ... til
	// intervju", "valgt at ansætte en medarbejder med", "besluttet at
	// indstille en anden kandidat", "vi har landet på en annen kandidat",
	// "vi går for en annen kandidat", "endte opp med en annen"
	{text: "ta deg med", weight: 1}, {text: "ta dig med", weight: 1}, {text: "tage dig med", weight: 1},
	{text: "tar deg med", weight: 1}, {text: "tar dig med", weight: 1}, {text: "tager dig med", weight: 1},
	{text: "tek deg med", weight: 1},
	{text: "invitert"}, {text: "inviterat"}, {text: "inviteret"}, {text: "indkaldt"}, {text: "innkalt"}, {text: "kallat"},
	{text: "ansætte", weight: 2}, {text: "ansette", weight: 2}, {text: "anställa", weight: 2}, {text: "ansatt", weight: 2},
	{text: "ansat", weight: 2}, {text: "anställt", weight: 2}, {text: "indstille"}, {text: "indstillet"}, {text: "innstille"},
	{text: "landet på"}, {text: "landat på"}, {text: "landede på"}, {text: "går for"}, {text: "gå for"}, {text: "gått for"},
	{text: "gået efter"}, {text: "går efter"}, {text: "endte opp med"}, {text: "endte med"}, {text: "endade med"},
	{text: "endte på"}, {text: "valde"}, {text: "valgte"}, {text: "vælge"}, {text: "velge"}, {text: "välja"},
	{text: "fortsætte med"}, {text: "fortsette med"}, {text: "fortsätta med"}, {text: "besluttet os for"},
	{text: "bestemt os for"}, {text: "bestämt oss för"}, {text: "bestemt oss for"}, {text: "besluttet oss for"},
	{text: "tilbudt", weight: 2, fam: "fill"}, {text: "erbjudits", weight: 2, fam: "fill"},
	{text: "erbjuda rollen", weight: 2}, {text: "erbjuda tjänsten", weight: 2}, {text: "tilbyde stillingen", weight: 2},
	{text: "tilbyde rollen", weight: 2}, {text: "tilby stillingen", weight: 2}, {text: "tilby rollen", weight: 2},
	{text: "erbjuda anställning", weight: 2}, {text: "prioritera"}, {text: "prioritere"}, {text: "prioriteret"},
	{text: "prioriterat"}, {text: "prioritert"}, {text: "prioriterer"}, {text: "prioriterar"},
	// r35: "besluttet at invitere andre kandidater til samtale", nynorsk
	// "vi har likevel landa på ein annan kandidat"
	{text: "invitere"}, {text: "invitera"}, {text: "landa på"},
	{text: "utvalgt"}, {text: "utvalda"}, {text: "innstilt"},
	{text: "tillsatt", weight: 2, fam: "fill"}, {text: "tillsatts", weight: 2, fam: "fill"}, {text: "tillsätta", weight: 2},
	{text: "tilsetje", weight: 2}, {text: "tilsett", weight: 2, fam: "fill"},
	// r38: the Swedish supine (with its auxiliary: Dutch "valt" is
	// "falls"), and the V2 order after a fronted clause
	// ("Vi har valt en kandidat som", "Når vi til slutt skulle velge,
	// endte vi med en kandidat som", "de har landat i en kandidat som")
	{text: "har valt"}, {text: "hade valt"}, {text: "endte vi med"}, {text: "endte vi opp med"}, {text: "endade vi med"}, {text: "landet vi på"},
	{text: "landade vi på"}, {text: "landat i"}, {text: "landet i"}, {text: "landa i"},
	{text: "besat", weight: 2, fam: "fill"}, {text: "besatt", weight: 2, fam: "fill"}, {text: "besætte", weight: 2},
	{text: "tilsatt", weight: 2, fam: "fill"}, {text: "valgt"}, {text: "gå vidare med"}, {text: "gå videre med"},
	{text: "går vidare med"}, {text: "går videre med"}, {text: "gått vidare med"}, {text: "gået videre med"},
	{text: "gått videre med"},
}

var otherCandTermsNordic = termsOf([]string{
	"en annan kandidat", "andra kandidater", "en annan sökande", "andra sökande", "en anden kandidat", "andre kandidater",
	"en anden ansøger", "andre ansøgere", "en annen kandidat", "andre søkere", "en annen søker", "någon annan", "nogen anden",
	"noen andre", "noen annen", "intern kandidat", "en intern kandidat", "kandidater vars", "sökande vars", "ansøgere hvis",
	"kandidater hvis", "kandidater med", "søkere med", "sökande med", "ansøgere med", "kandidater som", "søkere som",
	"sökande som",
	// one person, a colleague or just "another": "har nå ansatt en person
	// til stillingen", "valgt en kandidat som har lang erfaring",
	// "endte opp med en annen denne gangen"
	"en kandidat", "en kandidat som", "en kandidat der", "en kandidat med", "en person", "en medarbejder", "en medarbetare",
	"en medarbeider", "en ansøger", "en søker",
	// her, him, the other one: "vi har endt med at tilbyde stillingen til
	// hende", "til den andre kandidaten"
	"hende", "henne", "ham", "honom", "den andre kandidaten", "den anden kandidat", "den andra kandidaten",
	"ein annan kandidat", "ein annan søkjar", "andre søkjarar", "ein annan",
	// nynorsk: "Vi har no gått vidare med ein kandidat som"
	"ein kandidat", "ein søkjar", "ein person", "ein medarbeidar",
	// r38: a relative with "der" ("valgt at gå videre med kandidater, der
	// allerede har"), one of the others, a consultant ("valgt en konsulent
	// med lang fartstid")
	"kandidater der", "ansøgere der", "søkere der", "søkjarar der", "en af de andre", "en av de andre",
	"en av de andra", "ein av dei andre", "en konsulent", "en konsult", "ein konsulent",
	// r36: "de går for en intern løsning"
	"en intern løsning", "en intern lösning", "en intern løsning",
})

// outcomeTermsNordic are the weighted rejection cues of the three
// languages, in the families of outcomeTerms.
var outcomeTermsNordic = func() []term {
	var out []term
	add := func(fam string, w float64, phrases ...string) {
		for _, p := range phrases {
			out = append(out, term{text: p, weight: w, fam: fam})
		}
	}
	add("declined", 3,
		"tjänsten är tillsatt", "tjänsten har tillsatts", "stillingen er besat", "stillingen er blevet besat",
		"stillingen er besatt", "stillingen er tilsatt", "stillingen er nu besat", "beslutat att anställa",
		"besluttet at ansætte", "besluttet å ansette", "har valt en annan", "valgt en anden", "valgt en annen",
		"inte längre aktuell", "ikke længere aktuel", "ikke lenger aktuell", "du er ikke aktuel", "du ikke er aktuel",
		"du är inte aktuell", "du er ikke aktuell", "ikke aktuel til", "inte aktuell för", "ikke aktuell for", "ikke blandt", "ikke blant", "inte bland",
		"inte blivit utvald", "ikke blevet udvalgt", "ikke blitt valgt", "ikke blitt innstilt", "ikke innstilt",
		"inte gått vidare", "ikke gået videre", "ikke gått videre", "afslag på din", "afslag på ansøgning",
		"avslag på din", "avslag på søknad", "fått avslag", "får avslag", "får afslag", "ikke kommet i betragtning",
		"ikke kommer i betragtning", "kommer inte att gå vidare", "ikke kunne tilbyde dig", "inte kunna erbjuda dig",
		"ikke kan tilby deg", "ikke kan tilbyde dig", "inte kan erbjuda dig", "erbjuda tjänsten till en annan",
		"tilbyde stillingen til en anden", "tilby stillingen til en annen", "valt att gå vidare med andra",
		"valgt at gå videre med andre", "valgt å gå videre med andre", "gå vidare med en annan", "gå videre med en anden",
		"gå videre med en annen", "rekryteringen är avslutad", "rekrutteringen er afsluttet", "rekrutteringen er avsluttet",
		"rekryteringen är nu avslutad", "rekrutteringen er nu afsluttet", "rekrutteringen er nå avsluttet",
		"rekrutteringen er lukket", "rekrutteringen er dermed lukket", "rekrutteringen er nu lukket",
		// the word order of a clause: "at du ikke er blandt de ansøgere";
		// "not one of them", "not among them" ("Tyvärr är du inte en av
		// dem", "Du finns inte med bland dem")
		"ikke er blandt", "inte är bland", "ikke er blant", "ikke var blandt", "inte var bland", "ikke var blant",
		"inte en av dem", "ikke en af dem", "ikke en av dem", "inte med bland", "ikke med blandt", "ikke med blant",
		// out of the process: "Ny status: Ikke videre i prosessen", "Din
		// ansøgning indgår derfor ikke i den videre proces", "Inte längre
		// under övervägande"
		"ikke videre i prosessen", "ikke videre i processen", "inte vidare i processen", "ikke i den videre proces",
		"ikke i den videre prosess", "ikke med i den videre", "inte längre under övervägande", "ikke længere i betragtning",
		"ikke lenger under vurdering", "ikke længere under overvejelse",
		// not you, a no: "det ble ikke deg denne gangen", "Jeg må give dig
		// et nej denne gang", "så det bliver ikke til mere for dig"
		"ble ikke deg", "blev ikke dig", "blev inte du", "blir inte du", "blir ikke deg", "bliver ikke dig",
		"ikke deg denne gangen", "ikke dig denne gang", "inte du den här gången", "give dig et nej", "ge dig ett nej",
		"gi deg et nei", "bliver ikke til mere", "blir ikke noe mer", "blir inget mer", "ikke nådde opp", "nådde ikke opp",
		"ikkje nådde opp", "nådde inte fram",
		// the choice fell on someone: "Valget er faldet på en ansøger med",
		// "det blir en annan kandidat som får rollen"
		"valget er faldet på", "valget faldt på", "valget har falt på", "valget falt på", "valet föll på",
		"valet har fallit på", "blir en annan kandidat", "bliver en anden kandidat", "blir en annen kandidat",
		"den som har anställts", "fundet vores nye", "hittat vår nya", "funnet vår nye", "fundet den rette",
		"funnet den rette", "hittat rätt person", "endte opp med en annen", "endte med en anden", "endade med en annan",
		"valgte en annen", "valgte en anden", "valde en annan", "din profil passer ikke", "din profil matcher ikke",
		"din profil matchar inte", "din profil passar inte", "profil inte riktigt matchar", "profil inte matchar",
		// r34: a status, a post given away, someone found, the process
		// closed with the reader
		"ej aktuell", "ej vald till", "ikke valgt til", "ikke udvalgt til", "ikke tages i betragtning",
		"ikke tas i betraktning", "ikke tatt i betraktning", "inte tas i beaktande", "inte tas vidare", "ikke tas videre",
		"ikke tages videre", "til den andre kandidaten", "til den anden kandidat", "till den andra kandidaten",
		"avslutter prosessen med deg", "avslutte prosessen med deg", "afslutter processen med dig",
		"avslutar processen med dig", "avsluta processen med dig", "hittat någon", "fundet nogen", "funnet noen",
		"hittat en annan", "fundet en anden", "funnet en annen", "till en person som", "til en person som",
		"til en person der", "ble en intern", "blev en intern", "blir en intern", "bliver en intern",
		// r35
		"blev en anden kandidat", "blev en annan kandidat", "ble en annen kandidat", "fundet vores kandidat",
		"hittat vår kandidat", "funnet vår kandidat", "inte en av de kandidater", "ikke en af de kandidater",
		"ikke en av kandidatene", "ikke aktuell", "inte aktuell", "ikke aktuel", "stillinga er no tilsett", "er no tilsett",
		"stillinga er tilsett", "ikkje nådd opp", "ikke nådd opp", "ikkje nådd fram", "ikke nådd frem",
		"valet fall ikkje på deg", "valget falt ikke på deg", "valget faldt ikke på dig", "valet föll inte på dig",
		"valet föll till slut", "valget falt til slutt", "valget faldt til sidst", "inte att prövas vidare",
		"inte prövas vidare", "ikke vurderes videre", "ikke blive vurderet videre", "landat i ett annat val",
		"landet på et annet valg", "landet på et andet valg",
		"profil ikke matcher", "profil ikke helt matcher", "profil ikke passer", "profil ikke helt passer",
		// a sentence adverb inside the phrase: "Det blev dog en anden
		// kandidat", "Vi avslutter derfor prosessen med deg her", "derfor
		// bliver det ikke til et tilbud til dig", "panelen har bestämt sig
		// för en annan kandidat", "vi har därför inte möjlighet att pröva
		// din ansökan vidare"
		"blev dog en anden", "blev dock en annan", "ble likevel en annen", "ble dessverre en annen",
		"blev desværre en anden", "blev tyvärr en annan", "avslutter derfor prosessen med deg",
		"afslutter derfor processen med dig", "avslutar därför processen med dig", "ikke til et tilbud",
		"blir det ikke noe tilbud", "blir det inget erbjudande", "bliver det ikke til et tilbud", "bestämt sig för en annan",
		"bestemt seg for en annen", "besluttet sig for en anden", "besluttet seg for en annen", "inte möjlighet att pröva",
		"ikke mulighed for at vurdere", "ikke mulighet til å vurdere",
		// r37: the post given to someone named by what they do ("erbjuda
		// tjänsten till en sjuksköterska som", "Vi har tilbode stillinga til
		// ein av dei andre kandidatane", "gi stillingen til en av våre
		// egne"), filled from within ("besætte stillingen ... internt",
		// "processen er afsluttet for alle eksterne kandidater"), others
		// invited ("valgt at invitere kandidater til samtale, hvis
		// profiler"), nynorsk and passive no's ("Du er ikkje blant dei
		// innstilte", "søknaden din vert ikkje handsama vidare", "blir
		// derfor ikke tatt med videre", "Din ansökan avslutas därför"), no
		// offer ("beslutat att inte lämna något erbjudande om anställning")
		"tjänsten till en", "stillingen til en", "stillinga til ein", "rollen till en", "rollen til en",
		"stillinga til ein av", "en av våre egne", "en af vores egne", "en av våra egna", "ein av våre eigne",
		"for alle eksterne", "för alla externa", "valgt at invitere kandidater", "valgt å invitere kandidater",
		"valt att bjuda in kandidater", "valt att kalla kandidater", "besluttet at invitere kandidater", "ikkje blant",
		"ikkje mellom", "ikkje handsama vidare", "ikke behandlet videre", "ikke behandla videre", "inte behandlas vidare",
		"ikke tatt med videre", "ikke taget med videre", "inte tagits med vidare", "ikkje teken med vidare",
		"ikke vurdert videre", "ikke vurderet videre", "inte bedömts vidare", "ikkje vurdert vidare", "ansökan avslutas",
		"søknaden din avsluttes", "ansøgning afsluttes", "inte lämna något erbjudande", "ikke give noget tilbud",
		"ikke gi noe tilbud", "ikkje gi noko tilbod", "tilsetje ein annan", "vedtak om å tilsetje ein annan",
		// r38: "Vi endte med at vælge en af de andre" (otherCand), the post
		// given to someone with a title between ("tilbyde stillingen som
		// teamleder for Data og Analyse ... til en intern kandidat": objectOf's
		// window), "opgaven er blevet tildelt en anden konsulent", "Kunden
		// har valgt at løse opgaven internt", "der bliver ikke brug for en
		// ekstern", "kunden har gått for en annen", "stillinga går til ein
		// annan søkjar", "det vart difor ikkje deg", "Den här gången blev det
		// inte du", "det blev den andra kandidaten", "du ikkje vert kalla inn
		// til intervju", someone's priority in law ("har företrädesrätt"),
		// no openings ("ingen ledige stillinger"), "har tyvärr valt en annan"
		"tildelt en anden", "tildelt en annen", "tilldelats en annan", "tilldelat en annan", "tildelt ein annan",
		"løse opgaven internt", "løse oppdraget internt", "lösa uppdraget internt", "løse stillingen internt",
		"ikke brug for en ekstern", "ikke behov for en ekstern", "inte behov av en extern", "gått for en annen",
		"går for en annen", "gått för en annan", "går efter en anden", "gået efter en anden", "gått for ein annan",
		"går til ein annan", "går til en annen", "går till en annan", "går til en anden", "gikk til ein annan",
		"vart ikkje deg", "vart difor ikkje deg", "ble derfor ikke deg", "blev derfor ikke dig", "blev därför inte du",
		"blev det inte du", "ble det ikke deg", "blev det ikke dig", "vart det ikkje deg", "blev den andra kandidaten",
		"ble den andre kandidaten", "blev den anden kandidat", "blev den andra", "ble den andre", "blev den anden",
		"ikkje vert kalla inn", "ikke blir kalt inn", "inte kallas till intervju", "ikke bliver indkaldt",
		"har företrädesrätt", "har fortrinnsrett", "har fortrinsret", "ingen ledige stillinger", "ingen ledig stilling",
		"inga lediga tjänster", "ingen öppen tjänst", "ingen ledige stillingar", "valt en annan", "valet fall på",
		"til en intern kandidat", "till en intern kandidat", "til ein intern søkjar", "til en intern søker",
		"til en intern ansøger",
		// r36: the post given, offered or gone to someone else, in any
		// tense ("vi har erbjudit tjänsten till en annan kandidat", "Vi
		// har derfor tilbudt stillingen til en anden", "valgt å gi
		// stillingen til en kandidat som", "Chaufførvikariatet er gået til
		// en af vores faste vikarer")
		"tjänsten till en annan", "tjänsten till en av de andra", "rollen till en annan", "stillingen til en anden",
		"stillingen til en af de andre", "stillingen til en annen", "stillingen til en av de andre", "rollen til en anden",
		"rollen til en annen", "stillinga til ein annan", "stillingen til en kandidat", "tjänsten till en kandidat",
		"stillinga til ein kandidat", "gået til en af", "gået til en anden", "gått til en av", "gått til en annen",
		"gått till en av", "gått till en annan", "gick till en annan", "gikk til en annen", "gik til en anden",
		// the V2 order after a fronted word: "Till slut valde vi en
		// kandidat som", "Når vi ser på stillingen, passer din profil dog
		// ikke helt", "vi har valt ein annan kandidat" (nynorsk)
		"valde vi en kandidat", "valde vi en annan", "valgte vi en kandidat", "valgte vi en anden", "valgte vi en annen",
		"valt ein annan", "passer din profil ikke", "passer din profil dog ikke", "passar din profil inte",
		"passar din profil dock inte", "passer profilen din ikke", "passer din profil likevel ikke",
		"landat i en annan", "landet i en anden", "landet i en annen",
		// not among them, not on the list: "Vi må desværre meddele dig, at
		// du ikke er iblandt disse", "du er ikke med på den [shortliste]"
		"ikke er iblandt", "ikke iblandt", "ikke var iblandt", "du er ikke med på", "du ikke er med på",
		"du är inte med på", "du inte är med på", "afslutte processen med dig", "afslutte forløbet med dig",
		// a status line, the post filled from within or by someone
		// named by what they are: "Ny status: Rekryteringen avslutad –
		// tjänsten tillsatt", "Tjänsten tillsätts därför genom
		// omplacering", "den vil bli fylt av en av controllerne våre",
		// "Vi ansetter altså ingen eksterne", "Regionen har tilldelat
		// uppdraget till en annan ramavtalsleverantör", "Det blir alltså
		// inget uppdrag"
		"tjänsten tillsatt", "stillingen besat", "stillingen besatt", "stillingen tilsatt", "genom omplacering",
		"ved omplacering", "gjennom omplassering", "bli fylt av", "blive fyldt af", "bli besatt av", "blive besat af",
		"ingen eksterne", "inga externa", "uppdraget till en annan", "oppdraget til en annen", "opgaven til en anden",
		"blir inget uppdrag", "blir det inget uppdrag", "blir ikke noe oppdrag", "bliver ikke nogen opgave",
	)
	// A no said of the reader in the subordinate order puts the
	// negation before the verb: "jeg må desværre fortælle dig, at du ikke
	// er en af dem" beside the main clause's "du er ikke en af dem". Every
	// declined phrase that opens with a negation and a predicate gets its
	// copula after the negation too.
	for _, t := range out {
		w := strings.Fields(t.text)
		if t.fam != "declined" || len(w) < 3 || copulaAfter[w[0]] == "" || nordicFinite[w[1]] {
			continue
		}
		out = append(out, term{text: w[0] + " " + copulaAfter[w[0]] + " " + strings.Join(w[1:], " "), weight: t.weight, fam: t.fam})
	}
	add("pass", 3,
		"gå en anden vej", "gå en annen vei", "gå en annan väg", "gå i en anden retning", "gå i en annen retning",
		"gå i en annan riktning",
		// not the right time: "tror vi inte att det är rätt tillfälle för oss"
		"inte att det är rätt tillfälle", "inte rätt tillfälle", "inte är rätt tillfälle", "ikke det rigtige tidspunkt",
		"ikke det rette tidspunkt", "ikke rett tidspunkt", "ikke riktig tidspunkt", "ikke det riktige tidspunktet",
	)
	add("hedge", 1,
		"tyvärr", "desværre", "dessverre", "beklagar att", "beklager at", "beklager å", "beklageligvis", "ledsen att", "ked af at", "lei for å",
		"tråkigt besked", "trist besked", "ikke de nyheder", "inte det besked", "inte det svar", "ikke det svar",
		"ikke det du håpet", "ikke det, jeg havde håbet", "ikke det jeg havde håbet",
	)
	add("luck", 1,
		"lycka till", "held og lykke", "lykke til", "god fortsättning", "fortsatt lycka", "alt det bedste", "alt det beste",
		"ditt fortsatta sökande", "lukke til", "fortsatta jobbsökande", "fortsatte jobsøgning", "jobsøgningen", "jobbsøkingen",
		"videre jobbsøking", "fremtidige karriere", "fortsatta karriär", "framtida karriär",
	)
	add("luck", 0.5, "alt godt", "allt gott")
	add("future", 1,
		"kandidatbank", "kandidatdatabas", "kandidatdatabase", "talangpool", "talentbank", "talentpulje",
		"fremtidige stillinger", "framtida tjänster", "framtida rekryteringar", "fremtidige rekrutteringer",
		"søke igjen", "söka igen", "søge igen", "andra tjänster", "andre stillinger", "framtida möjligheter",
		"fremtidige muligheder", "fremtidige muligheter", "spara din ansökan", "sparar din ansökan", "gemme din ansøgning",
		"gemmer din ansøgning", "beholde søknaden", "ta vare på søknaden",
	)
	add("future", 0.5, "i framtiden", "i fremtiden", "framöver", "fremover")
	add("occasion", 0.5,
		"denna gång", "den här gången", "denne gang", "denne gangen", "i nuläget", "på nuværende tidspunkt",
		"for øyeblikket", "i denne omgang", "i denne omgangen", "just nu", "for nu",
	)
	add("deliberation", 1,
		"noggrann genomgång", "noggrann bedömning", "grundig gennemgang", "grundig vurdering", "nøye vurdering",
		"svårt beslut", "svær beslutning", "vanskelig beslutning", "många kvalificerade", "mange kvalificerede",
		"mange kvalifiserte", "många sökande", "mange ansøgere", "mange søkere", "mange dygtige", "mange dyktige",
		"många duktiga", "samlet vurdering", "samlad bedömning", "helhetsvurdering",
	)
	add("decision", 1,
		"vi har beslutat", "vi har bestämt", "bestämt oss", "beslutat", "beslutning", "besluttet", "bestemt os",
		"bestemt oss", "beslutningen", "vi har valt", "vi har valgt", "truffet et valg", "tatt et valg",
	)
	add("mismatch", 2,
		"hvis profiler", "vars profiler", "en anelse bedre",
		"bättre motsvarar", "bättre matchar", "bedre matcher", "bedre svarer til", "mer relevant erfarenhet", "mere relevant erfaring", "mer relevant erfaring",
		"i højere grad matcher", "vars erfarenhet", "hvis erfaring", "hvis profil", "hvis kompetencer",
		"best kvalifisert", "bäst kvalificerad", "bedst kvalificeret",
		"længere erfaring", "längre erfarenhet", "lengre erfaring",
	)
	return out
}()

// copulaAfter is the copula the subordinate order puts after each
// language's negation.
var copulaAfter = map[string]string{"ikke": "er", "inte": "är", "ikkje": "er", "ej": "är"}

// nordicFinite are the verbs a declined phrase may already carry after
// its negation ("ikke blevet udvalgt", "inte gått vidare"), which need no
// copula.
var nordicFinite = map[string]bool{"er": true, "är": true, "blevet": true, "blitt": true, "blivit": true, "har": true,
	"kan": true, "kommer": true, "kunne": true, "vert": true, "blir": true, "bliver": true, "blev": true, "ble": true,
	"gått": true, "gået": true, "nådde": true, "nådd": true, "tas": true, "tages": true, "tatt": true, "taget": true,
	"tagits": true, "var": true, "vurderes": true, "blive": true, "att": true, "at": true, "å": true, "kunna": true}

var positiveTermsNordic = []term{
	{text: "grattis", weight: 2}, {text: "tillykke", weight: 2}, {text: "gratulerer", weight: 2}, {text: "gratulerar", weight: 2},
	{text: "goda nyheter", weight: 1.5}, {text: "gode nyheder", weight: 1.5}, {text: "gode nyheter", weight: 1.5},
	{text: "gärna träffa dig", weight: 2}, {text: "gerne invitere dig", weight: 2}, {text: "gjerne invitere deg", weight: 2},
	{text: "gerne møde dig", weight: 2}, {text: "gjerne møte deg", weight: 2}, {text: "glad att kunna", weight: 1.5},
	{text: "glad for at kunne", weight: 1.5}, {text: "glade for å kunne", weight: 1.5},
}
