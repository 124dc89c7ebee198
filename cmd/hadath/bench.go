package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
)

// benchConfig is the configuration of the bench command.
type benchConfig struct {
	Workers    int
	All        bool
	Limit      int
	MaxBytes   int64
	Dicts      stringsFlag
	Rules      bool
	CPUProfile string
	File       string
}

// newBenchFlags returns the bench command's flag set, bound to a new
// configuration.
func newBenchFlags() (*flag.FlagSet, *benchConfig) {
	c := &benchConfig{}
	fs := newFlagSet("bench", "[flags] FILE.jsonl[.gz]", `Measures the extractor over the documents of a JSON lines file and prints
documents per second, MB of text per second and peak memory. The documents
are read, decoded and checked first; only the extraction is timed (reading,
decompressing and encoding the output are not).
`)
	fs.IntVar(&c.Workers, "workers", 1, "number of documents coded in parallel")
	fs.BoolVar(&c.All, "all", false, "run with 1 worker, then with GOMAXPROCS workers, and print the speed-up")
	fs.IntVar(&c.Limit, "limit", 0, "use only the first N documents (0: all)")
	fs.Int64Var(&c.MaxBytes, "max-bytes", jsonl.DefaultMaxBytes, "skip a document (a JSON line) over this many bytes")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	fs.BoolVar(&c.Rules, "rules", false, "measure the hand rules alone, without the trained models")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write a CPU profile of the timed runs to this file")
	return fs, c
}

// runBench runs the bench command.
func (m *Main) runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newBenchFlags()
	fs.SetOutput(stderr)
	files, err := parseFlags(fs, args)
	switch {
	case err != nil:
		return err
	case len(files) != 1:
		return fmt.Errorf("%w: want one FILE.jsonl or FILE.jsonl.gz", ErrUsage)
	case c.Workers < 1 || c.MaxBytes <= 0 || c.Limit < 0:
		return fmt.Errorf("%w: --workers and --max-bytes must be positive, --limit not negative", ErrUsage)
	}
	c.File = files[0]

	start := time.Now()
	x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts, RulesOnly: c.Rules})
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	loadExtractor := time.Since(start)
	start = time.Now()
	docs, skipped, err := loadDocs(c.File, c.MaxBytes, c.Limit, stderr)
	if err != nil {
		return err
	} else if len(docs) == 0 {
		return fmt.Errorf("%s: no documents to code", c.File)
	}
	var chars, size int
	for _, d := range docs {
		chars += utf8.RuneCountInString(d.Text)
		size += len(d.Text)
	}
	fmt.Fprintf(stdout, "hadath bench: %s: %d documents (%d skipped), %.1f M characters, %.1f MB of text\n",
		c.File, len(docs), skipped, float64(chars)/1e6, float64(size)/1e6)
	fmt.Fprintf(stdout, "extractor loaded in %v; documents read and checked in %v (neither timed)\n",
		loadExtractor.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(stdout, "timed: extraction only (no reading, decoding or output encoding)\n\n")

	if c.CPUProfile != "" {
		stop, err := startCPUProfile(c.CPUProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	runs := []int{c.Workers}
	if c.All {
		runs = []int{1, runtime.GOMAXPROCS(0)}
	}
	fmt.Fprintf(stdout, "%7s %8s %9s %9s %8s %7s\n", "workers", "docs", "seconds", "docs/s", "MB/s", "errors")
	var rates []float64
	for _, n := range runs {
		runtime.GC()
		elapsed, failed, first := benchRun(ctx, x, docs, n)
		if err := ctx.Err(); err != nil {
			return err
		}
		if first != nil {
			fmt.Fprintf(stderr, "hadath bench: %d documents failed; the first: %v\n", failed, first)
		}
		s := elapsed.Seconds()
		rates = append(rates, float64(len(docs))/s)
		fmt.Fprintf(stdout, "%7d %8d %9.3f %9.0f %8.2f %7d\n", n, len(docs), s, float64(len(docs))/s, float64(size)/1e6/s, failed)
	}
	if c.All {
		fmt.Fprintf(stdout, "speed-up with %d workers: %.2fx\n", runs[1], rates[1]/rates[0])
	}
	fmt.Fprintf(stdout, "\nmemory: %s\n", memoryReport())
	return nil
}

// loadDocs reads the documents of a JSON lines file (maybe gzipped), up to
// limit of them (0: all), and prepares them as extract would. Documents
// that extract would not code are reported on w and counted in skipped.
func loadDocs(name string, maxBytes int64, limit int, w io.Writer) (docs []*hadath.Document, skipped int, err error) {
	if _, err := os.Stat(name); err != nil {
		return nil, 0, err
	}
	in := &source.Reader{MaxBytes: maxBytes}
	var c extractConfig
	readInputs(context.Background(), in, []string{name}, func(it *item) bool {
		if it.doc != nil {
			if _, ok := c.prepare(it); ok {
				docs = append(docs, it.doc)
			} else {
				skipped++
			}
		} else if it.where == "" {
			err = errors.Join(it.errs...) // the whole input failed
		} else {
			skipped++
		}
		it.report(w)
		return limit == 0 || len(docs) < limit
	})
	return docs, skipped, err
}

// benchRun codes docs with n goroutines and returns the time it took, the
// number of documents that failed and the first failure.
func benchRun(ctx context.Context, x hadath.Extractor, docs []*hadath.Document, n int) (elapsed time.Duration, failed int, first error) {
	var next, nfailed atomic.Int64
	var once sync.Once
	var wg sync.WaitGroup
	start := time.Now()
	for range n {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) || ctx.Err() != nil {
					return
				}
				if _, err := safeExtract(ctx, x, docs[i]); err != nil {
					nfailed.Add(1)
					once.Do(func() { first = fmt.Errorf("document %q: %w", docs[i].ID, err) })
				}
			}
		})
	}
	wg.Wait()
	return time.Since(start), int(nfailed.Load()), first
}

// startCPUProfile starts writing a CPU profile to the file named path and
// returns the function that stops it and closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
