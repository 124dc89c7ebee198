// Package storetest is the test suite every hadath.Store must pass. The
// sqlite and postgres packages run it against a real database.
package storetest

import (
	"crypto/sha256"
	"fmt"

	"github.com/hadath/hadath"
)

// report describes one invented news report of one event, for fixtures.
type report struct {
	doc, source, published string
	typ, method, date      string
	place                  *hadath.Place
	actor, target          *hadath.Actor
	killed                 int // -1: not given
	sentence               string
}

// place returns a place with coordinates.
func place(name, nameAr, country, admin1, precision string, lat, lon float64) *hadath.Place {
	p := &hadath.Place{Name: name, NameAr: nameAr, Country: country, Admin1: admin1, Precision: precision}
	p.SetCoord(lat, lon)
	return p
}

// Places and parties of the fixtures (real names, invented events).
var (
	asad     = place("Al Asad Airbase", "قاعدة عين الأسد", "IQ", "Al Anbar", hadath.PrecisionSite, 33.7856, 42.4412)
	baghdadi = place("Al Baghdadi", "البغدادي", "IQ", "Al Anbar", hadath.PrecisionCity, 33.8667, 42.55)
	qaim     = place("Al Qa'im", "القائم", "IQ", "Al Anbar", hadath.PrecisionCity, 34.3686, 41.0945)
	anbar    = &hadath.Place{Name: "Al Anbar", NameAr: "الأنبار", Country: "IQ", Admin1: "Al Anbar", Precision: hadath.PrecisionAdmin1}
	gaza     = place("Gaza City", "غزة", "PS", "Gaza", hadath.PrecisionCity, 31.5017, 34.4668)
	irq      = &hadath.Actor{Name: "Islamic Resistance in Iraq", NameAr: "المقاومة الإسلامية في العراق", Country: "IQ", Sector: hadath.SectorArmedGroup}
	usForces = &hadath.Actor{Name: "Military", Country: "US", Sector: hadath.SectorMilitary, Generic: true}
	idf      = &hadath.Actor{Name: "Israel Defense Forces", NameAr: "الجيش الإسرائيلي", Country: "IL", Sector: hadath.SectorMilitary}
	hamas    = &hadath.Actor{Name: "Hamas", NameAr: "حماس", Country: "PS", Sector: hadath.SectorArmedGroup}
)

// coded turns reports into the batch Store.Ingest takes: one document a
// report, with one event each.
func coded(rs ...report) []*hadath.Coded {
	var out []*hadath.Coded
	for _, r := range rs {
		text := r.sentence
		ev := hadath.Event{
			ID: fmt.Sprintf("%x", sha256.Sum256([]byte(r.doc+r.typ)))[:16], Type: r.typ, Method: r.method,
			Date: r.date, DatePrecision: hadath.DateDay, Location: r.place, Actor: r.actor, Target: r.target,
			Modality: hadath.Asserted, ReportedBy: []string{},
			Trigger:  hadath.Span{Start: 0, End: len([]rune(text)), Text: text},
			Evidence: []hadath.Span{{Start: 0, End: len([]rune(text)), Text: text}}, Confidence: 0.8,
		}
		if r.date == "" {
			ev.DatePrecision = hadath.DateUnknown
		}
		if r.killed >= 0 {
			ev.Killed = &hadath.Count{Count: hadath.N(r.killed), Qualifier: hadath.Exact}
		}
		doc := &hadath.Document{ID: r.doc, Text: text, Lang: "ar", Published: r.published, Source: r.source, Title: "عنوان " + r.doc}
		res := hadath.NewResult(doc)
		res.Events = append(res.Events, ev)
		out = append(out, &hadath.Coded{Doc: doc, Hash: hash(doc), Result: res})
	}
	return out
}

// hash is the content hash of a fixture document.
func hash(d *hadath.Document) string {
	return fmt.Sprintf("%x", sha256.Sum256([]byte(d.Title+"\x00"+d.Published+"\x00"+d.Text)))
}

// strikes are six reports: three of one rocket attack on Al Asad (two
// sources agree on the dead, one differs, one places it in a town 14 km
// away), one of another attack the same day at Al Qa'im, 150 km away, a
// report placed only in the province (which fits both and joins the one
// more widely reported), and an air strike in Gaza.
var strikes = []report{
	{"asad-1", "Agency One", "2024-01-21", hadath.Assault, "rocket", "2024-01-20", asad, irq, usForces, 2,
		"استهدفت صواريخ قاعدة عين الأسد الجوية في الأنبار"},
	{"asad-2", "Agency Two", "2024-01-21", hadath.Assault, "ballistic_missile", "2024-01-20", place("Al Asad Airbase", "قاعدة عين الأسد", "IQ", "Al Anbar", hadath.PrecisionSite, 33.80, 42.43), nil, usForces, 2,
		"هجوم بصواريخ باليستية على قاعدة الأسد غرب العراق"},
	{"asad-3", "Agency Three", "2024-01-22", hadath.Assault, "missile", "2024-01-21", baghdadi, irq, nil, 3,
		"قصف صاروخي قرب البغدادي أسفر عن مقتل ثلاثة"},
	{"qaim-1", "Agency One", "2024-01-21", hadath.Assault, "drone", "2024-01-20", qaim, irq, usForces, 0,
		"طائرة مسيرة تضرب موقعا في القائم"},
	{"asad-4", "Agency Four", "2024-01-20", hadath.Assault, "", "2024-01-20", anbar, nil, nil, -1,
		"انفجارات في محافظة الأنبار مساء السبت"},
	{"gaza-1", "Agency Two", "2024-01-21", hadath.Assault, "airstrike", "2024-01-20", gaza, idf, hamas, 5,
		"غارة جوية على مدينة غزة"},
}
