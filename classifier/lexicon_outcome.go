package classifier

// The outcome lexicon: the words a decision about an application is made
// of, in English, German, French, Spanish, Italian, Dutch and Portuguese.
// outcome.go combines them; no single phrase is required. A rejection is
// many weak cues ("unfortunately", "other candidates", "best of luck in
// your search", "we'll keep your CV on file") or one structural one: a
// negated step of the process that governs the application ("we will not
// be moving forward with your application") or a step taken with someone
// else ("we have decided to pursue candidates whose ...").

// negTerms negate a process step a few words after them ("not", "won't",
// "unable to"); Dutch and German also put the negation after the verb.
var negTerms = termsOf([]string{
	// the grounds for going on not there (r80): "al momento non ci sono i
	// presupposti per proseguire insieme", "no se dan las condiciones
	// para avanzar"
	"non ci sono i presupposti per", "non ci sono le condizioni per", "no se dan las condiciones para",
	"no están dadas las condiciones para", "les conditions ne sont pas réunies pour",
	"not", "never", "unable", "cannot", "can't", "won't", "don't", "didn't", "isn't", "aren't", "wasn't",
	"weren't", "haven't", "hasn't", "hadn't", "wouldn't", "couldn't", "no longer", "neither",
	"nicht", "weder", "kein", "keine", "keinen", "keiner", "pas", "jamais", "aucune", "no", "nunca", "non", "niet",
	"geen", "nooit", "não", "nao", "nem", "impossibilité", "impossible",
	// literary French drops the "pas": "nous sommes au regret de ne
	// pouvoir vous proposer le poste"
	"ne pouvoir", "ne pouvons", "ne pourrons", "ne pourrions", "ne saurions",
	// a step declined or put off: "we've decided against progressing
	// your application", "we'll hold off on moving forward"; not a bare
	// "against" ("we review every application against the preferred
	// qualifications")
	"decided against", "decide against", "deciding against", "opted against", "chose against", "gone against",
	"went against", "voted against", "recommended against", "hold off", "holding off",
})

// progressTerms are steps of a hiring process. weight 1 marks the steps
// that, taken with the reader and not negated, mean the process goes on
// ("we'd like to move forward with you").
var progressTerms = []term{
	// English
	{text: "move forward", weight: 1}, {text: "moving forward", weight: 1}, {text: "moved forward", weight: 1},
	{text: "move ahead", weight: 1}, {text: "moving ahead", weight: 1}, {text: "go ahead"}, {text: "going ahead"},
	{text: "proceed", weight: 1}, {text: "proceeding", weight: 1}, {text: "progress", weight: 1},
	{text: "progressing", weight: 1}, {text: "advance", weight: 1}, {text: "advancing", weight: 1},
	{text: "continue"}, {text: "continuing"}, {text: "take your application"}, {text: "taking your application"},
	{text: "take it further"}, {text: "take things further"}, {text: "invite you", weight: 1},
	{text: "inviting you", weight: 1}, {text: "be inviting"}, {text: "offer you", weight: 1}, {text: "offering you"},
	{text: "be offering"}, {text: "extend an offer"}, {text: "extend you"}, {text: "shortlisted", weight: 1},
	{text: "short listed", weight: 1}, {text: "shortlist"}, {text: "selected", weight: 1}, {text: "chosen"},
	{text: "successful"}, {text: "pursue"}, {text: "pursuing"}, {text: "considered further"},
	{text: "move you forward", weight: 1}, {text: "moving you forward", weight: 1}, {text: "put you forward", weight: 1},
	{text: "putting you forward", weight: 1}, {text: "recommend you"}, {text: "a fit"}, {text: "the right fit"},
	{text: "a good fit"}, {text: "a strong fit"}, {text: "a great fit"}, {text: "the best fit"}, {text: "a match"},
	{text: "the right match"}, {text: "a good match"}, {text: "a strong match"}, {text: "aligned"}, {text: "align"},
	{text: "the right time"}, {text: "the right moment"}, {text: "the right person"}, {text: "the right candidate"}, {text: "be progressing"},
	{text: "be moving"}, {text: "be proceeding"}, {text: "be taking"}, {text: "be continuing"}, {text: "be pursuing"},
	{text: "going to offer"}, {text: "in a position to offer"}, {text: "able to offer"}, {text: "able to progress"},
	// the offer itself as the step not taken: "we're not going to be able
	// to make you an offer this round"
	{text: "able to make you an offer"}, {text: "make you an offer"}, {text: "making you an offer"},
	{text: "able to move"}, {text: "able to proceed"}, {text: "able to take"}, {text: "going forward with"},
	{text: "progressed", weight: 1},
	// "for this role we're moving ahead with others", "your candidacy will
	// not be advanced"
	{text: "moving ahead with"}, {text: "move ahead with"}, {text: "going ahead with"}, {text: "advanced"},
	{text: "advance your"}, {text: "advancing your"}, {text: "advance you"},
	// an apprentice indentured, or taken on in Australian and British
	// usage (r75): "we will not be able to indenture you in the current
	// class", "I'm going to hold off on putting on an adult apprentice"
	{text: "indenture you"}, {text: "putting on an"}, {text: "put on an"}, {text: "take you on"},
	{text: "consider you"}, {text: "consider your application"}, {text: "considering you"},
	{text: "considering your application"}, {text: "focus on"}, {text: "focusing on"}, {text: "focussing on"},
	{text: "identified"}, {text: "go with"}, {text: "going with"}, {text: "went with"}, {text: "gone with"},
	// Rioplatense "ir por alguien": "al final vamos a ir por alguien que
	// esté acá en Buenos Aires"
	{text: "ir por"}, {text: "fuimos por"}, {text: "vamos por"},
	// Mexican "irse con": "decidieron irse con otro perfil que ya vive en
	// Monterrey" (r86)
	{text: "irse con"}, {text: "se fueron con"}, {text: "se van con"}, {text: "nos fuimos con"},
	{text: "went w"}, {text: "going w"}, // "the client went w someone who had their cert", as texts shorten it
	{text: "approve your"}, {text: "approve you"}, // "we're unable to approve your account to deliver at this time"
	// the next step not open to the reader: "dit betekent dat u niet kunt
	// deelnemen aan de volgende selectiestap"
	{text: "take part in the next"}, {text: "deelnemen aan de volgende"}, {text: "participer à la prochaine"},
	{text: "participer à l'étape suivante"}, {text: "participar en la siguiente"}, {text: "partecipare alla prossima"},
	{text: "participar da próxima"}, {text: "participar na próxima"}, {text: "an der nächsten"},
	{text: "chose"}, {text: "choose"}, {text: "opted for"}, {text: "decided on"}, {text: "hired"}, {text: "appointed"},
	{text: "discerned"},                // a search committee's word (r59): "has discerned another candidate"
	{text: "took"}, {text: "taken on"}, // "we took someone on for this role", "we have taken on a candidate"
	{text: "bring you on"}, {text: "bring you on board"}, {text: "bring you onboard"}, // "so I can't bring you on for this one"
	{text: "fill", weight: 2}, {text: "filled", weight: 2, fam: "fill"}, {text: "filling", weight: 2}, {text: "offered the role", weight: 2},
	{text: "offered the position", weight: 2}, {text: "besetzen", weight: 2}, {text: "besetzt", weight: 2, fam: "fill"}, {text: "passt"},
	{text: "weiterzuführen"}, {text: "weiterzuverfolgen"}, {text: "entschieden"}, {text: "retenu un"}, {text: "pourvoir", weight: 2},
	{text: "offered", weight: 2}, {text: "hire", weight: 2}, {text: "move you", weight: 1}, {text: "moving you", weight: 1},
	{text: "move your", weight: 1}, {text: "moving your", weight: 1}, {text: "be scheduling"}, {text: "schedule you"},
	{text: "made an offer to", weight: 2}, {text: "make an offer to", weight: 2}, {text: "found", weight: 2, fam: "fill"},
	// found in the other languages (r48): "on a trouvé quelqu'un pour
	// l'apprentissage", "hemos encontrado a alguien", "we hebben iemand
	// gevonden"
	{text: "trouvé", weight: 2, fam: "fill"}, {text: "encontrado", weight: 2, fam: "fill"},
	{text: "encontramos", weight: 2, fam: "fill"}, {text: "encontrámos", weight: 2, fam: "fill"},
	{text: "trovato", weight: 2, fam: "fill"}, {text: "gevonden", weight: 2, fam: "fill"}, {text: "gefunden", weight: 2, fam: "fill"},
	{text: "fortzusetzen"}, {text: "fortsetzen"}, {text: "vergeben", weight: 2, fam: "fill"}, {text: "individuato", weight: 2, fam: "fill"},
	{text: "pursuing your"}, {text: "be pursuing your"}, {text: "orientarci"}, {text: "orientarsi"},
	{text: "bringing you back"}, {text: "bring you back"}, {text: "extending an offer"}, {text: "extending you an offer"},
	// the offer named between (r86): "we won't be extending you a Summer
	// Analyst offer"; the next round not asked of the reader: "we won't
	// be asking you to attend the final round assessment"
	{text: "extending you"}, {text: "asking you to attend"}, {text: "ask you to attend"},
	// an internship's offer of a post after it (r87): "the committee has
	// decided not to extend a pre-placement offer to you"
	{text: "to extend a"},
	{text: "uns für", weight: 2}, {text: "haben uns für", weight: 2}, {text: "extending the offer", weight: 2}, {text: "extend the offer", weight: 2},
	{text: "contratar", weight: 2}, {text: "contratación", weight: 2}, {text: "propuesto", weight: 2},
	{text: "orienter"}, {text: "dar seguimento"}, {text: "dar seguimiento"}, {text: "dar sequência"},
	{text: "cubrir", weight: 2}, {text: "coprire", weight: 2}, {text: "invullen", weight: 2}, {text: "preencher", weight: 2},
	// German
	{text: "weiterverfolgen"}, {text: "weiter verfolgen"}, {text: "berücksichtigen"}, {text: "berücksichtigt"},
	{text: "fortsetzen"}, {text: "fortführen"}, {text: "einladen", weight: 1}, {text: "eingeladen", weight: 1},
	{text: "engere auswahl"}, {text: "in betracht"}, {text: "weiter"}, {text: "passend"}, {text: "weiterkommen"},
	{text: "für sie entscheiden"}, {text: "für sie entschieden"}, {text: "zusagen"}, {text: "anbieten"},
	// Austrian officialese and a placement not made (r66): "dass wir
	// Ihrer Bewerbung nicht näher treten konnten", "dass wir Ihnen keine
	// Assistenzstelle zuweisen konnten"
	{text: "näher treten"}, {text: "nähertreten"}, {text: "zuweisen"}, {text: "zuteilen"},
	// French
	{text: "donner suite"}, {text: "donnerons suite"}, {text: "donner une suite"}, {text: "poursuivre"},
	{text: "poursuivrons"}, {text: "retenu"}, {text: "retenue"}, {text: "retenir"}, {text: "retenons"}, {text: "sélectionné"},
	{text: "sélectionnée"}, {text: "convier"}, {text: "vous inviter", weight: 1}, {text: "avancer"},
	{text: "aller plus loin"}, {text: "correspond"}, {text: "correspondre"}, {text: "vous proposer"},
	// Spanish
	{text: "avanzar"}, {text: "avanzaremos"}, {text: "continuar"}, {text: "continuaremos"}, {text: "seguir adelante"},
	{text: "seguiremos"}, {text: "seleccionado"}, {text: "seleccionada"}, {text: "elegido"}, {text: "elegida"},
	{text: "proseguir"}, {text: "contar contigo"}, {text: "contar con usted"}, {text: "contar consigo"}, {text: "contar com você"}, {text: "encaja"}, {text: "invitarte", weight: 1},
	{text: "ofrecerte"}, {text: "ofrecerle"},
	// Italian
	{text: "proseguire"}, {text: "proseguiremo"}, {text: "procedere"}, {text: "procederemo"}, {text: "andare avanti"},
	{text: "selezionato"}, {text: "selezionata"}, {text: "continuare"}, {text: "dare seguito"}, {text: "portare avanti"},
	{text: "ammesso"}, {text: "ammessa"}, {text: "in linea", fam: "fit"}, {text: "invitarti", weight: 1}, {text: "invitarla", weight: 1},
	{text: "offrirti"}, {text: "offrirle"},
	// "non siamo riusciti a inserirti questa volta": a place in the team
	{text: "inserirti"}, {text: "inserirla"},
	// Dutch
	{text: "verder gaan"}, {text: "verder te gaan"}, {text: "verder"}, {text: "doorgaan"}, {text: "door naar"},
	{text: "uitnodigen", weight: 1}, {text: "uit te nodigen", weight: 1}, {text: "geselecteerd"}, {text: "voortzetten"},
	{text: "aansluit"}, {text: "aansluiten"}, {text: "aanbieden"},
	// admitted to the next stage, or not (r67): "dat u niet bent
	// toegelaten tot de volgende fase"
	{text: "toegelaten"}, {text: "zugelassen"},
	// a contract awarded (r68): "besloten de opdracht niet aan u te gunnen"
	{text: "gunnen"}, {text: "gegund"},
	// an agency's candidate not put forward, or not counted on (r69): "dass
	// wir Sie für die Stelle nicht vorschlagen werden", "No han contado
	// contigo para la campaña"
	{text: "vorschlagen"}, {text: "contado contigo"}, {text: "contado con usted"}, {text: "contado com você"},
	// an account not activated, a place among the selected not had (r70):
	// "we are unable to activate your account at this time", "non sei
	// rientrato tra i selezionati"
	{text: "activate your"}, {text: "rientrato tra"}, {text: "rientrata tra"},
	// Portuguese
	{text: "avançar"}, {text: "avançaremos"}, {text: "seguir"}, {text: "prosseguir"}, {text: "prosseguiremos"},
	// "Seguimos com outra pessoa para esta posição" (r53; not the Spanish
	// "seguimos con las entrevistas"), "Wir gehen jetzt doch mit jemand
	// Internem" (r53)
	{text: "seguimos com"}, {text: "gehen jetzt"}, {text: "gehen nun"}, {text: "gehen doch"}, {text: "gehen mit"},
	{text: "continuaremos"}, {text: "selecionado"}, {text: "selecionada"}, {text: "dar continuidade"},
	// the future of the same steps, and the post offered to someone
	// (a battery of no's written by a helper: "non daremo seguito alla
	// Sua candidatura", "não daremos continuidade", "a vaga foi oferecida
	// a outra candidata", "de functie aan een andere kandidaat
	// aangeboden", "we kunnen je niet voordragen")
	{text: "daremo seguito"}, {text: "darà seguito"}, {text: "daremos continuidade"}, {text: "daremos seguimento"},
	{text: "daremos sequência"}, {text: "daremos seguimiento"}, {text: "oferecida", weight: 2}, {text: "oferecido", weight: 2},
	{text: "ofrecida", weight: 2}, {text: "ofrecido", weight: 2}, {text: "aangeboden", weight: 2}, {text: "voordragen"},
	{text: "corrisponde", fam: "fit"}, {text: "corresponde", fam: "fit"}, {text: "admitido"}, {text: "admitida"},
	{text: "escolhido"}, {text: "escolhida"}, {text: "aprovado"}, {text: "aprovada"}, {text: "convidar", weight: 1},
	{text: "oferecer"},
	// the company's choice in the Spanish past: "La empresa seleccionó a
	// otro candidato para el puesto", "seleccionó otros perfiles" (r80)
	{text: "seleccionó"}, {text: "seleccionaron"}, {text: "eligió"}, {text: "eligieron"},
	// Brazilian HR's steps (r79): "não conseguimos dar andamento à sua
	// candidatura", "não será possível aproveitar o seu currículo neste
	// processo", "o comitê decidiu fazer a oferta para outro finalista"
	{text: "dar andamento"}, {text: "aproveitar o seu currículo"}, {text: "aproveitar seu currículo"},
	{text: "aproveitar o seu perfil"}, {text: "aproveitar seu perfil"}, {text: "fazer a oferta para", weight: 2},
	{text: "fazer a proposta para", weight: 2},
	// More steps, said of the reader ("we won't be taking it forward",
	// "you have not been placed", "your application was not referred")
	// or taken with someone else ("the panel has recommended another
	// candidate", "they've landed on someone", "it went to another of the
	// finalists"). fam "fill" marks steps that fill the post, whose object
	// is someone else whoever it is ("we've found the person"): the done
	// forms only, as "we are looking to hire a head of data" is no choice.
	{text: "extend an invitation", weight: 1}, {text: "extending an invitation", weight: 1},
	{text: "extended an invitation", weight: 1}, {text: "take it forward", weight: 1}, {text: "taking it forward", weight: 1},
	{text: "take this forward", weight: 1}, {text: "taking this forward", weight: 1}, {text: "take you forward", weight: 1},
	{text: "taking you forward", weight: 1}, {text: "taken forward", weight: 1}, {text: "placed"}, {text: "referred"},
	{text: "recommended"}, {text: "landed on"}, {text: "settled on"}, {text: "decided for"}, {text: "gone for"},
	{text: "going for"}, {text: "went for"}, {text: "rather have"}, {text: "rather go with"},
	{text: "appoint", weight: 2}, {text: "offer the", weight: 2}, {text: "offering the", weight: 2},
	{text: "given it to", weight: 2}, {text: "gave it to", weight: 2}, {text: "given the role", weight: 2},
	{text: "gave the role", weight: 2}, {text: "given the position", weight: 2}, {text: "gave the position", weight: 2},
	{text: "went to"}, {text: "gone to"}, {text: "go to"}, {text: "goes to"}, {text: "closed", weight: 2},
	{text: "advanced stage"}, {text: "final stages with"},
	{text: "optato per"}, {text: "optado por"}, {text: "optar por"}, {text: "optou por"}, {text: "optaram por"},
	// choosing in the past tense: "el cliente eligió otro perfil", "o
	// cliente escolheu outro candidato", "ha scelto un altro profilo"
	{text: "optó por"}, {text: "optaron por"}, {text: "eligió"}, {text: "eligieron"}, {text: "elegimos"},
	{text: "escogió"}, {text: "escogieron"}, {text: "escogimos"}, {text: "escolheu"}, {text: "escolheram"},
	{text: "escolhemos"}, {text: "ha scelto"}, {text: "hanno scelto"}, {text: "abbiamo scelto"}, {text: "a choisi"},
	{text: "ont choisi"}, {text: "avons choisi"}, {text: "hebben gekozen"}, {text: "heeft gekozen"},
	{text: "opté pour"}, {text: "opter pour"}, {text: "decantado por"}, {text: "decantó por"}, {text: "decantado"},
	// staying with or going with someone, as people say it: "al final nos
	// quedamos con otra persona", "fuimos con alguien que ya venía de la
	// industria", "ficamos com outro candidato", "nos inclinamos por"
	{text: "quedamos con"}, {text: "quedado con"}, {text: "quedaron con"}, {text: "quedó con"},
	{text: "fuimos con"}, {text: "fueron con"}, {text: "ficamos com"}, {text: "ficaram com"}, {text: "ficou com"},
	{text: "inclinamos por"}, {text: "inclinado por"}, {text: "inclinaron por"},
	// an agency presenting the reader to its client: "no voy a poder
	// presentarte a la entrevista"
	{text: "presentarte"}, {text: "presentarle"}, {text: "apresentar você"}, {text: "presentarti"},
	{text: "preferito"}, {text: "proseguirà"}, {text: "procederà"}, {text: "continuerà"}, {text: "continuará"},
	{text: "continuarás"}, {text: "continuarán"}, {text: "avanzará"}, {text: "avanzarás"}, {text: "seguirá"},
	{text: "seguirás"}, {text: "prosseguirá"}, {text: "avançará"}, {text: "poursuivra"}, {text: "avancera"},
	{text: "weerhouden"}, {text: "voort te zetten"}, {text: "gaan voor"}, {text: "gaan we voor"}, {text: "gegaan voor"},
	{text: "gekozen voor"}, {text: "kiezen voor"}, {text: "überzeugt"}, {text: "aufgenommen"},
	{text: "seleccionaron"}, {text: "seleccionamos"}, {text: "superado", weight: 1}, {text: "superato", weight: 1},
	{text: "chiuso", weight: 2}, {text: "scelto"}, {text: "scelta"}, {text: "choisi"}, {text: "choisie"},
	{text: "gewählt"}, {text: "aangenomen"}, {text: "contratado"}, {text: "contratamos"}, {text: "assunto"},
	{text: "assunta"}, {text: "close", weight: 2}, {text: "closing", weight: 2}, {text: "extended an offer", weight: 2},
	{text: "extended the offer", weight: 2}, {text: "picked"}, {text: "preferred"}, {text: "favoured"}, {text: "favored"},
	{text: "in behandeling"}, {text: "make it through", weight: 1}, {text: "made it through", weight: 1},
	// Fourth round: a choice said as a noun or a leaning ("notre choix
	// s'est porté sur une personne dont ...", "a fait le choix d'un profil",
	// "el comité se ha inclinado por la otra persona"), someone brought
	// on or promoted ("decided to bring on someone who", "to promote
	// someone from within"), a step that goes no further ("your candidacy
	// won't go further", "non potrà avere seguito", "nemen we je niet mee
	// naar de volgende ronde")
	{text: "fait le choix"}, {text: "choix s'est porté"}, {text: "choix est porté"}, {text: "porté notre choix"},
	{text: "arrêté notre choix"}, {text: "inclinado por"}, {text: "inclinó por"}, {text: "inclinamos por"},
	{text: "inclinati per"}, {text: "bring on"}, {text: "bringing on"}, {text: "brought on"}, {text: "promote"},
	{text: "go further", weight: 1}, {text: "going further", weight: 1},
	{text: "goes further", weight: 1}, {text: "gone further", weight: 1}, {text: "go any further", weight: 1},
	{text: "avere seguito"}, {text: "avrà seguito"}, {text: "avere un seguito"}, {text: "avuto seguito"},
	{text: "mee naar", weight: 1}, {text: "meenemen", weight: 1}, {text: "mee te nemen", weight: 1},
	{text: "taken further", weight: 1}, {text: "take your application further", weight: 1},
	// Fifth round: a step in the present or the first person plural, as
	// short replies say it ("per questo giro non andiamo avanti", "no
	// seguimos adelante", "nous n'avançons pas"); a choice said as a bet or
	// a course set on someone ("abbiamo deciso di puntare su un profilo
	// con ...", "on part finalement sur quelqu'un basé à Paris", "hemos
	// apostado por otra persona", "a escolha acabou por recair noutro
	// candidato"); the post offered, in any inflection, whose object a
	// person after it makes someone else ("hemos decidido ofrecer el
	// puesto a otra persona"); someone brought in ("she'd prefer to bring
	// in someone earlier in their career"); a profile not put forward
	// ("I cannot submit your profile for this requirement").
	{text: "andiamo avanti"}, {text: "andremo avanti"}, {text: "proseguiamo"}, {text: "procediamo"},
	{text: "continuiamo"}, {text: "seguimos adelante"}, {text: "avanzamos"}, {text: "continuamos"},
	{text: "avançons"}, {text: "poursuivons"}, {text: "continuons"}, {text: "avançamos"}, {text: "prosseguimos"},
	// and in the past, of the post or the company: "a vaga seguiu com
	// outros perfis", "el proceso siguió con otras candidaturas"
	{text: "seguiu"}, {text: "seguiram"}, {text: "continuou"}, {text: "avançou"}, {text: "prosseguiu"},
	{text: "siguió"}, {text: "continuó"}, {text: "avanzó"}, {text: "prosiguió"},
	{text: "puntare su"}, {text: "puntato su"}, {text: "puntiamo su"}, {text: "punteremo su"},
	{text: "partir sur"}, {text: "part sur"}, {text: "part finalement sur"}, {text: "partons finalement sur"}, {text: "partons sur"}, {text: "parti sur"}, {text: "partis sur"},
	{text: "miser sur"}, {text: "misé sur"}, {text: "apostar por"}, {text: "apostado por"}, {text: "apostamos por"},
	{text: "apostar em"}, {text: "apostámos em"}, {text: "apostamos em"}, {text: "recair"}, {text: "recaiu"},
	{text: "recaído"}, {text: "ricaduta su"}, {text: "ricadere su"},
	{text: "ofrecer el puesto", weight: 2}, {text: "ofrecido el puesto", weight: 2}, {text: "ofrecer la posición", weight: 2},
	{text: "ofrecido la posición", weight: 2}, {text: "ofrecer la plaza", weight: 2}, {text: "ofrecido la plaza", weight: 2},
	{text: "offrire il ruolo", weight: 2}, {text: "offerto il ruolo", weight: 2}, {text: "offrire la posizione", weight: 2},
	{text: "offerto la posizione", weight: 2}, {text: "proposer le poste", weight: 2}, {text: "proposé le poste", weight: 2},
	{text: "offrir le poste", weight: 2}, {text: "offert le poste", weight: 2}, {text: "oferecer a vaga", weight: 2},
	{text: "oferecido a vaga", weight: 2}, {text: "oferecer a posição", weight: 2}, {text: "die stelle angeboten", weight: 2},
	// Dutch puts whom it offered the post before the verb at the end:
	// "dat we de functie aan een andere kandidaat hebben aangeboden"
	{text: "aangeboden", weight: 2},
	{text: "bring in"}, {text: "bringing in"}, {text: "brought in"},
	{text: "submit your"}, {text: "submit you"}, {text: "submitting your"}, {text: "submitting you"},
	// a choice that fell on someone else, in the other languages: "leider
	// fiel unsere Wahl auf eine andere Bewerberin", "nous avons privilégié
	// un autre profil", "la scelta è ricaduta su un altro candidato", "de
	// keuze is op een andere kandidaat gevallen", "a escolha recaiu sobre
	// outro candidato"; "nous ne retiendrons pas", "no hemos podido
	// considerar tu candidatura"
	{text: "fiel unsere wahl auf"}, {text: "fiel die wahl auf"}, {text: "privilégié"}, {text: "privilégiée"},
	{text: "privilégier"}, {text: "è ricaduta"}, {text: "è caduta"}, {text: "recaiu sobre"}, {text: "recaiu em"},
	{text: "recayó en"}, {text: "recayó sobre"}, {text: "keuze op"}, {text: "keuze is gevallen op"},
	{text: "retiendrons"}, {text: "retiendra"}, {text: "considerar"}, {text: "considerare"},
	// fam "fit": a match between the reader and the post, which a
	// negation makes a no only when it is said of the reader ("your
	// profile does not match", not "the times don't match"); "meet" and
	// "fit" are left out ("we can't meet you on Friday", "fit you in")
	{text: "match", fam: "fit"}, {text: "matches", fam: "fit"}, {text: "suit", fam: "fit"}, {text: "suits", fam: "fit"},
	{text: "quite right", fam: "fit"}, {text: "right for", fam: "fit"}, {text: "alinhado", fam: "fit"},
	{text: "alinhada", fam: "fit"}, {text: "allineato", fam: "fit"}, {text: "allineata", fam: "fit"},
	{text: "alineado", fam: "fit"}, {text: "alineada", fam: "fit"},
}

// matchSteps are the progress terms that say a match between the reader
// and the post, whichever of the two is the subject.
var matchSteps = map[string]bool{
	"a fit": true, "the right fit": true, "a good fit": true, "a strong fit": true, "a great fit": true,
	"the best fit": true, "a match": true, "the right match": true, "a good match": true, "a strong match": true,
}

// stateTerms are final states of an application, said of it after a form
// of "be" ("your candidature stands rejected"): see stateOfSelf.
var stateTerms = termsOf([]string{
	"rejected", "declined", "unsuccessful", "archived", "closed", "no longer active", "inactive", "abgelehnt",
	"afgewezen", "rechazada", "rechazado", "rejeitada", "rejeitado", "respinta", "respinto", "scartata",
	"scartato", "rifiutata", "rifiutato", "refusée", "refusé", "écartée", "écarté", "screen rejected",
	// a portal's status of a process ended for the reader alone: "Status:
	// Processo finalizado para você"
	"finalizado para você", "finalizada para você", "encerrado para você", "finalizado para ti",
	"finalizado para usted",
})

// otherCandTerms are someone else taking the post.
var otherCandTerms = termsOf([]string{
	"other candidate*", "another candidate", "other applicant*", "another applicant", "another finalist",
	"other finalist*", "someone", "somebody", "internal candidate*", "an internal", "other people",
	"another person", "candidates whose", "candidate whose", "applicants whose", "a candidate who",
	// the other one said the way people talk: "they've gone with the other
	// lad", "went with the other guy"
	"the other lad", "the other guy", "the other chap", "the other fella", "the other girl", "the other woman",
	"the other man",
	// staffing's people: "Lubbock went with another traveler for the tele
	// spot" (r51)
	"another traveler", "another traveller", "another nurse", "another locum", "another clinician",
	"a candidate with", "a candidate whose", "other individuals", "a different candidate", "other profiles",
	"more experienced candidate*", "another individual", "other finalists", "a colleague", "a smaller group",
	"a group of finalists", "group of candidates", "a few candidates", "a couple of candidates", "shortlist of",
	"her", "him", "altre candidature", "perfiles que", "perfiles con", "candidaturas que", "profils qui",
	"profili che", "profielen die", "perfis que", "candidature maggiormente", "eine kandidatin", "einen kandidaten", "einen bewerber", "eine bewerberin", "eine person", "una persona", "une personne", "een persoon", "uma pessoa", "internal hire", "from within", "internally", "des profils", "un profil", "profils dont", "kandidatinnen",
	"anderen kandidat*", "andere kandidat*", "anderen bewerber*", "andere bewerber*", "einen anderen",
	// the other finalist (r91: "Sie haben sich für den anderen Finalisten entschieden")
	"anderen finalist*", "andere finalist*", "l'autre finaliste", "el otro finalista", "la otra finalista",
	"l'altro finalista", "l'altra finalista", "de andere finalist", "o outro finalista", "a outra finalista",
	"eine andere", "jemand", "jemanden", "interne kandidat*", "internen kandidat*", "anderes profil",
	"autre candidat", "autres candidat*", "autre candidature", "autre profil", "autres profils",
	"autre personne", "quelqu'un", "otro candidato", "otra candidata", "otros candidatos", "otras candidaturas",
	"otro perfil", "otros perfiles", "otra persona", "alguien", "altri candidati", "altro candidato",
	"altra candidata", "altri profili", "altro profilo", "altra persona", "un profilo", "andere kandidaat",
	"andere kandidaten", "iemand", "een ander", "andere sollicitant*", "outra pessoa", "outro candidato",
	"outra candidata", "outros candidatos", "outro perfil", "outros perfis", "alguém",
	// Portuguese "em" + "outro": "recair noutro candidato"
	"noutro candidato", "noutra candidata", "noutros candidatos", "noutro perfil", "noutra pessoa",
	// the other finalist, and a civil-service list's other eligible (r79:
	// "has exercised its right to appoint another eligible from the
	// certification")
	"outro finalista", "outra finalista", "outros finalistas", "another eligible", "other eligibles",
})

// otherCandOnly are phrases of rejectStrongTerms that name someone else
// and nothing more ("un autre candidat"): "we are meeting one other
// candidate" is no rejection. A step taken with them is (outcome.go).
var otherCandOnly = map[string]bool{
	"un autre candidat": true, "une autre candidate": true, "otros candidatos": true, "otro candidato": true,
	"otro perfil": true, "autre profil": true, "mit anderen kandidat*": true, "other candidates whose": true,
	// a negated step without its object: the structural rule reads what
	// it governs ("not moving forward with the role's posting")
	"not moving forward": true, "not be moving forward": true, "won't be moving forward": true,
	"decided not to proceed": true, "will not be proceeding": true, "won't be proceeding": true,
	"not be progressing": true, "won't be progressing": true, "will not be progressing": true,
	"decided not to move forward": true, "not to move ahead": true, "decided not to continue": true,
	"not to move forward": true,
}

// outcomeTerms are the weighted rejection cues, by family; a family counts
// once, by its heaviest phrase found.
var outcomeTerms = func() []term {
	var out []term
	add := func(fam string, w float64, phrases ...string) {
		for _, p := range phrases {
			out = append(out, term{text: p, weight: w, fam: fam})
		}
	}
	// A decision against the reader, said outright.
	for _, t := range rejectStrongTerms {
		if !otherCandOnly[t.text] {
			add("declined", 3, t.text)
		}
	}
	add("declined", 3,
		"filled internally", "fill it internally", "fill the role internally", "fill the position internally",
		// a promotion from within: "they're promoting internally (their
		// midweight has been covering the role since January)"
		"promoting internally", "promoted internally",
		// the post filled from inside, in the other languages (r20: "die
		// Position wird nun doch intern besetzt ... damit ist der Prozess
		// für alle externen Kandidatinnen und Kandidaten beendet")
		"intern besetzt", "intern besetzen", "intern zu besetzen", "intern nachbesetzt", "intern vergeben",
		"für alle externen kandidat*", "für alle externen bewerber*", "for all external candidates", "all external applicants", "pourvu en interne",
		// the post filled from within, in French of France and Québec:
		// "la direction a décidé de privilégier cette mobilité interne. Nous
		// ne poursuivrons donc pas le processus avec les candidats externes",
		// "le poste a été comblé à l'interne"
		"privilégier cette mobilité interne", "privilégier la mobilité interne", "privilégier une mobilité interne",
		"privilégier une candidature interne", "avec les candidats externes", "pour les candidats externes",
		"comblé à l'interne", "comblée à l'interne", "poste a été comblé", "poste est comblé", "poste a été comblée",
		// filled, said by a Mexican owner: "Ya cubrimos el puesto de gerente
		// de piso, pero te tengo en cuenta"
		"ya cubrimos el puesto", "ya cubrimos la vacante", "ya cubrimos la posición", "ya hemos cubierto el puesto",
		"ya hemos cubierto la vacante", "ya se cubrió el puesto", "ya se cubrió la vacante",
		// the posts of a season, in the plural (r58: "ya cubrimos los puestos
		// de cosecha y de bodega para esta temporada"), and hiring completed
		// for a term ("The Justice has completed hiring for the 2028-2029 term")
		"ya cubrimos los puestos", "ya cubrimos las vacantes", "ya hemos cubierto los puestos",
		"ya hemos cubierto las vacantes", "has completed hiring", "have completed hiring", "has completed its hiring",
		"have completed our hiring",
		// a board's word that the employer ended the reader's part: "A
		// empresa encerrou a sua participação no processo seletivo"
		"encerrou a sua participação", "encerrou sua participação",
		// the one ranked first appointed: "le Collège communal a désigné la
		// lauréate classée première"
		"désigné la lauréate", "désigné le lauréat",
		"pourvue en interne", "pourvoir en interne", "pourvoir le poste en interne", "cubierta internamente",
		"cubierto internamente", "cubrir internamente", "coperta internamente", "ricoperta internamente",
		"preenchida internamente", "preencher internamente", "intern ingevuld", "intern invullen", "intern vervuld",
		"hired internally", "offered the role to", "offered the position to", "offered the job to",
		// the post filled, said as the hire made: "We've hired for the
		// Senior Product Analyst role, and Sam will be joining the team"
		"we've hired for the", "we have hired for the", "we hired for the", "have now hired for the", "we've made a hire",
		"we have made a hire", "made a hire for",
		"has been offered to", "accepted by another", "accepted another candidate", "go with someone",
		"going with someone", "going in a different direction",
		"going to go in a different direction", "different direction", "not going to offer you", "decided against",
		"not to take your application", "no longer in consideration", "not be considered further",
		"no longer considering", "no longer under active consideration", "not under active consideration",
		"closed out your application", "closed your application", "close your application", "closing your application",
		"archived your application", "declined your application", "application has been declined",
		"application was declined", "rejected your application", "application was rejected", "application has been rejected",
		"status rejected", "status not selected", "status declined", "status unsuccessful", "withdraw your application",
		"withdrawn your application", "did not pass", "didn't pass", "not pass the", "below the qualifying",
		// a test below the level asked, in the other languages (r58: "la
		// prova non ha raggiunto il livello richiesto")
		"non ha raggiunto il livello", "non ha raggiunto il punteggio", "no ha alcanzado la puntuación",
		"no ha alcanzado el nivel", "n'a pas atteint le niveau", "n'a pas atteint le seuil", "não atingiu a pontuação",
		"não atingiu o nível", "anforderungen leider nicht erfüllt", "anforderungen nicht erfüllt",
		"below the minimum", "doesn't meet", "does not meet", "didn't meet", "did not meet", "not meet our",
		"not meet the", "ne correspond pas", "continue our search", "continuing our search", "keep looking", "keep searching",
		// the search kept open, in other words and languages: "the team
		// has decided to keep the search open for someone who ...",
		// "seguiremos buscando", "weiter suchen", "blijven zoeken"
		"keep the search open", "keep our search open", "keeping the search open", "reopen the search",
		"continue looking", "continuing to look", "continue to look", "seguir buscando", "seguiremos buscando",
		"continuar buscando", "weiter suchen", "weitersuchen", "continuer à chercher", "continuer nos recherches",
		"continuare a cercare", "continueremo a cercare", "blijven zoeken", "verder zoeken",
		"continuar a procurar", "continuar procurando",
		// the process closed with the reader: "así que, por ahora,
		// cerramos aquí el proceso contigo", "encerramos o processo com
		// você", "we're closing the process with you"; a shortlist closed
		// before the reader's interview ("the hiring manager has closed
		// the shortlist ... so we won't need the slot with you")
		"cerramos el proceso contigo", "cerramos aquí el proceso contigo", "cerramos el proceso con usted",
		"cerrar el proceso contigo", "cerramos tu proceso", "damos por cerrado el proceso contigo",
		"encerramos o processo com você", "encerrar o processo com você", "encerramos o seu processo",
		"chiudiamo il processo con te", "chiudere il processo con te", "closing the process with you",
		"close the process with you", "closed the process with you", "closed the shortlist",
		"shortlist has been closed", "shortlist is closed", "shortlist is now closed",
		// not on the shortlist: "your profile is not among them"
		"not among them", "not among these", "isn't among", "aren't among", "not amongst",
		// and in the other languages: "il Suo nominativo non è tra quelli
		// proposti per l'assunzione", "no figura entre los seleccionados",
		// "vous ne figurez ni sur la liste principale", "nicht unter den
		// ausgewählten"
		"non è tra quelli", "non è tra i", "non è tra le", "non risulta tra", "non rientra tra", "no está entre",
		"no se encuentra entre", "no figura entre", "ne figure pas parmi", "ne figurez pas parmi", "ne figurez ni",
		"nicht unter den", "não está entre", "não consta entre", "não se encontra entre", "niet bij de geselecteerde",
		// the reader excluded from a competition: "propor a sua exclusão
		// do referido procedimento", "excluded from the selection"
		"sua exclusão", "tua exclusão", "votre exclusion", "su exclusión", "tu exclusión", "sua esclusione",
		"tua esclusione", "ihren ausschluss", "excluded from the", "excluído do", "excluída do", "excluido del",
		"excluida del", "exclu de la", "exclue de la", "escluso dalla", "esclusa dalla",
		// r17: the reader on a provisional list as excluded ("su solicitud
		// figura como EXCLUIDA"), and an application that cannot be
		// accepted for the post ("your application can't be accepted for
		// this posting", open to current employees only; not "cannot be
		// accepted without a cover letter, please resend it")
		"figura como excluida", "figura como excluido", "consta como excluida", "consta como excluido",
		"ha resultado excluida", "ha resultado excluido", "ha quedado excluida", "ha quedado excluido",
		"consta como excluída", "consta como excluído", "risulta esclusa", "risulta escluso",
		"application can't be accepted for", "application cannot be accepted for",
		"application can not be accepted for",
		// r18: a manager's no in their own words: "I'm not going to bring
		// you on as a server right now"
		"not going to bring you on", "won't be bringing you on", "will not be bringing you on",
		"not able to bring you on", "unable to bring you on", "not going to hire you", "won't be hiring you",
		// the answer said as who it will not be: "it's not going to be you"
		"not going to be you", "isn't going to be you", "not gonna be you",
		"found a candidate", "found someone", "found the right candidate", "identified a candidate", "identified another",
		"not be scheduling", "not be inviting", "keine positive rückmeldung", "keine positive nachricht",
		"anderweitig vergeben", "wahl fiel auf", "wahl ist auf", "kein angebot", "nicht in die nächste runde",
		// a crew or team already complete, the seasonal word for filled
		// (r58: "ya hemos completado la cuadrilla para la vendimia 2027",
		// "já completámos a equipa ... as vagas foram preenchidas")
		"completado la cuadrilla", "completado el equipo", "completado la plantilla", "completámos a equipa",
		"completamos a equipa", "completato la squadra", "complété l'équipe", "complété notre équipe",
		"crew is now full", "crew is full", "filled the crew", "locked in the crew", "locked in our crew", "filled our crew", "team is now complete",
		"team is now full", "team ist komplett", "team ist vollständig", "vagas foram preenchidas",
		"vagas já foram preenchidas", "plazas ya están cubiertas", "plazas están cubiertas", "posti sono già stati coperti",
		"places sont pourvues",
		// no one appointed, the post to be advertised again (r63: "were
		// not able to reach a decision to offer the position to any of
		// the three finalists"; not "the position will be re-advertised",
		// which a post cancelled and opened again says too)
		"decided not to appoint", "not able to appoint", "unable to appoint", "made no appointment",
		"no appointment has been made", "no appointment was made", "to any of the finalists",
		"to any of the three finalists", "to any of the two finalists", "to any of the final candidates",
		"to any of the shortlisted",
		// the process ended with the reader (r63: "So, reluctantly, we're
		// going to stop the process here")
		"stop the process here", "end the process here", "close the process here", "stop the process with you",
		"end the process with you",
		// a public selection's ranking (r62: "Ella non è risultato
		// vincitore della selezione"), the reader's profile short of the
		// requirements ("tu perfil no cumple con los requisitos", not "la
		// solicitud no cumple los requisitos" of a tax deferral), and an
		// internship not converted into the post
		"non è risultato vincitore", "non è risultata vincitrice", "non risulta vincitore", "non risulta vincitrice",
		"non è risultato idoneo", "non è risultata idonea", "non è stata ritenuta idonea", "non è stato ritenuto idoneo", "perfil no cumple", "candidatura no cumple",
		"no cumples con los requisitos", "no cumples los requisitos", "perfil não cumpre", "perfil não atende",
		"candidatura não cumpre", "candidatura não atende",
		"not able to convert your", "unable to convert your", "won't be converting your", "will not be converting your",
		"not be converting your",
		// and in the plural, with "all" between (r60: "le posizioni sono
		// già state tutte coperte")
		"state coperte", "tutte coperte", "già coperte", "stati coperti", "tutti coperti", "già coperti",
		"hemos cubierto", "cubierto la", "già coperta", "stata coperta", "vacature ingevuld", "hebben de vacature ingevuld",
		"is ingevuld", "foi preenchida", "já foi preenchida", "filled the position", "filled the role", "filled this position",
		"filled this role", "and filled", "not among those", "was not among",
		// an owner's word for the post gone: "the spot's been taken, sorry!",
		// "the spot's gone", "the role's been filled"
		// a freelancer's pencilled dates given up: "I'm releasing your hold on
		// 3-7 May", "we won't be booking you for the dates we'd pencilled"
		"releasing your hold", "release your hold", "released your hold", "releasing the hold", "released the hold",
		"won't be booking you", "will not be booking you", "not be able to book you", "won't be needing you",
		"spot's been taken", "spot has been taken", "spot's taken", "spot is taken", "spot's gone", "spot has gone",
		"spot's been filled", "spot has been filled", "role's been filled", "role's gone", "role's been taken",
		// and with "got" (r48): "The overnight stocker spot got filled last
		// week"; the post given to someone named: "we gave the chair to
		// Mikey who's been guesting with us"
		"spot got filled", "job got filled", "role got filled", "position got filled", "post got filled",
		"opening got filled", "vacancy got filled", "chair got filled", "place got filled",
		"gave the chair to", "given the chair to", "giving the chair to", "gave the spot to", "given the spot to",
		"giving the spot to", "gave the role to", "given the role to", "gave the position to", "given the position to",
		"gave the place to", "given the place to",
		// someone else taken on, the pronoun inside the phrasal verb (r61:
		// "I'm going to bring him on as the second driver")
		"bring him on", "bringing him on", "brought him on", "bring her on", "bringing her on", "brought her on",
		"take him on", "taking him on", "took him on", "take her on", "taking her on", "took her on",
		// a crew boss's and a business agent's no: "Crew is full for the season,
		// sorry man", "there's nothing I can do for you this year"
		"crew is full", "crew's full", "full for the season", "nothing i can do for you", "nothing we can do for you",
		// one-line no's in a running thread, in each language: "Ya tenemos a
		// alguien, perdona", "Chef sagt nein", "já
		// fechámos a vaga", "C'est pas pour cette fois", "De klant heeft
		// helaas voor een ander gekozen", "I can't take you on right now",
		// "we decided to keep it in-house for now"
		"ya tenemos a alguien", "ya tenemos a otra persona", "ya encontramos a alguien", "ya hemos encontrado a alguien",
		"já temos alguém", "já temos outra pessoa", "já arranjámos alguém", "já arranjamos alguém",
		// a season's team complete (r49): "We've completed our team for
		// summer 2027", "nous avons complété notre équipe pour la saison",
		// "la plantilla para esta temporada ya está completa", "abbiamo già
		// chiuso le selezioni", "das Team für die Wintersaison steht",
		// "het team voor deze zomer is rond", "a equipa para este verão já
		// está fechada"; said of the team, not of rooms ("we are full")
		"completed our team", "completed the team", "our team is complete", "the team is complete", "team is now complete",
		"our team is full", "we're fully staffed", "we are fully staffed", "fully staffed for",
		"complété notre équipe", "complété l'équipe", "équipe est complète", "équipe est au complet", "équipe au complet",
		"complet pour les vendanges", "complet pour la saison", "complet pour cette saison",
		"plantilla ya está completa", "plantilla está completa", "equipo ya está completo", "equipo está completo",
		"completado el equipo", "completado la plantilla", "completado nuestro equipo",
		"chiuso le selezioni", "squadra è al completo", "staff è al completo", "organico è al completo", "squadra è completa",
		"alle stellen vergeben", "alle stellen besetzt", "alle stellen schon vergeben", "alle stellen bereits vergeben",
		"wintersaison steht", "sommersaison steht", "team steht bereits", "team steht schon", "komplett besetzt",
		"team is rond", "team is al rond", "team is compleet", "team al compleet", "ons team rond",
		"equipa já está fechada", "equipa está fechada", "equipa está completa", "equipa já está completa",
		"equipe já está fechada", "equipe está completa", "equipe já está completa", "equipas ficaram completas",
		"ficaram completas", "ficou completa",
		// with the season between the team and its state: "la plantilla
		// para esta temporada ya está completa", "het team voor deze zomer
		// is rond", "a equipa para este verão já está fechada"
		"temporada ya está completa", "temporada ya está completo", "verano ya está completa", "zomer is rond",
		"seizoen is rond", "winter is rond", "verão já está fechada", "época já está fechada", "temporada já está fechada",
		"inverno já está fechada",
		// no opening at all, the answer to a speculative application
		// (r50): "So nothing open on our side now, sorry", "ahorita no
		// estamos contratando", "ahora mismo no buscamos a nadie", "no
		// momento não temos vagas abertas", "wir stellen gerade nicht ein"
		"nothing open on our side", "nothing open at the moment", "nothing open right now", "nothing open for",
		"don't have anything at the moment", "don't have anything open", "do not have anything open",
		"no openings at the moment", "no open roles at the moment",
		"no estamos contratando", "no buscamos a nadie", "no estamos buscando a nadie", "no tenemos vacantes",
		"no tenemos posiciones abiertas", "congeladas las contrataciones",
		"não temos vagas", "não estamos contratando", "não estamos a contratar", "não estamos à procura de ninguém",
		"stellen gerade nicht ein", "stellen derzeit nicht ein", "stellen aktuell nicht ein", "stellen momentan nicht ein",
		"keine offenen stellen", "nous ne recrutons pas", "aucun poste ouvert", "pas de poste ouvert",
		"geen vacatures", "geen openstaande vacatures", "nemen geen mensen aan",
		"non stiamo assumendo", "non abbiamo posizioni aperte", "non cerchiamo nessuno",
		"chef sagt nein", "haben jemanden gefunden", "haben schon jemanden",
		"fechámos a vaga", "fechamos a vaga", "já preenchemos a vaga", "pas pour cette fois",
		"voor een ander gekozen", "voor iemand anders gekozen", "een ander gekozen",
		"can't take you on", "cannot take you on", "not able to take you on", "won't be taking you on",
		"keep it in-house", "keeping it in-house", "keep the role in-house", "keeping the role in-house",
		"position's been filled", "position's gone", "position's been taken", "position has been taken",
		// a civil-service list's vacancy filled: "interviews have been
		// completed and the appointment has been made from that
		// certification"
		"the appointment has been made", "an appointment has been made", "the appointment was made",
		"nicht weiterzuverfolgen", "keine vakanz", "est pourvu", "poste pourvu", "dans l'impossibilité de donner suite",
		"were unsuccessful", "was unsuccessful", "been unsuccessful", "not be inviting you", "not invite you",
		"not be invited", "not be taking your", "decided to progress with", "decided to proceed with",
		"progress with other", "proceed with other", "pursue other", "decided to pursue",
		// an answer said as a noun: "it's a no", "the client said no"
		"it's a no", "it is a no", "be a no", "a no from", "client said no", "they said no", "team said no",
		"manager said no", "has said no", "have said no", "won't be you", "will not be you", "wasn't you",
		"not be you", "not you this time", "a no for now", "non se ne fa nulla", "not going to be a yes",
		"not be a yes", "won't be a yes", "isn't a yes", "not a yes", "not going to work out", "won't work out",
		"isn't going to work out", "not work out",
		// screened out, ranked too low, the job given to someone named
		// ("you have been screened out of this process", "you were not
		// ranked highly enough to be offered one of the vacancies", "I'm
		// giving the events job to Théo")
		"screened out", "no further consideration", "not ranked highly enough", "not ranked high enough",
		"not ranked highly", "giving the job to", "giving the role to", "giving the position to", "gave the job to",
		"given the job to", "offering the job to", "offered the job to",
		// the post given to someone inside, a hire made
		"went internal", "gone internal", "going internal", "go internal", "made a hire", "made the hire",
		"made our hire", "were not among", "not among the", "no longer available to you",
		// an offer taken back
		"withdrawing the conditional offer", "withdraw the conditional offer", "withdrawing the offer",
		"withdraw the offer", "withdrawing our offer", "withdraw our offer", "rescind*", "offer has been withdrawn",
		"offer is withdrawn", "offer is therefore withdrawn", "offer is hereby withdrawn", "offer must be withdrawn",
		// a conditional offer that vetting ended, and a name struck from a
		// civil service's list (r50): "we are unable to confirm your
		// appointment", "your name has been removed from the eligible list"
		"unable to confirm your appointment", "not able to confirm your appointment", "cannot confirm your appointment",
		"removed from the eligible list", "removed from the eligibility list", "removed from the list of eligible",
		"removed from the employment list", "removed from the hiring list",
		// the answer to an appeal, and both of an agency's clients saying no
		// (r51): "the outcome communicated to you on 22 February is final
		// ... not in a position to reconsider applications", "neither is in
		// a position to take you forward"
		"not in a position to reconsider", "unable to reconsider", "cannot reconsider", "outcome is final",
		"decision is final", "is final for this intake", "neither is in a position to take",
		"neither are in a position to take", "neither of them is in a position to", "neither of them can take",
		// "the right role is out there for you - it just isn't this
		// one"; "this one is a no"
		"isn't this one", "it's not this one", "just not this one", "this one is a no", "it's a no", "is a no from",
		// a post filled otherwise, and a preference given to someone
		// else: "die Stelle konnten wir anderweitig besetzen", "een
		// andere kandidaat de voorkeur te geven"
		"anderweitig besetzen", "anderweitig vergeben", "andere kandidaat de voorkeur", "ander de voorkeur",
		// status lines: "Status: Closed - Filled"
		"status closed", "closed filled",
		// German
		"absage", "nicht berücksichtigen", "nicht weiter berücksichtigen", "nicht in die engere auswahl", "nicht in die engere wahl",
		"keine zusage", "für einen anderen", "für eine andere", "anderweitig besetzt", "bereits besetzt",
		"uns gegen", "gegen ihre bewerbung", "gegen sie", "nicht weiterverfolgen", "nicht weiter verfolgen",
		"nicht weiter zu verfolgen", "nicht für sie entschieden", "für jemand anderen", "nicht mit ihnen",
		"nicht mit dir", "anders entschieden",
		// a broker's short no (r68): "Kunde hat sich anderweitig
		// entschieden", "Sie sind diesmal leider nicht zum Zug gekommen",
		// "diesmal hat es leider nicht geklappt", "Status: Abgesagt",
		// "Opdracht is naar de andere kandidaat gegaan", "On a finalement
		// choisi un autre freelance"
		"anderweitig entschieden", "nicht zum zug gekommen", "nicht zum zuge gekommen", "es leider nicht geklappt",
		"diesmal nicht geklappt", "hat es nicht geklappt", "status abgesagt", "status abgelehnt",
		"naar de andere kandidaat", "naar een andere kandidaat", "naar iemand anders", "choisi un autre", "choisi une autre",
		// a search's end for the reader (r70): "the board has approved the
		// appointment of another finalist", "votre candidature n'a pas été
		// classée", "Die erstplatzierte Kandidatin hat den Ruf angenommen",
		// "comunicarLe l'esclusione dalla selezione" (not "la mancata
		// presentazione comporta l'esclusione", a rule)
		"appointment of another", "pas été classée", "pas été classé", "erstplatzierte kandidatin hat",
		"erstplatzierte kandidat hat", "erstplatzierte bewerberin hat", "erstplatzierte bewerber hat",
		"comunicarle l'esclusione", "comunicarti l'esclusione", "disposto l'esclusione", "disposta l'esclusione",
		// another choice made (r69): "la famille a fait un autre choix"
		"fait un autre choix", "ha fatto un'altra scelta", "hanno fatto un'altra scelta", "ha hecho otra elección",
		"han hecho otra elección", "fez outra escolha", "fizeram outra escolha", "een andere keuze gemaakt",
		// French
		"pas été retenue", "pas été retenu", "ne sera pas retenue", "ne pas donner suite", "pas donner suite",
		"suite défavorable", "réponse négative", "pas été sélectionné*", "a été pourvu", "été pourvu*",
		"pas pu aboutir", "ne pas retenir", "pas retenir",
		// the literary negation without "pas", and an exam's pass mark
		// not reached: "votre candidature ne peut être retenue", "vous
		// n'avez pas atteint la note de passage"
		"ne peut être retenue", "ne peut être retenu", "ne peut pas être retenue", "ne peut pas être retenu",
		"pas atteint la note de passage", "pas obtenu la note de passage",
		// a selection's minimum score not reached (r86): "vous n'avez pas
		// obtenu le score minimum requis (12/20) pour être repris dans la
		// liste des lauréats"
		"pas obtenu le score minimum", "pas atteint le score minimum", "pas obtenu le minimum requis",
		"not achieve the minimum score", "not reach the minimum score", "not meet the minimum score",
		"not achieve the pass mark", "not reach the pass mark", "not meet the pass mark",
		"no alcanzó la puntuación mínima", "no obtuvo la puntuación mínima", "não obteve a pontuação mínima",
		"non ha raggiunto il punteggio minimo", "die mindestpunktzahl nicht erreicht", "niet de minimumscore behaald",
		// an eligible list's rank no appointment will reach: "candidates
		// ranked below 150 are not expected to be reached for appointment"
		"not expected to be reached", "will not be reached for", "unlikely to be reached",
		// a step failed that ends the process (r87): "Your candidacy for
		// the 2027 entry-level process therefore ends at this step"
		"therefore ends at this", "ends at this step", "ends at this stage", "will end at this stage",
		// the reader's name not on the list (r88): "the list of candidates
		// shortlisted for technical interviews has now been finalised, and
		// your name is not on it", "nos permitimos informarle que su nombre
		// no quedó incluido en la lista de elegibles"
		"your name is not on", "your name was not on", "your name does not appear on", "your name is not included",
		"su nombre no quedó incluido", "su nombre no fue incluido", "su nombre no figura", "votre nom ne figure pas",
		"il suo nominativo non", "ihr name steht nicht", "o seu nome não consta", "seu nome não consta",
		// nothing left to offer (r88): "both spots for this summer went in
		// June, so there's nothing I can offer you I'm afraid"
		"nothing i can offer you", "nothing we can offer you", "nothing i can offer at", "nothing we can offer at",
		// (r89: "she said yes last week. So the seat's gone"; "Your name
		// was not included on the certificate of eligibles"; "you have
		// been disqualified from further consideration in this hiring
		// process")
		"the seat's gone", "the seat is gone", "the spot's gone", "the spot is gone", "the role's gone", "the job's gone",
		"your name was not included", "disqualified from further consideration", "you have been disqualified",
		"you are disqualified",
		// (r90: an Irish public appointments board's "although you reached
		// the qualifying standard, your ranking was not sufficient for you
		// to be placed on the panel from which appointments will be made";
		// a studio lead's "we're going to go a different way for this hire")
		"ranking was not sufficient", "ranking is not sufficient", "not sufficient for you to be placed",
		// (r91: "we're going to hold off on next steps with your candidacy";
		// "Nous avons finalisé le recrutement la semaine dernière avec une
		// autre personne"; "they're filling the spot with a consultant who's
		// already on W2 with them"; a Portuguese jury's "o júri deliberou
		// excluir a sua candidatura")
		"hold off on next steps", "holding off on next steps", "finalisé le recrutement", "finalisé notre recrutement",
		"filling the spot with", "filling the role with", "filling the position with", "filled the spot with",
		"deliberou excluir", "decidiu excluir", "excluir a sua candidatura",
		"not be placed on the panel", "not been placed on the panel", "not placed on the panel",
		"go a different way", "going a different way", "went a different way", "gone a different way",
		// the post offered to someone the writer describes (r88): "It voted
		// to offer the opening to a current IBEW member of this local"
		"offer the opening to a", "offered the opening to a", "offer the position to a", "offered the position to a",
		"offer the role to a", "offered the role to a", "offer the post to a", "offered the post to a",
		// Spanish
		"no ha sido seleccionad*", "no has sido seleccionad*", "no fue seleccionad*", "descartad*",
		"no continuar con", "no continuaremos", "ha sido cubierta", "ha sido cubierto", "no avanzar",
		"no seguir adelante", "no seguiremos", "optado por otr*", "no ha resultado seleccionad*",
		"no ha sido elegid*", "no ha resultado favorable",
		// an academic competition's committee giving the post to another
		// (r87): "la Comisión resolvió por mayoría otorgar la plaza a otro
		// de los concursantes"
		"otorgar la plaza a otr*", "otorgó la plaza a otr*", "asignar la plaza a otr*", "asignó la plaza a otr*",
		// Italian
		"non è stata selezionata", "non è stato selezionato", "non selezionat*", "esito negativo",
		"non ammess*", "è stata coperta", "non è positivo", "non è stato positivo", "esito non positivo", "non proseguire", "non procedere", "non proseguiremo",
		"proseguire con altri", "non è stata accolta", "non siamo in grado di proseguire",
		// Dutch
		"afgewezen", "afwijzing", "niet geselecteerd", "niet verder", "niet door", "niet met je verder",
		"niet met u verder", "gekozen voor een andere", "kiezen voor iemand", "gekozen voor iemand",
		"is vervuld", "past niet", "niet past", "is ingevuld", "niet uitnodigen",
		// the separable "aansluiten": "je profiel sluit helaas niet goed
		// aan bij wat we zoeken"
		"sluit niet aan", "sluit helaas niet", "sluit niet goed aan", "sluit onvoldoende aan", "sluiten niet aan",
		"past helaas niet", "past niet helemaal", "intern in te vullen", "não foi admitid*", "não admitid*",
		"non corrisponde ai requisiti", "non corrisponde al profilo", "não corresponde ao que procuramos",
		"não corresponde ao perfil", "no corresponde a lo que buscamos", "no corresponde al perfil",
		"sluiten helaas niet", "sluit niet voldoende aan",
		// Portuguese
		"não foi selecionad*", "não seguiremos", "não vamos avançar", "vaga foi preenchida", "vaga preenchida",
		"não prosseguir", "não vamos prosseguir", "avançar com outr*", "não foi aprovad*", "reprovad*",
		"não avançaremos", "não seguir", "optamos por outr*", "optámos por outr*",
		// the post offered to someone else: "we've asked another
		// finalist to join us"
		"another finalist to join us", "another finalist to join the team", "another candidate to join us",
		"another candidate to join the team", "the other finalist to join us", "offered another finalist",
		// a decision said to have gone the other way
		"not in your favour", "not in your favor", "wasn't in your favour", "wasn't in your favor",
		"isn't in your favour", "isn't in your favor",
		"close out your application", "closing out your application", "hold off on your application",
		"geen aanbod doen", "geen aanbod kunnen doen",
		// the right person found, and a deal closed or a choice gone
		// with someone else, in the other languages: "è stata individuata
		// la risorsa idonea", "acabou fechando com uma pessoa que já está
		// em São Paulo" (not "ainda tô fechando com o Diego", a
		// colleague), "nos vamos a ir con alguien que ya armó equipos"
		"individuata la risorsa", "individuato il candidato", "individuata la candidata", "individuato un altro",
		"individuata un'altra", "fechando com uma pessoa", "fechando com outr*", "fechou com uma pessoa", "fechou com outr*",
		"fechamos com uma pessoa", "fechamos com outr*", "fechar com outr*", "cerramos con otr*", "cerró con otr*", "ir con alguien",
		"cerró la vacante con", "cerraron la vacante con", "cubrió la vacante con", "cubrieron la vacante con", "irnos con alguien", "ir con otra persona", "ir con otro perfil",
		// a test failed and no place on the list: "vous n'avez pas réussi
		// l'épreuve écrite ... vous ne serez dès lors pas repris dans la
		// réserve de recrutement"
		// an application turned away for its form (r67): "your application
		// could not be considered for the following reason(s)"
		"your application could not be considered", "your application cannot be considered",
		"your application was not considered", "your application has not been considered",
		// a name left off the reserve list (r67): "il suo nome non è stato
		// iscritto nell'elenco di riserva"
		"non è stato iscritto", "non è stata iscritta", "non è stato inserito nell'elenco", "non è stata inserita nell'elenco",
		"not been placed on the reserve list", "not been included in the reserve list", "not been included on the reserve list",
		"niet opgenomen op de reservelijst", "nicht in die reserveliste aufgenommen", "pas été inscrit sur la liste de réserve",
		"pas été inscrite sur la liste de réserve", "no ha sido incluido en la lista de reserva", "no ha sido incluida en la lista de reserva",
		"não foi incluído na lista de reserva", "não foi incluída na lista de reserva",
		// r73/r74: the post filled from within or since, in Québec and
		// Swiss French ("le client a décidé de combler le poste à
		// l'interne", "le poste a été repourvu entre-temps"); an
		// application found ineligible ("your candidature for the subject
		// post stands rejected", "no eres elegible para este proyecto");
		// one that cannot be considered or was excluded at admission, in
		// Portuguese and French ("a sua candidatura não poderá ser
		// considerada", "foi excluída na fase de admissão", "nous ne
		// pouvons pas prendre votre dossier en considération"); a name
		// not on the list of those approved ("o seu nome não consta da
		// lista de candidatos aprovados")
		"combler le poste à l'interne", "combler ce poste à l'interne", "combler à l'interne", "été repourvu",
		"été repourvue", "déjà repourvu", "déjà repourvue", "avons repourvu", "stands rejected", "found ineligible",
		"no eres elegible", "no es elegible", "não é elegível", "não poderá ser considerada", "não pode ser considerada",
		"não poderá ser considerado", "não pode ser considerado", "candidatura foi excluída", "candidatura foi excluida",
		"pas prendre votre dossier en considération", "pas prendre votre candidature en considération",
		"pas être prise en considération", "pas été prise en considération", "não consta da lista", "não consta na lista",
		"não reuniu os requisitos", "não reúne os requisitos",
		// r75: a public competition's list without the reader, in France,
		// Italy and Spain ("vous n'êtes pas déclaré(e) admissible", "vous
		// ne figurez pas sur la liste d'admission", "risulta pertanto
		// idonea non vincitrice", "no ha resultado incluido/a en la
		// bolsa"; not "no ha obtenido plaza", said of course places too),
		// a request not granted ("la stessa non può essere accolta"), a
		// post filled since ("est désormais pourvu", "la posizione non è
		// più disponibile"); a hall's call filled before the reader's book
		// ("you were not referred on this call"), an application closed
		// before the test ("you will not be scheduled for the physical
		// agility test")
		"pas déclaré admissible", "pas déclarée admissible", "pas déclaré e admissible", "n'êtes pas admissible", "ne figurez pas sur la liste",
		"ne figure pas sur la liste", "ne figurez pas sur les listes", "idoneo non vincitore", "idonea non vincitrice",
		"idonei non vincitori", "no ha resultado incluido", "no ha resultado incluida", "no ha sido incluido en la bolsa",
		"no ha sido incluida en la bolsa",
		"non può essere accolta", "non può essere accolto", "non è stata accolta", "non è stato accolto",
		"désormais pourvu", "désormais pourvue", "a été pourvu", "a été pourvue", "est déjà pourvu", "est déjà pourvue",
		"posizione non è più disponibile", "il posto non è più disponibile", "were not referred", "have not been referred",
		"not referred on this call", "you will not be scheduled for",
		// r76: a placement round not matched, a referral sent back, an
		// entry the employer cannot consider ("you were not matched with a
		// host employer in this round", "your candidacy was not accepted",
		// "we are unfortunately unable to consider your entry")
		"not matched with a host", "not matched with an employer",
		"candidacy was not accepted", "candidature was not accepted", "application was not accepted",
		"unable to consider your entry", "cannot consider your entry", "not able to consider your entry",
		"n'avez pas réussi", "pas réussi l'épreuve", "pas repris dans", "pas été repris", "niet geslaagd",
		"nicht bestanden", "no ha superado", "no superó", "non ha superato", "não foi aprovad",
		// Latin America's public competitions (r82): "resolvió no otorgar
		// la plaza a su candidatura", "usted no alcanzó el puntaje mínimo",
		// "no integrará la lista de prelación", "Resultado: NO CONTINÚA EN EL
		// PROCESO", "confirmar la decisión de no admitir al aspirante",
		// "inferior al mínimo aprobatorio", "usted no califica para la
		// siguiente etapa", "ha designado en el cargo a otro(a)", "conformar
		// la nómina con otros candidatos ... usted no formará parte de
		// ella", "no es procedente efectuar su nombramiento", "su
		// participación en el presente proceso ha concluido", "su
		// inscrição ... foi INDEFERIDA", "será eliminado(a) do concurso"
		"no otorgar la plaza", "no alcanzó el puntaje", "no integrará la lista", "no continúa en el proceso",
		"no continua en el proceso", "no admitir al aspirante", "decisión de no admitir", "inferior al mínimo aprobatorio",
		"no califica para la siguiente", "designado en el cargo a otro", "designado en el cargo a otra",
		"nómina con otros candidatos", "no formará parte de la nómina", "no es procedente efectuar su nombramiento",
		"participación en el presente proceso ha concluido", "participación en el proceso ha concluido",
		"no fue considerada entre quienes avanzan", "no fue considerado entre quienes avanzan", "foi indeferida",
		"inscrição indeferida", "eliminado a do concurso", "eliminado do concurso", "eliminada do concurso",
		"corresponde a quien obtuvo el primer lugar",
		// the choice that did not fall on the reader, a finalist who took
		// the post, a promotion from within (r82): "dass die Wahl nicht auf
		// Sie gefallen ist", "a finalist has accepted the position", "decided
		// to fill the role through the internal promotion of a current team
		// member"
		"wahl nicht auf sie gefallen", "wahl ist nicht auf sie gefallen", "wahl fiel nicht auf sie", "finalist has accepted",
		"another candidate has accepted", "through the internal promotion", "internal promotion of a",
		// "Ihre Bewerbung war leider nicht erfolgreich", "haben Sie das
		// Auswahlverfahren leider nicht erfolgreich abgeschlossen" (r82)
		"war leider nicht erfolgreich", "leider nicht erfolgreich abgeschlossen", "bewerbung war nicht erfolgreich",
		// a committee that will not put the reader forward, a candidate
		// who took the post, an application not to be considered, a place
		// already given, in English and American Spanish (r84): "the
		// Committee will not be recommending your candidacy to the full
		// Board", "a candidate has accepted the university's offer", "su
		// solicitud no será considerada para este puesto", "ya
		// contratamos a alguien para el turno"
		"not be recommending your", "not recommending your", "will not recommend your", "decided not to recommend your",
		"a candidate has accepted", "no será considerada para", "no será considerado para",
		"ya contratamos a alguien", "ya agarramos a alguien", "ya encontramos a alguien",
		// Italy's public selections say no in administrative formulas
		// (r85): "il Suo codice identificativo non è ricompreso tra i
		// candidati ammessi", "non ha pertanto conseguito l'idoneità ...
		// non sarà quindi inserito nella graduatoria finale", "la S.V. non
		// risulta destinataria di incarico", "la Sua candidatura non
		// rientra nella rosa dei candidati ammessi", "non figura tra i
		// candidati utilmente collocati"; a job board's status "NON IN
		// LINEA CON IL PROFILO RICERCATO"
		"non è ricompreso tra i candidati", "non è ricompresa tra i candidati", "non risulta ricompres",
		"non ha conseguito l'idoneità", "non ha pertanto conseguito l'idoneità", "non sarà quindi inserito nella graduatoria",
		"non sarà inserito nella graduatoria", "non sarà inserita nella graduatoria", "non risulta destinataria di incarico",
		"non risulta destinatario di incarico", "non rientra nella rosa", "non rientra tra i candidati ammessi",
		"non figura tra i candidati", "non utilmente collocat", "non in linea con il profilo",
		// a post filled "in the meantime" in Portugal, a German board's
		// status (r85): "a posição foi entretanto preenchida através de um
		// processo de mobilidade interna", "Der Arbeitgeber hat Ihre
		// Bewerbung als \"nicht ausgewählt\" markiert"
		"foi entretanto preenchida", "foi entretanto preenchido", "nicht ausgewählt",
	)
	add("pass", 3,
		"another direction", "a different way", "another way", "a different route", "passing on your", "pass on your",
		"otra dirección", "un'altra direzione", "autre direction", "andere richting", "outra direção", "outra direcção",
		"s'arrête ici", "s'arrête donc", "arrête ici", "pass for now", "going to pass", "pass on moving", "we'll pass", "we will pass", "decided to pass", "pass on this",
		"stop here", "have to stop",
		// "stop here" in the other languages, as a short reply closes a
		// process: "así que lo dejamos aquí", "we stoppen daarom hier",
		// "ci fermiamo qui", "on s'arrête là", "ficamos por aqui"
		"lo dejamos aquí", "dejarlo aquí", "lo dejamos acá", "ci fermiamo qui", "fermarci qui", "stoppen hier",
		"stoppen daarom hier", "stoppen we hier", "on s'arrête là", "nous arrêtons là", "arrêter là",
		"ficamos por aqui", "paramos por aqui", "ficar por aqui",
		// a decision to decline the candidacy (r81: "the client has decided
		// to decline to proceed your candidacy to the final interview")
		"decline to proceed", "declined to proceed", "decline your candidacy", "declined your candidacy",
		// the reader placed second, as a search consultant tells it (r78:
		// "the board has selected her as the district's next superintendent
		// ... You were a very close second")
		"you were a very close second", "you were a close second", "you came a close second", "a very close second",
		// the client's pass, as a staffing recruiter's reply says it (r81:
		// "Client passed. Sorry Alex - more next week.")
		"client passed", "the client passed", "client has passed", "manager passed", "hiring manager passed",
		"they passed",
		// passing said of this candidacy: "they're passing on this one"
		"passing on this", "passed on this", "passing on you", "passed on you", "not to pursue", "not pursue your", "isn't a match", "is not a match",
		"not a fit", "not the right fit", "not quite the right", "not the right match", "not the right time",
		// the answer to an application nobody advertised for: "Unfortunately
		// we're not hiring right now - we've got a full crew through the
		// winter"
		// someone chosen for where they live: "we're going to hire locally
		// for this role", "we're required to hire PAs locally"
		"to hire locally", "hire someone local*", "to hire someone who is local",
		"not hiring right now", "not hiring at the moment", "not hiring at this time", "not currently hiring",
		"aren't hiring at the moment", "aren't hiring right now", "not recruiting at the moment",
		"not recruiting right now", "not currently recruiting", "not taking anyone on", "not taking on anyone",
		"no vacancies at the moment", "no vacancies at present", "no openings at the moment", "no openings right now",
	)
	// the news itself said to be bad: "I'm sorry it isn't better news on
	// this occasion" above an outcome letter attached (a delay said so is
	// no no: outcome.go's delayNear)
	add("pass", 2,
		"isn't better news", "wasn't better news", "is not better news", "was not better news", "not better news",
		"isn't the news you", "wasn't the news you", "not the outcome you", "isn't good news", "wasn't good news",
		// "I'm sorry that this isn't the outcome you'd hoped for" (r86)
		"isn't the outcome you", "wasn't the outcome you", "isn't the outcome you'd", "wasn't the outcome you'd",
		"not the outcome you'd", "not the outcome you were",
		"não é a notícia que você esperava", "no es la noticia que esperabas", "pas la nouvelle que vous espériez",
		// a Meister's no in one line: "Sie, leider wird das nichts"
		"wird das nichts", "wird das nix", "wird das leider nichts", "wird das leider nix",
	)
	add("hedge", 1,
		"unfortunately", "regrettably", "regretfully", "bedauerlicherweise", "spiacenti", "sadly", "regret*", "i'm afraid", "i am afraid", "sorry to",
		"we're sorry", "we are sorry", "i'm sorry", "i am sorry", "bad news", "better news", "disappointing",
		"disappointed", "difficult news", "tough news", "not the news",
		"leider", "bedauer*", "müssen wir ihnen mitteilen", "tut uns leid", "décevante", "décevant", "tut mir leid", "malheureusement", "au regret", "regrettons",
		"désolé*", "lamentablemente", "desafortunadamente", "lamentamos", "lo siento", "por desgracia",
		"purtroppo", "ci dispiace", "mi dispiace", "siamo spiacenti", "spiacent*", "helaas", "spijt",
		"jammer", "balen", "teleurstellend", "beter nieuws", "infelizmente", "lamento", "notícia chata",
		"má notícia", "más noticias",
		// the consolation only a no needs: "please don't take this as a
		// reflection of your abilities"
		"a reflection of your", "a reflection on your", "no reflection on", "in no way a reflection",
		"not reflect on your",
	)
	add("luck", 1,
		"best of luck", "good luck", "wish you every", "wish you the best", "wish you all the best",
		"wish you success", "wish you well", "wish you luck", "success in your",
		"in your future", "future endeavours", "future endeavors", "in your search", "with your search", "search goes well", "the search goes", "für ihre weitere suche",
		"für ihren weiteren", "für die zukunft",
		"your job search", "your career search", "in your career", "with the search", "every success",
		"viel erfolg", "viel glück weiterhin", "weiteren werdegang", "beruflichen zukunft", "berufliche zukunft",
		"beruflichen weg", "bonne continuation", "pleine réussite", "succès dans vos", "réussite dans vos",
		"vos recherches", "votre recherche", "éxito en tu", "éxito en su", "mucho éxito", "mucha suerte",
		"lo mejor en", "en la búsqueda", "futuros proyectos", "in bocca al lupo", "migliori auguri",
		"buona fortuna", "percorso professionale", "successo nella", "veel succes", "succes met",
		"zoektocht", "boa sorte", "muito sucesso", "sucesso na", "sucesso em", "próximos desafios",
		"sua jornada",
		// European Portuguese wishes: "Desejamos-lhe as maiores
		// felicidades profissionais" (not "felicidades!", congratulations)
		"maiores felicidades", "felicidades profissionais",
	)
	add("future", 1,
		"on file", "talent pool", "talent community", "candidate database", "talent database", "our database",
		// an owner keeping the reader's note: "we'll hang on to your details"
		"hang on to your details", "hang onto your details", "hang on to your cv", "hang onto your cv",
		"hold on to your details", "hold onto your details", "hold on to your cv", "hold onto your cv",
		// a civil-service list kept for later vacancies: "your name will
		// remain on the eligible list until it expires"
		"remain on the eligible list", "remain on the list", "additional vacancies occur", "reserve list",
		"réserve de recrutement",
		"future opportunit*", "future openings", "future roles", "future vacancies", "future positions",
		"suitable opportunity", "suitable role", "suitable position", "role arises", "opportunity arises",
		"role comes up", "opportunity comes up", "apply again", "applying again", "reapply",
		"encourage you to apply", "encourage you to keep", "keep an eye on our", "other openings",
		"other roles", "other opportunities", "other positions", "careers page", "careers site",
		"career site", "don't be a stranger", "cross paths", "wege noch einmal kreuzen", "wege kreuzen", "opening in the future",
		"in evidenz", "talentpool", "unserer datenbank", "andere stellen",
		"vivier", "conserverons votre", "futures opportunités", "prochaines opportunités", "autres offres",
		"ultérieurement", "base de datos", "futuras oportunidades", "futuros procesos", "próximas vacantes",
		"otras vacantes", "banco de talento", "futuri processi", "future opportunità", "prossime opportunità",
		"nostro database", "banca dati", "nuove occasioni", "altre posizioni", "in ons bestand", "andere vacatures", "banco de talentos", "futuras oportunidades",
		"próximas vagas", "próximos processos", "outras vagas",
	)
	add("future", 0.5, "in the future", "no futuro", "en el futuro", "à l'avenir", "in zukunft", "in futuro",
		"in de toekomst", "zukünftige", "künftige", "toekomstige")
	add("luck", 0.5, "all the best", "alles gute", "all the very best")
	add("occasion", 0.5,
		"on this occasion", "at this time", "this time around", "at this stage", "at this point", "this time",
		"for now", "at the moment", "dieses mal", "diesmal", "zum jetzigen zeitpunkt", "derzeit", "cette fois",
		"pour le moment", "en esta ocasión", "por el momento", "en este momento", "in questa occasione",
		"per il momento", "al momento", "in questo momento", "deze keer", "op dit moment", "neste momento",
		"desta vez", "por enquanto", "por ahora",
	)
	add("deliberation", 1,
		"after careful consideration", "careful consideration", "carefully considered", "carefully reviewed",
		"after reviewing", "thorough review", "difficult decision", "tough decision", "hard decision",
		"close decision", "it was close", "came down to", "much deliberation", "very strong field",
		"strong field", "strong pool", "strong applicant pool", "strong candidate pool", "high number of applications", "large number of applications", "high volume of",
		"large number of", "number of candidates", "calibre of", "caliber of", "sorgfältiger", "intensiver prüfung", "reiflicher", "sorgfältig geprüft", "nach prüfung",
		"schwere entscheidung", "après étude", "après analyse", "après examen", "décision difficile",
		"tras analizar", "tras revisar", "después de analizar", "decisión difícil", "análise cuidadosa",
		"após análise", "após uma análise", "decisão difícil", "attenta valutazione", "al termine del processo",
		"decisione difficile", "zorgvuldige afweging", "moeilijke beslissing", "na zorgvuldige",
	)
	// A decision made, without saying which: with a hedge and a closing
	// it is a no ("Unfortunately we have decided ... Best of luck").
	add("decision", 1,
		"we have decided", "we've decided", "has decided", "have decided", "decided to", "our decision",
		"the decision", "made a decision", "have concluded", "has concluded", "reviewed your application",
		"completed our review", "completed the review", "after reviewing", "having reviewed", "wir haben uns entschieden",
		"entschieden", "entscheidung", "décidé", "décision", "decidido", "decisión", "decidimos", "deciso",
		"decisione", "besloten", "beslissing", "decisão", "abbiamo valutato", "hemos valorado", "nous avons étudié",
		"make a choice", "had to choose", "difficult choices", "faire des choix", "tough choices",
	)
	add("mismatch", 2,
		"more closely meet*", "more closely fit*", "more closely suit*", "more closely reflect*", "aligned more closely",
		"align more closely", "aligns more closely", "match more closely", "matched more closely", "matches more closely",
		"fit more closely", "fits more closely", "better meet*", "better suit*", "better matches", "better fits",
		"stronger fit", "a stronger candidate", "didn't work out", "did not work out", "no se ajusta", "beter aansluiten",
		"beter passen", "non è in linea", "maggiormente in linea", "encajan más", "encaja más", "more closely match*", "more closely align*", "lines up more closely", "line up more closely", "closer match", "stronger match", "better match",
		"better fit", "better suited", "more suitable", "most closely", "whose experience", "whose background",
		"whose skills", "whose qualifications", "whose profile*", "more extensive experience", "too big a gap",
		"doesn't align", "does not align", "not aligned", "more directly", "more relevant experience",
		"passt nicht", "nicht passend", "deren erfahrung", "deren profil", "deren qualifikation*", "stärker",
		"besser entspricht", "keine passende", "dont l'expérience", "plus étroitement", "dont le profil", "besser passen", "passender", "besser zu", "ne correspond pas",
		"correspondant davantage", "correspondent davantage", "plus en adéquation", "más ajustado",
		"se ajusta más", "más alineado", "no encaja", "più in linea", "maggiormente aderente", "più aderente",
		"più adatto", "beter past", "beter aansluit", "sluit niet aan", "mais aderente", "mais alinhado",
		"não se encaixa", "mieux à", "se ajusta mejor", "encaja mejor",
		"onvoldoende aan", "nicht ausreichend", "insufficiently", "de plus près", "plus proche de", "casa um pouco mais", "casa mais com", "más cercana", "más cercano",
	)
	return out
}()

// positiveTerms say the process goes on for the reader; a negation just
// before one ("not the good news") cancels it.
var positiveTerms = []term{
	{text: "pleased to invite", weight: 2}, {text: "happy to invite", weight: 2}, {text: "like to invite you", weight: 2},
	{text: "would like to invite", weight: 2}, {text: "invite you to", weight: 2}, {text: "congratulations", weight: 2},
	{text: "great news", weight: 1.5}, {text: "good news", weight: 1.5}, {text: "pleased to let you know", weight: 1},
	{text: "pleased to inform", weight: 1}, {text: "delighted to", weight: 1.5}, {text: "excited to", weight: 1},
	{text: "love to have you", weight: 2}, {text: "welcome to the team", weight: 2}, {text: "welcome aboard", weight: 2},
	{text: "freuen uns", weight: 1},
	// the reader still in the process, however long the wait: "Ihre
	// Bewerbung ist ausdrücklich noch im Rennen" beside a post filled
	// elsewhere in the company (r54)
	// a civil-service list's good news (r79: "you are eligible and among
	// the best qualified candidates. Your application has been referred
	// to the selecting official")
	{text: "among the best qualified", weight: 2}, {text: "referred to the selecting official", weight: 2},
	{text: "referred to the hiring manager", weight: 2}, {text: "referred to the hiring official", weight: 2},
	{text: "noch im rennen", weight: 2}, {text: "weiterhin im rennen", weight: 2}, {text: "still in the running", weight: 2},
	{text: "toujours en lice", weight: 2}, {text: "encore en lice", weight: 2}, {text: "sigues en el proceso", weight: 2},
	{text: "sigue en el proceso", weight: 2}, {text: "ancora in corsa", weight: 2}, {text: "nog in de race", weight: 2},
	{text: "ainda está no processo", weight: 2}, {text: "continua no processo", weight: 2},
	{text: "gerne einladen", weight: 2}, {text: "gute nachrichten", weight: 1.5}, {text: "ravis de vous", weight: 1.5},
	{text: "plaisir de vous", weight: 1.5}, {text: "bonne nouvelle", weight: 1.5}, {text: "nos complace", weight: 1.5},
	{text: "nos alegra", weight: 1.5}, {text: "buenas noticias", weight: 1.5}, {text: "siamo lieti", weight: 1.5},
	{text: "lieti di", weight: 1.5}, {text: "buone notizie", weight: 1.5}, {text: "graag uitnodigen", weight: 2},
	{text: "goed nieuws", weight: 1.5}, {text: "temos o prazer", weight: 1.5}, {text: "felizes em", weight: 1.5},
	{text: "boas notícias", weight: 1.5}, {text: "boa notícia", weight: 1.5}, {text: "parabéns", weight: 2},
	{text: "felicidades", weight: 2}, {text: "félicitations", weight: 2}, {text: "herzlichen glückwunsch", weight: 2},
	{text: "gefeliciteerd", weight: 2}, {text: "complimenti", weight: 2},
	// the application sent on to the employer, a step taken: "Tu candidatura
	// ... se ha enviado correctamente. La empresa ya puede ver tu CV"
	{text: "se ha enviado correctamente", weight: 2}, {text: "enviada correctamente", weight: 2},
	{text: "foi enviada com sucesso", weight: 2}, {text: "a été envoyée avec succès", weight: 2},
	{text: "erfolgreich übermittelt", weight: 2}, {text: "erfolgreich versendet", weight: 2},
	{text: "ya puede ver tu cv", weight: 2},
	{text: "candidatura inviata", weight: 2}, {text: "candidatura è stata inviata", weight: 2},
	{text: "sollicitatie is verstuurd", weight: 2}, {text: "kandidatuur is verstuurd", weight: 2},
}

// elsewhereTerms are other domains that have applications, decisions and
// waiting lists too: housing, schools, grants, talks, memberships, loans,
// appointments, marketplaces. They count against a job message.
var elsewhereTerms = []term{
	{text: "landlord", weight: 2}, {text: "tenant*", weight: 2}, {text: "tenancy", weight: 2.5}, {text: "lease", weight: 1.5},
	{text: "rent", weight: 1.5}, {text: "rental", weight: 2}, {text: "apartment", weight: 2}, {text: "the property", weight: 1.5},
	{text: "lettings", weight: 1.5}, {text: "letting", weight: 1.5}, {text: "viewing", weight: 1}, {text: "admission*", weight: 2},
	// a room let in a shared home, and a club's places (r90: "Thanks so
	// much for coming to see the room on Sunday";
	// "Thank you for registering for the Spring Adult Doubles League")
	{text: "see the room", weight: 2}, {text: "view the room", weight: 2}, {text: "housemate*", weight: 2},
	{text: "flatmate*", weight: 2}, {text: "roommate*", weight: 2}, {text: "registering for the", weight: 1.5},
	{text: "school", weight: 1.5}, {text: "enrolment", weight: 1.5}, {text: "enrollment", weight: 1.5}, {text: "waitlist", weight: 2},
	{text: "waiting list", weight: 1.5}, {text: "pupil", weight: 2}, {text: "pupils", weight: 2}, {text: "grant application", weight: 2},
	{text: "grants", weight: 1.5}, {text: "funding", weight: 1.5}, {text: "scholarship", weight: 2.5},
	{text: "call for papers", weight: 2}, {text: "program committee", weight: 2}, {text: "programme committee", weight: 2},
	{text: "your talk", weight: 2}, {text: "your proposal", weight: 1.5}, {text: "proposals", weight: 1}, {text: "speaking slot*", weight: 2},
	{text: "cfp", weight: 2},
	// a sales deal or a tender, won or lost (r49): "I've marked the opp
	// Closed Lost in Salesforce", "extend with their incumbent" (not
	// "procurement", which books freelancers too)
	{text: "closed lost", weight: 3}, {text: "closed won", weight: 3}, {text: "the opp", weight: 2},
	{text: "incumbent", weight: 1.5}, {text: "rfp", weight: 2}, {text: "statement of work", weight: 2},
	// a customer's verdict on parts the reader's plant submitted:
	// "PPAP Submission ... Status: REJECTED" from a supplier portal
	{text: "ppap", weight: 3}, {text: "supplier portal", weight: 2}, {text: "supplier quality", weight: 2},
	// a talk's programme committee in the other languages: "Sobre tu
	// propuesta de charla", "el Comité de Programa"
	{text: "comité de programa", weight: 2}, {text: "comité de programme", weight: 2}, {text: "comitato di programma", weight: 2},
	{text: "programmkomitee", weight: 2}, {text: "programmacommissie", weight: 2}, {text: "comissão de programa", weight: 2},
	{text: "propuesta de charla", weight: 2}, {text: "propuesta de ponencia", weight: 2}, {text: "ponencia", weight: 1.5},
	{text: "proposition de conférence", weight: 2}, {text: "proposta di talk", weight: 2}, {text: "vortragsvorschlag", weight: 2},
	{text: "proposta de palestra", weight: 2}, {text: "palestra", weight: 1.5}, {text: "membership", weight: 2}, {text: "your loan", weight: 2.5}, {text: "loan", weight: 1.5},
	// the reader's own bank account or insurance claim (r60): "we're not
	// able to open the account at this time", "we are unable to approve
	// your claim"
	// a rental in Portuguese and Spanish (r64: "candidatura ao arrendamento
	// do T2 ... posso apresentar fiador"), and a business school's admissions
	{text: "arrendamento", weight: 2.5}, {text: "arrendamiento", weight: 2.5}, {text: "fiador", weight: 2},
	{text: "executive mba", weight: 2.5}, {text: "mba admissions", weight: 3}, {text: "graduate admissions", weight: 2.5},
	{text: "checking account", weight: 2.5}, {text: "savings account", weight: 2.5}, {text: "business account", weight: 2.5},
	{text: "open the account", weight: 2.5}, {text: "opening an account", weight: 2.5}, {text: "your claim", weight: 2.5},
	// a housing lottery and a customer board applied to (r71): "Thank
	// you for applying to the affordable housing lottery", "Thanks for
	// applying to join the Customer Advisory Board"
	{text: "housing lottery", weight: 2.5}, {text: "affordable housing", weight: 2.5}, {text: "housing portal", weight: 2},
	{text: "customer advisory board", weight: 2.5},
	// a research study's screening (r71): "our study coordinators have
	// determined that you are not eligible ... our volunteer registry"
	{text: "study coordinators", weight: 2}, {text: "study coordinator", weight: 2}, {text: "volunteer registry", weight: 2.5},
	{text: "study sponsor", weight: 2}, {text: "pre-screening questionnaire", weight: 2},
	// a focus group recruited (r71): "Você foi pré-selecionado para um
	// grupo de discussão online"
	{text: "focus group", weight: 2.5}, {text: "grupo de discussão", weight: 2.5}, {text: "grupo focal", weight: 2.5},
	{text: "grupo de discusión", weight: 2.5}, {text: "groupe de discussion", weight: 2.5}, {text: "fokusgruppe", weight: 2.5},
	// a life policy applied for (r66): "your application for a 20-Year
	// Term Life policy ... underwriting will review your application"
	{text: "policy application", weight: 2.5}, {text: "your policy", weight: 2}, {text: "underwriting", weight: 2},
	{text: "term life", weight: 2}, {text: "face amount", weight: 2.5}, {text: "paramedical", weight: 2},
	{text: "insurance claim", weight: 2.5}, {text: "claim decision", weight: 2.5}, {text: "policy wording", weight: 2},
	{text: "kontoeröffnung", weight: 2.5}, {text: "ouverture de compte", weight: 2.5}, {text: "apertura de cuenta", weight: 2.5},
	{text: "apertura del conto", weight: 2.5}, {text: "abertura de conta", weight: 2.5}, {text: "votre sinistre", weight: 2.5},
	{text: "su siniestro", weight: 2.5}, {text: "il sinistro", weight: 2.5}, {text: "o seu sinistro", weight: 2.5},
	{text: "schadensmeldung", weight: 2.5}, {text: "schadenmeldung", weight: 2.5},
	{text: "credit card", weight: 2.5}, {text: "mortgage", weight: 2.5}, {text: "appointment slot", weight: 2}, {text: "consulate", weight: 2},
	{text: "seller", weight: 2}, {text: "your offer on", weight: 2}, {text: "marathon", weight: 2}, {text: "charity place", weight: 2},
	// a contest, not a civil-service exam ("concours externe"), whose
	// "lauréats" are those who passed
	{text: "concours photo", weight: 2}, {text: "jeu-concours", weight: 2}, {text: "jeu concours", weight: 2},
	// an awards entry: "Thank you for entering the 2027 Mid-Atlantic
	// Journalism Awards ... your entry ... has not been shortlisted" (r55;
	// not "your entry", which is also a federal post's "your entry on duty")
	{text: "for entering the", weight: 2}, {text: "journalism awards", weight: 2},
	{text: "awards entry", weight: 2}, {text: "our judges", weight: 1.5},
	// a bank's adviser meeting the customer: "Gentile Cliente ... colloquio
	// con il tuo consulente"
	{text: "gentile cliente", weight: 2}, {text: "dear customer", weight: 2}, {text: "tuo consulente", weight: 2},
	{text: "internet banking", weight: 2}, {text: "online banking", weight: 2},
	// a language course's place (r57): "Candidature – stage intensif de
	// français ... frais d'inscription"
	{text: "frais d'inscription", weight: 2}, {text: "groupe de niveau", weight: 2}, {text: "test de niveau", weight: 2},
	{text: "stage intensif", weight: 1.5}, {text: "cours intensif", weight: 2},
	{text: "huurder", weight: 2}, {text: "woning", weight: 2}, {text: "verhuurder", weight: 2}, {text: "bezichtiging", weight: 1.5},
	{text: "wohnung", weight: 2}, {text: "vermieter", weight: 2}, {text: "mietvertrag", weight: 2}, {text: "besichtigung", weight: 1.5},
	{text: "logement", weight: 2}, {text: "appartement", weight: 2}, {text: "propriétaire", weight: 1.5}, {text: "location", weight: 1},
	{text: "bailleur", weight: 2}, {text: "locataire", weight: 2}, {text: "garant", weight: 1.5}, {text: "alquiler", weight: 2},
	{text: "arrendador", weight: 2}, {text: "lista de espera", weight: 1.5}, {text: "colegio", weight: 1.5}, {text: "admisión", weight: 2},
	{text: "cupo", weight: 1}, {text: "affitto", weight: 2}, {text: "appartamento", weight: 2}, {text: "lista d'attesa", weight: 1.5},
	// renting in the other words of the languages: "ha scelto un altro
	// inquilino per il bilocale", "Ufficio Locazioni"
	{text: "affitti", weight: 2}, {text: "inquilino", weight: 2}, {text: "inquilina", weight: 2},
	// a child's school writes to the parent: "Dear Parent/Guardian, ... we are
	// delighted to offer Jamie a place"
	{text: "dear parent*", weight: 2}, {text: "parent guardian", weight: 2}, {text: "parents guardians", weight: 2},
	// and in the other languages, with a place for the child or a degree
	// course: "Platzangebot für Ihr Kind", "Resultado da candidatura -
	// Mestrado em Ciência de Dados", "shortlisted for the MS in Data Science"
	{text: "ihr kind", weight: 2}, {text: "ihres kindes", weight: 2}, {text: "votre enfant", weight: 2},
	{text: "platzangebot", weight: 2}, {text: "mestrado", weight: 2}, {text: "doutoramento", weight: 2},
	// a Brazilian course's or scholarship's selection, a condominium's
	// assembly, a city's boards and commissions (r79)
	{text: "mba em", weight: 2}, {text: "pós-graduação", weight: 2}, {text: "vestibular", weight: 2},
	{text: "bolsa de estudo", weight: 2}, {text: "bolsas de estudo", weight: 2}, {text: "bolsa integral", weight: 2},
	{text: "especialização em", weight: 1.5}, {text: "condomínio", weight: 2},
	{text: "condôminos", weight: 2}, {text: "síndico", weight: 1.5}, {text: "síndica", weight: 1.5},
	{text: "boards and commissions", weight: 2.5}, {text: "board and commission", weight: 2.5}, {text: "serve on the", weight: 2},
	// a master's admission, a photo contest and an accelerator in the
	// other languages (r80): "De toelatingscommissie heeft je aanvraag
	// beoordeeld ... niet toegelaten tot de opleiding", "la giuria del
	// concorso fotografico", "tu proyecto no fue seleccionado ... programa
	// de aceleración"
	{text: "masteropleiding", weight: 2}, {text: "toelatingscommissie", weight: 2}, {text: "studielink", weight: 2},
	{text: "máster universitario", weight: 2}, {text: "preinscripción", weight: 2}, {text: "année universitaire", weight: 2},
	{text: "commission pédagogique", weight: 2}, {text: "mon master", weight: 2}, {text: "concorso fotografico", weight: 2},
	{text: "giuria", weight: 1.5}, {text: "gentile partecipante", weight: 2}, {text: "programa de aceleración", weight: 2.5},
	{text: "tu proyecto", weight: 1.5}, {text: "cohorte", weight: 2}, {text: "comité académico", weight: 1.5},
	// an association's or residents' election: "candidature au poste de
	// trésorier ... assemblée générale", "su candidatura a la junta de
	// vecinos" (r80)
	{text: "assemblée générale", weight: 2}, {text: "junta de vecinos", weight: 2}, {text: "junta directiva", weight: 1.5},
	{text: "asamblea", weight: 1.5},
	{text: "masters programme", weight: 2}, {text: "ms program", weight: 2}, {text: "ms programme", weight: 2},
	// a council's building control: "Permit application BLD-27-004419 -
	// Approved ... pay the outstanding permit fee"
	{text: "permit fee", weight: 2}, {text: "building permit", weight: 2}, {text: "planning permission", weight: 2}, {text: "planning application", weight: 2},
	// Swedish, Danish, Norwegian: a course's admission, a flat, a school
	// place ("ansøgning om optagelse på Danskuddannelse 3", "venteliste")
	{text: "optagelse", weight: 2}, {text: "antagning", weight: 2}, {text: "opptak", weight: 2}, {text: "venteliste", weight: 1.5},
	{text: "väntelista", weight: 1.5}, {text: "lägenhet*", weight: 2}, {text: "lejlighed*", weight: 2}, {text: "leilighet*", weight: 2},
	{text: "hyresvärd", weight: 2}, {text: "udlejer", weight: 2}, {text: "utleier", weight: 2}, {text: "förskoleplats", weight: 2},
	{text: "barnehageplass", weight: 2}, {text: "børnehave", weight: 2}, {text: "bostad", weight: 2}, {text: "bostaden", weight: 2},
	{text: "hyreskontrakt*", weight: 2}, {text: "lejekontrakt*", weight: 2}, {text: "leiekontrakt*", weight: 2},
	{text: "boligen", weight: 1.5},
	// a registration for a course or an event ("Takk for påmeldingen til
	// GWO Basic Safety Training ... Kurset er dessverre fulltegnet")
	{text: "påmeldingen", weight: 2}, {text: "tilmeldingen", weight: 2}, {text: "fulltegnet", weight: 1.5},
	{text: "fulltecknad", weight: 1.5}, {text: "fuldtegnet", weight: 1.5},
	{text: "locazione", weight: 2}, {text: "locazioni", weight: 2}, {text: "bilocale", weight: 2}, {text: "trilocale", weight: 2},
	{text: "monolocale", weight: 2}, {text: "immobili", weight: 1.5}, {text: "arrendatario", weight: 2}, {text: "locatário", weight: 2},
	{text: "mieter", weight: 2}, {text: "huurwoning", weight: 2},
	{text: "aluguel", weight: 2}, {text: "imóvel", weight: 2}, {text: "apartamento", weight: 2}, {text: "cartão", weight: 1.5},
	{text: "crédito", weight: 1}, {text: "escola", weight: 1.5}, {text: "scuola", weight: 1.5}, {text: "école", weight: 1.5},
	{text: "schule", weight: 1.5}, {text: "booking", weight: 1}, {text: "reservation", weight: 1}, {text: "flight", weight: 1.5},
	{text: "leasing", weight: 2}, {text: "application fee", weight: 2}, {text: "move in date", weight: 2}, {text: "move in day", weight: 2}, {text: "apt", weight: 1.5},
	{text: "floor plan*", weight: 2}, {text: "residences", weight: 1.5}, {text: "property management", weight: 2},
	// grants, refunds, visas and choirs in the other languages too: "votre
	// projet n'a pas été retenu pour un financement", "votre demande de
	// remboursement", "no podemos ofrecerte un lugar en el coro"
	// a place as a volunteer (r19): "merci pour ta candidature pour
	// rejoindre l'équipe des bénévoles", "your volunteer application";
	// not the English word alone, which a charity's job mail has too
	// ("our volunteers", "Volunteer Coordinator")
	{text: "bénévole", weight: 2}, {text: "bénévoles", weight: 2}, {text: "bénévolat", weight: 2},
	{text: "vrijwilliger", weight: 2}, {text: "vrijwilligers", weight: 2}, {text: "vrijwilligerswerk", weight: 2},
	{text: "voluntariado", weight: 2}, {text: "volontariato", weight: 2}, {text: "ammissione", weight: 2},
	{text: "ehrenamt", weight: 2}, {text: "ehrenamtlich*", weight: 2}, {text: "volunteer application", weight: 2},
	// a customer's word on the reader's quote for a job of work: "Thank you
	// for the detailed quote on the deck ... we've decided to go with
	// another contractor"
	{text: "your quote", weight: 2}, {text: "the quote", weight: 1.5}, {text: "detailed quote", weight: 2},
	{text: "your price", weight: 1.5},
	// and the customer asking for the work: "Are you able to fit a job in
	// for us sometime next week? ... roughly what it might cost?"
	{text: "fit a job in", weight: 2.5}, {text: "what it might cost", weight: 2}, {text: "what it would cost", weight: 2},
	// an application to volunteer, said so: "grazie per esserti candidato
	// come volontario per la Mezza Maratona" (a volunteer's experience,
	// "come volontario" alone, is no such application)
	{text: "candidato come volontario", weight: 2.5}, {text: "candidata come volontaria", weight: 2.5},
	{text: "candidatura come volontari*", weight: 2.5}, {text: "candidatura como voluntari*", weight: 2.5},
	{text: "inscripción como voluntari*", weight: 2.5}, {text: "inscrição como voluntári*", weight: 2.5},
	{text: "apply as a volunteer", weight: 2.5}, {text: "applied as a volunteer", weight: 2.5},
	{text: "applying as a volunteer", weight: 2.5}, {text: "signed up as a volunteer", weight: 2.5},
	{text: "signing up as a volunteer", weight: 2.5},
	{text: "apply to volunteer", weight: 2}, {text: "applying to volunteer", weight: 2}, {text: "applied to volunteer", weight: 2},
	{text: "your volunteer", weight: 2}, {text: "volunteer with us", weight: 2},
	// the rota sent to the volunteers themselves: "Hi volunteers! ... Here's
	// the July schedule", "all volunteers working with children"
	{text: "hi volunteers", weight: 2}, {text: "dear volunteers", weight: 2}, {text: "all volunteers", weight: 2},
	{text: "volunteer schedule", weight: 2}, {text: "volunteer rota", weight: 2},
	{text: "bourse", weight: 1.5}, {text: "financement", weight: 1.5}, {text: "subvention", weight: 2}, {text: "beca", weight: 2},
	{text: "subvención", weight: 2}, {text: "financiación", weight: 1.5}, {text: "borsa di studio", weight: 2},
	{text: "finanziamento", weight: 1.5}, {text: "stipendium", weight: 2.5}, {text: "stipendien", weight: 2.5}, {text: "fördermittel", weight: 2},
	// a master's place taken up by enrolling and paying its fee, in Italian
	// (r48): "accettare il posto ... Immatricolazioni Master ... versare la
	// prima rata della quota di partecipazione", "borse di studio"
	{text: "immatricolazione", weight: 2}, {text: "immatricolazioni", weight: 2}, {text: "quota di partecipazione", weight: 1.5}, {text: "borse di studio", weight: 2},
	{text: "quota de inscrição", weight: 1.5}, {text: "matrícula", weight: 1.5}, {text: "frais de scolarité", weight: 2},
	{text: "studiengebühr*", weight: 2}, {text: "collegegeld", weight: 2},
	// a mortgage and a flat in the other words people use: "uw
	// hypotheekaanvraag", "this property", "two-bedroom apartments"
	{text: "hypotheek", weight: 2.5}, {text: "hypothek", weight: 2.5}, {text: "hipoteca", weight: 2.5},
	{text: "mutuo", weight: 2}, {text: "apartments", weight: 2}, {text: "this property", weight: 1.5},
	{text: "real estate", weight: 2}, {text: "bedroom", weight: 1.5},
	// a paper submitted for publication: "we regret to inform you that
	// your manuscript has not been accepted"
	// (not "your submission" or "reviewers": a take-home has them too)
	{text: "manuscript", weight: 2.5}, {text: "your paper", weight: 2.5}, {text: "peer review", weight: 2},
	{text: "proceedings", weight: 2},
	{text: "camera ready", weight: 2}, {text: "tryout", weight: 2}, {text: "tryouts", weight: 2}, {text: "try outs", weight: 2},
	// a place on a course: "Your application to MSc Health Economics"
	{text: "msc", weight: 1.5}, {text: "postgraduate", weight: 1.5}, {text: "undergraduate", weight: 1.5},
	{text: "tuition", weight: 1.5}, {text: "degree programme", weight: 2}, {text: "degree program", weight: 2},
	{text: "master's programme", weight: 2}, {text: "master's program", weight: 2},
	// and in German: "können wir Ihnen leider keinen Studienplatz im
	// Zertifikatsprogramm anbieten"
	{text: "studienplatz", weight: 2.5}, {text: "studiengang", weight: 2}, {text: "zertifikatsprogramm", weight: 2},
	{text: "zertifikatslehrgang", weight: 2}, {text: "zulassungskommission", weight: 2}, {text: "masterstudiengang", weight: 2.5},
	// a place in childcare: "wir können Ihnen leider keinen
	// Betreuungsplatz anbieten", "a nursery place for September"
	{text: "childcare", weight: 2}, {text: "daycare", weight: 2}, {text: "nursery place", weight: 2}, {text: "nursery", weight: 1.5},
	{text: "kita", weight: 2}, {text: "kitaplatz", weight: 2}, {text: "betreuungsplatz", weight: 2}, {text: "kindergarten", weight: 1.5},
	{text: "krippe", weight: 2}, {text: "crèche", weight: 2}, {text: "creche", weight: 2}, {text: "guardería", weight: 2},
	{text: "asilo nido", weight: 2}, {text: "kinderopvang", weight: 2}, {text: "kinderdagverblijf", weight: 2},
	{text: "förderrunde", weight: 2}, {text: "förderprogramm*", weight: 2}, {text: "bursary", weight: 2.5}, {text: "bursaries", weight: 2.5},
	{text: "förderantrag", weight: 2}, {text: "subsidie", weight: 2}, {text: "bolsa de estudos", weight: 2},
	{text: "financiamento", weight: 1.5}, {text: "refund", weight: 2}, {text: "remboursement", weight: 2},
	{text: "reembolso", weight: 2}, {text: "devolução", weight: 2}, {text: "rimborso", weight: 2}, {text: "rückerstattung", weight: 2},
	{text: "erstattung", weight: 1.5}, {text: "terugbetaling", weight: 2}, {text: "billet", weight: 1.5},
	{text: "vuelo", weight: 1.5}, {text: "volo", weight: 1.5}, {text: "flug", weight: 1.5}, {text: "vlucht", weight: 1.5},
	{text: "visa application", weight: 2}, {text: "embassy", weight: 2}, {text: "embajada", weight: 2},
	{text: "ambassade", weight: 2}, {text: "botschaft", weight: 2}, {text: "consulado", weight: 2}, {text: "consolato", weight: 2},
	{text: "konsulat", weight: 2}, {text: "choir", weight: 2}, {text: "coro", weight: 1.5}, {text: "chorale", weight: 2},
	{text: "chor", weight: 1.5}, {text: "koor", weight: 1.5},
	// r73: what a writer, a founder or an artist submits, and its decision
	// in hiring's words: a startup accelerator's and investors'
	// passes, a literary agent's list, a hackathon's placings, a guest
	// post's editorial calendar, a photo competition's entries, a
	// mentoring programme's matches, a scholarship call's "becas"
	{text: "startup accelerator", weight: 2.5}, {text: "pre-seed", weight: 2.5},
	{text: "term sheet", weight: 2.5}, {text: "the deck", weight: 1.5}, {text: "your deck", weight: 2},
	{text: "for my list", weight: 2.5}, {text: "literary", weight: 2}, {text: "publishing", weight: 1.5}, {text: "query letter", weight: 2.5},
	{text: "hackathon", weight: 2.5}, {text: "hacking with us", weight: 2.5}, {text: "didn't place", weight: 2}, {text: "editorial calendar", weight: 2.5},
	{text: "guest post", weight: 2.5}, {text: "guest piece", weight: 2.5}, {text: "fotowettbewerb", weight: 2.5},
	{text: "wettbewerb", weight: 1.5}, {text: "einreichung", weight: 2}, {text: "einsendungen", weight: 2}, {text: "open call", weight: 2},
	{text: "writing residency", weight: 2.5}, {text: "artist residency", weight: 2.5}, {text: "résidence d'écriture", weight: 2.5},
	{text: "résidence d'artiste", weight: 2.5}, {text: "mentee", weight: 2.5}, {text: "mentees", weight: 2.5},
	{text: "match you with a mentor", weight: 3}, {text: "mentorship program", weight: 2.5}, {text: "mentorship programme", weight: 2.5},
	// r77: a child's academy trial, a hunting draw, a community garden's
	// plots, all decided in hiring's words
	// a members' trust electing its board (r77): "four candidates are
	// standing for three vacancies ... vote online"
	{text: "board elections", weight: 3}, {text: "vote online", weight: 3}, {text: "voting is now open", weight: 3},
	{text: "academy trial", weight: 2.5}, {text: "pre-academy", weight: 2.5}, {text: "controlled hunt", weight: 3},
	{text: "preference point", weight: 3}, {text: "garden plot", weight: 3}, {text: "community garden", weight: 3},
	{text: "allotment", weight: 2},
	{text: "mentoring program", weight: 2.5}, {text: "mentoring programme", weight: 2.5}, {text: "volunteer mentors", weight: 2.5}, {text: "convocatoria de becas", weight: 2.5}, {text: "payout method", weight: 3},
	{text: "su propuesta", weight: 1.5}, {text: "tu propuesta", weight: 1.5},
	// a travel fund's award and a science fund's call (r87): "Thank you
	// for applying to the Graduate Student Travel Award", "Estimado(a)
	// proponente ... una vez concluido el proceso de evaluación por pares"
	{text: "travel award", weight: 2.5}, {text: "travel fund", weight: 2}, {text: "travel grant", weight: 2.5},
	// a design award's jury (r88): "Jury comments will be available in your
	// entrant dashboard ... at the awards night"
	{text: "entrant", weight: 2}, {text: "awards night", weight: 2}, {text: "design awards", weight: 2},
	{text: "proponente", weight: 2}, {text: "evaluación por pares", weight: 2}, {text: "recibir apoyo", weight: 1.5},
	{text: "painel de avaliação", weight: 2}, {text: "investigador responsável", weight: 2.5}, {text: "investigadora responsável", weight: 2.5},
	// pet adoption and renting in German, which two and three rounds of
	// writers chose for a "not the right match" that is no job: "your
	// application to adopt Biscuit", "Ihre Bewerbung für die Wohnung ...
	// Hausverwaltung"
	{text: "adopt", weight: 2}, {text: "adoption", weight: 2}, {text: "adopting", weight: 2}, {text: "foster", weight: 1.5},
	{text: "rescue", weight: 1}, {text: "puppy", weight: 2}, {text: "kitten", weight: 2}, {text: "grant", weight: 1},
	{text: "hausverwaltung", weight: 2}, {text: "vermietung", weight: 2}, {text: "mietinteressent*", weight: 2},
	{text: "nachmieter", weight: 2}, {text: "kaltmiete", weight: 2}, {text: "warmmiete", weight: 2},
	// the reader's current employer's HR system (its "payroll portal"; not
	// "payroll" alone, which a new employer's onboarding names as often:
	// "add your bank account for payroll", "on our own payroll", r63)
	{text: "payslip*", weight: 3}, {text: "pay slip*", weight: 3}, {text: "payroll portal", weight: 2}, {text: "pay stub", weight: 3},
	{text: "performance review", weight: 3}, {text: "self evaluation", weight: 3}, {text: "open enrollment", weight: 3},
	{text: "open enrolment", weight: 3}, {text: "benefits enrolment", weight: 3}, {text: "benefits enrollment", weight: 3},
	{text: "timesheet", weight: 2}, {text: "expense report", weight: 2}, {text: "your manager will", weight: 2},
	// and its staffing office's open shifts: "OPEN SHIFT - FIRST COME, FIRST
	// SERVED ... Incentive: Critical shift differential + $150 pickup bonus"
	{text: "open shift", weight: 2}, {text: "pickup bonus", weight: 2}, {text: "request shift", weight: 2},
}

// thirdPartyTerms put the reader on the employer's side of someone else's
// hiring: an interviewer, a referee, a referrer, a friend telling news.
var thirdPartyTerms = []term{
	{text: "your scorecard", weight: 3}, {text: "submit scorecard*", weight: 2}, {text: "scorecards in", weight: 2},
	{text: "interview kit", weight: 3}, {text: "you interviewed", weight: 2.5}, {text: "join the panel", weight: 2},
	// "Can you sit in on Thursday's interview?": the reader beside the
	// interviewers
	{text: "sit in on", weight: 2.5}, {text: "sit in for", weight: 2},
	{text: "sit on the panel", weight: 2.5}, {text: "cover a panel", weight: 2.5}, {text: "be on the panel", weight: 2},
	// a colleague's panel the reader is asked onto (r86): "would you be
	// willing to sit on two interview panels with me?", "put one teaching
	// staff member on the panel", "abbiamo il colloquio tecnico con la
	// candidata ... la scheda di valutazione"
	{text: "interview panels with me", weight: 2.5}, {text: "staff member on the panel", weight: 2.5},
	{text: "scheda di valutazione", weight: 2},
	{text: "colloquio con la candidata", weight: 2}, {text: "colloquio con il candidato", weight: 2},
	{text: "colloquio tecnico con la candidata", weight: 2}, {text: "colloquio tecnico con il candidato", weight: 2},
	{text: "entrevista con el candidato", weight: 2}, {text: "entrevista con la candidata", weight: 2},
	{text: "entretien avec le candidat", weight: 2}, {text: "entretien avec la candidate", weight: 2},
	{text: "gespräch mit dem kandidaten", weight: 2}, {text: "gespräch mit der kandidatin", weight: 2},
	// the reader screening for a friend's company and telling the others
	// (r11): "thanks again for running the tech screens for us ... drop a
	// short note to the other two, letting them know we won't be moving
	// forward"
	{text: "screens for us", weight: 2.5}, {text: "letting them know we", weight: 2},
	// "Can you please take his technical round on Thursday? Harish will be
	// second panelist ... the scorecard template"
	{text: "take his", weight: 1}, {text: "take her", weight: 1}, {text: "second panelist", weight: 2.5},
	{text: "scorecard template", weight: 2.5},
	// the reader as an interviewer: handed a panelist's slot and the
	// scorecard ("Could you take her slot? ... the scorecard is already in
	// Greenhouse", "Could you run the system design round on Thursday?
	// Recruiting will send you the scorecard")
	{text: "her slot", weight: 2}, {text: "his slot", weight: 2}, {text: "send you the scorecard", weight: 3},
	{text: "scorecard is already", weight: 2.5}, {text: "could you run the", weight: 1.5}, {text: "can you run the", weight: 1.5},
	// "could you join the onsite panel for the senior backend candidate ...
	// scorecard in Greenhouse afterwards", "scorecards for last week's two
	// candidates are still open"
	{text: "scorecard in", weight: 2}, {text: "scorecards for", weight: 2}, {text: "onsite panel for", weight: 2},
	// the reader hiring for their own team, to a colleague (r64: "strong
	// hire from me ... I'll send my written feedback in Greenhouse
	// tonight", "Could you take the system design interview with Jordan
	// K.? ... Feedback in the scorecard by Friday noon")
	{text: "hire from me", weight: 2.5}, {text: "in the scorecard", weight: 2.5},
	{text: "feedback in greenhouse", weight: 2.5}, {text: "get an offer to her", weight: 2.5},
	{text: "get an offer to him", weight: 2.5}, {text: "could you take the", weight: 1.5}, {text: "can you take the", weight: 1.5},
	// a friend's application the reader helps with: "Send it tonight,
	// their posting closes Friday. And tell me when you get the interview"
	{text: "when you get the interview", weight: 2.5}, {text: "their posting", weight: 2},
	// the reader's eye asked on someone else's shortlist: "could you give each
	// a quick score (1-5) and a line on whether you'd interview them?"; a
	// friend asking to be referred: "passing my CV along", "putting me in
	// touch with the recruiter you dealt with"
	{text: "you'd interview them", weight: 2.5}, {text: "you would interview them", weight: 2.5}, {text: "your eye on", weight: 1.5},
	{text: "passing my cv along", weight: 2.5}, {text: "pass my cv along", weight: 2.5}, {text: "pass my cv on", weight: 2.5},
	{text: "putting me in touch with the recruiter", weight: 2.5}, {text: "put me in touch with the recruiter", weight: 2.5},
	{text: "didn't you interview at", weight: 2.5},
	{text: "could you cover the", weight: 1.5}, {text: "can you cover the", weight: 1.5},
	// a friend asking about the reader's interview: no employer writes it
	{text: "how did the interview go", weight: 3}, {text: "how did your interview go", weight: 3},
	{text: "how'd the interview go", weight: 3}, {text: "how was the interview", weight: 3},
	{text: "on the hiring team", weight: 3}, {text: "on the interview panel", weight: 2}, {text: "an interviewer", weight: 2.5},
	{text: "interviewer training", weight: 3}, {text: "structured interviewing", weight: 2}, {text: "refer a candidate", weight: 3},
	{text: "referral bonus", weight: 3}, {text: "referral", weight: 1.5}, {text: "for referring", weight: 3}, {text: "referring", weight: 1.5},
	{text: "listed you as", weight: 3}, {text: "as a reference", weight: 2.5}, {text: "as a referee", weight: 2.5},
	// a student or a colleague asking the reader for a letter (r48):
	// "Would you be willing to write a letter for me?"
	{text: "write a letter for me", weight: 2.5}, {text: "write me a letter", weight: 2.5},
	{text: "write me a reference", weight: 2.5}, {text: "write a reference for me", weight: 2.5},
	{text: "write me a recommendation", weight: 2.5}, {text: "write a recommendation for me", weight: 2.5},
	{text: "be one of my references", weight: 2.5}, {text: "be one of my referees", weight: 2.5},
	// a letter asked of the reader for someone else's search (r70): "I'm
	// going on the academic job market this fall ... whether you'd be
	// willing to write one of my letters"
	{text: "write one of my letters", weight: 2.5}, {text: "letter of recommendation for me", weight: 2.5},
	{text: "going on the job market", weight: 2}, {text: "going on the academic job market", weight: 2},
	{text: "candidate has been notified", weight: 3}, {text: "no hire", weight: 3}, {text: "lean hire", weight: 3},
	// an ATS asking the reader, an interviewer, for a verdict on someone
	// (r48): "Please submit your interview feedback ... Rate the
	// candidate ... your overall recommendation"; not "strong hire",
	// which a recruiter quotes to the reader from their own feedback
	{text: "submit your interview feedback", weight: 3}, {text: "submit your feedback on", weight: 2},
	{text: "interview feedback for", weight: 2}, {text: "rate the candidate", weight: 2.5},
	{text: "your overall recommendation", weight: 2.5},
	{text: "lean no", weight: 2}, {text: "hiring sync", weight: 2}, {text: "debrief summary", weight: 2},
	// the reader on the panel of someone else's interview (r57): "could
	// you join the technical part of her interview", "you interviewed
	// her, are you comfortable", "you sat in on the Keller interview"
	{text: "her interview", weight: 2}, {text: "his interview", weight: 2}, {text: "you interviewed her", weight: 3},
	{text: "you interviewed him", weight: 3}, {text: "you sat in on", weight: 2.5}, {text: "haar gesprek", weight: 2},
	{text: "zijn gesprek", weight: 2}, {text: "son entretien", weight: 2},
	{text: "interview him", weight: 2}, {text: "interview her", weight: 2}, {text: "interviewing him", weight: 2},
	{text: "interviewing her", weight: 2}, {text: "get back to him", weight: 2}, {text: "get back to her", weight: 2},
	{text: "rejection note", weight: 2}, {text: "send the rejection", weight: 2}, {text: "fourth interviewer", weight: 2},
	{text: "entrevistar a una candidata", weight: 3}, {text: "entrevistar a un candidato", weight: 3},
	{text: "mock interview", weight: 2}, {text: "finally got back to me", weight: 2}, {text: "finally heard back", weight: 2},
	{text: "heard back from the place", weight: 2}, {text: "how's your search", weight: 2}, {text: "your search going", weight: 2},
	{text: "panel for the", weight: 1}, {text: "on panels", weight: 2}, {text: "interviewers", weight: 1},
	// the reader as the hiring manager or an interviewer in German and
	// Portuguese (r79): "bei der du als Hiring Manager eingetragen bist
	// ... Bitte bewerte die Bewerbung", "ich würde gern deine Einschätzung
	// zu ihrem SQL hören", "Você consegue entrar como entrevistador na
	// banca?"
	{text: "als hiring manager eingetragen", weight: 3}, {text: "bewerte die bewerbung", weight: 2.5},
	{text: "bewerten sie die bewerbung", weight: 2.5}, {text: "deine einschätzung zu ihr", weight: 2.5},
	{text: "deine einschätzung zu ihm", weight: 2.5}, {text: "deine einschätzung zu ihrem", weight: 2.5},
	{text: "deine einschätzung zu seinem", weight: 2.5}, {text: "como entrevistador", weight: 2.5},
	{text: "como entrevistadora", weight: 2.5}, {text: "formulário de avaliação", weight: 1},
	// and in Dutch, Italian and Spanish (r80): "als jij in het panel
	// plaatsneemt ... het beoordelingsformulier", "la candidata che mi è
	// piaciuta di più ... riesci a farlo tu con Marco?", "¿Podrías hacer
	// tú las entrevistas técnicas? ... los cuadro con los candidatos"
	{text: "in het panel plaatsneemt", weight: 2.5}, {text: "beoordelingsformulier", weight: 1.5},
	{text: "la candidata che mi è piaciuta", weight: 2.5}, {text: "il candidato che mi è piaciuto", weight: 2.5},
	{text: "hacer tú las entrevistas", weight: 2.5}, {text: "con los candidatos", weight: 1},
	{text: "reunión de calibración", weight: 2},
	// and in English, a seat at a hiring day's tables or a second
	// interviewer's (r81): "could you sit on one of the interview tables",
	// "could you sit on the technical panel with me", "could you please join
	// as second interviewer"
	{text: "sit on one of the interview", weight: 2.5}, {text: "sit on the technical panel", weight: 2.5},
	{text: "need interviewers", weight: 2.5}, {text: "second interviewer", weight: 2.5},
	// the reader's own scores and the hire who joins the reader's team
	// (r83): "thanks for sitting on the panels ... Alex, you interviewed
	// candidates 3 and 5", "we're confirmed for a June 1 start on your team"
	{text: "sitting on the panel", weight: 2.5}, {text: "sitting on the panels", weight: 2.5},
	{text: "you interviewed candidate*", weight: 2.5}, {text: "start on your team", weight: 2.5},
	// a friend or mentor asking how the search goes, and thanking the
	// reader for referring them: "looking forward to hearing how the job
	// hunt is going", "THANK YOU for the referral!!"
	{text: "how the job hunt is going", weight: 3}, {text: "how your job hunt is going", weight: 3},
	{text: "how the job search is going", weight: 3}, {text: "how your job search is going", weight: 3},
	{text: "for the referral", weight: 3},
	{text: "has applied for", weight: 2}, {text: "has applied", weight: 1.5},
	{text: "hiring team for this", weight: 3},
	{text: "declined the offer", weight: 2}, {text: "the offer for", weight: 1}, {text: "offer approved", weight: 3},
	{text: "is no longer under consideration", weight: 2},
	{text: "references from people", weight: 2}, {text: "a reference for me", weight: 2.5}, {text: "be a reference", weight: 2.5},
	{text: "be my reference", weight: 3}, {text: "be a referee", weight: 2.5}, {text: "be my referee", weight: 3}, {text: "my references", weight: 2}, {text: "one of my references", weight: 3},
	{text: "favor to ask", weight: 1.5}, {text: "i got the job", weight: 2.5}, {text: "i got the offer", weight: 2.5},
	{text: "i got it", weight: 1}, {text: "offer from", weight: 1.5},
	// the writer's own offer, told to the reader as news (r57: "ME HAN
	// HECHO UNA OFERTA!!! Empiezo en julio")
	{text: "me han hecho una oferta", weight: 2.5}, {text: "me hicieron una oferta", weight: 2.5},
	{text: "me han ofrecido el puesto", weight: 2.5}, {text: "mi hanno offerto il posto", weight: 2.5},
	{text: "mi hanno fatto un'offerta", weight: 2.5}, {text: "me fizeram uma proposta", weight: 2.5},
	{text: "they offered me the job", weight: 2.5}, {text: "they've offered me the job", weight: 2.5},
	// the reader's scorecard and the rejection mail to candidates in the
	// other languages ("kun jij je scorecards invullen", "de
	// afwijzingsmail"), an ATS's reject button, a staffing firm's pitch
	// to the reader as the one hiring ("your open Data Engineer req",
	// "pre-vetted candidates", "our fee is only payable if you hire")
	{text: "je scorecard*", weight: 3}, {text: "jouw scorecard*", weight: 3}, {text: "ihre scorecard*", weight: 3},
	{text: "deine scorecard*", weight: 3}, {text: "votre scorecard*", weight: 3}, {text: "ta scorecard*", weight: 3},
	{text: "tu scorecard*", weight: 3}, {text: "la tua scorecard*", weight: 3}, {text: "sua scorecard*", weight: 3},
	{text: "afwijzingsmail", weight: 2}, {text: "absagemail", weight: 2}, {text: "mail de refus", weight: 2},
	{text: "correo de rechazo", weight: 2}, {text: "email di rifiuto", weight: 2}, {text: "rejection email", weight: 2},
	{text: "reject button", weight: 3}, {text: "your req", weight: 3},
	{text: "pre vetted", weight: 2}, {text: "if you hire", weight: 2}, {text: "your hiring needs", weight: 3},
	// someone else's papers and the interviewers' kit, handed to the
	// reader who is to interview them ("I'll send you her CV and our
	// question list", "Interview guide and scoring rubric are in the
	// Teams folder", "ich schick dir ... ihren Lebenslauf und unseren
	// Fragenkatalog", "je t'envoie son CV et mes notes"): writers of nearly
	// every round wrote the reader's own workplace hiring someone else
	// (family "papers": in a forward the CV named is the reader's, thirdPartyHits)
	{text: "her cv", weight: 2.5, fam: "papers"}, {text: "his cv", weight: 2.5, fam: "papers"},
	{text: "her resume", weight: 2.5, fam: "papers"}, {text: "his resume", weight: 2.5, fam: "papers"},
	{text: "their cv", weight: 1.5, fam: "papers"}, {text: "the candidate's cv", weight: 2.5, fam: "papers"},
	{text: "the candidate's resume", weight: 2.5, fam: "papers"}, {text: "ihren lebenslauf", weight: 2.5, fam: "papers"},
	{text: "seinen lebenslauf", weight: 2.5, fam: "papers"}, {text: "son cv et", weight: 1.5, fam: "papers"},
	{text: "haar cv", weight: 2.5, fam: "papers"}, {text: "zijn cv", weight: 2.5, fam: "papers"},
	{text: "scoring rubric", weight: 2.5}, {text: "interview guide", weight: 2}, {text: "fragenkatalog", weight: 2},
	{text: "interviewleitfaden", weight: 2.5}, {text: "scorekaart", weight: 2.5}, {text: "grille d'évaluation", weight: 2},
	{text: "einspringen", weight: 1.5},
	// a seat on someone else's panel in the other languages: "¿te puedes
	// sumar al panel?", "fazer parte da banca", "siéger au jury"
	{text: "sumar al panel", weight: 2.5}, {text: "sumarte al panel", weight: 2.5}, {text: "formar parte del panel", weight: 2},
	{text: "estar en el panel", weight: 2}, {text: "fazer parte da banca", weight: 2.5}, {text: "participar da banca", weight: 2.5},
	{text: "siéger au jury", weight: 2.5}, {text: "faire partie du jury", weight: 2},
	// a friend's own search told to the reader: "Got the interview at
	// Lincoln, it's tomorrow at 10 ... Wish me luck"
	{text: "wish me luck", weight: 2.5}, {text: "i got the interview", weight: 2.5},
	// and the reader asked to be their referee in the other languages:
	// "pediram-me duas referências. Posso dar o teu contacto?", "¿puedo
	// darles tu contacto?", "darf ich dich als Referenz angeben?"
	{text: "posso dar o teu contacto", weight: 3}, {text: "posso dar o teu contato", weight: 3},
	{text: "posso dar o seu contato", weight: 3}, {text: "pediram-me referências", weight: 2.5},
	{text: "pediram-me duas referências", weight: 3}, {text: "puedo darles tu contacto", weight: 3},
	{text: "puedo dar tu contacto", weight: 3}, {text: "me pidieron referencias", weight: 2.5},
	{text: "me han pedido referencias", weight: 2.5}, {text: "je peux donner ton contact", weight: 3},
	{text: "donner tes coordonnées", weight: 2.5}, {text: "m'ont demandé des références", weight: 2.5},
	{text: "dich als referenz", weight: 3}, {text: "sie als referenz", weight: 2.5}, {text: "posso dare il tuo contatto", weight: 3},
	{text: "te als referentie", weight: 3}, {text: "jou als referentie", weight: 3}, {text: "come mia referenza", weight: 3},
	// the reader leaving their current job: "I've passed your resignation
	// to HR and confirmed your last working day ... a short exit interview"
	{text: "your resignation", weight: 3}, {text: "exit interview", weight: 2.5}, {text: "your last working day", weight: 2.5},
}

// selfCandTerms make the reader the candidate.
var selfCandTerms = []term{
	{text: "your application", weight: 2}, {text: "your candidacy", weight: 2}, {text: "your candidature", weight: 2},
	{text: "you applied", weight: 2}, {text: "thank you for applying", weight: 2}, {text: "thanks for applying", weight: 2},
	{text: "your interview", weight: 2}, {text: "your cv", weight: 1}, {text: "your resume", weight: 1}, {text: "your profile", weight: 1},
	{text: "your background", weight: 1}, {text: "offer you", weight: 2}, {text: "invite you", weight: 2},
	{text: "your availability", weight: 1}, {text: "my application", weight: 2}, {text: "i applied", weight: 2},
	{text: "i'm applying", weight: 2}, {text: "my interview", weight: 2}, {text: "my candidacy", weight: 2},
	{text: "ihre bewerbung", weight: 2}, {text: "deine bewerbung", weight: 2}, {text: "ihr profil", weight: 1},
	{text: "meine bewerbung", weight: 2}, {text: "votre candidature", weight: 2}, {text: "ta candidature", weight: 2},
	{text: "votre profil", weight: 1}, {text: "votre entretien", weight: 2}, {text: "ma candidature", weight: 2},
	{text: "tu candidatura", weight: 2}, {text: "su candidatura", weight: 2}, {text: "tu postulación", weight: 2},
	{text: "tu perfil", weight: 1}, {text: "su perfil", weight: 1}, {text: "tu entrevista", weight: 2}, {text: "mi candidatura", weight: 2},
	{text: "tua candidatura", weight: 2}, {text: "sua candidatura", weight: 2}, {text: "tuo profilo", weight: 1},
	{text: "suo profilo", weight: 1}, {text: "tuo colloquio", weight: 2}, {text: "mia candidatura", weight: 2},
	{text: "je sollicitatie", weight: 2}, {text: "jouw sollicitatie", weight: 2}, {text: "uw sollicitatie", weight: 2},
	{text: "gesolliciteerd", weight: 2}, {text: "je cv", weight: 1}, {text: "je profiel", weight: 1}, {text: "mijn sollicitatie", weight: 2},
	{text: "seu perfil", weight: 1}, {text: "teu perfil", weight: 1}, {text: "seu currículo", weight: 1},
	{text: "minha candidatura", weight: 2}, {text: "thank you for your application", weight: 2},
	// the reader as the one interviewed: "after your conversations", "your
	// onsite", "I'll call you to let you know where things stand"
	{text: "your conversations", weight: 1}, {text: "your onsite", weight: 2}, {text: "your loop", weight: 2},
	{text: "your final round", weight: 2}, {text: "let you know where things stand", weight: 2},
	// the reader's own interviews weighed by a committee: "your interview
	// packet went through our hiring committee", "the feedback from all
	// five of your interviews"
	{text: "your interviews", weight: 2}, {text: "your interview packet", weight: 2}, {text: "your packet", weight: 2},
	// the reader having applied, as a job board confirms it: "Te has
	// inscrito en la oferta ...", "você se candidatou", "Sie haben sich
	// beworben", "vous avez postulé"
	{text: "te has inscrito", weight: 2}, {text: "has aplicado", weight: 2}, {text: "te postulaste", weight: 2},
	{text: "te has postulado", weight: 2}, {text: "você se candidatou", weight: 2}, {text: "se candidatou", weight: 2},
	{text: "sie haben sich beworben", weight: 2}, {text: "du hast dich beworben", weight: 2}, {text: "vous avez postulé", weight: 2},
	{text: "tu as postulé", weight: 2}, {text: "ti sei candidato", weight: 2}, {text: "ti sei candidata", weight: 2},
	{text: "you've applied", weight: 2}, {text: "you have applied", weight: 2},
}

// autoTextTerms are automatic replies that are no absence notice: a
// mailbox nobody reads any more, a help desk's ticket receipt.
var autoTextTerms = termsOf([]string{
	"no longer monitored", "is no longer with", "am no longer with", "no longer works", "has left the company",
	"have left the company", "automatic reply", "automated response", "automatic response", "automatic confirmation",
	"automatische antwort", "nicht mehr betreut", "nicht mehr besetzt", "nicht mehr aktiv", "réponse automatique",
	"respuesta automática", "risposta automatica", "automatisch antwoord", "resposta automática",
	"ticket has been created", "received your request", "request received", "ticket received",
})
