package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/mailmsg"
	"github.com/hearback/hearback/store"
)

func TestForgetCommand(t *testing.T) {
	dir := t.TempDir()
	cfgPath, dbPath := writeTestConfig(t, dir, []acctSpec{{name: "personal", port: 1}}, "")
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	mb := store.Mailbox{Account: "personal", Role: store.RoleInbox, Name: "INBOX", UIDValidity: 1}
	msg := func(uid uint32, id string, age time.Duration) store.Message {
		return store.Message{UID: uid, InternalDate: now.Add(-age), Message: mailmsg.Message{MessageID: id,
			Subject: "Role " + id, Date: now.Add(-age), From: mailmsg.Address{Email: "hr@" + id}}}
	}
	if err := st.SaveMessages(context.Background(), mb, []store.Message{
		msg(1, "old.example", 100*24*time.Hour), msg(2, "new.example", 24*time.Hour)}, 2); err != nil {
		t.Fatal(err)
	}
	st.Close()

	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"days needed", []string{"forget"}, exitConfig, "", "--older-than"},
		{"negative", []string{"forget", "--older-than", "-3"}, exitConfig, "", "positive"},
		{"forgets the old thread", []string{"forget", "--older-than", "30"}, exitOK, "personal: forgot 1 thread(s), 1 message(s)", ""},
		{"nothing left that old", []string{"forget", "--older-than", "30"}, exitOK, "personal: forgot 0 thread(s)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"--config", cfgPath}, tt.args...)...)
			if code != tt.code || !strings.Contains(stdout, tt.out) || !strings.Contains(stderr, tt.err) {
				t.Errorf("hearback %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
					tt.args, code, stdout, stderr, tt.code, tt.out, tt.err)
			}
		})
	}
	st, err = store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.CountMessages(context.Background(), "personal", ""); n != 1 {
		t.Errorf("store holds %d messages after forget, want 1 (the recent one)", n)
	}
}

// forget_after_days: the daemon's scheduled job purges old threads after
// its check, even when the check itself fails (here: no server).
func TestScheduledCheckForgets(t *testing.T) {
	dir := t.TempDir()
	cfgPath, dbPath := writeTestConfig(t, dir, []acctSpec{{name: "personal", port: 1}}, "forget_after_days: 30\n")
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().AddDate(0, 0, -45)
	mb := store.Mailbox{Account: "personal", Role: store.RoleInbox, Name: "INBOX", UIDValidity: 1}
	if err := st.SaveMessages(context.Background(), mb, []store.Message{{UID: 1, InternalDate: old,
		Message: mailmsg.Message{MessageID: "old@x.io", Subject: "Role", Date: old, From: mailmsg.Address{Email: "hr@x.io"}}}}, 1); err != nil {
		t.Fatal(err)
	}
	st.Close()

	log := newLogSink()
	g := &globals{configPath: cfgPath, stdout: log, stderr: log, stopSignals: func() {}}
	e, err := g.openEngine(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	svc := &engine.Service{}
	svc.ScheduledCheck(context.Background(), e)
	if n, _ := e.Store.CountMessages(context.Background(), "personal", ""); n != 0 {
		t.Errorf("store holds %d messages after the scheduled check, want 0 (forget_after_days: 30)\n%s", n, log.String())
	}
	if !strings.Contains(log.String(), "forgot old threads") {
		t.Errorf("log does not report the purge:\n%s", log.String())
	}
}
