package model

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// The file format is plain text, one line per feature:
//
//	# model mention
//	classes	NONE	ASSAULT	PROTEST
//	bias	1.2	-0.4	-0.8
//	type=ASSAULT	-0.3	0.9	-0.6
//
// Lines starting with # are comments; fields are separated by tabs;
// features are sorted, so that a retrained model diffs line by line.

// WriteTo writes the model in its text format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	put := func(s string) {
		k, _ := bw.WriteString(s)
		n += int64(k)
	}
	put("# model " + m.Name + "\n")
	put("classes\t" + strings.Join(m.Classes, "\t") + "\n")
	names := make([]string, 0, len(m.Weights))
	for f := range m.Weights {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		put(f)
		for _, x := range m.Weights[f] {
			put("\t" + strconv.FormatFloat(x, 'g', -1, 64))
		}
		put("\n")
	}
	return n, bw.Flush()
}

// Read parses a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	m := &Model{Weights: map[string][]float64{}}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if name, ok := strings.CutPrefix(s, "# model "); ok && m.Name == "" {
			m.Name = name
			continue
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fs := strings.Split(s, "\t")
		if fs[0] == "classes" && m.Classes == nil {
			m.Classes = fs[1:]
			continue
		}
		if m.Classes == nil {
			return nil, fmt.Errorf("line %d: weights before the classes line", line)
		}
		if len(fs) != len(m.Classes)+1 {
			return nil, fmt.Errorf("line %d: %d weights for %d classes", line, len(fs)-1, len(m.Classes))
		}
		ws := make([]float64, len(m.Classes))
		for i, x := range fs[1:] {
			v, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			ws[i] = v
		}
		m.Weights[fs[0]] = ws
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if m.Classes == nil {
		return nil, fmt.Errorf("no classes line")
	}
	m.reindex()
	return m, nil
}
