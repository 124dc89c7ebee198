// Command hadath codes political and conflict events in news text.
//
//	hadath extract article.txt --published 2024-01-20
//	hadath extract docs.jsonl.gz > events.jsonl
//	hadath bench docs.jsonl.gz --all
//
// Run "hadath help" for the commands and their flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// Version is the program's version, set at build time with
// -ldflags "-X main.Version=v1.2.3"; otherwise taken from the build info.
var Version = ""

// Errors that Run returns after it has reported them on stderr.
var (
	// ErrUsage marks a command line that could not be understood.
	ErrUsage = errors.New("usage error")
	// ErrFailed marks a run in which some inputs or documents failed.
	ErrFailed = errors.New("some inputs failed")
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := NewMain().Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	os.Exit(ExitCode(err))
}

// tuneGC lets the heap grow to five times what is live before collecting,
// under a soft limit of 256 MiB: coding makes much short-lived garbage,
// and collecting it less often saves a tenth of the time. GOGC or
// GOMEMLIMIT in the environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(256 << 20)
	}
}

// ExitCode returns the process exit code for an error from Run: 0 for nil
// or a help request, 2 for a usage error, 1 for anything else.
func ExitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, ErrUsage):
		return 2
	}
	return 1
}

// Main is the hadath program. Its fields let tests replace its parts.
type Main struct {
	// NewExtractor returns the event extractor; by default extract.New.
	NewExtractor func(extract.Options) (hadath.Extractor, error)
}

// NewMain returns the program with its default parts.
func NewMain() *Main {
	return &Main{NewExtractor: func(o extract.Options) (hadath.Extractor, error) {
		x, err := extract.New(o)
		if err != nil {
			return nil, err
		}
		return x, nil
	}}
}

// Run runs the command line args (without the program name) and reports
// on stderr every error it returns. Use ExitCode for the exit status.
func (m *Main) Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := "", args
	if len(args) > 0 {
		cmd, rest = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "extract":
		err = m.runExtract(ctx, rest, stdin, stdout, stderr)
	case "bench":
		err = m.runBench(ctx, rest, stdout, stderr)
	case "ingest":
		err = m.runIngest(ctx, rest, stdin, stdout, stderr)
	case "watch":
		err = m.runWatch(ctx, rest, stderr)
	case "worker":
		err = m.runWorker(ctx, rest, stderr)
	case "queue":
		err = runQueue(ctx, rest, stdout, stderr)
	case "query":
		err = m.runQuery(ctx, rest, stdout, stderr)
	case "incidents":
		err = m.runIncidents(ctx, rest, stdout, stderr)
	case "stats":
		err = m.runStats(ctx, rest, stdout, stderr)
	case "serve":
		err = m.runServe(ctx, rest, stderr)
	case "alert":
		err = m.runAlert(ctx, rest, stdout, stderr)
	case "sample":
		err = m.runSample(ctx, rest, stdout, stderr)
	case "train":
		err = m.runTrain(ctx, rest, stdout, stderr)
	case "explain":
		err = m.runExplain(ctx, rest, stdin, stdout, stderr)
	case "classes":
		err = m.runClasses(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "hadath", version())
	case "help", "-h", "-help", "--help":
		err = help(rest, stdout, stderr)
	case "":
		fmt.Fprint(stderr, usage)
		return ErrUsage
	default:
		fmt.Fprintf(stderr, "hadath: unknown command %q\n\n%s", cmd, usage)
		return ErrUsage
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp), errors.Is(err, ErrFailed):
	case errors.Is(err, ErrUsage):
		if msg := strings.TrimPrefix(err.Error(), ErrUsage.Error()+": "); msg != ErrUsage.Error() {
			fmt.Fprintf(stderr, "hadath %s: %s\nRun 'hadath help %s' for usage.\n", cmd, msg, cmd)
		}
	default:
		fmt.Fprintf(stderr, "hadath: %v\n", err)
	}
	return err
}

// usage is the program's help text.
const usage = `hadath codes political and conflict events in news text: who did what to
whom, where, when and how, with casualties, claims and sources, every field
linked to the words it came from.

Usage:

	hadath <command> [flags] [arguments]

Commands:

	extract   code the events of documents (.txt, .jsonl, .jsonl.gz, -)
	ingest    code documents, feeds and pages and store their events
	watch     follow feeds and pages, coding and storing what is new
	worker    code and store documents from a NATS queue (ingest --queue)
	queue     show what the NATS queue holds: hadath queue status
	query     list stored events, filtered
	incidents list incidents (reports of one happening grouped), or show one
	stats     count events and incidents by type, place, actor or time
	serve     serve the store as a web page and a JSON API
	alert     post incidents that match saved filters to webhooks
	bench     measure the extractor's speed and memory over a JSON lines file
	sample    draw coded events at random, to check them against their articles
	train     train the extractor's models from annotated documents
	explain   show why each event of a document was coded: the models' decisions
	classes   group a corpus's words into classes of words used alike, for the models
	version   print the version
	help      print this help, or a command's: hadath help extract

`

// help prints the help of the command named in args, or the program's.
func help(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return nil
	}
	var fs *flag.FlagSet
	switch args[0] {
	case "extract":
		fs, _ = newExtractFlags()
	case "bench":
		fs, _ = newBenchFlags()
	case "ingest":
		fs, _ = newIngestFlags()
	case "watch":
		fs, _ = newWatchFlags()
	case "worker":
		fs, _ = newWorkerFlags()
	case "queue":
		fs, _ = newQueueFlags()
	case "query", "incidents", "stats":
		fs, _ = newQueryFlags(args[0])
	case "serve":
		fs, _ = newServeFlags()
	case "alert":
		fmt.Fprint(stdout, alertUsage)
		return nil
	case "sample":
		fs, _ = newSampleFlags()
	case "train":
		fs, _ = newTrainFlags()
	case "explain":
		fs, _ = newExplainFlags()
	case "classes":
		fs, _ = newClassesFlags()
	default:
		fmt.Fprintf(stderr, "hadath help: unknown command %q\n\n%s", args[0], usage)
		return ErrUsage
	}
	fs.SetOutput(stdout)
	fs.Usage()
	return nil
}

// version returns the program's version and the commit it was built from.
func version() string {
	v := Version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "dev"
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		return fmt.Sprintf("%s (%s%s, %s)", v, rev, dirty, info.GoVersion)
	}
	return fmt.Sprintf("%s (%s)", v, info.GoVersion)
}
