package http

import (
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// FuzzStreamStart reads any ?after= value and Last-Event-ID header as
// the stream does: it must not panic, must fail only with an invalid
// error, and a number it accepts must be what the text says.
func FuzzStreamStart(f *testing.F) {
	for _, seed := range [][2]string{{"", ""}, {"12", ""}, {"", "7"}, {"-1", "3"}, {"x", ""}, {" 5 ", ""}, {"", "99999999999999999999"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, after, last string) {
		if len(after)+len(last) > 512 {
			return
		}
		r := &nethttp.Request{URL: &url.URL{RawQuery: url.Values{"after": {after}}.Encode()}, Header: nethttp.Header{}}
		r.Header.Set("Last-Event-ID", last)
		n, err := streamStart(r)
		if err != nil {
			if hadath.ErrorCode(err) != hadath.EINVALID {
				t.Fatalf("streamStart(%q, %q) = %v; want an invalid error", after, last, err)
			}
			return
		}
		if n == -1 {
			return
		}
		if n < 0 {
			t.Fatalf("streamStart(%q, %q) = %d; want 0 or more", after, last, n)
		}
		given := after
		if given == "" {
			given = last
		}
		if want, err := strconv.ParseInt(strings.TrimSpace(given), 10, 64); err != nil || want != n {
			t.Fatalf("streamStart(%q, %q) = %d; want the number given", after, last, n)
		}
	})
}
