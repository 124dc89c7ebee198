package http_test

import (
	"context"
	"fmt"
	nethttp "net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hadath/hadath"
)

func (env *browserEnv) testMap(t *testing.T) {
	all := env.events(t, hadath.Filter{})
	nPlaced, nPlaces := placed(sited(all))
	nAreas := len(all) - len(sited(all))
	if nPlaces < 3 {
		t.Fatalf("fixtures give %d places on the map; want at least 3", nPlaces)
	}
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(fmt.Sprintf(`%s === %d && %s === %d`, markerSum, nPlaced, areaSum, nAreas))
	if got := tb.count("#map circle.marker"); got < 1 || got > nPlaces {
		t.Errorf("map shows %d markers for %d places; want 1 to %d (near places cluster)", got, nPlaces, nPlaces)
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

	tb.choose("type", "COERCE")
	tb.wait(fmt.Sprintf(`location.search.includes("type=COERCE") && document.querySelectorAll("#list tbody tr").length === %d && %s === %d`,
		len(coerce), markerSum, nPlaced))
	if types := tb.joined("#list tbody td.c-type .type"); types != strings.Repeat("COERCE", len(coerce)) {
		t.Errorf("list types after filtering = %q; want only COERCE", types)
	}
	tb.shot("filter")
	for _, f := range []string{"csv", "geojson", "jsonl", "plover"} {
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

	// Background events (dated over a year before their report) are left
	// out unless asked for.
	withBG := env.events(t, hadath.Filter{Types: []string{hadath.Assault}, Background: hadath.BackgroundInclude})
	assaults := env.events(t, hadath.Filter{Types: []string{hadath.Assault}})
	if len(withBG) <= len(assaults) {
		t.Fatalf("fixtures give %d ASSAULT events with background, %d without; want more with", len(withBG), len(assaults))
	}
	tb2 := env.newTab(t)
	tb2.open("/?type=ASSAULT")
	tb2.waitRows(len(assaults), "")
	tb2.choose("background", "include")
	tb2.waitRows(len(withBG), "background=include")
	tb2.choose("background", "only")
	tb2.waitRows(len(withBG)-len(assaults), "background=only")

	// A least confidence leaves out the records the models are less sure
	// of: the first of the page's floors that keeps some of the
	// fixtures' events but not all (which one depends on the models).
	var sure []*hadath.StoredEvent
	floor := ""
	for _, f := range []float64{0.5, 0.7, 0.3} {
		if sure = env.events(t, hadath.Filter{MinConfidence: f}); len(sure) > 0 && len(sure) < len(all) {
			floor = strconv.FormatFloat(f, 'f', -1, 64)
			break
		}
	}
	if floor == "" {
		t.Fatalf("fixtures give %d events, kept all or none by each of the page's floors; want some but not all by one", len(all))
	}
	tb2.open("/")
	tb2.waitRows(len(all), "")
	tb2.choose("min_confidence", floor)
	tb2.waitRows(len(sure), "min_confidence="+floor)

	// Back restores the unfiltered page; forward the filter again.
	tb.do(chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.wait(fmt.Sprintf(`!location.search.includes("type=") && document.querySelectorAll("#list tbody tr").length === %d && document.querySelector("select[name=type]").value === ""`, len(all)))
	tb.do(chromedp.Evaluate[chromedp.Void](`history.forward()`))
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length === %d && document.querySelector("select[name=type]").value === "COERCE"`, len(coerce)))

	// The incidents mode lists and maps incidents instead.
	incs, _, err := env.store.Incidents(context.Background(), hadath.Filter{Limit: 1000, Background: hadath.BackgroundExclude})
	if err != nil {
		t.Fatal(err)
	}
	tb.open("/")
	tb.choose("mode", "incidents")
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
	status := tb.joined(".status")
	for _, wrong := range []string{" 1 events", " 1 quotes", " 1 named entities"} {
		if strings.Contains(status, wrong) {
			t.Errorf("paste box says %q; want the singular", status)
		}
	}
	if n := len(want.Events); !strings.Contains(status, fmt.Sprintf("Found %d event", n)) {
		t.Errorf("paste box says %q; want it to count %d events", status, n)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`import("/labels.js").then((m) => { window.pluralSeen = ` +
		`[m.plural(1, "quote", "quotes"), m.plural(2, "quote", "quotes"), m.plural(1200, "event", "events")].join("|"); })`))
	tb.wait(`window.pluralSeen`)
	if got, want := eval[string](tb, `window.pluralSeen`), "1 quote|2 quotes|1,200 events"; got != want {
		t.Errorf("plural(1, 2, 1200) = %q; want %q", got, want)
	}
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
