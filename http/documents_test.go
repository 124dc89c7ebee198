package http_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

func TestDocuments(t *testing.T) {
	s := newAPIServer(t, nil)
	tests := []struct {
		query string
		total int
	}{
		{"", 5},
		{"source=" + url.QueryEscape("Agency Two"), 2},
		{"text=" + url.QueryEscape("بغداد"), 1},
		{"limit=2", 5},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "GET", "/api/v1/documents?"+tt.query, "")
		var got struct {
			Total int
			Items []*hadath.DocumentInfo
		}
		r.decode(t, &got)
		if r.status != 200 || got.Total != tt.total || len(got.Items) == 0 || got.Items[0].ID == "" {
			t.Errorf("GET documents?%s = %d, total %d; want 200, %d: %s", tt.query, r.status, got.Total, tt.total, r.body)
		}
	}
	var doc hadath.Document
	r := apiDo(t, s, "GET", "/api/v1/documents/d3", "")
	r.decode(t, &doc)
	if r.status != 200 || doc.Text != apiFixtures[2].text || doc.Source != "Agency One" {
		t.Errorf("GET documents/d3 = %d %s; want the document with its text", r.status, r.body)
	}
	if r := apiDo(t, s, "GET", "/api/v1/documents/nope", ""); r.status != 404 {
		t.Errorf("GET documents/nope = %d; want 404", r.status)
	}
}

// apiIngestResult is the body of POST /api/v1/documents.
type apiIngestResult struct {
	Summary struct {
		Inputs, Documents, Added, Unchanged, Events, Errors int
	}
	Errors []struct{ Where, Message string }
}

func TestPostDocuments(t *testing.T) {
	s := newAPIServer(t, nil)
	ndjson := []string{"Content-Type", "application/x-ndjson"}
	tests := []struct {
		name, body                               string
		headers                                  []string
		inputs, added, unchanged, events, errors int
	}{
		{"one document", `{"id":"p1","text":"` + apiTrigger + ` على موكب","published":"2024-04-01"}`, nil, 1, 1, 0, 1, 0},
		{"the same again", `{"id":"p1","text":"` + apiTrigger + ` على موكب","published":"2024-04-01"}`, nil, 1, 0, 1, 0, 0},
		{"an array", `[{"id":"p2","text":"` + apiTrigger + ` ثم ` + apiTrigger + `"},{"id":"p3","text":"اجتماع"}]`, nil, 2, 2, 0, 2, 0},
		{"an array with bad documents", `[{"id":"p4","text":"نص"},{"text":"بلا معرف"},{"id":"p5","text":" "},{"id":"p6","text":"x","published":"yesterday"}]`, nil, 4, 1, 0, 0, 3},
		{"JSON lines", "{\"id\":\"p7\",\"text\":\"" + apiTrigger + "\"}\n\n{\"id\":\"p8\",\"text\":\"نص\"}\nnot json\n", ndjson, 3, 2, 0, 1, 1},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "POST", "/api/v1/documents", tt.body, append(apiBearer(), tt.headers...)...)
		var got apiIngestResult
		r.decode(t, &got)
		sum := got.Summary
		if r.status != 200 || sum.Inputs != tt.inputs || sum.Added != tt.added || sum.Unchanged != tt.unchanged ||
			sum.Events != tt.events || sum.Errors != tt.errors || len(got.Errors) != tt.errors {
			t.Errorf("%s: POST documents = %d %s; want inputs %d, added %d, unchanged %d, events %d, errors %d",
				tt.name, r.status, r.body, tt.inputs, tt.added, tt.unchanged, tt.events, tt.errors)
		}
	}
	var ev struct{ Total int }
	apiDo(t, s, "GET", "/api/v1/events", "").decode(t, &ev)
	if want := 4 + 1 + 2 + 1; ev.Total != want {
		t.Errorf("GET events after POST = %d events; want %d", ev.Total, want)
	}
	if r := apiDo(t, s, "GET", "/api/v1/documents/p7", ""); r.status != 200 {
		t.Errorf("GET documents/p7 after POST = %d; want 200", r.status)
	}
}

func TestPostDocumentsErrors(t *testing.T) {
	s := newAPIServer(t, nil)
	for _, body := range []string{"", "   ", "[", `[]`, `{"id":`, `"a string"`} {
		r := apiDo(t, s, "POST", "/api/v1/documents", body, apiBearer()...)
		if r.status != 400 && !(r.status == 200 && strings.Contains(string(r.body), `"errors":1`)) {
			t.Errorf("POST documents %q = %d %s; want 400, or a per-document error", body, r.status, r.body)
		}
	}
}

func TestExtract(t *testing.T) {
	s := newAPIServer(t, nil)
	text := "قالت مصادر إن " + apiTrigger + " استهدف الموقع"
	tests := []struct {
		name, body string
		headers    []string
		status     int
		docID      string
	}{
		{"JSON", `{"text":"` + text + `","published":"2024-05-01","title":"خبر"}`, []string{"Content-Type", "application/json"}, 200, "extract"},
		{"JSON with id", `{"id":"mine","text":"` + text + `"}`, nil, 200, "mine"},
		{"plain text", text, []string{"Content-Type", "text/plain; charset=utf-8"}, 200, "extract"},
		{"empty text", `{"text":"  "}`, nil, 400, ""},
		{"bad date", `{"text":"` + text + `","published":"May"}`, nil, 400, ""},
		{"unknown field", `{"text":"` + text + `","body":"x"}`, nil, 400, ""},
		{"malformed JSON", `{"text":`, nil, 400, ""},
		{"two values", `{"text":"a"}{"text":"b"}`, nil, 400, ""},
		{"form body", "text=x", []string{"Content-Type", "application/x-www-form-urlencoded"}, 400, ""},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "POST", "/api/v1/extract", tt.body, tt.headers...)
		if r.status != tt.status {
			t.Errorf("%s: POST extract = %d %s; want %d", tt.name, r.status, r.body, tt.status)
			continue
		}
		if tt.status != 200 {
			if r.errorCode() != "invalid" {
				t.Errorf("%s: POST extract error %s; want code invalid", tt.name, r.body)
			}
			continue
		}
		var res hadath.Result
		r.decode(t, &res)
		if res.DocID != tt.docID || len(res.Events) != 1 || res.Events[0].Trigger.Text != apiTrigger {
			t.Errorf("%s: POST extract = %s; want doc %q with one event on %q", tt.name, r.body, tt.docID, apiTrigger)
		}
	}
	var docs struct{ Total int }
	apiDo(t, s, "GET", "/api/v1/documents", "").decode(t, &docs)
	if docs.Total != len(apiFixtures) {
		t.Errorf("after POST extract the store holds %d documents; want %d: extract stores nothing", docs.Total, len(apiFixtures))
	}
}
