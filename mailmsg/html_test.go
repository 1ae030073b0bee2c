package mailmsg

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs stand apart", "<p>Dear Alex,</p><p>Unfortunately we will not be moving forward.</p>",
			"Dear Alex,\n\nUnfortunately we will not be moving forward."},
		{"source newlines are spaces", "<p>Thank you for your\n   interest in the\nrole.</p>",
			"Thank you for your interest in the role."},
		{"br is a line, two a blank line", "Hi Alex,<br>Thanks.<br><br>Best,<br/>Jane",
			"Hi Alex,\nThanks.\n\nBest,\nJane"},
		{"divs are lines", "<div>Hi Alex,</div><div><br></div><div>We regret to inform you.</div>",
			"Hi Alex,\n\nWe regret to inform you."},
		{"head, style, script and title dropped",
			"<html><head><title>Update</title><style>p{color:red}</style></head><body><script>var x='<p>';</script><p>Visible</p></body></html>",
			"Visible"},
		{"comments dropped, Outlook's too", "<p>A</p><!--[if mso]><table><tr><td>Outlook only</td></tr></table><![endif]--><p>B</p><!-- x > y -->",
			"A\n\nB"},
		{"hidden preheader dropped", `<div style="display: none; max-height:0">Preview text here</div><p>Real text.</p><span hidden>secret</span>`,
			"Real text."},
		{"nested hidden element", `<div style="display:none"><div>inner</div>still hidden</div><p>Shown</p>`,
			"Shown"},
		{"table cells and rows", "<table><tr><td>Role</td><td>Data Engineer</td></tr><tr><td>Status</td><td>Not selected</td></tr></table>",
			"Role Data Engineer\nStatus Not selected"},
		{"list items are lines", "<p>Next:</p><ul><li>one</li><li>two</li></ul><p>Bye</p>",
			"Next:\n\none\ntwo\n\nBye"},
		{"entities and nbsp", "<p>Caf&eacute; &amp; co&nbsp;&nbsp;rocks &lt;3</p><p>&nbsp;</p><p>End</p>",
			"Café & co rocks <3\n\nEnd"},
		{"quoted > in an attribute", `<a href="x" title="a > b">link</a> text`,
			"link text"},
		{"lone < is text", "1 < 2 and <b>bold</b>", "1 < 2 and bold"},
		{"pre keeps its lines", "<pre>line one\n  line two</pre><p>after</p>", "line one\nline two\n\nafter"},
		{"cut-off tag at the end", "<p>Kept</p><a href=\"http://exa", "Kept"},
		{"upper-case tags", "<P>One</P><BR><DIV>Two</DIV>", "One\n\nTwo"},
	}
	for _, tt := range tests {
		if got := HTMLToText(tt.in); got != tt.want {
			t.Errorf("%s: HTMLToText(%q) =\n%q\nwant\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestHTMLToTextATSTemplate: a table-laid ATS rejection keeps its
// sentences in paragraphs of their own and drops its preheader.
func TestHTMLToTextATSTemplate(t *testing.T) {
	in := `<!DOCTYPE html><html><head><meta charset="utf-8"><style>.x{}</style></head>
<body><span style="display:none!important">Update on your application</span>
<table role="presentation" width="100%"><tr><td align="center">
  <table width="600"><tr><td style="padding:24px">
    <p style="margin:0 0 16px">Dear Alex,</p>
    <p style="margin:0 0 16px">Thank you for your interest in the Data Engineer II position.
    After careful review, we have decided to pursue other candidates.</p>
    <p>We wish you success in your search.</p>
  </td></tr></table>
</td></tr></table>
<p style="font-size:11px">This is an automated message. Please do not reply.</p>
</body></html>`
	got := HTMLToText(in)
	want := "Dear Alex,\n\nThank you for your interest in the Data Engineer II position. After careful review, we have decided to pursue other candidates.\n\nWe wish you success in your search.\n\nThis is an automated message. Please do not reply."
	if got != want {
		t.Errorf("HTMLToText(template) =\n%q\nwant\n%q", got, want)
	}
	if strings.Contains(got, "Update on your application") {
		t.Error("the hidden preheader is shown")
	}
}

func BenchmarkHTMLToText(b *testing.B) {
	in := strings.Repeat(`<tr><td style="padding:8px"><p>Thank you for applying to the <b>Data Engineer</b> role&nbsp;at Acme.</p><div style="display:none">x</div></td></tr>`, 60)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		HTMLToText(in)
	}
}
