package http

import (
	"bufio"
	"fmt"
	nethttp "net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hadath/hadath/ingest"
)

// durationBuckets are the upper bounds, in seconds, of the request
// duration histogram.
var durationBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts what the server does, for GET /api/v1/metrics in the
// Prometheus text format.
type metrics struct {
	mu        sync.Mutex
	requests  map[requestKey]uint64
	durations map[string]*histogram // by route
	documents uint64
	events    uint64
	incidents uint64
}

// requestKey is one label set of the request counter.
type requestKey struct {
	route string
	code  int
}

// histogram counts observations at or below each of durationBuckets.
type histogram struct {
	buckets []uint64
	count   uint64
	sum     float64
}

// newMetrics returns empty metrics.
func newMetrics() *metrics {
	return &metrics{requests: map[requestKey]uint64{}, durations: map[string]*histogram{}}
}

// observe counts one request. Requests that matched no route share the
// route "unmatched", so that scanners cannot grow the label set.
func (m *metrics) observe(route string, code int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[requestKey{route, code}]++
	h := m.durations[route]
	if h == nil {
		h = &histogram{buckets: make([]uint64, len(durationBuckets))}
		m.durations[route] = h
	}
	for i, le := range durationBuckets {
		if sec <= le {
			h.buckets[i]++
		}
	}
	h.count++
	h.sum += sec
}

// ingested counts what one ingest run stored.
func (m *metrics) ingested(s ingest.Summary) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.documents += uint64(s.Added + s.Replaced)
	m.events += uint64(s.Events)
	m.incidents += uint64(s.IngestStats.Incidents)
}

// handleMetrics writes the metrics in the Prometheus text format.
func (s *Server) handleMetrics(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	bw := bufio.NewWriter(w)
	s.metrics.write(bw)
	if s.Metrics != nil {
		for _, m := range s.Metrics() {
			family(bw, m.Name, m.Type, m.Help)
			fmt.Fprintf(bw, "%s %s\n", m.Name, strconv.FormatFloat(m.Value, 'g', -1, 64))
		}
	}
	bw.Flush()
}

// Metric is one unlabelled metric for GET /api/v1/metrics.
type Metric struct {
	Name  string  // hadath_...
	Type  string  // counter or gauge
	Help  string  // one line
	Value float64 //
}

// write writes the metrics, label sets sorted.
func (m *metrics) write(w *bufio.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	family(w, "hadath_up", "gauge", "Whether the server is up.")
	fmt.Fprintln(w, "hadath_up 1")

	family(w, "hadath_http_requests_total", "counter", "HTTP requests by route and status code.")
	keys := make([]requestKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].route < keys[j].route || keys[i].route == keys[j].route && keys[i].code < keys[j].code
	})
	for _, k := range keys {
		fmt.Fprintf(w, "hadath_http_requests_total{route=%s,code=\"%d\"} %d\n", label(k.route), k.code, m.requests[k])
	}

	family(w, "hadath_http_request_duration_seconds", "histogram", "HTTP request duration by route.")
	routes := make([]string, 0, len(m.durations))
	for r := range m.durations {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	const name = "hadath_http_request_duration_seconds"
	for _, r := range routes {
		h, l := m.durations[r], label(r)
		for i, le := range durationBuckets {
			fmt.Fprintf(w, "%s_bucket{route=%s,le=\"%s\"} %d\n", name, l, strconv.FormatFloat(le, 'g', -1, 64), h.buckets[i])
		}
		fmt.Fprintf(w, "%s_bucket{route=%s,le=\"+Inf\"} %d\n", name, l, h.count)
		fmt.Fprintf(w, "%s_sum{route=%s} %s\n", name, l, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(w, "%s_count{route=%s} %d\n", name, l, h.count)
	}

	for _, c := range []struct {
		name, help string
		n          uint64
	}{
		{"hadath_documents_ingested_total", "Documents stored, new or changed, through the API.", m.documents},
		{"hadath_events_ingested_total", "Events stored through the API.", m.events},
		{"hadath_incidents_ingested_total", "Incidents started through the API.", m.incidents},
	} {
		family(w, c.name, "counter", c.help)
		fmt.Fprintf(w, "%s %d\n", c.name, c.n)
	}
}

// family writes the HELP and TYPE lines of a metric.
func family(w *bufio.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// label quotes a label value, escaping as the text format wants.
func label(v string) string {
	v = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(v)
	return `"` + v + `"`
}
