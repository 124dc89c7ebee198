package http_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// apiEventList is the body of GET /api/v1/events.
type apiEventList struct {
	Total, Limit, Offset int
	Items                []*hadath.StoredEvent
}

// eventDocIDs returns the document ids of events, sorted.
func eventDocIDs(evs []*hadath.StoredEvent) string {
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.DocID)
	}
	slices.Sort(ids)
	return strings.Join(ids, ",")
}

func TestEventFilters(t *testing.T) {
	s := newAPIServer(t, nil)
	tests := []struct {
		query string
		want  string // document ids, sorted
	}{
		{"", "d1,d2,d3,d5"},
		{"modality=all", "d1,d2,d3,d4,d5"},
		{"modality=future", "d4"},
		{"type=ASSAULT", "d1,d2,d5"},
		{"type=assault,protest", "d1,d2,d3,d5"},
		{"type=PROTEST&type=ASSAULT", "d1,d2,d3,d5"},
		{"method=drone", "d2"},
		{"country=iq", "d1,d3"},
		{"country=IQ,SY&type=ASSAULT", "d1,d2"},
		{"since=2024-02-01", "d3,d5"},
		{"until=2024-01-20", "d1"},
		{"since=2024-01-21&until=2024-02-04", "d2,d3"},
		{"near=" + url.QueryEscape("33.8,42.4,50"), "d1"},
		{"actor=" + url.QueryEscape("Actor d2"), "d2"},
		{"actor_country=PS", "d5"},
		{"text=" + url.QueryEscape("البوكمال"), "d2"},
		{"min_confidence=0.45", "d1,d2,d3,d5"},
		{"min_confidence=0.5&type=ASSAULT", "d1,d5"},
		{"limit=2", "d3,d5"},
		{"limit=2&offset=2", "d1,d2"},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "GET", "/api/v1/events?"+tt.query, "")
		var got apiEventList
		r.decode(t, &got)
		if r.status != 200 || eventDocIDs(got.Items) != tt.want {
			t.Errorf("GET events?%s = %d %s; want %s", tt.query, r.status, eventDocIDs(got.Items), tt.want)
		}
	}
}

func TestEventPaging(t *testing.T) {
	s := newAPIServer(t, nil)
	var got apiEventList
	apiDo(t, s, "GET", "/api/v1/events?limit=1&offset=1", "").decode(t, &got)
	if got.Total != 4 || got.Limit != 1 || got.Offset != 1 || len(got.Items) != 1 {
		t.Errorf("GET events?limit=1&offset=1 = total %d, limit %d, offset %d, %d items; want 4, 1, 1, 1",
			got.Total, got.Limit, got.Offset, len(got.Items))
	}
	apiDo(t, s, "GET", "/api/v1/events", "").decode(t, &got)
	if got.Limit != 100 || got.Items[0].DocID != "d5" {
		t.Errorf("GET events = limit %d, first %q; want limit 100, newest first (d5)", got.Limit, got.Items[0].DocID)
	}
}

func TestEventFilterErrors(t *testing.T) {
	s := newAPIServer(t, nil)
	for _, path := range []string{
		"/api/v1/events?type=BOMBING",
		"/api/v1/events?since=20-01-2024",
		"/api/v1/events?near=33,44",
		"/api/v1/events?near=NaN,44,5",
		"/api/v1/events?near=33,44,-1",
		"/api/v1/events?limit=1001",
		"/api/v1/events?limit=0",
		"/api/v1/events?offset=-1",
		"/api/v1/events?min_sources=x",
		"/api/v1/events?min_confidence=1.5",
		"/api/v1/events?min_confidence=-0.2",
		"/api/v1/events?min_confidence=NaN",
		"/api/v1/events?min_confidence=high",
		"/api/v1/events?modality=maybe",
		"/api/v1/events?types=ASSAULT",
		"/api/v1/events?format=table",
		"/api/v1/events?format=xml",
		"/api/v1/incidents?country=IQ&colour=red",
		"/api/v1/stats?by=weather",
		"/api/v1/documents?limit=5000",
		"/api/v1/documents?type=ASSAULT",
	} {
		r := apiDo(t, s, "GET", path, "")
		if r.status != 400 || r.errorCode() != "invalid" {
			t.Errorf("GET %s = %d %s; want 400 invalid", path, r.status, r.body)
		}
	}
}

func TestEvent(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/api/v1/events/ev-d2", "")
	var got struct {
		Event    *hadath.StoredEvent
		Document *hadath.Document
	}
	r.decode(t, &got)
	if r.status != 200 || got.Event.Event.ID != "ev-d2" || got.Document == nil || got.Document.Text != apiFixtures[1].text {
		t.Fatalf("GET events/ev-d2 = %d %s; want the event and its document's text", r.status, r.body)
	}
	ev := got.Event.Event
	if span := []rune(got.Document.Text)[ev.Trigger.Start:ev.Trigger.End]; string(span) != ev.Trigger.Text {
		t.Errorf("trigger %d:%d cuts %q from the text; want %q", ev.Trigger.Start, ev.Trigger.End, string(span), ev.Trigger.Text)
	}
	if got.Event.IncidentID == "" || got.Event.Source != "Agency Two" {
		t.Errorf("event incident %q, source %q; want an incident and Agency Two", got.Event.IncidentID, got.Event.Source)
	}
	if r := apiDo(t, s, "GET", "/api/v1/events/no-such-event", ""); r.status != 404 || r.errorCode() != "not_found" {
		t.Errorf("GET events/no-such-event = %d %s; want 404 not_found", r.status, r.body)
	}
}

// TestStoredMarkupIsEscaped checks that markup stored in a document comes
// back JSON-escaped from every route that shows it, never as raw HTML.
func TestStoredMarkupIsEscaped(t *testing.T) {
	s := newAPIServer(t, nil)
	var ev struct{ Event *hadath.StoredEvent }
	apiDo(t, s, "GET", "/api/v1/events/ev-d5", "").decode(t, &ev)
	for _, path := range []string{"/api/v1/events/ev-d5", "/api/v1/events?country=PS", "/api/v1/documents/d5",
		"/api/v1/documents", "/api/v1/incidents/" + url.PathEscape(ev.Event.IncidentID)} {
		r := apiDo(t, s, "GET", path, "")
		body := string(r.body)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
			t.Fatalf("GET %s = %d %q; want 200 JSON", path, r.status, r.header.Get("Content-Type"))
		}
		for _, raw := range []string{"<script>", "<img", "<a "} {
			if strings.Contains(body, raw) {
				t.Errorf("GET %s: body holds raw %q: %s", path, raw, body)
			}
		}
		if !strings.Contains(body, `\u003cscript\u003e`) {
			t.Errorf("GET %s: body lacks the escaped title \\u003cscript\\u003e: %s", path, body)
		}
	}
	var got struct{ Document *hadath.Document }
	apiDo(t, s, "GET", "/api/v1/events/ev-d5", "").decode(t, &got)
	if got.Document.Text != apiFixtures[4].text {
		t.Errorf("document text = %q; want it back unchanged: %q", got.Document.Text, apiFixtures[4].text)
	}
}

func TestIncidents(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/api/v1/incidents?type=ASSAULT", "")
	var list struct {
		Total int
		Items []*hadath.Incident
	}
	r.decode(t, &list)
	if r.status != 200 || list.Total != 3 || len(list.Items) != 3 {
		t.Fatalf("GET incidents?type=ASSAULT = %d, total %d; want 200, 3: %s", r.status, list.Total, r.body)
	}
	id := list.Items[0].ID
	var inc hadath.Incident
	r = apiDo(t, s, "GET", "/api/v1/incidents/"+url.PathEscape(id), "")
	r.decode(t, &inc)
	if r.status != 200 || inc.ID != id || len(inc.Events) != 1 || len(inc.Joins) != 1 {
		t.Errorf("GET incidents/%s = %d, %d events, %d joins; want 200, 1, 1: %s", id, r.status, len(inc.Events), len(inc.Joins), r.body)
	}
	if r := apiDo(t, s, "GET", "/api/v1/incidents/nope", ""); r.status != 404 {
		t.Errorf("GET incidents/nope = %d; want 404", r.status)
	}
}

func TestStats(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/api/v1/stats?by=type,country&type=ASSAULT", "")
	var got struct {
		By   []string
		Rows []struct {
			Key               map[string]string
			Events, Incidents int
		}
	}
	r.decode(t, &got)
	var keys []string
	for _, row := range got.Rows {
		keys = append(keys, row.Key["type"]+"/"+row.Key["country"]+"="+string(rune('0'+row.Events)))
	}
	slices.Sort(keys)
	want := "ASSAULT/IQ=1,ASSAULT/PS=1,ASSAULT/SY=1"
	if r.status != 200 || strings.Join(got.By, ",") != "type,country" || strings.Join(keys, ",") != want {
		t.Errorf("GET stats?by=type,country&type=ASSAULT = %d, by %v, rows %v; want %s", r.status, got.By, keys, want)
	}
	apiDo(t, s, "GET", "/api/v1/stats?by=week&modality=all", "").decode(t, &got)
	if len(got.Rows) == 0 || got.Rows[0].Key["week"] == "" {
		t.Errorf("GET stats?by=week = %+v; want rows keyed by week", got.Rows)
	}
}
