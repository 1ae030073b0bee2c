package faultproxy

import (
	"bufio"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// echoServer answers with what it reads; what each connection received in
// all goes to the returned channel when it ends.
func echoServer(t *testing.T) string {
	addr, _ := recordingServer(t)
	return addr
}

func recordingServer(t *testing.T) (string, <-chan string) {
	t.Helper()
	got := make(chan string, 10)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				var all strings.Builder
				io.Copy(c, io.TeeReader(c, &all))
				got <- all.String()
			}()
		}
	}()
	return ln.Addr().String(), got
}

func dial(t *testing.T, p *Proxy) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(5 * time.Second))
	return c, bufio.NewReader(c)
}

func TestForward(t *testing.T) {
	p := Start(t, echoServer(t))
	c, r := dial(t, p)
	c.Write([]byte("hello\n"))
	if line, err := r.ReadString('\n'); line != "hello\n" || err != nil {
		t.Fatalf("echo = %q, %v; want hello", line, err)
	}
}

func TestCutAfterMarker(t *testing.T) {
	tests := []struct {
		name   string
		marker string
		n      int64
		send   []string
		want   string // what the server echoes back before the cut
	}{
		{"marker then 3 bytes", "APPEND", 3, []string{"a1 NOOP\nAPPEND 12345678\n"}, "a1 NOOP\nAPPEND 12"},
		{"marker split across writes", "APPEND", 2, []string{"x APP", "END yz\n"}, "x APPEND y"},
		{"no marker", "", 4, []string{"abcdefgh\n"}, "abcd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, received := recordingServer(t)
			p := Start(t, addr)
			p.CutAfter(FromClient, []byte(tt.marker), tt.n)
			c, r := dial(t, p)
			for _, s := range tt.send {
				c.Write([]byte(s))
				time.Sleep(20 * time.Millisecond) // separate reads on the proxy
			}
			if _, err := io.ReadAll(r); err != nil {
				t.Errorf("client read: %v, want EOF after the cut", err)
			}
			select {
			case got := <-received:
				if got != tt.want {
					t.Errorf("server saw %q, want %q", got, tt.want)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("server connection not closed by the cut")
			}
			if p.Cuts() != 1 {
				t.Errorf("Cuts() = %d, want 1", p.Cuts())
			}
			// One-shot: the next connection passes.
			c2, r2 := dial(t, p)
			c2.Write([]byte("APPEND again\n"))
			if line, _ := r2.ReadString('\n'); line != "APPEND again\n" {
				t.Errorf("after the cut, echo = %q", line)
			}
		})
	}
}

func TestStallAndResume(t *testing.T) {
	p := Start(t, echoServer(t))
	p.Stall()
	c, r := dial(t, p)
	c.Write([]byte("ping\n"))
	c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	if _, err := r.ReadString('\n'); err == nil || !strings.Contains(err.Error(), "timeout") {
		t.Fatalf("read during stall: err %v, want a timeout", err)
	}
	p.Resume()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if line, err := r.ReadString('\n'); line != "ping\n" {
		t.Fatalf("after Resume: %q, %v; want the held ping", line, err)
	}
}

func TestCutServerAnswer(t *testing.T) {
	addr, received := recordingServer(t)
	p := Start(t, addr)
	p.CutAfter(FromServer, []byte("OK"), 0)
	c, r := dial(t, p)
	c.Write([]byte("say OK please\n"))
	got, _ := io.ReadAll(r)
	if string(got) != "say OK" {
		t.Errorf("client got %q, want the answer cut after the marker", got)
	}
	if all := <-received; all != "say OK please\n" {
		t.Errorf("server got %q, want the whole command", all)
	}
}

func TestStallOn(t *testing.T) {
	p := Start(t, echoServer(t))
	p.StallOn(FromClient, []byte("FETCH"))
	c, r := dial(t, p)
	c.Write([]byte("NOOP\n"))
	if line, _ := r.ReadString('\n'); line != "NOOP\n" {
		t.Fatalf("before the marker: %q", line)
	}
	c.Write([]byte("FETCH 1\n"))
	c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	if _, err := r.ReadString('\n'); err == nil {
		t.Fatal("the FETCH got through a stalled proxy")
	}
	p.Resume()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if line, err := r.ReadString('\n'); line != "FETCH 1\n" {
		t.Fatalf("after Resume: %q, %v", line, err)
	}
}
