package classifier

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hearback/hearback/mailmsg"
)

// TestDetectNordic: Swedish, Danish and Norwegian mail is told apart from
// each other and from the other languages, the way recruiters and
// candidates write it; too little text, or two languages in one message,
// tells nothing.
func TestDetectNordic(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"sv ack", "Hej Alex,\n\nTack för din ansökan till tjänsten som systemutvecklare. Vi går igenom ansökningarna löpande och återkommer till dig senast vecka 16.\n\nVänliga hälsningar\nAnna Berg", Swedish},
		{"sv interview", "Hej!\n\nTack för ett trevligt samtal i dag. Jag hör av mig så snart jag vet mer, förhoppningsvis redan nästa vecka.\n\n/Henrik", Swedish},
		{"sv rejection", "Hej Alex,\n\nTyvärr har vi valt att gå vidare med en annan kandidat. Tack för att du tog dig tid för intervjun och lycka till framöver.\n\nMed vänliga hälsningar\nKarin", Swedish},
		{"da ack", "Hej Alex\n\nTak for din ansøgning til stillingen som udvikler. Vi har modtaget den og vender tilbage i løbet af næste uge.\n\nMed venlig hilsen\nMette Hansen", Danish},
		{"da interview", "Hej Alex\n\nTak for en rigtig god samtale i dag. Vi vil meget gerne se dig igen til en anden samtale – hvornår passer det dig?\n\nVenlig hilsen\nLouise", Danish},
		// "der", "den", "dem" and "gerne" are Danish as much as German.
		{"da not de", "Hej Alex\n\nDer er desværre ikke nyt endnu. Vi har talt med dem i dag, og de vil gerne have lidt mere tid til den sidste beslutning.\n\nMvh\nNikolaj", Danish},
		{"nb ack", "Hei Alex,\n\nTakk for søknaden din på stillingen som utvikler. Vi går gjennom søknadene fortløpende og gir deg beskjed innen utgangen av neste uke.\n\nVennlig hilsen\nIngrid Haugen", Norwegian},
		{"nb interview", "Hei!\n\nTakk for et veldig hyggelig intervju i dag. Jeg håper å kunne gi deg et svar i løpet av neste uke.\n\nHilsen\nMarius", Norwegian},
		// The same message in Danish and in Norwegian: each is its own.
		{"da twin", "Hej Alex, tak for din mail. Jeg håber, at vi kan give dig et svar i næste uge, men det bliver måske lidt senere.", Danish},
		{"nb twin", "Hei Alex, takk for e-posten din. Jeg håper at vi kan gi deg et svar i neste uke, men det blir kanskje litt senere.", Norwegian},
		{"sv twin", "Hej Alex, tack för ditt mejl. Jag hoppas att vi kan ge dig ett svar nästa vecka, men det blir kanske lite senare.", Swedish},
		// English keeps its "I" and reads as English among Nordic names.
		{"en from a Swede", "Hi Anna,\n\nI'm available on Tuesday. Looking forward to meeting you and the team in Malmö.\n\nBest,\nAlex", English},
		// Too short, or two languages at once.
		{"sv short", "Tack!", ""},
		{"nb short", "Takk for sist!", ""},
		{"da short", "Hej Alex, tak!", ""},
		{"sv and en", "Hej!\n\nJag är på semester och läser inte min mejl.\n\nHi!\n\nI am on vacation and will not be reading my email.", ""},
		{"nordic greeting only", "Hej Alex, thanks for the update.", ""},
		// Dutch is none of them ("dit", "den", "die").
		{"nl", "Beste Alex,\n\nHartelijk dank voor uw sollicitatie. Helaas moeten wij u laten weten dat wij voor een andere kandidaat hebben gekozen. Dit is een automatisch bericht.\n\nMet vriendelijke groet", ""},
	}
	for _, tc := range cases {
		if got := DetectLanguage(tc.text); got != tc.want {
			t.Errorf("%s: DetectLanguage(%.50q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestInformalNordic: Nordic mail says du; only du tells.
func TestInformalNordic(t *testing.T) {
	cases := []struct {
		lang, text      string
		informal, known bool
	}{
		{Swedish, "Tack för din ansökan, vi återkommer till dig.", true, true},
		{Swedish, "Vi återkommer så snart vi kan.", false, false},
		{Swedish, "Vi åker dit i morgon.", false, false}, // "dit" is there, not your
		{Danish, "Vi har modtaget din ansøgning og vender tilbage til dig.", true, true},
		{Danish, "Tak for mødet, vi ses.", false, false},
		{Norwegian, "Takk for søknaden din, vi gir deg beskjed.", true, true},
		{Norwegian, "Vi tar kontakt så snart som mulig.", false, false},
	}
	for _, tc := range cases {
		informal, known := Informal(tc.lang, tc.text)
		if informal != tc.informal || known != tc.known {
			t.Errorf("Informal(%s, %q) = %v, %v; want %v, %v", tc.lang, tc.text, informal, known, tc.informal, tc.known)
		}
	}
}

// TestDetectLanguageWrittenMail reads the written mail of testdata: no
// Swedish, Danish or Norwegian writer's message reads as another of the
// languages a draft is written in but English (some of them write
// English), most read as their own; no message of the German, French,
// Spanish, Dutch, Italian, Portuguese or English writers reads as
// Swedish, Danish or Norwegian.
func TestDetectLanguageWrittenMail(t *testing.T) {
	parts := []struct {
		lang string // "": the writers of none of the three
		dirs []string
	}{
		{Swedish, []string{"r33_swedish", "r34_swedish_retail_staffing", "r35_swedish_academia_research", "r36_swedish_municipal_it"}},
		{Danish, []string{"r33_danish", "r34_danish_health_public", "r35_danish_tech_startups", "r36_danish_retail_logistics"}},
		{Norwegian, []string{"r33_norwegian", "r34_norwegian_energy_tech", "r35_norwegian_public_health", "r36_norwegian_private_sector"}},
		{"", []string{"r8_german_speaking", "r30_dach_corporate_public", "r28_francophone", "r30_spanish_world", "r31_dutch_flemish",
			"r28_italy_portugal_brazil", "r9_nonnative_english", "r22_agency_recruiters_anglo"}},
	}
	for _, part := range parts {
		for _, dir := range part.dirs {
			checkWrittenLanguage(t, dir, part.lang)
		}
	}
}

// checkWrittenLanguage checks the languages of a part of the written
// mail whose writers write lang (or English), "" for none of the Nordic
// three.
func checkWrittenLanguage(t *testing.T, dir, lang string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "tune_written", dir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no messages (%v)", dir, err)
	}
	mine := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mailmsg.ParseBytes(raw)
		if err != nil {
			continue
		}
		got := DetectLanguage(m.OwnWords())
		switch {
		case got == lang:
			mine++
		case lang == "" && (got == Swedish || got == Danish || got == Norwegian):
			t.Errorf("%s reads as %q:\n%.300s", f, got, m.OwnWords())
		case lang != "" && got != "" && got != English:
			t.Errorf("%s reads as %q, not %q:\n%.300s", f, got, lang, m.OwnWords())
		}
	}
	if lang != "" && mine*10 < len(files)*6 {
		t.Errorf("%s: %d of %d messages read as %q, want at least 60%%", dir, mine, len(files), lang)
	}
	if lang != "" {
		t.Logf("%s: %d of %d read as %s", dir, mine, len(files), lang)
	}
}
