package draft

import (
	"strings"
	"testing"

	"github.com/hearback/hearback/classifier"
	"github.com/hearback/hearback/mailmsg"
)

// positionCase is a thread's first message as a recruiter, an ATS or an
// employer sends it, and how a draft names the job.
type positionCase struct {
	subject string
	from    string // "Name <address>"
	replyTo string // "" when none
	body    string
	mine    string // the user's reply, "" when none
	want    string // the English phrase; "the role" when nothing is named
}

// positionCases: agencies, ATS relays, in-house recruiters, German,
// French and Spanish company forms, titles with levels and locations,
// reference numbers and calendar subjects.
var positionCases = []positionCase{
	// Agencies: the employer comes from the subject or the text, never the agency.
	{"Senior Backend Engineer opportunity at Helix Pay", "Tom Archer <tom.archer@talentbridge.io>", "",
		"Hi Alex,\n\nI'm a recruiter at Talentbridge and I'm working with Helix Pay on a Senior Backend Engineer opportunity in Berlin.", "",
		"the Senior Backend Engineer role at Helix Pay"},
	{"Exciting opportunity – Staff Engineer", "Sarah Lee <sarah.lee@hays.com>", "",
		"Hi Alex,\n\nMy client, Northwind Logistics, is looking for a Staff Engineer to lead their routing platform.", "",
		"the Staff Engineer role at Northwind Logistics"},
	{"Platform Engineer (Remote, EU)", "Mark Evans <mark@techsearch-partners.co.uk>", "",
		"Hi Alex,\n\nI'm reaching out on behalf of a fast-growing fintech client who is hiring a Platform Engineer.", "",
		"the Platform Engineer role"},
	{"Re: Data Engineer role", "Priya Shah <priya@harveynash.com>", "",
		"Hi Alex,\n\nThanks for the call. Our client Globex Analytics would like to invite you to a first interview.", "",
		"the Data Engineer role at Globex Analytics"},
	{"Head of Engineering search", "Julia Brandt <jb@executive-search.de>", "",
		"Hi Alex,\n\nwe are running a confidential search for a Head of Engineering on behalf of our client.", "",
		"the Head of Engineering role"},
	{"Backend Developer (m/w/d) bei der Solaris Energie GmbH", "Lena Vogt <lena.vogt@personalwerk-recruiting.de>", "",
		"Hallo Alex,\n\nfür unseren Kunden, die Solaris Energie GmbH, suche ich einen Backend Developer (m/w/d).", "",
		"the Backend Developer role at Solaris Energie"},
	{"Opportunité : Développeur Go (H/F) – Paris", "Julien Moreau <julien@cabinet-recrutement-tech.fr>", "",
		"Bonjour Alex,\n\nNotre client, Lumière Énergie SAS, recherche un Développeur Go pour son équipe plateforme.", "",
		"the Développeur Go role at Lumière Énergie"},
	{"Oportunidad: Ingeniera de Datos Senior", "Marta Ruiz <marta@talentia-selection.es>", "",
		"Hola Alex:\n\nNuestro cliente, Sol Energía S.L., busca una Ingeniera de Datos Senior para su equipo en Madrid.", "",
		"the Ingeniera de Datos Senior role at Sol Energía"},
	{"Quick chat?", "Ben Carter <ben@hunter-recruitment.com>", "",
		"Hi Alex,\n\nI have a role that could suit you. Are you free for a quick chat this week?", "",
		"the role"},
	{"Fullstack Engineer at Quantic via Talentbridge", "Tom Archer <tom.archer@talentbridge.io>", "",
		"Hi Alex, following up on the Fullstack Engineer role at Quantic.", "",
		"the Fullstack Engineer role at Quantic"},

	// Applicant-tracking systems: the employer from the Reply-To, the display name, the subject or the text.
	{"Your application to Vandelay Industries", "Maria Gomez (via Lever) <no-reply@hire.lever.co>", "Maria Gomez <maria.gomez@vandelay.com>",
		"Hi Alex,\n\nThank you for your interest in the Product Manager role at Vandelay Industries and for speaking with me on the phone.", "",
		"the Product Manager role at Vandelay Industries"},
	{"Thank you for applying to Initech", "Initech Recruiting <no-reply@greenhouse.io>", "",
		"Hi Alex,\n\nThanks for applying to the Site Reliability Engineer position at Initech. Our team will review your application.", "",
		"the Site Reliability Engineer role at Initech"},
	{"Interview invitation: Senior Frontend Engineer", "Acme Careers <acme@myworkday.com>", "Dana Fox <dana.fox@acme.com>",
		"Hi Alex,\n\nWe'd like to invite you to interview for the Senior Frontend Engineer position.", "",
		"the Senior Frontend Engineer role at Acme"},
	{"Next steps with Quantic", "Quantic Talent Team <notifications@ashbyhq.com>", "Priya Nair <priya.nair@quantic.ai>",
		"Hi Alex,\n\nThanks for your time! The next step for the Quantic ML Engineer role is a technical interview.", "",
		"the ML Engineer role at Quantic"},
	{"Ihre Bewerbung als Data Scientist (m/w/d)", "Fahrwerk GmbH <noreply@personio.de>", "Zoë Müller <zoe.mueller@fahrwerk.de>",
		"Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Data Scientist bei der Fahrwerk GmbH.", "",
		"the Data Scientist role at Fahrwerk"},
	{"Update on your application", "Globex <no-reply@smartrecruiters.com>", "",
		"Dear Alex,\n\nThank you for applying to the Business Analyst role at Globex Corporation.", "",
		"the Business Analyst role at Globex"},
	{"Votre candidature – Chef de projet digital", "Lumière Énergie <noreply@welcometothejungle.com>", "Claire Petit <claire.petit@lumiere-energie.fr>",
		"Bonjour Alex,\n\nMerci pour votre candidature au poste de Chef de projet digital chez Lumière Énergie.", "",
		"the Chef de projet digital role at Lumière Énergie"},
	{"Tu candidatura en Sol Energía", "Sol Energía <notificaciones@teamtailor-mail.com>", "Lucía Gómez <lucia.gomez@solenergia.es>",
		"Hola Alex:\n\nGracias por tu interés en el puesto de Desarrolladora Backend en Sol Energía.", "",
		"the Desarrolladora Backend role at Sol Energía"},
	{"Your application", "no-reply@greenhouse.io", "",
		"Hi Alex,\n\nThank you for your application. We will be in touch.", "",
		"the role"},
	{"Invitation: Interview with Acme @ Wed Apr 7, 2027 2pm - 3pm (EDT) (alex@example.com)", "Acme Scheduling <scheduling@goodtime.io>", "Omar Haddad <omar@acme.com>",
		"Hi Alex, your interview is confirmed.", "", "the role at Acme"},

	// Employers writing themselves.
	{"Quantic ML Engineer role", "Priya Nair <priya.nair@quantic.ai>", "",
		"Hi Alex,\n\nI lead recruiting at Quantic and loved your profile.", "",
		"the ML Engineer role at Quantic"},
	{"Fahrwerk GmbH · Backend Engineer", "Zoë Müller <zoe.mueller@fahrwerk.de>", "",
		"Hallo Alex,\n\nvielen Dank für das nette Gespräch.", "",
		"the Backend Engineer role at Fahrwerk"},
	{"Senior Backend Engineer interview", "Jane Doe <jane.doe@acme-robotics.com>", "",
		"Hi Alex,\n\nThanks for interviewing with us yesterday.", "",
		"the Senior Backend Engineer role at Acme Robotics"},
	{"Staff Data Engineer at Globex", "Priya Patel <priya@globex.io>", "",
		"Hi Alex,\n\nI'm a recruiter at Globex and came across your profile.", "",
		"the Staff Data Engineer role at Globex"},
	{"Re: Application: Site Reliability Engineer", "Nina Okafor <nina.okafor@initrode.io>", "",
		"Hi Alex, thanks for applying.", "",
		"the Site Reliability Engineer role at Initrode"},
	{"Acme | Data Scientist | Next steps", "Jane Doe <jane@acme.com>", "",
		"Hi Alex, here are the next steps.", "",
		"the Data Scientist role at Acme"},
	{"RE: Interview for the Senior Backend Engineer position at Acme", "Jane Doe <jane@acme.com>", "",
		"Hi Alex, see you Thursday.", "",
		"the Senior Backend Engineer role at Acme"},
	{"Fwd: Senior Software Engineer II - Payments (Req #R-10234)", "Kim Wu <kim.wu@stripe.com>", "",
		"Hi Alex, forwarding the details.", "",
		"the Senior Software Engineer II role at Stripe"},
	{"Product Designer – London (Hybrid) | Ref: 4411", "Sam Green <sam.green@monzo.com>", "",
		"Hi Alex, thanks for your application.", "",
		"the Product Designer role at Monzo"},
	{"JR-2031 Principal Engineer, Infrastructure", "Lee Park <lee.park@datadog.com>", "",
		"Hi Alex, thanks for your interest.", "",
		"the Principal Engineer role at Datadog"},
	{"Lead iOS Developer - Berlin", "Anna Schmidt <anna.schmidt@n26.com>", "",
		"Hi Alex, thanks for your time today.", "",
		"the Lead iOS Developer role at N26"},
	{"Sr. Data Analyst opening", "Tom Becker <tom.becker@initech.com>", "",
		"Hello Alex, I'd love to tell you more.", "",
		"the Sr. Data Analyst role at Initech"},
	{"Interview with Jane Doe", "Jane Doe <jane.doe@acme.com>", "",
		"Hi Alex, looking forward to our chat.", "",
		"the role at Acme"},
	{"Invitation: Interview: Staff Product Designer (Omar Haddad)", "Omar Haddad <omar.haddad@soylent.com>", "",
		"Hi Alex, your interview is booked.", "",
		"the Staff Product Designer role at Soylent"},
	{"Quick question", "Jane Doe <jane@acme.com>", "",
		"Hi Alex, are you free Tuesday?", "",
		"the role at Acme"},
	{"Your Engineering Manager interview at Hooli", "Gavin Ross <gavin.ross@hooli.com>", "",
		"Hi Alex, your interview is confirmed.", "",
		"the Engineering Manager role at Hooli"},
	{"Machine Learning Engineer (L5) – Zurich", "Hannah Keller <hkeller@google.com>", "",
		"Hi Alex, thanks for your interest in Google.", "",
		"the Machine Learning Engineer role at Google"},
	{"Following up on the QA Lead role", "Maya Chen <maya.chen@umbrella-corp.com>", "",
		"Hi Alex, thank you for your patience.", "",
		"the QA Lead role at Umbrella Corp"},
	{"Thanks for your time today!", "Jane Doe <jane@acme.com>", "",
		"Hi Alex, it was great to meet you.", "",
		"the role at Acme"},
	{"Meeting", "Jane Doe <jane.doe@gmail.com>", "",
		"Hi Alex, let's talk next week about the role.", "",
		"the role"},
	{"Frontend Developer application", "Kim Wu <kim@soylent.com>", "",
		"Hi Alex, thanks!", "",
		"the Frontend Developer role at Soylent"},

	// German employers and company forms.
	{"Bewerbung als Backend Engineer (m/w/d) – Fahrwerk GmbH", "Zoë Müller <zoe.mueller@fahrwerk.de>", "",
		"Hallo Alex,\n\nvielen Dank für Ihre Bewerbung.", "",
		"the Backend Engineer role at Fahrwerk"},
	{"Einladung zum Vorstellungsgespräch: Softwareentwickler (w/m/d)", "Jonas Weber <jonas.weber@bahnwerk-ag.de>", "",
		"Hallo Alex,\n\nwir laden Sie gern zu einem Gespräch bei der Bahnwerk AG ein.", "",
		"the Softwareentwickler role at Bahnwerk"},
	{"AW: Ihre Bewerbung", "Sabine Koch <s.koch@nordlicht-software.de>", "",
		"Hallo Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Stelle als DevOps Engineer bei der Nordlicht Software GmbH & Co. KG.", "",
		"the DevOps Engineer role at Nordlicht Software"},
	{"Werkstudent Data Analytics (m/w/d) – Hamburg", "Paul Wagner <paul.wagner@hanse-logistik.de>", "",
		"Hallo Alex, danke für deine Bewerbung!", "",
		"the Werkstudent Data Analytics role at Hanse Logistik"},
	{"Teamleiter IT-Infrastruktur | Stellen-ID 5567", "Martina Braun <m.braun@stadtwerke-ulm.de>", "",
		"Guten Tag Herr Rivera, vielen Dank für Ihre Bewerbung.", "",
		"the Teamleiter IT-Infrastruktur role at Stadtwerke Ulm"},
	{"Re: Senior Java Entwickler bei Kronos Systems SE", "Felix Hahn <felix.hahn@kronos-systems.eu>", "",
		"Hallo Alex, wann passt es Ihnen für ein Telefonat?", "",
		"the Senior Java Entwickler role at Kronos Systems"},
	{"Gesprächstermin", "Lena Fischer <lena.fischer@gmx.de>", "",
		"Hallo Alex, passt Ihnen Donnerstag?", "",
		"the role"},

	// French employers.
	{"Candidature – Développeuse Backend (F/H) – Lumière Énergie SAS", "Claire Petit <claire.petit@lumiere-energie.fr>", "",
		"Bonjour Alex,\n\nMerci pour votre candidature.", "",
		"the Développeuse Backend role at Lumière Énergie"},
	{"Entretien pour le poste d'Ingénieur DevOps", "Hugo Bernard <hugo.bernard@octave-sa.fr>", "",
		"Bonjour Alex,\n\nNous souhaitons vous rencontrer pour le poste d'Ingénieur DevOps chez Octave SA.", "",
		"the Ingénieur DevOps role at Octave"},
	{"TR: Votre candidature chez Doctolib", "Emma Roux <emma.roux@doctolib.com>", "",
		"Bonjour Alex, merci pour votre intérêt.", "",
		"the role at Doctolib"},
	{"Stage – Data Scientist H/F – Lyon", "Louis Garnier <louis@agrisens.fr>", "",
		"Bonjour Alex, merci pour ton message !", "",
		"the Data Scientist role at Agrisens"},
	{"Poste de Responsable produit chez Alan", "Chloé Martin <chloe.martin@alan.eu>", "",
		"Bonjour Alex,\n\nJe reviens vers vous concernant le poste de Responsable produit.", "",
		"the Responsable produit role at Alan"},

	// Spanish employers.
	{"Entrevista para el puesto de Ingeniero de Software", "Javier Ortega <javier.ortega@cabify.com>", "",
		"Estimado Alex:\n\nLe escribimos en relación con el puesto de Ingeniero de Software en Cabify.", "",
		"the Ingeniero de Software role at Cabify"},
	{"RV: Candidatura – Analista de Datos (Madrid)", "Carmen Díaz <carmen.diaz@lumen-analytics.es>", "",
		"Hola Alex:\n\nGracias por tu candidatura.", "",
		"the Analista de Datos role at Lumen Analytics"},
	{"Oferta: Desarrollador Frontend en Sol Energía S.L.", "Lucía Gómez <lucia.gomez@solenergia.es>", "",
		"Hola Alex:\n\nte escribo por la oferta.", "",
		"the Desarrollador Frontend role at Sol Energía"},
	{"Proceso de selección", "Pablo Romero <pablo.romero@telefonica.com>", "",
		"Hola Alex:\n\nGracias por tu interés en formar parte de Telefónica.", "",
		"the role at Telefónica"},

	// The user's own words name the job; the user's current employer is no clue.
	{"Application", "Kim Wu <kim@soylent.com>", "",
		"Thanks, Alex!", "Hi Kim,\n\nI applied for the Frontend Developer role and wanted to share my portfolio. I'm currently a backend engineer at Initech.",
		"the Frontend Developer role at Soylent"},
	{"Hello", "Kim Wu <kim.wu@gmail.com>", "",
		"Hi Alex, nice to meet you!", "Hi Kim,\n\nI'm applying for the Design Lead position at Initrode and would love your advice.",
		"the Design Lead role at Initrode"},
	{"Re: Coffee", "Raj Mehta <raj@outlook.com>", "",
		"Sure, happy to chat.", "Hi Raj, I work at Initech as a Platform Engineer and am looking around.",
		"the role"},

	// Titles with levels, slashes and locations.
	{"Frontend/Fullstack Developer at Acme", "Jane Doe <jane@acme.com>", "",
		"Hi Alex.", "", "the Frontend/Fullstack Developer role at Acme"},
	{"Staff Software Engineer, Developer Platform (Remote - US)", "Chris Lane <chris.lane@github.com>", "",
		"Hi Alex, thanks for your interest in GitHub.", "", "the Staff Software Engineer role at GitHub"},
	{"Principal Architect – Cloud | New York, NY", "Dana Kim <dana.kim@bloomberg.net>", "",
		"Hi Alex.", "", "the Principal Architect role at Bloomberg"},
	{"[External] Senior Product Manager, Growth @ Helix Pay", "Tom Archer <tom.archer@talentbridge.io>", "",
		"Hi Alex, great to connect.", "", "the Senior Product Manager role at Helix Pay"},
	{"Engineering Manager II (Hybrid) - Dublin", "Aoife Byrne <aoife.byrne@intercom.io>", "",
		"Hi Alex.", "", "the Engineering Manager II role at Intercom"},
	{"Interview: Junior QA Tester", "Ravi Kumar <ravi.kumar@tcs.com>", "",
		"Hi Alex.", "", "the Junior QA Tester role at TCS"},

	// Written after the guesser, as a check on what it was not tuned with.
	{"Senior DevOps Engineer | Remote | Ref 88213", "Olivia Brown <olivia.brown@cyberrecruit.co.uk>", "",
		"Hi Alex,\n\nI'm recruiting for a Senior DevOps Engineer on behalf of Brightwave Health, a digital health scale-up.", "",
		"the Senior DevOps Engineer role at Brightwave Health"},
	{"Your interview with Lumen Labs", "Lumen Labs Recruiting <recruiting@lumenlabs.ai>", "",
		"Hi Alex,\n\nWe're excited to invite you to interview for the Applied Scientist role.", "",
		"the Applied Scientist role at Lumen Labs"},
	{"Follow-up", "Ahmed Khan <ahmed@yahoo.com>", "",
		"Hi Alex, great meeting you at the meetup. We're hiring at Kestrel Robotics and I think you'd be a great fit for our Controls Engineer opening.", "",
		"the Controls Engineer role at Kestrel Robotics"},
	{"Rückmeldung zu Ihrer Bewerbung", "Karriere Team <karriere@bergmann-maschinenbau.de>", "",
		"Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Konstruktionsingenieur bei der Bergmann Maschinenbau GmbH.", "",
		"the Konstruktionsingenieur role at Bergmann Maschinenbau"},
	{"Suite à votre candidature", "Service RH <rh@groupe-atlantique.fr>", "",
		"Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Comptable chez Groupe Atlantique.", "",
		"the Comptable role at Groupe Atlantique"},
	{"Re: Your application - Customer Success Manager", "Jobs at Brightly <jobs@brightly.com>", "",
		"Hi Alex, thanks again for applying.", "",
		"the Customer Success Manager role at Brightly"},
	{"Opportunity", "Carlos Vega <carlos.vega@randstad.es>", "",
		"Hola Alex:\n\nTe escribo por una vacante de Jefe de Proyecto para una empresa del sector energético.", "",
		"the Jefe de Proyecto role"},
	{"Interview scheduling – Security Analyst (Req 4471)", "Greenhouse <no-reply@us.greenhouse-mail.io>", "Mia Wong <mia.wong@cloudflare.com>",
		"Hi Alex, please pick a time for your Security Analyst interview.", "",
		"the Security Analyst role at Cloudflare"},
	{"Data Engineer @ Kitebird (Series B)", "Noah Fischer <noah@kitebird.io>", "",
		"Hey Alex, saw your profile and thought of our Data Engineer role.", "",
		"the Data Engineer role at Kitebird"},
	{"Invitation: Alex Rivera <> Priya (Quantic) @ Thu Apr 15, 2027 10am - 10:30am (EDT)", "Priya Nair <priya.nair@quantic.ai>", "",
		"Looking forward to it!", "",
		"the role at Quantic"},
}

func address(s string) mailmsg.Address {
	if s == "" {
		return mailmsg.Address{}
	}
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		return mailmsg.Address{Name: strings.TrimSpace(s[:i]), Email: strings.Trim(s[i:], "<>")}
	}
	return mailmsg.Address{Email: s}
}

// TestPositionTable: the phrase a draft uses for the job, from what
// classifier.GuessJob reads of the thread.
func TestPositionTable(t *testing.T) {
	if len(positionCases) < 60 {
		t.Fatalf("%d cases, want at least 60", len(positionCases))
	}
	fails := 0
	for _, tc := range positionCases {
		clues := classifier.JobClues{Subject: tc.subject}
		if tc.replyTo != "" {
			clues.Senders = append(clues.Senders, address(tc.replyTo))
		}
		clues.Senders = append(clues.Senders, address(tc.from))
		if tc.mine != "" {
			clues.Texts, clues.Mine = append(clues.Texts, tc.mine), append(clues.Mine, true)
		}
		clues.Texts, clues.Mine = append(clues.Texts, tc.body), append(clues.Mine, false)
		job := classifier.GuessJob(clues)
		got := position(trimRoleWord(cleanPhrase(job.Role)), cleanPhrase(job.Company))
		if got == "" {
			got = "the role"
		}
		if got != tc.want {
			fails++
			t.Errorf("%q from %s: %q, want %q (company %q, role %q)", tc.subject, tc.from, got, tc.want, job.Company, job.Role)
		}
	}
	t.Logf("%d of %d cases name the job as expected", len(positionCases)-fails, len(positionCases))
}
