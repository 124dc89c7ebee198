package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/jsonl"
)

// progress draws a one-line progress bar on a terminal: documents, rate
// and, when the inputs are local files whose documents can be counted
// quickly, a bar and the time left.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	total int // 0: unknown
	drawn bool
}

// newProgress returns the bar for mode auto, always or never; auto draws
// only when w is a terminal.
func newProgress(w io.Writer, mode string, inputs []string) *progress {
	p := &progress{w: w}
	switch mode {
	case "always":
		p.on = true
	case "auto":
		f, ok := w.(*os.File)
		p.on = ok && isTerminal(f)
	}
	if p.on {
		p.total = countDocuments(inputs)
	}
	return p
}

// isTerminal reports whether f is a character device, such as a terminal.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update redraws the bar after a batch.
func (p *progress) update(s ingest.Summary) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	line := fmt.Sprintf("%d docs  %.0f docs/s  %s  %s", s.Inputs, s.Rate(), count(s.Events, "event", "events"), count(s.Errors, "error", "errors"))
	if p.total > 0 && s.Inputs <= p.total {
		frac := float64(s.Inputs) / float64(p.total)
		const width = 24
		n := int(frac * width)
		eta := "?"
		if r := s.Rate(); r > 0 {
			eta = (time.Duration(float64(p.total-s.Inputs)/r) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s%s] %3.0f%%  %s  ETA %s", strings.Repeat("=", n), strings.Repeat(" ", width-n), frac*100, line, eta)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// clear wipes the bar so that a message can be printed.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// countDocuments counts the documents of local inputs: lines of JSON
// lines files and one a text or HTML file. It returns 0 when some input
// cannot be counted (a feed, a URL, standard input, a directory).
func countDocuments(inputs []string) int {
	n := 0
	for _, name := range inputs {
		lower := strings.ToLower(name)
		switch {
		case strings.HasSuffix(lower, ".txt"), strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
			n++
		case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".jsonl.gz"):
			k, err := countLines(name)
			if err != nil {
				return 0
			}
			n += k
		default:
			return 0
		}
	}
	return n
}

// countLines counts the non-empty lines of a JSON lines file, maybe
// gzipped.
func countLines(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br, err := jsonl.Unzip(f)
	if err != nil {
		return 0, err
	}
	n, last := 0, byte('\n')
	buf := make([]byte, 64<<10)
	for {
		k, err := br.Read(buf)
		for _, b := range buf[:k] {
			if b == '\n' && last != '\n' {
				n++
			}
			last = b
		}
		if err == io.EOF {
			if last != '\n' {
				n++
			}
			return n, nil
		} else if err != nil {
			return 0, err
		}
	}
}
