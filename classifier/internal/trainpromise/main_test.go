package main

import "testing"

// The fit learns what it is shown: a word only positive sentences have
// gets a positive weight, one only negative ones have a negative one, and
// the same examples in the same order give the same weights.
func TestFit(t *testing.T) {
	var exs []example
	for range 50 {
		exs = append(exs, example{feats: []string{"w:we", "w:promise"}, pos: true},
			example{feats: []string{"w:we", "w:deadline"}, pos: false})
	}
	bias, w := fit(exs)
	if w["w:promise"] <= 0 || w["w:deadline"] >= 0 {
		t.Errorf("weights %v: want promise > 0 > deadline", w)
	}
	if score(bias, w, []string{"w:we", "w:promise"}) <= score(bias, w, []string{"w:we", "w:deadline"}) {
		t.Errorf("a promise scores no higher than a deadline")
	}
	bias2, w2 := fit(exs)
	if bias2 != bias || w2["w:promise"] != w["w:promise"] {
		t.Errorf("two fits of the same examples differ")
	}
}
