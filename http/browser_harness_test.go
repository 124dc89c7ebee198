package http_test

import (
	"context"
	"fmt"
	"iter"
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
	"github.com/hadath/hadath/internal/skipnote"
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
// strike that disagree on the dead (and one of them names who claimed
// it), a long report with its event at the end, a speaker recalling a bombing of 2003
// (a background event), and one hostile article.
var browserDocs = []*hadath.Document{
	{ID: eventDocID, Title: "مسيرة تقصف موقعا للحشد الشعبي قرب القائم", Published: "2024-03-12", Source: "Wakala One",
		URL: "https://news.example.org/qaim-1", Lang: "ar",
		Text: "قصفت طائرة مسيرة مجهولة مساء الاثنين موقعا لقوات الحشد الشعبي قرب مدينة القائم غربي العراق، ما أدى إلى مقتل ثلاثة عناصر وإصابة خمسة آخرين، بحسب مصدر أمني.\nولم تتبنَّ أي جماعة هذا القصف بعد."},
	{ID: "qaim-drone-2", Title: "مقتل أربعة من الحشد بغارة مسيرة في القائم", Published: "2024-03-12", Source: "Sahifa Two",
		URL: "https://paper.example.com/qaim", Lang: "ar",
		Text: "قتل أربعة عناصر من الحشد الشعبي في غارة بطائرة مسيرة استهدفت موقعا قرب مدينة القائم مساء الاثنين، وفق ما أفاد مسؤول محلي. وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان."},
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
	{ID: "baghdad-2003", Title: "المتحدث يستذكر قصف بغداد", Published: "2024-03-10", Source: "Sahifa Two",
		URL: "https://paper.example.com/baghdad", Lang: "ar",
		Text: "وقال المتحدث إن الطائرات الأمريكية قصفت بغداد في آذار 2003 خلال غزو العراق، ما أدى إلى مقتل عشرات المدنيين."},
	{ID: longDocID, Title: "جولة في المدينة القديمة", Published: "2024-03-04", Source: "Wakala One",
		URL: "https://news.example.org/old-city", Lang: "ar", Text: longText},
	{ID: xssDocID, Title: xssTitle, Published: "2024-03-03", Source: xssSource, URL: xssURL, Lang: "ar",
		Text: xssScript + " قصفت طائرة مسيرة موقعا قرب مدينة الموصل يوم السبت " + xssImage + " وقتل جنديان. " + xssLink},
}

// longDocID is a long report whose only event is told in its last
// sentence, far below the top of the article's box.
const longDocID = "kirkuk-long"

// longText is many sentences about markets and old buildings, then a
// shooting in Kirkuk.
var longText = strings.Repeat("وتناول التقرير تاريخ المدينة القديمة وأسواقها التراثية ومعالمها المعمارية التي يعود بعضها إلى قرون مضت، "+
	"وتحدث عن مواسم الزراعة وأسعار المحاصيل في الأسواق المحلية.\n", 40) +
	"وفي سياق آخر، أطلق مسلحون النار على دورية للشرطة في مدينة كركوك يوم الأحد، ما أدى إلى إصابة شرطيين."

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
	t.Run("MethodAndActorChoices", env.testChoices)
	t.Run("EvidenceInView", env.testEvidenceInView)
	t.Run("IncidentFigures", env.testIncidentFigures)
}

// newBrowserEnv starts the server over browserDocs, coded by the real
// extractor, and the browser; it skips the test when chromium is missing
// and HADATH_REQUIRE_BROWSER is not set.
func newBrowserEnv(t *testing.T) *browserEnv {
	return newBrowserEnvWith(t, func(ctx context.Context, store hadath.Store, code ingest.Coder) error {
		g := &ingest.Ingester{Store: store, Code: code, Workers: 1}
		sum, err := g.Run(ctx, docInputs(browserDocs))
		if err != nil {
			return err
		}
		if sum.Errors > 0 || sum.Documents != len(browserDocs) {
			return fmt.Errorf("ingest: %v; want %d documents without errors", sum, len(browserDocs))
		}
		return nil
	})
}

// newBrowserEnvWith is newBrowserEnv with the store filled by fill.
func newBrowserEnvWith(t *testing.T, fill func(context.Context, hadath.Store, ingest.Coder) error) *browserEnv {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("HADATH_REQUIRE_BROWSER") != "" {
			t.Fatalf("chromium is required (HADATH_REQUIRE_BROWSER) but missing: %v", err)
		}
		skipnote.Skipped("browser tests (http)", "no chromium at "+chromiumPath, "apt-get install chromium")
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
	if err := fill(ctx, store, code); err != nil {
		t.Fatal(err)
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
	if f.Background == "" {
		f.Background = hadath.BackgroundExclude // as the page asks by default
	}
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
	// The country menu fills last and can widen the filter bar, moving
	// the buttons: wait for it before anything clicks.
	tb.wait(`document.querySelector("#list .pager") !== null && document.querySelector("select[name=country]").options.length > 1`)
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

// wait polls a JavaScript condition until it holds, for up to waitLimit.
// (chromedp.Poll builds functions with new Function, which the page's
// Content-Security-Policy forbids.)
func (tb *tab) wait(cond string) {
	tb.t.Helper()
	deadline := time.Now().Add(waitLimit)
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

// waitLimit is how long wait polls: a bound on a page that never gets
// there, not a measure of its speed. In CI the browser shares two cores
// with the other packages' tests, and a page once took over 10s to list
// its records after a click (TestBrowserMany/TimelineBulk).
const waitLimit = 30 * time.Second

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
	// Where the element is, once it stays put: the page may still be
	// laying out what it has just loaded, and a click at where the
	// element was would land elsewhere.
	var xy, last []float64
	for range 40 {
		xy = eval[[]float64](tb, `(() => { const e = document.querySelector(`+js(sel)+`); e.scrollIntoView({block: "center"});
			const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
		if len(last) == 2 && xy[0] == last[0] && xy[1] == last[1] {
			break
		}
		last = xy
		time.Sleep(50 * time.Millisecond)
	}
	tb.do(chromedp.MouseClickXY(xy[0], xy[1]))
}

// choose picks value in the page's menu named name, as a user does: the
// menu changes and says so.
func (tb *tab) choose(name, value string) {
	tb.t.Helper()
	tb.do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector(` + js("select[name="+name+"]") + `);
		s.value = ` + js(value) + `; s.dispatchEvent(new Event("change")); })()`))
}

// waitRows waits until the list shows n rows and the URL's query holds
// param ("" for any).
func (tb *tab) waitRows(n int, param string) {
	tb.t.Helper()
	tb.wait(fmt.Sprintf(`location.search.includes(%s) && document.querySelectorAll("#list tbody tr").length === %d`, js(param), n))
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

// sited returns the events placed at a site, town or province: those the
// map draws as markers, not in its list of countries and regions.
func sited(evs []*hadath.StoredEvent) []*hadath.StoredEvent {
	var out []*hadath.StoredEvent
	for _, e := range evs {
		if l := e.Event.Location; l == nil || (l.Precision != hadath.PrecisionCountry && l.Precision != hadath.PrecisionRegion) {
			out = append(out, e)
		}
	}
	return out
}

// areaSum is the JavaScript sum of the counts of the map's list of
// records placed only in a country or region.
const areaSum = `[...document.querySelectorAll("#map .areas button")].reduce((n, b) => n + Number(b.dataset.count), 0)`

// markerSum is the JavaScript sum of the counts of the map's markers.
const markerSum = `[...document.querySelectorAll("#map circle.marker")].reduce((n, c) => n + Number(c.dataset.count), 0)`
