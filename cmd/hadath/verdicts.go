package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// modalityFault matches a reviewer's note that faults a record's modality
// or certainty rather than its type (a plan coded as done, a denied or
// conditional happening): the words may still name an event of the
// type, which the annotation codes with another modality, so such a
// verdict teaches the mention model nothing.
var modalityFault = regexp.MustCompile(`(?i)plan|future|upcoming|scheduled|\bwill\b|expected|intend|deni|negat|hypothet|condition|not happen|did not|didn't|possib|propos|would|threat`)

// readVerdicts reads the reviewed samples of the files matching pattern
// (eval/precision/review-*.jsonl) into each document's verdicts on the
// types of its records, leaving out the documents of skip. A record
// judged of the wrong type for its modality (modalityFault) is left out.
func readVerdicts(pattern string, skip map[string]bool) (map[string][]extract.Verdict, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("reviews %q: %w", pattern, err)
	}
	sort.Strings(paths)
	out := map[string][]extract.Verdict{}
	for _, p := range paths {
		err := eachLine(p, "--reviews", func(line []byte) error {
			var row struct {
				DocID string `json:"doc_id"`
				Event struct {
					Type    string       `json:"type"`
					Trigger *hadath.Span `json:"trigger"`
				} `json:"event"`
				Review struct {
					Type string `json:"type"`
					Note string `json:"note"`
				} `json:"review"`
			}
			if err := json.Unmarshal(line, &row); err != nil {
				return err
			}
			if row.DocID == "" || row.Event.Trigger == nil || row.Event.Type == "" {
				return errors.New("want a reviewed record with doc_id, event type and trigger")
			}
			right := row.Review.Type == "right"
			switch {
			case skip[row.DocID]:
				return nil
			case row.Review.Type != "right" && row.Review.Type != "wrong":
				return fmt.Errorf("review type %q: want right or wrong", row.Review.Type)
			case !right && modalityFault.MatchString(row.Review.Note):
				return nil
			}
			out[row.DocID] = append(out[row.DocID], extract.Verdict{Type: row.Event.Type, Span: *row.Event.Trigger, Right: right})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
