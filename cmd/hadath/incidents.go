package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/export"
)

// runIncidents runs "hadath incidents" and "hadath incidents show ID".
func (m *Main) runIncidents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newQueryFlags("incidents")
	fs.SetOutput(stderr)
	store, f, format, err := c.prepare(ctx, fs, args, stdout, true)
	if err != nil {
		return err
	}
	defer store.Close()
	if len(c.Args) > 0 {
		if c.Args[0] != "show" || len(c.Args) != 2 {
			return fmt.Errorf("%w: want \"hadath incidents [flags]\" or \"hadath incidents show ID\"", ErrUsage)
		}
		inc, err := store.Incident(ctx, c.Args[1])
		if err != nil {
			return err
		}
		if format == export.Table {
			return showIncident(stdout, inc)
		}
		w, err := export.NewIncidentWriter(stdout, format)
		if err != nil {
			return err
		}
		if err := w.Write(inc); err != nil {
			return err
		}
		return w.Close()
	}
	w, err := export.NewIncidentWriter(stdout, format)
	if err != nil {
		return err
	}
	return writeAll(ctx, stderr, c.tty, f, format, "incidents", store.Incidents, w)
}

// showIncident writes one incident for a reader: the merged view, then
// each report with its source and why it was joined.
func showIncident(w io.Writer, inc *hadath.Incident) error {
	p := func(label, format string, args ...any) {
		fmt.Fprintf(w, "%-12s %s\n", label+":", fmt.Sprintf(format, args...))
	}
	p("incident", "%s", inc.ID)
	p("type", "%s", words(inc.Type, inc.Method, modalityNote(inc.Modality)))
	date := inc.Date
	if inc.DateMin != inc.DateMax {
		date += fmt.Sprintf(" (reports give %s to %s)", inc.DateMin, inc.DateMax)
	}
	p("date", "%s", date)
	if l := inc.Location; l != nil {
		p("place", "%s", placeText(l))
	}
	if inc.Actor != nil {
		p("actor", "%s", actorText(inc.Actor))
	}
	if inc.Target != nil {
		p("target", "%s", actorText(inc.Target))
	}
	for _, c := range []struct {
		label string
		r     *hadath.CountRange
	}{{"killed", inc.Killed}, {"injured", inc.Injured}} {
		if c.r == nil {
			continue
		}
		if c.r.Min == c.r.Max {
			p(c.label, "%d (%s)", c.r.Best, count(c.r.Reports, "report", "reports"))
		} else {
			p(c.label, "%d (reports range from %d to %d; %d give a number)", c.r.Best, c.r.Min, c.r.Max, c.r.Reports)
		}
	}
	for _, a := range inc.ClaimedBy {
		p("claimed by", "%s", actorText(a))
	}
	p("reports", "%d from %s: %s", inc.Reports, count(len(inc.Sources), "source", "sources"), strings.Join(inc.Sources, ", "))
	p("seen", "%s to %s", inc.FirstSeen, inc.LastSeen)
	for i, e := range inc.Events {
		fmt.Fprintf(w, "\nreport %d: event %s in document %s\n", i+1, e.Event.ID, e.DocID)
		fmt.Fprintf(w, "  source:  %s, published %s\n", e.SourceName(), e.Published)
		fmt.Fprintf(w, "  says:    %s", words(e.Event.Type, e.Event.Method, "on", e.Date()))
		if l := e.Event.Location; l != nil {
			fmt.Fprintf(w, " at %s", placeText(l))
		}
		if e.Event.Killed != nil && e.Event.Killed.Count != nil {
			fmt.Fprintf(w, ", %d killed", *e.Event.Killed.Count)
		}
		fmt.Fprintf(w, "\n  words:   %s\n", e.Event.Trigger.Text)
		if i < len(inc.Joins) {
			j := inc.Joins[i]
			if len(j.Reasons) == 0 {
				fmt.Fprintf(w, "  joined:  first report\n")
			} else {
				fmt.Fprintf(w, "  joined:  %s (score %.1f)\n", strings.Join(j.Reasons, "; "), j.Score)
			}
		}
	}
	return nil
}

// words joins the non-empty words with single spaces.
func words(ws ...string) string {
	out := ws[:0:0]
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// modalityNote returns "" for asserted events, else the modality in
// brackets.
func modalityNote(m string) string {
	if m == "" || m == hadath.Asserted {
		return ""
	}
	return "(" + m + ")"
}

// placeText describes a place on one line.
func placeText(l *hadath.Place) string {
	s := l.Name
	if l.NameAr != "" {
		s += " / " + l.NameAr
	}
	s += fmt.Sprintf(" (%s, %s", l.Precision, l.Country)
	if l.Lat != nil && l.Lon != nil {
		s += fmt.Sprintf(", %.4f %.4f", *l.Lat, *l.Lon)
	}
	return s + ")"
}

// actorText describes an actor on one line.
func actorText(a *hadath.Actor) string {
	s := a.Name
	if a.Generic && a.Country != "" {
		s += " (" + a.Country + " " + a.Sector + ")"
	}
	if a.NameAr != "" {
		s += " / " + a.NameAr
	}
	return s
}
