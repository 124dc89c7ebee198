package http_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	nethttp "net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/sqlite"
)

// apiToken is the bearer token of test servers.
const apiToken = "test-token-7f3a-90c1"

// apiTrigger is the word the test extractor codes as an attack.
const apiTrigger = "هجوم"

// apiExtractor is a small stand-in for the real extractor: every
// occurrence of apiTrigger is an ASSAULT in the document's first place.
type apiExtractor struct{}

// Extract codes doc.
func (apiExtractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	res := hadath.NewResult(doc)
	runes := []rune(doc.Text)
	trig := []rune(apiTrigger)
	for i := 0; i+len(trig) <= len(runes); i++ {
		if string(runes[i:i+len(trig)]) != apiTrigger {
			continue
		}
		span := hadath.Span{Start: i, End: i + len(trig), Text: apiTrigger}
		res.Events = append(res.Events, hadath.Event{
			ID: fmt.Sprintf("%x", sha256.Sum256(fmt.Appendf(nil, "%s#%d", doc.ID, i)))[:16], Type: hadath.Assault,
			DatePrecision: hadath.DateUnknown, Modality: hadath.Asserted, ReportedBy: []string{},
			Trigger: span, Evidence: []hadath.Span{span}, Confidence: 0.5,
		})
	}
	return res, nil
}

// apiCoder codes documents with apiExtractor for the ingest pipeline.
func apiCoder(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
	res, err := apiExtractor{}.Extract(ctx, doc)
	if err != nil {
		return nil, []error{err}, nil, false
	}
	return res, nil, nil, true
}

// apiFixture is one invented report: one document with one event.
type apiFixture struct {
	doc, source, published, typ, method, date, country string
	lat, lon                                           float64
	modality, title, text                              string
}

// apiFixtures are the stored reports of test servers. The last one
// carries markup that must come back as text.
var apiFixtures = []apiFixture{
	{"d1", "Agency One", "2024-01-21", hadath.Assault, "rocket", "2024-01-20", "IQ", 33.78, 42.44, hadath.Asserted, "قصف قاعدة", "قصف صاروخي على قاعدة عين الأسد"},
	{"d2", "Agency Two", "2024-01-22", hadath.Assault, "drone", "2024-01-21", "SY", 34.45, 40.91, hadath.Asserted, "مسيرة", "هجوم بطائرة مسيرة قرب البوكمال"},
	{"d3", "Agency One", "2024-02-05", hadath.Protest, "", "2024-02-04", "IQ", 33.31, 44.36, hadath.Asserted, "تظاهرة", "تظاهر المئات في ساحة التحرير ببغداد"},
	{"d4", "Agency Three", "2024-02-10", hadath.Threaten, "", "2024-02-09", "LB", 33.89, 35.50, hadath.Future, "تهديد", "هدد الحزب بالرد على أي اعتداء"},
	{"d5", "Agency Two", "2024-03-01", hadath.Assault, "airstrike", "2024-02-29", "PS", 31.50, 34.47, hadath.Asserted,
		`<script>alert(1)</script> غارة`, `غارة جوية <img src=x onerror=alert(2)> <a href="javascript:alert(3)">رابط</a>`},
}

// codedFixtures returns the fixtures as a batch for Store.Ingest.
func codedFixtures() []*hadath.Coded {
	var out []*hadath.Coded
	for _, f := range apiFixtures {
		doc := &hadath.Document{ID: f.doc, Text: f.text, Lang: "ar", Published: f.published, Source: f.source, Title: f.title}
		place := &hadath.Place{Name: "Place " + f.doc, Country: f.country, Precision: hadath.PrecisionCity}
		place.SetCoord(f.lat, f.lon)
		n := len([]rune(f.text))
		span := hadath.Span{Start: 0, End: n, Text: f.text}
		res := hadath.NewResult(doc)
		conf := 0.8
		if f.doc == "d2" {
			conf = 0.45 // below the others, for the least-confidence filter
		}
		res.Events = append(res.Events, hadath.Event{
			ID: "ev-" + f.doc, Type: f.typ, Method: f.method, Date: f.date, DatePrecision: hadath.DateDay,
			Location: place, Modality: f.modality, ReportedBy: []string{}, Trigger: span,
			Evidence: []hadath.Span{span}, Confidence: conf,
			Actor: &hadath.Actor{Name: "Actor " + f.doc, Country: f.country, Sector: hadath.SectorArmedGroup},
		})
		out = append(out, &hadath.Coded{Doc: doc, Hash: ingest.Hash(doc), Result: res})
	}
	return out
}

// newAPIServer opens a store in a temporary directory holding the
// fixtures and a server on loopback in front of it.
func newAPIServer(t testing.TB, configure func(*hadathhttp.Server)) *hadathhttp.Server {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := store.Ingest(ctx, codedFixtures()); err != nil {
		t.Fatal(err)
	}
	s := hadathhttp.NewServer()
	s.Addr, s.Token, s.Version = "127.0.0.1:0", apiToken, "test"
	s.Store, s.Extractor, s.Code = store, apiExtractor{}, apiCoder
	if configure != nil {
		configure(s)
	}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// apiResponse is a response read in full.
type apiResponse struct {
	status int
	header nethttp.Header
	body   []byte
}

// apiDo sends a request to s and reads the response. A body of type string
// is sent as is; headers are pairs of name and value.
func apiDo(t testing.TB, s *hadathhttp.Server, method, path, body string, headers ...string) apiResponse {
	t.Helper()
	req, err := nethttp.NewRequest(method, s.URL()+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return apiResponse{resp.StatusCode, resp.Header, b}
}

// decode reads the response body as JSON into v.
func (r apiResponse) decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// errorCode returns the code of a JSON error response, or "".
func (r apiResponse) errorCode() string {
	var e struct {
		Error struct{ Code, Message string }
	}
	json.Unmarshal(r.body, &e)
	return e.Error.Code
}

// apiBearer returns the header pair that carries the test token.
func apiBearer() []string { return []string{"Authorization", "Bearer " + apiToken} }
