package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/alert"
	hadathhttp "github.com/hadath/hadath/http"
)

// alertUsage is the help of "hadath alert".
const alertUsage = `Usage: hadath alert <add|list|rm|test|log|run> [flags]

Alerts post the incidents that match a saved filter to a webhook: when a
matching incident is first stored, and each time it gains a report from
another document. Each change is posted once per alert, signed with the
alert's secret (header X-Hadath-Signature: sha256=HMAC-SHA256 of the body),
and retried with backoff until the webhook answers 2xx.

	hadath alert add NAME [filter flags as for query] --webhook URL [--secret S]
	hadath alert list                 the alerts and their last delivery
	hadath alert rm NAME              delete an alert and its delivery log
	hadath alert log NAME             its latest deliveries, each attempt
	hadath alert test NAME            post a signed test message, count matches
	hadath alert run                  post deliveries until interrupted

"hadath serve" runs the dispatcher too (--alerts=false turns it off), as
does a running "hadath watch"; "hadath ingest" and "hadath watch --once"
make one pass at their end.
Run "hadath alert SUBCOMMAND -h" for the flags of each.
`

// alertConfig is the configuration of the alert subcommands.
type alertConfig struct {
	DB       string
	Webhook  string
	Secret   string
	BaseURL  string
	Dicts    stringsFlag
	Interval time.Duration
	Once     bool
	filterFlags
}

// newAlertFlags returns the flag set of an alert subcommand.
func newAlertFlags(sub string) (*flag.FlagSet, *alertConfig) {
	c := &alertConfig{}
	synopsis := map[string]string{"add": "NAME [filter flags] --webhook URL [--secret S]", "list": "[flags]",
		"rm": "NAME", "test": "NAME", "run": "[flags]", "log": "NAME [--limit N]"}[sub]
	fs := newFlagSet("alert "+sub, synopsis, "See \"hadath help alert\".\n")
	bindDB(fs, &c.DB)
	switch sub {
	case "add":
		fs.StringVar(&c.Webhook, "webhook", "", "URL the messages are posted to (required)")
		fs.StringVar(&c.Secret, "secret", "", "HMAC secret that signs the messages (default: a random one, printed once)")
		fs.Var(&c.Dicts, "dict", "directory of user actor files, for --actor names (repeatable)")
		c.filterFlags.bind(fs, "records", "ignored")
	case "test", "run":
		fs.StringVar(&c.BaseURL, "base-url", "", "where the page is served, for the links of a message: http://host:8080")
	}
	if sub == "log" {
		fs.IntVar(&c.limit, "limit", 20, "show this many deliveries, the latest")
	}
	if sub == "run" {
		fs.DurationVar(&c.Interval, "interval", alert.DefaultInterval, "how often to look for changes and retries")
		fs.BoolVar(&c.Once, "once", false, "make one pass and exit")
	}
	return fs, c
}

// runAlert runs "hadath alert".
func (m *Main) runAlert(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, alertUsage)
		if len(args) == 0 {
			return ErrUsage
		}
		return nil
	}
	sub := args[0]
	switch sub {
	case "add", "list", "rm", "test", "run", "log":
	default:
		return fmt.Errorf("%w: unknown subcommand %q: want add, list, rm, test, log or run", ErrUsage, sub)
	}
	fs, c := newAlertFlags(sub)
	fs.SetOutput(stderr)
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	named := sub == "add" || sub == "rm" || sub == "test" || sub == "log"
	switch {
	case named && len(rest) != 1:
		return fmt.Errorf("%w: want one alert NAME", ErrUsage)
	case !named && len(rest) > 0:
		return fmt.Errorf("%w: unexpected argument %q", ErrUsage, rest[0])
	}
	var a *hadath.Alert
	if sub == "add" {
		if a, err = c.newAlert(rest[0], stderr); err != nil {
			return err
		}
	}
	st, err := openAlertStore(ctx, c.DB, sub == "add")
	if err != nil {
		return err
	}
	defer st.Close()
	d := &alert.Dispatcher{Store: st, BaseURL: c.BaseURL, Interval: c.Interval}
	switch sub {
	case "add":
		if err := st.AddAlert(ctx, a); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "alert %q added: posts to %s\n", a.Name, a.Webhook)
		if c.Secret == "" {
			fmt.Fprintf(stdout, "secret (shown once; receivers verify X-Hadath-Signature with it): %s\n", a.Secret)
		}
	case "list":
		return listAlerts(ctx, st, stdout)
	case "rm":
		if err := st.RemoveAlert(ctx, rest[0]); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "alert %q removed\n", rest[0])
	case "test":
		return testAlert(ctx, d, rest[0], stdout)
	case "log":
		return alertLog(ctx, st, rest[0], c.limit, stdout)
	case "run":
		if c.Once {
			s, err := d.Once(ctx)
			fmt.Fprintf(stderr, "hadath alert run: %d changes read, %d queued, %d delivered, %d to retry, %d failed\n",
				s.Changes, s.Queued, s.Delivered, s.Retrying, s.Failed)
			return err
		}
		fmt.Fprintln(stderr, "hadath alert run: posting alerts until interrupted")
		return d.Run(ctx)
	}
	return nil
}

// openAlertStore opens a store that keeps alerts; unless create, it must
// exist already.
func openAlertStore(ctx context.Context, db string, create bool) (alert.Store, error) {
	s, err := openStoreIf(ctx, db, !create)
	if err != nil {
		return nil, err
	}
	as, ok := s.(alert.Store)
	if !ok {
		s.Close()
		return nil, fmt.Errorf("store %T keeps no alerts", s)
	}
	return as, nil
}

// newAlert builds the alert that "alert add" stores, checking its name,
// webhook and filter.
func (c *alertConfig) newAlert(name string, stderr io.Writer) (*hadath.Alert, error) {
	if err := alert.CheckName(name); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
	}
	if c.Webhook == "" {
		return nil, fmt.Errorf("%w: --webhook is required", ErrUsage)
	}
	if err := alert.CheckWebhook(c.Webhook); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
	}
	var dict *actors.Dict
	if len(c.actors)+len(c.targets)+len(c.claimedBy) > 0 {
		var err error
		if dict, err = actors.Load(c.Dicts...); err != nil {
			return nil, err
		}
	}
	f, unknown, err := c.filter(dict)
	if err != nil {
		return nil, err
	}
	for _, u := range unknown {
		fmt.Fprintf(stderr, "hadath alert add: %s %q is not in the actor dictionary; it matches only that name\n", u.flag, u.name)
	}
	f.Limit, f.Offset = 0, 0
	secret := c.Secret
	if secret == "" {
		secret = alert.NewSecret()
	}
	return &hadath.Alert{Name: name, Filter: f, Webhook: c.Webhook, Secret: secret}, nil
}

// alertPass makes one pass of the alert dispatcher over a store that has
// alerts, as "hadath ingest" does at its end; a failure is reported and
// left for the next pass.
func alertPass(ctx context.Context, s hadath.Store, stderr io.Writer) {
	st, ok := s.(alert.Store)
	if !ok {
		return
	}
	if as, err := st.Alerts(ctx); err != nil || len(as) == 0 {
		return
	}
	sum, err := (&alert.Dispatcher{Store: st, Log: quietLog()}).Once(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "hadath: alerts: %v (tried again by the next pass)\n", err)
		return
	}
	if sum.Queued+sum.Delivered+sum.Retrying+sum.Failed > 0 {
		fmt.Fprintf(stderr, "hadath: alerts: %d queued, %d delivered, %d to retry, %d failed\n",
			sum.Queued, sum.Delivered, sum.Retrying, sum.Failed)
	}
}

// quietLog returns a logger that drops everything.
func quietLog() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// newServeDispatcher returns the alert dispatcher of serve, or nil with
// --alerts=false, and adds its counters to the server's metrics.
func (c *serveConfig) newServeDispatcher(s *hadathhttp.Server, stderr io.Writer) *alert.Dispatcher {
	if !c.Alerts {
		return nil
	}
	d := &alert.Dispatcher{BaseURL: c.BaseURL, Interval: c.AlertInterval, Log: slog.New(slog.NewTextHandler(stderr, nil))}
	before := s.Metrics
	s.Metrics = func() []hadathhttp.Metric {
		var ms []hadathhttp.Metric
		if before != nil {
			ms = before()
		}
		n := &d.Counters
		return append(ms,
			hadathhttp.Metric{Name: "hadath_alert_changes_total", Type: "counter", Help: "Changes of the change log read by the alert dispatcher.", Value: float64(n.Changes.Load())},
			hadathhttp.Metric{Name: "hadath_alert_queued_total", Type: "counter", Help: "Alert deliveries recorded.", Value: float64(n.Queued.Load())},
			hadathhttp.Metric{Name: "hadath_alert_delivered_total", Type: "counter", Help: "Alert deliveries the webhook took.", Value: float64(n.Delivered.Load())},
			hadathhttp.Metric{Name: "hadath_alert_retries_total", Type: "counter", Help: "Alert posts that failed and will be tried again.", Value: float64(n.Retrying.Load())},
			hadathhttp.Metric{Name: "hadath_alert_failed_total", Type: "counter", Help: "Alert deliveries given up.", Value: float64(n.Failed.Load())})
	}
	return d
}

// backgroundAlerts runs d over s until ctx ends, when d is not nil and
// s keeps alerts; the channel is closed when it has stopped.
func backgroundAlerts(ctx context.Context, s hadath.Store, d *alert.Dispatcher) <-chan struct{} {
	done := make(chan struct{})
	st, ok := s.(alert.Store)
	if !ok || d == nil {
		close(done)
		return done
	}
	d.Store = st
	go func() {
		defer close(done)
		d.Run(ctx)
	}()
	return done
}
