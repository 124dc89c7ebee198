package storetest

import (
	"crypto/sha256"
	"fmt"

	"github.com/hadath/hadath"
)

// Report returns one invented document, ready for Store.Ingest, reporting
// one rocket attack on US forces on 2024-03-10 at a site in country at
// lat, lon. Reports of places within a few km of each other, from
// different sources, join one incident. Tests of what follows ingest (the
// change log, alerts, live updates) use it.
func Report(doc, source, country string, lat, lon float64, text string) *hadath.Coded {
	p := &hadath.Place{Name: "Site " + doc, Country: country, Precision: hadath.PrecisionSite}
	p.SetCoord(lat, lon)
	return coded([]report{{doc: doc, source: source, published: "2024-03-11", typ: hadath.Assault, method: "rocket",
		date: "2024-03-10", place: p, actor: irq, target: usForces, killed: 1, sentence: text}}...)[0]
}

// ReportEventID returns the id of the event of Report's document doc.
func ReportEventID(doc string) string {
	return fmt.Sprintf("%x", sha256.Sum256([]byte(doc+hadath.Assault)))[:16]
}
