package mailmsg

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchMailbox generates n messages shaped like a job seeker's mailbox:
// relay headers and a DKIM signature ahead of the fields hearback reads,
// plain text, multipart/alternative with HTML, the odd attachment or
// encoded-word name. Each is cut to 16 KiB like hearback's partial fetch.
func benchMailbox(n int) [][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("thanks for your application we would like to schedule an interview " +
		"with the team next week please let me know which time works best recruiter role " +
		"position offer update regards best cheers quick call today tomorrow")
	names := []string{"Priya Tanaka", "Jane Doe", "Renée Müller", "Tom O'Brien", "Recruiting Team"}
	domains := []string{"globex.example", "acme.example", "initech.example", "example.com"}
	para := func(lines int) string {
		var b strings.Builder
		for range lines {
			for j := range 12 {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[rng.IntN(len(words))])
			}
			b.WriteString(".\r\n")
		}
		return b.String()
	}
	out := make([][]byte, 0, n)
	date := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := range n {
		name := names[rng.IntN(len(names))]
		dom := domains[rng.IntN(len(domains))]
		user := strings.ToLower(strings.ReplaceAll(strings.Fields(name)[0], "é", "e"))
		var b strings.Builder
		fmt.Fprintf(&b, "Return-Path: <bounce-%d@%s>\r\nDelivered-To: me@example.com\r\n", i, dom)
		for j := range 3 {
			fmt.Fprintf(&b, "Received: from mail%d.%s (mail%d.%s [198.51.100.%d])\r\n\tby mx%d.example.com (Postfix) with ESMTPS id %X\r\n\tfor <me@example.com>; %s\r\n",
				j, dom, j, dom, rng.IntN(250), j, rng.Uint32(), date.Format(time.RFC1123Z))
		}
		fmt.Fprintf(&b, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1;\r\n\th=from:to:subject:date:message-id; bh=%x=;\r\n\tb=%x%x\r\n",
			dom, rng.Uint64(), rng.Uint64(), rng.Uint64())
		switch rng.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "From: %s@%s\r\n", user, dom)
		case 1:
			fmt.Fprintf(&b, "From: %s <%s@%s>\r\n", name, user, dom)
		case 2:
			fmt.Fprintf(&b, "From: =?UTF-8?Q?%s?= <%s@%s>\r\n", strings.ReplaceAll(name, " ", "_"), user, dom)
		default:
			fmt.Fprintf(&b, "From: \"%s\" <%s@%s>\r\n", name, user, dom)
		}
		b.WriteString("To: me@example.com\r\n")
		if rng.IntN(4) == 0 {
			fmt.Fprintf(&b, "Cc: \"Hiring Manager\" <hm@%s>, team@%s\r\n", dom, dom)
		}
		fmt.Fprintf(&b, "Subject: Re: Interview for the %s role\r\n", words[rng.IntN(len(words))])
		fmt.Fprintf(&b, "Message-ID: <%d.%x@%s>\r\n", i, rng.Uint64(), dom)
		if i > 0 && rng.IntN(2) == 0 {
			fmt.Fprintf(&b, "In-Reply-To: <%d.prev@%s>\r\nReferences: <%d.root@%s> <%d.prev@%s>\r\n", i-1, dom, i-1, dom, i-1, dom)
		}
		fmt.Fprintf(&b, "Date: %s\r\nMIME-Version: 1.0\r\n", date.Format(time.RFC1123Z))
		date = date.Add(37 * time.Minute)
		text := "Hi,\r\n\r\n" + para(4+rng.IntN(30)) + "\r\nCheers\r\n"
		switch k := rng.IntN(10); {
		case k < 6:
			b.WriteString("Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
			b.WriteString(text)
		case k < 9:
			b.WriteString("Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n")
			b.WriteString("--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
			b.WriteString(text)
			b.WriteString("--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>")
			b.WriteString(strings.ReplaceAll(text, "\r\n", "<br>\r\n"))
			b.WriteString("</p></body></html>\r\n--b1--\r\n")
		default:
			b.WriteString("Content-Type: multipart/mixed; boundary=\"m1\"\r\n\r\n")
			b.WriteString("--m1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
			b.WriteString(text)
			b.WriteString("--m1\r\nContent-Type: application/pdf; name=cv.pdf\r\nContent-Disposition: attachment; filename=cv.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n")
			for range 300 {
				fmt.Fprintf(&b, "%016x%016x%016x%012x\r\n", rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()>>16)
			}
			b.WriteString("--m1--\r\n")
		}
		raw := []byte(b.String())
		if len(raw) > 16384 {
			raw = raw[:16384]
		}
		out = append(out, raw)
	}
	return out
}

func BenchmarkParseBytes(b *testing.B) {
	b.Run("mailbox", func(b *testing.B) {
		msgs := benchMailbox(500)
		var size int64
		for _, m := range msgs {
			size += int64(len(m))
		}
		b.SetBytes(size / int64(len(msgs)))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			if _, err := ParseBytes(msgs[i%len(msgs)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("corpus", func(b *testing.B) {
		files, _ := filepath.Glob("../../shared/corpus/*")
		var msgs [][]byte
		for _, f := range files {
			if ext := filepath.Ext(f); ext == ".txt" || ext == ".tsv" || ext == ".md" {
				continue
			}
			if raw, err := os.ReadFile(f); err == nil {
				msgs = append(msgs, raw)
			}
		}
		if len(msgs) == 0 {
			b.Skip("shared corpus not present next to the checkout")
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			ParseBytes(msgs[i%len(msgs)])
		}
	})
}
