package watch_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newsSite is a test web site with a feed that gains items over time and
// a page per item. It honours If-None-Match and counts what it serves.
type newsSite struct {
	mu       sync.Mutex
	items    []int  // item numbers in the feed, newest last
	version  int    // changes whenever the feed does
	broken   bool   // answer the feed with 500
	pageText string // extra text of every page, to change its content

	feeds, notModified, pages atomic.Int64
	agents                    sync.Map // User-Agent values seen
	gauge                     *gauge   // requests under way, shared by sites that set the same one
	delay                     time.Duration

	srv *httptest.Server
}

// gauge counts requests under way and the most at once.
type gauge struct{ now, most atomic.Int64 }

func (g *gauge) enter() {
	now := g.now.Add(1)
	for {
		m := g.most.Load()
		if now <= m || g.most.CompareAndSwap(m, now) {
			return
		}
	}
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{version: 1, gauge: &gauge{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// add puts items n... in the feed.
func (s *newsSite) add(n ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, n...)
	s.version++
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.gauge.enter()
	defer s.gauge.now.Add(-1)
	s.agents.Store(r.Header.Get("User-Agent"), true)
	time.Sleep(s.delay)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/feed.xml":
		s.feeds.Add(1)
		if s.broken {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		etag := fmt.Sprintf(`"v%d"`, s.version)
		if r.Header.Get("If-None-Match") == etag {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الاختبار</title><language>ar</language>`)
		for _, n := range s.items {
			fmt.Fprintf(w, `<item><title>خبر %d</title><link>%s/news/%d.html</link><guid>%s/news/%d.html</guid><pubDate>Sat, 03 Feb 2024 18:00:00 +0000</pubDate></item>`,
				n, s.srv.URL, n, s.srv.URL, n)
		}
		fmt.Fprint(w, `</channel></rss>`)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		s.pages.Add(1)
		var n int
		fmt.Sscanf(r.URL.Path, "/news/%d.html", &n)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html lang="ar"><head><title>خبر %d</title></head><body><article><h1>خبر %d</h1>
<p>قالت الشرطة المحلية إن مسلحين مجهولين أطلقوا النار على نقطة تفتيش في بلدة صغيرة شمال المدينة مساء السبت، ما أدى إلى إصابة شرطيين اثنين بجروح طفيفة، في الحادث رقم %d.</p>
<p>وأضافت أن التحقيقات جارية لمعرفة الجهة المسؤولة عن إطلاق النار. %s</p></article></body></html>`, n, n, n, s.pageText)
	default:
		http.NotFound(w, r)
	}
}
