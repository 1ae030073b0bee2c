package main

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hearback/hearback/classifier/internal/modelhook"
)

// A tiny tuning set of two folders: with -validate naming one of them,
// only its messages are measured (the rules alone count exactly its
// rejections), the model is fitted on the other, and the table says so.
func TestCrossValidateHoldsOutTheValidationFolders(t *testing.T) {
	msg := func(i int, subject, body string) []byte {
		return []byte(fmt.Sprintf("From: Hiring Team <jobs@acme%d.example>\r\nTo: Alex Rivera <alex.rivera@fastmail.com>\r\n"+
			"Subject: %s\r\nDate: Tue, 09 Mar 2027 14:05:00 -0500\r\nMessage-ID: <m%d@acme.example>\r\n"+
			"Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", i, subject, i, body))
	}
	no := "Dear Alex,\r\n\r\nThank you for your application for the Data Engineer role. Unfortunately we have decided to move forward with other candidates. We wish you the best of luck in your search."
	yes := "Hi Alex,\r\n\r\nThanks for applying to the Data Engineer role. Could you do a call on Thursday at 3pm with our hiring manager?"
	var exs []example
	add := func(writer string, i int, body string, reject bool) {
		raw := msg(i, "Your application: Data Engineer", body)
		exs = append(exs, example{writer: writer, file: fmt.Sprintf("%03d.eml", i), raw: raw, feats: modelhook.Features(raw),
			judged: true, job: true, reject: reject, pos: reject})
	}
	for i := range 4 {
		add("old_writer", i, no, true)
		add("old_writer", 10+i, yes, false)
	}
	add("r9_new", 20, no, true)
	add("r9_new", 21, no, true)
	add("r9_new", 22, yes, false)

	_, baseline, table := crossValidate(exs, "r9_*", tasks["rejection"])
	if got := baseline.score.tp + baseline.score.fn; got != 2 {
		t.Errorf("rules alone judged %d rejections, want the 2 of the validation folder", got)
	}
	if !strings.Contains(table, `measured on the folders "r9_*"`) || !strings.Contains(table, "r9_*") {
		t.Errorf("the table does not name the validation folders:\n%s", table)
	}
	if strings.Contains(table, "old_writer") {
		t.Errorf("the table measures a folder outside the validation glob:\n%s", table)
	}
}

// priorShift moves a bias fitted where 3 of 4 examples are positive to
// one for an even share: by log(1/1) - log(3/1), and not at all for 0.
func TestPriorShift(t *testing.T) {
	exs := []example{{pos: true}, {pos: true}, {pos: true}, {pos: false}, {pos: false}}
	held := map[int]bool{4: true}
	if got, want := priorShift(exs, held, 0.5), -math.Log(3); math.Abs(got-want) > 1e-12 {
		t.Errorf("priorShift(3 of 4, 0.5) = %g, want %g", got, want)
	}
	if got := priorShift(exs, held, 0); got != 0 {
		t.Errorf("priorShift(prior 0) = %g, want 0", got)
	}
}
