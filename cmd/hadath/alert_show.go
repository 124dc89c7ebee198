package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
)

// listAlerts prints the alerts with their filters and last delivery.
func listAlerts(ctx context.Context, st alert.Store, stdout io.Writer) error {
	as, err := st.Alerts(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tWEBHOOK\tFILTER\tLAST DELIVERY")
	for _, a := range as {
		last := "none yet"
		ds, err := st.Deliveries(ctx, a.Name, 1)
		if err != nil {
			return err
		}
		if len(ds) > 0 {
			d := ds[0]
			last = fmt.Sprintf("%s %s (incident %s, %d attempts)", d.Status, d.Created.Format(time.DateTime), d.IncidentID, d.Attempts)
			if d.LastError != "" {
				last += ": " + d.LastError
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", a.Name, a.Webhook, describeFilter(a.Filter), last)
	}
	return tw.Flush()
}

// testAlert posts a test message and counts the stored incidents the
// alert's filter matches.
func testAlert(ctx context.Context, d *alert.Dispatcher, name string, stdout io.Writer) error {
	a, err := d.Store.AlertByName(ctx, name)
	if err != nil {
		return err
	}
	f := a.Filter
	f.Limit = 1
	_, n, err := d.Store.Incidents(ctx, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d stored %s match the filter %s\n", name, n, plural(n, "incident", "incidents"), describeFilter(a.Filter))
	res, err := d.Test(ctx, a)
	if err != nil {
		fmt.Fprintf(stdout, "test message to %s: failed: %v\n", a.Webhook, err)
		return ErrFailed
	}
	fmt.Fprintf(stdout, "test message to %s: answered %d\n", a.Webhook, res.Status)
	return nil
}

// plural returns one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// describeFilter writes a filter as the flags that make it.
func describeFilter(f hadath.Filter) string {
	var parts []string
	add := func(flag string, vals []string) {
		if len(vals) > 0 {
			parts = append(parts, "--"+flag+" "+strings.Join(vals, ","))
		}
	}
	names := func(refs []hadath.ActorRef) []string {
		var out []string
		for _, r := range refs {
			if r.Name != "" {
				out = append(out, r.Name)
			} else {
				out = append(out, strings.Trim(r.Country+" "+r.Sector, " "))
			}
		}
		return out
	}
	add("type", f.Types)
	add("method", f.Methods)
	add("country", f.Countries)
	add("admin1", f.Admin1)
	add("actor", names(f.Actors))
	add("target", names(f.Targets))
	add("claimed-by", names(f.ClaimedBy))
	add("actor-country", f.ActorCountries)
	add("target-country", f.TargetCountries)
	for _, o := range []struct{ flag, v string }{{"since", f.Since}, {"until", f.Until}, {"text", f.Text}} {
		if o.v != "" {
			parts = append(parts, fmt.Sprintf("--%s %q", o.flag, o.v))
		}
	}
	if f.Near != nil {
		parts = append(parts, fmt.Sprintf("--near %g,%g,%g", f.Near.Lat, f.Near.Lon, f.Near.KM))
	}
	if f.MinSources > 0 {
		parts = append(parts, fmt.Sprintf("--min-sources %d", f.MinSources))
	}
	if f.MinConfidence > 0 {
		parts = append(parts, fmt.Sprintf("--min-confidence %g", f.MinConfidence))
	}
	if len(parts) == 0 {
		return "(every incident)"
	}
	return strings.Join(parts, " ")
}

// alertLog prints an alert's latest deliveries, newest first, with every
// attempt at each.
func alertLog(ctx context.Context, st alert.Store, name string, limit int, stdout io.Writer) error {
	if _, err := st.AlertByName(ctx, name); err != nil {
		return err
	}
	ds, err := st.Deliveries(ctx, name, limit)
	if err != nil {
		return err
	}
	if len(ds) == 0 {
		fmt.Fprintf(stdout, "%s: no deliveries yet\n", name)
		return nil
	}
	for _, d := range ds {
		fmt.Fprintf(stdout, "delivery %d: %s, incident %s (%s, document %s), change %d, queued %s\n",
			d.ID, d.Status, d.IncidentID, d.Kind, d.DocID, d.Seq, d.Created.Format(time.DateTime))
		as, err := st.Attempts(ctx, d.ID)
		if err != nil {
			return err
		}
		for _, a := range as {
			status := "no answer"
			if a.Status != 0 {
				status = fmt.Sprintf("HTTP %d", a.Status)
			}
			line := fmt.Sprintf("  attempt %d at %s: %s", a.N, a.At.Format(time.DateTime), status)
			if a.Error != "" {
				line += ": " + a.Error
			}
			fmt.Fprintln(stdout, line)
		}
		if d.Status == hadath.DeliveryPending && d.Attempts > 0 {
			fmt.Fprintf(stdout, "  next try at %s\n", d.NextTry.Format(time.DateTime))
		}
	}
	return nil
}
