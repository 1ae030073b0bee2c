#!/usr/bin/env python3
"""Writes the labelled evaluation corpus of the classifier.

    python3 classifier/testdata/gen_corpus.py      (from the module root)

Two parts, written to heldout/ and tune/, each with a labels.tsv:

  heldout/  the held-back part. It was generated before any tuning of the
            classifier and is never tuned against: classifier changes are
            judged on tune/ only, heldout/ is the exam.
  tune/     the tuning part.

The messages are assembled from hand-written phrase pools (greetings,
openers, the cue sentences themselves, sign-offs, headers of real ATS
products and mail clients). Every cue pool is split in two by position:
even entries are only used in tune/, odd entries only in heldout/, so the
held-back part asks the classifier about phrasings it was not tuned on.
Fillers (names, companies, roles, greetings) are shared.

Expected dates are computed here from what the phrase means to a person
(see promise() for the conventions: "next week" is its Friday, "early next
week" its Tuesday, "in 3-5 business days" the fifth business day), never
from the classifier's code.

Labels (labels.tsv, tab separated):
  file       message file name
  job        1 / 0 / - (automatic absence notices are not judged for job)
  stage      expected stage when job=1, "-" otherwise
  promise    YYYY-MM-DD, "undated", or "-" for no promise
  interview  YYYY-MM-DD of a confirmed interview, or "-"
  auto_reply 1 / 0
  away_until YYYY-MM-DD stated by an absence notice, or "-"
  asks_me    1 / 0 / - (not judged)
  kind       the scenario that wrote it (for reading the table)
"""

import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- fillers

FIRST = ["Jane", "Tom", "Priya", "Marcus", "Elena", "Kenji", "Fatima", "Liam", "Sofia", "Oluwaseun",
         "Hannah", "Diego", "Mei", "Arjun", "Chloe", "Mateo", "Ingrid", "Samir", "Grace", "Noah",
         "Aisha", "Lukas", "Camille", "Rafael", "Yuki", "Beatriz", "Owen", "Leila", "Tobias", "Nadia"]
LAST = ["Miller", "Okafor", "Sharma", "Chen", "Garcia", "Nakamura", "Haddad", "Murphy", "Rossi", "Adeyemi",
        "Schmidt", "Fernández", "Wong", "Patel", "Dubois", "López", "Larsen", "Khan", "Kim", "Walsh",
        "Bello", "Becker", "Moreau", "Silva", "Tanaka", "Costa", "Hughes", "Rahimi", "Vogel", "Novak"]
COMPANIES = [("Northwind Labs", "northwind.io"), ("Globex", "globex.com"), ("Brightline Health", "brightlinehealth.com"),
             ("Vantage Robotics", "vantagerobotics.com"), ("Copperleaf", "copperleaf.io"), ("Tidewater Analytics", "tidewater.ai"),
             ("Helio Energy", "helioenergy.com"), ("Quillsoft", "quillsoft.com"), ("Larkspur Bank", "larkspurbank.com"),
             ("Meridian Games", "meridiangames.com"), ("Fernweh Travel", "fernweh.de"), ("Atelier Numérique", "atelier-numerique.fr"),
             ("Solera Foods", "solerafoods.es"), ("Orbitly", "orbitly.com"), ("Pinecrest Insurance", "pinecrest.com"),
             ("Kestrel Security", "kestrelsec.com"), ("Mosaic Learning", "mosaiclearning.org"), ("Blue Harbor Logistics", "blueharbor.com"),
             ("Cobalt Pay", "cobaltpay.com"), ("Riverstone Media", "riverstone.media")]
ROLES = ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Engineering Manager", "Staff Software Engineer",
         "Frontend Developer", "Machine Learning Scientist", "Site Reliability Engineer", "UX Researcher", "Product Manager",
         "Solutions Architect", "Marketing Specialist", "Technical Program Manager", "Data Engineer", "Security Consultant",
         "Customer Success Manager", "iOS Developer", "Design Lead", "Analytics Engineer", "DevOps Engineer",
         "Director of Engineering", "QA Analyst", "People Operations Coordinator", "Software Engineering Intern"]
ROLES_DE = ["Softwareentwickler (m/w/d)", "Data Scientist (m/w/d)", "Projektmanagerin", "Backend-Entwickler", "UX Designer (w/m/d)"]
ROLES_FR = ["Développeur Backend", "Chef de projet", "Data Analyst", "Ingénieure DevOps", "Product Designer"]
ROLES_ES = ["Desarrollador Backend", "Analista de Datos", "Jefe de Producto", "Ingeniera de Software", "Diseñador UX"]
ME = ("Alex Rivera", "alex.rivera@fastmail.com")
ZONES = [-4, -4, -4, -7, -5, 2, 1]  # New York mostly; LA, Chicago, Berlin, London too

AGENCIES = [("Hays", "hays.com"), ("Talentful Partners", "talentfulpartners.com"), ("Robert Walters", "robertwalters.com"),
            ("Harvey Nash", "harveynash.com"), ("BlueSky Search", "blueskysearch.io")]

# ---------------------------------------------------------------- part split

PART = None  # 0 = heldout, 1 = tune


def P(pool):
    """The half of a cue pool that belongs to the current part."""
    half = pool[1::2] if PART == 0 else pool[0::2]
    return half if half else pool


def pick(rng, pool, split=True):
    return rng.choice(P(pool) if split else pool)


# ---------------------------------------------------------------- dates

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def rand_base(rng, weekdays=(0, 1, 2, 3, 4)):
    while True:
        d = dt.date(2027, 3, 1) + dt.timedelta(days=rng.randrange(0, 120))
        if d.weekday() in weekdays:
            break
    tz = dt.timezone(dt.timedelta(hours=rng.choice(ZONES)))
    return dt.datetime(d.year, d.month, d.day, rng.randrange(8, 18), rng.choice([0, 4, 12, 17, 23, 31, 42, 48, 55]), tzinfo=tz)


def next_wd(base, wd):
    """The next such weekday strictly after base's day."""
    d = (wd - base.weekday()) % 7
    return base.date() + dt.timedelta(days=d or 7)


def week_day(base, wd, weeks_ahead):
    monday = base.date() - dt.timedelta(days=base.weekday())
    return monday + dt.timedelta(days=7 * weeks_ahead + wd)


def add_bdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def future_day(base, lo, hi, rng, weekday_only=True):
    while True:
        d = base.date() + dt.timedelta(days=rng.randrange(lo, hi))
        if not weekday_only or d.weekday() < 5:
            return d


def en_date(d, style):
    if style == 0:
        return f"{WD[d.weekday()]}, {MON[d.month-1]} {d.day}"
    if style == 1:
        return f"{MON[d.month-1]} {d.day}"
    if style == 2:
        return f"{d.month}/{d.day}"
    if style == 3:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{WD[d.weekday()]} the {d.day}{suf}"
    return f"{WD[d.weekday()][:3]} {MON[d.month-1][:3]} {d.day}"


def clock(rng):
    h = rng.choice([9, 10, 11, 13, 14, 15, 16])
    m = rng.choice([0, 0, 30, 15])
    ap = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    return rng.choice([f"{h12}:{m:02d} {ap.upper()}", f"{h12}{':%02d' % m if m else ''}{ap}", f"{h12}:{m:02d}{ap}"])


# ---------------------------------------------------------------- promises


def promise_en(rng, base):
    """(sentence fragment after a contact verb, expected date or 'undated')."""
    b = base.date()
    fri = base.weekday() == 4  # "by Friday" on a Friday is ambiguous: say next week instead
    opts = [
        (f"by {WD[4]}", next_wd(base, 4)) if not fri else ("by next Friday", week_day(base, 4, 1)),
        ("by the end of the week", week_day(base, 4, 0)) if not fri else ("by the end of next week", week_day(base, 4, 1)),
        ("before the end of this week", week_day(base, 4, 0)) if not fri else ("before the end of next week", week_day(base, 4, 1)),
    ]
    wd = rng.choice([0, 1, 2, 3])
    opts += [
        ("by the end of next week", week_day(base, 4, 1)),
        (f"on {WD[wd]}", next_wd(base, wd)),
        ("early next week", week_day(base, 1, 1)),
        ("within two weeks", b + dt.timedelta(days=14)),
        ("in the next 3-5 business days", add_bdays(b, 5)),
        ("by the end of the month", month_end(b)) if b.day < 25 else ("within the next two weeks", b + dt.timedelta(days=14)),
        ("tomorrow", b + dt.timedelta(days=1)),
        ("sometime next week", week_day(base, 4, 1)),
        ("within 5 business days", add_bdays(b, 5)),
        ("in the next week or two", b + dt.timedelta(days=14)),
        ("within the next 10 days", b + dt.timedelta(days=10)),
        ("no later than next Friday", week_day(base, 4, 1)),
        ("within a week", b + dt.timedelta(days=7)),
        ("by the middle of next week", week_day(base, 2, 1)),
        ("within three working days", add_bdays(b, 3)),
        ("in a couple of weeks", b + dt.timedelta(days=14)),
    ]
    d = future_day(base, 4, 20, rng)
    opts.append((f"by {en_date(d, rng.choice([0, 1, 2]))}", d))
    opts.append((f"on or before {en_date(d, rng.choice([0, 1]))}", d))
    return pick(rng, opts)


UNDATED_EN = ["shortly", "soon", "as soon as we can", "as soon as I hear back from the team", "once the panel has met",
              "as soon as I have news", "in due course", "once we have collected everyone's feedback", "very soon",
              "as soon as possible"]


def promise_sentence_en(rng, base, who="we"):
    """A whole promise sentence and its expected date."""
    dated = rng.random() < 0.8
    if dated:
        when, d = promise_en(rng, base)
        exp = d.isoformat()
    else:
        when, exp = pick(rng, UNDATED_EN), "undated"
    forms = [
        f"We'll get back to you {when}.",
        f"I'll be in touch {when} with next steps.",
        f"You should hear from us {when}.",
        f"I will reach out {when} to let you know where things stand.",
        f"We expect to have a decision {when}.",
        f"I'll follow up with you {when}.",
        f"We will let you know {when}.",
        f"I'll give you a call {when}.",
        f"You can expect to hear back from me {when}.",
        f"I will update you {when}.",
        f"We aim to share feedback {when}.",
        f"Expect to hear from us {when}.",
    ]
    return pick(rng, forms), exp


def promise_de(rng, base):
    b = base.date()
    wd = rng.choice([0, 1, 2, 4])
    d = future_day(base, 4, 20, rng)
    opts = [
        (f"Wir melden uns bis {WD_DE[wd]} bei Ihnen.", next_wd(base, wd)),
        ("Sie erhalten innerhalb von zwei Wochen eine Rückmeldung von uns.", b + dt.timedelta(days=14)),
        ("Wir melden uns Ende nächster Woche bei Ihnen.", week_day(base, 4, 1)),
        ("Ich melde mich Anfang nächster Woche bei Ihnen.", week_day(base, 1, 1)),
        (f"Wir geben Ihnen bis zum {d.day:02d}.{d.month:02d}. Bescheid.", d),
        ("Sie hören in den nächsten 5 Arbeitstagen von uns.", add_bdays(b, 5)),
        ("Wir melden uns in Kürze bei Ihnen.", "undated"),
        ("Ich melde mich zeitnah bei Ihnen.", "undated"),
        (f"Eine Rückmeldung erhalten Sie spätestens am {d.day}. {MON_DE[d.month-1]}.", d),
        ("Wir melden uns nächste Woche bei Ihnen.", week_day(base, 4, 1)),
    ]
    s, e = pick(rng, opts)
    return s, e if e == "undated" else e.isoformat()


def promise_fr(rng, base):
    b = base.date()
    wd = rng.choice([0, 1, 2, 4])
    d = future_day(base, 4, 20, rng)
    opts = [
        (f"Nous reviendrons vers vous d'ici {WD_FR[wd]}.", next_wd(base, wd)),
        ("Nous reviendrons vers vous d'ici deux semaines.", b + dt.timedelta(days=14)),
        ("Je reviendrai vers vous la semaine prochaine.", week_day(base, 4, 1)),
        ("Vous aurez de nos nouvelles d'ici la fin de la semaine prochaine.", week_day(base, 4, 1)),
        (f"Nous vous donnerons une réponse avant le {d.day} {MON_FR[d.month-1]}.", d),
        ("Nous vous recontacterons dans les 10 jours.", b + dt.timedelta(days=10)),
        ("Nous reviendrons vers vous très prochainement.", "undated"),
        ("Je vous tiendrai informé dès que possible.", "undated"),
        ("Nous reviendrons vers vous dans les prochains jours.", b + dt.timedelta(days=3)),
        (f"Je vous appellerai {WD_FR[wd]} prochain.", next_wd(base, wd)),
    ]
    s, e = pick(rng, opts)
    return s, e if e == "undated" else e.isoformat()


def promise_es(rng, base):
    b = base.date()
    wd = rng.choice([0, 1, 2, 4])
    d = future_day(base, 4, 20, rng)
    opts = [
        (f"Te daremos una respuesta antes del {WD_ES[wd]}.", next_wd(base, wd)),
        ("Nos pondremos en contacto contigo en los próximos 5 días hábiles.", add_bdays(b, 5)),
        ("Te escribiremos la próxima semana.", week_day(base, 4, 1)),
        ("Te daremos una respuesta en las próximas dos semanas.", b + dt.timedelta(days=14)),
        (f"Te contactaremos antes del {d.day} de {MON_ES[d.month-1]}.", d),
        ("Le informaremos a finales de la próxima semana.", week_day(base, 4, 1)),
        ("Nos pondremos en contacto contigo muy pronto.", "undated"),
        ("Te avisaremos en cuanto tengamos novedades.", "undated"),
        ("Te llamaré mañana por la tarde.", b + dt.timedelta(days=1)),
        ("Tendrás noticias nuestras dentro de dos semanas.", b + dt.timedelta(days=14)),
    ]
    s, e = pick(rng, opts)
    return s, e if e == "undated" else e.isoformat()


# ---------------------------------------------------------------- message assembly

class Msg:
    def __init__(self, kind, base):
        self.kind = kind
        self.base = base
        self.headers = []
        self.body = ""
        self.subject = ""
        self.html = False
        self.calendar = None
        self.lab = dict(job="0", stage="-", promise="-", interview="-", auto_reply="0", away_until="-", asks_me="0")

    def h(self, k, v):
        self.headers.append((k, v))

    def render(self, n):
        out = []
        hs = list(self.headers)
        keys = {k.lower() for k, _ in hs}
        if "date" not in keys:
            hs.append(("Date", self.base.strftime("%a, %d %b %Y %H:%M:%S %z")))
        if "message-id" not in keys:
            hs.append(("Message-ID", f"<gen{PART}.{n}.{sum(map(ord, self.kind))}@mail.example>"))
        hs.append(("Subject", encode_subject(self.subject)))
        hs.append(("MIME-Version", "1.0"))
        for k, v in hs:
            out.append(f"{k}: {v}")
        if self.calendar:
            out.append('Content-Type: multipart/mixed; boundary="=_cal_b1"')
            out.append("")
            out.append("--=_cal_b1")
            out.append("Content-Type: text/plain; charset=utf-8")
            out.append("Content-Transfer-Encoding: 8bit")
            out.append("")
            out.append(self.body)
            out.append("--=_cal_b1")
            out.append("Content-Type: text/calendar; charset=utf-8; method=REQUEST")
            out.append("")
            out.append(self.calendar)
            out.append("--=_cal_b1--")
        elif self.html:
            out.append('Content-Type: text/html; charset=utf-8')
            out.append("Content-Transfer-Encoding: 8bit")
            out.append("")
            paras = "".join(f"<p>{p}</p>\n" for p in self.body.split("\n\n"))
            out.append(f"<html><body style=\"font-family:Arial\">\n{paras}</body></html>")
        else:
            out.append("Content-Type: text/plain; charset=utf-8")
            out.append("Content-Transfer-Encoding: 8bit")
            out.append("")
            out.append(self.body)
        return "\r\n".join(out).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"


def encode_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        import base64
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def person(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l


def email_of(f, l, dom, rng):
    import unicodedata
    def a(x):
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
    return rng.choice([f"{a(f)}.{a(l)}@{dom}", f"{a(f)}@{dom}", f"{a(f)[0]}{a(l)}@{dom}"])


def me_to(m):
    m.h("To", f"{ME[0]} <{ME[1]}>")


GREET = ["Hi Alex,", "Hello Alex,", "Dear Alex,", "Hi Alex -", "Alex,", "Good morning Alex,", "Hey Alex,"]
SIGN = ["Best,", "Best regards,", "Thanks,", "Cheers,", "Kind regards,", "Warmly,", "Talk soon,", "All the best,"]


def sig(rng, f, l, title, company):
    return f"{rng.choice(SIGN)}\n{f}\n" + rng.choice([f"{title}, {company}", f"{f} {l} | {title} | {company}", f"{title}\n{company}", ""])


RECRUITER_TITLES = ["Technical Recruiter", "Senior Talent Partner", "Talent Acquisition Lead", "Recruiting Coordinator",
                    "People Partner", "Head of Talent", "Recruiter"]


def quoted(rng, text, who="Alex Rivera", when=None):
    when = when or "Mon, Apr 5, 2027 at 4:12 PM"
    q = "\n".join("> " + l for l in text.split("\n"))
    return f"\n\nOn {when} {who} <{ME[1]}> wrote:\n{q}\n"


# ---------------------------------------------------------------- ATS styles

def ats_headers(m, rng, company, dom, recruiter=None):
    """Headers as the ATS products send candidate mail."""
    style = rng.choice(["greenhouse", "lever", "workday", "ashby", "smartrecruiters", "icims"])
    slug = dom.split(".")[0]
    tok = "%x" % rng.getrandbits(40)
    if style == "greenhouse":
        m.h("From", f"{company} Recruiting <no-reply@us.greenhouse-mail.io>")
        if recruiter:
            m.h("Reply-To", recruiter)
        m.h("Message-ID", f"<{tok}.{slug}@us.greenhouse-mail.io>")
        if rng.random() < 0.5:
            m.h("List-Unsubscribe", f"<https://app.greenhouse.io/unsubscribe/{tok}>")
    elif style == "lever":
        m.h("From", f"{company} <no-reply@hire.lever.co>")
        m.h("Reply-To", recruiter or f"{slug}+{tok}@hire.lever.co")
        m.h("Message-ID", f"<{tok}@hire.lever.co>")
        m.h("X-Mailer", "Lever")
    elif style == "workday":
        m.h("From", f"{company} Careers <{slug}@myworkday.com>")
        m.h("Message-ID", f"<{tok}.JavaMail.{slug}@myworkday.com>")
        m.h("Auto-Submitted", "auto-generated")
    elif style == "ashby":
        m.h("From", f"{company} Hiring Team <no-reply@ashbyhq.com>")
        if recruiter:
            m.h("Reply-To", recruiter)
        m.h("Message-ID", f"<{tok}@ashbyhq.com>")
    elif style == "smartrecruiters":
        m.h("From", f"{company} <jobs@smartrecruiters.com>")
        m.h("Reply-To", recruiter or f"{slug}.{tok}@email.smartrecruiters.com")
        m.h("Message-ID", f"<{tok}@smartrecruiters.com>")
        m.h("Precedence", "bulk")
    else:
        m.h("From", f"{company} Talent Acquisition <{slug}@talent.icims.com>")
        m.h("Message-ID", f"<{tok}@talent.icims.com>")
        m.h("X-Mailer", "iCIMS")
        m.h("Auto-Submitted", "auto-generated")
    return style


def from_person(m, rng, company, dom, title=None):
    f, l = person(rng)
    addr = email_of(f, l, dom, rng)
    m.h("From", f"{f} {l} <{addr}>")
    return f, l, addr, title or rng.choice(RECRUITER_TITLES)


def auto_hdr(m):
    for k, _ in m.headers:
        if k.lower() == "auto-submitted":
            m.lab["auto_reply"] = "1"


# ---------------------------------------------------------------- scenarios: job

def s_recruiter_outreach(rng, base):
    m = Msg("recruiter_outreach", base)
    agency = rng.random() < 0.4
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    if agency:
        ag, adom = rng.choice(AGENCIES)
        f, l, addr, title = from_person(m, rng, ag, adom, "Senior Consultant")
        who = f"I'm a recruiter with {ag}"
        client = rng.choice([f"a client of ours, {company},", "a well-funded Series B client", f"{company}"])
    else:
        f, l, addr, title = from_person(m, rng, company, dom)
        who = f"I lead recruiting for the platform team at {company}"
        client = "we"
        ag = company
    me_to(m)
    m.subject = pick(rng, [f"{role} opportunity at {company}", f"Quick question about your next move",
                           f"{role} - {company}", f"Your profile / {role} role", f"Exploring a {role} role?",
                           f"Intro: {company} is hiring a {role}", f"Re: {role} at {company}", f"Confidential {role} search"])
    opener = pick(rng, [f"{who}, and I came across your profile on LinkedIn.",
                        f"{who}. Your work on distributed systems caught my eye.",
                        f"{who} and wanted to reach out about a {role} position.",
                        f"{who}; a former colleague of yours suggested I get in touch.",
                        f"{who} and have been following your open-source work for a while.",
                        f"{who}. I noticed you recently wrapped up a big migration project."])
    pitch = pick(rng, [f"{client.capitalize() if client=='we' else client} {'are' if client=='we' else 'is'} hiring a {role} to help build out the team, and your background looks like a strong match.",
                       f"The {role} role is fully remote, reports to the VP of Engineering and pays well above market.",
                       f"I'm working on a {role} search for {company} and think you'd be a great fit for the role.",
                       f"There's an opening for a {role} that matches your experience almost exactly.",
                       f"The hiring manager for the {role} position asked me to find people with your kind of experience."])
    ask = pick(rng, ["Would you be open to a 20-minute call this week?", "Are you open to a quick chat to learn more?",
                     "Would you have time for a short call on Thursday or Friday?", "Let me know if you'd be interested and I'll send over the job description.",
                     "Could you send me an updated CV if this sounds interesting?", "Would it make sense to connect for 15 minutes?"])
    m.body = f"{rng.choice(GREET)}\n\n{opener} {pitch}\n\n{ask}\n\n{sig(rng, f, l, title, ag)}"
    m.lab.update(job="1", stage="outreach", asks_me="1")
    return m


def s_candidate_application(rng, base):
    m = Msg("candidate_application", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    m.h("From", f"{ME[0]} <{ME[1]}>")
    f, l = person(rng)
    m.h("To", f"{f} {l} <{email_of(f, l, dom, rng)}>")
    m.subject = pick(rng, [f"{role} application", f"Application: {role}", f"{role} position - Alex Rivera",
                           f"Applying for the {role} role", f"Re: {role} opening", f"{role} – portfolio and CV"])
    body = pick(rng, [f"I'm applying for the {role} position; my CV and portfolio are attached.",
                      f"I'd like to apply for the {role} role advertised on your careers page. I've attached my resume.",
                      f"Please find attached my application for the {role} opening at {company}.",
                      f"I saw the {role} posting and would love to be considered. My resume is attached.",
                      f"I'm reaching out to express my interest in the {role} role on your team.",
                      f"I was referred by {rng.choice(FIRST)} for the {role} opening and have attached my resume for your consideration."])
    extra = pick(rng, ["I have six years of experience building payment systems.", "Happy to share more work samples.",
                       "I'm based in Boston and open to hybrid work.", "I led a team of four on a similar product last year."])
    m.body = f"Hi {f},\n\n{body} {extra}\n\nBest,\nAlex"
    m.lab.update(job="1", stage="outreach")
    return m


def s_candidate_followup(rng, base):
    m = Msg("candidate_followup", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    m.h("From", f"{ME[0]} <{ME[1]}>")
    f, l = person(rng)
    m.h("To", f"{f} {l} <{email_of(f, l, dom, rng)}>")
    m.subject = pick(rng, [f"Re: {role} interview", f"Following up: {role}", f"Re: {role} - next steps",
                           f"Checking in on the {role} role", f"Re: Your application to {company}"])
    body = pick(rng, [f"I hope you're well. I wanted to follow up on the {role} position and see if there's any update on the timeline.",
                      f"Just checking in on my application for the {role} role. I'm still very interested in joining {company}.",
                      f"I wanted to follow up on our conversation last week about the {role} position. Is there anything else you need from me?",
                      f"Following up on my application for the {role} opening - I'd love to hear where things stand.",
                      f"I enjoyed meeting the team on Tuesday and wanted to check whether there's any news on the {role} role."])
    m.body = f"Hi {f},\n\n{body}\n\nThanks,\nAlex"
    # after meeting the team the candidate is waiting for a decision
    m.lab.update(job="1", stage="awaiting_decision" if "meeting the team" in body else "outreach", asks_me="-")
    return m


def s_ack(rng, base):
    m = Msg("application_ack", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    ats_headers(m, rng, company, dom)
    me_to(m)
    m.subject = pick(rng, [f"Thank you for applying to {company}", f"Your application for {role}", f"{company} - application received",
                           f"We received your application", f"Application confirmation: {role}", f"Thanks for your interest in {company}!"])
    line = pick(rng, [f"Thank you for applying for the {role} position at {company}. We have received your application.",
                      f"Thanks for your application to {company}! Your application for {role} has been received.",
                      f"This email confirms that your application for the {role} role was successfully submitted.",
                      f"We're excited that you applied for {role}. Our recruiting team will review your application carefully.",
                      f"We have received your application for {role} (Req ID R-{rng.randrange(10000, 99999)}).",
                      f"Thank you for your interest in the {role} opening. Your application is now with our talent team."])
    tail = pick(rng, ["If your experience matches our needs, a member of our team will contact you.",
                      "We review every application and will be in touch if there is a fit.",
                      "Due to the volume of applications we may not be able to respond to everyone individually.",
                      "You can track the status of your application in the candidate portal.",
                      "Should your background match the role, we will reach out to arrange next steps."])
    m.body = f"Hi Alex,\n\n{line}\n\n{tail}\n\nBest,\nThe {company} Talent Team\n\nThis is an automated message; please do not reply."
    m.lab.update(job="1", stage="application_ack")
    auto_hdr(m)
    return m


def s_scheduling(rng, base):
    m = Msg("scheduling", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    if rng.random() < 0.35:
        f, l = person(rng)
        ats_headers(m, rng, company, dom, recruiter=f"{f} {l} <{email_of(f, l, dom, rng)}>")
        title = "Recruiting Coordinator"
    else:
        f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    stage_name = pick(rng, ["a 30-minute phone screen", "the technical interview", "a video call with the hiring manager",
                            "the final round", "a first conversation", "the onsite loop", "a portfolio review with the design team",
                            "a system design interview"])
    m.subject = pick(rng, [f"Next steps: {role}", f"Interview availability - {role}", f"{company}: scheduling {role} interviews",
                           f"Re: {role} application", f"Let's find a time to talk", f"{role} - interview scheduling"])
    ask = pick(rng, [f"Could you share your availability for {stage_name} over the next week?",
                     f"What times work for you for {stage_name}? Please send two or three options.",
                     f"Please pick a time for {stage_name} using this link: https://calendly.com/{f.lower()}-{dom.split('.')[0]}/30min",
                     f"Would any of the following slots work for {stage_name}: {WD[rng.randrange(5)]} 10-11am, or {WD[rng.randrange(5)]} 2-3pm ET?",
                     f"When would you be available for {stage_name}? Mornings tend to be easiest for the team.",
                     f"Please use the link below to book {stage_name} at a time that suits you: https://app.goodtime.io/schedule/{rng.getrandbits(32):x}",
                     f"Are you free for {stage_name} on {WD[rng.randrange(5)]} afternoon? If not, let me know a couple of times that work.",
                     f"I'd like to set up {stage_name}. Which days next week suit you best?"])
    lead = pick(rng, [f"Thanks for your interest in the {role} role - the team would love to move forward.",
                      f"Great news: the hiring manager reviewed your application for {role} and wants to meet you.",
                      f"Thank you for speaking with me yesterday about the {role} position.",
                      f"We'd like to invite you to the next stage of the process for {role}.",
                      f"I'm coordinating the interviews for the {role} role at {company}."])
    m.body = f"{rng.choice(GREET)}\n\n{lead}\n\n{ask}\n\n{sig(rng, f, l, title, company)}"
    m.lab.update(job="1", stage="scheduling", asks_me="1")
    auto_hdr(m)
    return m


def s_confirmed(rng, base):
    m = Msg("interview_confirmed", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l, addr, title = from_person(m, rng, company, dom, "Recruiting Coordinator")
    me_to(m)
    d = future_day(base, 3, 15, rng)
    cl = clock(rng)
    # a zone is only named when it is the sender's own, so the date cannot shift
    zone = rng.choice(["ET", "Eastern", ""]) if base.utcoffset() == dt.timedelta(hours=-4) else ""
    when = f"{en_date(d, rng.choice([0, 1, 3, 4]))} at {cl}" + (f" {zone}" if zone else "")
    m.subject = pick(rng, [f"Interview confirmed: {role}", f"Confirmation - {role} interview", f"Re: {role} interview",
                           f"Your interview with {company}", f"{role}: see you {WD[d.weekday()]}!", f"Interview details - {company}"])
    conf = pick(rng, [f"Your interview is confirmed for {when}.",
                      f"You're all set: the panel interview has been scheduled for {when}.",
                      f"I've booked your technical interview for {when}; the invite is on its way.",
                      f"Confirming your interview with {rng.choice(FIRST)} on {when}.",
                      f"Great - we're set for {when}. You'll meet the hiring manager and one engineer.",
                      f"This is to confirm your on-site interview on {when} at our {rng.choice(['Austin', 'Berlin', 'Toronto', 'London'])} office."])
    info = pick(rng, ["The Zoom link is in the calendar invitation.", "Please bring a photo ID for the front desk.",
                      "It will last about 45 minutes.", "No preparation is needed beyond reviewing the job description."])
    m.body = f"{rng.choice(GREET)}\n\n{conf} {info}\n\n{sig(rng, f, l, title, company)}"
    m.lab.update(job="1", stage="interview_scheduled", interview=d.isoformat())
    return m


def s_calendar(rng, base):
    m = Msg("calendar_invite", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    d = future_day(base, 2, 12, rng)
    h = rng.choice([14, 15, 16, 17, 18, 19])
    title_ev = pick(rng, [f"Interview - Alex Rivera / {company}", f"{role} technical interview (Alex Rivera)",
                          f"Alex Rivera <> {company}: hiring manager interview", f"Phone screen: {role}",
                          f"Final interview - {role}", f"Onsite interview: Alex Rivera"])
    m.subject = f"Invitation: {title_ev} @ {WD[d.weekday()][:3]} {MON[d.month-1][:3]} {d.day}, {d.year}"
    m.body = f"You have been invited to the following event.\n\n{title_ev}\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n\nInvitation from Google Calendar"
    m.calendar = "\r\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT",
                              f"DTSTART:{d.strftime('%Y%m%d')}T{h:02d}0000Z", f"DTEND:{d.strftime('%Y%m%d')}T{h+1:02d}0000Z",
                              f"SUMMARY:{title_ev}", f"ORGANIZER:mailto:{addr}", "END:VEVENT", "END:VCALENDAR"])
    # DTSTART is UTC; the label is the date in the message's own zone
    start = dt.datetime(d.year, d.month, d.day, h, tzinfo=dt.timezone.utc).astimezone(base.tzinfo)
    m.lab.update(job="1", stage="interview_scheduled", interview=start.date().isoformat())
    return m


def s_awaiting(rng, base):
    m = Msg("awaiting_promise", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    m.subject = pick(rng, [f"Re: {role} interview", f"Re: {role} - next steps", f"Thank you - {role}", f"Re: Interview follow-up",
                           f"{role} at {company}", f"Re: {role} role", f"Quick update on the {role} process"])
    thanks = pick(rng, [f"Thank you again for the conversation today about the {role} role.",
                        f"It was great speaking with you on {WD[(base.weekday()-1) % 5]}.",
                        "Thanks for interviewing with us yesterday, the team enjoyed it too.",
                        "Thank you for taking the time to meet the team this week.",
                        f"Thanks so much for coming in for the {role} interviews.",
                        "I really enjoyed our conversation this morning.",
                        "Thank you for your time with the panel today.",
                        "The team appreciated the time you spent with them on the technical round."])
    mid = pick(rng, ["We're wrapping up the last conversations with other candidates.",
                     "The hiring team is meeting to compare notes.",
                     "I'm gathering feedback from everyone you spoke with.",
                     "We still have two interviews to run this week.",
                     "The hiring manager is travelling but will review the feedback as soon as she's back.",
                     "We're now collecting the interviewers' scorecards."])
    prom, exp = promise_sentence_en(rng, base)
    quote = quoted(rng, f"Hi {f},\nThanks for today! Looking forward to hearing from you.\nAlex") if rng.random() < 0.5 else ""
    m.body = f"{rng.choice(GREET)}\n\n{thanks} {mid} {prom}\n\n{sig(rng, f, l, title, company)}{quote}"
    m.lab.update(job="1", stage="awaiting_decision", promise=exp)
    return m


def s_promise_call(rng, base):
    """A recruiter promises a call about a role (outreach stage)."""
    m = Msg("recruiter_promise", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    m.subject = pick(rng, [f"Re: {role} role", f"Re: {role} opportunity", f"{role} - update", f"Re: Your CV for the {role} position"])
    lead = pick(rng, [f"Thanks for sending over your resume for the {role} position.",
                      f"I shared your profile with the hiring manager for the {role} role.",
                      f"Thanks for getting back to me about the {role} opening.",
                      f"Great to hear you're interested in the {role} position."])
    prom, exp = promise_sentence_en(rng, base)
    m.body = f"{rng.choice(GREET)}\n\n{lead} {prom}\n\n{sig(rng, f, l, title, company)}"
    m.lab.update(job="1", stage="outreach", promise=exp)
    return m


REJECT_EN = [
    "Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.",
    "After careful consideration, we will not be moving forward with your application at this time.",
    "We regret to inform you that we have decided not to proceed with your candidacy.",
    "The team has decided to pursue other candidates for this role.",
    "I'm sorry to say that we've decided to go with another candidate for the position.",
    "While we were impressed with your background, we have chosen to move ahead with a candidate whose skills better align with the role.",
    "Unfortunately the position has been filled.",
    "I wanted to let you know that we won't be progressing your application to the next stage.",
    "After much deliberation, the hiring team decided not to extend an offer.",
    "We have decided to proceed with other applicants at this time.",
    "Sadly, we've made the decision not to move forward with your application.",
    "I'm afraid we won't be taking your application further.",
    "Unfortunately, your application was not successful on this occasion.",
    "We have concluded our search and have selected another candidate.",
    "This was a difficult decision, but we will not be offering you the role.",
    "It was a tough call, but the team decided to go in a different direction.",
]


def s_reject_en(rng, base):
    m = Msg("rejection_en", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    if rng.random() < 0.5:
        f, l = person(rng)
        ats_headers(m, rng, company, dom, recruiter=f"{f} {l} <{email_of(f, l, dom, rng)}>" if rng.random() < 0.5 else None)
        signoff = f"Best,\nThe {company} Recruiting Team"
    else:
        f, l, addr, title = from_person(m, rng, company, dom)
        signoff = sig(rng, f, l, title, company)
    me_to(m)
    m.subject = pick(rng, [f"Your application to {company}", f"Update on your application - {role}", f"Re: {role} interview",
                           f"{company} {role} - update", f"Regarding your candidacy", f"Your {role} application"])
    lead = pick(rng, [f"Thank you for your interest in the {role} position and for the time you spent with us.",
                      f"Thank you for applying to {company} and for taking the time to interview with the team.",
                      f"Thanks again for speaking with us about the {role} role.",
                      f"We appreciate your interest in {company}."])
    close = pick(rng, ["We wish you the best in your job search.", "We'll keep your details on file for future openings.",
                       "Thank you again, and best of luck.", "We encourage you to apply for future roles that match your skills."])
    m.body = f"{rng.choice(GREET)}\n\n{lead} {pick(rng, REJECT_EN)}\n\n{close}\n\n{signoff}"
    m.lab.update(job="1", stage="rejected")
    auto_hdr(m)
    return m


REJECT_DE = [
    "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
    "Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.",
    "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keine Zusage geben können.",
    "Leider haben wir uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.",
    "Wir haben uns nach reiflicher Überlegung gegen Ihre Bewerbung entschieden.",
    "Leider ist die Stelle inzwischen besetzt.",
]
REJECT_FR = [
    "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    "Malheureusement, nous avons décidé de poursuivre avec un autre candidat.",
    "Après étude attentive de votre dossier, nous ne pouvons pas donner une suite favorable à votre candidature.",
    "Nous avons le regret de vous annoncer que nous ne donnerons pas suite à votre candidature.",
    "Malheureusement, le poste a déjà été pourvu.",
    "Nous avons choisi un profil correspondant davantage à nos besoins actuels.",
]
REJECT_ES = [
    "Lamentablemente, hemos decidido continuar con otros candidatos.",
    "Tras revisar tu perfil, lamentamos comunicarte que no has sido seleccionado para el puesto.",
    "Sentimos informarte de que hemos decidido no avanzar con tu candidatura.",
    "Te agradecemos tu interés, pero hemos optado por otro perfil que se ajusta mejor a nuestras necesidades.",
    "Lamentamos comunicarte que la vacante ya ha sido cubierta.",
    "Desafortunadamente, tu candidatura no ha sido seleccionada en esta ocasión.",
]


def s_reject_intl(rng, base):
    lang = rng.choice(["de", "fr", "es"])
    m = Msg("rejection_" + lang, base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    if lang == "de":
        role = rng.choice(ROLES_DE)
        m.subject = pick(rng, [f"Ihre Bewerbung als {role}", f"Absage: {role}", f"Rückmeldung zu Ihrer Bewerbung", f"Ihre Bewerbung bei {company}"])
        m.body = f"Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Position {role} und die Zeit, die Sie sich für uns genommen haben. {pick(rng, REJECT_DE)}\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\n{f} {l}\nPersonalabteilung, {company}"
    elif lang == "fr":
        role = rng.choice(ROLES_FR)
        m.subject = pick(rng, [f"Votre candidature au poste de {role}", f"Suite à votre candidature", f"Candidature {role} - {company}"])
        m.body = f"Bonjour Alex,\n\nNous vous remercions de l'intérêt que vous portez à {company} et au poste de {role}. {pick(rng, REJECT_FR)}\n\nNous vous souhaitons une bonne continuation dans vos recherches.\n\nCordialement,\n{f} {l}\nResponsable recrutement"
    else:
        role = rng.choice(ROLES_ES)
        m.subject = pick(rng, [f"Tu candidatura para {role}", f"Actualización sobre tu candidatura", f"Proceso de selección - {role}"])
        m.body = f"Hola Alex,\n\nGracias por tu interés en el puesto de {role} en {company} y por el tiempo dedicado a las entrevistas. {pick(rng, REJECT_ES)}\n\nTe deseamos mucho éxito en tu búsqueda.\n\nUn saludo,\n{f} {l}\nEquipo de Talento"
    m.lab.update(job="1", stage="rejected")
    return m


OFFER_EN = [
    "I'm delighted to let you know that we'd like to offer you the {role} position.",
    "We are pleased to offer you the role of {role} at {company}!",
    "On behalf of the whole team, I'm thrilled to extend you an offer for the {role} role.",
    "Great news - the team would like to make you an offer for the {role} position.",
    "Please find attached your offer letter for the {role} role.",
    "I'm happy to share that we're extending a formal offer for the {role} position.",
    "We'd love to have you join us as our next {role}, and I'm excited to send over the details of your offer.",
    "Congratulations! The hiring committee approved an offer of employment for the {role} role.",
]


def s_offer(rng, base):
    m = Msg("offer", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l, addr, title = from_person(m, rng, company, dom, rng.choice(["Head of Talent", "VP Engineering", "Recruiter"]))
    me_to(m)
    m.subject = pick(rng, [f"Offer - {role}", f"Your offer from {company}", f"Re: {role} - great news!", f"{company} offer letter",
                           f"Congratulations, Alex!", f"Next steps: offer for {role}"])
    line = pick(rng, OFFER_EN).format(role=role, company=company)
    tail = pick(rng, ["Could you let me know a good time to walk through the details?", "The offer is valid for one week; please review and sign via DocuSign.",
                      "Let me know if you have any questions about the compensation package.", "Are you free for a quick call tomorrow to talk it through?",
                      "Please confirm your preferred start date."])
    m.body = f"{rng.choice(GREET)}\n\n{line} {tail}\n\n{sig(rng, f, l, title, company)}"
    asks = "1" if "?" in tail or "Please" in tail else "0"
    m.lab.update(job="1", stage="offer", asks_me=asks)
    return m


def s_offer_intl(rng, base):
    lang = rng.choice(["de", "fr", "es"])
    m = Msg("offer_" + lang, base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    if lang == "de":
        m.subject = "Ihr Vertragsangebot"
        m.body = f"Hallo Herr Rivera,\n\n{pick(rng, ['wir freuen uns sehr, Ihnen ein Angebot für die Stelle als Backend-Entwickler zu unterbreiten.', 'anbei erhalten Sie unser Vertragsangebot für die Position als Data Scientist.', 'wir möchten Ihnen gerne die Stelle anbieten und freuen uns auf Ihre Zusage.'])}\n\nViele Grüße\n{f} {l}"
    elif lang == "fr":
        m.subject = "Proposition d'embauche"
        m.body = f"Bonjour Alex,\n\n{pick(rng, ['Nous avons le plaisir de vous proposer le poste de Chef de projet.', 'Vous trouverez ci-joint votre promesse d’embauche pour le poste de Développeur Backend.', 'Nous sommes heureux de vous faire une offre pour le poste de Data Analyst.'])}\n\nBien à vous,\n{f} {l}"
    else:
        m.subject = "Oferta de empleo"
        m.body = f"Hola Alex,\n\n{pick(rng, ['Nos complace ofrecerte el puesto de Desarrollador Backend.', 'Adjuntamos la carta oferta para el puesto de Analista de Datos.', 'Estamos encantados de hacerte una oferta para incorporarte como Ingeniera de Software.'])}\n\nUn saludo,\n{f} {l}"
    m.lab.update(job="1", stage="offer", asks_me="-")
    return m


WITHDRAW_ME = [
    "I've accepted another offer and would like to withdraw my application.",
    "After a lot of thought I've decided to withdraw from the process.",
    "I wanted to let you know that I've accepted a position elsewhere, so please remove me from consideration.",
    "I'm writing to withdraw my candidacy for the {role} role.",
    "I've decided to accept another offer, so I'll need to withdraw from consideration.",
    "Due to a change in my personal circumstances, I'd like to withdraw my application for the {role} position.",
]
WITHDRAW_THEM = [
    "Unfortunately the {role} position has been put on hold due to budget changes.",
    "I wanted to let you know that we've paused hiring for the {role} role for the rest of the quarter.",
    "The {role} requisition has been cancelled following a reorganisation.",
    "We have decided not to fill the {role} position after all.",
    "Due to a company-wide hiring freeze, we are closing the {role} search.",
    "The role has been closed for now while leadership revisits the team's plans.",
]


def s_withdrawn(rng, base):
    m = Msg("withdrawn", base)
    company, dom = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    f, l = person(rng)
    if rng.random() < 0.5:
        m.h("From", f"{ME[0]} <{ME[1]}>")
        m.h("To", f"{f} {l} <{email_of(f, l, dom, rng)}>")
        m.subject = pick(rng, [f"Re: {role} interview", f"Withdrawing my application - {role}", f"Re: Next steps for {role}"])
        m.body = f"Hi {f},\n\nThank you so much for your time and for the conversations so far. {pick(rng, WITHDRAW_ME).format(role=role)} I really enjoyed getting to know the team.\n\nBest wishes,\nAlex"
        m.kind = "withdrawn_me"
    else:
        f, l, addr, title = from_person(m, rng, company, dom)
        me_to(m)
        m.subject = pick(rng, [f"Update on the {role} role", f"Re: {role} interview", f"{role} position - an update"])
        m.body = f"{rng.choice(GREET)}\n\n{pick(rng, WITHDRAW_THEM).format(role=role)} I'm really sorry for the disappointing news after all your time.\n\n{sig(rng, f, l, title, company)}"
        m.kind = "withdrawn_them"
    m.lab.update(job="1", stage="withdrawn", asks_me="-")
    return m


def s_intl_sched(rng, base):
    lang = rng.choice(["de", "fr", "es"])
    m = Msg("scheduling_" + lang, base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    if lang == "de":
        role = rng.choice(ROLES_DE)
        m.subject = pick(rng, [f"Einladung zum Vorstellungsgespräch - {role}", f"Ihre Bewerbung als {role}", "Terminvorschläge für ein Gespräch"])
        ask = pick(rng, ["Bitte teilen Sie uns Ihre Verfügbarkeit für die kommende Woche mit.",
                         "Wann hätten Sie Zeit für ein erstes Gespräch per Video?",
                         "Könnten Sie mir zwei oder drei Terminvorschläge nennen?",
                         "Passt Ihnen Dienstag um 10 Uhr oder Mittwoch um 14 Uhr?"])
        m.body = f"Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als {role}. Wir würden Sie gerne kennenlernen. {ask}\n\nMit freundlichen Grüßen\n{f} {l}"
    elif lang == "fr":
        role = rng.choice(ROLES_FR)
        m.subject = pick(rng, [f"Entretien pour le poste de {role}", f"Votre candidature - {role}", "Prochaine étape : entretien"])
        ask = pick(rng, ["Pourriez-vous m'indiquer vos disponibilités pour un entretien la semaine prochaine ?",
                         "Quels créneaux vous conviendraient pour un premier échange ?",
                         "Merci de me communiquer vos disponibilités pour un entretien en visio.",
                         "Seriez-vous disponible mardi à 10h ou jeudi à 15h ?"])
        m.body = f"Bonjour Alex,\n\nMerci pour votre candidature au poste de {role}. Nous aimerions vous rencontrer. {ask}\n\nBien cordialement,\n{f} {l}"
    else:
        role = rng.choice(ROLES_ES)
        m.subject = pick(rng, [f"Entrevista para el puesto de {role}", f"Tu candidatura - {role}", "Siguiente paso: entrevista"])
        ask = pick(rng, ["¿Podrías indicarme tu disponibilidad para una entrevista la próxima semana?",
                         "¿Qué horarios te vendrían bien para una primera llamada?",
                         "Por favor, indícame tu disponibilidad para agendar la entrevista.",
                         "¿Te viene bien el martes a las 10:00 o el jueves a las 16:00?"])
        m.body = f"Hola Alex,\n\nGracias por tu candidatura para el puesto de {role}. Nos gustaría conocerte. {ask}\n\nSaludos,\n{f} {l}"
    m.lab.update(job="1", stage="scheduling", asks_me="1")
    return m


def s_intl_promise(rng, base):
    lang = rng.choice(["de", "fr", "es"])
    m = Msg("promise_" + lang, base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    if lang == "de":
        role = rng.choice(ROLES_DE)
        s, exp = promise_de(rng, base)
        m.subject = pick(rng, [f"AW: Vorstellungsgespräch {role}", f"Ihre Bewerbung als {role}", "AW: Unser Gespräch"])
        m.body = f"Hallo Herr Rivera,\n\nvielen Dank für das angenehme Gespräch {pick(rng, ['heute', 'gestern', 'am Dienstag'])}. Wir sprechen gerade noch mit weiteren Bewerbern. {s}\n\nViele Grüße\n{f} {l}"
    elif lang == "fr":
        role = rng.choice(ROLES_FR)
        s, exp = promise_fr(rng, base)
        m.subject = pick(rng, [f"RE: Entretien {role}", f"Votre candidature - {role}", "Suite à notre entretien"])
        m.body = f"Bonjour Alex,\n\nMerci pour l'entretien {pick(rng, ['de ce matin', 'd’hier', 'de mardi'])} pour le poste de {role}. L'équipe fait le point sur les candidatures. {s}\n\nBien à vous,\n{f} {l}"
    else:
        role = rng.choice(ROLES_ES)
        s, exp = promise_es(rng, base)
        m.subject = pick(rng, [f"RE: Entrevista {role}", f"Tu candidatura - {role}", "Seguimiento de la entrevista"])
        m.body = f"Hola Alex,\n\nGracias por la entrevista {pick(rng, ['de hoy', 'de ayer', 'del martes'])} para el puesto de {role}. Estamos terminando el proceso de selección. {s}\n\nUn saludo,\n{f} {l}"
    m.lab.update(job="1", stage="awaiting_decision", promise=exp)
    return m


# ---------------------------------------------------------------- scenarios: auto replies

def away_phrase(rng, base):
    """(text, expected away date or None)."""
    d = future_day(base, 3, 25, rng, weekday_only=False)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    opts = [
        (f"I am out of the office until {WD[d.weekday()]}, {MON[d.month-1]} {d.day} with limited access to email.", d),
        (f"I'm currently out of office and will return on {MON[d.month-1]} {d.day}{suf}.", d),
        (f"I am on annual leave until {d.month}/{d.day} and will reply when I'm back.", d),
        (f"I'm away from the office and back on {d.day} {MON[d.month-1]}.", d),
        (f"I am travelling with limited access to email until {MON[d.month-1]} {d.day}, {d.year}.", d),
        (f"Thanks for your message. I'm on vacation through {WD[d.weekday()]} {d.month}/{d.day}.", d),
        (f"I'm on parental leave and returning {WD[d.weekday()]}, {MON[d.month-1][:3]} {d.day}.", d),
        ("I'm out of the office with limited access to email. I will respond as soon as possible.", None),
        (f"I am currently out of the office, returning {d.isoformat()}.", d),
        ("I am currently away. For anything urgent, please contact careers@ our main address.", None),
    ]
    return pick(rng, opts)


def s_exchange_ooo(rng, base):
    m = Msg("ooo_exchange", base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    orig = rng.choice([f"Re: {rng.choice(ROLES)} interview", f"Following up on my application", f"Checking in", f"{rng.choice(ROLES)} role - thank you"])
    m.subject = pick(rng, [f"Automatic reply: {orig}", f"Automatic reply: {orig}", f"Out of Office: {orig}", f"Autoreply: {orig}", f"Out of office - {orig}"])
    m.h("Auto-Submitted", "auto-generated")
    m.h("X-Auto-Response-Suppress", "All")
    if rng.random() < 0.5:
        m.h("X-MS-Exchange-Inbox-Rules-Loop", addr)
    text, d = away_phrase(rng, base)
    urgent = pick(rng, [f"For urgent recruiting matters, please contact talent@{dom}.", "I will respond to your email upon my return.",
                        f"If your matter is urgent, please reach out to my colleague {rng.choice(FIRST)}.", ""])
    m.body = f"{rng.choice(['Hello,', 'Hi,', 'Thank you for your email.', 'Thanks for reaching out.'])}\n\n{text} {urgent}\n\n{f} {l}"
    m.lab.update(job="-", auto_reply="1", away_until=d.isoformat() if d else "-")
    return m


def s_gmail_vacation(rng, base):
    m = Msg("ooo_gmail", base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    m.subject = pick(rng, [f"Re: {rng.choice(ROLES)} role", "Re: Quick follow-up", f"Re: Interview on {WD[rng.randrange(5)]}", "Re: Thank you!"])
    m.h("Auto-Submitted", "auto-replied")
    if rng.random() < 0.5:
        m.h("Precedence", "bulk")
    text, d = away_phrase(rng, base)
    m.body = f"{text}\n\n{rng.choice(['Best,', 'Thanks,', '--'])}\n{f}"
    m.lab.update(job="-", auto_reply="1", away_until=d.isoformat() if d else "-")
    return m


def s_ooo_header_less(rng, base):
    """An absence notice without automation headers: the text must tell."""
    m = Msg("ooo_noheader", base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    text, d = away_phrase(rng, base)
    m.subject = pick(rng, ["Out of Office", "Out of the office", "OOO until further notice", "Away: " + rng.choice(["Re: Interview", "Re: your application"]),
                           "Auto Reply: Re: " + rng.choice(ROLES)])
    m.body = f"{text}\n\n{f}"
    m.lab.update(job="-", auto_reply="1", away_until=d.isoformat() if d else "-")
    return m


def s_ooo_intl(rng, base):
    lang = rng.choice(["de", "fr", "es"])
    m = Msg("ooo_" + lang, base)
    company, dom = rng.choice(COMPANIES)
    f, l, addr, title = from_person(m, rng, company, dom)
    me_to(m)
    m.h("Auto-Submitted", "auto-replied")
    d = future_day(base, 3, 25, rng, weekday_only=False)
    if lang == "de":
        m.subject = pick(rng, ["Abwesenheitsnotiz: Ihre Bewerbung", "Automatische Antwort: Rückfrage", "Abwesenheitsnotiz"])
        text = pick(rng, [f"Ich bin bis zum {d.day:02d}.{d.month:02d}.{d.year} nicht im Büro.", f"Vielen Dank für Ihre Nachricht. Ich bin bis {d.day}. {MON_DE[d.month-1]} im Urlaub.",
                          f"Ich bin ab dem {d.day}.{d.month}. wieder erreichbar.", f"Ich bin außer Haus und ab {WD_DE[d.weekday()]}, {d.day}. {MON_DE[d.month-1]} zurück."])
    elif lang == "fr":
        m.subject = pick(rng, ["Réponse automatique : Candidature", "Absence du bureau", "Réponse automatique: RE: entretien"])
        text = pick(rng, [f"Je suis absente du bureau jusqu'au {d.day} {MON_FR[d.month-1]}.", f"Je suis en congés jusqu'au {WD_FR[d.weekday()]} {d.day} {MON_FR[d.month-1]} inclus.",
                          f"Je serai de retour le {d.day:02d}/{d.month:02d}/{d.year}.", f"Absent jusqu'au {d.day}/{d.month}, je traiterai votre message à mon retour."])
    else:
        m.subject = pick(rng, ["Respuesta automática: Tu candidatura", "Fuera de la oficina", "Respuesta automática"])
        text = pick(rng, [f"Estoy fuera de la oficina hasta el {d.day} de {MON_ES[d.month-1]}.", f"Estaré de vacaciones hasta el {d.day}/{d.month}/{d.year}.",
                          f"Regreso el {WD_ES[d.weekday()]} {d.day} de {MON_ES[d.month-1]}.", f"Me encuentro ausente hasta el {d.day} de {MON_ES[d.month-1]}; responderé a mi regreso."])
    m.body = f"{text}\n\n{f} {l}"
    m.lab.update(job="-", auto_reply="1", away_until=d.isoformat())
    return m


# ---------------------------------------------------------------- scenarios: hard negatives

ALERT_BOARDS = [("LinkedIn", "jobalerts-noreply@linkedin.com"), ("Indeed", "alert@indeed.com"), ("Glassdoor", "noreply@glassdoor.com"),
                ("StepStone", "jobagent@stepstone.de"), ("Otta", "hello@otta.com"), ("Wellfound", "talent@wellfound.com"),
                ("ZipRecruiter", "jobs@ziprecruiter.com"), ("Welcome to the Jungle", "alerts@welcometothejungle.com")]


def s_job_alert(rng, base):
    m = Msg("job_alert", base)
    board, addr = rng.choice(ALERT_BOARDS)
    m.h("From", f"{board} <{addr}>")
    me_to(m)
    q = rng.choice(ROLES)
    m.subject = pick(rng, [f"{rng.randrange(5, 40)} new jobs for \"{q}\"", f"{q} at {rng.choice(COMPANIES)[0]} and {rng.randrange(3, 30)} more jobs",
                           f"Jobs you may be interested in: {q}", f"New {q} roles in Remote", f"Your weekly job digest",
                           f"{rng.choice(COMPANIES)[0]} is hiring a {q}", f"Apply now: {q} ({rng.choice(['Remote', 'Berlin', 'NYC'])})",
                           f"Recommended for you: {q}"])
    jobs = "\n".join(f"{rng.choice(ROLES)} - {c} - {rng.choice(['Remote', 'New York, NY', 'London', 'Berlin', 'Austin, TX'])}\n{rng.choice(['Easy Apply', 'Be an early applicant', 'Actively recruiting', 'Posted 2 days ago'])}"
                     for c, _ in rng.sample(COMPANIES, 3))
    intro = pick(rng, [f"Your job alert for {q}", f"Based on your profile, here are new roles we think you'll like.", "Top job picks for you",
                       f"New jobs matching your search for {q}", "We found roles that match your preferences", "Fresh opportunities this week"])
    foot = pick(rng, ["See all jobs | Manage alerts | Unsubscribe", "You are receiving this email because you created a job alert. Unsubscribe.",
                      "Manage your email preferences", "View all jobs on the app"])
    m.body = f"{intro}\n\n{jobs}\n\n{foot}"
    if rng.random() < 0.8:
        m.h("List-Unsubscribe", f"<https://{addr.split('@')[1]}/unsubscribe?u={rng.getrandbits(32):x}>")
    if rng.random() < 0.4:
        m.html = True
    m.lab.update(job="0")
    return m


def s_press_interview(rng, base):
    m = Msg("press_interview", base)
    outlet, odom = rng.choice([("The Dev Weekly Podcast", "devweekly.fm"), ("TechCrunch", "techcrunch.com"), ("Ship It! podcast", "changelog.com"),
                               ("Wired", "wired.com"), ("Local Radio 91.5", "radio915.org"), ("The Morning Brief newsletter", "morningbrief.co")])
    f, l, addr, title = from_person(m, rng, outlet, odom, rng.choice(["Producer", "Staff Writer", "Host", "Editor"]))
    me_to(m)
    topic = rng.choice(["your open-source project", "remote work", "your talk at the conference", "the database migration you blogged about", "career changes into tech"])
    m.subject = pick(rng, [f"Interview request: {topic}", "Would you be a guest on our show?", f"Interview for an article on {topic}",
                           "Podcast interview?", "Quick interview for our newsletter", f"Press inquiry - {outlet}"])
    body = pick(rng, [f"I'm a journalist at {outlet} working on an article about {topic}. Would you be up for a 20-minute interview next week?",
                      f"I host {outlet} and would love to interview you about {topic} for an upcoming episode.",
                      f"We're putting together a feature on {topic} and our reporter would like to interview you. The piece runs in our magazine in May.",
                      f"I produce a weekly show and we'd love to have you on to talk about {topic}. Recording takes about an hour.",
                      f"Our readers loved your post and I'd like to interview you for our blog's Q&A series on {topic}."])
    m.body = f"Hi Alex,\n\n{body}\n\nThanks,\n{f} {l}\n{title}, {outlet}"
    m.lab.update(job="0", asks_me="1")
    return m


def s_user_research(rng, base):
    m = Msg("user_research", base)
    company, dom = rng.choice([("Notion", "makenotion.com"), ("Figma", "figma.com"), ("Spotify", "spotify.com"), ("Duolingo", "duolingo.com"), ("Miro", "miro.com")])
    f, l, addr, title = from_person(m, rng, company, dom, "UX Researcher")
    me_to(m)
    m.subject = pick(rng, [f"Share your feedback with {company} ($50 gift card)", "Invitation: 30-minute research interview", "Help us improve - user interview",
                           f"{company} user research study", "Would you chat with our product team?"])
    body = pick(rng, [f"We're running a short research study about how you use {company} and would love to interview you. Participants receive a $50 gift card.",
                      f"Our UX research team is looking for participants for 45-minute interviews about your experience with {company}. As a thank-you we offer an honorarium.",
                      f"We'd like to invite you to a remote usability session. You'll try a new feature while we interview you about it.",
                      f"As one of our most active users, you're invited to a customer interview with our product team. There's an Amazon voucher as an incentive."])
    m.body = f"Hi Alex,\n\n{body} Please pick a slot here: https://calendly.com/{company.lower()}-research\n\nThanks!\n{f}\n{title}, {company}"
    m.lab.update(job="0", asks_me="1")
    return m


def s_marketing(rng, base):
    m = Msg("marketing", base)
    brand, bdom = rng.choice([("CareerBoost Pro", "careerboost.pro"), ("ResumeRocket", "resumerocket.com"), ("Skillshare", "skillshare.com"),
                              ("Coursera", "coursera.org"), ("WealthWise", "wealthwise.io"), ("Masterclass", "masterclass.com")])
    m.h("From", f"{brand} <hello@{bdom}>")
    me_to(m)
    if rng.random() < 0.7:
        m.h("List-Unsubscribe", f"<mailto:unsub@{bdom}>")
    m.subject = pick(rng, ["Don't miss this opportunity", "A career opportunity you can't ignore 🚀", "Land your dream job in 30 days",
                           "Last chance: 40% off interview prep", "Your next opportunity starts here", "Ace your next interview with our course",
                           "Exclusive offer for job seekers"])
    body = pick(rng, ["This is your opportunity to take your career to the next level. Our interview coaching program has helped 10,000 job seekers land offers. Sign up today and get 40% off!",
                      "Opportunity knocks! Join our webinar on negotiating your salary and mastering the job interview. Register now - seats are limited.",
                      "Get your resume reviewed by experts and stand out to recruiters. Limited time offer: use promo code HIRED20 at checkout.",
                      "An exclusive opportunity to grow your savings. Click here to learn more.",
                      "Thousands of hiring managers use our platform. Upgrade to Premium to see who viewed your profile and get recruiter InMail credits."])
    m.body = f"{body}\n\n{rng.choice(['Unsubscribe', 'Manage preferences | Unsubscribe', 'You are receiving this because you signed up at ' + bdom + '. Unsubscribe.'])}"
    m.html = rng.random() < 0.5
    m.lab.update(job="0")
    return m


def s_calendar_spam(rng, base):
    m = Msg("calendar_spam", base)
    f, l = person(rng)
    m.h("From", f"{f} {l} <{email_of(f, l, rng.choice(['gmail.com', 'outlook.com', 'mail.ru']), rng)}>")
    me_to(m)
    d = future_day(base, 1, 6, rng)
    ev = pick(rng, ["Claim your prize!!", "Congratulations - you have been selected", "Crypto investment seminar", "Free iPhone giveaway",
                    "Work from home opportunity - earn $5000/week"])
    m.subject = f"Invitation: {ev} @ {WD[d.weekday()][:3]} {MON[d.month-1][:3]} {d.day}, {d.year}"
    m.body = f"You have been invited to the following event.\n\n{ev}\nClick here to confirm: http://bit.ly/x{rng.getrandbits(24):x}"
    m.calendar = "\r\n".join(["BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{d.strftime('%Y%m%d')}T150000Z",
                              f"SUMMARY:{ev}", "END:VEVENT", "END:VCALENDAR"])
    m.lab.update(job="0", asks_me="-")
    return m


def s_receipt(rng, base):
    m = Msg("receipt", base)
    shop, sdom = rng.choice([("Amazon.com", "amazon.com"), ("Uber Receipts", "uber.com"), ("Apple", "apple.com"), ("LinkedIn Premium", "linkedin.com"),
                             ("Indeed Resume Services", "indeed.com"), ("Zoom", "zoom.us")])
    m.h("From", f"{shop} <{rng.choice(['receipts', 'no-reply', 'billing', 'orders'])}@{sdom}>")
    me_to(m)
    n = rng.randrange(100000, 999999)
    m.subject = pick(rng, [f"Your receipt from {shop} #{n}", f"Order confirmation {n}", f"Your {shop} invoice", "Payment received - thank you",
                           f"Your order has shipped"])
    item = rng.choice(["LinkedIn Premium Career (monthly)", "Cracking the Coding Interview, 6th Ed.", "Interview suit - navy", "Zoom Pro (annual)",
                       "Trip with Uber", "Professional resume review"])
    m.body = f"Thanks for your order.\n\nOrder number: {n}\n{item}    ${rng.randrange(9, 300)}.{rng.randrange(10, 99)}\nSubtotal: ${rng.randrange(9, 300)}.00\nTotal paid: ${rng.randrange(9, 300)}.00\n\nView your order history in your account."
    m.lab.update(job="0")
    return m


def s_newsletter_hiring(rng, base):
    m = Msg("company_newsletter", base)
    company, dom = rng.choice(COMPANIES)
    m.h("From", f"{company} <news@{dom}>")
    me_to(m)
    m.h("List-Id", f"{company} updates <news.{dom}>")
    m.h("List-Unsubscribe", f"<https://{dom}/unsubscribe>")
    m.subject = pick(rng, [f"{company} monthly: we're hiring!", f"What's new at {company} - April edition", f"{company} newsletter #42",
                           f"Join our team: 12 open roles at {company}"])
    m.body = f"In this issue: our new product launch, a customer story, and an interview with our CTO about scaling the team.\n\nWe're hiring! Open roles include {rng.choice(ROLES)} and {rng.choice(ROLES)}. See our careers page.\n\nYou're receiving this because you subscribed. Unsubscribe."
    m.lab.update(job="0")
    return m


def s_personal(rng, base):
    m = Msg("personal", base)
    f, l = person(rng)
    m.h("From", f"{f} {l} <{email_of(f, l, rng.choice(['gmail.com', 'icloud.com', 'posteo.de']), rng)}>")
    me_to(m)
    m.subject = pick(rng, ["Dinner on Saturday?", "Re: photos from the trip", "Book club - next pick", "Re: moving boxes",
                           "Happy birthday!", "Re: the interview with my grandmother for the family history project", "Running this weekend?"])
    body = pick(rng, ["Are you still up for dinner on Saturday? I booked the place on 5th street for 7pm.",
                      "Here are the photos from the lake. The one with the dog is my favourite.",
                      "I finished the book! Let's meet next Thursday to talk about it. Who's picking the next one?",
                      "Thanks for helping with the move. I owe you a beer, or three.",
                      "I recorded the interview with grandma yesterday; it's two hours of stories about the farm.",
                      "Want to do the 10k loop on Sunday morning? I'll be at the park around 8."])
    m.body = f"Hey Alex,\n\n{body}\n\n{f}"
    m.lab.update(job="0", asks_me="-")
    return m


def s_work_internal(rng, base):
    """Ordinary work mail that uses hiring-ish words in another sense."""
    m = Msg("work_internal", base)
    company, dom = ("Fastmail", "fastmail.com")
    f, l = person(rng)
    m.h("From", f"{f} {l} <{email_of(f, l, 'fastmail.com', rng)}>")
    me_to(m)
    m.subject = pick(rng, ["Re: Q2 roadmap review", "Role-based access control design", "Re: position of the sidebar", "Notes from the customer interviews",
                           "Sprint retro", "Re: offer for the annual conference booth"])
    body = pick(rng, ["I've attached the notes. Let's discuss the role-based access control changes on Thursday.",
                      "The vendor sent a new offer for the conference booth; it's about 10% cheaper than last year.",
                      "Can we move the position of the sidebar toggle? Design feedback says it's hard to find.",
                      "I summarised the five customer interviews from last week. The main theme is onboarding.",
                      "Retro is at 3pm. Please add your notes to the board before then."])
    m.body = f"Hi Alex,\n\n{body}\n\n{f}"
    m.lab.update(job="0", asks_me="-")
    return m


def s_recruiter_spam(rng, base):
    """Mass 'recruiter' spam: bulk, not a conversation with one employer."""
    m = Msg("recruiter_spam", base)
    m.h("From", f"Career Center <jobs@{rng.choice(['best-jobs-now.biz', 'hiring-today.info', 'careers-global.net'])}>")
    me_to(m)
    m.h("Precedence", "bulk")
    m.subject = pick(rng, ["Saw your resume....", "Immediate openings - start Monday", "We reviewed your CV - urgent hiring",
                           "Part-time position available ($45/hr)", "CAREER OPPORTUNITY - WORK FROM HOME"])
    m.body = pick(rng, ["We found your resume online. We have many positions available, work from home, no experience required. Reply with YES to get started. To be removed, reply REMOVE.",
                        "Our company is hiring remote assistants. Excellent income, flexible hours! Click here to apply now.",
                        "Dear candidate, your CV matches our vacancy. Send your bank details to receive the first salary. Limited time."])
    m.lab.update(job="0", asks_me="-")
    return m


# ---------------------------------------------------------------- generation

JOB = [(s_recruiter_outreach, 8), (s_candidate_application, 5), (s_candidate_followup, 4), (s_ack, 8), (s_scheduling, 9),
       (s_confirmed, 6), (s_calendar, 3), (s_awaiting, 14), (s_promise_call, 6), (s_reject_en, 12), (s_reject_intl, 8),
       (s_offer, 6), (s_offer_intl, 3), (s_withdrawn, 8), (s_intl_sched, 6), (s_intl_promise, 9)]
AUTO = [(s_exchange_ooo, 7), (s_gmail_vacation, 5), (s_ooo_header_less, 3), (s_ooo_intl, 5)]
NEG = [(s_job_alert, 9), (s_press_interview, 6), (s_user_research, 5), (s_marketing, 6), (s_calendar_spam, 3), (s_receipt, 5),
       (s_newsletter_hiring, 3), (s_personal, 5), (s_work_internal, 4), (s_recruiter_spam, 3)]


def generate(part, seed, scale):
    global PART
    PART = part
    rng = random.Random(seed)
    name = "heldout" if part == 0 else "tune"
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml") or f == "labels.tsv":
            os.remove(os.path.join(out, f))
    rows = ["file\tjob\tstage\tpromise\tinterview\tauto_reply\taway_until\tasks_me\tkind"]
    n = 0
    for fn, count in JOB + AUTO + NEG:
        for _ in range(max(1, round(count * scale))):
            n += 1
            m = fn(rng, rand_base(rng))
            fname = f"{n:03d}_{m.kind}.eml"
            with open(os.path.join(out, fname), "w", encoding="utf-8", newline="") as fh:
                fh.write(m.render(n))
            L = m.lab
            rows.append("\t".join([fname, L["job"], L["stage"], L["promise"], L["interview"], L["auto_reply"], L["away_until"], L["asks_me"], m.kind]))
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    return n


if __name__ == "__main__":
    parts = sys.argv[1:] or ["heldout", "tune"]
    if "heldout" in parts:
        print("heldout:", generate(0, 20270408, 1.0))
    if "tune" in parts:
        print("tune:", generate(1, 4242, 1.2))
