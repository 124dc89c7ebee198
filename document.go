package hadath

import (
	"fmt"
	"strings"
	"time"
)

// Document is one input article, in the input format of docs/format.md.
type Document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`

	// pub caches the parsed Published, for the string it was parsed from.
	pub struct {
		from string
		t    time.Time
		ok   bool
		err  error
	}
}

// PublishedTime returns the Published field as a day, which may be given
// as an ISO date (2024-01-20) or an RFC 3339 time. ok is false when it is
// empty. The field is parsed once, at the input boundary (Validate), and
// the value kept: later stages ask again for free.
func (d *Document) PublishedTime() (t time.Time, ok bool, err error) {
	if d.pub.from != d.Published || d.pub.from == "" && !d.pub.ok && d.pub.err == nil {
		d.pub.from = d.Published
		d.pub.t, d.pub.ok, d.pub.err = parsePublished(d.Published)
	}
	return d.pub.t, d.pub.ok, d.pub.err
}

// parsePublished parses a publication date or time into its day in UTC.
func parsePublished(s string) (t time.Time, ok bool, err error) {
	s = strings.TrimSpace(s)
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
