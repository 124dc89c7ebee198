// Package eval reads the project's annotated evaluation sets and the
// corpus their texts come from.
//
// The gold files in this directory (train.jsonl, test.jsonl) hold document
// ids, mention strings and arguments, not the articles: the texts stay in
// the ANT news corpus (../../shared/corpus/ant-news.jsonl.gz from the
// repository root), and ReadCorpus fetches the ones a gold file names.
package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/hadath/hadath/jsonl"
)

// Article is one corpus document with the fields the draw needs beside
// those of hadath.Document.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Section   string `json:"section,omitempty"`
}

// ReadCorpus reads the JSON lines file at path (gzipped or not) and returns
// its articles in file order. When want is not nil, only the articles whose
// id it holds are kept. A line that is not a JSON object with an id is an
// error: the corpus is the project's measuring stick and must read whole.
func ReadCorpus(path string, want map[string]bool) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	r, err := jsonl.Unzip(f)
	if err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", path, err)
	}
	lr := jsonl.NewLineReader(r, 64<<20)
	var out []Article
	for {
		line, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read corpus %s:%d: %w", path, lr.Line(), err)
		}
		if len(line) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(line, &a); err != nil || a.ID == "" {
			return nil, fmt.Errorf("read corpus %s:%d: not a document: %v", path, lr.Line(), err)
		}
		if want == nil || want[a.ID] {
			out = append(out, a)
		}
	}
	return out, nil
}

// WriteDocs writes articles as JSON lines in the input format of
// docs/format.md, the form score.py and check_gold.py take as --docs.
func WriteDocs(w io.Writer, arts []Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range arts {
		if err := enc.Encode(&arts[i]); err != nil {
			return fmt.Errorf("write docs: %w", err)
		}
	}
	return nil
}

// GoldIDs returns the document ids of a gold file (one {"doc_id", ...}
// object a line), in file order.
func GoldIDs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	lr := jsonl.NewLineReader(f, 64<<20)
	var ids []string
	for {
		line, err := lr.Next()
		if err == io.EOF {
			return ids, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read gold %s:%d: %w", path, lr.Line(), err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var row struct {
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal(line, &row); err != nil || row.DocID == "" {
			return nil, fmt.Errorf("read gold %s:%d: want a gold line with a doc_id", path, lr.Line())
		}
		ids = append(ids, row.DocID)
	}
}
