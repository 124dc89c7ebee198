package watch_test

import (
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath/watch"
)

func TestParseSources(t *testing.T) {
	tests := []struct {
		in   string
		want string // "URL every name; ..." or "error: ..."
	}{
		{"", ""},
		{"# comment\n\nhttps://a.example/feed.xml\n", "https://a.example/feed.xml 15m0s "},
		{"https://a.example/rss every=2m name=Agency\n  http://b.example/page  ", "https://a.example/rss 2m0s Agency; http://b.example/page 15m0s "},
		{"ftp://a.example/feed", `error: sources:1: "ftp://a.example/feed" is not an http(s) URL`},
		{"https://a.example/rss every=soon", "error: sources:1: every=soon: not a duration such as 90s, 15m or 1h"},
		{"https://a.example/rss every=10ms", "error: sources:1: every=10ms: shorter than 1s"},
		{"https://a.example/rss colour=red", `error: sources:1: "colour=red": unknown setting "colour"; want every= or name=`},
		{"https://a.example/rss Agency", `error: sources:1: "Agency": want every=DURATION or name=NAME`},
		{"https://a.example/rss\n#\nhttps://a.example/rss", "error: sources:3: https://a.example/rss is already given on line 1"},
		{"https://a.example/\xff", "error: sources:1: not valid UTF-8 text"},
		{strings.Repeat("x", 9000), "error: sources: a line is over 8192 bytes"},
	}
	for _, tt := range tests {
		srcs, err := watch.ParseSources(strings.NewReader(tt.in), "sources", 15*time.Minute)
		var got string
		if err != nil {
			got = "error: " + err.Error()
		} else {
			var parts []string
			for _, s := range srcs {
				parts = append(parts, s.URL+" "+s.Every.String()+" "+s.Name)
			}
			got = strings.Join(parts, "; ")
		}
		if got != tt.want {
			t.Errorf("ParseSources(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParseSources checks that any sources file gives sources with http(s)
// URLs and intervals of at least MinEvery, or an error, never a panic.
func FuzzParseSources(f *testing.F) {
	f.Add("https://a.example/rss every=2m name=Agency\n# c\nhttp://b.example/")
	f.Add("http://x every=1h every=1s name=")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 512 {
			return
		}
		srcs, err := watch.ParseSources(strings.NewReader(in), "f", time.Minute)
		if err != nil {
			return
		}
		for _, s := range srcs {
			if watch.CheckURL(s.URL) != nil || s.Every < watch.MinEvery {
				t.Fatalf("ParseSources(%q) gave %+v", in, s)
			}
		}
	})
}
