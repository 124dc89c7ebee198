package http_test

import (
	"fmt"
	"io"
	nethttp "net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// Load of BenchmarkEventsLoad.
const (
	loadClients  = 200
	loadDuration = 10 * time.Second
	loadEvents   = 400
)

// loadQueries are the event lists the clients ask for in turn, as the
// page does: the first page, a filtered one, a later one.
var loadQueries = []string{
	"/api/v1/events",
	"/api/v1/events?type=ASSAULT&country=IQ,SY",
	"/api/v1/events?since=2024-01-10&limit=50&offset=50",
	"/api/v1/events?near=33.3,44.4,300",
}

// BenchmarkEventsLoad runs loadClients concurrent clients for
// loadDuration against GET /api/v1/events on loopback, over a store of a
// few hundred events, and reports requests a second, the 99th percentile
// latency and the number of failed requests. It runs one load test
// whatever b.N is.
func BenchmarkEventsLoad(b *testing.B) {
	s := newAPIServer(b, nil)
	apiLoadEvents(b, s.Store)
	tr := &nethttp.Transport{MaxIdleConns: loadClients, MaxIdleConnsPerHost: loadClients}
	defer tr.CloseIdleConnections()
	client := &nethttp.Client{Transport: tr, Timeout: 30 * time.Second}

	var errs atomic.Int64
	lat := make([][]time.Duration, loadClients)
	deadline := time.Now().Add(loadDuration)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for c := range loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				resp, err := client.Get(s.URL() + loadQueries[i%len(loadQueries)])
				if err != nil {
					errs.Add(1)
					continue
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					errs.Add(1)
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	all := slices.Concat(lat...)
	slices.Sort(all)
	if len(all) == 0 {
		b.Fatal("no request finished")
	}
	p99 := all[min(len(all)-1, len(all)*99/100)]
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(errs.Load()), "errors")
}

// apiLoadEvents stores loadEvents more events, spread over places,
// types and days.
func apiLoadEvents(b *testing.B, store hadath.Store) {
	b.Helper()
	types := []string{hadath.Assault, hadath.Protest, hadath.Coerce, hadath.Threaten}
	countries := []struct {
		code     string
		lat, lon float64
	}{{"IQ", 33.3, 44.4}, {"SY", 34.8, 38.9}, {"LB", 33.9, 35.5}, {"YE", 15.4, 44.2}}
	var batch []*hadath.Coded
	for i := range loadEvents {
		c := countries[i%len(countries)]
		doc := &hadath.Document{ID: fmt.Sprintf("load-%03d", i), Lang: "ar", Source: fmt.Sprintf("Agency %d", i%7),
			Published: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), Title: fmt.Sprintf("خبر رقم %d", i),
			Text: fmt.Sprintf("%s استهدف موقعا في المدينة رقم %d وأسفر عن إصابات", apiTrigger, i)}
		place := &hadath.Place{Name: fmt.Sprintf("Town %d", i), Country: c.code, Precision: hadath.PrecisionCity}
		place.SetCoord(c.lat+float64(i%10)/10, c.lon+float64(i%9)/10)
		span := hadath.Span{Start: 0, End: 4, Text: apiTrigger}
		res := hadath.NewResult(doc)
		res.Events = append(res.Events, hadath.Event{ID: fmt.Sprintf("load-ev-%03d", i), Type: types[i%len(types)],
			Date: doc.Published, DatePrecision: hadath.DateDay, Location: place, Modality: hadath.Asserted,
			ReportedBy: []string{}, Trigger: span, Evidence: []hadath.Span{span}, Confidence: 0.7,
			Actor: &hadath.Actor{Name: fmt.Sprintf("Group %d", i%5), Country: c.code, Sector: hadath.SectorArmedGroup}})
		batch = append(batch, &hadath.Coded{Doc: doc, Hash: ingest.Hash(doc), Result: res})
	}
	if _, err := store.Ingest(b.Context(), batch); err != nil {
		b.Fatal(err)
	}
}
