package mailmsg

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net/mail"
	"strings"
	"testing"

	gomessage "github.com/emersion/go-message"
)

// The shortcuts in ParseBytes must agree exactly with the library code they
// stand in for. These tests compare them on the inputs the shortcuts accept.

// chunkReader returns at most a random number of bytes per Read and records
// the length of every buffer it was given.
type chunkReader struct {
	data  []byte
	rng   *rand.Rand
	sizes []int
	err   error // returned at the end instead of io.EOF, when set
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 1+r.rng.IntN(3000))], r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadLimitedMatchesReadAll(t *testing.T) {
	for _, size := range []int{0, 1, 100, 511, 512, 513, 700, 4096, 8191, 8192, 8193, 20000, 40000, 70000} {
		for _, limit := range []int{MaxExcerpt * 2, MaxExcerpt * 8, MaxCalendar, 1000, maxReadLimit} {
			for _, end := range []error{nil, errors.New("boom")} {
				for seed := range uint64(5) {
					data := bytes.Repeat([]byte("0123456789abcdef"), size/16+1)[:size]
					want := &chunkReader{data: data, rng: rand.New(rand.NewPCG(seed, 1)), err: end}
					wb, werr := io.ReadAll(io.LimitReader(want, int64(limit)))
					got := &chunkReader{data: data, rng: rand.New(rand.NewPCG(seed, 1)), err: end}
					gb, gerr := readLimited(got, []byte("prefix"), limit)
					name := fmt.Sprintf("size %d limit %d end %v seed %d", size, limit, end, seed)
					if string(gb) != "prefix"+string(wb) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
						t.Errorf("%s: readLimited = %d bytes, %v; want %d bytes, %v", name, len(gb)-6, gerr, len(wb), werr)
					}
					if fmt.Sprint(got.sizes) != fmt.Sprint(want.sizes) {
						t.Errorf("%s: read sizes %v, want %v", name, got.sizes, want.sizes)
					}
				}
			}
		}
	}
}

// The body reader of the fast path behaves like gomessage.Read's for any
// sequence of reads.
func FuzzCleanHeader(f *testing.F) {
	for _, m := range benchMailbox(20) {
		f.Add(m, uint64(1))
	}
	f.Add([]byte("From: a@b.c\n"+strings.Repeat("X-Pad: "+strings.Repeat("p", 4080)+"\n", 3)+"\nbody"), uint64(2))
	f.Add([]byte("Subject: x\r\n  folded\r\n\tagain\r\nContent-Type: text/plain\r\n\r\n"), uint64(3))
	f.Fuzz(func(t *testing.T, raw []byte, seed uint64) {
		var h cleanHeader
		if !scanCleanHeader(raw, &h) {
			return
		}
		want, err := gomessage.Read(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("clean header, but gomessage.Read: %v", err)
		}
		if want.Header.Len() != h.fields {
			t.Errorf("%d fields, want %d", h.fields, want.Header.Len())
		}
		got, vals, br, err := readClean(raw, &h)
		defer releaseReader(br)
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range headerKeys {
			w := want.Header.Get(k)
			g := got.Header.Get(k)
			if i < numFields {
				g = vals[i]
			}
			if g != w {
				t.Errorf("%s = %q, want %q", k, g, w)
			}
		}
		wr := want.Body.(*bufio.Reader)
		rng := rand.New(rand.NewPCG(seed, 2))
		for range 20 {
			n := rng.IntN(6000)
			p, q := make([]byte, n), make([]byte, n)
			wn, werr := wr.Read(p)
			gn, gerr := br.Read(q)
			if wn != gn || werr != gerr || !bytes.Equal(p[:wn], q[:gn]) || wr.Buffered() != br.Buffered() {
				t.Fatalf("body Read(%d) = %d, %v (%d buffered), want %d, %v (%d buffered)", len(p), gn, gerr, br.Buffered(), wn, werr, wr.Buffered())
			}
		}
	})
}

func FuzzSimpleAddressList(f *testing.F) {
	for _, s := range []string{"a@b.c", "Jane Doe <j@x.y>", `"Doe, Jane" <j@x.y>, b@c.d`, "<a@b.c>", `"Jané" <J@X.Y>`, "a..b@c", "J.R. <a@b>", "a@b (c)"} {
		f.Add(s)
	}
	parser := mail.AddressParser{WordDecoder: wordDecoder}
	f.Fuzz(func(t *testing.T, v string) {
		got, ok := simpleAddressList(v)
		if !ok {
			return
		}
		list, err := parser.ParseList(v)
		if err != nil {
			t.Fatalf("simpleAddressList(%q) ok, net/mail: %v", v, err)
		}
		var want []Address
		for _, a := range list {
			if a.Address != "" {
				want = append(want, Address{Name: Clean(a.Name), Email: NormalizeEmail(a.Address)})
			}
		}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
			t.Errorf("simpleAddressList(%q) = %q, want %q", v, got, want)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Sun, 16 Mar 2025 07:35:37 +0000", "Mon, 6 Jan 2025 23:59:59 -0130", "Xyz, 32 Foo 2025 99:99:99 +9999", "16 Mar 2025 07:35:37 +0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got, gerr := parseDate(v)
		want, werr := mail.ParseDate(v)
		if fmt.Sprint(gerr) != fmt.Sprint(werr) || !got.Equal(want) || got.Location().String() != want.Location().String() || got.String() != want.String() {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", v, got, gerr, want, werr)
		}
	})
}

func FuzzSimpleMediaType(f *testing.F) {
	for _, s := range []string{"text/plain", `text/plain; charset="UTF-8"`, "Multipart/Alternative; boundary=b1", "attachment; filename=cv.pdf", "a/b; x=1; X=1", "a/b;", "text/plain; name*=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		got, ok := simpleMediaType(v)
		if !ok {
			return
		}
		want, _, err := mime.ParseMediaType(v)
		if err != nil || got != want {
			t.Errorf("simpleMediaType(%q) = %q, want %q, %v", v, got, want, err)
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"hi there", " x", "a  b", "tab\there", "é", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isClean(s) && cleanSlow(s) != s {
			t.Errorf("isClean(%q), but Clean gives %q", s, cleanSlow(s))
		}
	})
}

// excerpt on bytes is the string functions it replaces.
func FuzzExcerpt(f *testing.F) {
	f.Add("  a\r\nb\rc\n\r\r\n  ")
	f.Add(strings.Repeat("é\r\n", 3000))
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		want := truncate(strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")), MaxExcerpt)
		if got := excerpt([]byte(s)); got != want {
			t.Errorf("excerpt(%q) = %q, want %q", s, got, want)
		}
	})
}
