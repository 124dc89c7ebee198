package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// longDesc is an invented item description of more than MinFeedLetters.
var longDesc = strings.Repeat("أعلنت هيئة المياه عن قطع مؤقت في أحياء المدينة الشمالية بسبب أعمال الصيانة. ", 5)

// testServer serves invented feeds and pages; it records the User-Agent
// of every request.
func testServer(t *testing.T) (srv *httptest.Server, agents func() []string) {
	var mu sync.Mutex
	var uas []string
	stop := make(chan struct{})
	mux := http.NewServeMux()
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}
	hang := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة المدن</title><language>ar</language>
<item><guid>ar-1</guid><link>%[1]s/a1</link><title>افتتاح جسر</title><pubDate>Tue, 05 Mar 2024 09:30:00 +0300</pubDate></item>
<item><link>%[1]s/hang</link><description>نص قصير</description></item>
<item><guid>ar-3</guid><link>%[1]s/big</link><description><![CDATA[<p>%[2]s</p>]]></description></item>
<item><guid>ar-4</guid><link>%[1]s/missing</link><description>نص قصير</description></item>
<item><link>%[1]s/a2</link><title>عودة الطلاب</title></item>
</channel></rss>`, "http://"+r.Host, longDesc)
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour News</title>
<entry><id>urn:e1</id><title>Fog</title><link href="%[1]s/e1"/><updated>2024-04-02T07:00:00Z</updated></entry>
<entry><id>urn:e2</id><title>Ferry</title><link href="%[1]s/e2"/><published>2024-04-03T08:00:00+01:00</published></entry>
</feed>`, "http://"+r.Host)
	})
	mux.HandleFunc("/a1", page(articleHTML("افتتاح جسر جديد في الزرقاء", "", "", textAr, textAr2)))
	mux.HandleFunc("/a2", page(articleHTML("عودة الطلاب إلى المدرسة", "", "2024-03-06", textAr2)))
	mux.HandleFunc("/e1", page(`<html lang="en"><body><article><p>Thick fog closed the harbour for the whole morning.</p></article></body></html>`))
	mux.HandleFunc("/e2", page(`<html lang="en"><body><article><p>The new ferry made its first crossing to the island.</p></article></body></html>`))
	mux.HandleFunc("/page", page(`<html><head><meta property="og:site_name" content="صحيفة الوادي"><link rel="canonical" href="/news/42"></head><body><p>`+textAr+`</p></body></html>`))
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "plain words")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 64 { // 64 KB in chunks, with no Content-Length
			fmt.Fprintf(w, "<p>%s</p>", strings.Repeat("x", 1<<10))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/hang", hang)
	mux.HandleFunc("/hangfeed", hang)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		uas = append(uas, r.UserAgent())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) }) // runs first: lets hanging handlers end
	return srv, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), uas...) }
}

func TestEachHTTP(t *testing.T) {
	srv, agents := testServer(t)
	u := srv.URL
	r := &Reader{MaxBytes: 32 << 10, Timeout: 300 * time.Millisecond, Concurrency: 2}
	start := time.Now()
	items := collect(t, r, u+"/rss.xml", u+"/hangfeed", u+"/atom.xml", u+"/page", u+"/plain")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Each took %v; want well under 3s", d)
	}
	tests := []struct {
		where, id, text, published, source, url, errs, notes string
	}{
		{u + "/rss.xml#1", "ar-1", textAr, "2024-03-05T09:30:00+03:00", "نشرة المدن", u + "/a1", "", ""},
		{u + "/rss.xml#2", "", "", "", "", "", "fetch " + u + "/hang: timed out after 300ms", ""},
		{u + "/rss.xml#3", "ar-3", "أعلنت هيئة المياه", "", "نشرة المدن", u + "/big",
			"fetch " + u + "/big: over the limit of 32768 bytes (--max-bytes); skipped", "used the item's own text in the feed"},
		{u + "/rss.xml#4", "", "", "", "", "", "fetch " + u + "/missing: HTTP 404 Not Found", ""},
		{u + "/rss.xml#5", u + "/a2", textAr2, "2024-03-06T00:00:00Z", "نشرة المدن", u + "/a2", "", ""},
		{u + "/hangfeed", "", "", "", "", "", "fetch: timed out after 300ms", ""},
		{u + "/atom.xml#1", "urn:e1", "Thick fog closed the harbour", "2024-04-02T07:00:00Z", "Harbour News", u + "/e1", "", ""},
		{u + "/atom.xml#2", "urn:e2", "first crossing", "2024-04-03T08:00:00+01:00", "Harbour News", u + "/e2", "", ""},
		{u + "/page", u + "/page", textAr, "", "صحيفة الوادي", u + "/news/42", "", ""},
		{u + "/plain", "", "", "", "", "", `not an HTML page or an RSS or Atom feed (Content-Type "text/plain"); skipped`, ""},
	}
	if len(items) != len(tests) {
		for _, g := range items {
			t.Logf("%q %q %q", g.where, g.id, g.errs)
		}
		t.Fatalf("Each(server) gave %d items; want %d", len(items), len(tests))
	}
	for i, tt := range tests {
		g := items[i]
		var published, source, url string
		if g.doc != nil {
			published, source, url = g.doc.Published, g.doc.Source, g.doc.URL
		}
		have := [...]string{g.where, g.id, published, source, url, g.errs}
		want := [...]string{tt.where, tt.id, tt.published, tt.source, tt.url, tt.errs}
		if have != want || !strings.Contains(g.text, tt.text) || !strings.HasPrefix(g.notes, tt.notes) || tt.notes == "" && g.notes != "" {
			t.Errorf("item %d = %q, text %q, notes %q;\nwant %q, text %q, notes %q", i, have, g.text, g.notes, want, tt.text, tt.notes)
		}
	}
	if d := items[0].doc; d == nil || d.Lang != "ar" {
		t.Errorf("rss.xml#1 doc = %+v; want lang ar", d)
	}
	for _, ua := range agents() {
		if !strings.HasPrefix(ua, "hadath/") {
			t.Errorf("request User-Agent = %q; want hadath/...", ua)
		}
	}
}

func TestFeedFile(t *testing.T) {
	srv, _ := testServer(t)
	dir := t.TempDir()
	feed := fmt.Sprintf(`<rss version="2.0"><channel><title>ملف</title><item><guid>f1</guid><link>%s/a1</link></item><item><guid>f2</guid><link>%s/e1</link></item></channel></rss>`, srv.URL, srv.URL)
	name := filepath.Join(dir, "feed.rss")
	if err := os.WriteFile(name, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, &Reader{Timeout: time.Second}, dir)
	if len(items) != 2 || items[0].where != name+"#1" || items[0].id != "f1" || items[1].id != "f2" {
		t.Fatalf("Each(dir with feed.rss) = %+v; want items f1, f2 at %s#1, #2", items, name)
	}
	// Stopping after the first item must return at once.
	n := 0
	err := (&Reader{Timeout: time.Second}).Each(context.Background(), []string{name, name}, func(*Item) bool { n++; return false })
	if err != nil || n != 1 {
		t.Errorf("Each stopping after one item = %v after %d items; want nil after 1", err, n)
	}
}
