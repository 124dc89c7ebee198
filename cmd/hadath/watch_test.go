package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
	"github.com/hadath/hadath/internal/natstest"
)

// feedSite serves an RSS feed of invented reports, one page each, and
// can gain items.
type feedSite struct {
	mu    sync.Mutex
	items int
	pages atomic.Int64
	srv   *httptest.Server
}

func newFeedSite(t *testing.T, items int) *feedSite {
	s := &feedSite{items: items}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := s.items
		s.mu.Unlock()
		towns := []string{"الرمادي", "تكريت", "كركوك", "الحلة", "العمارة"}
		switch {
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الأنباء التجريبية</title><language>ar</language>`)
			for k := 1; k <= n; k++ {
				fmt.Fprintf(w, `<item><title>هجوم في %s</title><link>%s/a/%d</link><pubDate>Sun, 04 Feb 2024 09:00:00 +0000</pubDate></item>`,
					towns[k%len(towns)], s.srv.URL, k)
			}
			fmt.Fprint(w, `</channel></rss>`)
		case strings.HasPrefix(r.URL.Path, "/a/"):
			s.pages.Add(1)
			var k int
			fmt.Sscanf(r.URL.Path, "/a/%d", &k)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html lang="ar"><head><title>هجوم في %s</title></head><body><article>
<p>قتل %d جنود عراقيين وأصيب آخرون مساء السبت في هجوم شنه مسلحون على نقطة تفتيش للجيش العراقي قرب مدينة %s، بحسب ما أفاد مصدر أمني.</p>
<p>وقال المصدر إن المهاجمين استخدموا أسلحة رشاشة وفروا إلى جهة مجهولة.</p></article></body></html>`, towns[k%len(towns)], k+1, towns[k%len(towns)])
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.srv.Close)
	return s
}

// TestWatchOnce runs "hadath watch --once" on a feed three times, the
// feed gaining an item before the third: each item is coded and stored
// once, and a sources file works as --feed does.
func TestWatchOnce(t *testing.T) {
	site := newFeedSite(t, 3)
	db := filepath.Join(t.TempDir(), "hadath.db")
	sources := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(sources, []byte("# test feed\n"+site.srv.URL+"/feed.xml every=1m name=test\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stored := func() (docs, events int) {
		s, err := openExistingStore(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		_, docs, err = s.Documents(context.Background(), hadath.DocFilter{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		_, events, err = s.Events(context.Background(), hadath.Filter{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return docs, events
	}
	_, stderr, code := run(t, nil, nil, "watch", "--once", "--db", db, "--feed", site.srv.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("watch --once: exit %d\n%s", code, stderr)
	}
	docs, events := stored()
	if docs != 3 || events < 3 {
		t.Fatalf("after the first poll: %d documents, %d events; want 3 documents with an event each\n%s", docs, events, stderr)
	}
	if !strings.Contains(stderr, "3 new") {
		t.Errorf("stderr = %q; want it to count 3 new entries", stderr)
	}
	_, stderr, code = run(t, nil, nil, "watch", "--once", "--db", db, "--sources", sources)
	if code != 0 {
		t.Fatalf("second watch --once: exit %d\n%s", code, stderr)
	}
	if d, e := stored(); d != 3 || e != events || site.pages.Load() != 3 {
		t.Fatalf("after a second poll: %d documents, %d events, %d pages fetched; want 3, %d, 3", d, e, site.pages.Load(), events)
	}
	site.mu.Lock()
	site.items++
	site.mu.Unlock()
	_, stderr, code = run(t, nil, nil, "watch", "--once", "--db", db, "--sources", sources)
	if code != 0 {
		t.Fatalf("third watch --once: exit %d\n%s", code, stderr)
	}
	if d, _ := stored(); d != 4 || site.pages.Load() != 4 {
		t.Fatalf("after the feed gained an item: %d documents, %d pages fetched; want 4 and 4\n%s", d, site.pages.Load(), stderr)
	}
}

// TestWatchUsage checks the watch command's usage errors.
func TestWatchUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("https://a.example/rss every=never\n"), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"watch", "--db", filepath.Join(dir, "a.db")}, "no source: give --sources FILE or --feed URL"},
		{[]string{"watch", "--db", filepath.Join(dir, "a.db"), "--feed", "ftp://x/"}, `--feed: "ftp://x/" is not an http(s) URL`},
		{[]string{"watch", "--db", filepath.Join(dir, "a.db"), "--sources", bad}, "bad.txt:1: every=never: not a duration"},
		{[]string{"watch", "--db", filepath.Join(dir, "a.db"), "--feed", "http://a.example/", "--every", "1ms"}, "--every 1ms: shorter than 1s"},
		{[]string{"watch", "--db", filepath.Join(dir, "a.db"), "--feed", "http://a.example/", "--log", "xml"}, `--log "xml": want auto, text or json`},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, nil, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("hadath %q: exit %d, stderr %q; want exit 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}

// TestWatchRestart runs "hadath watch" as a process polling every second
// while the feed gains items, stops it with an interrupt, and starts it
// again: every item is fetched, coded and stored once in all.
func TestWatchRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes for seconds")
	}
	site := newFeedSite(t, 2)
	db := filepath.Join(t.TempDir(), "hadath.db")
	runFor := func(d time.Duration, during func()) string {
		cmd := command("watch", "--db", db, "--feed", site.srv.URL+"/feed.xml", "--every", "1s", "--log", "json")
		var out strings.Builder
		cmd.Stderr = &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(d / 2)
		during()
		time.Sleep(d / 2)
		cmd.Process.Signal(os.Interrupt)
		if err := cmd.Wait(); err != nil {
			t.Fatalf("watch: %v\n%s", err, out.String())
		}
		return out.String()
	}
	gain := func() {
		site.mu.Lock()
		site.items++
		site.mu.Unlock()
	}
	log1 := runFor(4*time.Second, gain)
	log2 := runFor(4*time.Second, gain)
	s, err := openExistingStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, docs, err := s.Documents(context.Background(), hadath.DocFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if docs != 4 || site.pages.Load() != 4 {
		t.Errorf("%d documents stored, %d pages fetched; want 4 and 4\nfirst run:\n%s\nsecond run:\n%s", docs, site.pages.Load(), log1, log2)
	}
	if !strings.Contains(log1, `"msg":"polled"`) {
		t.Errorf("the JSON log has no poll:\n%s", log1)
	}
}

// TestServeWatch runs "hadath serve --watch": the watcher stores the
// feed's items in the served store, and its counters are in the metrics.
func TestServeWatch(t *testing.T) {
	site := newFeedSite(t, 2)
	sources := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(sources, []byte(site.srv.URL+"/feed.xml every=1h\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, "--watch", sources)
	defer stop()
	var docs struct {
		Total int `json:"total"`
	}
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(50 * time.Millisecond) {
		request(t, "GET", base+"/api/v1/documents", "", "", &docs)
		if docs.Total == 2 {
			break
		}
	}
	if docs.Total != 2 {
		t.Fatalf("documents served: %d; want the feed's 2", docs.Total)
	}
	// The watcher counts a batch once the store has it, so the counters
	// may trail the documents served by a moment.
	wants := []string{"hadath_watch_polls_total 1\n", "hadath_watch_new_total 2\n", "# TYPE hadath_watch_in_flight gauge\n"}
	var b []byte
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(50 * time.Millisecond) {
		b = metrics(t, base)
		if missing(string(b), wants) == "" {
			break
		}
	}
	if m := missing(string(b), wants); m != "" {
		t.Errorf("metrics lack %q:\n%s", m, b)
	}
}

// metrics returns the body of the server's metrics page.
func metrics(t *testing.T, base string) []byte {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// missing returns the first of wants that s does not contain, or "".
func missing(s string, wants []string) string {
	for _, w := range wants {
		if !strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// TestWatchAlerts follows a feed that gains items while an alert on
// assaults in Iraq is stored: "watch --once" posts each incident change
// once, the real extractor coding the items, and polling again with
// nothing new posts nothing.
func TestWatchAlerts(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{} // incident and document -> messages
	var kinds []string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m alert.Message
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil || m.Incident == nil {
			http.Error(w, "bad message", 400)
			return
		}
		mu.Lock()
		seen[m.Incident.ID+" "+m.Document]++
		kinds = append(kinds, m.Kind)
		mu.Unlock()
	}))
	defer hook.Close()
	site := newFeedSite(t, 2)
	db := filepath.Join(t.TempDir(), "hadath.db")
	if _, stderr, code := run(t, nil, nil, "alert", "add", "iraq", "--db", db, "--type", "ASSAULT", "--country", "IQ", "--webhook", hook.URL); code != 0 {
		t.Fatalf("alert add: exit %d\n%s", code, stderr)
	}
	poll := func() {
		t.Helper()
		if _, stderr, code := run(t, nil, nil, "watch", "--once", "--db", db, "--feed", site.srv.URL+"/feed.xml"); code != 0 {
			t.Fatalf("watch --once: exit %d\n%s", code, stderr)
		}
	}
	changes := func() int {
		t.Helper()
		s, err := openAlertStore(context.Background(), db, false)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		cs, err := s.Changes(context.Background(), 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}
	check := func(when string, docs int) {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for k, v := range seen {
			if v != 1 {
				t.Errorf("%s: %q posted %d times; want once", when, k, v)
			}
			n += v
		}
		if c := changes(); n != c || n < docs {
			t.Errorf("%s: %d messages for %d changes of %d documents; want one a change, at least one a document", when, n, c, docs)
		}
	}
	poll()
	check("first poll", 2)
	poll()
	check("a poll with nothing new", 2)
	site.mu.Lock()
	site.items = 6 // the sixth is in the town of the first
	site.mu.Unlock()
	poll()
	check("after the feed gained four items", 6)
	t.Logf("kinds of the messages: %v", kinds)
}

// TestWatchQueue runs "hadath watch --once --queue" twice against a real
// nats-server: the feed's items go to the queue once, the store keeps
// only what was seen, and a worker then stores them.
func TestWatchQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("starts nats-server")
	}
	srv := natstest.Start(t)
	site := newFeedSite(t, 3)
	db := filepath.Join(t.TempDir(), "hadath.db")
	for round := 1; round <= 2; round++ {
		_, stderr, code := run(t, nil, nil, "watch", "--once", "--db", db, "--queue", srv.URL(), "--feed", site.srv.URL+"/feed.xml")
		if code != 0 {
			t.Fatalf("watch --queue, round %d: exit %d\n%s", round, code, stderr)
		}
	}
	out, err := command("queue", "status", "--queue", srv.URL()).CombinedOutput()
	if want := "pending    3\n"; err != nil || !strings.HasPrefix(string(out), want) {
		t.Fatalf("queue status after two polls: %v, %q; want it to start %q", err, out, want)
	}
	if n := site.pages.Load(); n != 3 {
		t.Errorf("pages fetched: %d; want 3", n)
	}
	w := command("worker", "--queue", srv.URL(), "--db", db, "--progress", "never")
	werr := &lockedBuffer{}
	w.Stderr = werr
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer w.Process.Kill()
	for start := time.Now(); time.Since(start) < 60*time.Second; time.Sleep(100 * time.Millisecond) {
		if strings.Contains(werr.String(), "3 documents stored") {
			break
		}
	}
	w.Process.Signal(os.Interrupt)
	w.Wait()
	s, err := openExistingStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, docs, err := s.Documents(context.Background(), hadath.DocFilter{Limit: 1}); err != nil || docs != 3 {
		t.Errorf("documents after the worker: %d, %v; want 3\n%s", docs, err, werr.String())
	}
}
