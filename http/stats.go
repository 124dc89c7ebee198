package http

import (
	nethttp "net/http"
	"strings"

	"github.com/hadath/hadath"
)

// statsBody is the JSON body of GET /api/v1/stats: the groups that limit
// and offset select, and how many groups there are in all.
type statsBody struct {
	By    []string  `json:"by"`
	Rows  []statRow `json:"rows"`
	Total int       `json:"total"`
}

// statRow is one group of counts, its key given by dimension:
// {"type": "ASSAULT", "week": "2024-01-15"}.
type statRow struct {
	Key       map[string]string `json:"key"`
	Events    int               `json:"events"`
	Incidents int               `json:"incidents"`
}

// handleStats counts the events that pass the query's filters, and the
// incidents they belong to, grouped by the dimensions of "by" (default
// type). limit and offset page through the groups; without a limit,
// every group is given.
func (s *Server) handleStats(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, q, ok := s.filterOf(w, r, "by")
	if !ok {
		return
	}
	limit, offset := f.Limit, f.Offset
	if !q.Has("limit") {
		limit = 0
	}
	f.Limit, f.Offset = 0, 0
	spec := hadath.StatsSpec{By: list(q, "by")}
	if len(spec.By) == 0 {
		spec.By = []string{"type"}
	}
	for i, d := range spec.By {
		spec.By[i] = strings.ToLower(d)
		if !isDimension(spec.By[i]) {
			Error(w, r, hadath.Errorf(hadath.EINVALID, "by %q: want some of %s", d, strings.Join(hadath.StatsDimensions, ", ")))
			return
		}
	}
	rows, err := s.store().Stats(r.Context(), f, spec)
	if err != nil {
		Error(w, r, err)
		return
	}
	total := len(rows)
	rows = rows[min(offset, total):]
	if limit > 0 && limit < len(rows) {
		rows = rows[:limit]
	}
	out := statsBody{By: spec.By, Rows: make([]statRow, len(rows)), Total: total}
	for i, row := range rows {
		key := make(map[string]string, len(spec.By))
		for j, d := range spec.By {
			if j < len(row.Key) {
				key[d] = row.Key[j]
			}
		}
		out.Rows[i] = statRow{Key: key, Events: row.Events, Incidents: row.Incidents}
	}
	writeJSON(w, nethttp.StatusOK, out)
}

// isDimension reports whether d is one of hadath.StatsDimensions.
func isDimension(d string) bool {
	for _, e := range hadath.StatsDimensions {
		if d == e {
			return true
		}
	}
	return false
}
