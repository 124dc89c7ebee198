package http

import (
	"fmt"
	nethttp "net/http"

	"github.com/hadath/hadath"
)

// listBody is the JSON body of a list route: one page of items and how
// many there are in all.
type listBody[T any] struct {
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	Items  []T `json:"items"`
}

// eventBody is the JSON body of GET /api/v1/events/{id}: the event and
// the document it came from, with the text its spans point into.
type eventBody struct {
	Event    *hadath.StoredEvent `json:"event"`
	Document *hadath.Document    `json:"document"`
}

// handleEvents lists the events that pass the query's filters, one page
// as JSON, or all of them in an export format.
func (s *Server) handleEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, format, file, ok := s.listOf(w, r)
	if !ok {
		return
	}
	if file {
		streamExport(w, r, f, format, "events", s.store().Events, eventWriter(format))
		return
	}
	evs, total, err := s.store().Events(r.Context(), f)
	if err != nil {
		Error(w, r, err)
		return
	}
	writeEventList(w, total, f.Limit, f.Offset, evs)
}

// writeEventList writes a page of events as a listBody. It joins the
// events' own encodings, which escape HTML as writeJSON does, instead of
// letting encoding/json check and compact each one again.
func writeEventList(w nethttp.ResponseWriter, total, limit, offset int, evs []*hadath.StoredEvent) {
	b := make([]byte, 0, 64+len(evs)*2048)
	b = fmt.Appendf(b, `{"total":%d,"limit":%d,"offset":%d,"items":[`, total, limit, offset)
	for i, e := range evs {
		eb, err := e.MarshalJSON()
		if err != nil {
			writeJSON(w, nethttp.StatusOK, listBody[*hadath.StoredEvent]{total, limit, offset, evs})
			return
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, eb...)
	}
	b = append(b, "]}\n"...)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}

// handleEvent shows one event with its document.
func (s *Server) handleEvent(w nethttp.ResponseWriter, r *nethttp.Request) {
	ev, err := s.store().Event(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err)
		return
	}
	doc, err := s.store().Document(r.Context(), ev.DocID)
	if err != nil && hadath.ErrorCode(err) != hadath.ENOTFOUND {
		Error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, eventBody{Event: ev, Document: doc})
}

// handleIncidents lists the incidents with a report that passes the
// query's filters, one page as JSON, or all of them in an export format.
func (s *Server) handleIncidents(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, format, file, ok := s.listOf(w, r)
	if !ok {
		return
	}
	if file {
		streamExport(w, r, f, format, "incidents", s.store().Incidents, incidentWriter(format))
		return
	}
	incs, total, err := s.store().Incidents(r.Context(), f)
	if err != nil {
		Error(w, r, err)
		return
	}
	if incs == nil {
		incs = []*hadath.Incident{}
	}
	writeJSON(w, nethttp.StatusOK, listBody[*hadath.Incident]{total, f.Limit, f.Offset, incs})
}

// handleIncident shows one incident with its reports and why each was
// joined.
func (s *Server) handleIncident(w nethttp.ResponseWriter, r *nethttp.Request) {
	inc, err := s.store().Incident(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, inc)
}
