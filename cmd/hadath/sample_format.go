package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hadath/hadath"
)

// sampleReview is the verdict a reviewer gives a drawn event, field by
// field: "right", "wrong", "missing" (the text gives it, the event lacks
// it) or "none" (neither gives it). Empty until reviewed.
type sampleReview struct {
	Type     string `json:"type"`
	Date     string `json:"date"`
	Location string `json:"location"`
	Actor    string `json:"actor"`
	Target   string `json:"target"`
	Note     string `json:"note"`
}

// sampleLine is one line of the jsonl format.
type sampleLine struct {
	N         int          `json:"n"`
	DocID     string       `json:"doc_id"`
	Published string       `json:"published,omitempty"`
	Source    string       `json:"source,omitempty"`
	Event     hadath.Event `json:"event"`
	Review    sampleReview `json:"review"`
}

// writeSampleJSON writes the n-th drawn event as one JSON line.
func writeSampleJSON(w io.Writer, n int, d *drawn) error {
	b, err := json.Marshal(sampleLine{N: n, DocID: d.docID, Published: d.doc.Published, Source: d.doc.Source, Event: d.event})
	if err != nil {
		return fmt.Errorf("encode sample: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// writeSampleText writes the n-th of total drawn events for a person to
// read: its fields, one a line, then its trigger and evidence.
func writeSampleText(w io.Writer, n, total int, d *drawn) {
	ev := &d.event
	head := ev.Type
	if ev.Method != "" {
		head += " (" + ev.Method + ")"
	}
	mod := ev.Modality
	if mod == "" {
		mod = hadath.Asserted
	}
	fmt.Fprintf(w, "[%d/%d] %s, %s, confidence %.2f, event %s\n", n, total, head, mod, ev.Confidence, ev.ID)
	field := func(name, value string) {
		if value == "" {
			value = "-"
		}
		fmt.Fprintf(w, "  %-11s %s\n", name, value)
	}
	field("document", strings.TrimSpace(d.docID+"  "+d.doc.Published+"  "+d.doc.Source))
	field("title", d.doc.Title)
	date := ev.Date
	if ev.DateEnd != "" {
		date += " to " + ev.DateEnd
	}
	if date != "" && ev.DatePrecision != "" {
		date += " (" + ev.DatePrecision + ")"
	}
	field("date", date)
	field("location", orNone(ev.Location, placeText))
	field("actor", orNone(ev.Actor, actorText))
	field("target", orNone(ev.Target, actorText))
	field("killed", countText(ev.Killed))
	field("injured", countText(ev.Injured))
	field("claimed by", orNone(ev.ClaimedBy, actorText))
	field("blamed on", orNone(ev.BlamedOn, actorText))
	field("reported by", strings.Join(ev.ReportedBy, "; "))
	field("intercepted", ev.Intercepted)
	field("trigger", "«"+ev.Trigger.Text+"»")
	for i, s := range ev.Evidence {
		name := ""
		if i == 0 {
			name = "evidence"
		}
		fmt.Fprintf(w, "  %-11s «%s»\n", name, oneLine(s.Text))
	}
	fmt.Fprintln(w)
}

// countText writes a count as "12 (at_least) «at least 12»".
func countText(c *hadath.Count) string {
	if c == nil {
		return ""
	}
	n := "?"
	if c.Count != nil {
		n = fmt.Sprint(*c.Count)
	}
	s := n + " (" + c.Qualifier + ")"
	if c.Text != "" {
		s += " «" + c.Text + "»"
	}
	return s
}

// oneLine folds a text's line breaks into spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// orNone returns text(v), or "" when v is nil.
func orNone[T any](v *T, text func(*T) string) string {
	if v == nil {
		return ""
	}
	return text(v)
}
