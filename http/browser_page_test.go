package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	nethttp "net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/hadath/hadath"
)

// apiTotal asks the server how many records the filters in a page's
// query string (location.search) select.
func (env *browserEnv) apiTotal(t *testing.T, mode, search string) int {
	t.Helper()
	q, err := url.ParseQuery(strings.TrimPrefix(search, "?"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"mode", "sort", "dir", "offset", "by", "event", "incident", "panel"} {
		q.Del(k)
	}
	resp, err := nethttp.Get(env.server.URL() + "/api/v1/" + mode + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct{ Total int }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != nethttp.StatusOK {
		t.Fatalf("GET %s: status %d, %v", resp.Request.URL, resp.StatusCode, err)
	}
	return body.Total
}

// testChoices picks a method from the method menu and an actor from the
// actor suggestions, and checks that the list follows each.
func (env *browserEnv) testChoices(t *testing.T) {
	drones := env.events(t, hadath.Filter{Types: []string{hadath.Assault}, Methods: []string{"drone"}})
	if len(drones) == 0 {
		t.Fatal("fixtures give no drone attack")
	}
	tb := env.newTab(t)
	tb.open("/?type=ASSAULT")
	options := eval[[]string](tb, `[...document.querySelectorAll("select[name=method] option")].map((o) => o.value)`)
	if len(options) < 2 || options[0] != "" {
		t.Fatalf("method menu offers %q; want \"\" (any method) and the methods of ASSAULT", options)
	}
	if text := eval[string](tb, `document.querySelector("select[name=method]").textContent`); strings.Contains(text, "[object") {
		t.Errorf("method menu shows %q", text)
	}
	tb.choose("method", "drone")
	tb.wait(fmt.Sprintf(`location.search.includes("method=drone") && document.querySelectorAll("#list tbody tr").length === %d`, len(drones)))
	if got := tb.joined("#list tbody td.c-type .muted"); got != strings.Repeat("drone", len(drones)) {
		t.Errorf("list methods after choosing drone = %q; want only drone", got)
	}

	// The actor box suggests the actors of the records shown; picking
	// one (as choosing from the suggestions does: the value, then Enter)
	// filters the list by it.
	tb.open("/")
	tb.wait(`document.querySelectorAll("#actors option").length > 0`)
	names := eval[[]string](tb, `[...document.querySelectorAll("#actors option")].map((o) => o.value)`)
	for _, n := range names {
		if n == "" || strings.Contains(n, "[object") {
			t.Fatalf("actor suggestions hold %q", names)
		}
	}
	all := tb.count("#list tbody tr")
	pick := names[0]
	tb.clickAt(`input[name=actor]`)
	tb.do(chromedp.Evaluate[chromedp.Void](`document.querySelector("input[name=actor]").value = ` + js(pick)))
	tb.do(chromedp.KeyEvent("\r"))
	tb.wait(`new URLSearchParams(location.search).get("actor") === ` + js(pick))
	want := env.apiTotal(t, "events", eval[string](tb, `location.search`))
	if want == 0 || want >= all {
		t.Errorf("actor %q selects %d of %d events; want some but not all", pick, want, all)
	}
	tb.wait(fmt.Sprintf(`document.querySelectorAll("#list tbody tr").length === %d`, want))
	tb.shot("actor")
}

// testEvidenceInView opens an event told at the end of a long article:
// the article's box must open scrolled to its words.
func (env *browserEnv) testEvidenceInView(t *testing.T) {
	ev := env.eventOf(t, longDocID)
	tb := env.newTab(t)
	tb.open("/?event=" + ev.Event.ID)
	tb.wait(`document.querySelector("#detail .article .s-trigger")`)
	tb.wait(`document.querySelector("#detail .article").scrollTop > 0`)
	in := `(() => { const a = document.querySelector("#detail .article").getBoundingClientRect();
		const e = document.querySelector("#detail .article .s-trigger").getBoundingClientRect();
		return e.top >= a.top && e.bottom <= a.bottom && e.top >= 0 && e.bottom <= innerHeight; })()`
	if !eval[bool](tb, in) {
		t.Error("the event's trigger is not in view when the event opens")
	}
	// The panel itself stays at its top, with the title in view.
	if got := eval[float64](tb, `document.getElementById("detail").scrollTop`); got != 0 {
		t.Errorf("the panel scrolled to %v; want the article's box scrolled instead", got)
	}
	tb.shot("evidence")
}

// testIncidentFigures checks that an incident's casualty figure is the
// median of its reports, with their spread, and that a claim is shown
// with the reports that make it.
func (env *browserEnv) testIncidentFigures(t *testing.T) {
	ev := env.eventOf(t, eventDocID)
	inc, err := env.store.Incident(context.Background(), ev.IncidentID)
	if err != nil {
		t.Fatal(err)
	}
	if inc.Killed == nil || inc.Killed.Min == inc.Killed.Max || len(inc.Claims) == 0 || len(inc.Claims[0].Reports) == len(inc.Events) {
		t.Fatalf("fixture incident %s: killed %+v, claims %+v of %d reports; want counts that differ and a claim some reports make",
			inc.ID, inc.Killed, inc.Claims, len(inc.Events))
	}
	tb := env.newTab(t)
	tb.open("/?incident=" + inc.ID)
	tb.wait(`document.querySelector("#detail .incidentview .claims")`)
	row := func(label string) string {
		return eval[string](tb, `[...document.querySelectorAll("#detail .incidentview .fieldtable tr")].filter((r) =>
			r.querySelector("th").textContent === `+js(label)+`).map((r) => r.querySelector("td").textContent).join("")`)
	}
	killed := row("Killed")
	want := fmt.Sprintf("%d (median of %d reports; they range from %d to %d", inc.Killed.Best, inc.Killed.Reports, inc.Killed.Min, inc.Killed.Max)
	if !strings.HasPrefix(killed, want) {
		t.Errorf("killed = %q; want it to start %q", killed, want)
	}
	c := inc.Claims[0]
	claimed := row("Claimed by")
	want = fmt.Sprintf("in %d of %d reports, from %s", len(c.Reports), len(inc.Events), strings.Join(c.Sources, ", "))
	if !strings.Contains(claimed, c.Actor.Name) || !strings.Contains(claimed, want) {
		t.Errorf("claimed by = %q; want %s %s", claimed, c.Actor.Name, want)
	}
	if got, want := tb.count(`#detail table.reports td.c-claimed .muted`), len(inc.Events)-len(c.Reports); got != want {
		t.Errorf("%d reports show no claim; want %d", got, want)
	}
	tb.shot("incident-figures")

	if got, want := row("Reports"), fmt.Sprintf("%d reports from %d sources: ", len(inc.Events), len(inc.Sources)); !strings.HasPrefix(got, want) {
		t.Errorf("reports = %q; want it to start %q", got, want)
	}
	one := env.eventOf(t, "istanbul-arrests")
	tb.open("/?incident=" + one.IncidentID)
	tb.wait(`document.querySelector("#detail .incidentview table.reports tbody tr")`)
	if got, want := row("Reports"), "1 report from 1 source: "+one.Source; got != want {
		t.Errorf("reports of a lone report = %q; want %q", got, want)
	}

	// The list gives the median with the spread.
	tb.open("/?mode=incidents")
	cell := fmt.Sprintf("%d (%d–%d)", inc.Killed.Best, inc.Killed.Min, inc.Killed.Max)
	tb.wait(`[...document.querySelectorAll("#list td.c-killed")].some((td) => td.textContent === ` + js(cell) + `)`)
}
