package hadath

import (
	"fmt"
	"strings"
	"time"
)

// Document is one input article, in the input format of EVENTS.md.
type Document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
}

// PublishedTime parses the Published field, which may be an ISO date
// (2024-01-20) or an RFC 3339 time. ok is false when it is empty.
func (d *Document) PublishedTime() (t time.Time, ok bool, err error) {
	s := strings.TrimSpace(d.Published)
	if s == "" {
		return time.Time{}, false, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true, nil
		}
	}
	return time.Time{}, false, Errorf(EINVALID, "published date %q: not an ISO date or RFC 3339 time", s)
}

// Validate reports a clear error for a document that cannot be processed.
func (d *Document) Validate() error {
	if d.ID == "" {
		return Errorf(EINVALID, "document has no id")
	}
	if strings.TrimSpace(d.Text) == "" {
		return Errorf(EINVALID, "document %q: empty text", d.ID)
	}
	if _, _, err := d.PublishedTime(); err != nil {
		return fmt.Errorf("document %q: %w", d.ID, err)
	}
	return nil
}
