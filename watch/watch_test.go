package watch_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/source"
	"github.com/hadath/hadath/sqlite"
	"github.com/hadath/hadath/watch"
)

// sink records the documents a watcher hands on, and fails while fail is
// set.
type sink struct {
	mu   sync.Mutex
	ids  []string
	fail error
}

func (k *sink) put(ctx context.Context, docs []*hadath.Document) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.fail != nil {
		return k.fail
	}
	for _, d := range docs {
		k.ids = append(k.ids, d.ID)
	}
	return nil
}

func (k *sink) take() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := k.ids
	k.ids = nil
	slices.Sort(out)
	return out
}

// openStore opens a real SQLite store in the test's directory.
func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newWatcher(store hadath.WatchStore, k *sink, sources ...watch.Source) *watch.Watcher {
	return &watch.Watcher{Sources: sources, Reader: &source.Reader{UserAgent: "hadath-test/1"}, Store: store, Sink: k.put}
}

func feedSource(site *newsSite) watch.Source {
	return watch.Source{URL: site.srv.URL + "/feed.xml", Every: time.Minute}
}

func ids(site *newsSite, n ...int) []string {
	var out []string
	for _, k := range n {
		out = append(out, fmt.Sprintf("%s/news/%d.html", site.srv.URL, k))
	}
	slices.Sort(out)
	return out
}

// TestEachItemOnce follows a feed that gains items, across a restart:
// every item reaches the sink once, an unchanged feed is answered 304,
// and the pages of items seen before are not fetched again.
func TestEachItemOnce(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	path := filepath.Join(t.TempDir(), "hadath.db")
	store := openStore(t, path)
	k := &sink{}
	w := newWatcher(store, k, feedSource(site))

	site.add(1, 2, 3)
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := k.take(), ids(site, 1, 2, 3); !slices.Equal(got, want) {
		t.Fatalf("first poll handed on %q; want %q", got, want)
	}
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got := k.take(); len(got) != 0 || site.notModified.Load() != 1 {
		t.Fatalf("an unchanged feed handed on %q with %d answers 304; want nothing, one 304", got, site.notModified.Load())
	}
	site.add(4, 5)
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := k.take(), ids(site, 4, 5); !slices.Equal(got, want) {
		t.Fatalf("after two new items, handed on %q; want %q", got, want)
	}
	if n := site.pages.Load(); n != 5 {
		t.Errorf("pages fetched: %d; want 5, one per item", n)
	}

	// A restart: a new watcher over the store reopened.
	store.Close()
	store = openStore(t, path)
	w = newWatcher(store, k, feedSource(site))
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got := k.take(); len(got) != 0 || site.notModified.Load() != 2 {
		t.Fatalf("after a restart, handed on %q (%d answers 304); want nothing, a 304", got, site.notModified.Load())
	}
	// The feed changes without new items (the server lost its ETag):
	// it is read again, and nothing is handed on.
	site.add()
	site.add(6)
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := k.take(), ids(site, 6); !slices.Equal(got, want) {
		t.Fatalf("after a restart and one new item, handed on %q; want %q", got, want)
	}
	if c := w.Counters.Snapshot(); c.Seen != 5 || c.New != 1 {
		t.Errorf("counters %+v; want 5 seen, 1 new", c)
	}
	if _, ok := site.agents.Load("hadath-test/1"); !ok {
		t.Errorf("requests did not carry the reader's User-Agent")
	}
}

// TestSinkFails checks that entries the sink refused are offered again,
// and that the feed's validators are not kept meanwhile.
func TestSinkFails(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	store := openStore(t, filepath.Join(t.TempDir(), "hadath.db"))
	k := &sink{fail: errors.New("database is down")}
	w := newWatcher(store, k, feedSource(site))
	site.add(1, 2)
	if err := w.Once(ctx); err == nil {
		t.Fatal("Once with a failing sink = nil; want its error")
	}
	st, _ := store.SourceState(ctx, site.srv.URL+"/feed.xml")
	if st.Errors != 1 || st.ETag != "" {
		t.Errorf("state after a failed sink = %+v; want 1 error and no ETag", st)
	}
	k.fail = nil
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := k.take(), ids(site, 1, 2); !slices.Equal(got, want) {
		t.Fatalf("once the sink works, handed on %q; want %q", got, want)
	}
}

// TestBackoff checks that a failing source counts its failures in its
// state, and that one good poll clears them.
func TestBackoff(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	store := openStore(t, filepath.Join(t.TempDir(), "hadath.db"))
	k := &sink{}
	w := newWatcher(store, k, feedSource(site))
	site.add(1)
	site.broken = true
	for want := 1; want <= 3; want++ {
		if err := w.Once(ctx); !errors.Is(err, watch.ErrFailed) {
			t.Fatalf("poll %d of a broken feed = %v; want ErrFailed", want, err)
		}
		st, _ := store.SourceState(ctx, site.srv.URL+"/feed.xml")
		if st.Errors != want || st.LastError == "" {
			t.Fatalf("after %d failures, state %+v", want, st)
		}
	}
	site.mu.Lock()
	site.broken = false
	site.mu.Unlock()
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := store.SourceState(ctx, site.srv.URL+"/feed.xml"); st.Errors != 0 || st.LastError != "" {
		t.Errorf("after recovery, state %+v; want no errors", st)
	}
	if got := k.take(); len(got) != 1 {
		t.Errorf("after recovery, handed on %q; want one item", got)
	}
}

// TestDelay checks the wait between polls: the interval after a good
// poll, doubled for each failure, never over the cap.
func TestDelay(t *testing.T) {
	w := &watch.Watcher{Jitter: -1, MaxBackoff: time.Hour}
	s := watch.Source{URL: "http://a.example/", Every: 5 * time.Minute}
	tests := []struct {
		errs int
		want time.Duration
	}{
		{0, 5 * time.Minute}, {1, 10 * time.Minute}, {2, 20 * time.Minute}, {3, 40 * time.Minute},
		{4, time.Hour}, {40, time.Hour},
	}
	for _, tt := range tests {
		if got := w.Delay(s, tt.errs); got != tt.want {
			t.Errorf("Delay(%q, %d) = %v; want %v", s.URL, tt.errs, got, tt.want)
		}
	}
	w.Jitter = 0.1
	for range 100 {
		if d := w.Delay(s, 0); d < 270*time.Second || d > 330*time.Second {
			t.Fatalf("Delay with 10%% jitter = %v; want within 4m30s..5m30s", d)
		}
	}
}

// TestInFlight polls many sources at once and checks that no more
// requests than allowed were under way at any time.
func TestInFlight(t *testing.T) {
	ctx := context.Background()
	store := openStore(t, filepath.Join(t.TempDir(), "hadath.db"))
	k := &sink{}
	var sources []watch.Source
	var sites []*newsSite
	g := &gauge{}
	for i := range 6 {
		site := newNewsSite(t)
		site.gauge = g
		site.delay = 30 * time.Millisecond
		site.add(10*i+1, 10*i+2)
		sites = append(sites, site)
		sources = append(sources, feedSource(site))
	}
	w := newWatcher(store, k, sources...)
	w.MaxInFlight = 2
	if err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if got := len(k.take()); got != 12 {
		t.Errorf("handed on %d items; want 12", got)
	}
	most := g.most.Load()
	total := int64(0)
	for _, s := range sites {
		total += s.feeds.Load() + s.pages.Load()
	}
	if most > 2 || total != 18 {
		t.Errorf("at most %d requests at once, %d in all; want at most 2, and 18", most, total)
	}
}

// TestBadSources mixes a broken feed, a binary file and a missing page
// with a good feed: the good one is read, the others are failures.
func TestBadSources(t *testing.T) {
	ctx := context.Background()
	good := newNewsSite(t)
	good.add(1)
	bad := newNewsSite(t)
	store := openStore(t, filepath.Join(t.TempDir(), "hadath.db"))
	k := &sink{}
	w := newWatcher(store, k,
		watch.Source{URL: bad.srv.URL + "/nothing.xml", Every: time.Minute},
		feedSource(good),
		watch.Source{URL: "http://127.0.0.1:1/feed.xml", Every: time.Minute})
	if err := w.Once(ctx); !errors.Is(err, watch.ErrFailed) {
		t.Fatalf("Once = %v; want ErrFailed", err)
	}
	if got, want := k.take(), ids(good, 1); !slices.Equal(got, want) {
		t.Errorf("handed on %q; want %q", got, want)
	}
}

// TestPageChanges follows a page: it is coded when first seen and again
// when its text changes, not when it stays the same.
func TestPageChanges(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	store := openStore(t, filepath.Join(t.TempDir(), "hadath.db"))
	k := &sink{}
	page := site.srv.URL + "/news/7.html"
	w := newWatcher(store, k, watch.Source{URL: page, Every: time.Minute})
	for i, change := range []string{"", "", "تحديث: ارتفع عدد المصابين إلى ثلاثة."} {
		site.mu.Lock()
		site.pageText = change
		site.mu.Unlock()
		if err := w.Once(ctx); err != nil {
			t.Fatal(err)
		}
		want := 1
		if i == 1 {
			want = 0
		}
		if got := k.take(); len(got) != want {
			t.Errorf("poll %d handed on %q; want %d documents", i+1, got, want)
		}
	}
}
