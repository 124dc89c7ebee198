package http_test

import (
	"context"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/storetest"
)

// TestBrowserLive opens the page, stores documents while it is open, and
// checks that the badge counts the new records, the list shows them
// without a reload, and the badge's panel lists them.
func TestBrowserLive(t *testing.T) {
	env := newBrowserEnvWith(t, func(ctx context.Context, store hadath.Store, _ ingest.Coder) error {
		_, err := store.Ingest(ctx, []*hadath.Coded{storetest.Report("first", "Wire A", "IQ", 36.237, 43.963, "قصف على قاعدة قرب أربيل")})
		return err
	})
	tb := env.newTab(t)
	tb.open("/")
	if n := tb.count("#list tbody tr"); n != 1 {
		t.Fatalf("list before = %d rows; want 1", n)
	}
	if !eval[bool](tb, `document.getElementById("live-badge").hidden`) {
		t.Errorf("the badge shows before anything new is stored")
	}
	// The page's stream is open before the documents come.
	tb.wait(`document.getElementById("live-badge").dataset.stream === "open"`)

	hostile := storetest.Report(xssDocID, xssSource, "SY", 35.0, 38.5, xssScript+" قذيفة "+xssImage)
	hostile.Doc.Title = xssTitle
	joins := storetest.Report("second", "Wire B", "IQ", 36.240, 43.960, "صواريخ على موقع في أربيل")
	if _, err := env.store.Ingest(context.Background(), []*hadath.Coded{hostile, joins}); err != nil {
		t.Fatal(err)
	}
	tb.wait(`document.getElementById("live-badge").textContent === "2 new records" && !document.getElementById("live-badge").hidden`)
	tb.wait(`document.querySelectorAll("#list tbody tr").length === 3`)
	tb.shot("live-badge")

	tb.clickAt("#live-badge")
	tb.wait(`document.querySelectorAll("#detail .live-list li").length === 2`)
	tb.wait(`[...document.querySelectorAll("#detail .live-list li .muted")].every((s) => s.textContent.includes("ASSAULT"))`)
	if !eval[bool](tb, `document.getElementById("live-badge").hidden`) {
		t.Errorf("the badge still shows once its records are listed")
	}
	kinds := tb.joined("#detail .live-list li button")
	if kinds != "New reportNew incident" && kinds != "New incidentNew report" {
		t.Errorf("panel lists %q; want a new incident and a new report", kinds)
	}
	tb.noMarkup()
	tb.shot("live-panel")

	tb.clickAt(`#detail .live-list li[data-incident] button`)
	tb.wait(`!document.querySelector("#detail .live-list") && new URLSearchParams(location.search).get("incident")`)
	tb.noMarkup()
}
