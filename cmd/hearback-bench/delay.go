package main

import (
	"net"
	"strings"
	"time"
)

// delayProxy forwards connections from ln to target with oneWay added to
// each direction, as a server that is not on loopback would answer: it
// keeps the bandwidth and adds the round trip, so that what a client
// waits for between commands shows. Used with -rtt, and on its own as
// HEARBACK_BENCH_PROXY="LISTEN TARGET ONE-WAY-DELAY".
func delayProxy(ln net.Listener, target string, oneWay time.Duration) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				return
			}
			go delayCopy(s, c, oneWay)
			delayCopy(c, s, oneWay)
		}()
	}
}

// delayCopy copies src to dst, each chunk sent oneWay after it was read.
func delayCopy(dst, src net.Conn, oneWay time.Duration) {
	type chunk struct {
		at time.Time
		b  []byte
	}
	line := make(chan chunk, 4096)
	go func() {
		defer close(line)
		for {
			b := make([]byte, 64<<10)
			n, err := src.Read(b)
			if n > 0 {
				line <- chunk{time.Now().Add(oneWay), b[:n]}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range line {
		time.Sleep(time.Until(c.at))
		if _, err := dst.Write(c.b); err != nil {
			break
		}
	}
	for range line {
	}
	if tc, ok := dst.(*net.TCPConn); ok {
		tc.CloseWrite()
	} else {
		dst.Close()
	}
}

// proxyMain runs the proxy of spec "LISTEN TARGET ONE-WAY-DELAY" until
// killed.
func proxyMain(spec string) error {
	f := strings.Fields(spec)
	d, err := time.ParseDuration(f[2])
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", f[0])
	if err != nil {
		return err
	}
	delayProxy(ln, f[1], d)
	return nil
}
