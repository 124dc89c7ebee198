package http

import (
	"bufio"
	"context"
	"io"
	"log"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/export"
)

// exportPage is how many records an export reads from the store at once.
const exportPage = 1000

// exportDeadline is how long an export may take to write; it replaces the
// server's write timeout, which is sized for one page of JSON.
const exportDeadline = 10 * time.Minute

// exportFormat reads the format parameter: file is false for a page of
// JSON (no format, or "json"), true for a file in an export format.
func exportFormat(q url.Values) (f export.Format, file bool, err error) {
	v := strings.ToLower(strings.TrimSpace(q.Get("format")))
	switch v {
	case "", "json":
		return "", false, nil
	case string(export.Table):
		return "", false, hadath.Errorf(hadath.EINVALID, "format %q: want json, csv, geojson, jsonl or plover", v)
	}
	f, err = export.ParseFormat(v)
	if err != nil {
		return "", false, hadath.Errorf(hadath.EINVALID, "format %q: want json, csv, geojson, jsonl or plover", v)
	}
	return f, true, nil
}

// contentType returns the media type and file extension of an export
// format.
func contentType(f export.Format) (mediaType, ext string) {
	switch f {
	case export.CSV:
		return "text/csv; charset=utf-8", "csv"
	case export.GeoJSON:
		return "application/geo+json", "geojson"
	case export.PLOVER:
		return "application/x-ndjson", "plover.jsonl"
	}
	return "application/x-ndjson", "jsonl"
}

// recordWriter writes records of one kind in an export format.
type recordWriter[T any] interface {
	Write(T) error
	Close() error
}

// eventWriter returns a constructor of event writers in format f.
func eventWriter(f export.Format) func(io.Writer) (recordWriter[*hadath.StoredEvent], error) {
	return func(w io.Writer) (recordWriter[*hadath.StoredEvent], error) { return export.NewEventWriter(w, f) }
}

// incidentWriter returns a constructor of incident writers in format f.
func incidentWriter(f export.Format) func(io.Writer) (recordWriter[*hadath.Incident], error) {
	return func(w io.Writer) (recordWriter[*hadath.Incident], error) { return export.NewIncidentWriter(w, f) }
}

// streamExport writes the records f selects as an attachment in format:
// all of them, or, when the query gives a limit, at most that many from
// its offset. The X-Total-Count header gives how many the filter selects
// in all. read pages through the store. A failure before the first byte
// is sent is an error response; after it, the connection is cut so the
// client sees an incomplete download.
func streamExport[T any](w nethttp.ResponseWriter, r *nethttp.Request, f hadath.Filter, format export.Format, what string,
	read func(context.Context, hadath.Filter) ([]T, int, error), newWriter func(io.Writer) (recordWriter[T], error)) {
	ctx := r.Context()
	q := r.URL.Query()
	left := -1 // records still to write; -1: all
	if q.Has("limit") {
		left = f.Limit
	}
	if !q.Has("offset") {
		f.Offset = 0
	}
	f.Limit = exportPage
	if left >= 0 && left < exportPage {
		f.Limit = left
	}
	items, total, err := read(ctx, f)
	if err != nil {
		Error(w, r, err)
		return
	}
	buf := bufio.NewWriterSize(w, 64<<10)
	rw, err := newWriter(buf)
	if err != nil {
		Error(w, r, err)
		return
	}
	mediaType, ext := contentType(format)
	h := w.Header()
	h.Set("Content-Type", mediaType)
	h.Set("Content-Disposition", `attachment; filename="hadath-`+what+`.`+ext+`"`)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Total-Count", strconv.Itoa(total))
	nethttp.NewResponseController(w).SetWriteDeadline(time.Now().Add(exportDeadline))
	for {
		for _, it := range items {
			if err = rw.Write(it); err != nil {
				break
			}
		}
		if left >= 0 {
			left -= len(items)
		}
		if err != nil || len(items) < f.Limit || left == 0 {
			break
		}
		f.Offset += len(items)
		if left >= 0 && left < f.Limit {
			f.Limit = left
		}
		if items, _, err = read(ctx, f); err != nil {
			break
		}
	}
	if err == nil {
		err = rw.Close()
	}
	if err == nil {
		err = buf.Flush()
	}
	if err != nil {
		if ctx.Err() == nil {
			log.Printf("http: export %s: %v", what, err)
		}
		panic(nethttp.ErrAbortHandler)
	}
}
