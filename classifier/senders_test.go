package classifier

import "testing"

// TestIsNoReply holds every address the classifier's, the policy's and the
// composer's tests relied on (each had its own list before IsNoReply), and
// the spellings one of the three lists missed.
func TestIsNoReply(t *testing.T) {
	tests := []struct {
		email string
		want  bool
	}{
		// Nobody reads these.
		{"no-reply@myworkday.com", true},
		{"jobalerts-noreply@linkedin.com", true},
		{"notifications@github.com", true},
		{"MAILER-DAEMON@mx.example", true},
		{"no-reply@greenhouse.io", true},
		{"noreply@greenhouse.io", true},
		{"no-reply@hire.lever.co", true},
		{"no-reply@us.greenhouse-mail.io", true},
		{"no-reply@ats.example", true},
		{"no-reply@acme.com", true},
		{"noreply@acme.com", true},
		{"do-not-reply@acme.com", true},
		{"notifications@acme.com", true},
		{"No_Reply@acme.com", true},
		{"no.reply@acme.com", true},
		{"DoNotReply@acme.com", true},
		{"careers-donotreply@acme.com", true},
		{"noreplies@acme.com", true},
		{"mailer-daemon@acme.com", true},
		{"mailer_daemon@acme.com", true},
		{"MAILER-DAEMON", true},
		{"postmaster@acme.com", true},
		{"bounce@acme.com", true},
		{"bounces+12345@mail.acme.com", true},
		{"notification-service@acme.com", true},
		{"notify@acme.com", true},
		{"alerts@acme.com", true},
		{"alert@acme.com", true},
		{"mailer@acme.com", true},
		{"daemon@acme.com", true},
		// A person, or a team that answers.
		{"maria@acme.com", false},
		{"maria@vandelay.com", false},
		{"jane.doe@acme.com", false},
		{"orders@shop.example", false},
		{"recruiting@acme.com", false},
		{"careers@acme.com", false},
		{"jobs@acme.com", false},
		{"talent@acme.com", false},
		{"talent-acquisition@acme.com", false},
		{"hr@acme.com", false},
		{"info@acme.com", false},
		{"hello@acme.com", false},
		{"team@acme.com", false},
		{"reply@acme.com", false},
		{"@noreply.example.com", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsNoReply(tt.email); got != tt.want {
			t.Errorf("IsNoReply(%q) = %v, want %v", tt.email, got, tt.want)
		}
	}
}
