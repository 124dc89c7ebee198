package export

import (
	"bytes"
	"testing"

	"github.com/hadath/hadath"
)

// writeEvents writes evs in format f and returns the output and how many
// events the format left out.
func writeEvents(t *testing.T, f Format, evs []*hadath.StoredEvent) (*bytes.Buffer, int) {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewEventWriter(&buf, f)
	if err != nil {
		t.Fatal(err)
	}
	return &buf, drain(t, w, evs)
}

// writeIncidents writes incs in format f and returns the output and how
// many incidents the format left out.
func writeIncidents(t *testing.T, f Format, incs []*hadath.Incident) (*bytes.Buffer, int) {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewIncidentWriter(&buf, f)
	if err != nil {
		t.Fatal(err)
	}
	return &buf, drain(t, w, incs)
}

// drain writes recs with w, closes it and returns what it skipped.
func drain[T any](t *testing.T, w interface {
	Write(T) error
	Close() error
	Skipped() int
}, recs []T) int {
	t.Helper()
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.Skipped()
}
