package sqlstore

import (
	"strconv"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }

// where builds the WHERE clause of a filter on events e (joined with
// documents d), with its arguments.
type where struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + itoa(len(w.args))
}

// in adds "expr IN (...)" for a non-empty list.
func (w *where) in(expr string, vals []string, fold func(string) string) {
	if len(vals) == 0 {
		return
	}
	ph := make([]string, len(vals))
	for i, v := range vals {
		if fold != nil {
			v = fold(v)
		}
		ph[i] = w.arg(v)
	}
	w.conds = append(w.conds, expr+" IN ("+strings.Join(ph, ", ")+")")
}

// actors adds a condition that the party in columns prefix, prefix_ar,
// prefix_country and prefix_sector is one of refs.
func (w *where) actors(prefix string, refs []hadath.ActorRef) {
	if len(refs) == 0 {
		return
	}
	var alts []string
	for _, r := range refs {
		var c []string
		if r.Name != "" {
			c = append(c, "e."+prefix+" = "+w.arg(lower(r.Name)), "e."+prefix+"_ar = "+w.arg(ar.Fold(r.Name)))
		}
		if r.NameAr != "" {
			c = append(c, "e."+prefix+"_ar = "+w.arg(ar.Fold(r.NameAr)))
		}
		if r.Country != "" && r.Sector != "" && prefix != "claimed" {
			c = append(c, "(e."+prefix+"_country = "+w.arg(r.Country)+" AND e."+prefix+"_sector = "+w.arg(r.Sector)+")")
		}
		if len(c) > 0 {
			alts = append(alts, strings.Join(c, " OR "))
		}
	}
	if len(alts) > 0 {
		w.conds = append(w.conds, "("+strings.Join(alts, " OR ")+")")
	}
}

// background is the condition that an event is background: its latest
// possible date is more than a year before its document's publication
// (string arithmetic on ISO dates, the same in SQLite and PostgreSQL).
const background = `(d.published IS NOT NULL AND LENGTH(d.published) >= 10 AND e.date_hi IS NOT NULL AND e.date_hi <> '' AND
	e.date_hi < CAST(CAST(SUBSTR(d.published, 1, 4) AS INTEGER) - 1 AS TEXT) || SUBSTR(d.published, 5, 6))`

// build returns the conditions of f.
func (s *DB) build(f *hadath.Filter) *where {
	w := &where{}
	upper := strings.ToUpper
	w.in("e.type", f.Types, upper)
	w.in("e.method", f.Methods, strings.ToLower)
	w.in("e.country", f.Countries, upper)
	w.in("LOWER(e.admin1)", f.Admin1, strings.ToLower)
	w.in("e.modality", f.Modalities, strings.ToLower)
	w.in("e.actor_country", f.ActorCountries, upper)
	w.in("e.target_country", f.TargetCountries, upper)
	w.actors("actor", f.Actors)
	w.actors("target", f.Targets)
	w.actors("claimed", f.ClaimedBy)
	if f.Since != "" {
		w.conds = append(w.conds, "e.date_hi >= "+w.arg(f.Since))
	}
	if f.Until != "" {
		w.conds = append(w.conds, "e.date <= "+w.arg(f.Until))
	}
	switch f.Background {
	case hadath.BackgroundExclude:
		w.conds = append(w.conds, "NOT "+background)
	case hadath.BackgroundOnly:
		w.conds = append(w.conds, background)
	}
	if f.MinConfidence > 0 {
		w.conds = append(w.conds, "e.confidence >= "+w.arg(f.MinConfidence))
	}
	if f.DocID != "" {
		w.conds = append(w.conds, "e.doc_id = "+w.arg(f.DocID))
	}
	if n := f.Near; n != nil {
		// A box first, which the index narrows, then the exact distance.
		dLat := n.KM / 111.0
		w.conds = append(w.conds, "e.lat BETWEEN "+w.arg(n.Lat-dLat)+" AND "+w.arg(n.Lat+dLat),
			"6371 * 2 * ASIN("+s.dialect.Least+"(1, SQRT(POWER(SIN(RADIANS(e.lat - "+w.arg(n.Lat)+") / 2), 2) + COS(RADIANS(e.lat)) * COS(RADIANS("+
				w.arg(n.Lat)+")) * POWER(SIN(RADIANS(e.lon - "+w.arg(n.Lon)+") / 2), 2)))) <= "+w.arg(n.KM))
	}
	if f.MinSources > 0 {
		w.conds = append(w.conds, "e.incident_id IN (SELECT id FROM incidents WHERE sources >= "+w.arg(f.MinSources)+")")
	}
	if strings.TrimSpace(f.Text) != "" {
		words := searchWords(ar.NewAnalyzer(), f.Text)
		if len(words) == 0 {
			w.conds = append(w.conds, "1 = 0")
		} else {
			w.conds = append(w.conds, strings.ReplaceAll(s.dialect.MatchSearch, "%s", w.arg(s.dialect.SearchQuery(words))))
		}
	}
	return w
}

// sql returns " WHERE ..." or "".
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// page returns the LIMIT and OFFSET clause of f.
func (w *where) page(f *hadath.Filter) string {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	return " LIMIT " + w.arg(limit) + " OFFSET " + w.arg(f.Offset)
}

// DefaultLimit is how many rows a query returns when the filter sets no
// limit.
const DefaultLimit = 100
