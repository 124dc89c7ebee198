package http_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// manyPlace is a town of the many-records fixture.
type manyPlace struct {
	name, country string
	lat, lon      float64
}

// manyPlaces are real towns; the five of the Gaza Strip lie close
// enough to cluster when the map shows the whole region.
var manyPlaces = []manyPlace{
	{"Gaza City", "PS", 31.50, 34.47}, {"Khan Yunis", "PS", 31.34, 34.31}, {"Rafah", "PS", 31.29, 34.25},
	{"Jabalia", "PS", 31.53, 34.48}, {"Deir al-Balah", "PS", 31.42, 34.35},
	{"Mosul", "IQ", 36.34, 43.13}, {"Kirkuk", "IQ", 35.47, 44.39}, {"Ramadi", "IQ", 33.42, 43.30},
	{"Baghdad", "IQ", 33.34, 44.40}, {"Basra", "IQ", 30.51, 47.78}, {"Aleppo", "SY", 36.20, 37.16},
	{"Idlib", "SY", 35.93, 36.63}, {"Deir ez-Zor", "SY", 35.34, 40.14}, {"Daraa", "SY", 32.62, 36.10},
	{"Sanaa", "YE", 15.35, 44.21}, {"Aden", "YE", 12.78, 45.04}, {"Hodeidah", "YE", 14.80, 42.95},
	{"Benghazi", "LY", 32.12, 20.07}, {"Sirte", "LY", 31.21, 16.59}, {"Tyre", "LB", 33.27, 35.20},
}

// Counts of the many-records fixture: sited events spread over five
// months of 2018, events placed only in a country or a region, events
// dated only to a month or a year, one event dated seven years after its
// 2018 report, one event in Washington (a stray far place), and a
// background event of 1468.
const (
	manySited   = 1150
	manyCountry = 12
	manyRegion  = 3
	manyMonth   = 6
	manyYear    = 2
	manyDefault = manySited + manyCountry + manyRegion + manyMonth + manyYear + 1 + 1 // without background
	manyKilled  = 999                                                                 // the most killed, in the oldest report
)

// manyCoded builds the many-records fixture as coded documents, one
// event each, as the store takes them.
func manyCoded() []*hadath.Coded {
	var out []*hadath.Coded
	add := func(id, published, date, precision string, place *hadath.Place, killed int) {
		text := "قصفت طائرة مسيرة موقعا في " + id
		doc := &hadath.Document{ID: id, Text: text, Lang: "ar", Published: published, Source: "Wakala " + id[len(id)-1:], Title: "تقرير " + id}
		span := hadath.Span{Start: 0, End: len([]rune(text)), Text: text}
		ev := hadath.Event{ID: "ev-" + id, Type: hadath.Assault, Method: "drone", Date: date, DatePrecision: precision,
			Location: place, Modality: hadath.Asserted, ReportedBy: []string{}, Trigger: span, Evidence: []hadath.Span{span}, Confidence: 0.8}
		if killed >= 0 {
			ev.Killed = &hadath.Count{Count: hadath.N(killed), Qualifier: hadath.Exact}
		}
		res := hadath.NewResult(doc)
		res.Events = append(res.Events, ev)
		out = append(out, &hadath.Coded{Doc: doc, Hash: ingest.Hash(doc), Result: res})
	}
	city := func(p manyPlace) *hadath.Place {
		pl := &hadath.Place{Name: p.name, Country: p.country, Precision: hadath.PrecisionCity}
		pl.SetCoord(p.lat, p.lon)
		return pl
	}
	day := func(i int) string { // a day of 2018-01-01 .. 2018-05-30
		m, d := 1+i/30, 1+i%28
		return fmt.Sprintf("2018-%02d-%02d", m, d)
	}
	for i := range manySited {
		d := day(i % 150)
		killed := i % 7
		if i == 0 {
			d, killed = "2018-01-01", manyKilled
		}
		add(fmt.Sprintf("sited-%04d", i), d, d, hadath.DateDay, city(manyPlaces[(i*7)%len(manyPlaces)]), killed)
	}
	for i := range manyCountry {
		c := [2]string{"IQ", "SY"}[i%2]
		pl := &hadath.Place{Name: map[string]string{"IQ": "Iraq", "SY": "Syria"}[c], Country: c, Precision: hadath.PrecisionCountry}
		pl.SetCoord(33+float64(i%2), 43-float64(i%2)*5)
		add(fmt.Sprintf("country-%02d", i), day(i*9), day(i*9), hadath.DateDay, pl, -1)
	}
	for i := range manyRegion {
		add(fmt.Sprintf("region-%d", i), day(40+i), day(40+i), hadath.DateDay, &hadath.Place{Name: "Middle East", Precision: hadath.PrecisionRegion}, -1)
	}
	for i := range manyMonth {
		add(fmt.Sprintf("month-%d", i), "2018-04-02", "2018-03", hadath.DateMonth, city(manyPlaces[5]), -1)
	}
	for i := range manyYear {
		add(fmt.Sprintf("year-%d", i), "2018-05-02", "2018", hadath.DateYear, city(manyPlaces[8]), -1)
	}
	add("after-2025", "2018-02-10", "2025-06-01", hadath.DateDay, city(manyPlaces[10]), -1)
	add("washington-1", "2018-03-05", "2018-03-04", hadath.DateDay, city(manyPlace{"Washington", "US", 38.90, -77.04}), -1)
	add("recall-1468", "2018-03-01", "1468", hadath.DateYear, city(manyPlaces[17]), -1)
	return out
}

// TestBrowserMany drives the page over more records than the map takes
// at once, at places near and far, with dates far from the rest.
func TestBrowserMany(t *testing.T) {
	env := newBrowserEnvWith(t, func(ctx context.Context, store hadath.Store, _ ingest.Coder) error {
		_, err := store.Ingest(ctx, manyCoded())
		return err
	})
	t.Run("MapCaptionAndMore", env.testMapMore)
	t.Run("MapClustersAndLabels", env.testMapClusters)
	t.Run("MapAntimeridian", env.testAntimeridian)
	t.Run("TimelineBulk", env.testTimelineBulk)
	t.Run("ListOrder", env.testListOrder)
}

func (env *browserEnv) testMapMore(t *testing.T) {
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(`document.querySelector("#map .mapnote button.more")`)
	note := tb.joined("#map .mapnote")
	if want := fmt.Sprintf("The first 1,000 of %s events", commas(manyDefault)); !strings.HasPrefix(note, want) {
		t.Errorf("map caption = %q; want it to start %q", note, want)
	}
	if !strings.Contains(note, "or narrow the filter") {
		t.Errorf("map caption = %q; want it to offer narrowing the filter", note)
	}
	tb.shot("many-map")
	tb.clickAt("#map .mapnote button.more")
	sitedOnMap := manyDefault - manyCountry - manyRegion
	tb.wait(fmt.Sprintf(`document.querySelector("#map .mapnote").textContent.startsWith(%s) && %s === %d && %s === %d`,
		js(commas(manyDefault)+" events: "), markerSum, sitedOnMap, areaSum, manyCountry+manyRegion))
	if tb.count("#map .mapnote button.more") != 0 {
		t.Error("the caption still offers more records when all are on the map")
	}
	// Records placed only in a country or region are listed, not drawn.
	areas := eval[[]string](tb, `[...document.querySelectorAll("#map .areas button")].map((b) => b.textContent)`)
	if strings.Join(areas, "|") != "Iraq 6|Syria 6|Middle East 3" {
		t.Errorf("areas list = %q; want Iraq 6, Syria 6, Middle East 3", areas)
	}
}

func (env *browserEnv) testMapClusters(t *testing.T) {
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(markerSum + ` > 0`)
	// The view fits the bulk of the records: the markers of the region
	// are in the map, and the one stray place in Washington is not
	// allowed to zoom the map out to the world.
	inside := `(() => { const m = document.getElementById("map").getBoundingClientRect();
		return [...document.querySelectorAll("#map circle.marker")].filter((c) => { const r = c.getBoundingClientRect();
			return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom; }).length; })()`
	markers := tb.count("#map circle.marker")
	if in := eval[int](tb, inside); in != markers-1 {
		t.Errorf("%d of %d markers inside the map after fitting; want all but the stray one", in, markers)
	}
	if markers >= len(manyPlaces) {
		t.Errorf("%d markers for %d places; want near places clustered", markers, len(manyPlaces))
	}
	// Near towns (the Gaza Strip's five) make one cluster; its popup
	// zooms to them, and they come apart.
	most := eval[int](tb, `Math.max(...[...document.querySelectorAll("#map circle.marker")].map((c) => Number(c.dataset.places)))`)
	if most < 5 {
		t.Fatalf("the biggest cluster joins %d places; want the five towns of the Gaza Strip at least", most)
	}
	tb.clickAt(fmt.Sprintf(`#map circle.marker[data-places="%d"]`, most))
	tb.wait(`!document.querySelector("#map .popup").hidden`)
	tb.clickAt("#map .popup button.zoomto")
	tb.wait(fmt.Sprintf(`Math.max(...[...document.querySelectorAll("#map circle.marker")].map((c) => Number(c.dataset.places))) < %d`, most))
	// Country and city names are drawn where they fit, none over another.
	tb.clickAt(`#map .zoom button[aria-label="Fit the markers"]`)
	tb.wait(`document.querySelectorAll("#map .labels text.country").length > 0 && document.querySelectorAll("#map .labels text.city").length > 0`)
	overlap := `(() => { const b = [...document.querySelectorAll("#map .labels text")].map((e) => e.getBoundingClientRect());
		for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
			const [p, q] = [b[i], b[j]]; if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) return i + "," + j; }
		return ""; })()`
	if got := eval[string](tb, overlap); got != "" {
		t.Errorf("labels %s overlap", got)
	}
	cities := tb.count("#map .labels text.city")
	tb.clickAt(`#map .zoom button[aria-label="Zoom in"]`)
	tb.clickAt(`#map .zoom button[aria-label="Zoom in"]`)
	tb.wait(`document.querySelectorAll("#map .labels text.city").length > 0`)
	names := tb.joined("#map .labels text.country")
	tb.shot("many-zoomed")
	for range 4 {
		tb.clickAt(`#map .zoom button[aria-label="Zoom out"]`)
	}
	if got := tb.joined("#map .labels text.country"); len(got) <= len(names) && cities == 0 {
		t.Errorf("zoomed out, countries %q; want more names than zoomed in (%q)", got, names)
	}
	// Zoomed out all the way, the world's 360° of longitude fill the
	// map's width: no smaller world in an empty sea.
	for range 8 {
		tb.clickAt(`#map .zoom button[aria-label="Zoom out"]`)
	}
	scale := eval[[]float64](tb, `(() => { const m = [...document.querySelectorAll("#map circle.marker")]
			.map((c) => [Number(c.dataset.lon), Number(c.getAttribute("cx"))]).sort((a, b) => a[0] - b[0]);
		const [w, e] = [m[0], m[m.length - 1]];
		return [(e[1] - w[1]) / (e[0] - w[0]), document.getElementById("map").clientWidth]; })()`)
	if want := scale[1] / 360; scale[0] < want*0.98 || scale[0] > want*1.02 {
		t.Errorf("zoomed out, %.2f px a degree of longitude on a map %.0fpx wide; want %.2f", scale[0], scale[1], want)
	}
}

func (env *browserEnv) testAntimeridian(t *testing.T) {
	tb := env.newTab(t)
	tb.open("/")
	tb.do(chromedp.Evaluate[chromedp.Void](`window.__edges = null; Promise.all([import("./mapdata.js"), fetch("world.json").then((r) => r.json())])
		.then(([m, w]) => { window.__edges = w.countries.filter((c) => ["RU", "FJ", "US", "NZ", "KI"].includes(c.a2)).map((c) => {
			const d = m.decodeCountry(c); let worst = 0;
			for (const r of d.rings) for (let i = 2; i < r.length; i += 2) worst = Math.max(worst, Math.abs(r[i] - r[i - 2]));
			return c.a2 + ":" + worst.toFixed(0); }).join(" "); })`))
	tb.wait(`window.__edges`)
	edges := eval[string](tb, `window.__edges`)
	if !strings.Contains(edges, "RU:") || !strings.Contains(edges, "FJ:") {
		t.Fatalf("edges = %q; want Russia and Fiji", edges)
	}
	for _, e := range strings.Fields(edges) {
		var code string
		var worst int
		fmt.Sscanf(strings.Replace(e, ":", " ", 1), "%s %d", &code, &worst)
		if worst > 90 {
			t.Errorf("%s has an edge %d degrees long: a ring crosses the antimeridian unsplit", code, worst)
		}
	}
}

func (env *browserEnv) testTimelineBulk(t *testing.T) {
	tb := env.newTab(t)
	tb.open("/")
	tb.wait(`document.querySelectorAll("#timeline rect.bar").length > 5`)
	if by := eval[string](tb, `document.querySelector("#timeline svg").getAttribute("aria-label")`); by != "records per week" {
		t.Errorf("timeline shows %q; want records per week for five months", by)
	}
	keys := eval[[]string](tb, `[...document.querySelectorAll("#timeline rect.bar")].map((b) => b.dataset.key)`)
	for _, k := range keys {
		if !strings.HasPrefix(k, "2018-") && !strings.HasPrefix(k, "2017-12") {
			t.Errorf("a bar at %s; want bars of 2018 only", k)
		}
	}
	if got := tb.joined("#timeline .outliers button"); got != "2025-06 (1)" {
		t.Errorf("far dates listed as %q; want 2025-06 (1)", got)
	}
	// Spans come from the records on the map: load them all.
	tb.clickAt("#map .mapnote button.more")
	tb.wait(`document.querySelectorAll("#timeline rect.span").length === 2`)
	spans := eval[[]string](tb, `[...document.querySelectorAll("#timeline rect.span")].map((r) => r.dataset.from + ".." + r.dataset.to + ":" + r.dataset.count).sort()`)
	if strings.Join(spans, " ") != fmt.Sprintf("2018-01-01..2018-12-31:%d 2018-03-01..2018-03-31:%d", manyYear, manyMonth) {
		t.Errorf("spans = %q; want the year-only and month-only dates", spans)
	}
	tb.shot("many-timeline")

	// With background events, 1468 is listed apart too.
	tb.open("/?background=include")
	tb.wait(`document.querySelectorAll("#timeline .outliers button").length === 2`)
	if got := tb.joined("#timeline .outliers button"); got != "1468-01 (1)2025-06 (1)" {
		t.Errorf("far dates with background = %q; want 1468-01 and 2025-06", got)
	}
	if n := tb.count("#timeline rect.bar"); n < 5 {
		t.Errorf("with background, %d bars; want the weeks of 2018", n)
	}
	// Picking a far date shows its records.
	tb.clickAt(`#timeline .outliers button[data-month="2025-06"]`)
	tb.wait(`location.search.includes("since=2025-06-01") && document.querySelectorAll("#list tbody tr").length === 1`)
}

func (env *browserEnv) testListOrder(t *testing.T) {
	tb := env.newTab(t)
	tb.open("/")
	dates := eval[[]string](tb, `[...document.querySelectorAll("#list tbody td.c-date")].map((e) => e.firstChild.textContent)`)
	if len(dates) == 0 || dates[0] != "2018-05-28" {
		t.Errorf("the list opens with %q; want the newest date of the reports' own time, 2018-05-28", dates)
	}
	// Sorting by a column sorts all the records, not the page shown.
	tb.clickAt(`#list th button[data-sort="killed"]`)
	tb.wait(`location.search.includes("sort=killed") && document.querySelector("#list tbody td.c-killed")`)
	tb.wait(fmt.Sprintf(`document.querySelector("#list tbody td.c-killed").textContent === "%d"`, manyKilled))
	if got := tb.joined("#list .pager .total"); got != fmt.Sprintf("1–50 of %s events", commas(manyDefault)) {
		t.Errorf("pager = %q", got)
	}
	// The next page goes on down the same sorted set.
	lastKilled := eval[string](tb, `document.querySelector("#list tbody tr:last-child td.c-killed").textContent`)
	tb.clickAt(`#list .pager button:last-of-type`)
	tb.wait(`location.search.includes("offset=50") && document.querySelector("#list .pager .total").textContent.startsWith("51–100")`)
	if first := eval[string](tb, `document.querySelector("#list tbody td.c-killed").textContent`); first > lastKilled {
		t.Errorf("page 2 starts with %s killed after page 1 ended with %s; want the sort to go on", first, lastKilled)
	}

	// The record dated after its report comes last by date, marked.
	tb.clickAt(`#list th button[data-sort="date"]`)
	tb.wait(`location.search.includes("sort=date")`)
	last := (manyDefault - 1) / 50 * 50
	tb.open(fmt.Sprintf("/?sort=date&dir=desc&offset=%d", last))
	tb.wait(`document.querySelector("#list tbody tr:last-child td.c-date .apart")`)
	if got := eval[string](tb, `document.querySelector("#list tbody tr:last-child td.c-date").textContent`); got != "2025-06-01after its report" {
		t.Errorf("last row's date = %q; want 2025-06-01 marked after its report", got)
	}
}

// commas writes n with thousands separators, as the page does.
func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
