package watcher

import (
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// guardRead writes chunks, one Write each, into one end of a pipe and
// reads the other end through a wireGuard until the chunks are done or
// the guard fails. It returns what the reader got and the guard's error.
func guardRead(t *testing.T, lim wireLimits, lineMax int64, chunks ...string) ([]byte, error) {
	t.Helper()
	server, client := net.Pipe()
	defer server.Close()
	g := newWireGuard(client)
	defer g.Close()
	if lineMax > 0 {
		g.lineMax = lineMax
	}
	g.setLimits(lim)
	go func() {
		for _, c := range chunks {
			if _, err := server.Write([]byte(c)); err != nil {
				return
			}
		}
		server.Close()
	}()
	var got bytes.Buffer
	buf := make([]byte, 1<<20)
	for {
		n, err := g.Read(buf)
		got.Write(buf[:n])
		if errors.Is(err, io.EOF) {
			return got.Bytes(), nil
		}
		if err != nil {
			return got.Bytes(), err
		}
	}
}

func TestWireGuard(t *testing.T) {
	small := wireLimits{literal: 100}
	asked := wireLimits{literal: 100, asked: true}
	zeros := strings.Repeat("0", 40)
	tests := []struct {
		name    string
		lim     wireLimits
		lineMax int64
		chunks  []string
		wantErr string // "" for none
	}{
		{"lines", small, 0, []string{"* OK ready\r\n", "* CAPABILITY IMAP4rev1\r\nT1 OK done\r\n"}, ""},
		{"literal within bound", small, 0, []string{"* 1 FETCH (BODY[] {5}\r\nhello)\r\n"}, ""},
		{"literal of exactly the bound", small, 0, []string{"* LIST () \"/\" {100}\r\n", strings.Repeat("m", 100), "\r\n"}, ""},
		{"literal one over the bound", small, 0, []string{"* LIST () \"/\" {101}\r\n"}, "a 101-byte literal, more than the 100 accepted here"},
		{"marker inside a literal is content", small, 0, []string{"* 1 FETCH (BODY[] {15}\r\n", "{99999999999}\r\n", ")\r\nT1 OK\r\n"}, ""},
		{"literal split across reads", small, 0, []string{"* 1 FETCH (BODY[] {1", "0}", "\r", "\n01234", "56789", ")\r\n"}, ""},
		{"huge marker split across reads", small, 0, []string{"* LIST () \"/\" {9", "9999999999}", "\r", "\n", "xxxx"}, "a 99999999999-byte literal, more than the 100 accepted here"},
		{"non-synchronising literal", small, 0, []string{"* LIST () \"/\" {70000+}\r\n"}, "a 70000-byte literal"},
		{"space before CRLF", small, 0, []string{"* LIST () \"/\" {70000} \r\n"}, "a 70000-byte literal"},
		{"bare LF", small, 0, []string{"* LIST () \"/\" {70000}\n"}, "a 70000-byte literal"},
		{"literal8", small, 0, []string{"* 1 FETCH (BINARY[] ~{70000}\r\n"}, "a 70000-byte literal"},
		{"leading zeros", small, 0, []string{"* LIST () \"/\" {" + zeros + "99999999999}\r\n"}, "a 99999999999-byte literal"},
		{"size beyond int64", small, 0, []string{"* LIST () \"/\" {" + strings.Repeat("9", 30) + "}\r\n"}, "a literal of more than"},
		{"asked-for wording", asked, 0, []string{"* 1 FETCH (BODY[HEADER]<0> {99999999999}\r\n"}, "a 99999999999-byte literal, more than the 100 asked for"},
		{"slack above what was asked", asked, 0, []string{"* 1 FETCH (BODY[HEADER]<0> {1124}\r\n", strings.Repeat("h", 1124), ")\r\n"}, ""},
		{"beyond the slack", asked, 0, []string{"* 1 FETCH (BODY[HEADER]<0> {1125}\r\n"}, "a 1125-byte literal, more than the 100 asked for"},
		{"braces that are no marker", small, 0, []string{"* OK see {5} here\r\n", "* 1 FETCH {}\r\n* 1 FETCH {12a}\r\n* 1 FETCH {5}x\r\n", "T1 OK\r\n"}, ""},
		// go-imap reads these to the end of the line as text: a "{N}" at
		// its end announces nothing, and what follows is a new response.
		{"status text ending in a marker", small, 0, []string{"* OK [ALERT] {99999999999}\r\n", "* bye {99999999999}\r\n", "* PREAUTH {9999}\n", "T1 NO {99999999999}\r\n", "+ {99999999999}\r\n"}, ""},
		{"marker in status text does not hide a literal", small, 0, []string{"* OK {31}\r\n", "* LIST () \"/\" {99999999999}\r\n", "\n\n\n\n"}, "a 99999999999-byte literal"},
		{"data response after a literal", small, 0, []string{"* 1 FETCH (BODY[] {3}\r\nabc BODY[TEXT] {70000}\r\n"}, "a 70000-byte literal"},
		{"OK-like atom is data", small, 0, []string{"* OKAY {70000}\r\n"}, "a 70000-byte literal"},
		// go-imap reads a quoted string across line ends: its lines are one.
		{"quoted string across lines", small, 100, []string{"* LIST () \"/\" \"abc\n", strings.Repeat("x\n", 30), strings.Repeat("x\n", 30)}, "a line longer than 100 bytes"},
		{"marker in a quoted string", small, 0, []string{"* LIST () \"/\" \"a \\\" {70000}\r\n\"\r\n", "T1 OK\r\n"}, ""},
		{"quote in status text", small, 100, []string{"* OK \"unbalanced\r\n", strings.Repeat("* 1 EXISTS\r\n", 20)}, ""},
		{"endless line", small, 1024, []string{"* LIST () \"/\" ", strings.Repeat("a", 600), strings.Repeat("a", 600), strings.Repeat("a", 600)}, "a line longer than 1024 bytes"},
		{"line bound counts the whole response", small, 100, []string{"* 1 FETCH (A {10}\r\n0123456789 B ", strings.Repeat("x", 90), ")\r\n"}, "a line longer than 100 bytes"},
		{"literals do not count toward the line", wireLimits{literal: 1000}, 100, []string{"* 1 FETCH (A {900}\r\n", strings.Repeat("z", 900), ")\r\n", "* 2 FETCH (A {900}\r\n", strings.Repeat("z", 900), ")\r\n"}, ""},
		{"each line counts alone", small, 100, []string{strings.Repeat("* OK "+strings.Repeat("o", 60)+"\r\n", 20)}, ""},
		{"answer budget", wireLimits{literal: 100, answer: 120, what: "one command"}, 0, []string{strings.Repeat("* LIST () \"/\" INBOX\r\n", 4), strings.Repeat("* LIST () \"/\" INBOX\r\n", 4)}, "more than 120 bytes in answer to one command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := guardRead(t, tt.lim, tt.lineMax, tt.chunks...)
			all := strings.Join(tt.chunks, "")
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("read = %v, want no error", err)
				}
				if string(got) != all {
					t.Fatalf("read %q, want %q passed through untouched", got, all)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasSuffix(err.Error(), "; connection dropped") {
				t.Fatalf("read = %v, want an error with %q", err, tt.wantErr)
			}
			// Nothing of the read that crossed the bound reaches the
			// client: at most the chunks before it.
			if !strings.HasPrefix(all, string(got)) || len(got) >= len(all) {
				t.Errorf("reader got %d of %d bytes, want only what came before the violation", len(got), len(all))
			}
		})
	}
}

// After a violation every Read fails with the same error, the connection
// is closed (so the server stops sending), and limits changed later do
// not revive it.
func TestWireGuardStaysFailed(t *testing.T) {
	server, client := net.Pipe()
	defer server.Close()
	g := newWireGuard(client)
	go server.Write([]byte("* LIST () \"/\" {99999999999}\r\n"))
	buf := make([]byte, 4096)
	_, err := g.Read(buf)
	if err == nil {
		t.Fatal("Read() = nil error, want the literal refused")
	}
	g.setLimits(wireLimits{literal: 1 << 60})
	if _, err2 := g.Read(buf); err2 == nil || err2.Error() != err.Error() {
		t.Errorf("second Read() = %v, want %v again", err2, err)
	}
	if err := g.failure(); err == nil {
		t.Error("failure() = nil after a violation")
	}
	server.SetWriteDeadline(time.Now().Add(time.Second))
	if _, err := server.Write([]byte("more")); err == nil {
		t.Error("the server could still write: the guard did not close the connection")
	}
}

// The greeting hearback hands go-imap after its own STARTTLS comes first
// and is scanned like the rest.
func TestWireGuardPending(t *testing.T) {
	server, client := net.Pipe()
	defer server.Close()
	g := newWireGuard(client)
	g.pending = []byte("* OK TLS established\r\n")
	go func() {
		server.Write([]byte("* CAPABILITY IMAP4rev1\r\n"))
		server.Close()
	}()
	got, err := io.ReadAll(g)
	if err != nil || string(got) != "* OK TLS established\r\n* CAPABILITY IMAP4rev1\r\n" {
		t.Errorf("ReadAll() = %q, %v", got, err)
	}
}

// Most of what a sync reads is literal content, which the guard skips
// without looking at it; the lines around it are scanned byte by byte.
func BenchmarkWireGuardFetch(b *testing.B) {
	var resp bytes.Buffer
	for i := range 200 {
		resp.WriteString("* ")
		resp.WriteString(strings.Repeat("1", 1+i%3))
		resp.WriteString(" FETCH (UID 4242 FLAGS (\\Seen) INTERNALDATE \"17-Jul-2026 02:44:25 -0700\" RFC822.SIZE 23456 BODY[HEADER]<0> {3000}\r\n")
		resp.Write(bytes.Repeat([]byte("h"), 3000))
		resp.WriteString(" BODY[TEXT]<0> {16384}\r\n")
		resp.Write(bytes.Repeat([]byte("t"), 16384))
		resp.WriteString(")\r\n")
	}
	data := resp.Bytes()
	g := &wireGuard{lineMax: lineMax, lim: fetchLimits(200)}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		g.read = 0
		for off := 0; off < len(data); off += 4096 {
			if err := g.scan(data[off:min(off+4096, len(data))]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
