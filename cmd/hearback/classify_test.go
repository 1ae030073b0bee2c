package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const promiseMail = "From: Jane Miller <jane@acme.example>\r\nTo: alex@example.com\r\n" +
	"Subject: Re: Senior Backend Engineer interview\r\nDate: Thu, 08 Apr 2027 09:30:00 -0400\r\n" +
	"Message-ID: <p1@acme.example>\r\n\r\n" +
	"Hi Alex,\r\n\r\nThanks for interviewing with us yesterday, the team enjoyed it too. We're wrapping up the last " +
	"conversations and we'll get back to you by the end of next week.\r\n\r\nJane\r\n"

func TestClassifyJSON(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "promise.eml", promiseMail)
	junk := writeFile(t, dir, "junk.raw", "// Not an RFC-822 Document\n")
	missing := filepath.Join(dir, "missing.eml")
	var out, errb bytes.Buffer
	g := &globals{stdout: &out, stderr: &errb}
	err := cmdClassify(context.Background(), g, []string{"--json", good, junk, missing})
	if err == nil || !strings.Contains(err.Error(), "missing.eml") {
		t.Errorf("err = %v, want one naming the unreadable file", err)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out.String())
	}
	first := lines[0]
	for _, k := range []string{"file", "job", "stage", "promise_at", "interview_at", "auto_reply", "away_until", "asks_me", "bulk", "reasons"} {
		if _, ok := first[k]; !ok {
			t.Errorf("field %q missing in %v", k, first)
		}
	}
	if first["job"] != true || first["stage"] != "awaiting_decision" || first["promise_at"] != "2027-04-16T17:00:00-04:00" ||
		first["interview_at"] != nil || first["away_until"] != nil {
		t.Errorf("promise mail = %v", first)
	}
	if lines[1]["error"] == nil || lines[1]["stage"] != "other" || lines[1]["job"] != false || len(lines[1]["reasons"].([]any)) == 0 {
		t.Errorf("not-a-message line = %v, want an error field and a verdict", lines[1])
	}
	if lines[2]["error"] == nil || lines[2]["file"] != missing {
		t.Errorf("missing file line = %v", lines[2])
	}
}

func TestClassifyTextAndStdin(t *testing.T) {
	var out bytes.Buffer
	g := &globals{stdout: &out, stderr: &out}
	old := classifyStdin
	classifyStdin = strings.NewReader(promiseMail)
	defer func() { classifyStdin = old }()
	if err := cmdClassify(context.Background(), g, []string{"-"}); err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(out.String())
	if strings.Count(line, "\n") != 0 || !strings.HasPrefix(line, "-: job, awaiting_decision; promise Fri 2027-04-16 17:00") ||
		!strings.Contains(line, "why: ") {
		t.Errorf("text line = %q", line)
	}
}

func TestClassifyNowForUndatedMail(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "nodate.eml", strings.Replace(promiseMail, "Date: Thu, 08 Apr 2027 09:30:00 -0400\r\n", "", 1))
	var out bytes.Buffer
	g := &globals{stdout: &out, stderr: &out}
	if err := cmdClassify(context.Background(), g, []string{f, "--json", "--now", "2027-04-08T09:30:00-04:00"}); err != nil {
		t.Fatal(err)
	}
	var v classifyView
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.PromiseAt == nil || v.PromiseAt.Format("2006-01-02") != "2027-04-16" || v.Date != nil {
		t.Errorf("undated mail with --now = %+v", v)
	}
}

func TestClassifyUsage(t *testing.T) {
	var out bytes.Buffer
	g := &globals{stdout: &out, stderr: &out}
	for _, args := range [][]string{nil, {"--now", "tomorrow", "x.eml"}, {"--bogus", "x.eml"}} {
		err := cmdClassify(context.Background(), g, args)
		if _, ok := err.(usageError); !ok {
			t.Errorf("classify %q: err %v, want a usage error", args, err)
		}
	}
}

// TestClassifySharedCorpus: every file of ../shared/corpus gets a line
// with a verdict, malformed MIME included; none is job mail.
func TestClassifySharedCorpus(t *testing.T) {
	dir := "../../classifier/testdata/public"
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var msgs []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".txt") && !strings.HasSuffix(f, ".md") && !strings.HasSuffix(f, ".tsv") {
			msgs = append(msgs, f)
		}
	}
	if len(msgs) < 50 {
		t.Fatalf("only %d corpus files", len(msgs))
	}
	var out bytes.Buffer
	g := &globals{stdout: &out, stderr: &out}
	if err := cmdClassify(context.Background(), g, append([]string{"--json"}, msgs...)); err != nil {
		t.Fatal(err)
	}
	n := 0
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v classifyView
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%q: %v", sc.Text(), err)
		}
		n++
		if v.Stage == "" || len(v.Reasons) == 0 || v.Job {
			t.Errorf("%s: %+v", v.File, v)
		}
	}
	if n != len(msgs) {
		t.Errorf("%d lines for %d files", n, len(msgs))
	}
}
