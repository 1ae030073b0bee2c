package draft

import "testing"

// A French draft names the job and the team the way a letter does: no
// "(H/F)" of the ad, no legal form, "d'" and "du" where French joins them.
func TestFrenchPhrases(t *testing.T) {
	for _, tc := range []struct{ role, company, job, team string }{
		{"Développeuse Go (H/F)", "Lumière Énergie SAS", "poste de Développeuse Go chez Lumière Énergie", "équipe de Lumière Énergie"},
		{"Data Scientist F/H", "Octave, S.A", "poste de Data Scientist chez Octave", "équipe d'Octave"},
		{"Ingénieur DevOps (F/H/X)", "Agrisens SARL", "poste d'Ingénieur DevOps chez Agrisens", "équipe d'Agrisens"},
		{"UX Designer (UX/UI)", "Yousign", "poste d'UX Designer (UX/UI) chez Yousign", "équipe de Yousign"},
		{"Responsable produit", "Yves Rocher", "poste de Responsable produit chez Yves Rocher", "équipe d'Yves Rocher"},
		{"Formateur", "Le Wagon", "poste de Formateur chez Le Wagon", "équipe du Wagon"},
		{"Journaliste", "Les Échos", "poste de Journaliste chez Les Échos", "équipe des Échos"},
		{"Chargée de projet", "La Poste", "poste de Chargée de projet chez La Poste", "équipe de La Poste"},
		{"(H/F)", "SAS", "poste chez SAS", "équipe de SAS"},
		{"", "", "poste", "équipe"},
	} {
		if got := jobNoun(French, tc.role, tc.company); got != tc.job {
			t.Errorf("jobNoun(%q, %q) = %q, want %q", tc.role, tc.company, got, tc.job)
		}
		if got := teamNoun(French, tc.company); got != tc.team {
			t.Errorf("teamNoun(%q) = %q, want %q", tc.company, got, tc.team)
		}
	}
}
