package classifier

import "testing"

// TestSeventyNinthRound: what r79 brought at its arrival. Brazilian HR's
// own ways of not going on and its hiring words; a civil-service list's
// bypass and its referral; the reader's own application and withdrawal,
// whose words are not a no to the reader; a decision still to pass the
// works council; the reader as someone else's interviewer in German and
// Portuguese; a course and a scholarship as other kinds of application.
func TestSeventyNinthRound(t *testing.T) {
	checkLetterVerdicts(t, []letterVerdict{
		{"a vacancy reserved for others", "recrutamento@transnorte.com.br", "Vaga Analista de Dados Pleno (exclusiva PcD) – sua candidatura",
			"Olá, Alex, tudo bem?\n\nRecebemos sua candidatura para a vaga de Analista de Dados Pleno.\n\nEsta oportunidade é " +
				"exclusiva para pessoas com deficiência. Como não identificamos no seu cadastro a indicação de deficiência, não " +
				"conseguimos dar andamento à sua candidatura nesta vaga.\n\nAtenciosamente,\nEquipe de Seleção",
			true, StageRejected},
		{"a CV not taken up", "selecao@alicerce.com.br", "Retorno - Analista de Custos Sr",
			"Bom dia Alex,\n\nReferente a vaga de Analista de Custos Sr, informamos que não será possível aproveitar o seu " +
				"currículo neste processo, pois buscamos profissional com registro no CREA.\n\nObrigado pela participação.\n\nSetor de Seleção",
			true, StageRejected},
		{"the offer made to another finalist", "rodrigo@nuvemazul.com.br", "Posição de Gerente de Produto – nosso retorno",
			"Oi, Alex!\n\nObrigado por ter chegado até a rodada final com a gente.\n\nNão é a notícia que eu queria te dar: o " +
				"comitê decidiu fazer a oferta para outro finalista. Foi apertado.\n\nVocê teria 15 minutinhos na semana que vem " +
				"para um feedback?\n\nUm abraço,\nRodrigo",
			true, StageRejected},
		{"a certification's bypass", "certification@csc.state.example", "Certification Disposition - OL270318 Management Information Systems Specialist",
			"Dear Candidate,\n\nYour name appeared on Certification OL270318, issued to the Department of Human Services for " +
				"the title Management Information Systems Specialist, from Eligible List S0412Z.\n\nThe appointing authority has " +
				"returned the certification and reported the following disposition for your name:\n\n  Disposition: BYPASSED\n\n" +
				"This means that the appointing authority has exercised its right to appoint another eligible from the " +
				"certification in accordance with the \"Rule of Three.\" A bypass does not remove your name from the eligible " +
				"list. Your name will remain on Eligible List S0412Z until the list expires, and you may be certified again for " +
				"future vacancies in this title.\n\nIf you believe the bypass was improper, you may file an appeal with the Civil " +
				"Service Commission within 20 days of receipt of this notice.\n\nDivision of Agency Services - Certification Unit",
			true, StageRejected},
		{"the reader's own application, which found the ad", "alex.rivera@fastmail.com", "Bewerbung: Data Engineer (m/w/d) – Graz",
			"Sehr geehrte Damen und Herren,\n\nauf Ihrer Website habe ich die Ausschreibung für einen Data Engineer am " +
				"Standort Graz gefunden. Da ich nach Österreich ziehen möchte, bewerbe ich mich mit großem Interesse.\n\n" +
				"Lebenslauf und Zeugnisse hänge ich an. Ich freue mich auf Ihre Rückmeldung.\n\nFreundliche Grüße\nAlex Rivera",
			true, ""},
		{"the reader's own withdrawal in Portuguese", "alex.rivera@fastmail.com", "Desistência do processo – Analista de Dados",
			"Olá, Marcos, bom dia!\n\nEscrevo para avisar que vou me retirar do processo seletivo para a vaga de Analista " +
				"de Dados. Recebi e aceitei uma proposta nesta semana e não seria justo seguir ocupando a agenda de vocês com " +
				"a entrevista técnica.\n\nUm abraço,\nAlex Rivera",
			true, StageWithdrawn},
		{"a choice the works council has still to hear", "personal@kesslervogt.de", "Ihre Bewerbung als Data Architect – Zwischenstand",
			"Sehr geehrter Herr Rivera,\n\ndie Fachabteilung hat sich nach den Gesprächen für einen Kandidaten bzw. eine " +
				"Kandidatin entschieden; bevor wir eine verbindliche Aussage treffen können, muss jedoch noch der Betriebsrat " +
				"beteiligt werden.\n\nIch gehe davon aus, Ihnen bis zum 16.07.2027 eine abschließende Rückmeldung geben zu " +
				"können.\n\nMit freundlichen Grüßen\nSabine Krumbholz",
			true, StageAwaitingDecision},
		{"referred to the selecting official", "no-reply@usastaffing.gov", "Application Status Update - FHWA-27-MP-0112",
			"Dear Alex Rivera,\n\nThis notice is to inform you of the status of your application for the position of " +
				"Management and Program Analyst.\n\nWe have reviewed your application and have determined that you are eligible " +
				"and among the best qualified candidates. Your application has been referred to the selecting official for " +
				"further consideration.\n\nBeing referred does not guarantee that you will be contacted for an interview or selected.",
			true, ""},
		// (a guard: the reader's own words in the original quoted under
		// a Czech header are not this message's)
		{"a Czech reply above the reader's question", "jana.horakova@moravia.example", "Re: Application – Service Desk Team Leader (German)",
			"Dobrý den pane Rivero,\n\nthank you for your e-mail and for your interest in our company.\n\nI have to inform you " +
				"that the position Service Desk Team Leader (German) has already been filled.\n\nI wish you a lot of success.\n\n" +
				"S pozdravem\nJana Horáková\nHR Business Partner\n\n---------- Původní zpráva ----------\nOd: Alex Rivera " +
				"<alex.rivera@fastmail.com>\nDatum: 30. 3. 2027 22:41\n\nDear Ms Horáková,\nI applied through your career page " +
				"on 12 March for the Service Desk Team Leader role and wanted to ask whether my application is still being considered.",
			true, StageRejected},
		{"a trainee programme's group dynamic", "talentos@grupoipe.com.br", "Você está na Dinâmica de Grupo do Trainee Ipê! Confirme sua presença",
			"Olá, Alex!\n\nParabéns! Você foi aprovado(a) na etapa de testes online e está convidado(a) para a Dinâmica de " +
				"Grupo do Programa Trainee Ipê 2028.\n\nData: terça-feira, 14/09/2027\nFormato: online, via Microsoft Teams\n\n" +
				"Por favor, confirme sua presença.\n\nTime de Atração de Talentos",
			true, ""},
		{"the hiring manager's other interviews", "juliana@lumen.com.br", "Retorno da conversa com o Eduardo",
			"Oi, Alex!\n\nO Eduardo adorou a conversa de ontem. Agora ele vai entrevistar mais dois perfis que vieram por " +
				"indicação interna.\n\nNossa expectativa é fechar tudo e te dar um retorno até o fim do mês.\n\nBeijos,\nJuliana",
			true, ""},
		{"a postgraduate course's waiting list", "atendimento@univalepaulista.edu.br", "Resultado do Processo Seletivo 2027/2 – MBA em Ciência de Dados (EAD)",
			"Prezado(a) candidato(a) ALEX RIVERA,\n\nInformamos que foi publicado o resultado final do Processo Seletivo " +
				"2027/2 para o curso MBA em Ciência de Dados.\n\nLamentamos informar que sua inscrição não atingiu a pontuação " +
				"mínima para classificação dentro do número de vagas ofertadas. Você foi posicionado(a) na lista de espera.",
			false, ""},
		{"a scholarship not awarded", "bolsas@ilec.org.br", "Resultado final - Seleção de Bolsas de Estudo 2027/2",
			"Prezado(a) Alex Rivera,\n\nAgradecemos sua inscrição no Programa de Bolsas de Estudo 2027/2 (Especialização em " +
				"Gestão Pública - bolsa integral).\n\nApós a análise da carta de motivação e da entrevista, informamos que sua " +
				"candidatura não foi contemplada nesta edição.\n\nComissão de Seleção de Bolsas",
			false, ""},
		{"the reader as a hiring manager in Personio", "noreply@mail.personio.de", "Neue Bewerbung: Werkstudent Data Analytics (m/w/d) – bitte bewerten",
			"Hallo Alex,\n\nfür die Stelle \"Werkstudent Data Analytics (m/w/d)\", bei der du als Hiring Manager eingetragen " +
				"bist, ist eine neue Bewerbung eingegangen.\n\nBitte bewerte die Bewerbung innerhalb von 5 Arbeitstagen.",
			false, ""},
		{"the reader asked for a view on a candidate", "sandra@seidel-data.example", "Zweitgespräch mit Kandidatin für Junior Data Engineer – kannst du dabei sein?",
			"Hi Alex,\n\nwir haben für die Junior-Data-Engineer-Stelle eine Kandidatin im Zweitgespräch, und ich würde gern " +
				"deine Einschätzung zu ihrem SQL hören.\n\nTermin wäre Dienstag, 14 Uhr. Passt dir das?\n\nSandra",
			false, ""},
		{"the reader on an intern panel", "gustavo@oakline.example", "Banca de entrevistas – Programa de Estágio 2027/2",
			"Oi, Alex!\n\nO RH fechou a triagem do Programa de Estágio e sobraram 14 candidatos para as entrevistas finais.\n\n" +
				"Você consegue entrar como entrevistador na banca de quinta (06/05), das 14h às 17h?\n\nValeu!\nGustavo",
			false, ""},
	})
}

// A background investigation's form, which the offer already made waits
// on, is no offer: "may result in the withdrawal of your tentative
// offer" (r79).
func TestR79FormAfterTentativeOffer(t *testing.T) {
	v := Classify(letter("no-reply@dot.example", "ACTION REQUIRED: Background Investigation Form Initiated",
		"ALEX RIVERA,\n\nThe Department of Transportation has initiated a background investigation request for you. "+
			"You are required to complete the Standard Form (SF) 85P in the eApp system.\n\nFailure to complete and "+
			"submit the form by the due date may delay your entrance on duty or result in the withdrawal of your tentative offer."))
	if !v.Job || v.Stage == StageOffer || v.Stage == StageRejected {
		t.Errorf("job %v stage %s, want job mail past the offer; reasons %q", v.Job, v.Stage, v.Reasons)
	}
}
