package http_test

import (
	"context"
	"fmt"
	"iter"
	nethttp "net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/sqlite"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// Markup that the hostile article carries in its title and text. None of
// it may run, or become an element, in any view of the page.
const (
	xssScript  = "<script>alert(1)</script>"
	xssImage   = "<img src=x onerror=alert(2)>"
	xssLink    = `<a href="javascript:alert(3)">انقر هنا</a>`
	xssTitle   = xssScript + " هجوم " + xssImage
	xssSource  = "<b onmouseover=alert(5)>Evil</b>"
	xssURL     = "javascript:alert(4)"
	xssDocID   = "xss-doc"
	eventDocID = "qaim-drone-1"
)

// browserDocs are invented Arabic reports: attacks, a protest, arrests
// and a meeting on different days and places, two reports of one drone
// strike that disagree on the dead, and one hostile article.
var browserDocs = []*hadath.Document{
	{ID: eventDocID, Title: "مسيرة تقصف موقعا للحشد الشعبي قرب القائم", Published: "2024-03-12", Source: "Wakala One",
		URL: "https://news.example.org/qaim-1", Lang: "ar",
		Text: "قصفت طائرة مسيرة مجهولة مساء الاثنين موقعا لقوات الحشد الشعبي قرب مدينة القائم غربي العراق، ما أدى إلى مقتل ثلاثة عناصر وإصابة خمسة آخرين، بحسب مصدر أمني.\nولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن."},
	{ID: "qaim-drone-2", Title: "مقتل أربعة من الحشد بغارة مسيرة في القائم", Published: "2024-03-12", Source: "Sahifa Two",
		URL: "https://paper.example.com/qaim", Lang: "ar",
		Text: "قتل أربعة عناصر من الحشد الشعبي في غارة بطائرة مسيرة استهدفت موقعا قرب مدينة القائم مساء الاثنين، وفق ما أفاد مسؤول محلي."},
	{ID: "basra-protest", Title: "احتجاجات في البصرة على انقطاع الكهرباء", Published: "2024-03-11", Source: "Wakala One",
		URL: "https://news.example.org/basra", Lang: "ar",
		Text: "تظاهر مئات من سكان البصرة يوم الأحد أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء وشح المياه، وطالب المحتجون بإقالة المسؤولين المحليين."},
	{ID: "istanbul-arrests", Title: "اعتقال 12 مشتبها بهم في إسطنبول", Published: "2024-03-06", Source: "Sahifa Two",
		URL: "https://paper.example.com/istanbul", Lang: "ar",
		Text: "اعتقلت الشرطة التركية صباح الثلاثاء 12 شخصا في مدينة إسطنبول للاشتباه بانتمائهم إلى تنظيم داعش، بحسب وسائل إعلام محلية."},
	{ID: "safadi-cairo", Title: "الصفدي يلتقي شكري في القاهرة", Published: "2024-02-29", Source: "Wakala One",
		URL: "https://news.example.org/cairo", Lang: "ar",
		Text: "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة يوم الأربعاء لبحث الأوضاع في قطاع غزة."},
	{ID: "idlib-strikes", Title: "غارات جوية على ريف إدلب", Published: "2024-02-23", Source: "Sahifa Two",
		URL: "https://paper.example.com/idlib", Lang: "ar",
		Text: "شنت طائرات حربية غارات جوية على مواقع في ريف إدلب شمال غربي سوريا يوم الخميس، ما أسفر عن مقتل سبعة مدنيين بينهم طفلان."},
	{ID: "red-sea-missile", Title: "الحوثيون يطلقون صاروخا على سفينة في البحر الأحمر", Published: "2024-01-20", Source: "Wakala One",
		URL: "https://news.example.org/redsea", Lang: "ar",
		Text: "أطلق الحوثيون صاروخا باليستيا باتجاه سفينة تجارية في البحر الأحمر يوم الجمعة، دون وقوع إصابات."},
	{ID: xssDocID, Title: xssTitle, Published: "2024-03-03", Source: xssSource, URL: xssURL, Lang: "ar",
		Text: xssScript + " قصفت طائرة مسيرة موقعا قرب مدينة الموصل يوم السبت " + xssImage + " وقتل جنديان. " + xssLink},
}

// pasteText is the article the paste-box test extracts.
const pasteText = "أعلن الجيش اللبناني أن قصفا مدفعيا استهدف أطراف بلدة الخيام جنوبي لبنان فجر الأربعاء، ما أدى إلى إصابة مدنيين اثنين."

// browserEnv is a server over a SQLite store of browserDocs coded by the
// real extractor, and a headless chromium.
type browserEnv struct {
	server  *hadathhttp.Server
	store   hadath.Store
	ext     *extract.Extractor
	browser context.Context
	shots   string
}

// TestBrowser drives the page in chromium against a real server.
func TestBrowser(t *testing.T) {
	env := newBrowserEnv(t)
	t.Run("MapShowsMarkers", env.testMap)
	t.Run("FilterChangesListAndMap", env.testFilter)
	t.Run("EventViewHighlightsEvidence", env.testEventView)
	t.Run("IncidentView", env.testIncidentView)
	t.Run("PasteBoxExtracts", env.testPaste)
	t.Run("HostileArticleStaysText", env.testXSS)
}

// newBrowserEnv starts the server and the browser, or skips the test
// when chromium is missing and HADATH_REQUIRE_BROWSER is not set.
func newBrowserEnv(t *testing.T) *browserEnv {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("HADATH_REQUIRE_BROWSER") != "" {
			t.Fatalf("chromium is required (HADATH_REQUIRE_BROWSER) but missing: %v", err)
		}
		t.Skipf("no browser at %s: apt-get install chromium, or set HADATH_REQUIRE_BROWSER to fail instead", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser tests are slow; skipped with -short")
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ext, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code := func(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
		res, err := ext.Extract(ctx, doc)
		if err != nil {
			return nil, []error{err}, nil, false
		}
		return res, nil, nil, true
	}
	g := &ingest.Ingester{Store: store, Code: code, Workers: 1}
	sum, err := g.Run(ctx, docInputs(browserDocs))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors > 0 || sum.Documents != len(browserDocs) {
		t.Fatalf("ingest: %v; want %d documents without errors", sum, len(browserDocs))
	}

	s := hadathhttp.NewServer()
	s.Addr, s.Version = "127.0.0.1:0", "test"
	s.Store, s.Extractor, s.Code = store, ext, code
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })

	shots := os.Getenv("HADATH_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return &browserEnv{server: s, store: store, ext: ext, browser: browser, shots: shots}
}

// docInputs feeds documents to an ingester.
func docInputs(docs []*hadath.Document) iter.Seq[*ingest.Input] {
	return func(yield func(*ingest.Input) bool) {
		for _, d := range docs {
			if !yield(&ingest.Input{Where: d.ID, Doc: d}) {
				return
			}
		}
	}
}

// events returns the stored events that pass f.
func (env *browserEnv) events(t *testing.T, f hadath.Filter) []*hadath.StoredEvent {
	t.Helper()
	f.Limit = 1000
	evs, _, err := env.store.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// eventOf returns the first stored event of a document.
func (env *browserEnv) eventOf(t *testing.T, docID string) *hadath.StoredEvent {
	t.Helper()
	evs := env.events(t, hadath.Filter{DocID: docID})
	if len(evs) == 0 {
		t.Fatalf("no event stored for %s", docID)
	}
	return evs[0]
}

// tab is one browser tab with a record of what went wrong in it: console
// errors, uncaught exceptions, failed loads and JavaScript dialogs.
type tab struct {
	t   *testing.T
	env *browserEnv
	ctx context.Context

	mu       sync.Mutex
	problems []string
}

// newTab opens a tab that fails the test, when it closes, on any problem.
func (env *browserEnv) newTab(t *testing.T) *tab {
	ctx, cancel := chromedp.NewContext(env.browser)
	tb := &tab{t: t, env: env, ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				tb.problem("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			tb.problem("exception: %s", (&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				tb.problem("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			tb.problem("a %s dialog opened: %q", ev.Type, ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		tb.mu.Lock()
		defer tb.mu.Unlock()
		for _, p := range tb.problems {
			t.Errorf("page problem: %s", p)
		}
	})
	return tb
}

// problem records something that went wrong in the page.
func (tb *tab) problem(format string, args ...any) {
	tb.mu.Lock()
	tb.problems = append(tb.problems, fmt.Sprintf(format, args...))
	tb.mu.Unlock()
}

// open loads the page at path ("/?type=ASSAULT") and waits for its list.
func (tb *tab) open(path string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(tb.env.server.URL()+path)); err != nil {
		tb.t.Fatalf("open %s: %v", path, err)
	}
	tb.wait(`document.querySelector("#list .pager") !== null`)
}

// do runs actions in the tab.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page into T.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// wait polls a JavaScript condition until it holds, for up to 10s.
// (chromedp.Poll builds functions with new Function, which the page's
// Content-Security-Policy forbids.)
func (tb *tab) wait(cond string) {
	tb.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool]("!!("+cond+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.shot("timeout-" + strings.ReplaceAll(tb.t.Name(), "/", "-"))
			tb.t.Fatalf("timed out waiting for %s (last error: %v)", cond, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// shot saves a screenshot of the tab as NAME.png. It also fails the
// test when the page shows an error in its status line.
func (tb *tab) shot(name string) {
	tb.t.Helper()
	if msg := eval[string](tb, `(() => { const s = document.getElementById("status"); return s && !s.hidden ? s.textContent : ""; })()`); msg != "" {
		tb.t.Errorf("page shows an error at %s: %s", name, msg)
	}
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(tb.env.shots, name+".png"), buf, 0o644); err != nil {
		tb.t.Error(err)
	}
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x2028 || r == 0x2029 || r == '<':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// clickAt clicks the middle of the first element matching a CSS selector
// with the mouse, as a user would.
func (tb *tab) clickAt(sel string) {
	tb.t.Helper()
	tb.wait(`document.querySelector(` + js(sel) + `)`)
	xy := eval[[]float64](tb, `(() => { const e = document.querySelector(`+js(sel)+`); e.scrollIntoView({block: "center"});
		const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	tb.do(chromedp.MouseClickXY(xy[0], xy[1]))
}

// count returns how many elements match a CSS selector.
func (tb *tab) count(sel string) int {
	tb.t.Helper()
	return eval[int](tb, `document.querySelectorAll(`+js(sel)+`).length`)
}

// joined returns the text of the elements matching sel, joined in order.
func (tb *tab) joined(sel string) string {
	tb.t.Helper()
	return eval[string](tb, `[...document.querySelectorAll(`+js(sel)+`)].map((e) => e.textContent).join("")`)
}

// noMarkup fails when the page holds an element that hostile text could
// have made: inline scripts, images, frames, event-handler attributes or
// javascript: links.
func (tb *tab) noMarkup() {
	tb.t.Helper()
	const sel = `script:not([src]), img, iframe, object, embed, [onerror], [onmouseover], [onclick], [onload], a[href^="javascript:" i]`
	if n := tb.count(sel); n > 0 {
		html := eval[string](tb, `[...document.querySelectorAll(`+js(sel)+`)].map((e) => e.outerHTML).join("\n")`)
		tb.t.Errorf("page holds %d elements made of markup:\n%s", n, html)
	}
}

// placed returns how many events have coordinates, and at how many
// distinct places (rounded as the map groups them).
func placed(evs []*hadath.StoredEvent) (events, places int) {
	seen := map[string]bool{}
	for _, e := range evs {
		if l := e.Event.Location; l != nil && l.Lat != nil && l.Lon != nil {
			events++
			seen[fmt.Sprintf("%.2f,%.2f", *l.Lat, *l.Lon)] = true
		}
	}
	return events, len(seen)
}

// markerSum is the JavaScript sum of the counts of the map's markers.
const markerSum = `[...document.querySelectorAll("#map circle.marker")].reduce((n, c) => n + Number(c.dataset.count), 0)`

func (env *browserEnv) testMap(t *testing.T) {
	all := env.events(t, hadath.Filter{})
	nPlaced, nPlaces := placed(all)
	if nPlaces < 3 {
		t.Fatalf("fixtures give %d places on the map; want at least 3", nPlaces)
	}
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#map circle.marker").length === %d`, nPlaces))
	if got := eval[int](tb, markerSum); got != nPlaced {
		t.Errorf("markers count %d events; want %d", got, nPlaced)
	}
	if got := tb.count("#list tbody tr"); got != len(all) {
		t.Errorf("list shows %d rows; want %d", got, len(all))
	}
	inside := eval[bool](tb, `(() => { const m = document.getElementById("map").getBoundingClientRect();
		return [...document.querySelectorAll("#map circle.marker")].every((c) => { const r = c.getBoundingClientRect();
			return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom; }); })()`)
	if !inside {
		t.Error("some markers lie outside the map after fitting")
	}
	if w := eval[[]int](tb, `(() => { const b = document.getElementById("listbox"); return [b.scrollWidth, b.clientWidth]; })()`); w[0] > w[1] {
		t.Errorf("the list is %dpx wide in a box of %dpx", w[0], w[1])
	}
	tb.shot("map")

	// Zooming and dragging move the markers.
	pos := `(() => { const c = document.querySelector("#map circle.marker"); return [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))]; })()`
	before := eval[[]float64](tb, pos)
	tb.clickAt(`#map .zoom button[aria-label="Zoom in"]`)
	zoomed := eval[[]float64](tb, pos)
	if zoomed[0] == before[0] && zoomed[1] == before[1] {
		t.Errorf("zooming in left the first marker at %v", before)
	}
	box := eval[[]float64](tb, `(() => { const r = document.getElementById("map").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	x, y := box[0]+box[2]*0.3, box[1]+box[3]*0.15
	tb.do(chromedp.MouseEvent(chromedp.MousePressed, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(chromedp.MouseMoved, x+40, y+20, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, x+80, y+40, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, x+80, y+40, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	tb.wait(fmt.Sprintf(`(%s)[0] !== %v`, pos, zoomed[0]))

	// A marker of several records lists them; each opens its record.
	tb.clickAt(`#map .zoom button[aria-label="Fit the markers"]`)
	if nPlaces < nPlaced {
		tb.clickAt(`#map circle.marker:not([data-count="1"])`)
		tb.wait(`!document.querySelector("#map .popup").hidden`)
		n := eval[int](tb, `Number(document.querySelector("#map circle.marker:not([data-count=\"1\"])").dataset.count)`)
		if got := tb.count("#map .popup li button"); got != n {
			t.Errorf("popup lists %d records; want %d", got, n)
		}
		tb.shot("popup")
		tb.clickAt("#map .popup li button")
		tb.wait(`document.querySelector("#detail .eventview .article")`)
		tb.do(chromedp.KeyEvent("\x1b"))
		tb.wait(`document.getElementById("detail").hidden`)
	}

	// A marker of one record opens it.
	tb.clickAt(`#map circle.marker[data-count="1"]`)
	tb.wait(`!document.getElementById("detail").hidden && document.querySelector("#detail .eventview .article")`)
	if !strings.Contains(eval[string](tb, `location.search`), "event=") {
		t.Error("opening a marker's record did not put it in the URL")
	}
}

func (env *browserEnv) testFilter(t *testing.T) {
	all := env.events(t, hadath.Filter{})
	coerce := env.events(t, hadath.Filter{Types: []string{hadath.Coerce}})
	if len(coerce) == 0 || len(coerce) == len(all) {
		t.Fatalf("fixtures give %d COERCE events of %d; want some but not all", len(coerce), len(all))
	}
	nPlaced, _ := placed(coerce)
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length === %d && %s > 0`, len(all), markerSum))

	tb.do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=type]");
		s.value = "COERCE"; s.dispatchEvent(new Event("change")); })()`))
	tb.wait(fmt.Sprintf(`location.search.includes("type=COERCE") && document.querySelectorAll("#list tbody tr").length === %d && %s === %d`,
		len(coerce), markerSum, nPlaced))
	if types := tb.joined("#list tbody td.c-type .type"); types != strings.Repeat("COERCE", len(coerce)) {
		t.Errorf("list types after filtering = %q; want only COERCE", types)
	}
	tb.shot("filter")
	for _, f := range []string{"csv", "geojson", "jsonl"} {
		href := eval[string](tb, `document.getElementById("x-`+f+`").href`)
		if !strings.Contains(href, "type=COERCE") || !strings.Contains(href, "format="+f) {
			t.Errorf("%s export link = %q; want the filter and the format", f, href)
		}
		resp, err := nethttp.Get(href)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != nethttp.StatusOK {
			t.Errorf("GET %s: status %d", href, resp.StatusCode)
		}
	}

	// Back restores the unfiltered page; forward the filter again.
	tb.do(chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.wait(fmt.Sprintf(`!location.search.includes("type=") && document.querySelectorAll("#list tbody tr").length === %d && document.querySelector("select[name=type]").value === ""`, len(all)))
	tb.do(chromedp.Evaluate[chromedp.Void](`history.forward()`))
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length === %d && document.querySelector("select[name=type]").value === "COERCE"`, len(coerce)))

	// The incidents mode lists and maps incidents instead.
	incs, _, err := env.store.Incidents(context.Background(), hadath.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	tb.open("/")
	tb.do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("select[name=mode]");
		s.value = "incidents"; s.dispatchEvent(new Event("change")); })()`))
	tb.wait(fmt.Sprintf(`location.search.includes("mode=incidents") && document.querySelectorAll("#list tbody tr").length === %d && document.querySelector("#list td.c-reports") && %s > 0`,
		len(incs), markerSum))
	tb.shot("incidents")

	// Sorting by a column header orders the rows.
	tb.open("/")
	tb.clickAt(`#list th button[data-sort="date"]`)
	tb.wait(`location.search.includes("sort=date")`)
	dates := eval[[]string](tb, `[...document.querySelectorAll("#list tbody td.c-date")].map((e) => e.textContent)`)
	for i := 1; i < len(dates); i++ {
		if dates[i-1] < dates[i] {
			t.Errorf("dates sorted descending: %q before %q", dates[i-1], dates[i])
		}
	}

	// Brushing the timeline sets since and until, and the list follows.
	tb.wait(`document.querySelectorAll("#timeline rect.bar").length > 1`)
	box := eval[[]float64](tb, `(() => { const r = document.querySelector("#timeline svg").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	x0, x1, y := box[0]+box[2]*0.55, box[0]+box[2]-12, box[1]+box[3]/2
	tb.do(chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(chromedp.MouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, x1, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	tb.wait(`location.search.includes("since=") && location.search.includes("until=")`)
	since := eval[string](tb, `new URLSearchParams(location.search).get("since")`)
	until := eval[string](tb, `new URLSearchParams(location.search).get("until")`)
	inRange := env.events(t, hadath.Filter{Since: since, Until: until})
	if len(inRange) == 0 || len(inRange) == len(all) {
		t.Errorf("brushing picked %s to %s with %d of %d events; want some but not all", since, until, len(inRange), len(all))
	}
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length === %d`, len(inRange)))
	tb.shot("brushed")
}

// cpOffset is JavaScript that counts the code points of an article's text
// before the first element matching a selector: where the page put a span.
func cpOffset(article, sel string) string {
	return `(() => { const a = document.querySelector(` + js(article) + `); const e = a.querySelector(` + js(sel) + `);
		if (!e) return -1; const r = document.createRange(); r.setStart(a, 0); r.setEndBefore(e);
		return Array.from(r.toString()).length; })()`
}

// checkSpan fails unless the article's pieces of span name, joined, give
// want's text and start at want's code-point offset.
func (tb *tab) checkSpan(article, name string, want hadath.Span) {
	tb.t.Helper()
	sel := ".s-" + name
	if got := tb.joined(article + " " + sel); got != want.Text {
		tb.t.Errorf("highlighted %s = %q; want %q", name, got, want.Text)
	}
	if got := eval[int](tb, cpOffset(article, sel)); got != want.Start {
		tb.t.Errorf("highlighted %s starts at code point %d; want %d", name, got, want.Start)
	}
}

func (env *browserEnv) testEventView(t *testing.T) {
	ev := env.eventOf(t, eventDocID)
	e := ev.Event
	if e.Location == nil || e.Location.Span == nil || len(e.Evidence) == 0 {
		t.Fatalf("event of %s has no place span or evidence: %+v", eventDocID, e)
	}
	doc := browserDocs[0]
	tb := env.newTab(t)
	tb.open("/?event=" + e.ID)
	const art = "#detail .article"
	tb.wait(`document.querySelector("#detail .article .s-trigger")`)
	if got := eval[string](tb, `document.querySelector("#detail .article").textContent`); got != doc.Text {
		t.Errorf("article text = %q; want the document's text %q", got, doc.Text)
	}
	if got := eval[string](tb, `document.querySelector("#detail .dochead h2").textContent`); got != doc.Title {
		t.Errorf("title = %q; want %q", got, doc.Title)
	}
	if dir := eval[string](tb, `getComputedStyle(document.querySelector("#detail .article")).direction`); dir != "rtl" {
		t.Errorf("article direction = %q; want rtl", dir)
	}
	tb.checkSpan(art, "trigger", e.Trigger)
	for i, s := range e.Evidence {
		tb.checkSpan(art, fmt.Sprintf("ev%d", i), s)
	}
	tb.checkSpan(art, "location", *e.Location.Span)
	if e.Killed != nil && e.Killed.Span != nil {
		tb.checkSpan(art, "killed", *e.Killed.Span)
	}

	// Each traced field shows its words; clicking it marks them in the text.
	if got := tb.joined(`#detail tr[data-field="location"] button.from`); got != e.Location.Span.Text {
		t.Errorf("place field shows the words %q; want %q", got, e.Location.Span.Text)
	}
	tb.clickAt(`#detail tr[data-field="location"]`)
	tb.wait(`document.querySelector("#detail .article .active")`)
	if got := tb.joined(art + " .active"); got != e.Location.Span.Text {
		t.Errorf("after clicking the place, the text marks %q; want %q", got, e.Location.Span.Text)
	}
	tb.clickAt(`#detail tr[data-field="trigger"]`)
	tb.wait(`document.querySelector("#detail .article .s-trigger.active")`)
	if got := tb.joined(art + " .active"); got != e.Trigger.Text {
		t.Errorf("after clicking the type, the text marks %q; want %q", got, e.Trigger.Text)
	}
	tb.shot("event")

	// Escape closes the view and the URL forgets it.
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.wait(`document.getElementById("detail").hidden && !location.search.includes("event=")`)
}

func (env *browserEnv) testIncidentView(t *testing.T) {
	ev := env.eventOf(t, eventDocID)
	inc, err := env.store.Incident(context.Background(), ev.IncidentID)
	if err != nil {
		t.Fatal(err)
	}
	tb := env.newTab(t)
	tb.open("/?incident=" + inc.ID)
	tb.wait(`document.querySelector("#detail .incidentview table.reports tbody tr")`)
	if got := tb.count("#detail table.reports tbody tr"); got != len(inc.Events) {
		t.Errorf("incident view lists %d reports; want %d", got, len(inc.Events))
	}
	titles := tb.joined("#detail table.reports tbody .title")
	for _, e := range inc.Events {
		if !strings.Contains(titles, e.Title) {
			t.Errorf("incident view lacks the report %q", e.Title)
		}
	}
	if inc.Killed != nil && inc.Killed.Min != inc.Killed.Max {
		if tb.count("#detail table.reports td.differs") == 0 {
			t.Errorf("reports give %d to %d killed, but no cell is marked as differing", inc.Killed.Min, inc.Killed.Max)
		}
		diffs := tb.joined("#detail .diffs")
		for _, v := range inc.Killed.Values {
			if !strings.Contains(diffs, fmt.Sprintf("%d killed", v.N)) {
				t.Errorf("differences %q lack the count %d", diffs, v.N)
			}
		}
	}
	tb.shot("incident")
	tb.clickAt("#detail table.reports tbody tr")
	tb.wait(`document.querySelector("#detail .eventview .article") && location.search.includes("event=")`)
}

func (env *browserEnv) testPaste(t *testing.T) {
	want, err := env.ext.Extract(context.Background(), &hadath.Document{ID: "paste", Text: pasteText, Published: "2024-03-14"})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Events) == 0 {
		t.Fatal("the extractor finds no event in the pasted article")
	}
	tb := env.newTab(t)
	tb.open("/")
	tb.clickAt("#open-extract")
	tb.wait(`document.getElementById("paste")`)
	// Drop the article as a file on the box, as a user would.
	tb.do(chromedp.Evaluate[chromedp.Void](`(() => { const dt = new DataTransfer();
		dt.items.add(new File([` + js(pasteText) + `], "article.txt", {type: "text/plain"}));
		document.querySelector(".dropzone").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		document.getElementById("paste-date").value = "2024-03-14"; })()`))
	tb.wait(`document.getElementById("paste").value === ` + js(pasteText))
	tb.clickAt("#paste-go")
	tb.wait(`document.querySelector(".found-detail .article .s-trigger")`)
	if got := tb.count(".found button"); got != len(want.Events) {
		t.Errorf("paste box lists %d events; want %d", got, len(want.Events))
	}
	tb.checkSpan(".found-detail .article", "trigger", want.Events[0].Trigger)
	if got := tb.joined(".found-detail .badge"); !strings.Contains(got, want.Events[0].Type) {
		t.Errorf("paste box shows type %q; want %s", got, want.Events[0].Type)
	}
	tb.shot("extract")
}

func (env *browserEnv) testXSS(t *testing.T) {
	ev := env.eventOf(t, xssDocID)
	doc := browserDocs[len(browserDocs)-1]
	tb := env.newTab(t)

	tb.open("/")
	tb.wait(`[...document.querySelectorAll("#list td.c-title")].some((td) => td.textContent.includes(` + js(xssTitle) + `))`)
	if !strings.Contains(tb.joined("#list td.c-title"), xssSource) {
		t.Errorf("list does not show the source %q as text", xssSource)
	}
	tb.noMarkup()
	tb.shot("xss-list")

	tb.open("/?event=" + ev.Event.ID)
	tb.wait(`document.querySelector("#detail .eventview .article")`)
	if got := eval[string](tb, `document.querySelector("#detail .dochead h2").textContent`); got != xssTitle {
		t.Errorf("event view title = %q; want the markup as text %q", got, xssTitle)
	}
	if got := eval[string](tb, `document.querySelector("#detail .article").textContent`); got != doc.Text {
		t.Errorf("event view text = %q; want %q", got, doc.Text)
	}
	if got := tb.joined("#detail .dochead .nolink"); got != xssURL {
		t.Errorf("the javascript: URL shows as %q; want plain text %q", got, xssURL)
	}
	tb.noMarkup()
	tb.shot("xss-event")

	tb.open("/?incident=" + ev.IncidentID)
	tb.wait(`document.querySelector("#detail .incidentview table.reports tbody tr")`)
	if got := tb.joined("#detail table.reports .title"); !strings.Contains(got, xssTitle) {
		t.Errorf("incident view shows titles %q; want %q among them", got, xssTitle)
	}
	tb.noMarkup()

	// The paste box shows hostile text as text too.
	tb.open("/?panel=extract")
	tb.wait(`document.getElementById("paste")`)
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("paste").value = ` + js(doc.Text)))
	tb.clickAt("#paste-go")
	tb.wait(`document.querySelector(".found-detail .article")`)
	if got := eval[string](tb, `document.querySelector(".found-detail .article").textContent`); got != doc.Text {
		t.Errorf("paste box text = %q; want %q", got, doc.Text)
	}
	tb.noMarkup()
	// Let anything that might run, run, before the tab's problems are read.
	tb.do(chromedp.Sleep(300 * time.Millisecond))
}
