package hadath

import (
	"context"
	"encoding/json"
	"time"
)

// Store keeps documents, the events coded from them and the incidents that
// group reports of the same happening. The sqlite and postgres packages
// implement it; both pass the suite in storetest.
type Store interface {
	// DocumentHashes returns the content hash stored for each of ids that
	// the store holds. Ingest uses it to skip unchanged documents before
	// coding them.
	DocumentHashes(ctx context.Context, ids []string) (map[string]string, error)

	// Ingest stores a batch of coded documents in one transaction: new
	// documents are added, changed ones replace their old events, and
	// unchanged ones (same id and hash) are left alone. Every new event
	// joins a matching incident or starts one.
	Ingest(ctx context.Context, batch []*Coded) (IngestStats, error)

	// Events returns the events that pass f, newest first, and how many
	// pass it in all.
	Events(ctx context.Context, f Filter) ([]*StoredEvent, int, error)

	// Event returns one event by id, or an ENOTFOUND error.
	Event(ctx context.Context, id string) (*StoredEvent, error)

	// Incidents returns the incidents with a report that passes f, newest
	// first, and how many there are in all.
	Incidents(ctx context.Context, f Filter) ([]*Incident, int, error)

	// Incident returns one incident with its reports and the reasons they
	// were joined, or an ENOTFOUND error.
	Incident(ctx context.Context, id string) (*Incident, error)

	// Stats counts the events (or, with s.Incidents, the incidents) that
	// pass f, grouped as s says.
	Stats(ctx context.Context, f Filter, s StatsSpec) ([]StatRow, error)

	// Documents returns stored documents without their text, newest
	// first, and how many there are in all.
	Documents(ctx context.Context, f DocFilter) ([]*DocumentInfo, int, error)

	// Document returns one document with its text, or an ENOTFOUND error.
	Document(ctx context.Context, id string) (*Document, error)

	// Close releases the store.
	Close() error
}

// Coded is a document with its content hash and the result of coding it,
// ready to be stored.
type Coded struct {
	Doc    *Document
	Hash   string
	Result *Result
	// Recode stores Result in place of the document's events even when
	// the document is stored with the same Hash: it was coded anew, by a
	// newer coder.
	Recode bool
}

// IngestStats counts what one call of Store.Ingest did.
type IngestStats struct {
	Added      int `json:"added"`      // documents stored for the first time
	Replaced   int `json:"replaced"`   // documents whose content changed
	Unchanged  int `json:"unchanged"`  // documents already stored as they are
	Events     int `json:"events"`     // events stored
	Incidents  int `json:"incidents"`  // incidents started
	Joined     int `json:"joined"`     // events that joined an existing incident
	Superseded int `json:"superseded"` // old events removed with a changed document
}

// Add adds the counts of o to s.
func (s *IngestStats) Add(o IngestStats) {
	s.Added += o.Added
	s.Replaced += o.Replaced
	s.Unchanged += o.Unchanged
	s.Events += o.Events
	s.Incidents += o.Incidents
	s.Joined += o.Joined
	s.Superseded += o.Superseded
}

// StoredEvent is an event as the store keeps it: the record, the document
// it came from and the incident it belongs to.
type StoredEvent struct {
	Event      Event
	DocID      string
	Title      string
	Source     string
	URL        string
	Published  string
	Lang       string
	IncidentID string
	Ingested   time.Time
}

// MarshalJSON writes the event record of docs/format.md followed by the
// document fields, as one flat object.
func (e *StoredEvent) MarshalJSON() ([]byte, error) {
	ev, err := json.Marshal(e.Event)
	if err != nil {
		return nil, err
	}
	extra, err := json.Marshal(struct {
		DocID      string `json:"doc_id"`
		Title      string `json:"title,omitempty"`
		Source     string `json:"source,omitempty"`
		URL        string `json:"url,omitempty"`
		Published  string `json:"published,omitempty"`
		Lang       string `json:"lang,omitempty"`
		IncidentID string `json:"incident_id,omitempty"`
	}{e.DocID, e.Title, e.Source, e.URL, e.Published, e.Lang, e.IncidentID})
	if err != nil {
		return nil, err
	}
	// Join {"id":...} and {"doc_id":...} into one object.
	out := make([]byte, 0, len(ev)+len(extra))
	out = append(out, ev[:len(ev)-1]...)
	out = append(out, ',')
	return append(out, extra[1:]...), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (e *StoredEvent) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &e.Event); err != nil {
		return err
	}
	var extra struct {
		DocID      string `json:"doc_id"`
		Title      string `json:"title"`
		Source     string `json:"source"`
		URL        string `json:"url"`
		Published  string `json:"published"`
		Lang       string `json:"lang"`
		IncidentID string `json:"incident_id"`
	}
	if err := json.Unmarshal(b, &extra); err != nil {
		return err
	}
	e.DocID, e.Title, e.Source, e.URL = extra.DocID, extra.Title, extra.Source, extra.URL
	e.Published, e.Lang, e.IncidentID = extra.Published, extra.Lang, extra.IncidentID
	return nil
}

// Date returns the event's date, or the date its document was published
// when the text gives none.
func (e *StoredEvent) Date() string {
	if e.Event.Date != "" {
		return e.Event.Date
	}
	if len(e.Published) >= 10 {
		return e.Published[:10]
	}
	return ""
}

// DocumentInfo describes a stored document without its text.
type DocumentInfo struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published string    `json:"published,omitempty"`
	Lang      string    `json:"lang,omitempty"`
	Hash      string    `json:"hash"`
	Events    int       `json:"events"`
	Ingested  time.Time `json:"ingested"`
}

// DocFilter selects documents.
type DocFilter struct {
	Source string // exact source name
	Text   string // full-text search
	Limit  int
	Offset int
}
