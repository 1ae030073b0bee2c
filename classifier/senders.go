package classifier

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/hearback/hearback/mailmsg"
)

// This file owns what hearback knows about sending domains: which are
// applicant-tracking systems, which are other platforms that send on an
// employer's behalf (job boards, scheduling and assessment tools, bulk
// relays), which are free mail, and what organisation an address belongs
// to, and which addresses no person reads (IsNoReply). The classifier
// reads them for hiring evidence, the policy for who may receive a draft,
// the guessers (guess.go) for the employer's and the person's name.

// atsDomains are applicant-tracking systems and their mail relays. Mail
// from them is about an application even when it looks automated, and
// their Reply-To is the person handling it.
var atsDomains = []string{
	"greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com", "myworkdayjobs.com",
	"workday.com", "ashbyhq.com", "ashby.io", "smartrecruiters.com", "smartrecruiters-mail.com", "icims.com",
	"jobvite.com", "taleo.net", "successfactors.com", "successfactors.eu", "sapsf.com",
	"bamboohr.com", "workable.com", "workablemail.com", "breezy.hr", "breezyhr.com", "recruitee.com",
	"personio.de", "personio.com", "teamtailor.com", "teamtailor-mail.com", "jazzhr.com", "jazz.co",
	"applytojob.com", "hire.google.com", "gem.com", "goodtime.io", "rippling.com", "rippling-ats.com",
	"pinpointhq.com", "comeet.co", "join.com", "softgarden.de", "softgarden.io", "welcometothejungle.com",
	"dover.com", "hireez.com", "fountain.com", "eightfold.ai", "phenom.com", "phenompeople.com", "paradox.ai",
	// regional and sector systems, by their real sending domains: JobAdder
	// and PageUp (Australia), NEOGOV (US public bodies: governmentjobs.com,
	// schooljobs.com), USA Staffing, TRAC and Oleeo (UK public sector), Gupy
	// and Kenoby (Brazil), Varbi, ReachMee, Jobylon, Emply, HR Manager,
	// Webcruiter and Jobbnorge (the Nordics), Factorial, Homerun, Avature,
	// Harri (hospitality), Tribepad, Jobtrain, Eploy, Applied, HireHive,
	// Frontline/AppliTrack, SchoolSpring and Apply to Education (schools),
	// Manatal, Zoho Recruit
	"jobadder.com", "pageuppeople.com", "governmentjobs.com", "schooljobs.com", "neogov.com", "usastaffing.gov",
	"trac.jobs", "tal.net", "gupy.io", "kenoby.com", "varbi.com", "reachmee.com", "jobylon.com", "emply.net",
	"emply.com", "hr-manager.net", "webcruiter.no", "webcruiter.com", "jobbnorge.no", "factorialhr.com",
	"homerun.co", "avature.net", "harri.com", "tribepad.com", "jobtrain.co.uk", "eploy.net", "beapplied.com",
	"hirehive.com", "applitrack.com", "frontlineeducation.com", "schoolspring.com", "applytoeducation.com", "manatal.com",
	"zohorecruit.com",
}

// hrSuiteDomains are the applicant-tracking systems that are also an
// employer's HR system: payslips and performance reviews come from them.
var hrSuiteDomains = []string{
	"myworkday.com", "workday.com", "successfactors.com", "successfactors.eu", "sapsf.com", "bamboohr.com",
	"personio.de", "personio.com", "rippling.com", "factorialhr.com",
}

// platformDomains send on an employer's behalf without being an ATS: job
// boards, scheduling and assessment tools, bulk-mail relays. Like an ATS,
// their domain says nothing about who the employer is.
var platformDomains = []string{
	"linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "ziprecruiter.com", "hired.com",
	"wellfound.com", "angel.co", "otta.com", "calendly.com", "zoom.us", "hirevue.com", "hackerrank.com",
	"codility.com", "codesignal.com", "oraclecloud.com", "sendgrid.net", "mailgun.org", "amazonses.com", "mandrillapp.com",
	"mcsv.net", "sparkpostmail.com",
}

// freeMailBrands are mail providers anyone can use, by the label before
// the public suffix (yahoo.co.uk, gmx.de, outlook.fr).
var freeMailBrands = map[string]bool{
	"gmail": true, "googlemail": true, "yahoo": true, "ymail": true, "rocketmail": true, "hotmail": true,
	"outlook": true, "live": true, "msn": true, "aol": true, "icloud": true, "gmx": true, "yandex": true,
	"protonmail": true, "proton": true, "pm": true, "tutanota": true, "tuta": true, "tutamail": true,
	"fastmail": true, "hushmail": true, "zohomail": true, "mail": true, "rediffmail": true, "qq": true,
	"163": true, "126": true, "naver": true, "daum": true, "hanmail": true, "seznam": true, "libero": true,
	"laposte": true, "web": true, "t-online": true, "freenet": true, "inbox": true, "email": true,
	"me": true, "mac": true, "hey": true, "posteo": true, "mailbox": true, "runbox": true, "disroot": true,
}

// freeMailDomains are internet providers' and other free mail domains
// whose brand label is too generic to list on its own.
var freeMailDomains = []string{
	"comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net",
	"earthlink.net", "optonline.net", "btinternet.com", "sky.com", "virginmedia.com", "orange.fr",
	"free.fr", "sfr.fr", "wanadoo.fr", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "bigpond.com",
	"shaw.ca", "rogers.com", "telus.net", "zoho.com", "gmx.net", "ukr.net", "abv.bg", "rambler.ru",
}

// IsATSDomain reports whether dom (or a domain it is under) is an
// applicant-tracking system.
func IsATSDomain(dom string) bool { return domainIn(normDomain(dom), atsDomains) != "" }

// IsPlatformDomain reports whether mail from dom is sent on an employer's
// behalf by a platform (an ATS, a job board, a scheduling tool, a bulk
// relay): the domain does not name the employer.
func IsPlatformDomain(dom string) bool {
	dom = normDomain(dom)
	return domainIn(dom, atsDomains) != "" || domainIn(dom, platformDomains) != ""
}

// IsFreeMail reports whether dom is a mail provider anyone can use, so
// that two addresses on it say nothing about a shared organisation.
func IsFreeMail(dom string) bool {
	dom = normDomain(dom)
	if domainIn(dom, freeMailDomains) != "" {
		return true
	}
	label := orgLabel(dom)
	return freeMailBrands[label]
}

// OrgDomain is the organisation an address belongs to: its registrable
// domain (jane@mail.acme.co.uk → acme.co.uk), or the whole address on free
// mail, where every address is its own organisation. "" for no address.
func OrgDomain(email string) string {
	email = mailmsg.NormalizeEmail(email)
	dom := mailmsg.Domain(email)
	if dom == "" {
		return ""
	}
	if IsFreeMail(dom) {
		return email
	}
	return registrable(dom)
}

// SameOrg reports whether two addresses belong to one organisation.
func SameOrg(a, b string) bool {
	oa, ob := OrgDomain(a), OrgDomain(b)
	return oa != "" && oa == ob
}

// OrgLabel is the name-bearing label of a domain: acme for
// jobs.acme.co.uk. "" when there is none.
func OrgLabel(dom string) string { return orgLabel(normDomain(dom)) }

func orgLabel(dom string) string {
	reg := registrable(dom)
	if i := strings.IndexByte(reg, '.'); i > 0 {
		return reg[:i]
	}
	return ""
}

// registrable is the public suffix plus one label, by the Public Suffix
// List; a name that has none (localhost, a bare TLD) is itself.
func registrable(dom string) string {
	if reg, err := publicsuffix.EffectiveTLDPlusOne(dom); err == nil {
		return reg
	}
	return dom
}

func normDomain(dom string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(dom)), ".")
}

// IsNoReply reports whether no person reads mail to email: a no-reply or
// do-not-reply address, a bounce or mailer-daemon address, the postmaster,
// a notification or alert sender. The local part (the whole of an address
// without @, as MAILER-DAEMON) is compared without case and without the
// dots, hyphens and underscores between its words: no.reply, No_Reply and
// do-not-reply are all no-reply.
func IsNoReply(email string) bool {
	local := email
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		local = email[:i]
	}
	return isNoReplyLocal(local)
}

// noReplyWords are no-reply anywhere in a local part (jobs-noreply,
// bounces+123); noReplyLocals only as the whole of it.
var (
	noReplyWords  = [][]byte{[]byte("noreply"), []byte("noreplies"), []byte("donotreply"), []byte("mailerdaemon"), []byte("postmaster"), []byte("bounce")}
	noReplyLocals = map[string]bool{"notify": true, "alerts": true, "alert": true, "mailer": true, "daemon": true}
)

func isNoReplyLocal(local string) bool {
	for i := 0; i < len(local); i++ {
		if local[i] >= utf8.RuneSelf {
			local = strings.ToLower(local)
			break
		}
	}
	var buf [64]byte
	w := buf[:0]
	for i := 0; i < len(local); i++ {
		switch c := local[i]; {
		case c == '.' || c == '-' || c == '_':
		case 'A' <= c && c <= 'Z':
			w = append(w, c+'a'-'A')
		default:
			w = append(w, c)
		}
	}
	if noReplyLocals[string(w)] || bytes.HasPrefix(w, []byte("notification")) {
		return true
	}
	for _, s := range noReplyWords {
		if bytes.Contains(w, s) {
			return true
		}
	}
	return false
}
